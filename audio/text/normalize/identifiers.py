"""Hashtags, @handles and version numbers, as every language's rules read them.

A tag or handle is read as the words it runs together ("#QuietCrossing" → "hashtag Quiet
Crossing", "@sound_link_ferry" → "at sound link ferry"); a version as its numbers joined by
the word for a dot ("v2.3.1" → "version two point three point one").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Where words meet inside a tag: an underscore, a lower-case letter before a capital, the
# last capital of a run before a capitalized word ("NASAMission"), letters and digits.
_JOINS = re.compile(r"_+|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[a-zà-ÿа-я])(?=[A-ZÀ-ÞА-Я])"
                    r"|(?<=[A-ZÀ-ÞА-Я])(?=[A-ZÀ-ÞА-Я][a-zà-ÿа-я])")
HASHTAG = re.compile(r"(?<![\w&#/])#(?P<tag>[^\W\d_][\w]*)")
HANDLE = re.compile(r"(?<![\w@./])@(?P<tag>[^\W\d_][\w]*)(?![\w@]|\.\w)")
# "v2.3.1", "v3": a version by its v; "3.11.4": three or more dotted parts
VERSION = re.compile(r"(?<![\w.])(?:(?P<v>[vV])(?P<num>\d+(?:\.\d+)*)|"
                     r"(?P<bare>\d+\.\d+\.\d+(?:\.\d+)*))(?![\w]|\.\d)")


def words_of(tag: str) -> str:
    """The words a tag runs together, apart."""
    return " ".join(part for part in _JOINS.split(tag) if part)


def tags(text: str, hashtag: str, at: str) -> str:
    """Hashtags and @handles as their words, after ``hashtag`` and ``at`` ("hashtag", "at")."""
    text = HASHTAG.sub(lambda m: f"{hashtag} {words_of(m['tag'])}", text)
    text = HANDLE.sub(lambda m: f"{at} {words_of(m['tag'])}", text)
    return re.sub(r"(?<![\w@])@(?=[^\W\d_])", f"{at} ", text)  # "@jensen.me"


def versions(text: str, version: str, dot: str, number: Callable[[str], str],
             thousands_dots: bool = False) -> str:
    """Versions: each part a number, joined by ``dot``: after a v, after the word
    ``version``, and dotted numbers of three parts or more. Where dots group thousands
    (``thousands_dots``, and dates written "3.6.2025"), a dotted number that could be a
    grouped one ("1.000.000") or a date is that, not a version, unless the word
    ``version`` comes before it."""
    def spoken(dotted: str) -> str:
        return f" {dot} ".join(number(part) for part in dotted.split("."))

    def say(m: re.Match) -> str:
        if m["bare"] and thousands_dots and (_could_be_thousands(m["bare"]) or
                                             _could_be_date(m["bare"])):
            return m[0]
        if not m["v"]:
            return spoken(m["bare"])
        said_before = re.search(rf"(?i:{re.escape(version)})\s+$", m.string[:m.start()])
        return spoken(m["num"]) if said_before else f"{version} {spoken(m['num'])}"

    text = re.sub(rf"(?<!\w)(?P<word>{re.escape(version)})(?P<space>\s+)(?P<num>\d+(?:\.\d+)+)"
                  r"(?![\w]|\.\d)", lambda m: m["word"] + m["space"] + spoken(m["num"]), text,
                  flags=re.IGNORECASE)
    return VERSION.sub(say, text)


def _could_be_thousands(dotted: str) -> bool:
    head, *groups = dotted.split(".")
    return len(head) <= 3 and all(len(group) == 3 for group in groups)


def _could_be_date(dotted: str) -> bool:
    parts = dotted.split(".")
    return (len(parts) == 3 and 1 <= int(parts[0]) <= 31 and 1 <= int(parts[1]) <= 12
            and len(parts[2]) in (2, 4))

