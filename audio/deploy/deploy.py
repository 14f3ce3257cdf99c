"""Put a built site on its host: what changed, in an order that keeps the feed whole.

Media and sidecars go up first, the feed and page last, and names the new feed no
longer uses are deleted only after it is up, and only names papercast uploaded. The
manifest is saved after every file, so a deploy interrupted anywhere leaves the host's
feed naming only files that are there, and the next deploy finishes the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audio.deploy.manifest import MANIFEST_FILE, Uploaded, load_manifest, manifest_path
from audio.deploy.plan import Plan, make_plan
from audio.deploy.site_files import site_files
from audio.deploy.target import DeployError
from audio.deploy.targets import open_target
from audio.errors import InputError
from audio.progress import UPLOADING, ProgressFn
from audio.publish import feed as rss
from audio.publish.hosting import DeploySettings, site_prefix
from audio.publish.show import Show


@dataclass(frozen=True)
class Deployed:
    destination: str
    feed_url: str | None  # where listeners subscribe (the secret one for a private show)
    plan: Plan
    dry_run: bool = False


def deploy_show(show: Show, site: Path | None = None, to: str | None = None,
                dry_run: bool = False, progress: ProgressFn | None = None) -> Deployed:
    """Deploy the show's built site to ``to`` or its [deploy] destination."""
    destination = to or (show.deploy.to if show.deploy else None)
    if not destination:
        raise InputError(f"{show.folder / 'show.toml'}: nowhere to deploy: add [deploy] with "
                         "to = \"s3://bucket/prefix\" (or sftp://, host:path, a folder), "
                         "or give --to")
    site = Path(site or show.site)
    _require_privacy_built(site, show)
    if show.public_base and not dry_run:
        _retarget_feed(site, show.public_base)
    # [deploy]'s host settings go with its destination, also when --to names it again
    settings = show.deploy if show.deploy and destination == show.deploy.to else None
    return deploy_site(site, destination, settings,
                       prefix=site_prefix(show.folder, show.private), dry_run=dry_run,
                       progress=progress, manifest=show.folder / MANIFEST_FILE)


def deploy_site(site: Path, to: str, settings: DeploySettings | None = None, prefix: str = "",
                dry_run: bool = False, progress: ProgressFn | None = None,
                manifest: Path | None = None) -> Deployed:
    """Upload what changed in ``site`` to ``to`` (under ``prefix``), then delete what the
    site no longer has and papercast put there."""
    site = Path(site)
    if not site.is_dir():
        raise InputError(f"{site}: no such folder; build the show first (papercast build SHOW)")
    files = site_files(site)
    record = load_manifest(manifest or manifest_path(site))
    uploaded = record.files(to)
    target = open_target(to, settings)
    try:
        plan = make_plan(files, prefix, uploaded, target.sizes())
        feed_url = rss.feed_base((site / rss.FEED_FILE).read_bytes())
        feed_url = f"{feed_url}/{rss.FEED_FILE}" if feed_url else None
        if dry_run:
            return Deployed(to, feed_url, plan, dry_run=True)
        total, done = plan.upload_bytes, 0

        def sent(count: int) -> None:
            nonlocal done
            done += count
            if progress:
                progress(UPLOADING, min(done, total), total)

        for item in target.upload(plan.uploads, sent):
            uploaded[item.remote] = Uploaded(item.file.sha256, item.file.size)
            record.save()
        target.delete(plan.deletions)
        for name in plan.deletions:
            uploaded.pop(name, None)
        record.save()
    finally:
        target.close()
    return Deployed(to, feed_url, plan)


def _require_privacy_built(site: Path, show: Show) -> None:
    """A site built before ``private`` changed would go up with the wrong block flags."""
    try:
        tree = rss.read_feed(site / rss.FEED_FILE)
    except rss.FeedError as exc:
        raise InputError(str(exc)) from None
    if tree is not None and rss.is_blocked(tree) != show.private:
        state = "private" if show.private else "public"
        raise InputError(f"{site}: built before the show became {state}; run "
                         f"`papercast build {show.folder}` first")


def _retarget_feed(site: Path, public_base: str) -> None:
    """Point the built feed at where the show is served now (a rotated private token, a
    changed base_url) before it goes up; nothing to render again for that."""
    feed = site / rss.FEED_FILE
    try:
        data = feed.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{site}: no {rss.FEED_FILE} here; build the show first "
                         "(papercast build SHOW)") from None
    if rss.feed_base(data) in (None, public_base.rstrip("/")):
        return
    moved = rss.rebased(data, public_base)
    if moved is None:
        raise DeployError(f"{feed}: cannot move the feed to {public_base}")
    rss.write_feed(moved, feed)
