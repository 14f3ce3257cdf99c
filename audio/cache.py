"""Rendered segments cached on disk, keyed by a hash of what makes them sound as they do.

A missing or corrupt entry is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import wave
from dataclasses import asdict
from pathlib import Path

from audio.models import Clip, SpeechSettings

# Bump when the rendering itself changes (trimming, format), to retire old entries.
RENDER_VERSION = 1


def default_cache_dir() -> Path:
    """$PAPERCAST_CACHE_DIR, else the user's cache folder."""
    explicit = os.environ.get("PAPERCAST_CACHE_DIR")
    if explicit:
        return Path(explicit)
    from platformdirs import user_cache_dir

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

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.wav"

    def get(self, key: str) -> Clip | None:
        path = self.path_for(key)
        try:
            with wave.open(str(path), "rb") as wav:
                frames, rate = wav.getnframes(), wav.getframerate()
        except (OSError, EOFError, wave.Error):
            return None
        return Clip(path=path, frames=frames, sample_rate=rate, cached=True) if frames else None
