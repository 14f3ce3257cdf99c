"""HTTP as a podcast app speaks it, for `papercast check`: HEAD and GET with ranges,
redirects followed, credentials from the feed URL (https://user:pass@host/feed.xml)
sent as HTTP Basic to that host only. Failures are answers, never exceptions."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

from audio.sources.http import (
    CONNECT_TIMEOUT_S,
    MAX_REDIRECTS,
    READ_TIMEOUT_S,
    USER_AGENT,
    declared_length,
    reason_text,
)

MAX_BODY = 10 * 1024 * 1024


@dataclass(frozen=True)
class Answer:
    status: int  # 0: no answer at all
    content_type: str = ""
    length: int | None = None  # Content-Length
    body: bytes = b""
    failure: str = ""  # why it is not ok, for the report

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class Prober:
    def __init__(self, feed_url: str) -> None:
        import urllib3  # imported here: only `check` and `deploy` need it

        parts = urlsplit(feed_url)
        self.host = (parts.hostname or "").lower()
        self.auth: dict[str, str] = {}
        if parts.username is not None:
            pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
            self.auth = {"Authorization": "Basic " +
                         base64.b64encode(pair.encode("utf-8")).decode("ascii")}
        self.pool = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S),
            retries=urllib3.Retry(total=MAX_REDIRECTS, connect=0, read=0,
                                  redirect=MAX_REDIRECTS, status=0, raise_on_redirect=True,
                                  raise_on_status=False))

    def head(self, url: str) -> Answer:
        answer = self._request("HEAD", url)
        if answer.status in (405, 501):  # a host without HEAD: ask for the headers by GET
            return self._request("GET", url, read=False)
        return answer

    def get(self, url: str, byte_range: tuple[int, int] | None = None,
            limit: int = MAX_BODY) -> Answer:
        if byte_range:  # only the answer's status and headers matter
            return self._request("GET", url, {"Range": f"bytes={byte_range[0]}-"
                                 f"{byte_range[1]}"}, read=False)
        return self._request("GET", url, limit=limit)

    def _request(self, method: str, url: str, headers: dict[str, str] | None = None,
                 read: bool = True, limit: int = MAX_BODY) -> Answer:
        import urllib3

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return Answer(0, failure=f"not an http(s) URL: {url}")
        netloc = parts.hostname or ""
        netloc = f"[{netloc}]" if ":" in netloc else netloc
        bare = urlunsplit(parts._replace(netloc=netloc + (f":{parts.port}" if parts.port
                                                            else "")))
        sent = {"User-Agent": USER_AGENT, **(headers or {})}
        if self.auth and (parts.hostname or "").lower() == self.host:
            sent.update(self.auth)
        try:
            response = self.pool.request(method, bare, headers=sent, preload_content=False)
            try:
                body = response.read(limit + 1) if read and method == "GET" else b""
            finally:
                response.release_conn() if read else response.close()
        except urllib3.exceptions.MaxRetryError as exc:
            return Answer(0, failure=f"unreachable: {reason_text(exc.reason)}")
        except urllib3.exceptions.HTTPError as exc:
            return Answer(0, failure=f"unreachable: {reason_text(exc)}")
        length = declared_length(response.headers)
        kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        failure = "" if 200 <= response.status < 300 else \
            f"answers {response.status} {response.reason or ''}".strip()
        if len(body) > limit:
            return Answer(response.status, kind, None, b"", f"larger than {limit:,} bytes")
        return Answer(response.status, kind, length, body, failure)
