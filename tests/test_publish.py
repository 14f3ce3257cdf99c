"""Publishing: feeds read back by real podcast clients (feedparser, podcastparser, lxml)."""

from __future__ import annotations

import calendar
import hashlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import podcastparser
import pytest
from conftest import run_cli
from lxml import etree
from mutagen.mp3 import MP3

from audio.publish.feed import PODCAST, podcast_guid

BASE = "https://pod.example.com/shows/test"


@pytest.fixture()
def episodes(sample_episodes, tmp_path) -> dict[str, Path]:
    """Copies of the session's episodes with their sidecars, in a folder of their own."""
    folder = tmp_path / "files"
    folder.mkdir()
    copies = {}
    for name, episode in sample_episodes.items():
        for path in episode.path.parent.glob(episode.path.stem + ".*"):
            shutil.copy(path, folder / path.name)
        copies[name] = folder / episode.path.name
    return copies


def _publish(mp3: Path, feed: Path, *extra: str):
    return run_cli("publish", str(mp3), "--feed", str(feed), "--base-url", BASE, *extra)


def test_podcast_guid_test_vectors():
    assert podcast_guid("https://podnews.net/rss") == "9b024349-ccf0-5f69-a609-6b82873eab3c"
    assert podcast_guid("http://mp3s.nashownotes.com/pc20rss.xml/") == (
        "917393e3-1b1e-5cef-ace4-edaa54e1f810")


def test_publish_creates_a_feed_real_clients_read(episodes, tmp_path):
    feed = tmp_path / "feed.xml"
    for name in ("night-trains.md", "lighthouse-keepers.html"):
        result = _publish(episodes[name], feed)
        assert result.returncode == 0, result.stderr
    parsed = feedparser.parse(feed.read_bytes())
    assert not parsed.bozo
    assert [e.title for e in parsed.entries] == [  # newest first
        "The Last Lighthouse Keepers", "The Quiet Return of the Night Train"]
    for entry in parsed.entries:
        mp3 = episodes["night-trains.md" if "Night" in entry.title else "lighthouse-keepers.html"]
        enclosure = entry.enclosures[0]
        assert enclosure.href == f"{BASE}/files/{mp3.name}"  # where it is, beside the feed
        assert int(enclosure.length) == mp3.stat().st_size
        assert enclosure.type == "audio/mpeg"
        assert int(entry.itunes_duration) == round(MP3(mp3).info.length)
        assert entry.podcast_transcript["url"].startswith(f"{BASE}/files/{mp3.stem}.")
        assert entry.podcast_chapters["url"] == f"{BASE}/files/{mp3.stem}.chapters.json"
        assert entry.guidislink is False
    # In the feed, an episode is dated when it was first published (apps take only items
    # newer than the newest as new), not by its article's date (2026-03-02).
    published = [calendar.timegm(e.published_parsed) for e in parsed.entries]
    assert published[0] > published[1] >= time.time() - 120

    with feed.open("rb") as stream:
        gpodder = podcastparser.parse(f"{BASE}/feed.xml", stream)
    assert [e["title"] for e in gpodder["episodes"]] == [e.title for e in parsed.entries]
    for episode, entry in zip(gpodder["episodes"], parsed.entries):
        assert episode["guid"] == entry.id
        assert episode["enclosures"][0]["file_size"] == int(entry.enclosures[0].length)
        assert episode["total_time"] == int(entry.itunes_duration)
        assert episode["published"] > 0
        assert episode["number"] in (1, 2)
    assert gpodder["title"] == "Test Show"

    root = etree.parse(str(feed)).getroot()
    items = root.findall("channel/item")
    assert len(items) == 2
    for item in items:
        types = {t.get("type") for t in item.findall(f"{{{PODCAST}}}transcript")}
        assert types == {"text/vtt", "application/x-subrip", "application/json"}
    assert root.findtext(f"channel/{{{PODCAST}}}guid") == podcast_guid(f"{BASE}/feed.xml")


