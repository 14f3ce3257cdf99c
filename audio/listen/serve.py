"""A small static server for a built site: ranges, caching headers, a feed for this address.

Serves nothing outside its folder (traversal, encoded "..", symlinks out: 404),
lists no folders, answers Range requests (206) so players and podcast apps can
seek, and rewrites the feed's URLs to the address it was asked on, so a phone on
the same network can subscribe to http://HOST:PORT/feed.xml.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
import ipaddress
import re
import socket
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from audio import __version__
from audio.errors import InputError, OutputError
from audio.publish import feed as rss
from audio.publish.media_types import content_type
from audio.publish.show import ARTICLES_DIR, SHOW_FILE, SITE_DIR

FEED_FILE = rss.FEED_FILE
_NEVER_SERVED = (SHOW_FILE, ARTICLES_DIR, "lexicon.toml")
_CHUNK = 256 * 1024


@dataclass(frozen=True)
class Resource:
    path: Path
    size: int
    mtime: float
    etag: str
    body: bytes | None = None  # generated content (the rewritten feed)


@dataclass(frozen=True)
class Credentials:
    """HTTP Basic credentials; no user name means any user name is accepted."""

    password: str
    user: str | None = None

    def accept(self, header: str | None) -> bool:
        """Whether an Authorization header carries these, compared in constant time."""
        scheme, _, encoded = (header or "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded.strip(), validate=True).decode(
                "utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        right_user = self.user is None or hmac.compare_digest(user.encode(), self.user.encode())
        right_password = hmac.compare_digest(password.encode(), self.password.encode())
        return right_user and right_password


def read_credentials(path: Path) -> Credentials:
    """A password file: its first line, ``user:password`` or a bare password."""
    try:
        line = Path(path).read_text(encoding="utf-8").splitlines()[0].strip()
    except (OSError, UnicodeDecodeError, IndexError) as exc:
        reason = getattr(exc, "strerror", None) or "empty or not text"
        raise InputError(f"{path}: cannot read a password from it ({reason})") from None
    user, colon, password = line.partition(":")
    if not line or (colon and not password):
        raise InputError(f"{path}: write user:password, or a password, on its first line")
    return Credentials(password, user) if colon else Credentials(line)


def served_folder(folder: Path) -> Path:
    """The folder to serve: a site, or given a show folder, the site built inside it
    (a show folder itself holds show.toml, with the owner's e-mail, and the articles)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    if (folder / SHOW_FILE).is_file():
        site = folder / SITE_DIR
        if not (site / FEED_FILE).is_file():
            raise InputError(f"{folder} is a show whose site is not built yet: run "
                             f"`papercast build {folder}` first")
        return site
    return folder


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True  # a stalled client must not keep Ctrl-C from stopping us
    allow_reuse_address = True

    def __init__(self, root: Path, host: str, port: int,
                 credentials: Credentials | None = None):
        self.root = Path(root).resolve()
        self.credentials = credentials
        try:
            super().__init__((host, port), SiteHandler)
        except OSError as exc:
            raise OutputError(f"cannot listen on {host}:{port} ({exc.strerror})") from None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{_url_host(str(host))}:{port}/"


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8000,
                credentials: Credentials | None = None) -> SiteServer:
    """A server for a site folder, or for the site built in a show folder."""
    return SiteServer(served_folder(root), host, port, credentials)


