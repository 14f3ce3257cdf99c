"""MP3 end alignment: the stream ends where libmp3lame pads least."""

from __future__ import annotations

import pytest

from audio.encode import LAME_DELAY_SAMPLES, MP3_FRAME_SAMPLES, frame_aligned


@pytest.mark.parametrize("frames", [1000, 22050, 22051, 1_234_567, 2_646_000])
def test_frame_aligned_trims_at_most_one_frame(frames):
    aligned = frame_aligned(frames, 22050)
    assert frames - MP3_FRAME_SAMPLES // 2 < aligned <= frames
    padding = -(aligned * 2 + LAME_DELAY_SAMPLES) % MP3_FRAME_SAMPLES
    assert padding in (576, 577)


def test_rates_that_do_not_divide_44100_are_left_alone():
    assert frame_aligned(12345, 48000) == 12345
