"""The one place that orders the stages: article → script → clips → program → episode."""

from __future__ import annotations

import datetime as dt
import math
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from audio import pcm, sidecars
from audio.cache import ChunkCache, ClipCache, default_cache_dir
from audio.chapters import DEFAULT_CHAPTER_MINUTES, chapter_marks
from audio.cover import Cover, default_cover, load_cover
from audio.encode import DEFAULT_QUALITY, encode_program, frame_aligned, plan_spans
from audio.engine import ffmpeg_exe
from audio.episode_info import SIDECAR_TYPES
from audio.errors import InputError, OutputError
from audio.files import (
    atomic_path,
    check_writable,
    scratch_path,
    write_bytes_atomic,
    write_text_atomic,
)
from audio.lexicon import default_lexicon, load_lexicon
from audio.master import (
    DEFAULT_TARGET_LUFS,
    DEFAULT_TRUE_PEAK_DBTP,
    corrected,
    integrated,
    measure_pcm,
    plan_mastering,
)
from audio.models import (
    HEADLINE,
    NARRATOR,
    QUOTE_ROLE,
    Article,
    ChapterMark,
    Clip,
    Episode,
    Pauses,
    Script,
    SpeechSettings,
    VoiceProfile,
)
from audio.progress import ENCODING, SPEAKING, ProgressFn, stage
from audio.read import read_article
from audio.segment import make_script
from audio.stitch import Bookends, Program, layout
from audio.synthesize import ENGINE_SAMPLE_RATE, ClipRequest, Renderer
from audio.tag import Tags, write_tagged
from audio.voices import load_profile

# The text files written beside an episode (the cover is written by its own type).
SIDECAR_SUFFIXES = tuple(suffix for suffix, (role, _) in SIDECAR_TYPES.items()
                         if role != "image")
# Loudness is planned on about this much of the program, taken evenly from all of it;
# the encoders meter all of it, and it is encoded again if it missed the target.
PLANNING_SAMPLE_S = 180.0
PAPERCAST_NAMESPACE = uuid.UUID("2f8c7e0a-5d1b-5e3c-9a4f-7b6d8c9e0f1a")


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
    mp3_quality: int = DEFAULT_QUALITY  # libmp3lame 0 (best) to 9 (fastest)
    force: bool = False
    cache_dir: Path | None = None
    fmt: str | None = None
    quote_voice: bool = True
    lexicon: Path | None = None  # the user's pronunciations, applied before the default ones
    master: bool = True
    loudness_lufs: float = DEFAULT_TARGET_LUFS
    true_peak_dbtp: float = DEFAULT_TRUE_PEAK_DBTP
    chapters: str = "auto"  # auto, headings or none
    chapter_minutes: float = DEFAULT_CHAPTER_MINUTES
    cover: Path | None = None
    intro: Path | None = None  # audio files around the article
    outro: Path | None = None
    intro_text: str | None = None  # spoken lines; {show} {title} {author} {date} are filled in
    outro_text: str | None = None
    gap_s: float = 1.0  # silence between an intro/outro file and the article
    fade_s: float = 0.0  # fade in and out of the intro/outro files
    guid: str | None = None  # default: derived from the title and date, so it is stable


def output_for(source: str | Path, output: Path | None) -> Path:
    """Where the episode goes: as asked, or the article's name with .mp3 in the current folder."""
    if output is not None:
        return Path(output)
    stem = "episode" if str(source) == "-" else Path(source).stem
    return Path(f"{stem}.mp3")


def sidecar_paths(mp3: Path) -> dict[str, Path]:
    return {suffix: mp3.with_name(mp3.stem + suffix) for suffix in SIDECAR_SUFFIXES}


def load_script(source: str | Path, options: EpisodeOptions) -> Script:
    """Read and segment an article, with the user's metadata and intro/outro applied."""
    lexicon = default_lexicon()
    if options.lexicon:
        lexicon = load_lexicon(options.lexicon) + lexicon
    article = _with_overrides(read_article(source, options.fmt), options)
    return make_script(
        article, quote_voice=options.quote_voice, lexicon=lexicon,
        intro=_fill(options.intro_text, article, options), outro=_fill(
            options.outro_text, article, options),
    )


def _with_overrides(article: Article, options: EpisodeOptions) -> Article:
    overrides = {key: getattr(options, key) for key in ("title", "author", "date")
                 if getattr(options, key)}
    return replace(article, **overrides)


