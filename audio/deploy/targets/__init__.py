"""The deploy destinations, one module each with ``open_target(to, settings)``;
``DESTINATIONS`` says which module takes which way of writing a destination. A new
kind of host is a module and an entry here."""

from __future__ import annotations

import importlib

from audio.deploy.target import DeployError, Target
from audio.publish.hosting import DeploySettings

# kind → (module, the library its host needs from papercast's deploy extra, or None).
# Modules are imported when used: s3fs alone takes half a second to import.
DESTINATIONS: dict[str, tuple[str, str | None]] = {
    "file": ("audio.deploy.targets.folder", None),  # a folder, or file:///path
    "s3": ("audio.deploy.targets.s3", "s3fs"),  # s3://bucket/prefix
    "sftp": ("audio.deploy.targets.sftp", "sshfs"),  # sftp://user@host:port/path
    "rsync": ("audio.deploy.targets.rsync", None),  # host:path, through the rsync program
}


def destination_kind(to: str) -> str:
    from audio.deploy.targets.rsync import is_rsync_destination

    if "://" in to:
        scheme = to.split("://", 1)[0].lower()
        if scheme not in DESTINATIONS or scheme == "rsync":
            raise DeployError(f"{to}: cannot deploy to {scheme}:// (s3://bucket/prefix, "
                              "sftp://user@host/path, host:path or a folder)")
        return scheme
    return "rsync" if is_rsync_destination(to) else "file"


def open_target(to: str, settings: DeploySettings | None = None) -> Target:
    """The destination ``to`` names, connected; one line if its library is missing."""
    module_name, library = DESTINATIONS[destination_kind(to)]
    try:
        module = importlib.import_module(module_name)
        return module.open_target(to, settings)
    except ModuleNotFoundError as exc:
        if library and exc.name and exc.name.split(".")[0] in (library, "fsspec"):
            raise DeployError(f"{to}: deploying there needs papercast's deploy extra: "
                              "pip install 'papercast[deploy]' (scripts/setup installs it)"
                              ) from None
        raise
