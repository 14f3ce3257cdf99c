"""Progress on a terminal: both stages shown with their own estimates, silent elsewhere."""

from __future__ import annotations

import io

from conftest import ARTICLES

from audio.pipeline import EpisodeOptions, make_episode
from audio.progress import ENCODING, SPEAKING, terminal_progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_progress_shows_each_stage_and_ends_its_line(monkeypatch):
    monkeypatch.setattr("audio.progress.time.monotonic", lambda: 100.0)  # all at once
    terminal = _Terminal()
    report = terminal_progress(quiet=False, stream=terminal)
    for done in range(1, 4):
        report(SPEAKING, done, 3)
    for done in (0, 3000, 3725):
        report(ENCODING, done, 3725)
    lines = terminal.getvalue().split("\n")
    assert lines[0].endswith("Speaking 3/3 segments")
    assert lines[1].endswith("Encoding 1:02:05/1:02:05 of audio") and lines[2] == ""
    assert "Speaking 1/3 segments · about 0 s left\r" in terminal.getvalue()
    assert "Speaking 2/3" not in terminal.getvalue()  # at most ten updates a second


def test_no_progress_when_quiet_or_not_a_terminal():
    assert terminal_progress(quiet=True, stream=_Terminal()) is None
    assert terminal_progress(quiet=False, stream=io.StringIO()) is None


def test_an_episode_reports_speaking_then_encoding_up_to_the_totals(tmp_path, private_cache):
    calls: list[tuple[str, int, int]] = []
    episode = make_episode(ARTICLES / "night-trains.md", EpisodeOptions(
        output=tmp_path / "n.mp3", cache_dir=private_cache), progress=lambda *c: calls.append(c))
    speaking = [c for c in calls if c[0] == SPEAKING]
    encoding = [c for c in calls if c[0] == ENCODING]
    assert calls.index(encoding[0]) > calls.index(speaking[-1])  # one stage after the other
    assert [done for _, done, _ in speaking] == list(range(1, len(episode.timings) + 1))
    assert all(0 <= done <= total for _, done, total in encoding)
    assert encoding[-1][1] == encoding[-1][2] == int(episode.duration_s)
