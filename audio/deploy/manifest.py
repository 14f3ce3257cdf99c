"""What papercast uploaded to each destination: the only files a deploy may replace or
delete there (never a foreign object under the same prefix).

Kept in the show folder (or hidden in a bare site folder, never uploaded), saved after
every file, so an interrupted deploy knows at the next run what already landed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from audio.files import write_text_atomic

MANIFEST_FILE = ".papercast-deploy.json"


@dataclass(frozen=True)
class Uploaded:
    sha256: str
    size: int


@dataclass
class Manifest:
    """Per destination URL: remote name → what was uploaded there."""

    path: Path
    destinations: dict[str, dict[str, Uploaded]] = field(default_factory=dict)

    def files(self, destination: str) -> dict[str, Uploaded]:
        return self.destinations.setdefault(destination, {})

    def save(self) -> None:
        data = {"version": 1, "destinations": {
            where: {name: {"sha256": up.sha256, "size": up.size}
                    for name, up in sorted(files.items())}
            for where, files in sorted(self.destinations.items())}}
        write_text_atomic(self.path, json.dumps(data, indent=1) + "\n")


def load_manifest(path: Path) -> Manifest:
    """The manifest at ``path``; a missing or damaged one is empty (the next deploy then
    uploads everything again and deletes nothing: safe, only slower)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        destinations = {
            str(where): {str(name): Uploaded(str(entry["sha256"]), int(entry["size"]))
                         for name, entry in files.items()}
            for where, files in data["destinations"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        destinations = {}
    return Manifest(Path(path), destinations)


def manifest_path(site: Path) -> Path:
    """In the show folder when the site is a show's, else hidden in the site folder."""
    site = Path(site).resolve()
    return (site.parent if (site.parent / "show.toml").is_file() else site) / MANIFEST_FILE
