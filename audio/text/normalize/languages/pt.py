"""Portuguese (Brazilian numbers and words): the words and formats the shared rules read it with."""

from __future__ import annotations

from audio.text.normalize.grammar import Grammar
from audio.text.normalize.words import Language, LanguageWords, money_names

WORDS = LanguageWords(
    "pt_BR", ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    point="vírgula", minus="menos", percent="por cento", to="a", dot="ponto", at="arroba",
    slash="barra", colon="dois pontos", date="{day} de {month} de {year}",
    date_no_year="{day} de {month}",
    first="primeiro", clock="{hour} {hora} e {minute}", clock_hour="{hour} {hora}",
    plurals={"hora": ("hora", "horas", "horas")},
    currencies=money_names("euro", "euros", "centavo", "centavos", "dólar", "dólares",
                      "libra", "libras") | {"R$": ("real", "reais", "centavo",
                                                   "centavos")},
    scale_of="de", feminine_marks="\\.?ª|\\.?a", h_clock=True,
    feminine_hours=((r"\bum\b", "uma"), (r"\bdois\b", "duas")),
    units_one={"km": "quilômetro", "m": "metro", "cm": "centímetro", "kg": "quilograma",
               "g": "grama", "h": "hora", "min": "minuto", "s": "segundo", "l": "litro",
               "m²": "metro quadrado"},
    abbreviations={"Sr.": "senhor", "Sra.": "senhora", "Dr.": "doutor", "Dra.": "doutora",
                   "etc.": "etcétera", "p. ex.": "por exemplo", "nº": "número", "cf.": "conforme",
                   "aprox.": "aproximadamente"},
    references={"vol.": "volume", "p.": "página", "pp.": "páginas", "pág.": "página",
                "cap.": "capítulo", "fig.": "figura"},
    scales={"milhões": "milhões", "milhão": "milhão", "bilhões": "bilhões",
            "mil milhões": "mil milhões"},
    units={"km": "quilômetros", "m": "metros", "cm": "centímetros", "kg": "quilogramas",
           "mm": "milímetros", "ml": "mililitros", "mg": "miligramas",
           "m²": "metros quadrados",
           "g": "gramas", "l": "litros", "h": "horas", "min": "minutos",
           "s": "segundos", "km/h": "quilômetros por hora", "°C": "graus Celsius"},
    ordinal_marks="\\.?º|\\.?o",  # "1.º", the spelling before the 1990 agreement
    symbols={"&": "e", "+": "mais", "=": "igual a", "%": "por cento"},
    one="um", mixed_and="e", fraction_suffix=" avos", bare_half=True,
    fraction_names={2: ("meio", "meios"), 3: ("terço", "terços"), 4: ("quarto", "quartos"),
                    5: ("quinto", "quintos"), 6: ("sexto", "sextos"),
                    7: ("sétimo", "sétimos"), 8: ("oitavo", "oitavos"),
                    9: ("nono", "nonos"), 10: ("décimo", "décimos"),
                    100: ("centésimo", "centésimos"), 1000: ("milésimo", "milésimos")},
    hashtag="hashtag", version="versão",
    centuries=((r"séculos?", "", "{n}"), (r"séc\.", "século", "{n}")),  # "século vinte"
    day_month_joiner=r"de\s",
    month_year_joiner=r"del?\s",
    closing=frozenset({"etc."}),
    clock_before=r"às|das|até|pelas|e",
)
GRAMMAR = Grammar(
    money_and="e",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com",
    "não", "dos", "das", "no", "na", "por", "mais", "se", "ao", "foi", "como", "mas", "ou",
    "seu", "sua", "são", "também", "pelo", "pela", "nos",
})
LANGUAGE = Language("pt", alpha3="por", byline="Por {}.", notes="Notas", words=WORDS,
                    grammar=GRAMMAR,
                    function_words=FUNCTION_WORDS)
