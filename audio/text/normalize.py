"""Speakable text: what espeak-ng is given, derived from what the article shows.

Rules run in a fixed order, each a small function over the whole text:
the user's lexicon first, then typography, abbreviations, money, percentages,
times, dates, decades and years, ordinals, units, and finally the remaining
numbers and symbols. Words are never dropped: each rule replaces a token with
the words a careful human reader would say for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from audio.text.lexicon import Lexicon

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\u00ad": "",
    "\u2026": "...", "\u2212": "-",
})
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹", "01234567890123456789")

MONTHS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}
_MONTH_NAMES = "|".join(sorted(set(MONTHS.values()) | {"May"}))

# Abbreviations with a period that espeak-ng reads oddly or treats as a sentence end.
TITLES = {
    "Dr": "Doctor", "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Prof": "Professor",
    "Gov": "Governor", "Sen": "Senator", "Rep": "Representative", "Gen": "General",
    "Lt": "Lieutenant", "Capt": "Captain", "Sgt": "Sergeant", "St": "Saint", "Rev": "Reverend",
    "Fr": "Father", "Pres": "President",
}
ABBREVIATIONS = {
    "Dept": "Department", "Univ": "University", "Corp": "Corporation", "Inc": "Incorporated",
    "Ltd": "Limited", "Co": "Company", "Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road",
    "Mt": "Mount", "Ft": "Fort", "Jr": "Junior", "Sr": "Senior", "approx": "approximately",
    "vs": "versus", "etc": "et cetera", "Fig": "Figure", "fig": "figure", "est": "estimated",
}
_PHRASES = {"e.g.": "for example", "i.e.": "that is", "a.k.a.": "also known as",
            "cf.": "compare"}
UNITS = {
    "km": ("kilometre", "kilometres"), "mi": ("mile", "miles"), "kg": ("kilogram", "kilograms"),
    "g": ("gram", "grams"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"),
    "ft": ("foot", "feet"), "cm": ("centimetre", "centimetres"),
    "mm": ("millimetre", "millimetres"), "m": ("metre", "metres"),
    "mph": ("mile per hour", "miles per hour"), "km/h": ("kilometre per hour",
                                                         "kilometres per hour"),
    "min": ("minute", "minutes"), "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "h": ("hour", "hours"), "sec": ("second", "seconds"), "s": ("second", "seconds"),
    "GB": ("gigabyte", "gigabytes"), "MB": ("megabyte", "megabytes"),
    "kW": ("kilowatt", "kilowatts"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "°C": ("degree Celsius", "degrees Celsius"), "°F": ("degree Fahrenheit",
                                                        "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
}
CURRENCIES = {"$": ("dollar", "dollars", "cent", "cents"), "€": ("euro", "euros", "cent", "cents"),
              "£": ("pound", "pounds", "penny", "pence")}
SYMBOLS = {"&": " and ", "+": " plus ", "=": " equals ", "@": " at ", "%": " percent ",
           "#": " number ", "§": " section ", "~": " about ", "×": " times "}
SCALES = "thousand|million|billion|trillion"

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def speakable(text: str, lexicon: Lexicon | None = None) -> str:
    """Text for the speech engine; never empty when ``text`` has letters or digits."""
    text = unicodedata.normalize("NFC", text)
    if lexicon is not None:
        text = lexicon.apply(text)
    for rule in RULES:
        text = rule(text)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r" (?=[,.;:!?])", "", text).strip()


def number_words(number: str | int | float) -> str:
    """Cardinal words without the commas num2words puts in (espeak-ng pauses on them)."""
    from num2words import num2words  # imported here: only when a number is read

    value = float(str(number).replace(",", "")) if "." in str(number) else int(
        str(number).replace(",", ""))
    return num2words(value).replace(",", "")


def _ordinal(number: int) -> str:
    from num2words import num2words  # imported here: only when a number is read

    return num2words(number, to="ordinal").replace(",", "")


def _year(number: int) -> str:
    from num2words import num2words  # imported here: only when a number is read

    return num2words(number, to="year").replace(",", "")


def _keep_end(m: re.Match, words: str) -> str:
    """``words`` for a token that ends in an abbreviation's period ("p.m.", "min."),
    keeping the period where it also ends the sentence."""
    if m[0].endswith(".") and re.match(r"\s+[\"A-Z]|\s*$", m.string[m.end():]):
        return words + "."
    return words


def _typography(text: str) -> str:
    text = text.translate(_TYPOGRAPHY).translate(_SUBSCRIPTS)
    text = re.sub(r"(?<=\d)\s*[\u2013\u2014]\s*(?=\d)", " to ", text)  # 7–2, 18–25
    text = re.sub(r"\s*[\u2014\u2015]\s*|\s+[\u2013-]\s+", ", ", text)  # dashes as pauses
    text = text.replace("\u2013", "-")
    text = re.sub(r"(?<=\d)-(?=[A-Za-z])", " ", text)  # 1.2-mile
    text = re.sub(r"(?<=[A-Za-z])-(?=\d)", " ", text)  # mid-2030s, COVID-19
    return re.sub(r"\.{3,}", "... ", text)


def _phrases(text: str) -> str:
    for short, long in _PHRASES.items():
        text = re.sub(rf"(?<!\w){re.escape(short)}(?=\s*,)", long, text, flags=re.I)
        text = re.sub(rf"(?<!\w){re.escape(short)}", long + ",", text, flags=re.I)
    return text


def _abbreviations(text: str) -> str:
    titles = "|".join(TITLES)
    text = re.sub(rf"\b({titles})\.(?=\s+[A-Z])", lambda m: TITLES[m[1]], text)
    months = "|".join(MONTHS)
    text = re.sub(rf"\b({months})\.?(?=\s+\d)", lambda m: MONTHS[m[1]], text)
    text = re.sub(r"\b[Nn]o\.(?=\s*\d)", "number", text)
    text = re.sub(r"\b[Nn]os\.(?=\s*\d)", "numbers", text)
    for short, long in ABBREVIATIONS.items():
        text = re.sub(rf"\b{short}\.", lambda m, long=long: _keep_end(m, long), text)
    return text


def _money(text: str) -> str:
    def say(m: re.Match) -> str:
        one, many, cent, cents = CURRENCIES[m["cur"]]
        amount, scale = m["amount"].replace(",", ""), m["scale"]
        if scale:
            return f"{number_words(amount)} {scale} {many}"
        whole, _, fraction = amount.partition(".")
        words = f"{number_words(whole)} {one if whole == '1' else many}"
        if fraction and int(fraction.ljust(2, "0")[:2]):
            value = int(fraction.ljust(2, "0")[:2])
            words += f" and {number_words(value)} {cent if value == 1 else cents}"
        return words

    pattern = rf"(?P<cur>[$€£])\s?(?P<amount>{_NUMBER})(?:\s?(?P<scale>{SCALES})\b)?"
    return re.sub(pattern, say, text)


def _percent(text: str) -> str:
    return re.sub(rf"({_NUMBER})\s?%", lambda m: f"{number_words(m[1])} percent", text)


def _times(text: str) -> str:
    def clock(hour: str, minute: str | None, meridiem: str | None) -> str:
        words = number_words(int(hour))
        if minute and minute != "00":
            words += " " + (f"oh {number_words(int(minute))}" if minute[0] == "0"
                            else number_words(int(minute)))
        elif minute and not meridiem:
            words += " o'clock"
        if meridiem:
            words += " " + " ".join(meridiem.replace(".", "").upper())
        return words

    meridiem = r"(?P<mer>[ap]\.m\.|[ap]m\b|[AP]M\b)"
    text = re.sub(rf"\b(?P<h>\d{{1,2}}):(?P<m>\d\d)\s*{meridiem}?",
                  lambda m: _keep_end(m, clock(m["h"], m["m"], m["mer"])), text)
    return re.sub(rf"\b(?P<h>\d{{1,2}})\s*{meridiem}",
                  lambda m: _keep_end(m, clock(m["h"], None, m["mer"])), text)


def _dates(text: str) -> str:
    text = re.sub(r"\b(\d{4})-(\d\d)-(\d\d)\b", _iso_date, text)
    text = re.sub(rf"\b({_MONTH_NAMES})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.:]?\d)",
                  lambda m: f"{m[1]} {_ordinal(int(m[2]))}", text)
    return re.sub(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAMES})\b",
                  lambda m: f"the {_ordinal(int(m[1]))} of {m[2]}", text)


def _iso_date(m: re.Match) -> str:
    month = int(m[2])
    if not 1 <= month <= 12 or not 1 <= int(m[3]) <= 31:
        return m[0]
    name = list(dict.fromkeys(MONTHS.values()))
    name.insert(4, "May")
    return f"{name[month - 1]} {_ordinal(int(m[3]))}, {_year(int(m[1]))}"


def _ranges(text: str) -> str:
    return re.sub(r"(?<=\d)\s?-\s?(?=\d)", " to ", text)  # 2020-2024, 9-5


def _decades(text: str) -> str:
    def plural(words: str) -> str:
        head, _, last = words.rpartition(" ")
        last = last[:-1] + "ies" if last.endswith("y") else last + "s"
        return f"{head} {last}".strip()

    text = re.sub(r"'(\d)0s\b", lambda m: plural(number_words(int(m[1]) * 10)), text)
    text = re.sub(r"\b(1\d|20)(\d)0s\b", lambda m: plural(_year(int(m[0][:-1]))), text)
    # '09, '98: a year by its last two digits.
    return re.sub(r"(?<![\w'])'(\d\d)\b(?!')", lambda m: (
        f"oh {number_words(int(m[1][1]))}" if m[1][0] == "0" else number_words(int(m[1]))), text)


def _years(text: str) -> str:
    return re.sub(r"(?<![\d.,$€£])\b(1[1-9]\d\d|20\d\d)\b(?![.,]\d|\d|\s?%)",
                  lambda m: _year(int(m[1])), text)


def _ordinals(text: str) -> str:
    return re.sub(r"\b(\d+)(st|nd|rd|th)\b", lambda m: _ordinal(int(m[1])), text)


def _units(text: str) -> str:
    names = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))

    def say(m: re.Match) -> str:
        one, many = UNITS[m["unit"]]
        return _keep_end(m, f"{m['n']} {one if m['n'] == '1' else many}")

    return re.sub(rf"(?P<n>{_NUMBER})[\s-]?(?P<unit>{names})\.?(?![\w/])", say, text)


def _numbers(text: str) -> str:
    text = re.sub(r"\b([A-Z]{1,3})(\d+)\b", lambda m: " ".join(m[1]) + " " + m[2], text)  # CO2
    text = re.sub(r"(?<=\d)(?=[A-Za-z])", " ", text)  # 2B
    return re.sub(_NUMBER, lambda m: f" {number_words(m[0])} ", text)


def _symbols(text: str) -> str:
    for symbol, words in SYMBOLS.items():
        text = text.replace(symbol, words)
    return text


RULES: tuple[Callable[[str], str], ...] = (
    _typography, _phrases, _abbreviations, _money, _percent, _times, _dates, _ranges, _decades,
    _years, _ordinals, _units, _numbers, _symbols,
)
