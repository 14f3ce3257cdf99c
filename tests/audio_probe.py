"""Independent readers of what papercast wrote: ffmpeg decodes, mutagen reads tags."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from audio.engine import ffmpeg_exe


def decoded_duration_s(path: Path, rate: int = 44100) -> float:
    """Duration from the decoded samples themselves (ffmpeg honours the LAME delay/padding)."""
    result = subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
         "-ar", str(rate), "-"], capture_output=True, check=True,
    )
    return len(result.stdout) / 2 / rate


def ffprobe(path: Path) -> dict:
    """ffprobe's view of a file: format, streams and chapters."""
    exe = shutil.which("ffprobe")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("ffprobe is required in CI (scripts/test installs it)")
        pytest.skip("ffprobe not installed")
    result = subprocess.run(
        [exe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
         "-show_chapters", str(path)], capture_output=True, check=True,
    )
    return json.loads(result.stdout)
