"""Fetching one URL politely and safely: timeouts, redirects, a size cap, an honest
User-Agent, conditional requests. Every failure is a FetchError of one line."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from audio import __version__
from audio.errors import FetchError
from audio.sources.addresses import AddressPolicy

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
          max_bytes: int = MAX_BYTES, accept: str = "*/*",
          policy: AddressPolicy | None = None) -> Fetched:
    """GET ``url``, following redirects; a 304 when the validators still hold.

    ``policy`` (for addresses a feed gave) is checked before every hop, redirects
    included. The whole answer must arrive within TOTAL_TIMEOUT_S, whatever the server
    does: a watchdog closes a connection that trickles past it.
    """
    import urllib3  # imported here: only commands that fetch need it

    if not re.match(r"https?://", url, re.IGNORECASE):
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")
    headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + TOTAL_TIMEOUT_S
    pool = urllib3.PoolManager(retries=urllib3.Retry(total=1, connect=1, read=0, redirect=0,
                                                     status=0, raise_on_status=False,
                                                     raise_on_redirect=False))
    try:
        response, final = _follow(pool, url, headers, policy, deadline)
        try:
            body = _read_capped(response, url, max_bytes, deadline)
        finally:
            response.release_conn()
    except urllib3.exceptions.MaxRetryError as exc:
        raise FetchError(f"{url}: {reason_text(exc.reason)}") from None
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"{url}: {reason_text(exc)}") from None
    if response.status == 304:
        return Fetched(final, 304, etag=etag, last_modified=last_modified)
    if response.status >= 400:
        raise FetchError(f"{url}: {response.status} {response.reason or 'error'}")
    content_type, charset = _content_type(response.headers.get("Content-Type", ""))
    return Fetched(final, response.status, body, content_type, charset,
                   response.headers.get("ETag"), response.headers.get("Last-Modified"))


def _follow(pool, url: str, headers: dict[str, str], policy: AddressPolicy | None,
            deadline: float):
    """The final response and its address, each hop checked before it is asked."""
    import urllib3

    asked = url
    for _ in range(MAX_REDIRECTS + 1):
        if policy is not None:
            policy.check(url, shown=asked if url == asked else f"{asked} (redirected to {url})")
        left = max(0.1, deadline - time.monotonic())
        response = pool.request(
            "GET", url, headers=headers, preload_content=False, redirect=False,
            timeout=urllib3.Timeout(connect=min(CONNECT_TIMEOUT_S, left),
                                    read=min(READ_TIMEOUT_S, left)))
        location = response.headers.get("Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return response, url
        response.close()  # its body is not wanted: a trickled one must not hold us
        target = urljoin(url, location.strip())
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise FetchError(f"{asked}: redirects to {target}, which is not followed "
                             "(only http:// and https:// addresses are)")
        url = target
    raise FetchError(f"{asked}: too many redirects (more than {MAX_REDIRECTS})")


def declared_length(headers) -> int | None:
    """The Content-Length a server declared, if it is a plain number (str.isdigit() takes
    "²", and int() refuses 5,000 digits)."""
    value = (headers.get("Content-Length") or "").strip()
    return int(value) if re.fullmatch(r"[0-9]{1,18}", value) else None


def _read_capped(response, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = declared_length(response.headers)
    if declared is not None and declared > max_bytes:
        raise FetchError(f"{url}: too large ({declared:,} bytes; at most {max_bytes:,})")
    # read1 returns whatever has arrived, so the deadline is checked however slowly bytes
    # come; the watchdog ends a read that would block past it.
    watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), response.shutdown)
    watchdog.daemon = True
    watchdog.start()
    chunks, size = [], 0
    try:
        while True:
            try:
                chunk = response.read1(64 * 1024, decode_content=True)
            except Exception:
                if time.monotonic() >= deadline:
                    raise _too_slow(url) from None
                raise
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url}: too large (more than {max_bytes:,} bytes)")
            if time.monotonic() > deadline:
                raise _too_slow(url)
            chunks.append(chunk)
    finally:
        watchdog.cancel()
    if time.monotonic() >= deadline and declared is not None and size < declared:
        raise _too_slow(url)
    return b"".join(chunks)


def _too_slow(url: str) -> FetchError:
    return FetchError(f"{url}: the server is too slow (no full answer in "
                      f"{TOTAL_TIMEOUT_S:g} s)")


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", params, re.IGNORECASE)
    return kind.strip().lower(), match[1].lower() if match else None


def reason_text(reason: object) -> str:
    """urllib3's exception as a user reads it."""
    import urllib3  # as in fetch

    text = str(reason)
    lowered = text.lower()
    if "wrong version number" in lowered or "record layer failure" in lowered or \
            "packet length too long" in lowered:
        return "the server answers plain HTTP, not HTTPS (try http://)"
    if isinstance(reason, urllib3.exceptions.ProtocolError) or "incompleteread" in lowered \
            or "connection broken" in lowered or "connection aborted" in lowered:
        return "the server closed the connection before the whole answer arrived"
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
    if isinstance(reason, urllib3.exceptions.DecodeError) or "failed to decode" in lowered:
        return "the server sent a compressed answer that cannot be decompressed"
    return re.sub(r"^<[^>]+>: ", "", text).split("(Caused by")[0].strip() or "cannot be fetched"
