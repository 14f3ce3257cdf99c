"""Where the program is cut into chunks for separate encoders: every cut rule in one place.

Each chunk is encoded by its own ffmpeg and the MP3s are joined (``mp3join``). A
cut lands on an MP3 frame in the middle of a pause, and the silence a join adds is
left out of that pause, so the joined file is exactly as long as planned.

A short program gets one chunk per core, cut where they balance. A long one is
cut where its content says, into chunks of 30 s to 2.5 min that a pool of one
encoder per core works through: after an edit, only the chunks around it are
encoded again (their MP3s are cached by what they are made of).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from audio.sound.encode import OUTPUT_SAMPLE_RATE
from audio.sound.layout import Piece, Program
from audio.sound.mp3join import (
    JOIN_SAMPLES,
    LAME_DELAY_SAMPLES,
    LAME_MIN_PADDING,
    MP3_FRAME_SAMPLES,
)

MIN_CHUNK_S = 20.0  # shorter stretches are not worth an encoder process of their own
# Programs this long are cut by content into chunks of these bounds (seconds): through a
# pool of one encoder per core they encode as fast as one chunk per core (measured on
# 10.7 min: 2, 4 or 8 chunks within 1 %), and an edit re-encodes only its own chunk.
CONTENT_CHUNKS_FROM_S = 240.0
CONTENT_CHUNK_S = (30.0, 150.0)
Span = tuple[int, int]  # first and end frame of a chunk


def plan_spans(program: Program, jobs: int) -> tuple[Program, list[Span]]:
    """Spans of the program for separate encoders, and the program as cut."""
    ratio, rest = divmod(OUTPUT_SAMPLE_RATE, program.sample_rate)
    count = max(1, min(jobs, int(program.duration_s // MIN_CHUNK_S)))
    if rest or count == 1:
        return program, [(0, program.frames)]
    period, skip = MP3_FRAME_SAMPLES // ratio, JOIN_SAMPLES // ratio
    if program.duration_s < CONTENT_CHUNKS_FROM_S:
        return program, chunk_spans(program, count, period, skip)
    rate = program.sample_rate
    return content_chunks(program, period, skip, lambda n: frame_aligned(n, rate),
                          round(CONTENT_CHUNK_S[0] * rate), round(CONTENT_CHUNK_S[1] * rate))


def starts_a_chunk(clip: Piece) -> bool:
    """Whether a long program may be cut just before this clip, by its content alone.

    A clip's key is a hash of its text and voice, so about one clip in four
    qualifies wherever it stands, and the cuts do not move when text before them
    is edited.
    """
    return int(clip.key[:8], 16) % 4 == 0


def frame_aligned(frames: int, sample_rate: int) -> int:
    """The largest length ≤ ``frames`` whose MP3 ends with the least padding.

    ffmpeg records encoder delay and padding in a "Lavc" Info header that some
    readers (mutagen among them) ignore, counting both as audio. Ending the
    stream where libmp3lame pads least keeps them within 26 ms, not 52 ms.
    """
    ratio, rest = divmod(OUTPUT_SAMPLE_RATE, sample_rate)
    if rest:
        return frames
    period = MP3_FRAME_SAMPLES // ratio
    for candidate in range(frames, max(frames - period, 0) - 1, -1):
        padding = -(candidate * ratio + LAME_DELAY_SAMPLES) % MP3_FRAME_SAMPLES
        if LAME_MIN_PADDING <= padding < LAME_MIN_PADDING + ratio:
            return candidate
    return frames


def chunk_spans(program: Program, count: int, period: int, skip: int) -> list[Span]:
    """Up to ``count`` spans of the program for separate encoders, cut inside pauses.

    Each cut lands on a multiple of ``period`` frames, and the ``skip`` frames of
    silence after it are left out: the join itself puts that much silence back.
    """
    silences, position = [], 0
    for piece in program.pieces:
        if piece.is_silence:
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
                   min_frames: int, max_frames: int) -> tuple[Program, list[Span]]:
    """Spans of a long program cut where its content says, so an edit moves no other cut.

    A pause is cut when the chunk has reached ``min_frames`` and the clip after the
    pause ``starts_a_chunk``, or when the chunk would pass ``max_frames``. Each cut
    lands on a multiple of ``period`` frames with ``skip`` frames left out after it
    (the join puts them back); to get there the pause is lengthened by under a period, so the chunk
    after it starts the same way whatever came before, and its MP3 can be reused.
    The last pause is then stretched to the next end ``align_end`` accepts.
    Returns the program as adjusted, and the spans.
    """
    pieces = list(program.pieces)
    silent = [i for i, piece in enumerate(pieces) if piece.is_silence]
    cuttable = set(silent[:-1])  # any pause but the last, which the end's alignment stretches
    spans: list[Span] = []
    start = position = added = 0
    shifts: list[Span] = []  # (original frame, frames added before it)
    for index, piece in enumerate(program.pieces):
        original_stop = position + piece.frames
        after = program.pieces[index + 1] if index + 1 < len(pieces) else None
        if (index in cuttable and piece.frames >= 2 * period + skip and after
                and after.path is not None):
            stop = original_stop + added
            length = stop - start  # the chunk so far, this pause included
            wanted = length >= min_frames and starts_a_chunk(after)
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
