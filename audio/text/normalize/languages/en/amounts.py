"""English amounts: money, street addresses, measures, fractions, arithmetic,
percentages, ranges and the plain numbers left over."""

from __future__ import annotations

import re

from audio.text.normalize.languages.en.common import (
    NUMBER,
    NUMBERS,
    SIGN,
    amount_words,
    keep_end,
    spaced,
    unnamed,
)
from audio.text.normalize.languages.en.dates import is_year, plain
from audio.text.normalize.languages.en.words import (
    CURRENCIES,
    DIGIT_CONTEXTS,
    DIRECTIONS,
    PER,
    SCALES,
    STREET_TYPES,
    UNITS,
    US_STATES,
)


def money(text: str) -> str:
    signs = "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True))
    scale = "|".join(sorted(SCALES, key=len, reverse=True))
    per = "|".join(sorted(PER, key=len, reverse=True))
    amount = (rf"(?P<cur>{signs})\s?(?P<n>{SIGN}{NUMBER})(?:\s?[-\u2013]\s?(?P<n2>{NUMBER})"
              rf"(?![\d.]))?(?:\s?(?P<scale>{scale})(?![\w]))?(?:\s?/\s?(?P<per>{per})\b)?")
    one = unnamed(amount)
    text = re.sub(rf"(?<![\w$])(?P<a>{one})\s?[-\u2013]\s?(?P<b>{one})",
                  lambda m: f"{_money_words(m['a'], amount)} to {_money_words(m['b'], amount)}",
                  text)
    text = re.sub(rf"(?<![\w$])(?P<det>\b[Aa]n?\s){amount}(?P<sep>-|\s)(?={_NOUN_AFTER})",
                  _money_before_noun, text)
    text = re.sub(rf"(?<![\w$]){amount}", lambda m: spaced(m, _say_money(m)), text)
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
        scaled = f"{scale} " if scale else ""
        return f"{amount_words(number)} to {amount_words(upto)} {scaled}{many}"
    if scale:
        return f"{amount_words(number)} {scale} {many}"
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


def addresses(text: str) -> str:
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
            words = keep_end(m, words)
        words += m["city"] or ""
        if m["state"]:
            words += f", {US_STATES[m['state']]}"
        if m["zip"]:
            words += f", {NUMBERS.digits(m['zip'])}"
            if m["zip4"]:
                words += f", {NUMBERS.digits(m['zip4'])}"
        return words

    return re.sub(pattern, say, text)


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


def fractions(text: str) -> str:
    return re.sub(rf"(?<![\w/.,:-]){_FRACTION}(?![\w/]|[.,]\d)",
                  lambda m: spaced(m, _fraction_words(m["whole"], m["num"], m["den"])), text)


def measures(text: str) -> str:
    names = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    per = "|".join(re.escape(u) for u in sorted(PER, key=len, reverse=True))
    scale = r"(?:\s(?P<scale>thousand|million|billion|trillion))?"
    amount = rf"(?:{_FRACTION}|(?P<n>{SIGN}{NUMBER}))"

    def quantity(m: re.Match) -> tuple[str, bool]:
        if m["den"]:
            words = _fraction_words(m["whole"], m["num"], m["den"])
            return words, not m["whole"] and m["num"] == "1"
        return amount_words(m["n"]), m["n"] in ("1", "-1")

    def say(m: re.Match) -> str:
        words, single = quantity(m)
        if m["n2"]:
            words += f" to {amount_words(m['n2'])}"
            single = m["n2"] == "1"
        if m["scale"]:
            words += f" {m['scale']}"
            single = False
        one, many = UNITS[m["unit"]]
        words += " " + (one if single else many)
        if m["per"]:
            words += f" per {PER[m['per']]}"
        return spaced(m, keep_end(m, words))

    text = re.sub(  # 2x8 m2: dimensions
        rf"(?<![\w.])(?P<a>{NUMBER})\s?[x×]\s?(?P<b>{NUMBER})\s?(?P<unit>{names})(?![\w/])",
        lambda m: f"{amount_words(m['a'])} by {amount_words(m['b'])} {UNITS[m['unit']][1]}", text)
    text = re.sub(
        rf"(?<![\w.,/]){amount}(?:\s?[-\u2013]\s?(?P<n2>{NUMBER}))?{scale}[\s-]?(?P<unit>{names})"
        rf"(?:/(?P<per>{per}))?\.?(?![\w/²³]|\.\w)", say, text)
    return re.sub(  # 12/kg: "twelve per kilogram"
        rf"(?<![\w.,/])(?P<n>{SIGN}{NUMBER})\s?/\s?(?P<per>{per}|[a-zA-Z])(?![\w/])",
        lambda m: f"{amount_words(m['n'])} per {PER.get(m['per'], m['per'])}", text)


