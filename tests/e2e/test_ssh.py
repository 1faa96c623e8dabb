"""The reader over a real SSH link: a throw-away `sshd` on 127.0.0.1, `ssh -tt` inside tmux at
80×24, a quote searched, opened and copied (the OSC 52 bytes must come back through the link),
then the link dropped by killing the ssh client: the reading position must be saved.

Skipped, with the reason, only where sshd, ssh or tmux is not installed (CI installs them)."""

from __future__ import annotations

import base64
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

SYSTEM_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
SSHD = shutil.which("sshd", path=SYSTEM_PATH)
SSH = shutil.which("ssh")
SSH_KEYGEN = shutil.which("ssh-keygen")
TMUX = shutil.which("tmux")

pytestmark = [
    pytest.mark.skipif(
        SSHD is None, reason="sshd is not installed (apt-get install openssh-server)"
    ),
    pytest.mark.skipif(
        SSH is None or SSH_KEYGEN is None,
        reason="ssh is not installed (apt-get install openssh-client)",
    ),
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
]


def newsreader_command() -> str:
    beside = Path(sys.executable).parent / "newsreader"
    if not beside.exists():
        pytest.skip("the newsreader console script is not installed beside this Python")
    return str(beside)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def sshd(tmp_path):
    """A private sshd on a free port of 127.0.0.1, keys made for this test; yields (port, key)."""
    if os.geteuid() == 0 and not Path("/run/sshd").is_dir():
        pytest.skip("sshd run by root needs /run/sshd (.ci/run creates it)")
    keys = tmp_path / "keys"
    keys.mkdir()
    for name in ("host", "user"):
        subprocess.run(
            [SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-f", str(keys / name)], check=True
        )
    shutil.copy(keys / "user.pub", keys / "authorized_keys")
    port = free_port()
    config = keys / "sshd_config"
    config.write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {keys / 'host'}\n"
        f"AuthorizedKeysFile {keys / 'authorized_keys'}\nPidFile {keys / 'sshd.pid'}\n"
        "UsePAM no\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        "PubkeyAuthentication yes\nPermitRootLogin prohibit-password\nPrintMotd no\n"
    )
    server = subprocess.Popen(
        [SSHD, "-D", "-e", "-f", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=open(keys / "sshd.log", "wb"),  # noqa: SIM115 - closed with the process
    )
    try:
        wait(lambda: _accepts(port) or server.poll() is not None, 10, "sshd to listen")
        if server.poll() is not None:
            pytest.fail(f"sshd did not start:\n{(keys / 'sshd.log').read_text()}")
        yield port, keys / "user"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


class Session:
    """tmux at 80×24 running `ssh -tt` to the reader, the pane's output copied to a file."""

    def __init__(self, tmp_path: Path, port: int, key: Path) -> None:
        self.socket = f"newsreader-ssh-{uuid.uuid4().hex[:10]}"
        self.data = tmp_path / "data"
        self.client_pid_file = tmp_path / "ssh.pid"
        self.reader_pid_file = tmp_path / "reader.pid"
        self.output = tmp_path / "pane.out"
        environment = {
            "HOME": str(tmp_path / "home"),
            "XDG_DATA_HOME": str(self.data),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        }
        exports = " ".join(f"{name}={shlex.quote(value)}" for name, value in environment.items())
        remote = (
            f"cd {shlex.quote(str(tmp_path))} && echo $$ > {shlex.quote(str(self.reader_pid_file))}"
            f" && exec env {exports} {shlex.quote(newsreader_command())}"
        )
        ssh = [
            SSH,
            "-tt",
            "-F",
            "/dev/null",
            "-i",
            str(key),
            "-p",
            str(port),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "BatchMode=yes",
            "-o",
            "LogLevel=ERROR",
            "127.0.0.1",
            remote,
        ]
        client = shlex.join(ssh)
        pid = shlex.quote(str(self.client_pid_file))
        command = f"sh -c 'echo $$ > {pid}; exec \"$@\"' sh {client}; sleep 30"
        self.tmux("new-session", "-d", "-x", "80", "-y", "24", "-e", "TERM=xterm-256color", command)
        self.tmux("set-option", "-g", "set-clipboard", "on")
        self.tmux("pipe-pane", "-O", f"cat >> {shlex.quote(str(self.output))}")

    def tmux(self, *arguments: str) -> str:
        return subprocess.run(
            [TMUX, "-L", self.socket, "-f", "/dev/null", *arguments],
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p")

    def wait_until(self, condition, what: str, timeout: float = 20.0):
        try:
            return wait(condition, timeout, what)
        except AssertionError:
            raise AssertionError(
                f"timed out waiting for {what}; the screen:\n{self.screen()}"
            ) from None

    def wait_for(self, text: str) -> str:
        return self.wait_until(lambda: text in (shown := self.screen()) and shown, repr(text))

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", *keys)

    def received(self) -> bytes:
        return self.output.read_bytes() if self.output.exists() else b""

    def close(self) -> None:
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True, timeout=10)


def copied(stream: bytes) -> list[str]:
    """The texts the reader put on the clipboard with OSC 52 escape sequences."""
    return [
        base64.b64decode(payload).decode("utf-8")
        for payload in re.findall(rb"\x1b\]52;c;([A-Za-z0-9+/=]+)(?:\x07|\x1b\\)", stream)
    ]


def test_search_open_copy_and_a_dropped_link_over_ssh(sshd, tmp_path):
    port, key = sshd
    session = Session(tmp_path, port, key)
    try:
        session.wait_for("As Antony Blinken continued")
        session.keys("/")
        session.wait_for("type to search")
        session.keys("-l", "million people")
        session.wait_for("more than a million people")
        session.keys("Enter")
        # the search dialog is a bordered box; the reader under it has none
        session.wait_until(lambda: "╭" not in session.screen(), "the search to close")
        session.keys("y")
        found = session.wait_until(lambda: copied(session.received()), "the OSC 52 copy")
        assert "more than a million people in Rafah" in found[-1]
        before = session.screen().splitlines()[1:3]
        session.keys("-l", "jjjjjjjj")  # read on: the position is now only in the reader's memory
        # the top lines, not the whole screen: the copy's notice fading also changes the screen
        session.wait_until(
            lambda: session.screen().splitlines()[1:3] != before, "the article to scroll"
        )
        reader = int(session.reader_pid_file.read_text())
        os.kill(int(session.client_pid_file.read_text()), signal.SIGKILL)  # the link drops
        wait(lambda: not alive(reader), 30, "the reader to end when its link dropped")
        state = (session.data / "newsreader" / "state.json").read_text(encoding="utf-8")
        offsets = re.findall(r'"offset":(\d+)', state)
        assert offsets and int(offsets[0]) > 0, state
    finally:
        session.close()
