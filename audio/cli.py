"""The papercast command: thin click commands over the library.

Each command turns options into arguments, calls one library function and
formats its result; PapercastError becomes a one-line ``Error: …``.
"""

from __future__ import annotations

import datetime as dt
import math
import signal
import sys
from pathlib import Path

import click

from audio import __version__
from audio.cli_hosting import COMMANDS
from audio.episode.chapters import CHAPTER_MODES
from audio.errors import PapercastError
from audio.options import DEFAULTS, MEDIA_DIR, EpisodeOptions
from audio.progress import terminal_progress
from audio.speech.profiles import load_profile, profile_names
from audio.text.read import FORMATS
from audio.text.script_view import OUTPUT_FORMATS, script_view

# Each command imports the stages it runs when it runs (`# run-time import`): importing
# every stage up front would make `papercast --help` start in 0.23 s instead of 0.10 s.


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


_FILE = click.Path(dir_okay=False, path_type=Path)


# ---------------------------------------------------------------- options several commands share


def format_option(command):
    return click.option("--format", "fmt", type=click.Choice(FORMATS),
                        help="Article format [default: from the file extension; txt for stdin]."
                        )(command)


def voice_option(help_text: str = "Voice profile: a name from `papercast voices` or a .toml "
                 "file."):
    return click.option("--voice", default=DEFAULTS.voice, show_default=True, metavar="NAME",
                        help=help_text)


