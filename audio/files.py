"""Atomic output: every file is written under a temporary name and renamed into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from audio.errors import OutputError


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; rename it into place only on success.

    The temporary name is hidden and unique, so an interrupted run never leaves a
    half-written file under the final name, and a failed run leaves none at all.
    """
    final = Path(final)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    except OSError as exc:
        raise OutputError(f"{final.parent}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, 0o644)
        os.replace(temp, final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


@contextlib.contextmanager
def scratch_path(near: Path, suffix: str = ".part") -> Iterator[Path]:
    """A hidden temporary file beside ``near``, removed afterwards whatever happens."""
    near = Path(near)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{near.name}.", suffix=suffix, dir=near.parent)
    except OSError as exc:
        raise OutputError(f"{near.parent}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    try:
        yield Path(name)
    finally:
        with contextlib.suppress(FileNotFoundError):
            Path(name).unlink()


def write_text_atomic(final: Path, text: str) -> None:
    write_bytes_atomic(final, text.encode("utf-8"))


def write_bytes_atomic(final: Path, data: bytes) -> None:
    with atomic_path(final) as temp:
        temp.write_bytes(data)


def check_writable(path: Path, force: bool) -> None:
    """Fail early, before any work, if ``path`` cannot be (over)written."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{folder}: output folder does not exist")
    try:  # a real probe: permission bits say nothing for root or read-only mounts
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise OutputError(f"{folder}: output folder is not writable ({exc.strerror})") from None
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to overwrite)")
