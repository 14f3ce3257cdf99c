"""Spanish: the words and formats the shared rules read it with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audio.text.normalize.grammar import Grammar

if TYPE_CHECKING:
    from audio.text.normalize.shared_base import RulesBase

from audio.text.normalize.words import Language, LanguageWords


@dataclass(frozen=True)
class SpanishGrammar(Grammar):
    def fraction(self, rules: RulesBase, num: int, den: int) -> str | None:
        if den > 100 and den not in rules.words.fraction_names:  # 3/250: "tres sobre …"
            return f"{rules.n.cardinal(num)} sobre {rules.n.cardinal(den)}"
        return None

    def denominator(self, rules: RulesBase, den: int) -> str | None:
        """catorceavo, veintidosavo, ochentavo, treintaiunavo"""
        stem = (rules.n.cardinal(den).replace("ú", "u").replace("ó", "o").replace("é", "e")
                .replace(" y ", "i").replace(" ", ""))
        stem = re.sub(r"uno$", "un", stem)
        return (stem[:-1] if stem.endswith("a") else stem) + "avo"

    def ordinal_before(self, words: str, after: str) -> str:
        # before a noun ("el primer pasajero"), not a word that is none ("el 1.º de mayo")
        if re.match(r"\s+(?!(?:de|del|y|e|o|u|en|a|al|que|con|por|para|sin|es|fue)\b)"
                    r"[a-záéíóúñ]", after):
            return re.sub(r"\b(primer|tercer)o$", r"\1", words)
        return words

WORDS = LanguageWords(
    "es", ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    point="coma", minus="menos", percent="por ciento", to="a", dot="punto", at="arroba",
    slash="barra", colon="dos puntos", date="{day} de {month} de {year}",
    date_no_year="{day} de {month}",
    first="primero", clock="{hour} y {minute}", clock_hour="{hour}",
    clock_seconds="{hour} horas {minute} minutos y {second} segundos",
    feminine_hours=((r"\buno\b", "una"), (r"veintiuno", "veintiuna")),
                    currencies={"€": ("euro", "euros", "céntimo", "céntimos"),
                "$": ("dólar", "dólares", "centavo", "centavos"),
                "£": ("libra", "libras", "penique", "peniques"),
                "¥": ("yen", "yenes", "centavo", "centavos"),
                "₩": ("won", "wones", "centavo", "centavos"),
                "₡": ("colón", "colones", "céntimo", "céntimos"),
                "₧": ("peseta", "pesetas", "céntimo", "céntimos"),
                "us$": ("dólar estadounidense", "dólares estadounidenses", "centavo",
                        "centavos"),
                "usd": ("dólar estadounidense", "dólares estadounidenses", "centavo",
                        "centavos"),
                "r$": ("real", "reales", "centavo", "centavos"),
                "brl": ("real brasileño", "reales brasileños", "centavo", "centavos"),
                "mex$": ("peso mexicano", "pesos mexicanos", "centavo", "centavos"),
                "chf": ("franco suizo", "francos suizos", "céntimo", "céntimos"),
                "fr": ("franco", "francos", "céntimo", "céntimos"),
                "jpy": ("yen", "yenes", "centavo", "centavos"),
                "gtq": ("quetzal", "quetzales", "centavo", "centavos"),
                "q": ("quetzal", "quetzales", "centavo", "centavos"),
                "crc": ("colón costarricense", "colones costarricenses", "céntimo",
                        "céntimos"),
                "hkd": ("dólar de hong kong", "dólares de hong kong", "centavo",
                        "centavos"),
                "hnl": ("lempira", "lempiras", "centavo", "centavos"),
                "bop": ("peso boliviano", "pesos bolivianos", "centavo", "centavos"),
                "awg": ("florín arubeño", "florines arubeños", "centavo", "centavos"),
                "ttd": ("dólar de trinidad y tobago", "dólares de trinidad y tobago",
                        "centavo", "centavos"),
                "nio": ("córdoba", "córdobas", "centavo", "centavos"),
                "pab": ("balboa", "balboas", "centésimo", "centésimos"),
                "rs": ("rupia", "rupias", "paisa", "paisas"),
                "kr": ("corona", "coronas", "céntimo", "céntimos"),
                "mk": ("marco", "marcos", "céntimo", "céntimos"),
                "ptas": ("peseta", "pesetas", "céntimo", "céntimos"),
                "eur": ("euro", "euros", "céntimo", "céntimos")},
    abbreviations={"Sr.": "señor", "Sra.": "señora", "Dr.": "doctor", "Dra.": "doctora",
                   "etc.": "etcétera", "p. ej.": "por ejemplo", "núm.": "número",
                   "Ud.": "usted", "Uds.": "ustedes", "EE. UU.": "Estados Unidos",
                   "EE.UU.": "Estados Unidos", "ee. uu.": "estados unidos",
                   "sr.": "señor", "sra.": "señora", "dr.": "doctor", "da.": "doña",
                   "esq.": "esquina", "pza.": "plaza", "c.º b.": "camino bajo",
                   "a. c.": "antes de cristo", "d. c.": "después de cristo",
                   "a. C.": "antes de Cristo", "d. C.": "después de Cristo",
                   "a.C.": "antes de Cristo", "d.C.": "después de Cristo", "Dña.": "doña",
                   "Sto.": "santo", "Sta.": "santa", "Avda.": "avenida", "avda.": "avenida",
                   "vier.": "viernes", "lun.": "lunes", "mar.": "martes",
                   "miér.": "miércoles", "jue.": "jueves", "sáb.": "sábado",
                   "dom.": "domingo", "ec": "era común", "ext.": "extensión", "cf.": "véase",
                   "cfr.": "compárese", "aprox.": "aproximadamente"},
    references={"vol.": "volumen", "vols.": "volúmenes", "p.": "página", "pp.": "páginas",
                "pág.": "página", "págs.": "páginas", "cap.": "capítulo", "fig.": "figura",
                "n.º": "número"},
    scales={"millones": "millones", "millón": "millón", "billones": "billones",
            "mil millones": "mil millones", "M": "millones", "mill.": "millones"},
    units={"km": "kilómetros", "m": "metros", "cm": "centímetros", "kg": "kilogramos",
           "mph": "millas por hora", "kph": "kilómetros por hora", "mm": "milímetros",
           "g": "gramos", "l": "litros", "h": "horas", "min": "minutos",
           "s": "segundos", "km/h": "kilómetros por hora", "°C": "grados centígrados",
           "° c": "grados centígrados", "° k": "grados kelvin", "°K": "grados kelvin",
           "m³": "metros cúbicos", "m²": "metros cuadrados", "psi": "p s i"},
    ordinal_marks="\\.?º|\\.?o|ro|do|to|vo|no", feminine_marks="\\.?ª|\\.?a",
        number_fixes=((r"\bdécimo ?primer", "undécim"), (r"\bdécima ?primer", "undécim"),
                  (r"\bdécimo ?segund", "duodécim"), (r"\bdécima ?segund", "duodécim"),
                  (r"\bdécimo (?=tercer|cuart|quint|sext|séptim|octav|noven)", "decimo"),
                  (r"\bdécima (?=tercer|cuart|quint|sext|séptim|octav|noven)", "decima")),
    units_one={"km": "kilómetro", "m": "metro", "cm": "centímetro", "kg": "kilogramo",
               "g": "gramo", "h": "hora", "min": "minuto", "s": "segundo", "l": "litro",
               "mph": "milla por hora", "kph": "kilómetro por hora"},
    scale_of="de",
    symbols={"&": "y", "+": "más", "=": "es igual a", "%": "por ciento"},
    one="un", decimals="number", mixed_and="y", fraction_suffix="avo", bare_half=True,
    fraction_names={2: ("medio", "medios"), 3: ("tercio", "tercios"),
                    4: ("cuarto", "cuartos"), 5: ("quinto", "quintos"),
                    6: ("sexto", "sextos"), 7: ("séptimo", "séptimos"),
                    8: ("octavo", "octavos"), 9: ("noveno", "novenos"),
                    10: ("décimo", "décimos"), 100: ("centésimo", "centésimos"),
                    1000: ("milésimo", "milésimos")},
    hashtag="hashtag", version="versión",
    centuries=((r"siglos?", "", "{n}"), (r"s\.", "siglo", "{n}")),  # "siglo veintiuno"
    day_month_joiner=r"de\s",
    month_year_joiner=r"del?\s",
    closing=frozenset({"etc.", "a. C.", "d. C.", "a.C.", "d.C.", "EE. UU.", "EE.UU."}),
)
GRAMMAR = SpanishGrammar(
    minute_names={15: "cuarto", 30: "media"},
    dot_times=True,
    ip_digits=True,
    meridiems={"a.m.": "de la mañana", "a.m": "de la mañana", "am": "de la mañana",
               "p.m.": "de la tarde", "p.m": "de la tarde", "pm": "de la tarde"},
    feminine_one="una",
    feminine_nouns=frozenset({"libra", "libras", "rupia", "rupias", "corona", "coronas",
                              "peseta", "pesetas", "córdoba", "córdobas", "hora",
                              "horas", "milla", "millas"}),
    apocope_marks="\\.?er",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "el", "la", "los", "las", "de", "que", "y", "en", "del", "se", "por", "con", "para", "una",
    "es", "un", "no", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "fue",
    "este", "ha", "son", "muy", "también", "entre", "cuando", "hay",
})
LANGUAGE = Language("es", alpha3="spa", byline="Por {}.", notes="Notas", words=WORDS,
                    grammar=GRAMMAR,
                    function_words=FUNCTION_WORDS)
