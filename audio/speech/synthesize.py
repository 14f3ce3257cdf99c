"""Segments → Clips: offline speech in worker processes, cached by content.

Speech engines (``engine.py``) are not thread-safe and initialise once per
process, so each worker process owns one engine, created inside the worker. Workers are forked (they
start in milliseconds, with the parent's modules already imported) when that is
safe: the parent never loads espeak-ng itself, and a parent running other
threads spawns fresh interpreters instead (a fork copies locks those threads may
hold).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import multiprocessing
import os
import queue
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain
from pathlib import Path

from audio.cache import ClipCache, clip_key, store_once
from audio.errors import EngineError
from audio.models import Clip, SpeechSettings
from audio.sound import pcm
from audio.speech.engine import DEFAULT_ENGINE, SpeechEngine, engine_class

# Every clip is brought to this rate, whatever its engine speaks at: pyttsx3's espeak
# driver always writes 22.05 kHz, and Piper's medium voices speak at it too.
PROGRAM_SAMPLE_RATE = 22050
PR_SET_PDEATHSIG = 1  # prctl(2)
STUCK_AFTER_S = 10.0  # a stopped run waits this long for its workers' current segments
# A spoken character takes at most about this much WAV (15 characters a second at
# 22.05 kHz, 16 bit, with room for slow voices).
BYTES_PER_CHAR = 6000


@dataclass(frozen=True)
class ClipRequest:
    text: str
    settings: SpeechSettings


class Renderer:
    """Renders clip requests, synthesizing only what the cache lacks.

    Use as a context manager: the worker pool lives as long as the ``with`` block.
    """

    def __init__(self, cache: ClipCache, jobs: int):
        self.cache = cache
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None
        self._engine_ids: dict[tuple[str, str], str] = {}
        self._texts: dict[str, str] = {}  # what each key says, for its time limit

    def __enter__(self) -> Renderer:
        return self

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        if self._pool is None:
            return
        if exc_type is not None:  # a failed or stopped run: let the workers finish their
            # segment, clean up and go; kill those still busy after STUCK_AFTER_S (a hung
            # engine). ProcessPoolExecutor shows its processes publicly only from 3.14.
            processes = list((getattr(self._pool, "_processes", None) or {}).values())
            # shutdown(wait=False) forgets the pool's manager thread, so a later
            # shutdown(wait=True) no longer joins it; left running, it races the
            # interpreter's exit hook on a pipe it is closing (EBADF printed at exit).
            manager = getattr(self._pool, "_executor_manager_thread", None)
            self._pool.shutdown(wait=False, cancel_futures=True)
            _end_stuck(processes)
            if manager is not None:
                manager.join()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None

    def warm_up(self, voices: Iterable[SpeechSettings] = ()) -> None:
        """Start the workers and load these voices now, so that overlaps the caller's work."""
        pool = self._ensure_pool()
        wanted = {(v.engine, v.voice) for v in voices} or {(DEFAULT_ENGINE, "")}
        for _ in range(self.jobs):
            pool.submit(_warm_worker, sorted(wanted))

    def render(
        self, requests: list[ClipRequest], progress: Callable[[int, int], None] | None = None
    ) -> Iterator[tuple[int, Clip]]:
        """Start synthesizing what the cache lacks now; yield each request's index and
        Clip, the cached ones first and the others as soon as they are spoken.

        The work is submitted before this returns, so the caller can do other work
        while the workers speak, and consume the clips later (``layout.in_order`` sorts them).
        """
        keys = [clip_key(r.text, r.settings, self._engine_id(r.settings)) for r in requests]
        self._texts = {key: request.text for key, request in zip(keys, requests)}
        ready: dict[str, Clip] = {}  # each key's WAV header is read once
        missing: dict[str, ClipRequest] = {}
        for key, request in zip(keys, requests):
            if key not in ready and key not in missing:
                clip = self.cache.get(key)
                if clip is None:
                    missing[key] = request
                else:
                    ready[key] = clip
        # Longest first, so the last segments to finish are short ones and no worker
        # idles while another speaks a long paragraph.
        futures = {key: self._submit(key, missing[key])
                   for key in sorted(missing, key=lambda k: -len(missing[k].text))}
        return self._collect(keys, ready, futures, progress)

    def _collect(self, keys: list[str], ready: dict[str, Clip], futures: dict[str, Future],
                 progress: Callable[[int, int], None] | None) -> Iterator[tuple[int, Clip]]:
        indexes: dict[str, list[int]] = {}  # the requests each key answers
        for index, key in enumerate(keys):
            indexes.setdefault(key, []).append(index)
        answers = ((index, ready[key]) for index, key in enumerate(keys) if key in ready)
        for done, (index, clip) in enumerate(chain(answers, self._as_spoken(futures, indexes)),
                                             start=1):
            if progress:
                progress(done, len(keys))
            yield index, clip

    def _as_spoken(self, futures: dict[str, Future],
                   indexes: dict[str, list[int]]) -> Iterator[tuple[int, Clip]]:
        """Each request's index and clip as soon as a worker has spoken it."""
        finished: queue.SimpleQueue[str] = queue.SimpleQueue()
        for key, future in futures.items():
            future.add_done_callback(partial(_report_done, finished, key))
        order, spoken, first = list(futures), set[str](), 0  # submitted longest first
        for _ in futures:
            while order[first] in spoken:
                first += 1
            # as long as the longest segment still to come may take
            timeout_s = _timeout_s(len(self._texts[order[first]]))
            try:
                key = finished.get(timeout=timeout_s)
            except queue.Empty:
                raise EngineError(f"segment {indexes[order[first]][0] + 1}: the speech engine "
                                  f"stopped responding (no audio after {timeout_s:.0f} s)"
                                  ) from None
            spoken.add(key)
            clip = self._spoken(futures[key], key, indexes[key][0])
            for index in indexes[key]:
                yield index, clip
                clip = replace(clip, cached=True)  # a repeat of the text is a cache hit

    def _spoken(self, future: Future, key: str, index: int) -> Clip:
        """The clip a finished worker left in the cache; an EngineError if there is none."""
        try:
            future.result()
        except BrokenProcessPool:
            raise EngineError(
                f"segment {index + 1}: the speech engine crashed (its worker process died)"
            ) from None
        clip = self.cache.get(key)
        if clip is None:
            raise EngineError(f"segment {index + 1}: the speech engine produced no audio")
        return replace(clip, cached=False)

    def _engine_id(self, settings: SpeechSettings) -> str:
        """The engine and voice's identity for cache keys; a VoiceError if not installed."""
        voice = (settings.engine, settings.voice)
        if voice not in self._engine_ids:
            self._engine_ids[voice] = engine_class(settings.engine).version_id(settings.voice)
        return self._engine_ids[voice]

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            threads = max(1, (os.cpu_count() or 1) // self.jobs)  # workers × threads = cores
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context(_start_method()),
                initializer=_init_worker, initargs=(threads,),
            )
        return self._pool

    def _submit(self, key: str, request: ClipRequest) -> Future:
        return self._ensure_pool().submit(_render_in_worker, request,
                                          str(self.cache.path_for(key)))


