"""Listening offline: the player page in real headless Chromium, playlists, the play command."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from mutagen.mp3 import MP3


@pytest.fixture()
def site_url(built_site):
    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "serve", str(built_site), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    match = re.search(r"at (http://127\.0\.0\.1:\d+/)", process.stdout.readline())
    assert match
    yield match[1]
    process.kill()
    process.wait()


def test_player_page_in_chromium(browser, site_url, built_site, tmp_path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(site_url)
    episodes = page.locator("article.episode")
    assert episodes.count() == 3
    titles = episodes.locator("h2").all_inner_texts()
    assert set(titles) == {"City Council Votes to Rebuild the Old Harbor Bridge",
                           "The Quiet Return of the Night Train", "The Last Lighthouse Keepers"}

    card = episodes.filter(has_text="The Quiet Return of the Night Train")
    chapters = json.loads((built_site / "episodes" / "night-trains.chapters.json")
                          .read_text())["chapters"]
    audio = card.locator("audio")
    audio.evaluate("a => new Promise(r => a.readyState >= 1 ? r() : "
                   "a.addEventListener('loadedmetadata', r, {once: true}))")
    card.locator("ol.chapters").get_by_role("button", name=re.compile("The hard economics")).click()
    page.wait_for_function("a => !a.seeking", arg=audio.element_handle())
    audio.evaluate("a => a.pause()")
    now = audio.evaluate("a => a.currentTime")
    target = next(c["startTime"] for c in chapters if c["title"] == "The hard economics")
    assert abs(now - target) <= 0.5
    page.wait_for_function(
        "card => card.querySelector('.transcript .cue[aria-current=\"true\"]')",
        arg=card.element_handle())
    current = card.locator(".transcript .cue[aria-current='true']")
    assert current.count() == 1
    cue_start = float(current.get_attribute("data-start"))
    assert cue_start <= now + 0.05 and now - cue_start < 7.5
    chapter = card.locator("ol.chapters button[aria-current='true']")
    assert "The hard economics" in chapter.inner_text()

    cue = card.locator(".transcript .cue").nth(5)
    cue.focus()
    page.keyboard.press("Enter")  # keyboard operable
    page.wait_for_function("a => !a.seeking", arg=audio.element_handle())
    audio.evaluate("a => a.pause()")
    assert abs(audio.evaluate("a => a.currentTime") - float(cue.get_attribute("data-start"))) \
        <= 0.5

    card.get_by_label("Speed").select_option("1.5")
    assert audio.evaluate("a => a.playbackRate") == 1.5
    page.wait_for_timeout(300)
    key = "papercast:position:" + json.loads(page.locator("#episode-data").inner_text())[
        [t for t in titles].index("The Quiet Return of the Night Train")]["guid"]
    assert float(page.evaluate(f"localStorage.getItem('{key}')") or 0) > 5

    page.screenshot(path=str(tmp_path / "player.png"), full_page=True)
    assert (tmp_path / "player.png").stat().st_size > 20_000
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert problems == []


def test_page_works_opened_from_disk(browser, built_site):
    page = browser.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto((built_site / "index.html").as_uri())
    assert page.locator("article.episode").count() == 3
    assert page.locator(".transcript .cue").count() > 30
    assert problems == []
    html = (built_site / "index.html").read_text()
    assert not re.search(r"""(src|href)=["']https?://""", html)  # nothing from the network