def test_republish_updates_in_place_and_keeps_others_byte_for_byte(episodes, tmp_path):
    feed = tmp_path / "feed.xml"
    assert _publish(episodes["night-trains.md"], feed).returncode == 0
    first_item = etree.tostring(etree.parse(str(feed)).find("channel/item"))
    again = _publish(episodes["night-trains.md"], feed)
    assert again.returncode == 0 and "updated episode 1" in again.stdout.decode()
    tree = etree.parse(str(feed))
    assert len(tree.findall("channel/item")) == 1
    assert etree.tostring(tree.find("channel/item")) == first_item  # same guid, same date
    assert _publish(episodes["lighthouse-keepers.html"], feed).returncode == 0
    items = etree.parse(str(feed)).findall("channel/item")
    assert [etree.tostring(i) for i in items].count(first_item) == 1


def test_foreign_items_and_elements_are_kept(episodes, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        "<title>Old Show</title><description>Hand made</description><language>en</language>"
        "<copyright>© Someone</copyright>"
        "<item><title>Old &amp; Gold</title><guid isPermaLink=\"false\">old-1</guid>"
        "<pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate>"
        "<enclosure url=\"https://x.org/a.mp3\" length=\"123\" type=\"audio/mpeg\"/>"
        "<itunes:episode>7</itunes:episode><customTag>keep me</customTag></item>"
        "</channel></rss>")
    result = _publish(episodes["night-trains.md"], feed)
    assert result.returncode == 0, result.stderr
    parsed = feedparser.parse(feed.read_bytes())
    assert parsed.feed.title == "Old Show" and parsed.feed.rights == "© Someone"
    assert [e.title for e in parsed.entries] == ["The Quiet Return of the Night Train",
                                                 "Old & Gold"]
    old = etree.parse(str(feed)).find("channel/item[guid='old-1']")
    assert old.findtext("customTag") == "keep me"
    assert parsed.entries[0].itunes_episode == "8"  # numbering continues after the old ones


