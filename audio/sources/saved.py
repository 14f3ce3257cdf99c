"""An Article saved into a show's articles/ folder as Markdown with front matter, so the
show folder stays the one record of what was added (and the next build renders it)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from audio.errors import OutputError
from audio.files import slugify, write_text_atomic
from audio.models import HEADING, LIST_ITEM, QUOTE, Article
from audio.sources.urls import canonical

_BLOCK_START = re.compile(r"^(?:[#>+*=-])")
_INLINE = re.compile(r"([\\`*_\[\]<|])")
_FETCHED = re.compile(r"^fetched: .*\n", re.MULTILINE)


@dataclass(frozen=True)
class Saved:
    path: Path
    written: bool  # False: the file already said this (at most its fetch time differed)


def markdown_of(article: Article, fetched_at: dt.datetime | None = None,
                requested_url: str | None = None) -> str:
    """The article as Markdown: front matter, then its blocks, as markdown-it reads them.
    ``requested_url`` is the address asked for, kept when a redirect led elsewhere."""
    import yaml  # imported here: only saving articles needs it

    meta = {"title": article.title, "author": article.author, "date": article.date,
            "description": article.description, "source_url": article.url,
            "requested_url": requested_url if requested_url != article.url else None,
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
                 own: str | None = None, requested_url: str | None = None) -> Saved:
    """Write ``article`` into ``folder`` (created if needed).

    ``own`` names a file papercast wrote for this article before: it is rewritten only if
    what it says changed. Otherwise the name is the date and the title
    (``2026-11-26-sleeper-trains.md``), with a number added while that name is taken: a
    file papercast did not write is never replaced.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the articles folder ({exc.strerror})") \
            from None
    text = markdown_of(article, fetched_at, requested_url)
    if own is not None:
        path = folder / own
        if _unchanged(path, text):
            return Saved(path, written=False)
    else:
        path = _free_name(folder, _file_name(article, fetched_at), text)
        if path.exists():  # this very article, saved before: nothing to write
            return Saved(path, written=False)
    write_text_atomic(path, text)
    return Saved(path, written=True)


def find_saved(folder: Path, urls: list[str | None]) -> Path | None:
    """The article in ``folder`` saved from any of ``urls`` (compared without trackers,
    fragments and case), if there is one: one source address is one article."""
    wanted = {canonical(url) for url in urls if url}
    if not wanted or not folder.is_dir():
        return None
    for path in sorted(folder.glob("*.md")):
        if wanted & {canonical(url) for url in _sources_of(path)}:
            return path
    return None


def _free_name(folder: Path, name: str, text: str) -> Path:
    """``name``, or ``name-2``, ``name-3``, …: the first that is free, or that already
    holds ``text`` (the same article saved before)."""
    path, number = folder / name, 2
    while path.exists() or path.is_symlink():
        if path.is_file() and _unchanged(path, text):
            return path
        path = folder / f"{name[:-3]}-{number}.md"
        number += 1
    return path


def _unchanged(path: Path, text: str) -> bool:
    try:
        before = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return _FETCHED.sub("", before) == _FETCHED.sub("", text)


def _file_name(article: Article, fetched_at: dt.datetime) -> str:
    day = article.date or fetched_at.date().isoformat()
    return f"{day}-{slugify(article.title, 60)}.md"


def _sources_of(path: Path) -> list[str]:
    """The addresses a saved article's front matter names."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(8192)
    except OSError:
        return []
    if not head.startswith("---"):
        return []
    return [match[1].strip().strip("'\"") for match in
            re.finditer(r"^(?:source_url|requested_url): (.+)$", head, re.MULTILINE)]


def _escaped(text: str) -> str:
    """Text markdown-it gives back as it is: no block syntax at its start, no inline marks."""
    text = _INLINE.sub(r"\\\1", text.strip())
    if re.match(r"\d+[.)]", text):  # "1. Not a list"
        return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return "\\" + text if _BLOCK_START.match(text) else text
