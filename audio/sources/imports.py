"""Lists of things to read, exported from elsewhere: OPML subscription lists (feeds)
and read-later exports (Pocket's HTML, Instapaper's CSV, or a plain list of URLs)."""

from __future__ import annotations

import csv
import io
import re

from audio.errors import InputError
from audio.sources.urls import followable


def feeds_in_opml(data: bytes, name: str) -> list[str]:
    """The feed URLs of an OPML subscription list, in its order, without repeats."""
    import listparser  # imported here: only importing a list needs it

    parsed = listparser.parse(data)
    # An xmlUrl can hold anything (an encoded newline, a javascript: link): only clean
    # absolute http(s) addresses are followed; show.toml never sees the others.
    urls = [url for url in (followable(feed.url) for feed in parsed.feeds) if url]
    if not urls:
        reason = parsed.get("bozo_exception")
        raise InputError(f"{name}: no feeds found in it (is it an OPML subscription list?"
                         + (f" {reason})" if reason else ")"))
    return list(dict.fromkeys(urls))


def urls_in_export(data: bytes, name: str) -> list[str]:
    """The article URLs of a read-later export: Pocket's ril_export.html, Instapaper's CSV,
    or any text with one URL per line."""
    text = data.decode("utf-8-sig", errors="replace")
    if re.search(r"<a\s[^>]*href=", text, re.IGNORECASE):
        urls = _html_links(text)
    elif re.match(r"\s*\"?url\"?\s*,", text, re.IGNORECASE):
        urls = _csv_urls(text, name)
    else:
        urls = [line.strip() for line in text.splitlines()]
    urls = [u for u in (followable(url) for url in urls) if u]
    if not urls:
        raise InputError(f"{name}: no http(s) links found in it (a Pocket or Instapaper "
                         "export, or one URL per line)")
    return list(dict.fromkeys(urls))


def _csv_urls(text: str, name: str) -> list[str]:
    """The URL column of an Instapaper export. A field may be as long as the whole file
    (a saved selection); the csv module's own limit of 128 KB would refuse it."""
    limit = csv.field_size_limit()
    try:
        csv.field_size_limit(max(limit, len(text) + 1))
        rows = csv.DictReader(io.StringIO(text))
        return [str(row.get("URL") or row.get("url") or "").strip() for row in rows]
    except csv.Error as exc:
        raise InputError(f"{name}: not a CSV file papercast can read ({exc})") from None
    finally:
        csv.field_size_limit(limit)


def _html_links(text: str) -> list[str]:
    from lxml import html  # imported here, as in feeds_in_opml

    page = html.fromstring(text)
    return [a.get("href", "").strip() for a in page.iter("a")]
