"""What a speech engine is to papercast: the one interface every engine implements.

An engine is created once in each worker process (engines such as espeak-ng
initialise once per process and are not thread-safe) and then speaks one
segment at a time into a WAV file. Everything after it (trimming, caching,
stitching, mastering, encoding, chapters and captions) works from those files,
so a new engine is one class here and one entry in ``ENGINES``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from audio.errors import VoiceError
from audio.models import SpeechSettings
from audio.speech.espeak import EspeakEngine


class SpeechEngine(Protocol):
    name: str  # as voice profiles name it
    sample_rate: int  # of every WAV it writes: mono, 16 bit

    @staticmethod
    def version_id() -> str:
        """Identifies the engine and its version (part of every clip's cache key), without
        loading it, so a new version never reuses old audio."""

    def speak(self, text: str, settings: SpeechSettings, target: Path) -> None:
        """Write ``text`` spoken with ``settings`` to ``target`` as a WAV file, or raise."""

    def voices(self) -> list[tuple[str, str]]:
        """(id, name) of every voice it can speak with."""


ENGINES: dict[str, type[SpeechEngine]] = {EspeakEngine.name: EspeakEngine}
DEFAULT_ENGINE = EspeakEngine.name


def engine_class(name: str = DEFAULT_ENGINE) -> type[SpeechEngine]:
    try:
        return ENGINES[name]
    except KeyError:
        known = ", ".join(sorted(ENGINES))
        raise VoiceError(f"unknown speech engine {name!r} (known: {known})") from None
