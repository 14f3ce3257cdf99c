"""The fast path stays correct: chunks encoded in parallel join without clicks, frames
are whole, the header is right, and segment times match the decoded audio."""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pytest
from audio_probe import decoded_samples, ffprobe
from conftest import ARTICLES
from mutagen.mp3 import MP3, BitrateMode

from audio.engine import ffmpeg_exe
from audio.mp3join import crc16
from audio.pipeline import EpisodeOptions, make_episode

RATE = 44100


@pytest.fixture(scope="module")
def chunked(tmp_path_factory, private_cache):
    """night-trains.md encoded as three chunks in parallel."""
    out = tmp_path_factory.mktemp("chunked")
    return make_episode(ARTICLES / "night-trains.md", EpisodeOptions(
        output=out / "night.mp3", cache_dir=private_cache, jobs=3))


def _rms_db(samples: np.ndarray) -> float:
    return 10 * np.log10(np.mean(samples ** 2) + 1e-12)


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
    hop = round(0.005 * RATE)
    for timing in chunked.timings:
        start = max(0, round((timing.start_s - 0.06) * RATE))
        onset = None
        for offset in range(0, round(0.12 * RATE), hop):
            if _rms_db(samples[start + offset: start + offset + hop]) > -45:
                onset = (start + offset) / RATE
                break
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
