"""Where a show is hosted: its [deploy] settings and, for a private show, its secret path.

A private show's feed, page and media live under an unguessable path segment (a token
of 144 random bits), so its feed URL is a secret shared with the listeners it is
meant for. The token is kept in the show folder, never in the site folder that is
uploaded; rotating it moves the show to a new path at the next deploy, and the old
subscription URL stops answering.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from audio.errors import InputError
from audio.files import write_text_atomic

TOKEN_FILE = ".papercast-private-token"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{22,}")
DEPLOY_KEYS = ("to", "endpoint_url", "region", "profile")
# A credential written into show.toml would be uploaded with backups, shared in git and
# shown in every bug report: refused, with where it belongs instead.
_CREDENTIAL_WORDS = ("key", "secret", "password", "passphrase", "token", "credential")


@dataclass(frozen=True)
class DeploySettings:
    """The [deploy] table of show.toml: where `papercast deploy` puts the built site."""

    to: str
    endpoint_url: str | None = None  # an S3-compatible host other than AWS
    region: str | None = None
    profile: str | None = None  # a profile of ~/.aws/credentials


def deploy_settings(table: object, where: Path) -> DeploySettings | None:
    """The [deploy] table, validated; credentials in it are refused with where they go."""
    if table is None:
        return None
    if not isinstance(table, dict):
        raise InputError(f"{where}: deploy must be a table: [deploy] with to = \"…\"")
    for key in table:
        if any(word in key.lower() for word in _CREDENTIAL_WORDS):
            raise InputError(
                f"{where}: [deploy] {key}: credentials never go in show.toml; set "
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or profile = \"NAME\" for "
                "~/.aws/credentials), or use an SSH key or agent for sftp and rsync")
    unknown = sorted(set(table) - set(DEPLOY_KEYS))
    if unknown:
        raise InputError(f"{where}: [deploy] has an unknown key {unknown[0]!r} "
                         f"({', '.join(DEPLOY_KEYS)})")
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{where}: [deploy] {key} must be a non-empty string, "
                             f"not {value!r}")
    if "to" not in table:
        raise InputError(f"{where}: [deploy] needs to = \"s3://bucket/prefix\", "
                         "\"sftp://user@host/path\", \"host:path\" or a folder")
    return DeploySettings(**{key: value.strip() for key, value in table.items()})


def feed_token(folder: Path) -> str:
    """The private show's path segment, made on first use."""
    path = Path(folder) / TOKEN_FILE
    try:
        token = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return rotate_token(folder)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the private feed's token ({exc})") from None
    if not _TOKEN.fullmatch(token):
        raise InputError(f"{path}: not a papercast token; make a new one with "
                         f"`papercast token {folder} --rotate`")
    return token


def rotate_token(folder: Path) -> str:
    """A new token: the next build and deploy move the show to it."""
    token = secrets.token_urlsafe(18)
    path = Path(folder) / TOKEN_FILE
    write_text_atomic(path, token + "\n", mode=0o600)  # the key to the feed: yours only
    return token


def site_prefix(folder: Path, private: bool) -> str:
    """The path below base_url where the site lives: "" or the private token."""
    return feed_token(folder) if private else ""


def published_base(base_url: str, folder: Path, private: bool) -> str:
    """The URL the site's files are served under: base_url, or base_url/TOKEN."""
    prefix = site_prefix(folder, private)
    return f"{base_url.rstrip('/')}/{prefix}" if prefix else base_url.rstrip("/")
