"""The grammar numbers take in Russian and Polish: the noun's form after a count, the
case of a date's day, of a year before its noun and of a compound count, fractions.

Pure functions over text and number words; the shared rules call them where a
language's data asks for them (LanguageWords.plurals, Grammar.year_nouns), and the
Russian and Polish grammars (languages/ru.py, pl.py) for a date's day and fractions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "-е", "-го" … after a Russian number: the ending of the ordinal it asks for (hard
# stems, "пятый"; soft ones, "третий"). "-е" is mostly the plural ("1990-е").
_ENDINGS = {"я": "ая", "ая": "ая", "го": "ого", "ого": "ого", "е": "ые", "ое": "ое",
            "х": "ых", "м": "ом", "му": "ому", "ому": "ому", "ым": "ым"}
_SOFT = {"я": "ья", "ая": "ья", "го": "ьего", "ого": "ьего", "е": "ьи", "ое": "ье",
         "х": "ьих", "м": "ьем", "му": "ьему", "ому": "ьему", "ым": "ьим"}


def plural_form(count: int, language: str) -> int:
    """Which of a noun's three forms follows ``count``: 1 рубль (0), 2-4 рубля (1),
    5-20 рублей (2); 21 рубль again, but in Polish only 1 is singular (21 kilometrów).
    Other languages: the singular after 1 only (une heure, vingt et une heures)."""
    if language not in ("ru", "pl"):
        return 0 if count == 1 else 2
    if count == 1 or (count % 10 == 1 and count % 100 != 11 and language != "pl"):
        return 0
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return 1
    return 2


def plural(count: int, forms: tuple[str, str, str], language: str) -> str:
    return forms[plural_form(count, language)]


def suffixed_ordinal(ordinal: str, suffix: str) -> str:
    """A Russian ordinal ("двадцать третий") with the ending a written suffix asks for:
    "-го" → "двадцать третьего", "-я" → "двадцать третья"."""
    *words, last = ordinal.split()
    if suffix in _ENDINGS:
        if last.endswith("ий"):
            last = last[:-2] + _SOFT[suffix]
        elif last[-2:] in ("ый", "ой"):
            last = last[:-2] + _ENDINGS[suffix]
    return " ".join([*words, last])


def day_case(before: str, after: str, nominative_before: str) -> str:
    """The case of a Russian date's day from the words around it: genitive as a time
    ("родился третьего мая"), nominative as a name ("Сегодня третье мая", "3 мая —
    праздник", a date alone)."""
    alone = not before.strip() and not after.strip(" .!?")
    if alone or re.match(r"\s*[—–-]\s", after) or re.search(nominative_before, before):
        return "nominative"
    return "genitive"


def years(text: str, inflected: Callable[..., str], nouns: dict[str, tuple[str, bool, str]],
          dative_before: str) -> str:
    """Russian years are ordinals in the case of the noun after them: "в 2012 году" → "в
    две тысячи двенадцатом году", "2012 год" → "…двенадцатый год"; "г." is "году" after
    в, "год" after по and на, else "года"; a year alone after в ("в 2023.") is "в …
    двадцать третьем"."""
    def say(m: re.Match) -> str:
        case, many, noun = nouns[m["noun"]]
        before = m.string[:m.start()]
        if m["noun"] in ("г.", "гг.") and re.search(r"\b[Вв]о?\s+$", before):
            case, noun = "prepositional", "годах" if many else "году"
        elif m["noun"] in ("г.", "гг.") and re.search(r"\b(?:[Пп]о|[Нн]а)\s+$", before):
            case, noun = "nominative", "годы" if many else "год"  # по 1999 год: accusative
        if noun == "году" and re.search(dative_before, before):
            case = "dative"
        return f"{inflected(m['n'], case=case, plural=many)} {noun}"

    names = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    text = re.sub(rf"(?<![\d,.])(?P<n>\d{{1,4}})(?:-(?:й|го|м|е|х|му))?\s?(?P<noun>{names})"
                  r"(?!\w)", say, text)
    return re.sub(r"(?<=\b[Вв] )(?P<n>1\d{3}|20\d\d)(?=\s*(?:[.,;:!?)—–]|$))",
                  lambda m: inflected(m["n"], case="prepositional"), text)


def compound_counts(text: str, inflected: Callable[..., str]) -> str:
    """Russian counts that begin a compound adjective or say "of N", in the genitive:
    "4-х килограммовый" → "четырёх", "5-ти летний", "до 5-ти" → "пяти"."""
    def genitive(m: re.Match) -> str:
        return inflected(m["n"], to="cardinal", case="genitive")

    adjective = r"\s?[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\b"
    text = re.sub(rf"(?<![\d,.])(?P<n>\d+)-(?:х|ух|ех|ёх)(?={adjective})", genitive, text)
    return re.sub(r"(?<![\d,.])(?P<n>\d+)-(?:ти|и|ми|ни)(?!\w)", genitive, text)


def fraction(num: int, den: int, language: str, inflected: Callable[..., str],
             cardinal: Callable[[int], str], ordinal: Callable[[int], str]) -> str:
    """A feminine count and the ordinal in the form it asks for: "одна пятая", "две
    пятых"; "jedna piąta", "dwie piąte", "pięć piątych"."""
    form = plural_form(num, "ru")  # 21/100: "двадцать одна сотая", in Polish too
    if language == "ru":
        name = (inflected(den, case="nominative", gender="f") if form == 0
                else inflected(den, case="genitive", plural=True))
        return f"{inflected(num, to='cardinal', gender='f')} {name}"
    *head, last = cardinal(num).split()
    count = " ".join([*head, {"jeden": "jedna", "dwa": "dwie"}.get(last, last)])
    *head, word = ordinal(den).split()
    stem = word[:-1]
    soft = word.endswith("i")
    if soft and not stem.endswith(("g", "k")):
        stem += "i"  # trzeci: trzecia, trzecie, trzecich
    endings = ("a", "ie" if soft else "e",
               "ch" if stem.endswith("i") else ("ich" if soft else "ych"))
    return f"{count} {' '.join([*head, stem + endings[form]])}"
