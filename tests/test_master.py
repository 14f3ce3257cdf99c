"""Loudness: episodes land on target, measured independently (pyloudnorm, 4x oversampled peak)."""


from __future__ import annotations

import pytest
from audio_probe import loudness_pyloudnorm
from conftest import ARTICLES, SAMPLE_ARTICLES

from audio.pipeline import EpisodeOptions, make_episode
from audio.speech.synthesize import PROGRAM_SAMPLE_RATE


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_loudness_and_true_peak_measured_independently(voiced_episodes, name):
    integrated, true_peak = loudness_pyloudnorm(voiced_episodes[name].path)
    assert abs(integrated - -16.0) <= 1.0, integrated
    assert true_peak <= -1.0, true_peak
    reported = voiced_episodes[name].loudness
    assert abs(reported.integrated_lufs - integrated) < 0.5


def test_no_master_leaves_the_level_alone(tmp_path, private_cache):
    episode = make_episode(ARTICLES / "harbor-news.txt", EpisodeOptions(
        output=tmp_path / "raw.mp3", cache_dir=private_cache, master=False))
    assert episode.loudness.integrated_lufs < -16.5  # espeak-ng's own level is quieter


def test_a_long_program_is_planned_on_a_sample_and_lands_on_target(tmp_path, private_cache,
                                                                   monkeypatch):
    """Past about 3 minutes of speech, loudness is planned on every n-th segment while the
    workers speak; the finished file must still measure on target, independently."""
    from audio.sound import master

    article = (ARTICLES / "harbor-news.txt").read_text(encoding="utf-8")
    title, body = article.split("\n\n", 1)
    long_article = tmp_path / "long.txt"
    long_article.write_text(title + "\n\n" + "\n\n".join([body] * 3), encoding="utf-8")
    planned_bytes = []
    measure = master.measure_pcm

    def counting(chunks, sample_rate):
        def counted():
            for chunk in chunks:
                planned_bytes.append(len(chunk))
                yield chunk
        return measure(counted(), sample_rate)

    monkeypatch.setattr(master, "measure_pcm", counting)
    episode = make_episode(long_article, EpisodeOptions(output=tmp_path / "long.mp3",
                                                        cache_dir=private_cache))
    planned_s = sum(planned_bytes) / 2 / PROGRAM_SAMPLE_RATE
    assert episode.duration_s > 300 and planned_s < 0.5 * episode.duration_s, planned_s
    integrated, true_peak = loudness_pyloudnorm(episode.path)
    assert abs(integrated - -16.0) <= 1.0 and true_peak <= -1.0, (integrated, true_peak)
    assert abs(episode.loudness.integrated_lufs - integrated) < 0.5
