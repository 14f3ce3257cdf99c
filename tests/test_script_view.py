"""`papercast text`: the script as the listener will hear it."""

from __future__ import annotations

import json

from conftest import ARTICLES, run_cli


def test_text_command_shows_segments_kinds_pauses_and_speech():
    result = run_cli("text", str(ARTICLES / "harbor-news.txt"))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    lines = out.splitlines()
    assert lines[0] == "Language: en (detected from the text)"
    assert lines[1] == "== Chapter 1: City Council Votes to Rebuild the Old Harbor Bridge"
    assert lines[2] == "[1] title · headline · then 1.2 s title pause"
    assert "voted seven to two on Tuesday night" in out
    assert "Share this article" not in out
    assert lines[-2] == "[9] paragraph · narrator · then 1 s end pause"


def test_text_command_json(tmp_path):
    lexicon = tmp_path / "lex.toml"
    lexicon.write_text('[words]\n"Vienna" = "Veen"\n')
    result = run_cli("text", str(ARTICLES / "night-trains.md"), "--output-format", "json",
                     "--lexicon", str(lexicon))
    assert result.returncode == 0, result.stderr
    script = json.loads(result.stdout)
    assert script["title"] == "The Quiet Return of the Night Train"
    assert script["chapters"][1:] == ["A different kind of passenger", "The hard economics",
                                      "What comes next", "Notes"]
    kinds = [s["kind"] for s in script["segments"]]
    assert kinds[:3] == ["title", "byline", "paragraph"]
    quote = next(s for s in script["segments"] if s["kind"] == "quote")
    assert quote["role"] == "quote" and "between Veen and Hamburg" in quote["speech"]
    assert all(s["pause_s"] > 0 for s in script["segments"])


def test_text_command_bad_lexicon():
    result = run_cli("text", str(ARTICLES / "night-trains.md"), "--lexicon", "/nonexistent.toml")
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "Error: /nonexistent.toml: no such lexicon file"
