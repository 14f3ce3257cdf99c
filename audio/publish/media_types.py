"""The Content-Type of every file a site holds, one table for the server and the deploy."""

from __future__ import annotations

import mimetypes
from pathlib import PurePosixPath

from audio.episode.sidecars import SIDECARS

CONTENT_TYPES = {
    **{kind.suffix: kind.mime + ("; charset=utf-8" if kind.captions else "")
       for kind in SIDECARS if kind.suffix.count(".") == 1},  # .chapters.json is a .json
    ".mp3": "audio/mpeg", ".xml": "application/rss+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8", ".m3u": "audio/x-mpegurl; charset=utf-8",
}


def content_type(name: str) -> str:
    """What a file of this name is served as."""
    suffix = PurePosixPath(name).suffix.lower()
    return CONTENT_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or \
        "application/octet-stream"
