"""A folder on this computer (or a mounted share): `to = "/var/www/podcast"`."""

from __future__ import annotations

from pathlib import Path

from audio.deploy.targets.fsspec_target import FsspecTarget
from audio.publish.hosting import DeploySettings


def open_target(to: str, settings: DeploySettings | None) -> FsspecTarget:
    from fsspec.implementations.local import LocalFileSystem

    root = Path(to.removeprefix("file://")).expanduser().resolve()
    return FsspecTarget(LocalFileSystem(), root.as_posix(), to, object_store=False)
