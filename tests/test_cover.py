"""Cover art: a generated default embedded in every episode, a given image validated."""


from __future__ import annotations

import io

from conftest import ARTICLES, run_cli
from mutagen.id3 import ID3
from PIL import Image


def test_default_cover_is_embedded(sample_episodes):
    episode = sample_episodes["night-trains.md"]
    pictures = ID3(episode.path).getall("APIC")
    assert len(pictures) == 1 and pictures[0].type == 3 and pictures[0].mime == "image/jpeg"
    image = Image.open(io.BytesIO(pictures[0].data))
    assert image.size == (1400, 1400) and image.mode == "RGB"
    assert len(pictures[0].data) < 300_000


def test_cover_option_validates(tmp_path):
    not_image = tmp_path / "cover.png"
    not_image.write_text("not a picture")
    result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o", str(tmp_path / "x.mp3"),
                     "--cover", str(not_image))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        f"Error: {not_image}: not a readable image (a JPEG or PNG file is needed)")
    assert not (tmp_path / "x.mp3").exists()

    wide = tmp_path / "wide.png"
    Image.new("RGB", (800, 400), (10, 20, 30)).save(wide)
    result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o", str(tmp_path / "y.mp3"),
                     "--cover", str(wide), "--no-master")
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.decode().splitlines()
    assert f"Warning: {wide}: cover is 800×400; podcast apps expect a square" in warnings
    picture = ID3(tmp_path / "y.mp3").getall("APIC")[0]
    assert picture.mime == "image/png" and Image.open(io.BytesIO(picture.data)).size == (800, 400)


def test_a_long_title_fits_whole_on_the_generated_cover():
    """Smaller type and more lines, never a title cut short."""
    from PIL import ImageFont

    from audio.episode.cover import LINE_SPACING, default_cover, fit_text

    title = ("The Extraordinarily Long Title of an Article About Night Trains Across Europe "
             "and What They Teach Us About Slowness, Patience and the Timetables of the Heart")
    def font_at(px):
        return ImageFont.load_default(size=px)

    px, lines = fit_text(title, (1200, 900), 175, font_at)
    assert " ".join(lines) == title
    assert px < 175 and all(font_at(px).getlength(line) <= 1200 for line in lines)
    assert round(px * LINE_SPACING) * (len(lines) - 1) + px <= 900
    short_px, short_lines = fit_text("Night Trains", (1200, 900), 175, font_at)
    assert (short_px, short_lines) == (175, ["Night Trains"])
    long_word = fit_text("Supercalifragilisticexpialidociousness", (400, 900), 175, font_at)[1]
    assert "".join(long_word) == "Supercalifragilisticexpialidociousness"
    with Image.open(io.BytesIO(default_cover(title, "Evening Reads").data)) as image:
        assert image.size == (1400, 1400)


def _pixels(cover) -> bytes:
    with Image.open(io.BytesIO(cover.data)) as image:
        return image.convert("L").tobytes()


def test_the_generated_cover_draws_every_european_letter_and_no_empty_boxes():
    """Pillow's own font has no "é", "ß", "ł" or "€": a German title came out with a box
    for every umlaut. The cover's font (Noto Sans) has them; a title in letters it does
    not have (Arabic, Chinese) is left out, with a warning, and emoji are left out of a
    title that is otherwise drawn."""
    from audio.episode.cover import _font_data, _glyph, _regular, default_cover, drawable

    assert _font_data() is not None
    font = _regular(40)
    missing = _glyph(font, "\U0010fffd")
    letters = "äöüßéèçñłőğşİ€—“”ЖжЩΩωỆ"
    assert [ch for ch in letters if _glyph(font, ch) == missing] == []
    assert drawable("Über die Brücke — à Paris, für 5 €") == \
        "Über die Brücke — à Paris, für 5 €"
    assert drawable("Night trains 🚆 are back") == "Night trains are back"
    assert drawable("مكتبة جديدة") is None and drawable("東京の図書館") is None

    untitled = default_cover("", "News")
    arabic = default_cover("مكتبة جديدة في القاهرة", "News")
    assert _pixels(arabic) == _pixels(untitled)
    assert arabic.warnings and "leaves the title out" in arabic.warnings[0]
    german = default_cover("Über die Brücke", "News")
    assert not german.warnings and _pixels(german) != _pixels(untitled)
    with_emoji = default_cover("Night trains 🚆 are back", "News")
    assert _pixels(with_emoji) == _pixels(default_cover("Night trains are back", "News"))
