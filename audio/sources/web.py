"""A web page → an Article: fetched, decoded in its own charset, read like an HTML file."""

from __future__ import annotations

import re
from dataclasses import replace

from audio.errors import FetchError
from audio.models import Article
from audio.sources.http import Fetched, fetch
from audio.text.formats.html import declared_charset, looks_like_html
from audio.text.read import read_html, read_markdown, read_text, without_control_characters

_READERS = {"text/html": read_html, "application/xhtml+xml": read_html,
            "text/plain": read_text, "text/markdown": read_markdown,
            "text/x-markdown": read_markdown}


def is_url(source: object) -> bool:
    return bool(re.match(r"https?://", str(source), re.IGNORECASE))


# What papercast asks a server for when it wants a page to read.
PAGE_TYPES = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"


def read_url(url: str) -> Article:
    """The article at ``url``; its address (after redirects) is kept as the article's url."""
    page = fetch(url, accept=PAGE_TYPES)
    return article_from_page(page, url)


def article_from_page(page: Fetched, asked: str | None = None) -> Article:
    """An Article from a fetched page, read by its content type."""
    reader = _READERS.get(page.content_type or "text/html")
    if reader is None:
        raise FetchError(f"{asked or page.url}: is {page.content_type}, not a web page")
    text = page_text(page)
    if reader is not read_html and looks_like_html(text):  # an HTML page labelled text:
        reader = read_html  # its markup is never to be read aloud
    article = reader(text, page.url)
    return replace(article, url=page.url)


def page_text(page: Fetched) -> str:
    """The body as text: the charset the server names, else the one the page declares,
    else UTF-8, else the best guess (pages in old single-byte charsets are common)."""
    labels = [page.charset, declared_charset(page.body)]
    # A label that does not fit (Latin-1 bytes labelled UTF-8) falls back to windows-1252,
    # as browsers do; a page with no label at all is guessed.
    fallback = "windows-1252" if any(labels) else None
    for charset in (*labels, "utf-8", fallback):
        if not charset:
            continue
        try:
            return without_control_characters(page.body.decode(charset))
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes  # imported here: rarely needed

    best = from_bytes(page.body).best()
    if best is None:
        raise FetchError(f"{page.url}: not text in any charset papercast knows")
    return without_control_characters(str(best))
