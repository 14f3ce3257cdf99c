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
             bare: bool = True) -> str:
    """Versions: each part a number, joined by ``dot``; with ``bare``, also dotted
    numbers of three parts or more with no v (where a dot is no thousands separator)."""
    def say(m: re.Match) -> str:
        if m["bare"] and not bare:
            return m[0]
        parts = (m["num"] or m["bare"]).split(".")
        spoken = f" {dot} ".join(number(part) for part in parts)
        return f"{version} {spoken}" if m["v"] else spoken

    return VERSION.sub(say, text)
