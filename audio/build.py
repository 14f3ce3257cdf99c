"""A show folder → a static site folder: episodes, sidecars, cover and feed.xml.

Incremental: an article is rendered again only when its content stamp (its bytes
and the settings that shape its sound) changed. State is saved after every
episode, and the feed is written last and atomically, so an interrupted build
leaves the previous feed whole and the next build finishes the work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from audio import __version__
from audio.episode.cover import default_cover, load_cover
from audio.episode.sidecars import all_sidecar_paths
from audio.errors import InputError, OutputError, PapercastError, TooLongError
from audio.files import STEM_MAX_BYTES, lock_file_for, sha256_of, slugify, write_bytes_atomic
from audio.listen.player import write_player_page
from audio.listen.playlist import write_playlist
from audio.options import DEFAULTS, MEDIA_DIR, EpisodeOptions
from audio.pipeline import make_episode
from audio.progress import ProgressFn
from audio.publish import feed as rss
from audio.publish.ledger import (
    LEDGER_FILE,
    BuildLedger,
    Skip,
    article_stamp,
    file_digest,
    load_ledger,
    settings_stamp,
)
from audio.publish.show import ARTICLES_DIR, Show, placeholders
from audio.publish.show_feed import episode_file, new_episode, write_show_feed
from audio.sources.feeds import STATE_FILE as SOURCES_STATE_FILE
from audio.sources.feeds import Pulled, pull_feed
from audio.text.read import read_article

STATE_FILE = LEDGER_FILE
FEED_FILE = rss.FEED_FILE
COVER_FILE = "cover.jpg"
# What became of an article in a build (anything else is what went wrong with it).
RENDERED, UNCHANGED, SKIPPED = "rendered", "unchanged", "skipped"
SHOW_LOCK_TIMEOUT_S = 3600  # a run started while another builds the show waits this long


@dataclass(frozen=True)
class BuildResult:
    feed: Path
    rendered: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]  # articles gone from the show (pruned only with prune=True)
    failed: tuple[str, ...]
    pruned: bool
    warnings: tuple[str, ...] = ()
    pulled: tuple[Pulled, ...] = ()  # what each followed feed brought
    skipped: tuple[str, ...] = ()  # articles left out on purpose (too long)
    notes: tuple[str, ...] = ()  # what a user may want to know (a language detected)


@contextlib.contextmanager
def show_lock(show: Show) -> Iterator[None]:
    """One build or pull of a show at a time: a second (an overlapping cron run) waits."""
    from filelock import FileLock, Timeout  # imported here: only shows need it

    lock = FileLock(lock_file_for(show.folder / STATE_FILE))
    try:
        lock.acquire(timeout=SHOW_LOCK_TIMEOUT_S)
    except Timeout:
        raise OutputError(f"{show.folder}: another papercast run has been building this show "
                          f"for over {SHOW_LOCK_TIMEOUT_S // 60} minutes; try again later") \
            from None
    try:
        yield
    finally:
        lock.release()


def pull_show(show: Show) -> tuple[Pulled, ...]:
    """Save the new posts of every feed the show follows into its articles/ folder."""
    with show_lock(show):
        return _pull(show)


def _pull(show: Show) -> tuple[Pulled, ...]:
    """Each source in turn; one that fails is reported and the others go on."""
    results = []
    for source in show.sources:
        try:
            results.append(pull_feed(source, show.folder / ARTICLES_DIR,
                                     show.folder / SOURCES_STATE_FILE))
        except PapercastError as exc:
            results.append(Pulled(source.feed, failures=(str(exc),)))
    return tuple(results)


def build_show(show: Show, out: Path, prune: bool = False, force_new: bool = False,
               jobs: int | None = None, progress: ProgressFn | None = None,
               on_episode: Callable[[str, str], None] | None = None,
               draft: bool = False, offline: bool = False,
               max_hours: float | None = None) -> BuildResult:
    """Pull the followed feeds (unless ``offline``), render what changed, then write the
    feed of every episode. One build of a show runs at a time; another waits.

    A show still holding ``init``'s example base_url is refused unless ``draft``: its
    feed would point every app at example.com. Other example values are warnings. An
    article longer than ``max_hours`` (default: the show's) is left out with a warning,
    said once, and the rest goes on.
    """
    with show_lock(show):
        pulled = () if offline else _pull(show)
        result = _build(show, out, prune, force_new, jobs, progress, on_episode, draft,
                        show.max_hours if max_hours is None else max_hours)
    failures = tuple(line for p in pulled for line in p.failures)
    notes = tuple(dict.fromkeys(line for p in pulled for line in p.notes))
    return replace(result, pulled=pulled, failed=failures + result.failed,
                   warnings=notes + result.warnings)


def _build(show: Show, out: Path, prune: bool, force_new: bool, jobs: int | None,
           progress: ProgressFn | None, on_episode: Callable[[str, str], None] | None,
           draft: bool, max_hours: float) -> BuildResult:
    warnings = _check_settings(show, draft)
    out = Path(out).resolve()
    episodes = _episodes_folder(out)
    feed_path = out / FEED_FILE
    if not force_new:
        rss.read_feed(feed_path)  # a broken feed stops us here, before any rendering
    ledger = load_ledger(show.folder, legacy=out)
    if ledger.problem:
        warnings += (ledger.problem,)
    cover = _write_show_cover(show, out)
    articles = article_slugs(show.articles, ledger)
    options = EpisodeOptions(force=True, show=show.title, voice=show.voice,
                             lexicon=show.lexicon, loudness_lufs=show.loudness,
                             jobs=jobs or DEFAULTS.jobs, show_language=show.language,
                             max_hours=max_hours)
    settings = settings_stamp(options, cover=file_digest(cover))
    legacy = _legacy_settings_stamp(show, cover)
    outcomes: dict[str, list[str]] = {RENDERED: [], UNCHANGED: [], SKIPPED: []}
    failed: list[str] = []
    notes: list[str] = []
    superseded: list[Path] = []  # earlier files of re-rendered episodes
    for slug, article, published in _in_publication_order(articles, ledger):
        before = episode_file(episodes, slug, ledger.episodes.get(slug))
        outcome = _render_if_changed(slug, article, published, ledger, show,
                                     replace(options, output=before), (settings, legacy),
                                     progress, on_episode, notes.append)
        after = episode_file(episodes, slug, ledger.episodes.get(slug))
        if after != before and before.is_file():
            superseded.append(before)
        if outcome in outcomes:
            outcomes[outcome].append(slug)
        elif outcome.startswith("Skipped: "):
            outcomes[SKIPPED].append(slug)
            warnings += (outcome.removeprefix("Skipped: "),)
        else:
            failed.append(outcome)
    removed = sorted(set(ledger.episodes) - set(articles))
    if prune:
        _prune(episodes, removed, ledger)
    failed += write_show_feed(feed_path, show, ledger, episodes, cover, removed if prune else [],
                          force_new, failed)
    for old in superseded:  # only now that the feed points at the new files
        _remove_episode_files(old)
    write_player_page(out)
    write_playlist(out)
    if prune:
        for slug in removed:
            del ledger.episodes[slug]
    ledger.skipped = {slug: skip for slug, skip in ledger.skipped.items() if slug in articles}
    ledger.save()
    return BuildResult(feed_path, tuple(outcomes[RENDERED]), tuple(outcomes[UNCHANGED]),
                       tuple(removed), tuple(failed), prune, warnings,
                       skipped=tuple(outcomes[SKIPPED]), notes=tuple(notes))


def _check_settings(show: Show, draft: bool) -> tuple[str, ...]:
    """Refuse a show that cannot be published; warn of what init left to fill in."""
    if not show.base_url:
        raise InputError(f"{show.folder / 'show.toml'}: base_url is required to build a feed "
                         "(or give --base-url URL)")
    unfilled = placeholders(show)
    if "base_url" in unfilled and not draft:
        raise InputError(f"{show.folder / 'show.toml'}: base_url is still the example "
                         f"({show.base_url}); set where the site will be hosted, or build a "
                         "draft with --draft")
    return tuple(f"{show.folder / 'show.toml'}: {field} is still the example from "
                 "`papercast init`; it will be published as it is"
                 for field in unfilled if field != "base_url")


def _render_if_changed(slug: str, article: Path, published: str | None, ledger: BuildLedger,
                       show: Show, options: EpisodeOptions, settings: tuple[str, str],
                       progress: ProgressFn | None,
                       on_episode: Callable[[str, str], None] | None,
                       notify: Callable[[str], None]) -> str:
    """RENDERED, UNCHANGED, "Skipped: why", or what went wrong; the ledger is saved after
    each episode."""
    assert options.output is not None  # the build names every episode's file
    stamp = article_stamp(article, settings[0])
    entry = ledger.episodes.get(slug)
    if entry and options.output.is_file() and (
            entry.stamp == stamp or entry.stamp == article_stamp(article, settings[1])):
        if entry.stamp != stamp:  # made by the version before stamps were derived
            entry.stamp = stamp
            ledger.save()
        return UNCHANGED
    skip = ledger.skipped.get(slug)
    if skip and skip.stamp == stamp and options.max_hours <= skip.max_hours:
        return SKIPPED  # still too long; it was said when it first was
    if entry and entry.stamp != stamp:
        # A changed episode gets a new file name, so podcast apps fetch it again; its
        # guid, number and date stay.
        entry = replace(entry, revision=entry.revision + 1,
                        file=f"{slug}-{entry.revision + 1}.mp3")
    entry = entry or new_episode(ledger, slug, published, show)
    output = episode_file(options.output.parent, slug, entry)
    if on_episode:
        on_episode(slug, "rendering")
    try:
        make_episode(article, replace(options, guid=entry.guid, output=output), progress,
                     notify)
    except TooLongError as exc:  # left out, and the show goes on without it
        ledger.skipped[slug] = Skip(stamp, str(exc), options.max_hours)
        ledger.save()
        return (f"Skipped: {exc.args[0].split('; give', 1)[0]}; left out of the show (raise "
                f"max_hours in show.toml, or build with --max-hours HOURS or --yes)")
    except PapercastError as exc:  # one bad article does not stop the show
        return f"{article.name}: {exc}"
    ledger.skipped.pop(slug, None)
    ledger.episodes[slug] = replace(entry, stamp=stamp, article=article.name)
    ledger.save()
    return RENDERED


def _episodes_folder(out: Path) -> Path:
    episodes = out / MEDIA_DIR
    try:
        episodes.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    return episodes


def _prune(episodes: Path, slugs: list[str], ledger: BuildLedger) -> None:
    for slug in slugs:
        _remove_episode_files(episode_file(episodes, slug, ledger.episodes[slug]))


def _remove_episode_files(mp3: Path) -> None:
    for path in (mp3, *all_sidecar_paths(mp3)):
        path.unlink(missing_ok=True)


def article_slugs(articles: Iterable[Path], ledger: BuildLedger) -> dict[str, Path]:
    """Each article by its slug: the one it was built under (its guid is made from it),
    else its name's. Two names that make one slug ("Notes.md" and "notes.txt") are told
    apart by a digest of the name, never one left out."""
    built = {record.article: slug for slug, record in ledger.episodes.items()
             if record.article}
    ordered = sorted(articles, key=lambda a: (a.name not in built, a.name))
    slugs: dict[str, Path] = {}
    for article in ordered:
        slug = built.get(article.name) or slugify(article.stem, STEM_MAX_BYTES)
        if slug in slugs:
            slug = f"{slug}-{hashlib.sha256(article.name.encode()).hexdigest()[:6]}"
        slugs[slug] = article
    return slugs


def _in_publication_order(articles: dict[str, Path],
                          ledger: BuildLedger) -> list[tuple[str, Path, str | None]]:
    """(slug, article, explicit publication date): built articles first, then new ones in
    the order they were written.

    New episodes are so numbered in the order they were written; only new articles
    are read for their dates (the others' identity is already in the ledger).
    """
    known = [(slug, path, None) for slug, path in articles.items() if slug in ledger.episodes]
    new = [(slug, path, *_article_dates(path)) for slug, path in articles.items()
           if slug not in ledger.episodes]
    today = dt.date.today().isoformat()  # an undated article was written now
    new.sort(key=lambda item: (item[2] or today, item[0]))
    return known + [(slug, path, published) for slug, path, _, published in new]


def _article_dates(article: Path) -> tuple[str | None, str | None]:
    """When the article was written, and its explicit publication date (if any)."""
    try:
        read = read_article(article)
    except PapercastError:
        return None, None  # make_episode will report what is wrong with it
    return read.date, read.published


def _legacy_settings_stamp(show: Show, cover: Path) -> str:
    """The stamp 0.2 listed by hand: an episode it made counts as unchanged, rather than
    every show rendering (and every app downloading) everything again once."""
    lexicon = show.lexicon.read_text(encoding="utf-8") if show.lexicon and \
        show.lexicon.is_file() else ""
    return json.dumps({"version": __version__, "voice": show.voice, "loudness": show.loudness,
                       "show": show.title, "lexicon": lexicon, "language": show.language,
                       "cover": sha256_of(cover)}, sort_keys=True)


def _write_show_cover(show: Show, out: Path) -> Path:
    cover = load_cover(show.cover) if show.cover else default_cover(show.title, show.author)
    target = out / COVER_FILE if cover.extension == ".jpg" else out / "cover.png"
    if not target.is_file() or target.read_bytes() != cover.data:
        write_bytes_atomic(target, cover.data)
    return target
