"""French: the words and formats the shared rules read it with."""

from __future__ import annotations

from audio.text.normalize.words import Language, LanguageWords, money_names

WORDS = LanguageWords(
    "fr", ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    point="virgule", minus="moins", percent="pour cent", to="à", dot="point",
    at="arobase", slash="barre oblique", first="premier",
    clock="{hour} {heure} {minute}", clock_hour="{hour} {heure}",
    plurals={"heure": ("heure", "heures", "heures")}, feminine_hours=((r"\bun$", "une"),),
    currencies=money_names("euro", "euros", "centime", "centimes", "dollar", "dollars",
                      "livre", "livres"),
    abbreviations={"M.": "Monsieur", "Mme": "Madame", "Mlle": "Mademoiselle",
                   "Dr": "Docteur", "n°": "numéro", "etc.": "et cetera",
                   "p. ex.": "par exemple", "c.-à-d.": "c'est-à-dire", "av.": "avenue",
                   "av. J.-C.": "avant Jésus-Christ", "apr. J.-C.": "après Jésus-Christ",
                   "J.-C.": "Jésus-Christ", "MM.": "Messieurs", "Pr": "Professeur",
                   "É.-U.": "États-Unis",
                   "bd": "boulevard", "St": "Saint", "Ste": "Sainte", "cf.": "voir",
                   "env.": "environ"},
    references={"vol.": "volume", "p.": "page", "pp.": "pages", "chap.": "chapitre",
                "fig.": "figure", "t.": "tome"},
    scales={"millions": "millions", "milliards": "milliards", "million": "million",
            "milliard": "milliard", "M": "millions", "Md": "milliards", "Mds": "milliards"},
    scale_of="de", elision=True,
    units={"km": "kilomètres", "m": "mètres", "cm": "centimètres", "kg": "kilogrammes",
           "g": "grammes", "l": "litres", "h": "heures", "min": "minutes",
           "s": "secondes", "km/h": "kilomètres à l'heure", "°C": "degrés Celsius"},
    units_one={"km": "kilomètre", "m": "mètre", "cm": "centimètre", "kg": "kilogramme",
               "g": "gramme", "l": "litre", "h": "heure", "min": "minute", "s": "seconde",
               "km/h": "kilomètre à l'heure", "°C": "degré Celsius"},
    ordinal_marks="er|re|ère|e|ème|è|°", h_clock=True,
    symbols={"&": "et", "+": "plus", "=": "égale", "%": "pour cent"},
    one="un", decimals="number", mixed_and="et", bare_half=True,
    fraction_names={2: ("demi", "demis"), 3: ("tiers", "tiers"), 4: ("quart", "quarts")},
    hashtag="hashtag", version="version",
    centuries=((r"siècles?|millénaires?", "", "{n}e"),),
    closing=frozenset({"etc.", "av. J.-C.", "apr. J.-C.", "J.-C.", "É.-U."}),
    clock_before=r"à|de|vers|dès|jusqu'à|et",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "qui", "dans", "pour",
    "pas", "sur", "au", "avec", "il", "elle", "ce", "sont", "par", "plus", "ont", "mais",
    "aux", "été", "cette", "comme", "ou", "nous", "vous", "leur",
})
LANGUAGE = Language("fr", alpha3="fra", byline="Par {}.", notes="Notes", words=WORDS,
                    function_words=FUNCTION_WORDS)
