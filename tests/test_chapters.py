"""Chapters and the intro/outro around them: ID3 CTOC, ffprobe and the JSON file agree,
captions start with each chapter, and an intro shifts everything by its length."""


from __future__ import annotations

import json
import subprocess

import pytest
import webvtt
from audio_probe import clock_seconds, ffprobe
from conftest import ARTICLES, SAMPLE_ARTICLES
from mutagen.id3 import ID3

from audio.episode.sidecars import MAX_CUE_S
from audio.pipeline import EpisodeOptions, make_episode
from audio.sound.ffmpeg import ffmpeg_exe


def _cue_starts(mp3) -> list[float]:
    return [clock_seconds(c.start) for c in webvtt.read(str(mp3.with_suffix(".vtt"))).captions]


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_chapters_in_id3_ctoc_ffprobe_and_json_agree(voiced_episodes, name):
    episode = voiced_episodes[name]
    id3 = ID3(episode.path)
    toc = id3.getall("CTOC")
    assert len(toc) == 1 and toc[0].flags == 3
    ids = toc[0].child_element_ids
    assert ids == [f"chp{i}" for i in range(len(episode.chapters))]
    chaps = [id3[f"CHAP:{element}"] for element in ids]
    assert [c.start_time for c in chaps] == sorted(c.start_time for c in chaps)
    assert all(c.start_offset == c.end_offset == 0xFFFFFFFF for c in chaps)
    probed = ffprobe(episode.path)["chapters"]
    json_chapters = json.loads(episode.path.with_name(episode.path.stem + ".chapters.json")
                               .read_text())["chapters"]
    for mark, chap, probe, item in zip(episode.chapters, chaps, probed, json_chapters,
                                       strict=True):
        assert str(chap.sub_frames["TIT2"]) == probe["tags"]["title"] == item["title"]
        assert abs(float(probe["start_time"]) - mark.start_s) < 0.05
        assert abs(item["startTime"] - mark.start_s) < 0.05
        assert abs(chap.start_time / 1000 - mark.start_s) < 0.05


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_first_cue_of_each_chapter_starts_with_it(voiced_episodes, name):
    episode = voiced_episodes[name]
    starts = _cue_starts(episode.path)
    for chapter in episode.chapters:
        first = min((s for s in starts if s >= chapter.start_s - 0.05), default=None)
        assert first is not None and abs(first - chapter.start_s) <= 0.05, chapter
    captions = webvtt.read(str(episode.path.with_suffix(".vtt"))).captions
    for caption in captions[:-1]:  # the last one stays up through the closing silence
        assert clock_seconds(caption.end) - clock_seconds(caption.start) <= MAX_CUE_S + 1e-6
        assert len(caption.text.splitlines()) <= 2


def _tone(path, seconds: float) -> None:
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=f=440:d={seconds}:sample_rate=44100", str(path)], check=True)


def test_intro_shifts_every_chapter_and_cue_by_its_length_plus_gap(tmp_path, sample_episodes,
                                                                   private_cache):
    plain = sample_episodes["night-trains.md"]
    intro, outro = tmp_path / "intro.wav", tmp_path / "outro.ogg"
    _tone(intro, 2.5)
    _tone(outro, 1.5)
    episode = make_episode(ARTICLES / "night-trains.md", EpisodeOptions(
        output=tmp_path / "with-intro.mp3", show="Test Show", cache_dir=private_cache,
        intro=intro, outro=outro, gap_s=0.5, fade_s=0.2))
    shift = 2.5 + 0.5
    assert episode.chapters[0].title == "Intro" and episode.chapters[0].start_s == 0
    assert [c.title for c in episode.chapters[1:]] == [c.title for c in plain.chapters]
    for before, after in zip(plain.chapters[1:], episode.chapters[2:]):
        assert after.start_s - before.start_s == pytest.approx(shift, abs=0.001)
    before_cues, after_cues = _cue_starts(plain.path), _cue_starts(episode.path)
    assert len(before_cues) == len(after_cues)
    for before, after in zip(before_cues, after_cues):
        assert after - before == pytest.approx(shift, abs=0.0015)
    assert episode.duration_s == pytest.approx(plain.duration_s + shift + 1.5, abs=0.06)
    probed = ffprobe(episode.path)["chapters"]
    assert float(probed[1]["start_time"]) == pytest.approx(shift, abs=0.05)


def test_spoken_intro_and_outro_from_templates(tmp_path, private_cache):
    episode = make_episode(ARTICLES / "harbor-news.txt", EpisodeOptions(
        output=tmp_path / "x.mp3", show="Harbor Weekly", cache_dir=private_cache,
        intro_text="From {show}: {title}.", outro_text="That was {show}."))
    first, last = episode.timings[0].segment, episode.timings[-1].segment
    assert (first.kind, first.text) == (
        "intro", "From Harbor Weekly: City Council Votes to Rebuild the Old Harbor Bridge.")
    assert (last.kind, last.text) == ("outro", "That was Harbor Weekly.")
    assert webvtt.read(str(episode.path.with_suffix(".vtt"))).captions[0].text.startswith(
        "From Harbor Weekly")


def test_article_without_headings_gets_chapters_from_paragraph_groups(tmp_path, private_cache):
    paragraphs = [f"Part {i} of the story. " + " ".join(
        f"The ferry crossed the harbor for the {n}th time that week." for n in range(1, 9))
        for i in range(1, 31)]
    article = tmp_path / "long.txt"
    article.write_text("A Long Walk by the Water\n\n" + "\n\n".join(paragraphs))
    episode = make_episode(article, EpisodeOptions(
        output=tmp_path / "long.mp3", cache_dir=private_cache, chapter_minutes=2))
    assert episode.duration_s > 6 * 60
    chapters = episode.chapters
    assert chapters[0].title == "A Long Walk by the Water" and chapters[0].start_s == 0
    assert len(chapters) >= 3
    paragraph_starts = {round(t.start_s, 3): t.segment.text for t in episode.timings
                        if t.segment.text.startswith("Part ")}
    for chapter in chapters[1:]:
        assert round(chapter.start_s, 3) in paragraph_starts
        assert chapter.title.startswith("Part ") and chapter.title.endswith("…")
    lengths = [c.end_s - c.start_s for c in chapters]
    assert all(60 <= length <= 4 * 60 for length in lengths), lengths
    none = make_episode(article, EpisodeOptions(
        output=tmp_path / "none.mp3", cache_dir=private_cache, chapters="none"))
    assert none.chapters == () and not ID3(none.path).getall("CHAP")
