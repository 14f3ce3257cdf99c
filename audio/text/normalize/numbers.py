"""Numbers as words, through num2words, in one language: cardinals, ordinals, years,
digits one by one, decimals. Commas num2words puts in are dropped (espeak-ng pauses
on them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Numbers:
    """Number words of one language (a num2words language code)."""

    language: str = "en"
    point_word: str | None = None  # the decimal separator said; default: num2words' own

    def cardinal(self, number: int | str) -> str:
        return self._words(int(str(number).replace(",", "")))

    def ordinal(self, number: int | str) -> str:
        return self._words(int(str(number).replace(",", "")), to="ordinal")

    def inflected(self, number: int | str, to: str = "ordinal", **grammar: object) -> str:
        """In a grammatical case, gender and number, where num2words knows them
        (Russian: ``case="prepositional"`` → "тысяча девятьсот сорок пятом")."""
        return self._words(int(str(number).replace(",", "")), to=to, **grammar)

    def year(self, number: int | str) -> str:
        try:
            return self._words(int(number), to="year")
        except NotImplementedError:  # some languages read years as plain numbers
            return self.cardinal(number)

    def digits(self, text: str) -> str:
        """Each digit on its own: "007" → "zero zero seven"."""
        digits = [d for d in text if d.isdigit()]
        said = {d: self.cardinal(d) for d in set(digits)}  # ten words, however long the run
        return " ".join(said[d] for d in digits)

    def decimal(self, number: str) -> str:
        """As written, every digit after the point read: "2.50" → "two point five zero"."""
        whole, _, fraction = number.replace(",", "").partition(".")
        words = self.cardinal(whole) if whole else ""
        if fraction:
            words = f"{words} {self._point()} {self.digits(fraction)}".strip()
        return words

    def fraction_words(self, number: str) -> str:
        """A decimal as num2words says it whole: Russian "две целых три сотых"."""
        from decimal import Decimal

        return self._words(Decimal(number.replace(",", ".")))

    def number(self, number: str) -> str:
        """A written number the way it is usually read: whole numbers as cardinals,
        leading zeros and very long unpunctuated ones digit by digit, decimals with their digits."""
        plain = number.replace(",", "")
        if "." in plain:
            return self.decimal(plain)
        if len(plain) > 1 and plain.startswith("0") or ("," not in number and len(plain) > 15):
            return self.digits(plain)
        return self.cardinal(plain)

    def _point(self) -> str:
        # num2words' own word for the point, unless the language table names another
        # (num2words says "punto" in Spanish, where people say "coma")
        return self.point_word or self._words(1.5).split()[1]

    def _words(self, value: object, to: str = "cardinal", **grammar: object) -> str:
        from num2words import num2words  # imported here: only when a number is read

        return num2words(value, lang=self.language, to=to, **grammar).replace(",", "")
