"""Commands on one article: make its episode, or show the script it would be."""

from __future__ import annotations

import math
from pathlib import Path

import click

from audio.commands.common import (
    FILE,
    date_value,
    format_option,
    jobs_option,
    language_option,
    lexicon_option,
    quiet_option,
    quote_voice_option,
    voice_option,
)
from audio.episode.chapters import CHAPTER_MODES
from audio.options import DEFAULTS, EpisodeOptions
from audio.progress import terminal_progress
from audio.speech.profiles import load_profile
from audio.text.script_view import OUTPUT_FORMATS, script_view


@click.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="MP3 to write [default: ARTICLE's name with .mp3, in this folder].")
@voice_option()
@click.option("--rate", type=click.IntRange(80, 450), metavar="WPM",
              help="Narrator speed in words per minute.")
@language_option
@click.option("--title", help="Episode title [default: the article's].")
@click.option("--author", help="Author [default: the article's byline].")
@click.option("--show", default=DEFAULTS.show, show_default=True, help="Show name (album tag).")
@click.option("--date", callback=date_value, metavar="DATE",
              help="Publication date, YYYY-MM-DD [default: the article's, else today].")
@format_option
@click.option("--bitrate", "bitrate_kbps", type=click.IntRange(32, 320),
              default=DEFAULTS.bitrate_kbps, show_default=True, metavar="KBPS",
              help="MP3 bitrate in kbit/s (constant bitrate, mono).")
@click.option("--mp3-quality", type=click.IntRange(0, 9), default=DEFAULTS.mp3_quality,
              show_default=True, metavar="Q",
              help="libmp3lame algorithm quality: 0 best and slowest, 9 fastest.")
@click.option("--loudness", "loudness_lufs", type=click.FloatRange(-40, -5),
              default=DEFAULTS.loudness_lufs, show_default=True, metavar="LUFS",
              help="Target integrated loudness (stereo-equivalent, as apps state it).")
@click.option("--true-peak", "true_peak_dbtp", type=click.FloatRange(-10, 0),
              default=DEFAULTS.true_peak_dbtp, show_default=True, metavar="DBTP",
              help="True-peak ceiling.")
@click.option("--master/--no-master", default=DEFAULTS.master, show_default=True,
              help="Normalize loudness and limit peaks.")
@click.option("--chapters", type=click.Choice(CHAPTER_MODES), default=DEFAULTS.chapters,
              show_default=True, help="Chapters from headings; auto also groups paragraphs "
              "into chapters when there are no headings.")
@click.option("--chapter-minutes", type=click.FloatRange(0.5, 60),
              default=DEFAULTS.chapter_minutes, show_default=True, metavar="MIN",
              help="Chapter length when grouping paragraphs.")
@click.option("--cover", type=FILE, help="Cover art, JPEG or PNG, square, 1400-3000 px "
              "[default: generated from the title and show].")
@click.option("--intro", type=FILE, help="Audio to play before the article (any format).")
@click.option("--outro", type=FILE, help="Audio to play after the article.")
@click.option("--intro-text", metavar="TEXT",
              help='Spoken before the title, e.g. "From {show}: {title}, by {author}."')
@click.option("--outro-text", metavar="TEXT", help="Spoken after the article.")
@click.option("--gap", "gap_s", type=click.FloatRange(0, 30), default=DEFAULTS.gap_s,
              show_default=True, metavar="SEC",
              help="Silence between intro/outro audio and the article.")
@click.option("--fade", "fade_s", type=click.FloatRange(0, 30), default=DEFAULTS.fade_s,
              show_default=True, metavar="SEC", help="Fade the intro/outro audio in and out.")
@jobs_option
@quote_voice_option
@lexicon_option
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where rendered segments are kept [default: the user cache folder].")
@click.option("-f", "--force", is_flag=True, help="Overwrite an existing output.")
@click.option("--max-hours", type=click.FloatRange(0, min_open=True), default=DEFAULTS.max_hours,
              show_default=True, metavar="HOURS",
              help="Refuse articles that would be longer than this.")
@click.option("-y", "--yes", is_flag=True, help="Make the episode however long it is.")
@quiet_option
def episode(article: str, quiet: bool, yes: bool, **options: object) -> None:
    """Make an episode (MP3, captions, chapters) from an article.

    ARTICLE is a .txt, .md, .html or .eml file, a web page's http(s) URL, or - for
    standard input.

    \b
    Example:
        papercast episode story.html -o story.mp3 --show "Evening Reads"
        papercast episode https://example.org/2026/long-read.html
        papercast episode story.md --intro jingle.mp3 --fade 0.5 --cover art.png
    """
    from audio.pipeline import make_episode  # run-time import

    if yes:
        options["max_hours"] = math.inf
    result = make_episode(article, EpisodeOptions(**options),  # type: ignore[arg-type]
                          progress=terminal_progress(quiet),
                          notify=None if quiet else lambda note: click.echo(f"Note: {note}",
                                                                             err=True))
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    minutes, seconds = divmod(round(result.duration_s), 60)
    chapters = len(result.chapters)
    click.echo(result.path)
    click.echo(
        f"{minutes}:{seconds:02d} · {result.size_bytes / 1e6:.1f} MB · "
        f"{len(result.timings)} segments ({result.synthesized} synthesized, "
        f"{result.cached} cached) · {chapters} chapter{'s' if chapters != 1 else ''} · "
        f"{result.loudness}"
    )


@click.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@format_option
@click.option("--output-format", "output_format", type=click.Choice(OUTPUT_FORMATS),
              default=OUTPUT_FORMATS[0], show_default=True, help="How to print the script.")
@voice_option("Voice profile whose pauses to show.")
@lexicon_option
@quote_voice_option
@language_option
def text(article: str, fmt: str | None, output_format: str, voice: str, lexicon: Path | None,
         quote_voice: bool, language: str | None) -> None:
    """Print the script as the listener will hear it, segment by segment.

    \b
    Example:
        papercast text story.html
        papercast text story.md --output-format json | jq '.segments[].speech'
    """
    from audio.pipeline import load_script  # run-time import

    options = EpisodeOptions(fmt=fmt, lexicon=lexicon, quote_voice=quote_voice,
                             language=language)
    click.echo(script_view(load_script(article, options), load_profile(voice).pauses,
                           output_format))



COMMANDS = (episode, text)
