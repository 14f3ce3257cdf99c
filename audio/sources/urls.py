"""Web addresses as sources: which ones papercast follows, and when two are one article.

A feed or a list can hold anything in a link field: a newline, a `javascript:` link, a
relative path. Only absolute http(s) addresses without spaces or control characters are
followed. Two addresses name one article when they differ only in what trackers add
(utm_*, fbclid, …), the fragment, the host's case or a default port.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|"
                       r"mc_eid|igshid|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|oly_enc_id|"
                       r"oly_anon_id|vero_id|__s|s_cid|cmpid|ref)$", re.IGNORECASE)
_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f]")


def followable(url: object, base: str | None = None) -> str | None:
    """``url`` as an absolute http(s) address (resolved against ``base``), or None if it
    is not one papercast should follow."""
    if not isinstance(url, str) or not url.strip():
        return None
    text = url.strip()
    if _UNSAFE.search(text):
        return None
    if base:
        text = urljoin(base, text)
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def canonical(url: str) -> str:
    """The address without what does not change the page: trackers, the fragment, case
    of scheme and host, a default port."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))
