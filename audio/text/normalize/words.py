"""What a language is to papercast's reading rules: its entry in the table of languages
(``Language``) and, for the languages the shared rules read, its words and formats
(``LanguageWords``): months, number format (decimal comma, thousands dot or space), how
a date and a clock time are said, currency names and common abbreviations.

Data only; each language's values live in its own file in ``languages/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


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
    money_and: str = ""  # between the units and the cents: "doze reais e cinco centavos"
    feminine_marks: str = ""  # ordinal marks of the feminine: "ª" → "primeira"
    units_one: dict[str, str] = field(default_factory=dict)  # the singular, after "one"
    h_clock: bool = False  # "14 h 30", "14h30" is a time of day
    clock_dot_before: str = ""  # words after which "2.30" is a time: "Uhr", "eftermiddag"
    hundreds_years: str = ""  # years read in two halves: "tjugo tjugotvå", "tjugohundra"
    colon: str = ":"  # in web addresses: "https colon"
    suffix_ordinals: str = ""  # endings after a hyphen: "1-й", "22-я" (Russian)
    apocope_marks: str = ""  # ordinal marks of the short form: "1.er" → "primer"
    day_case: str = ""  # the ending of a date's day: "е" (третье мая), "ego" (trzeciego)
    year_case: str = ""  # a date's year as an ordinal with this ending: "двадцать четвертого"
    feminine_hours: tuple[tuple[str, str], ...] = ()  # "duas horas", not "dois horas"
    feminine_one: str = ""  # "one" before feminine nouns: "una libra"
    feminine_nouns: frozenset[str] = frozenset()  # which nouns take it
    minute_names: dict[int, str] = field(default_factory=dict)  # 15: "cuarto", 30: "media"
    dot_times: bool = False  # "12.15" is a time of day (the decimal mark being the comma)
    meridiems: dict[str, str] = field(default_factory=dict)  # "p.m.": "de la tarde"
    ip_digits: bool = False  # the parts of an IP address read digit by digit
    phone_digits: bool = True  # telephone numbers read digit by digit
    # a telephone number read in groups, each a number ("девятьсот тринадцать, ноль один")
    phone_groups: str = ""
    nominative_before: str = ""  # what, before a date, puts its day in the nominative
    # an ordinal's ending by the word before it, (pattern, ending), first match wins:
    # "der dritte", "am dritten" (German); none: the form said alone ("dritter")
    ordinal_endings: tuple[tuple[str, str], ...] = ()
    hashtag: str = "hashtag"  # before a hashtag's words
    version: str = "version"  # before a version's numbers: "v2.3"
    # a year with its noun: noun → (case, plural, the noun said); "г." is "году" after в
    year_nouns: dict[str, tuple[str, bool, str]] = field(default_factory=dict)
    per: str = ""  # "на": units per unit, "4 кг/кг"
    per_units: dict[str, str] = field(default_factory=dict)  # the unit after it
    letter_names: dict[str, str] = field(default_factory=dict)  # Latin letters, spelled
    address_words: dict[str, str] = field(default_factory=dict)  # parts of web addresses
    # noun → (one, few, many) forms, chosen by the number before it (Slavic plurals)
    plurals: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    clock_seconds: str = ""  # a time with seconds: "{hour} e {minute} minuti e {second} secondi"


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
    rules: Callable[[str], str] | None = None  # or by rules of its own (English)
