"""Hands-off running: build a show whenever its articles or settings change, pull its
feeds on a schedule, and deploy after every build when the show says where to.

One round at a time, each reported as it ends; a round that fails (a bad show.toml, a
host that is down) is reported and the watch goes on with the next.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from audio.build import BuildResult, build_show
from audio.deploy.deploy import Deployed, deploy_show
from audio.errors import PapercastError
from audio.publish.show import ARTICLES_DIR, SHOW_FILE, load_show

DEBOUNCE_MS = 1000  # an editor's save, or a folder of files copied in, is one change
TICK_MS = 1000  # how often the loop looks, events or not (the schedule, a missed event)
_WATCHED_FILES = (SHOW_FILE, "lexicon.toml")


@dataclass(frozen=True)
class Round:
    """One build (and deploy) of the watched show."""

    started: dt.datetime
    reason: str  # "start", "changed" or "schedule"
    build: BuildResult | None = None
    deployed: Deployed | None = None
    error: str | None = None


def run_round(folder: Path, reason: str, pull: bool, jobs: int | None = None) -> Round:
    """Build the show (pulling its feeds if ``pull``), then deploy it if it has [deploy].
    The deploy goes ahead when some articles failed: the others deserve to be out."""
    started = dt.datetime.now().astimezone()
    try:
        show = load_show(folder)
        built = build_show(show, show.site, offline=not pull, jobs=jobs)
        deployed = deploy_show(show) if show.deploy else None
    except PapercastError as exc:
        return Round(started, reason, error=str(exc))
    return Round(started, reason, built, deployed)


def watch_show(folder: Path, every_s: float, report: Callable[[Round], None],
               jobs: int | None = None, stop: threading.Event | None = None) -> None:
    """Run rounds until ``stop`` (a threading.Event) is set or a signal stops us: one at
    the start, one after each change, and one with a pull every ``every_s`` seconds.

    File events only wake the loop; what changed is decided by comparing the show's
    files with how they were when the last round ended (events before the watcher
    started, or while a round ran, are not lost that way). A change is built once it
    has held still for a tick, so a file still being copied is not read half-way.
    """
    from watchfiles import watch  # imported here: only watching needs it

    # watchfiles turns SIGTERM into KeyboardInterrupt (raised here) and logs its own notes
    logging.getLogger("watchfiles").setLevel(logging.ERROR)
    folder = Path(folder).resolve()
    last_pull = time.monotonic()
    done, built = _round(folder, "start", True, jobs)
    previous = built
    report(done)  # after the snapshot: a change made on seeing the report is one after it
    for _ in watch(folder, watch_filter=_relevant(folder), debounce=DEBOUNCE_MS,
                   rust_timeout=TICK_MS, yield_on_timeout=True, stop_event=stop,
                   raise_interrupt=True):
        due = time.monotonic() - last_pull >= every_s
        current = _snapshot(folder)
        settled, previous = current == previous, current
        if not due and (current == built or not settled):
            continue
        if due:
            last_pull = time.monotonic()
        done, built = _round(folder, "schedule" if due else "changed", due, jobs)
        previous = _snapshot(folder)
        report(done)


def _round(folder: Path, reason: str, pull: bool,
           jobs: int | None) -> tuple[Round, dict[str, tuple[int, int]]]:
    """A round, and the show's files as that round saw them: as they were when it
    started, except the articles its own pull wrote. A file the user changed while it ran
    then still differs, and gets a round of its own."""
    before = _snapshot(folder)
    done = run_round(folder, reason, pull=pull, jobs=jobs)
    after = _snapshot(folder)
    pulled = done.build.pulled if done.build else ()
    for path in (str(p) for result in pulled for p in (*result.saved, *result.updated)):
        if path in after:
            before[path] = after[path]
    return done, before


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """What shapes the show, as (modification time, size) per file."""
    found = {}
    candidates = [folder / name for name in _WATCHED_FILES]
    articles = folder / ARTICLES_DIR
    if articles.is_dir():
        candidates += [p for p in articles.rglob("*") if not p.name.startswith(".")]
    for path in candidates:
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.is_file():
            found[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return found


def _relevant(folder: Path) -> Callable[[object, str], bool]:
    """Only what shapes the show wakes the loop: its articles and settings; never hidden
    files (the temporaries and state papercast writes) or the site it builds."""
    articles = folder / ARTICLES_DIR

    def keep(change: object, path: str) -> bool:
        candidate = Path(path)
        if candidate.name.startswith("."):
            return False
        if candidate.parent == folder:
            return candidate.name in _WATCHED_FILES
        return candidate.is_relative_to(articles)

    return keep
