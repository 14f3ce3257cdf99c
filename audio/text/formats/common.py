"""What every format's reader shares: text cleaning, the title and byline at the top,
the trailing furniture, and dates from metadata."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from audio.errors import path_error
from audio.models import HEADING, NOTES_HEADING, PARAGRAPH, Article, Block
from audio.text import boilerplate
from audio.text.counting import word_count

# Longer than this, a title or an author's name is a page's keyword-stuffed <title> or a
# paragraph marked up as one (an 1,800-word title made an 8-minute intro): it is cut
# where a word ends. A description, at Apple Podcasts' limit for an episode's.
TITLE_MAX_CHARACTERS = 200
DESCRIPTION_MAX_CHARACTERS = 4000
# Longer than this, a "heading" is a paragraph marked up as one: it is read as a
# paragraph, not made a chapter.
HEADING_MAX_WORDS = 40

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def without_control_characters(text: str) -> str:
    """``text`` without the characters XML cannot hold (C0 controls but tab, newline and
    return; U+FFFE, U+FFFF; lone surrogates): feeds, tags and pages all carry the text."""
    return _CONTROL.sub("", text)


def byline(kind: str, text: str) -> str | None:
    """The author named by a byline block. A plain-text byline is a short line without a
    full stop, so it reads as a heading; as a heading it must name a person ("By Sam
    Ortiz"), not begin a title ("By the Numbers")."""
    author = boilerplate.byline_author(text)
    if kind == HEADING and author and not boilerplate.looks_like_a_name(author):
        return None
    return author if kind in (PARAGRAPH, HEADING) else None


# A run of letters and digits too long to be a word: base64 data, hashes, minified code
# pasted into an article. Read aloud it is minutes of spelled letters (a 600 KB base64
# image in a page was 800,000 of them), so it is left out of the text, shown and spoken.
_BLOB = re.compile(r"(?<![^\s(\[\"'])(?=[\w+/=-]*\d)(?=[\w+/=-]*[A-Za-z])"
                   r"[A-Za-z0-9+/=_-]{60,}(?=[.,;:!?)\]\"']*(?!\S))")
_BLOB_CHARACTERS = re.compile(r"[A-Za-z0-9+/=_-]{60}")
_LEFT_BEHIND = re.compile(r"\s*\(\s*\)|\s*\[\s*\]|\s*\"\s*\"|\s+(?=[.,;:!?)\]])")  # a blob's gap


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", without_control_characters(text)).strip()
    if not _BLOB_CHARACTERS.search(text) or not _BLOB.search(text):  # the first is 9x faster
        return text
    return re.sub(r" {2,}", " ", _LEFT_BEHIND.sub("", _BLOB.sub("", text))).strip()


def finish(title: str, blocks: list[Block], name: str, notes: list[Block] | None = None,
           **meta: str | None) -> Article:
    """Drop a repeated title and a byline at the top (the byline gives the author if
    unknown) and the furniture at the end of the body; then the ``notes``, if any, after
    their own heading (footnotes are read at the end, never inline)."""
    title = clean(title)
    author = meta.pop("author", None)
    body: list[Block] = []
    for block in blocks:
        text = clean(block.text)
        if not text or boilerplate.is_inline_furniture(text):
            continue
        at_top = not any(b.kind != HEADING for b in body)
        if at_top and text.casefold() == title.casefold():
            continue
        named = byline(block.kind, text) if at_top else None
        if named:
            author = author or named
            continue
        kind = PARAGRAPH if block.kind == HEADING and word_count(text) > HEADING_MAX_WORDS \
            else block.kind
        body.append(replace(block, text=text, kind=kind))
    while body and boilerplate.is_furniture(body[-1].text):  # in every format, not only text
        body.pop()
    if not body:
        raise path_error(name, "no article body found")
    kept_notes = [replace(note, text=clean(note.text)) for note in notes or ()
                  if clean(note.text)]
    if kept_notes:
        body += [Block(HEADING, NOTES_HEADING), *kept_notes]
    description = meta.get("description")
    if description:
        meta["description"] = shortened(description, DESCRIPTION_MAX_CHARACTERS)
    return Article(title=shortened(title) or "Untitled", blocks=tuple(body),
                   author=shortened(author) if author else None, source=name, **meta)


def shortened(text: str, limit: int = TITLE_MAX_CHARACTERS) -> str:
    """``text`` (a title, a name) cut after at most ``limit`` characters, where a word
    ends, and marked as cut ("…"); as it is if it is no longer."""
    if len(text) <= limit:
        return text
    cut = text[:limit + 1]
    space = cut.rfind(" ")
    # text without spaces (Chinese, Japanese) is cut anywhere
    cut = cut[:space] if space > limit // 2 else cut[:limit]
    return cut.rstrip(" ,;:.-–—|") + "…"


def meta_date(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        match = re.match(r"\d{4}-\d{2}-\d{2}", value.strip())
        return match.group(0) if match else None
    return None


