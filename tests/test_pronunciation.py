"""Judged by sound: the phonemes espeak-ng will say for papercast's spoken text equal
those of the reading a careful person would give, however either is spelled."""

from __future__ import annotations

import pytest
from phonemes import phonemes

from audio.text.lexicon import LEXICONS, load_lexicon
from audio.text.normalize import speakable

# written → the expected reading, written so that espeak-ng reads it right
HEARD = [
    ("the 7 a.m. ferry", "the seven a.m. ferry"),
    ("at 7am", "at seven a.m."),
    ("until 9:30 PM EST", "until nine thirty p.m. E.S.T."),
    ("a tenth of the CO2", "a tenth of the C.O. two"),
    ("flight BA2490 is late", "flight B.A. two four nine zero is late"),
    ("Room 2A is upstairs", "Room two A, is upstairs"),
    ("plan A is simple", "plan A, is simple"),
    ("340 AD", "three forty A.D."),
    ("on uz.gov.ua today", "on U.Z. dot gov dot U.A. today"),
    ("Mrs. Norris", "misses Norris"),
    ("Henry VIII", "Henry the eighth"),
    ("$4.5bn", "four point five billion dollars"),
    ("22:40", "twenty-two forty"),
    ("by the mid-2030s", "by the mid twenty thirties"),
]


@pytest.mark.parametrize(("written", "expected"), HEARD)
def test_heard_as_a_careful_reader_says_it(written, expected):
    assert phonemes(speakable(written)) == phonemes(expected), speakable(written)


def test_spelling_alone_would_have_misled():
    """The check hears what a text comparison cannot: "A M" is "uh em" to espeak-ng."""
    assert phonemes("seven A M") != phonemes("seven a.m.")
    assert phonemes("seven A-M") == phonemes("seven a.m.")


# Each language's default lexicon: what its voice said before, and what it says now.
HEARD_IN = [
    ("de", "iPhone", "aɪfoːn"),  # espeak-ng German said "iːfoːnə"
    ("de", "Wi-Fi", "vaɪfaɪ"),  # "viːfiː"
    ("de", "Smartphone", "smaɾtfoːn"),  # "smaɾtfoːnə"
    ("fr", "YouTube", "jutjub"),  # "jutyb"
    ("fr", "CEO", "siio"),  # "səo"
    ("es", "WhatsApp", "ɡwasap"),
    ("it", "WhatsApp", "wotsap"),
    ("ru", "iPhone", "ɑjfʌn"),  # without it, an English voice mid-sentence
    ("ru", "email", "ɪmɛjɭ"),
]


@pytest.mark.parametrize(("language", "word", "heard"), HEARD_IN)
def test_a_languages_lexicon_makes_its_voice_say_the_word_as_its_speakers_do(
        language, word, heard):
    assert phonemes(speakable(word, language=language), voice=language) == heard
    assert phonemes(word, voice=language) != heard


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.toml")), ids=lambda p: p.stem)
def test_every_lexicon_entry_changes_what_is_heard(path):
    """An entry that espeak-ng says the same with or without it is dead weight."""
    lexicon = load_lexicon(path)
    words = [r.pattern.pattern for r in lexicon.replacements]
    assert words
    for replacement in lexicon.replacements:
        word = replacement.pattern.pattern.removeprefix("(?<!\\w)").removesuffix("(?!\\w)")
        word = word.replace("\\", "")
        if not word.isprintable() or "(" in word:
            continue  # a regular expression
        said = replacement.pattern.sub(replacement.replace, word)
        assert phonemes(said, voice=path.stem) != phonemes(word, voice=path.stem), word
