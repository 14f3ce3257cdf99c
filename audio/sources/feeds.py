"""Following a blog: new posts of an RSS or Atom feed saved into a show's articles/.

Each feed is fetched with a conditional GET (ETag, Last-Modified) and parsed with
feedparser. A post's text is the entry's full content, or, for a feed that carries only
summaries, the post's page. Posts are remembered by their id in the show folder's
state file, saved after every post, so an interrupted pull resumes and a post is never
saved twice. The first pull of a feed takes only its ``max_new`` newest posts.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from audio.errors import FetchError, InputError, PapercastError
from audio.models import Article
from audio.sources.addresses import AddressPolicy, policy_for
from audio.sources.http import fetch
from audio.sources.ledger import STATE_FILE, PostRecord, load_ledger
from audio.sources.saved import find_saved, save_article
from audio.sources.urls import followable
from audio.sources.web import article_from_page
from audio.text.formats.common import shortened
from audio.text.read import read_html, without_control_characters

__all__ = ["STATE_FILE", "FeedSource", "Pulled", "pull_feed"]
UPDATE_POLICIES = ("never", "content", "always")
DEFAULT_MAX_NEW = 5
FEED_TYPES = ("application/rss+xml, application/atom+xml;q=0.9, application/xml;q=0.8, "
              "text/xml;q=0.8, */*;q=0.1")


@dataclass(frozen=True)
class FeedSource:
    """A feed a show follows (a ``[[sources]]`` table of show.toml)."""

    feed: str
    max_new: int = DEFAULT_MAX_NEW  # how many of the newest posts the first pull takes
    update: str = "content"  # an edited post: never | content (if its text changed) | always


@dataclass(frozen=True)
class Pulled:
    """What one pull of one feed did."""

    feed: str
    saved: tuple[Path, ...] = ()  # new posts
    updated: tuple[Path, ...] = ()  # edited posts saved again
    not_modified: bool = False  # the server answered 304
    failures: tuple[str, ...] = ()  # one line per post that newly could not be read
    notes: tuple[str, ...] = ()  # warnings that are not failures (a damaged ledger)


@dataclass(frozen=True)
class Post:
    """One feed entry, as much as the feed says of it."""

    id: str
    title: str
    link: str | None
    author: str | None
    date: str | None  # YYYY-MM-DD
    updated: str | None
    content: str | None  # full HTML, if the feed carries it
    summary: str | None

    @property
    def digest(self) -> str:
        text = "\0".join([self.title, self.content or self.summary or ""])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pull_feed(source: FeedSource, articles: Path, state_file: Path,
              now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)
              ) -> Pulled:
    """Save the feed's new (and, by its policy, edited) posts into ``articles``."""
    ledger = load_ledger(state_file)
    notes = (ledger.problem,) if ledger.problem else ()
    known = ledger.feed(source.feed)
    answer = fetch(source.feed, known.etag, known.last_modified, accept=FEED_TYPES)
    if answer.not_modified:
        return Pulled(source.feed, not_modified=True, notes=notes)
    posts = parse_feed(answer.body, answer.url, answer.content_type)
    first_pull = known.posts is None
    seen = known.posts = known.posts if known.posts is not None else {}
    keys = _keys(posts, seen)
    if first_pull:  # older posts are remembered as skipped: never taken later
        for post in posts[source.max_new:]:
            seen[keys[id(post)]] = PostRecord(skipped=True)
        posts = posts[:source.max_new]
    policy = policy_for(answer.url)
    saved: list[Path] = []
    updated: list[Path] = []
    failures: list[str] = []
    retrying = False
    for post in reversed(posts):  # oldest first: episodes are numbered in posting order
        key = keys[id(post)]
        entry = seen.get(key)
        if entry and entry.file and not _wanted_again(entry, post, source.update):
            continue
        if entry and entry.skipped:
            continue
        own = entry.file if entry and entry.file else None
        if own is None and (found := find_saved(articles, [post.link])):
            seen[key] = _adopted(found, post)  # added by hand, or saved before the ledger
            ledger.save()
            continue
        try:
            article = post_article(post, policy)
        except PapercastError as exc:
            retrying = True
            reason = str(exc)
            if entry is None or entry.failure != reason:  # said once, tried every time
                failures.append(f"{source.feed}: {post.title or post.id}: {reason}")
            seen[key] = PostRecord(file=own, failure=reason)
            ledger.save()
            continue
        if own is None and (found := find_saved(articles, [article.url])):
            seen[key] = _adopted(found, post)  # its page redirected to one the show has
            ledger.save()
            continue
        result = save_article(article, articles, now(), own)
        if result.written:
            (updated if own else saved).append(result.path)
        seen[key] = PostRecord(file=result.path.name, digest=post.digest, updated=post.updated)
        ledger.save()  # after every post: an interrupted pull resumes
    if not retrying:  # a failed post is fetched again next time, so keep no validators
        known.etag, known.last_modified = answer.etag, answer.last_modified
    ledger.save()
    return Pulled(source.feed, tuple(saved), tuple(updated), failures=tuple(failures),
                  notes=notes)


