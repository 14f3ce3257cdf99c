"""Read an article file into an Article: title, byline, body blocks; no page furniture.

Readers are chosen by file extension from one table (or forced with ``fmt``).
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from audio.errors import InputError, path_error
from audio.models import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Article, Block, Passage
from audio.text import boilerplate
from audio.text.language import language_tag
from audio.text.newsletter import parse_email, without_wrapping
from audio.text.tables import table_sentences

FORMATS = ("txt", "md", "html", "eml")
_BYTE_ORDER_MARKS = (  # UTF-32's marks first: UTF-32 LE's begins with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".eml": "eml",
}


def read_article(source: str | Path, fmt: str | None = None) -> Article:
    """Read ``source`` (a path, or ``-`` for stdin) into an Article."""
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read()
        fmt = fmt or "txt"
        name = "<stdin>"
    else:
        path = Path(source)
        if path.is_dir():
            raise path_error(path, "is a folder, not an article file")
        fmt = fmt or format_for(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise path_error(path, "no such file") from None
        except OSError as exc:
            raise path_error(path, exc.strerror or str(exc)) from None
    # An e-mail carries its own charsets, part by part; every other format is decoded here.
    article = read_email(data, name) if fmt == "eml" else _READERS[fmt](decode(data, name), name)
    if not any(re.search(r"\w", b.text) for b in article.blocks):
        raise path_error(name, "the article has no speakable words")
    return article


def format_for(path: Path) -> str:
    try:
        return EXTENSIONS[path.suffix.lower()]
    except KeyError:
        raise path_error(
            path, f"unknown article type {path.suffix!r}; use .txt, .md, .html or .eml, "
            "or --format"
        ) from None


def decode(data: bytes, name: str) -> str:
    """UTF-8 text, or UTF-16/32 with a byte-order mark; binary or other encodings are
    errors, never garbled speech. Characters no reader can show (control characters, NUL
    included) are dropped here, so the words spoken are exactly the words shown."""
    encoding = next((codec for bom, codec in _BYTE_ORDER_MARKS if data.startswith(bom)),
                    "utf-8")
    if encoding == "utf-8" and b"\x00" in data[:8192]:
        raise path_error(name, "looks like a binary file, not a text article (or UTF-16 "
                         "without a byte-order mark: save it as UTF-8)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise path_error(
            name, f"is not {encoding.upper()} text (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); convert it to UTF-8 first"
        ) from None
    text = without_control_characters(text.removeprefix("\ufeff"))
    if not text.strip():
        raise path_error(name, "the article is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def without_control_characters(text: str) -> str:
    """``text`` without the characters XML cannot hold (C0 controls but tab, newline and
    return; U+FFFE, U+FFFF; lone surrogates): feeds, tags and pages all carry the text."""
    return _CONTROL.sub("", text)


def _byline(kind: str, text: str) -> str | None:
    """The author named by a byline block. A plain-text byline is a short line without a
    full stop, so it reads as a heading; as a heading it must name a person ("By Sam
    Ortiz"), not begin a title ("By the Numbers")."""
    author = boilerplate.byline_author(text)
    if kind == HEADING and author and not boilerplate.looks_like_a_name(author):
        return None
    return author if kind in (PARAGRAPH, HEADING) else None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", without_control_characters(text)).strip()


def _finish(title: str, blocks: list[Block], name: str, **meta: str | None) -> Article:
    """Drop a repeated title and a byline at the top; the byline gives the author if unknown."""
    title = _clean(title)
    author = meta.pop("author", None)
    body: list[Block] = []
    for block in blocks:
        text = _clean(block.text)
        if not text:
            continue
        at_top = not any(b.kind != HEADING for b in body)
        if at_top and text.casefold() == title.casefold():
            continue
        byline = _byline(block.kind, text) if at_top else None
        if byline:
            author = author or byline
            continue
        body.append(replace(block, text=text))
    while body and boilerplate.is_furniture(body[-1].text):  # in every format, not only text
        body.pop()
    if not body:
        raise path_error(name, "no article body found")
    return Article(title=title or "Untitled", blocks=tuple(body), author=author,
                   source=name, **meta)


# ---------------------------------------------------------------- plain text


def read_text(text: str, name: str) -> Article:
    """First line is the title; blank lines separate paragraphs; trailing furniture dropped."""
    lines = boilerplate.strip_trailing_lines(text.split("\n"))
    paragraphs = [p for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
    if not paragraphs:
        raise path_error(name, "the article is only site boilerplate")
    first, *rest = paragraphs[0].strip().split("\n", 1)
    title = _clean(first)
    chunks = ([rest[0]] if rest else []) + paragraphs[1:]
    blocks = [Block(_text_kind(chunk, chunks, i), chunk) for i, chunk in enumerate(chunks)]
    return _finish(title, blocks, name)


def _text_kind(chunk: str, chunks: list[str], i: int) -> str:
    """A short single line without closing punctuation, followed by prose, is a heading."""
    line = _clean(chunk)
    is_heading = (
        "\n" not in chunk.strip()
        and len(line.split()) <= 10
        and not re.search(r"[.!?:;,\"”’)]$", line)
        and i + 1 < len(chunks)
    )
    return HEADING if is_heading else PARAGRAPH


# ---------------------------------------------------------------- Markdown


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
    if notes:
        # Footnotes are read at the end, after their own heading, never inline.
        blocks += [Block(HEADING, "Notes"), *notes]
    return _finish(
        str(meta.get("title") or title or Path(name).stem),
        blocks,
        name,
        author=_meta_str(meta.get("author")),
        date=_meta_date(meta.get("date")),
        description=_meta_str(meta.get("description")),
        published=_meta_date(meta.get("published")),
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
            text = _clean("".join(words))
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


def _meta_date(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        match = re.match(r"\d{4}-\d{2}-\d{2}", value.strip())
        return match.group(0) if match else None
    return None


# ---------------------------------------------------------------- HTML


# Above this size trafilatura's fallback extractors (justext, readability) are skipped:
# they double the time, and a 2 MB page must be read in well under a second.
_FAST_EXTRACTION_BYTES = 512_000
PROSE_WORDS = 8  # an HTML page needs one block this long (or a sentence) to be an article


def read_html(text: str, name: str) -> Article:
    """Find the article body with trafilatura; metadata from the page's <head>."""
    import trafilatura  # imported here: 0.3 s, and only HTML needs it
    from lxml import html as lxml_html

    try:
        page = lxml_html.fromstring(text)
    except (ValueError, SyntaxError) as exc:  # lxml's ParserError is a ValueError
        raise path_error(name, f"cannot parse the HTML page: {exc}") from None
    meta = _html_metadata(page)
    for box in page.xpath("//noscript"):  # "please enable JavaScript": never the article
        box.drop_tree()
    document = trafilatura.bare_extraction(
        page, with_metadata=False, include_comments=False, include_tables=True,
        include_images=False, deduplicate=False, fast=len(text) > _FAST_EXTRACTION_BYTES,
    )
    body = getattr(document, "body", None)
    if body is None or not any(_reads_as_prose(" ".join(p.itertext())) for p in body.iter()):
        raise path_error(name, "no article body found in the HTML page (only navigation "
                         "or page furniture)")
    if boilerplate.is_login_wall(" ".join(body.itertext()),
                     bool(page.xpath("//input[translate(@type, 'PASWORD', 'pasword')"
                                     "='password']"))):
        raise path_error(name, "the page asks to sign in before the article: not an "
                         "article papercast can read (save it from your browser instead)")
    blocks: list[Block] = []
    title = meta.title or ""
    for element in body.iter("head", "p", "item", "table"):
        if element.tag == "table":
            blocks += [Block(LIST_ITEM, s) for s in _html_table(element)]
            continue
        if any(a.tag == "table" for a in element.iterancestors()):
            continue  # read with its table
        content = _clean(_own_text(element) if element.tag != "item" else
                         "".join(element.itertext()))
        if element.tag == "head":
            if element.get("rend") == "h1" and not title:
                title = content
                continue
            blocks.append(Block(HEADING, content))
        elif element.tag == "item":
            blocks.append(Block(LIST_ITEM, content))
        elif any(a.tag == "quote" for a in element.iterancestors()):
            blocks.append(Block(QUOTE, content))
        elif not any(a.tag == "item" for a in element.iterancestors()):
            blocks.append(Block(PARAGRAPH, content))
    title = title or Path(name).stem
    blocks = _with_own_languages(blocks, _passages_by_language(page), _inline_passages(page))
    return _finish(
        title, _without_merged_heading(blocks, title, meta.author), name,
        author=meta.author or None, date=_meta_date(meta.date),
        description=meta.description or None, language=_page_language(page),
    )


def _passages_by_language(page) -> dict[str, str]:
    """The text of every block the page marks with a lang of its own (a quotation in
    French: <blockquote lang="fr">), cleaned, mapped to its language tag."""
    found: dict[str, str] = {}
    for element in page.xpath("//body//*[@lang]"):
        try:
            tag = language_tag(element.get("lang"))
        except InputError:
            continue
        for block in [element, *element.iter("p", "li", "blockquote", "h1", "h2", "h3",
                                             "h4", "h5", "h6")]:
            text = _clean(block.text_content())
            if text:
                found.setdefault(text, tag)
    return found


# Elements that hold blocks; a lang on any other element marks words inside a block.
_BLOCK_TAGS = {"html", "body", "main", "article", "section", "div", "header", "footer",
               "aside", "nav", "p", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "h1",
               "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "figcaption"}


def _inline_passages(page) -> list[Passage]:
    """Words the page marks with a lang of their own inside a paragraph: <span lang="fr">,
    <q lang="de">, <i lang="la">."""
    found = []
    for element in page.xpath("//body//*[@lang]"):
        if not isinstance(element.tag, str) or element.tag.lower() in _BLOCK_TAGS:
            continue
        try:
            tag = language_tag(element.get("lang"))
        except InputError:
            continue
        text = _clean(element.text_content())
        if re.search(r"\w", text):
            found.append(Passage(text, tag))
    return found


def _with_own_languages(blocks: list[Block], passages: dict[str, str],
                        inline: list[Passage]) -> list[Block]:
    """Each block with its own language (a whole quotation in French), or with the
    passages inside it that have one."""
    if not passages and not inline:
        return blocks
    marked = []
    for block in blocks:
        language = passages.get(_clean(block.text))
        inside = () if language else tuple(p for p in inline if p.text in block.text)
        marked.append(replace(block, language=language, passages=inside))
    return marked


def _page_language(page) -> str | None:
    """<html lang="de">, else <meta property="og:locale" content="de_DE">; None if neither
    is a language tag."""
    candidates = [page.get("lang"), page.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += page.xpath("//meta[@property='og:locale']/@content")
    for value in candidates:
        try:
            return language_tag(value) if value and value.strip() else None
        except InputError:
            continue
    return None


def _html_table(table) -> list[str]:
    """A trafilatura <table> of <row>s of <cell>s (role="head" in the header)."""
    header: list[str] = []
    rows: list[list[str]] = []
    for row in table.iter("row"):
        cells = row.findall("cell")
        texts = [_clean("".join(cell.itertext())) for cell in cells]
        if cells and all(cell.get("role") == "head" for cell in cells) and not rows:
            header = texts
        else:
            rows.append(texts)
    return table_sentences(header, rows)


def _own_text(element) -> str:
    """An element's text without the paragraphs and headings nested in it (trafilatura
    sometimes nests a <p> in a <p>: each is read once, as itself)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in ("p", "head"):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _without_merged_heading(blocks: list[Block], title: str, author: str | None) -> list[Block]:
    """A first paragraph that begins with the page's title (and byline), merged into it
    by the extraction, loses them: the title is read once, as the title."""
    if not blocks or blocks[0].kind != PARAGRAPH:
        return blocks
    text = _clean(blocks[0].text)
    head = re.match(rf"{re.escape(_clean(title))}\s+(?:by\s+{re.escape(author)}\s+)?"
                    if author else rf"{re.escape(_clean(title))}\s+", text, re.IGNORECASE)
    if not head or not _reads_as_prose(text[head.end():]):
        return blocks
    return [replace(blocks[0], text=text[head.end():]), *blocks[1:]]


def _reads_as_prose(text: str) -> bool:
    """A sentence, not a menu: "Home About Contact" is not an article."""
    words = text.split()
    return len(words) >= PROSE_WORDS or (len(words) >= 3 and text.rstrip()[-1:] in ".!?")


def _html_metadata(page):
    """Title, author, date, description from the page's <head> (trafilatura's reader).

    Only the head is searched: scanning a whole large page for dates costs seconds.
    """
    from lxml import html as lxml_html  # imported here, as in read_html
    from trafilatura import extract_metadata

    head = page.find("head")
    source = lxml_html.tostring(head) if head is not None else b"<head></head>"
    return extract_metadata(lxml_html.fromstring(source))


# ---------------------------------------------------------------- e-mail


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


_READERS: dict[str, Callable[[str, str], Article]] = {
    "txt": read_text,
    "md": read_markdown,
    "html": read_html,
}
