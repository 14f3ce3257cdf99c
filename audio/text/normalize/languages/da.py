"""Danish: the words and formats the shared rules read it with."""

from __future__ import annotations

from audio.text.normalize.words import Language, LanguageWords, money_names

WORDS = LanguageWords(
    "da", ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
    point="komma", minus="minus", percent="procent", to="til", dot="punktum",
    at="snabel-a", slash="skråstreg", day_ordinal=True, dot_ordinals=True,
    clock="{hour} {minute}",
    clock_hour="klokken {hour}",
    currencies=money_names("euro", "euro", "cent", "cent", "dollar", "dollar", "pund", "pund")
    | {"kr.": ("krone", "kroner", "øre", "øre"), "kr": ("krone", "kroner", "øre", "øre")},
    scales={"millioner": "millioner", "milliarder": "milliarder", "mio.": "millioner",
            "mia.": "milliarder", "mio": "millioner", "mia": "milliarder"},
    abbreviations={"f.eks.": "for eksempel", "bl.a.": "blandt andet", "osv.": "og så videre",
                   "dvs.": "det vil sige", "ca.": "cirka", "nr.": "nummer", "pct.": "procent",
                   "kl.": "klokken", "jf.": "jævnfør"},
    references={"s.": "side", "kap.": "kapitel", "fig.": "figur"},
    units={"km": "kilometer", "m": "meter", "kg": "kilo", "g": "gram", "h": "timer",
           "min": "minutter", "km/t": "kilometer i timen", "°C": "grader celsius"},
    symbols={"&": "og", "+": "plus", "=": "er lig med", "%": "procent"},
    fraction_names={2: ("halv", "halve")}, fraction_suffix="del", fraction_of_ordinal=True,
    fraction_plural="e", mixed_and="og", one="en",
    hashtag="hashtag", version="version",
    ordinal_articles="den|det|de|der|dem",
    decade_suffixes="tallet|tallets|erne|ernes",
    closing=frozenset({"osv."}),
    clock_before=r"kl\.|klokken|fra|til|mellem|efter|før|og",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "og", "at", "det", "er", "en", "til", "på", "som", "de", "med", "for", "af", "ikke", "der",
    "var", "han", "hun", "vi", "jeg", "har", "den", "et", "fra", "men", "om", "kan", "blev",
    "eller", "efter", "også", "skal", "være", "når",
})
LANGUAGE = Language("da", alpha3="dan", byline="Af {}.", notes="Noter", words=WORDS,
                    function_words=FUNCTION_WORDS)
