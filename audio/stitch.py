"""Clips + pauses (+ intro and outro) → one PCM stream, laid out before it is played.

``layout`` decides where everything goes from frame counts alone, so timings are
exact and known before any audio is read; ``stream`` then yields the program one
piece at a time, so the whole episode is never held in memory.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
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


def stream(program: Program, start: int = 0, end: int | None = None) -> Iterator[bytes]:
    """The program's PCM from frame ``start`` to ``end``, one piece at a time."""
    end = program.frames if end is None else end
    for piece, first, last in _overlapping(program, start, end):
        yield _piece_pcm(piece, program.sample_rate, first, last)


def fingerprint(program: Program, start: int, end: int) -> str:
    """A hash of frames ``start`` to ``end`` that reads no clip audio.

    A clip file counts by name, size and modification time: the clip cache writes
    each file once (a replaced one is a new file), so these stand for its samples.
    """
    digest = hashlib.sha256(str(program.sample_rate).encode())
    for piece, first, last in _overlapping(program, start, end):
        if piece.path is not None:
            stat = piece.path.stat()
            kind = f"{piece.path.name}:{stat.st_size}:{stat.st_mtime_ns}"
        elif piece.audio is not None:
            kind = hashlib.sha256(piece.audio).hexdigest()
        else:
            kind = "silence"
        digest.update(f"{kind}:{piece.frames}:{first}:{last};".encode())
    return digest.hexdigest()


def _overlapping(program: Program, start: int, end: int) -> Iterator[tuple[Piece, int, int]]:
    """Each piece overlapping frames ``start`` to ``end``, with the frames of it inside."""
    position = 0
    for piece in program.pieces:
        first, last = max(start, position), min(end, position + piece.frames)
        if first < last:
            yield piece, first - position, last - position
        position += piece.frames
        if position >= end:
            break


def _piece_pcm(piece: Piece, sample_rate: int, first: int, last: int) -> bytes:
    if piece.path is None and piece.audio is None:
        return pcm.silence(last - first)
    data = piece.audio if piece.audio is not None else pcm.read_pcm(piece.path, sample_rate)
    if (first, last) == (0, piece.frames):
        return data
    return data[first * pcm.FRAME_BYTES:last * pcm.FRAME_BYTES]


def chunk_spans(program: Program, count: int, period: int, skip: int) -> list[tuple[int, int]]:
    """Up to ``count`` spans of the program for separate encoders, cut inside pauses.

    Each cut lands on a multiple of ``period`` frames, and the ``skip`` frames of
    silence after it are left out: the join itself puts that much silence back.
    """
    silences, position = [], 0
    for piece in program.pieces:
        if piece.path is None and piece.audio is None:
            silences.append((position, position + piece.frames))
        position += piece.frames
    total = position
    cuts: list[int] = []
    for k in range(1, count):
        ideal = total * k // count
        # A cut in the middle of a pause, with a frame of silence on either side of it.
        options = [cut for begin, stop in silences
                   if begin + period <= (cut := round((begin + stop - skip) / 2 / period) * period)
                   and cut + skip + period <= stop and (not cuts or cut > cuts[-1] + skip)]
        if options:
            cuts.append(min(options, key=lambda cut: abs(cut - ideal)))
    cuts = sorted(set(cuts))
    starts = [0, *(cut + skip for cut in cuts)]
    ends = [*cuts, total]
    return list(zip(starts, ends))


def content_chunks(program: Program, period: int, skip: int, align_end: Callable[[int], int],
                   min_frames: int, max_frames: int) -> tuple[Program, list[tuple[int, int]]]:
    """Spans of a long program cut where its content says, so an edit moves no other cut.

    A pause is cut when the chunk has reached ``min_frames`` and the clip after the
    pause has a cache key (its file name: a hash of its text and voice) divisible
    by 4, or when the chunk would pass ``max_frames``. Each cut lands on a multiple
    of ``period`` frames with ``skip`` frames left out after it (the join puts them
    back); to get there the pause is lengthened by under a period, so the chunk
    after it starts the same way whatever came before, and its MP3 can be reused.
    The last pause is then stretched to the next end ``align_end`` accepts.
    Returns the program as adjusted, and the spans.
    """
    pieces = list(program.pieces)
    silent = [i for i, piece in enumerate(pieces) if piece.path is None and piece.audio is None]
    cuttable = set(silent[:-1])  # any pause but the last, which the end's alignment stretches
    spans: list[tuple[int, int]] = []
    start = position = added = 0
    shifts: list[tuple[int, int]] = []  # (original frame, frames added before it)
    for index, piece in enumerate(program.pieces):
        original_stop = position + piece.frames
        after = program.pieces[index + 1] if index + 1 < len(pieces) else None
        if (index in cuttable and piece.frames >= 2 * period + skip and after
                and after.path is not None):
            stop = original_stop + added
            length = stop - start  # the chunk so far, this pause included
            wanted = length >= min_frames and int(after.path.stem[:8], 16) % 4 == 0
            if wanted or length + after.frames > max_frames:
                lead_in = (piece.frames - skip) // 2  # silence before the next chunk's sound
                cut = stop - skip - lead_in
                extra = -cut % period
                pieces[index] = Piece(piece.frames + extra)
                added += extra
                shifts.append((original_stop, added))
                spans.append((start, cut + extra))
                start = cut + extra + skip
        position = original_stop
    total = sum(piece.frames for piece in pieces)
    end = align_end(total + period - 1)  # aligned ends come a period apart
    pieces[silent[-1]] = Piece(pieces[silent[-1]].frames + end - total)
    spans.append((start, end))

    stops = [stop for stop, _ in shifts]

    def shifted(seconds: float) -> float:
        passed = bisect.bisect_right(stops, round(seconds * program.sample_rate))
        return seconds + (shifts[passed - 1][1] if passed else 0) / program.sample_rate

    timings = tuple(replace(t, start_s=shifted(t.start_s), end_s=shifted(t.end_s))
                    for t in program.timings)
    return replace(program, pieces=tuple(pieces), timings=timings), spans
