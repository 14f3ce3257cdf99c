"""Whole documents read like a careful reader reads them: tables as sentences, links as a
listener needs them, no pictographs, no digits or symbols left for the speech engine."""

from __future__ import annotations

import re
import unicodedata

import pytest
from conftest import ARTICLES as DATA
from conftest import run_cli

from audio.options import EpisodeOptions
from audio.pipeline import load_script
from audio.text.segment import sentences

ROWS_SPOKEN = [
    "Zürich to Amsterdam: twelve point five hours, cheapest seat fifty-nine euros and "
    "ninety cents, cabin two hundred and ten euros.",
    "Vienna to Hamburg: thirteen hours, cheapest seat forty-nine euros and ninety cents, "
    "cabin one hundred and eighty euros.",
]
ROWS_SHOWN = [  # what the transcript and captions show for the same rows
    "Zürich to Amsterdam: 12.5 hours, cheapest seat €59.90, cabin €210.",
    "Vienna to Hamburg: 13 hours, cheapest seat €49.90, cabin €180.",
]


def _script(name: str):
    return load_script(DATA / name, EpisodeOptions())


@pytest.fixture(params=["timetable.md", "timetable.html"])
def timetable(request):
    return _script(request.param)


def test_a_table_is_read_a_sentence_per_row(timetable):
    rows = [s for s in timetable.segments if s.text.startswith(("Zürich", "Vienna"))]
    assert [s.speech for s in rows] == ROWS_SPOKEN
    assert [s.text for s in rows] == ROWS_SHOWN
    everything = " ".join(s.text + " " + s.speech for s in timetable.segments)
    assert "|" not in everything and "---" not in everything


def test_links_are_said_as_a_listener_needs_them(timetable):
    speech = " ".join(s.speech for s in timetable.segments)
    # a long address: only where it leads
    assert "The railway's own page, a link on U-Z dot gov dot U-A-, lists" in speech
    assert "February" not in speech and "station" not in speech
    # an e-mail address and a phone number, in groups
    assert ("tickets at nightjet dot example dot com or plus forty-three, one, "
            "nine three zero, zero zero zero") in speech
    # a link whose text is read: the text only
    assert "the booking page has the rest" in speech
    assert "booking dot" not in speech and "slash" not in speech


def test_times_money_ranges_and_names(timetable):
    speech = " ".join(s.speech for s in timetable.segments)
    for said in ("The twenty-two forty departure reaches Hamburg at nine thirty the next",
                 "ten to fifteen percent cheaper",
                 "four point five billion dollars has gone",
                 "about one quarter of what you would fly with",
                 "Food for two meals versus the dining car's prices.",
                 "A copy of Chapter four, on Henry the eighth's travels."):
        assert said in speech, said


def test_pictographs_are_shown_but_not_spoken(timetable):
    first = next(s for s in timetable.segments if s.text.startswith("Sleeper"))
    assert "\U0001f686" in first.text
    assert first.speech.startswith("Sleeper trains are back across Europe, and")
    speech = " ".join(s.speech for s in timetable.segments)
    assert not [ch for ch in speech if unicodedata.category(ch) == "So"]


def test_nothing_unspeakable_reaches_the_engine(timetable):
    for segment in timetable.segments:
        left = re.findall(r"[^\w\s.,;:!?'\"()\-]|\d", segment.speech)
        assert not left, (segment.speech, left)


def test_markdown_and_html_sound_the_same():
    markdown, html = _script("timetable.md"), _script("timetable.html")
    assert [s.speech for s in markdown.segments] == [s.speech for s in html.segments]


def test_a_wide_table_is_announced_not_read(tmp_path):
    header = "| " + " | ".join(f"Col {i}" for i in range(8)) + " |"
    rule = "|" + " --- |" * 8
    rows = ["| " + " | ".join(str(r * 10 + c) for c in range(8)) + " |" for r in range(3)]
    article = tmp_path / "wide.md"
    article.write_text("# Wide\n\nA paragraph before the table, long enough to be prose.\n\n"
                       + "\n".join([header, rule, *rows]) + "\n")
    script = load_script(article, EpisodeOptions())
    said = [s.speech for s in script.segments]
    assert "A table of three rows and eight columns is left out here." in said
    assert not any("Col" in s for s in said)


def test_abbreviations_do_not_end_a_sentence():
    assert sentences("We climbed Mt. Everest vs. Mt. Fuji in Jan. and Feb. It was cold.") == [
        "We climbed Mt. Everest vs. Mt. Fuji in Jan. and Feb.", "It was cold."]
    script = load_script(DATA / "timetable.md", EpisodeOptions())
    assert all("versus." not in s.speech and "Mount." not in s.speech
               for s in script.segments)


def test_papercast_text_shows_the_table_as_sentences():
    result = run_cli("text", str(DATA / "timetable.md"))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert ROWS_SPOKEN[0] in out and "|" not in out
