"""Voice profiles from TOML."""

from __future__ import annotations

import pytest

from audio.errors import VoiceError
from audio.speech.profiles import load_profile, profile_names


def test_bundled_profiles():
    assert {"narrator", "quote", "headline"} <= set(profile_names())
    narrator = load_profile("narrator")
    assert narrator.voice == "gmw/en-us" and 80 <= narrator.rate <= 450
    assert narrator.pauses.title > narrator.pauses.heading > narrator.pauses.paragraph \
        > narrator.pauses.sentence
    assert load_profile("quote").voice != narrator.voice


def test_unknown_profile_lists_known_ones():
    with pytest.raises(VoiceError, match="unknown voice profile 'robot' .*narrator"):
        load_profile("robot")


@pytest.mark.parametrize(("body", "message"), [
    ('rate = 170', "voice must name an espeak-ng voice"),
    ('voice = "gmw/en"\nrate = 0', "rate must be between 80 and 450, not 0"),
    ('voice = "gmw/en"\npitch = "high"', "pitch must be a number"),
    ('voice = "gmw/en"\n[pauses]\nbreath = 1', "unknown pause kind"),
    ('voice = "gmw/en"\n[pauses]\ntitle = -1', "pauses.title must be seconds"),
    ('voice = ', "cannot read voice profile"),
    ('engine = "festival"\nvoice = "kal"', "engine must be one of espeak, piper, not 'festival'"),
    ('engine = "piper"', "voice must name a Piper voice package or .onnx model"),
    ('voice = "gmw/en"\nheadline = 3', "headline. must be a table"),
    ('voice = "gmw/en"\n[quote]\nrate = 9', r"\[quote\]: rate must be between 80 and 450"),
])
def test_invalid_profile_names_the_field(tmp_path, body, message):
    path = tmp_path / "mine.toml"
    path.write_text(body)
    with pytest.raises(VoiceError, match=message):
        load_profile(str(path))
