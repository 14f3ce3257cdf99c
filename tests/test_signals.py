"""papercast stopped from outside: SIGTERM and SIGHUP clean up like Ctrl-C, and nothing
outlives a SIGKILL (workers exit with their parent; the next run removes its leftovers)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures.process import _ExecutorManagerThread

import pytest
from conftest import ARTICLES, default_signals, run_cli

from audio.cache import ClipCache
from audio.errors import VoiceError
from audio.models import SpeechSettings
from audio.speech.synthesize import ClipRequest, Renderer


def _long_run(tmp_path):
    paragraphs = [f"Paragraph {i} tells of a harbor, a bridge and a council vote that ran "
                  "late into the night while the ferry kept running." * 3 for i in range(300)]
    article = tmp_path / "long.txt"
    article.write_text("A Long Article\n\n" + "\n\n".join(paragraphs))
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "episode", str(article), "-o", str(out / "long.mp3"),
         "--quiet"],  # no note about its hours: stderr is only what the stop says
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "PAPERCAST_CACHE_DIR": str(tmp_path / "cache")},
        preexec_fn=default_signals,
    )
    return process, out


def _survivors(session: int) -> list[str]:
    time.sleep(1.5)  # the workers' watch looks every 0.5 s
    listed = subprocess.run(["pgrep", "-a", "-s", str(session)], capture_output=True)
    return [line for line in listed.stdout.decode().splitlines() if "<defunct>" not in line]


@pytest.mark.parametrize(("number", "code", "said"), [
    (signal.SIGINT, 130, "Aborted."),  # Ctrl-C: to the whole process group
    (signal.SIGTERM, 143, "Stopped by SIGTERM."),  # `kill PID`: to papercast alone
    (signal.SIGHUP, 129, "Stopped by SIGHUP."),  # the terminal closed
])
def test_stopped_from_outside_it_cleans_up(tmp_path, number, code, said):
    process, out = _long_run(tmp_path)
    time.sleep(3)
    assert process.poll() is None, "finished before it could be stopped"
    if number == signal.SIGINT:
        os.killpg(process.pid, number)
    else:
        process.send_signal(number)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr.decode() and stderr.decode().strip() == said
    assert stdout == b"" and list(out.iterdir()) == []
    assert not list((tmp_path / "cache").rglob(".*")), "half-written cache entries left"
    assert _survivors(process.pid) == [], "worker processes outlived papercast"


def test_after_sigkill_workers_exit_and_the_next_run_removes_the_leftovers(tmp_path):
    process, out = _long_run(tmp_path)
    deadline = time.monotonic() + 120
    while not list(out.glob(".*.part")) and time.monotonic() < deadline:
        time.sleep(0.05)  # until it is encoding: its temporaries are there
    assert list(out.glob(".*.part")), "never started encoding"
    process.kill()
    process.communicate()
    assert _survivors(process.pid) == [], "worker processes outlived a SIGKILL"
    leftovers = list(out.iterdir())
    assert leftovers and all(p.name.startswith(".") and ".papercast-" in p.name
                             for p in leftovers)
    result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o", str(out / "next.mp3"),
                     "--quiet")
    assert result.returncode == 0, result.stderr
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "leftovers remain"


def test_a_run_under_nohup_keeps_ignoring_sighup(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\n" + "A sentence about the harbor bridge. " * 60)

    def nohup() -> None:
        default_signals()
        signal.signal(signal.SIGHUP, signal.SIG_IGN)

    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "episode", str(article), "-o", str(tmp_path / "a.mp3"),
         "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=nohup)
    time.sleep(1.5)
    process.send_signal(signal.SIGHUP)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert (tmp_path / "a.mp3").is_file()


def test_a_failed_render_leaves_no_pool_thread_behind(tmp_path):
    """A run that fails in a worker (here an unknown voice) must wait for the pool's manager
    thread; left running, it races the interpreter's exit and prints a traceback after the
    one-line error."""
    settings = SpeechSettings(voice="gmw/xx-nowhere", rate=170, pitch=50, volume=1.0)
    with pytest.raises(VoiceError), Renderer(ClipCache.open(tmp_path / "cache"), 2) as renderer:
        list(renderer.render([ClipRequest("Hello there.", settings)]))
    left = [t for t in threading.enumerate() if isinstance(t, _ExecutorManagerThread)]
    assert left == []
