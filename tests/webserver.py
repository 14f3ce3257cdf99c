"""A real HTTP server on loopback for the tests: pages, feeds, redirects, errors, slow and
huge answers, and conditional GETs (ETag / Last-Modified answered with 304)."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # for redirects
    delay_s: float = 0.0  # before each chunk of the body
    chunks: int = 1
    validators: bool = True  # send ETag and Last-Modified, answer 304 when they match
    headers: dict[str, str] = field(default_factory=dict)
    declared_length: int | None = None  # a Content-Length other than the body's (a cut answer)
    length_header: str | None = None  # the Content-Length header as sent, verbatim


class Site:
    """Routes by path, changeable while the server runs; it counts what was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def hits(self, path: str) -> int:
        return sum(1 for asked, _ in self.requests if asked == path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet in test output
            pass

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site.requests.append((self.path, dict(self.headers)))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.status >= 400:
                self.send_error(route.status)
                return
            if route.location:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            modified = "Wed, 25 Nov 2026 10:00:00 GMT"
            if route.validators and (self.headers.get("If-None-Match") == etag):
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", route.length_header or
                             str(route.declared_length or len(route.body)))
            if route.validators:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            size = max(1, len(route.body) // route.chunks)
            for start in range(0, len(route.body), size):
                if route.delay_s:
                    time.sleep(route.delay_s)
                try:
                    self.wfile.write(route.body[start:start + size])
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    return

    return Handler


def rss(items: list[dict], title: str = "A Blog") -> bytes:
    """An RSS 2.0 feed; each item: id, title, link, date (RFC 822), content or summary."""
    entries = []
    for item in items:
        content = (f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
                   if item.get("content") else "")
        summary = f"<description>{item.get('summary', '')}</description>"
        entries.append(
            f"<item><title>{item['title']}</title><link>{item['link']}</link>"
            f"<guid isPermaLink=\"false\">{item['id']}</guid>"
            f"<pubDate>{item['date']}</pubDate>"
            f"<dc:creator>{item.get('author', 'Ana Ortiz')}</dc:creator>{summary}{content}</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{title}</title><link>http://127.0.0.1/</link><description>posts</description>"
        + "".join(entries) + "</channel></rss>").encode("utf-8")


def atom(items: list[dict], title: str = "An Atom Blog") -> bytes:
    """An Atom feed of summaries only: the text is on each post's page."""
    entries = "".join(
        f"<entry><title>{item['title']}</title><link href=\"{item['link']}\"/>"
        f"<id>{item['id']}</id><updated>{item['updated']}</updated>"
        f"<author><name>{item.get('author', 'Sam Lee')}</name></author>"
        f"<summary>{item.get('summary', 'A short summary.')}</summary></entry>"
        for item in items)
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{title}</title><id>urn:test:atom</id>"
            "<updated>2026-11-25T10:00:00Z</updated>" + entries + "</feed>").encode("utf-8")


def page(title: str, paragraphs: list[str], charset: str = "utf-8") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>{title}</title>"
            f"<meta name=\"author\" content=\"Mara Lind\"></head><body>"
            f"<nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>{body}</article>"
            "<footer>Subscribe to our newsletter</footer></body></html>").encode(charset)
