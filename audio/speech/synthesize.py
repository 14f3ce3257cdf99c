"""Segments → Clips: offline speech in worker processes, cached by content.

Speech engines (``engine.py``) are not thread-safe and initialise once per
process, so each worker process owns one engine, created inside the worker. Workers are forked (they
start in milliseconds, with the parent's modules already imported) when that is
safe: the parent never loads espeak-ng itself, and a parent running other
threads spawns fresh interpreters instead (a fork copies locks those threads may
hold).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from audio.cache import ClipCache, clip_key
from audio.errors import EngineError
from audio.models import Clip, SpeechSettings
from audio.sound import pcm
from audio.speech.engine import SpeechEngine, engine_class

ENGINE_SAMPLE_RATE = engine_class().sample_rate


@dataclass(frozen=True)
class ClipRequest:
    text: str
    settings: SpeechSettings


class Renderer:
    """Renders clip requests in order, synthesizing only what the cache lacks.

    Use as a context manager: the worker pool lives as long as the ``with`` block.
    """

    def __init__(self, cache: ClipCache, jobs: int):
        self.cache = cache
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None
        self._engine_id = engine_class().version_id()

    def __enter__(self) -> Renderer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def warm_up(self) -> None:
        """Start the workers now, so their start-up overlaps the caller's other work."""
        pool = self._ensure_pool()
        for _ in range(self.jobs):
            pool.submit(_warm_worker)

    def render(
        self, requests: list[ClipRequest], progress: Callable[[int, int], None] | None = None
    ) -> Iterator[Clip]:
        """Start synthesizing what the cache lacks now; yield one Clip per request, in order.

        The work is submitted before this returns, so the caller can do other work
        while the workers speak, and consume the clips later.
        """
        keys = [clip_key(r.text, r.settings, self._engine_id) for r in requests]
        ready: dict[str, Clip] = {}  # each key's WAV header is read once
        futures: dict[str, Future] = {}
        for key, request in zip(keys, requests):
            if key not in ready and key not in futures:
                clip = self.cache.get(key)
                if clip is None:
                    futures[key] = self._submit(key, request)
                else:
                    ready[key] = clip
        return self._collect(keys, ready, futures, progress)

    def _collect(self, keys: list[str], ready: dict[str, Clip], futures: dict[str, Future],
                 progress: Callable[[int, int], None] | None) -> Iterator[Clip]:
        for index, key in enumerate(keys):
            clip = ready.get(key)
            if clip is None:
                self._wait(futures[key], index)
                clip = self.cache.get(key)
                if clip is None:
                    raise EngineError(f"segment {index + 1}: the speech engine produced no audio")
                ready[key] = clip  # a repeat of this text later is a cache hit
                clip = replace(clip, cached=False)
            if progress:
                progress(index + 1, len(keys))
            yield clip

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context(_start_method()),
                initializer=_init_worker,
            )
        return self._pool

    def _submit(self, key: str, request: ClipRequest) -> Future:
        return self._ensure_pool().submit(_render_in_worker, request,
                                          str(self.cache.path_for(key)))

    @staticmethod
    def _wait(future: Future, index: int) -> None:
        try:
            future.result()
        except BrokenProcessPool:
            raise EngineError(
                f"segment {index + 1}: the speech engine crashed (espeak-ng worker died)"
            ) from None


def _start_method() -> str:
    # Linux only: on macOS system frameworks are not fork-safe (Python spawns there too).
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


# ---------------------------------------------------------------- worker side

# The one engine of a worker process: engines initialise once per process. This is
# the worker's own state, never the parent's (the parent never loads an engine).
_engine: SpeechEngine | None = None


def _init_worker() -> None:
    # Ctrl-C is the parent's to handle; workers just stop with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # pyttsx3 prints "Audio saved to …" from espeak's thread: keep it off the user's stdout.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker


def _render_in_worker(request: ClipRequest, target: str) -> int:
    """Speak one request into ``target``, edges trimmed; its length in frames."""
    final = Path(target)
    final.parent.mkdir(parents=True, exist_ok=True)
    raw = final.with_name(f".{final.stem}.{os.getpid()}.raw.wav")
    trimmed = final.with_name(f".{final.stem}.{os.getpid()}.part.wav")
    try:
        _worker_engine().speak(request.text, request.settings, raw)
        frames = pcm.trim_edges(raw, trimmed)
        os.replace(trimmed, final)
    finally:
        for leftover in (raw, trimmed):
            leftover.unlink(missing_ok=True)
    return frames


def _warm_worker() -> None:
    _worker_engine()


def _worker_engine() -> SpeechEngine:
    global _engine
    if _engine is None:
        _engine = engine_class()()
    return _engine


def list_voices() -> list[tuple[str, str]]:
    """(id, name) of every voice of the engine, asked of a fresh worker process."""
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init_worker) as pool:
        return pool.submit(_voices_in_worker).result()


def _voices_in_worker() -> list[tuple[str, str]]:
    return _worker_engine().voices()
