"""The real `newsreader` command in a real terminal (tmux): what a user over SSH would see.

Each test gets its own tmux server (`-L`), its own HOME and XDG folders, and kills the server
afterwards. Skipped only when tmux is not installed (CI installs it).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")

SGR_BEFORE = r"\x1b\[([0-9;]*)m(?:[^\x1b]{0,30})"


def newsreader_command() -> str:
    beside = Path(sys.executable).parent / "newsreader"
    found = str(beside) if beside.exists() else shutil.which("newsreader")
    if found is None:
        pytest.skip("the newsreader console script is not installed")
    return found


class Terminal:
    def __init__(
        self,
        tmp_path: Path,
        width: int = 80,
        height: int = 24,
        env: dict[str, str] | None = None,
        arguments: str = "",
        shell: str = "",
    ):
        self.socket = f"newsreader-e2e-{uuid.uuid4().hex[:10]}"
        self.status_file = tmp_path / "status"
        self.pid_file = tmp_path / "pid"
        self.state_file = tmp_path / "data" / "newsreader" / "state.json"
        settings = {
            "HOME": str(tmp_path / "home"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
        }
        if os.environ.get("PYTHONPATH"):
            settings["PYTHONPATH"] = os.environ["PYTHONPATH"]
        settings.update(env or {})
        status, pid = shlex.quote(str(self.status_file)), shlex.quote(str(self.pid_file))
        reader = f'sh -c \'echo $$ > {pid}; exec "$0" "$@"\' {shlex.quote(newsreader_command())}'
        command = f"{shell}{reader} {arguments}; echo $? > {status}; sleep 30"
        environment = [a for key, value in settings.items() for a in ("-e", f"{key}={value}")]
        self.tmux("new-session", "-d", "-x", str(width), "-y", str(height), *environment, command)

    def tmux(self, *arguments: str) -> str:
        return subprocess.run(
            [TMUX, "-L", self.socket, "-f", "/dev/null", *arguments],
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout

    def screen(self, escapes: bool = False) -> str:
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []))

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", key)
            time.sleep(0.15)

    def wait_for(self, condition, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen(escapes=True)
            if condition(shown):
                return shown
            time.sleep(0.1)
        raise AssertionError(f"timed out; the screen shows:\n{self.screen()}")

    def exit_status(self, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.status_file.exists() and self.status_file.read_text().strip():
                return int(self.status_file.read_text())
            time.sleep(0.1)
        raise AssertionError(f"newsreader did not exit; the screen shows:\n{self.screen()}")

    def pid(self) -> int:
        """The newsreader process (the shell around it writes the status afterwards)."""
        return int(self.pid_file.read_text())

    def alternate_screen(self) -> bool:
        """Whether the terminal is still in the full-screen mode the reader draws in."""
        return self.tmux("display-message", "-p", "#{alternate_on}").strip() == "1"

    def close(self) -> None:
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True, timeout=10)


@pytest.fixture
def terminal(tmp_path):
    opened: list[Terminal] = []

    def start(**options) -> Terminal:
        opened.append(Terminal(tmp_path, **options))
        return opened[-1]

    yield start
    for each in opened:
        each.close()


def _styled(screen: str, word: str) -> list[str]:
    """SGR parameters set since the last reset, before each occurrence of `word` on a line."""
    found = []
    for line in screen.splitlines():
        for match in re.finditer(re.escape(word), line):
            codes = re.findall(r"\x1b\[([0-9;]*)m", line[: match.start()])
            resets = [
                n for n, code in enumerate(codes) if code in ("", "0") or code.startswith("0;")
            ]
            since = codes[resets[-1] :] if resets else codes
            found.append(";".join(code for code in since if code not in ("", "0")))
    return found


def _highlighted(screen: str, word: str, attributes: str) -> bool:
    """Some occurrence of `word` is drawn with one of the SGR `attributes` (e.g. "1|4")."""
    return any(re.search(rf"(^|;)({attributes})(;|$)", codes) for codes in _styled(screen, word))


@pytest.mark.parametrize("term", ["xterm-256color", "screen", "tmux-256color"])
def test_reader_in_a_real_terminal(terminal, term):
    shown = terminal(env={"TERM": term})
    screen = shown.wait_for(
        lambda s: (
            _highlighted(s, "Blinken", "1|4")
            and any(_highlighted(s, place, "4") for place in ("Rafah", "Cairo", "Gaza", "Egypt"))
        )
    )
    plain = re.sub(r"\x1b\[[0-9;]*m", "", screen)
    assert "As Antony Blinken continued his Mideast visit" in plain
    shown.keys("?")
    shown.wait_for(lambda s: "Keys" in s and "reader.down" in s)
    shown.keys("q")
    shown.wait_for(lambda s: "reader.down" not in s)
    shown.keys("q")
    assert shown.exit_status() == 0


def test_no_color_still_marks_people_and_places(terminal):
    shown = terminal(env={"NO_COLOR": "1", "TERM": "xterm-256color"})
    # Textual turns colours to greys under NO_COLOR; the meaning must ride on attributes.
    screen = shown.wait_for(
        lambda s: _highlighted(s, "Rafah", "4") and _highlighted(s, "Blinken", "1")
    )
    codes = ";".join(re.findall(r"\x1b\[([0-9;]*)m", screen)).split(";")
    # 39 and 49 (default colours) are tmux's own, after every reset.
    colours = {code for code in codes if re.fullmatch(r"3[0-8]|4[0-8]|9[0-7]|10[0-7]", code)}
    assert colours == set()  # attributes only
    shown.keys("q")
    assert shown.exit_status() == 0


def test_stderr_to_a_log_still_draws_the_reader(terminal, tmp_path):
    log = tmp_path / "err.log"
    shown = terminal(arguments=f"2>{shlex.quote(str(log))} </dev/null")
    shown.wait_for(lambda s: "As Antony Blinken continued" in s)
    shown.keys("q")
    assert shown.exit_status() == 0
    assert "Blinken" not in log.read_text()  # the screen went to the terminal, not the log


def test_a_news_folder_at_80x24_list_filter_and_find(terminal, tmp_path):
    folder = tmp_path / "news"
    for topic, titles in {
        "harbour": ["Ferry resumes", "Fees rise"],
        "city": ["Budget vote"],
    }.items():
        (folder / topic).mkdir(parents=True)
        for number, title in enumerate(titles):
            (folder / topic / f"{number}.md").write_text(
                f"---\ntitle: {title}\ndate: 2024-03-0{number + 1}\nsource: {topic}\n---\n"
                f'"The {title.lower()} matters," the mayor said of the {topic}.\n',
                encoding="utf-8",
            )
    (folder / "README.TXT").write_text("About this folder.\n", encoding="utf-8")
    (folder / "manifest.jsonl").write_text('{"file": "harbour/0.md"}\n', encoding="utf-8")
    shown = terminal(arguments=shlex.quote(str(folder)))
    shown.wait_for(lambda s: "3 quotes" in s)  # annotated: the filter counts what is listed
    shown.keys("Tab", "&")
    for key in "fees":
        shown.keys(key)
    screen = shown.wait_for(lambda s: "1 match" in s)
    assert "Fees rise" in screen and "Budget vote" not in screen
    shown.keys("Enter", "Enter", "f", "m", "a", "y", "o", "r", "Enter")
    shown.wait_for(lambda s: "find 1/1" in s)
    shown.keys("q")
    assert shown.exit_status() == 0


def _saved_offset(state_file: Path) -> int:
    documents = json.loads(state_file.read_text(encoding="utf-8"))["documents"]
    return max(entry.get("offset", 0) for entry in documents.values())


@pytest.mark.parametrize("signals", [["TERM"], ["HUP", "HUP", "TERM"]])
def test_a_signal_saves_the_position_and_restores_the_terminal(terminal, signals):
    shown = terminal(env={"TERM": "xterm-256color"})
    shown.wait_for(lambda s: "Blinken" in s)
    shown.keys(*"jjjjjjjj")
    shown.wait_for(lambda s: "As Antony Blinken continued" not in s)
    for name in signals:  # a repeat arrives while the first one is quitting
        os.kill(shown.pid(), getattr(signal, f"SIG{name}"))
    assert shown.exit_status() == 0
    assert not shown.alternate_screen()
    assert _saved_offset(shown.state_file) > 0


def test_a_terminal_gone_without_a_hangup_signal_still_ends_the_reader(terminal):
    """A link can drop with no SIGHUP reaching the reader (here the shell around it takes the
    signal and ignores it): it notices its terminal is gone and quits as on SIGHUP, position
    saved, instead of reading a dead terminal for ever with a core busy."""
    shown = terminal(env={"TERM": "xterm-256color"}, shell="trap '' HUP; ")
    shown.wait_for(lambda s: "Blinken" in s)
    shown.keys(*"jjjjjjjj")
    shown.wait_for(lambda s: "As Antony Blinken continued" not in s)
    pid = shown.pid()
    shown.close()  # the terminal goes; the shell around the reader lives on
    assert shown.exit_status() == 0
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert _saved_offset(shown.state_file) > 0


def test_a_big_cold_folder_loads_and_annotates_on_every_core(terminal, tmp_path):
    """Parsing and annotation start worker processes from inside the running reader (where
    Textual captures stderr); the folder loads, is annotated and is searchable."""
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(120):
        (folder / f"{number:03}.md").write_text(
            f"---\ntitle: Harbour story {number}\n---\n"
            f'"We will reopen pier {number}," harbour master Ana Ruiz said in Lisbon.\n',
            encoding="utf-8",
        )
    screen = terminal(width=120, height=30, arguments=shlex.quote(str(folder)))
    shown = screen.wait_for(lambda text: "120 quotes" in text, timeout=60)
    assert "120 documents" in shown and "Could not" not in shown
