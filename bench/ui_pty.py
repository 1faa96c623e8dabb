"""Running a terminal app under a pseudo-terminal, for the UI figures (`ui_startup`, `ui_scroll`).

A pty is what a terminal (or sshd) gives the app: it sees a real TTY of a chosen size, and every
byte it writes can be timed and counted. Run directly it only says what it is for.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time


class PtyApp:
    """One app process on a pty of `width`×`height`; read its output, type into it."""

    def __init__(self, argv: list[str], width: int, height: int, env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
            os.execvpe(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        self.output = bytearray()

    def _read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            return os.read(self.fd, 65536)
        except OSError:
            return b""

    def wait_for(self, needle: bytes, timeout: float = 20.0, after: int = 0) -> float:
        """Seconds from start until `needle` has been written (past byte `after` of the output)."""
        deadline = time.perf_counter() + timeout
        while self.output.find(needle, after) < 0:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{needle!r} never appeared")
            self.output += self._read(deadline - time.perf_counter())
        return time.perf_counter() - self.started

    def drain(
        self, quiet: float = 0.15, timeout: float = 10.0, since: float | None = None
    ) -> tuple[int, float, float]:
        """Read until `quiet` seconds pass with no output: (bytes read, seconds from `since` to the
        first byte and to the last). Given `since` (a key was sent), wait up to `timeout` for the
        first byte; without it, settle: stop at the first quiet spell."""
        waiting = since is not None
        since = time.perf_counter() if since is None else since
        first = last = None
        count = 0
        while time.perf_counter() - since < timeout:
            chunk = self._read(timeout if waiting and first is None else quiet)
            if not chunk:
                break
            now = time.perf_counter()
            first = now if first is None else first
            last = now
            count += len(chunk)
            self.output += chunk
        first = first if first is not None else since
        last = last if last is not None else since
        return count, first - since, last - since

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def close(self, keys: bytes = b"") -> None:
        """Type `keys` (a quit key), or else terminate, and wait for the process."""
        if keys:
            self.send(keys)
        else:
            os.kill(self.pid, signal.SIGTERM)
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline:
            self._read(0.02)
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def terminal_env(home: str) -> dict[str, str]:
    """A plain SSH-like terminal: 256 colours, no COLORTERM, state kept in `home`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("COLORTERM", "NO_COLOR", "TMUX")
    }
    env.update(
        TERM="xterm-256color",
        HOME=home,
        XDG_DATA_HOME=f"{home}/data",
        XDG_CONFIG_HOME=f"{home}/config",
        XDG_CACHE_HOME=f"{home}/cache",
    )
    return env


if __name__ == "__main__":
    print("ui_pty: helper for ui_startup.py and ui_scroll.py (no figures of its own)")
