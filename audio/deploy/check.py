"""Read a published feed back as a podcast app does, and list what an app would trip on.

Two independent parsers (feedparser, podcastparser) must read it; every enclosure,
transcript, chapters file and image must answer 200 with the length and type the
feed promises; audio must answer byte ranges (206), which iPhones need to play it;
the cover must be what Apple accepts; guids unique; HTTPS where Apple requires it.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

from audio.deploy.probe import Prober

ERROR, WARNING = "error", "warning"
COVER_MIN_PX, COVER_MAX_PX = 1400, 3000
COVER_MAX_BYTES = 10 * 1024 * 1024
_SIDECAR_TYPES = {"text/vtt", "application/x-subrip", "application/srt", "application/json",
                  "application/json+chapters", "text/plain", "text/html"}


@dataclass(frozen=True)
class Problem:
    severity: str  # ERROR or WARNING
    url: str
    what: str


@dataclass(frozen=True)
class CheckReport:
    feed_url: str
    episodes: int
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)

    @property
    def reachable(self) -> bool:
        """False when the feed itself could not be fetched at all."""
        return not any(p.url == self.feed_url and p.what.startswith("unreachable")
                       for p in self.problems)


def check_feed(feed_url: str, prober: Prober | None = None) -> CheckReport:
    """Everything wrong with the feed at ``feed_url``, as a podcast app would meet it."""
    prober = prober or Prober(feed_url)
    problems: list[Problem] = []
    answer = prober.get(feed_url)
    if not answer.ok:
        return CheckReport(feed_url, 0, (Problem(ERROR, feed_url, answer.failure),))
    plain = feed_url.lower().startswith("http://")
    if plain:
        problems.append(Problem(WARNING, feed_url, "the feed is on plain HTTP; Apple "
                                "Podcasts requires HTTPS"))
    parsed, episodes = _parse(feed_url, answer.body, problems)
    if parsed is None:
        return CheckReport(feed_url, 0, tuple(problems))
    problems += _guids(feed_url, parsed)
    cover = (parsed.feed.get("image") or {}).get("href")
    if cover:
        problems += _cover(prober, cover)
    else:
        problems.append(Problem(ERROR, feed_url, "no cover image (itunes:image)"))
    for item in _items(answer.body):
        problems += _item(prober, feed_url, item)
    if plain:  # said once for the feed, not again for every file in it
        problems = [p for p in problems if p.url == feed_url or "plain HTTP" not in p.what]
    return CheckReport(feed_url, episodes, tuple(problems))


def _items(body: bytes) -> list:
    """The feed's items as lxml elements: feedparser keeps one transcript per item, and
    apps offer every one."""
    from audio.publish.feed import parse_bytes

    root = parse_bytes(body)
    return root.findall("channel/item") if root is not None else []


def _parse(feed_url: str, body: bytes, problems: list[Problem]):
    import feedparser
    import podcastparser

    parsed = feedparser.parse(body)
    if not parsed.version:  # feedparser names the kind of every feed it recognises
        reason = _one_line(parsed.bozo_exception) if parsed.bozo else "no RSS or Atom in it"
        problems.append(Problem(ERROR, feed_url, f"not a feed feedparser reads ({reason})"))
        return None, 0
    try:
        podcast = podcastparser.parse(feed_url, io.BytesIO(body))
    except Exception as exc:  # podcastparser raises its own kinds and plain ones
        problems.append(Problem(ERROR, feed_url, f"podcastparser cannot read it "
                                f"({_one_line(exc)})"))
        return None, 0
    episodes = len(podcast.get("episodes", []))
    if episodes != len(parsed.entries):
        problems.append(Problem(WARNING, feed_url, f"podcastparser finds {episodes} "
                                f"episodes with audio, feedparser {len(parsed.entries)} items"))
    return parsed, episodes


def _guids(feed_url: str, parsed) -> list[Problem]:
    ids = [entry.get("id") for entry in parsed.entries]
    found = [Problem(WARNING, feed_url, f"an item without a guid: {entry.get('title')!r}")
             for entry, guid in zip(parsed.entries, ids) if not guid]
    found += [Problem(ERROR, feed_url, f"guid {guid!r} is used by {count} items")
              for guid, count in Counter(g for g in ids if g).items() if count > 1]
    return found


def _item(prober: Prober, feed_url: str, item) -> list[Problem]:
    from audio.publish.feed import ITUNES, PODCAST

    enclosure = item.find("enclosure")
    if enclosure is None or not enclosure.get("url"):
        return [Problem(ERROR, feed_url, f"no enclosure in {item.findtext('title')!r}")]
    found = _audio(prober, dict(enclosure.attrib))
    for tag in (f"{{{PODCAST}}}transcript", f"{{{PODCAST}}}chapters"):
        for element in item.findall(tag):
            if element.get("url"):
                found += _sidecar(prober, element.get("url"), element.get("type"))
    image = item.find(f"{{{ITUNES}}}image")
    if image is not None and image.get("href"):
        found += _sidecar(prober, image.get("href"), "image/*")
    return found


def _audio(prober: Prober, enclosure: dict) -> list[Problem]:
    url, declared = enclosure.get("url", ""), enclosure.get("type", "")
    found = [] if not url.lower().startswith("http://") else [
        Problem(WARNING, url, "the episode is on plain HTTP; Apple Podcasts requires HTTPS")]
    head = prober.head(url)
    if not head.ok:
        return [*found, Problem(ERROR, url, head.failure)]
    served = head.content_type
    if not served.startswith("audio/"):
        found.append(Problem(ERROR, url, f"served as {served or 'no type'}, not audio"))
    elif declared and served != declared.lower():
        found.append(Problem(WARNING, url, f"served as {served}, the feed says {declared}"))
    try:
        length = int(enclosure.get("length") or 0)
    except ValueError:
        length = 0
    if length <= 0:
        found.append(Problem(ERROR, url, "the enclosure has no length"))
    elif head.length is not None and head.length != length:
        found.append(Problem(ERROR, url, f"Content-Length {head.length} differs from the "
                             f"enclosure length {length}"))
    ranged = prober.get(url, byte_range=(0, 1))
    if ranged.status != 206:
        found.append(Problem(ERROR, url, f"no byte ranges: answered {ranged.status or ''} to "
                             "a Range request, not 206 (iPhones cannot play it)".replace(
                                 "  ", " ")))
    return found


def _sidecar(prober: Prober, url: str, declared: str | None) -> list[Problem]:
    head = prober.head(url)
    if not head.ok:
        return [Problem(ERROR, url, head.failure)]
    served = head.content_type
    if declared == "image/*":
        ok = served.startswith("image/")
    else:
        ok = served in _SIDECAR_TYPES or served == (declared or "").lower()
    if not ok:
        return [Problem(WARNING, url, f"served as {served or 'no type'}"
                        + (f", the feed says {declared}" if declared else ""))]
    return []


def _cover(prober: Prober, url: str) -> list[Problem]:
    from PIL import Image, UnidentifiedImageError

    answer = prober.get(url, limit=COVER_MAX_BYTES)
    if not answer.ok:
        return [Problem(ERROR, url, answer.failure)]
    try:
        with Image.open(io.BytesIO(answer.body)) as image:
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError):
        return [Problem(ERROR, url, "the cover is not an image")]
    found = []
    if kind not in ("JPEG", "PNG"):
        found.append(Problem(ERROR, url, f"the cover is {kind}; Apple takes JPEG or PNG"))
    if width != height:
        found.append(Problem(ERROR, url, f"the cover is {width}×{height}, not square"))
    elif not COVER_MIN_PX <= width <= COVER_MAX_PX:
        found.append(Problem(ERROR, url, f"the cover is {width}×{height} px; Apple takes "
                             f"{COVER_MIN_PX}–{COVER_MAX_PX} px"))
    return found


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:200]
