"""Markdown (markdown-it-py): front matter, headings as chapters, footnotes at the end,
tables a sentence per row, spans marked with a language."""

from __future__ import annotations

import html
import re
from pathlib import Path

from audio.errors import InputError, path_error
from audio.models import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Article, Block, Passage
from audio.text.formats.common import clean, finish, meta_date
from audio.text.language import language_tag
from audio.text.tables import table_sentences


def read_markdown(text: str, name: str) -> Article:
    """Parse with markdown-it; YAML front matter gives title, author, date, description."""
    import yaml  # imported here, like each reader's parser: only its format needs it
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
    tokens = md.parse(text)
    meta: dict = {}
    blocks: list[Block] = []
    notes: list[Block] = []
    context: list[str] = []  # enclosing blockquote / list / footnote
    title = ""
    i = -1
    while i + 1 < len(tokens):
        i += 1
        token = tokens[i]
        if token.type == "table_open":
            header, rows, i = _markdown_table(tokens, i)
            blocks += [Block(LIST_ITEM, s) for s in table_sentences(header, rows)]
        elif token.type == "html_block" and not context:
            blocks += [Block(PARAGRAPH, text) for text in _html_block_text(token.content)]
        elif token.type == "front_matter":
            try:
                loaded = yaml.safe_load(token.content)
            except yaml.YAMLError as exc:
                raise path_error(name, f"front matter is not valid YAML: {exc}") from None
            meta = loaded if isinstance(loaded, dict) else {}
        elif token.type.endswith("_open") and token.type != "paragraph_open":
            context.append(token.type[: -len("_open")])
        elif token.type.endswith("_close") and token.type != "paragraph_close":
            if context:
                context.pop()
        elif token.type == "inline":
            spoken = _inline_text(token)
            if not spoken.strip():
                continue
            if "heading" in context:
                level = int(tokens[i - 1].tag[1:])
                if level == 1 and not title and not meta.get("title"):
                    title = spoken
                    continue
                blocks.append(Block(HEADING, spoken))
            elif "footnote" in context:
                notes.append(Block(PARAGRAPH, spoken))
            elif "blockquote" in context:
                blocks.append(Block(QUOTE, spoken, passages=_markdown_passages(token)))
            elif "list_item" in context:
                blocks.append(Block(LIST_ITEM, spoken, passages=_markdown_passages(token)))
            else:
                blocks.append(Block(PARAGRAPH, spoken, passages=_markdown_passages(token)))
    return finish(
        str(meta.get("title") or title or Path(name).stem),
        blocks,
        name,
        notes=notes,
        author=_meta_str(meta.get("author")),
        date=meta_date(meta.get("date")),
        description=_meta_str(meta.get("description")),
        published=meta_date(meta.get("published")),
        url=_meta_url(meta),
        language=_meta_language(meta.get("language") or meta.get("lang"), name),
    )


def _markdown_table(tokens: list, start: int) -> tuple[list[str], list[list[str]], int]:
    """The header cells, the body rows, and the index of the table's closing token."""
    header: list[str] = []
    rows: list[list[str]] = []
    i = start
    while tokens[i].type != "table_close":
        token = tokens[i]
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline":
            rows[-1].append(_inline_text(token))
        elif token.type == "thead_close" and rows:
            header = rows.pop()
        i += 1
    return header, rows, i


def _inline_text(token) -> str:
    """Speakable text of an inline token: link text kept, URLs, images, footnote marks dropped."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


_UNSPOKEN_HTML = re.compile(r"<(script|style|template|iframe|svg)\b.*?</\1\s*>|<!--.*?-->",
                            re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(p|div|section|aside|blockquote|h[1-6]|li|ul|ol|table|tr|td|th|br|"
                        r"details|summary|figure|figcaption|dl|dt|dd)\b[^>]*>",
                        re.IGNORECASE)


def _html_block_text(content: str) -> list[str]:
    """The text of raw HTML written in Markdown (a callout box, a <details>): one
    paragraph per block element, without tags, scripts, styles or comments."""
    text = _BLOCK_TAG.sub("\n\n", _UNSPOKEN_HTML.sub("", content))
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]


_LANG_TAG = re.compile(r"""<(\w+)\b[^>]*\blang=["']?([\w-]+)""", re.IGNORECASE)


def _markdown_passages(token) -> tuple[Passage, ...]:
    """Words marked with a language by inline HTML in Markdown: <span lang="fr">…</span>."""
    found: list[Passage] = []
    open_tag, language, words = None, "", []  # type: tuple[str | None, str, list[str]]
    for child in token.children or []:
        opening = _LANG_TAG.match(child.content) if child.type == "html_inline" else None
        if opening and open_tag is None:
            open_tag, language, words = opening[1].lower(), opening[2], []
        elif open_tag and child.type == "html_inline" and \
                child.content.lower().startswith(f"</{open_tag}"):
            text = clean("".join(words))
            try:
                if re.search(r"\w", text):
                    found.append(Passage(text, language_tag(language)))
            except InputError:
                pass  # not a language tag: read in the paragraph's language
            open_tag = None
        elif open_tag and child.type in ("text", "code_inline"):
            words.append(child.content)
        elif open_tag and child.type in ("softbreak", "hardbreak"):
            words.append(" ")
    return tuple(found)


def _meta_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).strip() or None


def _meta_language(value: object, name: str) -> str | None:
    """A declared language ("de", "pt-BR", "de_DE"); a malformed one is an error."""
    if value is False:
        value = "no"  # YAML reads an unquoted `lang: no` (Norwegian) as false
    if value is None or value is True or (isinstance(value, str) and not value.strip()):
        return None
    return language_tag(str(value), f"{name}: language")


def _meta_url(meta: dict) -> str | None:
    """The article's web address from front matter: source_url, url or link."""
    for key in ("source_url", "url", "link"):
        value = meta.get(key)
        if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
            return value.strip()
    return None
