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
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from audio.errors import FetchError, InputError, PapercastError
from audio.files import write_text_atomic
from audio.models import Article
from audio.sources.http import fetch
from audio.sources.saved import save_article
from audio.sources.web import article_from_page
from audio.text.read import read_html

STATE_FILE = ".papercast-sources.json"
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
    failures: tuple[str, ...] = ()  # one line per post that could not be read


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
    state = load_state(state_file)
    known = state.setdefault(source.feed, {})
    answer = fetch(source.feed, known.get("etag"), known.get("last_modified"),
                   accept=FEED_TYPES)
    if answer.not_modified:
        return Pulled(source.feed, not_modified=True)
    posts = parse_feed(answer.body, source.feed, answer.content_type)
    first_pull = "posts" not in known
    seen = known.setdefault("posts", {})
    if first_pull:  # older posts are remembered as skipped: never taken later
        for post in posts[source.max_new:]:
            seen[post.id] = {"skipped": True}
        posts = posts[:source.max_new]
    saved, updated, failures = [], [], []
    for post in reversed(posts):  # oldest first: episodes are numbered in posting order
        entry = seen.get(post.id)
        if entry and not _wanted_again(entry, post, source.update):
            continue
        try:
            article = post_article(post)
        except PapercastError as exc:
            failures.append(f"{source.feed}: {post.title or post.id}: {exc}")
            continue
        name = entry.get("file") if entry else None
        path = save_article(article, articles, now(), name)
        (updated if entry else saved).append(path)
        seen[post.id] = {"file": path.name, "digest": post.digest, "updated": post.updated}
        save_state(state_file, state)  # after every post: an interrupted pull resumes
    if not failures:  # a failed post is fetched again next time, so keep no validators
        known.update(etag=answer.etag, last_modified=answer.last_modified)
    save_state(state_file, state)
    return Pulled(source.feed, tuple(saved), tuple(updated), failures=tuple(failures))


def _wanted_again(entry: dict, post: Post, policy: str) -> bool:
    if entry.get("skipped") or policy == "never":
        return False
    if policy == "always":
        return entry.get("updated") != post.updated or entry.get("digest") != post.digest
    return entry.get("digest") != post.digest


def parse_feed(data: bytes, url: str, content_type: str = "") -> list[Post]:
    """The posts of an RSS 2.0 or Atom document, newest first."""
    import feedparser  # imported here: only pulling feeds needs it

    parsed = feedparser.parse(data, response_headers={"content-type": content_type or
                                                      "application/xml"})
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FetchError(f"{url}: not an RSS or Atom feed"
                         + (f" ({str(reason).splitlines()[0]})" if reason else ""))
    posts = [_post(entry) for entry in parsed.entries]
    dated = [p for p in posts if p.date]
    if len(dated) == len(posts):  # feeds list newest first, but not all of them do
        ranked = sorted(zip(parsed.entries, posts), key=lambda pair: _moment(pair[0]),
                        reverse=True)
        posts = [post for _, post in ranked]
    return posts


def _post(entry) -> Post:
    content = next((c.get("value") for c in entry.get("content", []) if c.get("value")), None)
    moment = _moment(entry)
    day = dt.datetime.fromtimestamp(moment, dt.timezone.utc).date() if moment else None
    ident = entry.get("id") or entry.get("link") or hashlib.sha256(
        (entry.get("title", "") + entry.get("summary", "")).encode()).hexdigest()
    return Post(id=ident, title=html.unescape(entry.get("title", "")).strip(),
                link=entry.get("link"), author=entry.get("author"),
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


def post_article(post: Post) -> Article:
    """The post's text: the feed's full content, else its page; the feed's title, author
    and date win over what the page says."""
    if post.content:
        page = (f"<html><head><title>{html.escape(post.title)}</title></head><body>"
                f"<article><h1>{html.escape(post.title)}</h1>{post.content}</article>"
                "</body></html>")
        article = read_html(page, post.link or post.title)
    elif post.link:
        article = article_from_page(fetch(post.link), post.link)
    else:
        raise InputError("the feed gives neither the post's text nor a link to it")
    return replace(article, title=post.title or article.title,
                   author=post.author or article.author, date=post.date or article.date,
                   url=post.link or article.url)


def load_state(path: Path) -> dict:
    """Feed URL → {etag, last_modified, posts: {id: {file, digest, updated} | {skipped}}}.
    A missing or unreadable state starts afresh."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("feeds", {}) if isinstance(data, dict) else {}


def save_state(path: Path, state: dict) -> None:
    write_text_atomic(path, json.dumps({"feeds": state}, indent=1, sort_keys=True) + "\n")
