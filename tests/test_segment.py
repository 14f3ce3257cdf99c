"""Article → Script: order, roles, pauses, chapters, sentence splitting."""

from __future__ import annotations

from conftest import ARTICLES

from audio.models import HEADING, PARAGRAPH, Article, Block
from audio.text.read import read_article
from audio.text.segment import MAX_SEGMENT_CHARS, make_script, sentences, split_long


def test_script_of_markdown_article():
    script = make_script(read_article(ARTICLES / "night-trains.md"))
    first = script.segments[:3]
    assert [(s.kind, s.role, s.pause_after) for s in first] == [
        ("title", "headline", "sentence"), ("byline", "narrator", "title"),
        ("paragraph", "narrator", "paragraph")]
    assert first[1].text == "By Jonas Weber."
    assert [c.title for c in script.chapters] == [
        "The Quiet Return of the Night Train", "A different kind of passenger",
        "The hard economics", "What comes next", "Notes"]
    for chapter in script.chapters[1:]:
        heading = script.segments[chapter.first_segment]
        assert (heading.kind, heading.pause_after, heading.text) == (
            "heading", "heading", chapter.title)
    assert script.segments[-1].pause_after == "end"
    quote = next(s for s in script.segments if s.kind == "quote")
    assert quote.role == "quote"
    assert make_script(read_article(ARTICLES / "night-trains.md"),
                       quote_voice=False).segments[quote.index].role == "narrator"


def test_long_paragraph_split_at_sentences_and_rejoins_exactly():
    text = " ".join(f"Sentence number {i} says something about Dr. Smith and 3.5 km." for i in
                    range(20))
    parts = split_long(text)
    assert len(parts) > 1
    assert all(len(p) <= MAX_SEGMENT_CHARS for p in parts)
    assert " ".join(parts) == text
    assert all(p.endswith("km.") for p in parts)
    article = Article("T", (Block(PARAGRAPH, text), Block(HEADING, "H"), Block(PARAGRAPH, "x.")))
    pauses = [s.pause_after for s in make_script(article).segments]
    assert pauses == ["title"] + ["sentence"] * (len(parts) - 1) + ["paragraph", "heading", "end"]


def test_sentence_splitter_respects_abbreviations():
    text = ("Dr. O'Neill spoke on Sept. 14 at 7:30 p.m. in Room 2B. The U.S. Dept. of "
            "Transportation agreed. It cost $3.5 million.")
    assert sentences(text) == [
        "Dr. O'Neill spoke on Sept. 14 at 7:30 p.m. in Room 2B.",
        "The U.S. Dept. of Transportation agreed.", "It cost $3.5 million."]


def test_run_on_sentence_is_capped_for_the_engine():
    text = "word " * 2000
    parts = split_long(text.strip())
    assert all(len(p) <= 1500 for p in parts)
    assert " ".join(parts).split() == text.split()


def test_a_huge_paragraph_is_split_in_windows_that_lose_nothing():
    from audio.text.segment import SENTENCE_WINDOW_CHARS, _windows

    text = " ".join(f"Sentence {n} ends here. Dr. Smith agreed." for n in range(5000))
    windows = _windows(text)
    assert "".join(windows) == text
    assert len(windows) > 10 and all(len(w) <= SENTENCE_WINDOW_CHARS for w in windows)
    assert all(w.rstrip().endswith(".") for w in windows)
    assert len(sentences(text)) == 10_000


def test_sentences_are_found_as_pysbd_finds_them_without_a_pattern_each():
    """pysbd located each sentence with a regex made from it, and hundreds of those pushed
    the normalizer's patterns out of Python's cache; ours finds the same sentences."""
    import re

    import pysbd

    tricky = ["Dr. Smith went to Washington D.C. on Jan. 5.  He said: \"Hi!\"  Then he left...",
              "Same. Same. Same.", "  Lead space. And tail.  ", "A. B. Jones replied. It is 3.5 m.",
              "Is it? Yes! No... maybe. (Quoted.) 'Single.' End"]
    theirs = pysbd.Segmenter(language="en", clean=False)
    for text in tricky:
        assert sentences(text) == [s.strip() for s in theirs.segment(text) if s.strip()]
    many = " ".join(f"Sentence {i} is about the {i % 13}th harbor at dusk." for i in range(600))
    re.purge()
    assert len(sentences(many)) == 600
    assert len(re._cache) < 200  # pysbd's own patterns; one a sentence would fill all 512
