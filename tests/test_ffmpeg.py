"""Which ffmpeg papercast runs, and what a user sees when it cannot run one."""

from __future__ import annotations

import subprocess
import sys

from conftest import ARTICLES, run_cli


def test_the_bundled_ffmpeg_is_found_without_importing_imageio_ffmpeg():
    # its import and the `ffmpeg -version` it runs cost every episode 50 ms
    probe = ("import sys; from audio.sound.ffmpeg import ffmpeg_exe; path = ffmpeg_exe(); "
             "print(path); print('imageio_ffmpeg' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True, env={"PATH": "/usr/bin:/bin"}).stdout.splitlines()
    import imageio_ffmpeg

    assert shown == [imageio_ffmpeg.get_ffmpeg_exe(), "False"]
    version = subprocess.run([shown[0], "-version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("ffmpeg version")


def test_an_ffmpeg_that_cannot_start_is_one_line(tmp_path):
    not_a_program = tmp_path / "ffmpeg"
    not_a_program.write_text("not a program\n")  # not executable
    for variable in ("PAPERCAST_FFMPEG", "IMAGEIO_FFMPEG_EXE"):
        result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o",
                         str(tmp_path / "ep.mp3"), "--force", env={variable: str(not_a_program)})
        lines = result.stderr.decode().strip().splitlines()
        assert result.returncode == 1, result.stderr
        assert lines == ["Error: cannot start ffmpeg (Permission denied)"], lines
        assert not (tmp_path / "ep.mp3").exists()
