"""English tokens that are not amounts: links, hashtags, fixed expressions, telephone
numbers, versions, Roman numerals, abbreviations with full stops, codes and symbols."""

from __future__ import annotations

import re
from collections.abc import Callable

from audio.text.normalize import identifiers, links, telephones
from audio.text.normalize.centuries import roman_value
from audio.text.normalize.languages.en.common import NUMBERS, expander, spaced
from audio.text.normalize.languages.en.words import (
    ABBREVIATIONS,
    KNOWN_TLDS,
    LINK_WORDS,
    PHRASES,
    SYMBOLS,
    TITLES,
    TLD_WORDS,
)
from audio.text.normalize.spelling import spell

# Fixed readings for tokens no rule gets right.
FIXED = {"24/7": "twenty-four seven", "9/11": "nine eleven", "50/50": "fifty-fifty",
         "20/20": "twenty-twenty", "401(k)": "four oh one k", "and/or": "and or",
         "he/she": "he or she", "his/her": "his or her", "him/her": "him or her",
         "s/he": "she or he", "C#": "C sharp", "F#": "F sharp"}


# Words after which a Roman numeral is a plain number: "Chapter IV", "World War II".
_NUMBERED = (r"chapter|chapters|part|book|volume|vol\.|act|scene|section|article|phase|"
             r"title|psalm|appendix|season|episode|round|level|stage|class|type|war|bowl|"
             r"apollo|gemini|vatican|rocky|fantasy|mark|mk\.?|henry\s+v")


_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def degrees(text: str) -> str:
    """In English, º after a number is a degree sign typed with the ordinal indicator."""
    return re.sub(r"(?<=\d)\s?º", "°", text)


def web_addresses(text: str) -> str:
    def link(m: re.Match) -> str:
        return spaced(m, links.say_link(m[0], LINK_WORDS, NUMBERS.digits, TLD_WORDS,
                                         "a link on", "a link to the file"))

    def address(m: re.Match) -> str:
        return spaced(m, links.say_address(m[0], LINK_WORDS, NUMBERS.digits, TLD_WORDS))

    text = links.URL.sub(link, text)
    text = links.EMAIL.sub(address, text)
    return _DOMAIN.sub(address, text)


_DOMAIN = links.domain_pattern(KNOWN_TLDS)


def fixed(text: str) -> str:
    for written, spoken in FIXED.items():
        text = re.sub(rf"(?<![\w/]){re.escape(written)}(?![\w/])", spoken, text,
                      flags=re.IGNORECASE)
    return text


def phrases(text: str) -> str:
    for short, long in PHRASES.items():
        # "e.g." and "i.e." are followed by a pause; "cf." and "et al." by nothing
        pause = "," if short in ("e.g.", "i.e.") else ""
        text = re.sub(rf"(?<!\w){re.escape(short)}(?=\s*,)", long, text, flags=re.I)
        text = re.sub(rf"(?<!\w){re.escape(short)}", long + pause, text, flags=re.I)
    return text


def hashtags_and_handles(text: str) -> str:
    text = re.sub(r"(?<![\w&#])#(?=\d+\b)", "number ", text)  # "the #1 priority"
    return identifiers.tags(text, "hashtag", "at")


def version_numbers(text: str) -> str:
    return identifiers.versions(text, "version", "point", NUMBERS.number)


def phone_numbers(text: str) -> str:
    text = re.sub(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]|\.\d)",  # 10.0.0.1
                  lambda m: " dot ".join(NUMBERS.digits(p) for p in m[0].split(".")), text)
    text = re.sub(r"(?<![\w+-])1-8\d\d-[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])", _vanity, text)
    text = re.sub(r"(?<![\w+(-])(?:\+(?P<cc>\d{1,3})[\s-]?)?(?P<area>\(\d{3}\)[\s-]?|\d{3}"
                  r"[-.])(?P<mid>\d{3})[-.](?P<last>\d{4})(?P<ext>(?:-\d{1,4})*)(?![\w-]|\.\d)",
                  _phone, text)
    text = re.sub(r"(?<![\w-])\d{3}-\d\d-\d{4}(?![\w-])",  # US social security numbers
                  lambda m: ", ".join(NUMBERS.digits(p) for p in m[0].split("-")), text)
    text = re.sub(r"(?<![\w])\+(?P<cc>\d{1,3})(?P<groups>(?:[\s-]\d{1,5}){2,5})(?![\w-])",
                  _international, text)
    text = telephones.telephones(text, "plus", NUMBERS.cardinal, NUMBERS.digits, pairs=False)
    return telephones.cued(text, NUMBERS.cardinal, NUMBERS.digits, pairs=False)


def _vanity(m: re.Match) -> str:
    """1-800-GO-U-HAUL: the prefix as numbers, the letters as written."""
    first, prefix, *rest = m[0].split("-")
    groups = [NUMBERS.cardinal(first), NUMBERS.cardinal(prefix)]
    words: list[str] = []
    for part in rest:
        if part.isdigit():
            groups.append(" ".join([*words, NUMBERS.digits(part)]))
            words = []
        else:
            words.append(part)
    if words:
        groups.append(" ".join(words))
    return ", ".join(groups)


