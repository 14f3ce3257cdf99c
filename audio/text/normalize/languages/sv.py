"""Swedish: the words and formats the shared rules read it with."""

from __future__ import annotations

from audio.text.normalize.grammar import Grammar
from audio.text.normalize.words import Language, LanguageWords, money_names

WORDS = LanguageWords(
    "sv", ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    point="komma", minus="minus", percent="procent", to="till", dot="punkt", at="snabel-a",
    slash="snedstreck", colon="kolon", day_ordinal=True, clock="{hour} {minute}",
    clock_hour="{hour}", clock_dot_before="eftermiddag|förmiddag",
    currencies=money_names("euro", "euro", "cent", "cent", "dollar", "dollar", "pund", "pund")
    | {"kr": ("krona", "kronor", "öre", "öre")},
    abbreviations={"t.ex.": "till exempel", "bl.a.": "bland annat", "osv.": "och så vidare",
                   "dvs.": "det vill säga", "ca": "cirka", "nr": "nummer", "kl.": "klockan",
                   "e.m.": "eftermiddag", "f.m.": "förmiddag", "f Kr": "före Kristus",
                   "f.Kr.": "före Kristus", "e.Kr.": "efter Kristus", "s:t": "sankt",
                   "tfn.": "telefon", "tel.": "telefon", "jfr": "jämför", "jfr.": "jämför"},
    references={"s.": "sidan", "kap.": "kapitel", "fig.": "figur", "vol.": "volym"},
    units={"km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter",
           "kg": "kilogram", "g": "gram", "h": "timmar", "min": "minuter",
           "km/h": "kilometer i timmen", "°C": "grader Celsius", "l": "liter"},
    ordinal_marks=":a|:e",
    number_fixes=(("förtio", "fyrtio"), (r"\bettt?(?=hundra|tusen)", ""),
                  (r"(tusen)(?=[a-zåäö])", r"\1 "),
                  (r"(miljoner|miljarder)(?=[a-zåäö])", r"\1 ")),
    scales={"miljoner": "miljoner", "miljarder": "miljarder", "mn": "miljoner",
            "biljoner": "biljoner",
            "md": "miljarder", "miljon": "miljon", "miljard": "miljard"},
    symbols={"&": "och", "+": "plus", "=": "är", "%": "procent"},
    one="en", decimals="number", mixed_and="och", fraction_plural="ar",
    fraction_names={2: ("halv", "halva")}, fraction_suffix="del", fraction_of_ordinal=True,
    hashtag="hashtagg", version="version",
    decade_suffixes="talet|talets|tal",
    closing=frozenset({"osv."}),
    clock_before=r"kl\.|klockan|från|till|mellan|efter|före|och",
)
GRAMMAR = Grammar(
    hundreds_years="hundra",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
    "de", "inte", "om", "ett", "men", "var", "jag", "hon", "han", "vi", "sig", "från", "så",
    "kan", "när", "även", "eller", "efter", "skulle",
})
LANGUAGE = Language("sv", alpha3="swe", byline="Av {}.", notes="Noter", words=WORDS,
                    grammar=GRAMMAR,
                    function_words=FUNCTION_WORDS)
