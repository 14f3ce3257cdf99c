"""English: every written token a careful reader would not read letter by letter,
turned into the words they would say.

Rules run in a fixed order, each a small function over the whole text, the most
specific structures first (links, phone numbers, times, dates, money, addresses,
measures) so that the general ones (ranges, years, plain numbers, symbols) only see
what is left. Each rule replaces a token with words; none drops a word of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from audio.text.normalize import identifiers, links, telephones
from audio.text.normalize.english_references import references
from audio.text.normalize.english_words import (
    ABBREVIATIONS,
    CURRENCIES,
    DIGIT_CONTEXTS,
    DIRECTIONS,
    KNOWN_TLDS,
    LINK_WORDS,
    MONTH_NAMES,
    MONTHS,
    PER,
    PHRASES,
    SCALES,
    STREET_TYPES,
    SYMBOLS,
    TITLES,
    TLD_WORDS,
    UNITS,
    US_STATES,
)
from audio.text.normalize.numbers import Numbers
from audio.text.normalize.spelling import spell

NUMBERS = Numbers("en")
# A written number: 41,500 or 1234 or 3.14 or .5 (a sign is matched by each rule).
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+)(?:\.\d+)?|(?<![\w.])\.\d+"
_SIGN = r"(?:(?<![\w.)\]])-)?"
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
# Fixed readings for tokens no rule gets right.
FIXED = {"24/7": "twenty-four seven", "9/11": "nine eleven", "50/50": "fifty-fifty",
         "20/20": "twenty-twenty", "401(k)": "four oh one k", "and/or": "and or",
         "he/she": "he or she", "his/her": "his or her", "him/her": "him or her",
         "s/he": "she or he"}
# Words after which a Roman numeral is a plain number: "Chapter IV", "World War II".
_NUMBERED = (r"chapter|chapters|part|book|volume|vol\.|act|scene|section|article|phase|"
             r"title|psalm|appendix|season|episode|round|level|stage|class|type|war|bowl|"
             r"apollo|gemini|vatican|rocky|fantasy|mark|mk\.?|henry\s+v")
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def normalize(text: str) -> str:
    for rule in RULES:
        text = rule(text)
    return text


def _keep_end(m: re.Match, words: str) -> str:
    """``words`` for a token that ends in an abbreviation's period ("p.m.", "St."),
    keeping the period where it also ends the sentence."""
    if m[0].endswith(".") and re.match(r"\s+[\"'(]?[A-Z]|\s*$", m.string[m.end():]):
        return words + "."
    return words


def _expander(words: str, never_ends: bool) -> Callable[[re.Match], str]:
    """An abbreviation's replacement: its words, keeping a sentence-ending period unless
    the abbreviation never ends one ("vs.", "cf.")."""
    def expand(m: re.Match) -> str:
        return words if never_ends else _keep_end(m, words)
    return expand


def _spaced(m: re.Match, words: str) -> str:
    """``words`` with a space where they would touch a letter or digit of the text."""
    before = m.string[m.start() - 1:m.start()]
    after = m.string[m.end():m.end() + 1]
    return (" " if before.isalnum() else "") + words + (" " if after.isalnum() else "")


def _amount(number: str) -> str:
    """A signed number as read in a measure or a sum: cardinals, never years."""
    sign = "minus " if number.startswith("-") else ""
    return sign + NUMBERS.number(number.lstrip("-"))


def _unnamed(pattern: str) -> str:
    """``pattern`` without group names, to be used twice in one larger pattern."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# ---------------------------------------------------------------- links and fixed tokens


def _degrees(text: str) -> str:
    """In English, º after a number is a degree sign typed with the ordinal indicator."""
    return re.sub(r"(?<=\d)\s?º", "°", text)


def _links(text: str) -> str:
    def link(m: re.Match) -> str:
        return _spaced(m, links.say_link(m[0], LINK_WORDS, NUMBERS.digits, TLD_WORDS,
                                         "a link on", "a link to the file"))

    def address(m: re.Match) -> str:
        return _spaced(m, links.say_address(m[0], LINK_WORDS, NUMBERS.digits, TLD_WORDS))

    text = links.URL.sub(link, text)
    text = links.EMAIL.sub(address, text)
    return _DOMAIN.sub(address, text)


_DOMAIN = links.domain_pattern(KNOWN_TLDS)


