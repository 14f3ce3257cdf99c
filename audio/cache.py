"""Rendered segments and encoded MP3 chunks cached on disk, keyed by a hash of what
makes them sound as they do.

A missing or corrupt entry is a miss, never an error; a cache that cannot be
written to is skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import wave
from dataclasses import asdict
from pathlib import Path

from audio.errors import OutputError
from audio.models import Clip, SpeechSettings

# Bump when the rendering itself changes (trimming, format), to retire old entries.
RENDER_VERSION = 1


def default_cache_dir() -> Path:
    """$PAPERCAST_CACHE_DIR, else the user's cache folder."""
    explicit = os.environ.get("PAPERCAST_CACHE_DIR")
    if explicit:
        return Path(explicit)
    from platformdirs import user_cache_dir  # imported here: only when no folder is given

    return Path(user_cache_dir("papercast")) / "clips"


def clip_key(text: str, settings: SpeechSettings, engine: str) -> str:
    payload = json.dumps(
        {"text": text, "settings": asdict(settings), "engine": engine, "v": RENDER_VERSION},
        sort_keys=True, ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ClipCache:
    """WAV files under ``root/ab/abcdef….wav``."""

    def __init__(self, root: Path):
        self.root = Path(root)

    @classmethod
    def open(cls, root: Path | None = None) -> ClipCache:
        """The cache in ``root`` (default: ``default_cache_dir()``), its folder created."""
        cache = cls(root or default_cache_dir())
        try:
            cache.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{cache.root}: cannot create the cache folder "
                              f"({exc.strerror})") from None
        return cache

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.wav"

    def get(self, key: str) -> Clip | None:
        path = self.path_for(key)
        try:
            with wave.open(str(path), "rb") as wav:
                frames, rate = wav.getnframes(), wav.getframerate()
        except (OSError, EOFError, wave.Error):
            return None
        return Clip(path, frames, rate, cached=True, key=key) if frames else None


class ChunkCache:
    """Encoded MP3 chunks under ``root/mp3/ab/abcdef….mp3``, their meter readings beside.

    A chunk is keyed by what it is made of (see ``sound.layout.fingerprint``) and every
    encoder setting, so re-rendering an article after an edit encodes only the
    stretches that changed.
    """

    def __init__(self, root: Path):
        self.root = Path(root) / "mp3"

    def get(self, key: str) -> tuple[Path, dict] | None:
        mp3, meta = self._paths(key)
        try:
            reading = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return (mp3, reading) if mp3.is_file() else None

    def put(self, key: str, encoded: Path, reading: dict) -> None:
        """Keep a copy of ``encoded`` and its meter reading.

        A copy, not a hard link: the encoder may later rewrite its file in place.
        """
        mp3, meta = self._paths(key)
        temp = mp3.with_name(f".{mp3.name}.{os.getpid()}.tmp")
        try:
            mp3.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(encoded, temp)
            os.replace(temp, mp3)
            temp = meta.with_name(f".{meta.name}.{os.getpid()}.tmp")
            temp.write_text(json.dumps(reading), encoding="utf-8")
            os.replace(temp, meta)  # last: an entry counts only once both are in place
        except OSError:
            temp.unlink(missing_ok=True)

    def _paths(self, key: str) -> tuple[Path, Path]:
        folder = self.root / key[:2]
        return folder / f"{key}.mp3", folder / f"{key}.json"
