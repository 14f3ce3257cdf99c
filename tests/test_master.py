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

    def counting(chunks, sample_rate, *rest):
        def counted():
            for chunk in chunks:
                planned_bytes.append(len(chunk))
                yield chunk
        return measure(counted(), sample_rate, *rest)

    monkeypatch.setattr(master, "measure_pcm", counting)
    episode = make_episode(long_article, EpisodeOptions(output=tmp_path / "long.mp3",
                                                        cache_dir=private_cache))
    planned_s = sum(planned_bytes) / 2 / PROGRAM_SAMPLE_RATE
    assert episode.duration_s > 300 and planned_s < 0.5 * episode.duration_s, planned_s
    integrated, true_peak = loudness_pyloudnorm(episode.path)
    assert abs(integrated - -16.0) <= 1.0 and true_peak <= -1.0, (integrated, true_peak)
    assert abs(episode.loudness.integrated_lufs - integrated) < 0.5


def test_speech_peaking_at_full_scale_is_encoded_once_on_target(tmp_path, monkeypatch):
    """Piper normalizes every sentence to full scale, so the limiter takes off more than
    espeak-ng's 0.1 LU (0.5-0.7 LU on the sample articles): that loss is measured on an
    excerpt before encoding, and the program is encoded once, on target."""
    import numpy as np

    from audio.sound import master
    from audio.sound.chunks import plan_spans
    from audio.sound.encode import Mp3Settings
    from audio.sound.layout import Piece, Program
    from audio.sound.meter import integrated, measure_pcm

    rate, rng = PROGRAM_SAMPLE_RATE, np.random.default_rng(5)
    t = np.arange(2 * rate) / rate
    pulses = np.zeros(t.size)
    pulses[::rate // 120] = 1  # a voice at 120 Hz through one formant, at 700 Hz
    k = np.arange(rate // 50) / rate
    voiced = np.convolve(pulses, np.exp(-k / 0.002) * np.sin(2 * np.pi * 700 * k))[:t.size]
    sentences = []
    for _ in range(12):  # 2 s sentences of five syllables, one stressed, peak-normalized
        stress = np.repeat(np.r_[1.0, rng.uniform(0.3, 0.6, 4)], t.size // 5 + 1)[:t.size]
        voice = voiced * np.abs(np.sin(2 * np.pi * 2.5 * t)) * stress
        sentences += [voice / np.abs(voice).max(), np.zeros(rate // 3)]
    samples = (np.concatenate(sentences) * 32767).astype("<i2").tobytes()
    program = Program((Piece(len(samples) // 2, audio=samples),), (), rate, 0.0)
    measured = integrated([measure_pcm([samples], rate)])
    assert measured.peak_db >= master.FULL_SCALE_PEAK_DB
    encodes = []
    encode = master.encode_program

    def counting(*args, **kwargs):
        encodes.append(args[4])
        return encode(*args, **kwargs)

    monkeypatch.setattr(master, "encode_program", counting)
    program, spans = plan_spans(program, 2)
    loudness = master.encode_mastered(program, tmp_path / "full-scale.mp3", spans,
                                      Mp3Settings(), measured, -16.0, -1.0)
    planned = master.plan_mastering(measured, -16.0, -1.0)
    assert len(encodes) == 1 and encodes[0] != planned  # the gain was raised, once
    assert master._gain_db(encodes[0]) > master._gain_db(planned) + 0.2
    assert abs(loudness.integrated_lufs - -16.0) <= master.RETRY_LU
    integrated_file, true_peak = loudness_pyloudnorm(tmp_path / "full-scale.mp3")
    assert abs(integrated_file - -16.0) <= 0.5 and true_peak <= -1.0


def test_the_plan_does_not_depend_on_the_order_clips_are_spoken_in(tmp_path):
    """Clips reach the planning meter as the workers finish them, in a different order
    each run; a re-render from the cache gets them in order. Both must plan the same
    loudness, to the bit, or the gain moves and every encoded chunk is made again."""
    import random
    import wave
    from array import array

    from audio.models import Clip, Segment
    from audio.sound.layout import Bookends
    from audio.sound.master import plan_loudness
    from audio.sound.meter import integrated, measure_pcm

    rng = random.Random(7)
    clips, segments = [], []
    for index, (seconds, level) in enumerate([(0.7, 3000), (4.1, 9000), (2.3, 6000),
                                              (6.2, 12000), (1.4, 4500), (3.3, 8000)]):
        frames = round(seconds * PROGRAM_SAMPLE_RATE)
        samples = array("h", (int(rng.gauss(0, level / 3)) for _ in range(frames)))
        path = tmp_path / f"{index}.wav"
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(PROGRAM_SAMPLE_RATE)
            wav.writeframes(samples.tobytes())
        clips.append(Clip(path, frames, PROGRAM_SAMPLE_RATE, cached=False))
        segments.append(Segment(index, "paragraph", "words", "words", "paragraph"))

    def plan(order):
        return plan_loudness(segments, iter([(i, clips[i]) for i in order]), 170,
                             Bookends(), PROGRAM_SAMPLE_RATE)

    in_order, spoken = plan(range(6)), plan([3, 1, 5, 2, 4, 0])
    assert in_order == spoken and in_order[0] == clips
    # and it is the loudness of the clips played with pauses between them
    pause = b"\0\0" * round(0.5 * PROGRAM_SAMPLE_RATE)
    whole = pause.join(c.path.read_bytes()[44:] for c in clips)
    direct = integrated([measure_pcm([whole], PROGRAM_SAMPLE_RATE)]).integrated_lufs
    assert abs(in_order[1].integrated_lufs - direct) < 0.1