class SiteHandler(BaseHTTPRequestHandler):
    server: SiteServer
    server_version = f"papercast/{__version__}"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def do_OPTIONS(self) -> None:  # noqa: N802 - CORS preflight from browser players
        self.send_response(HTTPStatus.NO_CONTENT)
        self._common_headers()
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Range")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # quiet: the terminal shows where to connect, not every request

    def _respond(self, send_body: bool) -> None:
        credentials = self.server.credentials
        if credentials is not None and not credentials.accept(
                self.headers.get("Authorization")):
            return self._error(HTTPStatus.UNAUTHORIZED)
        resource = self._resource()
        if resource is None:
            return self._error(HTTPStatus.NOT_FOUND)
        if self._not_modified(resource):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self._common_headers(resource)
            self.end_headers()
            return None
        span = _parse_range(self.headers.get("Range"), resource.size)
        if span == "invalid":
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self._common_headers(resource)
            self.send_header("Content-Range", f"bytes */{resource.size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        start, end = span if isinstance(span, tuple) else (0, resource.size - 1)
        self.send_response(HTTPStatus.PARTIAL_CONTENT if span else HTTPStatus.OK)
        self._common_headers(resource)
        if span:
            self.send_header("Content-Range", f"bytes {start}-{end}/{resource.size}")
        self.send_header("Content-Length", str(max(0, end - start + 1)))
        self.end_headers()
        if send_body and resource.size:
            self._send_bytes(resource, start, end)
        return None

    def _resource(self) -> Resource | None:
        path = self._local_path()
        if path is None:
            return None
        stat = path.stat()
        if path.name == FEED_FILE:
            body = rss.rebased(path.read_bytes(), self._served_base())
            if body is not None:
                return Resource(path, len(body), stat.st_mtime,
                                f'"{hashlib.sha256(body).hexdigest()[:20]}"', body)
        return Resource(path, stat.st_size, stat.st_mtime,
                        f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"')

    def _local_path(self) -> Path | None:
        """The file a request names, only if it lies inside the served folder."""
        raw = urlsplit(self.path).path
        text = unquote(raw)
        if "\0" in text or "\\" in text:
            return None
        parts = [p for p in text.split("/") if p]
        if any(p in ("..", ".") for p in parts) or any(p.startswith(".") for p in parts):
            return None  # also hides dotfiles such as the build state
        if parts and parts[0] in _NEVER_SERVED:
            return None  # a show folder served by mistake keeps its settings to itself
        candidate = self.server.root.joinpath(*parts)
        try:
            resolved = candidate.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not resolved.is_relative_to(self.server.root):
            return None  # a symlink out of the folder
        if resolved.is_dir():
            index = resolved / "index.html"
            return index if index.is_file() else None  # no folder listings
        return resolved if resolved.is_file() else None

    def _served_base(self) -> str:
        host = self.headers.get("Host") or self.server.url.split("//", 1)[1].rstrip("/")
        if not re.fullmatch(r"[\w.\-:\[\]]+", host):
            host = self.server.url.split("//", 1)[1].rstrip("/")
        return f"http://{host}"

    def _not_modified(self, resource: Resource) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            return resource.etag in [tag.strip() for tag in match.split(",")] or match == "*"
        since = self.headers.get("If-Modified-Since")
        if since and resource.body is None:
            try:
                return int(resource.mtime) <= email.utils.parsedate_to_datetime(
                    since).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def _common_headers(self, resource: Resource | None = None) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Accept-Ranges", "bytes")
        if resource is not None:
            self.send_header("Content-Type", content_type(resource.path.name))
            self.send_header("ETag", resource.etag)
            self.send_header("Last-Modified", email.utils.formatdate(resource.mtime,
                                                                    usegmt=True))
            self.send_header("Cache-Control", "no-cache")

    def _send_bytes(self, resource: Resource, start: int, end: int) -> None:
        try:
            if resource.body is not None:
                self.wfile.write(resource.body[start:end + 1])
                return
            with resource.path.open("rb") as handle:
                handle.seek(start)
                left = end - start + 1
                while left > 0:
                    chunk = handle.read(min(_CHUNK, left))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    left -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the player seeked elsewhere and hung up: normal

    def _error(self, status: HTTPStatus) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self._common_headers()
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if status == HTTPStatus.UNAUTHORIZED:
            self.send_header("WWW-Authenticate", 'Basic realm="papercast", charset="UTF-8"')
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _parse_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """(start, end) of a single byte range, None to send it all, "invalid" for 416."""
    if not header:
        return None
    match = re.fullmatch(r"\s*bytes\s*=\s*([0-9]*)\s*-\s*([0-9]*)\s*", header)
    if not match or (not match[1] and not match[2]):
        return None  # several ranges or another unit: send the whole file, as RFC 9110 allows
    if not match[1]:  # the last N bytes
        length = _position(match[2])
        return (max(0, size - length), size - 1) if length and size else "invalid"
    start = _position(match[1])
    end = min(_position(match[2]), size - 1) if match[2] else size - 1
    if start >= size or end < start:
        return "invalid"
    return start, end


def _position(digits: str) -> int:
    """A byte position as asked; a number of 19 digits or more is past any file (and
    int() refuses over 4,300)."""
    return int(digits) if len(digits) <= 18 else 10**18


def exposure(host: str) -> list[str] | None:
    """None if ``host`` keeps the server on this computer; else the addresses that other
    machines can reach it at (as far as this machine knows its own)."""
    try:
        if host == "localhost" or ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass  # a host name: it is reachable wherever that name resolves
    if host not in ("0.0.0.0", "::", ""):
        return [host]
    try:
        found = {str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None)}
    except OSError:
        found = set()
    shown = sorted(a for a in found if not ipaddress.ip_address(a.split("%")[0]).is_loopback)
    return shown or ["every network interface of this computer"]


def lan_address() -> str | None:
    """This machine's address as its own name resolves, for the subscribe hint."""
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    return None if address.startswith("127.") else address


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
