"""Centuries written in Roman numerals, in the languages of the table: "XIXe siècle",
"siglo XXI", "XX secolo", "séc. XX", "XIX. Jahrhundert", "в XIX веке", "w XXI wieku".

Each language lists the forms of its word for a century, and how the number beside
each is written in digits (``LanguageWords.centuries``): the numeral becomes that, and
the language's own rules read it as they read "19e siècle", "siglo 21" or "19-м веке".
Where no written form says the case (Polish "wieku"), the language's grammar says the
number (``Grammar.century``). Without a century's word beside it, a Roman numeral is
left alone: "XXI" alone may be a name, and "I" or "V" a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A Roman numeral from I to CCCXCIX (the ones a century is counted with), whole.
ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# what may follow the numeral before its noun: the French ordinal mark ("XIXe", "XIXᵉ",
# "Ier"), the German full stop ("XIX. Jahrhundert")
_MARK = r"(?:ème|er|re|e|ᵉʳ|ᵉ|\.)?"

# (a form of the noun, as a pattern; the noun as said, or "" as written; how the number
# beside it is written: "{n}e", "{n}-м")
CenturyForm = tuple[str, str, str]
# (number, the noun as written, the text before the numeral) → the number said, or None
Said = Callable[[int, str, str], str | None]


def roman_value(numeral: str) -> int:
    """"XIX" → 19 (a well-formed Roman numeral)."""
    total = 0
    for letter, following in zip(numeral, [*numeral[1:], ""]):
        value = _VALUES[letter]
        total += -value if following and _VALUES[following] > value else value
    return total


def centuries(text: str, forms: tuple[CenturyForm, ...], said: Said) -> str:
    """``text`` with the Roman numerals beside a century's word in digits (or words)."""
    for form in forms:
        text = _beside(text, form, said)
    return text


def _beside(text: str, form: CenturyForm, said: Said) -> str:
    noun, noun_said, written = form

    def number(m: re.Match) -> str:
        value = roman_value(m["r"])
        return said(value, m["noun"], m.string[:m.start()]) or written.format(n=value)

    def before(m: re.Match) -> str:  # "XIXe siècle", "XIX веке"
        return f"{number(m)} {noun_said or m['noun']}"

    def after(m: re.Match) -> str:  # "siglo XXI", "séc. XX"
        return f"{noun_said or m['noun']} {number(m)}"

    text = re.sub(rf"(?<![\w.-])(?P<r>{ROMAN}){_MARK}\s+(?P<noun>{noun})(?!\w)", before, text)
    return re.sub(rf"(?<![\w.])(?P<noun>{noun})\s+(?P<r>{ROMAN})(?![\w-])", after, text)
