"""Words and sentence ends in any script, not only those written with spaces.

Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between words: counted by
``str.split()``, a whole paragraph was one word, so a Japanese page had "no article
body" (no block of eight words), a Japanese book passed the length guard as a few
hundred words, and its paragraphs were taken for titles.
"""

from __future__ import annotations

import math
import re

# Kana and CJK ideographs (and their compatibility forms): a line may break between any
# two of them.
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# With Thai, Lao, Burmese and Khmer, whose marks sit on their letters (no line breaks
# between those: they are left to the spaces between their phrases).
_UNSPACED = re.compile(f"[{_CJK_CHARS}\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f"
                       "\u1780-\u17ff]")
# A word between spaces, or one Chinese or Japanese character with the brackets that
# open before it and the punctuation that must stay after it (「本」。), each with the
# spaces before it.
_UNIT = re.compile(f"(\\s*)([「『（【〈《]*[{_CJK_CHARS}][、。」』）】〉》！？，．：；・]*"
                   f"|[^\\s{_CJK_CHARS}]+)")
# A word of Chinese or Japanese is one to three characters: two on average.
CHARACTERS_PER_WORD = 2
# What ends a sentence, in the scripts papercast reads: full stops, question and
# exclamation marks (ideographic, full-width, Arabic, Devanagari danda), an ellipsis.
SENTENCE_ENDS = ".!?…。！？؟।"


def word_count(text: str) -> int:
    """Words in ``text``: runs between spaces, and in unspaced scripts one per
    CHARACTERS_PER_WORD characters."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    return len(_UNSPACED.sub(" ", text).split()) + math.ceil(unspaced / CHARACTERS_PER_WORD)


# No language averages more characters a word than this (English about 6 with its space):
# a text that has more is counted by its length (a megabyte without a space is not one
# word to the length guard).
MOST_CHARACTERS_PER_WORD = 10


def spoken_words(text: str) -> int:
    """How many words ``text`` is to say, at least: its words, or its length."""
    return max(word_count(text), len(text) // MOST_CHARACTERS_PER_WORD)


def units(text: str) -> list[tuple[str, str]]:
    """``text`` as the pieces a line may break between: (separator, piece) pairs, the
    separator " " between words and "" inside a run of Chinese or Japanese."""
    return [(" " if space else "", piece) for space, piece in _UNIT.findall(text)]


def ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (after any closing quotes or brackets)."""
    return text.rstrip().rstrip("'\"”’»)」』）").endswith(tuple(SENTENCE_ENDS))
