"""What an episode says about itself: its tags, its transcript as prose, its guid.

The audio is done by now; these are the words and numbers that go with it.
"""

from __future__ import annotations

import datetime as dt

from audio.episode.cover import Cover
from audio.episode.id3 import Tags
from audio.guids import article_guid
from audio.models import ChapterMark, Script
from audio.text.language import iso639_2


def episode_tags(script: Script, show: str, duration_s: float,
                 chapters: tuple[ChapterMark, ...], cover: Cover,
                 guid: str | None = None, voice: str | None = None) -> Tags:
    """The ID3 tags of an episode of ``script``; ``guid`` defaults to the article's own."""
    return Tags(
        title=script.title,
        author=script.author,
        show=show,
        date=script.date or dt.date.today().isoformat(),
        description=script.description,
        transcript=full_text(script),
        length_ms=round(duration_s * 1000),
        chapters=chapters,
        cover=cover,
        guid=guid or article_guid(script.title, script.date),
        url=script.url,
        language=iso639_2(script.language),
        voice=voice,
    )


def full_text(script: Script) -> str:
    """The transcript as prose: sentence groups of a paragraph rejoined, paragraphs apart."""
    out = ""
    for segment in script.segments:
        same_paragraph = segment.pause_after == "sentence" and segment.kind != "title"
        out += segment.text + (" " if same_paragraph else "\n\n")
    return out.strip() + "\n"
