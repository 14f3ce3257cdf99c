"""index.html: a self-contained player page for a site folder.

No CDN, fonts or fetches: episode data (chapters, transcript cues) is embedded in
the page, so it works opened straight from disk as well as served.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path

from audio.episode.sidecars import Sidecar
from audio.files import write_text_atomic
from audio.listen.site import Site, read_site

TEMPLATE = Path(__file__).resolve().parent / "templates" / "player.html"
PAGE_FILE = "index.html"
_MARKER = re.compile(r"__(COVER|DESCRIPTION|TITLE|DATA|CSP|LANG|ROBOTS)__")
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)  # the page's one executable script
_JSON_IN_HTML = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def write_player_page(folder: Path) -> Path:
    site = read_site(folder)
    target = Path(folder) / PAGE_FILE
    write_text_atomic(target, player_page(site))
    return target


def player_page(site: Site) -> str:
    """The page, with no way for any text to change its structure.

    Markers are filled in one pass (a title containing "__DATA__" stays text); the
    episode data is JSON with <, > and & escaped, in a non-executable script element,
    and the page script sets it as text only. A Content-Security-Policy allows the
    page's own script (by its hash) and nothing inline besides: no event handlers.
    """
    cover = (f'<img src="{html.escape(_relative(site.cover, site.folder))}" alt="">'
             if site.cover else "")
    data = json.dumps([_episode_data(site, info) for info in site.episodes],
                      ensure_ascii=False).translate(_JSON_IN_HTML)
    template = TEMPLATE.read_text(encoding="utf-8")
    values = {"COVER": cover, "DESCRIPTION": html.escape(site.description),
              "TITLE": html.escape(site.title), "DATA": data, "CSP": _policy(template),
              "LANG": html.escape(site.language, quote=True),
              "ROBOTS": "noindex, nofollow" if site.private else "index, follow"}
    return _MARKER.sub(lambda found: values[found[1]], template)


def _policy(template: str) -> str:
    found = _SCRIPT.search(template)
    if found is None:
        raise ValueError(f"{TEMPLATE}: the page has no <script>")  # a broken install
    script = found[1]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return (f"default-src 'self'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
            "img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'none'")


def _episode_data(site: Site, info) -> dict:
    chapters = _json_list(info.sidecar("chapters"), "chapters")
    cues = _json_list([(path, kind) for path, kind in info.sidecar("transcript")
                       if kind.suffix == ".json"], "segments")
    return {
        "guid": info.guid or info.path.stem, "title": info.title, "author": info.author,
        "date": info.date, "description": info.description, "duration": info.duration_s,
        "audio": _relative(info.path, site.folder), "chapters": chapters, "cues": cues,
        "language": info.language or "en",
        "cover": _relative(images[0][0], site.folder) if (images := info.sidecar("image"))
        else None,
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
