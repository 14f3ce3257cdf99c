"""A read-later queue: URLs fetched now and saved into a show's articles/ folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from audio.errors import FetchError, PapercastError
from audio.sources.saved import find_saved, save_article
from audio.sources.urls import followable
from audio.sources.web import read_url


@dataclass(frozen=True)
class Added:
    url: str
    path: Path | None = None  # the saved article
    error: str | None = None  # why it could not be added
    already: bool = False  # the show already had this page (added, or from a feed)


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


def _add(url: str, articles: Path, now: Callable[[], dt.datetime]) -> Added:
    if followable(url) is None:
        raise FetchError(f"{url!r}: not an http:// or https:// address")
    existing = find_saved(articles, [url])
    if existing is None:
        article = read_url(url)
        existing = find_saved(articles, [article.url])
        if existing is None:
            saved = save_article(article, articles, now(), requested_url=url)
            return Added(url, saved.path)
    return Added(url, existing, already=True)
