"""Whole episodes from the sample articles, on real espeak-ng and ffmpeg, read back
by independent readers (mutagen, ffmpeg's decoder, webvtt-py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import webvtt
from audio_probe import clock_seconds, decoded_duration_s, decoded_samples, ffprobe, speech_onset
from conftest import ARTICLES, SAMPLE_ARTICLES
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode

from audio.speech.profiles import load_profile
from audio.text.read import read_article
from audio.text.segment import sentences

EXPECTED_TAGS = {
    "harbor-news.txt": ("City Council Votes to Rebuild the Old Harbor Bridge", None, None),
    "night-trains.md": ("The Quiet Return of the Night Train", "Jonas Weber", "2026"),
    "lighthouse-keepers.html": ("The Last Lighthouse Keepers", "Priya Natarajan", "2026"),
}


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_tags_read_back_by_mutagen(sample_episodes, name):
    episode = sample_episodes[name]
    title, author, year = EXPECTED_TAGS[name]
    raw = episode.path.read_bytes()
    assert raw[:3] == b"ID3" and raw[3] == 3, "ID3v2.3 tag expected"
    tags = ID3(episode.path, translate=False)
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == title
    assert str(tags["TALB"]) == "Test Show"
    assert str(tags["TCON"]) == "Podcast"
    assert (str(tags["TPE1"]) if "TPE1" in tags else None) == author
    assert str(tags["TYER"]) == (year or str(dt.date.today().year))  # undated: made today
    assert "TDRC" not in tags
    assert abs(int(str(tags["TLEN"])) - episode.duration_s * 1000) <= 1
    assert str(tags.getall("USLT")[0]).startswith(title)
    info = MP3(episode.path).info
    assert (info.sample_rate, info.channels, info.bitrate) == (44100, 1, 64000)
    assert info.bitrate_mode == BitrateMode.CBR  # read from the LAME/Info header


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_duration_matches_segments_and_pauses(voiced_episodes, name):
    episode = voiced_episodes[name]
    pauses = load_profile("narrator").pauses
    last = episode.timings[-1]
    expected = last.end_s + pauses.after(last.segment.pause_after)
    assert 0 <= expected - episode.duration_s < 0.027  # end trimmed to fill the last MP3 frame
    summed = sum(t.end_s - t.start_s + pauses.after(t.segment.pause_after)
                 for t in episode.timings)
    assert abs(MP3(episode.path).info.length - summed) < 0.05
    assert abs(decoded_duration_s(episode.path) - summed) < 0.05
    assert abs(decoded_duration_s(episode.path) - episode.duration_s) < 0.001
    probed = ffprobe(episode.path)
    assert abs(float(probed["format"]["duration"]) - summed) < 0.05
    assert probed["format"]["tags"]["title"] == episode.title
    assert summed > 30


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_captions_are_the_spoken_segments(voiced_episodes, name):
    episode = voiced_episodes[name]
    spoken = " ".join(t.segment.text for t in episode.timings)
    vtt = webvtt.read(str(episode.path.with_suffix(".vtt")))
    srt = webvtt.from_srt(str(episode.path.with_suffix(".srt")))
    for captions in (vtt.captions, srt.captions):
        text = " ".join(c.text.replace("\n", " ") for c in captions)
        assert text.replace("&amp;", "&").replace("&lt;", "<") == spoken
        starts = [clock_seconds(c.start) for c in captions]
        assert starts == sorted(starts)
        assert all(clock_seconds(c.end) > clock_seconds(c.start) for c in captions)
    length = MP3(episode.path).info.length
    last_end = webvtt.read(str(episode.path.with_suffix(".vtt"))).captions[-1]
    assert abs(clock_seconds(last_end.end) - length) < 0.1
    assert all(clock_seconds(c.end) <= length + 0.001 for c in vtt.captions)


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_every_body_sentence_spoken_once_and_no_furniture(voiced_episodes, name):
    episode = voiced_episodes[name]
    spoken = " ".join(t.segment.text for t in episode.timings)
    article = read_article(ARTICLES / name)
    for paragraph in article.paragraphs:
        for sentence in sentences(paragraph):
            assert spoken.count(sentence) == 1, sentence
    assert spoken.count(article.title) == 1
    for furniture in ("Share this article", "Subscribe to our newsletter", "Join the conversation",
                      "Advertisement", "Related stories", "Privacy policy", "6 min read",
                      "Photo: Coastal Review", "All rights reserved"):
        assert furniture not in spoken


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_chapters_file_matches_headings(voiced_episodes, name):
    episode = voiced_episodes[name]
    chapters = json.loads(episode.path.with_name(episode.path.stem + ".chapters.json")
                          .read_text())["chapters"]
    article = read_article(ARTICLES / name)
    assert [c["title"] for c in chapters] == [article.title, *article.headings]
    assert chapters[0]["startTime"] == 0
    heading_starts = [t.start_s for t in episode.timings if t.segment.kind == "heading"]
    assert [c["startTime"] for c in chapters[1:]] == pytest.approx(heading_starts, abs=0.001)
    probed = ffprobe(episode.path)["chapters"]
    assert [c["tags"]["title"] for c in probed] == [c["title"] for c in chapters]
    assert [float(c["start_time"]) for c in probed] == pytest.approx(
        [c["startTime"] for c in chapters], abs=0.001)
    id3 = ID3(episode.path)
    assert [str(id3[f"CHAP:chp{i}"].sub_frames["TIT2"]) for i in range(len(chapters))] == [
        c["title"] for c in chapters]


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_json_transcript_and_lyrics_frame(voiced_episodes, name):
    episode = voiced_episodes[name]
    transcript = json.loads(episode.path.with_suffix(".json").read_text())
    assert transcript["version"] == "1.0.0"
    bodies = " ".join(s["body"] for s in transcript["segments"])
    assert bodies == " ".join(t.segment.text for t in episode.timings)
    assert all(s["endTime"] <= episode.duration_s + 1e-3 for s in transcript["segments"])
    lyrics = str(ID3(episode.path).getall("USLT")[0])
    assert all(t.segment.text in lyrics for t in episode.timings)


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_segment_starts_match_the_decoded_audio(voiced_episodes, name):
    episode = voiced_episodes[name]
    samples = decoded_samples(episode.path)
    for timing in episode.timings:
        onset = speech_onset(samples, timing.start_s)
        assert onset is not None and abs(onset - timing.start_s) <= 0.05, (timing, onset)


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_captions_are_at_most_two_lines_of_32_characters(voiced_episodes, name):
    """The Podcasting 2.0 transcript guidance for SRT captions."""
    episode = voiced_episodes[name]
    for suffix in (".srt", ".vtt"):
        cues = episode.path.with_suffix(suffix).read_text().strip().split("\n\n")
        texts = [cue.split("\n")[2:] if suffix == ".srt" else cue.split("\n")[1:]
                 for cue in cues if "-->" in cue]
        assert texts and all(1 <= len(lines) <= 2 for lines in texts)
        assert all(len(line) <= 32 or " " not in line for lines in texts for line in lines), [
            line for lines in texts for line in lines if len(line) > 32]


def test_the_length_guard_counts_the_words_of_unspaced_scripts(tmp_path):
    """A Japanese book was one "word" a paragraph to the guard: 33,000 characters (about
    16,600 words, nearly two hours) passed a one-hour limit unnoticed."""
    from audio.errors import TooLongError
    from audio.models import PARAGRAPH, Article, Block
    from audio.pipeline import check_length

    paragraph = "東京都は新しい図書館を開館しました。" * 50
    article = Article(title="本", blocks=tuple(Block(PARAGRAPH, paragraph) for _ in range(35)),
                      source="book.txt")
    with pytest.raises(TooLongError, match="16,625 words"):
        check_length(article, rate_wpm=175, max_hours=1)


def test_a_megabyte_without_a_space_is_not_one_word_to_the_length_guard():
    from audio.errors import TooLongError
    from audio.models import PARAGRAPH, Article, Block
    from audio.pipeline import check_length

    article = Article(title="x", blocks=(Block(PARAGRAPH, "ab" * 1_000_000),), source="x.txt")
    with pytest.raises(TooLongError, match="200,000 words"):
        check_length(article, rate_wpm=175, max_hours=1)
