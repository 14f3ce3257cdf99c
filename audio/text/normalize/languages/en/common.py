"""What the English rules share: the number reader, the pattern of a written number,
and how a token's words are fitted back into the text."""

from __future__ import annotations

import re
from collections.abc import Callable

from audio.text.normalize.numbers import Numbers

NUMBERS = Numbers("en")


# A written number: 41,500 or 1234 or 3.14 or .5 (a sign is matched by each rule).
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+)(?:\.\d+)?|(?<![\w.])\.\d+"


SIGN = r"(?:(?<![\w.)\]])-)?"


def keep_end(m: re.Match, words: str) -> str:
    """``words`` for a token that ends in an abbreviation's period ("p.m.", "St."),
    keeping the period where it also ends the sentence."""
    if m[0].endswith(".") and re.match(r"\s+[\"'(]?[A-Z]|\s*$", m.string[m.end():]):
        return words + "."
    return words


def expander(words: str, never_ends: bool) -> Callable[[re.Match], str]:
    """An abbreviation's replacement: its words, keeping a sentence-ending period unless
    the abbreviation never ends one ("vs.", "cf.")."""
    def expand(m: re.Match) -> str:
        return words if never_ends else keep_end(m, words)
    return expand


def spaced(m: re.Match, words: str) -> str:
    """``words`` with a space where they would touch a letter or digit of the text."""
    before = m.string[m.start() - 1:m.start()]
    after = m.string[m.end():m.end() + 1]
    return (" " if before.isalnum() else "") + words + (" " if after.isalnum() else "")


def amount_words(number: str) -> str:
    """A signed number as read in a measure or a sum: cardinals, never years."""
    sign = "minus " if number.startswith("-") else ""
    return sign + NUMBERS.number(number.lstrip("-"))


def unnamed(pattern: str) -> str:
    """``pattern`` without group names, to be used twice in one larger pattern."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)
