"""The fast path stays correct: chunks encoded in parallel join without clicks, frames
are whole, the header is right, and segment times match the decoded audio."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import replace

import numpy as np
import pytest
from audio_probe import decoded_samples, ffprobe, loudness_pyloudnorm, speech_onset
from conftest import ARTICLES
from mutagen.mp3 import MP3, BitrateMode

from audio.pipeline import EpisodeOptions, make_episode
from audio.sound.ffmpeg import ffmpeg_exe
from audio.sound.mp3join import crc16

RATE = 44100


@pytest.fixture(scope="module")
def chunked(tmp_path_factory, private_cache):
    """night-trains.md encoded as three chunks in parallel."""
    out = tmp_path_factory.mktemp("chunked")
    return make_episode(ARTICLES / "night-trains.md", EpisodeOptions(
        output=out / "night.mp3", cache_dir=private_cache, jobs=3))


def test_it_really_was_encoded_in_chunks(chunked):
    assert len(chunked.joins_s) == 2
    assert all(0 < a < b < chunked.duration_s for a, b in zip(chunked.joins_s,
                                                              chunked.joins_s[1:]))


def test_no_click_at_any_join(chunked):
    samples = decoded_samples(chunked.path)
    for join in chunked.joins_s:
        middle = round(join * RATE)
        window = samples[middle - round(0.1 * RATE): middle + round(0.1 * RATE)]
        jumps = np.abs(np.diff(window))
        assert window.max() < 0.01 and jumps.max() < 0.005, join  # a pause, and silent
        around = samples[middle - RATE: middle + RATE]
        assert jumps.max() <= np.abs(np.diff(around)).max()  # nothing sharper than speech


def test_segment_starts_match_the_decoded_audio(chunked):
    samples = decoded_samples(chunked.path)
    for timing in chunked.timings:
        onset = speech_onset(samples, timing.start_s, RATE)
        assert onset is not None and abs(onset - timing.start_s) <= 0.05, (timing, onset)


def test_frames_are_whole_and_the_header_describes_them(chunked):
    data = chunked.path.read_bytes()
    assert data[:3] == b"ID3"
    offset = 10 + sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(data[6:10]))
    frames = []
    while offset < len(data):
        header = data[offset:offset + 4]
        assert header[0] == 0xFF and header[1] & 0xE0 == 0xE0, f"lost sync at byte {offset}"
        length = 144 * 64000 // 44100 + ((header[2] >> 1) & 1)
        frames.append(offset)
        offset += length
    assert offset == len(data), "the file does not end on a frame boundary"
    info = data[frames[0]:frames[0] + 208]
    assert info[21:25] == b"Info"
    assert int.from_bytes(info[29:33], "big") == len(frames) - 1  # audio frames
    stored = int.from_bytes(info[175:177], "big")
    zeroed = info[:175] + b"\0\0" + info[177:190]
    assert crc16(zeroed) == stored  # the LAME tag's CRC was recomputed
    audio = data[frames[1]:]
    assert crc16(audio) == int.from_bytes(info[173:175], "big")  # and the music CRC
    decode = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(chunked.path), "-f",
                             "null", "-"], capture_output=True, text=True)
    assert decode.returncode == 0 and decode.stderr.strip() == ""


def test_duration_readers_agree(chunked):
    info = MP3(chunked.path).info
    assert info.bitrate_mode == BitrateMode.CBR
    assert abs(info.length - chunked.duration_s) < 0.03
    assert abs(float(ffprobe(chunked.path)["format"]["duration"]) - chunked.duration_s) < 0.05
    assert abs(len(decoded_samples(chunked.path)) / RATE - chunked.duration_s) < 0.001


def test_chunked_and_single_encodes_sound_the_same(chunked, tmp_path, private_cache):
    single = make_episode(ARTICLES / "night-trains.md", EpisodeOptions(
        output=tmp_path / "single.mp3", cache_dir=private_cache, jobs=1))
    assert single.joins_s == ()
    assert [t.start_s for t in single.timings] == [t.start_s for t in chunked.timings]
    a, b = decoded_samples(single.path), decoded_samples(chunked.path)
    assert len(a) == len(b)
    assert abs(single.loudness.integrated_lufs - chunked.loudness.integrated_lufs) < 0.2
    assert re.fullmatch(r"-?\d+\.\d LUFS, -?\d+\.\d dBFS peak", str(chunked.loudness))


def test_workers_are_spawned_not_forked_beside_other_threads(tmp_path):
    """Forking copies locks other threads may hold; with threads running, papercast spawns
    fresh workers, and they speak as well as forked ones."""
    from audio.speech.synthesize import _start_method

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        assert _start_method() == "spawn"
        article = tmp_path / "spawned.txt"
        article.write_text("Spawned Workers\n\nThese words were spoken by a spawned worker.\n",
                           encoding="utf-8")
        episode = make_episode(article, EpisodeOptions(output=tmp_path / "spawned.mp3",
                                                       cache_dir=tmp_path / "cache"))
    finally:
        stop.set()
        thread.join()
    assert episode.synthesized == 2 and episode.duration_s > 2.0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_workers_are_forked_by_a_program_without_threads():
    result = subprocess.run([sys.executable, "-c", "from audio.speech.synthesize import "
                             "_start_method; print(_start_method())"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "fork"


def _audio_bytes(path) -> bytes:
    data = path.read_bytes()
    return data[10 + sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(data[6:10])):]


def _encoded_chunks(cache) -> set:
    """The MP3 chunks in the cache: each chunk an encoder made is added once, by its key."""
    return set((cache / "mp3").rglob("*.mp3"))


def test_unchanged_audio_reuses_its_encoded_chunks(tmp_path, private_cache):
    """Re-rendering with only the tags changed encodes nothing: every chunk comes from the
    cache, and the audio is the same, byte for byte."""
    options = EpisodeOptions(output=tmp_path / "first.mp3", cache_dir=private_cache)
    first = make_episode(ARTICLES / "harbor-news.txt", options)
    chunks = _encoded_chunks(private_cache)
    second = make_episode(ARTICLES / "harbor-news.txt", EpisodeOptions(
        output=tmp_path / "second.mp3", cache_dir=private_cache, show="Another Show"))
    assert len(first.joins_s) >= 1 and _encoded_chunks(private_cache) == chunks
    assert _audio_bytes(second.path) == _audio_bytes(first.path)
    assert second.loudness == first.loudness and second.joins_s == first.joins_s


def test_a_damaged_chunk_cache_entry_is_a_miss(tmp_path):
    from audio.cache import ChunkCache

    cache = ChunkCache(tmp_path)
    encoded, out = tmp_path / "x.mp3", tmp_path / "out.mp3"
    encoded.write_bytes(b"mp3 " * 1000)
    reading = {"momentary": [-20.0, float("-inf")], "peak": -2.0, "true_peak": False}
    cache.put("ab" * 32, encoded, reading)
    kept = cache.copy_to("ab" * 32, out)
    assert out.read_bytes() == b"mp3 " * 1000 and kept["momentary"][1] == float("-inf")
    entry = tmp_path / "mp3" / "ab" / f"{'ab' * 32}.mp3"
    for damage in (b"mp3 " * 999, b"\x17" * 4000):  # truncated; random bytes, same length
        cache.put("ab" * 32, encoded, reading)
        entry.write_bytes(damage)
        assert cache.copy_to("ab" * 32, out) is None and not entry.exists()
    cache.put("ab" * 32, encoded, reading)
    (tmp_path / "mp3" / "ab" / f"{'ab' * 32}.json").write_text("{not json", encoding="utf-8")
    assert cache.copy_to("ab" * 32, out) is None
    assert cache.copy_to("cd" * 32, out) is None


def test_a_long_program_re_encodes_only_the_chunk_an_edit_is_in(tmp_path, private_cache):
    """A long program is cut where its content says, each cut placed so the next chunk
    starts the same way whatever came before: after a one-sentence edit, the other
    chunks' MP3s come from the cache, and the file is the one encoding it all makes."""
    article = (ARTICLES / "harbor-news.txt").read_text(encoding="utf-8")
    title, body = article.split("\n\n", 1)
    sentence = "The vote follows a 2024 survey"
    assert body.count(sentence) == 1
    long_article = tmp_path / "long.txt"
    long_article.write_text(title + "\n\n" + "\n\n".join(
        [body, body.replace(sentence, "The council vote follows a survey from 2024"), body]),
        encoding="utf-8")
    options = EpisodeOptions(output=tmp_path / "long.mp3", cache_dir=private_cache, jobs=2,
                             force=True)
    before = make_episode(long_article, options)
    chunks = len(before.joins_s) + 1
    assert chunks >= 3 and before.duration_s > 300
    long_article.write_text(long_article.read_text(encoding="utf-8").replace(
        "The council vote follows", "The city council's vote follows"), encoding="utf-8")
    kept = _encoded_chunks(private_cache)
    after = make_episode(long_article, options)
    encoded = _encoded_chunks(private_cache) - kept
    assert after.synthesized == 1 and 1 <= len(encoded) <= 2 < chunks
    shutil.rmtree(private_cache / "mp3")  # the same speech, every chunk encoded afresh
    fresh = make_episode(long_article, replace(options, output=tmp_path / "fresh.mp3"))
    assert _audio_bytes(after.path) == _audio_bytes(fresh.path)


