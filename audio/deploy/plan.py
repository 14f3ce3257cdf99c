"""What a deploy changes, decided before anything moves (and all `--dry-run` shows).

A file is uploaded unless the manifest says this content went to that name and the
host still has a file of that size there. Deletions are only of names papercast
uploaded itself and the site no longer has; they run after the new feed is up.
"""

from __future__ import annotations

from dataclasses import dataclass

from audio.deploy.manifest import Uploaded
from audio.deploy.site_files import SiteFile


@dataclass(frozen=True)
class Placed:
    """A site file and the name it has on the host (under a private show's token)."""

    file: SiteFile
    remote: str


@dataclass(frozen=True)
class Plan:
    uploads: tuple[Placed, ...]  # in upload order: media, sidecars, then feed and page
    unchanged: tuple[Placed, ...]
    deletions: tuple[str, ...]  # remote names, deleted after every upload

    @property
    def upload_bytes(self) -> int:
        return sum(placed.file.size for placed in self.uploads)

    @property
    def changes(self) -> bool:
        return bool(self.uploads or self.deletions)


def remote_name(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else name


def make_plan(files: list[SiteFile], prefix: str, uploaded: dict[str, Uploaded],
              remote_sizes: dict[str, int]) -> Plan:
    placed = [Placed(f, remote_name(prefix, f.name)) for f in files]
    uploads: list[Placed] = []
    unchanged: list[Placed] = []
    for item in placed:
        before = uploaded.get(item.remote)
        current = (before is not None and before.sha256 == item.file.sha256
                   and remote_sizes.get(item.remote) == item.file.size)
        (unchanged if current else uploads).append(item)
    uploads.sort(key=lambda item: (item.file.upload_rank, item.remote))
    wanted = {item.remote for item in placed}
    deletions = sorted(name for name in uploaded if name not in wanted)
    return Plan(tuple(uploads), tuple(unchanged), tuple(deletions))
