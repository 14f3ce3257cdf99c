"""`papercast check` against real servers: a correct site, and sites with the faults a
podcast app trips on (a missing enclosure, a wrong length, no byte ranges, a small cover,
duplicate guids, a feed that does not parse)."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli
from PIL import Image
from webserver import Route, Site

from audio.listen.serve import make_server


@pytest.fixture()
def site_copy(built_site, tmp_path) -> Path:
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    return copy


def _serving(folder: Path) -> Iterator[str]:
    server = make_server(folder, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    try:
        yield f"{server.url}feed.xml"
    finally:
        server.shutdown()
        server.server_close()


def _check(url: str) -> tuple[int, list[str], str]:
    done = run_cli("check", url)
    lines = done.stdout.decode().splitlines()
    return done.returncode, [line for line in lines if line.startswith("error")], lines[-1]


def test_a_correct_site_passes(site_copy):
    for url in _serving(site_copy):
        status, errors, summary = _check(url)
        assert (status, errors) == (0, [])
        assert summary == "3 episodes: 0 errors, 1 warning"  # plain HTTP, on loopback


def test_a_missing_enclosure_is_named(site_copy):
    victim = sorted((site_copy / "episodes").glob("*.mp3"))[0]
    victim.unlink()
    for url in _serving(site_copy):
        status, errors, _ = _check(url)
        assert status == 1
        assert len(errors) == 1 and f"episodes/{victim.name}" in errors[0]
        assert "404" in errors[0]


def test_a_wrong_length_is_named(site_copy):
    feed = site_copy / "feed.xml"
    text = feed.read_text()
    length = re.search(r'length="(\d+)"', text)[1]
    feed.write_text(text.replace(f'length="{length}"', f'length="{int(length) + 7}"', 1))
    for url in _serving(site_copy):
        status, errors, _ = _check(url)
        assert status == 1
        assert len(errors) == 1
        assert f"Content-Length {length} differs from the enclosure length " \
               f"{int(length) + 7}" in errors[0]


def test_a_small_cover_is_named(site_copy):
    Image.new("RGB", (600, 600), "navy").save(site_copy / "cover.jpg", "JPEG")
    for url in _serving(site_copy):
        status, errors, _ = _check(url)
        assert status == 1
        assert errors == [e for e in errors if "cover.jpg" in e]
        assert "600×600 px; Apple takes 1400–3000 px" in errors[0]


def test_no_byte_ranges_and_duplicate_guids(built_site):
    """The test server answers every Range with 200 and the whole file."""
    with Site() as server:
        feed = (built_site / "feed.xml").read_text()
        base = re.search(r'atom:link href="([^"]+)/feed.xml"', feed)[1]
        feed = feed.replace(base, server.url("/show"))
        guids = re.findall(r"<guid[^>]*>([^<]+)</guid>", feed)
        feed = feed.replace(guids[1], guids[0])
        server.routes["/show/feed.xml"] = Route(feed.encode(), "application/rss+xml")
        for path in built_site.rglob("*"):
            if path.is_file() and path.name != "feed.xml":
                kind = {".mp3": "audio/mpeg", ".jpg": "image/jpeg", ".vtt": "text/vtt",
                        ".srt": "application/x-subrip"}.get(path.suffix, "application/json")
                name = path.relative_to(built_site).as_posix()
                server.routes[f"/show/{name}"] = Route(path.read_bytes(), kind)
        status, errors, _ = _check(server.url("/show/feed.xml"))
    assert status == 1
    ranges = [e for e in errors if "no byte ranges" in e]
    assert len(ranges) == 3 and all(".mp3" in e for e in ranges)
    assert [e for e in errors if "is used by 2 items" in e]


def test_a_feed_that_does_not_parse_and_a_host_that_is_down(tmp_path):
    with Site() as server:
        server.routes["/feed.xml"] = Route(b"<html><body>Not a feed</body></html>")
        status, errors, _ = _check(server.url("/feed.xml"))
    assert status == 1 and len(errors) == 1 and "not a feed" in errors[0]
    status, errors, _ = _check("http://127.0.0.1:9/feed.xml")
    assert status == 1 and "unreachable: connection refused" in errors[0]