def math(text: str) -> str:
    """In an equation, a hyphen is minus and a star is times: 1-2=5, 2*8."""
    def say(m: re.Match) -> str:
        expression = re.sub(r"\s?-\s?", " minus ", m[0])
        return re.sub(r"\s?[*×]\s?", " times ", expression)

    operand = r"(?:\d+(?:\.\d+)?|[a-z])"
    text = re.sub(rf"(?<![\w-]){operand}(?:\s?[-+*/×]\s?{operand})+\s?=\s?{operand}"
                  rf"(?:\s?[-+*/×]\s?{operand})*(?![\w-])", say, text)
    text = re.sub(r"(?<=\d)\s?\*\s?(?=\d)", " times ", text)
    # a multiple: "3x higher", "10× faster"; a size: "a 2x2 grid", "1920×1080"
    text = re.sub(r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)[x×](?=[\s,.;:!?)]|$)", r"\g<n> times", text)
    return re.sub(r"(?<![\w.,])(?P<a>[1-9]\d{0,4})\s?[x×]\s?(?P<b>[1-9]\d{0,4})(?![\w.,]\d|\w)",
                  r"\g<a> by \g<b>", text)


def percent(text: str) -> str:
    def say(m: re.Match) -> str:
        words = amount_words(m["a"])
        if m["b"]:
            words += f" to {amount_words(m['b'])}"
        return spaced(m, f"{words} percent")

    return re.sub(rf"(?P<a>{SIGN}{NUMBER})(?:\s?(?:[-\u2013]|to)\s?(?P<b>{NUMBER}))?\s?%",
                  say, text)


def dashes(text: str) -> str:
    text = re.sub(r"(?<=\d)\s*[\u2013\u2014]\s*(?=\d)", " to ", text)  # 7–2, 18–25
    text = re.sub(r"\s*[\u2014\u2015]\s*|\s+[\u2013-]+\s+", ", ", text)  # dashes as pauses
    text = text.replace("\u2013", "-")
    text = re.sub(r"(?<=\d)-(?=[A-Za-z])", " ", text)  # 1.2-mile
    return re.sub(r"(?<=[A-Za-z])-(?=\d)", " ", text)  # COVID-19


def ranges(text: str) -> str:
    """2020-2024, 9-5, 1960-80, a 7-2 vote: "to". A hyphen between larger numbers that
    do not rise (978-0) is a pause; longer chains (1-413-te-b) are serial numbers."""
    def say(m: re.Match) -> str:
        a, b = m["a"], m["b"]
        rises = float(b.replace(",", "")) > float(a.replace(",", ""))
        year_pair = len(a) == 4 and len(b) == 2  # 1960-80
        score = len(a) <= 2 and len(b) <= 2  # voted 7-2, won 3-1
        if not (rises or year_pair or score):
            return f"{plain(a)}, {plain(b)}"
        first = NUMBERS.year(a) if is_year(a) and (is_year(b) or year_pair) else plain(a)
        second = NUMBERS.cardinal(b) if year_pair else (
            NUMBERS.year(b) if is_year(a) and is_year(b) else plain(b))
        return f"{first} to {second}"

    return re.sub(rf"(?<![\w.,/-])(?P<a>{NUMBER})-(?P<b>{NUMBER})(?![\w/-]|[.,]\d)", say, text)


def numbers(text: str) -> str:
    contexts = "|".join(re.escape(c) for c in DIGIT_CONTEXTS)
    text = re.sub(rf"(?<!\w)(?P<c>{contexts}):?\s(?:is\s|number\s)?(?P<n>\d{{3,}})\b",
                  lambda m: m[0][: m.start("n") - m.start()] + NUMBERS.digits(m["n"]), text)

    def say(m: re.Match) -> str:
        return spaced(m, amount_words(m[0]))

    return re.sub(rf"(?<![\w.]-)(?:(?<=[\s(\[\"'?!,;:])|^)-(?=\.?\d)|{NUMBER}", lambda m: (
        "minus " if m[0] == "-" else say(m)), text)
