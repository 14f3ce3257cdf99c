"""A show's record of what was built and published: per article, its episode's identity
(guid, number, first publication) and the stamp of what it was made from. Typed,
validated on load, saved atomically, kept in the show folder.

The stamp is derived from the episode's options themselves: a setting added to
EpisodeOptions is in it without anyone listing it, so no episode is silently stale.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from audio import __version__
from audio.files import read_capped_file, set_aside, sha256_of, write_text_atomic
from audio.options import EpisodeOptions

LEDGER_FILE = ".papercast-build.json"
# Options that say where or how fast an episode is made, not what it sounds like.
NOT_STAMPED = frozenset({"output", "force", "jobs", "cache_dir", "guid", "max_hours"})


@dataclass
class EpisodeRecord:
    """Assigned once and kept forever: guid, number, publication date; then what the
    episode was made from (stamp) and where it is (file)."""

    guid: str
    episode: int
    published: str  # ISO 8601, when it first went into the feed
    stamp: str = ""
    article: str | None = None
    file: str | None = None  # in episodes/; None: SLUG.mp3
    revision: int = 1  # the file is SLUG-REVISION.mp3 after a change

    def mp3_name(self, slug: str) -> str:
        return self.file or f"{slug}.mp3"


@dataclass(frozen=True)
class Skip:
    """An article left out of the show on purpose (too long), warned about once."""

    stamp: str
    reason: str
    max_hours: float  # the limit it was over: a larger one makes it


@dataclass
class BuildLedger:
    path: Path
    episodes: dict[str, EpisodeRecord] = field(default_factory=dict)
    skipped: dict[str, Skip] = field(default_factory=dict)
    problem: str | None = None  # why the file on disk could not be used

    def save(self) -> None:
        data = {"episodes": {slug: {k: v for k, v in dataclasses.asdict(record).items()
                                    if v is not None}
                             for slug, record in sorted(self.episodes.items())},
                "skipped": {slug: dataclasses.asdict(skip)
                            for slug, skip in sorted(self.skipped.items())}}
        write_text_atomic(self.path, json.dumps(data, indent=1, sort_keys=True) + "\n")


def load_ledger(folder: Path, legacy: Path | None = None) -> BuildLedger:
    """The show's ledger (read from ``legacy``, the site folder, where older versions kept
    it); a damaged one is set aside with a warning and the show starts afresh (guids
    derive from the feed's address and the article, so they come out the same)."""
    path = Path(folder) / LEDGER_FILE
    for candidate in (path, *([Path(legacy) / LEDGER_FILE] if legacy else [])):
        try:
            text = candidate.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except OSError as exc:
            return BuildLedger(path, problem=f"{candidate}: cannot be read ({exc.strerror})")
        try:
            data = json.loads(text)
            return BuildLedger(path, _episodes(data.get("episodes", {})),
                               _skipped(data.get("skipped", {})))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            return BuildLedger(path, problem=f"{candidate}: not a papercast build record "
                               f"({_reason(exc)}; {set_aside(candidate)}); episodes are "
                               "numbered afresh")
    return BuildLedger(path)


def _reason(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else "wrong shape"


def _episodes(data: object) -> dict[str, EpisodeRecord]:
    if not isinstance(data, dict):
        raise TypeError("episodes is not a table")
    found = {}
    names = {f.name: f.type for f in dataclasses.fields(EpisodeRecord)}
    for slug, entry in data.items():
        if not isinstance(entry, dict) or not {"guid", "episode", "published"} <= set(entry):
            raise TypeError(f"episode {slug!r} lacks guid, episode or published")
        record = EpisodeRecord(**{k: v for k, v in entry.items() if k in names})
        if not isinstance(record.episode, int) or not isinstance(record.guid, str) or \
                (record.file is not None and ("/" in record.file or
                                              record.file.startswith("."))):
            raise TypeError(f"episode {slug!r} is not what papercast writes")
        found[str(slug)] = record
    return found


def _skipped(data: object) -> dict[str, Skip]:
    if not isinstance(data, dict):
        raise TypeError("skipped is not a table")
    return {str(slug): Skip(str(entry["stamp"]), str(entry["reason"]),
                            float(entry["max_hours"]))
            for slug, entry in data.items()}


def settings_stamp(options: EpisodeOptions, **more: object) -> str:
    """Everything besides the article that shapes an episode's file: every option that
    is not where or how fast (files by their content), the version, and ``more``."""
    values: dict[str, object] = {"version": __version__, **more}
    for option in dataclasses.fields(options):
        if option.name in NOT_STAMPED:
            continue
        value = getattr(options, option.name)
        values[option.name] = file_digest(value) if isinstance(value, Path) else value
    return json.dumps(values, sort_keys=True, default=str)


def article_stamp(article: Path, settings: str) -> str:
    digest = hashlib.sha256(read_capped_file(article))
    digest.update(settings.encode("utf-8"))
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """A file's content as a digest; a missing file as its name (it may appear later)."""
    try:
        return sha256_of(path)
    except OSError:
        return f"missing:{path}"