def test_corrupt_feed_is_refused_and_left_alone(episodes, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss><channel><title>Broken & unescaped</title></channel>")
    before = hashlib.sha256(feed.read_bytes()).hexdigest()
    result = _publish(episodes["night-trains.md"], feed)
    assert result.returncode == 1
    message = result.stderr.decode().strip()
    assert message.startswith(f"Error: {feed}: not a valid feed (") and "--force-new" in message
    assert len(message.splitlines()) == 1
    assert hashlib.sha256(feed.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.xml", "files"]
    fresh = _publish(episodes["night-trains.md"], feed, "--force-new")
    assert fresh.returncode == 0 and len(feedparser.parse(feed.read_bytes()).entries) == 1


def test_publish_needs_a_base_url_and_an_mp3(episodes, tmp_path):
    result = run_cli("publish", str(episodes["night-trains.md"]), "--feed",
                     str(tmp_path / "feed.xml"))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        "Error: a base URL is needed for the feed's links: give --base-url URL, or set "
        "base_url in show.toml")
    text = tmp_path / "not.mp3"
    text.write_text("hello")
    result = _publish(text, tmp_path / "feed.xml")
    assert result.returncode == 1
    assert result.stderr.decode().startswith(f"Error: {text}: not an MP3 file")
    assert not (tmp_path / "feed.xml").exists()


def test_concurrent_publishes_both_land(episodes, tmp_path):
    feed = tmp_path / "feed.xml"
    processes = [
        subprocess.Popen([sys.executable, "-m", "audio", "publish", str(episodes[name]),
                          "--feed", str(feed), "--base-url", BASE],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for name in ("night-trains.md", "lighthouse-keepers.html", "harbor-news.txt")
    ]
    for process in processes:
        assert process.wait(timeout=60) == 0, process.stderr.read()
    parsed = feedparser.parse(feed.read_bytes())
    assert len(parsed.entries) == 3
    assert sorted(int(e.itunes_episode) for e in parsed.entries) == [1, 2, 3]


def test_titles_with_markup_characters_are_escaped(tmp_path, private_cache):
    from audio.pipeline import EpisodeOptions, make_episode

    article = tmp_path / "odd.md"
    article.write_text('---\ntitle: "Fish & Chips <b>\\"Now\\"</b> 🐟"\n---\n\nA short text.\n')
    episode = make_episode(article, EpisodeOptions(output=tmp_path / "odd.mp3",
                                                   cache_dir=private_cache, master=False))
    result = _publish(episode.path, tmp_path / "feed.xml")
    assert result.returncode == 0, result.stderr
    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not parsed.bozo
    assert parsed.entries[0].title == 'Fish & Chips <b>"Now"</b> 🐟'


def test_a_feed_with_a_doctype_is_refused_and_no_entity_is_read(episodes, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN")
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM '
                    f'"file://{secret}"><!ENTITY big "{"x" * 50}">]>\n'
                    "<rss><channel><title>&leak;&big;</title></channel></rss>\n")
    before = feed.read_bytes()
    result = _publish(episodes["night-trains.md"], feed)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        f"Error: {feed}: the feed declares a DOCTYPE; papercast reads no DTDs or entities: "
        "remove it, or start a new feed with --force-new")
    assert feed.read_bytes() == before and b"SECRET-TOKEN" not in result.stdout


def test_an_episode_tagged_with_control_characters_still_publishes(episodes, tmp_path):
    from mutagen.id3 import ID3, TIT2

    mp3 = tmp_path / "odd" / "pasted.mp3"
    mp3.parent.mkdir()
    shutil.copy(episodes["night-trains.md"], mp3)
    tags = ID3(mp3)
    tags.add(TIT2(encoding=3, text=["Night \x1b[1mTrains\x07"]))
    tags.save(v2_version=3)
    feed = tmp_path / "feed.xml"
    result = _publish(mp3, feed)
    assert result.returncode == 0, result.stderr
    parsed = feedparser.parse(feed.read_bytes())
    assert parsed.entries[0].title == "Night [1mTrains"


def test_feedparser_reads_the_show_author_not_the_owner(tmp_path):
    from audio.publish import feed as rss

    tree = rss.new_feed()
    channel = rss.Channel(title="Evening Reads", description="Read aloud.", language="en",
                          author="Mara Lind", feed_url=f"{BASE}/feed.xml",
                          image_url=f"{BASE}/cover.jpg", owner_name="Studio Owner",
                          owner_email="owner@example.org")
    for _ in range(2):  # a new feed, and one updated in place
        rss.set_channel(tree, channel)
        rss.write_feed(rss.feed_bytes(tree), tmp_path / "feed.xml")
        parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
        assert parsed.feed.author == "Mara Lind"
        assert parsed.feed.publisher_detail.email == "owner@example.org"


def test_descriptions_with_markup_characters_keep_their_words(tmp_path, private_cache):
    import html

    from audio.pipeline import EpisodeOptions, make_episode

    text = "Why <Tags> matter & what <b>bold</b> claims cost"
    article = tmp_path / "tags.md"
    article.write_text(f'---\ntitle: Tags\ndescription: "{text}"\n---\n\nA short text.\n')
    episode = make_episode(article, EpisodeOptions(output=tmp_path / "tags.mp3",
                                                   cache_dir=private_cache, master=False))
    feed = tmp_path / "feed.xml"
    assert _publish(episode.path, feed).returncode == 0
    parsed = feedparser.parse(feed.read_bytes())
    assert not parsed.bozo
    assert html.unescape(parsed.entries[0].description) == text
    podcast = podcastparser.parse(f"{BASE}/feed.xml", feed.open("rb"))
    assert html.unescape(podcast["episodes"][0]["description"]) == text


def test_a_feed_without_a_show_names_its_owner(episodes, tmp_path):
    feed = tmp_path / "feed.xml"
    bare = _publish(episodes["harbor-news.txt"], feed)
    assert bare.returncode == 0
    assert bare.stderr.decode().strip() == (
        "Warning: the feed names no owner e-mail, which directories need to verify it: give "
        "--owner-email, or --show with an [owner] in show.toml")
    owned = _publish(episodes["night-trains.md"], feed, "--owner-email", "me@example.org",
                     "--force-new")
    assert owned.returncode == 0 and owned.stderr == b""
    parsed = feedparser.parse(feed.read_bytes())
    assert parsed.feed.publisher_detail.email == "me@example.org"
    assert parsed.feed.author == "Jonas Weber"


def test_an_explicit_date_wins_and_stays(episodes, tmp_path):
    feed = tmp_path / "feed.xml"
    assert _publish(episodes["night-trains.md"], feed, "--date", "2025-12-24").returncode == 0
    assert _publish(episodes["night-trains.md"], feed).returncode == 0  # republished
    parsed = feedparser.parse(feed.read_bytes())
    assert parsed.entries[0].published_parsed[:4] == (2025, 12, 24, 12)
