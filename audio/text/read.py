"""Read an article file into an Article: title, byline, body blocks; no page furniture.

Readers are chosen by file extension from one table (or forced with ``fmt``): the one
place that maps extensions to formats; each format's reader is a module of formats/.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Callable
from pathlib import Path

from audio.errors import path_error
from audio.files import read_capped, read_capped_file
from audio.models import Article
from audio.text.formats.common import without_control_characters
from audio.text.formats.html import declared_charset, looks_like_html, read_html
from audio.text.formats.markdown import read_markdown
from audio.text.formats.plain import read_text

FORMATS = ("txt", "md", "html", "eml")
_BYTE_ORDER_MARKS = (  # UTF-32's marks first: UTF-32 LE's begins with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".eml": "eml",
}


def read_article(source: str | Path, fmt: str | None = None) -> Article:
    """Read ``source`` (a path, or ``-`` for stdin) into an Article."""
    name = str(source)
    asked = fmt
    if name == "-":
        data = read_capped(sys.stdin.buffer, "<stdin>")
        fmt = fmt or "txt"
        name = "<stdin>"
    else:
        path = Path(source)
        if path.is_dir():
            raise path_error(path, "is a folder, not an article file")
        fmt = fmt or format_for(path)
        try:
            data = read_capped_file(path)  # a device or a pipe too: `<(curl …)`
        except FileNotFoundError:
            raise path_error(path, "no such file") from None
        except OSError as exc:
            raise path_error(path, exc.strerror or str(exc)) from None
    if not asked and fmt == "txt" and looks_like_html(data[:4096].decode("latin-1")):
        fmt = "html"  # a page piped in (`curl … | papercast episode -`) or saved as .txt
    # An e-mail carries its own charsets, part by part; every other format is decoded here.
    article = _read_email(data, name) if fmt == "eml" else \
        _READERS[fmt](decode(data, name, declared_charset(data) if fmt == "html" else None),
                      name)
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


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """UTF-8 text, or UTF-16/32 with a byte-order mark, or text in the charset the file
    ``declared`` (an HTML page's ``<meta charset>``: a saved Russian or Japanese page in
    windows-1251 or Shift_JIS); binary or other encodings are errors, never garbled
    speech. Characters no reader can show (control characters, NUL included) are dropped
    here, so the words spoken are exactly the words shown."""
    encoding = next((codec for bom, codec in _BYTE_ORDER_MARKS if data.startswith(bom)),
                    "utf-8")
    if encoding == "utf-8" and b"\x00" in data[:8192]:
        raise path_error(name, "looks like a binary file, not a text article (or UTF-16 "
                         "without a byte-order mark: save it as UTF-8)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        declared_text = _in_declared_charset(data, declared) if encoding == "utf-8" else None
        if declared_text is None:
            raise path_error(
                name, f"is not {encoding.upper()} text (byte 0x{data[exc.start]:02x} at "
                f"offset {exc.start}){_named(declared)}; convert it to UTF-8 first"
            ) from None
        text = declared_text
    text = without_control_characters(text.removeprefix("\ufeff"))
    if not text.strip():
        raise path_error(name, "the article is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _in_declared_charset(data: bytes, declared: str | None) -> str | None:
    """``data`` in the charset it declared, or None if it declared none, or one Python
    does not know, or one its bytes are not in."""
    # a page in bytes ASCII can read cannot be UTF-16 or 32, whatever it says (browsers
    # ignore that label too)
    if not declared or declared.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
        return None
    try:
        return data.decode(declared)
    except (UnicodeDecodeError, LookupError):
        return None


def _named(declared: str | None) -> str:
    return f", nor the {declared} it declares" if declared else ""


_READERS: dict[str, Callable[[str, str], Article]] = {
    "txt": read_text,
    "md": read_markdown,
    "html": read_html,
}


def _read_email(data: bytes, name: str) -> Article:
    # imported here: the e-mail parser (20 ms of imports) is for .eml files only
    from audio.text.formats.email import read_email

    return read_email(data, name)
