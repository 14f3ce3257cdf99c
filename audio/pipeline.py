"""The one place that orders the stages: article → script → clips → program → episode.

Each stage is a call into its own subpackage (``text``, ``speech``, ``sound``,
``episode``); this module only decides their order and what flows between them.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from audio.cache import ChunkCache, ClipCache
from audio.episode.chapters import chapter_marks
from audio.episode.cover import Cover, default_cover, load_cover
from audio.episode.finish import episode_tags
from audio.episode.id3 import write_tagged
from audio.episode.sidecars import all_sidecar_paths, sidecar_contents, sidecar_path
from audio.errors import TooLongError
from audio.files import (
    atomic_files,
    check_writable,
    disk_full_as_error,
    output_lock,
    remove_stale_temporaries,
    scratch_path,
)
from audio.models import (
    NARRATOR,
    Article,
    Clip,
    Episode,
    Pauses,
    Script,
    SpeechSettings,
    VoiceProfile,
)
from audio.options import EpisodeOptions, output_for
from audio.progress import ENCODING, SPEAKING, ProgressFn, stage
from audio.sound.chunks import frame_aligned, plan_spans
from audio.sound.encode import Mp3Settings
from audio.sound.layout import Bookends, in_order, layout, load_bookends
from audio.sound.master import encode_mastered, plan_loudness
from audio.sound.meter import Loudness
from audio.sources.web import is_url, read_url
from audio.speech.profiles import for_language, role_settings
from audio.speech.synthesize import PROGRAM_SAMPLE_RATE, ClipRequest, Renderer
from audio.text.counting import spoken_words
from audio.text.language import overriding_the_show, with_language
from audio.text.lexicon import load_lexicon
from audio.text.normalize import has_rules
from audio.text.read import read_article
from audio.text.segment import make_script, spoken_template

RATE = PROGRAM_SAMPLE_RATE
LONG_NOTICE_HOURS = 2.0  # longer episodes are announced before the work starts


@dataclass(frozen=True)
class Spoken:
    """Everything the speech stage hands on: the script, its clips and what surrounds them."""

    script: Script
    clips: tuple[Clip, ...]
    pauses: Pauses
    bookends: Bookends
    cover: Cover
    measured: Loudness | None  # the raw speech's loudness, when it is to be mastered
    voice: str | None = None  # the narrator's engine voice, for the tags


def load_script(source: str | Path, options: EpisodeOptions) -> Script:
    """Read and segment an article, with the user's metadata and intro/outro applied."""
    return script_of(load_article(source, options), options)


def load_article(source: str | Path, options: EpisodeOptions) -> Article:
    """The article, with the user's title, author and date, and its language."""
    article = read_url(str(source)) if is_url(source) else read_article(source, options.fmt)
    return with_language(_with_overrides(article, options), options.language,
                         options.show_language)


def script_of(article: Article, options: EpisodeOptions) -> Script:
    """The article segmented and normalized for speech, intro and outro applied."""
    return make_script(
        article, quote_voice=options.quote_voice,
        lexicon=load_lexicon(options.lexicon) if options.lexicon else None,
        intro=spoken_template(options.intro_text, article, options.show),
        outro=spoken_template(options.outro_text, article, options.show),
    )


def make_episode(source: str | Path, options: EpisodeOptions,
                 progress: ProgressFn | None = None,
                 notify: Callable[[str], None] | None = None) -> Episode:
    """Turn one article into a tagged MP3 with captions, transcript and chapters beside it.

    The MP3 and the files beside it are one set: locked against other runs while it
    is made, refused if any of it exists (unless ``force``), and renamed into place
    together at the end, so a failure leaves the old set whole, or none.
    """
    output = output_for(source, options.output)
    with output_lock(output), disk_full_as_error(output.parent):
        remove_stale_temporaries(output.parent)
        check_writable(output, options.force, companions=all_sidecar_paths(output))
        cache = ClipCache.open(options.cache_dir)
        spoken = speak(source, options, cache, progress, notify)
        return write_episode(output, spoken, options, ChunkCache(cache.root), progress)


