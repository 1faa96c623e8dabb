"""A folder made to attack the terminal, and the check that output stays inert."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

ESC = "\x1b[31m"
UNSAFE_OUTPUT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e]")
"""What must never be written: C0 but tab and line feed, DEL, C1, surrogates (raw bytes),
bidi overrides."""

ARTICLE = "Mayor Anna Berg spoke.\n\n“We will build it,” Mayor Anna Berg said in Oslo.\n"


def write_hostile_folder(tmp_path: Path) -> Path:
    """A folder whose names, front matter and JSON fields hold escape sequences, C1 controls,
    bidi overrides and undecodable bytes."""
    folder = tmp_path / f"folder{ESC}"
    folder.mkdir()
    (folder / f"file{ESC}red.txt").write_text(ARTICLE, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"raw\x9b31m\xff.txt"), "wb") as handle:
        handle.write(ARTICLE.encode())
    (folder / f"front\x07{ESC}.md").write_text(
        "---\n"
        "title: Evil \x1b]52;c;aGk=\x07 title\n"
        "date: 2024\x1b[2J\n"
        "source: src\u009b31m\n"
        "author: \u202eauthor\n"
        "---\n"
        "“We go,” said Tomas Lind in Paris.\n",
        encoding="utf-8",
    )
    record = {
        "id": f"x{ESC}\u009b",
        "title": "t\x1b[2Jt\u2028",
        "source": "s\x07",
        "date": "d\u009b",
        "text": "“We will build it,” said Anna Berg in Oslo.",
    }
    (folder / f"records{ESC}.jsonl").write_text(
        json.dumps(record) + "\n" + json.dumps({"id": f"y{ESC}"}) + "\n", encoding="utf-8"
    )
    (folder / f"binary{ESC}.txt").write_bytes(b"\x00\x01\x02")
    return folder


def assert_inert(output: str) -> None:
    found = sorted({f"U+{ord(ch):04X}" for ch in UNSAFE_OUTPUT.findall(output)})
    assert not found, f"unsafe characters reach the terminal: {found}\n{output!r}"
