"""The caches shared by runs: damaged entries are made again, concurrent runs all succeed,
and a cache that cannot be written to is one clear line."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

from audio_probe import decoded_duration_s
from conftest import ARTICLES, run_cli, small_disk

from audio.cache import ClipCache
from audio.models import SpeechSettings
from audio.options import EpisodeOptions
from audio.pipeline import make_episode
from audio.sound.layout import in_order
from audio.speech.synthesize import ClipRequest, Renderer


def _episode(article, output, cache, **options):
    return make_episode(article, EpisodeOptions(output=output, cache_dir=cache, force=True,
                                                **options))


def test_damaged_clips_are_spoken_again(tmp_path):
    cache = tmp_path / "cache"
    first = _episode(ARTICLES / "harbor-news.txt", tmp_path / "first.mp3", cache)
    clips = sorted(cache.glob("??/*.wav"))
    truncated, scrambled = clips[0], clips[1]
    truncated.write_bytes(truncated.read_bytes()[:-1000])
    scrambled.write_bytes(os.urandom(scrambled.stat().st_size))
    again = _episode(ARTICLES / "harbor-news.txt", tmp_path / "again.mp3", cache)
    assert again.synthesized == 2 and again.cached == len(first.timings) - 2
    assert abs(decoded_duration_s(again.path) - again.duration_s) < 0.03


def test_damaged_mp3_chunks_are_encoded_again(tmp_path):
    cache = tmp_path / "cache"
    first = _episode(ARTICLES / "night-trains.md", tmp_path / "first.mp3", cache, jobs=2)
    chunks = sorted((cache / "mp3").rglob("*.mp3"))
    assert len(chunks) == 2
    chunks[0].write_bytes(chunks[0].read_bytes()[:-500])  # its reading left as it was
    chunks[1].write_bytes(os.urandom(chunks[1].stat().st_size))
    again = _episode(ARTICLES / "night-trains.md", tmp_path / "again.mp3", cache, jobs=2)
    assert again.path.read_bytes()[-200_000:] == first.path.read_bytes()[-200_000:]
    assert abs(decoded_duration_s(again.path) - again.duration_s) < 0.03


def test_concurrent_runs_on_one_cold_cache_all_succeed(tmp_path):
    """Two cron jobs, a build beside a manual run: four at once, five times over."""
    for round_ in range(5):
        cache = tmp_path / f"cache{round_}"

        def run(n: int, cache=cache, round_=round_):
            return run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o",
                           str(tmp_path / f"r{round_}-{n}.mp3"), "--quiet", "--cache-dir",
                           str(cache), "--jobs", "2")

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(run, range(4)))
        for n, result in enumerate(results):
            assert result.returncode == 0, result.stderr.decode()
            planned = result.stdout.decode().splitlines()[1].split(" · ")[0]
            minutes, seconds = planned.split(":")
            decoded = decoded_duration_s(tmp_path / f"r{round_}-{n}.mp3")
            assert abs(decoded - (int(minutes) * 60 + int(seconds))) <= 0.5
        lengths = {round(decoded_duration_s(tmp_path / f"r{round_}-{n}.mp3"), 3)
                   for n in range(4)}
        assert len(lengths) == 1, lengths  # the same clips, so the same program


def test_an_unwritable_cache_folder_is_one_line(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with small_disk(tmp_path / "cache", "1m", read_only=True) as cache:
        result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "--cache-dir",
                         str(cache), cwd=out)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        f"Error: {cache}: cannot write to the cache folder (Read-only file system); give "
        "another with --cache-dir or $PAPERCAST_CACHE_DIR")
    assert list(out.iterdir()) == []


def test_render_answers_every_request_as_spoken_and_speaks_a_repeat_once(tmp_path):
    settings = SpeechSettings(voice="gmw/en-us", rate=170, pitch=50, volume=1.0)
    texts = ["Short.", "A long paragraph, " * 30 + "and its end.", "Short.",
             "A sentence of middling length."]
    cache = ClipCache.open(tmp_path / "cache")
    with Renderer(cache, 2) as renderer:
        answers = list(renderer.render([ClipRequest(text, settings) for text in texts]))
    assert sorted(index for index, _ in answers) == [0, 1, 2, 3]
    clips = in_order(answers, len(texts))
    assert clips[0].path == clips[2].path  # one clip for both
    assert [clip.cached for clip in clips].count(False) == 3
    assert clips[1].frames > clips[3].frames > clips[0].frames
    with Renderer(cache, 2) as renderer:  # all cached now: answered at once, in order
        again = list(renderer.render([ClipRequest(text, settings) for text in texts]))
    assert [index for index, _ in again] == [0, 1, 2, 3]
    assert all(clip.cached for _, clip in again)
