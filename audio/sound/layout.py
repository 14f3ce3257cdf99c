"""Clips + pauses (+ intro and outro) → one PCM stream, laid out before it is played.

``layout`` decides where everything goes from frame counts alone, so timings are
exact and known before any audio is read; ``stream`` then yields the program one
piece at a time, so the whole episode is never held in memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from audio.errors import InputError
from audio.models import Clip, Pauses, Segment, Timing
from audio.sound import pcm
from audio.sound.ffmpeg import ffmpeg_exe

DEFAULT_GAP_S = 1.0  # silence between an intro or outro file and the article


@dataclass(frozen=True)
class Piece:
    """A stretch of the program: a clip file, decoded audio, or silence."""

    frames: int
    path: Path | None = None  # a clip's WAV file
    audio: bytes | None = None  # decoded audio (intro and outro)
    key: str = ""  # a clip's content key: a hash of its text and voice

    @property
    def is_silence(self) -> bool:
        return self.path is None and self.audio is None


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
    gap_s: float = DEFAULT_GAP_S


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
        pieces.append(Piece(clip.frames, path=clip.path, key=clip.key))
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


def in_order(clips: Iterable[tuple[int, Clip]], count: int) -> list[Clip]:
    """Clips given with their segments' indexes, in any order (as the speech workers
    finish them), in the segments' order."""
    ordered: list[Clip | None] = [None] * count
    for index, clip in clips:
        ordered[index] = clip
    assert all(clip is not None for clip in ordered)  # every segment has its clip
    return [clip for clip in ordered if clip is not None]


def stream(program: Program, start: int = 0, end: int | None = None) -> Iterator[bytes]:
    """The program's PCM from frame ``start`` to ``end``, one piece at a time."""
    end = program.frames if end is None else end
    for piece, first, last in _overlapping(program, start, end):
        yield _piece_pcm(piece, program.sample_rate, first, last)


def fingerprint(program: Program, start: int, end: int) -> str:
    """A hash of the audio of frames ``start`` to ``end`` that reads no clip audio.

    Each piece counts by exactly what it contributes: a stretch of silence by its
    length alone (wherever its pause began), a stretch of a clip or of decoded audio
    by its source and the frames taken from it. A clip file counts by name, size
    and modification time: the clip cache writes each file once (a replaced one is
    a new file), so these stand for its samples.
    """
    digest = hashlib.sha256(str(program.sample_rate).encode())
    for piece, first, last in _overlapping(program, start, end):
        if piece.path is not None:
            stat = piece.path.stat()
            source = f"{piece.path.name}:{stat.st_size}:{stat.st_mtime_ns}:{first}"
        elif piece.audio is not None:
            source = f"{hashlib.sha256(piece.audio).hexdigest()}:{first}"
        else:
            source = "silence"
        digest.update(f"{source}:{last - first};".encode())
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
    if piece.is_silence:
        return pcm.silence(last - first)
    if piece.audio is not None:
        data = piece.audio
    else:
        assert piece.path is not None  # a piece is silence, samples or a file
        data = pcm.read_pcm(piece.path, sample_rate)
    if (first, last) == (0, piece.frames):
        return data
    return data[first * pcm.FRAME_BYTES:last * pcm.FRAME_BYTES]


def load_bookends(intro: Path | None, outro: Path | None, gap_s: float, fade_s: float,
                  sample_rate: int) -> Bookends:
    """Intro and outro audio files decoded for the program (any format ffmpeg reads)."""

    def decode(path: Path | None) -> bytes:
        if path is None:
            return b""
        if not Path(path).is_file():
            raise InputError(f"{path}: no such audio file")
        try:
            return pcm.load_audio(Path(path), sample_rate, ffmpeg_exe(), fade_s)
        except Exception as exc:  # pydub raises bare exceptions for undecodable files
            raise InputError(f"{path}: not an audio file ffmpeg can read") from exc

    return Bookends(decode(intro), decode(outro), gap_s)
