"""Publish episodes into a feed: one item per episode, every other item kept as it was.

The feed is locked while it is read, changed and written (``feed.updating_feed``),
so two publishers running at once both land.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

from audio.episode.id3 import EpisodeInfo, read_episode
from audio.episode.sidecars import all_sidecar_paths
from audio.errors import InputError, OutputError
from audio.files import atomic_path
from audio.guids import item_guid
from audio.options import DEFAULT_SHOW, MEDIA_DIR
from audio.publish import feed as rss
from audio.publish.show import Show


@dataclass(frozen=True)
class Published:
    feed: Path
    guid: str
    episode: int | None
    replaced: bool
    items: int
    warnings: tuple[str, ...] = ()


def file_url(base_url: str, path: Path, folder: str = "") -> str:
    """Where a file will be served: base URL, optional folder, the file name, URL-quoted."""
    parts = [base_url.rstrip("/"), *([folder] if folder else []), quote(path.name)]
    return "/".join(parts)


def channel_for(show: Show | None, info: EpisodeInfo | None, feed_url: str, base_url: str,
                image_url: str, owner_email: str | None = None) -> rss.Channel:
    """Channel fields from the show, or, for a show-less feed, from the episode's own tags
    (the author, with ``owner_email``, is then the owner directories write to)."""
    if show is not None:
        return rss.Channel(
            title=show.title, description=show.description, language=show.language,
            author=show.author, feed_url=feed_url, image_url=image_url, link=show.link,
            category=show.category, subcategory=show.subcategory, explicit=show.explicit,
            owner_name=show.owner.name if show.owner else None,
            owner_email=show.owner.email if show.owner else None, type=show.type,
            locked=show.locked, blocked=show.private,
            # A private show's URL changes with its token; its identity must not.
            guid_url=file_url(show.base_url, Path(rss.FEED_FILE))
            if show.private and show.base_url else None,
        )
    assert info is not None  # a feed without a show is named after its episode
    title = info.show or DEFAULT_SHOW
    author = info.author or title
    return rss.Channel(
        title=title, description=f"{title}: articles read aloud.",
        language=info.language or "en",
        author=author, feed_url=feed_url, image_url=image_url, link=base_url,
        owner_name=author if owner_email else None, owner_email=owner_email,
    )


def feed_item(info: EpisodeInfo, base_url: str, number: int | None, pub_date: dt.datetime,
              folder: str = "", guid: str | None = None) -> rss.Item:
    def url(path: Path) -> str:
        return file_url(base_url, path, folder)

    images = info.sidecar("image")
    chapters = info.sidecar("chapters")
    return rss.Item(
        guid=guid or item_guid(info.guid, info.path),
        title=info.title, description=info.description,
        enclosure_url=url(info.path), length=info.size_bytes, pub_date=pub_date,
        duration_s=info.duration_s, episode=number, author=info.author,
        image_url=url(images[0][0]) if images else None,
        chapters_url=url(chapters[0][0]) if chapters else None,
        transcripts=tuple((url(path), kind) for path, kind in info.sidecar("transcript")),
        link=info.url,
        language=info.language,
    )


def first_publication(published: Iterable[dt.datetime]) -> dt.datetime:
    """A new episode's date in the feed: now, but always after every episode already in
    it (podcast apps treat only items newer than the newest as new)."""
    return max([publication_date(None),
                *(rss.aware(moment) + dt.timedelta(seconds=1) for moment in published)])


def publication_date(date: str | None) -> dt.datetime:
    """Noon UTC on the article's date, YYYY-MM-DD (the same calendar day everywhere), else now."""
    if date:
        day = dt.date.fromisoformat(date)
        return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def publish(mp3: Path, feed_path: Path, show: Show | None = None, base_url: str | None = None,
            force_new: bool = False, media_dir: str = MEDIA_DIR,
            owner_email: str | None = None, date: str | None = None) -> Published:
    """Add ``mp3`` to the feed (created if missing), or update its item if it is there.

    The feed's folder is what gets hosted: an episode outside it is copied, with the
    files beside it, into ``media_dir`` there, and every URL points where the files are.
    """
    read_episode(mp3)  # a clear error for a file that is not an episode, before any copy
    if base_url and show is not None:
        show = replace(show, base_url=base_url.rstrip("/"))
    base = ((show.public_base if show else base_url) or "").rstrip("/")
    if not base:
        raise InputError("a base URL is needed for the feed's links: give --base-url URL, "
                         "or set base_url in show.toml")
    feed_path = Path(feed_path)
    if not feed_path.parent.is_dir():
        raise OutputError(f"{feed_path.parent}: folder does not exist")
    info = read_episode(_hosted_copy(Path(mp3), feed_path.parent / media_dir))
    folder = info.path.resolve().parent.relative_to(feed_path.parent.resolve()).as_posix()
    folder = "" if folder == "." else folder
    with rss.updating_feed(feed_path, force_new) as (tree, fresh):
        if show is not None or fresh:
            rss.set_channel(tree, channel_for(show, info, file_url(base, feed_path), base,
                                              _show_image_url(show, info, base, folder),
                                              owner_email))
        guid = item_guid(info.guid, info.path)
        existing = rss.find_item(tree, guid)
        number = rss.item_episode(existing) if existing is not None else \
            rss.next_episode_number(tree)
        # The feed's date is when the episode was first published (apps treat only items
        # newer than the newest as new), or ``date`` if given; then it is kept, forever.
        first = rss.item_date(existing) if existing is not None else None
        when = first or (publication_date(date) if date else first_publication(
            filter(None, map(rss.item_date, rss.items(tree)))))
        rss.upsert_item(tree, feed_item(info, base, number, when, folder, guid=guid))
    unowned = show is None and not owner_email and tree.getroot().find(
        f"channel/{{{rss.ITUNES}}}owner") is None
    warnings = ("the feed names no owner e-mail, which directories need to verify it: give "
                "--owner-email, or --show with an [owner] in show.toml",) if unowned else ()
    return Published(feed_path, guid, number, existing is not None, len(rss.items(tree)),
                     warnings)


def _show_image_url(show: Show | None, info: EpisodeInfo, base: str, folder: str) -> str:
    images = info.sidecar("image")
    if show and show.cover:
        return file_url(base, show.cover)
    return file_url(base, images[0][0], folder) if images else f"{base}/cover.jpg"


def _hosted_copy(mp3: Path, media: Path) -> Path:
    """``mp3`` itself if it lies in the hosted folder (``media``'s parent), else a copy of it
    and the files beside it in ``media``, each written atomically."""
    hosted = media.parent.resolve()
    if mp3.resolve().is_relative_to(hosted):
        return mp3
    try:
        media.mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{media}: cannot create the episodes folder ({exc.strerror})") \
            from None
    target = media / mp3.name
    if target.exists() and target.resolve() != mp3.resolve() and \
            target.read_bytes() != mp3.read_bytes():
        raise OutputError(f"{target}: another episode of that name is already published "
                          "there; rename yours (with the files beside it)")
    for path in (mp3, *all_sidecar_paths(mp3)):
        if path.is_file():
            with atomic_path(media / path.name) as temp:
                shutil.copyfile(path, temp)
    return media / mp3.name
