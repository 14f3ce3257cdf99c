"""Polish: the words and formats the shared rules read it with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audio.text.normalize import slavic
from audio.text.normalize.grammar import Grammar

if TYPE_CHECKING:
    from audio.text.normalize.shared_base import RulesBase

from audio.text.normalize.words import Language, LanguageWords


@dataclass(frozen=True)
class PolishGrammar(Grammar):
    def day(self, rules: RulesBase, number: int, case: str) -> str | None:
        """The genitive of a date's day: trzeci → trzeciego (maja)."""
        return " ".join(re.sub(r"y$", "", w) + "ego" if w.endswith(("y", "i")) else w
                        for w in rules.ordinal(number).split())

    def feminine(self, words: str) -> str:
        return re.sub(r"jeden$", "jedna", re.sub(r"dwa$", "dwie", words))  # dwie minuty

    def fraction(self, rules: RulesBase, num: int, den: int) -> str | None:
        return slavic.fraction(num, den, "pl", rules.n.inflected, rules.n.cardinal,
                               rules.n.ordinal)

    def century(self, rules: RulesBase, number: int, noun: str, before: str) -> str | None:
        """"wieku" is the genitive ("od XIX wieku": dziewiętnastego) or, after w, o, na,
        przy, po, the locative ("w XXI wieku": dwudziestym pierwszym); "wiekiem" the
        instrumental. "wiek" is the nominative, read from "21." as any ordinal."""
        if noun == "wieku" and not re.search(r"(?<!\w)(?i:w|we|o|na|przy|po)\s+$", before):
            return self.day(rules, number, "genitive")
        if noun not in ("wieku", "wiekiem"):
            return None
        return " ".join(w + "m" if w.endswith(("y", "i")) else w
                        for w in rules.ordinal(number).split())

WORDS = LanguageWords(
    "pl", ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"),
    point="przecinek", minus="minus", percent="procent", to="do", dot="kropka", at="małpa",
    slash="ukośnik", day_ordinal=True, dot_ordinals=True,
    clock="{hour} {minute}",
    clock_hour="{hour}",
    currencies={"€": ("euro", "euro", "cent", "centów"), "zł": ("złoty", "złotych",
                                                               "grosz", "groszy"),
                "$": ("dolar", "dolarów", "cent", "centów")},
    abbreviations={"np.": "na przykład", "itd.": "i tak dalej", "tj.": "to jest",
                   "ul.": "ulica", "nr": "numer", "dr": "doktor", "prof.": "profesor",
                   "tys.": "tysięcy", "mln": "milionów", "mld": "miliardów", "zob.": "zobacz",
                   "ok.": "około"},
    references={"s.": "strona", "t.": "tom", "rozdz.": "rozdział", "rys.": "rysunek"},
    units={"km": "kilometrów", "m": "metrów", "kg": "kilogramów", "h": "godzin",
           "min": "minut", "km/h": "kilometrów na godzinę", "°C": "stopni Celsjusza",
           "t": "ton", "s": "sekund"},
    symbols={"&": "i", "+": "plus", "=": "równa się", "%": "procent"}, mixed_and="i",
    plurals={"km": ("kilometr", "kilometry", "kilometrów"), "m": ("metr", "metry", "metrów"),
             "kg": ("kilogram", "kilogramy", "kilogramów"),
             "h": ("godzina", "godziny", "godzin"), "min": ("minuta", "minuty", "minut"),
             "km/h": ("kilometr na godzinę", "kilometry na godzinę",
                      "kilometrów na godzinę"),
             "°C": ("stopień Celsjusza", "stopnie Celsjusza", "stopni Celsjusza"),
             "złoty": ("złoty", "złote", "złotych"), "grosz": ("grosz", "grosze", "groszy"),
             "dolar": ("dolar", "dolary", "dolarów"), "cent": ("cent", "centy", "centów"),
             "mln": ("milion", "miliony", "milionów"), "mld": ("miliard", "miliardy",
                                                            "miliardów"),
             "tys.": ("tysiąc", "tysiące", "tysięcy"), "t": ("tona", "tony", "ton"),
             "s": ("sekunda", "sekundy", "sekund")},
    scales={"mln": "milionów", "mld": "miliardów", "tys.": "tysięcy"},
    hashtag="hashtag", version="wersja",
    centuries=((r"wiek|wieku|wiekiem|wieki|wieków", "", "{n}."),),
    closing=frozenset({"itd."}),
    clock_before=r"o|od|do|około|godz\.|godzinie|i",
)
GRAMMAR = PolishGrammar(
    feminine_nouns=frozenset({"godzina", "godziny", "minuta", "minuty", "sekunda", "sekundy",
                              "tona", "tony"}))
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "i", "w", "na", "się", "z", "do", "nie", "że", "to", "jest", "jak", "o", "po", "ale", "od",
    "za", "co", "przez", "są", "dla", "tak", "jego", "już", "był", "była", "które", "który",
    "oraz", "tylko", "jednak", "może",
})
LANGUAGE = Language("pl", alpha3="pol", byline="Autor: {}.", notes="Przypisy", words=WORDS,
                    grammar=GRAMMAR,
                    function_words=FUNCTION_WORDS)
