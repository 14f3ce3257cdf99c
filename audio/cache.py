"""Rendered segments and encoded MP3 chunks cached on disk, keyed by a hash of what
makes them sound as they do.

A missing or corrupt entry is a miss, never an error; a cache that cannot be
written to is skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import wave
from dataclasses import asdict
from pathlib import Path
from typing import BinaryIO

from audio.errors import OutputError
from audio.models import Clip, SpeechSettings

# Bump when the rendering itself changes (trimming, format), to retire old entries.
RENDER_VERSION = 1
WAV_HEADER_BYTES = 44  # clips are written by the wave module: a plain 44-byte header


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
    """WAV files under ``root/ab/abcdef….wav``, each written once and never changed.

    Several runs may share the cache (cron jobs, a build beside a manual run): an
    entry is published only if none is there yet (``store_once``), so a run that
    has read a clip's length never sees the clip change under it. An entry that is
    not whole is discarded and made again.
    """

    def __init__(self, root: Path):
        self.root = Path(root)

    @classmethod
    def open(cls, root: Path | None = None) -> ClipCache:
        """The cache in ``root`` (default: ``default_cache_dir()``), created and writable."""
        cache = cls(root or default_cache_dir())
        try:
            cache.root.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=cache.root):
                pass  # a real probe: permission bits say nothing for root or read-only mounts
        except OSError as exc:
            raise OutputError(f"{cache.root}: cannot write to the cache folder "
                              f"({exc.strerror}); give another with --cache-dir or "
                              "$PAPERCAST_CACHE_DIR") from None
        return cache

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.wav"

    def get(self, key: str) -> Clip | None:
        """The clip, or None if there is none or it was damaged (then it is discarded)."""
        path = self.path_for(key)
        try:
            with wave.open(str(path), "rb") as wav:
                frames, rate = wav.getnframes(), wav.getframerate()
                whole = path.stat().st_size == WAV_HEADER_BYTES + frames * wav.getsampwidth() \
                    * wav.getnchannels()
        except FileNotFoundError:
            return None
        except (OSError, EOFError, wave.Error):
            whole = False
        if not whole or not frames:
            path.unlink(missing_ok=True)
            return None
        return Clip(path, frames, rate, cached=True, key=key)


def store_once(made: Path, final: Path) -> None:
    """Publish ``made`` as ``final`` unless another run already did; ``made`` is consumed.

    A hard link creates the name only if it is free, atomically; where the file
    system has no hard links, a rename into a free name is nearly as good.
    """
    try:
        os.link(made, final)
    except FileExistsError:
        pass  # another run made the same entry first: theirs stays
    except OSError:
        if not final.exists():
            os.replace(made, final)
    finally:
        made.unlink(missing_ok=True)


class ChunkCache:
    """Encoded MP3 chunks under ``root/mp3/ab/abcdef….mp3``, their meter readings beside.

    A chunk is keyed by what it is made of (see ``sound.layout.fingerprint``) and every
    encoder setting, so re-rendering an article after an edit encodes only the
    stretches that changed. Each reading records its chunk's size and SHA-256, and a
    chunk is checked against them as it is copied out: a damaged one is discarded.
    """

    def __init__(self, root: Path):
        self.root = Path(root) / "mp3"

    def copy_to(self, key: str, target: Path) -> dict | None:
        """Copy the chunk to ``target`` and return its meter reading, or None on a miss."""
        mp3, meta = self._paths(key)
        reading: object = None
        try:
            reading = json.loads(meta.read_text(encoding="utf-8"))
            source = open(mp3, "rb")  # noqa: SIM115 - closed by _copy_hashing
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            source = None
        digest = _copy_hashing(source, target) if source else None  # a full disk raises
        if not isinstance(reading, dict) or digest != (reading.get("size"),
                                                       reading.get("sha256")):
            for path in (meta, mp3):
                path.unlink(missing_ok=True)
            return None
        return reading

    def put(self, key: str, encoded: Path, reading: dict) -> None:
        """Keep a copy of ``encoded`` and its meter reading; a cache that cannot be written
        to is skipped.

        A copy, not a hard link: the encoder may later rewrite its file in place.
        """
        mp3, meta = self._paths(key)
        temp = mp3.with_name(f".{mp3.name}.papercast-{os.getpid()}.tmp")
        try:
            mp3.parent.mkdir(parents=True, exist_ok=True)
            size, sha256 = _copy_hashing(open(encoded, "rb"), temp)  # noqa: SIM115
            store_once(temp, mp3)
            temp = meta.with_name(f".{meta.name}.papercast-{os.getpid()}.tmp")
            temp.write_text(json.dumps({**reading, "size": size, "sha256": sha256}),
                            encoding="utf-8")
            os.replace(temp, meta)  # last: an entry counts only once both are in place
        except OSError:
            temp.unlink(missing_ok=True)

    def _paths(self, key: str) -> tuple[Path, Path]:
        folder = self.root / key[:2]
        return folder / f"{key}.mp3", folder / f"{key}.json"


def _copy_hashing(reader: BinaryIO, target: Path) -> tuple[int, str]:
    """Copy an open file to ``target`` (and close it), returning its size and SHA-256."""
    digest, size = hashlib.sha256(), 0
    with reader, open(target, "wb") as writer:
        while block := reader.read(1024 * 1024):
            digest.update(block)
            writer.write(block)
            size += len(block)
    return size, digest.hexdigest()
