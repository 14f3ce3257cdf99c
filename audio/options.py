"""How to make an episode: every setting and its default, declared once.

The command line, ``EpisodeOptions`` and a show's settings all read their
defaults from here; each default's reason lives beside the code it tunes.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from audio.episode.chapters import CHAPTER_MODES, DEFAULT_CHAPTER_MINUTES
from audio.errors import OutputError
from audio.files import STEM_MAX_BYTES, short_stem, slugify
from audio.sound.encode import DEFAULT_BITRATE_KBPS, DEFAULT_QUALITY
from audio.sound.layout import DEFAULT_GAP_S
from audio.sound.master import DEFAULT_TARGET_LUFS, DEFAULT_TRUE_PEAK_DBTP
from audio.speech.profiles import DEFAULT_PROFILE

DEFAULT_SHOW = "Papercast"
MEDIA_DIR = "episodes"  # where episodes are kept beside their feed, published or built
# A day of audio: past it, an article is almost surely a mistake (a log file, a whole
# site dump); --max-hours or --yes says otherwise.
DEFAULT_MAX_HOURS = 24.0


@dataclass(frozen=True)
class EpisodeOptions:
    """How to make an episode; every field has the default a user gets from the CLI."""

    output: Path | None = None  # default: the article's name with .mp3, in this folder
    voice: str = DEFAULT_PROFILE
    rate: int | None = None  # words per minute for the narrator; other roles keep their ratio
    title: str | None = None
    author: str | None = None
    show: str = DEFAULT_SHOW
    date: str | None = None  # YYYY-MM-DD; default: the article's date, else today
    language: str | None = None  # default: the article's own, else the show's, else detected
    show_language: str | None = None  # the show's, for articles that declare none
    jobs: int = os.cpu_count() or 1
    bitrate_kbps: int = DEFAULT_BITRATE_KBPS
    mp3_quality: int = DEFAULT_QUALITY  # libmp3lame 0 (best) to 9 (fastest)
    force: bool = False
    cache_dir: Path | None = None
    fmt: str | None = None
    quote_voice: bool = True
    lexicon: Path | None = None  # the user's pronunciations, applied before the default ones
    master: bool = True
    loudness_lufs: float = DEFAULT_TARGET_LUFS
    true_peak_dbtp: float = DEFAULT_TRUE_PEAK_DBTP
    chapters: str = CHAPTER_MODES[0]  # auto, headings or none
    chapter_minutes: float = DEFAULT_CHAPTER_MINUTES
    cover: Path | None = None
    intro: Path | None = None  # audio files around the article
    outro: Path | None = None
    intro_text: str | None = None  # spoken lines; {show} {title} {author} {date} are filled in
    outro_text: str | None = None
    gap_s: float = DEFAULT_GAP_S  # silence between an intro/outro file and the article
    fade_s: float = 0.0  # fade in and out of the intro/outro files
    guid: str | None = None  # default: derived from the title and date, so it is stable
    max_hours: float = DEFAULT_MAX_HOURS  # longer articles are refused before any work


DEFAULTS = EpisodeOptions()


def output_for(source: str | Path, output: Path | None) -> Path:
    """Where the episode goes: as asked, or the article's name with .mp3 in the current folder.

    An episode is an MP3: another extension would put MP3 data behind a name that says
    otherwise (players and hosts go by the name), so it is refused.
    """
    if output is not None:
        if Path(output).suffix.lower() != ".mp3":
            raise OutputError(f"{output}: papercast writes MP3 episodes; name the output "
                              "with .mp3")
        return Path(output)
    name = str(source)
    if re.match(r"https?://", name, re.IGNORECASE):  # a web page: its path's last part
        address = re.sub(r"[?#].*", "", name.split("://", 1)[1]).rstrip("/")
        last = address.rsplit("/", 1)[-1] if "/" in address else address
        stem = Path(last).stem if "/" in address else last
        return Path(f"{slugify(stem, STEM_MAX_BYTES)}.mp3")
    stem = "episode" if name == "-" else short_stem(Path(source).stem)
    return Path(f"{stem}.mp3")
