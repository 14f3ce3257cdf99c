"""What the shared rules stand on: a language's words and grammar, its number reader,
and the readings every rule needs (a written number, an ordinal, a day, a unit in the
form its count asks for). The rules themselves: shared_rules.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from audio.text.normalize import slavic
from audio.text.normalize.grammar import Grammar
from audio.text.normalize.numbers import Numbers
from audio.text.normalize.spelling import spell
from audio.text.normalize.words import LanguageWords


class Spelled:
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


class RulesBase:
    """A language's words and grammar, and the readings its rules share."""

    def __init__(self, words: LanguageWords, grammar: Grammar):
        self.words = words
        self.grammar = grammar
        self.n = Spelled(Numbers(words.num2words, point_word=words.point), words.number_fixes)
        # Thousands are grouped by a dot or a (narrow, no-break) space: writers of every
        # one of these languages use both, and the decimal mark is the comma.
        sep = r"[. \u00a0\u202f]"
        # 13.000 / 13 000, then an optional decimal comma: 1.000,5; or a plain 12,5
        self.number = rf"\d{{1,3}}(?:{sep}\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?"

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

    def plural(self, count: int, forms: tuple[str, str, str]) -> str:
        """The Slavic plural: 1 рубль, 2-4 рубля, 5-20 рублей."""
        return slavic.plural(count, forms, self.words.num2words)

    def currency(self, sign: str) -> tuple[str, str, str, str]:
        """A currency's names by its sign or code, in any case ("usd", "USD", "R$")."""
        table = self.words.currencies
        return table.get(sign) or table.get(sign.lower()) or table[sign.upper()]

    def one_or(self, number: int, noun: str = "") -> str:
        """A count before a noun: "un euro", "una libra", not "uno euro"."""
        if number == 1 and noun in self.grammar.feminine_nouns and self.grammar.feminine_one:
            return self.grammar.feminine_one
        return self.words.one if number == 1 and self.words.one else self.n.cardinal(number)

    def spaced(self, text: str) -> str:
        return re.sub(r" {2,}", " ", text)

    def year(self, written: str) -> str:
        """A year: num2words' reading, or in two halves where the language says it so
        ("tjugotjugotvå", "tjugohundraett")."""
        hundreds = self.grammar.hundreds_years
        number = int(written)
        if not hundreds or not 1100 <= number <= 2099:
            return self.n.year(written)
        high, low = divmod(number, 100)
        said = self.n.cardinal(high)
        if low < 10:
            said += hundreds
        return said + (self.n.cardinal(low) if low else "")

    def ordinal(self, number: int) -> str:
        return self.grammar.ordinal_alone(self.n.ordinal(number))

    def agreeing_ordinal(self, number: int, before: str) -> str:
        """An ordinal with the ending the word before it asks for ("der dritte Mai", "am
        dritten Mai"); without such a word, as said alone ("dritter Mai")."""
        agreeing = self.grammar.agreeing_ordinal(self, number, before)
        return self.ordinal(number) if agreeing is None else agreeing

    def day(self, number: int, case: str = "") -> str:
        """A date's day, in the grammatical ``case`` its context asks for (_day_case)."""
        own = self.grammar.day(self, number, case)
        if own is not None:
            return own
        if self.words.day_ordinal:
            said = self.ordinal(number)
            return said.removesuffix("r") + "n" if case == "dative" else said  # am dritten
        if number == 1 and self.words.first:
            return self.words.first
        return self.n.cardinal(number)

    def spell(self, letters: str) -> str:
        """Letters one by one: by their names in this language where it has them (Russian
        "эй би си"), else as espeak-ng spells capitals."""
        names = self.grammar.letter_names
        if not names:
            return spell(letters)
        return " ".join(names.get(ch.lower(), ch) for ch in letters if ch.isalpha())

    def feminine(self, number: int) -> str:
        """The feminine ordinal where the language has one: "primeira", "tercera"."""
        return " ".join(re.sub(r"o$", "a", word) for word in self.ordinal(number).split())

    def suffixed_ordinal(self, number: int, suffix: str) -> str:
        """Russian "1-й", "22-я", "8-го": the ordinal with the ending the suffix asks for."""
        return slavic.suffixed_ordinal(self.ordinal(number), suffix)

    def _unit(self, written: str, unit: str) -> str:
        forms = self.words.plurals.get(unit)
        if forms:  # Slavic: 1 литр, 2 литра, 5 литров; a decimal takes the second form
            return forms[1] if "," in written else self.plural(int(re.sub(r"\D", "", written)
                                                                   or 0), forms)
        if written == "1" and unit in self.words.units_one:
            return self.words.units_one[unit]
        return self.words.units[unit]

    def sentence_ends(self, after: str) -> bool:
        """Whether a full stop before ``after`` ends the sentence (an abbreviation's stop
        may end one too: "usw.", "24 kr.", "am 24.12."): the text ends there, or the next
        word begins a sentence: a capital, or where nouns are capitalized, a word that
        starts sentences ("usw. Sie", not "z. B. Berlin")."""
        starters = self.grammar.sentence_starters
        starts = rf"(?:{starters})\b" if starters else r"[^\W\d_](?<=[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ])"
        return bool(re.match(rf"\s*$|\s+[\"'«»„“(]?{starts}", after))

    def _count(self, written: str, noun: str = "") -> str:
        """The number before a noun: "eine Stunde", "un kilomètre", "две минуты"."""
        said = self.one_or(1, noun) if written == "1" else self.value(written)
        return self.grammar.feminine(said) if noun in self.grammar.feminine_nouns else said

    def _scale(self, written: str, scale: str) -> str:
        """A magnitude word after an amount, in the form its number asks for."""
        if scale in self.words.plurals:
            return self._unit(written, scale)
        return self.words.scales[scale]
