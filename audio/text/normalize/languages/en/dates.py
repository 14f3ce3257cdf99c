"""English times, dates, years, decades and ordinals."""

from __future__ import annotations

import re

from audio.text.normalize.languages.en.common import NUMBERS, keep_end, spaced, unnamed
from audio.text.normalize.languages.en.words import MONTH_NAMES, MONTHS
from audio.text.normalize.spelling import spell

_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")


_MERIDIEM = r"(?P<mer>[aApP]\.?\s?[mM]\b\.?)"


_ZONES = ("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
          "cest", "eet", "ist", "jst", "aest", "e.s.t", "p.s.t", "c.s.t")


_ZONE = (r"(?:\s?(?P<zone>(?i:" + "|".join(re.escape(z) + r"\.?" for z in _ZONES)
         + r"))(?![\w]))?")


# Zones espeak-ng spells by itself when written in capitals (IST would be "ist").
_SPELLED_ZONES = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC",
                  "BST", "CET", "JST"}


def times(text: str) -> str:
    clock = (r"(?P<h>\d{1,2})(?:(?P<sep>:)(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?|"
             r"(?P<dot>\.)(?P<dm>[0-5]\d)(?=\s?[aApP]\.?\s?[mM]\b))?")
    single = rf"(?<![\w:.$]){clock}(?:\s?{_MERIDIEM})?{_ZONE}(?![\w:]|\.\d)"
    pattern = re.compile(single)

    def one(m: re.Match) -> str | None:
        hour = int(m["h"])
        minute = m["m"] or m["dm"]
        if not (minute or m["mer"]) or hour > 24 or (m["mer"] and not 0 < hour <= 12):
            return None
        if m["s"]:
            words = _duration(hour, int(minute), int(m["s"]))
        else:
            words = NUMBERS.cardinal(hour)
            if minute and minute != "00":
                words += " " + (f"oh {NUMBERS.cardinal(minute)}" if minute[0] == "0"
                                else NUMBERS.cardinal(minute))
            elif minute and not m["mer"]:
                words += " o'clock"
        if m["mer"]:
            words += " " + spell(m["mer"])
        if m["zone"]:
            zone = m["zone"].replace(".", "").upper()
            words += " " + (zone if zone in _SPELLED_ZONES else spell(zone))
        return words

    def say(m: re.Match) -> str:
        words = one(m)
        return m[0] if words is None else spaced(m, keep_end(m, words))

    def say_range(m: re.Match) -> str:
        first, second = pattern.fullmatch(m["a"]), pattern.fullmatch(m["b"])
        if not first or not second or not (second["mer"] or second["m"]):
            return m[0]
        first_words, second_words = one(first), one(second)
        if second_words is None:
            return m[0]
        if first_words is None and first["h"] and not first["m"] and int(first["h"]) <= 12:
            first_words = NUMBERS.cardinal(int(first["h"]))  # 5-7pm: the first hour alone
        if first_words is None:
            return m[0]
        return keep_end(m, f"{first_words} to {second_words}")

    one_time = unnamed(single)
    text = re.sub(rf"(?P<a>{one_time})\s?[-\u2013]\s?(?P<b>{one_time})", say_range, text)
    return pattern.sub(say, text)


def _duration(hours: int, minutes: int, seconds: int) -> str:
    def unit(n: int, name: str) -> str:
        return f"{NUMBERS.cardinal(n)} {name}{'' if n == 1 else 's'}"

    return f"{unit(hours, 'hour')} {unit(minutes, 'minute')} and {unit(seconds, 'second')}"


def _month(name: str) -> str:
    key = name.rstrip(".").capitalize()
    return MONTHS.get(key, key if key in MONTH_NAMES else MONTHS.get(key[:3], key))


def _year_words(year: str) -> str:
    if len(year) == 2:  # '98, 05: the last two digits
        return f"oh {NUMBERS.cardinal(year[1])}" if year[0] == "0" else NUMBERS.cardinal(year)
    return NUMBERS.year(year)


