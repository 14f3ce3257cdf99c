"""Every identifier papercast gives a show or an episode: one rule each, kept stable.

Podcast apps recognise an episode by its guid forever: a new guid for the same
episode is a duplicate in every subscriber's list, so none of these may change
for an episode that exists.
"""

from __future__ import annotations

import uuid
from pathlib import Path

PAPERCAST_NAMESPACE = uuid.UUID("2f8c7e0a-5d1b-5e3c-9a4f-7b6d8c9e0f1a")
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


def podcast_guid(feed_url: str) -> str:
    """Podcasting 2.0 podcast:guid: UUIDv5 of the feed URL without scheme and trailing slash."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def article_guid(title: str, date: str | None) -> str:
    """An episode made on its own: the same article (title and date) keeps the same guid,
    so publishing it again replaces its item instead of adding one."""
    return str(uuid.uuid5(PAPERCAST_NAMESPACE, f"{title}|{date or ''}"))


def show_episode_guid(feed_url: str, slug: str) -> str:
    """An episode of a built show: its article's slug within the show's feed."""
    return str(uuid.uuid5(uuid.UUID(podcast_guid(feed_url)), slug))


def item_guid(tagged: str | None, mp3: Path) -> str:
    """The guid an episode file is published under: the one in its tags, else its name."""
    return tagged or f"papercast:{Path(mp3).stem}"
