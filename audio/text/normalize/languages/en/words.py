"""The words English normalization reads tokens with: months, abbreviations, units,
currencies, symbols, US states. Data only; the rules are in this package's other modules."""

from __future__ import annotations

MONTHS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

# Titles before a name: "Dr. Evil". Only with a full stop and a capitalized word after.
TITLES = {
    "Dr": "Doctor", "Mr": "Mister", "Mrs": "Misses", "Ms": "Miz", "Prof": "Professor",
    "Gov": "Governor", "Sen": "Senator", "Rep": "Representative", "Gen": "General",
    "Lt": "Lieutenant", "Capt": "Captain", "Sgt": "Sergeant", "St": "Saint", "Rev": "Reverend",
    "Fr": "Father", "Pres": "President", "Mt": "Mount", "Ft": "Fort",
}
# Abbreviations with a full stop, wherever they stand.
ABBREVIATIONS = {
    "Dept": "Department", "Univ": "University", "Corp": "Corporation", "Inc": "Incorporated",
    "Ltd": "Limited", "Co": "Company", "Ave": "Avenue", "Blvd": "Boulevard",
    "Jr": "Junior", "Sr": "Senior", "approx": "approximately", "Approx": "Approximately",
    "etc": "et cetera", "Fig": "Figure", "fig": "figure", "est": "estimated",
    "Nos": "numbers", "nos": "numbers", "No": "number", "no": "number",
}
PHRASES = {"e.g.": "for example", "i.e.": "that is", "a.k.a.": "also known as",
           "cf.": "compare", "et al.": "and others"}

# Street types after a house number and a street name: "1428 Elm St."
STREET_TYPES = {
    "st": "Street", "street": "Street", "ave": "Avenue", "av": "Avenue", "avenue": "Avenue",
    "rd": "Road", "road": "Road", "blvd": "Boulevard", "ct": "Court", "ln": "Lane",
    "dr": "Drive", "pl": "Place", "sq": "Square", "ter": "Terrace", "pkwy": "Parkway",
    "hwy": "Highway", "expy": "Expressway", "fwy": "Freeway", "way": "Way", "cir": "Circle",
}
DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West",
              "NE": "Northeast", "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida",
    "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
    "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine",
    "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "DC": "D C",
}

# Units after a number: singular and plural. American spelling, like NeMo's readings
# (espeak-ng says "metre" and "meter" alike).
UNITS = {
    "km": ("kilometer", "kilometers"), "mi": ("mile", "miles"), "kg": ("kilogram", "kilograms"),
    "g": ("gram", "grams"), "mg": ("milligram", "milligrams"),
    "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "ft": ("foot", "feet"), "yd": ("yard", "yards"),
    "cm": ("centimeter", "centimeters"), "mm": ("millimeter", "millimeters"),
    "m": ("meter", "meters"), "nm": ("nanometer", "nanometers"),
    "l": ("liter", "liters"), "L": ("liter", "liters"), "ml": ("milliliter", "milliliters"),
    "mph": ("mile per hour", "miles per hour"), "kph": ("kilometer per hour",
                                                        "kilometers per hour"),
    "km/h": ("kilometer per hour", "kilometers per hour"),
    "m/s": ("meter per second", "meters per second"),
    "min": ("minute", "minutes"), "mins": ("minute", "minutes"), "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"), "h": ("hour", "hours"), "sec": ("second", "seconds"),
    "secs": ("second", "seconds"), "s": ("second", "seconds"), "ms": ("millisecond",
                                                                     "milliseconds"),
    "KB": ("kilobyte", "kilobytes"), "kB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"), "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"), "kbps": ("kilobit per second", "kilobits per second"),
    "Mbps": ("megabit per second", "megabits per second"),
    "mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz",
                                                                         "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "W": ("watt", "watts"), "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"), "GW": ("gigawatt", "gigawatts"),
    "kWh": ("kilowatt hour", "kilowatt hours"), "V": ("volt", "volts"),
    "mAh": ("milliamp hour", "milliamp hours"),
    "°C": ("degree Celsius", "degrees Celsius"), "°F": ("degree Fahrenheit",
                                                        "degrees Fahrenheit"),
    "°": ("degree", "degrees"), "KG": ("kilogram", "kilograms"), "KM": ("kilometer",
                                                                       "kilometers"),
    "m2": ("square meter", "square meters"), "m²": ("square meter", "square meters"),
    "km2": ("square kilometer", "square kilometers"),
    "km²": ("square kilometer", "square kilometers"),
    "m3": ("cubic meter", "cubic meters"), "m³": ("cubic meter", "cubic meters"),
    "km³": ("cubic kilometer", "cubic kilometers"), "cm³": ("cubic centimeter",
                                                           "cubic centimeters"),
    "sq ft": ("square foot", "square feet"), "pts": ("point", "points"), "cc": ("C-C", "C-C"),
}
# What follows "per" or "/" after an amount: "$20/mo", "12/kg", "5 km/h".
PER = {
    "mo": "month", "month": "month", "yr": "year", "year": "year", "y": "year",
    "wk": "week", "week": "week", "d": "day", "day": "day", "hr": "hour", "h": "hour",
    "hour": "hour", "min": "minute", "s": "second", "sec": "second", "kg": "kilogram",
    "g": "gram", "lb": "pound", "km": "kilometer", "mi": "mile", "m": "meter",
    "l": "liter", "person": "person", "head": "head", "night": "night", "kWh": "kilowatt hour",
}

