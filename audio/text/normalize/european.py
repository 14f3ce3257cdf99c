"""Languages other than English, from one set of rules and each language's words
(language_words.py): numbers in the language's own format (13.000 or 13 000, 12,5),
dates ("3. Mai 2024", "3 mai 2024", "3 de mayo de 2024", 03.05.2024), clock times,
money, percentages, units, ordinals, ranges, abbreviations and web addresses.

Grammatical case is modelled where the words around a number decide it: German dates
("am dritten Mai"), Polish dates ("trzeciego maja"), and in Russian dates by context
("родился третьего мая", "Сегодня третье мая"), years by their noun ("в 2012 году"),
compound counts ("4-х килограммовый") and the Slavic plural of nouns after numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from audio.text.normalize import identifiers, links, slavic, telephones
from audio.text.normalize.languages import LANGUAGES
from audio.text.normalize.languages.en.words import KNOWN_TLDS
from audio.text.normalize.numbers import Numbers
from audio.text.normalize.spelling import spell
from audio.text.normalize.words import LanguageWords


def normalizer(tag: str) -> Callable[[str], str]:
    """The shared rules with the words of the language ``tag`` (a base tag: "de")."""
    return lambda text: normalize(text, tag)


def normalize(text: str, tag: str) -> str:
    rules = _rules(tag)
    for rule in (rules.links, rules.addresses, rules.abbreviations, rules.times, rules.dates,
                 rules.years, rules.serials, rules.money, rules.percent, rules.units, rules.scales,
                 rules.fractions, rules.ordinals, rules.ranges, rules.numbers, rules.symbols):
        text = rule(text)
    return rules.spaced(text)


@lru_cache(maxsize=16)
def _rules(tag: str) -> _Rules:
    words = LANGUAGES[tag].words
    assert words is not None, f"{tag} has rules of its own"  # normalizer() is for tables
    return _Rules(words)


_DOMAIN = links.domain_pattern(KNOWN_TLDS)

# Words that begin sentences: a number and a full stop before them ends a sentence.
_STARTERS = ("(?:Der|Die|Das|Es|Er|Sie|Wir|Ich|Ihr|Man|Dann|Aber|Und|Doch|Auch|So|Jetzt|"
             "Heute|Dies|Diese|Dieser|Ein|Eine|Am|Im|In|Auf|Mit|Nach|Bei|Seit|Vor|Um|Als|Wenn|"
             "Den|Det|Han|Hon|Vi|Jag|Men|Och|Og|Jeg|Hän|Se|Ja|Mutta|W|To|Ale|I)")


class _Spelled:
    """A language's Numbers, its words changed by the language's number_fixes."""

    def __init__(self, numbers: Numbers, fixes: tuple[tuple[str, str], ...]):
        self._numbers = numbers
        self._fixes = fixes

    def __getattr__(self, name: str) -> Callable[..., str]:
        method = getattr(self._numbers, name)

        def spelled(*args: object, **grammar: object) -> str:
            words = method(*args, **grammar)
            for pattern, replacement in self._fixes:
                words = re.sub(pattern, replacement, words)
            return " ".join(words.split())

        return spelled


class _Rules:
    """The rules of one language; each a function over the whole text."""

    def __init__(self, words: LanguageWords):
        self.words = words
        self.n = _Spelled(Numbers(words.num2words, point_word=words.point),
                          words.number_fixes)
        # Thousands are grouped by a dot or a (narrow, no-break) space: writers of every
        # one of these languages use both, and the decimal mark is the comma.
        sep = r"[. \u00a0\u202f]"
        # 13.000 / 13 000, then an optional decimal comma: 1.000,5; or a plain 12,5
        self.number = rf"\d{{1,3}}(?:{sep}\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?"
        self._abbreviations = self._abbreviation_patterns()  # built once per language

    # ------------------------------------------------------------ helpers

    def value(self, written: str) -> str:
        """A written number in this language's format, read."""
        plain = re.sub(r"[ .\u00a0\u202f]", "", written) if re.search(
            r"\d[ .\u00a0\u202f]\d{3}", written) else written
        sign = f"{self.words.minus} " if plain.startswith("-") else ""
        whole, _, decimals = plain.lstrip("-").partition(",")
        if decimals and self.words.decimals == "words":
            return sign + self.n.fraction_words(f"{whole}.{decimals}")
        if decimals and self.words.decimals == "number" and not decimals.startswith("0"):
            return (f"{sign}{self.n.number(whole)} {self.words.point} "
                    f"{self._decimal_digits(decimals)}")
        unsigned = plain.lstrip("-")
        if sign:  # "-050" is minus fifty: a signed number is a quantity, not a code
            unsigned = unsigned.lstrip("0") or "0"
            unsigned = "0" + unsigned if unsigned[0] in ",." else unsigned
        return sign + self.n.number(unsigned.replace(",", "."))

    def _decimal_digits(self, digits: str) -> str:
        """Up to three digits read as a number; longer ones in pairs (3,1415: "quatorze
        quinze"), as people read decimals in these languages."""
        if len(digits) <= 3:
            return self.n.cardinal(digits)
        pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
        return " ".join(self.n.number(p) for p in pairs)

    def plural_forms(self, hour: int, minute: int) -> dict[str, str]:
        """The hour and minute nouns for templates that name them: {час}, {минута}."""
        found = {}
        for noun, forms in self.words.plurals.items():
            count = minute if noun == "минута" else hour
            found[noun] = self.plural(count, forms)
        return found

    def plural(self, count: int, forms: tuple[str, str, str]) -> str:
        """The Slavic plural: 1 рубль, 2-4 рубля, 5-20 рублей."""
        return slavic.plural(count, forms, self.words.num2words)

    def currency(self, sign: str) -> tuple[str, str, str, str]:
        """A currency's names by its sign or code, in any case ("usd", "USD", "R$")."""
        table = self.words.currencies
        return table.get(sign) or table.get(sign.lower()) or table[sign.upper()]

    def one_or(self, number: int, noun: str = "") -> str:
        """A count before a noun: "un euro", "una libra", not "uno euro"."""
        if number == 1 and noun in self.words.feminine_nouns and self.words.feminine_one:
            return self.words.feminine_one
        return self.words.one if number == 1 and self.words.one else self.n.cardinal(number)

    def spaced(self, text: str) -> str:
        return re.sub(r" {2,}", " ", text)

    def year(self, written: str) -> str:
        """A year: num2words' reading, or in two halves where the language says it so
        ("tjugotjugotvå", "tjugohundraett")."""
        hundreds = self.words.hundreds_years
        number = int(written)
        if not hundreds or not 1100 <= number <= 2099:
            return self.n.year(written)
        high, low = divmod(number, 100)
        said = self.n.cardinal(high)
        if low < 10:
            said += hundreds
        return said + (self.n.cardinal(low) if low else "")

    def ordinal(self, number: int) -> str:
        words = self.n.ordinal(number)
        if self.words.num2words == "de" and words.endswith("e"):
            words += "r"  # "dritter": the form read alone, as in a date
        return words

    def agreeing_ordinal(self, number: int, before: str) -> str:
        """An ordinal with the ending the word before it asks for ("der dritte Mai", "am
        dritten Mai"); without such a word, as said alone ("dritter Mai")."""
        for pattern, ending in self.words.ordinal_endings:
            if re.search(pattern, before):
                return self.n.ordinal(number).removesuffix("e") + ending
        return self.ordinal(number)

    def day(self, number: int, case: str = "") -> str:
        """A date's day, in the grammatical ``case`` its context asks for (_day_case)."""
        if self.words.day_case in ("го", "ое"):  # Russian: the ending of that case
            ending = {"dative": "ому", "nominative": "ое", "genitive": "го"}
            return self.suffixed_ordinal(number, ending.get(case, self.words.day_case))
        if self.words.day_case == "ego":  # Polish genitive: trzeci → trzeciego
            return " ".join(re.sub(r"y$", "", w) + "ego" if w.endswith(("y", "i")) else w
                            for w in self.ordinal(number).split())
        if self.words.day_ordinal:
            said = self.ordinal(number)
            return said.removesuffix("r") + "n" if case == "dative" else said  # am dritten
        if number == 1 and self.words.first:
            return self.words.first
        return self.n.cardinal(number)

    # ------------------------------------------------------------ rules

    def spell(self, letters: str) -> str:
        """Letters one by one: by their names in this language where it has them (Russian
        "эй би си"), else as espeak-ng spells capitals."""
        names = self.words.letter_names
        if not names:
            return spell(letters)
        return " ".join(names.get(ch.lower(), ch) for ch in letters if ch.isalpha())

    def links(self, text: str) -> str:
        known = self.words.address_words
        said = {".": self.words.dot, "@": self.words.at, "/": self.words.slash,
                ":": self.words.colon, "-": "-", "_": "_"}
        said.update({mark: word for mark, word in known.items() if not mark.isalnum()})

        def link(m: re.Match) -> str:  # a long one by its host (or its file's name)
            return links.say_link(m[0], said, self.n.digits, set(), link_on="", local_file="",
                                  speller=self.spell, known=known)

        def address(m: re.Match) -> str:
            return links.say_address(m[0], said, self.n.digits, set(), self.spell, known)

        text = links.URL.sub(link, text)
        text = links.EMAIL.sub(address, text)
        text = _DOMAIN.sub(address, text)
        text = identifiers.tags(text, self.words.hashtag, self.words.at)
        # a version by its v only: "1.000.000" is a number, its dots group thousands
        return identifiers.versions(text, self.words.version, self.words.dot,
                                    self.n.cardinal, bare=False)

    def abbreviations(self, text: str) -> str:
        for pattern, long in self._abbreviations:
            text = pattern.sub(long, text)
        return text

    def _abbreviation_patterns(self) -> list[tuple[re.Pattern[str], str]]:
        """Each abbreviation (also capitalized, at a sentence's start), longest first."""
        table = dict(self.words.abbreviations)
        for short, long in self.words.abbreviations.items():
            table.setdefault(short[:1].upper() + short[1:], long[:1].upper() + long[1:])
        # after an amount, "млрд", "руб." and "г." are read by the rules of amounts, which
        # know the form the number asks for ("миллиарда", "рубля", "году")
        counted = {*self.words.scales, *self.words.currencies, *self.words.units,
                   *self.words.plurals, *self.words.year_nouns}
        patterns = []
        for short, long in sorted(table.items(), key=lambda kv: -len(kv[0])):
            after_amount = r"(?<!\d)(?<!\d\s)" if short in counted else ""
            patterns.append((re.compile(rf"(?<!\w){after_amount}{re.escape(short)}(?!\w)"),
                             long))
        return patterns

    def times(self, text: str) -> str:
        def say(m: re.Match) -> str:
            hour, minute = int(m["h"]), m.groupdict().get("m")
            if hour > 24:
                return m[0]
            if m.groupdict().get("s") and self.words.clock_seconds:
                return self.words.clock_seconds.format(
                    hour=self.n.cardinal(hour), minute=self.n.cardinal(int(minute or 0)),
                    second=self.n.cardinal(int(m.groupdict()["s"] or 0)))
            said = self.n.cardinal(hour)
            for pattern, feminine in self.words.feminine_hours:
                said = re.sub(pattern, feminine, said)
            forms = self.plural_forms(hour=hour, minute=int(minute or 0))
            if not minute or minute == "00":
                words = self.words.clock_hour.format(hour=said, **forms)
            else:
                minutes = self.words.minute_names.get(int(minute)) or self.n.cardinal(
                    int(minute))
                if "минута" in forms:  # Russian minutes are feminine: одна, две минуты
                    minutes = re.sub(r"один$", "одна", re.sub(r"два$", "две", minutes))
                words = self.words.clock.format(hour=said, minute=minutes, **forms)
            meridiem = (m.groupdict().get("mer") or "").lower().replace(" ", "")
            if meridiem:
                words += " " + self.words.meridiems.get(meridiem, spell(meridiem))
            return words

        meridiems = "|".join(re.escape(k) for k in sorted(self.words.meridiems, key=len,
                                                          reverse=True))
        after = rf"(?:\s?h\b)?(?:\s?(?P<mer>{meridiems})(?!\w))?" if meridiems else ""
        if self.words.h_clock:  # 14 h 30, 14h30
            text = re.sub(r"(?<![\d:.,])(?P<h>\d{1,2})\s?h\s?(?P<m>[0-5]\d)?\b", say, text)
        if self.words.dot_times:  # 12.15, 1.05 h, 1.00 p.m.: the decimal mark is a comma
            text = re.sub(rf"(?<![\d:.,])(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d){after}(?![\d.,])",
                          say, text)
            # "01 h" is one o'clock; "3 h" stays a duration, for the units rule
            text = re.sub(r"(?<![\d:.,])(?P<h>0\d)\s?h(?!\w)", say, text)
        if self.words.clock_dot_before:  # 2.30 Uhr, 2.30 eftermiddag
            text = re.sub(rf"(?<![\d:.,])(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d)"
                          rf"(?=\s(?:{self.words.clock_dot_before}))", say, text)
        return re.sub(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
                      rf"(?:\s?(?:Uhr|uur))?{after}(?![\d:])", say, text)

    def dates(self, text: str) -> str:
        months = self.words.months

        def spoken(m: re.Match, day: int, month: int, year: str | None) -> str:
            if not (1 <= day <= 31 and 1 <= month <= 12):
                return m[0]
            template = self.words.date if year else self.words.date_no_year
            said = (self.agreeing_ordinal(day, m.string[:m.start()])
                    if self.words.ordinal_endings else self.day(day, self._day_case(m)))
            if year and self.words.year_case:  # две тысячи двадцать четвертого (года)
                zero = f"{self.n.cardinal(0)} " if len(year) == 2 and year[0] == "0" else ""
                year = zero + self.suffixed_ordinal(int(year), self.words.year_case)
            elif year:
                year = self.year(year)
            said = template.format(day=said, month=months[month - 1], year=year or "")
            return said + (" года" if m.groupdict().get("g") else "")

        def numeric(m: re.Match) -> str:
            return spoken(m, int(m["d"]), int(m["mo"]), m["y"])

        def named(m: re.Match) -> str:
            said = spoken(m, int(m["d"]), self._month_number(m["mon"]) or 0, m["y"])
            # the full stop after a month's whole name ends the sentence ("3 mai.")
            whole_name = m["mon"].lower() in (month.lower() for month in months)
            return said + "." if whole_name and m[0].endswith(".") and not m["g"] else said

        text = re.sub(r"(?<![\d.])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?![\d-])",
                      numeric, text)
        years = r"\d{4}|\d\d" if self.words.year_case else r"\d{4}"  # 31.01.06: "ноль шестого"
        # "2024 г." after a date is "года": the year of a date is in the genitive
        noun = r"(?:\s?(?P<g>г\.|года)(?!\w))?" if self.words.year_case else "(?P<g>(?!))?"
        text = re.sub(r"(?<![\d.,/-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<mo>\d{1,2})(?P=sep)"
                      rf"(?P<y>{years})(?!\d){noun}", numeric, text)
        names = "|".join(sorted({*months, *(m[:3] for m in months)}, key=len, reverse=True))
        text = re.sub(rf"(?<![\d.,])(?P<d>\d{{1,2}})\.?[\s-](?:de\s)?(?P<mon>(?i:{names}))\.?"
                      rf"(?:,?[\s-](?:del?\s)?(?P<y>\d{{4}}))?(?!\w){noun}", named, text)
        return re.sub(rf"(?<![\w.])(?P<mon>(?i:{names}))\.?\s(?P<d>\d{{1,2}})"  # abril 30
                      rf"(?:,?\s(?P<y>\d{{4}}))?(?![\w:.,]\d|\d)", named, text)

    def years(self, text: str) -> str:
        if not self.words.year_nouns:
            return text
        return slavic.years(text, self.n.inflected, self.words.year_nouns,
                            self.words.dative_before or "(?!)")

    def _day_case(self, m: re.Match) -> str:
        """The case of a date's day by the words around it: "dative" after German "am",
        Russian "к"; in Russian also "nominative" or "genitive"; "" where nothing says."""
        before = m.string[:m.start()]
        if self.words.dative_before and re.search(self.words.dative_before, before):
            return "dative"
        if self.words.nominative_before:
            return slavic.day_case(before, m.string[m.end():], self.words.nominative_before)
        return ""

    def _month_number(self, name: str) -> int | None:
        for number, month in enumerate(self.words.months, 1):
            if month.lower().startswith(name.lower().rstrip(".")):
                return number
        return None

    def money(self, text: str) -> str:
        signs = "|".join(re.escape(c) for c in sorted(self.words.currencies, key=len,
                                                      reverse=True))
        if not signs:
            return text

        def say(sign: str, amount: str) -> str:
            one, many, cent, cents = self.currency(sign)
            plain = re.sub(r"[ .\u00a0\u202f]", "", amount) if re.search(
                r"\d[ .\u00a0\u202f]\d{3}", amount) else amount
            whole, _, fraction = plain.partition(",")
            fraction = fraction.rstrip("0") if len(fraction) > 2 else fraction
            if len(fraction) > 2:
                return f"{self.value(amount)} {many}"
            units = int(whole or 0)
            hundredths = int(fraction.ljust(2, "0")) if fraction else 0
            if units == 0 and hundredths:
                return f"{self.one_or(hundredths)} {cent if hundredths == 1 else cents}"
            plural = self.words.plurals.get(one)
            noun = self.plural(units, plural) if plural else (one if units == 1 else many)
            words = f"{self.one_or(units, one)} {noun}"
            if hundredths:
                joined = f" {self.words.money_and}" if self.words.money_and else ""
                cent_forms = self.words.plurals.get(cent)
                cent_noun = self.plural(hundredths, cent_forms) if cent_forms else (
                    cent if hundredths == 1 else cents)
                words += f"{joined} {self.one_or(hundredths)} {cent_noun}"
            return words

        scales = "|".join(re.escape(s) for s in sorted(self.words.scales, key=len,
                                                        reverse=True)) or "(?!)"
        text = re.sub(  # $2,5 Millionen: "zwei Komma fünf Millionen Dollar"
            rf"(?<![^\W\d_])(?P<c>(?i:{signs}))\s?(?P<n>{self.number})\s(?P<s>{scales})(?!\w)",
            lambda m: f"{self.value(m['n'])} {self.words.scales[m['s']]} "
                      f"{self.words.scale_of + ' ' if self.words.scale_of else ''}"
                      f"{self.currency(m['c'])[1]}", text)
        text = re.sub(  # 1,23 млрд руб.: "одна целая двадцать три сотых миллиарда рублей"
            rf"(?P<n>{self.number})\s?(?P<s>{scales})\.?\s(?P<c>(?i:{signs}))(?!\w)",
            lambda m: f"{self.value(m['n'])} {self._scale(m['n'], m['s'])} "
                      f"{self.words.scale_of + ' ' if self.words.scale_of else ''}"
                      f"{self.currency(m['c'])[1]}", text)
        text = re.sub(rf"(?P<n>{self.number})\s?(?P<c>(?i:{signs}))(?!\w)",
                      lambda m: say(m["c"], m["n"]), text)
        return re.sub(rf"(?<![^\W\d_])(?P<c>(?i:{signs}))\s?(?P<n>{self.number})",
                      lambda m: say(m["c"], m["n"]), text)

    def scales(self, text: str) -> str:
        """1,5 Mio.: "eins Komma fünf Millionen"."""
        if not self.words.scales:
            return text
        scales = "|".join(re.escape(s) for s in sorted(self.words.scales, key=len,
                                                        reverse=True))
        units = "|".join(re.escape(u) for u in sorted(self.words.units, key=len, reverse=True))

        def say(m: re.Match) -> str:
            said = f"{self.value(m['n'])} {self._scale(m['n'], m['s'])}"
            if m["u"]:  # many of them: "миллиона литров", "Millionen Kilometer"
                forms = self.words.plurals.get(m["u"])
                said += f" {forms[2] if forms else self.words.units[m['u']]}"
            return said

        return re.sub(rf"(?P<n>-?(?:{self.number}))\s?(?P<s>{scales})\.?"
                      rf"(?:\s(?P<u>{units or '(?!)'}))?(?![\w²³/])", say, text)

    def _scale(self, written: str, scale: str) -> str:
        """A magnitude word after an amount, in the form its number asks for."""
        if scale in self.words.plurals:
            return self._unit(written, scale)
        return self.words.scales[scale]

    def addresses(self, text: str) -> str:
        """An IP address: each part a number (or its digits), joined by the word for a dot;
        a telephone number: its groups, digit by digit."""
        part = self.n.digits if self.words.ip_digits else self.n.cardinal
        text = re.sub(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", lambda m: f" {self.words.dot} "
                      .join(part(p) for p in m[0].split(".")), text)
        if not self.words.phone_digits:
            return text
        text = telephones.telephones(text, self.words.symbols.get("+", "+"), self.n.cardinal,
                                     self.n.digits)

        def phone(m: re.Match) -> str:
            country = f"{self.words.symbols.get('+', '+')} {self.n.cardinal(m['cc'])} " \
                if m["cc"] else ""
            groups = re.findall(r"\d+", m["rest"])
            return country + ", ".join(self.n.digits(g) for g in groups)

        if self.words.phone_groups:  # 8-913-983-56-01: "восемь, девятьсот тринадцать, …"
            text = re.sub(rf"(?<![\w+(-]){self.words.phone_groups}(?![\w-])",
                          lambda m: ", ".join(self._group(g) for g in re.findall(r"\+?\d+",
                                                                                  m[0])), text)
        return re.sub(r"(?<![\w+(-])(?:\+(?P<cc>\d{1,3})[\s-]?)?(?P<rest>(?:\(\d{2,4}\)[\s-]?|"
                      r"\d{2,4}[-.\s])\d{3,4}[-.]\d{4}(?:-\d{1,4})?)(?![\w-]|\.\d)", phone, text)

    def _group(self, group: str) -> str:
        """A group of a telephone number as a number; its leading zeros said ("ноль один")."""
        plus = f"{self.words.symbols.get('+', '+')} " if group.startswith("+") else ""
        digits = group.lstrip("+")
        zeros = len(digits) - len(digits.lstrip("0"))
        rest = digits[zeros:]
        said = [self.n.cardinal(0)] * (zeros if rest else len(digits))
        return plus + " ".join([*said, *([self.n.cardinal(rest)] if rest else [])])

    def percent(self, text: str) -> str:
        def say(m: re.Match) -> str:
            word = self._unit(m["n"], "%") if "%" in self.words.plurals else self.words.percent
            return f"{self.value(m['n'])} {word}"

        return re.sub(rf"(?P<n>-?(?:{self.number}))\s?%", say, text)

    def units(self, text: str) -> str:
        names = "|".join(re.escape(u) for u in sorted(self.words.units, key=len, reverse=True))
        if not names:
            return text
        if self.words.per:  # 4 кг/кг: "четыре килограмма на килограмм"; 1/кг
            pers = "|".join(re.escape(u) for u in sorted(self.words.per_units, key=len,
                                                         reverse=True))
            def per(m: re.Match) -> str:
                if f"{m['u']}/{m['p']}" in self.words.units:
                    return m[0]  # a unit of its own: "км/ч"
                unit = self._unit(m["n"], m["u"]) if m["u"] else ""
                return (f"{self._count(m['n'])} {unit} {self.words.per} "
                        f"{self.words.per_units[m['p']]}")

            text = re.sub(rf"(?P<n>-?(?:{self.number}))\s?(?P<u>{names})?/(?P<p>{pers})(?!\w)",
                          per, text)
        text = re.sub(rf"(?P<n>-?(?:{self.number}))\s?(?P<u>{names})(?![\w/²³])",
                      lambda m: f"{self._count(m['n'])} {self._unit(m['n'], m['u'])}", text)
        # "м²" with no digits before it ("один м²", or the sign alone): the singular
        return re.sub(r"(?<![\w/])(?P<u>[^\W\d_]{1,3}[²³])(?![\w/])",
                      lambda m: self._unit("1", m["u"]) if m["u"] in self.words.units
                      else m[0], text)

    def _unit(self, written: str, unit: str) -> str:
        forms = self.words.plurals.get(unit)
        if forms:  # Slavic: 1 литр, 2 литра, 5 литров; a decimal takes the second form
            return forms[1] if "," in written else self.plural(int(re.sub(r"\D", "", written)
                                                                   or 0), forms)
        if written == "1" and unit in self.words.units_one:
            return self.words.units_one[unit]
        return self.words.units[unit]

    def _count(self, written: str) -> str:
        return self.words.one if written == "1" and self.words.one else self.value(written)

    def fraction(self, num: int, den: int) -> str:
        """num/den: "un quart", "zwei neuntel", "dos quintos", "fyra femtedelar"."""
        words = self.words
        if words.num2words in ("ru", "pl"):
            return slavic.fraction(num, den, words.num2words, self.n.inflected,
                                   self.n.cardinal, self.n.ordinal)
        named = words.fraction_names.get(den)
        if named:
            name = named[0 if num == 1 else 1]
        elif words.fraction_suffix and not words.fraction_of_ordinal:
            name = self._cardinal_fraction(den)
        else:
            base = self.n.ordinal(den)
            if words.fraction_of_ordinal:
                base += words.fraction_suffix
            name = base
            if num != 1 and base.endswith("o") and words.fraction_plural == "i":
                name = base[:-1] + "i"  # Italian: "tre quarti", "due quinti"
            elif num != 1:
                name = base + words.fraction_plural
        if den > 100 and not named and words.fraction_suffix == "avo":
            return f"{self.n.cardinal(num)} sobre {self.n.cardinal(den)}"
        return f"{self.one_or(num)} {name}"

    def _cardinal_fraction(self, den: int) -> str:
        suffix = self.words.fraction_suffix
        stem = self.n.cardinal(den)
        if suffix == "tel":  # German: fünftel, zwanzigstel, hundertstel
            return stem + ("stel" if den >= 20 else "tel")
        if suffix == "avo":  # Spanish: catorceavo, veintidosavo, ochentavo, treintaiunavo
            stem = (stem.replace("ú", "u").replace("ó", "o").replace("é", "e")
                    .replace(" y ", "i").replace(" ", ""))
            stem = re.sub(r"uno$", "un", stem)
            return (stem[:-1] if stem.endswith("a") else stem) + "avo"
        return stem + suffix

    def fractions(self, text: str) -> str:
        def say(m: re.Match) -> str:
            num, den = int(m["num"]), int(m["den"])
            sign = f"{self.words.minus} " if m["sign"] else ""
            if den == 0:  # not a fraction: "0/0"
                return f"{sign}{self.n.cardinal(num)} {self.words.slash} {self.n.cardinal(0)}"
            part = self.fraction(num, den)
            if m["whole"]:
                if num == 1 and den == 2 and self.words.bare_half:
                    part = self.words.fraction_names[2][0]  # "deux et demi", "kaksi ja puoli"
                return f"{sign}{self.n.cardinal(m['whole'])} {self.words.mixed_and} {part}"
            return sign + part

        return re.sub(r"(?<![\w/.,])(?P<sign>-)?(?:(?P<whole>\d+)\s+)?(?P<num>\d+)/"
                      r"(?P<den>\d+)(?![\w/]|[.,]\d)", say, text)

    def feminine(self, number: int) -> str:
        """The feminine ordinal where the language has one: "primeira", "tercera"."""
        return " ".join(re.sub(r"o$", "a", word) for word in self.ordinal(number).split())

    def suffixed_ordinal(self, number: int, suffix: str) -> str:
        """Russian "1-й", "22-я", "8-го": the ordinal with the ending the suffix asks for."""
        return slavic.suffixed_ordinal(self.ordinal(number), suffix)

    def ordinals(self, text: str) -> str:
        if self.words.year_nouns:
            text = slavic.compound_counts(text, self.n.inflected)
        if self.words.suffix_ordinals:
            text = re.sub(rf"(?<![\d,.])(?P<n>\d+)-(?P<s>{self.words.suffix_ordinals})(?!\w)",
                          lambda m: self.suffixed_ordinal(int(m["n"]), m["s"]), text)
        if self.words.apocope_marks:  # "1.er": "primer"
            text = re.sub(rf"(?<![\d,.])(?P<n>\d+)(?:{self.words.apocope_marks})(?![\w])",
                          lambda m: re.sub(r"o$", "", self.ordinal(int(m["n"]))), text)
        if self.words.feminine_marks:
            text = re.sub(rf"(?<![\d,.])(?P<n>\d+)(?:{self.words.feminine_marks})(?![\w])",
                          lambda m: self.feminine(int(m["n"])), text)
        if self.words.ordinal_marks:
            def say(m: re.Match) -> str:
                words = self.ordinal(int(m["n"]))
                if self.words.apocope_marks and re.match(r"\s+[a-záéíóúñ]", m.string[m.end():]):
                    words = re.sub(r"\b(primer|tercer)o$", r"\1", words)  # el primer pasajero
                return words

            text = re.sub(rf"(?<![\d,.])(?P<n>\d+)(?:{self.words.ordinal_marks})(?![\w])",
                          say, text)
        if self.words.dot_ordinals:  # "der 100. Geburtstag", "zum 3. Mal", "3. plass"
            article = (r"\b(?P<a>der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ein|eine|"
                       r"einem|einen)\s")  # German: "der 3. Platz", a capitalized noun after
            text = re.sub(rf"{article}(?P<n>\d+)\.(?=\s+\w)",
                          lambda m: f"{m['a']} " + self.agreeing_ordinal(
                              int(m["n"]), m["a"] + " "), text)
            text = re.sub(r"(?<![\d,.])(?P<n>\d+)\.(?=\s+[a-zäöüåæø])",
                          lambda m: self.ordinal(int(m["n"])), text)
            # "100. Geburtstag": a capitalized word after it, unless it starts a sentence
            text = re.sub(rf"(?<![\d,.])(?P<n>\d{{1,3}})\.(?=\s+(?!{_STARTERS}\b)[A-ZÄÖÜ])",
                          lambda m: self.ordinal(int(m["n"])), text)
        if self.words.day_ordinal and re.fullmatch(r"\s*\d{1,7}\.\s*", text):
            text = self.ordinal(int(text.strip()[:-1]))  # a number alone: "2." is "second"
        if self.words.year_nouns and re.fullmatch(r"\s*(?:1[5-9]\d\d|20\d\d)\s*", text):
            text = self.ordinal(int(text))  # a year alone, as a heading: "1937" is "…седьмой"
        return text

    def ranges(self, text: str) -> str:
        return re.sub(rf"(?<![\d,.])(?P<a>{self.number})\s?[-\u2013]\s?(?P<b>{self.number})"
                      r"(?![\d])", lambda m: f"{self.value(m['a'])} {self.words.to} "
                      f"{self.value(m['b'])}", text)

    def numbers(self, text: str) -> str:
        # the zeros of "-050" go: a signed number is a quantity, not a code
        text = re.sub(r"(?:(?<=[\s(])|^)-(?:0+(?=[1-9]))?(?=\d)", f"{self.words.minus} ", text)

        def say(m: re.Match) -> str:  # apart from letters it touches: "30код", "9мешок"
            before, after = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
            return ((" " if before.isalpha() else "") + self.value(m[0])
                    + (" " if after.isalpha() else ""))

        return re.sub(self.number, say, text)

    def symbols(self, text: str) -> str:
        text = re.sub(r"\s+[—–]\s+", ", ", text)  # a dash between words is a pause
        for symbol, said in self.words.symbols.items():
            text = text.replace(symbol, f" {said} ")
        text = re.sub(r"(?<![\w])([A-ZÄÖÜ]{2,4})(?![\w])",
                      lambda m: self.spell(m[1]) if not re.search(r"[AEIOUÄÖÜY]", m[1])
                      else m[1], text)
        return text

    def serials(self, text: str) -> str:
        """Codes of letters and numbers joined by hyphens ("2-б-34", "A-12-c"): each letter
        and each digit on its own, never a range."""
        def say(m: re.Match) -> str:
            return " ".join(self.n.digits(part) if part.isdigit() else self.spell(part)
                            if re.fullmatch(r"[A-Za-z]+", part) else part
                            for part in m[0].split("-"))

        return re.sub(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*-[^\W\d_]{1,2}(?![^\W\d_]))"
                      r"\w{1,4}(?:-\w{1,4}){2,}(?![\w-])", say, text)