def _adopted(found: Path, post: Post) -> PostRecord:
    """A post the show already has from the same address: recorded, never written over."""
    return PostRecord(file=found.name, digest=post.digest, updated=post.updated)


def _keys(posts: list[Post], seen: dict[str, PostRecord]) -> dict[int, str]:
    """Each post's key in the ledger: its id, and its link or title besides, so two posts
    a feed gives one id stay two. A ledger from before keyed by the id alone still
    finds a post whose id is unique."""
    counts: dict[str, int] = {}
    for post in posts:
        counts[post.id] = counts.get(post.id, 0) + 1
    keys = {}
    for post in posts:
        key = f"{post.id}\n{post.link or post.title}"
        if key not in seen and counts[post.id] == 1 and post.id in seen:
            seen[key] = seen.pop(post.id)
        keys[id(post)] = key
    return keys


def _wanted_again(entry: PostRecord, post: Post, policy: str) -> bool:
    if entry.skipped or policy == "never":
        return False
    if policy == "always":
        return entry.updated != post.updated or entry.digest != post.digest
    return entry.digest != post.digest


def parse_feed(data: bytes, url: str, content_type: str = "") -> list[Post]:
    """The posts of an RSS 2.0 or Atom document, newest first."""
    import feedparser  # imported here: only pulling feeds needs it

    # content-location: relative links (/p/post.html) resolve against the feed's address
    parsed = feedparser.parse(data, response_headers={
        "content-type": content_type or "application/xml", "content-location": url})
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FetchError(f"{url}: not an RSS or Atom feed"
                         + (f" ({str(reason).splitlines()[0]})" if reason else ""))
    posts = [_post(entry, url) for entry in parsed.entries]
    dated = [p for p in posts if p.date]
    if len(dated) == len(posts):  # feeds list newest first, but not all of them do
        ranked = sorted(zip(parsed.entries, posts), key=lambda pair: _moment(pair[0]),
                        reverse=True)
        posts = [post for _, post in ranked]
    return posts


def _as_html(content) -> str:
    """A post's content as HTML: plain text (Atom's type="text") in paragraphs."""
    if "html" in (content.get("type") or "html"):
        return content["value"]
    return "".join(f"<p>{html.escape(part)}</p>"
                   for part in re.split(r"\n\s*\n", content["value"]) if part.strip())


def _without_markup(text: str, detail) -> str:
    """A title of type html without its tags ("<b>Bold</b> news" is "Bold news")."""
    if detail and "html" in (detail.get("type") or ""):
        return re.sub(r"<[^>]*>", "", text)
    return text


def _one_line(text: str) -> str:
    """A title or name from a feed: one line, no control characters, no longer than a
    title may be."""
    return shortened(" ".join(without_control_characters(text).split()))


def _post(entry, feed_url: str) -> Post:
    content = next((_as_html(c) for c in entry.get("content", []) if c.get("value")), None)
    moment = _moment(entry)
    day = dt.datetime.fromtimestamp(moment, dt.timezone.utc).date() if moment else None
    link = followable(entry.get("link"), base=feed_url)
    title = _one_line(html.unescape(_without_markup(entry.get("title", ""),
                                                    entry.get("title_detail"))))
    ident = entry.get("id") or link or hashlib.sha256(
        (entry.get("title", "") + entry.get("summary", "")).encode()).hexdigest()
    author = entry.get("author")
    return Post(id=str(ident), title=title, link=link,
                author=_one_line(author) if author else None,
                date=day.isoformat() if day else None, updated=_updated(entry),
                content=content, summary=entry.get("summary"))


def _says(entry, key: str) -> bool:
    # By the keys: feedparser answers "published" for a missing "updated" (with a warning).
    return key in entry.keys()  # noqa: SIM118


def _updated(entry) -> str | None:
    """When the post last changed: an Atom "updated", else its RSS date."""
    return entry["updated"] if _says(entry, "updated") else entry.get("published")


def _moment(entry) -> float:
    """When the post was published (or last updated), as a Unix time; 0 if undated."""
    moment = entry.get("published_parsed") or (
        entry.get("updated_parsed") if _says(entry, "updated") else None)
    return calendar.timegm(moment) if moment else 0.0


def post_article(post: Post, policy: AddressPolicy | None = None) -> Article:
    """The post's text: the feed's full content, else its page (fetched only where
    ``policy`` lets a feed send papercast); the feed's title, author and date win over
    what the page says."""
    if post.content:
        page = (f"<html><head><title>{html.escape(post.title)}</title></head><body>"
                f"<article><h1>{html.escape(post.title)}</h1>{post.content}</article>"
                "</body></html>")
        article = read_html(page, post.link or post.title)
    elif post.link:
        article = article_from_page(fetch(post.link, policy=policy), post.link)
    else:
        raise InputError("the feed gives neither the post's text nor a link to it")
    return replace(article, title=post.title or article.title,
                   author=post.author or article.author, date=post.date or article.date,
                   url=post.link or article.url)
