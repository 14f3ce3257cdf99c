"""A read-later queue: URLs fetched now and saved into a show's articles/ folder."""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from audio.errors import FetchError, PapercastError
from audio.sources.http import Fetched, fetch
from audio.sources.saved import find_saved, save_article
from audio.sources.urls import followable
from audio.sources.web import PAGE_TYPES, article_from_page

# What a feed is served as; application/xml and text/xml only with a feed's root element.
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
XML_TYPES = ("application/xml", "text/xml")
_FEED_ROOTS = ("<rss", "<feed", "<rdf:RDF")
# XML in UTF-16 or UTF-32 says so with a byte order mark, or with the zero bytes of "<?"
_WIDE = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
         (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))


@dataclass(frozen=True)
class Added:
    url: str
    path: Path | None = None  # the saved article
    error: str | None = None  # why it could not be added
    already: bool = False  # the show already had this page (added, or from a feed)
    feed: bool = False  # the address is a feed: the show is to follow it, not save it


def add_urls(urls: Iterable[str], articles: Path,
             now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)
             ) -> list[Added]:
    """Fetch each URL and save it as Markdown in ``articles``; one failure does not stop
    the others, and a page the show already has is not added twice."""
    added = []
    for url in urls:
        try:
            added.append(_add(url, articles, now))
        except PapercastError as exc:
            added.append(Added(url, error=str(exc)))
    return added


def is_feed(page: Fetched) -> bool:
    """Whether a fetched address is a feed (RSS, Atom, RDF) rather than a page."""
    kind = page.content_type or ""
    declared_xml = kind in XML_TYPES or not kind
    if kind in FEED_TYPES:
        return True
    head = _opening(page.body[:4096])
    return declared_xml and any(root in head for root in _FEED_ROOTS)


def _opening(data: bytes) -> str:
    """The first bytes of an XML document as text, in whichever width it is written."""
    for mark, codec in _WIDE:
        if data.startswith(mark):
            return data.decode(codec, "ignore")
    return data.decode("latin-1")


def _add(url: str, articles: Path, now: Callable[[], dt.datetime]) -> Added:
    if followable(url) is None:
        raise FetchError(f"{url!r}: not an http:// or https:// address")
    existing = find_saved(articles, [url])
    if existing is None:
        page = fetch(url, accept=PAGE_TYPES)
        if is_feed(page):
            return Added(url, feed=True)
        article = article_from_page(page, url)
        existing = find_saved(articles, [article.url])
        if existing is None:
            saved = save_article(article, articles, now(), requested_url=url)
            return Added(url, saved.path)
    return Added(url, existing, already=True)
