"""A host reached by the rsync program over ssh: `to = "host:path"` (as rsync and scp
write it; the user's ~/.ssh/config, keys and agent apply, and RSYNC_RSH if set).

rsync writes each file under a temporary name and renames it, so nothing is ever half
there; papercast decides what to send (by its manifest) and in which order.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from itertools import groupby
from pathlib import Path

from audio.deploy.plan import Placed
from audio.deploy.target import DeployError, SentFn
from audio.publish.hosting import DeploySettings

TIMEOUT_S = 60  # rsync's own: seconds without any data moving
_LISTED = re.compile(r"^(\S{10})\s+([\d,.]+)\s+\S+\s+\S+\s+(.+)$")


def is_rsync_destination(to: str) -> bool:
    """``host:path`` or ``user@host:path``, the way rsync and scp write a remote place."""
    return bool(re.fullmatch(r"[\w.@\[\]-]+:.+", to)) and "://" not in to


class RsyncTarget:
    def __init__(self, to: str) -> None:
        self.where = to
        self.root = to.rstrip("/")
        self.program = shutil.which("rsync")
        if self.program is None:
            raise DeployError(f"{to}: deploying to host:path needs the rsync program "
                              "(apt install rsync, brew install rsync)")

    def sizes(self) -> dict[str, int]:
        result = self._run(["--list-only", "--recursive", f"{self.root}/"], missing_ok=True)
        found = {}
        for line in result.splitlines():
            match = _LISTED.match(line)
            if match and match[1].startswith("-"):
                found[match[3]] = int(re.sub(r"[,.]", "", match[2]))
        return found

    def upload(self, items: Sequence[Placed], sent: SentFn) -> Iterator[Placed]:
        # One rsync per rank and folder: the order (media, then feed) holds between calls.
        def key(item: Placed) -> tuple[int, str]:
            return item.file.upload_rank, item.remote[: -len(item.file.name)]

        for (_, prefix), group in groupby(items, key=key):
            batch = list(group)
            site = batch[0].file.path.parents[len(Path(batch[0].file.name).parts) - 1]
            with tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
                listing.write("".join(item.file.name + "\n" for item in batch))
                listing.flush()
                self._run(["--recursive", "--times", "--chmod=F644,D755", "--mkpath",
                           f"--files-from={listing.name}", f"{site}/",
                           f"{self.root}/{prefix}"])
            for item in batch:
                sent(item.file.size)
                yield item

    def delete(self, names: Sequence[str]) -> None:
        if not names:
            return
        with tempfile.TemporaryDirectory() as empty, \
                tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
            listing.write("".join(name + "\n" for name in names))
            listing.flush()
            for name in names:  # the folders are there, only the files are missing
                (Path(empty) / name).parent.mkdir(parents=True, exist_ok=True)
            # Every listed name is missing from the source, so rsync deletes it on the
            # host, and nothing else.
            self._run(["--recursive", "--delete-missing-args", f"--files-from={listing.name}",
                       f"{empty}/", f"{self.root}/"])

    def close(self) -> None:
        pass

    def _run(self, arguments: list[str], missing_ok: bool = False) -> str:
        command = [str(self.program), f"--timeout={TIMEOUT_S}", *arguments]
        result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if result.returncode == 0:
            return result.stdout
        if missing_ok and "no such file or directory" in result.stderr.lower():
            return ""
        message = _cause(result.stderr) or f"rsync exit status {result.returncode}"
        raise DeployError(f"{self.where}: {_describe(message)}")


def open_target(to: str, settings: DeploySettings | None) -> RsyncTarget:
    return RsyncTarget(to)


def _cause(stderr: str) -> str:
    """rsync's first complaint: the later ones (broken pipe, "rsync error: …") follow
    from it."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    causes = [line for line in lines if not line.startswith("rsync error:")]
    return (causes or lines or [""])[0]


def _describe(message: str) -> str:
    lowered = message.lower()
    if "permission denied (publickey" in lowered or "authentication" in lowered:
        return f"wrong credentials: the host refused the SSH key ({message})"
    if "no space left" in lowered or "quota" in lowered:
        return "no space left on the host"
    if "permission denied" in lowered:
        return f"access denied ({message})"
    if any(word in lowered for word in ("connection refused", "could not resolve",
                                        "no route to host", "timed out", "unreachable")):
        return f"host unreachable ({message})"
    return message
