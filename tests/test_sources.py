"""Articles from where they live: web pages, followed feeds, read-later lists, newsletters.

Everything is fetched from a real HTTP server on loopback (tests/webserver.py): no outside
network. Episodes are real: espeak-ng speech, ffmpeg encoding, tags read by mutagen,
feeds read back by feedparser.
"""

from __future__ import annotations

import subprocess
import sys

import feedparser
import pytest
from conftest import ARTICLES, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from mutagen.id3 import ID3
from webserver import Route, Site, atom, page, rss

from audio.errors import FetchError
from audio.models import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Article, Block
from audio.publish.show import load_show
from audio.sources import http
from audio.sources.feeds import FeedSource, pull_feed
from audio.sources.saved import markdown_of
from audio.sources.web import read_url
from audio.text.read import read_article, read_markdown

PROSE = ["Sleeper trains are back across Europe, and the prices vary widely between the "
         "routes we tried this winter.",
         "The 22:40 departure arrives at 9:30, and a cabin costs about $150."]


@pytest.fixture
def site():
    with Site() as server:
        yield server


def _post(n: int, content: bool = True) -> dict:
    item = {"id": f"post-{n}", "title": f"Post number {n}", "link": f"http://127.0.0.1/post-{n}",
            "date":
            f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][n % 7]}, "
            f"{n + 1:02d} Nov 2026 09:00:00 +0000", "summary": f"Summary of post {n}."}
    if content:
        item["content"] = (f"<p>This is post {n}. Its text is long enough to be read as "
                           f"prose by papercast's reader.</p><p>It ends here, at {n}:30.</p>")
    return item


# ---------------------------------------------------------------- one web page


