"""Fetching one URL politely and safely: timeouts, redirects, a size cap, an honest
User-Agent, conditional requests. Every failure is a FetchError of one line."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from urllib.parse import urljoin

from audio import __version__
from audio.errors import FetchError

USER_AGENT = f"papercast/{__version__} (offline podcast maker; +https://pypi.org/project/papercast/)"
MAX_BYTES = 10 * 1024 * 1024  # an article page or a feed; anything bigger is not one
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 20.0
TOTAL_TIMEOUT_S = 60.0  # a server trickling bytes is cut off too
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Fetched:
    """What a server answered: its final URL, the body (empty for 304), the validators."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch(url: str, etag: str | None = None, last_modified: str | None = None,
          max_bytes: int = MAX_BYTES, accept: str = "*/*") -> Fetched:
    """GET ``url``, following redirects; a 304 when the validators still hold."""
    import urllib3  # imported here: only commands that fetch need it

    if not re.match(r"https?://", url, re.IGNORECASE):
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")
    headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    pool = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S),
        retries=urllib3.Retry(total=MAX_REDIRECTS, connect=1, read=0, redirect=MAX_REDIRECTS,
                              status=0, raise_on_redirect=True, raise_on_status=False),
    )
    try:
        response = pool.request("GET", url, headers=headers, preload_content=False,
                                redirect=True)
        try:
            body = _read_capped(response, url, max_bytes)
        finally:
            response.release_conn()
    except urllib3.exceptions.MaxRetryError as exc:
        raise FetchError(f"{url}: {reason_text(exc.reason)}") from None
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"{url}: {reason_text(exc)}") from None
    final = urljoin(url, response.geturl() or url)  # a redirect may give a relative address
    if response.status == 304:
        return Fetched(final, 304, etag=etag, last_modified=last_modified)
    if response.status >= 400:
        raise FetchError(f"{url}: {response.status} {response.reason or 'error'}")
    content_type, charset = _content_type(response.headers.get("Content-Type", ""))
    return Fetched(final, response.status, body, content_type, charset,
                   response.headers.get("ETag"), response.headers.get("Last-Modified"))


def _read_capped(response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: too large ({int(declared):,} bytes; at most {max_bytes:,})")
    deadline = time.monotonic() + TOTAL_TIMEOUT_S
    chunks, size = [], 0
    for chunk in response.stream(64 * 1024, decode_content=True):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: too large (more than {max_bytes:,} bytes)")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the server is too slow (no full answer in "
                             f"{TOTAL_TIMEOUT_S:.0f} s)")
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", params, re.IGNORECASE)
    return kind.strip().lower(), match[1].lower() if match else None


def reason_text(reason: object) -> str:
    """urllib3's exception as a user reads it."""
    import urllib3  # as in fetch

    text = str(reason)
    # Checked before timeouts: urllib3's connection errors are a kind of ConnectTimeoutError.
    if isinstance(reason, urllib3.exceptions.NameResolutionError):
        return "no such host"
    if "Connection refused" in text:
        return "connection refused"
    if isinstance(reason, urllib3.exceptions.TimeoutError) or "timed out" in text:
        return "the server did not answer in time"
    if isinstance(reason, urllib3.exceptions.ResponseError) or "redirect" in text:
        return f"too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(reason, urllib3.exceptions.SSLError):
        return "its certificate could not be verified"
    return re.sub(r"^<[^>]+>: ", "", text).split("(Caused by")[0].strip() or "cannot be fetched"
