"""Independent readers of what papercast wrote: ffmpeg decodes, mutagen reads tags."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from audio.sound.ffmpeg import ffmpeg_exe


def clock_seconds(clock: str) -> float:
    """Seconds in a caption time such as 01:02:03.456 (WebVTT) or 01:02:03,456 (SRT)."""
    hours, minutes, seconds = clock.replace(",", ".").split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def decoded_duration_s(path: Path, rate: int = 44100) -> float:
    """Duration from the decoded samples themselves (ffmpeg honours the LAME delay/padding)."""
    result = subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
         "-ar", str(rate), "-"], capture_output=True, check=True,
    )
    return len(result.stdout) / 2 / rate


def decoded_samples(path: Path, rate: int = 44100):
    """The file decoded to mono float samples by ffmpeg."""
    import numpy as np

    result = subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-v", "error", "-i", str(path), "-f", "f32le", "-ac", "1",
         "-ar", str(rate), "-"], capture_output=True, check=True,
    )
    return np.frombuffer(result.stdout, dtype=np.float32).astype(np.float64)


def loudness_pyloudnorm(path: Path) -> tuple[float, float]:
    """(integrated LUFS as dual mono, true peak dBTP) measured without ffmpeg's ebur128:
    pyloudnorm's BS.1770 meter, and the peak of the signal oversampled four times."""
    import numpy as np
    import pyloudnorm
    from scipy.signal import resample_poly

    samples = decoded_samples(path)
    mono = pyloudnorm.Meter(44100).integrated_loudness(samples)
    dual_mono = mono + 10 * np.log10(2)  # the same signal on both channels
    peak = np.max(np.abs(resample_poly(samples, 4, 1)))
    return dual_mono, 20 * np.log10(peak)


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


def speech_onset(samples, start_s: float, rate: int = 44100,
                 window_s: float = 0.06) -> float | None:
    """Where sound begins within ``window_s`` either side of ``start_s``: the first 5 ms
    whose level passes -45 dB, or None."""
    import numpy as np

    hop = round(0.005 * rate)
    start = max(0, round((start_s - window_s) * rate))
    for offset in range(0, round(2 * window_s * rate), hop):
        chunk = samples[start + offset: start + offset + hop]
        if 10 * np.log10(np.mean(chunk ** 2) + 1e-12) > -45:
            return (start + offset) / rate
    return None
