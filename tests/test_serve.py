"""`papercast serve` over real HTTP: ranges, caching, the rewritten feed, refusals, Ctrl-C."""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest
from conftest import default_signals


@pytest.fixture()
def server(built_site, tmp_path):
    # A secret beside the site, and a symlink that points at it from inside.
    secret = built_site.parent / "secret.txt"
    secret.write_text("not for you")
    link = built_site / "escape.txt"
    if not link.exists():
        link.symlink_to(secret)
    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "serve", str(built_site), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_signals)
    line = process.stdout.readline()
    match = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
    assert match, (line, process.stderr.read() if process.poll() is not None else "")
    yield process, int(match[1])
    if process.poll() is None:
        process.kill()
        process.wait()


def _get(port: int, path: str, method: str = "GET", headers: dict | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_index_feed_and_episode(server, built_site):
    _, port = server
    response, body = _get(port, "/")
    assert response.status == 200 and response.getheader("Content-Type").startswith("text/html")
    assert b"Listening Test" in body
    response, body = _get(port, "/feed.xml")
    assert response.status == 200
    assert response.getheader("Content-Type").startswith("application/rss+xml")
    parsed = feedparser.parse(body)
    assert len(parsed.entries) == 3
    for entry in parsed.entries:
        url = entry.enclosures[0].href
        assert url.startswith(f"http://127.0.0.1:{port}/episodes/"), url
        file = built_site / "episodes" / Path(url).name
        assert int(entry.enclosures[0].length) == file.stat().st_size
        assert entry.podcast_transcript["url"].startswith(f"http://127.0.0.1:{port}/")
    # The feed on disk still points at the real host.
    assert b"https://listen.example.net/show/" in (built_site / "feed.xml").read_bytes()
    response, body = _get(port, "/episodes/night-trains.vtt")
    assert response.getheader("Content-Type").startswith("text/vtt")
    assert response.getheader("Access-Control-Allow-Origin") == "*"
    assert body.startswith(b"WEBVTT")


def test_range_head_and_conditional_requests(server, built_site):
    _, port = server
    mp3 = built_site / "episodes" / "harbor-news.mp3"
    data = mp3.read_bytes()
    response, body = _get(port, "/episodes/harbor-news.mp3", headers={"Range": "bytes=1000-1999"})
    assert response.status == 206
    assert response.getheader("Content-Range") == f"bytes 1000-1999/{len(data)}"
    assert response.getheader("Content-Type") == "audio/mpeg"
    assert body == data[1000:2000]
    response, body = _get(port, "/episodes/harbor-news.mp3", headers={"Range": "bytes=-500"})
    assert response.status == 206 and body == data[-500:]
    response, body = _get(port, "/episodes/harbor-news.mp3",
                          headers={"Range": f"bytes={len(data)}-"})
    assert response.status == 416
    assert response.getheader("Content-Range") == f"bytes */{len(data)}"
    # positions past int()'s 4,300 digits: past the file, not a dropped connection
    huge = "9" * 5000
    response, body = _get(port, "/episodes/harbor-news.mp3", headers={"Range": f"bytes=0-{huge}"})
    assert response.status == 206 and body == data
    response, body = _get(port, "/episodes/harbor-news.mp3", headers={"Range": f"bytes={huge}-"})
    assert response.status == 416
    response, body = _get(port, "/episodes/harbor-news.mp3", method="HEAD")
    assert response.status == 200 and body == b""
    assert int(response.getheader("Content-Length")) == len(data)
    assert response.getheader("Accept-Ranges") == "bytes"
    etag, modified = response.getheader("ETag"), response.getheader("Last-Modified")
    assert etag and modified
    response, body = _get(port, "/episodes/harbor-news.mp3", headers={"If-None-Match": etag})
    assert response.status == 304 and body == b""
    response, _ = _get(port, "/episodes/harbor-news.mp3", headers={"If-Modified-Since": modified})
    assert response.status == 304


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/episodes/../../secret.txt",
    "/episodes/%2e%2e/%2e%2e/secret.txt", "//etc/passwd", "/etc/passwd", "/escape.txt",
    "/episodes/", "/.papercast-build.json", "/nothing-here.mp3", "/%00",
])
def test_nothing_outside_the_folder_and_no_listings(server, path):
    _, port = server
    response, body = _get(port, path)
    assert response.status == 404, (path, body[:80])
    assert b"not for you" not in body and b"root:" not in body


