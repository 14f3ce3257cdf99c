"""The files of a built site as a deploy sees them: path, digest, type, cache policy.

Media names change whenever their content does (``slug-2.mp3``), so hosts may cache
them for a year; the feed, page and playlist keep their names and must be short-lived.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audio.errors import InputError
from audio.files import sha256_of
from audio.listen.player import PAGE_FILE
from audio.listen.playlist import PLAYLIST_FILE
from audio.publish.feed import FEED_FILE
from audio.publish.media_types import content_type

# Uploaded last, in this order: they name the other files, which must already be there.
INDEX_FILES = (FEED_FILE, PAGE_FILE, PLAYLIST_FILE)
SHORT_LIVED = "public, max-age=300"  # the feed and page: apps see a new episode soon
LONG_LIVED = "public, max-age=31536000, immutable"  # media: a new name when it changes


@dataclass(frozen=True)
class SiteFile:
    path: Path  # on this computer
    name: str  # relative to the site folder, with forward slashes
    size: int
    sha256: str

    @property
    def content_type(self) -> str:
        return content_type(self.name)

    @property
    def cache_control(self) -> str:
        return SHORT_LIVED if self.name in INDEX_FILES else LONG_LIVED

    @property
    def upload_rank(self) -> int:
        """Media first, then everything beside them, the files that name them last."""
        if self.name in INDEX_FILES:
            return 2 + INDEX_FILES.index(self.name)
        return 0 if self.name.endswith(".mp3") else 1


def site_files(folder: Path) -> list[SiteFile]:
    """Every file a deploy uploads: the site's files except hidden ones (state,
    temporaries), which are the show's business, not the listener's."""
    folder = Path(folder)
    if not (folder / FEED_FILE).is_file():
        raise InputError(f"{folder}: no {FEED_FILE} here; build the show first "
                         "(papercast build SHOW)")
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        found.append(SiteFile(path, relative.as_posix(), path.stat().st_size,
                              sha256_of(path)))
    return found
