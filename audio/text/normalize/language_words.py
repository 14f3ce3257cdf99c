"""The words and formats of each language besides English, for european.py's rules.

Data only. A language is here when num2words writes its numbers and espeak-ng speaks
it; its months, number format (decimal comma, thousands dot or space), how a date and
a clock time are said, its currency names and common abbreviations.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LanguageWords:
    num2words: str  # num2words' code for the language
    months: tuple[str, ...]  # January … December, as said
    point: str  # the decimal separator, said
    minus: str
    percent: str
    to: str  # in ranges: "2-5"
    dot: str  # in web and e-mail addresses
    at: str
    slash: str
    day_ordinal: bool = False  # "3. Mai" → "dritter Mai"; else cardinal: "trois mai"
    date: str = "{day} {month} {year}"  # how a full date is said
    date_no_year: str = "{day} {month}"
    first: str | None = None  # the first day of a month when days are cardinals ("premier")
    clock: str = "{hour} {minute}"  # a time of day; "{hour}" alone for full hours
    clock_hour: str = "{hour}"
    currencies: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    ordinal_marks: str = ""  # regex of what follows a number to make it ordinal: "er|e|ème"
    dot_ordinals: bool = False  # "der 3. Platz": a number and a full stop is an ordinal
    # what, just before a date's ordinal day, puts it in the dative ("am dritten Mai")
    dative_before: str | None = None
    symbols: dict[str, str] = field(default_factory=dict)
    one: str = ""  # "one" before a noun: "un euro", "ein halb"; default: the cardinal
    # after the comma: "digits" one by one, "number" (up to 3 digits), or "words" (the whole
    # decimal as num2words says it: "две целых три сотых")
    decimals: str = "digits"
    # Fractions: names of some denominators (singular, plural); the others are the
    # ordinal (+ plural ending), or the cardinal + a suffix ("fünftel", "onceavo").
    fraction_names: dict[int, tuple[str, str]] = field(default_factory=dict)
    fraction_plural: str = "s"
    fraction_suffix: str = ""  # "tel" (de), "avo" (es), " avos" (pt); "" = ordinals
    fraction_of_ordinal: bool = False  # the suffix goes on the ordinal: "femtedel" (sv)
    mixed_and: str = "and"  # 2 1/2: "zwei und ein halb", "deux et demi"
    bare_half: bool = False  # "deux et demi", not "deux et un demi"
    # Changes to num2words' number words, (pattern, replacement) in order: spelling
    # fixes, and words written apart where the language runs them together, as NeMo's
    # readings do ("ein hundert drei und zwanzig", "trecento sessantanove"). espeak-ng
    # says the parts better: the German compound gets "taUzEnd" and "viːr" for tausend and
    # vier, the Italian one a z in "sessanta".
    number_fixes: tuple[tuple[str, str], ...] = ()
    scales: dict[str, str] = field(default_factory=dict)  # "Mio." → "Millionen", after amounts
    scale_of: str = ""  # between a scale and a currency: "um milhão de dólares"
    money_and: str = ""  # between the units and the cents: "doze reais e cinco centavos"
    feminine_marks: str = ""  # ordinal marks of the feminine: "ª" → "primeira"
    units_one: dict[str, str] = field(default_factory=dict)  # the singular, after "one"
    h_clock: bool = False  # "14 h 30", "14h30" is a time of day
    clock_dot_before: str = ""  # words after which "2.30" is a time: "Uhr", "eftermiddag"
    hundreds_years: str = ""  # years read in two halves: "tjugo tjugotvå", "tjugohundra"
    colon: str = ":"  # in web addresses: "https colon"
    suffix_ordinals: str = ""  # endings after a hyphen: "1-й", "22-я" (Russian)
    apocope_marks: str = ""  # ordinal marks of the short form: "1.er" → "primer"
    day_case: str = ""  # the ending of a date's day: "е" (третье мая), "ego" (trzeciego)
    year_case: str = ""  # a date's year as an ordinal with this ending: "двадцать четвертого"
    feminine_hours: tuple[tuple[str, str], ...] = ()  # "duas horas", not "dois horas"
    feminine_one: str = ""  # "one" before feminine nouns: "una libra"
    feminine_nouns: frozenset[str] = frozenset()  # which nouns take it
    minute_names: dict[int, str] = field(default_factory=dict)  # 15: "cuarto", 30: "media"
    dot_times: bool = False  # "12.15" is a time of day (the decimal mark being the comma)
    meridiems: dict[str, str] = field(default_factory=dict)  # "p.m.": "de la tarde"
    ip_digits: bool = False  # the parts of an IP address read digit by digit
    phone_digits: bool = True  # telephone numbers read digit by digit
    # a telephone number read in groups, each a number ("девятьсот тринадцать, ноль один")
    phone_groups: str = ""
    nominative_before: str = ""  # what, before a date, puts its day in the nominative
    # an ordinal's ending by the word before it, (pattern, ending), first match wins:
    # "der dritte", "am dritten" (German); none: the form said alone ("dritter")
    ordinal_endings: tuple[tuple[str, str], ...] = ()
    hashtag: str = "hashtag"  # before a hashtag's words
    version: str = "version"  # before a version's numbers: "v2.3"
    # a year with its noun: noun → (case, plural, the noun said); "г." is "году" after в
    year_nouns: dict[str, tuple[str, bool, str]] = field(default_factory=dict)
    per: str = ""  # "на": units per unit, "4 кг/кг"
    per_units: dict[str, str] = field(default_factory=dict)  # the unit after it
    letter_names: dict[str, str] = field(default_factory=dict)  # Latin letters, spelled
    address_words: dict[str, str] = field(default_factory=dict)  # parts of web addresses
    # noun → (one, few, many) forms, chosen by the number before it (Slavic plurals)
    plurals: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    clock_seconds: str = ""  # a time with seconds: "{hour} e {minute} minuti e {second} secondi"


def _money(euro: str, euros: str, cent: str, cents: str, dollar: str, dollars: str,
           pound: str, pounds: str) -> dict[str, tuple[str, str, str, str]]:
    return {"€": (euro, euros, cent, cents), "$": (dollar, dollars, cent, cents),
            "£": (pound, pounds, "penny", "pence")}


LANGUAGES: dict[str, LanguageWords] = {
    "de": LanguageWords(
        "de", ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"),
        point="Komma", minus="minus", percent="Prozent", to="bis", dot="Punkt", at="at",
        slash="slash", colon="Doppelpunkt", day_ordinal=True, dot_ordinals=True,
        dative_before=r"\b(?:[Aa]m|[Vv]om|[Zz]um|[Bb]eim|[Dd]em|[Ii]m)\s+$",
        ordinal_endings=((r"\b(?i:der|die|das|eine)\s+$", "e"),
                         (r"\b(?i:dem|den|des|am|im|vom|zum|zur|beim|einem|einen|einer|eines|"
                          r"seit|ab|bis\s+zum)\s+$", "en"),
                         (r"\b(?i:ein)\s+$", "er")),
        hashtag="Hashtag", version="Version",
        clock_dot_before="Uhr",
        clock="{hour} Uhr {minute}",
        clock_hour="{hour} Uhr",
        currencies=_money("Euro", "Euro", "Cent", "Cent", "Dollar", "Dollar", "Pfund",
                          "Pfund"),
        abbreviations={"z. B.": "zum Beispiel", "z.B.": "zum Beispiel", "d. h.": "das heißt",
                       "d.h.": "das heißt", "usw.": "und so weiter", "bzw.": "beziehungsweise",
                       "ca.": "circa", "Nr.": "Nummer", "Dr.": "Doktor", "Prof.": "Professor",
                       "Hr.": "Herr", "Fr.": "Frau", "St.": "Sankt", "Str.": "Straße",
                       "vgl.": "vergleiche", "u. a.": "unter anderem", "inkl.": "inklusive",
                       "Mio.": "Millionen", "Mrd.": "Milliarden", "Tsd.": "Tausend"},
        units={"km": "Kilometer", "m": "Meter", "cm": "Zentimeter", "mm": "Millimeter",
               "kg": "Kilogramm", "g": "Gramm", "l": "Liter", "h": "Stunden",
               "min": "Minuten", "s": "Sekunden", "km/h": "Kilometer pro Stunde",
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
    ),
    "fr": LanguageWords(
        "fr", ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"),
        point="virgule", minus="moins", percent="pour cent", to="à", dot="point",
        at="arobase", slash="barre oblique", first="premier",
        clock="{hour} {heure} {minute}", clock_hour="{hour} {heure}",
        plurals={"heure": ("heure", "heures", "heures")}, feminine_hours=((r"\bun$", "une"),),
        currencies=_money("euro", "euros", "centime", "centimes", "dollar", "dollars",
                          "livre", "livres"),
        abbreviations={"M.": "Monsieur", "Mme": "Madame", "Mlle": "Mademoiselle",
                       "Dr": "Docteur", "n°": "numéro", "etc.": "et cetera",
                       "p. ex.": "par exemple", "c.-à-d.": "c'est-à-dire", "av.": "avenue",
                       "bd": "boulevard", "St": "Saint", "Ste": "Sainte"},
        scales={"millions": "millions", "milliards": "milliards", "million": "million",
                "milliard": "milliard", "M": "millions", "Md": "milliards"},
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
    ),
    "es": LanguageWords(
        "es", ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre"),
        point="coma", minus="menos", percent="por ciento", to="a", dot="punto", at="arroba",
        slash="barra", colon="dos puntos", date="{day} de {month} de {year}",
        date_no_year="{day} de {month}",
        first="primero", clock="{hour} y {minute}", clock_hour="{hour}",
        clock_seconds="{hour} horas {minute} minutos y {second} segundos",
        feminine_hours=((r"\buno\b", "una"), (r"veintiuno", "veintiuna")),
        minute_names={15: "cuarto", 30: "media"}, dot_times=True, ip_digits=True,
        meridiems={"a.m.": "de la mañana", "a.m": "de la mañana", "am": "de la mañana",
                   "p.m.": "de la tarde", "p.m": "de la tarde", "pm": "de la tarde"},
        feminine_one="una",
        feminine_nouns=frozenset({"libra", "libras", "rupia", "rupias", "corona", "coronas",
                                  "peseta", "pesetas", "córdoba", "córdobas", "hora",
                                  "horas", "milla", "millas"}),
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
                       "vier.": "viernes", "lun.": "lunes", "mar.": "martes",
                       "miér.": "miércoles", "jue.": "jueves", "sáb.": "sábado",
                       "dom.": "domingo", "ec": "era común", "ext.": "extensión"},
        scales={"millones": "millones", "millón": "millón", "billones": "billones",
                "mil millones": "mil millones"},
        units={"km": "kilómetros", "m": "metros", "cm": "centímetros", "kg": "kilogramos",
               "mph": "millas por hora", "kph": "kilómetros por hora", "mm": "milímetros",
               "g": "gramos", "l": "litros", "h": "horas", "min": "minutos",
               "s": "segundos", "km/h": "kilómetros por hora", "°C": "grados centígrados",
               "° c": "grados centígrados", "° k": "grados kelvin", "°K": "grados kelvin",
               "m³": "metros cúbicos", "m²": "metros cuadrados", "psi": "p s i"},
        ordinal_marks="\\.?º|\\.?o|ro|do|to|vo|no", feminine_marks="\\.?ª|\\.?a",
        apocope_marks="\\.?er",
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
    ),
    "it": LanguageWords(
        "it", ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
               "agosto", "settembre", "ottobre", "novembre", "dicembre"),
        point="virgola", minus="meno", percent="percento", to="a", dot="punto",
        at="chiocciola", slash="slash", first="primo", clock="{hour} e {minute} minuti",
        clock_hour="{hour}", colon="due punti",
        clock_seconds="{hour} e {minute} minuti e {second} secondi",
        units_one={"m": "metro", "km": "chilometro", "kg": "chilogrammo", "g": "grammo",
                   "h": "ora", "min": "minuto", "s": "secondo", "l": "litro", "d": "giorno"},
        currencies=_money("euro", "euro", "centesimo", "centesimi", "dollaro", "dollari",
                          "sterlina", "sterline") | {"eur": ("euro", "euro", "centesimo",
                                                             "centesimi"),
                                                     "₽": ("rublo", "rubli", "copeca",
                                                           "copeche")},
        abbreviations={"Sig.": "signor", "Sig.ra": "signora", "sig.na": "signorina",
                       "Dott.": "dottor", "ecc.": "eccetera", "es.": "esempio", "n.": "numero",
                       "S.": "San", "avv.": "avvocato", "dip.": "dipartimento",
                       "p.za": "piazza", "prof.": "professor", "ing.": "ingegner"},
        scales={"milioni": "milioni", "miliardi": "miliardi", "milione": "milione",
                "miliardo": "miliardo"},
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
    ),
    "pt": LanguageWords(
        "pt_BR", ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
               "setembro", "outubro", "novembro", "dezembro"),
        point="vírgula", minus="menos", percent="por cento", to="a", dot="ponto", at="arroba",
        slash="barra", colon="dois pontos", date="{day} de {month} de {year}",
        date_no_year="{day} de {month}",
        first="primeiro", clock="{hour} horas e {minute}", clock_hour="{hour} horas",
        currencies=_money("euro", "euros", "centavo", "centavos", "dólar", "dólares",
                          "libra", "libras") | {"R$": ("real", "reais", "centavo",
                                                       "centavos")},
        scale_of="de", money_and="e", feminine_marks="ª|a", h_clock=True,
        feminine_hours=((r"\bum\b", "uma"), (r"\bdois\b", "duas")),
        units_one={"km": "quilômetro", "m": "metro", "cm": "centímetro", "kg": "quilograma",
                   "g": "grama", "h": "hora", "min": "minuto", "s": "segundo", "l": "litro",
                   "m²": "metro quadrado"},
        abbreviations={"Sr.": "senhor", "Sra.": "senhora", "Dr.": "doutor", "Dra.": "doutora",
                       "etc.": "etcétera", "p. ex.": "por exemplo", "nº": "número"},
        scales={"milhões": "milhões", "milhão": "milhão", "bilhões": "bilhões",
                "mil milhões": "mil milhões"},
        units={"km": "quilômetros", "m": "metros", "cm": "centímetros", "kg": "quilogramas",
               "mm": "milímetros", "ml": "mililitros", "mg": "miligramas",
               "m²": "metros quadrados",
               "g": "gramas", "l": "litros", "h": "horas", "min": "minutos",
               "s": "segundos", "km/h": "quilômetros por hora", "°C": "graus Celsius"},
        ordinal_marks="º|o",
        symbols={"&": "e", "+": "mais", "=": "igual a", "%": "por cento"},
        one="um", mixed_and="e", fraction_suffix=" avos", bare_half=True,
        fraction_names={2: ("meio", "meios"), 3: ("terço", "terços"), 4: ("quarto", "quartos"),
                        5: ("quinto", "quintos"), 6: ("sexto", "sextos"),
                        7: ("sétimo", "sétimos"), 8: ("oitavo", "oitavos"),
                        9: ("nono", "nonos"), 10: ("décimo", "décimos"),
                        100: ("centésimo", "centésimos"), 1000: ("milésimo", "milésimos")},
        hashtag="hashtag", version="versão",
    ),
    "nl": LanguageWords(
        "nl", ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december"),
        point="komma", minus="min", percent="procent", to="tot", dot="punt",
        at="apenstaartje", slash="schuine streep", clock="{hour} uur {minute}",
        clock_hour="{hour} uur",
        currencies=_money("euro", "euro", "cent", "cent", "dollar", "dollar", "pond", "pond"),
        abbreviations={"bijv.": "bijvoorbeeld", "d.w.z.": "dat wil zeggen", "enz.": "enzovoort",
                       "dhr.": "de heer", "mevr.": "mevrouw", "nr.": "nummer", "ca.": "circa"},
        units={"km": "kilometer", "m": "meter", "cm": "centimeter", "kg": "kilo", "g": "gram",
               "l": "liter", "h": "uur", "min": "minuten", "s": "seconden",
               "km/h": "kilometer per uur", "°C": "graden Celsius"},
        ordinal_marks="e|ste|de",
        symbols={"&": "en", "+": "plus", "=": "is", "%": "procent"},
        fraction_names={2: ("half", "halve"), 4: ("kwart", "kwart")}, fraction_plural="",
        mixed_and="en",
        hashtag="hashtag", version="versie",
    ),
    "pl": LanguageWords(
        "pl", ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
               "sierpnia", "września", "października", "listopada", "grudnia"),
        point="przecinek", minus="minus", percent="procent", to="do", dot="kropka", at="małpa",
        slash="ukośnik", day_ordinal=True, dot_ordinals=True, day_case="ego",
        clock="{hour} {minute}",
        clock_hour="{hour}",
        currencies={"€": ("euro", "euro", "cent", "centów"), "zł": ("złoty", "złotych",
                                                                   "grosz", "groszy"),
                    "$": ("dolar", "dolarów", "cent", "centów")},
        abbreviations={"np.": "na przykład", "itd.": "i tak dalej", "tj.": "to jest",
                       "ul.": "ulica", "nr": "numer", "dr": "doktor", "prof.": "profesor",
                       "tys.": "tysięcy", "mln": "milionów", "mld": "miliardów"},
        units={"km": "kilometrów", "m": "metrów", "kg": "kilogramów", "h": "godzin",
               "min": "minut", "km/h": "kilometrów na godzinę", "°C": "stopni Celsjusza"},
        symbols={"&": "i", "+": "plus", "=": "równa się", "%": "procent"}, mixed_and="i",
        plurals={"km": ("kilometr", "kilometry", "kilometrów"), "m": ("metr", "metry", "metrów"),
                 "kg": ("kilogram", "kilogramy", "kilogramów"),
                 "h": ("godzina", "godziny", "godzin"), "min": ("minuta", "minuty", "minut"),
                 "km/h": ("kilometr na godzinę", "kilometry na godzinę",
                          "kilometrów na godzinę"),
                 "°C": ("stopień Celsjusza", "stopnie Celsjusza", "stopni Celsjusza"),
                 "złoty": ("złoty", "złote", "złotych"), "grosz": ("grosz", "grosze", "groszy"),
                 "dolar": ("dolar", "dolary", "dolarów"), "cent": ("cent", "centy", "centów")},
        hashtag="hashtag", version="wersja",
    ),
    "ru": LanguageWords(
        "ru", ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
               "сентября", "октября", "ноября", "декабря"),
        point="целых", minus="минус", percent="процентов", to="до", dot="точка",
        at="собака", slash="слэш", day_ordinal=True, mixed_and="и",
        clock="{hour} {час} и {minute} {минута}", clock_hour="{hour} {час}",
        suffix_ordinals="й|я|го|е|х|м|му|ый|ой|ая|ое|ого|ая", year_case="го",
        # A date's day is genitive ("родился третьего мая"), nominative as a name or
        # title ("Сегодня третье мая", "3 мая — праздник", a date alone), dative after к.
        day_case="го",
        nominative_before=r"(?:[:—–]\s*|\b(?:[Сс]егодня|[Зз]автра|[Вв]чера|[Бб]ыло|"
                          r"[Бб]удет|на|по)\s+)$",
        dative_before=r"\b[Кк]о?\s+$",
        # a year said with its noun: "в 2012 году" → "в две тысячи двенадцатом году"
        year_nouns={"год": ("nominative", False, "год"), "года": ("genitive", False, "года"),
                    "году": ("prepositional", False, "году"),
                    "годом": ("instrumental", False, "годом"),
                    "годы": ("nominative", True, "годы"), "годах": ("prepositional", True,
                                                                   "годах"),
                    "годов": ("genitive", True, "годов"), "г.": ("genitive", False, "года"),
                    "гг.": ("genitive", True, "годов")},
        number_fixes=((r"^одна тысяча", "тысяча"),),  # 1000 is "тысяча", as said
        decimals="words", phone_groups=r"(?:\+7|8)[\s-]?\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{2}"
                                        r"[\s-]?\d{2}",
        plurals={"час": ("час", "часа", "часов"), "минута": ("минута", "минуты", "минут"),
                 "рубль": ("рубль", "рубля", "рублей"), "копейка": ("копейка", "копейки",
                                                                   "копеек"),
                 "доллар": ("доллар", "доллара", "долларов"),
                 "цент": ("цент", "цента", "центов"),
                 "%": ("процент", "процента", "процентов"),
                 "°": ("градус", "градуса", "градусов"),
                 "°C": ("градус", "градуса", "градусов"),
                 "кг": ("килограмм", "килограмма", "килограммов"),
                 "kg": ("килограмм", "килограмма", "килограммов"),
                 "km": ("километр", "километра", "километров"),
                 "г": ("грамм", "грамма", "граммов"),
                 "т": ("тонна", "тонны", "тонн"),
                 "л": ("литр", "литра", "литров"), "км": ("километр", "километра",
                                                        "километров"),
                 "м": ("метр", "метра", "метров"), "см": ("сантиметр", "сантиметра",
                                                        "сантиметров"),
                 "мм": ("миллиметр", "миллиметра", "миллиметров"),
                 "м²": ("квадратный метр", "квадратных метра", "квадратных метров"),
                 "км²": ("квадратный километр", "квадратных километра",
                         "квадратных километров"),
                 "м³": ("кубический метр", "кубических метра", "кубических метров"),
                 "ч": ("час", "часа", "часов"), "мин": ("минута", "минуты", "минут"),
                 "с": ("секунда", "секунды", "секунд"),
                 "км/ч": ("километр в час", "километра в час", "километров в час"),
                 "тыс": ("тысяча", "тысячи", "тысяч"), "тыс.": ("тысяча", "тысячи", "тысяч"),
                 "млн": ("миллион", "миллиона", "миллионов"),
                 "млрд": ("миллиард", "миллиарда", "миллиардов")},
        # after "на" (per): the accusative singular, "на килограмм", "на тонну"
        per="на", per_units={"кг": "килограмм", "г": "грамм", "т": "тонну", "л": "литр",
                             "км": "километр", "м": "метр", "м²": "квадратный метр",
                             "ч": "час", "мин": "минуту", "с": "секунду"},
        scales={"тыс": "тысяч", "тыс.": "тысяч", "млн": "миллионов", "млрд": "миллиардов"},
        currencies={"€": ("евро", "евро", "цент", "центов"), "$": ("доллар", "долларов",
                                                                 "цент", "центов"),
                    "₽": ("рубль", "рублей", "копейка", "копеек"),
                    "руб.": ("рубль", "рублей", "копейка", "копеек"),
                    "руб": ("рубль", "рублей", "копейка", "копеек"),
                    "коп.": ("копейка", "копеек", "копейка", "копеек"),
                    "долл.": ("доллар", "долларов", "цент", "центов"),
                    "usd": ("доллар", "долларов", "цент", "центов")},
        abbreviations={"т. е.": "то есть", "т.е.": "то есть", "и т. д.": "и так далее",
                       "и т.д.": "и так далее", "г.": "года", "ул.": "улица", "др.": "другие",
                       "тыс.": "тысяч", "млн": "миллионов", "млрд": "миллиардов",
                       "т. к.": "так как", "т.к.": "так как", "и т. п.": "и тому подобное",
                       "и т.п.": "и тому подобное", "см.": "смотри", "стр.": "страница",
                       "руб.": "рублей", "долл.": "долларов", "коп.": "копеек"},
        units={"км": "километров", "м": "метров", "кг": "килограммов", "ч": "часов",
               "мин": "минут", "km": "километров", "kg": "килограммов", "°C": "градусов",
               "°": "градусов", "л": "литров", "км/ч": "километров в час",
               "м²": "квадратных метров", "км²": "квадратных километров",
               "м³": "кубических метров", "см": "сантиметров", "мм": "миллиметров",
               "т": "тонн", "г": "граммов", "с": "секунд"},
        symbols={"&": "и", "+": "плюс", "=": "равно", "%": "процент", "°": "градус"},
        # Latin letters said the Russian way, so a spelled "abc" stays in the Russian voice
        letter_names=dict(zip("abcdefghijklmnopqrstuvwxyz", (
            "эй", "би", "си", "ди", "и", "эф", "джи", "эйч", "ай", "джей", "кей", "эл", "эм",
            "эн", "оу", "пи", "кью", "ар", "эс", "ти", "ю", "ви", "дабл ю", "экс", "уай",
            "зед"))),
        address_words={"gmail": "джи мейл", "hotmail": "хот мейл", "yahoo": "яху",
                       "outlook": "аутлук", "yandex": "яндекс", "mail": "мейл", "com": "ком",
                       "org": "орг", "net": "нет", "ru": "ру", "info": "инфо", "-": "тире",
                       "_": "нижнее подчёркивание", "&": "амперсанд"},
        hashtag="хештег", version="версия",
    ),
    "sv": LanguageWords(
        "sv", ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
               "september", "oktober", "november", "december"),
        point="komma", minus="minus", percent="procent", to="till", dot="punkt", at="snabel-a",
        slash="snedstreck", colon="kolon", day_ordinal=True, clock="{hour} {minute}",
        clock_hour="{hour}", clock_dot_before="eftermiddag|förmiddag", hundreds_years="hundra",
        currencies=_money("euro", "euro", "cent", "cent", "dollar", "dollar", "pund", "pund")
        | {"kr": ("krona", "kronor", "öre", "öre")},
        abbreviations={"t.ex.": "till exempel", "bl.a.": "bland annat", "osv.": "och så vidare",
                       "dvs.": "det vill säga", "ca": "cirka", "nr": "nummer", "kl.": "klockan",
                       "e.m.": "eftermiddag", "f.m.": "förmiddag", "f Kr": "före Kristus",
                       "f.Kr.": "före Kristus", "e.Kr.": "efter Kristus", "s:t": "sankt",
                       "tfn.": "telefon", "tel.": "telefon"},
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
    ),
    "da": LanguageWords(
        "da", ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
               "september", "oktober", "november", "december"),
        point="komma", minus="minus", percent="procent", to="til", dot="punktum",
        at="snabel-a", slash="skråstreg", day_ordinal=True, dot_ordinals=True,
        clock="{hour} {minute}",
        clock_hour="klokken {hour}",
        currencies=_money("euro", "euro", "cent", "cent", "dollar", "dollar", "pund", "pund")
        | {"kr.": ("krone", "kroner", "øre", "øre")},
        abbreviations={"f.eks.": "for eksempel", "bl.a.": "blandt andet", "osv.": "og så videre",
                       "dvs.": "det vil sige", "ca.": "cirka", "nr.": "nummer",
                       "kl.": "klokken"},
        units={"km": "kilometer", "m": "meter", "kg": "kilo", "g": "gram", "h": "timer",
               "min": "minutter", "km/t": "kilometer i timen", "°C": "grader celsius"},
        symbols={"&": "og", "+": "plus", "=": "er lig med", "%": "procent"},
        fraction_names={2: ("halv", "halve")}, fraction_suffix="del", fraction_of_ordinal=True,
        fraction_plural="e", mixed_and="og", one="en",
        hashtag="hashtag", version="version",
    ),
    "no": LanguageWords(
        "no", ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
               "september", "oktober", "november", "desember"),
        point="komma", minus="minus", percent="prosent", to="til", dot="punktum",
        at="krøllalfa", slash="skråstrek", day_ordinal=True, dot_ordinals=True,
        clock="{hour} {minute}", clock_hour="klokka {hour}",
        currencies=_money("euro", "euro", "cent", "cent", "dollar", "dollar", "pund", "pund")
        | {"kr": ("krone", "kroner", "øre", "øre")},
        abbreviations={"f.eks.": "for eksempel", "bl.a.": "blant annet", "osv.": "og så videre",
                       "dvs.": "det vil si", "ca.": "cirka", "nr.": "nummer", "kl.": "klokka"},
        units={"km": "kilometer", "m": "meter", "kg": "kilo", "g": "gram", "t": "timer",
               "min": "minutter", "km/t": "kilometer i timen", "°C": "grader celsius"},
        symbols={"&": "og", "+": "pluss", "=": "er lik", "%": "prosent"},
        fraction_names={2: ("halv", "halve")}, fraction_suffix="del", fraction_of_ordinal=True,
        fraction_plural="er", mixed_and="og",
        hashtag="emneknagg", version="versjon",
    ),
    "fi": LanguageWords(
        "fi", ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
               "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
               "joulukuuta"),
        point="pilkku", minus="miinus", percent="prosenttia", to="–", dot="piste", at="ät",
        slash="kauttaviiva", day_ordinal=True, dot_ordinals=True,
        clock="{hour} {minute}",
        clock_hour="kello {hour}",
        currencies=_money("euro", "euroa", "sentti", "senttiä", "dollari", "dollaria",
                          "punta", "puntaa"),
        abbreviations={"esim.": "esimerkiksi", "ns.": "niin sanottu", "jne.": "ja niin edelleen",
                       "n.": "noin", "nro": "numero", "klo": "kello", "milj.": "miljoonaa",
                       "mrd.": "miljardia"},
        units={"km": "kilometriä", "m": "metriä", "kg": "kiloa", "g": "grammaa", "h": "tuntia",
               "min": "minuuttia", "km/h": "kilometriä tunnissa", "°C": "astetta"},
        units_one={"km": "kilometri", "m": "metri", "kg": "kilo", "g": "gramma", "h": "tunti",
                   "min": "minuutti", "km/h": "kilometri tunnissa", "°C": "aste"},
        symbols={"&": "ja", "+": "plus", "=": "on yhtä kuin", "%": "prosenttia"},
        fraction_names={2: ("puoli", "puolta")}, fraction_suffix="osa", fraction_of_ordinal=True,
        fraction_plural="a", mixed_and="ja", bare_half=True,
        hashtag="aihetunniste", version="versio",
    ),
}
LANGUAGES["nb"] = LANGUAGES["no"]
