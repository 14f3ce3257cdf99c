"""What several commands share: options, date checking, reading a named file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from audio.errors import PapercastError
from audio.files import read_capped_file
from audio.options import DEFAULTS
from audio.text.read import FORMATS

FILE = click.Path(dir_okay=False, path_type=Path)


def date_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-03-02") from None



def format_option(command):
    return click.option("--format", "fmt", type=click.Choice(FORMATS),
                        help="Article format [default: from the file extension; txt for stdin; "
                        "an HTML page is read as HTML however it is named]."
                        )(command)


def voice_option(help_text: str = "Voice profile: a name from `papercast voices` or a .toml "
                 "file."):
    return click.option("--voice", default=DEFAULTS.voice, show_default=True, metavar="NAME",
                        help=help_text)


def lexicon_option(command):
    return click.option("--lexicon", type=FILE, help="Your pronunciation lexicon (TOML), "
                        "applied before papercast's own for the text's language.")(command)


def quote_voice_option(command):
    return click.option("--quote-voice/--no-quote-voice", default=DEFAULTS.quote_voice,
                        show_default=True, help="Read block quotes with the `quote` profile."
                        )(command)


def jobs_option(command):
    return click.option("-j", "--jobs", type=click.IntRange(1, 64), default=DEFAULTS.jobs,
                        metavar="N", show_default="CPU count", help="Speech worker processes."
                        )(command)


def language_option(command):
    return click.option("--language", metavar="TAG", help="The article's language (en, de, "
                        "pt-BR, …) [default: the article's own, else detected].")(command)


def quiet_option(command):
    return click.option("-q", "--quiet", is_flag=True, help="No progress display.")(command)


def silent_option(command):
    return click.option("-q", "--quiet", is_flag=True,
                        help="Print nothing unless something fails (for cron).")(command)


def read_file(path: Path) -> bytes:
    try:
        return read_capped_file(path)
    except FileNotFoundError:
        raise PapercastError(f"{path}: no such file") from None
    except OSError as exc:
        raise PapercastError(f"{path}: {exc.strerror}") from None
