"""Telephone numbers as written across Europe: a trunk 0 and an area code, or a + and a
country code, then groups of digits apart ("030 1234567", "+49 30 1234567",
"01 23 45 67 89", "020 7946 0958"). Read group by group with a pause between, never as
one large number; a pair of digits as a number ("zéro un, vingt-trois"), longer groups
digit by digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_END = r"(?![\w-]|[.,]\d)"
NATIONAL = re.compile(r"(?<![\w+.,/-])(?<!\d\s)(?:\(0\d{1,4}\)|0\d{1,4})(?:[ /.-]\d{2,8}){1,5}"
                      + _END)
INTERNATIONAL = re.compile(r"(?<![\w+])\+(?P<cc>\d{1,3})(?P<rest>(?:[ .-]\(?0?\)?\d{1,8}){1,6})"
                           + _END)
# A telephone's word before a number makes it a telephone number, whatever its shape
# ("tel. 19 115", "Telefon: 030 2970", "teléfono 900 444 404"), in any of the languages.
CUED = re.compile(r"(?P<cue>(?<!\w)(?i:tel|tél|tlf|fax|тел|telefon\w*|téléphone|teléfono|"
                  r"telefono|telefone|telefoon|telephone|phone|puhelin|телефон\w*)\.?:?)"
                  r"\s*(?P<number>\+?\d[\d ()./-]*\d)(?![\w])")
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}")  # 02.03.2003 is for the dates rule
_MIN_DIGITS = 8  # fewer is not a telephone number: "0 20", "07 2024"


def telephones(text: str, plus: str, cardinal: Callable[[str], str],
               digits: Callable[[str], str], pairs: bool = True) -> str:
    """Numbers of both kinds spoken; ``plus`` is the word for +. With ``pairs`` a group of
    two digits is a number, as most of Europe reads them; else every group digit by digit
    (English)."""
    def groups(written: str) -> list[str]:
        return said_groups(written, cardinal, digits, pairs)

    def national(m: re.Match) -> str:
        if len(re.sub(r"\D", "", m[0])) < _MIN_DIGITS or _DATE.fullmatch(m[0]):
            return m[0]
        return ", ".join(groups(m[0]))

    def international(m: re.Match) -> str:
        rest = re.sub(r"\(0\)", "", m["rest"])  # "+49 (0)30": the 0 is not dialled
        if len(re.sub(r"\D", "", rest)) < _MIN_DIGITS - 2:
            return m[0]
        return ", ".join([f"{plus} {cardinal(m['cc'])}", *groups(rest)])

    return NATIONAL.sub(national, INTERNATIONAL.sub(international, text))


def cued(text: str, cardinal: Callable[[str], str], digits: Callable[[str], str],
         pairs: bool = True) -> str:
    """Numbers after a telephone's word (``CUED``) read group by group, as ``telephones``
    reads them: run after it, on what its shapes did not take."""
    def say(m: re.Match) -> str:
        if len(re.sub(r"\D", "", m["number"])) < 3 or _DATE.fullmatch(m["number"]):
            return m[0]
        return f"{m['cue']} " + ", ".join(said_groups(m["number"], cardinal, digits, pairs))

    return CUED.sub(say, text)


def said_groups(written: str, cardinal: Callable[[str], str], digits: Callable[[str], str],
                pairs: bool) -> list[str]:
    """Each group of digits said: with ``pairs``, two digits as a number ("45":
    "forty-five"; "01": "zero one"); longer groups digit by digit."""
    said = []
    for group in re.findall(r"\d+", written):
        if pairs and len(group) == 2:
            said.append(f"{cardinal('0')} {cardinal(group[1])}" if group[0] == "0"
                        else cardinal(group))
        else:
            said.append(digits(group))
    return said
