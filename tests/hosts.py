"""Real hosts on loopback for the deploy tests: SeaweedFS's S3 gateway and OpenSSH's sshd
(for SFTP and rsync), each started in a temporary folder on free ports and stopped after."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

S3_KEY, S3_SECRET = "papercast-test", "papercast-test-secret"
S3_READER_KEY, S3_READER_SECRET = "reader-test", "reader-test-secret"


def _die_with_the_tests() -> None:
    """For ``preexec_fn``: a server outlives no test run, even one killed outright."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(3)
    except subprocess.TimeoutExpired:
        process.kill()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.2)
    raise RuntimeError(f"server did not listen on {port}: {log.read_text()[-2000:]}")


def require(program: str) -> str:
    found = shutil.which(program) or (Path(sys.executable).parent / program if (
        Path(sys.executable).parent / program).exists() else None)
    if found:
        return str(found)
    if os.environ.get("CI"):
        pytest.fail(f"{program} is required in CI (scripts/test installs it)")
    pytest.skip(f"{program} is not installed")


@dataclass(frozen=True)
class S3Host:
    endpoint: str
    env: dict[str, str]  # the deploying user's credentials, as AWS tools read them

    def public_url(self, bucket: str, key: str = "") -> str:
        return f"{self.endpoint}/{bucket}/{key}".rstrip("/")

    def filesystem(self, key: str = S3_KEY, secret: str = S3_SECRET):
        import s3fs

        return s3fs.S3FileSystem(key=key, secret=secret, endpoint_url=self.endpoint,
                                 skip_instance_cache=True)


@contextlib.contextmanager
def seaweedfs(folder: Path) -> Iterator[S3Host]:
    """`weed server -s3`: anonymous reads (a public bucket, as podcast hosting is), one
    identity that may write, one that may only read."""
    weed = require("weed")
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "s3.json"
    config.write_text(json.dumps({"identities": [
        {"name": "anonymous", "actions": ["Read"]},
        {"name": "deployer", "credentials": [{"accessKey": S3_KEY, "secretKey": S3_SECRET}],
         "actions": ["Admin", "Read", "Write", "List", "Tagging"]},
        {"name": "reader", "credentials": [{"accessKey": S3_READER_KEY,
                                            "secretKey": S3_READER_SECRET}],
         "actions": ["Read", "List"]}]}))
    s3, master, volume, filer, *grpc = (free_port() for _ in range(8))
    log = folder / "weed.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [weed, "server", f"-dir={folder}", "-s3", f"-s3.port={s3}",
             f"-s3.config={config}", f"-master.port={master}", f"-volume.port={volume}",
             f"-filer.port={filer}", f"-s3.port.grpc={grpc[0]}",
             f"-master.port.grpc={grpc[1]}", f"-volume.port.grpc={grpc[2]}",
             f"-filer.port.grpc={grpc[3]}", "-s3.port.iceberg=0", "-s3.port.lance=0",
             "-s3.autoCreateBucket=false", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
             "-master.volumeSizeLimitMB=64", "-volume.max=8"],
            stdout=out, stderr=subprocess.STDOUT, preexec_fn=_die_with_the_tests)
    try:
        _wait_for_port(s3, process, log, 60)
        host = S3Host(f"http://127.0.0.1:{s3}", {
            "AWS_ACCESS_KEY_ID": S3_KEY, "AWS_SECRET_ACCESS_KEY": S3_SECRET,
            "AWS_ENDPOINT_URL": f"http://127.0.0.1:{s3}", "AWS_DEFAULT_REGION": "us-east-1"})
        _until_ready(host)
        yield host
    finally:
        _stop(process)


def _until_ready(host: S3Host) -> None:
    """The gateway listens before its filer is up; a bucket made and listed means ready."""
    deadline = time.monotonic() + 60
    while True:
        try:
            fs = host.filesystem()
            fs.mkdir("readiness")
            fs.ls("readiness")
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@dataclass(frozen=True)
class SSHHost:
    alias: str  # a Host entry of the client config
    port: int
    home: Path  # HOME for asyncssh: .ssh/config, known_hosts and the key
    config: Path

    @property
    def env(self) -> dict[str, str]:
        """What a user with this ~/.ssh has: asyncssh reads HOME, OpenSSH (rsync) -F."""
        return {"HOME": str(self.home), "RSYNC_RSH": f"ssh -F {self.config}",
                "SSH_AUTH_SOCK": ""}


@contextlib.contextmanager
def sshd(folder: Path) -> Iterator[SSHHost]:
    """OpenSSH's sshd on a free loopback port with its own host key, letting in one key."""
    daemon = require("sshd") if shutil.which("sshd") else require("/usr/sbin/sshd")
    keygen = require("ssh-keygen")
    folder.mkdir(parents=True, exist_ok=True)
    home = folder / "home"
    (home / ".ssh").mkdir(parents=True)
    os.chmod(home / ".ssh", 0o700)
    host_key, user_key = folder / "host_key", home / ".ssh" / "id_ed25519"
    for key in (host_key, user_key):
        subprocess.run([keygen, "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    authorized = folder / "authorized_keys"
    shutil.copy(f"{user_key}.pub", authorized)
    os.chmod(authorized, 0o600)
    port = free_port()
    config = folder / "sshd_config"
    config.write_text(f"""Port {port}
ListenAddress 127.0.0.1
HostKey {host_key}
AuthorizedKeysFile {authorized}
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
PidFile {folder / "sshd.pid"}
Subsystem sftp internal-sftp
""")
    Path("/run/sshd").mkdir(exist_ok=True)  # sshd's privilege separation folder
    user = os.environ.get("USER") or subprocess.run(["id", "-un"], capture_output=True,
                                                    text=True).stdout.strip()
    known = home / ".ssh" / "known_hosts"
    public = Path(f"{host_key}.pub").read_text().split()
    known.write_text(f"[127.0.0.1]:{port} {public[0]} {public[1]}\n")
    client = home / ".ssh" / "config"
    client.write_text(f"""Host papercast-test-host
  HostName 127.0.0.1
  Port {port}
  User {user}
  IdentityFile {user_key}
  IdentitiesOnly yes
  UserKnownHostsFile {known}
  StrictHostKeyChecking yes
  BatchMode yes
""")
    log = folder / "sshd.log"
    with log.open("wb") as out:
        process = subprocess.Popen([daemon, "-D", "-e", "-f", str(config)], stdout=out,
                                   stderr=subprocess.STDOUT, preexec_fn=_die_with_the_tests)
    try:
        _wait_for_port(port, process, log, 20)
        yield SSHHost("papercast-test-host", port, home, client)
    finally:
        _stop(process)
