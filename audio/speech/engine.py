"""What a speech engine is to papercast: the one interface every engine implements.

An engine is created once in each worker process (engines such as espeak-ng
initialise once per process and are not thread-safe) and then speaks one
segment at a time into a WAV file, at whatever rate it speaks (the worker brings
it to the program's). Everything after it (trimming, caching, stitching,
mastering, encoding, chapters and captions) works from those files, so a new
engine is one module in ``speech/`` and one entry in ``ENGINES``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from audio.errors import VoiceError
from audio.models import SpeechSettings
from audio.speech.espeak import EspeakEngine
from audio.speech.piper import PiperEngine


class SpeechEngine(Protocol):
    name: str  # as voice profiles name it: engine = "piper"
    voice_hint: str  # what a profile's voice names, with an example, for messages
    summary: str  # one line for `papercast voices`
    install_hint: str  # what to install when it has no voices
    more_voices: str  # where more voices come from

    def __init__(self, threads: int = 1) -> None:
        """``threads``: how many cores this process may use (workers × threads = cores)."""

    @staticmethod
    def voice_id(voice: str) -> str:
        """A profile's voice as the engine names it."""

    @staticmethod
    def version_id(voice: str) -> str:
        """Identifies the engine, its version and the voice's data (part of every clip's
        cache key), without loading it, so a new version never reuses old audio; raises
        a VoiceError when the engine or voice is not installed."""

    def load(self, voice: str) -> None:
        """Get a voice ready ahead of its first segment (workers warm up with this)."""

    def speak(self, text: str, settings: SpeechSettings, target: Path) -> None:
        """Write ``text`` spoken with ``settings`` to ``target`` as a WAV file, or raise."""

    def voices(self) -> list[tuple[str, str]]:
        """(id, name) of every voice it can speak with."""


ENGINES: dict[str, type[SpeechEngine]] = {engine.name: engine
                                           for engine in (EspeakEngine, PiperEngine)}
DEFAULT_ENGINE = EspeakEngine.name


def engine_class(name: str = DEFAULT_ENGINE) -> type[SpeechEngine]:
    try:
        return ENGINES[name]
    except KeyError:
        known = ", ".join(sorted(ENGINES))
        raise VoiceError(f"unknown speech engine {name!r} (known: {known})") from None