# Currency signs before an amount: singular, plural, and the hundredth's names.
CURRENCIES = {
    "$": ("dollar", "dollars", "cent", "cents"), "US$": ("US dollar", "US dollars", "cent",
                                                        "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "€": ("euro", "euros", "cent", "cents"), "£": ("pound", "pounds", "penny", "pence"),
    "¥": ("yen", "yen", "", ""), "₩": ("won", "won", "", ""),
    "₹": ("rupee", "rupees", "paisa", "paise"), "₽": ("ruble", "rubles", "kopek", "kopeks"),
    "₺": ("lira", "lira", "kurus", "kurus"), "₪": ("shekel", "shekels", "agora", "agorot"),
    "₴": ("hryvnia", "hryvnias", "kopiyka", "kopiykas"), "₦": ("naira", "naira", "kobo", "kobo"),
    "฿": ("baht", "baht", "satang", "satang"), "₫": ("dong", "dong", "", ""),
    "₱": ("peso", "pesos", "centavo", "centavos"), "CHF": ("franc", "francs", "centime",
                                                          "centimes"),
}
# Magnitude words and the short forms written after amounts: "$4.5bn", "£1.2m", "¥30b".
SCALES = {"thousand": "thousand", "million": "million", "billion": "billion",
          "trillion": "trillion", "k": "thousand", "K": "thousand", "m": "million",
          "M": "million", "mn": "million", "mln": "million", "b": "billion", "B": "billion",
          "bn": "billion", "tn": "trillion", "T": "trillion", "trn": "trillion"}

# Symbols still standing once every rule has run.
SYMBOLS = {
    "&": "and", "+": "plus", "=": "equals", "@": "at", "%": "percent", "#": "hash",
    "§": "section", "~": "about", "×": "times", "*": "", "/": "slash", "\\": "backslash",
    "|": "", "^": "", "_": " ", "<": "less than", ">": "greater than", "°": "degrees",
    "±": "plus or minus", "≈": "about", "≠": "not equal to", "≤": "at most", "≥": "at least",
    "÷": "divided by", "→": "to", "←": "from", "$": "dollar", "€": "euro", "£": "pound",
    "¥": "yen", "₩": "won", "₹": "rupee", "¢": "cents", "‰": "per mille", "©": "",
    "®": "", "™": "", "†": "", "‡": "", "•": "", "·": "", "¶": "", "`": "", "[": "", "]": "",
    "{": "", "}": "",
}
# Electronic addresses: the names of their punctuation.
LINK_WORDS = {".": "dot", "@": "at", "/": "slash", ":": "colon", "-": "dash",
              "_": "underscore", "&": "ampersand", "?": "question mark", "=": "equals",
              "#": "hash", "~": "tilde", "+": "plus", "%": "percent"}
# Endings of web addresses read as words; others are spelled ("dot D E").
TLD_WORDS = {"com", "org", "net", "edu", "gov", "info", "biz", "mil", "int", "museum",
             "news", "blog", "shop", "app", "dev", "online", "site", "tech", "store", "travel",
             "coop", "aero", "name", "pro", "mobi", "asia", "jobs", "cat"}
# Top-level domains that make "word.tld" a web address without http:// or www.
KNOWN_TLDS = TLD_WORDS | {
    "io", "ai", "co", "uk", "de", "fr", "it", "es", "nl", "be", "ch", "at", "se", "no", "dk",
    "fi", "pl", "cz", "ua", "ru", "jp", "cn", "kr", "in", "au", "nz", "ca", "us", "br", "mx",
    "ar", "ie", "pt", "gr", "tv", "fm", "me", "ly", "gg", "sm", "eu", "xyz", "to", "is",
}
# Words after which a number is read digit by digit: "card ending in 8876".
DIGIT_CONTEXTS = ("ending in", "ending with", "PIN", "PIN code", "code", "flight",
                  "extension", "ext.", "account", "ID", "otp", "OTP", "pnr", "PNR")
