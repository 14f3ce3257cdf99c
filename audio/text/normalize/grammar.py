"""What one language does its own way, where the shared rules ask.

The table of words (``words.LanguageWords``) holds what several languages have, each in
its own words; a ``Grammar`` holds what only one language has: its words for a rule no
other language needs (Portuguese "e" between reais and centavos, Spanish "cuarto" for a
quarter hour) and its hooks, methods the shared rules call at the points where
languages differ (the German ordinal said alone, "dritter"; the Russian day of a date in
its case). The defaults do what most languages do; a language's file subclasses
``Grammar`` for what differs (Russian and Polish from ``slavic.SlavicGrammar``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rules call the hooks with themselves; no import at run time
    from audio.text.normalize.shared_base import RulesBase


@dataclass(frozen=True)
class Grammar:
    money_and: str = ""  # between the units and the cents: "doze reais e cinco centavos"
    hundreds_years: str = ""  # years read in two halves: "tjugo tjugotvå", "tjugohundra"
    apocope_marks: str = ""  # ordinal marks of the short form: "1.er" → "primer"
    feminine_one: str = ""  # "one" before feminine nouns: "una libra"
    feminine_nouns: frozenset[str] = frozenset()  # which nouns take it
    minute_names: dict[int, str] = field(default_factory=dict)  # 15: "cuarto", 30: "media"
    dot_times: bool = False  # "12.15" is a time of day (the decimal mark being the comma)
    meridiems: dict[str, str] = field(default_factory=dict)  # "p.m.": "de la tarde"
    ip_digits: bool = False  # the parts of an IP address read digit by digit
    suffix_ordinals: str = ""  # endings after a hyphen: "1-й", "22-я" (Russian)
    year_case: str = ""  # a date's year as an ordinal with this ending: "двадцать четвертого"
    # a telephone number read in groups, each a number ("девятьсот тринадцать, ноль один")
    phone_groups: str = ""
    nominative_before: str = ""  # what, before a date, puts its day in the nominative
    # a year with its noun: noun → (case, plural, the noun said); "г." is "году" after в
    year_nouns: dict[str, tuple[str, bool, str]] = field(default_factory=dict)
    per: str = ""  # "на": units per unit, "4 кг/кг"
    per_units: dict[str, str] = field(default_factory=dict)  # the unit after it
    letter_names: dict[str, str] = field(default_factory=dict)  # Latin letters, spelled
    address_words: dict[str, str] = field(default_factory=dict)  # parts of web addresses
    # where nouns are capitalized, "100. Geburtstag" is an ordinal unless the capital is
    # one of these words that begin a sentence ("… am 3. Der Zug …"); where they are not,
    # a capital after "15." begins a sentence
    sentence_starters: str = ""

    def ordinal_alone(self, words: str) -> str:
        """An ordinal said on its own, as in a date without an article."""
        return words

    def agreeing_ordinal(self, rules: RulesBase, number: int, before: str) -> str | None:
        """An ordinal with the ending the words ``before`` it ask for; None: no ending."""
        return None

    def ordinal_before(self, words: str, after: str) -> str:
        """An ordinal as said before the text ``after`` it (Spanish "el primer pasajero")."""
        return words

    def day(self, rules: RulesBase, number: int, case: str) -> str | None:
        """A date's day in ``case``; None: the shared reading (ordinal or cardinal)."""
        return None

    def day_case(self, before: str, after: str) -> str:
        """The case of a date's day from the words around it ("" when nothing says)."""
        return ""

    def century(self, rules: RulesBase, number: int, noun: str, before: str) -> str | None:
        """A century's number said beside ``noun`` after the text ``before`` it; None:
        written as the table of centuries says, for the other rules to read."""
        return None

    def fraction(self, rules: RulesBase, num: int, den: int) -> str | None:
        """num/den said whole; None: the shared reading (named, ordinal or suffixed)."""
        return None

    def denominator(self, rules: RulesBase, den: int) -> str | None:
        """A denominator named by its cardinal and a suffix ("fünftel"); None: the
        cardinal and the table's suffix as they are."""
        return None

    def clock_nouns(self, rules: RulesBase, hour: int, minute: int) -> dict[str, str]:
        """Nouns a clock template names that count something else than the hour (the
        Russian {минута}), in the form their count asks for."""
        return {}

    def minutes(self, words: str) -> str:
        """The minutes of a time of day, in the gender the minute noun has."""
        return words

    def feminine(self, words: str) -> str:
        """A count said before one of ``feminine_nouns``, where its last word agrees
        (Russian "две минуты", Polish "dwie tony")."""
        return words
