"""What a show's followed feeds have brought: per feed, its validators and every post seen,
with the file it went to. Typed, validated on load, saved atomically.

A file that is damaged or of the wrong shape is set aside (renamed, never deleted) with
one warning, and the show starts afresh; saving then finds the posts already in
articles/ by their address or their text, so nothing is saved twice.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from audio.files import set_aside, write_text_atomic

STATE_FILE = ".papercast-sources.json"


@dataclass
class PostRecord:
    file: str | None = None  # the article it was saved as, in articles/
    digest: str | None = None  # of its title and text, to tell an edit
    updated: str | None = None  # the feed's own "updated" for it
    skipped: bool = False  # older than what the first pull took: never taken
    failure: str | None = None  # why it could not be read last time (warned about once)


@dataclass
class FeedRecord:
    etag: str | None = None
    last_modified: str | None = None
    posts: dict[str, PostRecord] | None = None  # None until the first pull


@dataclass
class SourcesLedger:
    path: Path
    feeds: dict[str, FeedRecord] = field(default_factory=dict)
    problem: str | None = None  # why the file on disk could not be used, if it could not

    def feed(self, url: str) -> FeedRecord:
        return self.feeds.setdefault(url, FeedRecord())

    def save(self) -> None:
        data = {"feeds": {url: _feed_data(record) for url, record in sorted(self.feeds.items())}}
        write_text_atomic(self.path, json.dumps(data, indent=1, sort_keys=True) + "\n")


def load_ledger(path: Path) -> SourcesLedger:
    """The ledger at ``path``: empty if there is none; set aside if it cannot be used."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return SourcesLedger(path)
    except OSError as exc:
        return SourcesLedger(path, problem=f"{path}: cannot be read ({exc.strerror}); "
                                           "starting afresh")
    try:
        return SourcesLedger(path, _feeds(json.loads(text)))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "wrong shape"
        return SourcesLedger(path, problem=f"{path}: not a papercast sources file ({reason}; "
                                           f"{set_aside(path)}); starting afresh, posts "
                                           "already in articles/ are not saved again")


def _feeds(data: object) -> dict[str, FeedRecord]:
    if not isinstance(data, dict) or not isinstance(data.get("feeds", {}), dict):
        raise TypeError("expected {\"feeds\": {URL: …}}")
    feeds = {}
    for url, record in data.get("feeds", {}).items():
        if not isinstance(record, dict):
            raise TypeError(f"feed {url!r} is not a table")
        posts = record.get("posts")
        if posts is not None and not isinstance(posts, dict):
            raise TypeError(f"the posts of {url!r} are not a table")
        feeds[str(url)] = FeedRecord(
            etag=_text(record.get("etag")), last_modified=_text(record.get("last_modified")),
            posts=None if posts is None else {str(key): _post(value)
                                              for key, value in posts.items()})
    return feeds


def _post(value: object) -> PostRecord:
    if not isinstance(value, dict):
        raise TypeError("a post is not a table")
    name = value.get("file")
    if name is not None and (not isinstance(name, str) or "/" in name or "\\" in name
                             or name.startswith(".")):
        raise TypeError(f"{name!r} is not a file name in articles/")
    return PostRecord(file=_text(value.get("file")), digest=_text(value.get("digest")),
                      updated=_text(value.get("updated")), skipped=value.get("skipped") is True,
                      failure=_text(value.get("failure")))


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{value!r} is not text")


def _feed_data(record: FeedRecord) -> dict:
    data: dict = {"etag": record.etag, "last_modified": record.last_modified}
    if record.posts is not None:
        data["posts"] = {key: {k: v for k, v in asdict(post).items() if v}
                         for key, post in record.posts.items()}
    return {k: v for k, v in data.items() if v is not None}
