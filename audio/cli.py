"""The papercast command: thin click commands over the library.

Each command turns options into arguments, calls one library function and
formats its result; PapercastError becomes a one-line ``Error: …``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from audio import __version__
from audio.errors import PapercastError


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-03-02") from None


class _Group(click.Group):
    """Turns a PapercastError from any command into click's one-line ``Error: …``."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PapercastError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="papercast")
def cli() -> None:
    """Turn written articles into podcast episodes, offline.

    \b
    Example:
        papercast episode article.md -o episode.mp3
    """


@cli.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="MP3 to write [default: ARTICLE's name with .mp3, in this folder].")
@click.option("--voice", default="narrator", show_default=True, metavar="NAME",
              help="Voice profile: a name from `papercast voices` or a .toml file.")
@click.option("--rate", type=click.IntRange(80, 450), metavar="WPM",
              help="Narrator speed in words per minute.")
@click.option("--title", help="Episode title [default: the article's].")
@click.option("--author", help="Author [default: the article's byline].")
@click.option("--show", default="Papercast", show_default=True, help="Show name (album tag).")
@click.option("--date", callback=_date, metavar="DATE",
              help="Publication date, YYYY-MM-DD [default: the article's, else today].")
@click.option("--format", "fmt", type=click.Choice(["txt", "md", "html"]),
              help="Article format [default: from the file extension; txt for stdin].")
@click.option("--bitrate", type=click.IntRange(32, 320), default=64, show_default=True,
              metavar="KBPS",
              help="MP3 bitrate in kbit/s (constant bitrate, mono).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=os.cpu_count() or 1,
              metavar="N",
              show_default="CPU count", help="Speech worker processes.")
@click.option("--quote-voice/--no-quote-voice", default=True, show_default=True,
              help="Read quoted passages with the `quote` profile.")
@click.option("--lexicon", type=click.Path(dir_okay=False, path_type=Path),
              help="Your pronunciation lexicon (TOML), applied before the default one.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where rendered segments are kept [default: the user cache folder].")
@click.option("-f", "--force", is_flag=True, help="Overwrite an existing output.")
@click.option("-q", "--quiet", is_flag=True, help="No progress display.")
def episode(article: str, output: Path | None, voice: str, rate: int | None, title: str | None,
            author: str | None, show: str, date: str | None, fmt: str | None, bitrate: int,
            jobs: int, quote_voice: bool, lexicon: Path | None, cache_dir: Path | None,
            force: bool, quiet: bool) -> None:
    """Make an episode (MP3, captions, chapters) from an article.

    ARTICLE is a .txt, .md or .html file, or - for standard input.

    \b
    Example:
        papercast episode story.html -o story.mp3 --show "Evening Reads"
    """
    from audio.pipeline import EpisodeOptions, make_episode
    from audio.progress import terminal_progress

    options = EpisodeOptions(
        output=output, voice=voice, rate=rate, title=title, author=author, show=show, date=date,
        jobs=jobs, bitrate_kbps=bitrate, force=force, cache_dir=cache_dir, fmt=fmt,
        quote_voice=quote_voice, lexicon=lexicon,
    )
    result = make_episode(article, options, progress=terminal_progress(quiet))
    minutes, seconds = divmod(round(result.duration_s), 60)
    click.echo(result.path)
    chapters = len(result.chapters)
    click.echo(
        f"{minutes}:{seconds:02d} · {result.size_bytes / 1e6:.1f} MB · "
        f"{len(result.timings)} segments ({result.synthesized} synthesized, "
        f"{result.cached} cached) · {chapters} chapter{'s' if chapters != 1 else ''}"
    )


@cli.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["txt", "md", "html"]),
              help="Article format [default: from the file extension; txt for stdin].")
@click.option("--output-format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True, help="How to print the script.")
@click.option("--voice", default="narrator", show_default=True, metavar="NAME",
              help="Voice profile whose pauses to show.")
@click.option("--lexicon", type=click.Path(dir_okay=False, path_type=Path),
              help="Your pronunciation lexicon (TOML), applied before the default one.")
@click.option("--quote-voice/--no-quote-voice", default=True, show_default=True,
              help="Read quoted passages with the `quote` profile.")
def text(article: str, fmt: str | None, output_format: str, voice: str, lexicon: Path | None,
         quote_voice: bool) -> None:
    """Print the script as the listener will hear it, segment by segment.

    \b
    Example:
        papercast text story.html
        papercast text story.md --output-format json | jq '.segments[].speech'
    """
    from audio.pipeline import EpisodeOptions, load_script
    from audio.preview import script_json, script_text
    from audio.voices import load_profile

    options = EpisodeOptions(fmt=fmt, lexicon=lexicon, quote_voice=quote_voice)
    script = load_script(article, options)
    pauses = load_profile(voice).pauses
    click.echo(script_json(script, pauses) if output_format == "json"
               else script_text(script, pauses))


@cli.command()
def voices() -> None:
    """List voice profiles and the espeak-ng voices they can use.

    \b
    Example:
        papercast voices
    """
    from audio.synthesize import list_espeak_voices
    from audio.voices import load_profile, profile_names

    click.echo("Voice profiles (use with --voice):")
    for name in profile_names():
        profile = load_profile(name)
        click.echo(f"  {name:<10} {profile.voice:<18} {profile.rate} wpm, pitch {profile.pitch}"
                   f"  {profile.description}")
    click.echo("\nespeak-ng voices (use as `voice = \"…\"` in a profile):")
    for voice_id, name in list_espeak_voices():
        click.echo(f"  {voice_id:<24} {name}")


def main() -> None:
    """Entry point: one line for a user's mistake, exit 130 on Ctrl-C."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("\nInterrupted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
