"""Shared fixtures: real articles, a private synthesis cache, episodes made once per session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "articles"
EXAMPLE = ROOT / "audio" / "examples" / "the-reading-room.md"
SHARED_ARTICLES = ("harbor-news.txt", "night-trains.md", "lighthouse-keepers.html")


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
def shared_episodes(tmp_path_factory: pytest.TempPathFactory, private_cache: Path) -> dict:
    """The three shared articles made into episodes once, through the library."""
    from audio.pipeline import EpisodeOptions, make_episode

    out = tmp_path_factory.mktemp("episodes")
    return {
        name: make_episode(ARTICLES / name, EpisodeOptions(
            output=out / (Path(name).stem + ".mp3"), show="Test Show", cache_dir=private_cache))
        for name in SHARED_ARTICLES
    }