def lexicon_option(command):
    return click.option("--lexicon", type=_FILE, help="Your pronunciation lexicon (TOML), "
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


@cli.command()
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
@click.option("--date", callback=_date, metavar="DATE",
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
@click.option("--cover", type=_FILE, help="Cover art, JPEG or PNG, square, 1400-3000 px "
              "[default: generated from the title and show].")
@click.option("--intro", type=_FILE, help="Audio to play before the article (any format).")
@click.option("--outro", type=_FILE, help="Audio to play after the article.")
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


@cli.command()
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


@cli.command()
@click.argument("show_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", help="Show title [default: from the folder name].")
def init(show_dir: Path, title: str | None) -> None:
    """Create a show folder: a commented show.toml and an example article.

    \b
    Example:
        papercast init evening-reads
    """
    from audio.publish.show import init_show  # run-time import

    for path in init_show(show_dir, title):
        click.echo(path)
    click.echo(f"""
Next:
  1. Edit {show_dir / "show.toml"}: title, author, owner, and base_url (where the site
     will be hosted).
  2. Put your articles (.txt, .md, .html, .eml) in {show_dir / "articles"}/, add web
     pages with `papercast add {show_dir} URL`, or follow feeds in show.toml.
  3. papercast build {show_dir}        # renders the episodes into {show_dir / "site"}/
  4. papercast serve {show_dir}        # listen in a browser, or subscribe in an app
  5. Set [deploy] in show.toml, then: papercast deploy {show_dir}""",
               err=True)


@cli.command()
@click.argument("episode_mp3", metavar="EPISODE.mp3",
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("--feed", "feed_path", required=True, type=click.Path(dir_okay=False,
              path_type=Path), help="The RSS feed to add to (created if missing).")
@click.option("--show", "show_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Show folder whose show.toml gives the channel's details and base URL.")
@click.option("--base-url", metavar="URL",
              help="Where the episode files will be hosted [default: the show's base_url].")
@click.option("--force-new", is_flag=True,
              help="Start a new feed even if the existing one cannot be read.")
@click.option("--media-dir", default=MEDIA_DIR, show_default=True, metavar="DIR",
              help="Folder beside the feed that an episode from elsewhere is copied into.")
@click.option("--owner-email", metavar="EMAIL",
              help="The feed owner's e-mail, for a feed without --show (directories need it).")
@click.option("--date", callback=_date, metavar="DATE",
              help="Publication date in the feed, YYYY-MM-DD [default: now, when first "
              "published].")
def publish(episode_mp3: Path, feed_path: Path, show_dir: Path | None, base_url: str | None,
            force_new: bool, media_dir: str, owner_email: str | None,
            date: str | None) -> None:
    """Add an episode to a podcast feed, or update it if it is already there.

    Episode details come from the MP3's own tags and the files beside it
    (captions, chapters, cover), so any episode papercast made can be published.

    \b
    Example:
        papercast publish story.mp3 --feed site/feed.xml --base-url https://example.com/pod
    """
    from audio.publish.publish import publish as publish_episode  # run-time import
    from audio.publish.show import load_show  # run-time import

    show = load_show(show_dir, base_url) if show_dir else None
    result = publish_episode(episode_mp3, feed_path, show, base_url, force_new, media_dir,
                             owner_email, date)
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(result.feed)
    action = "updated" if result.replaced else "added"
    click.echo(f"{action} episode {result.episode} (guid {result.guid}) · "
               f"{result.items} item{'s' if result.items != 1 else ''} in the feed")


@cli.command()
@click.argument("show_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Site folder to write [default: SHOW_DIR/site].")
@click.option("--base-url", metavar="URL", help="Override the show's base_url.")
@click.option("--prune", is_flag=True,
              help="Drop episodes whose article was removed from the show.")
@click.option("--force-new", is_flag=True,
              help="Start a new feed even if the existing one cannot be read.")
@click.option("--draft", is_flag=True,
              help="Build even with init's example base_url (to look at it locally).")
@click.option("--offline", is_flag=True, help="Do not pull the feeds the show follows first.")
@click.option("--deploy", "then_deploy", is_flag=True,
              help="Then deploy what was built ([deploy] in show.toml), also when some "
                   "articles failed.")
@click.option("--max-hours", type=click.FloatRange(0, min_open=True), metavar="HOURS",
              help="Leave out articles longer than this [default: max_hours in show.toml, "
                   f"else {DEFAULTS.max_hours:g}].")
@click.option("-y", "--yes", is_flag=True, help="Make every article however long it is.")
@jobs_option
@silent_option
def build(show_dir: Path, out: Path | None, base_url: str | None, prune: bool,
          force_new: bool, draft: bool, offline: bool, then_deploy: bool,
          max_hours: float | None, yes: bool, jobs: int | None, quiet: bool) -> None:
    """Pull the feeds a show follows, render every new or changed article, and write
    its feed: a static site folder.

    The site goes to SHOW_DIR/site unless -o says otherwise. Safe to run from cron: a
    second run waits for the first, and with --quiet only problems are printed.

    \b
    Examples:
        papercast build evening-reads
        papercast build evening-reads --quiet --deploy
    """
    from audio.build import build_show  # run-time import
    from audio.publish.show import load_show  # run-time import

    show = load_show(show_dir, base_url)

    def announce(slug: str, what: str) -> None:
        if not quiet and sys.stderr.isatty():
            click.echo(f"{slug}: {what}", err=True)

    site = out or show.site
    result = build_show(show, site, prune=prune, force_new=force_new,
                        draft=draft, offline=offline,
                        max_hours=math.inf if yes else max_hours,
                        jobs=jobs, progress=terminal_progress(quiet), on_episode=announce)
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    for failure in result.failed:
        click.echo(f"Warning: {failure}", err=True)
    if not quiet:
        _echo_pulled(result.pulled)
        click.echo(result.feed)
        kept = "pruned" if result.pruned else "kept (use --prune to drop them)"
        click.echo(f"{len(result.rendered)} rendered, {len(result.unchanged)} unchanged"
                   + (f", {len(result.skipped)} left out" if result.skipped else "")
                   + (f", {len(result.failed)} failed" if result.failed else "")
                   + (f", {len(result.removed)} removed articles {kept}" if result.removed
                      else ""))
    if then_deploy:
        from audio.cli_hosting import deploy  # run-time import

        click.get_current_context().invoke(deploy, source=show.folder, to=None,
                                           dry_run=False, no_check=False, quiet=quiet)
    if result.failed:
        sys.exit(1)


@cli.command()
@click.argument("show_dir", type=click.Path(file_okay=False, path_type=Path))
@silent_option
def pull(show_dir: Path, quiet: bool) -> None:
    """Save the new posts of the feeds a show follows ([[sources]] in show.toml) into its
    articles/ folder, without rendering them (the next build does).

    \b
    Example:
        papercast pull evening-reads
    """
    from audio.build import pull_show  # run-time import
    from audio.publish.show import load_show  # run-time import

    pulled = pull_show(load_show(show_dir))
    failures = [line for result in pulled for line in result.failures]
    for note in dict.fromkeys(line for result in pulled for line in result.notes):
        click.echo(f"Warning: {note}", err=True)
    for failure in failures:
        click.echo(f"Warning: {failure}", err=True)
    if not quiet:
        if not pulled:
            click.echo("the show follows no feeds: add [[sources]] to show.toml, or "
                       "`papercast add SHOW --opml FILE`", err=True)
        _echo_pulled(pulled)
    if failures:
        sys.exit(1)


def _echo_pulled(pulled) -> None:
    for result in pulled:
        what = ("not modified" if result.not_modified else
                f"{len(result.saved)} new, {len(result.updated)} updated")
        click.echo(f"{result.feed}: {what}")
        for path in (*result.saved, *result.updated):
            click.echo(f"  {path}")


@cli.command()
@click.argument("show_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option("--opml", type=_FILE, help="Follow every feed of an OPML subscription list.")
@click.option("--import", "export", type=_FILE, metavar="FILE",
              help="Add every article of a read-later export (Pocket's HTML, Instapaper's "
                   "CSV, or one URL per line).")
@silent_option
def add(show_dir: Path, urls: tuple[str, ...], opml: Path | None, export: Path | None,
        quiet: bool) -> None:
    """Add web pages to a show (a read-later queue), or follow feeds.

    Each URL is fetched now and saved into the show's articles/ as Markdown with its
    title, author, date and address; the next build makes it an episode.

    \b
    Examples:
        papercast add evening-reads https://example.org/2026/long-read.html
        papercast add evening-reads --opml subscriptions.opml
        papercast add evening-reads --import ril_export.html
    """
    from audio.publish.show import ARTICLES_DIR, add_sources, load_show  # run-time import
    from audio.sources.add import add_urls  # run-time import
    from audio.sources.imports import feeds_in_opml, urls_in_export  # run-time import

    if not (urls or opml or export):
        raise click.UsageError("give URLs to add, --opml FILE or --import FILE")
    show = load_show(show_dir)
    if opml:
        followed = add_sources(show, feeds_in_opml(_read_file(opml), str(opml)))
        if not quiet:
            for feed in followed:
                click.echo(feed)
            click.echo(f"following {len(followed)} new feed{'s' if len(followed) != 1 else ''}"
                       "; the next build pulls them", err=True)
    wanted = list(urls) + (urls_in_export(_read_file(export), str(export)) if export else [])
    failed = 0
    for added in add_urls(wanted, show.folder / ARTICLES_DIR):
        if added.error:
            failed += 1
            click.echo(f"Error: {added.error}", err=True)
        elif not quiet:
            click.echo(added.path)
            if added.already and added.path:
                click.echo(f"{added.url}: already in the show, as {added.path.name}",
                           err=True)
    if failed:
        sys.exit(1)


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise PapercastError(f"{path}: no such file") from None
    except OSError as exc:
        raise PapercastError(f"{path}: {exc.strerror}") from None


@cli.command()
@click.argument("site_dir", metavar="SITE_OR_SHOW", type=click.Path(file_okay=False,
                                                                    path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 to let phones on your network in.")
@click.option("--password-file", type=_FILE, metavar="FILE",
              help="Ask for this password (first line: user:password, or a password).")
def serve(site_dir: Path, port: int, host: str, password_file: Path | None) -> None:
    """Serve a built site (or a show folder's site): player page, feed and episodes.
    Ctrl-C stops it.

    \b
    Example:
        papercast serve evening-reads --host 0.0.0.0 --port 8000
    """
    from audio.listen.serve import (  # run-time import
        exposure,
        lan_address,
        make_server,
        read_credentials,
    )

    credentials = read_credentials(password_file) if password_file else None
    server = make_server(site_dir, host, port, credentials)
    reachable = exposure(host)
    if reachable and credentials is None:
        click.echo(f"Warning: {site_dir} is open to your network, without a password, at "
                   f"{', '.join(reachable)} (port {server.server_address[1]}); use "
                   "--host 127.0.0.1 to keep it on this computer.", err=True)
    elif reachable:
        click.echo("Warning: the password crosses your network in plain HTTP, readable by "
                   "anyone on it; serve it behind HTTPS to share it further.", err=True)
    url = server.url
    shown = url if host not in ("0.0.0.0", "::") else url.replace(
        host if host != "::" else "[::]", lan_address() or "localhost")
    click.echo(f"Serving {server.root} at {shown}")
    click.echo(f"  listen:    {shown}")
    click.echo(f"  subscribe: {shown}feed.xml")
    click.echo("Press Ctrl-C to stop.", err=True)
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
    finally:
        server.server_close()


@cli.command()
@click.argument("site_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Playlist to write [default: SITE_DIR/playlist.m3u].")
def playlist(site_dir: Path, output: Path | None) -> None:
    """Write an extended M3U playlist of a folder's episodes, newest first.

    \b
    Example:
        papercast playlist site
    """
    from audio.listen.playlist import write_playlist  # run-time import

    click.echo(write_playlist(site_dir, output))


@cli.command()
@click.argument("episode_mp3", metavar="EPISODE.mp3",
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("--player", help="Player to use (mpv, ffplay, mpg123, cvlc, afplay).")
def play(episode_mp3: Path, player: str | None) -> None:
    """Play an episode in the terminal with the system's audio player.

    \b
    Example:
        papercast play site/episodes/night-trains.mp3
    """
    from audio.listen.play import play as play_file  # run-time import

    sys.exit(play_file(episode_mp3, player))


@cli.command()
def voices() -> None:
    """List voice profiles, speech engines and the voices each engine has installed.

    \b
    Example:
        papercast voices
        papercast episode story.md --voice natural
    """
    from audio.speech.engine import ENGINES  # run-time import
    from audio.speech.licenses import license_of, voice_licenses  # run-time import
    from audio.speech.synthesize import list_voices  # run-time import

    click.echo("Voice profiles (use with --voice):")
    licenses = voice_licenses()
    for name in profile_names():
        profile = load_profile(name)
        click.echo(f"  {name:<10} {profile.engine:<7} {profile.voice:<20} {profile.rate} wpm"
                   f"  {profile.description}")
        found = license_of(profile, licenses)
        if found and profile.engine != "espeak":  # espeak-ng's line is said once, below
            click.echo(f"  {'':<10} licence: trained on {found.dataset}; base model: "
                       f"{found.base_model}; commercial use: {found.commercial}")
    espeak = licenses.get("espeak-ng")
    if espeak:
        click.echo(f"  espeak-ng voices: commercial use: {espeak.commercial}")
    for engine in ENGINES.values():
        click.echo(f"\n{engine.summary}")
        installed = list_voices(engine.name)
        for voice_id, name in installed:
            click.echo(f"  {voice_id:<24} {name}")
        if not installed:
            click.echo(f"  (none installed) {engine.install_hint}")
        click.echo(f"  More: {engine.more_voices}")


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