def test_a_long_program_is_metered_on_a_sample_that_tells_its_loudness(tmp_path):
    """Over six minutes, the encoders meter every n-th chunk (and the first), about three
    minutes of it: the loudness reported is still the file's, as an independent meter
    (pyloudnorm) hears it, and a re-render from the cache reports the same."""
    article = (ARTICLES / "harbor-news.txt").read_text(encoding="utf-8")
    title, body = article.split("\n\n", 1)
    long_article = tmp_path / "long.txt"
    long_article.write_text(title + "\n\n" + "\n\n".join(
        f"Part {n}. {body}" for n in ("one", "two", "three", "four")), encoding="utf-8")
    cache = tmp_path / "cache"  # its own: the chunks in it are this program's
    options = EpisodeOptions(output=tmp_path / "long.mp3", cache_dir=cache, jobs=2)
    episode = make_episode(long_article, options)
    readings = [json.loads(path.read_text(encoding="utf-8"))
                for path in (cache / "mp3").rglob("*.json")]
    metered = [r for r in readings if r["metered"]]
    assert episode.duration_s > 360 and 3 <= len(readings) <= len(episode.joins_s) + 1
    assert 1 <= len(metered) < len(readings)
    assert all(r["momentary"] == [] for r in readings if not r["metered"])
    lufs, _ = loudness_pyloudnorm(episode.path)
    assert abs(episode.loudness.integrated_lufs - lufs) < 0.5
    chunks = _encoded_chunks(cache)
    again = make_episode(long_article, replace(options, output=tmp_path / "again.mp3",
                                               show="Another Show"))
    assert again.loudness == episode.loudness and _encoded_chunks(cache) == chunks


def test_the_metered_spans_are_about_three_minutes_chosen_by_content():
    from audio.sound.encode import metered_spans

    keys = [f"{k * 7919 % 61:02x}" + "0" * 62 for k in range(61)]  # 61 spans, 87 minutes
    chosen = metered_spans(keys, 87 * 60)
    assert 0 in chosen and 3 <= len(chosen) <= 4
    assert metered_spans(keys[:8], 300) == set(range(8))  # up to six minutes: every span
    elsewhere = min(set(range(61)) - chosen)
    edited = keys.copy()
    edited[elsewhere] = "ff" + "0" * 62  # an edit in an unmetered span keeps the choice
    assert metered_spans(edited, 87 * 60) == chosen
