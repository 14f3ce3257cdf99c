"""Where chunks are cut: MP3 end alignment, content-defined cuts, chunk fingerprints."""

from __future__ import annotations

import pytest

from audio.sound.chunks import frame_aligned
from audio.sound.mp3join import LAME_DELAY_SAMPLES, MP3_FRAME_SAMPLES


@pytest.mark.parametrize("frames", [1000, 22050, 22051, 1_234_567, 2_646_000])
def test_frame_aligned_trims_at_most_one_frame(frames):
    aligned = frame_aligned(frames, 22050)
    assert frames - MP3_FRAME_SAMPLES // 2 < aligned <= frames
    padding = -(aligned * 2 + LAME_DELAY_SAMPLES) % MP3_FRAME_SAMPLES
    assert padding in (576, 577)


def test_rates_that_do_not_divide_44100_are_left_alone():
    assert frame_aligned(12345, 48000) == 12345


def _program(clip_frames: list[int], pause: int, prefix: int = 0):
    """Clips (with content keys) with a pause after each, and their timings."""
    from pathlib import Path

    from audio.models import Segment, Timing
    from audio.sound.layout import Piece, Program

    pieces, timings, position = [Piece(prefix)] if prefix else [], [], prefix
    for n, frames in enumerate(clip_frames):
        key = f"{n * 2654435761 % 2**32:08x}" + "0" * 56
        pieces += [Piece(frames, path=Path(f"clip{n}.wav"), key=key), Piece(pause)]
        timings.append(Timing(Segment(n, "paragraph", f"s{n}", f"s{n}", "paragraph"),
                              position / 22050, (position + frames) / 22050))
        position += frames + pause
    return Program(tuple(pieces), tuple(timings), 22050, prefix / 22050)


def test_content_chunks_cut_on_frames_and_start_each_chunk_the_same_way():
    from audio.sound.chunks import content_chunks

    period = skip = 576  # at 22.05 kHz: one MP3 frame, and what a join puts back

    def chunks(prefix: int):
        return content_chunks(_program(clips, 13230, prefix), period, skip,
                              lambda n: frame_aligned(n, 22050), 30 * 22050, 150 * 22050)

    clips = [22050 * (8 + n % 7) + 37 * n for n in range(60)]  # 8–14 s, odd lengths
    _, reference = chunks(0)
    for prefix in (0, 1000, 4321):  # as if the text before had been edited
        program, spans = chunks(prefix)
        assert 3 < len(spans) < 30
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert end % period == 0 and start == end + skip
        assert spans[0][0] == 0 and spans[-1][1] == program.frames
        assert program.frames == frame_aligned(program.frames, 22050)
        lengths = [end - start for start, end in spans]
        assert max(lengths) <= (150 + 14) * 22050
        # Every chunk after the first starts and runs exactly as without the edit.
        assert lengths[1:] == [end - start for start, end in reference[1:]]
        position, onsets = 0, []
        for piece in program.pieces:
            if piece.path is not None:
                onsets.append(position)
            position += piece.frames
        assert [round(t.start_s * 22050) for t in program.timings] == onsets


def test_a_fingerprint_changes_with_any_part_of_its_span(tmp_path):
    import os

    from audio.sound.layout import Piece, Program, fingerprint

    clip = tmp_path / "ab.wav"
    clip.write_bytes(b"x" * 100)
    def program(pause: int, intro: bytes = b"\0\0" * 10):
        pieces = (Piece(10, audio=intro), Piece(pause), Piece(50, path=clip), Piece(30))
        return Program(pieces, (), 22050, 0.0)

    first = fingerprint(program(20), 0, 110)
    assert fingerprint(program(20), 0, 110) == first
    assert fingerprint(program(21), 0, 111) != first  # a longer pause
    assert fingerprint(program(20, b"\1\0" * 10), 0, 110) != first  # other intro audio
    assert fingerprint(program(20), 5, 110) != first  # another stretch of it
    replacement = tmp_path / "new.wav"
    replacement.write_bytes(b"y" * 100)
    os.replace(replacement, clip)  # re-synthesized: the same name, another file
    os.utime(clip, ns=(1, 1))
    assert fingerprint(program(20), 0, 110) != first
