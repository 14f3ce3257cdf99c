"""Loudness: measure per ITU-R BS.1770 (ffmpeg's ebur128), then gain and a peak limiter.

Targets are stereo-equivalent, as podcast apps state them: a mono file is played
on both speakers, so it is measured as dual mono (−16 LUFS dual mono is −19 LUFS
measured as plain mono).
"""

from __future__ import annotations

import math
import re
import subprocess
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from audio.engine import ffmpeg_exe
from audio.errors import EngineError

DEFAULT_TARGET_LUFS = -16.0
DEFAULT_TRUE_PEAK_DBTP = -1.0
# libmp3lame's output measures about this much quieter than its input, whatever the
# bitrate (seen on speech, pink noise and a 1 kHz sine alike); mastering aims this
# much higher so the decoded MP3 lands on target.
MP3_LOSS_LU = 0.45
# A final file further than this from the target is encoded once more, corrected.
RETRY_LU = 0.3
# The limiter works on samples; peaks between samples and MP3 encoding add up to
# about half a decibel, so it aims this much below the true-peak ceiling.
LIMITER_MARGIN_DB = 1.0


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    true_peak_dbtp: float

    def __str__(self) -> str:
        return f"{self.integrated_lufs:.1f} LUFS, {self.true_peak_dbtp:.1f} dBTP"


def plan_mastering(chunks: Callable[[], Iterable[bytes]], sample_rate: int,
                   target_lufs: float, true_peak_dbtp: float) -> str:
    """The filter that brings a stream to the target, measured in two passes.

    The limiter takes some loudness off peaky speech (about half a LU for espeak-ng),
    so the second pass measures the limited stream and corrects the gain for it.
    """
    raw = measure_pcm(chunks(), sample_rate)
    first = mastering_filter(raw, target_lufs, true_peak_dbtp)
    if first == "anull":
        return first
    limited = measure_pcm(chunks(), sample_rate, first)
    return mastering_filter(raw, 2 * target_lufs - limited.integrated_lufs + MP3_LOSS_LU,
                            true_peak_dbtp)


def corrected(audio_filter: str, measured: Loudness, target_lufs: float) -> str | None:
    """The filter with its gain corrected by the final file's error, or None if close enough."""
    error = target_lufs - measured.integrated_lufs
    match = re.match(r"volume=(-?[\d.]+)dB,", audio_filter)
    if abs(error) <= RETRY_LU or not match:
        return None
    return audio_filter.replace(match[0], f"volume={float(match[1]) + error:.2f}dB,", 1)


def measure_pcm(chunks: Iterable[bytes], sample_rate: int,
                audio_filter: str | None = None) -> Loudness:
    """Loudness of a mono s16le stream (after ``audio_filter``), streamed through ffmpeg."""
    # Planning needs only the integrated loudness: skip the (slow) true-peak meter.
    meter = _EBUR128_FILTER.replace("peak=true", "peak=none")
    chain = f"{audio_filter},{meter}" if audio_filter else meter
    command = [ffmpeg_exe(), "-nostdin", "-hide_banner", "-nostats", "-f", "s16le",
               "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0",
               "-af", chain, "-f", "null", "-"]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    # Read stderr while writing, or a chatty ffmpeg could block on a full pipe.
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))
    reader.start()
    try:
        for chunk in chunks:
            process.stdin.write(chunk)
        process.stdin.close()
    except BrokenPipeError:
        pass
    finally:
        process.wait()
        reader.join()
    return _parse(b"".join(errors).decode("utf-8", "replace"), process.returncode)


def measure_file(path: Path) -> Loudness:
    """Loudness of an audio file as decoded by ffmpeg."""
    result = subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-hide_banner", "-nostats", "-i", str(path),
         "-af", _EBUR128_FILTER, "-f", "null", "-"],
        capture_output=True,
    )
    return _parse(result.stderr.decode("utf-8", "replace"), result.returncode)


_EBUR128_FILTER = "ebur128=peak=true:dualmono=true:framelog=quiet"


def _parse(log: str, returncode: int) -> Loudness:
    summary = log[log.rfind("Summary:"):]
    integrated = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    peak = re.search(r"True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    if returncode != 0 or not integrated:
        last = log.strip().splitlines()[-1:] or ["no output"]
        raise EngineError(f"ffmpeg could not measure loudness: {last[0]}")
    return Loudness(float(integrated[1]), float(peak[1]) if peak else math.nan)


def mastering_filter(measured: Loudness, target_lufs: float, true_peak_dbtp: float) -> str:
    """An ffmpeg filter chain: gain to the target, then a limiter under the ceiling."""
    if measured.integrated_lufs < -70:  # silence: BS.1770's absolute gate; no gain applies
        return "anull"
    gain_db = target_lufs - measured.integrated_lufs
    ceiling = 10 ** ((true_peak_dbtp - LIMITER_MARGIN_DB) / 20)
    return (f"volume={gain_db:.2f}dB,"
            f"alimiter=limit={ceiling:.4f}:attack=5:release=50:level=disabled")
