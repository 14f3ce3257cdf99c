"""The native parts: libespeak-ng (for pyttsx3) and ffmpeg, found once at the edges.

Prefer what PyPI ships (espeakng-loader, imageio-ffmpeg); fall back to the system's.
"""

from __future__ import annotations

import ctypes
import os
import shutil
from importlib import metadata

from audio.errors import EngineError

ESPEAK_HINT = "install it with `pip install espeakng-loader` or `apt-get install libespeak-ng1`"
FFMPEG_HINT = "install it with `pip install imageio-ffmpeg` or `apt-get install ffmpeg`"


def load_espeak() -> None:
    """Make libespeak-ng loadable by pyttsx3; call before importing pyttsx3.

    pyttsx3 opens ``libespeak-ng.so.1`` by name; loading the bundled library
    globally first makes that name resolve to it, and ESPEAK_DATA_PATH points
    espeak-ng at the bundled voices.
    """
    try:
        import espeakng_loader

        ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
        os.environ.setdefault("ESPEAK_DATA_PATH", espeakng_loader.get_data_path())
    except (ImportError, OSError, RuntimeError):
        pass  # pyttsx3 then tries the system's libespeak-ng


def new_pyttsx3_engine():
    """A pyttsx3 engine on its espeak driver, or an EngineError saying what to install."""
    load_espeak()
    try:
        import pyttsx3

        return pyttsx3.init("espeak")
    except (ImportError, OSError, RuntimeError) as exc:
        raise EngineError(f"espeak-ng is not available ({exc}); {ESPEAK_HINT}") from None


def engine_id() -> str:
    """Identifies the synthesis stack, so a new engine never reuses old cached audio."""
    parts = []
    for dist in ("pyttsx3", "espeakng-loader"):
        try:
            parts.append(f"{dist}-{metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}-none")
    return "/".join(parts)


def ffmpeg_exe() -> str:
    """Path of an ffmpeg binary: $PAPERCAST_FFMPEG, imageio-ffmpeg's, or the system's."""
    explicit = os.environ.get("PAPERCAST_FFMPEG")
    if explicit:
        return explicit
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        found = shutil.which("ffmpeg")
        if found:
            return found
    raise EngineError(f"ffmpeg was not found; {FFMPEG_HINT}")
