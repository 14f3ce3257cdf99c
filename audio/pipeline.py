"""The one place that orders the stages: article → script → clips → episode."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path

from audio import sidecars
from audio.cache import ClipCache, default_cache_dir
from audio.encode import Mp3Encoder, frame_aligned
from audio.errors import OutputError
from audio.files import atomic_path, check_writable, write_text_atomic
from audio.lexicon import default_lexicon, load_lexicon
from audio.models import (
    HEADLINE,
    NARRATOR,
    QUOTE_ROLE,
    ChapterMark,
    Episode,
    Script,
    SpeechSettings,
    VoiceProfile,
)
from audio.progress import ProgressFn
from audio.read import read_article
from audio.segment import make_script
from audio.stitch import Stitched, stitch
from audio.synthesize import ENGINE_SAMPLE_RATE, ClipRequest, Renderer
from audio.tag import Tags, write_tags
from audio.voices import load_profile

SIDECAR_SUFFIXES = (".vtt", ".srt", ".json", ".chapters.json")


@dataclass(frozen=True)
class EpisodeOptions:
    """How to make an episode; every field has the default a user gets from the CLI."""

    output: Path | None = None
    voice: str = "narrator"
    rate: int | None = None  # words per minute for the narrator; other roles keep their ratio
    title: str | None = None
    author: str | None = None
    show: str = "Papercast"
    date: str | None = None  # YYYY-MM-DD; default: the article's date, else today
    jobs: int = os.cpu_count() or 1
    bitrate_kbps: int = 64
    force: bool = False
    cache_dir: Path | None = None
    fmt: str | None = None
    quote_voice: bool = True
    lexicon: Path | None = None  # the user's pronunciations, applied before the default ones


def output_for(source: str | Path, output: Path | None) -> Path:
    """Where the episode goes: as asked, or the article's name with .mp3 in the current folder."""
    if output is not None:
        return Path(output)
    stem = "episode" if str(source) == "-" else Path(source).stem
    return Path(f"{stem}.mp3")


def sidecar_paths(mp3: Path) -> dict[str, Path]:
    return {suffix: mp3.with_name(mp3.stem + suffix) for suffix in SIDECAR_SUFFIXES}


def load_script(source: str | Path, options: EpisodeOptions) -> Script:
    """Read and segment an article, with the user's metadata overrides applied."""
    lexicon = default_lexicon()
    if options.lexicon:
        lexicon = load_lexicon(options.lexicon) + lexicon
    script = make_script(read_article(source, options.fmt), quote_voice=options.quote_voice,
                         lexicon=lexicon)
    overrides = {k: v for k, v in (("author", options.author), ("date", options.date)) if v}
    if options.title:
        overrides["title"] = options.title
    return replace(script, **overrides)


def role_settings(options: EpisodeOptions) -> tuple[VoiceProfile, dict[str, SpeechSettings]]:
    """The narrator profile and the speech settings of each role."""
    narrator = load_profile(options.voice)
    scale = options.rate / narrator.rate if options.rate else 1.0
    profiles = {NARRATOR: narrator, HEADLINE: load_profile("headline"),
                QUOTE_ROLE: load_profile("quote")}
    return narrator, {
        role: SpeechSettings(p.voice, max(80, round(p.rate * scale)), p.pitch, p.volume)
        for role, p in profiles.items()
    }


def make_episode(
    source: str | Path, options: EpisodeOptions, progress: ProgressFn | None = None
) -> Episode:
    """Turn one article into a tagged MP3 with captions, transcript and chapters beside it."""
    script = load_script(source, options)
    narrator, settings = role_settings(options)
    output = output_for(source, options.output)
    check_writable(output, options.force)
    requests = [ClipRequest(s.speech, settings[s.role]) for s in script.segments]
    cache = ClipCache(options.cache_dir or default_cache_dir())
    try:
        cache.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{cache.root}: cannot create the cache folder ({exc.strerror})") \
            from None

    with atomic_path(output) as temp, Renderer(cache, options.jobs) as renderer:
        encoder = Mp3Encoder(temp, ENGINE_SAMPLE_RATE, options.bitrate_kbps)
        try:
            stitched = stitch(script.segments, renderer.render(requests, progress),
                              narrator.pauses, ENGINE_SAMPLE_RATE, encoder.write,
                              align_end=lambda n: frame_aligned(n, ENGINE_SAMPLE_RATE))
        except BaseException:
            encoder.abort()
            raise
        encoder.close()
        chapters = chapter_marks(script, stitched)
        write_tags(temp, episode_tags(script, options, stitched, chapters))
        written = write_sidecars(output, stitched, chapters)
        size = temp.stat().st_size
    return Episode(
        path=output, title=script.title, duration_s=stitched.duration_s, size_bytes=size,
        timings=stitched.timings, chapters=chapters, sidecars=written,
        synthesized=renderer.stats.synthesized, cached=renderer.stats.cached,
    )


def chapter_marks(script: Script, stitched: Stitched) -> tuple[ChapterMark, ...]:
    """Each chapter runs from its first segment's start to the next chapter's start."""
    starts = [0.0 if c.first_segment == 0 else stitched.timings[c.first_segment].start_s
              for c in script.chapters]
    ends = [*starts[1:], stitched.duration_s]
    return tuple(ChapterMark(c.title, s, e) for c, s, e in zip(script.chapters, starts, ends))


def episode_tags(script: Script, options: EpisodeOptions, stitched: Stitched,
                 chapters: tuple[ChapterMark, ...]) -> Tags:
    return Tags(
        title=script.title,
        author=script.author,
        show=options.show,
        date=script.date or dt.date.today().isoformat(),
        description=script.description,
        transcript=full_text(script),
        length_ms=round(stitched.duration_s * 1000),
        chapters=chapters,
    )


def full_text(script: Script) -> str:
    """The transcript as prose: sentence groups of a paragraph rejoined, paragraphs apart."""
    out = ""
    for segment in script.segments:
        same_paragraph = segment.pause_after == "sentence" and segment.kind != "title"
        out += segment.text + (" " if same_paragraph else "\n\n")
    return out.strip() + "\n"


def write_sidecars(mp3: Path, stitched: Stitched,
                   chapters: tuple[ChapterMark, ...]) -> tuple[Path, ...]:
    cue_list = sidecars.cues(stitched.timings, end_s=stitched.duration_s)
    paths = sidecar_paths(mp3)
    contents = {
        ".vtt": sidecars.webvtt(cue_list),
        ".srt": sidecars.srt(cue_list),
        ".json": sidecars.json_transcript(cue_list),
        ".chapters.json": sidecars.json_chapters(chapters),
    }
    for suffix, text in contents.items():
        write_text_atomic(paths[suffix], text)
    return tuple(paths.values())
