"""Dutch: the words and formats the shared rules read it with."""

from __future__ import annotations

from audio.text.normalize.words import Language, LanguageWords, money_names

WORDS = LanguageWords(
    "nl", ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    point="komma", minus="min", percent="procent", to="tot", dot="punt",
    at="apenstaartje", slash="schuine streep", clock="{hour} uur {minute}",
    clock_hour="{hour} uur",
    currencies=money_names("euro", "euro", "cent", "cent", "dollar", "dollar", "pond", "pond"),
    abbreviations={"bijv.": "bijvoorbeeld", "d.w.z.": "dat wil zeggen", "enz.": "enzovoort",
                   "dhr.": "de heer", "mevr.": "mevrouw", "nr.": "nummer", "ca.": "circa",
                   "vgl.": "vergelijk"},
    references={"p.": "pagina", "pp.": "pagina's", "blz.": "bladzijde", "hfst.": "hoofdstuk",
                "fig.": "figuur", "vol.": "deel"},
    units={"km": "kilometer", "m": "meter", "cm": "centimeter", "kg": "kilo", "g": "gram",
           "l": "liter", "h": "uur", "min": "minuten", "s": "seconden",
           "km/h": "kilometer per uur", "°C": "graden Celsius"},
    scales={"miljoen": "miljoen", "miljard": "miljard", "mln": "miljoen", "mld": "miljard",
            "mrd": "miljard"},
    ordinal_marks="e|ste|de",
    symbols={"&": "en", "+": "plus", "=": "is", "%": "procent"},
    fraction_names={2: ("half", "halve"), 4: ("kwart", "kwart")}, fraction_plural="",
    mixed_and="en",
    hashtag="hashtag", version="versie",
    centuries=((r"eeuw(?:en)?", "", "{n}e"),),
    clock_words="uur",
    closing=frozenset({"enz."}),
    clock_before=r"om|van|tot|vanaf|tussen|rond|en",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "voor", "niet", "met",
    "zijn", "er", "aan", "ook", "als", "maar", "om", "door", "bij", "naar", "dan", "nog",
    "wordt", "werd", "dit", "deze", "wat", "hij", "ze", "was",
})
LANGUAGE = Language("nl", alpha3="nld", byline="Door {}.", notes="Noten", words=WORDS,
                    function_words=FUNCTION_WORDS)
