"""German: the words and formats the shared rules read it with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audio.text.normalize.grammar import Grammar

if TYPE_CHECKING:
    from audio.text.normalize.shared_base import RulesBase

from audio.text.normalize.words import Language, LanguageWords, money_names


@dataclass(frozen=True)
class GermanGrammar(Grammar):
    # an ordinal's ending by the word before it, (pattern, ending), first match wins:
    # "der dritte", "am dritten"
    ordinal_endings: tuple[tuple[str, str], ...] = ()

    def ordinal_alone(self, words: str) -> str:
        return words + "r" if words.endswith("e") else words  # "dritter", as in a date

    def agreeing_ordinal(self, rules: RulesBase, number: int, before: str) -> str | None:
        for pattern, ending in self.ordinal_endings:
            if re.search(pattern, before):
                return rules.n.ordinal(number).removesuffix("e") + ending
        return None

    def denominator(self, rules: RulesBase, den: int) -> str | None:
        return rules.n.cardinal(den) + ("stel" if den >= 20 else "tel")  # fünftel, zwanzigstel

WORDS = LanguageWords(
    "de", ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    point="Komma", minus="minus", percent="Prozent", to="bis", dot="Punkt", at="at",
    slash="slash", colon="Doppelpunkt", day_ordinal=True, dot_ordinals=True,
    dative_before=r"\b(?:[Aa]m|[Vv]om|[Zz]um|[Bb]eim|[Dd]em|[Ii]m)\s+$",
        hashtag="Hashtag", version="Version",
    clock_dot_before="Uhr",
    clock="{hour} Uhr {minute}",
    clock_hour="{hour} Uhr",
    currencies=money_names("Euro", "Euro", "Cent", "Cent", "Dollar", "Dollar", "Pfund",
                      "Pfund") | {"CHF": ("Franken", "Franken", "Rappen", "Rappen")},
    abbreviations={"z. B.": "zum Beispiel", "z.B.": "zum Beispiel", "d. h.": "das heißt",
                   "d.h.": "das heißt", "usw.": "und so weiter", "bzw.": "beziehungsweise",
                   "ca.": "circa", "Nr.": "Nummer", "Dr.": "Doktor", "Prof.": "Professor",
                   "Hr.": "Herr", "Fr.": "Frau", "St.": "Sankt", "Str.": "Straße",
                   "vgl.": "vergleiche", "u. a.": "unter anderem", "inkl.": "inklusive",
                   "v. Chr.": "vor Christus", "n. Chr.": "nach Christus",
                   "i. d. R.": "in der Regel", "OG": "Obergeschoss",
                   "Mio.": "Millionen", "Mrd.": "Milliarden", "Tsd.": "Tausend",
                   "ff.": "folgende", "Jh.": "Jahrhundert", "Hbf.": "Hauptbahnhof",
                   "Hbf": "Hauptbahnhof"},
    units_one={"h": "Stunde", "min": "Minute", "s": "Sekunde", "Std.": "Stunde",
               "Min.": "Minute", "Sek.": "Sekunde", "t": "Tonne"},
    references={"S.": "Seite", "Bd.": "Band", "Kap.": "Kapitel", "Abb.": "Abbildung",
                "Vol.": "Band"},
    units={"km": "Kilometer", "m": "Meter", "cm": "Zentimeter", "mm": "Millimeter",
           "kg": "Kilogramm", "g": "Gramm", "l": "Liter", "h": "Stunden",
           "min": "Minuten", "s": "Sekunden", "km/h": "Kilometer pro Stunde",
           "Std.": "Stunden", "Min.": "Minuten", "Sek.": "Sekunden",
           "°C": "Grad Celsius", "kWh": "Kilowattstunden", "kwh": "Kilowattstunden",
           "t": "Tonnen", "ml": "Milliliter", "mg": "Milligramm", "m²": "Quadratmeter",
           "km²": "Quadratkilometer", "cm³": "Kubikzentimeter", "m³": "Kubikmeter",
           "mv": "Millivolt", "mV": "Millivolt", "V": "Volt", "W": "Watt", "kW": "Kilowatt",
           "Hz": "Hertz", "MB": "Megabyte", "GB": "Gigabyte", "%": "Prozent"},
    scales={"Millionen": "Millionen", "Milliarden": "Milliarden", "millionen": "Millionen",
            "milliarden": "Milliarden", "Mio.": "Millionen", "Mrd.": "Milliarden",
            "Million": "Million", "million": "Million"},
    symbols={"&": "und", "+": "plus", "=": "gleich", "%": "Prozent", "§": "Paragraf"},
    one="ein", fraction_names={2: ("halb", "halbe"), 3: ("drittel", "drittel"),
                               7: ("siebtel", "siebtel"), 8: ("achtel", "achtel")},
    fraction_plural="", fraction_suffix="tel", mixed_and="und",
    number_fixes=((r"(?<=[a-gi-zß])und(?=[a-zß])", " und "),  # not the und of hundert
                  (r"(hundert|tausend)(?=\w)", r"\1 "), (r"(?<=\w)(hundert|tausend)", r" \1")),
    ordinal_articles=r"der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ein|eine|einem|einen",
    clock_words="Uhr",
    centuries=((r"Jahrhunderts?|Jahrhunderten?|Jahrtausends?|Jh\.", "", "{n}."),),
    decade_suffixes="er-Jahren|er-Jahre|er-Jahrzehnt|er Jahren|er Jahre|ern|er|ers",
    closing=frozenset({"usw.", "v. Chr.", "n. Chr.", "u. a.", "etc."}),
    clock_before=r"um|von|bis|ab|gegen|zwischen|und|seit",
)
GRAMMAR = GermanGrammar(
    feminine_one="eine", feminine_nouns=frozenset({"Stunde", "Minute", "Sekunde", "Tonne",
                                                  "Meile"}),
    ordinal_endings=((r"\b(?i:der|die|das|eine)\s+$", "e"),
                     (r"\b(?i:dem|den|des|am|im|vom|zum|zur|beim|einem|einen|einer|eines|"
                      r"seit|ab|bis\s+zum)\s+$", "en"),
                     (r"\b(?i:ein)\s+$", "er")),
    sentence_starters="Der|Die|Das|Es|Er|Sie|Wir|Ich|Ihr|Man|Dann|Aber|Und|Doch|Auch|So|Jetzt|"
    "Heute|Dies|Diese|Dieser|Ein|Eine|Am|Im|In|Auf|Mit|Nach|Bei|Seit|Vor|Um|Als|Wenn|Den|"
    "Danach|Dabei|Damit|Daher|Deshalb|Deswegen|Trotzdem|Später|Zuvor|Seitdem|Gestern|Nun|"
    "Allerdings|Außerdem|Zudem|Jedoch|Bereits|Schon|Hier|Dort|Was|Wie|Wer|Warum|Wo|Dass|"
    "Weil|Obwohl|Während|Nachdem|Bevor|Viele|Einige|Alle",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "des", "auf",
    "für", "ein", "eine", "dem", "auch", "es", "zu", "im", "wird", "wurde", "sind", "nach",
    "bei", "aus", "wie", "noch", "über", "einen", "oder", "aber", "hat", "dass", "sie", "er",
})
LANGUAGE = Language("de", alpha3="deu", byline="Von {}.", notes="Anmerkungen", words=WORDS,
                    grammar=GRAMMAR,
                    function_words=FUNCTION_WORDS)
