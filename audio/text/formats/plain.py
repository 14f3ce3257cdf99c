"""Plain text: the first line is the title, blank lines separate paragraphs, a short line
without closing punctuation is a heading."""

from __future__ import annotations

import re
from pathlib import Path

from audio.errors import path_error
from audio.models import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Article, Block
from audio.text import boilerplate
from audio.text.counting import ends_a_sentence, word_count
from audio.text.formats.common import clean, finish

# A first line longer than this is the article's opening, not its title: the title then
# comes from the file's name, as in Markdown without a heading.
TITLE_MAX_WORDS = 20
# A line that starts a list's item: "- ", "* ", "• ", "1. ", "2) ", "a) "
_ITEM = re.compile(r"^\s*(?:[-*•–]|\d{1,3}[.)]|[a-z]\))\s+(?=\S)")
_QUOTED = re.compile(r"^\s*(?:>\s?)+")  # an e-mail's quoted lines


def read_text(text: str, name: str) -> Article:
    """First line is the title; blank lines separate paragraphs; trailing furniture dropped.
    A text that is one sentence-like line, or opens with a line too long for a title, is
    all body."""
    lines = boilerplate.strip_trailing_lines(text.split("\n"))
    paragraphs = [p for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
    if not paragraphs:
        raise path_error(name, "the article is only site boilerplate")
    first, *rest = paragraphs[0].strip().split("\n", 1)
    alone = len(paragraphs) == 1 and not rest
    if word_count(first) > TITLE_MAX_WORDS or (alone and ends_a_sentence(first)):
        stem = "" if name.startswith("<") else Path(name).stem  # not "<stdin>"
        title, chunks = (stem if re.search(r"[^\W\d_]", stem) else ""), paragraphs
    else:
        title, chunks = clean(first), ([rest[0]] if rest else []) + paragraphs[1:]
    blocks = [block for i, chunk in enumerate(chunks) for block in _blocks(chunk, chunks, i)]
    return finish(title, blocks, name)


def _blocks(chunk: str, chunks: list[str], i: int) -> list[Block]:
    """A paragraph, a heading, a quotation (every line after "> "), or, where two or more
    of its lines start like a list's items, the lines before them as a paragraph and each
    item on its own (a line that continues an item is joined to it), without its dash or
    number."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    if all(_QUOTED.match(line) for line in lines):  # "> " before every line: a quotation
        return [Block(QUOTE, " ".join(_QUOTED.sub("", line) for line in lines))]
    if sum(bool(_ITEM.match(line)) for line in lines) < 2:
        return [Block(_text_kind(chunk, chunks, i), chunk)]
    blocks: list[Block] = []
    for line in lines:
        item = _ITEM.match(line)
        if item:
            blocks.append(Block(LIST_ITEM, line[item.end():]))
        elif blocks:
            blocks[-1] = Block(blocks[-1].kind, f"{blocks[-1].text} {line.strip()}")
        else:
            blocks.append(Block(PARAGRAPH, line))
    return blocks


def _text_kind(chunk: str, chunks: list[str], i: int) -> str:
    """A short single line without closing punctuation, followed by prose, is a heading."""
    line = clean(chunk)
    is_heading = (
        "\n" not in chunk.strip()
        and word_count(line) <= 10
        and not re.search(r"[.!?:;,\"”’)。！？、」』）؟।]$", line)
        and i + 1 < len(chunks)
    )
    return HEADING if is_heading else PARAGRAPH


