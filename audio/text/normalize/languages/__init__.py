"""The languages papercast reads itself, one file each; this table is the only list.

Adding a language is one file here (its ``LANGUAGE``, and ``ALSO`` for other tags of
the same language) and one entry in ``_MODULES``. Every language tag goes through
``language()``.
"""

from __future__ import annotations

import re
from collections import Counter

from audio.text.language import base_language
from audio.text.normalize.languages import da, de, en, es, fi, fr, it, ja, nl, no, pl, pt, ru, sv
from audio.text.normalize.words import Language

_MODULES = (en, de, fr, es, it, pt, nl, sv, no, da, fi, pl, ru, ja)

LANGUAGES: dict[str, Language] = {
    entry.tag: entry
    for module in _MODULES
    for entry in (module.LANGUAGE, *getattr(module, "ALSO", ()))
}


def language(tag: str) -> Language | None:
    """The language of a tag ("pt-BR" → Portuguese), None if papercast has no rules for it."""
    return LANGUAGES.get(base_language(tag))


# A text is told by its function words when at least this share of its words are one
# language's, MARGIN times as many as any other's, in at least MIN_WORDS words; anything
# less clear (Danish beside Norwegian, a short or mixed text) is left to the detector.
SHARE = 0.25
MARGIN = 3
MIN_WORDS = 40


def by_function_words(text: str) -> str | None:
    """The language whose commonest words fill ``text``, when that is beyond doubt."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    hits = sorted(((sum(counts[w] for w in module.LANGUAGE.function_words),
                    module.LANGUAGE.tag) for module in _MODULES), reverse=True)
    (best, tag), (second, _) = hits[0], hits[1]
    if best >= SHARE * len(words) and best >= MARGIN * second:
        return tag
    return None

