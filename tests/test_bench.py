"""The benchmark script runs end to end (timings themselves are not asserted)."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def test_bench_runs_on_a_tiny_article(tmp_path):
    article = tmp_path / "tiny.txt"
    article.write_text("Tiny\n\nA very short article for the benchmark's smoke test.\n")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench"), "--runs", "1",
                             "--no-extract", str(article)], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0].split() == ["case", "papercast", "baseline", "ratio", "peak", "MB"]
    assert re.match(r"tiny\.txt \(cold\)\s+[\d.]+s\s+[\d.]+s\s+[\d.]+\s+\d+$", lines[1])
    assert re.match(r"papercast --help\s+[\d.]+s\s*$", lines[2])