def _fixed(text: str) -> str:
    for written, spoken in FIXED.items():
        text = re.sub(rf"(?<![\w/]){re.escape(written)}(?![\w/])", spoken, text,
                      flags=re.IGNORECASE)
    return text


def _phrases(text: str) -> str:
    for short, long in PHRASES.items():
        # "e.g." and "i.e." are followed by a pause; "cf." and "et al." by nothing
        pause = "," if short in ("e.g.", "i.e.") else ""
        text = re.sub(rf"(?<!\w){re.escape(short)}(?=\s*,)", long, text, flags=re.I)
        text = re.sub(rf"(?<!\w){re.escape(short)}", long + pause, text, flags=re.I)
    return text


def _tags(text: str) -> str:
    return identifiers.tags(text, "hashtag", "at")


def _versions(text: str) -> str:
    return identifiers.versions(text, "version", "point", NUMBERS.number)


# ---------------------------------------------------------------- phone numbers


def _telephones(text: str) -> str:
    text = re.sub(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]|\.\d)",  # 10.0.0.1
                  lambda m: " dot ".join(NUMBERS.digits(p) for p in m[0].split(".")), text)
    text = re.sub(r"(?<![\w+-])1-8\d\d-[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])", _vanity, text)
    text = re.sub(r"(?<![\w+(-])(?:\+(?P<cc>\d{1,3})[\s-]?)?(?P<area>\(\d{3}\)[\s-]?|\d{3}"
                  r"[-.])(?P<mid>\d{3})[-.](?P<last>\d{4})(?P<ext>(?:-\d{1,4})*)(?![\w-]|\.\d)",
                  _phone, text)
    text = re.sub(r"(?<![\w-])\d{3}-\d\d-\d{4}(?![\w-])",  # US social security numbers
                  lambda m: ", ".join(NUMBERS.digits(p) for p in m[0].split("-")), text)
    text = re.sub(r"(?<![\w])\+(?P<cc>\d{1,3})(?P<groups>(?:[\s-]\d{1,5}){2,5})(?![\w-])",
                  _international, text)
    return telephones.telephones(text, "plus", NUMBERS.cardinal, NUMBERS.digits, pairs=False)


def _vanity(m: re.Match) -> str:
    """1-800-GO-U-HAUL: the prefix as numbers, the letters as written."""
    first, prefix, *rest = m[0].split("-")
    groups = [NUMBERS.cardinal(first), NUMBERS.cardinal(prefix)]
    words: list[str] = []
    for part in rest:
        if part.isdigit():
            groups.append(" ".join([*words, NUMBERS.digits(part)]))
            words = []
        else:
            words.append(part)
    if words:
        groups.append(" ".join(words))
    return ", ".join(groups)


def _phone(m: re.Match) -> str:
    groups = [NUMBERS.digits(m["area"]), NUMBERS.digits(m["mid"]), NUMBERS.digits(m["last"])]
    groups += [NUMBERS.digits(e) for e in m["ext"].split("-") if e]
    spoken = ", ".join(groups)
    return f"plus {NUMBERS.cardinal(m['cc'])}, {spoken}" if m["cc"] else spoken


def _international(m: re.Match) -> str:
    groups = [NUMBERS.digits(g) for g in re.split(r"[\s-]", m["groups"]) if g]
    return f"plus {NUMBERS.cardinal(m['cc'])}, " + ", ".join(groups)


# ---------------------------------------------------------------- times


def _times(text: str) -> str:
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
        return m[0] if words is None else _spaced(m, _keep_end(m, words))

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
        return _keep_end(m, f"{first_words} to {second_words}")

    one_time = _unnamed(single)
    text = re.sub(rf"(?P<a>{one_time})\s?[-\u2013]\s?(?P<b>{one_time})", say_range, text)
    return pattern.sub(say, text)


def _duration(hours: int, minutes: int, seconds: int) -> str:
    def unit(n: int, name: str) -> str:
        return f"{NUMBERS.cardinal(n)} {name}{'' if n == 1 else 's'}"

    return f"{unit(hours, 'hour')} {unit(minutes, 'minute')} and {unit(seconds, 'second')}"


# ---------------------------------------------------------------- dates


def _month(name: str) -> str:
    key = name.rstrip(".").capitalize()
    return MONTHS.get(key, key if key in MONTH_NAMES else MONTHS.get(key[:3], key))