def test_an_episode_from_a_url_keeps_its_address(site, tmp_path):
    site.routes["/2026/night-trains.html"] = Route(page("Night trains return", PROSE))
    url = site.url("/2026/night-trains.html")
    result = run_cli("episode", url, "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 0, result.stderr
    tags = ID3(tmp_path / "x.mp3")
    assert tags.getall("WOAS")[0].url == url
    assert str(tags["TIT2"]) == "Night trains return" and str(tags["TPE1"]) == "Mara Lind"
    assert "Subscribe" not in str(tags.getall("USLT")[0])  # page furniture dropped


def test_the_default_name_comes_from_the_address(site, tmp_path):
    site.routes["/blog/night-trains/"] = Route(page("Night trains return", PROSE))
    result = run_cli("text", site.url("/blog/night-trains/"))
    assert result.returncode == 0 and "twenty-two forty" in result.stdout.decode()
    made = run_cli("episode", site.url("/blog/night-trains/"), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "night-trains.mp3").is_file()


@pytest.mark.parametrize(("path", "route", "message"), [
    ("/missing", None, "404 Not Found"),
    ("/broken", Route(status=500), "500 Internal Server Error"),
    ("/loop", Route(status=302, location="/loop"), "too many redirects (more than 5)"),
    ("/doc.pdf", Route(b"%PDF-1.4", content_type="application/pdf"),
     "is application/pdf, not a web page"),
    ("/zip", Route(b"not gzip at all", headers={"Content-Encoding": "gzip"}),
     "the server sent a compressed answer that cannot be decompressed"),
])
def test_a_failed_fetch_is_one_line(site, tmp_path, path, route, message):
    if route:
        site.routes[path] = route
    result = run_cli("episode", site.url(path), "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: {site.url(path)}: {message}\n"
    assert not (tmp_path / "x.mp3").exists()


def test_an_unreachable_host_is_one_line(tmp_path):
    result = run_cli("episode", "http://127.0.0.1:9/post.html", "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 1
    assert result.stderr.decode() == "Error: http://127.0.0.1:9/post.html: connection refused\n"


def test_redirects_are_followed_to_the_final_address(site):
    site.routes["/old"] = Route(status=301, location="/new")
    site.routes["/new"] = Route(page("Moved here", PROSE))
    article = read_url(site.url("/old"))
    assert article.title == "Moved here" and article.url == site.url("/new")


def test_a_slow_server_and_a_huge_page_are_cut_off(site, monkeypatch):
    monkeypatch.setattr(http, "READ_TIMEOUT_S", 0.5)
    site.routes["/slow"] = Route(page("Slow", PROSE), delay_s=2)
    with pytest.raises(FetchError, match="the server did not answer in time"):
        http.fetch(site.url("/slow"))
    site.routes["/huge"] = Route(b"<p>" + b"x" * 300_000 + b"</p>")
    with pytest.raises(FetchError, match=r"too large \(300,007 bytes; at most 100,000\)"):
        http.fetch(site.url("/huge"), max_bytes=100_000)
    monkeypatch.setattr(http, "TOTAL_TIMEOUT_S", 1.0)
    site.routes["/trickle"] = Route(page("Trickle", PROSE * 20), delay_s=0.2, chunks=20)
    with pytest.raises(FetchError, match="too slow"):
        http.fetch(site.url("/trickle"))


def test_pages_in_other_charsets_are_decoded(site):
    text = ["Le café de la gare ouvre à six heures, et les trains de nuit repartent vers "
            "Zürich."]
    site.routes["/latin1"] = Route(page("Café", text, charset="iso-8859-1"),
                                   content_type="text/html; charset=iso-8859-1")
    site.routes["/declared"] = Route(page("Café", text, charset="windows-1252"),
                                     content_type="text/html")
    for path in ("/latin1", "/declared"):
        article = read_url(site.url(path))
        assert article.title == "Café" and "Zürich" in article.blocks[0].text
    asked = dict(site.requests[-1][1])
    assert asked["User-Agent"].startswith("papercast/")


# ---------------------------------------------------------------- followed feeds


def _pull(site, tmp_path, path="/feed.xml", **source):
    return pull_feed(FeedSource(site.url(path), **source), tmp_path / "articles",
                     tmp_path / ".papercast-sources.json")


def test_a_first_pull_takes_max_new_then_only_new_posts(site, tmp_path):
    posts = [_post(n) for n in range(8, 0, -1)]  # newest first, as feeds list them
    site.routes["/feed.xml"] = Route(rss(posts), content_type="application/rss+xml")
    first = _pull(site, tmp_path, max_new=3)
    assert [p.name for p in first.saved] == [
        "2026-11-07-post-number-6.md", "2026-11-08-post-number-7.md",
        "2026-11-09-post-number-8.md"]
    saved = read_article(first.saved[0])
    assert (saved.title, saved.author, saved.date, saved.url) == (
        "Post number 6", "Ana Ortiz", "2026-11-07", "http://127.0.0.1/post-6")
    assert [b.text for b in saved.blocks] == [
        "This is post 6. Its text is long enough to be read as prose by papercast's reader.",
        "It ends here, at 6:30."]
    again = _pull(site, tmp_path, max_new=3)  # unchanged: the server answers 304
    assert again.not_modified and not again.saved
    assert site.requests[-1][1].get("If-None-Match")
    site.routes["/feed.xml"] = Route(rss([_post(9)] + posts), content_type="application/rss+xml")
    third = _pull(site, tmp_path, max_new=3)
    assert [p.name for p in third.saved] == ["2026-11-10-post-number-9.md"]
    assert len(list((tmp_path / "articles").iterdir())) == 4  # old posts 1-5 never taken


def test_a_summary_only_feed_reads_each_posts_page(site, tmp_path):
    entries = [{"id": f"urn:p{n}", "title": f"Atom post {n}", "link": site.url(f"/p{n}.html"),
                "updated": f"2026-11-2{n}T08:00:00Z"} for n in (2, 1)]
    site.routes["/atom.xml"] = Route(atom(entries), content_type="application/atom+xml")
    for n in (1, 2):
        site.routes[f"/p{n}.html"] = Route(page(f"Page title {n}", PROSE))
    pulled = _pull(site, tmp_path, "/atom.xml")
    assert len(pulled.saved) == 2 and site.hits("/p1.html") == 1
    saved = read_article(pulled.saved[0])
    assert (saved.title, saved.author, saved.date) == ("Atom post 1", "Sam Lee", "2026-11-21")
    assert saved.blocks[0].text == PROSE[0]


@pytest.mark.parametrize(("policy", "after_edit", "after_touch"), [
    ("never", False, False),
    ("content", True, False),
    ("always", True, True),
])
def test_an_edited_post_follows_the_update_policy(site, tmp_path, policy, after_edit,
                                                  after_touch):
    post = _post(1)
    site.routes["/feed.xml"] = Route(rss([post]), content_type="application/rss+xml")
    (saved,) = _pull(site, tmp_path, update=policy).saved
    edited = {**post, "content": post["content"].replace("It ends here", "It now ends")}
    site.routes["/feed.xml"] = Route(rss([edited]), content_type="application/rss+xml")
    result = _pull(site, tmp_path, update=policy)
    assert bool(result.updated) is after_edit and not result.saved
    assert ("It now ends" in saved.read_text()) is after_edit
    touched = {**edited, "date": "Sun, 29 Nov 2026 10:00:00 +0000"}  # same text, new date
    site.routes["/feed.xml"] = Route(rss([touched]), content_type="application/rss+xml")
    assert bool(_pull(site, tmp_path, update=policy).updated) is after_touch


def test_a_malformed_feed_is_one_line(site, tmp_path):
    site.routes["/feed.xml"] = Route(b"<html><body>not a feed</body></html>")
    with pytest.raises(FetchError, match=r"/feed.xml: not an RSS or Atom feed"):
        _pull(site, tmp_path)


def test_a_post_that_cannot_be_read_is_tried_again_next_time(site, tmp_path):
    entries = [{"id": "urn:p1", "title": "Later", "link": site.url("/p1.html"),
                "updated": "2026-11-21T08:00:00Z"}]
    site.routes["/atom.xml"] = Route(atom(entries), content_type="application/atom+xml")
    failed = _pull(site, tmp_path, "/atom.xml")
    assert failed.failures == (f"{site.url('/atom.xml')}: Later: {site.url('/p1.html')}: "
                               "404 Not Found",)
    site.routes["/p1.html"] = Route(page("Later", PROSE))
    assert len(_pull(site, tmp_path, "/atom.xml").saved) == 1


# ---------------------------------------------------------------- shows that follow feeds


def _show(tmp_path, sources: str):
    show = tmp_path / "show"
    assert run_cli("init", str(show), "--title", "Followed").returncode == 0
    (show / "articles" / "the-reading-room.md").unlink()
    toml = show / "show.toml"
    text = toml.read_text().replace("https://example.com/podcast",
                                    "https://cdn.example.org/followed")
    text = text.replace("Your Name", "Mara Lind").replace("you@example.com", "mara@example.org")
    toml.write_text(text + sources)
    return show


def test_a_show_follows_a_feed_end_to_end(site, tmp_path):
    posts = [_post(n) for n in range(4, 0, -1)]
    site.routes["/feed.xml"] = Route(rss(posts), content_type="application/rss+xml")
    show = _show(tmp_path, f'\n[[sources]]\nfeed = "{site.url("/feed.xml")}"\nmax_new = 2\n')
    first = run_cli("build", str(show))
    assert first.returncode == 0, first.stderr
    assert first.stdout.decode().splitlines()[-1] == "2 rendered, 0 unchanged"
    feed = show / "site" / "feed.xml"
    entries = feedparser.parse(feed.read_bytes()).entries
    assert sorted(e.title for e in entries) == ["Post number 3", "Post number 4"]
    assert {e.link for e in entries} == {"http://127.0.0.1/post-3", "http://127.0.0.1/post-4"}
    before = feed.read_bytes()
    quiet = run_cli("build", str(show), "--quiet")  # what cron runs: nothing new, no output
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, b"", b"")
    assert feed.read_bytes() == before
    site.routes["/feed.xml"] = Route(rss([_post(5)] + posts), content_type="application/rss+xml")
    third = run_cli("build", str(show))
    assert third.stdout.decode().splitlines()[-1] == "1 rendered, 2 unchanged"
    assert len(feedparser.parse(feed.read_bytes()).entries) == 3


def test_an_edited_post_is_a_new_file_under_the_same_guid(site, tmp_path):
    post = _post(1)
    site.routes["/feed.xml"] = Route(rss([post]), content_type="application/rss+xml")
    show = _show(tmp_path, f'\n[[sources]]\nfeed = "{site.url("/feed.xml")}"\n')
    assert run_cli("build", str(show)).returncode == 0
    (entry,) = feedparser.parse((show / "site" / "feed.xml").read_bytes()).entries
    edited = {**post, "content": post["content"] + "<p>An added paragraph, long enough.</p>"}
    site.routes["/feed.xml"] = Route(rss([edited]), content_type="application/rss+xml")
    result = run_cli("build", str(show))
    assert result.stdout.decode().splitlines()[-1] == "1 rendered, 0 unchanged"
    (again,) = feedparser.parse((show / "site" / "feed.xml").read_bytes()).entries
    assert again.id == entry.id and again.published == entry.published
    old, new = entry.enclosures[0].href, again.enclosures[0].href
    assert new != old and new.endswith("-2.mp3")
    episodes = sorted(p.name for p in (show / "site" / "episodes").glob("*.mp3"))
    assert episodes == [new.rsplit("/", 1)[1]]  # the old file is gone once the feed moved


def test_one_failing_source_does_not_stop_the_others(site, tmp_path):
    site.routes["/good.xml"] = Route(rss([_post(1)]), content_type="application/rss+xml")
    site.routes["/bad.xml"] = Route(status=500)
    show = _show(tmp_path, f'\n[[sources]]\nfeed = "{site.url("/bad.xml")}"\n'
                           f'\n[[sources]]\nfeed = "{site.url("/good.xml")}"\n')
    result = run_cli("build", str(show), "--quiet")
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"Warning: {site.url('/bad.xml')}: 500 Internal Server Error\n")
    assert len(feedparser.parse((show / "site" / "feed.xml").read_bytes()).entries) == 1


def test_offline_builds_do_not_fetch(site, tmp_path):
    site.routes["/feed.xml"] = Route(rss([_post(1)]), content_type="application/rss+xml")
    show = _show(tmp_path, f'\n[[sources]]\nfeed = "{site.url("/feed.xml")}"\n')
    (show / "articles" / "local.txt").write_text((ARTICLES / "harbor-news.txt").read_text())
    assert run_cli("build", str(show), "--offline").returncode == 0
    assert site.hits("/feed.xml") == 0


def test_overlapping_pulls_take_each_post_once(site, tmp_path):
    site.routes["/feed.xml"] = Route(rss([_post(n) for n in (3, 2, 1)]), delay_s=1.0,
                                     content_type="application/rss+xml")
    show = _show(tmp_path, f'\n[[sources]]\nfeed = "{site.url("/feed.xml")}"\n')
    runs = [subprocess.Popen([sys.executable, "-m", "audio", "pull", str(show), "--quiet"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert len(list((show / "articles").glob("*.md"))) == 3


def test_bad_sources_in_show_toml_name_the_entry(tmp_path):
    show = _show(tmp_path, '\n[[sources]]\nfeed = "https://x.example/feed"\nupdate = "often"\n')
    result = run_cli("pull", str(show))
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"Error: {show / 'show.toml'}: sources entry 1: update must be one of never, "
        "content, always, not 'often'\n")


# ---------------------------------------------------------------- add, imports


def test_add_saves_pages_as_markdown_for_the_next_build(site, tmp_path):
    site.routes["/a.html"] = Route(page("First read", PROSE))
    show = _show(tmp_path, "")
    result = run_cli("add", str(show), site.url("/a.html"), site.url("/gone.html"))
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: {site.url('/gone.html')}: 404 Not Found\n"
    (saved,) = (show / "articles").glob("*.md")
    assert result.stdout.decode().strip() == str(saved)
    text = saved.read_text()
    assert f"source_url: {site.url('/a.html')}" in text and "fetched: " in text
    article = read_article(saved)
    assert (article.title, article.author) == ("First read", "Mara Lind")
    assert [b.text for b in article.blocks] == PROSE


@pytest.mark.parametrize(("content_type", "encoding"), [
    ("application/rss+xml", "utf-8"), ("text/xml", "utf-8"), ("application/xml", "utf-16")])
def test_a_feed_given_to_add_is_followed_not_refused(site, tmp_path, content_type, encoding):
    """`papercast add SHOW FEED_URL` said "is application/rss+xml, not a web page"; the
    help says add follows feeds. A feed (by its type, or XML with a feed's root, in any
    width) is now followed as from an OPML list, once; the pages beside it are still saved."""
    feed = rss([{"id": "1", "title": "A post", "link": "", "content": "<p>Text.</p>",
                 "date": "Sun, 01 Nov 2026 09:00:00 +0000", "summary": ""}])
    if encoding != "utf-8":
        feed = feed.decode().replace('encoding="UTF-8"', f'encoding="{encoding}"').encode(
            encoding)
    site.routes["/feed.xml"] = Route(feed, content_type=content_type)
    site.routes["/a.html"] = Route(page("First read", PROSE))
    show = _show(tmp_path, "")
    result = run_cli("add", str(show), site.url("/feed.xml"), site.url("/a.html"))
    assert result.returncode == 0, result.stderr
    assert "following 1 new feed; the next build pulls them" in result.stderr.decode()
    assert [s.feed for s in load_show(show).sources] == [site.url("/feed.xml")]
    assert len(list((show / "articles").glob("*.md"))) == 1
    again = run_cli("add", str(show), site.url("/feed.xml"))
    assert again.returncode == 0 and [s.feed for s in load_show(show).sources] == [
        site.url("/feed.xml")]


def test_opml_and_read_later_exports(site, tmp_path):
    show = _show(tmp_path, "")
    opml = tmp_path / "subs.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><head><title>Subs</title></head>'
                    '<body><outline text="Tech"><outline type="rss" text="A" '
                    f'xmlUrl="{site.url("/a.xml")}"/><outline type="rss" text="B" '
                    f'xmlUrl="{site.url("/b.xml")}"/></outline></body></opml>')
    assert run_cli("add", str(show), "--opml", str(opml), "-q").returncode == 0
    assert run_cli("add", str(show), "--opml", str(opml), "-q").stdout == b""  # no repeats
    assert [s.feed for s in load_show(show).sources] == [site.url("/a.xml"),
                                                         site.url("/b.xml")]
    assert "# Blogs and newsletters to follow" in (show / "show.toml").read_text()
    site.routes["/p.html"] = Route(page("Pocketed", PROSE))
    site.routes["/i.html"] = Route(page("Instapapered", PROSE))
    pocket = tmp_path / "ril_export.html"
    pocket.write_text('<!DOCTYPE html><html><body><h1>Unread</h1><ul><li><a href="'
                      f'{site.url("/p.html")}" time_added="1700000000" tags="">Pocketed</a>'
                      "</li></ul></body></html>")
    instapaper = tmp_path / "instapaper-export.csv"
    instapaper.write_text(f'URL,Title,Selection,Folder,Timestamp\n{site.url("/i.html")},'
                          'Instapapered,,Unread,1700000000\n')
    for export in (pocket, instapaper):
        assert run_cli("add", str(show), "--import", str(export)).returncode == 0
    titles = sorted(read_article(p).title for p in (show / "articles").glob("*.md"))
    assert titles == ["Instapapered", "Pocketed"]


# ---------------------------------------------------------------- newsletters


def test_a_newsletter_email_is_read_without_its_wrapping():
    article = read_article(ARTICLES / "newsletter.eml")
    assert article.title == "The Sunday Letter: why night trains came back"
    assert (article.author, article.date) == ("Mara Lind", "2026-11-22")
    assert article.url == "https://letters.example.org/p/night-trains"
    texts = [b.text for b in article.blocks]
    assert texts[0].startswith("Sleeper trains are back across Europe.")
    assert texts[-1].endswith("Café cars are back too.")  # quoted-printable, UTF-8
    joined = " ".join(texts)
    assert "browser" not in joined and "nsubscribe" not in joined and "PDF" not in joined


def test_a_plain_text_email_in_latin1():
    article = read_article(ARTICLES / "plain-letter.eml")
    assert (article.title, article.author, article.date) == (
        "Notes from the harbor", None, "2026-11-20")
    assert [b.text for b in article.blocks] == [
        "The ferry will run every fifteen minutes while the bridge is closed. The council "
        "voted 7-2 for the plan, and work starts in March."]


def test_a_newsletter_becomes_an_episode(tmp_path):
    result = run_cli("episode", str(ARTICLES / "newsletter.eml"), "-o", str(tmp_path / "n.mp3"))
    assert result.returncode == 0, result.stderr
    tags = ID3(tmp_path / "n.mp3")
    assert str(tags["TIT2"]) == "The Sunday Letter: why night trains came back"
    assert tags.getall("WOAS")[0].url == "https://letters.example.org/p/night-trains"


def test_not_an_email_is_one_line(tmp_path):
    fake = tmp_path / "fake.eml"
    fake.write_text("just some words\n")
    result = run_cli("text", str(fake))
    assert result.returncode == 1 and result.stderr.decode().startswith(f"Error: {fake}: ")


# ---------------------------------------------------------------- saved articles


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([PARAGRAPH, HEADING, QUOTE, LIST_ITEM]), _TEXT),
                min_size=1, max_size=5))
