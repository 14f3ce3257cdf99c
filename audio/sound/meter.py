"""Loudness measured per ITU-R BS.1770 with ffmpeg's ebur128.

Targets are stereo-equivalent, as podcast apps state them: a mono file is played
on both speakers, so it is measured as dual mono (−16 LUFS dual mono is −19 LUFS
measured as plain mono).

Programs encoded in pieces are metered in pieces, one ffmpeg per piece: ebur128
reports the loudness of every 400 ms block (its momentary loudness, every
100 ms), and BS.1770's gating over the blocks of all pieces gives the integrated
loudness of the whole. Pieces are cut in pauses, where blocks are silent and
gated out anyway.
"""

from __future__ import annotations

import contextlib
import math
import re
import subprocess
import threading
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import IO

from audio.errors import EngineError
from audio.sound.ffmpeg import ffmpeg_exe

# libmp3lame's output measures about this much quieter than its input, whatever the
# bitrate (seen on speech, pink noise and a 1 kHz sine alike); mastering aims this
# much higher so the decoded MP3 lands on target.
MP3_LOSS_LU = 0.45
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
_K_OFFSET = -0.691  # BS.1770: loudness = −0.691 + 10·log10(mean square)


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    peak_db: float  # sample peak (dBFS) unless measured as true peak (dBTP)
    true_peak: bool = False

    def __str__(self) -> str:
        unit = "dBTP true peak" if self.true_peak else "dBFS peak"
        return f"{self.integrated_lufs:.1f} LUFS, {self.peak_db:.1f} {unit}"


@dataclass(frozen=True)
class Blocks:
    """What ebur128 saw of one piece: block loudness every 100 ms, and the peak."""

    momentary: tuple[float, ...]
    peak: float
    true_peak: bool = False


def integrated(pieces: Iterable[Blocks]) -> Loudness:
    """BS.1770 gating over the blocks of every piece: the whole program's loudness."""
    pieces = list(pieces)
    energies = [10 ** ((m - _K_OFFSET) / 10) for piece in pieces for m in piece.momentary
                if m > ABSOLUTE_GATE_LUFS]
    peak = max((piece.peak for piece in pieces), default=-math.inf)
    true_peak = bool(pieces) and all(piece.true_peak for piece in pieces)
    if not energies:
        return Loudness(-math.inf, peak, true_peak)
    relative = _K_OFFSET + 10 * math.log10(sum(energies) / len(energies)) + RELATIVE_GATE_LU
    threshold = 10 ** ((relative - _K_OFFSET) / 10)
    gated = [e for e in energies if e > threshold]
    return Loudness(_K_OFFSET + 10 * math.log10(sum(gated) / len(gated)), peak, true_peak)


def measure_pcm(chunks: Iterable[bytes], sample_rate: int,
                audio_filter: str | None = None) -> Blocks:
    """Blocks of a mono s16le stream, streamed through ffmpeg (bounded memory), after
    ``audio_filter`` if one is given.

    Planning needs no true peak (the limiter takes care of peaks): sample peak only.
    """
    return _ebur128(["-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0"],
                    "sample", chunks, audio_filter)


def as_encoded(measured: Loudness) -> Loudness:
    """The loudness an MP3 decodes to, from the loudness of the signal fed to libmp3lame."""
    return replace(measured, integrated_lufs=measured.integrated_lufs - MP3_LOSS_LU)


# ffmpeg arguments and filter that make it log ebur128's blocks (read by MeterLog).
METER_LOG_ARGS = ("-nostats", "-v", "verbose")


def meter_filter(peak: str = "sample") -> str:
    """The ebur128 filter, as dual mono; ``peak`` is "sample" or "true" (4× oversampled)."""
    return f"ebur128=peak={peak}:dualmono=true:framelog=verbose"


def _ebur128(input_args: list[str], peak: str, chunks: Iterable[bytes],
             audio_filter: str | None = None) -> Blocks:
    chain = ",".join(f for f in (audio_filter, meter_filter(peak)) if f)
    command = [ffmpeg_exe(), "-nostdin", "-hide_banner", *METER_LOG_ARGS, *input_args,
               "-af", chain, "-f", "null", "-"]
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
    except OSError as exc:
        raise EngineError(f"cannot start ffmpeg ({exc.strerror})") from None
    stdin, stderr = process.stdin, process.stderr
    assert stdin is not None and stderr is not None  # both asked for as pipes above
    log = MeterLog(stderr, peak)
    try:
        for chunk in chunks:
            stdin.write(chunk)
    except BrokenPipeError:
        pass  # ffmpeg stopped reading; its exit status says why
    except BaseException:
        process.kill()  # the audio's producer failed: the measurement is moot
        raise
    finally:
        with contextlib.suppress(BrokenPipeError):
            stdin.close()
        process.wait()
    if process.returncode != 0:
        raise EngineError(f"ffmpeg could not measure loudness: {log.error() or 'no output'}")
    return log.blocks()


_MOMENTARY = re.compile(rb"M:\s*(-inf|-?\d+(?:\.\d+)?)")
_PEAK = {"true": re.compile(r"True peak:\s+Peak:\s+(-inf|-?[\d.]+) dBFS"),
         "sample": re.compile(r"Sample peak:\s+Peak:\s+(-inf|-?[\d.]+) dBFS")}


class MeterLog:
    """The block values and summary of a running ffmpeg's ebur128 log, read line by line.

    Read in a thread from the start, or ffmpeg blocks on a full stderr pipe; a
    ten-hour book logs 360,000 lines, so only the numbers are kept.
    """

    def __init__(self, stream: IO[bytes], peak: str = "sample") -> None:
        self.peak = peak
        self._momentary = array("d")
        self._summary = ""
        self._last_error = ""
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def blocks(self) -> Blocks:
        """What was measured; call once ffmpeg has exited."""
        self._thread.join()
        found = _PEAK[self.peak].search(self._summary)
        if not found:
            raise EngineError("ffmpeg could not measure loudness: "
                              f"{self.error() or 'no loudness summary'}")
        return Blocks(tuple(self._momentary), float(found[1]), self.peak == "true")

    def error(self) -> str:
        """ffmpeg's last error line (or ""), once it has exited."""
        self._thread.join()
        return self._last_error

    def _read(self, stream: IO[bytes]) -> None:
        in_summary = False
        for line in stream:
            if in_summary:
                self._summary += line.decode("utf-8", "replace")
            elif b"Summary:" in line:
                in_summary = True
            elif b" M:" in line:
                found = _MOMENTARY.search(line)
                if found:
                    self._momentary.append(float(found[1]))
            elif b"rror" in line or b"No space left" in line:
                self._last_error = line.decode("utf-8", "replace").strip()
