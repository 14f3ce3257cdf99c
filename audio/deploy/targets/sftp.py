"""An SSH host: `to = "sftp://user@host[:port]/path"`, keys, agent and ~/.ssh/config as
ssh uses them (through asyncssh), the host's key checked against ~/.ssh/known_hosts."""

from __future__ import annotations

import warnings
from urllib.parse import unquote, urlsplit

from audio.deploy.target import DeployError, failure
from audio.deploy.targets.fsspec_target import FsspecTarget
from audio.publish.hosting import DeploySettings

CONNECT_TIMEOUT_S = 20


def open_target(to: str, settings: DeploySettings | None) -> FsspecTarget:
    with warnings.catch_warnings():  # asyncssh's notes on old key types are not the user's
        warnings.simplefilter("ignore")
        from sshfs import SSHFileSystem

    parts = urlsplit(to)
    if not parts.hostname or not parts.path.strip("/"):
        raise DeployError(f"{to}: write sftp://user@host/path/to/site")
    options: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S,
                                  "skip_instance_cache": True}
    if parts.username:
        options["username"] = unquote(parts.username)
    if parts.port:
        options["port"] = parts.port
    try:
        fs = SSHFileSystem(parts.hostname, **options)
    except Exception as exc:  # refused, unknown host key, no usable key: one line each
        raise failure(to, exc) from None
    return FsspecTarget(fs, unquote(parts.path).rstrip("/") or "/", to, object_store=False)
