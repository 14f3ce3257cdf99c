"""A saved e-mail (.eml), such as a newsletter, read as an article: the subject is the
title, the sender the author; the HTML part (else the text part) is read like a page,
and the newsletter's wrapping (view in browser, unsubscribe, preferences) is dropped."""

from __future__ import annotations

import email
import email.policy
import email.utils
from dataclasses import replace

from audio.errors import InputError, path_error
from audio.models import Article
from audio.text import boilerplate
from audio.text.language import language_tag


def read_email(data: bytes, name: str) -> Article:
    """The article in a saved e-mail message; attachments are ignored."""
    from audio.text.read import read_html, read_text  # its sibling readers, one table

    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise path_error(name, "is not an e-mail message (.eml)")
    subject = _clean_header(message.get("subject")) or "Untitled"
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        raise path_error(name, "the e-mail has no text or HTML part to read")
    try:
        content = body.get_content()
    except (LookupError, UnicodeDecodeError) as exc:
        raise path_error(name, f"the e-mail's text cannot be decoded ({exc})") from None
    if body.get_content_type() == "text/html":
        article = read_html(content, name)
    else:
        article = read_text(f"{subject}\n\n{content}", name)
    blocks = _without_wrapping(article)
    if not blocks:
        raise path_error(name, "the e-mail holds only newsletter furniture")
    sender_name, _ = email.utils.parseaddr(str(message.get("from", "")))
    return replace(article, title=subject, blocks=blocks,
                   author=_clean_header(sender_name) or article.author,  # a name, never an address
                   date=_date(message.get("date")) or article.date,
                   url=_archive_link(message) or article.url,
                   language=_language(message) or article.language)


def _without_wrapping(article: Article) -> tuple:
    blocks = list(article.blocks)
    while blocks and boilerplate.is_newsletter_furniture(blocks[0].text):
        blocks.pop(0)
    while blocks and boilerplate.is_newsletter_furniture(blocks[-1].text):
        blocks.pop()
    return tuple(blocks)


def _clean_header(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None


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
    """The web copy of a mailing-list post (List-Post / Archived-At), if it names one."""
    value = str(message.get("archived-at") or "")
    address = value.strip().strip("<>")
    return address if address.startswith(("http://", "https://")) else None