def write_episode(output: Path, spoken: Spoken, options: EpisodeOptions, chunks: ChunkCache,
                  progress: ProgressFn | None = None) -> Episode:
    """The clips laid out, cut, mastered and encoded, tagged, and written with the files
    beside the episode, as one set."""
    program = layout(spoken.script.segments, spoken.clips, spoken.pauses, RATE,
                     spoken.bookends, align_end=lambda n: frame_aligned(n, RATE))
    program, spans = plan_spans(program, options.jobs)
    chapters = chapter_marks(spoken.script, program, options.chapters,
                             options.chapter_minutes,
                             intro_title="Intro" if spoken.bookends.intro else None)
    files = sidecar_contents(program.timings, program.duration_s, chapters, spoken.cover,
                             spoken.script.language)
    finals = [output, *(sidecar_path(output, suffix) for suffix in files)]
    with atomic_files(finals) as temps, scratch_path(output) as audio:
        loudness = encode_mastered(
            program, audio, spans, Mp3Settings(options.bitrate_kbps, options.mp3_quality),
            spoken.measured, options.loudness_lufs, options.true_peak_dbtp,
            chunks, stage(progress, ENCODING, per_unit=RATE), options.jobs)
        tags = episode_tags(spoken.script, options.show, program.duration_s, chapters,
                            spoken.cover, options.guid, spoken.voice)
        write_tagged(audio, temps[0], tags)
        for temp, data in zip(temps[1:], files.values(), strict=True):
            temp.write_bytes(data)
        size = temps[0].stat().st_size
    return Episode(
        path=output, title=spoken.script.title, duration_s=program.duration_s,
        size_bytes=size, timings=program.timings, chapters=chapters, sidecars=tuple(finals[1:]),
        synthesized=sum(not c.cached for c in spoken.clips),
        cached=sum(c.cached for c in spoken.clips), loudness=loudness,
        warnings=spoken.cover.warnings,
        joins_s=tuple(end / program.sample_rate for _, end in spans[:-1]),
    )


def speak(source: str | Path, options: EpisodeOptions, cache: ClipCache,
          progress: ProgressFn | None = None,
          notify: Callable[[str], None] | None = None) -> Spoken:
    """The article read and spoken, every clip in hand (and measured, if mastered)."""
    with Renderer(cache, options.jobs) as renderer:
        narrator, settings = role_settings(options.voice, options.rate)
        renderer.warm_up(settings.values())  # workers start while the article is read
        article = load_article(source, options)
        switched = overriding_the_show(article, options.show_language)
        if switched and notify:
            notify(switched)
        settings, note = for_language(narrator, settings, article.language or "en")
        if not has_rules(article.language or "en"):
            note = (f"papercast has no reading rules for {article.language}: numbers and "
                    "symbols are left to espeak-ng")
        if note and notify:
            notify(note)
        check_length(article, settings[NARRATOR].rate, options.max_hours, notify)
        script = script_of(article, options)
        bookends = load_bookends(options.intro, options.outro, options.gap_s, options.fade_s,
                                 RATE)
        cover = load_cover(options.cover) if options.cover else None
        speech = renderer.render([ClipRequest(s.speech, voice) for s, voice in zip(
            script.segments, segment_voices(script, narrator, settings))],
            stage(progress, SPEAKING))
        with ThreadPoolExecutor(max_workers=1) as drawing:  # beside the meter's feeding
            made = drawing.submit(lambda: cover or default_cover(script.title, options.show))
            clips, measured = plan_loudness(script.segments, speech, settings[NARRATOR].rate,
                                            bookends, RATE) \
                if options.master else (in_order(speech, len(script.segments)), None)
    return Spoken(script, tuple(clips), narrator.pauses, bookends, made.result(), measured,
                  settings[NARRATOR].voice)


def segment_voices(script: Script, narrator: VoiceProfile,
                   settings: dict[str, SpeechSettings]) -> list[SpeechSettings]:
    """Each segment's voice: its role's, in its own language where it has one (a quotation
    in French is spoken by the French voice)."""
    voices: dict[str | None, dict[str, SpeechSettings]] = {None: settings}
    for language in {s.language for s in script.segments if s.language}:
        voices[language] = for_language(narrator, settings, language)[0]
    return [voices[s.language][s.role] for s in script.segments]


def check_length(article: Article, rate_wpm: int, max_hours: float,
                 notify: Callable[[str], None] | None = None) -> None:
    """Before any work on it: say how long a long episode will be, refuse a huge one."""
    words = sum(spoken_words(block.text) for block in article.blocks)
    hours = words / rate_wpm / 60
    if hours > max_hours:
        raise TooLongError(f"{article.source}: {words:,} words, about {hours:,.0f} hours of "
                         f"audio, more than --max-hours {max_hours:g}; give a larger "
                         "--max-hours, or --yes, to make it anyway")
    if hours > LONG_NOTICE_HOURS and notify:
        notify(f"{article.source}: {words:,} words, about {hours:,.1f} hours of audio")


def _with_overrides(article: Article, options: EpisodeOptions) -> Article:
    overrides = {key: getattr(options, key) for key in ("title", "author", "date")
                 if getattr(options, key)}
    return replace(article, **overrides)
