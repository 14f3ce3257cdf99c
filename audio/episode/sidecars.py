"""Files beside the episode: WebVTT and SRT captions, JSON transcript, JSON chapters, cover.

``SIDECARS`` is the one table of them: writing, reading an episode back, the
feed, the server and the player page all go by it. Cue times come from the
rendered segments, so they are exact at segment edges; inside a long segment they
are apportioned by character position.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from audio.episode.cover import Cover
from audio.models import ChapterMark, Timing
from audio.text.counting import units


@dataclass(frozen=True)
class Sidecar:
    """A kind of file beside an episode, named ``<episode stem><suffix>``."""

    suffix: str
    role: str  # "transcript", "chapters" or "image": how feeds and players use it
    mime: str
    captions: bool = False  # timed text players show as captions (text, UTF-8)


SIDECARS = (
    Sidecar(".vtt", "transcript", "text/vtt", captions=True),
    Sidecar(".srt", "transcript", "application/x-subrip", captions=True),
    Sidecar(".json", "transcript", "application/json"),
    Sidecar(".chapters.json", "chapters", "application/json+chapters"),
    Sidecar(".jpg", "image", "image/jpeg"),
    Sidecar(".png", "image", "image/png"),
)
LINE_CHARS = 32  # the Podcasting 2.0 transcript guidance for captions (SRT)
LINES_PER_CUE = 2
MAX_CUE_S = 7.0


@dataclass(frozen=True)
class Cue:
    start_s: float
    end_s: float
    text: str  # at most LINES_PER_CUE lines joined by "\n"
    language: str | None = None  # words in another language than the episode's

    @property
    def words(self) -> str:
        """The cue on one line: its lines joined by a space, or by nothing where Chinese
        or Japanese was broken between two characters."""
        lines = self.text.split("\n")
        joined = lines[0]
        for line in lines[1:]:
            wide = joined[-1:] and (_wide(joined[-1]) or _wide(line[:1]))
            joined += ("" if wide else " ") + line
        return joined


def cues(timings: tuple[Timing, ...], end_s: float | None = None) -> list[Cue]:
    """Captions of at most two short lines, in order, covering every segment's text.

    The last cue stays up until ``end_s`` (the end of the audio) when given. Lines break
    between words, and anywhere in Chinese or Japanese, which have no spaces to break at.
    """
    result: list[Cue] = []
    for timing in timings:
        span = timing.end_s - timing.start_s
        groups = _balanced_groups(units(timing.segment.text), math.ceil(span / MAX_CUE_S))
        total = sum(_width(g) + 1 for g in groups)
        done = 0
        for group in groups:
            start = timing.start_s + span * done / total
            done += _width(group) + 1
            end = timing.start_s + span * done / total
            result.append(Cue(start, end, _two_lines(group), timing.segment.language))
    if result and end_s is not None:
        result[-1] = replace(result[-1], end_s=max(end_s, result[-1].end_s))
    return result


Units = list[tuple[str, str]]  # (separator, piece): see audio.text.counting.units


def _joined(pieces: Units) -> str:
    return "".join(separator + piece for separator, piece in pieces).lstrip()


def _width(pieces: Units) -> int:
    """How wide the pieces are on screen: Chinese and Japanese characters take two
    columns, so a line holds 16 of them."""
    return _text_width(_joined(pieces))


def _text_width(text: str) -> int:
    return len(text) if text.isascii() else sum(2 if _wide(ch) else 1 for ch in text)


def _wide(character: str) -> bool:
    return bool(character) and unicodedata.east_asian_width(character) in "WF"


def _balanced_groups(pieces: Units, at_least: int = 1) -> list[Units]:
    """Split a segment's pieces into the fewest cues that fit in two lines, of near-equal
    length (no orphan words)."""
    length = _width(pieces)
    count = min(len(pieces), max(at_least, math.ceil(length / (LINE_CHARS * LINES_PER_CUE))))
    while True:
        groups = _groups_of(pieces, length / max(count, 1), count)
        if count >= len(pieces) or all(_fits(group) for group in groups):
            return groups
        count += 1


def _fits(cue: Units) -> bool:
    """Every line within LINE_CHARS, but for a single word longer than that (a URL)."""
    return all(_width(line) <= LINE_CHARS or len(line) == 1
               for line in _lines(cue))


def _groups_of(pieces: Units, target: float, count: int) -> list[Units]:
    groups: list[Units] = []
    current: Units = []
    width = 0  # of current
    for separator, piece in pieces:
        piece_width = _text_width(piece)
        if current and width + len(separator) + piece_width / 2 > target \
                and len(groups) < count - 1:
            groups.append(current)
            current, width = [("", piece)], piece_width
        else:
            width += (len(separator) if current else 0) + piece_width
            current.append((separator if current else "", piece))
    return [*groups, current] if current else groups


def _lines(cue: Units) -> list[Units]:
    """A cue longer than one line broken between the pieces nearest its middle that leave
    both lines within LINE_CHARS (nearest the middle at all if none does)."""
    # before[k]: the width of the first k pieces with every separator but the first
    before = [0]
    for separator, piece in cue:
        before.append(before[-1] + len(separator) + _text_width(piece))
    total = before[-1] - len(cue[0][0]) if cue else 0
    if total <= LINE_CHARS or len(cue) < 2:
        return [cue]
    middle = total // 2

    def lengths(cut: int) -> tuple[int, int]:
        first = before[cut] - len(cue[0][0])
        return first, before[-1] - before[cut] - len(cue[cut][0])

    cuts = range(1, len(cue))
    fitting = [cut for cut in cuts if max(lengths(cut)) <= LINE_CHARS]
    best = min(fitting or cuts, key=lambda cut: abs(lengths(cut)[0] - middle))
    return [cue[:best], [("", cue[best][1]), *cue[best + 1:]]]


def _two_lines(cue: Units) -> str:
    return "\n".join(_joined(line) for line in _lines(cue))


def _clock(seconds: float, separator: str) -> str:
    ms = round(seconds * 1000)
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{ms:03d}"


def webvtt(cue_list: list[Cue], language: str = "en") -> str:
    blocks = [f"WEBVTT\nLanguage: {language}"]  # the header players read the language from
    for cue in cue_list:
        text = cue.text.replace("&", "&amp;").replace("<", "&lt;").replace("-->", "->")
        if cue.language:  # a cue span players know: <lang fr>liberté</lang>
            text = f"<lang {cue.language}>{text}</lang>"
        blocks.append(f"{_clock(cue.start_s, '.')} --> {_clock(cue.end_s, '.')}\n{text}")
    return "\n\n".join(blocks) + "\n"


def srt(cue_list: list[Cue]) -> str:
    blocks = [
        f"{n}\n{_clock(cue.start_s, ',')} --> {_clock(cue.end_s, ',')}\n{cue.text}"
        for n, cue in enumerate(cue_list, start=1)
    ]
    return "\n\n".join(blocks) + "\n"


def json_transcript(cue_list: list[Cue], language: str = "en") -> str:
    """Podcasting 2.0 JSON transcript, with its language (and a segment's own language
    where it has one)."""
    segments = [
        {"startTime": round(c.start_s, 3), "endTime": round(c.end_s, 3), "body": c.words,
         **({"language": c.language} if c.language else {})}
        for c in cue_list
    ]
    return json.dumps({"version": "1.0.0", "language": language, "segments": segments},
                      ensure_ascii=False, indent=1) + "\n"


def json_chapters(chapters: tuple[ChapterMark, ...]) -> str:
    """Podcasting 2.0 chapters file."""
    items = [
        {"startTime": round(c.start_s, 3), "endTime": round(c.end_s, 3), "title": c.title}
        for c in chapters
    ]
    return json.dumps({"version": "1.2.0", "chapters": items}, ensure_ascii=False,
                      indent=1) + "\n"


def sidecar_path(mp3: Path, suffix: str) -> Path:
    return mp3.with_name(mp3.stem + suffix)


def all_sidecar_paths(mp3: Path) -> list[Path]:
    """Every file of the episode's set besides the MP3 (both kinds of cover image)."""
    return [sidecar_path(mp3, kind.suffix) for kind in SIDECARS]


def sidecar_contents(timings: tuple[Timing, ...], duration_s: float,
                     chapters: tuple[ChapterMark, ...], cover: Cover,
                     language: str = "en") -> dict[str, bytes]:
    """Suffix → bytes of every file beside the episode: captions, transcript, chapters,
    and the cover image; the captions and transcript say their language."""
    cue_list = cues(timings, end_s=duration_s)
    texts = {".vtt": webvtt(cue_list, language), ".srt": srt(cue_list),
             ".json": json_transcript(cue_list, language),
             ".chapters.json": json_chapters(chapters)}
    contents = {kind.suffix: texts[kind.suffix].encode("utf-8") for kind in SIDECARS
                if kind.suffix in texts}
    return {**contents, cover.extension: cover.data}
