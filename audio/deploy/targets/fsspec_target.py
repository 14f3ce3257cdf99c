"""Destinations reached through fsspec: a folder, S3-compatible storage, SFTP.

On hosts without atomic objects (a folder, SFTP) each file is written under a hidden
temporary name and renamed into place, so a feed or episode is never half there.
"""

from __future__ import annotations

import contextlib
import posixpath
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from audio.deploy.plan import Placed
from audio.deploy.target import SentFn, failure
from audio.files import temporary_prefix

_SKIPPED = (".", "..")


class FsspecTarget:
    def __init__(self, fs: Any, root: str, where: str, object_store: bool) -> None:
        self.fs = fs
        self.root = root.rstrip("/")
        self.where = where
        self.object_store = object_store  # S3: uploads land whole and keep their headers

    def sizes(self) -> dict[str, int]:
        try:
            found = self.fs.find(self.root, detail=True)
        except FileNotFoundError:
            return {}
        except Exception as exc:  # every library's failure becomes one line
            raise failure(self.where, exc) from None
        prefix = self.root + "/"
        return {name[len(prefix):]: int(info.get("size") or 0) for name, info in found.items()
                if name.startswith(prefix) and info.get("type") == "file"}

    def upload(self, items: Sequence[Placed], sent: SentFn) -> Iterator[Placed]:
        from fsspec.callbacks import Callback

        class Sent(Callback):
            def call(self, *args: object, **kwargs: object) -> None:
                pass

            def relative_update(self, inc: int = 1) -> None:
                sent(inc)

        made: set[str] = set()
        for item in items:
            final = f"{self.root}/{item.remote}"
            try:
                if self.object_store:
                    self.fs.put_file(str(item.file.path), final, callback=Sent(),
                                     ContentType=item.file.content_type,
                                     CacheControl=item.file.cache_control)
                else:
                    self._put_by_rename(item, final, made, Sent())
            except Exception as exc:
                raise failure(self.where, exc) from None
            yield item

    def _put_by_rename(self, item: Placed, final: str, made: set[str], callback: object) -> None:
        folder = posixpath.dirname(final)
        if folder not in made:
            self.fs.makedirs(folder, exist_ok=True)
            made.add(folder)
        temporary = posixpath.join(
            folder, temporary_prefix(Path(posixpath.basename(final))) + "part")
        try:
            self.fs.put_file(str(item.file.path), temporary, callback=callback)
            self.fs.mv(temporary, final)
        except BaseException:
            with contextlib.suppress(Exception):  # the first failure is the one to report
                self.fs.rm_file(temporary)
            raise

    def delete(self, names: Sequence[str]) -> None:
        for name in names:
            try:
                self.fs.rm_file(f"{self.root}/{name}")
            except FileNotFoundError:
                continue  # already gone: what we wanted
            except Exception as exc:
                raise failure(self.where, exc) from None

    def close(self) -> None:
        pass
