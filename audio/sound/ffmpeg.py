"""The ffmpeg binary every audio step runs, found once, and how its processes are placed.

Prefer the one PyPI ships (imageio-ffmpeg); fall back to the system's.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
from pathlib import Path

from audio.errors import EngineError

FFMPEG_HINT = "install it with `pip install imageio-ffmpeg` or `apt-get install ffmpeg`"


def ffmpeg_exe() -> str:
    """Path of an ffmpeg binary: $PAPERCAST_FFMPEG, imageio-ffmpeg's, or the system's."""
    explicit = os.environ.get("PAPERCAST_FFMPEG") or os.environ.get("IMAGEIO_FFMPEG_EXE")
    if explicit:
        return explicit
    bundled = _bundled_ffmpeg()
    if bundled:
        return bundled
    try:
        import imageio_ffmpeg  # imported here: only runs that encode or decode need it

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        found = shutil.which("ffmpeg")
        if found:
            return found
    raise EngineError(f"ffmpeg was not found; {FFMPEG_HINT}")


def _bundled_ffmpeg() -> str | None:
    """The binary in imageio-ffmpeg's wheel, found without importing imageio_ffmpeg:
    its import and the ``ffmpeg -version`` it runs to check the binary took 50 ms of
    every episode's start (ffmpeg that cannot start is reported when it is run)."""
    spec = importlib.util.find_spec("imageio_ffmpeg")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        binaries = Path(folder, "binaries")
        found = sorted(binaries.glob("ffmpeg-*")) if binaries.is_dir() else []
        for path in found:
            if os.access(path, os.X_OK):
                return str(path)
    return None


def pin_to_core(pid: int, core: int) -> None:
    """Keep an ffmpeg on one core (before it starts its threads, which inherit this).

    ffmpeg 7+ runs demuxer, filters, encoder and muxer as threads handing every
    frame to the next; on one core the hand-overs are cheaper. Measured on 2 cores,
    one encoder per core: 7 % less CPU and 2–8 % less time for the encode step.
    """
    if not hasattr(os, "sched_setaffinity"):
        return
    cores = sorted(os.sched_getaffinity(0))
    with contextlib.suppress(OSError):  # the process may already be gone
        os.sched_setaffinity(pid, {cores[core % len(cores)]})
