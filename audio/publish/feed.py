"""The podcast RSS feed, read and written with lxml so existing items survive untouched.

A feed is updated, never regenerated: channel fields are set, an item is
replaced where its guid already stands or inserted in date order (newest first),
and every other element, including items papercast did not write, is kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from lxml import etree

from audio import __version__
from audio.episode.sidecars import Sidecar
from audio.errors import OutputError, PapercastError
from audio.files import lock_file_for, write_bytes_atomic
from audio.guids import podcast_guid
from audio.text.read import without_control_characters

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
NSMAP = {"itunes": ITUNES, "podcast": PODCAST, "atom": ATOM}
FEED_FILE = "feed.xml"  # the feed's name in a built site folder
LOCK_TIMEOUT_S = 60
_HTML_TEXT = str.maketrans({"&": "&#x26;", "<": "&#x3C;", ">": "&#x3E;"})


class FeedError(PapercastError):
    """An existing feed cannot be read; it is left as it is."""


@dataclass(frozen=True)
class Channel:
    title: str
    description: str
    language: str
    author: str
    feed_url: str
    image_url: str
    link: str | None = None
    category: str = "News"
    subcategory: str | None = None
    explicit: bool = False
    owner_name: str | None = None
    owner_email: str | None = None
    type: str = "episodic"
    locked: bool = True
    blocked: bool = False  # a private show: kept out of every directory
    guid_url: str | None = None  # the URL podcast:guid derives from [default: feed_url]


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    description: str
    enclosure_url: str
    length: int
    pub_date: dt.datetime
    duration_s: float
    episode: int | None = None
    episode_type: str = "full"
    image_url: str | None = None
    chapters_url: str | None = None
    transcripts: tuple[tuple[str, Sidecar], ...] = ()  # (url, what kind of transcript)
    explicit: bool = False
    author: str | None = None
    link: str | None = None  # the article's web page
    language: str | None = None  # the episode's, told on its transcripts


def read_feed(path: Path) -> etree._ElementTree | None:
    """The feed at ``path``, None if there is none; an unreadable feed is an error."""
    if not Path(path).exists():
        return None
    # CDATA is kept as written, so a feed read and written unchanged is the same bytes.
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True,
                             load_dtd=False, strip_cdata=False)
    try:
        tree = etree.parse(str(path), parser)
    except (etree.XMLSyntaxError, OSError) as exc:
        raise FeedError(f"{path}: not a valid feed ({exc}); fix it, or start a new one with "
                        "--force-new") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise FeedError(f"{path}: the feed declares a DOCTYPE; papercast reads no DTDs or "
                        "entities: remove it, or start a new feed with --force-new")
    root = tree.getroot()
    if root.tag != "rss" or root.find("channel") is None:
        raise FeedError(f"{path}: not an RSS feed (no <rss><channel>); fix it, or start a new "
                        "one with --force-new")
    return tree


def new_feed() -> etree._ElementTree:
    root = etree.Element("rss", nsmap=NSMAP, version="2.0")
    etree.SubElement(root, "channel")
    return etree.ElementTree(root)


def set_channel(tree: etree._ElementTree, channel: Channel) -> None:
    """Set the channel's own fields, keeping its items and anything else in it."""
    channel = _xml_safe(channel)
    node = tree.getroot().find("channel")
    fields = [
        ("title", channel.title), ("link", channel.link or channel.feed_url),
        ("description", as_html_text(channel.description)), ("language", channel.language),
        ("generator", f"papercast {__version__}"),
        ("lastBuildDate", email.utils.format_datetime(dt.datetime.now(dt.timezone.utc))),
        (f"{{{ITUNES}}}author", channel.author),
        (f"{{{ITUNES}}}explicit", _bool(channel.explicit)),
        (f"{{{ITUNES}}}type", channel.type),
        (f"{{{PODCAST}}}guid", podcast_guid(channel.guid_url or channel.feed_url)),
    ]
    position = 0
    for tag, text in fields:
        _child(node, tag, position).text = text
        position += 1
    _child(node, f"{{{PODCAST}}}locked", position).text = "yes" if channel.locked else "no"
    if channel.owner_email:
        node.find(f"{{{PODCAST}}}locked").set("owner", channel.owner_email)
    position += 1
    image = _child(node, "image", position + 0)
    _replace_children(image, [("url", channel.image_url), ("title", channel.title),
                              ("link", channel.link or channel.feed_url)])
    _child(node, f"{{{ITUNES}}}image", position + 1).set("href", channel.image_url)
    category = _child(node, f"{{{ITUNES}}}category", position + 2)
    category.set("text", channel.category)
    for old in list(category):
        category.remove(old)
    if channel.subcategory:
        etree.SubElement(category, f"{{{ITUNES}}}category", text=channel.subcategory)
    if channel.owner_name or channel.owner_email:
        owner = _child(node, f"{{{ITUNES}}}owner", position + 3)
        _replace_children(owner, [(f"{{{ITUNES}}}name", channel.owner_name or channel.author),
                                  (f"{{{ITUNES}}}email", channel.owner_email or "")])
        # feedparser takes the channel's author from the last name it meets, itunes:owner's
        # included: the show's author goes after the owner so every parser reads it.
        owner.addnext(node.find(f"{{{ITUNES}}}author"))
    self_link = node.find(f"{{{ATOM}}}link[@rel='self']")
    if self_link is None:
        self_link = etree.SubElement(node, f"{{{ATOM}}}link")
        node.insert(position + 4, self_link)
    for key, value in (("href", channel.feed_url), ("rel", "self"),
                       ("type", "application/rss+xml")):
        self_link.set(key, value)
    _set_blocked(node, channel.blocked, after=self_link)


