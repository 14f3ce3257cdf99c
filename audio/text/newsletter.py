"""A saved e-mail (.eml), such as a newsletter: what the message says about itself (the
subject is the title, the sender the author), its readable part, and the newsletter's
wrapping (view in browser, unsubscribe, preferences) to drop. read.py reads the part
like a page or a text file."""

from __future__ import annotations

import email
import email.policy
import email.utils
from dataclasses import dataclass

from audio.errors import InputError, path_error
from audio.models import Block
from audio.text import boilerplate
from audio.text.formats.common import shortened
from audio.text.language import language_tag


@dataclass(frozen=True)
class Letter:
    title: str
    author: str | None  # the sender's name, never an address
    date: str | None  # YYYY-MM-DD
    url: str | None  # the web copy it names (Archived-At)
    language: str | None  # its Content-Language
    content: str  # the HTML part, else the text part; attachments ignored
    is_html: bool


MAX_NESTING = 50  # MIME parts inside parts; real mail nests a handful


def parse_email(data: bytes, name: str) -> Letter:
    # The parser recurses once per nested part: a hostile message nested a thousand deep
    # exhausts Python's stack, so it is refused by its boundaries' count first.
    if data.count(b"boundary=") > MAX_NESTING:
        raise path_error(name, f"the e-mail nests more than {MAX_NESTING} parts inside "
                               "each other; not a letter papercast reads")
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        if not message.keys():
            raise path_error(name, "is not an e-mail message (.eml)")
        body = message.get_body(preferencelist=("html", "plain"))
    except RecursionError:
        raise path_error(name, "the e-mail nests its parts too deeply to read") from None
    if body is None:
        raise path_error(name, "the e-mail has no text or HTML part to read")
    try:
        content = body.get_content()
    except (LookupError, UnicodeDecodeError) as exc:
        raise path_error(name, f"the e-mail's text cannot be decoded ({exc})") from None
    sender_name, _ = email.utils.parseaddr(str(message.get("from", "")))
    return Letter(title=_clean_header(message.get("subject")) or "Untitled",
                  author=_clean_header(sender_name), date=_date(message.get("date")),
                  url=_archive_link(message), language=_language(message),
                  content=content, is_html=body.get_content_type() == "text/html")


def without_wrapping(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks without the newsletter's lines before and after the letter."""
    kept = list(blocks)
    while kept and boilerplate.is_newsletter_furniture(kept[0].text):
        kept.pop(0)
    while kept and boilerplate.is_newsletter_furniture(kept[-1].text):
        kept.pop()
    return tuple(kept)


def _clean_header(value: object) -> str | None:
    """A header's text on one line, no longer than a title may be."""
    text = " ".join(str(value or "").split())
    return shortened(text) or None


def _date(value: object) -> str | None:
    try:
        moment = email.utils.parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError):
        return None
    return moment.date().isoformat() if moment else None


def _language(message) -> str | None:
    """The message's Content-Language header (its first tag), if it has a usable one."""
    value = str(message.get("content-language") or "").split(",")[0].strip()
    try:
        return language_tag(value) if value else None
    except InputError:
        return None


def _archive_link(message) -> str | None:
    """The web copy of a mailing-list post (Archived-At), if it names one."""
    address = str(message.get("archived-at") or "").strip().strip("<>")
    return address if address.startswith(("http://", "https://")) else None
