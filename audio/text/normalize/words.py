"""What a language is to papercast's reading rules: its entry in the table of languages
(``Language``) and, for the languages the shared rules read, its words and formats
(``LanguageWords``): months, number format (decimal comma, thousands dot or space), how
a date and a clock time are said, currency names and common abbreviations.

Data only; each language's values live in its own file in ``languages/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from audio.text.normalize.grammar import Grammar


@dataclass(frozen=True)
class LanguageWords:
    num2words: str  # num2words' code for the language
    months: tuple[str, ...]  # January … December, as said
    point: str  # the decimal separator, said
    minus: str
    percent: str
    to: str  # in ranges: "2-5"
    dot: str  # in web and e-mail addresses
    at: str
    slash: str
    day_ordinal: bool = False  # "3. Mai" → "dritter Mai"; else cardinal: "trois mai"
    date: str = "{day} {month} {year}"  # how a full date is said
    date_no_year: str = "{day} {month}"
    first: str | None = None  # the first day of a month when days are cardinals ("premier")
    clock: str = "{hour} {minute}"  # a time of day; "{hour}" alone for full hours
    clock_hour: str = "{hour}"
    currencies: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    # those of them that may end a sentence, their full stop then ending it too ("etc.")
    closing: frozenset[str] = frozenset()
    references: dict[str, str] = field(default_factory=dict)  # read before a number only
    units: dict[str, str] = field(default_factory=dict)
    ordinal_marks: str = ""  # regex of what follows a number to make it ordinal: "er|e|ème"
    dot_ordinals: bool = False  # "der 3. Platz": a number and a full stop is an ordinal
    # what, just before a date's ordinal day, puts it in the dative ("am dritten Mai")
    dative_before: str | None = None
    symbols: dict[str, str] = field(default_factory=dict)
    one: str = ""  # "one" before a noun: "un euro", "ein halb"; default: the cardinal
    # after the comma: "digits" one by one, "number" (up to 3 digits), or "words" (the whole
    # decimal as num2words says it: "две целых три сотых")
    decimals: str = "digits"
    # Fractions: names of some denominators (singular, plural); the others are the
    # ordinal (+ plural ending), or the cardinal + a suffix ("fünftel", "onceavo").
    fraction_names: dict[int, tuple[str, str]] = field(default_factory=dict)
    fraction_plural: str = "s"
    fraction_suffix: str = ""  # "tel" (de), "avo" (es), " avos" (pt); "" = ordinals
    fraction_of_ordinal: bool = False  # the suffix goes on the ordinal: "femtedel" (sv)
    mixed_and: str = "and"  # 2 1/2: "zwei und ein halb", "deux et demi"
    bare_half: bool = False  # "deux et demi", not "deux et un demi"
    # Changes to num2words' number words, (pattern, replacement) in order: spelling
    # fixes, and words written apart where the language runs them together, as NeMo's
    # readings do ("ein hundert drei und zwanzig", "trecento sessantanove"). espeak-ng
    # says the parts better: the German compound gets "taUzEnd" and "viːr" for tausend and
    # vier, the Italian one a z in "sessanta".
    number_fixes: tuple[tuple[str, str], ...] = ()
    scales: dict[str, str] = field(default_factory=dict)  # "Mio." → "Millionen", after amounts
    scale_of: str = ""  # between a scale and a currency: "um milhão de dólares"
    elision: bool = False  # "de" before a vowel is "d'": "millions d'euros"
    feminine_marks: str = ""  # ordinal marks of the feminine: "ª" → "primeira"
    units_one: dict[str, str] = field(default_factory=dict)  # the singular, after "one"
    h_clock: bool = False  # "14 h 30", "14h30" is a time of day
    clock_dot_before: str = ""  # words after which "2.30" is a time: "Uhr", "eftermiddag"
    colon: str = ":"  # in web addresses: "https colon"
    feminine_hours: tuple[tuple[str, str], ...] = ()  # "duas horas", not "dois horas"
    # words before which "N." is an ordinal ("der 3. Platz")
    ordinal_articles: str = ""
    clock_words: str = ""  # a word after a time of day, read with it: "14:30 Uhr"
    # words before which "17.45" is a time of day (where the decimal mark is the comma)
    clock_before: str = ""
    day_month_joiner: str = ""  # between a day and its month: "3 de mayo"
    month_year_joiner: str = ""  # between a month and its year: "mayo de 2024"
    hashtag: str = "hashtag"  # before a hashtag's words
    version: str = "version"  # before a version's numbers: "v2.3"
    # noun → (one, few, many) forms, chosen by the number before it (Slavic plurals)
    plurals: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    clock_seconds: str = ""  # a time with seconds: "{hour} e {minute} minuti e {second} secondi"
    # what follows a year or a decade's number to name the decade or century: "talet"
    # ("1990-talet", "90-talet"), "er-Jahren"; the year is read as a year, joined to it
    decade_suffixes: str = ""
    # Roman numerals beside a century's word: (a form of the word, as a pattern; the word
    # as said, or "" as written; the number as the other rules read it: "{n}e" → "19e")
    centuries: tuple[tuple[str, str, str], ...] = ()


def money_names(euro: str, euros: str, cent: str, cents: str, dollar: str, dollars: str,
                pound: str, pounds: str) -> dict[str, tuple[str, str, str, str]]:
    """The euro, dollar and pound in a language: (one, many, cent, cents) by sign."""
    return {"€": (euro, euros, cent, cents), "$": (dollar, dollars, cent, cents),
            "£": (pound, pounds, "penny", "pence")}


@dataclass(frozen=True)
class Language:
    """One language papercast reads itself: its line in the table of languages."""

    tag: str  # the base language tag: "de"
    alpha3: str  # its ISO 639-2 code, as ID3 names languages: "deu"
    byline: str  # the line that names the author: "Von {}."
    notes: str  # the heading of the notes read at the end: "Anmerkungen"
    words: LanguageWords | None = None  # read by the shared rules with these words
    grammar: Grammar = field(default_factory=Grammar)  # and this grammar
    rules: Callable[[str], str] | None = None  # or by rules of its own (English)
    function_words: frozenset[str] = frozenset()  # its commonest short words, for detection