def _set_blocked(node: etree._Element, blocked: bool, after: etree._Element) -> None:
    """Apple's and Podcasting 2.0's "list me nowhere", present exactly when ``blocked``."""
    for tag, text in ((f"{{{ITUNES}}}block", "Yes"), (f"{{{PODCAST}}}block", "yes")):
        found = node.find(tag)
        if not blocked:
            if found is not None:
                node.remove(found)
            continue
        if found is None:
            found = etree.Element(tag)
            after.addnext(found)
        found.text = text
        after = found


def is_blocked(tree: etree._ElementTree) -> bool:
    """Whether a feed asks directories not to list it (a private show)."""
    text = tree.getroot().findtext(f"channel/{{{ITUNES}}}block") or ""
    return text.strip().lower() == "yes"


def parse_bytes(data: bytes) -> etree._Element | None:
    """A feed someone else may have written, parsed without entities, DTDs or network;
    None if it is not XML."""
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True,
                                                      load_dtd=False))
    except etree.XMLSyntaxError:
        return None


def feed_base(data: bytes) -> str | None:
    """The URL a serialized feed's files are served under (its self link's folder)."""
    root = parse_bytes(data)
    return _base(root) if root is not None else None


def _base(root: etree._Element) -> str | None:
    self_link = root.find(f"channel/{{{ATOM}}}link[@rel='self']")
    href = self_link.get("href") if self_link is not None else None
    return href.rsplit("/", 1)[0] if href else None


def rebased(data: bytes, new_base: str) -> bytes | None:
    """The feed with every URL under its own base moved under ``new_base`` (a local
    server's address, or a private show's new secret path); None if it has no base."""
    root = parse_bytes(data)
    old_base = _base(root) if root is not None else None
    if root is None or old_base is None:
        return None
    new_base = new_base.rstrip("/")
    for element in root.iter():
        for key in ("url", "href"):
            value = element.get(key)
            if value and value.startswith(old_base + "/"):
                element.set(key, new_base + value[len(old_base):])
        if element.tag in ("url", "link") and element.text and element.text.startswith(
                old_base + "/"):
            element.text = new_base + element.text[len(old_base):]
    return feed_bytes(etree.ElementTree(root))


def items(tree: etree._ElementTree) -> list[etree._Element]:
    return tree.getroot().find("channel").findall("item")


def item_guid(element: etree._Element) -> str | None:
    guid = element.find("guid")
    return guid.text.strip() if guid is not None and guid.text else None


def find_item(tree: etree._ElementTree, guid: str) -> etree._Element | None:
    return next((e for e in items(tree) if item_guid(e) == guid), None)


def item_date(element: etree._Element) -> dt.datetime | None:
    text = element.findtext("pubDate")
    try:
        return email.utils.parsedate_to_datetime(text) if text else None
    except (TypeError, ValueError):
        return None


def item_episode(element: etree._Element) -> int | None:
    text = element.findtext(f"{{{ITUNES}}}episode")
    text = (text or "").strip()
    return int(text) if re.fullmatch(r"[0-9]{1,9}", text) else None


def next_episode_number(tree: etree._ElementTree) -> int:
    return max((item_episode(e) or 0 for e in items(tree)), default=0) + 1


def upsert_item(tree: etree._ElementTree, item: Item) -> None:
    """Replace the item with this guid in place, or insert it in date order."""
    element = _item_element(item)
    channel = tree.getroot().find("channel")
    existing = find_item(tree, item.guid)
    if existing is not None:
        channel.replace(existing, element)
        return
    for other in items(tree):
        date = item_date(other)
        if date is not None and aware(date) < aware(item.pub_date):
            other.addprevious(element)
            return
    channel.append(element)


def remove_item(tree: etree._ElementTree, guid: str) -> bool:
    existing = find_item(tree, guid)
    if existing is None:
        return False
    existing.getparent().remove(existing)
    return True


