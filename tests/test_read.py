"""Reading articles: body in order, furniture gone, bad files refused with a clear reason."""

from __future__ import annotations

import re

import pytest
from conftest import ARTICLES, run_cli

from audio.errors import InputError
from audio.models import HEADING, LIST_ITEM, QUOTE
from audio.text.read import read_article


def test_plain_text_title_once_and_no_boilerplate():
    article = read_article(ARTICLES / "harbor-news.txt")
    assert article.title == "City Council Votes to Rebuild the Old Harbor Bridge"
    texts = [b.text for b in article.blocks]
    assert len(texts) == 7
    assert texts[0].startswith("After nearly two years of debate")
    assert texts[-1].startswith("The council will hold a public hearing")
    joined = " ".join(texts)
    for furniture in ("Share this article", "newsletter", "Join the conversation"):
        assert furniture not in joined
    assert article.title not in joined


def test_markdown_front_matter_headings_quotes_lists_footnotes():
    article = read_article(ARTICLES / "night-trains.md")
    assert (article.title, article.author, article.date) == (
        "The Quiet Return of the Night Train", "Jonas Weber", "2026-03-02")
    assert article.description.startswith("Why Europe's sleeper trains")
    assert article.headings == ["A different kind of passenger", "The hard economics",
                                "What comes next", "Notes"]
    kinds = [b.kind for b in article.blocks]
    assert kinds.count(QUOTE) == 1 and kinds.count(LIST_ITEM) == 3
    joined = " ".join(b.text for b in article.blocks)
    assert "By Jonas Weber" not in joined and "6 min read" not in joined
    assert "**" not in joined and "[^1]" not in joined
    assert "more than 40 regular night routes" in joined
    assert article.blocks[-1].text == (
        "In some countries, night trains pay the same track fees as freight.")


def test_html_article_body_only():
    article = read_article(ARTICLES / "lighthouse-keepers.html")
    assert (article.title, article.author, article.date) == (
        "The Last Lighthouse Keepers", "Priya Natarajan", "2026-06-18")
    assert [b.text for b in article.blocks if b.kind == HEADING] == [
        "A life measured in watches", "What the machines can’t do"]
    joined = " ".join(b.text for b in article.blocks)
    for furniture in ("Advertisement", "Related stories", "newsletter", "Privacy policy",
                      "analytics", "font-family", "Fresnel lens", "Coastal Review", "News"):
        assert furniture not in joined
    assert joined.startswith("For almost two centuries")
    assert joined.endswith("the door is about to blow off.”")
    assert [b.kind for b in article.blocks].count(QUOTE) == 1


def test_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle\n\nA paragraph with words.\n".encode())
    article = read_article(path)
    assert article.title == "Title" and article.paragraphs == ["A paragraph with words."]


def test_real_last_paragraph_starting_with_share_is_kept(tmp_path):
    path = tmp_path / "share.txt"
    last = ("Share prices in the harbor district rose by a third after the vote, and local "
            "traders expect them to keep climbing until the bridge reopens.")
    path.write_text(f"Title\n\nFirst paragraph.\n\n{last}\n\nShare this article\n")
    assert read_article(path).paragraphs[-1] == last


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "the article is empty"),
    (b"   \n\n\t  \n", "the article is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("Caf\u00e9 au lait".encode("latin-1"), "is not UTF-8 text (byte 0xe9 at offset 3)"),
    (b"... --- !!!\n\n???\n", "no speakable words"),
])
def test_bad_files_are_refused(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=r"bad\.txt: .*" + reason.replace("(", r"\(")
                       .replace(")", r"\)")):
        read_article(path)


def test_unknown_extension_names_the_fix(tmp_path):
    path = tmp_path / "a.docx"
    path.write_text("x")
    with pytest.raises(InputError, match="use .txt, .md, .html or .eml, or --format"):
        read_article(path)


