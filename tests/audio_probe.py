"""Independent readers of what papercast wrote: ffmpeg decodes, mutagen reads tags."""

from __future__ import annotations

import subprocess
from pathlib import Path

from audio.engine import ffmpeg_exe


def decoded_duration_s(path: Path, rate: int = 44100) -> float:
    """Duration from the decoded samples themselves (ffmpeg honours the LAME delay/padding)."""
    result = subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
         "-ar", str(rate), "-"], capture_output=True, check=True,
    )
    return len(result.stdout) / 2 / rate
