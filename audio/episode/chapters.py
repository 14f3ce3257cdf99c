"""Chapter marks: from the article's headings, or from paragraph groups of a few minutes."""

from __future__ import annotations

from audio.models import ChapterMark, Script
from audio.sound.layout import Program

CHAPTER_MODES = ("auto", "headings", "none")
DEFAULT_CHAPTER_MINUTES = 3.0
# An ID3 CTOC lists at most 255 chapters; long books get longer chapters instead.
MAX_GROUPED_CHAPTERS = 250
_TITLE_WORDS = 6


def chapter_marks(script: Script, program: Program, mode: str = "auto",
                  minutes: float = DEFAULT_CHAPTER_MINUTES,
                  intro_title: str | None = None) -> tuple[ChapterMark, ...]:
    """Chapters in time order, each running to the next one's start.

    ``auto`` uses headings when the article has them and paragraph groups of
    about ``minutes`` when it has none; ``headings`` never groups; ``none`` gives none.
    An intro file before the article gets a chapter of its own.
    """
    if mode == "none":
        return ()
    starts = [(c.title, _start(program, c.first_segment)) for c in script.chapters]
    if len(starts) == 1 and mode == "auto":
        target_s = max(minutes * 60, program.duration_s / MAX_GROUPED_CHAPTERS)
        starts += _paragraph_groups(script, program, target_s)
    if intro_title and program.offset_s > 0:
        starts = [(intro_title, 0.0), *starts]
    else:
        starts[0] = (starts[0][0], 0.0)
    ends = [start for _, start in starts[1:]] + [program.duration_s]
    return tuple(ChapterMark(title, start, end) for (title, start), end in zip(starts, ends))


def _start(program: Program, segment_index: int) -> float:
    return program.timings[segment_index].start_s


def _paragraph_groups(script: Script, program: Program,
                      target_s: float) -> list[tuple[str, float]]:
    """Chapter starts at paragraph starts, about every ``target_s``; no stub at the end."""
    marks: list[tuple[str, float]] = []
    chapter_start = _start(program, 0)
    end = program.timings[-1].end_s
    previous_pause = "title"
    for timing in program.timings:
        segment = timing.segment
        starts_paragraph = previous_pause != "sentence" and segment.kind in (
            "paragraph", "quote", "list_item")
        previous_pause = segment.pause_after
        if (starts_paragraph and timing.start_s - chapter_start >= target_s
                and end - timing.start_s >= target_s / 2):
            marks.append((_first_words(segment.text), timing.start_s))
            chapter_start = timing.start_s
    return marks


def _first_words(text: str) -> str:
    words = text.split()
    head = " ".join(words[:_TITLE_WORDS]).rstrip(",;:.")
    return head + ("…" if len(words) > _TITLE_WORDS else "")
