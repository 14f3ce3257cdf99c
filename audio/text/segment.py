"""Article → Script: segments in reading order, each with its role and the pause after it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from audio.errors import InputError
from audio.models import (
    HEADING,
    HEADLINE,
    LIST_ITEM,
    NARRATOR,
    NOTES_HEADING,
    QUOTE,
    QUOTE_ROLE,
    Article,
    Block,
    Chapter,
    Script,
    Segment,
)
from audio.text.language import DEFAULT_LANGUAGE, base_language
from audio.text.lexicon import Lexicon
from audio.text.normalize import byline, notes_heading, speakable

MAX_SEGMENT_CHARS = 300
SENTENCE_WINDOW_CHARS = 4000
_SENTENCE_END = re.compile(r"[.!?][\"')\u201d\u2019]?\s+(?=[\"'(\u201c\u2018]?[A-Z])")
# espeak-ng through pyttsx3 crashes on very long input; stay far below that.
HARD_LIMIT_CHARS = 1500

_LEAD = re.compile(r"[^\w\s]*")  # always matches, maybe empty


def make_script(article: Article, quote_voice: bool = True, lexicon: Lexicon | None = None,
                intro: str | None = None, outro: str | None = None) -> Script:
    """Split an article into segments: title, byline, headings, paragraphs (by sentence).

    ``intro`` and ``outro`` are spoken lines before the title and after the body.
    """
    language = article.language or DEFAULT_LANGUAGE
    pieces: list[tuple[str, str, str, str, str | None]] = []  # kind, text, pause, role, lang
    if intro:
        pieces.append(("intro", intro, "heading", NARRATOR, None))
    pieces.append(("title", article.title, "title", HEADLINE, None))
    if article.author:
        pieces[-1] = ("title", article.title, "sentence", HEADLINE, None)
        pieces.append(("byline", byline(article.author, language), "title", NARRATOR, None))
    for block in article.blocks:
        pieces.extend(_block_pieces(block, quote_voice, language))
    if outro:
        pieces.append(("outro", outro, "end", NARRATOR, None))
    kind, text, _, role, own = pieces[-1]
    pieces[-1] = (kind, text, "end", role, own)

    segments: list[Segment] = []
    chapters = [Chapter(article.title, 0)]
    for index, (kind, text, pause, role, own) in enumerate(pieces):
        if kind == HEADING:
            chapters.append(Chapter(text, index))
        segments.append(Segment(index=index, kind=kind, text=text,
                                speech=speakable(text, lexicon, own or language),
                                pause_after=pause, role=role, chapter=len(chapters) - 1,
                                language=own))
    return Script(title=article.title, segments=tuple(segments), chapters=tuple(chapters),
                  author=article.author, date=article.date, description=article.description
                  or _first_paragraph(article), url=article.url, language=language,
                  language_source=article.language_source or "default")


def spoken_template(template: str | None, article: Article, show: str) -> str | None:
    """A spoken intro or outro line with {show} {title} {author} {date} filled in."""
    if not template:
        return None
    fields = {"show": show, "title": article.title, "author": article.author or "",
              "date": article.date or ""}
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError) as exc:
        raise InputError(f"intro/outro text {template!r}: unknown field {exc}; use "
                         "{show}, {title}, {author} or {date}") from None


def _block_pieces(block: Block, quote_voice: bool,
                  language: str) -> list[tuple[str, str, str, str, str | None]]:
    own = block.language if block.language and block.language != language else None
    if block.kind == HEADING:
        text = notes_heading(language) if block.text == NOTES_HEADING else block.text
        return [(HEADING, text, "heading", HEADLINE, own)]
    role = QUOTE_ROLE if block.kind == QUOTE and quote_voice else NARRATOR
    kind = block.kind if block.kind in (QUOTE, LIST_ITEM) else "paragraph"
    speaking = own or language
    others = tuple(p for p in block.passages if p.language != speaking)
    runs = passage_runs(replace(block, passages=others))
    pieces = []
    for r, (text, passage_language) in enumerate(runs):
        speaks = passage_language or own
        speaks = speaks if speaks and speaks != language else None
        parts = split_long(text, language=speaks or language)
        # sentences of a run apart; a run joined to the next by a phrase pause
        ends = "phrase" if r < len(runs) - 1 else "paragraph"
        pieces += [(kind, part, "sentence" if i < len(parts) - 1 else ends, role, speaks)
                   for i, part in enumerate(parts)]
    return pieces


def passage_runs(block: Block) -> list[tuple[str, str | None]]:
    """The block's text in runs: each passage in another language apart, with its
    language, the words between them with None. Punctuation alone ("», and") is not
    a run: it joins the words before it."""
    runs: list[tuple[str, str | None]] = []
    at = 0
    for passage in block.passages:
        found = re.search(rf"(?<!\w){re.escape(passage.text)}(?!\w)", block.text[at:])
        if not found:
            continue
        start, end = at + found.start(), at + found.end()
        runs += [(block.text[at:start], None), (passage.text, passage.language)]
        at = end
    runs.append((block.text[at:], None))
    joined: list[tuple[str, str | None]] = []
    for text, language in runs:
        lead = found[0] if joined and (found := _LEAD.match(text)) else ""  # "», and": "»"
        if lead:                                                  # the run before
            joined[-1] = (f"{joined[-1][0]}{lead}", joined[-1][1])
            text = text[len(lead):]
        if text.strip():
            joined.append((text, language))
    return [(text.strip(), language) for text, language in joined]


def split_long(text: str, limit: int = MAX_SEGMENT_CHARS, language: str = "en") -> list[str]:
    """Group whole sentences into parts of at most ``limit`` characters where possible."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for sentence in sentences(text, language):
        for piece in _cap(sentence):
            if current and len(current) + 1 + len(piece) > limit:
                parts.append(current)
                current = piece
            else:
                current = f"{current} {piece}".strip()
    if current:
        parts.append(current)
    return parts


