"""An Article saved into a show's articles/ folder as Markdown with front matter, so the
show folder stays the one record of what was added (and the next build renders it)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from audio.files import slugify, write_text_atomic
from audio.models import HEADING, LIST_ITEM, QUOTE, Article

_BLOCK_START = re.compile(r"^(?:[#>+*=-])")
_INLINE = re.compile(r"([\\`*_\[\]<|])")


def markdown_of(article: Article, fetched_at: dt.datetime | None = None) -> str:
    """The article as Markdown: front matter, then its blocks, as markdown-it reads them."""
    import yaml  # imported here: only saving articles needs it

    meta = {"title": article.title, "author": article.author, "date": article.date,
            "description": article.description, "source_url": article.url,
            "fetched": fetched_at.isoformat(timespec="seconds") if fetched_at else None}
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, allow_unicode=True,
                           sort_keys=False, width=1000)
    body = []
    for block in article.blocks:
        text = _escaped(block.text)
        body.append({HEADING: f"## {text}", QUOTE: f"> {text}",
                     LIST_ITEM: f"- {text}"}.get(block.kind, text))
    return f"---\n{front}---\n\n" + "\n\n".join(body) + "\n"


def save_article(article: Article, folder: Path, fetched_at: dt.datetime,
                 name: str | None = None) -> Path:
    """Write ``article`` into ``folder`` (created if needed); its path.

    The name is the date and the title (``2026-11-26-sleeper-trains.md``) unless given;
    another article already holding that name gets a number added, never replaced.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or _file_name(article, fetched_at))
    if name is None:
        number = 2
        while path.exists() and _source_of(path) != article.url:
            path = path.with_name(f"{_file_name(article, fetched_at)[:-3]}-{number}.md")
            number += 1
    write_text_atomic(path, markdown_of(article, fetched_at))
    return path


def _file_name(article: Article, fetched_at: dt.datetime) -> str:
    day = article.date or fetched_at.date().isoformat()
    return f"{day}-{slugify(article.title, 60)}.md"


def _source_of(path: Path) -> str | None:
    match = re.search(r"^source_url: (.+)$", path.read_text(encoding="utf-8",
                                                            errors="replace"), re.MULTILINE)
    return match[1].strip().strip("'\"") if match else None


def _escaped(text: str) -> str:
    """Text markdown-it gives back as it is: no block syntax at its start, no inline marks."""
    text = _INLINE.sub(r"\\\1", text.strip())
    if re.match(r"\d+[.)]", text):  # "1. Not a list"
        return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return "\\" + text if _BLOCK_START.match(text) else text
