"""Deploying to a folder (a mounted share, a web server's root): a full disk, a missing
extra, and the plan's order, as a user meets them."""

from __future__ import annotations

import subprocess
import sys

from conftest import run_cli, small_disk
from test_deploy import built_two  # noqa: F401 - the fixture

from audio.deploy.manifest import Uploaded
from audio.deploy.plan import make_plan
from audio.deploy.site_files import site_files


def test_a_full_disk_is_one_line_and_the_next_deploy_finishes(built_two, tmp_path):  # noqa: F811
    with small_disk(tmp_path / "www", "300k"):
        done = run_cli("deploy", str(built_two), "--to", str(tmp_path / "www"), "--no-check")
        assert done.returncode == 1
        lines = done.stderr.decode().strip().splitlines()
        assert lines == [f"Error: {tmp_path / 'www'}: no space left on the host"]
        assert not (tmp_path / "www" / "feed.xml").exists()  # no feed naming missing files
        assert not list((tmp_path / "www").rglob(".*.part"))
    done = run_cli("deploy", str(built_two), "--to", str(tmp_path / "roomy"), "--no-check")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "roomy" / "feed.xml").read_bytes() == \
        (built_two / "site" / "feed.xml").read_bytes()


def test_a_missing_extra_is_named(built_two, tmp_path):  # noqa: F811
    script = ("import sys; sys.modules['s3fs'] = None; sys.argv = ['papercast', 'deploy', "
              f"{str(built_two)!r}, '--to', 's3://bucket/pod']; "
              "from audio.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip() == ("Error: s3://bucket/pod: deploying there needs papercast's "
                                   "deploy extra: pip install 'papercast[deploy]' "
                                   "(scripts/setup installs it)")


def test_the_plan_uploads_what_changed_media_first_and_deletes_only_its_own(
        built_two):  # noqa: F811
    files = site_files(built_two / "site")
    assert not [f for f in files if f.name.startswith(".")]
    first = make_plan(files, "", {}, {})
    ranks = [item.file.upload_rank for item in first.uploads]
    assert ranks == sorted(ranks) and first.uploads[-3].remote == "feed.xml"
    uploaded = {item.remote: Uploaded(item.file.sha256, item.file.size)
                for item in first.uploads}
    sizes = {name: up.size for name, up in uploaded.items()}
    again = make_plan(files, "", uploaded, sizes)
    assert (again.uploads, again.deletions) == ((), ())
    mp3 = next(name for name in uploaded if name.endswith(".mp3"))
    gone = make_plan(files, "", {**uploaded, "episodes/old.mp3": Uploaded("x", 1)},
                     {**{n: s for n, s in sizes.items() if n != mp3}, "foreign.txt": 3})
    assert [item.remote for item in gone.uploads] == [mp3]  # missing on the host: again
    assert gone.deletions == ("episodes/old.mp3",)  # never foreign.txt
    moved = make_plan(files, "TOKEN", uploaded, sizes)
    assert all(item.remote.startswith("TOKEN/") for item in moved.uploads)
    assert set(moved.deletions) == set(uploaded)
