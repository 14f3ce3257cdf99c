"""Run a few blocking jobs (each driving its own subprocess) at once, in threads."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def run_all(jobs: Sequence[Callable[[], T]]) -> list[T]:
    """Results in order; the first job's exception is raised in the caller's thread."""
    results: list = [None] * len(jobs)
    failed: list[bool] = [False] * len(jobs)

    def run(index: int) -> None:
        try:
            results[index] = jobs[index]()
        except BaseException as exc:  # handed to the caller below
            results[index], failed[index] = exc, True

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():
            thread.join(0.1)  # in small steps, so Ctrl-C is noticed promptly
    for result, bad in zip(results, failed):
        if bad:
            raise result
    return results
