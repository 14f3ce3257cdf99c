"""Clips + pauses → one PCM stream, one segment at a time, with exact timings.

The program is never held whole in memory: each clip is read, handed to the
sink (the encoder) and dropped. Times come from frame counts, never from
summed milliseconds, so they do not drift.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from audio import pcm
from audio.models import Clip, Pauses, Segment, Timing


@dataclass(frozen=True)
class Stitched:
    timings: tuple[Timing, ...]
    frames: int
    sample_rate: int

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate


def stitch(
    segments: Iterable[Segment],
    clips: Iterable[Clip],
    pauses: Pauses,
    sample_rate: int,
    sink: Callable[[bytes], None],
    align_end: Callable[[int], int] = lambda frames: frames,
) -> Stitched:
    """Feed each segment's audio and the pause after it to ``sink``, in order.

    ``align_end`` may shorten the final pause a little so the stream ends where
    the encoder wants it to.
    """
    position = 0
    timings = []
    for segment, clip in zip(segments, clips, strict=True):
        sink(pcm.read_pcm(clip.path, sample_rate))
        timings.append(Timing(segment, position / sample_rate,
                              (position + clip.frames) / sample_rate))
        position += clip.frames
        gap = round(pauses.after(segment.pause_after) * sample_rate)
        if segment.pause_after == "end":
            gap = max(0, align_end(position + gap) - position)
        sink(pcm.silence(gap))
        position += gap
    return Stitched(tuple(timings), position, sample_rate)