def _year_words(year: str) -> str:
    if len(year) == 2:  # '98, 05: the last two digits
        return f"oh {NUMBERS.cardinal(year[1])}" if year[0] == "0" else NUMBERS.cardinal(year)
    return NUMBERS.year(year)


def _dates(text: str) -> str:
    year = r"(?P<y>\d{4}|'\d\d)"
    day = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    flags = re.IGNORECASE

    def month_day(m: re.Match) -> str:
        words = f"{_month(m['mon'])} {NUMBERS.ordinal(m['d'])}"
        if m["y"]:
            words += ("," if "," in m[0] else "") + " " + _year_words(m["y"].lstrip("'"))
        return _keep_end(m, words)

    def day_month(m: re.Match) -> str:
        words = f"{m['the'] or 'the '}{NUMBERS.ordinal(m['d'])} of {_month(m['mon'])}"
        if m["y"]:
            words += ("," if "," in m[0][-7:] else "") + " " + _year_words(m["y"].lstrip("'"))
        return _keep_end(m, words)

    text = re.sub(r"(?<![\w/.-])(?P<y>\d{4})[-/.](?P<mo>0?[1-9]|1[0-2])[-/.](?P<d>0?[1-9]|"
                  r"[12]\d|3[01])(?![\w/.-]|\.\d)", _numeric_date, text)
    text = re.sub(r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                  r"(?P<y>\d{4}|\d\d)(?![\w/.-]|\.\d)", _numeric_date, text)
    text = re.sub(rf"(?<![\w.]){_MONTH}\.?[\s-](?:the\s)?{day}(?:,?[\s-]{year})?"
                  rf"(?![\w:]|[.,]\d)", month_day, text, flags=flags)
    text = re.sub(rf"(?<![\w.$])(?P<the>the\s)?{day}[\s-](?:of\s)?{_MONTH}\.?(?:,?\s{year})?"
                  rf"(?![\w])", day_month, text, flags=flags)
    text = re.sub(r"(?<![\w.])(?P<n>\d{1,4})\s?(?P<era>A\.D\.?|B\.C\.(?:E\.)?|B\.C|AD|BCE|BC|CE)"
                  r"(?!\w)", lambda m: _keep_end(m, f"{NUMBERS.year(m['n'])} "
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


# ---------------------------------------------------------------- money


def _money(text: str) -> str:
    signs = "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True))
    scale = "|".join(sorted(SCALES, key=len, reverse=True))
    per = "|".join(sorted(PER, key=len, reverse=True))
    amount = (rf"(?P<cur>{signs})\s?(?P<n>{_SIGN}{NUMBER})(?:\s?[-\u2013]\s?(?P<n2>{NUMBER})"
              rf"(?![\d.]))?(?:\s?(?P<scale>{scale})(?![\w]))?(?:\s?/\s?(?P<per>{per})\b)?")
    one = _unnamed(amount)
    text = re.sub(rf"(?<![\w$])(?P<a>{one})\s?[-\u2013]\s?(?P<b>{one})",
                  lambda m: f"{_money_words(m['a'], amount)} to {_money_words(m['b'], amount)}",
                  text)
    text = re.sub(rf"(?<![\w$])(?P<det>\b[Aa]n?\s){amount}(?P<sep>-|\s)(?={_NOUN_AFTER})",
                  _money_before_noun, text)
    text = re.sub(rf"(?<![\w$]){amount}", lambda m: _spaced(m, _say_money(m)), text)
    after = "|".join(re.escape(c) for c in CURRENCIES if len(c) == 1 and c != "$")
    return re.sub(  # 5 €, 12,50 €, 1.500 €: the sign after, often with a decimal comma
        rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:[.,]\d{{3}})+(?:,\d\d?)?(?!\d)|\d+(?:[.,]\d\d?)?)"
        rf"\s?(?P<cur>{after})(?!\w)",
        lambda m: _money_of(m["cur"], _as_written_after(m["n"]), None), text)


# A word after "a $40" that makes the amount an adjective ("a $40 ticket"), not one that
# goes on with the sum ("a $40 or $50 fee", "a $5 per month plan").
_NOUN_AFTER = (r"(?!(?:or|and|to|per|a|an|the|each|apiece|plus|more|less|worth|from|in|on|"
               r"for|of|off|than|at|with|is|was|a\s)\b)[a-z]{2,}\b")


