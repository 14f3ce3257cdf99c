"""HTML: the article body found by trafilatura, metadata from the page's <head>, passages
in other languages, tables a sentence per row; pages that are not articles refused."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from audio.errors import InputError, path_error
from audio.models import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Article, Block, Passage
from audio.text import boilerplate
from audio.text.counting import ends_a_sentence, word_count
from audio.text.formats.common import clean, finish, meta_date
from audio.text.formats.html_notes import take_notes
from audio.text.language import language_tag
from audio.text.tables import table_sentences

# Above this size trafilatura's fallback extractors (justext, readability) are skipped:
# they double the time, and a 2 MB page must be read in well under a second.
_FAST_EXTRACTION_BYTES = 512_000
PROSE_WORDS = 8  # an HTML page needs one block this long (or a sentence) to be an article


_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page ("<!DOCTYPE html>", "<html"), whatever it was
    called: a page piped in or served as text/plain is read as a page, never its markup."""
    return bool(_HTML_START.match(text.removeprefix("\ufeff")[:4096]))


def declared_charset(data: bytes) -> str | None:
    """The charset a page names in its first 4 KB (``<meta charset>`` or its http-equiv
    form), as browsers look for it; None if it names none."""
    found = _DECLARED_CHARSET.search(data[:4096])
    return found[1].decode("ascii") if found else None


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
    notes = take_notes(page)
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
    _loose_text_as_paragraphs(body)
    blocks: list[Block] = []
    title = meta.title or ""
    for element in body.iter("head", "p", "item", "table"):
        if element.tag == "table":
            blocks += [Block(LIST_ITEM, s) for s in _html_table(element)]
            continue
        if any(a.tag == "table" for a in element.iterancestors()):
            continue  # read with its table
        content = clean(_own_text(element) if element.tag != "item" else
                         "".join(element.itertext()))
        if element.tag == "head":
            if element.get("rend") == "h1" and (
                    not title or not blocks and _is_headline(content, title)):
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
    return finish(
        title, _without_merged_heading(blocks, title, meta.author), name,
        notes=[Block(PARAGRAPH, note) for note in notes], author=meta.author or None,
        date=meta_date(meta.date),
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
            text = clean(block.text_content())
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
        text = clean(element.text_content())
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
        language = passages.get(clean(block.text))
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
        texts = [clean("".join(cell.itertext())) for cell in cells]
        if cells and all(cell.get("role") == "head" for cell in cells) and not rows:
            header = texts
        else:
            rows.append(texts)
    return table_sentences(header, rows)


def _own_text(element) -> str:
    """An element's text without the paragraphs and headings nested in it (trafilatura
    sometimes nests a <p> in a <p>: each is read once, as itself); a line break is a
    space ("running.<br>Residents" is two sentences)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in ("p", "head"):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _loose_text_as_paragraphs(body) -> None:
    """Text trafilatura left outside any element (a feed's post of bare text and line
    breaks: "<h1>T</h1>First.<br><br>Second.") made paragraphs, where it stands."""
    from lxml import etree

    def paragraph(text: str):
        made = etree.Element("p")
        made.text = text
        return made

    if (body.text or "").strip():
        body.insert(0, paragraph(body.text))
        body.text = None
    for child in list(body):
        if (child.tail or "").strip():
            child.addnext(paragraph(child.tail))
            child.tail = None


def _without_merged_heading(blocks: list[Block], title: str, author: str | None) -> list[Block]:
    """A first paragraph that begins with the page's title (and byline), merged into it
    by the extraction, loses them: the title is read once, as the title."""
    if not blocks or blocks[0].kind != PARAGRAPH:
        return blocks
    text = clean(blocks[0].text)
    head = re.match(rf"{re.escape(clean(title))}\s+(?:by\s+{re.escape(author)}\s+)?"
                    if author else rf"{re.escape(clean(title))}\s+", text, re.IGNORECASE)
    if not head or not _reads_as_prose(text[head.end():]):
        return blocks
    return [replace(blocks[0], text=text[head.end():]), *blocks[1:]]


def _is_headline(h1: str, title: str) -> bool:
    """Whether the page's first <h1>, before any paragraph, is the article's headline
    rather than the <title>: it says all the <title> says and more (a <title> shortened
    for search results, "Ferry returns" for "Ferry returns to the old pier")."""
    words = set(re.findall(r"\w+", title.casefold()))
    return bool(words) and words <= set(re.findall(r"\w+", h1.casefold()))


def _reads_as_prose(text: str) -> bool:
    """A sentence, not a menu: "Home About Contact" is not an article."""
    words = word_count(text)
    return words >= PROSE_WORDS or (words >= 3 and ends_a_sentence(text))


def _html_metadata(page):
    """Title, author, date, description from the page's <head> (trafilatura's reader).

    Only the head is searched: scanning a whole large page for dates costs seconds.
    """
    from lxml import html as lxml_html  # imported here, as in read_html
    from trafilatura import extract_metadata

    head = page.find("head")
    source = lxml_html.tostring(head) if head is not None else b"<head></head>"
    return extract_metadata(lxml_html.fromstring(source))


