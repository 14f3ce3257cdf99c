"""The shared rules of amounts: money, magnitudes ("1,5 Mio."), telephone numbers and IP
addresses, percentages, units and fractions, each noun in the form its number asks
for."""

from __future__ import annotations

import re

from audio.text.normalize import telephones
from audio.text.normalize.shared_base import RulesBase


class AmountRules(RulesBase):
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
                joined = f" {self.grammar.money_and}" if self.grammar.money_and else ""
                cent_forms = self.words.plurals.get(cent)
                cent_noun = self.plural(hundredths, cent_forms) if cent_forms else (
                    cent if hundredths == 1 else cents)
                words += f"{joined} {self.one_or(hundredths)} {cent_noun}"
            return words

        scales = "|".join(re.escape(s) for s in sorted(self.words.scales, key=len,
                                                        reverse=True)) or "(?!)"
        def scaled(m: re.Match, scale: str, written_last: str | None) -> str:
            return (f"{self.value(m['n'])} {scale} {self._of(self.currency(m['c'])[1])}"
                    f"{self._stop_kept(m, written_last)}")

        text = re.sub(  # $2,5 Millionen: "zwei Komma fünf Millionen Dollar"
            rf"(?<![^\W\d_])(?P<c>(?i:{signs}))\s?(?P<n>{self.number})\s(?P<s>{scales})(?!\w)"
            r"(?P<dot>\.)?", lambda m: scaled(m, self.words.scales[m["s"]], m["dot"]), text)
        text = re.sub(  # 1,23 млрд руб.: "одна целая двадцать три сотых миллиарда рублей"; 120 M€
            rf"(?P<n>{self.number})\s?(?P<s>{scales})\.?\s?(?P<c>(?i:{signs}))(?!\w)",
            lambda m: scaled(m, self._scale(m["n"], m["s"]), m["c"]), text)
        text = re.sub(rf"(?P<n>{self.number})\s?(?P<c>(?i:{signs}))(?!\w)",  # "24 kr. I …"
                      lambda m: say(m["c"], m["n"]) + self._stop_kept(m, m["c"]), text)
        return re.sub(rf"(?<![^\W\d_])(?P<c>(?i:{signs}))\s?(?P<n>{self.number})",
                      lambda m: say(m["c"], m["n"]), text)

    def _of(self, currency: str) -> str:
        """A currency after a scale: "millones de euros", "millions d'euros"."""
        joiner = self.words.scale_of
        if joiner and self.words.elision and re.match(r"[aeiouyéèêh]", currency):
            return f"{joiner[:-1]}'{currency}"
        return f"{joiner} {currency}" if joiner else currency

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

    def addresses(self, text: str) -> str:
        """An IP address: each part a number (or its digits), joined by the word for a dot;
        a telephone number: its groups, digit by digit."""
        part = self.n.digits if self.grammar.ip_digits else self.n.cardinal
        text = re.sub(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", lambda m: f" {self.words.dot} "
                      .join(part(p) for p in m[0].split(".")), text)
        text = telephones.telephones(text, self.words.symbols.get("+", "+"), self.n.cardinal,
                                     self.n.digits)

        def phone(m: re.Match) -> str:
            country = f"{self.words.symbols.get('+', '+')} {self.n.cardinal(m['cc'])} " \
                if m["cc"] else ""
            groups = re.findall(r"\d+", m["rest"])
            return country + ", ".join(self.n.digits(g) for g in groups)

        if self.grammar.phone_groups:  # 8-913-983-56-01: "восемь, девятьсот тринадцать, …"
            text = re.sub(rf"(?<![\w+(-]){self.grammar.phone_groups}(?![\w-])",
                          lambda m: ", ".join(self._group(g) for g in re.findall(r"\+?\d+",
                                                                                  m[0])), text)
        text = telephones.cued(text, self.n.cardinal, self.n.digits)
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
        if self.grammar.per:  # 4 кг/кг: "четыре килограмма на килограмм"; 1/кг
            pers = "|".join(re.escape(u) for u in sorted(self.grammar.per_units, key=len,
                                                         reverse=True))
            def per(m: re.Match) -> str:
                if f"{m['u']}/{m['p']}" in self.words.units:
                    return m[0]  # a unit of its own: "км/ч"
                unit = self._unit(m["n"], m["u"]) if m["u"] else ""
                return (f"{self._count(m['n'], unit)} {unit} {self.grammar.per} "
                        f"{self.grammar.per_units[m['p']]}")

            text = re.sub(rf"(?P<n>-?(?:{self.number}))\s?(?P<u>{names})?/(?P<p>{pers})(?!\w)",
                          per, text)
        text = re.sub(rf"(?P<n>-?(?:{self.number}))\s?(?P<u>{names})(?![\w/²³])(?P<dot>\.)?",
                      lambda m: self._counted(m["n"], self._unit(m["n"], m["u"]))
                      + self._stop_kept(m, m["dot"]), text)
        # "м²" with no digits before it ("один м²", or the sign alone): the singular
        return re.sub(r"(?<![\w/])(?P<u>[^\W\d_]{1,3}[²³])(?![\w/])",
                      lambda m: self._unit("1", m["u"]) if m["u"] in self.words.units
                      else m[0], text)

    def _stop_kept(self, m: re.Match, written: str | None) -> str:
        """The full stop that ``written`` (an abbreviated unit, scale or currency as matched:
        "min.", "mld.", "kr.") ends with: kept where it ends the sentence, dropped where the
        sentence goes on ("elke 6 min. van de dag")."""
        ends = (written or "").endswith(".") and self.sentence_ends(m.string[m.end():])
        return "." if ends else ""

    def _counted(self, written: str, noun: str) -> str:
        return f"{self._count(written, noun)} {noun}"

    def fraction(self, num: int, den: int) -> str:
        """num/den: "un quart", "zwei neuntel", "dos quintos", "fyra femtedelar"."""
        own = self.grammar.fraction(self, num, den)
        if own is not None:
            return own
        words = self.words
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
        return f"{self.one_or(num)} {name}"

    def _cardinal_fraction(self, den: int) -> str:
        own = self.grammar.denominator(self, den)
        return own if own is not None else self.n.cardinal(den) + self.words.fraction_suffix

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

