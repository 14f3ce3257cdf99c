"""`papercast deploy` to a real S3-compatible host (SeaweedFS on loopback): first deploy,
nothing changed, an edit, a prune, foreign objects, an interrupted deploy, and every
failure a user meets as one line."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import feedparser
import pytest
from conftest import ARTICLES, run_cli
from hosts import S3_READER_KEY, S3_READER_SECRET, seaweedfs

from audio.errors import PapercastError
from audio.publish.show import load_show

BUCKET = "shows"


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    with seaweedfs(tmp_path_factory.mktemp("seaweedfs")) as host:
        host.filesystem().mkdir(BUCKET)
        yield host


@pytest.fixture(scope="module")
def built_two(tmp_path_factory) -> Path:
    """A two-article show, built once; tests deploy copies of it."""
    folder = tmp_path_factory.mktemp("two") / "show"
    assert run_cli("init", str(folder), "--title", "Deployed Reads").returncode == 0
    (folder / "articles" / "the-reading-room.md").unlink()
    for name in ("harbor-news.txt", "night-trains.md"):
        shutil.copy(ARTICLES / name, folder / "articles" / name)
    built = run_cli("build", str(folder), "--draft")
    assert built.returncode == 0, built.stderr
    return folder


def _show(built_two: Path, tmp_path: Path, s3, prefix: str, private: bool = False,
          extra: str = "") -> Path:
    folder = tmp_path / "show"
    shutil.copytree(built_two, folder)
    toml = folder / "show.toml"
    text = toml.read_text().replace("https://example.com/podcast",
                                    s3.public_url(BUCKET, prefix))
    if private:
        text = text.replace("# private = true", "private = true")
    toml.write_text(text + f'\n[deploy]\nto = "s3://{BUCKET}/{prefix}"\n{extra}')
    built = run_cli("build", str(folder))  # the feed's URLs now point at the bucket
    assert built.returncode == 0, built.stderr
    return folder


KILLED_DEPLOY = """
import os, signal, sys
from audio.deploy.deploy import deploy_show
from audio.publish.show import load_show
deploy_show(load_show(sys.argv[1]), progress=lambda *a: os.kill(os.getpid(), signal.SIGKILL))
"""


def _deploy(folder: Path, s3, *args: str, env: dict | None = None):
    return run_cli("deploy", str(folder), *args, env={**s3.env, **(env or {})})


def _objects(s3, prefix: str) -> dict[str, str]:
    """Every object under the prefix: name → ETag (changes whenever it is written)."""
    found = s3.filesystem().find(f"{BUCKET}/{prefix}", detail=True)
    return {name.split(f"{BUCKET}/{prefix}/", 1)[1]: info["ETag"] + str(info["LastModified"])
            for name, info in found.items()}


def _head(url: str) -> tuple[int, dict]:
    request = urllib.request.Request(url, method="HEAD")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, dict(answer.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, {}


def test_deploy_check_subscribe_and_deploy_again(built_two, tmp_path, s3):
    """The acceptance: deployed, checked, subscribed to by gPodder, and a second deploy
    changes nothing in the bucket."""
    folder = _show(built_two, tmp_path, s3, "acceptance")
    first = _deploy(folder, s3)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.decode().splitlines()
    feed_url = s3.public_url(BUCKET, "acceptance/feed.xml")
    assert lines[-1] == feed_url
    assert lines[0].startswith(f"s3://{BUCKET}/acceptance: 16 uploaded")
    assert "checked: 2 episodes, 0 errors" in first.stderr.decode()
    assert run_cli("check", feed_url).returncode == 0

    site = folder / "site"
    objects = _objects(s3, "acceptance")
    local = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert set(objects) == local
    status, headers = _head(f"{s3.public_url(BUCKET, 'acceptance')}/feed.xml")
    assert (status, headers["Content-Type"], headers["Cache-Control"]) == (
        200, "application/rss+xml; charset=utf-8", "public, max-age=300")
    mp3 = next(name for name in objects if name.endswith(".mp3"))
    status, headers = _head(f"{s3.public_url(BUCKET, 'acceptance')}/{mp3}")
    assert headers["Content-Type"] == "audio/mpeg"
    assert "immutable" in headers["Cache-Control"]
    vtt = next(name for name in objects if name.endswith(".vtt"))
    assert _head(f"{s3.public_url(BUCKET, 'acceptance')}/{vtt}")[1]["Content-Type"] == \
        "text/vtt; charset=utf-8"

    _gpodder_downloads_identical(feed_url, site, tmp_path)

    again = _deploy(folder, s3)
    assert again.returncode == 0, again.stderr
    assert again.stdout.decode().splitlines()[0].endswith(
        ": 0 uploaded (0.0 MB), 16 unchanged, 0 deleted")
    assert _objects(s3, "acceptance") == objects  # not one object written again


def _gpodder_downloads_identical(feed_url: str, site: Path, tmp_path: Path) -> None:
    gpo = shutil.which("gpo")
    if gpo is None:
        if os.environ.get("CI"):
            pytest.fail("gPodder is required in CI (scripts/test installs it)")
        pytest.skip("gPodder (gpo) not installed")
    env = {**os.environ, "GPODDER_HOME": str(tmp_path / "gpodder"),
           "GPODDER_DOWNLOAD_DIR": str(tmp_path / "downloads")}
    for args in (("subscribe", feed_url), ("download",)):
        done = subprocess.run([gpo, *args], capture_output=True, text=True, env=env,
                              timeout=120)
        assert done.returncode == 0, done.stderr
    downloaded = sorted(hashlib.sha256(p.read_bytes()).hexdigest()
                        for p in (tmp_path / "downloads").rglob("*.mp3"))
    built = sorted(hashlib.sha256(p.read_bytes()).hexdigest()
                   for p in (site / "episodes").glob("*.mp3"))
    assert downloaded == built and len(built) == 2


def test_an_edit_replaces_only_its_mp3(built_two, tmp_path, s3):
    folder = _show(built_two, tmp_path, s3, "edited")
    assert _deploy(folder, s3, "--no-check").returncode == 0
    before = _objects(s3, "edited")
    article = folder / "articles" / "harbor-news.txt"
    article.write_text(article.read_text() + "\nOne more paragraph, added later.\n")
    assert run_cli("build", str(folder)).returncode == 0
    done = _deploy(folder, s3)
    assert done.returncode == 0, done.stderr
    after = _objects(s3, "edited")
    assert "episodes/harbor-news.mp3" in before and "episodes/harbor-news.mp3" not in after
    assert "episodes/harbor-news-2.mp3" in after
    untouched = [name for name in before if name.startswith("episodes/night-trains")]
    assert untouched and all(after[name] == before[name] for name in untouched)
    entries = feedparser.parse(urllib.request.urlopen(
        s3.public_url(BUCKET, "edited/feed.xml")).read()).entries
    assert sorted(e.enclosures[0].href.rsplit("/", 1)[1] for e in entries) == [
        "harbor-news-2.mp3", "night-trains.mp3"]


def test_prune_deletes_only_papercasts_own_files(built_two, tmp_path, s3):
    folder = _show(built_two, tmp_path, s3, "pruned")
    assert _deploy(folder, s3, "--no-check").returncode == 0
    fs = s3.filesystem()
    for foreign in ("pruned/notes.txt", "pruned/episodes/night-trains.backup.mp3"):
        fs.pipe(f"{BUCKET}/{foreign}", b"someone else's")
    (folder / "articles" / "night-trains.md").unlink()
    assert run_cli("build", str(folder), "--prune").returncode == 0
    done = _deploy(folder, s3)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[0].endswith(", 6 deleted")
    left = _objects(s3, "pruned")
    assert not [n for n in left if n.startswith("episodes/night-trains.") and "backup" not in n]
    assert "notes.txt" in left and "episodes/night-trains.backup.mp3" in left
    assert "episodes/harbor-news.mp3" in left


def test_a_deleted_enclosure_fails_the_check_and_the_next_deploy_restores_it(
        built_two, tmp_path, s3):
    folder = _show(built_two, tmp_path, s3, "restored")
    assert _deploy(folder, s3, "--no-check").returncode == 0
    s3.filesystem().rm_file(f"{BUCKET}/restored/episodes/night-trains.mp3")
    feed_url = s3.public_url(BUCKET, "restored/feed.xml")
    checked = run_cli("check", feed_url)
    assert checked.returncode == 1
    rows = [line for line in checked.stdout.decode().splitlines() if line.startswith("error")]
    assert len(rows) == 1 and "episodes/night-trains.mp3" in rows[0] and "404" in rows[0]
    done = _deploy(folder, s3)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[0].split(": ")[1].startswith("1 uploaded")
    assert run_cli("check", feed_url).returncode == 0


def test_a_deploy_killed_mid_way_leaves_a_whole_feed_and_the_next_finishes(
        built_two, tmp_path, s3):
    folder = _show(built_two, tmp_path, s3, "interrupted")
    assert _deploy(folder, s3, "--no-check").returncode == 0
    article = folder / "articles" / "night-trains.md"
    article.write_text(article.read_text() + "\nA late correction to the timetable.\n")
    assert run_cli("build", str(folder)).returncode == 0
    # SIGKILL as soon as the first bytes of the new episode are up: no cleanup runs.
    killed = subprocess.run([sys.executable, "-c", KILLED_DEPLOY, str(folder)],
                            env={**os.environ, **s3.env}, capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    feed_url = s3.public_url(BUCKET, "interrupted/feed.xml")
    feed = feedparser.parse(urllib.request.urlopen(feed_url).read())
    for entry in feed.entries:  # the old feed, and every file it names is still there
        assert _head(entry.enclosures[0].href)[0] == 200
    assert "night-trains.mp3" in {e.enclosures[0].href.rsplit("/", 1)[1] for e in feed.entries}

    done = _deploy(folder, s3)
    assert done.returncode == 0, done.stderr
    names = {e.enclosures[0].href.rsplit("/", 1)[1]
             for e in feedparser.parse(urllib.request.urlopen(feed_url).read()).entries}
    assert names == {"night-trains-2.mp3", "harbor-news.mp3"}
    assert "episodes/night-trains.mp3" not in _objects(s3, "interrupted")


@pytest.mark.parametrize("case, env, destination, message", [
    ("missing bucket", {}, "s3://no-such-bucket/pod", "no such bucket 'no-such-bucket'"),
    ("read-only", {"AWS_ACCESS_KEY_ID": S3_READER_KEY,
                   "AWS_SECRET_ACCESS_KEY": S3_READER_SECRET}, None, "access denied"),
    ("wrong secret", {"AWS_SECRET_ACCESS_KEY": "not-the-secret"}, None, "wrong credentials"),
    ("host down", {"AWS_ENDPOINT_URL": "http://127.0.0.1:9"}, None, "host unreachable"),
])
def test_failures_are_one_line(built_two, tmp_path, s3, case, env, destination, message):
    folder = _show(built_two, tmp_path, s3, "failing")
    args = ("--to", destination) if destination else ()
    done = _deploy(folder, s3, *args, env=env)
    assert done.returncode == 1
    err = done.stderr.decode().strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Error: s3://") and message in err[0], err
    assert "Traceback" not in done.stderr.decode()


def test_credentials_in_show_toml_are_refused(built_two, tmp_path, s3):
    folder = _show(built_two, tmp_path, s3, "secret")
    with (folder / "show.toml").open("a") as toml:
        toml.write('secret_access_key = "x"\n')
    done = _deploy(folder, s3)
    assert done.returncode == 1
    assert "credentials never go in show.toml; set AWS_ACCESS_KEY_ID" in done.stderr.decode()
    with pytest.raises(PapercastError, match="credentials never go in show.toml"):
        load_show(folder)


def test_dry_run_lists_and_changes_nothing(built_two, tmp_path, s3):
    folder = _show(built_two, tmp_path, s3, "dry")
    done = _deploy(folder, s3, "--dry-run")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    uploads = [line.split()[1] for line in lines if line.startswith("upload")]
    assert uploads[0].endswith(".mp3") and uploads[-3:] == [
        "feed.xml", "index.html", "playlist.m3u"]  # media first, the feed and page last
    assert "would upload 16" in lines[-2]
    assert _objects(s3, "dry") == {}
