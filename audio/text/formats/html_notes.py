"""Footnotes in an HTML page: the markers in the text are never read ("1911.¹" is not
"nineteen eleven point one"), and the notes are taken out of the page to be read at the
end, under "Notes", as Markdown's are.

The shapes found in the wild: Pandoc, markdown-it and Hugo (``<section class="footnotes">``
with ``<li id="fn1">`` and a ``↩︎`` link back), WordPress plugins and Ghost
(``role="doc-endnote"``, ``id="footnote-1"``), Substack (``<div class="footnote">`` with a
``footnote-number``), and bare ``<sup><a href="#…">1</a></sup>`` or ``[1]`` links.
"""

from __future__ import annotations

import re

from audio.text.formats.common import clean

_NOTE_XPATH = (
    "//*[@role='doc-endnote' or @role='doc-footnote']"
    " | //li[starts-with(@id, 'fn') or starts-with(@id, 'footnote') or starts-with(@id, 'note-')"
    " or starts-with(@id, 'endnote')]"
    " | //div[contains(concat(' ', normalize-space(@class), ' '), ' footnote ')]"
)
_MARKER_XPATH = (
    "//sup[.//a[starts-with(@href, '#')]] | //sup[@role='doc-noteref']"
    " | //a[@role='doc-noteref' or starts-with(@href, '#fn') or starts-with(@href, '#footnote')"
    " or contains(@class, 'footnote-ref') or contains(@class, 'footnote-anchor')]"
)
_BACKLINK_XPATH = (
    ".//a[@role='doc-backlink' or starts-with(@href, '#fnref') or starts-with(@href, '#ref')"
    " or contains(@class, 'back') or contains(@class, 'footnote-number')"
    " or starts-with(@href, '#footnote-anchor')]"
)
_CONTAINER_WORDS = re.compile(r"foot-?notes?|end-?notes?|doc-endnotes", re.IGNORECASE)
_BACK_ARROWS = re.compile(r"[\u21a9\u21aa\u2191\u2934]\ufe0e?|\^(?=\s*$)")
_MARKER_TEXT = re.compile(r"\[?\(?\d{1,3}\)?\]?|[*†‡§]")


def take_notes(page) -> list[str]:
    """The page's notes, in order, each as clean text; the notes and their markers are
    removed from ``page`` (an lxml tree), so the article's text reads without them."""
    notes: list[str] = []
    seen: set[int] = set()
    for element in page.xpath(_NOTE_XPATH):
        if any(id(a) in seen for a in element.iterancestors()):
            continue  # inside a note already taken
        seen.add(id(element))
        for back in element.xpath(_BACKLINK_XPATH):
            back.drop_tree()
        text = clean(_BACK_ARROWS.sub("", element.text_content()))
        if re.search(r"\w", text):
            notes.append(text)
    for element in page.xpath(_NOTE_XPATH):
        if element.getparent() is not None:
            element.drop_tree()
    _drop_empty_containers(page)
    for marker in [*page.xpath(_MARKER_XPATH), *page.xpath("//sup")]:
        if marker.getparent() is None or not _MARKER_TEXT.fullmatch(
                clean(marker.text_content())):
            continue
        if marker.tag == "sup" and not marker.xpath(".//a") and not _after_punctuation(marker):
            continue  # "m²", "10⁶": a bare superscript after a letter or digit is maths
        marker.drop_tree()  # its tail (the text after it) stays
    return notes


def _after_punctuation(element) -> bool:
    """Whether the text just before ``element`` ends a sentence or clause ("1911.¹")."""
    previous = element.getprevious()
    if previous is None:
        before = element.getparent().text or ""
    else:
        before = previous.tail or previous.text_content() or ""
    return bool(re.search(r"[.,;:!?\"'”’)\]]\s*$", before))


def _drop_empty_containers(page) -> None:
    """The notes' section ("Footnotes", a rule and an empty list) once its notes are gone."""
    for element in page.xpath("//section | //div | //ol | //aside | //footer"):
        names = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
        if element.getparent() is None or not _CONTAINER_WORDS.search(names):
            continue
        left = clean(element.text_content())
        if not left or _CONTAINER_WORDS.fullmatch(left) or left.lower() in ("notes", "references"):
            element.drop_tree()
