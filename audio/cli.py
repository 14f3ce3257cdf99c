"""The papercast command: thin click commands over the library.

Each command turns options into arguments, calls one library function and formats its
result; PapercastError becomes a one-line ``Error: …``. The commands live in
``commands/`` by what they work on: one article, a show, listening, hosting.
"""

from __future__ import annotations

import gc
import signal
import sys

import click

from audio import __version__
from audio.commands import COMMANDS
from audio.errors import PapercastError

# Each command imports the stages it runs when it runs (`# run-time import`): importing
# every stage up front would make `papercast --help` start in 0.23 s instead of 0.10 s.


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



for _command in COMMANDS:
    cli.add_command(_command)


class Stopped(BaseException):
    """SIGTERM or SIGHUP: unwinds like Ctrl-C's KeyboardInterrupt (every ``with`` block
    cleans up), exit 128 + the signal. Not a KeyboardInterrupt: click would make it an
    Abort, exit 130."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    raise Stopped(signum)


def _stop_on_termination_signals() -> None:
    """`kill PID` and a closing terminal stop papercast cleanly, like Ctrl-C. A SIGHUP that
    was ignored when papercast started (``nohup``) stays ignored: the user asked for that."""
    signal.signal(signal.SIGTERM, _stop)
    if signal.getsignal(signal.SIGHUP) != signal.SIG_IGN:
        signal.signal(signal.SIGHUP, _stop)


def main() -> None:
    """Entry point: one line for a user's mistake, exit 130 on Ctrl-C, 143 on SIGTERM."""
    _stop_on_termination_signals()
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except Stopped as exc:
        click.echo(f"\nStopped by {signal.Signals(exc.signum).name}.", err=True)
        sys.exit(128 + exc.signum)
    except KeyboardInterrupt:
        click.echo("\nInterrupted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    finally:
        # The process is ending: what is still alive goes with it. Left to the collector,
        # the interpreter's exit walked every object for 60-80 ms of a 1.3 s episode.
        gc.freeze()
