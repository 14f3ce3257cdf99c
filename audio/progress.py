"""Progress on a terminal: segments done and time left, on stderr, only on a TTY."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

ProgressFn = Callable[[int, int], None]


def terminal_progress(quiet: bool, stream: TextIO | None = None) -> ProgressFn | None:
    """A callback printing ``Rendering 12/40 segments · about 3 s left``, or None."""
    stream = stream or sys.stderr
    if quiet or not stream.isatty():
        return None
    started = time.monotonic()

    def report(done: int, total: int) -> None:
        elapsed = time.monotonic() - started
        left = elapsed / done * (total - done) if done else 0.0
        end = "\n" if done == total else ""
        stream.write(f"\r\033[KRendering {done}/{total} segments · about {left:.0f} s left{end}")
        stream.flush()

    return report
