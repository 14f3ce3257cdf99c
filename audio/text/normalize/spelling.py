"""Letters to be said one by one, written so espeak-ng says them as letters."""

from __future__ import annotations


def spell(text: str) -> str:
    """The letters of ``text`` in capitals, joined by hyphens: espeak-ng reads a lone
    "A" as the article ("A M" sounds "uh em") but "A-M" as letters. A last "A" keeps a
    hyphen after it ("B-A-"): before another word, espeak-ng would say "B uh"."""
    spelled = "-".join(ch.upper() for ch in text if ch.isalpha())
    return spelled + "-" if spelled.endswith("A") else spelled