def _fill(template: str | None, article: Article, options: EpisodeOptions) -> str | None:
    if not template:
        return None
    fields = {"show": options.show, "title": article.title, "author": article.author or "",
              "date": article.date or ""}
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError) as exc:
        raise InputError(f"intro/outro text {template!r}: unknown field {exc}; use "
                         "{show}, {title}, {author} or {date}") from None


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
    cache = _clip_cache(options)
    with Renderer(cache, options.jobs) as renderer:
        renderer.warm_up()  # speech workers start while the article is read
        script = load_script(source, options)
        narrator, settings = role_settings(options)
        bookends = _bookends(options)
        output = output_for(source, options.output)
        check_writable(output, options.force)
        cover = load_cover(options.cover) if options.cover else None
        speech = renderer.render([ClipRequest(s.speech, settings[s.role])
                                  for s in script.segments], stage(progress, SPEAKING))
        cover = cover or default_cover(script.title, options.show)  # while the workers speak
        clips: list[Clip] = []
        measured = None
        if options.master:  # the planning pass meters the speech as it arrives
            measured = integrated([measure_pcm(
                _planning_audio(script, speech, clips, narrator.pauses,
                                settings[NARRATOR].rate, bookends),
                ENGINE_SAMPLE_RATE)])
        else:
            clips = list(speech)

    program = layout(script.segments, clips, narrator.pauses, ENGINE_SAMPLE_RATE, bookends,
                     align_end=lambda n: frame_aligned(n, ENGINE_SAMPLE_RATE))
    program, spans = plan_spans(program, options.jobs)
    audio_filter = None
    if measured is not None:
        audio_filter = plan_mastering(measured, options.loudness_lufs, options.true_peak_dbtp)
    chapters = chapter_marks(script, program, options.chapters, options.chapter_minutes,
                             intro_title="Intro" if bookends.intro else None)

    encoding = stage(progress, ENCODING, per_unit=ENGINE_SAMPLE_RATE)
    with atomic_path(output) as temp, scratch_path(output) as audio:
        chunks = ChunkCache(cache.root)
        loudness = encode_program(program, audio, spans, options.bitrate_kbps, audio_filter,
                                  options.mp3_quality, encoding, chunks, options.jobs)
        retry = audio_filter and corrected(audio_filter, loudness, options.loudness_lufs)
        if retry:
            loudness = encode_program(program, audio, spans, options.bitrate_kbps, retry,
                                      options.mp3_quality, encoding, chunks, options.jobs)
        write_tagged(audio, temp, episode_tags(script, options, program, chapters, cover))
        written = write_sidecars(output, program, chapters, cover)
        size = temp.stat().st_size
    return Episode(
        path=output, title=script.title, duration_s=program.duration_s, size_bytes=size,
        timings=program.timings, chapters=chapters, sidecars=written,
        synthesized=sum(not c.cached for c in clips), cached=sum(c.cached for c in clips),
        loudness=loudness, warnings=cover.warnings,
        joins_s=tuple(end / program.sample_rate for _, end in spans[:-1]),
    )


def _planning_audio(script: Script, speech: Iterator[Clip], clips: list[Clip], pauses: Pauses,
                    rate_wpm: int, bookends: Bookends) -> Iterator[bytes]:
    """The program's audio for planning loudness, collecting each clip into ``clips``.

    Long programs are sampled: every n-th segment with its pause, about
    PLANNING_SAMPLE_S seconds in all (espeak-ng's level hardly varies along a text).
    """
    words = sum(len(segment.speech.split()) for segment in script.segments)
    estimated_s = words * 60 / rate_wpm
    stride = max(1, math.ceil(estimated_s / PLANNING_SAMPLE_S))
    if bookends.intro:
        yield bookends.intro
        yield pcm.silence(round(bookends.gap_s * ENGINE_SAMPLE_RATE))
    for index, (segment, clip) in enumerate(zip(script.segments, speech, strict=True)):
        clips.append(clip)
        if index % stride == 0:
            yield pcm.read_pcm(clip.path, ENGINE_SAMPLE_RATE)
            yield pcm.silence(round(pauses.after(segment.pause_after) * ENGINE_SAMPLE_RATE))
    yield bookends.outro


def _bookends(options: EpisodeOptions) -> Bookends:
    def decode(path: Path | None) -> bytes:
        if path is None:
            return b""
        if not Path(path).is_file():
            raise InputError(f"{path}: no such audio file")
        try:
            return pcm.load_audio(Path(path), ENGINE_SAMPLE_RATE, ffmpeg_exe(), options.fade_s)
        except Exception as exc:  # pydub raises bare exceptions for undecodable files
            raise InputError(f"{path}: not an audio file ffmpeg can read") from exc

    return Bookends(decode(options.intro), decode(options.outro), options.gap_s)


def _clip_cache(options: EpisodeOptions) -> ClipCache:
    cache = ClipCache(options.cache_dir or default_cache_dir())
    try:
        cache.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{cache.root}: cannot create the cache folder ({exc.strerror})") \
            from None
    return cache


def episode_guid(script: Script) -> str:
    """A guid that stays the same for the same article, so republishing replaces, not adds."""
    return str(uuid.uuid5(PAPERCAST_NAMESPACE, f"{script.title}|{script.date or ''}"))


def episode_tags(script: Script, options: EpisodeOptions, program: Program,
                 chapters: tuple[ChapterMark, ...], cover: Cover) -> Tags:
    return Tags(
        title=script.title,
        author=script.author,
        show=options.show,
        date=script.date or dt.date.today().isoformat(),
        description=script.description,
        transcript=full_text(script),
        length_ms=round(program.duration_s * 1000),
        chapters=chapters,
        cover=cover,
        guid=options.guid or episode_guid(script),
    )


def full_text(script: Script) -> str:
    """The transcript as prose: sentence groups of a paragraph rejoined, paragraphs apart."""
    out = ""
    for segment in script.segments:
        same_paragraph = segment.pause_after == "sentence" and segment.kind != "title"
        out += segment.text + (" " if same_paragraph else "\n\n")
    return out.strip() + "\n"


def write_sidecars(mp3: Path, program: Program, chapters: tuple[ChapterMark, ...],
                   cover: Cover) -> tuple[Path, ...]:
    """Captions, transcript, chapters and the cover image beside the MP3."""
    cue_list = sidecars.cues(program.timings, end_s=program.duration_s)
    paths = sidecar_paths(mp3)
    contents = {
        ".vtt": sidecars.webvtt(cue_list),
        ".srt": sidecars.srt(cue_list),
        ".json": sidecars.json_transcript(cue_list),
        ".chapters.json": sidecars.json_chapters(chapters),
    }
    for suffix, text in contents.items():
        write_text_atomic(paths[suffix], text)
    image = mp3.with_suffix(cover.extension)
    write_bytes_atomic(image, cover.data)
    return (*paths.values(), image)