def sentences(text: str, language: str = "en") -> list[str]:
    """Sentences, respecting abbreviations, initials, decimals and quotes (pysbd).

    pysbd's time grows with the square of its input (a 60 KB paragraph took 3.5 s,
    225 KB 40 s), so a long paragraph is first cut into windows of about
    SENTENCE_WINDOW_CHARS where a full stop is followed by a capital, and each window
    is split on its own.
    """
    segment = _segmenter(base_language(language))
    return [s.strip() for window in _windows(text) for s in segment(window) if s.strip()]


def _windows(text: str, size: int = SENTENCE_WINDOW_CHARS) -> list[str]:
    windows, start = [], 0
    while len(text) - start > size:
        cut = _SENTENCE_END.search(text, start + size // 2, start + size)
        end = cut.end() if cut else start + size
        if not cut:  # no sentence end in reach: cut at a space
            end = text.rfind(" ", start + 1, start + size) + 1 or start + size
        windows.append(text[start:end])
        start = end
    return [*windows, text[start:]]


@lru_cache(maxsize=8)
def _segmenter(language: str):
    """English: pysbd (its abbreviations, initials and decimals are tested here). Other
    languages: sentencex, which knows more of their abbreviations: on 20 sentences
    with "z. B.", "Sr.", "t.ex.", "kl. 8" in 12 languages it split 13 right, pysbd 7."""
    if language != "en":
        import sentencex  # imported here, as pysbd is

        return lambda text: sentencex.segment(language, text)
    import pysbd  # imported here: it takes 0.1 s, and most commands never split text

    class Segmenter(pysbd.Segmenter):
        def sentences_with_char_spans(self, sentences: list[str]) -> list:
            """pysbd's own finds each sentence in the text with a regular expression made
            from it: hundreds of one-off patterns that push every other pattern out of
            Python's cache of 512, so the normalizer's were compiled over and over (a
            10,000-word article's script took 1.0 s, 0.85 s with this). This finds them
            as plain strings."""
            return list(_spans(self.original_text, sentences, pysbd.utils.TextSpan))

    return Segmenter(language="en", clean=False).segment


def _spans(text: str, sentences: list[str], span: type) -> Iterator[object]:
    """Each sentence where it is in ``text``, after the one before, with the whitespace
    that follows it; one that is not there is left out (as pysbd does)."""
    prior_end = 0
    for sentence in filter(None, sentences):
        start = text.find(sentence)
        while start >= 0:
            end = start + len(sentence)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior_end:
                yield span(text[start:end], start, end)
                prior_end = end
                break
            start = text.find(sentence, end)


def _cap(sentence: str) -> list[str]:
    """A run-on sentence longer than the engine can take is cut at word boundaries."""
    words, parts, current = sentence.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > HARD_LIMIT_CHARS:
            parts.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*parts, current] if current else parts


def _first_paragraph(article: Article) -> str | None:
    paragraphs = article.paragraphs
    return paragraphs[0] if paragraphs else None