def _money_before_noun(m: re.Match) -> str:
    """ "a $1.2bn bond": the currency as an adjective is singular ("billion dollar bond")."""
    one, many, _, _ = CURRENCIES[m["cur"].strip()]
    words = _say_money(m)
    if m["per"] or m["n2"] or " and " in words or not words.endswith(f" {many}"):
        return f"{m['det']}{words}{m['sep'].replace('-', ' ')}"
    return f"{m['det']}{words[:-len(many)]}{one} "


def _as_written_after(number: str) -> str:
    """An amount written before its sign, European style: "12,50" is 12.50, "1.500" 1500;
    "1,500" (three digits after the comma) stays a thousands separator."""
    if re.search(r",\d\d?$", number):
        return number.replace(".", "").replace(",", ".")
    if re.search(r"\.\d{3}$", number):
        return number.replace(".", "")
    return number


def _money_words(written: str, pattern: str) -> str:
    match = re.fullmatch(pattern, written)
    return _say_money(match) if match else written


def _say_money(m: re.Match) -> str:
    cur = m["cur"].strip()
    words = _money_of(cur, m["n"], SCALES.get(m["scale"] or ""), m["n2"])
    if m["per"]:
        words += f" per {PER[m['per']]}"
    return words


def _money_of(cur: str, number: str, scale: str | None, upto: str | None = None) -> str:
    one, many, cent, cents = CURRENCIES[cur]
    if upto:  # $5-10 million: "five to ten million dollars"
        return f"{_amount(number)} to {_amount(upto)} {scale + ' ' if scale else ''}{many}"
    if scale:
        return f"{_amount(number)} {scale} {many}"
    whole, _, fraction = number.lstrip("-").replace(",", "").partition(".")
    sign = "minus " if number.startswith("-") else ""
    if len(fraction) > 2 and len(fraction.rstrip("0")) <= 2:
        fraction = fraction.rstrip("0")
    if len(fraction) > 2 or (fraction.strip("0") and not cent):
        return f"{sign}{NUMBERS.decimal(whole + '.' + fraction)} {many}"  # $20.506, ¥3.5
    hundredths = int(fraction.ljust(2, "0")) if fraction else 0
    units = int(whole or 0)
    if units == 0 and hundredths:
        return f"{sign}{NUMBERS.cardinal(hundredths)} {cent if hundredths == 1 else cents}"
    words = f"{sign}{NUMBERS.cardinal(units)} {one if units == 1 else many}"
    if hundredths:
        words += f" and {NUMBERS.cardinal(hundredths)} {cent if hundredths == 1 else cents}"
    return words


# ---------------------------------------------------------------- addresses


def _addresses(text: str) -> str:
    types = "|".join(sorted(STREET_TYPES, key=len, reverse=True))
    directions = "|".join(DIRECTIONS)
    pattern = (
        rf"(?<![\w,.$])(?P<num>\d{{1,5}})\s(?:(?P<dir>{directions})\.?\s)?"
        rf"(?P<name>(?:\d+(?:st|nd|rd|th)|[A-Z][\w']*)(?:\s[A-Z][\w']*){{0,3}}?)\s"
        rf"(?P<type>(?i:{types}))\b(?P<dot>\.)?"
        rf"(?P<city>,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)*(?=,))?"
        rf"(?:,\s(?P<state>[A-Z]{{2}})\b)?(?:,?\s(?P<zip>\d{{5}})(?:-(?P<zip4>\d{{4}}))?)?(?!\w)"
    )

    def say(m: re.Match) -> str:
        if m["state"] and m["state"] not in US_STATES:
            return m[0]
        number = m["num"]
        words = NUMBERS.cardinal(number) if len(number) <= 2 else (
            NUMBERS.year(number) if len(number) <= 4 else NUMBERS.digits(number))
        if m["dir"]:
            words += " " + DIRECTIONS[m["dir"]]
        name = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", lambda n: NUMBERS.ordinal(n[1]), m["name"])
        words += f" {name} {STREET_TYPES[m['type'].lower()]}"
        if m["dot"] and not (m["city"] or m["state"] or m["zip"]):
            words = _keep_end(m, words)
        words += m["city"] or ""
        if m["state"]:
            words += f", {US_STATES[m['state']]}"
        if m["zip"]:
            words += f", {NUMBERS.digits(m['zip'])}"
            if m["zip4"]:
                words += f", {NUMBERS.digits(m['zip4'])}"
        return words

    return re.sub(pattern, say, text)


