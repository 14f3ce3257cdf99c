"""Mastering: where the loudness is decided, from planning to the final encode.

The gain is planned on the raw speech while the workers speak (``plan_loudness``),
applied with a peak limiter as an ffmpeg filter (``mastering_filter``; for speech that
peaks at full scale, its gain allows for the limiter's loss as measured on an excerpt),
and the encoders meter what they encode; a final file that missed the target is encoded
once more, corrected (``encode_mastered``).

Targets are stereo-equivalent, as podcast apps state them (see ``meter``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from audio.cache import ChunkCache
from audio.models import Clip, Segment
from audio.sound import pcm
from audio.sound.chunks import Span
from audio.sound.encode import Mp3Settings, encode_program
from audio.sound.layout import Bookends, Program, in_order, stream
from audio.sound.meter import (
    ABSOLUTE_GATE_LUFS,
    MP3_LOSS_LU,
    Loudness,
    integrated,
    measure_pcm,
)
from audio.text.counting import word_count

DEFAULT_TARGET_LUFS = -16.0
DEFAULT_TRUE_PEAK_DBTP = -1.0
# The limiter takes about this much off espeak-ng's peaky speech (measured 0.1 LU on
# the sample articles (tests/data): −16.0 LUFS with gain alone, −16.1 with the limiter).
LIMITER_LOSS_LU = 0.1
# A final file further than this from the target is encoded once more, corrected.
RETRY_LU = 0.3
# The limiter works on samples; peaks between samples and MP3 encoding add up to
# about half a decibel, so it aims this much below the true-peak ceiling.
LIMITER_MARGIN_DB = 1.0
# Speech whose peaks reach full scale (Piper normalizes every sentence to it) loses more
# to the limiter, and by how much varies (0.5-0.7 LU on the sample articles): its loss
# is measured on an excerpt this long, at the planned gain, before the program is encoded.
FULL_SCALE_PEAK_DB = -1.0
LIMITER_TRIAL_S = 30.0
# Loudness is planned on about this much of the program, taken evenly from all of it;
# the encoders meter all of it, and it is encoded again if it missed the target.
PLANNING_SAMPLE_S = 180.0
# BS.1770's blocks: 400 ms long, one every 100 ms (ebur128's momentary loudness).
BLOCK_S, BLOCK_STEP_S = 0.4, 0.1


def plan_loudness(segments: Iterable[Segment], clips: Iterator[tuple[int, Clip]],
                  rate_wpm: int, bookends: Bookends,
                  sample_rate: int) -> tuple[list[Clip], Loudness]:
    """Every clip, in the segments' order, and the loudness of the program they make.

    ``clips`` gives each segment's index and clip as it is spoken, in any order, and
    each streams into the meter as soon as it arrives. Long programs are sampled: every
    n-th segment, about PLANNING_SAMPLE_S seconds in all (espeak-ng's level hardly
    varies along a text). The measurement does not depend on the order the clips came
    in (see ``isolated``), so a re-render from the cache plans the same gain and reuses
    its encoded chunks. Pauses are left out: silence is below the gate anyway.
    """
    segments = list(segments)
    words = sum(word_count(segment.speech) for segment in segments)
    stride = max(1, math.ceil(words * 60 / rate_wpm / PLANNING_SAMPLE_S))
    arrived: list[tuple[int, Clip]] = []

    def sampled_audio() -> Iterator[bytes]:
        yield pcm.silence(round(sample_rate * BLOCK_S))
        if bookends.intro:
            yield from isolated(bookends.intro, sample_rate)
        for index, clip in clips:
            arrived.append((index, clip))
            if index % stride == 0:
                yield from isolated(pcm.read_pcm(clip.path, sample_rate), sample_rate)
        if bookends.outro:
            yield from isolated(bookends.outro, sample_rate)

    measured = integrated([measure_pcm(sampled_audio(), sample_rate)])
    return in_order(arrived, len(segments)), measured


def isolated(audio: bytes, sample_rate: int) -> Iterator[bytes]:
    """``audio`` as the meter must see it to give the same blocks wherever it stands in
    the stream (which starts with a block of silence): on the meter's 100 ms grid, and
    followed by a block's length of silence, so no block holds two pieces."""
    step = round(sample_rate * BLOCK_STEP_S)
    frames = len(audio) // pcm.FRAME_BYTES
    yield audio
    yield pcm.silence(-frames % step + round(sample_rate * BLOCK_S))