def _phone(m: re.Match) -> str:
    groups = [NUMBERS.digits(m["area"]), NUMBERS.digits(m["mid"]), NUMBERS.digits(m["last"])]
    groups += [NUMBERS.digits(e) for e in m["ext"].split("-") if e]
    spoken = ", ".join(groups)
    return f"plus {NUMBERS.cardinal(m['cc'])}, {spoken}" if m["cc"] else spoken


def _international(m: re.Match) -> str:
    groups = [NUMBERS.digits(g) for g in re.split(r"[\s-]", m["groups"]) if g]
    return f"plus {NUMBERS.cardinal(m['cc'])}, " + ", ".join(groups)


def roman(text: str) -> str:
    def counted(m: re.Match) -> str:
        if not _ROMAN.match(m["r"]):
            return m[0]
        return f"{m['word']} {NUMBERS.cardinal(roman_value(m['r']))}"

    def regnal(m: re.Match) -> str:
        if not _ROMAN.match(m["r"]):
            return m[0]
        return f"{m['name']} the {NUMBERS.ordinal(roman_value(m['r']))}"

    text = re.sub(rf"\b(?P<word>(?i:{_NUMBERED}))\s(?P<r>[IVXLCDM]+)\b(?![.'’]\w)",
                  counted, text)
    return re.sub(r"\b(?P<name>[A-Z][a-z]+)\s(?P<r>[IVX]{2,})\b(?!\.\w|'(?!s\b)\w)",
                  regnal, text)


def abbreviations(text: str) -> str:
    titles = "|".join(TITLES)
    text = re.sub(rf"\b({titles})\.(?=\s+[A-Z])", lambda m: TITLES[m[1]], text)
    text = re.sub(r"\b[Nn]o\.(?=\s*\d)", "number", text)
    text = re.sub(r"\b[Nn]os\.(?=\s*\d)", "numbers", text)
    text = re.sub(r"\bvs\b\.?", "versus", text)  # never a sentence's end
    for short, long in ABBREVIATIONS.items():
        if short.lower() in ("no", "nos"):
            continue
        never_ends = short.lower() in ("vs", "approx", "fig", "cf")
        text = re.sub(rf"\b{short}\.", expander(long, never_ends), text)
    return text


def chains(text: str) -> str:
    """Hyphen or slash chains of three or more parts with a digit (1-413-te-b-1-5,
    31/31/100): serial numbers, each part read on its own, never a range or a date."""
    def part(piece: str) -> str:
        if not piece.isdigit():
            return piece
        if len(piece) > 1 and piece.startswith("0"):
            return NUMBERS.digits(piece)
        return NUMBERS.cardinal(piece) if len(piece) <= 4 else NUMBERS.digits(piece)

    def chain(m: re.Match) -> str:
        if not re.search(r"\d", m[0]):
            return m[0]
        pieces = re.split(r"([-/])", m[0])
        spoken = "".join({"/": ", ", "-": "-"}.get(p) or _code(p, part) for p in pieces)
        return spaced(m, spoken)

    return re.sub(r"(?<![\w./-])[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+){2,}(?![\w/-]|[.,]\d)",
                  chain, text)


def serials(text: str) -> str:
    """Codes mixing letters and digits (B2A23C, CO2, ab9453): letters as written or
    spelled, digits as numbers or one by one."""
    return re.sub(r"(?<!\d\.)\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+\b",
                  lambda m: spaced(m, _code(m[0], _code_digits)), text)


def _code(token: str, digits: Callable[[str], str]) -> str:
    pieces = re.findall(r"[A-Za-z]+|\d+", token)
    out = []
    for piece in pieces:
        if piece.isdigit():
            out.append(digits(piece))
        elif piece.isupper() and len(piece) <= 3 and any(p.isdigit() for p in pieces):
            out.append(spell(piece))  # CO2, MP3, 2A: letters spelled
        else:
            out.append(piece)
    return " ".join(out)


def _code_digits(piece: str) -> str:
    if len(piece) > 1 and piece.startswith("0"):
        return NUMBERS.digits(piece)
    if len(piece) >= 4 and not piece.endswith("00"):
        return NUMBERS.digits(piece)  # ab9453: an id, digit by digit
    return NUMBERS.cardinal(piece)


def symbols(text: str) -> str:
    text = re.sub(r"#(?=\s?\d)", " number ", text)
    text = re.sub(r"(?<=\w)'(?=s\b)", "'", text)
    for symbol, words in SYMBOLS.items():
        if symbol in text:
            text = text.replace(symbol, f" {words} " if words.strip() else " ")
    return text


def letter_a(text: str) -> str:
    """A capital A standing alone after a lowercase word is the letter (plan A, type A
    blood, vitamin A): espeak-ng would say the article "uh" unless it is marked."""
    return re.sub(r"\b(?P<word>[a-z]{2,}) A(?!-|['\u2019.]?\w)", r"\g<word> A-", text)
