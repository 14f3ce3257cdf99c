"""A read-later queue: URLs fetched now and saved into a show's articles/ folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from audio.errors import PapercastError
from audio.sources.saved import save_article
from audio.sources.web import read_url


@dataclass(frozen=True)
class Added:
    url: str
    path: Path | None = None  # the saved article
    error: str | None = None  # why it could not be added


def add_urls(urls: Iterable[str], articles: Path,
             now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)
             ) -> list[Added]:
    """Fetch each URL and save it as Markdown in ``articles``; one failure does not stop
    the others."""
    added = []
    for url in urls:
        try:
            added.append(Added(url, save_article(read_url(url), articles, now())))
        except PapercastError as exc:
            added.append(Added(url, error=str(exc)))
    return added
