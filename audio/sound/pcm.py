"""All of papercast's pydub use, behind one module (pydub 0.25.1 is old; keep it contained).

Audio between stages is mono 16-bit PCM at the engine's rate.
"""

from __future__ import annotations

import warnings
from pathlib import Path

SAMPLE_WIDTH = 2  # bytes: 16-bit
CHANNELS = 1
FRAME_BYTES = SAMPLE_WIDTH * CHANNELS
# Quieter than this is silence at a clip's edges; espeak-ng's speech peaks near 0 dBFS.
EDGE_SILENCE_DBFS = -50.0
_MIN_CLIP_MS = 50


def _pydub():
    with warnings.catch_warnings():
        # pydub warns at import when ffmpeg is not on PATH (we never ask it to run
        # ffmpeg) and, on 3.12, that audioop is deprecated (audioop-lts replaces it).
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        import pydub
        import pydub.silence

    return pydub


def trim_edges(source: Path, target: Path, sample_rate: int) -> int:
    """Write ``source`` without leading/trailing silence to ``target``, as mono 16-bit PCM
    at ``sample_rate``; return its frames."""
    pydub = _pydub()
    detect_leading_silence = pydub.silence.detect_leading_silence
    audio = pydub.AudioSegment.from_wav(source)
    if (audio.frame_rate, audio.channels, audio.sample_width) != (sample_rate, CHANNELS,
                                                                   SAMPLE_WIDTH):
        audio = audio.set_channels(CHANNELS).set_sample_width(SAMPLE_WIDTH).set_frame_rate(
            sample_rate)
    lead = detect_leading_silence(audio, silence_threshold=EDGE_SILENCE_DBFS, chunk_size=5)
    tail = detect_leading_silence(audio.reverse(), silence_threshold=EDGE_SILENCE_DBFS,
                                  chunk_size=5)
    end = len(audio) - tail
    trimmed = audio[lead:end] if end - lead >= _MIN_CLIP_MS else audio[:_MIN_CLIP_MS]
    trimmed.export(target, format="wav")
    return int(trimmed.frame_count())


def read_pcm(path: Path, sample_rate: int) -> bytes:
    """A clip's raw samples, checked to be in the stream's format."""
    audio = _pydub().AudioSegment.from_wav(path)
    if (audio.frame_rate, audio.channels, audio.sample_width) != (
        sample_rate, CHANNELS, SAMPLE_WIDTH
    ):
        raise ValueError(
            f"{path}: clip is {audio.frame_rate} Hz × {audio.channels} ch × "
            f"{audio.sample_width * 8} bit, expected {sample_rate} Hz mono 16 bit"
        )
    return audio.raw_data


def silence(frames: int) -> bytes:
    """``frames`` frames of digital silence."""
    return b"\x00" * (frames * FRAME_BYTES)


def load_audio(path: Path, sample_rate: int, ffmpeg: str, fade_s: float = 0.0) -> bytes:
    """Any audio file ffmpeg reads, as mono 16-bit PCM at ``sample_rate``, faded at its edges.

    For short bookends (intro and outro music): the whole file is decoded in memory.
    """
    pydub = _pydub()
    pydub.AudioSegment.converter = ffmpeg
    audio = pydub.AudioSegment.from_file(path)
    audio = audio.set_channels(CHANNELS).set_sample_width(SAMPLE_WIDTH).set_frame_rate(
        sample_rate)
    fade_ms = round(fade_s * 1000)
    if fade_ms:
        audio = audio.fade_in(fade_ms).fade_out(fade_ms)
    return audio.raw_data
