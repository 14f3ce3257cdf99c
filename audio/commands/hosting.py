"""Commands that take a built show to its listeners: deploy, check, token, watch.

Thin like the rest of the CLI: options in, one library call, its result printed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from audio.errors import PapercastError
from audio.progress import terminal_progress

_SHOW = click.Path(file_okay=False, path_type=Path)
_INTERVAL = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")


def _seconds(ctx: click.Context, param: click.Parameter, value: str) -> float:
    """``1h``, ``30m``, ``2h30m``, ``90s`` or a number of seconds."""
    text = value.strip().lower()
    if re.fullmatch(r"[0-9]{1,9}", text):
        return float(text)
    match = _INTERVAL.fullmatch(text)
    if not text or not match or not any(match.groups()):
        raise click.BadParameter(f"{value!r} is not an interval like 1h, 30m or 2h30m")
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total < 60:
        raise click.BadParameter("pull at most once a minute: feeds are someone's server")
    return float(total)


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


@click.command()
@click.argument("source", metavar="SHOW_OR_SITE", type=_SHOW)
@click.option("--to", metavar="DEST", help="Where to: s3://bucket/prefix, "
              "sftp://user@host/path, host:path (rsync) or a folder [default: [deploy] to "
              "in show.toml].")
@click.option("--dry-run", is_flag=True, help="List what would be uploaded and deleted.")
@click.option("--no-check", is_flag=True, help="Do not read the deployed feed back.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing unless something fails.")
def deploy(source: Path, to: str | None, dry_run: bool, no_check: bool, quiet: bool) -> None:
    """Upload a built show to its host: only what changed, media first, the feed last,
    then delete what the feed no longer names (only files papercast uploaded).

    The last line printed is the feed's address to subscribe to.

    \b
    Examples:
        papercast deploy evening-reads
        papercast deploy evening-reads/site --to s3://my-bucket/podcast
        papercast deploy evening-reads --dry-run
    """
    from audio.deploy.deploy import deploy_show, deploy_site  # run-time import
    from audio.publish.show import SHOW_FILE, load_show  # run-time import

    progress = terminal_progress(quiet)
    if (source / SHOW_FILE).is_file():
        done = deploy_show(load_show(source), to=to, dry_run=dry_run, progress=progress)
    elif to:
        done = deploy_site(source, to, dry_run=dry_run, progress=progress)
    else:
        raise click.UsageError(f"{source} is a site folder, not a show: say where with --to")
    plan = done.plan
    if dry_run:
        for item in plan.uploads:
            click.echo(f"upload  {item.remote} ({_megabytes(item.file.size)})")
        for name in plan.deletions:
            click.echo(f"delete  {name}")
        click.echo(f"{done.destination}: would upload {len(plan.uploads)} "
                   f"({_megabytes(plan.upload_bytes)}), delete {len(plan.deletions)}, "
                   f"leave {len(plan.unchanged)} unchanged")
    elif not quiet:
        click.echo(f"{done.destination}: {len(plan.uploads)} uploaded "
                   f"({_megabytes(plan.upload_bytes)}), {len(plan.unchanged)} unchanged, "
                   f"{len(plan.deletions)} deleted")
    failed = False
    if not dry_run and not no_check and done.feed_url:
        failed = _check_deployed(done.feed_url, quiet)
    if done.feed_url and not quiet:
        click.echo(done.feed_url)
    if failed:
        sys.exit(1)


def _check_deployed(feed_url: str, quiet: bool) -> bool:
    """Read the deployed feed back when it can be reached from here; True on errors."""
    from audio.deploy.check import check_feed  # run-time import

    report = check_feed(feed_url)
    if not report.reachable:
        if not quiet:
            click.echo(f"not checked: {feed_url} cannot be reached from here", err=True)
        return False
    for problem in report.problems:
        if problem.severity == "error" or not quiet:
            click.echo(f"{problem.severity.capitalize()}: {problem.url}: {problem.what}",
                       err=True)
    if not quiet:
        click.echo(f"checked: {report.episodes} episodes, {len(report.errors)} errors",
                   err=True)
    return bool(report.errors)


@click.command()
@click.argument("feed_url", metavar="FEED_URL")
def check(feed_url: str) -> None:
    """Read any podcast feed as an app does and list what an app would trip on: it must
    parse; every episode, transcript, chapters file and image must answer with the
    length and type the feed says; audio must answer byte ranges; the cover must be a
    square JPEG or PNG of 1400-3000 px; guids unique; HTTPS. Exit 1 on any error.

    \b
    Example:
        papercast check https://example.org/podcast/feed.xml
    """
    from audio.deploy.check import check_feed  # run-time import

    report = check_feed(feed_url)
    if report.problems:
        width = min(70, max(len(p.url) for p in report.problems))
        click.echo(f"{'':8}{'URL':<{width}}  PROBLEM")
        for problem in report.problems:
            click.echo(f"{problem.severity:<8}{problem.url:<{width}}  {problem.what}")
    errors, warnings = len(report.errors), len(report.problems) - len(report.errors)
    click.echo(f"{report.episodes} episode{'s' if report.episodes != 1 else ''}: {errors} "
               f"error{'s' if errors != 1 else ''}, {warnings} "
               f"warning{'s' if warnings != 1 else ''}")
    if errors:
        sys.exit(1)


@click.command()
@click.argument("show_dir", type=_SHOW)
@click.option("--rotate", is_flag=True,
              help="Make a new secret address; the next deploy moves the show there and "
                   "the old address stops working.")
def token(show_dir: Path, rotate: bool) -> None:
    """Print a private show's secret feed address, or make a new one.

    A show with `private = true` lives under a path no one can guess; share its feed
    address only with its listeners.

    \b
    Examples:
        papercast token evening-reads
        papercast token evening-reads --rotate && papercast deploy evening-reads
    """
    from audio.publish.feed import FEED_FILE  # run-time import
    from audio.publish.hosting import rotate_token  # run-time import
    from audio.publish.show import load_show  # run-time import

    show = load_show(show_dir)
    if not show.private:
        raise PapercastError(f"{show.folder / 'show.toml'}: the show is not private; set "
                             "private = true first")
    if not show.base_url:
        raise PapercastError(f"{show.folder / 'show.toml'}: base_url is required")
    if rotate:
        rotate_token(show.folder)
        click.echo("New address made: the next `papercast deploy` (or build --deploy) moves "
                   "the show there and the old address stops working.", err=True)
    click.echo(f"{show.public_base}/{FEED_FILE}")


@click.command()
@click.argument("show_dir", type=_SHOW)
@click.option("--every", default="1h", show_default=True, callback=_seconds,
              metavar="INTERVAL", help="How often to pull the feeds the show follows "
              "(1h, 30m, 2h30m).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), metavar="N",
              help="Speech worker processes [default: CPU count].")
@click.option("-q", "--quiet", is_flag=True, help="Print only builds that failed.")
def watch(show_dir: Path, every: float, jobs: int | None, quiet: bool) -> None:
    """Build a show whenever its articles or show.toml change, pull its feeds on a
    schedule, and deploy after each build when show.toml has [deploy]. One line per
    build; SIGTERM or Ctrl-C stops it cleanly.

    \b
    Example:
        papercast watch evening-reads --every 30m
    """
    from audio.cli import Stopped  # run-time import
    from audio.publish.show import load_show  # run-time import
    from audio.watch import watch_show  # run-time import

    show = load_show(show_dir)  # a broken show.toml is an error now, not in every round
    click.echo(f"Watching {show.folder} (pulling every {every / 60:g} min); Ctrl-C stops.",
               err=True)
    try:
        watch_show(show.folder, every, lambda done: _report(done, quiet), jobs=jobs)
    except (Stopped, KeyboardInterrupt):
        click.echo("Stopped watching.", err=True)


def _report(done, quiet: bool) -> None:
    when = done.started.strftime("%Y-%m-%d %H:%M")
    if done.error:
        click.echo(f"{when} {done.reason}: Error: {done.error}")
        return
    build = done.build
    parts = [f"{len(build.rendered)} rendered, {len(build.unchanged)} unchanged"
             + (f", {len(build.failed)} failed" if build.failed else "")]
    if done.deployed:
        plan = done.deployed.plan
        parts.append(f"deployed {len(plan.uploads)} files ({_megabytes(plan.upload_bytes)}), "
                     f"{len(plan.deletions)} deleted")
    if not quiet or build.failed:
        click.echo(f"{when} {done.reason}: {' · '.join(parts)}")
    for failure in build.failed:
        click.echo(f"  Warning: {failure}", err=True)
    sys.stdout.flush()


COMMANDS = (deploy, check, token, watch)