def test_ctrl_c_stops_within_a_second(server):
    process, port = server
    _get(port, "/")
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    process.wait(timeout=5)
    assert time.monotonic() - started < 1.0
    assert process.returncode == 0
    assert "Stopped." in process.stderr.read()
    assert "Traceback" not in process.stderr.read()


def test_serve_refuses_a_missing_folder(tmp_path):
    result = subprocess.run([sys.executable, "-m", "audio", "serve", str(tmp_path / "nope")],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope'}: no such folder"


def test_busy_port_is_a_clear_error(server, built_site):
    _, port = server
    result = subprocess.run([sys.executable, "-m", "audio", "serve", str(built_site), "--port",
                             str(port)], capture_output=True, text=True, timeout=30,
                            env={**os.environ})
    assert result.returncode == 1
    assert result.stderr.strip().startswith(f"Error: cannot listen on 127.0.0.1:{port}")


@pytest.mark.parametrize(("host", "warned"), [("0.0.0.0", True), ("127.0.0.1", False)])
def test_serving_beyond_this_computer_says_so(built_site, host, warned):
    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "serve", str(built_site), "--port", "0", "--host", host],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().startswith(f"Serving {built_site} at http://")
    lines = [process.stderr.readline().rstrip("\n")]
    while lines[-1] != "Press Ctrl-C to stop.":  # the last thing it says before serving
        lines.append(process.stderr.readline().rstrip("\n"))
    process.kill()
    process.communicate(timeout=10)
    assert (lines[0].startswith(f"Warning: {built_site} is open to your network, without a "
                                "password, at ") and "use --host 127.0.0.1" in lines[0]) == warned


def test_a_published_episode_is_served_from_where_its_feed_says(built_site, sample_episodes,
                                                                tmp_path):
    """publish into a built site: the files are copied beside the feed, and every URL in
    the feed answers 200 with exactly the bytes of its file."""
    import shutil
    from urllib.parse import urlsplit

    from lxml import etree

    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    source = sample_episodes["harbor-news.txt"].path
    elsewhere = tmp_path / "elsewhere" / "extra.mp3"  # not a name the site has
    elsewhere.parent.mkdir()
    for path in source.parent.glob(source.stem + ".*"):
        shutil.copy(path, elsewhere.with_name("extra" + path.name[len(source.stem):]))
    clash = subprocess.run(
        [sys.executable, "-m", "audio", "publish", str(source), "--feed",
         str(site / "feed.xml"), "--base-url", "https://listen.example.net/show"],
        capture_output=True)
    assert clash.returncode == 1 and b"another episode of that name" in clash.stderr
    published = subprocess.run(
        [sys.executable, "-m", "audio", "publish", str(elsewhere), "--feed",
         str(site / "feed.xml"), "--base-url", "https://listen.example.net/show"],
        capture_output=True)
    assert published.returncode == 0, published.stderr
    assert (site / "episodes" / elsewhere.name).read_bytes() == elsewhere.read_bytes()
    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "serve", str(site), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r":(\d+)/", process.stdout.readline())[1])
        response, feed = _get(port, "/feed.xml")
        assert response.status == 200
        root = etree.fromstring(feed)
        urls = {element.get(key) for element in root.iter() for key in ("url", "href")
                if (element.get(key) or "").startswith("http://")}
        urls |= {e.text for e in root.iter("url")}
        assert len([u for u in urls if u.endswith(".mp3")]) == 4
        for url in sorted(urls):
            path = urlsplit(url).path
            response, body = _get(port, path)
            assert response.status == 200, url
            if not path.endswith(".xml"):
                assert body == (site / path.lstrip("/")).read_bytes(), url
    finally:
        process.kill()
        process.wait()
