"""A built show's feed: every episode of its ledger as an item, and each new episode's
identity (guid, number, first publication), assigned once and kept forever."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from audio.episode.id3 import EpisodeInfo, read_episode
from audio.errors import InputError, PapercastError
from audio.guids import show_episode_guid
from audio.options import MEDIA_DIR
from audio.publish import feed as rss
from audio.publish.ledger import BuildLedger, EpisodeRecord
from audio.publish.publish import (
    channel_for,
    feed_item,
    file_url,
    first_publication,
    publication_date,
)
from audio.publish.show import Show


def episode_file(episodes: Path, slug: str, entry: EpisodeRecord | None) -> Path:
    """Where an episode's MP3 is: ``slug.mp3``, or ``slug-N.mp3`` after N-1 changes."""
    return episodes / (entry.mp3_name(slug) if entry else f"{slug}.mp3")


def write_show_feed(feed_path: Path, show: Show, ledger: BuildLedger, episodes: Path,
                    cover: Path, pruned: list[str], force_new: bool,
                    failed: list[str]) -> list[str]:
    """Every episode of the ledger into the feed (the ``pruned`` ones out of it); what
    could not be read, one line each. ``failed``: the build's failures, said if no
    episode at all could be made."""
    base = show.public_base
    if base is None:
        raise InputError(f"{show.folder / 'show.toml'}: base_url is required to build a feed")
    infos: list[tuple[EpisodeRecord, EpisodeInfo]] = []
    unreadable: list[str] = []
    for slug, entry in ledger.episodes.items():
        mp3 = episode_file(episodes, slug, entry)
        if slug in pruned or not mp3.is_file():
            continue
        try:
            infos.append((entry, read_episode(mp3)))
        except PapercastError as exc:  # one unreadable episode does not stop the others
            unreadable.append(str(exc))
    with rss.updating_feed(feed_path, force_new) as (tree, _):
        for slug in pruned:
            rss.remove_item(tree, ledger.episodes[slug].guid)
        if not infos and not rss.items(tree):
            reasons = failed + unreadable
            raise InputError(f"{show.folder}: no episodes could be made; nothing to publish"
                             + (": " + "; ".join(reasons) if reasons else ""))
        first = infos[0][1] if infos else None
        rss.set_channel(tree, channel_for(show, first, file_url(base, feed_path), base,
                                          file_url(base, cover)))
        for entry, info in infos:
            date = dt.datetime.fromisoformat(entry.published)
            rss.upsert_item(tree, feed_item(info, base, entry.episode, date, MEDIA_DIR,
                                            guid=entry.guid))
    return unreadable


def new_episode(ledger: BuildLedger, slug: str, published: str | None,
                show: Show) -> EpisodeRecord:
    """Identity assigned once and kept forever: guid, episode number, publication date.

    The publication date is when the episode first goes into the feed (after every
    episode already in it: podcast apps treat only items newer than the newest as new),
    unless the article gives one explicitly (front matter ``published``).
    """
    known = ledger.episodes.values()
    number = max((e.episode for e in known), default=0) + 1
    if show.base_url is None:
        raise InputError(f"{show.folder / 'show.toml'}: base_url is required to build a feed")
    feed_url = file_url(show.base_url, Path(rss.FEED_FILE))
    when = publication_date(published) if published else first_publication(
        dt.datetime.fromisoformat(e.published) for e in known)
    return EpisodeRecord(guid=show_episode_guid(feed_url, slug), episode=number,
                         published=when.isoformat())
