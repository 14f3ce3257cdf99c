"""Deploying over SSH to a real sshd on loopback: SFTP (through sshfs) and rsync, with the
user's key, config and known_hosts as ssh uses them."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli
from hosts import sshd
from test_deploy import built_two  # noqa: F401 - the fixture


@pytest.fixture(scope="module")
def ssh_host(tmp_path_factory):
    with sshd(tmp_path_factory.mktemp("sshd")) as host:
        yield host


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _summary(done) -> str:
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode().splitlines()[0].split(": ", 1)[1]


@pytest.mark.parametrize("kind", ["sftp", "rsync"])
def test_deploy_over_ssh_is_incremental_and_prunes_only_its_own(
        built_two, tmp_path, ssh_host, kind):  # noqa: F811
    folder = tmp_path / "show"
    shutil.copytree(built_two, folder)
    remote = tmp_path / "www" / "evening"
    to = (f"sftp://{ssh_host.alias}{remote}" if kind == "sftp"
          else f"{ssh_host.alias}:{remote}")

    def deploy():
        return run_cli("deploy", str(folder), "--to", to, "--no-check", env=ssh_host.env)

    assert _summary(deploy()).startswith("16 uploaded")
    assert _tree(remote) == _tree(folder / "site")
    (remote / "robots.txt").write_text("someone else's")
    assert _summary(deploy()) == "0 uploaded (0.0 MB), 16 unchanged, 0 deleted"

    (folder / "articles" / "night-trains.md").unlink()
    assert run_cli("build", str(folder), "--prune", "--draft").returncode == 0
    assert _summary(deploy()).endswith(", 6 deleted")
    mirror = _tree(remote)
    assert mirror.pop("robots.txt")  # never papercast's to delete
    assert mirror == _tree(folder / "site")
    assert not list(remote.rglob(".*.part"))  # no temporaries left on the host


@pytest.mark.parametrize("kind", ["sftp", "rsync"])
def test_a_refused_key_is_one_line(built_two, tmp_path, ssh_host, kind):  # noqa: F811
    other = tmp_path / "home"
    shutil.copytree(ssh_host.home, other)
    key = other / ".ssh" / "id_ed25519"
    key.unlink()
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    config = other / ".ssh" / "config"
    config.write_text(config.read_text().replace(str(ssh_host.home), str(other)))
    to = (f"sftp://{ssh_host.alias}{tmp_path / 'www'}" if kind == "sftp"
          else f"{ssh_host.alias}:{tmp_path / 'www'}")
    done = run_cli("deploy", str(built_two), "--to", to, "--no-check",
                   env={"HOME": str(other), "RSYNC_RSH": f"ssh -F {config}",
                        "SSH_AUTH_SOCK": ""})
    assert done.returncode == 1
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {to}: wrong credentials"), lines
