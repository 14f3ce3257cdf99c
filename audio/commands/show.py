"""Commands on a show folder: init, build, pull, add; and publish, for one episode."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import click

from audio.commands.common import (
    FILE,
    date_value,
    jobs_option,
    read_file,
    silent_option,
)
from audio.options import DEFAULTS, MEDIA_DIR
from audio.progress import terminal_progress


@click.command()
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


@click.command()
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
@click.option("--date", callback=date_value, metavar="DATE",
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


@click.command()
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
        for note in result.notes:
            click.echo(f"Note: {note}", err=True)
        _echo_pulled(result.pulled)
        click.echo(result.feed)
        kept = "pruned" if result.pruned else "kept (use --prune to drop them)"
        click.echo(f"{len(result.rendered)} rendered, {len(result.unchanged)} unchanged"
                   + (f", {len(result.skipped)} left out" if result.skipped else "")
                   + (f", {len(result.failed)} failed" if result.failed else "")
                   + (f", {len(result.removed)} removed articles {kept}" if result.removed
                      else ""))
    if then_deploy:
        from audio.commands.hosting import deploy  # run-time import

        click.get_current_context().invoke(deploy, source=show.folder, to=None,
                                           dry_run=False, no_check=False, quiet=quiet)
    if result.failed:
        sys.exit(1)


@click.command()
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


@click.command()
@click.argument("show_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option("--opml", type=FILE, help="Follow every feed of an OPML subscription list.")
@click.option("--import", "export", type=FILE, metavar="FILE",
              help="Add every article of a read-later export (Pocket's HTML, Instapaper's "
                   "CSV, or one URL per line).")
@silent_option
def add(show_dir: Path, urls: tuple[str, ...], opml: Path | None, export: Path | None,
        quiet: bool) -> None:
    """Add web pages to a show (a read-later queue), or follow feeds.

    Each URL is fetched now and saved into the show's articles/ as Markdown with its
    title, author, date and address; the next build makes it an episode. A URL that is
    a feed (RSS or Atom) is followed instead: added to show.toml's [[sources]].

    \b
    Examples:
        papercast add evening-reads https://example.org/2026/long-read.html
        papercast add evening-reads --opml subscriptions.opml
        papercast add evening-reads --import ril_export.html
    """
    from audio.publish.show import ARTICLES_DIR, load_show  # run-time import
    from audio.sources.add import add_urls  # run-time import
    from audio.sources.imports import feeds_in_opml, urls_in_export  # run-time import

    if not (urls or opml or export):
        raise click.UsageError("give URLs to add, --opml FILE or --import FILE")
    show = load_show(show_dir)
    if opml:
        _follow(show, feeds_in_opml(read_file(opml), str(opml)), quiet)
    wanted = list(urls) + (urls_in_export(read_file(export), str(export)) if export else [])
    failed = 0
    results = add_urls(wanted, show.folder / ARTICLES_DIR)
    feeds = [added.url for added in results if added.feed]
    if feeds:  # a feed given as a URL is followed, as from an OPML list
        _follow(show, feeds, quiet)
    for added in results:
        if added.feed:
            continue
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



def _follow(show, feeds: list[str], quiet: bool) -> None:
    """Add feeds to show.toml's [[sources]]; print the new ones and how many."""
    from audio.publish.show import add_sources  # run-time import

    followed = add_sources(show, feeds)
    if not quiet:
        for feed in followed:
            click.echo(feed)
        click.echo(f"following {len(followed)} new feed{'s' if len(followed) != 1 else ''}"
                   "; the next build pulls them", err=True)


COMMANDS = (init, publish, build, pull, add)
