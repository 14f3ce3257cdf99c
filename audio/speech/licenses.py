"""Where each voice's sound comes from and whether it may be published commercially,
read from voices/LICENSES (one line per voice), for `papercast voices` and the README."""

from __future__ import annotations

from dataclasses import dataclass

from audio.speech.profiles import VoiceProfile, profiles_dir

LICENSES_FILE = "LICENSES"


@dataclass(frozen=True)
class VoiceLicense:
    voice: str
    dataset: str
    base_model: str
    commercial: str  # "yes: …", "no: …" or "unclear: …"


def voice_licenses() -> dict[str, VoiceLicense]:
    """Every voice's line of voices/LICENSES, by voice."""
    found = {}
    path = profiles_dir() / LICENSES_FILE
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split(" | ")]
        if len(fields) == 4:
            found[fields[0]] = VoiceLicense(*fields)
    return found


def license_of(profile: VoiceProfile, licenses: dict[str, VoiceLicense]) -> VoiceLicense | None:
    """The licence of a profile's voice: espeak-ng's for every espeak voice."""
    return licenses.get("espeak-ng" if profile.engine == "espeak" else profile.voice)
