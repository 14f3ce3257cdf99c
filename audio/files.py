"""Safe output: every file is written under a temporary name and renamed into place,
files that belong together are renamed together, and a run locks what it writes."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from audio.errors import InputError, OutputError

TEMPORARY_MARK = "papercast-"  # in every temporary's name, before the pid of its run
_TEMPORARY_PID = re.compile(rf"\.{TEMPORARY_MARK}(\d+)\.")


@contextlib.contextmanager
def atomic_path(final: Path, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; rename it into place only on success, with
    ``mode`` (mkstemp's own 0600 until then, so a secret is never readable by others).

    The temporary name is hidden and unique, so an interrupted run never leaves a
    half-written file under the final name, and a failed run leaves none at all.
    """
    final = Path(final)
    try:
        fd, name = tempfile.mkstemp(prefix=temporary_prefix(final), suffix=".part",
                                    dir=final.parent)
    except OSError as exc:
        raise OutputError(f"{final.parent}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, mode)
        os.replace(temp, final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


@contextlib.contextmanager
def scratch_path(near: Path, suffix: str = ".part") -> Iterator[Path]:
    """A hidden temporary file beside ``near``, removed afterwards whatever happens."""
    near = Path(near)
    try:
        fd, name = tempfile.mkstemp(prefix=temporary_prefix(near), suffix=suffix,
                                    dir=near.parent)
    except OSError as exc:
        raise OutputError(f"{near.parent}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    try:
        yield Path(name)
    finally:
        with contextlib.suppress(FileNotFoundError):
            Path(name).unlink()


def temporary_prefix(final: Path) -> str:
    """Hidden, and naming this process, so a later run can tell a dead run's leftovers."""
    return f".{final.name}.{TEMPORARY_MARK}{os.getpid()}."


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporaries that runs killed outright (SIGKILL, power loss) left here."""
    removed = []
    for path in Path(folder).glob(f".*.{TEMPORARY_MARK}*"):
        found = _TEMPORARY_PID.search(path.name)
        if found and not _alive(int(found[1])):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


# A file name's stem that papercast makes (from an address, a file's or an article's
# name) is at most this many bytes: the files beside an episode and the hidden
# temporaries add up to 60 bytes to it, and most file systems allow 255 in all.
STEM_MAX_BYTES = 120


def short_stem(stem: str) -> str:
    """``stem`` cut to STEM_MAX_BYTES of UTF-8, between characters."""
    data = stem.encode("utf-8", "surrogateescape")
    if len(data) <= STEM_MAX_BYTES:
        return stem
    return data[:STEM_MAX_BYTES].decode("utf-8", "ignore").rstrip(" .-_") or "episode"


def slugify(name: str, limit: int | None = None) -> str:
    """A file-name stem of lower-case letters, digits and hyphens (at most ``limit``).

    A name with no Latin letter or digit at all ("東京", "Новости") is transliterated
    first ("dongjing", "novosti"): every such name made "episode". Names with Latin
    letters keep the slug they always had (a built show's guids are made from them).
    """
    slug = _ascii_slug(name, limit)
    if not slug:
        from anyascii import anyascii  # imported here: only names in other scripts need it

        slug = _ascii_slug(anyascii(name), limit)
    return slug or "episode"


def _ascii_slug(name: str, limit: int | None) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:limit].strip("-") if limit else slug


# An input file larger than this is no article, list or export (a 100,000-word book is
# under 1 MB, a saved page with its pictures inlined 20 MB): reading a disk image, or
# /dev/zero behind a link, would fill the memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024


def read_capped(stream: BinaryIO, name: str) -> bytes:
    """All of ``stream``, or InputError if it holds more than MAX_INPUT_BYTES."""
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: too large to read (more than "
                         f"{MAX_INPUT_BYTES // 2**20} MB)")
    return data


def read_capped_file(path: Path) -> bytes:
    """A file's bytes, at most MAX_INPUT_BYTES of them (a device or a pipe too)."""
    with Path(path).open("rb") as stream:
        return read_capped(stream, str(path))


def write_text_atomic(final: Path, text: str, mode: int = 0o644) -> None:
    write_bytes_atomic(final, text.encode("utf-8"), mode)


def write_bytes_atomic(final: Path, data: bytes, mode: int = 0o644) -> None:
    with atomic_path(final, mode) as temp:
        temp.write_bytes(data)


def sha256_of(path: Path) -> str:
    """A file's SHA-256, read a megabyte at a time (episodes can be hundreds of MB)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def set_aside(path: Path) -> str:
    """Keep a damaged record file as ``NAME.damaged`` (never delete what a user may want to
    look at), so the next run starts afresh; says where it went."""
    aside = Path(path).with_name(Path(path).name + ".damaged")
    try:
        os.replace(path, aside)
    except OSError:
        return "left as it is"
    return f"kept as {aside.name}"


def check_writable(path: Path, force: bool, companions: Iterable[Path] = ()) -> None:
    """Fail early, before any work, if ``path`` or the files written with it cannot be
    (over)written: without ``force``, none of them may exist (a dangling link counts)."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{folder}: output folder does not exist")
    try:  # a real probe: permission bits say nothing for root or read-only mounts
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise OutputError(f"{folder}: output folder is not writable ({exc.strerror})") from None
    for member in (path, *companions):
        if member.is_dir():
            raise OutputError(f"{member}: is a folder; give a file name")
        if os.path.lexists(member) and not force:
            raise OutputError(f"{member}: already exists (use --force to overwrite)")


@contextlib.contextmanager
def atomic_files(finals: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporaries for files that belong together, renamed into place together only when
    the whole block succeeded (the first one last): a failure leaves the old set whole."""
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(atomic_path(final)) for final in finals]


def lock_file_for(path: Path) -> Path:
    """Where the lock of ``path`` lives: this user's folder of the system's temporary
    directory, named by the real path, so no lock files are left beside episodes or in a
    site folder that is uploaded as it is."""
    folder = Path(tempfile.gettempdir()) / f"papercast-{os.getuid()}-locks"
    with contextlib.suppress(OSError):  # else locking fails too, and says so
        folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:32]}.lock"


@contextlib.contextmanager
def output_lock(path: Path) -> Iterator[None]:
    """Held while a run writes ``path`` and its companions; a second run is refused."""
    from filelock import FileLock, Timeout  # imported here: only runs that write need it

    lock = FileLock(lock_file_for(path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise OutputError(f"{path}: another papercast run is writing it; try again when "
                          "it has finished") from None
    except OSError:
        yield  # a folder we cannot lock in: check_writable will say what is wrong
        return
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def disk_full_as_error(folder: Path) -> Iterator[None]:
    """A full disk anywhere in the block becomes one line naming the folder."""
    try:
        yield
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        where = Path(exc.filename).parent if exc.filename else folder
        raise OutputError(f"{where}: no space left on device") from None
