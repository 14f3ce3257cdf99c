"""Italian: the words and formats the shared rules read it with."""

from __future__ import annotations

from audio.text.normalize.words import Language, LanguageWords, money_names

WORDS = LanguageWords(
    "it", ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
           "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    point="virgola", minus="meno", percent="percento", to="a", dot="punto",
    at="chiocciola", slash="slash", first="primo", clock="{hour} e {minute} minuti",
    clock_hour="{hour}", colon="due punti",
    clock_seconds="{hour} e {minute} minuti e {second} secondi",
    units_one={"m": "metro", "km": "chilometro", "kg": "chilogrammo", "g": "grammo",
               "h": "ora", "min": "minuto", "s": "secondo", "l": "litro", "d": "giorno"},
    currencies=money_names("euro", "euro", "centesimo", "centesimi", "dollaro", "dollari",
                      "sterlina", "sterline") | {"eur": ("euro", "euro", "centesimo",
                                                         "centesimi"),
                                                 "₽": ("rublo", "rubli", "copeca",
                                                       "copeche")},
    abbreviations={"Sig.": "signor", "sig.": "signor", "Sig.ra": "signora",
                   "sig.ra": "signora", "sig.na": "signorina", "Dott.": "dottor",
                   "dott.": "dottor", "Dott.ssa": "dottoressa", "dott.ssa": "dottoressa",
                   "ecc.": "eccetera", "es.": "esempio", "n.": "numero",
                   "a.C.": "avanti Cristo", "d.C.": "dopo Cristo", "a. C.": "avanti Cristo",
                   "d. C.": "dopo Cristo",
                   "S.": "San", "avv.": "avvocato", "dip.": "dipartimento",
                   "p.za": "piazza", "prof.": "professor", "ing.": "ingegner",
                   "cfr.": "confronta", "ca.": "circa"},
    references={"vol.": "volume", "voll.": "volumi", "p.": "pagina", "pp.": "pagine",
                "pag.": "pagina", "pagg.": "pagine", "cap.": "capitolo", "fig.": "figura"},
    scales={"milioni": "milioni", "miliardi": "miliardi", "milione": "milione",
            "miliardo": "miliardo", "mln": "milioni", "mld": "miliardi", "mrd": "miliardi"},
    scale_of="di",
    units={"km": "chilometri", "m": "metri", "cm": "centimetri", "kg": "chilogrammi",
           "km/s": "chilometri per secondo", "A": "ampere", "d": "giorni",
           "mm": "millimetri",
           "g": "grammi", "l": "litri", "h": "ore", "min": "minuti", "s": "secondi",
           "km/h": "chilometri orari", "°C": "gradi Celsius"},
    ordinal_marks="º|ª|°",
    symbols={"&": "e", "+": "più", "=": "uguale", "%": "per cento"},
    one="un", decimals="number", mixed_and="e", bare_half=True,
    fraction_names={2: ("mezzo", "mezzi")}, fraction_plural="i",
    # "centottanta" is "cento" and "ottanta" run together, its o elided
    number_fixes=((r"cent(?=ott)", "cento "), (r"(cento|mila|mille)(?=[a-z])", r"\1 "),
                  (r"(milion[ei]) e ", r"\1 "), (r"(miliard[oi]) e ", r"\1 ")),
    hashtag="hashtag", version="versione",
    centuries=((r"secol[oi]", "", "{n}º"), (r"sec\.", "secolo", "{n}º")),
    month_year_joiner=r"del?\s",
    closing=frozenset({"ecc.", "a.C.", "d.C.", "a. C.", "d. C."}),
    clock_before=r"alle|dalle|ore|verso|entro|le|e",
)
# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "il", "di", "che", "la", "le", "e", "per", "un", "una", "del", "della", "è", "non", "sono",
    "con", "gli", "nel", "alla", "dei", "delle", "si", "anche", "ma", "come", "più", "questo",
    "ha", "al", "lo", "ad", "nella", "dalla",
})
LANGUAGE = Language("it", alpha3="ita", byline="Di {}.", notes="Note", words=WORDS,
                    function_words=FUNCTION_WORDS)
