"""Cover art: a user's image, validated, or a clean generated default (Pillow)."""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from audio.errors import InputError
from audio.files import read_capped_file

RECOMMENDED_PX = (1400, 3000)
DEFAULT_PX = 1400
_BACKGROUND = (24, 52, 82)
_FOREGROUND = (246, 241, 231)
_ACCENT = (233, 170, 70)


@dataclass(frozen=True)
class Cover:
    data: bytes
    mime: str  # image/jpeg or image/png
    width: int
    height: int
    warnings: tuple[str, ...] = ()

    @property
    def extension(self) -> str:
        return ".png" if self.mime == "image/png" else ".jpg"


def load_cover(path: Path) -> Cover:
    """A JPEG or PNG cover; anything else is refused, odd sizes are warned about."""
    from PIL import Image, UnidentifiedImageError  # Pillow: imported when a cover is made

    try:
        data = read_capped_file(path)
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height), mode = image.format, image.size, image.mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such cover image") from None
    except UnidentifiedImageError:
        raise InputError(f"{path}: not a readable image (a JPEG or PNG file is needed)") \
            from None
    except (OSError, SyntaxError) as exc:  # a damaged image, or a file that cannot be read
        reason = getattr(exc, "strerror", None) or "the image is damaged"
        raise InputError(f"{path}: not a readable image ({reason})") from None
    if kind not in ("JPEG", "PNG"):
        raise InputError(f"{path}: cover must be JPEG or PNG, not {kind}")
    warnings = []
    if width != height:
        warnings.append(f"{path}: cover is {width}×{height}; podcast apps expect a square")
    low, high = RECOMMENDED_PX
    if min(width, height) < low or max(width, height) > high:
        warnings.append(f"{path}: cover is {width}×{height}; {low}–{high} px is recommended")
    if mode not in ("RGB", "L", "P", "RGBA"):
        warnings.append(f"{path}: cover is in {mode} colour; apps expect RGB")
    mime = "image/png" if kind == "PNG" else "image/jpeg"
    return Cover(data, mime, width, height, tuple(warnings))


def default_cover(title: str, show: str, size: int = DEFAULT_PX) -> Cover:
    """Title and show name on a solid background, as a modest JPEG.

    The title is as large as fits, at most an eighth of the side: apps show covers as
    thumbnails of 60 to 130 px, where it must still be read. A long title gets smaller
    type and more lines, never cut. Text in letters the font does not have (Noto Sans:
    Latin, Greek, Cyrillic, Devanagari) is left off, never drawn as empty boxes.
    """
    from PIL import Image, ImageDraw  # as in load_cover

    image = Image.new("RGB", (size, size), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = size // 12
    show_px = size // 16
    draw.rectangle((margin, margin, margin + size // 6, margin + size // 50), fill=_ACCENT)
    top = margin + size // 10
    room = (size - 2 * margin, size - margin - show_px - size // 20 - top)
    warnings = []
    drawn_title, drawn_show = drawable(title), drawable(show)
    if drawn_title:
        title_px, lines = fit_text(drawn_title, room, size // 8, _bold)
        title_font = _bold(title_px)
        y = top
        for line in lines:
            draw.text((margin, y), line, font=title_font, fill=_FOREGROUND)
            y += round(title_px * LINE_SPACING)
    elif title.strip():
        warnings.append(f"the default cover leaves the title out: its font has no letters "
                        f"for {title!r} (give a cover with --cover)")
    if drawn_show:
        show_line = fit_text(drawn_show.upper(), (size - 2 * margin, show_px * 2), show_px,
                             _regular, max_lines=1)
        draw.text((margin, size - margin - show_px), show_line[1][0],
                  font=_regular(show_line[0]), fill=_ACCENT)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88, optimize=True)
    return Cover(buffer.getvalue(), "image/jpeg", size, size, tuple(warnings))


def drawable(text: str) -> str | None:
    """``text`` as the cover's font can draw it: symbols it has no glyph for (emoji,
    arrows) left out; None if it has none for some of its letters or digits."""
    unusual = {ch for ch in text if not (ch.isascii() or ch.isspace() or _in_font_scripts(ch))
               and not unicodedata.category(ch).startswith(("M", "C"))}
    if not unusual:
        return text
    # each check renders the character (0.5-0.8 ms): only those outside the alphabets
    # Noto Sans is made for are checked
    font = _regular(16)
    missing = _glyph(font, "\U0010fffd")  # a private-use character: no font draws it
    absent = {ch for ch in unusual if _font_data() is None or _glyph(font, ch) == missing}
    if any(not unicodedata.category(ch).startswith(("S", "P")) for ch in absent):
        return None
    return " ".join("".join(ch for ch in text if ch not in absent).split()) or None


def _in_font_scripts(character: str) -> bool:
    return _font_data() is not None and \
        unicodedata.name(character, "").startswith(("LATIN ", "GREEK ", "CYRILLIC "))


def _glyph(font, character: str) -> tuple:
    mask = font.getmask(character)
    return mask.size, bytes(mask)


def _bold(px: int):
    return _font(px, weight=700)


def _regular(px: int):
    return _font(px, weight=500)


def _font(px: int, weight: int):
    """Noto Sans (bundled by fontpkg-noto-sans) at ``px`` and ``weight``; Pillow's own
    font, which has no accented letters, if it is missing."""
    from PIL import ImageFont  # as in load_cover

    data = _font_data()
    if data is None:
        return ImageFont.load_default(size=px)
    font = ImageFont.truetype(io.BytesIO(data), px)
    font.set_variation_by_axes([weight, 100])  # its axes: weight, width
    return font


@functools.lru_cache(maxsize=1)
def _font_data() -> bytes | None:
    try:
        import fontpkg_noto_sans  # imported here, with Pillow
    except ImportError:
        return None
    try:
        return (fontpkg_noto_sans.ROOT / "files" / "NotoSans[wdth,wght].ttf").read_bytes()
    except OSError:
        return None


LINE_SPACING = 1.15
_SMALLEST_PX = 12


def fit_text(text: str, box: tuple[int, int], largest_px: int, font_at: Callable,
             max_lines: int | None = None) -> tuple[int, list[str]]:
    """The largest type size (and its lines) at which all of ``text`` fits in ``box``:
    wrapped at spaces, a word too long for a line broken inside it."""
    width, height = box
    px = largest_px
    while True:
        font = font_at(px)
        lines = _wrap(text, font, width)
        tall = round(px * LINE_SPACING) * (len(lines) - 1) + px
        if (tall <= height and (max_lines is None or len(lines) <= max_lines)) \
                or px <= _SMALLEST_PX:
            return px, lines
        px = max(_SMALLEST_PX, int(px * 0.9))


def _wrap(text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split() or [""]:
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while font.getlength(line) > width and len(line) > 1:  # a word wider than the box
            cut = len(line) - 1
            while cut > 1 and font.getlength(line[:cut]) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line)
    return lines
