"""Cover art: a user's image, validated, or a clean generated default (Pillow)."""

from __future__ import annotations

import io
import textwrap
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

    The title is large (an eighth of the side): apps show covers as thumbnails of 60 to
    130 px, where it must still be read.
    """
    from PIL import Image, ImageDraw, ImageFont  # as in load_cover

    image = Image.new("RGB", (size, size), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = size // 12
    title_px, show_px = size // 8, size // 16
    title_font = ImageFont.load_default(size=title_px)
    show_font = ImageFont.load_default(size=show_px)
    draw.rectangle((margin, margin, margin + size // 6, margin + size // 50), fill=_ACCENT)
    lines = textwrap.wrap(title, width=12) or [""]
    if len(lines) > 4:  # four lines fit above the show's name
        lines = [*lines[:3], lines[3].rstrip(",.;:") + "…"]
    y = margin + size // 10
    for line in lines:
        draw.text((margin, y), line, font=title_font, fill=_FOREGROUND)
        y += round(title_px * 1.15)
    draw.text((margin, size - margin - show_px), show.upper(), font=show_font, fill=_ACCENT)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88, optimize=True)
    return Cover(buffer.getvalue(), "image/jpeg", size, size)
