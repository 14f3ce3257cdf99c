"""Polish: the words and formats the shared rules read it with."""

from __future__ import annotations

from audio.text.normalize.words import Language, LanguageWords

WORDS = LanguageWords(
    "pl", ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"),
    point="przecinek", minus="minus", percent="procent", to="do", dot="kropka", at="małpa",
    slash="ukośnik", day_ordinal=True, dot_ordinals=True, day_case="ego",
    clock="{hour} {minute}",
    clock_hour="{hour}",
    currencies={"€": ("euro", "euro", "cent", "centów"), "zł": ("złoty", "złotych",
                                                               "grosz", "groszy"),
                "$": ("dolar", "dolarów", "cent", "centów")},
    abbreviations={"np.": "na przykład", "itd.": "i tak dalej", "tj.": "to jest",
                   "ul.": "ulica", "nr": "numer", "dr": "doktor", "prof.": "profesor",
                   "tys.": "tysięcy", "mln": "milionów", "mld": "miliardów"},
    units={"km": "kilometrów", "m": "metrów", "kg": "kilogramów", "h": "godzin",
           "min": "minut", "km/h": "kilometrów na godzinę", "°C": "stopni Celsjusza"},
    symbols={"&": "i", "+": "plus", "=": "równa się", "%": "procent"}, mixed_and="i",
    plurals={"km": ("kilometr", "kilometry", "kilometrów"), "m": ("metr", "metry", "metrów"),
             "kg": ("kilogram", "kilogramy", "kilogramów"),
             "h": ("godzina", "godziny", "godzin"), "min": ("minuta", "minuty", "minut"),
             "km/h": ("kilometr na godzinę", "kilometry na godzinę",
                      "kilometrów na godzinę"),
             "°C": ("stopień Celsjusza", "stopnie Celsjusza", "stopni Celsjusza"),
             "złoty": ("złoty", "złote", "złotych"), "grosz": ("grosz", "grosze", "groszy"),
             "dolar": ("dolar", "dolary", "dolarów"), "cent": ("cent", "centy", "centów")},
    hashtag="hashtag", version="wersja",
)
LANGUAGE = Language("pl", alpha3="pol", byline="Autor: {}.", notes="Przypisy", words=WORDS)
