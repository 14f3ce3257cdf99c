"""Web addresses and e-mail addresses, said the way a listener can take them in.

An e-mail is "name at example dot com"; a short web address is read whole ("w w w dot
example dot com slash news"); a long one (a query, many path parts, a date or an id in
its path) becomes "a link on example dot com": nobody can type it from audio anyway.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from audio.text.normalize.spelling import spell

_WORDISH = re.compile(r"[A-Za-z]+|\d+|.", re.S)
LINK_WORDS_DEFAULT = {".": "dot", "@": "at", "/": "slash", ":": "colon", "-": "dash"}

EMAIL = re.compile(r"(?<![\w@])(?<!\w\.)[A-Za-z0-9][\w.+&-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
                   r"(?:/[\w.-]*)*(?<![.-])")
URL = re.compile(r"(?<![\w@/])(?:(?:https?|ftp|file)://+|www\.)[^\s<>\"'()\[\]]*"
                 r"[^\s<>\"'()\[\].,;:!?]")


def domain_pattern(tlds: set[str]) -> re.Pattern[str]:
    """A bare domain such as ``nvidia.com`` or ``test2.uk/12-sm`` (lower case, known TLD)."""
    ends = "|".join(sorted(tlds, key=len, reverse=True))
    return re.compile(rf"(?<![\w@./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{ends})\b"
                      rf"(?:/[\w./-]*[\w/])?(?![\w@]|\.\w)")


def is_long(url: str) -> bool:
    """Too long to follow by ear: a query or fragment, more than three path parts, a
    date or an id in the path, or a path longer than 50 characters."""
    rest = re.sub(r"^[a-z]+://+", "", url)
    _, _, path = rest.partition("/")
    parts = [p for p in path.split("/") if p]
    return bool(re.search(r"[?#=]", rest) or len(parts) > 3 or len(path) > 50
                or re.search(r"\d{5,}|\d{4}[/-]\d\d", path))


def host_of(url: str) -> str:
    rest = re.sub(r"^[a-z]+://+", "", url)
    return re.sub(r"^www\.", "", rest.split("/")[0].split("?")[0])


def say_address(address: str, words: dict[str, str], digits: Callable[[str], str],
                tld_words: set[str], speller: Callable[[str], str] = spell,
                known: dict[str, str] | None = None) -> str:
    """Every part of an address: words as words, digits one by one, punctuation named,
    short or unknown endings spelled ("dot D E"); ``known`` parts said as the language
    says them (Russian "gmail": "джи мейл"), letters spelled by ``speller``."""
    out: list[str] = []
    host_start = (address.find("@") + 1 if "@" in address
                  else address.find("://") + 3 if "://" in address else 0)
    host_end = address.find("/", host_start)
    host = range(host_start, host_end if host_end >= 0 else len(address))
    for match in _WORDISH.finditer(address):
        piece = match[0]
        if piece.isdigit():
            out.append(digits(piece))
        elif piece.isalpha() and known and piece.lower() in known:
            out.append(known[piece.lower()])
        elif piece.isalpha() and _touches_digit(address, match.start(), match.end()):
            out.append(speller(piece))  # part of a code: "gma4i"
        elif piece.isalpha():
            out.append(_say_word(piece, address, match.start(), host, tld_words, speller))
        elif piece in words:
            out.append(words[piece])
    return " ".join(w for w in out if w)


def _touches_digit(text: str, start: int, end: int) -> bool:
    return text[start - 1:start].isdigit() or text[end:end + 1].isdigit()


def _say_word(word: str, address: str, at: int, host: range, tld_words: set[str],
              speller: Callable[[str], str] = spell) -> str:
    lower = word.lower()
    if lower in ("http", "https", "www", "ftp"):
        return speller(lower)
    last_in_host = at in host and not re.match(r"[\w-]*\.\w", address[at:host.stop])
    after_at_or_dot = at > 0 and address[at - 1] in ".@"
    if last_in_host and after_at_or_dot and lower not in tld_words:
        return speller(word)  # an ending such as "de", "sm", "abc"
    if at in host and len(word) <= 3 and address[at - 1:at] in ("@", "/", "") \
            and lower not in tld_words:
        return speller(word)  # a name of initials: "abc.com", "bbc.co.uk"
    if len(word) == 1 or len(word) <= 3 and not re.search(r"[aeiouy]", lower):
        return speller(word)  # a letter, or no vowel: spelled ("a", "cdf", "rtx")
    return word


def say_link(url: str, words: dict[str, str], digits: Callable[[str], str],
             tld_words: set[str], link_on: str, local_file: str,
             speller: Callable[[str], str] = spell, known: dict[str, str] | None = None) -> str:
    """A web address as heard: whole if short, else "a link on" its host."""
    def say(part: str) -> str:
        return say_address(part, words, digits, tld_words, speller, known)

    if not is_long(url):
        return say(url)
    if url.startswith("file:"):
        return f"{local_file} {say(url.rstrip('/').rsplit('/', 1)[-1])}"
    return f"{link_on} {say(host_of(url))}"
