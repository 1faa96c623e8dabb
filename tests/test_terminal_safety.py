"""Every command's output reaches the terminal inert: a folder whose file names, front matter and
JSON fields hold escape sequences, C1 controls, bidi overrides and undecodable bytes, walked
through every output path (readable, JSON, warnings, errors)."""

from __future__ import annotations

import io
import json
import sys

import pytest
from hostile_input import ESC, assert_inert

from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str]:
    try:
        status = main(list(argv))
    except SystemExit as stop:  # argparse's errors
        status = int(stop.code or 0)
    captured = capsys.readouterr()
    return status, captured.out + captured.err


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (["list", "{folder}"], "red.txt"),
        (["list", "--json", "{folder}"], "red.txt"),
        (["annotate", "{folder}"], "red.txt"),
        (["annotate", "--explain", "{folder}"], "red.txt"),
        (["annotate", "--jsonl", "{folder}/records{esc}.jsonl"], '"text" string'),
        (["annotate", "--jsonl", "{folder}/missing{esc}.jsonl"], "cannot read"),
        (["quotes", "build", "{folder}"], "We will build it"),
        (["quotes", "--json", "build", "{folder}"], "We will build it"),
        (["quotes", "build{esc}\u009b", "{folder}"], "# build"),
        (["{folder}"], "red.txt"),  # the reader without a terminal: the listing and its warnings
        (["list", "{folder}/missing{esc}"], "no such file"),
        (["list", "--bad{esc}"], "unrecognized arguments"),
        (["quotes", "x", "--limit", "{esc}"], "invalid int"),
        (["--config", "{folder}/config{esc}.toml", "{folder}"], "config file not found"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_no_control_character_reaches_the_terminal(hostile_folder, capsys, argv, shown):
    arguments = [a.format(folder=hostile_folder, esc=ESC) for a in argv]
    _, output = run(capsys, *arguments)
    assert shown in output
    assert_inert(output)


def test_queries_read_from_stdin_are_inert(hostile_folder, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"build{ESC}\n\u009b@x\x07\n"))
    for extra in ([], ["--json"]):
        _, output = run(capsys, "quotes", *extra, "-", str(hostile_folder))
        assert output.count("\n") >= 2
        assert_inert(output)


def test_json_output_keeps_the_values_it_escapes(hostile_folder, capsys):
    _, output = run(capsys, "list", "--json", str(hostile_folder))
    ids = {json.loads(line)["id"] for line in output.splitlines() if line.startswith("{")}
    assert str(hostile_folder / f"records{ESC}.jsonl") + f"#x{ESC}\u009b" in ids
