"""A built site folder read back: its show details and its episodes, newest first.

The feed gives the order and the show's details when there is one; otherwise every
MP3 below the folder is an episode, newest file first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from audio.episode.id3 import EpisodeInfo, read_episode
from audio.errors import InputError
from audio.publish import feed as rss

FEED_FILE = rss.FEED_FILE


@dataclass(frozen=True)
class Site:
    folder: Path
    title: str
    description: str
    cover: Path | None
    episodes: tuple[EpisodeInfo, ...]
    language: str = "en"  # the show's (each episode also says its own)
    private: bool = False  # the feed asks directories not to list it: so does the page


def read_site(folder: Path) -> Site:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    tree = rss.read_feed(folder / FEED_FILE)
    episodes = _from_feed(folder, tree) if tree is not None else _from_files(folder)
    title, description, cover, language = folder.resolve().name, "", None, "en"
    if tree is not None:
        channel = tree.getroot().find("channel")
        title = channel.findtext("title") or title
        description = channel.findtext("description") or ""
        language = channel.findtext("language") or language
    for name in ("cover.jpg", "cover.png"):
        if (folder / name).is_file():
            cover = folder / name
    private = tree is not None and rss.is_blocked(tree)
    return Site(folder, title, description, cover, tuple(episodes), language, private)


def _from_feed(folder: Path, tree) -> list[EpisodeInfo]:
    """Episodes in feed order whose enclosure file is in the folder (by name)."""
    local = {p.name: p for p in folder.rglob("*.mp3")}
    found = []
    for item in rss.items(tree):
        enclosure = item.find("enclosure")
        url = enclosure.get("url", "") if enclosure is not None else ""
        name = unquote(Path(urlparse(url).path).name)
        if name in local:
            found.append(read_episode(local[name]))
    return found


def _from_files(folder: Path) -> list[EpisodeInfo]:
    files = sorted(folder.rglob("*.mp3"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [read_episode(path) for path in files]
