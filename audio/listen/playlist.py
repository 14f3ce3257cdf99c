"""An extended M3U playlist of a folder's episodes, for any offline player."""

from __future__ import annotations

import os
from pathlib import Path

from audio.errors import InputError
from audio.files import write_text_atomic
from audio.listen.site import read_site

PLAYLIST_FILE = "playlist.m3u"


def write_playlist(folder: Path, output: Path | None = None) -> Path:
    """``#EXTM3U`` with one ``#EXTINF:seconds,Author - Title`` and relative path per episode."""
    site = read_site(folder)
    if not site.episodes:
        raise InputError(f"{folder}: no MP3 episodes found")
    target = Path(output) if output else Path(folder) / PLAYLIST_FILE
    lines = ["#EXTM3U", f"#PLAYLIST:{_one_line(site.title)}"]
    for info in site.episodes:
        name = f"{info.author} - {info.title}" if info.author else info.title
        path = os.path.relpath(info.path.resolve(), target.parent.resolve())
        lines += [f"#EXTINF:{round(info.duration_s)},{_one_line(name)}",
                  Path(path).as_posix()]
    write_text_atomic(target, "\n".join(lines) + "\n")
    return target


def _one_line(text: str) -> str:
    return " ".join(text.split())
