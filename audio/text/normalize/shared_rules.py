"""The rules every language in the table is read by, with its words and grammar: numbers
in the language's own format (13.000 or 13 000, 12,5), dates and clock times
(shared_dates.py), money, units and fractions (shared_amounts.py), ordinals, ranges,
abbreviations, web addresses, codes and symbols.

No rule names a language: where languages differ, the rules read the language's words
(``words.LanguageWords``) or ask its grammar (``grammar.Grammar``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from audio.text.normalize import centuries, identifiers, links, slavic
from audio.text.normalize.grammar import Grammar
from audio.text.normalize.languages import LANGUAGES
from audio.text.normalize.languages.en.words import KNOWN_TLDS
from audio.text.normalize.shared_amounts import AmountRules
from audio.text.normalize.shared_dates import DateRules
from audio.text.normalize.words import LanguageWords

_DOMAIN = links.domain_pattern(KNOWN_TLDS)
Replacement = str | Callable[[re.Match], str]  # what re.sub puts for a match


def normalizer(tag: str) -> Callable[[str], str]:
    """The shared rules with the words and grammar of the language ``tag`` (a base tag)."""
    rules = _rules(tag)

    def normalize(text: str) -> str:
        for rule in (rules.links, rules.addresses, rules.versions, rules.abbreviations,
                     rules.centuries, rules.times, rules.dates, rules.decades, rules.years,
                     rules.serials, rules.money, rules.percent, rules.units, rules.scales,
                     rules.fractions, rules.ordinals, rules.ranges, rules.numbers,
                     rules.symbols):
            text = rule(text)
        return rules.spaced(text)

    return normalize


@lru_cache(maxsize=16)
def _rules(tag: str) -> Rules:
    entry = LANGUAGES[tag]
    assert entry.words is not None, f"{tag} has rules of its own"  # for table languages
    return Rules(entry.words, entry.grammar)


class Rules(DateRules, AmountRules):
    """The rules of one language; each a function over the whole text."""

    def __init__(self, words: LanguageWords, grammar: Grammar):
        super().__init__(words, grammar)
        self._abbreviations = self._abbreviation_patterns()  # built once per language

    def links(self, text: str) -> str:
        known = self.grammar.address_words
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
        return identifiers.tags(text, self.words.hashtag, self.words.at)

    def versions(self, text: str) -> str:
        """After the IP addresses (``addresses``): "1.000.000" is a number, as its dots
        group thousands."""
        return identifiers.versions(text, self.words.version, self.words.dot,
                                    self.n.cardinal, thousands_dots=True)

    def abbreviations(self, text: str) -> str:
        for pattern, long in self._abbreviations:
            text = pattern.sub(long, text)
        return text

    def _abbreviation_patterns(self) -> list[tuple[re.Pattern[str], Replacement]]:
        """Each abbreviation (also capitalized, at a sentence's start), longest first."""
        table = dict(self.words.abbreviations)
        # "etc.", "usw.", "ecc." may end a sentence, and their full stop then ends it too
        may_end = set(self.words.closing)
        for short, long in self.words.abbreviations.items():
            capital = short[:1].upper() + short[1:]
            table.setdefault(capital, long[:1].upper() + long[1:])
            if short in self.words.closing:
                may_end.add(capital)
        # after an amount, "млрд", "руб." and "г." are read by the rules of amounts, which
        # know the form the number asks for ("миллиарда", "рубля", "году")
        counted = {*self.words.scales, *self.words.currencies, *self.words.units,
                   *self.words.plurals, *self.grammar.year_nouns}
        patterns: list[tuple[re.Pattern[str], Replacement]] = []
        # references ("S. 12", "vol. 3") only before their number: alone, "S." or "t." may
        # be an initial
        for short, long in sorted(self.words.references.items(), key=lambda kv: -len(kv[0])):
            patterns.append((re.compile(rf"(?<!\w){re.escape(short)}(?=\s?\d)"), long))
        for short, long in sorted(table.items(), key=lambda kv: -len(kv[0])):
            after_amount = r"(?<!\d)(?<!\d\s)" if short in counted else ""
            patterns.append((re.compile(rf"(?<!\w){after_amount}{re.escape(short)}(?!\w)"),
                             self._ending(long) if short in may_end else long))
        return patterns

    def _ending(self, long: str) -> Callable[[re.Match], str]:
        """The long form, with the abbreviation's full stop where the sentence ends."""
        return lambda m: long + ("." if self.sentence_ends(m.string[m.end():]) else "")

    def centuries(self, text: str) -> str:
        """"XIXe siècle" → "19e siècle", read by the ordinals after."""
        return centuries.centuries(text, self.words.centuries, lambda number, noun, before:
                                   self.grammar.century(self, number, noun, before))

    def ordinals(self, text: str) -> str:
        if self.grammar.year_nouns:
            text = slavic.compound_counts(text, self.n.inflected)
        if self.grammar.suffix_ordinals:
            text = re.sub(rf"(?<![\d,.])(?P<n>\d+)-(?P<s>{self.grammar.suffix_ordinals})(?!\w)",
                          lambda m: self.suffixed_ordinal(int(m["n"]), m["s"]), text)
        if self.grammar.apocope_marks:  # "1.er": "primer"
            text = re.sub(rf"(?<![\d,.])(?P<n>\d+)(?:{self.grammar.apocope_marks})(?![\w])",
                          lambda m: re.sub(r"o$", "", self.ordinal(int(m["n"]))), text)
        if self.words.feminine_marks:
            text = re.sub(rf"(?<![\d,.])(?P<n>\d+)(?:{self.words.feminine_marks})(?![\w])",
                          lambda m: self.feminine(int(m["n"])), text)
        if self.words.ordinal_marks:
            def say(m: re.Match) -> str:
                return self.grammar.ordinal_before(self.ordinal(int(m["n"])),
                                                   m.string[m.end():])

            text = re.sub(rf"(?<![\d,.])(?P<n>\d+)(?:{self.words.ordinal_marks})(?![\w])",
                          say, text)
        if self.words.dot_ordinals and self.words.ordinal_articles:  # "der 3. Platz"
            article = rf"\b(?P<a>(?i:{self.words.ordinal_articles}))\s"  # "Im 19. …"
            text = re.sub(rf"{article}(?P<n>\d+)\.(?=\s+\w)",
                          lambda m: f"{m['a']} " + self.agreeing_ordinal(
                              int(m["n"]), m["a"] + " "), text)
        if self.words.dot_ordinals:  # "zum 3. Mal", "3. plass", "100. Geburtstag"
            text = re.sub(r"(?<![\d,.])(?P<n>\d+)\.(?=\s+[a-zäöüåæø])",
                          lambda m: self.ordinal(int(m["n"])), text)
        if self.words.dot_ordinals and self.grammar.sentence_starters:
            # "100. Geburtstag": a capitalized word after it, unless it starts a sentence
            starts = rf"(?!(?:{self.grammar.sentence_starters})\b)"
            text = re.sub(rf"(?<![\d,.])(?P<n>\d{{1,3}})\.(?=\s+{starts}[A-ZÄÖÜ])",
                          lambda m: self.ordinal(int(m["n"])), text)
        if self.words.day_ordinal and re.fullmatch(r"\s*\d{1,7}\.\s*", text):
            text = self.ordinal(int(text.strip()[:-1]))  # a number alone: "2." is "second"
        if self.grammar.year_nouns and re.fullmatch(r"\s*(?:1[5-9]\d\d|20\d\d)\s*", text):
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
        for sign, (_, many, _, _) in self.words.currencies.items():  # one no amount took
            if not sign.isalpha():
                text = text.replace(sign, f" {many} ")
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