# ---------------------------------------------------------------- measures and fractions


_FRACTION = r"(?:(?P<whole>\d+)\s)?(?P<num>\d+)\s?/\s?(?P<den>\d+)(?:st|nd|rd|th|ST|ND|RD|TH)?"


def _fraction_words(whole: str | None, num: str, den: str) -> str:
    n, d = int(num), int(den)
    if d == 0:
        return f"{NUMBERS.cardinal(num)} over zero"
    if d == 1:
        part = f"{NUMBERS.cardinal(num)} over one"
    else:
        name = {2: ("half", "halves"), 4: ("quarter", "quarters")}.get(d)
        if name is None:
            ordinal = NUMBERS.ordinal(den)
            name = (ordinal, ordinal + "s")
        if whole and n == 1:
            part = f"a {name[0]}"
        else:
            part = f"{NUMBERS.cardinal(num)} {name[0] if n == 1 else name[1]}"
    return f"{NUMBERS.cardinal(whole)} and {part}" if whole else part


def _fractions(text: str) -> str:
    return re.sub(rf"(?<![\w/.,:-]){_FRACTION}(?![\w/]|[.,]\d)",
                  lambda m: _spaced(m, _fraction_words(m["whole"], m["num"], m["den"])), text)


def _measures(text: str) -> str:
    names = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    per = "|".join(re.escape(u) for u in sorted(PER, key=len, reverse=True))
    scale = r"(?:\s(?P<scale>thousand|million|billion|trillion))?"
    amount = rf"(?:{_FRACTION}|(?P<n>{_SIGN}{NUMBER}))"

    def quantity(m: re.Match) -> tuple[str, bool]:
        if m["den"]:
            words = _fraction_words(m["whole"], m["num"], m["den"])
            return words, not m["whole"] and m["num"] == "1"
        return _amount(m["n"]), m["n"] in ("1", "-1")

    def say(m: re.Match) -> str:
        words, single = quantity(m)
        if m["n2"]:
            words += f" to {_amount(m['n2'])}"
            single = m["n2"] == "1"
        if m["scale"]:
            words += f" {m['scale']}"
            single = False
        one, many = UNITS[m["unit"]]
        words += " " + (one if single else many)
        if m["per"]:
            words += f" per {PER[m['per']]}"
        return _spaced(m, _keep_end(m, words))

    text = re.sub(  # 2x8 m2: dimensions
        rf"(?<![\w.])(?P<a>{NUMBER})\s?[x×]\s?(?P<b>{NUMBER})\s?(?P<unit>{names})(?![\w/])",
        lambda m: f"{_amount(m['a'])} by {_amount(m['b'])} {UNITS[m['unit']][1]}", text)
    text = re.sub(
        rf"(?<![\w.,/]){amount}(?:\s?[-\u2013]\s?(?P<n2>{NUMBER}))?{scale}[\s-]?(?P<unit>{names})"
        rf"(?:/(?P<per>{per}))?\.?(?![\w/²³]|\.\w)", say, text)
    return re.sub(  # 12/kg: "twelve per kilogram"
        rf"(?<![\w.,/])(?P<n>{_SIGN}{NUMBER})\s?/\s?(?P<per>{per}|[a-zA-Z])(?![\w/])",
        lambda m: f"{_amount(m['n'])} per {PER.get(m['per'], m['per'])}", text)


def _math(text: str) -> str:
    """In an equation, a hyphen is minus and a star is times: 1-2=5, 2*8."""
    def say(m: re.Match) -> str:
        expression = re.sub(r"\s?-\s?", " minus ", m[0])
        return re.sub(r"\s?[*×]\s?", " times ", expression)

    operand = r"(?:\d+(?:\.\d+)?|[a-z])"
    text = re.sub(rf"(?<![\w-]){operand}(?:\s?[-+*/×]\s?{operand})+\s?=\s?{operand}"
                  rf"(?:\s?[-+*/×]\s?{operand})*(?![\w-])", say, text)
    return re.sub(r"(?<=\d)\s?\*\s?(?=\d)", " times ", text)


def _percent(text: str) -> str:
    def say(m: re.Match) -> str:
        words = _amount(m["a"])
        if m["b"]:
            words += f" to {_amount(m['b'])}"
        return _spaced(m, f"{words} percent")

    return re.sub(rf"(?P<a>{_SIGN}{NUMBER})(?:\s?(?:[-\u2013]|to)\s?(?P<b>{NUMBER}))?\s?%",
                  say, text)


