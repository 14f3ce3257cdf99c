"""Cover art: a user's image, validated, or a clean generated default (Pillow)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from audio.errors import InputError

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
        data = Path(path).read_bytes()
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
    type and more lines, never cut.
    """
    from PIL import Image, ImageDraw, ImageFont  # as in load_cover

    image = Image.new("RGB", (size, size), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = size // 12
    show_px = size // 16
    draw.rectangle((margin, margin, margin + size // 6, margin + size // 50), fill=_ACCENT)
    top = margin + size // 10
    room = (size - 2 * margin, size - margin - show_px - size // 20 - top)
    title_px, lines = fit_text(title, room, size // 8,
                               lambda px: ImageFont.load_default(size=px))
    title_font = ImageFont.load_default(size=title_px)
    y = top
    for line in lines:
        draw.text((margin, y), line, font=title_font, fill=_FOREGROUND)
        y += round(title_px * LINE_SPACING)
    show_line = fit_text(show.upper(), (size - 2 * margin, show_px * 2), show_px,
                         lambda px: ImageFont.load_default(size=px), max_lines=1)
    draw.text((margin, size - margin - show_px), show_line[1][0],
              font=ImageFont.load_default(size=show_line[0]), fill=_ACCENT)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88, optimize=True)
    return Cover(buffer.getvalue(), "image/jpeg", size, size)


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
