"""The default speech engine: espeak-ng (libespeak-ng from PyPI) driven through pyttsx3.

Prefer the libespeak-ng that PyPI ships (espeakng-loader); fall back to the system's.
"""

from __future__ import annotations

import ctypes
import functools
import os
import threading
import time
import wave
from pathlib import Path

from audio.errors import EngineError, VoiceError
from audio.models import SpeechSettings
from audio.text.language import base_language

ESPEAK_HINT = "install it with `pip install espeakng-loader` or `apt-get install libespeak-ng1`"


def load_espeak() -> None:
    """Make libespeak-ng loadable by pyttsx3; call before importing pyttsx3.

    pyttsx3 opens ``libespeak-ng.so.1`` by name; loading the bundled library
    globally first makes that name resolve to it, and ESPEAK_DATA_PATH points
    espeak-ng at the bundled voices.
    """
    try:
        import espeakng_loader  # imported here: only speech workers load espeak-ng

        ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
        os.environ.setdefault("ESPEAK_DATA_PATH", espeakng_loader.get_data_path())
    except (ImportError, OSError, RuntimeError):
        pass  # pyttsx3 then tries the system's libespeak-ng


def new_pyttsx3_engine():
    """A pyttsx3 engine on its espeak driver, or an EngineError saying what to install."""
    load_espeak()
    try:
        import pyttsx3  # imported here, after load_espeak: it opens libespeak-ng on import

        return pyttsx3.init("espeak")
    except (ImportError, OSError, RuntimeError) as exc:
        raise EngineError(f"espeak-ng is not available ({exc}); {ESPEAK_HINT}") from None


class EspeakEngine:
    """espeak-ng through a pyttsx3 engine, with the waits that make its file output reliable.

    One per process: espeak-ng initialises once per process.
    """

    name = "espeak"
    voice_hint = "an espeak-ng voice, e.g. 'gmw/en-us'"
    summary = ("espeak-ng (engine = \"espeak\", the default; formant speech, 100+ "
               "languages). Its voices, for voice = \"…\":")
    install_hint = ESPEAK_HINT
    more_voices = "every espeak-ng voice is bundled (libespeak-ng from espeakng-loader)"

    @staticmethod
    def voice_id(voice: str) -> str:
        return voice.strip().lower()  # espeak-ng's voice ids are lower case

    @staticmethod
    def version_id(voice: str = "") -> str:
        """The versions of pyttsx3 and of the bundled libespeak-ng (its voices come with it)."""
        from importlib import metadata  # imported here: 14 ms that `--help` need not pay

        parts = []
        for dist in ("pyttsx3", "espeakng-loader"):
            try:
                parts.append(f"{dist}-{metadata.version(dist)}")
            except metadata.PackageNotFoundError:
                parts.append(f"{dist}-none")
        return "/".join(parts)

    def __init__(self, threads: int = 1) -> None:  # espeak-ng speaks on one thread
        self.engine = new_pyttsx3_engine()
        self.finished = threading.Event()
        self.engine.connect("finished-utterance", lambda name, completed: self.finished.set())
        self.voice_ids = {v.id for v in self.engine.getProperty("voices")}

    def load(self, voice: str) -> None:
        pass  # espeak-ng's voices load in milliseconds when first set

    def speak(self, text: str, settings: SpeechSettings, target: Path) -> None:
        if settings.voice not in self.voice_ids:
            raise VoiceError(
                f"unknown espeak-ng voice {settings.voice!r}; `papercast voices` lists them"
            )
        self._set_voice(settings.voice)
        self._speak_to(_with_prosody(text, settings), target)

    def voices(self) -> list[tuple[str, str]]:
        return sorted((v.id, v.name) for v in self.engine.getProperty("voices"))

    def _set_voice(self, voice: str) -> None:
        # pyttsx3's Engine.setProperty is queued while its driver is busy and replayed
        # later on espeak's thread, racing the next synthesis. The espeak driver's own
        # setProperty goes straight to espeak-ng, which orders it before the next text.
        from pyttsx3.drivers.espeak import EspeakDriver  # loaded by new_pyttsx3_engine

        EspeakDriver.setProperty("voice", voice)

    def _settle(self, deadline: float) -> None:
        """Wait until pyttsx3's driver and espeak-ng are both idle after a synthesis."""
        from pyttsx3.drivers import _espeak  # loaded by new_pyttsx3_engine

        while self.engine.isBusy() or _espeak.IsPlaying():
            if time.monotonic() > deadline:
                raise EngineError("espeak-ng did not become idle")
            time.sleep(0.002)

    def _speak_to(self, text: str, path: Path) -> None:
        # pyttsx3 returns from runAndWait before espeak's thread has written the
        # file; wait for the finished event, then for the driver to go idle, then
        # check the WAV has frames. (Waiting on the event alone once gave a 0 s file.)
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


def espeak_voice_for(language: str) -> str | None:
    """espeak-ng's voice id for a language tag ("de" → "gmw/de", "pt-br" → "roa/pt-br"),
    found among the voice files it ships; None if it has none."""
    voices = _voice_files()
    tag = language.lower()
    base = base_language(tag)
    for name in (_ALIASES.get(tag), tag, _ALIASES.get(base), base):
        if name in voices:
            return voices[name]
    return None


# Language tags whose espeak-ng voice has another name: Norwegian by its written standard
# (Nynorsk read as Bokmål); Portuguese without a region is read as Brazilian, like its
# numbers; Chinese is Mandarin (cmn), but Cantonese in Hong Kong (yue); regional Arabic
# and Biblical Hebrew as the standard language; Southern Uzbek as Uzbek.
_ALIASES = {"no": "nb", "nn": "nb", "pt": "pt-br", "pt-pt": "pt", "zh": "cmn", "zh-hk": "yue",
            "zh-mo": "yue", "arz": "ar", "ary": "ar", "hbo": "he", "uzs": "uz"}


def is_espeak_voice(voice: str) -> bool:
    return voice.lower() in _voice_files().values()


@functools.lru_cache(maxsize=1)
def _voice_files() -> dict[str, str]:
    """Voice file name → voice id ("de" → "gmw/de"), from the bundled espeak-ng data."""
    import espeakng_loader  # imported here: the parent process never loads espeak-ng

    root = Path(espeakng_loader.get_data_path()) / "lang"
    # a voice's id is its path under lang/: "gmw/de", or "ko" for a file at the top
    return {path.name.lower(): path.relative_to(root).as_posix().lower()
            for path in root.rglob("*") if path.is_file()}
