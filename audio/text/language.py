"""Which language an article is in, and what said so.

First found wins: the caller's choice (``--language``), the article's own declaration
(front matter ``language``/``lang``, HTML ``<html lang>``/``og:locale``, an e-mail's
Content-Language), confident detection from the text (py3langid's bundled model,
offline), the show's language, then English. Detection comes before the show: a German
article in an English show is German (the show's region is kept when they agree).
A text mostly in another script than the Latin alphabet is never English: a script of
one language names it (Hangul is Korean, kana Japanese), and for a script of several
(Arabic, Cyrillic, Han) the detector's likeliest language is taken, however unsure.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from audio.errors import InputError
from audio.models import Article

GIVEN, DECLARED, SHOW, DETECTED, DEFAULT = (
    "--language", "the article", "the show", "detected from the text", "default")
DEFAULT_LANGUAGE = "en"
_SAMPLE_CHARS = 3000  # enough text to tell; detection time grows with it
_MIN_CONFIDENCE = 0.9  # below it, or on under _MIN_WORDS words, an article stays English
_MIN_WORDS = 12
# Letters enough to tell a text in another script (Chinese and Japanese are written
# without spaces: a whole paragraph is one "word").
_MIN_LETTERS = 10
# Scripts written by one language among those espeak-ng speaks (Unicode names' first
# word); kana beside Han is Japanese, Han alone Chinese.
_SCRIPT_LANGUAGES = {
    "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh", "GREEK": "el",
    "HEBREW": "he", "THAI": "th", "GEORGIAN": "ka", "ARMENIAN": "hy", "LAO": "lo",
    "KHMER": "km", "MYANMAR": "my", "SINHALA": "si", "TAMIL": "ta", "TELUGU": "te",
    "KANNADA": "kn", "MALAYALAM": "ml", "GUJARATI": "gu", "GURMUKHI": "pa", "ORIYA": "or",
    "ETHIOPIC": "am",
}


def language_tag(value: str, where: str = "language") -> str:
    """A language tag as papercast keeps it: lower case, hyphenated ("de", "pt-br")."""
    tag = value.strip().replace("_", "-").lower()
    if not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})*", tag):
        raise InputError(f"{where}: {value!r} is not a language tag (like en, de or pt-BR)")
    return tag


def base_language(tag: str) -> str:
    """The language without its region, in lower case: "pt-BR" → "pt"."""
    return tag.split("-")[0].lower()


def with_language(article: Article, given: str | None = None, show: str | None = None
                  ) -> Article:
    """``article`` with its language and what decided it, by the order above."""
    if given:
        return replace(article, language=language_tag(given, "--language"),
                       language_source=GIVEN)
    text = " ".join(b.text for b in article.blocks)[:_SAMPLE_CHARS]
    if article.language:
        told = _by_function_words(text)
        if told and not _same_language(told, article.language):
            # a theme's <html lang="en"> around a German post: the text is beyond doubt
            return replace(article, language=told,
                           language_source=f"{DETECTED}, not the article's {article.language}")
        return replace(article, language_source=article.language_source or DECLARED)
    detected = detect_language(text)
    if detected and not (show and base_language(detected) == base_language(show)):
        return replace(article, language=detected, language_source=DETECTED)
    if show:
        return replace(article, language=language_tag(show), language_source=SHOW)
    if detected:
        return replace(article, language=detected, language_source=DETECTED)
    return replace(article, language=DEFAULT_LANGUAGE, language_source=DEFAULT)


def overriding_the_show(article: Article, show: str | None) -> str | None:
    """One line when detection chose another language than the show's or the article's
    declaration, else None."""
    source = article.language_source or ""
    if source.startswith(f"{DETECTED}, not"):
        declared = source.rsplit(" ", 1)[-1]
        return (f"{article.source}: read as {article.language} (its text), not as the "
                f"{declared} it declares")
    if not show or source != DETECTED or not article.language:
        return None
    return (f"{article.source}: read as {article.language} (detected from the text), not "
            f"the show's {language_tag(show)}; declare lang: in the article to say otherwise")


def detect_language(text: str) -> str | None:
    """The language of ``text`` if the detector is confident, else None."""
    script, letters = main_script(text)
    other_script = script != "LATIN" and letters >= _MIN_LETTERS
    if not other_script and len(text.split()) < _MIN_WORDS:
        return None
    # A text full of one language's commonest words needs no model (loading it and numpy
    # took 0.15 s of a two-minute episode); anything less clear goes to py3langid.
    told = _by_function_words(text)
    if told is not None:
        return told
    if other_script:
        return _by_script(text, script)
    language, confidence = _identifier().classify(text)
    return language if confidence >= _MIN_CONFIDENCE else None


def _same_language(tag: str, other: str) -> bool:
    """Whether two tags name one language of the table ("no" and "nb", "pt" and "pt-BR")."""
    from audio.text.normalize.languages import language  # as in _by_function_words

    if base_language(tag) == base_language(other):
        return True
    first, second = language(tag), language(other)
    return first is not None and second is not None and first.words is second.words


def _by_function_words(text: str) -> str | None:
    # imported here: the table of languages reads tags with this module's functions
    from audio.text.normalize.languages import by_function_words

    return by_function_words(text)


def main_script(text: str) -> tuple[str, int]:
    """The script most of the letters of ``text`` are in ("LATIN", "CYRILLIC", "CJK"…),
    and how many letters there are; kana count as Japanese over any Han among them."""
    scripts = Counter(unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha())
    if not scripts:
        return "LATIN", 0
    if scripts["HIRAGANA"] + scripts["KATAKANA"] >= scripts.total() / 10:
        scripts["HIRAGANA"] += scripts.pop("CJK", 0) + scripts.pop("KATAKANA", 0)
    script, count = scripts.most_common(1)[0]
    if 2 * count < scripts.total():  # no script has most of them: a mixed text
        return "LATIN", scripts.total()
    return script, scripts.total()


def _by_script(text: str, script: str) -> str | None:
    """The language of a text in a script other than Latin: the script's own, or the
    detector's likeliest of the languages that write it (never English)."""
    if script in _SCRIPT_LANGUAGES:
        return _SCRIPT_LANGUAGES[script]
    language, _ = _identifier().classify(text)
    return None if base_language(language) == "en" else language


@lru_cache(maxsize=1)
def _identifier():
    # Loaded once, when an article declares no language (language_model.py: fast after
    # the first run)
    from audio.text.language_model import load_identifier

    return load_identifier()


def iso639_2(tag: str) -> str:
    """The three-letter code ID3 uses (TLAN, COMM, USLT): "de" → "deu"."""
    # imported here: the table of languages reads tags with this module's functions
    from audio.text.normalize.languages import language

    known = language(tag)
    if known is not None:  # spares langcodes' 0.15 s import for the languages papercast reads
        return known.alpha3
    import langcodes  # imported here: only tagging other languages needs it

    try:
        code = langcodes.Language.get(tag).to_alpha3()
    except (LookupError, ValueError):
        return "und"
    return code if re.fullmatch(r"[a-z]{3}", code or "") else "und"


def from_iso639_2(code: str | None) -> str | None:
    """The short tag of a three-letter code, as read back from ID3: "deu" → "de"; None if
    unknown."""
    if not code or code == "und":
        return None
    from audio.text.normalize.languages import LANGUAGES  # imported here, as in iso639_2

    for tag, entry in LANGUAGES.items():
        if entry.alpha3 == code:
            return tag
    import langcodes  # imported here, as in iso639_2

    try:
        return langcodes.Language.get(code).language
    except (LookupError, ValueError):
        return None
