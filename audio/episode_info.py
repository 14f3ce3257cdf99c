"""What an episode file says about itself: its tags, duration and the files beside it.

Publishing reads episodes through this, so any episode papercast made can be
published later, from the file alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audio.errors import InputError

SIDECAR_TYPES = {  # suffix → (feed role, MIME type)
    ".vtt": ("transcript", "text/vtt"),
    ".srt": ("transcript", "application/x-subrip"),
    ".json": ("transcript", "application/json"),
    ".chapters.json": ("chapters", "application/json+chapters"),
    ".jpg": ("image", "image/jpeg"),
    ".png": ("image", "image/png"),
}


@dataclass(frozen=True)
class EpisodeInfo:
    path: Path
    title: str
    author: str | None
    show: str | None
    date: str | None  # YYYY-MM-DD
    description: str
    duration_s: float
    size_bytes: int
    guid: str | None
    sidecars: tuple[tuple[Path, str, str], ...]  # (path, role, MIME type)

    def sidecar(self, role: str) -> list[tuple[Path, str]]:
        return [(path, mime) for path, kind, mime in self.sidecars if kind == role]


def read_episode(mp3: Path) -> EpisodeInfo:
    """Tags and sidecars of an MP3; a file that is not one is a clear error."""
    from mutagen import MutagenError
    from mutagen.mp3 import MP3, HeaderNotFoundError

    mp3 = Path(mp3)
    if not mp3.is_file():
        raise InputError(f"{mp3}: no such episode file")
    try:
        audio = MP3(mp3)
    except (HeaderNotFoundError, MutagenError) as exc:
        raise InputError(f"{mp3}: not an MP3 file ({exc})") from None
    tags = audio.tags or {}

    def text(key: str) -> str | None:
        frame = tags.get(key)
        return str(frame).strip() or None if frame is not None else None

    comments = tags.getall("COMM") if hasattr(tags, "getall") else []
    title = text("TIT2") or mp3.stem
    return EpisodeInfo(
        path=mp3,
        title=title,
        author=text("TPE1"),
        show=text("TALB"),
        date=_date(text("TDRC")),
        description=(str(comments[0]) if comments else None) or text("TDES") or title,
        duration_s=audio.info.length if not text("TLEN") else int(text("TLEN")) / 1000,
        size_bytes=mp3.stat().st_size,
        guid=text("TGID"),
        sidecars=tuple(
            (path, role, mime)
            for suffix, (role, mime) in SIDECAR_TYPES.items()
            if (path := mp3.with_name(mp3.stem + suffix)).is_file()
        ),
    )


def _date(value: str | None) -> str | None:
    """mutagen shows TYER+TDAT of a v2.3 tag as a v2.4 TDRC: YYYY-MM-DD or YYYY."""
    if not value:
        return None
    parts = value.split("-")
    return value[:10] if len(parts) >= 3 else f"{parts[0]}-01-01"
