"""Hands-off running: `papercast watch` (a real process, real file changes, SIGTERM) and
`build --deploy`, which deploys what was built even when an article failed."""

from __future__ import annotations

import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest
from conftest import ARTICLES, default_signals, run_cli


def _show(folder: Path, deploy_to: Path, articles: tuple[str, ...]) -> Path:
    assert run_cli("init", str(folder), "--title", "Watched").returncode == 0
    (folder / "articles" / "the-reading-room.md").unlink()
    toml = folder / "show.toml"
    toml.write_text(toml.read_text().replace("https://example.com/podcast",
                                             "https://pod.example.net/watched")
                    + f'\n[deploy]\nto = "{deploy_to}"\n')
    for name in articles:
        shutil.copy(ARTICLES / name, folder / "articles" / name)
    return folder


def _line(process: subprocess.Popen, seconds: float) -> str:
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    assert ready, "no line from papercast watch in time"
    return process.stdout.readline()


def test_watch_builds_and_deploys_on_change_and_stops_on_sigterm(tmp_path):
    www = tmp_path / "www"
    show = _show(tmp_path / "show", www, ("harbor-news.txt",))
    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "watch", str(show), "--every", "1h"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_signals)
    try:
        first = _line(process, 120)
        assert " start: 1 rendered, 0 unchanged · deployed 10 files" in first, first
        assert (www / "episodes" / "harbor-news.mp3").is_file()
        shutil.copy(ARTICLES / "night-trains.md", show / "articles" / "night-trains.md")
        second = _line(process, 120)
        assert " changed: 1 rendered, 1 unchanged · deployed 9 files" in second, second
        feed = feedparser.parse((www / "feed.xml").read_bytes())
        assert sorted(e.enclosures[0].href.rsplit("/", 1)[1] for e in feed.entries) == [
            "harbor-news.mp3", "night-trains.mp3"]
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 0
        assert time.monotonic() - started < 10
        assert "Stopped watching." in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.parametrize("every", ["often", "²"])  # "²".isdigit() is True
def test_a_bad_every_is_one_line(tmp_path, every):
    show = _show(tmp_path / "show", tmp_path / "www", ())
    done = run_cli("watch", str(show), "--every", every)
    assert done.returncode == 2
    assert f"'{every}' is not an interval like 1h, 30m or 2h30m" in done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()


def test_build_deploy_goes_on_when_an_article_fails(tmp_path):
    www = tmp_path / "www"
    show = _show(tmp_path / "show", www, ("harbor-news.txt",))
    (show / "articles" / "broken.txt").write_bytes(b"\xff\xfe\x00garbage\x00\x81")
    done = run_cli("build", str(show), "--deploy")
    assert done.returncode == 1
    err = done.stderr.decode()
    assert "broken.txt" in err and "Traceback" not in err
    assert done.stdout.decode().splitlines()[-1] == "https://pod.example.net/watched/feed.xml"
    assert (www / "episodes" / "harbor-news.mp3").is_file()
    assert (www / "feed.xml").read_bytes() == (show / "site" / "feed.xml").read_bytes()
