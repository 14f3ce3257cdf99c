"""Finnish: the words and formats the shared rules read it with."""

from __future__ import annotations

from audio.text.normalize.words import Language, LanguageWords, money_names

WORDS = LanguageWords(
    "fi", ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
           "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
           "joulukuuta"),
    point="pilkku", minus="miinus", percent="prosenttia", to="–", dot="piste", at="ät",
    slash="kauttaviiva", day_ordinal=True, dot_ordinals=True,
    clock="{hour} {minute}",
    clock_hour="kello {hour}",
    currencies=money_names("euro", "euroa", "sentti", "senttiä", "dollari", "dollaria",
                      "punta", "puntaa"),
    abbreviations={"esim.": "esimerkiksi", "ns.": "niin sanottu", "jne.": "ja niin edelleen",
                   "n.": "noin", "nro": "numero", "klo": "kello", "milj.": "miljoonaa",
                   "mrd.": "miljardia", "vrt.": "vertaa"},
    references={"s.": "sivu"},
    units={"km": "kilometriä", "m": "metriä", "kg": "kiloa", "g": "grammaa", "h": "tuntia",
           "min": "minuuttia", "km/h": "kilometriä tunnissa", "°C": "astetta"},
    units_one={"km": "kilometri", "m": "metri", "kg": "kilo", "g": "gramma", "h": "tunti",
               "min": "minuutti", "km/h": "kilometri tunnissa", "°C": "aste"},
    symbols={"&": "ja", "+": "plus", "=": "on yhtä kuin", "%": "prosenttia"},
    fraction_names={2: ("puoli", "puolta")}, fraction_suffix="osa", fraction_of_ordinal=True,
    fraction_plural="a", mixed_and="ja", bare_half=True,
    hashtag="aihetunniste", version="versio",
    decade_suffixes="luvulla|luvun|luku|luvulle|luvulta|luvusta|lukua|luvulla|luvuilla",
    closing=frozenset({"jne."}),
    clock_before=r"klo|kello|ja",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "ja", "on", "ei", "se", "että", "oli", "hän", "ovat", "mutta", "kun", "myös", "niin",
    "kuin", "tai", "jo", "ole", "sen", "joka", "nyt", "vain", "mitä", "tämä", "siitä", "ollut",
    "sitä", "mukaan", "sekä",
})
LANGUAGE = Language("fi", alpha3="fin", byline="Kirjoittanut {}.", notes="Huomautukset",
                    words=WORDS,
                    function_words=FUNCTION_WORDS)