@contextlib.contextmanager
def updating_feed(path: Path, force_new: bool = False) -> Iterator[tuple[etree._ElementTree, bool]]:
    """The feed and whether it is new, to change in the ``with`` block; written after it.

    Every writer of a feed goes through here: the feed is locked against other
    writers from reading to writing, so concurrent publishes and builds all land,
    and an error in the block leaves the feed as it was. ``force_new`` starts a new
    feed even where one exists (or cannot be read).
    """
    from filelock import FileLock, Timeout  # imported here: only publishing needs it

    lock = lock_file_for(path)
    try:
        with FileLock(lock, timeout=LOCK_TIMEOUT_S):
            tree = None if force_new else read_feed(path)
            fresh = tree is None
            before = None if fresh else feed_bytes(tree)
            tree = new_feed() if fresh else tree
            yield tree, fresh
            after = feed_bytes(tree)
            if before is None or _dated(after) != _dated(before):
                write_feed(after, path)  # else only lastBuildDate would change: leave it
    except Timeout:
        raise OutputError(f"{path}: another publish has held the feed for {LOCK_TIMEOUT_S} s; "
                        "try again") from None


def write_feed(data: bytes, path: Path) -> None:
    """Write a serialized feed atomically; it is parsed back before it replaces anything."""
    etree.fromstring(data)  # never replace a good feed with a broken one
    write_bytes_atomic(Path(path), data)


def feed_bytes(tree: etree._ElementTree) -> bytes:
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    # The same characters, as hexadecimal references: validators take "&lt;" in a title as
    # possible HTML, "&#x3C;" as the plain text it is.
    return data.replace(b"&lt;", b"&#x3C;").replace(b"&amp;", b"&#x26;")


def _dated(data: bytes) -> bytes:
    """The feed without its lastBuildDate: what says whether anything changed."""
    return re.sub(rb"<lastBuildDate>[^<]*</lastBuildDate>", b"", data)


def _item_element(item: Item) -> etree._Element:
    item = _xml_safe(item)
    element = etree.Element("item")

    def add(tag: str, text: str | None = None, **attributes: str) -> etree._Element:
        child = etree.SubElement(element, tag, **attributes)
        child.text = text
        return child

    add("title", item.title)
    if item.link:
        add("link", item.link)
    add("description", as_html_text(item.description))
    add("enclosure", url=item.enclosure_url, length=str(item.length), type="audio/mpeg")
    add("guid", item.guid, isPermaLink="false")
    add("pubDate", email.utils.format_datetime(aware(item.pub_date)))
    if item.author:
        add(f"{{{ITUNES}}}author", item.author)
    add(f"{{{ITUNES}}}duration", str(round(item.duration_s)))
    if item.episode:
        add(f"{{{ITUNES}}}episode", str(item.episode))
    add(f"{{{ITUNES}}}episodeType", item.episode_type)
    add(f"{{{ITUNES}}}explicit", _bool(item.explicit))
    if item.image_url:
        add(f"{{{ITUNES}}}image", href=item.image_url)
    if item.chapters_url:
        add(f"{{{PODCAST}}}chapters", url=item.chapters_url, type="application/json+chapters")
    for url, kind in item.transcripts:
        attributes = {"url": url, "type": kind.mime}
        if item.language:
            attributes["language"] = item.language
        if kind.captions:
            attributes["rel"] = "captions"
        add(f"{{{PODCAST}}}transcript", **attributes)
    return element


def _child(parent: etree._Element, tag: str, position: int) -> etree._Element:
    """The first ``tag`` child, created at ``position`` if missing."""
    found = parent.find(tag)
    if found is None:
        found = etree.Element(tag)
        parent.insert(min(position, len(parent)), found)
    return found


def _replace_children(parent: etree._Element, children: list[tuple[str, str]]) -> None:
    for old in list(parent):
        parent.remove(old)
    for tag, text in children:
        etree.SubElement(parent, tag).text = text


def as_html_text(text: str | None) -> etree.CDATA | None:
    """Plain text for an element readers take as HTML (description): &, < and > as
    hexadecimal character references, in CDATA, so "Why <Tags> matter" keeps its words in
    feedparser, podcastparser and apps, and the W3C validator sees text, not HTML."""
    return etree.CDATA(text.translate(_HTML_TEXT)) if text is not None else None


def _xml_safe(value: Any) -> Any:
    """The same fields without the characters XML cannot hold (say, a title pasted from a
    terminal, in an episode tagged before papercast dropped them on reading)."""
    return replace(value, **{field.name: without_control_characters(text)
                             for field in fields(value)
                             if isinstance(text := getattr(value, field.name), str)})


def _bool(value: bool) -> str:
    return "true" if value else "false"


def aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