def dates(text: str) -> str:
    year = r"(?P<y>\d{4}|'\d\d)"
    day = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    flags = re.IGNORECASE

    def month_day(m: re.Match) -> str:
        words = f"{_month(m['mon'])} {NUMBERS.ordinal(m['d'])}"
        if m["y"]:
            words += ("," if "," in m[0] else "") + " " + _year_words(m["y"].lstrip("'"))
        return keep_end(m, words)

    def day_month(m: re.Match) -> str:
        words = f"{m['the'] or 'the '}{NUMBERS.ordinal(m['d'])} of {_month(m['mon'])}"
        if m["y"]:
            words += ("," if "," in m[0][-7:] else "") + " " + _year_words(m["y"].lstrip("'"))
        return keep_end(m, words)

    text = re.sub(r"(?<![\w/.-])(?P<y>\d{4})[-/.](?P<mo>0?[1-9]|1[0-2])[-/.](?P<d>0?[1-9]|"
                  r"[12]\d|3[01])(?![\w/.-]|\.\d)", _numeric_date, text)
    text = re.sub(r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                  r"(?P<y>\d{4}|\d\d)(?![\w/.-]|\.\d)", _numeric_date, text)
    text = re.sub(rf"(?<![\w.]){_MONTH}\.?[\s-](?:the\s)?{day}(?:,?[\s-]{year})?"
                  rf"(?![\w:]|[.,]\d)", month_day, text, flags=flags)
    text = re.sub(rf"(?<![\w.$])(?P<the>the\s)?{day}[\s-](?:of\s)?{_MONTH}\.?(?:,?\s{year})?"
                  rf"(?![\w])", day_month, text, flags=flags)
    text = re.sub(r"(?<![\w.])(?P<n>\d{1,4})\s?(?P<era>A\.D\.?|B\.C\.(?:E\.)?|B\.C|AD|BCE|BC|CE)"
                  r"(?!\w)", lambda m: keep_end(m, f"{NUMBERS.year(m['n'])} "
                                                  f"{spell(m['era'])}"), text)
    return re.sub(r"(?<![\w])(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4])\s?)(?P<y>\d{4}|\d\d)(?!\w)",
                  _quarter, text)


def _numeric_date(m: re.Match) -> str:
    """2016-11-03, 2016/07/03: year first. 10/06/2005, 01.10.2010: month first, as in the
    US, unless the first number cannot be a month (15.01.2020: day first)."""
    groups = m.groupdict()
    if groups.get("mo"):
        month, day, year = int(groups["mo"]), int(groups["d"]), groups["y"]
        day_first = False
    else:
        a, b, year = int(groups["a"]), int(groups["b"]), groups["y"]
        if len(year) == 2 and groups["sep"] != "/":
            return m[0]  # 12-10-15 or 1.2.3: a version or an id, not a date
        if 1 <= a <= 12 and 1 <= b <= 31:
            month, day, day_first = a, b, False
        elif 1 <= b <= 12 and 1 <= a <= 31:
            month, day, day_first = b, a, True
        else:
            return m[0]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m[0]
    name = MONTH_NAMES[month - 1]
    year_words = _year_words(year)
    if day_first:
        return f"the {NUMBERS.ordinal(day)} of {name} {year_words}"
    return f"{name} {NUMBERS.ordinal(day)}, {year_words}"


def _quarter(m: re.Match) -> str:
    year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"
    return f"the {NUMBERS.ordinal(m['q'] or m['q2'])} quarter of {NUMBERS.year(year)}"


def decades(text: str) -> str:
    def plural(words: str) -> str:
        head, _, last = words.rpartition(" ")
        last = last[:-1] + "ies" if last.endswith("y") else last + "s"
        return f"{head} {last}".strip()

    def decade(written: str) -> str:
        digits = written.strip("'s ")
        if len(digits) == 4:
            return plural(NUMBERS.year(digits))
        return plural(NUMBERS.cardinal(digits))

    one = r"(?:(?:1\d|20)\d0\s?s|'?\d0s)"
    text = re.sub(rf"(?<![\w'])(?P<a>{one})[-\u2013](?P<b>{one})(?![\w'])",
                  lambda m: f"{decade(m['a'])} to {decade(m['b'])}", text)
    text = re.sub(r"(?<![\w'])(?:(?:1\d|20)\d0\s?s|'?[1-9]0s)(?![\w'])",
                  lambda m: decade(m[0]), text)
    # '09, '98: a year by its last two digits.
    return re.sub(r"(?<![\w'])'(\d\d)\b(?!')", lambda m: _year_words(m[1]), text)


def plain(number: str) -> str:
    return NUMBERS.number(number)


def is_year(number: str) -> bool:
    return bool(re.fullmatch(r"1[1-9]\d\d|20\d\d", number))


def years(text: str) -> str:
    return re.sub(r"(?<![\d.,$€£:/-])\b(1[1-9]\d\d|20\d\d)\b(?![.,:/]\d|\d|\s?%|-\d)",
                  lambda m: NUMBERS.year(m[1]), text)


def ordinals(text: str) -> str:
    def say(m: re.Match) -> str:
        number = int(m[1].replace(",", ""))
        suffix = m[2].lower()
        last_two, last = number % 100, number % 10
        right = "th" if 10 < last_two < 14 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
        return NUMBERS.ordinal(number) if suffix == right else m[0]

    return re.sub(r"(?<![\d,.])\b([1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(st|nd|rd|th|ST|ND|RD|TH)"
                  r"\b", say, text)