def encode_mastered(program: Program, target: Path, spans: list[Span], settings: Mp3Settings,
                    measured: Loudness | None, target_lufs: float, true_peak_dbtp: float,
                    cache: ChunkCache | None = None,
                    progress: Callable[[int, int], None] | None = None, jobs: int = 1) -> Loudness:
    """Encode the program brought to ``target_lufs``, or as it is if ``measured`` is None.

    Returns the loudness of the file as encoded.
    """
    audio_filter = None
    if measured is not None:
        audio_filter = plan_mastering(measured, target_lufs, true_peak_dbtp)
        if measured.peak_db >= FULL_SCALE_PEAK_DB:
            audio_filter = with_limiter_loss_measured(program, audio_filter)
    loudness = encode_program(program, target, spans, settings, audio_filter, progress, cache,
                              jobs)
    retry = audio_filter and corrected(audio_filter, loudness, target_lufs)
    if retry:
        loudness = encode_program(program, target, spans, settings, retry, progress, cache, jobs)
    return loudness


def plan_mastering(measured: Loudness, target_lufs: float, true_peak_dbtp: float) -> str:
    """The filter that brings a measured program to the target and under the ceiling."""
    return mastering_filter(measured, target_lufs + MP3_LOSS_LU + LIMITER_LOSS_LU,
                            true_peak_dbtp)


def with_limiter_loss_measured(program: Program, audio_filter: str) -> str:
    """The filter with its gain raised by what its limiter takes off an excerpt of the
    program beyond LIMITER_LOSS_LU (the raw excerpt and the filtered one are metered
    side by side)."""
    rate = program.sample_rate
    start = round(program.offset_s * rate)  # the article, not an intro
    end = min(program.frames, start + round(LIMITER_TRIAL_S * rate))
    gain = _gain_db(audio_filter)
    if gain is None or end - start < rate:  # no gain (silence), or too short to meter a
        return audio_filter  # block: the final meter decides
    with ThreadPoolExecutor(max_workers=2) as pool:
        raw = pool.submit(measure_pcm, stream(program, start, end), rate)
        limited = pool.submit(measure_pcm, stream(program, start, end), rate, audio_filter)
        before, after = integrated([raw.result()]), integrated([limited.result()])
    loss = before.integrated_lufs + gain - after.integrated_lufs
    if not math.isfinite(loss):
        return audio_filter
    # to a tenth of a decibel, like the planned gain, so a re-render keeps its chunks
    return _with_gain(audio_filter, gain + round(max(0.0, loss - LIMITER_LOSS_LU), 1))


def corrected(audio_filter: str, measured: Loudness, target_lufs: float) -> str | None:
    """The filter with its gain corrected by the final file's error, or None if close enough."""
    error = target_lufs - measured.integrated_lufs
    gain = _gain_db(audio_filter)
    if abs(error) <= RETRY_LU or gain is None or not math.isfinite(error):
        return None
    return _with_gain(audio_filter, gain + error)


_GAIN = re.compile(r"volume=(-?[\d.]+)dB,")


def _gain_db(audio_filter: str) -> float | None:
    match = _GAIN.match(audio_filter)
    return float(match[1]) if match else None


def _with_gain(audio_filter: str, gain_db: float) -> str:
    return _GAIN.sub(f"volume={gain_db:.2f}dB,", audio_filter, count=1)


def mastering_filter(measured: Loudness, target_lufs: float, true_peak_dbtp: float) -> str:
    """An ffmpeg filter chain: gain to the target, then a limiter under the ceiling."""
    if measured.integrated_lufs < ABSOLUTE_GATE_LUFS:  # silence: no gain applies
        return "anull"
    # To a tenth of a decibel (inaudible, and within 0.05 LU): re-rendered after a
    # small edit, a program usually keeps its gain, so unchanged chunks are reused.
    gain_db = round(target_lufs - measured.integrated_lufs, 1)
    ceiling = 10 ** ((true_peak_dbtp - LIMITER_MARGIN_DB) / 20)
    return (f"volume={gain_db:.2f}dB,"
            f"alimiter=limit={ceiling:.4f}:attack=5:release=50:level=disabled")
