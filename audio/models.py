"""The values passed between the stages, as frozen dataclasses.

Data flows one way: Article → Script → Clips → Episode.
Units live in the names: ``*_s`` seconds, ``*_ms`` milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Kinds of body block an Article holds, in reading order.
PARAGRAPH = "paragraph"
HEADING = "heading"
QUOTE = "quote"
LIST_ITEM = "list_item"

# Pause kinds: the silence that follows a segment, longest first. A "phrase" pause
# joins the parts of one sentence spoken in different languages.
PAUSE_KINDS = ("title", "heading", "paragraph", "sentence", "phrase", "end")

# Roles: which voice profile speaks a segment.
NARRATOR = "narrator"
HEADLINE = "headline"
QUOTE_ROLE = "quote"


@dataclass(frozen=True)
class Passage:
    """Words inside a block in a language of their own: <span lang="fr">…</span>."""

    text: str
    language: str


# The heading readers put before an article's footnotes, said in the article's language
NOTES_HEADING = "Notes"


@dataclass(frozen=True)
class Block:
    """One unit of an article body: a paragraph, heading, quote or list item."""

    kind: str
    text: str
    language: str | None = None  # its own language, where it differs from the article's
    passages: tuple[Passage, ...] = ()  # stretches of it in other languages, in order


@dataclass(frozen=True)
class Article:
    """What an article says, without page furniture."""

    title: str
    blocks: tuple[Block, ...]
    author: str | None = None
    date: str | None = None  # ISO 8601 date, YYYY-MM-DD: when it was written
    description: str | None = None
    source: str = ""
    published: str | None = None  # YYYY-MM-DD: an explicit date for the feed, else build time
    url: str | None = None  # where it was fetched from (a web page, a feed's post)
    language: str | None = None  # a language tag: "en", "de", "pt-br"
    language_source: str | None = None  # what decided the language (text/language.py)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind != HEADING]

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == HEADING]


@dataclass(frozen=True)
class Pauses:
    """Silence after each kind of segment, in seconds."""

    title: float = 1.2
    heading: float = 0.9
    paragraph: float = 0.6
    sentence: float = 0.25
    phrase: float = 0.05
    end: float = 1.0

    def after(self, kind: str) -> float:
        return getattr(self, kind)


@dataclass(frozen=True)
class VoiceProfile:
    """How one role sounds: a speech engine, one of its voices, and its settings."""

    name: str
    voice: str  # espeak: a voice id; piper: a voice package or an .onnx model file
    rate: int = 175
    pitch: int = 50
    volume: float = 1.0
    description: str = ""
    pauses: Pauses = field(default_factory=Pauses)
    engine: str = "espeak"
    # The voices of the other roles when this profile narrates; None: the bundled ones.
    headline: VoiceProfile | None = None
    quote: VoiceProfile | None = None
    # espeak-ng voices for articles in other languages: a language tag → a voice id
    languages: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Segment:
    """One stretch of speech: what is shown, what is spoken, what follows."""

    index: int
    kind: str  # title, heading, paragraph, quote, list_item
    text: str  # as shown in transcripts
    speech: str  # as given to the speech engine
    pause_after: str  # one of PAUSE_KINDS
    role: str = NARRATOR
    chapter: int = 0
    language: str | None = None  # a passage in another language than the article's


@dataclass(frozen=True)
class Chapter:
    title: str
    first_segment: int


@dataclass(frozen=True)
class Script:
    """An article made ready to speak: segments in order, grouped in chapters."""

    title: str
    segments: tuple[Segment, ...]
    chapters: tuple[Chapter, ...]
    author: str | None = None
    date: str | None = None
    description: str | None = None
    url: str | None = None  # the article's web address, if it has one
    language: str = "en"
    language_source: str = "default"


@dataclass(frozen=True)
class SpeechSettings:
    """Everything that changes how a segment sounds; part of the cache key."""

    voice: str
    rate: int
    pitch: int
    volume: float
    engine: str = "espeak"
    sentence_s: float = 0.0  # silence between sentences, for engines that speak them apart


@dataclass(frozen=True)
class Clip:
    """A rendered, edge-trimmed segment: mono 16-bit PCM in a WAV file."""

    path: Path
    frames: int
    sample_rate: int
    cached: bool
    key: str = ""  # the cache key: a hash of the text, voice settings and engine

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate


@dataclass(frozen=True)
class Timing:
    """Where a segment's speech sits in the episode."""

    segment: Segment
    start_s: float
    end_s: float


@dataclass(frozen=True)
class ChapterMark:
    title: str
    start_s: float
    end_s: float


@dataclass(frozen=True)
class Episode:
    """A finished episode on disk, with what is known about its contents."""

    path: Path
    title: str
    duration_s: float
    size_bytes: int
    timings: tuple[Timing, ...]
    chapters: tuple[ChapterMark, ...]
    sidecars: tuple[Path, ...]
    synthesized: int
    cached: int
    loudness: object | None = None  # master.Loudness of the final file
    warnings: tuple[str, ...] = ()
    joins_s: tuple[float, ...] = ()  # where separately encoded chunks meet