def _report_done(finished: queue.SimpleQueue[str], key: str, _: Future) -> None:
    finished.put(key)


def _end_stuck(processes: list[multiprocessing.process.BaseProcess]) -> None:
    deadline = time.monotonic() + STUCK_AFTER_S
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()


def _timeout_s(chars: int) -> float:
    """How long one segment may take, generously: a slow machine's neural voice included."""
    return 120 + chars * 0.2


def _start_method() -> str:
    # Linux only: on macOS system frameworks are not fork-safe (Python spawns there too).
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


# ---------------------------------------------------------------- worker side

# The engines of a worker process, by name: engines initialise once per process. This
# is the worker's own state, never the parent's (the parent never loads an engine).
_engines: dict[str, SpeechEngine] = {}
_threads = 1  # cores this worker's engines may use


def _init_worker(threads: int = 1) -> None:
    global _threads
    _threads = threads
    _exit_with_parent()
    # Ctrl-C, SIGTERM and SIGHUP are the parent's to handle; workers just stop with it.
    for stop in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, signal.SIG_IGN)
    # pyttsx3 prints "Audio saved to …" from espeak's thread: keep it off the user's stdout.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker


def _render_in_worker(request: ClipRequest, target: str) -> int:
    """Speak one request into ``target``, edges trimmed, at the program's rate; its frames."""
    final = Path(target)
    final.parent.mkdir(parents=True, exist_ok=True)
    raw = final.with_name(f".{final.stem}.papercast-{os.getpid()}.raw.wav")
    trimmed = final.with_name(f".{final.stem}.papercast-{os.getpid()}.part.wav")
    try:
        _require_space(final, len(request.text))
        _worker_engine(request.settings.engine).speak(request.text, request.settings, raw)
        frames = pcm.trim_edges(raw, trimmed, PROGRAM_SAMPLE_RATE)
        store_once(trimmed, final)
    finally:
        for leftover in (raw, trimmed):
            leftover.unlink(missing_ok=True)
    return frames


def _exit_with_parent() -> None:
    """End this worker when papercast ends, however it ends (SIGKILL and the OOM killer
    included): the kernel's parent-death signal, and a watch on the parent's pid."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _require_space(final: Path, chars: int) -> None:
    """Refuse before speaking onto a full disk: espeak-ng hangs when it cannot write."""
    needed = chars * BYTES_PER_CHAR * 2  # the engine's file and the trimmed one
    if shutil.disk_usage(final.parent).free < needed:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(final))


def _warm_worker(voices: list[tuple[str, str]]) -> None:
    for engine, voice in voices:
        _worker_engine(engine).load(voice)


def _worker_engine(name: str) -> SpeechEngine:
    if name not in _engines:
        _engines[name] = engine_class(name)(_threads)
    return _engines[name]


def list_voices(engine: str = DEFAULT_ENGINE) -> list[tuple[str, str]]:
    """(id, name) of every voice of an engine, asked of a fresh worker process."""
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init_worker) as pool:
        return pool.submit(_voices_in_worker, engine).result()


def _voices_in_worker(engine: str) -> list[tuple[str, str]]:
    return _worker_engine(engine).voices()
