"""Speakable text: what the speech engine is given, derived from what the article shows.

First the lexicons (the user's, then papercast's for the language), then what every
language shares (typography, emoji), then the language's own rules, found in the table
of languages (``languages/``, one file each): English has rules of its own, the others
are read by the shared rules with their words. A language without an entry gets the
shared steps only, and its numbers are left to the engine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from audio.text.lexicon import Lexicon, default_lexicon
from audio.text.normalize import shared_rules
from audio.text.normalize.languages import LANGUAGES
from audio.text.normalize.languages import language as _language
from audio.text.normalize.languages.en.words import ABBREVIATIONS, MONTHS, TITLES, UNITS
from audio.text.normalize.numbers import Numbers
from audio.text.normalize.words import Language

__all__ = ["ABBREVIATIONS", "LANGUAGES", "MONTHS", "TITLES", "UNITS", "byline", "has_rules",
           "notes_heading", "speakable"]

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": "", "\u00ad": "",
    "\u2026": "...", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\uff04": "$",
})
_SMALL_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹⁴⁵⁶⁷⁸⁹", "012345678901456789")
# Pictographs are not read: "sleeper trains are back 🚆" is not "... back train".
# What stays of category So (other symbols) are the ones with words of their own.
_KEEP_SYMBOLS = set("°©®™№℃℉")
# Superscript letters of abbreviations ("Mᵐᵉ", "1.ᵉʳ") are their letters.
_SUPERSCRIPT_LETTERS = re.compile("[\u1d2c-\u1d6a\u02b0-\u02b8\u2071\u207f]+")
_EMOJI_PARTS = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


# A run of digits this long is a serial or account number, never an amount: its digits
# are spaced before any rule sees them, to be read one by one (int() refuses over 4,300
# digits, and num2words' largest units run out long before).
_LONG_DIGITS = re.compile(r"\d{31,}")


def has_rules(tag: str) -> bool:
    """Whether papercast reads numbers, dates and symbols of the language ``tag`` itself."""
    return _language(tag) is not None


def speakable(text: str, lexicon: Lexicon | None = None, language: str = "en") -> str:
    """Text for the speech engine; never empty when ``text`` has letters or digits.
    ``lexicon`` (the user's) runs first, then papercast's lexicon for ``language``."""
    text = unicodedata.normalize("NFC", text)
    text = ((lexicon or Lexicon()) + default_lexicon(language)).apply(text)
    text = without_pictographs(typography(text))
    entry = _language(language)
    if entry is not None:
        text = _LONG_DIGITS.sub(lambda m: " ".join(m[0]), text)
        text = _leftovers(_rules(entry)(text), Numbers(entry.words.num2words if entry.words
                                                      else entry.tag))
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+(?=[,.;:!?])", "", text)
    return re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip()


def _rules(entry: Language) -> Callable[[str], str]:
    """A language's rules: its own, or the shared rules with its words."""
    if entry.rules is not None:
        return entry.rules
    return shared_rules.normalizer(entry.tag)


def byline(author: str, language: str = "en") -> str:
    """The spoken line that names the author, in ``language`` (English if unknown)."""
    return (_language(language) or LANGUAGES["en"]).byline.format(author)


def notes_heading(language: str = "en") -> str:
    """The spoken heading of the notes read at the end, in ``language``."""
    return (_language(language) or LANGUAGES["en"]).notes


# What may reach the speech engine besides letters, marks and spaces.
ORDINARY_PUNCTUATION = frozenset(".,;:!?'\"()-")


def _leftovers(text: str, numbers: Numbers) -> str:
    """Whatever the language's rules did not read: numerals of other kinds (①, Ⅷ, ²,
    digits of other scripts) as numbers, other symbols and punctuation as a space.
    Nothing unreadable goes on to the engine."""
    out = []
    for ch in text:
        kind = unicodedata.category(ch)
        if kind[0] == "N" and not ch.isascii():
            value = unicodedata.numeric(ch, None)
            words = (numbers.cardinal(int(value)) if value is not None and value == int(value)
                     else numbers.decimal(str(value)) if value is not None else "")
            out.append(f" {words} ")
        elif (kind[0] in "SP" and ch not in ORDINARY_PUNCTUATION) or kind[0] == "C" and (
                ch not in "\n\t"):
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def typography(text: str) -> str:
    """Curly quotes, special spaces and dashes, ellipses, sub- and superscript digits
    (² and ³ stay: they make square and cubic units)."""
    text = text.translate(_TYPOGRAPHY).translate(_SMALL_DIGITS)
    text = re.sub("[\u00bc-\u00be\u2150-\u215e]", lambda m: " " + unicodedata.normalize(
        "NFKC", m[0]).replace("\u2044", "/"), text)  # 2½ → 2 1/2
    # a bullet between items of a run-in list is a pause: "• First point • Second point"
    text = re.sub(r"(?<=\w)\s*[•▪◦‣]\s+(?=\w)", ", ", text)
    text = re.sub(r"(?:^|(?<=[\s.:]))[•▪◦‣]\s+", "", text)
    return re.sub(r"\.{3,}", "... ", text)


def without_pictographs(text: str) -> str:
    """Emoji, flags and other pictographs removed, with their joiners and modifiers."""
    text = _EMOJI_PARTS.sub("", text)
    return "".join(
        " " if unicodedata.category(ch) == "So" and ch not in _KEEP_SYMBOLS else ch
        for ch in text
    )