def test_markdown_inline_rendering(tmp_path):
    path = tmp_path / "inline.md"
    path.write_text(
        "# Inline\n\nRead [the report](https://example.com/r.pdf) and run `make test`; "
        "![a chart](chart.png) it is *very* **clear**.\n\n"
        "- first item\n- second item with a [link](http://x.y)\n\n"
        "```\ncode blocks are not read\n```\n")
    article = read_article(path)
    assert article.title == "Inline"
    assert [b.text for b in article.blocks] == [
        "Read the report and run make test; it is very clear.",
        "first item", "second item with a link"]
    assert "https" not in " ".join(b.text for b in article.blocks)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("nobody.html", "<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2026</footer>"
     "</body></html>", "no article body found"),
    ("fm.md", "---\ntitle: Only Front Matter\nauthor: X\n---\n", "no article body found"),
    ("bp.txt", "Share this article\nSubscribe to our newsletter.\n",
     "the article is only site boilerplate"),
])
def test_articles_without_a_body_are_refused(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(InputError, match=reason):
        read_article(path)


@pytest.mark.parametrize("line", [
    "Share this article", "Share on Facebook", "Subscribe to our newsletter for more local news.",
    "Join the conversation: comments are open to subscribers.", "Sign up for our weekly email",
    "Follow us on Twitter", "© 2026 Coastal Review. All rights reserved.", "Advertisement",
    "12 comments", "Read more: ten coastal walks",
])
def test_boilerplate_rules(line):
    from audio.text.boilerplate import is_furniture

    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Share prices rose.", "Subscribers will notice the change next week, the editor said.",
    "Join us at the harbor on Sunday for the reopening of the bridge and the old ferry pier.",
])
def test_prose_is_not_furniture(line):
    from audio.text.boilerplate import is_furniture

    assert not is_furniture(line)


def test_control_characters_and_nuls_are_dropped_so_speech_equals_captions(tmp_path):
    from audio.options import EpisodeOptions
    from audio.pipeline import load_script

    path = tmp_path / "pasted.txt"
    filler = "A sentence that pads the file past the first few kilobytes. " * 200
    path.write_bytes(("Red \x1b[31mAlert\x07 Title\n\n" + filler + "\n\nThe ferry\x00 left "
                      "at dawn, and nobody\x0b said a word.\n").encode())
    article = read_article(path)
    assert article.title == "Red [31mAlert Title"
    assert article.paragraphs[-1] == "The ferry left at dawn, and nobody said a word."
    script = load_script(path, EpisodeOptions())
    assert all(not re.search("[\x00-\x08\x0b-\x1f]", s.text + s.speech) for s in script.segments)
    assert script.segments[-1].speech.startswith("The ferry left at dawn")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    text = "Zürich Nights\n\nThe night train to Zürich leaves at ten.\n"
    bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path.write_bytes(bom + text.encode(encoding))
    article = read_article(path)
    assert (article.title, article.paragraphs) == (
        "Zürich Nights", ["The night train to Zürich leaves at ten."])


