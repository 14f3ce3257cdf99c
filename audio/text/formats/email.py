"""A saved e-mail (.eml): the newsletter read like a page, without its wrapping."""

from __future__ import annotations

from dataclasses import replace

from audio.errors import path_error
from audio.models import Article
from audio.text.formats.html import read_html
from audio.text.formats.plain import read_text
from audio.text.newsletter import parse_email, without_wrapping


def read_email(data: bytes, name: str) -> Article:
    """A saved e-mail: its HTML part read like a page (else its text part), the subject
    as the title, the sender as the author, the newsletter's wrapping dropped."""
    letter = parse_email(data, name)
    article = (read_html(letter.content, name) if letter.is_html
               else read_text(f"{letter.title}\n\n{letter.content}", name))
    blocks = without_wrapping(article.blocks)
    if not blocks:
        raise path_error(name, "the e-mail holds only newsletter furniture")
    return replace(article, title=letter.title, blocks=blocks,
                   author=letter.author or article.author, date=letter.date or article.date,
                   url=letter.url or article.url, language=letter.language or article.language)
