"""Private shows (a secret path, blocked from directories, rotated tokens) on a real S3
host, and `papercast serve` of a show folder and behind a password."""

from __future__ import annotations

import base64
import http.client
import re
import subprocess
import sys
import urllib.error
import urllib.request

import feedparser
import pytest
from conftest import default_signals, run_cli
from test_deploy import BUCKET, _deploy, _show, built_two, s3  # noqa: F401 - fixtures

from audio.publish.hosting import TOKEN_FILE


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_a_private_show_lives_under_its_token_and_rotates(built_two, tmp_path, s3):  # noqa: F811
    folder = _show(built_two, tmp_path, s3, "private", private=True)
    token = (folder / TOKEN_FILE).read_text().strip()
    assert len(token) >= 22 and (folder / TOKEN_FILE).stat().st_mode & 0o077 == 0
    done = _deploy(folder, s3)
    assert done.returncode == 0, done.stderr
    secret_url = s3.public_url(BUCKET, f"private/{token}/feed.xml")
    assert done.stdout.decode().splitlines()[-1] == secret_url
    assert run_cli("token", str(folder)).stdout.decode().strip() == secret_url
    assert _status(s3.public_url(BUCKET, "private/feed.xml")) != 200
    feed = urllib.request.urlopen(secret_url).read()
    assert b"<itunes:block>Yes</itunes:block>" in feed
    assert b"<podcast:block>yes</podcast:block>" in feed
    entries = feedparser.parse(feed).entries
    assert all(f"/private/{token}/episodes/" in e.enclosures[0].href for e in entries)
    page = urllib.request.urlopen(s3.public_url(BUCKET, f"private/{token}/index.html")).read()
    assert b'<meta name="robots" content="noindex, nofollow">' in page
    guid = re.search(rb"<podcast:guid>([^<]+)<", feed)[1]

    rotated = run_cli("token", str(folder), "--rotate")
    assert rotated.returncode == 0
    new_url = rotated.stdout.decode().strip()
    new_token = new_url.rsplit("/", 2)[1]
    assert new_token != token and "old address stops working" in rotated.stderr.decode()
    done = _deploy(folder, s3)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[-1] == new_url
    assert _status(secret_url) != 200
    assert _status(new_url) == 200
    moved = urllib.request.urlopen(new_url).read()
    assert re.search(rb"<podcast:guid>([^<]+)<", moved)[1] == guid  # the same show
    left = s3.filesystem().find(f"{BUCKET}/private/{token}", detail=True)
    assert not [name for name, info in left.items() if info["type"] == "file"]


def test_token_of_a_public_show_is_an_error(built_two, tmp_path, s3):  # noqa: F811
    folder = _show(built_two, tmp_path, s3, "public")
    done = run_cli("token", str(folder))
    assert done.returncode == 1
    assert "the show is not private; set private = true" in done.stderr.decode()


def _serve(*args: str) -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen([sys.executable, "-m", "audio", "serve", *args, "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=default_signals)
    line = process.stdout.readline()
    match = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
    assert match, (line, process.stderr.read() if process.poll() is not None else "")
    return process, int(match[1])


def _get(port: int, path: str, headers: dict | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def test_serving_a_show_folder_serves_its_site_and_never_its_settings(built_site):
    show = built_site.parent
    process, port = _serve(str(show))
    try:
        status, feed = _get(port, "/feed.xml")
        assert status == 200 and f"http://127.0.0.1:{port}/episodes/".encode() in feed
        assert _get(port, "/")[0] == 200
        for path in ("/show.toml", "/articles/night-trains.md", "/../show.toml",
                     "/.papercast-build.json", "/site/feed.xml"):
            assert _get(port, path)[0] == 404, path
    finally:
        process.kill()
        process.wait()


def test_serving_a_show_that_is_not_built_says_how(tmp_path):
    assert run_cli("init", str(tmp_path / "new")).returncode == 0
    done = run_cli("serve", str(tmp_path / "new"))
    assert done.returncode == 1
    assert done.stderr.decode().strip() == (
        f"Error: {tmp_path / 'new'} is a show whose site is not built yet: run "
        f"`papercast build {tmp_path / 'new'}` first")


@pytest.mark.parametrize("line, user", [("ana:open sesame", "ana"), ("open sesame", "any")])
def test_a_password_file_asks_for_basic_credentials(built_site, tmp_path, line, user):
    password_file = tmp_path / "password"
    password_file.write_text(line + "\n")
    process, port = _serve(str(built_site), "--password-file", str(password_file))
    try:
        status, _ = _get(port, "/feed.xml")
        assert status == 401
        wrong = base64.b64encode(f"{user}:wrong".encode()).decode()
        assert _get(port, "/feed.xml", {"Authorization": f"Basic {wrong}"})[0] == 401
        right = base64.b64encode(f"{user}:open sesame".encode()).decode()
        assert _get(port, "/feed.xml", {"Authorization": f"Basic {right}"})[0] == 200
        # a podcast app's way: the credentials in the feed's URL, which check uses too
        checked = run_cli("check", f"http://{user}:open%20sesame@127.0.0.1:{port}/feed.xml")
        assert checked.returncode == 0, checked.stdout.decode()
    finally:
        process.kill()
        process.wait()


def test_a_password_beyond_loopback_over_http_is_warned_about(built_site, tmp_path):
    password_file = tmp_path / "password"
    password_file.write_text("secret\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "serve", str(built_site), "--password-file",
         str(password_file), "--host", "0.0.0.0", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_signals)
    try:
        warning = process.stderr.readline()
        assert warning.startswith("Warning: the password crosses your network in plain HTTP")
    finally:
        process.kill()
        process.wait()


def test_an_empty_password_file_is_one_line(tmp_path, built_site):
    (tmp_path / "empty").write_text("")
    done = run_cli("serve", str(built_site), "--password-file", str(tmp_path / "empty"))
    assert done.returncode == 1
    assert done.stderr.decode().strip().startswith(f"Error: {tmp_path / 'empty'}: cannot read")