def test_utf16_without_a_mark_names_the_likely_encoding(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Title\n\nBody text here.\n".encode("utf-16-le"))
    with pytest.raises(InputError, match="binary file.*UTF-16 without a byte-order mark"):
        read_article(path)


def test_a_page_of_navigation_only_is_not_an_article():
    with pytest.raises(InputError, match=r"navigation-only\.html: no article body found in "
                       r"the HTML page \(only navigation or page furniture\)$"):
        read_article(ARTICLES / "navigation-only.html")


def test_noscript_boxes_are_never_read_and_nested_paragraphs_are_read_once():
    article = read_article(ARTICLES / "noscript.html")
    assert article.title == "The Tide Tables"
    assert article.paragraphs == [
        "Every morning the harbour master pins a new sheet of tide tables to the board "
        "outside her office.",
        "The tables are printed in a small shop two streets away, where the same family has "
        "run the presses."]


def test_a_heading_merged_into_the_first_paragraph_is_read_once():
    article = read_article(ARTICLES / "merged-heading.html")
    assert (article.title, article.author) == ("The Tide Tables", "Ana Ruiz")
    assert article.paragraphs[0].startswith("Every morning the harbour master")


def test_a_plain_text_byline_names_the_author_and_is_not_a_chapter(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text("The Night Ferry\n\nBy Sam Ortiz · 3 min read\n\nThe night ferry leaves "
                    "at ten and arrives before dawn.\n\nBy the Numbers\n\nTen crossings a "
                    "week, two hundred passengers each.\n")
    article = read_article(path)
    assert article.author == "Sam Ortiz"
    assert article.headings == ["By the Numbers"]


def test_trailing_furniture_is_dropped_from_markdown_too():
    article = read_article(ARTICLES / "furniture-after.md")
    assert article.paragraphs == [
        "The harbour lights came on at six, one after another along the quay.",
        "The last one flickered and held."]


@pytest.mark.parametrize(("content", "body"), [
    # one line: a paragraph pasted into a file, not a title with nothing under it
    ("The ferry leaves at dawn. It returns after dark.\n",
     ["The ferry leaves at dawn. It returns after dark."]),
    # a first line far longer than a title is the article's opening paragraph
    ("The council voted on Tuesday to rebuild the old harbor bridge, ending two years of "
     "debate about a crossing that thousands of residents use every day.\n\nWork starts "
     "in spring.\n",
     ["The council voted on Tuesday to rebuild the old harbor bridge, ending two years of "
      "debate about a crossing that thousands of residents use every day.",
      "Work starts in spring."]),
])
def test_plain_text_without_a_title_line_is_all_body_titled_by_its_file(tmp_path, content,
                                                                        body):
    path = tmp_path / "harbor-bridge.txt"
    path.write_text(content, encoding="utf-8")
    article = read_article(path)
    assert article.title == "harbor-bridge"
    assert [b.text for b in article.blocks] == body


def test_a_lone_line_that_does_not_end_like_a_sentence_is_a_title_without_a_body(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Night Trains Return\n", encoding="utf-8")
    with pytest.raises(InputError, match="no article body found"):
        read_article(path)


JAPANESE = ("東京都は新しい図書館を開館しました。図書館には約三十万冊の本があります。"
            "利用者は午前九時から午後八時まで入館できます。")


@pytest.mark.parametrize(("charset", "text"), [
    ("windows-1251", "В Киеве открылась новая библиотека, в которой триста тысяч книг."),
    ("Shift_JIS", JAPANESE),
])
def test_a_saved_page_in_the_charset_it_declares_is_read(tmp_path, charset, text):
    """A page saved from a Russian or Japanese site keeps its legacy charset and says so
    in <meta>: read in it, as a browser would (it was "not UTF-8 text")."""
    path = tmp_path / "page.html"
    path.write_bytes(f'<html><head><meta http-equiv="Content-Type" content="text/html; '
                     f'charset={charset}"><title>Library</title></head><body><article>'
                     f"<h1>Library</h1><p>{text}</p></article></body></html>".encode(charset))
    assert [b.text for b in read_article(path).blocks] == [text]


def test_a_page_whose_bytes_are_not_its_declared_charset_says_both(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9 au lait '
                     b"co\xfbte trois euros le matin.</p></body></html>")
    with pytest.raises(InputError, match=r"is not UTF-8 text \(byte 0xe9 at offset \d+\), "
                                         r"nor the utf-8 it declares"):
        read_article(path)


def test_text_without_spaces_between_words_is_prose_not_a_title(tmp_path):
    """Counted by spaces, a Japanese paragraph was one word: an HTML page of them had "no
    article body", and a text file's first paragraph became its title."""
    from audio.text.counting import ends_a_sentence, word_count

    assert word_count(JAPANESE) == 31 and word_count("Night trains are back") == 4
    assert word_count("夜行列車 is back") == 4
    assert ends_a_sentence(JAPANESE) and ends_a_sentence("「本です。」")
    assert not ends_a_sentence("新しい図書館")
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>新しい図書館</title></head><body><article>"
                    f"<p>{JAPANESE}</p></article></body></html>", encoding="utf-8")
    assert [b.text for b in read_article(page).blocks] == [JAPANESE]
    text = tmp_path / "library.txt"
    text.write_text(f"{JAPANESE}\n\n{JAPANESE}\n", encoding="utf-8")
    article = read_article(text)
    assert article.title == "library" and len(article.blocks) == 2


def test_blobs_of_data_are_left_out_and_words_and_addresses_kept(tmp_path):
    """A 600 KB base64 image pasted into a page was 200 segments of spelled letters
    (hours of audio, under the length guard: one "word"). Runs of letters and digits of
    60 or more are data, not words; a long compound word and a long address stay."""
    import base64
    import hashlib

    blob = base64.b64encode(bytes(range(256)) * 2000).decode()
    digest = hashlib.sha256(b"x").hexdigest()
    address = "https://example.org/files/" + "a1" * 40
    compound = "Donaudampfschifffahrtselektrizitaetenhauptbetriebswerkbauunterbeamte"
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Bridge</title></head><body><article>"
                    f"<p>The harbour bridge opens again on Monday after two years.</p>"
                    f"<p>{blob}</p><p>Its key is {digest} (or ({digest})), see {address}."
                    f"</p><p>The {compound} met on Tuesday.</p></article></body></html>")
    blocks = [b.text for b in read_article(page).blocks]
    assert blocks == ["The harbour bridge opens again on Monday after two years.",
                      f"Its key is (or), see {address}.", f"The {compound} met on Tuesday."]


def test_a_title_too_long_to_be_one_is_cut_and_a_heading_too_long_is_a_paragraph(tmp_path):
    page = tmp_path / "stuffed.html"
    prose = "<p>The council met on Tuesday and voted to keep the ferry running all winter.</p>"
    page.write_text(f"<html><head><title>{'Cheap ferry tickets, ' * 200}</title>"
                    f"<meta name='description' content='{'Ferries. ' * 1000}'></head><body>"
                    f"<article><h1>{'The ferry runs on. ' * 120}</h1>{prose * 3}<h2>Winter</h2>"
                    f"{prose.replace('Tuesday', 'Friday') * 2}</article></body></html>")
    article = read_article(page)
    assert article.title == ("Cheap ferry tickets, " * 200)[:201].rsplit(" ", 1)[0] + "…"
    assert article.description == ("Ferries. " * 1000)[:4001].rsplit(" ", 1)[0][:-1] + "…"
    assert article.headings == ["Winter"]  # the 480-word "heading" is read as a paragraph
    assert article.paragraphs[0].startswith("The ferry runs on. The ferry runs on.")
    text = tmp_path / "subject.eml"
    text.write_text(f"Subject: {'Weekly digest ' * 100}\nFrom: A <a@example.org>\n"
                    "Content-Type: text/plain; charset=utf-8\n\n"
                    "The council met on Tuesday and voted to keep the ferry running.\n")
    assert read_article(text).title == ("Weekly digest " * 100)[:200].rsplit(" ", 1)[0] + "…"
    credited = tmp_path / "credits.md"
    credited.write_text(f"---\nauthor: {'Ann Lee, ' * 60}Bo Wu\n---\n# Ferry\n\n"
                        "The council met on Tuesday and voted to keep the ferry running.\n")
    assert read_article(credited).author == ("Ann Lee, " * 60)[:201].rsplit(" ", 1)[0][:-1] + "…"
    japanese = tmp_path / "jp.md"
    body = "新しい図書館が東京で開館しました。多くの人が訪れました。"
    japanese.write_text(f"# {'東京の新しい図書館' * 40}\n\n{body}\n", encoding="utf-8")
    assert read_article(japanese).title == ("東京の新しい図書館" * 40)[:200] + "…"


def test_furniture_amid_the_article_and_a_shortened_title_are_not_read(tmp_path):
    page = tmp_path / "ferry.html"
    first = "The night ferry returned to the old pier on Tuesday, and residents came to watch."
    second = "The council had voted in March to keep the service running through the winter."
    page.write_text(
        "<html><head><title>Ferry returns | The Harbour Times</title></head><body><article>"
        f"<h1>Ferry returns to the old pier</h1><p>{first}</p><div>Advertisement</div>"
        "<p>Read more: Council approves harbour budget</p><p>Lesen Sie auch: Die Fähre</p>"
        f"<p>Table of contents</p><p>{second}</p><p>Related: Five things to know about the "
        "timetable</p><p>Back to top</p></article></body></html>")
    article = read_article(page)
    assert article.title == "Ferry returns to the old pier"
    assert [b.text for b in article.blocks] == [first, second]


def test_raw_html_in_markdown_is_read_as_text_without_scripts_or_comments(tmp_path):
    article = tmp_path / "notes.md"
    article.write_text("# Notes\n\nThe ferry came back on Tuesday morning.\n\n"
                       '<div class="callout">Tip: arrive <b>early</b> &amp; bring a coat.</div>'
                       "\n\n<!-- draft: check the date -->\n\n<script>var x = 1;</script>\n\n"
                       "<details><summary>Timetable</summary>It leaves at six.</details>\n")
    assert [b.text for b in read_article(article).blocks] == [
        "The ferry came back on Tuesday morning.", "Tip: arrive early & bring a coat.",
        "Timetable", "It leaves at six."]


def test_a_newsletter_platforms_buttons_amid_a_post_are_not_read(tmp_path):
    post = tmp_path / "post.html"
    first = "The ferry came back on Tuesday, and half the town came down to the pier to see it."
    second = "Share this with your children: the old captain still rings the bell at six."
    post.write_text(
        f"<html><body><article><h1>Ferry notes</h1><p>{first}</p><p>Subscribe now</p>"
        "<p>Thanks for reading Ferry Notes! Subscribe for free to receive new posts and "
        f"support my work.</p><p>Share</p><p>Photo: Jon Berg/Reuters</p><p>{second}</p>"
        "<p>Leave a comment</p><p>(Foto: dpa)</p>"
        "<p>The timetable is on the harbour office's door.</p></article></body></html>")
    assert [b.text for b in read_article(post).blocks] == [
        first, second, "The timetable is on the harbour office's door."]


def test_a_device_or_a_huge_file_is_refused_before_it_fills_the_memory(tmp_path):
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")  # read whole, it never ends
    huge = tmp_path / "huge.md"
    with huge.open("wb") as stream:
        stream.truncate(65 * 1024 * 1024)  # sparse: no disk used
    for article in (zero, huge):
        with pytest.raises(InputError, match=r"too large to read \(more than 64 MB\)"):
            read_article(article)
    # every other file a user names is read the same way: a cover, a lexicon
    result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o",
                     str(tmp_path / "ep.mp3"), "--cover", str(zero))
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: {zero}: too large to read (more than 64 MB)\n"


def test_a_plain_text_list_is_read_item_by_item_without_its_marks(tmp_path):
    article = tmp_path / "tips.txt"
    article.write_text("Ferry tips\n\nThree things to know before you travel this winter.\n\n"
                       "1. Book early, because the cabins sell out.\n2) Bring a coat\n"
                       "   for the deck.\n\nWhat else:\n- Tickets are sold at the pier.\n"
                       "* Dogs travel free.\n\n> The ferry leaves at six,\n"
                       ">> and returns at nine.\n")
    blocks = read_article(article).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Three things to know before you travel this winter."),
        ("list_item", "Book early, because the cabins sell out."),
        ("list_item", "Bring a coat for the deck."),
        ("paragraph", "What else:"),
        ("list_item", "Tickets are sold at the pier."),
        ("list_item", "Dogs travel free."),
        ("quote", "The ferry leaves at six, and returns at nine.")]