# ---------------------------------------------------------------- ranges, years, ordinals


def _dashes(text: str) -> str:
    text = re.sub(r"(?<=\d)\s*[\u2013\u2014]\s*(?=\d)", " to ", text)  # 7–2, 18–25
    text = re.sub(r"\s*[\u2014\u2015]\s*|\s+[\u2013-]+\s+", ", ", text)  # dashes as pauses
    text = text.replace("\u2013", "-")
    text = re.sub(r"(?<=\d)-(?=[A-Za-z])", " ", text)  # 1.2-mile
    return re.sub(r"(?<=[A-Za-z])-(?=\d)", " ", text)  # COVID-19


def _decades(text: str) -> str:
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


def _ranges(text: str) -> str:
    """2020-2024, 9-5, 1960-80, a 7-2 vote: "to". A hyphen between larger numbers that
    do not rise (978-0) is a pause; longer chains (1-413-te-b) are serial numbers."""
    def say(m: re.Match) -> str:
        a, b = m["a"], m["b"]
        rises = float(b.replace(",", "")) > float(a.replace(",", ""))
        year_pair = len(a) == 4 and len(b) == 2  # 1960-80
        score = len(a) <= 2 and len(b) <= 2  # voted 7-2, won 3-1
        if not (rises or year_pair or score):
            return f"{_plain(a)}, {_plain(b)}"
        first = NUMBERS.year(a) if _is_year(a) and (_is_year(b) or year_pair) else _plain(a)
        second = NUMBERS.cardinal(b) if year_pair else (
            NUMBERS.year(b) if _is_year(a) and _is_year(b) else _plain(b))
        return f"{first} to {second}"

    return re.sub(rf"(?<![\w.,/-])(?P<a>{NUMBER})-(?P<b>{NUMBER})(?![\w/-]|[.,]\d)", say, text)


def _plain(number: str) -> str:
    return NUMBERS.number(number)


def _is_year(number: str) -> bool:
    return bool(re.fullmatch(r"1[1-9]\d\d|20\d\d", number))


def _years(text: str) -> str:
    return re.sub(r"(?<![\d.,$€£:/-])\b(1[1-9]\d\d|20\d\d)\b(?![.,:/]\d|\d|\s?%|-\d)",
                  lambda m: NUMBERS.year(m[1]), text)


def _ordinals(text: str) -> str:
    def say(m: re.Match) -> str:
        number = int(m[1].replace(",", ""))
        suffix = m[2].lower()
        last_two, last = number % 100, number % 10
        right = "th" if 10 < last_two < 14 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
        return NUMBERS.ordinal(number) if suffix == right else m[0]

    return re.sub(r"(?<![\d,.])\b([1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(st|nd|rd|th|ST|ND|RD|TH)"
                  r"\b", say, text)


def _roman(text: str) -> str:
    def value(numeral: str) -> int:
        total = 0
        for ch, nxt in zip(numeral, [*numeral[1:], ""]):
            v = _ROMAN_VALUES[ch]
            total += -v if nxt and _ROMAN_VALUES[nxt] > v else v
        return total

    def counted(m: re.Match) -> str:
        if not _ROMAN.match(m["r"]):
            return m[0]
        return f"{m['word']} {NUMBERS.cardinal(value(m['r']))}"

    def regnal(m: re.Match) -> str:
        if not _ROMAN.match(m["r"]):
            return m[0]
        return f"{m['name']} the {NUMBERS.ordinal(value(m['r']))}"

    text = re.sub(rf"\b(?P<word>(?i:{_NUMBERED}))\s(?P<r>[IVXLCDM]+)\b(?![.'’]\w)",
                  counted, text)
    return re.sub(r"\b(?P<name>[A-Z][a-z]+)\s(?P<r>[IVX]{2,})\b(?!\.\w|'(?!s\b)\w)",
                  regnal, text)


# ---------------------------------------------------------------- words with full stops


