"""index.html: a self-contained player page for a site folder.

No CDN, fonts or fetches: episode data (chapters, transcript cues) is embedded in
the page, so it works opened straight from disk as well as served.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from audio.episode.sidecars import Sidecar
from audio.files import write_text_atomic
from audio.listen.site import Site, read_site

TEMPLATE = Path(__file__).resolve().parent / "templates" / "player.html"
PAGE_FILE = "index.html"


def write_player_page(folder: Path) -> Path:
    site = read_site(folder)
    target = Path(folder) / PAGE_FILE
    write_text_atomic(target, player_page(site))
    return target


def player_page(site: Site) -> str:
    cover = (f'<img src="{html.escape(_relative(site.cover, site.folder))}" alt="">'
             if site.cover else "")
    data = json.dumps([_episode_data(site, info) for info in site.episodes],
                      ensure_ascii=False)
    # Inside <script>, "</" would end the element: escape it the JSON way.
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    page = TEMPLATE.read_text(encoding="utf-8")
    for marker, value in (("__COVER__", cover), ("__DESCRIPTION__", html.escape(site.description)),
                          ("__TITLE__", html.escape(site.title)), ("__DATA__", data)):
        page = page.replace(marker, value)
    return page


def _episode_data(site: Site, info) -> dict:
    chapters = _json_list(info.sidecar("chapters"), "chapters")
    cues = _json_list([(path, kind) for path, kind in info.sidecar("transcript")
                       if kind.suffix == ".json"], "segments")
    return {
        "guid": info.guid or info.path.stem, "title": info.title, "author": info.author,
        "date": info.date, "description": info.description, "duration": info.duration_s,
        "audio": _relative(info.path, site.folder), "chapters": chapters, "cues": cues,
    }


def _json_list(files: list[tuple[Path, Sidecar]], key: str) -> list:
    for path, _ in files:
        try:
            return json.loads(path.read_text(encoding="utf-8")).get(key, [])
        except (OSError, ValueError, AttributeError):
            continue
    return []


def _relative(path: Path, folder: Path) -> str:
    return Path(path).resolve().relative_to(Path(folder).resolve()).as_posix()
