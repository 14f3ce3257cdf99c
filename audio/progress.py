"""Progress on a terminal: what is being done, how far, and time left; on stderr, on a TTY only."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable
from typing import TextIO

# Called as (stage, done, total): SPEAKING counts segments, ENCODING seconds of audio.
ProgressFn = Callable[[str, int, int], None]
SPEAKING = "speaking"
ENCODING = "encoding"
UPLOADING = "uploading"  # counts bytes
_REFRESH_S = 0.1  # a book reports thousands of steps; the terminal needs a few a second


def terminal_progress(quiet: bool, stream: TextIO | None = None) -> ProgressFn | None:
    """A callback printing ``Speaking 12/40 segments · about 3 s left``, or None.

    Then ``Encoding 2:10/10:41 of audio · about 20 s left``: on long programs the
    encoding takes longer than the speech, and deserves its own estimate.
    """
    stream = stream or sys.stderr
    if quiet or not stream.isatty():
        return None
    return _TerminalProgress(stream)


def stage(progress: ProgressFn | None, name: str,
          per_unit: int = 1) -> Callable[[int, int], None] | None:
    """``progress`` for one stage, counting in units of ``per_unit`` steps (e.g. frames)."""
    if progress is None:
        return None
    return lambda done, total: progress(name, done // per_unit, total // per_unit)


class _TerminalProgress:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.stage = ""
        self.started = self.shown = 0.0
        self.done = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self.stage or done < self.done:  # a new stage, or the next episode
            self.stage, self.started, self.shown = stage, now, 0.0
        self.done = done
        finished = done >= total
        if not finished and now - self.shown < _REFRESH_S:
            return
        self.shown = now
        left = (now - self.started) / done * (total - done) if done else None
        estimate = f" · about {math.ceil(left)} s left" if left is not None and not finished else ""
        end = "\n" if finished else ""
        self.stream.write(f"\r\033[K{_describe(stage, done, total)}{estimate}{end}")
        self.stream.flush()


def _describe(stage: str, done: int, total: int) -> str:
    if stage == UPLOADING:
        return f"Uploading {done / 1e6:.1f}/{total / 1e6:.1f} MB"
    if stage == ENCODING:
        return f"Encoding {_clock(done)}/{_clock(total)} of audio"
    return f"Speaking {done}/{total} segments"


def _clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"
