"""English abbreviations that only their context explains: reference and citation words
("Vol. 3", "pp. 45–67", "2nd ed.", "c. 1850"), "St." as Street or Saint, and words such
as "incl." wherever they stand.

Run before the numbers are read, so "p. 8" still shows its digit. An abbreviation's
full stop goes with it (no pause in the middle of a sentence) unless it also ends the
sentence.
"""

from __future__ import annotations

import re

# Before a number (or a number range) only: elsewhere "p." or "c." is anything.
BEFORE_NUMBER = {
    "vol": "volume", "vols": "volumes", "p": "page", "pp": "pages", "ch": "chapter",
    "chap": "chapter", "chs": "chapters", "sec": "section", "para": "paragraph",
    "c": "circa", "ca": "circa", "ep": "episode", "art": "article", "nr": "number",
    "fig": "figure", "figs": "figures", "eq": "equation", "tab": "table", "n": "note",
    "no": "number", "nos": "numbers",  # read before a house number is: "No. 10 Downing St."
}
# With their full stop, wherever they stand (not as units after a number).
ANYWHERE = {
    "incl": "including", "excl": "excluding", "dept": "department", "approx": "approximately",
    "est": "estimated", "min": "minimum", "max": "maximum", "ref": "reference",
    "refs": "references", "esp": "especially", "govt": "government", "intl": "international",
    "natl": "national", "misc": "miscellaneous", "avg": "average",
}
_UNITS = {"min"}  # after a number, a unit of measure, not these words
# After these, "ed." is an edition ("2nd ed.", "rev. ed." is left to "rev.")
_EDITION_AFTER = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|"
                  r"nd|rd|th)|new|revised|international|illustrated|paperback|updated")
# Words that begin a sentence, so "Main St. The shops…" ends a sentence at Street.
_STARTERS = (r"The|A|An|It|He|She|We|They|I|You|This|That|These|Those|There|In|On|At|But|"
             r"And|So|Then|His|Her|Its|Our|Their|My|After|Before|When|As|If")


def references(text: str) -> str:
    text = _edition(text)
    text = _before_numbers(text)
    text = _street_or_saint(text)
    return _anywhere(text)


def _said(short: str, long: str) -> str:
    """The long form, capitalized where the abbreviation was ("Vol." → "Volume")."""
    return long[:1].upper() + long[1:] if short[:1].isupper() else long


def _ends_sentence(m: re.Match) -> bool:
    return bool(re.match(rf"\s*$|\s+[\"'(]?(?:{_STARTERS})\b", m.string[m.end():]))


def _before_numbers(text: str) -> str:
    names = "|".join(sorted(BEFORE_NUMBER, key=len, reverse=True))
    def say(m: re.Match) -> str:
        long = BEFORE_NUMBER[m["a"].lower()]
        # "No." is written capitalized mid-sentence too: "Pier number four"
        return (long if m["a"].lower() in ("no", "nos") else _said(m["a"], long)) + " "

    return re.sub(rf"(?<![\w.])(?P<a>(?i:{names}))\.\s?(?=[(\[]?\d)", say, text)


def _anywhere(text: str) -> str:
    names = "|".join(sorted(ANYWHERE, key=len, reverse=True))

    def say(m: re.Match) -> str:
        if m["a"].lower() in _UNITS and re.search(r"\d\s?$", m.string[:m.start()]):
            return m[0]  # "40 min." is minutes, for the rule of measures
        words = _said(m["a"], ANYWHERE[m["a"].lower()])
        return words + "." if _ends_sentence(m) else words

    return re.sub(rf"(?<![\w.])(?P<a>(?i:{names}))\.(?!\w)", say, text)


def _edition(text: str) -> str:
    text = re.sub(r"\((?P<a>[Ee]ds?)\.\)", lambda m: "(editors)" if m["a"].lower() == "eds"
                  else "(editor)", text)
    text = re.sub(rf"\b(?P<w>(?i:{_EDITION_AFTER}))\s+ed(?P<s>s?)\.",
                  lambda m: f"{m['w']} edition{m['s']}" + ("." if _ends_sentence(m) else ""),
                  text)
    return re.sub(r"\b[Ee]d\.(?=\s+by\b)", "edited", text)


def _street_or_saint(text: str) -> str:
    """After a capitalized name, "St." is a street ("Main St. to the river"), unless a name
    follows it; before a name it is a saint, which the titles rule says later."""
    def street(m: re.Match) -> str:
        return f"{m['name']} Street" + ("." if _ends_sentence(m) else "")

    return re.sub(rf"\b(?P<name>[A-Z][a-z]+) St\.(?=\s+(?:[a-z]|(?:{_STARTERS})\b)|\s*[,;:)]"
                  rf"|\s*$)", street, text)
