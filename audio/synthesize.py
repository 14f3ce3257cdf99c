"""Segments → Clips: offline speech with pyttsx3 (espeak-ng) in worker processes, cached.

espeak-ng is not thread-safe and initialises once per process, so each worker
process owns one engine, created inside the worker. Workers are forked (they
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
import time
import wave
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from audio import pcm
from audio.cache import ClipCache, clip_key
from audio.engine import engine_id, new_pyttsx3_engine
from audio.errors import EngineError, VoiceError
from audio.models import Clip, SpeechSettings

ENGINE_SAMPLE_RATE = 22050  # pyttsx3's espeak driver always writes 22.05 kHz mono


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
        self._engine = engine_id()

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
        keys = [clip_key(r.text, r.settings, self._engine) for r in requests]
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

# The one engine of a worker process (espeak-ng can be initialised once per process).
_speaker: _Speaker | None = None


def _init_worker() -> None:
    # Ctrl-C is the parent's to handle; workers just stop with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # pyttsx3 prints "Audio saved to …" from espeak's thread: keep it off the user's stdout.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker


def _render_in_worker(request: ClipRequest, target: str) -> int:
    return _worker_speaker().render(request.text, request.settings, Path(target))


def _warm_worker() -> None:
    _worker_speaker()


def _worker_speaker() -> _Speaker:
    global _speaker
    if _speaker is None:
        _speaker = _Speaker()
    return _speaker


class _Speaker:
    """A pyttsx3 engine with the waits that make its file output reliable."""

    def __init__(self) -> None:
        self.engine = new_pyttsx3_engine()
        self.finished = threading.Event()
        self.engine.connect("finished-utterance", lambda name, completed: self.finished.set())
        self.voices = {v.id for v in self.engine.getProperty("voices")}

    def render(self, text: str, settings: SpeechSettings, target: Path) -> int:
        if settings.voice not in self.voices:
            raise VoiceError(
                f"unknown espeak-ng voice {settings.voice!r}; `papercast voices` lists them"
            )
        self._set_voice(settings.voice)
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = target.with_name(f".{target.stem}.{os.getpid()}.raw.wav")
        trimmed = target.with_name(f".{target.stem}.{os.getpid()}.part.wav")
        try:
            self._speak_to(_with_prosody(text, settings), raw)
            frames = pcm.trim_edges(raw, trimmed)
            os.replace(trimmed, target)
        finally:
            for leftover in (raw, trimmed):
                leftover.unlink(missing_ok=True)
        return frames

    def _set_voice(self, voice: str) -> None:
        # pyttsx3's Engine.setProperty is queued while its driver is busy and replayed
        # later on espeak's thread, racing the next synthesis. The espeak driver's own
        # setProperty goes straight to espeak-ng, which orders it before the next text.
        from pyttsx3.drivers.espeak import EspeakDriver

        EspeakDriver.setProperty("voice", voice)

    def _settle(self, deadline: float) -> None:
        """Wait until pyttsx3's driver and espeak-ng are both idle after a synthesis."""
        from pyttsx3.drivers import _espeak

        while self.engine.isBusy() or _espeak.IsPlaying():
            if time.monotonic() > deadline:
                raise EngineError("espeak-ng did not become idle")
            time.sleep(0.002)

    def _speak_to(self, text: str, path: Path) -> None:
        # pyttsx3 returns from runAndWait before espeak's thread has written the
        # file; wait for the finished event, then for the driver to go idle, then
        # check the WAV has frames (see shared library notes).
        timeout_s = 30 + len(text) / 20
        deadline = time.monotonic() + timeout_s
        self.finished.clear()
        self.engine.save_to_file(text, str(path))
        self.engine.runAndWait()
        if not self.finished.wait(timeout_s):
            raise EngineError(f"espeak-ng did not finish speaking within {timeout_s:.0f} s")
        self._settle(deadline)
        if _wav_frames(path) == 0:
            raise EngineError("espeak-ng wrote no audio")


def _with_prosody(text: str, settings: SpeechSettings) -> str:
    """Rate, pitch and volume as espeak-ng embedded commands at the head of the text.

    Set as engine properties, they sometimes reached espeak-ng after the text they
    were meant for (a paragraph spoken at the headline's rate, about one in ten);
    embedded in the text, they apply to exactly that text.
    """
    volume = round(settings.volume * 100)
    return f"\x01{settings.rate}S\x01{settings.pitch}P\x01{volume}A{text}"


def _wav_frames(path: Path) -> int:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes()
    except (OSError, EOFError, wave.Error):
        return 0


def list_espeak_voices() -> list[tuple[str, str]]:
    """(id, name) of every espeak-ng voice, asked of a fresh worker process."""
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init_worker) as pool:
        return pool.submit(_voices_in_worker).result()


def _voices_in_worker() -> list[tuple[str, str]]:
    engine = new_pyttsx3_engine()
    return sorted((v.id, v.name) for v in engine.getProperty("voices"))