def test_playlist_lists_every_episode_with_its_duration(built_site, tmp_path):
    result = subprocess.run([sys.executable, "-m", "audio", "playlist", str(built_site), "-o",
                             str(tmp_path / "all.m3u")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "all.m3u").read_text().splitlines()
    assert lines[0] == "#EXTM3U"
    entries = [(lines[i], lines[i + 1]) for i, line in enumerate(lines)
               if line.startswith("#EXTINF:")]
    assert len(entries) == 3
    for info, path in entries:
        seconds = int(re.match(r"#EXTINF:(\d+),", info)[1])
        mp3 = (tmp_path / path).resolve()
        assert abs(seconds - MP3(mp3).info.length) <= 1
    assert "Jonas Weber - The Quiet Return of the Night Train" in "\n".join(lines)


def test_play_uses_the_system_player_or_says_none_was_found(built_site, tmp_path):
    mp3 = built_site / "episodes" / "harbor-news.mp3"
    empty = tmp_path / "empty-path"
    empty.mkdir()
    result = subprocess.run([sys.executable, "-m", "audio", "play", str(mp3)],
                            capture_output=True, text=True, env={**os.environ, "PATH": str(empty)})
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: no audio player found (looked for mpv, ")
    player = empty / "mpg123"
    player.write_text(f"#!/bin/sh\necho \"$@\" > {tmp_path / 'played.txt'}\n")
    player.chmod(0o755)
    result = subprocess.run([sys.executable, "-m", "audio", "play", str(mp3)],
                            capture_output=True, text=True, env={**os.environ, "PATH": str(empty)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "played.txt").read_text().split() == ["-q", str(mp3)]


def test_play_says_what_went_wrong(built_site, tmp_path):
    mp3 = built_site / "episodes" / "harbor-news.mp3"
    path = tmp_path / "bin"
    path.mkdir()
    env = {**os.environ, "PATH": str(path)}

    def play(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "audio", "play", *args],
                              capture_output=True, text=True, env=env)

    result = play(str(mp3), "--player", "mpv")
    assert (result.returncode, result.stderr.strip()) == (1, (
        "Error: mpv was not found; install it, or leave out --player to use any of mpv, "
        "ffplay, mpg123, cvlc, afplay"))
    failing = path / "mpg123"
    failing.write_text("#!/bin/sh\necho 'cannot open audio device' >&2\nexit 1\n")
    failing.chmod(0o755)
    result = play(str(mp3))
    assert (result.returncode, result.stderr.strip().splitlines()[-1]) == (
        1, f"Error: mpg123 could not play {mp3} (exit status 1)")
    notes = tmp_path / "notes.mp3"
    notes.write_text("not audio at all")
    result = play(str(notes))
    assert result.returncode == 1
    assert result.stderr.strip().startswith(f"Error: {notes}: not an MP3 file")


def test_no_text_can_run_script_in_the_page(browser, built_site, tmp_path):
    """An article titled like markup, in a show whose title holds the template's marker."""
    from dataclasses import replace

    from audio.listen.player import player_page
    from audio.listen.site import read_site

    hostile = "<img src=x onerror=alert(1)>"
    site = read_site(built_site)
    site = replace(site, title="Show __DATA__ __TITLE__ </script>",
                   description="<script>alert(2)</script> & more",
                   episodes=(replace(site.episodes[0], title=hostile,
                                     description="</script><script>alert(3)</script>"),
                             *site.episodes[1:]))
    page_file = built_site / "hostile.html"
    page_file.write_text(player_page(site), encoding="utf-8")
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(page_file.as_uri())
    page.wait_for_timeout(500)
    assert dialogs == []
    assert page.locator("header h1").text_content() == "Show __DATA__ __TITLE__ </script>"
    assert page.locator("header p").text_content() == "<script>alert(2)</script> & more"
    assert page.locator("article.episode h2").first.text_content() == hostile
    assert page.locator("article.episode").count() == 3
    assert page.locator("img[src=x]").count() == 0
    # The policy itself forbids inline handlers: one injected now does not run.
    page.evaluate("""document.body.insertAdjacentHTML('beforeend',
                     '<img src=data:, onerror="document.title=1">')""")
    page.wait_for_timeout(300)
    assert page.title() != "1"
    page_file.unlink()


def test_durations_agree_in_feed_page_and_playlist(browser, built_site):
    import feedparser

    feed = feedparser.parse((built_site / "feed.xml").read_bytes())
    seconds = {entry.title: int(entry.itunes_duration) for entry in feed.entries}
    page = browser.new_page()
    page.goto((built_site / "index.html").as_uri())
    shown = {}
    for episode in page.locator("article.episode").all():
        minutes, secs = episode.locator(".meta").text_content().split(" · ")[1].split(":")
        shown[episode.locator("h2").text_content()] = int(minutes) * 60 + int(secs)
    assert shown == seconds
    playlist = (built_site / "playlist.m3u").read_text().splitlines()
    listed = [int(line.split(":")[1].split(",")[0]) for line in playlist
              if line.startswith("#EXTINF")]
    assert sorted(listed) == sorted(seconds.values())


def test_the_page_on_a_phone_covers_and_transcript_paragraphs(browser, built_site, tmp_path):
    from audio.listen.player import write_player_page

    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    transcript = site / "episodes" / "harbor-news.json"
    data = json.loads(transcript.read_text())
    data["segments"][3]["body"] = ("See https://www.harbor-city.example.gov/council/minutes/"
                                   "2026/rebuilding-the-old-harbor-bridge-final-vote.pdf")
    transcript.write_text(json.dumps(data))
    write_player_page(site)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto((site / "index.html").as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    covers = page.locator("article.episode .head img")
    assert covers.count() == 3
    assert all(w >= 1000 for w in covers.evaluate_all("imgs => imgs.map(i => i.naturalWidth)"))
    card = page.locator("article.episode").filter(has_text="Night Train")
    paragraphs = card.locator(".transcript p").all_inner_texts()
    cues = card.locator(".transcript .cue").count()
    assert 5 < len(paragraphs) < cues  # read as prose, not as caption-sized fragments
    body = [p for p in paragraphs[2:] if len(p) > 80]  # past title and byline
    assert body and all(p.rstrip().endswith((".", "!", "?", '"', "\u201d")) for p in body)
    # The cues flow as text: a cue continues on the next line where the line ends (an
    # atomic box per cue would break the paragraph at every caption instead).
    wrapped = card.locator(".transcript .cue").evaluate_all(
        "cues => cues.filter(c => c.getClientRects().length > 1).length")
    assert wrapped > 3
    header = page.locator("header img").bounding_box()
    card_box = card.bounding_box()
    assert header["width"] >= 120 and abs(header["x"] - card_box["x"]) <= 2  # in line
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    page.set_viewport_size({"width": 1200, "height": 900})
    page.screenshot(path=str(tmp_path / "desktop.png"))
