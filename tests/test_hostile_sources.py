"""Sources that must never lose a post, hang, or stop a show: name clashes, duplicate ids,
hostile feeds and pages, slow and broken servers, damaged state. A real loopback server
throughout (tests/webserver.py); each test fails without its fix."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest
from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from webserver import Route, Site, page, rss

from audio.errors import FetchError, InputError
from audio.options import EpisodeOptions
from audio.publish.ledger import settings_stamp
from audio.sources import http
from audio.sources.addresses import AddressPolicy
from audio.sources.feeds import FeedSource, pull_feed
from audio.sources.imports import feeds_in_opml, urls_in_export
from audio.sources.urls import canonical
from audio.sources.web import read_url
from audio.text.read import read_article

TEXT = ("<p>The harbour bridge opens again on Monday after two years of repairs, and the "
        "first ferries are already full.</p>")


@pytest.fixture
def site():
    with Site() as server:
        yield server


def _item(ident: str, title: str, link: str = "", date: str = "Sun, 01 Nov 2026 09:00:00 "
          "+0000", content: str = TEXT, summary: str = "") -> dict:
    return {"id": ident, "title": title, "link": link, "date": date, "content": content,
            "summary": summary}


def _pull(site, folder: Path, path: str = "/feed.xml", **source):
    return pull_feed(FeedSource(site.url(path), **source), folder / "articles",
                     folder / ".papercast-sources.json")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "articles").glob("*"))}


# ---------------------------------------------------------------- 1-3: never lose a post


def test_a_post_never_replaces_a_users_file_and_each_post_gets_its_own(site, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    mine = articles / "2026-11-01-hello.md"
    mine.write_text("---\ntitle: Hello\n---\n\nMy own words, written by hand.\n")
    site.routes["/feed.xml"] = Route(rss([
        _item("a", "Hello"), _item("b", "", content="<p>First untitled post of the day, "
                                   "with words enough to be read.</p>"),
        _item("c", "", content="<p>Second untitled post of the day, with words enough to "
                               "be read.</p>"),
        _item("d", "", content="<p>Third untitled post of the day, with words enough to "
                               "be read.</p>")]))
    pulled = _pull(site, tmp_path, max_new=10)
    assert mine.read_text() == "---\ntitle: Hello\n---\n\nMy own words, written by hand.\n"
    assert len(pulled.saved) == 4 and len({p.name for p in pulled.saved}) == 4
    ledger = json.loads((tmp_path / ".papercast-sources.json").read_text())
    files = [post["file"] for post in ledger["feeds"][site.url("/feed.xml")]["posts"].values()]
    assert sorted(files) == sorted(p.name for p in pulled.saved)
    bodies = [read_article(p).blocks[-1].text for p in pulled.saved]
    assert len(set(bodies)) == 4


def test_a_page_added_by_hand_and_arriving_by_feed_is_one_article(site, tmp_path):
    site.routes["/p/bridge.html"] = Route(page("The bridge opens", [TEXT[3:-4]] * 3))
    site.routes["/p/bridge.html?utm_source=newsletter"] = site.routes["/p/bridge.html"]
    show = tmp_path / "show"
    assert run_cli("init", str(show)).returncode == 0
    added = run_cli("add", str(show), site.url("/p/bridge.html?utm_source=newsletter"))
    assert added.returncode == 0, added.stderr
    site.routes["/feed.xml"] = Route(rss([_item("x1", "The bridge opens",
                                                link=site.url("/p/bridge.html#top"))]))
    pulled = _pull(site, show)
    assert pulled.saved == ()
    saved = [p for p in (show / "articles").glob("*.md") if "reading-room" not in p.name]
    assert len(saved) == 1
    again = run_cli("add", str(show), site.url("/p/bridge.html"))
    assert "already in the show" in again.stderr.decode()
    assert len([p for p in (show / "articles").glob("*.md")]) == 2
    assert canonical("HTTP://Example.org:80/a?utm_medium=x&id=3#f") == \
        "http://example.org/a?id=3"


def test_duplicate_guids_are_two_posts_and_nothing_changes_on_the_next_pull(site, tmp_path):
    posts = [_item("same-id", "Monday's post", link=site.url("/mon")),
             _item("same-id", "Tuesday's post", link=site.url("/tue"),
                   content="<p>Tuesday has its own text, long enough to be read.</p>")]
    site.routes["/feed.xml"] = Route(rss(posts), validators=False)
    first = _pull(site, tmp_path)
    assert len(first.saved) == 2
    before = _files(tmp_path)
    second = _pull(site, tmp_path)
    assert (second.saved, second.updated) == ((), ())
    assert _files(tmp_path) == before  # not even the fetch time rewritten


# ---------------------------------------------------------------- 4: no hangs


def test_a_trickling_server_is_cut_off_at_the_deadline(site, monkeypatch):
    monkeypatch.setattr(http, "TOTAL_TIMEOUT_S", 2.0)
    body = page("Trickle", ["A slow page."] * 10)
    site.routes["/trickle"] = Route(body, delay_s=0.5, chunks=len(body))  # a byte at a time
    started = time.monotonic()
    with pytest.raises(FetchError, match="too slow"):
        http.fetch(site.url("/trickle"))
    assert time.monotonic() - started < 4


# ---------------------------------------------------------------- 5: one bad post


def _show(tmp_path: Path, feed: str, extra: str = "") -> Path:
    show = tmp_path / "show"
    assert run_cli("init", str(show), "--title", "Followed").returncode == 0
    (show / "articles" / "the-reading-room.md").unlink()
    toml = show / "show.toml"
    toml.write_text(extra + toml.read_text().replace("https://example.com/podcast",
                                                     "https://cdn.example.org/followed")
                    + f'\n[[sources]]\nfeed = "{feed}"\nmax_new = 10\n')
    return show


def test_a_huge_post_is_left_out_once_and_the_rest_goes_on(site, tmp_path):
    long_text = "<p>" + " ".join(["word"] * 3000) + ".</p>"
    site.routes["/feed.xml"] = Route(rss([
        _item("big", "A very long post", content=long_text),
        _item("small", "A short post", date="Mon, 02 Nov 2026 09:00:00 +0000")]))
    show = _show(tmp_path, site.url("/feed.xml"), "max_hours = 0.1\n")
    first = run_cli("build", str(show))
    assert first.returncode == 0, first.stderr
    err = first.stderr.decode()
    assert "about 0 hours of audio" in err or "hours of audio" in err
    assert "left out of the show (raise max_hours in show.toml, or build with --max-hours " \
           "HOURS or --yes)" in err
    assert first.stdout.decode().splitlines()[-1] == "1 rendered, 0 unchanged, 1 left out"
    second = run_cli("build", str(show))
    assert second.returncode == 0 and "left out" not in second.stderr.decode()
    third = run_cli("build", str(show), "--yes", "--offline")
    assert third.stdout.decode().splitlines()[-1] == "1 rendered, 1 unchanged"


def test_a_post_that_always_fails_is_warned_about_once(site, tmp_path):
    site.routes["/feed.xml"] = Route(rss([_item("gone", "A summary only", content="",
                                                summary="Only a summary.")]))
    first = _pull(site, tmp_path)
    assert len(first.failures) == 1 and "neither the post's text nor a link" in \
        first.failures[0]
    assert _pull(site, tmp_path).failures == ()


# ---------------------------------------------------------------- 6: text that breaks things


def test_control_characters_in_a_title_are_dropped(site, tmp_path):
    site.routes["/feed.xml"] = Route(rss([_item("t", "Bridge\x1b[31m opens\x07 again")]))
    pulled = _pull(site, tmp_path)
    assert read_article(pulled.saved[0]).title == "Bridge[31m opens again"


def test_a_feed_title_of_a_thousand_words_is_cut_where_a_word_ends(site, tmp_path):
    site.routes["/feed.xml"] = Route(rss([_item("t", "Bridge opens again " * 300)]))
    title = read_article(_pull(site, tmp_path).saved[0]).title
    assert title == ("Bridge opens again " * 300)[:201].rsplit(" ", 1)[0] + "…"
    assert title.startswith("Bridge opens again Bridge")


def test_posts_of_plain_text_or_bare_lines_and_html_titles_are_read_whole(site, tmp_path):
    first = "The council met on Tuesday and voted to keep the night ferry running."
    second = "Residents said the ferry is the only way to reach the hospital at night."
    entries = (
        '<entry><title type="html">&lt;b&gt;Ferry&lt;/b&gt; news &amp;amp; more</title>'
        f'<id>urn:1</id><updated>2026-12-01T00:00:00Z</updated><content type="html">'
        f"{first}&lt;br&gt;&lt;br&gt;{second}</content></entry>"
        '<entry><title></title><id>urn:2</id><updated>2026-12-02T00:00:00Z</updated>'
        f'<content type="text">{first}\n\n{second}</content></entry>')
    site.routes["/feed.xml"] = Route(
        ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
         "<title>T</title><id>urn:t</id><updated>2026-12-02T00:00:00Z</updated>"
         f"{entries}</feed>").encode(), "application/atom+xml")
    pulled = _pull(site, tmp_path)
    articles = sorted((read_article(path) for path in pulled.saved), key=lambda a: a.date)
    assert [a.title for a in articles] == ["Ferry news & more", "Untitled"]
    for article in articles:  # the first line was lost, and the second one alone was read
        assert [b.text for b in article.blocks] == [first, second]


def test_an_opml_address_with_a_newline_is_not_followed(tmp_path):
    opml = (b'<?xml version="1.0"?><opml version="2.0"><body>'
            b'<outline type="rss" text="Bad" xmlUrl="https://evil.example/feed&#10;x = 1"/>'
            b'<outline type="rss" text="Good" xmlUrl="https://good.example/feed.xml"/>'
            b"</body></opml>")
    assert feeds_in_opml(opml, "subs.opml") == ["https://good.example/feed.xml"]
    show = tmp_path / "show"
    assert run_cli("init", str(show)).returncode == 0
    (tmp_path / "subs.opml").write_bytes(opml)
    assert run_cli("add", str(show), "--opml", str(tmp_path / "subs.opml")).returncode == 0
    assert run_cli("pull", str(show), "--offline").returncode == 2  # show.toml still loads
    assert run_cli("text", str(show / "articles" / "the-reading-room.md")).returncode == 0
    assert "evil" not in (show / "show.toml").read_text()


def test_a_huge_csv_field_and_a_deeply_nested_email_are_one_line(tmp_path):
    huge = "URL,Title,Selection\nhttps://example.org/a,A," + '"' + "x" * 200_000 + '"\n'
    assert urls_in_export(huge.encode(), "export.csv") == ["https://example.org/a"]
    nested = b"From: a@example.org\nSubject: Deep\nMIME-Version: 1.0\n"
    for depth in range(1000):
        nested += (f'Content-Type: multipart/mixed; boundary="b{depth}"\n\n--b{depth}\n'
                   ).encode()
    (tmp_path / "deep.eml").write_bytes(nested)
    done = run_cli("text", str(tmp_path / "deep.eml"))
    assert done.returncode == 1
    assert done.stderr.decode().count("\n") == 1 and "Traceback" not in done.stderr.decode()


def test_a_sources_file_of_the_wrong_shape_is_one_warning_and_a_safe_start(site, tmp_path):
    site.routes["/feed.xml"] = Route(rss([_item("a", "Kept post", link=site.url("/a"))]))
    first = _pull(site, tmp_path)
    assert len(first.saved) == 1
    state = tmp_path / ".papercast-sources.json"
    state.write_text('{"feeds": []}')
    again = _pull(site, tmp_path)
    assert len(again.notes) == 1 and "not a papercast sources file" in again.notes[0]
    assert again.saved == () and len(list((tmp_path / "articles").glob("*.md"))) == 1
    assert (tmp_path / ".papercast-sources.json.damaged").read_text() == '{"feeds": []}'


# ---------------------------------------------------------------- 7-8: pages and links


def test_a_login_wall_is_not_an_article(site):
    site.routes["/wall"] = Route(
        b"<html><head><title>Members</title></head><body><article><h1>The long read</h1>"
        b"<p>Sign in to keep reading this story and many more like it today.</p>"
        b"<form><input type=email name=e><input type=password name=p></form></article>"
        b"</body></html>")
    with pytest.raises(InputError, match="asks to sign in"):
        read_url(site.url("/wall"))


def test_latin1_labelled_utf8_is_read_as_windows_1252(site):
    body = page("Café", ["Le café de la gare ouvre à six heures pour les trains de nuit."],
                charset="iso-8859-1").replace(b'charset="iso-8859-1"', b'charset="utf-8"')
    site.routes["/mislabelled"] = Route(body, content_type="text/html; charset=utf-8")
    article = read_url(site.url("/mislabelled"))
    assert article.title == "Café" and "à six heures" in article.blocks[0].text


def test_relative_links_resolve_against_the_feed(site, tmp_path):
    site.routes["/p/post.html"] = Route(page("Relative post", [TEXT[3:-4]] * 3))
    site.routes["/blog/feed.xml"] = Route(rss([_item("r", "Relative post", link="/p/post.html",
                                                     content="", summary="Short.")]))
    pulled = _pull(site, tmp_path, "/blog/feed.xml")
    assert pulled.failures == () and len(pulled.saved) == 1
    assert site.hits("/p/post.html") == 1


# ---------------------------------------------------------------- 9-10: addresses, messages


def test_a_feed_may_not_send_papercast_to_link_local_or_private_addresses(site, tmp_path):
    site.routes["/feed.xml"] = Route(rss([_item("m", "Metadata", content="", summary="s",
                                                link="http://169.254.169.254/latest/")]))
    pulled = _pull(site, tmp_path)
    assert len(pulled.failures) == 1
    assert "not fetched: 169.254.169.254 is a link-local address" in pulled.failures[0]
    public = AddressPolicy(private=False)
    import ipaddress
    assert public.refusal(ipaddress.ip_address("127.0.0.1"))
    assert public.refusal(ipaddress.ip_address("10.1.2.3"))
    assert public.refusal(ipaddress.ip_address("93.184.216.34")) is None
    assert AddressPolicy(private=True).refusal(ipaddress.ip_address("127.0.0.1")) is None


def test_a_redirect_to_a_private_address_is_refused_hop_by_hop(site):
    site.routes["/hop"] = Route(status=302, location="http://169.254.169.254/")
    with pytest.raises(FetchError, match=r"redirected to http://169.254.169.254/\): not "
                                         "fetched"):
        http.fetch(site.url("/hop"), policy=AddressPolicy(private=True))


@pytest.mark.parametrize("route, message", [
    (Route(status=302, location="file:///etc/passwd"),
     "redirects to file:///etc/passwd, which is not followed"),
    (Route(b"<p>cut</p>", declared_length=5000),
     "the server closed the connection before the whole answer arrived"),
])
def test_clear_messages(site, route, message):
    site.routes["/x"] = route
    with pytest.raises(FetchError) as caught:
        http.fetch(site.url("/x"))
    assert message in str(caught.value) and "(" not in str(caught.value).split(": ", 1)[0]


@pytest.mark.parametrize("length", ["9" * 5000, "²", "12 bytes"])
def test_a_nonsense_content_length_is_not_believed(site, length):
    """str.isdigit() takes "²" and int() refuses 5,000 digits: either ended the pull with
    a ValueError. A length that is not a plain number is ignored; the body is read."""
    body = page("Bridge", [TEXT])
    site.routes["/x"] = Route(body, length_header=length)
    assert http.fetch(site.url("/x")).body == body


def test_https_to_a_plain_http_server_says_so(site):
    with pytest.raises(FetchError, match=r"answers plain HTTP, not HTTPS \(try http://\)"):
        http.fetch(site.url("/x").replace("http://", "https://"))


# ---------------------------------------------------------------- 11 and the ledger


def test_a_first_build_where_everything_fails_says_why(tmp_path):
    show = tmp_path / "show"
    assert run_cli("init", str(show)).returncode == 0
    (show / "articles" / "the-reading-room.md").write_bytes(b"\x00\x01\x02binary")
    (show / "articles" / "empty.txt").write_text("")
    done = run_cli("build", str(show), "--draft")
    assert done.returncode == 1
    last = done.stderr.decode().strip().splitlines()[-1]
    assert "no episodes could be made" in last and "empty.txt" in last and \
        "the-reading-room.md" in last


def test_the_stamp_follows_every_episode_option():
    extended = dataclasses.make_dataclass(
        "Extended", [("new_setting", int, dataclasses.field(default=5))],
        bases=(EpisodeOptions,), frozen=True)
    assert settings_stamp(extended()) != settings_stamp(EpisodeOptions())
    assert settings_stamp(extended()) != settings_stamp(extended(new_setting=6))
    assert settings_stamp(EpisodeOptions(jobs=1)) == settings_stamp(EpisodeOptions(jobs=7))


# ---------------------------------------------------------------- the property


_posts = st.lists(st.fixed_dictionaries({
    "id": st.sampled_from(["a", "b", "c", "same"]),
    "title": st.sampled_from(["", "Hello", "Hello", "Bridge opens"]),
    "link": st.sampled_from(["", "/p/1", "/p/2", "/p/1?utm_source=x"]),
    "day": st.integers(1, 2),
    "text": st.sampled_from(["one", "two", "three"]),
}), min_size=1, max_size=5)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(feeds=st.lists(_posts, min_size=1, max_size=3))
def test_pulls_never_touch_user_files_and_keep_every_post(site, tmp_path_factory, feeds):
    folder = tmp_path_factory.mktemp("prop")
    articles = folder / "articles"
    articles.mkdir()
    users = {"2026-11-01-hello.md": "---\ntitle: Hello\n---\n\nMine.\n",
             "2026-11-02.md": "Hand-written notes.\n"}
    for name, text in users.items():
        (articles / name).write_text(text)
    for path in ("/p/1", "/p/2"):
        site.routes[path] = Route(page("Linked page", [TEXT[3:-4]] * 2))
    distinct = set()
    for posts in feeds:
        items = []
        for post in posts:
            link = site.url(post["link"]) if post["link"] else ""
            body = f"<p>Post {post['text']} of the day, with words enough to read.</p>"
            items.append(_item(post["id"], post["title"], link,
                               f"Sun, 0{post['day']} Nov 2026 09:00:00 +0000", body))
            distinct.add((post["id"], canonical(link) if link else post["title"]))
        site.routes["/feed.xml"] = Route(rss(items), validators=False)
        _pull(site, folder, max_new=10, update="never")
    for name, text in users.items():
        assert (articles / name).read_text() == text
    ledger = json.loads((folder / ".papercast-sources.json").read_text())
    files = [p.get("file") for p in ledger["feeds"][site.url("/feed.xml")]["posts"].values()
             if p.get("file")]
    assert set(files) <= {p.name for p in articles.glob("*.md")} - set(users)
    saved = {p.name for p in articles.glob("*.md")} - set(users)
    assert saved == set(files)  # every file written belongs to a recorded post
