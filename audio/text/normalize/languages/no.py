"""Norwegian (Bokmål): the words and formats the shared rules read it with."""

from __future__ import annotations

from dataclasses import replace

from audio.text.normalize.words import Language, LanguageWords, money_names

WORDS = LanguageWords(
    "no", ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember"),
    point="komma", minus="minus", percent="prosent", to="til", dot="punktum",
    at="krøllalfa", slash="skråstrek", day_ordinal=True, dot_ordinals=True,
    clock="{hour} {minute}", clock_hour="klokka {hour}",
    currencies=money_names("euro", "euro", "cent", "cent", "dollar", "dollar", "pund", "pund")
    | {"kr": ("krone", "kroner", "øre", "øre"), "kr.": ("krone", "kroner", "øre", "øre")},
    scales={"millioner": "millioner", "milliarder": "milliarder", "mill.": "millioner",
            "mrd.": "milliarder", "mrd": "milliarder"},
    abbreviations={"f.eks.": "for eksempel", "bl.a.": "blant annet", "osv.": "og så videre",
                   "dvs.": "det vil si", "ca.": "cirka", "nr.": "nummer", "kl.": "klokka",
                   "jf.": "jamfør"},
    references={"s.": "side", "kap.": "kapittel", "fig.": "figur"},
    units={"km": "kilometer", "m": "meter", "kg": "kilo", "g": "gram", "t": "timer",
           "min": "minutter", "km/t": "kilometer i timen", "°C": "grader celsius"},
    symbols={"&": "og", "+": "pluss", "=": "er lik", "%": "prosent"},
    fraction_names={2: ("halv", "halve")}, fraction_suffix="del", fraction_of_ordinal=True,
    fraction_plural="er", mixed_and="og",
    hashtag="emneknagg", version="versjon",
    ordinal_articles="den|det|de|der|dem",
    decade_suffixes="tallet|tallets|talls|årene|årenes|åra",
    closing=frozenset({"osv."}),
    clock_before=r"kl\.|klokka|klokken|fra|til|mellom|etter|før|og",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "og", "å", "det", "er", "en", "til", "på", "som", "de", "med", "for", "av", "ikke", "der",
    "var", "han", "hun", "vi", "jeg", "har", "den", "et", "fra", "men", "om", "kan", "ble",
    "eller", "etter", "også", "skal", "være", "når",
})
LANGUAGE = Language("no", alpha3="nor", byline="Av {}.", notes="Noter", words=WORDS,
                    function_words=FUNCTION_WORDS)

# Bokmål, as its own tag says it
ALSO = (replace(LANGUAGE, tag="nb", alpha3="nob"),)
