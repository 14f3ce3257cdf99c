"""Clips + pauses (+ intro and outro) → one PCM stream, laid out before it is played.

``layout`` decides where everything goes from frame counts alone, so timings are
exact and known before any audio is read; ``stream`` then yields the program one
piece at a time, so the whole episode is never held in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from audio import pcm
from audio.models import Clip, Pauses, Segment, Timing


@dataclass(frozen=True)
class Piece:
    """A stretch of the program: a clip file, decoded audio, or silence."""

    frames: int
    path: Path | None = None
    audio: bytes | None = None


@dataclass(frozen=True)
class Program:
    pieces: tuple[Piece, ...]
    timings: tuple[Timing, ...]
    sample_rate: int
    offset_s: float  # where the article starts (after any intro and its gap)

    @property
    def frames(self) -> int:
        return sum(piece.frames for piece in self.pieces)

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate


@dataclass(frozen=True)
class Bookends:
    """Audio around the article: decoded intro and outro, and the silence beside them."""

    intro: bytes = b""
    outro: bytes = b""
    gap_s: float = 1.0


def layout(
    segments: Sequence[Segment],
    clips: Sequence[Clip],
    pauses: Pauses,
    sample_rate: int,
    bookends: Bookends = Bookends(),
    align_end: Callable[[int], int] = lambda frames: frames,
) -> Program:
    """Place every segment and pause; ``align_end`` may trim the final pause a little."""
    pieces: list[Piece] = []
    gap = round(bookends.gap_s * sample_rate)
    if bookends.intro:
        pieces += [Piece(len(bookends.intro) // pcm.FRAME_BYTES, audio=bookends.intro),
                   Piece(gap)]
    position = sum(piece.frames for piece in pieces)
    offset_s = position / sample_rate
    timings = []
    for segment, clip in zip(segments, clips, strict=True):
        if clip.sample_rate != sample_rate:
            raise ValueError(f"{clip.path}: {clip.sample_rate} Hz, expected {sample_rate} Hz")
        timings.append(Timing(segment, position / sample_rate,
                              (position + clip.frames) / sample_rate))
        pieces.append(Piece(clip.frames, path=clip.path))
        position += clip.frames
        pause = round(pauses.after(segment.pause_after) * sample_rate)
        if segment.pause_after == "end" and not bookends.outro:
            pause = max(0, align_end(position + pause) - position)
        pieces.append(Piece(pause))
        position += pause
    if bookends.outro:
        # The pause before the outro is at least the gap, trimmed so the stream ends aligned.
        outro_frames = len(bookends.outro) // pcm.FRAME_BYTES
        before = max(pieces[-1].frames, gap)
        end = position - pieces[-1].frames + before + outro_frames
        pieces[-1] = Piece(max(0, before - (end - align_end(end))))
        pieces.append(Piece(outro_frames, audio=bookends.outro))
    return Program(tuple(pieces), tuple(timings), sample_rate, offset_s)


def stream(program: Program) -> Iterator[bytes]:
    """The program's PCM, one piece at a time."""
    for piece in program.pieces:
        if piece.path is not None:
            yield pcm.read_pcm(piece.path, program.sample_rate)
        elif piece.audio is not None:
            yield piece.audio
        elif piece.frames:
            yield pcm.silence(piece.frames)
