"""Captions and chapters files: formats, cue splitting, timing."""

from __future__ import annotations

import json

import webvtt

from audio.episode.sidecars import cues, json_chapters, json_transcript, srt
from audio.episode.sidecars import webvtt as to_vtt
from audio.models import ChapterMark, Segment, Timing


def _timing(text: str, start: float, end: float) -> Timing:
    return Timing(Segment(0, "paragraph", text, text, "paragraph"), start, end)


LONG = ("Operators have answered with new rolling stock, compact mini-cabins for solo "
        "travellers & showers in every car, and with timetables that let one set of cars "
        "work a route in both directions each night.")


def test_long_segment_split_into_two_line_cues_covering_its_span():
    result = cues((_timing(LONG, 10.0, 22.0),))
    assert len(result) == 4  # two lines of at most 32 characters each
    assert " ".join(c.words for c in result) == LONG
    assert result[0].start_s == 10.0 and abs(result[-1].end_s - 22.0) < 1e-9
    for a, b in zip(result, result[1:]):
        assert a.end_s == b.start_s
    assert all(len(c.text.split("\n")) <= 2 for c in result)
    assert all(len(line) <= 32 for c in result for line in c.text.split("\n"))


def test_webvtt_and_srt_parse_with_real_parsers(tmp_path):
    result = cues((_timing("Short one.", 0.0, 1.0), _timing(LONG, 3661.5, 3670.25)), end_s=3671)
    vtt_path, srt_path = tmp_path / "a.vtt", tmp_path / "a.srt"
    vtt_path.write_text(to_vtt(result))
    srt_path.write_text(srt(result))
    parsed = webvtt.read(str(vtt_path))
    assert parsed.captions[1].start == "01:01:01.500"
    assert parsed.captions[-1].end == "01:01:11.000"
    assert " ".join(c.text.replace("\n", " ") for c in parsed.captions).replace(
        "&amp;", "&") == "Short one. " + LONG
    from_srt = webvtt.from_srt(str(srt_path))
    assert [c.text for c in from_srt.captions] == [c.text for c in result]
    assert srt(result).splitlines()[1] == "00:00:00,000 --> 00:00:01,000"


def test_json_files_follow_podcasting_2_0():
    result = cues((_timing("Hello there.", 0.5, 2.1),))
    assert json.loads(json_transcript(result, "de")) == {
        "version": "1.0.0", "language": "de",
        "segments": [{"startTime": 0.5, "endTime": 2.1, "body": "Hello there."}]}
    chapters = json.loads(json_chapters((ChapterMark("Intro", 0, 5.5),
                                         ChapterMark("Más", 5.5, 9))))
    assert chapters["version"] == "1.2.0"
    assert [(c["startTime"], c["title"]) for c in chapters["chapters"]] == [(0, "Intro"),
                                                                           (5.5, "Más")]


def test_japanese_captions_break_between_characters_and_fit_two_lines():
    """Chinese and Japanese have no spaces to break at: a segment was one caption line of
    61 characters, 11 s long. Lines now break between characters, a character counting
    two columns (16 to a line), and the transcript's body joins them without a space."""
    text = ("東京都は新しい図書館を開館しました。図書館には約三十万冊の本があります。"
            "利用者は午前九時から午後八時まで入館できます。")
    result = cues((_timing(text, 0.0, 11.3),))
    assert "".join(c.words for c in result) == text
    assert all(c.end_s - c.start_s <= 7.0 for c in result)
    lines = [line for c in result for line in c.text.split("\n")]
    assert all(len(line) <= 16 for line in lines) and len(lines) == 4
    mixed = cues((_timing("新しい図書館 opens on Monday with 300,000 books", 0.0, 4.0),))
    assert " ".join(c.words for c in mixed) == "新しい図書館 opens on Monday with 300,000 books"
    body = json.loads(json_transcript(result))["segments"][0]["body"]
    assert " " not in body and body == result[0].words
