"""What every deploy destination does, and the one-line errors they all share.

A target lists the sizes of the files under its root, uploads files one by one (each
lands whole or not at all), and deletes names. Adding a destination is one module in
``targets/`` and an entry in its table.
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from audio.deploy.plan import Placed
from audio.errors import PapercastError

SentFn = Callable[[int], None]  # called with each number of bytes sent


class DeployError(PapercastError):
    """A deploy could not finish: ``DESTINATION: what went wrong``; what was uploaded
    stays recorded, and the next deploy goes on from there."""


class Target(Protocol):
    where: str  # the destination as the user wrote it, for messages

    def sizes(self) -> dict[str, int]:
        """Every file under the root: name relative to it → size in bytes."""
        ...

    def upload(self, items: Sequence[Placed], sent: SentFn) -> Iterator[Placed]:
        """Upload each item, yielding it once it is whole on the host."""
        ...

    def delete(self, names: Sequence[str]) -> None:
        ...

    def close(self) -> None:
        ...


_UNREACHABLE = (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ETIMEDOUT,
                errno.ECONNRESET)
_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)


def failure(where: str, exc: BaseException) -> DeployError:
    """One line for what went wrong talking to a host, whichever library raised it."""
    return DeployError(f"{where}: {describe(exc)}")


def describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    name = type(exc).__name__
    lowered = text.lower()
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE or "no space" in lowered \
            or "quota" in lowered:
        return "no space left on the host"
    if "signature" in lowered or "invalidaccesskeyid" in lowered or \
            "access key id" in lowered or name in ("PermissionDenied",) or \
            "permission denied for user" in lowered:  # asyncssh: no key the host accepts
        return f"wrong credentials ({text})"
    if name == "NoCredentialsError" or "unable to locate credentials" in lowered:
        return ("no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                "profile in [deploy]")
    if name in ("HostKeyNotVerifiable",):
        return f"the host's key is not trusted ({text}); connect once with ssh to accept it"
    if isinstance(exc, PermissionError) or "access denied" in lowered or \
            "forbidden" in lowered:
        return f"access denied: these credentials may not write here ({text})"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({text})"
    if isinstance(exc, (ConnectionError, TimeoutError)) or (
            isinstance(exc, OSError) and exc.errno in _UNREACHABLE) or \
            name in ("EndpointConnectionError", "ConnectTimeoutError", "ConnectionLost",
                     "DisconnectError") or "could not connect" in lowered:
        return f"host unreachable ({text})"
    if isinstance(exc, FileNotFoundError) or "nosuchbucket" in lowered:
        return f"not found ({text})"
    return text
