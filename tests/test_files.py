"""An episode and the files beside it are one set: nothing of it is overwritten without
--force, a second run at the same output is refused, and a failure (a full disk, real
tmpfs) leaves the old set whole or none, with one line saying why."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

from conftest import ARTICLES, run_cli, small_disk
from mutagen.mp3 import MP3

TINY = "A Tiny Episode\n\nOne short paragraph, spoken and captioned.\n"


def _digests(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_existing_sidecars_are_not_overwritten_without_force(tmp_path):
    article = tmp_path / "notes.txt"
    article.write_text(TINY)
    for suffix in (".vtt", ".srt", ".json", ".jpg"):
        (tmp_path / f"notes{suffix}").write_text("mine")
    before = _digests(tmp_path)
    result = run_cli("episode", str(article), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        "Error: notes.vtt: already exists (use --force to overwrite)")  # named as given
    assert _digests(tmp_path) == before


def test_a_dangling_link_as_output_is_not_replaced_without_force(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TINY)
    (tmp_path / "x.mp3").symlink_to(tmp_path / "nowhere.mp3")
    result = run_cli("episode", str(article), "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 1
    assert result.stderr.decode().strip().endswith("x.mp3: already exists (use --force to "
                                                   "overwrite)")
    assert (tmp_path / "x.mp3").is_symlink()


def test_a_second_run_at_the_same_output_is_refused(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text("Long\n\n" + "\n\n".join(["A sentence about the bridge. " * 8] * 30))
    command = [sys.executable, "-m", "audio", "episode", str(article), "-o",
               str(tmp_path / "x.mp3"), "--cache-dir", str(tmp_path / "cache")]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    second = run_cli(*command[3:], "--force")
    assert first.wait(timeout=300) == 0
    assert second.returncode == 1
    assert second.stderr.decode().strip() == (
        f"Error: {tmp_path / 'x.mp3'}: another papercast run is writing it; try again when it "
        "has finished")


def test_a_full_output_disk_is_one_line_and_leaves_nothing(tmp_path):
    cache = tmp_path / "cache"
    warm = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o", str(tmp_path / "w.mp3"),
                   "--cache-dir", str(cache))
    assert warm.returncode == 0, warm.stderr
    with small_disk(tmp_path / "disk", "300k") as disk:
        for chunks in (tmp_path / "cold", cache):  # ffmpeg writing, then chunks copied out
            result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o",
                             str(disk / "x.mp3"), "--cache-dir", str(chunks))
            assert result.returncode == 1
            assert result.stderr.decode().strip() == f"Error: {disk}: no space left on device"
            assert [p.name for p in disk.iterdir()] == []


def test_a_full_cache_disk_is_one_line(tmp_path):
    with small_disk(tmp_path / "cache", "200k") as cache:
        result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o",
                         str(tmp_path / "x.mp3"), "--cache-dir", str(cache))
    assert result.returncode == 1
    message = result.stderr.decode().strip()
    assert message.startswith(f"Error: {cache}") and message.endswith(
        ": no space left on device"), message
    assert not (tmp_path / "x.mp3").exists()


def test_a_forced_render_that_fails_leaves_the_old_set_whole(tmp_path):
    tiny = tmp_path / "tiny.txt"
    tiny.write_text(TINY)
    with small_disk(tmp_path / "disk", "700k") as disk:
        made = run_cli("episode", str(tiny), "-o", str(disk / "ep.mp3"))
        assert made.returncode == 0, made.stderr
        before = _digests(disk)
        assert sorted(before) == ["ep.chapters.json", "ep.jpg", "ep.json", "ep.mp3", "ep.srt",
                                  "ep.vtt"]
        failed = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o",
                         str(disk / "ep.mp3"), "--force")
        assert failed.returncode == 1
        assert failed.stderr.decode().strip() == f"Error: {disk}: no space left on device"
        assert _digests(disk) == before


def test_names_made_from_long_file_names_and_addresses_fit_with_their_sidecars(tmp_path):
    from audio.options import output_for

    address = "https://news.example.org/2026/" + "ferry-" * 60 + "news.html?page=2"
    assert output_for(address, None) == Path(("ferry-" * 20)[:120].strip("-") + ".mp3")
    long_name = "Überfahrt " * 24  # 264 bytes: too long for any file system, cut between
    assert output_for(f"/x/{long_name[:120]}é.md", None) == Path(f"{long_name[:109]}.mp3")
    article = tmp_path / f"{'Harbour notes ' * 17}.txt"  # a name of 242 bytes
    article.write_text("Harbour notes\n\nThe pier is open again from Monday morning.\n")
    made = run_cli("episode", str(article), "--quiet", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    stem = ("Harbour notes " * 17)[:120].rstrip()
    assert made.stdout.decode().splitlines()[0] == f"{stem}.mp3"
    assert (tmp_path / f"{stem}.chapters.json").stat().st_size > 0
    assert MP3(tmp_path / f"{stem}.mp3").info.length > 2
