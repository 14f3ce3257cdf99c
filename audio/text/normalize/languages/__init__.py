"""The languages papercast reads itself, one file each; this table is the only list.

Adding a language is one file here (its ``LANGUAGE``, and ``ALSO`` for other tags of
the same language) and one entry in ``_MODULES``. Every language tag goes through
``language()``.
"""

from __future__ import annotations

from audio.text.language import base_language
from audio.text.normalize.languages import da, de, en, es, fi, fr, it, nl, no, pl, pt, ru, sv
from audio.text.normalize.words import Language

_MODULES = (en, de, fr, es, it, pt, nl, sv, no, da, fi, pl, ru)

LANGUAGES: dict[str, Language] = {
    entry.tag: entry
    for module in _MODULES
    for entry in (module.LANGUAGE, *getattr(module, "ALSO", ()))
}


def language(tag: str) -> Language | None:
    """The language of a tag ("pt-BR" → Portuguese), None if papercast has no rules for it."""
    return LANGUAGES.get(base_language(tag))
