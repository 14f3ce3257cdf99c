"""Speakable text: what espeak-ng is given, derived from what the article shows.

Typography becomes punctuation espeak-ng pauses on naturally; symbols it
would read oddly become words.
"""

from __future__ import annotations

import re
import unicodedata

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
    "\u2026": "...",
})

_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def speakable(text: str) -> str:
    """Text for the speech engine: plain punctuation, no symbols espeak-ng misreads."""
    text = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY)
    text = text.translate(_SUBSCRIPT_DIGITS)
    # An em or en dash between words is a spoken pause, not "dash".
    text = re.sub(r"\s*[\u2014\u2015]\s*|\s+[\u2013-]\s+", ", ", text)
    # An en dash between numbers is a range or a score: "7–2" reads "7 to 2".
    text = re.sub(r"(?<=\d)\u2013(?=\d)", " to ", text)
    text = text.replace("\u2013", ", ")
    text = re.sub(r"\s*&\s*", " and ", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip()
