"""Podcast-grade episodes: chapters, transcripts, loudness, cover art, intro and outro,
checked with readers independent of the ones papercast writes with."""

from __future__ import annotations

import io
import json
import subprocess

import pytest
import webvtt
from audio_probe import clock_seconds, ffprobe, loudness_pyloudnorm
from conftest import ARTICLES, SAMPLE_ARTICLES, run_cli
from mutagen.id3 import ID3
from PIL import Image

from audio.episode.sidecars import MAX_CUE_S
from audio.pipeline import EpisodeOptions, make_episode
from audio.sound.ffmpeg import ffmpeg_exe


def _cue_starts(mp3) -> list[float]:
    return [clock_seconds(c.start) for c in webvtt.read(str(mp3.with_suffix(".vtt"))).captions]


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_loudness_and_true_peak_measured_independently(sample_episodes, name):
    integrated, true_peak = loudness_pyloudnorm(sample_episodes[name].path)
    assert abs(integrated - -16.0) <= 1.0, integrated
    assert true_peak <= -1.0, true_peak
    reported = sample_episodes[name].loudness
    assert abs(reported.integrated_lufs - integrated) < 0.5


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_chapters_in_id3_ctoc_ffprobe_and_json_agree(sample_episodes, name):
    episode = sample_episodes[name]
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
def test_first_cue_of_each_chapter_starts_with_it(sample_episodes, name):
    episode = sample_episodes[name]
    starts = _cue_starts(episode.path)
    for chapter in episode.chapters:
        first = min((s for s in starts if s >= chapter.start_s - 0.05), default=None)
        assert first is not None and abs(first - chapter.start_s) <= 0.05, chapter
    captions = webvtt.read(str(episode.path.with_suffix(".vtt"))).captions
    for caption in captions[:-1]:  # the last one stays up through the closing silence
        assert clock_seconds(caption.end) - clock_seconds(caption.start) <= MAX_CUE_S + 1e-6
        assert len(caption.text.splitlines()) <= 2


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_json_transcript_and_lyrics_frame(sample_episodes, name):
    episode = sample_episodes[name]
    transcript = json.loads(episode.path.with_suffix(".json").read_text())
    assert transcript["version"] == "1.0.0"
    bodies = " ".join(s["body"] for s in transcript["segments"])
    assert bodies == " ".join(t.segment.text for t in episode.timings)
    assert all(s["endTime"] <= episode.duration_s + 1e-3 for s in transcript["segments"])
    lyrics = str(ID3(episode.path).getall("USLT")[0])
    assert all(t.segment.text in lyrics for t in episode.timings)


def test_default_cover_is_embedded(sample_episodes):
    episode = sample_episodes["night-trains.md"]
    pictures = ID3(episode.path).getall("APIC")
    assert len(pictures) == 1 and pictures[0].type == 3 and pictures[0].mime == "image/jpeg"
    image = Image.open(io.BytesIO(pictures[0].data))
    assert image.size == (1400, 1400) and image.mode == "RGB"
    assert len(pictures[0].data) < 300_000


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


def test_cover_option_validates(tmp_path):
    not_image = tmp_path / "cover.png"
    not_image.write_text("not a picture")
    result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o", str(tmp_path / "x.mp3"),
                     "--cover", str(not_image))
    assert result.returncode == 1
    assert result.stderr.decode().startswith(f"Error: {not_image}: not a readable image")
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


def test_no_master_leaves_the_level_alone(tmp_path, private_cache):
    episode = make_episode(ARTICLES / "harbor-news.txt", EpisodeOptions(
        output=tmp_path / "raw.mp3", cache_dir=private_cache, master=False))
    assert episode.loudness.integrated_lufs < -16.5  # espeak-ng's own level is quieter