def test_a_saved_article_reads_back_as_it_was(blocks):
    blocks = [Block(kind, " ".join(text.split())) for kind, text in blocks]
    blocks = [b for b in blocks if b.text]
    if not blocks:
        return
    article = Article(title="A title: with *marks*", blocks=tuple(blocks), author="Ana",
                      date="2026-11-20", url="https://example.org/p?a=1")
    back = read_markdown(markdown_of(article), "saved.md")
    assert back.blocks == article.blocks
    assert (back.title, back.author, back.date, back.url) == (
        article.title, article.author, article.date, article.url)


def test_an_html_page_served_as_text_or_piped_in_is_read_as_a_page(site, tmp_path):
    """Its markup was read aloud: "less than html greater than…"."""
    body = page("Night trains", PROSE)
    site.routes["/plain"] = Route(body, content_type="text/plain; charset=utf-8")
    served = run_cli("text", site.url("/plain"))
    piped = run_cli("text", "-", stdin=body)
    saved = tmp_path / "saved.txt"
    saved.write_bytes(body)
    for result in (served, piped, run_cli("text", str(saved))):
        assert result.returncode == 0, result.stderr
        spoken = result.stdout.decode()
        assert "Night trains" in spoken and PROSE[0] in spoken
        assert "<" not in spoken and "less than" not in spoken and "Home" not in spoken
    forced = run_cli("text", str(saved), "--format", "txt")  # asked for: read as written
    assert "less than" in forced.stdout.decode()
