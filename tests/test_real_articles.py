"""Articles written the way real blogs and newsletters are (tests/data/real-world), in
English, German and French, each holding every class of issue 23: reference
abbreviations, versions, hashtags and handles, money as an adjective, telephone numbers,
footnotes in the page's own markup, furniture before the notes, German ordinals.

Read by `papercast text` in a real process; the spoken text is checked phrase by phrase.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import run_cli

from audio.models import PARAGRAPH, Block
from audio.text.formats.common import finish

REAL_WORLD = "tests/data/real-world"


def spoken_script(name: str) -> dict:
    result = run_cli("text", f"{REAL_WORLD}/{name}", "--output-format", "json")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def speech(script: dict) -> str:
    return " ".join(segment["speech"] for segment in script["segments"])


EXPECTED = {
    "field-notes.html": (
        "en", "Notes",
        ["left the harbor in nineteen eleven. The permit",  # no "point one" from ¹
         "Volume three, number twelve", "pages forty-five to sixty-seven",
         "a copy of page eight", "chapter four of the second edition by Moore and others",
         "(compare Table one)", "twelve Baker Street near Saint Paul's Church",
         "Walk down Main Street to the river", "built circa eighteen fifty for circa three "
         "hundred passengers.", "four dollars including tax",
         "a one point two billion dollar bond", "ninety-eight points in",
         "the department head wants minimum and maximum waiting times",
         "version two point three point one", "three point eleven point four",
         "hashtag Quiet Crossing and at Sound Link Ferry",
         "zero two zero, seven nine four six, zero nine five eight"],
        ["According to the port archive, which holds the original permit.",
         "The hall was enlarged twice after the war."]),
    "fahrplan.md": (
        "de", "Anmerkungen",
        ["Der dritte Mai war ein guter Tag", "Seit dem dritten Mai",
         "Am dritten Mai kam auch der zweite Zug", "für den zwölften Juni",
         "null drei null, eins zwei drei vier fünf sechs sieben",
         "plus neun und vierzig, dreißig, eins zwei drei vier fünf sechs sieben",
         "Version zwei Punkt drei Punkt eins", "Hashtag Ruhige Fahrt",
         "eine Million Euro"],
        ["Im Winter fährt die Fähre nur alle zwei Stunden.",
         "Das Geld stammt aus dem Landeshaushalt."]),
    "horaires.html": (
        "fr", "Notes",
        ["à partir du trois mai. Pour",
         "zéro un, vingt-trois, quarante-cinq, soixante-sept, quatre-vingt-neuf",
         "plus trente-trois, un, vingt-trois", "version deux point trois",
         "arobase Bac Du Port", "hashtag Traversée Calme"],
        ["En hiver, le bac ne circule que toutes les deux heures."]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_articles_are_read_as_a_careful_reader_would(name):
    language, notes_heading, phrases, notes = EXPECTED[name]
    script = spoken_script(name)
    said = speech(script)
    assert script["language"] == language
    for phrase in phrases:
        assert phrase in said, f"{phrase!r} not in {said!r}"
    # no footnote mark, back-link arrow or stray abbreviation period reaches the engine
    assert not re.search(r"[↩\[\]^]|\b(?:pp?|Vol|incl|ch|ed|c|ca|dept|min|max)\.", said)
    # the notes come last, under their heading in the article's language, after the
    # body's last paragraph: the share and thanks lines before them are gone
    kinds = [(s["kind"], s["text"]) for s in script["segments"]]
    heading_at = kinds.index(("heading", notes_heading))
    assert [text for _, text in kinds[heading_at + 1:]] == notes
    assert script["chapters"][-1] == notes_heading
    before = " ".join(text for _, text in kinds[:heading_at]).lower()
    for furniture in ("share this", "thanks for reading", "teilen sie", "merci de votre",
                      "all rights reserved"):
        assert furniture not in before


@pytest.mark.parametrize("line", [
    "Share this article", "Teilen Sie diesen Artikel", "Merci de votre lecture !",
    "Gracias por leer.", "Grazie per la lettura!", "Tack för att du läste!",
    "© 2024 Harbor Weekly. All rights reserved.", "Alle Rechte vorbehalten.",
])
def test_furniture_before_the_notes_is_dropped_in_every_language(line):
    body = [Block(PARAGRAPH, "The ferry runs every hour again, and the pier is open all "
                             "day."), Block(PARAGRAPH, line)]
    article = finish("Ferry", body, "ferry.md", notes=[Block(PARAGRAPH, "In winter, less.")])
    assert [b.text for b in article.blocks] == [body[0].text, "Notes", "In winter, less."]


SUBSTACK_SUP = (
    "<html><head><title>Pier</title></head><body><article><h1>Pier</h1>"
    "<p>The pier opened in 1911.<sup>1</sup> It was rebuilt in 1950.<sup><a href=\"#n2\">2"
    "</a></sup> The council paid for the new deck, and the harbor master chose the wood "
    "himself.</p><ol class=\"endnotes\"><li id=\"endnote-1\">From the town minutes. "
    "<a href=\"#ref-1\">^</a></li><li id=\"endnote-2\">After the storm.</li></ol>"
    "</article></body></html>")


def test_note_marks_of_other_shapes_are_never_read(tmp_path):
    page = tmp_path / "pier.html"
    page.write_text(SUBSTACK_SUP, encoding="utf-8")
    result = run_cli("text", str(page), "--output-format", "json")
    assert result.returncode == 0, result.stderr.decode()
    script = json.loads(result.stdout)
    said = speech(script)
    assert "opened in nineteen eleven. It was rebuilt in nineteen fifty. The council" in said
    assert said.endswith("Notes From the town minutes. After the storm.")