def _abbreviations(text: str) -> str:
    titles = "|".join(TITLES)
    text = re.sub(rf"\b({titles})\.(?=\s+[A-Z])", lambda m: TITLES[m[1]], text)
    text = re.sub(r"\b[Nn]o\.(?=\s*\d)", "number", text)
    text = re.sub(r"\b[Nn]os\.(?=\s*\d)", "numbers", text)
    text = re.sub(r"\bvs\b\.?", "versus", text)  # never a sentence's end
    for short, long in ABBREVIATIONS.items():
        if short.lower() in ("no", "nos"):
            continue
        never_ends = short.lower() in ("vs", "approx", "fig", "cf")
        text = re.sub(rf"\b{short}\.", _expander(long, never_ends), text)
    return text


# ---------------------------------------------------------------- what is left


def _chains(text: str) -> str:
    """Hyphen or slash chains of three or more parts with a digit (1-413-te-b-1-5,
    31/31/100): serial numbers, each part read on its own, never a range or a date."""
    def part(piece: str) -> str:
        if not piece.isdigit():
            return piece
        if len(piece) > 1 and piece.startswith("0"):
            return NUMBERS.digits(piece)
        return NUMBERS.cardinal(piece) if len(piece) <= 4 else NUMBERS.digits(piece)

    def chain(m: re.Match) -> str:
        if not re.search(r"\d", m[0]):
            return m[0]
        pieces = re.split(r"([-/])", m[0])
        spoken = "".join({"/": ", ", "-": "-"}.get(p) or _code(p, part) for p in pieces)
        return _spaced(m, spoken)

    return re.sub(r"(?<![\w./-])[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+){2,}(?![\w/-]|[.,]\d)",
                  chain, text)


def _serials(text: str) -> str:
    """Codes mixing letters and digits (B2A23C, CO2, ab9453): letters as written or
    spelled, digits as numbers or one by one."""
    return re.sub(r"(?<!\d\.)\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+\b",
                  lambda m: _spaced(m, _code(m[0], _code_digits)), text)


def _code(token: str, digits: Callable[[str], str]) -> str:
    pieces = re.findall(r"[A-Za-z]+|\d+", token)
    out = []
    for piece in pieces:
        if piece.isdigit():
            out.append(digits(piece))
        elif piece.isupper() and len(piece) <= 3 and any(p.isdigit() for p in pieces):
            out.append(spell(piece))  # CO2, MP3, 2A: letters spelled
        else:
            out.append(piece)
    return " ".join(out)


def _code_digits(piece: str) -> str:
    if len(piece) > 1 and piece.startswith("0"):
        return NUMBERS.digits(piece)
    if len(piece) >= 4 and not piece.endswith("00"):
        return NUMBERS.digits(piece)  # ab9453: an id, digit by digit
    return NUMBERS.cardinal(piece)


def _numbers(text: str) -> str:
    contexts = "|".join(re.escape(c) for c in DIGIT_CONTEXTS)
    text = re.sub(rf"(?<!\w)(?P<c>{contexts}):?\s(?:is\s|number\s)?(?P<n>\d{{3,}})\b",
                  lambda m: m[0][: m.start("n") - m.start()] + NUMBERS.digits(m["n"]), text)

    def say(m: re.Match) -> str:
        return _spaced(m, _amount(m[0]))

    return re.sub(rf"(?<![\w.]-)(?:(?<=[\s(\[\"'?!,;:])|^)-(?=\.?\d)|{NUMBER}", lambda m: (
        "minus " if m[0] == "-" else say(m)), text)


def _symbols(text: str) -> str:
    text = re.sub(r"#(?=\s?\d)", " number ", text)
    text = re.sub(r"(?<=\w)'(?=s\b)", "'", text)
    for symbol, words in SYMBOLS.items():
        if symbol in text:
            text = text.replace(symbol, f" {words} " if words.strip() else " ")
    return text


def _letter_a(text: str) -> str:
    """A capital A standing alone after a lowercase word is the letter (plan A, type A
    blood, vitamin A): espeak-ng would say the article "uh" unless it is marked."""
    return re.sub(r"\b(?P<word>[a-z]{2,}) A(?!-|['\u2019.]?\w)", r"\g<word> A-", text)


RULES: tuple[Callable[[str], str], ...] = (
    _degrees, _links, _tags, _fixed, _phrases, references, _telephones, _times, _dates,
    _versions, _money, _addresses, _decades,
    _measures, _chains, _fractions, _math, _percent, _dashes, _ranges, _years, _ordinals, _roman,
    _abbreviations, _serials, _numbers, _symbols, _letter_a,
)
