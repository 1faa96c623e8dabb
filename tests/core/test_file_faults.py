"""Faults around the files and the state file: each costs at most one line saying what went
wrong, and nothing else is lost."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from tui.core.loading import Document, Problem, iter_load, load
from tui.core.readstate import ReadState

ARTICLE = "Mayor Anna Berg opened the bridge.\n\n“It is done,” she said in Oslo.\n"


def write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_symlink_loop_in_a_collection_is_one_line(tmp_path):
    write(tmp_path / "a.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "up").symlink_to(tmp_path)  # a folder link back up: not followed, no loop
    collection = load([tmp_path])
    assert [Path(d.path).name for d in collection.documents] == ["a.txt"]
    assert [str(p) for p in collection.problems] == [
        f"skipped {tmp_path / 'loop.txt'}: Too many levels of symbolic links"
    ]


def test_a_subfolder_that_cannot_be_listed_is_one_line(tmp_path, monkeypatch):
    write(tmp_path / "a.txt")
    write(tmp_path / "locked" / "b.txt")
    write(tmp_path / "open" / "c.txt")
    locked = str(tmp_path / "locked")
    listing = os.scandir

    def scandir(path):  # chmod 000 does not stop root, who runs CI
        if os.fspath(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", locked)
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    collection = load([tmp_path])
    assert [Path(d.path).name for d in collection.documents] == ["a.txt", "c.txt"]
    assert [str(p) for p in collection.problems] == [f"skipped {locked}: Permission denied"]


def test_a_file_deleted_between_listing_and_reading_is_one_line(tmp_path):
    write(tmp_path / "a.txt")
    gone = write(tmp_path / "b.txt")
    write(tmp_path / "c.txt")
    found: list[Document | Problem] = []
    for item in iter_load([tmp_path]):
        found.append(item)
        if len(found) == 1:
            gone.unlink()
    assert [str(item) for item in found if isinstance(item, Problem)] == [
        f"skipped {gone}: No such file or directory"
    ]
    assert [Path(item.path).name for item in found if isinstance(item, Document)] == [
        "a.txt",
        "c.txt",
    ]


@pytest.mark.parametrize("content", ["{not json", "[]", '{"documents": 5}', "\x00\xff", ""])
def test_a_corrupt_state_file_starts_empty_and_is_replaced_on_save(tmp_path, content):
    path = tmp_path / "state.json"
    path.write_text(content, encoding="utf-8", errors="surrogateescape")
    state = ReadState(path)
    assert state.last is None and not state.is_read("a")
    state.remember("a", 40)
    assert state.save()
    assert ReadState(path).position("a") == 40


class FullDisk:
    """A file whose writes fail half-way, as on a full disk."""

    def __init__(self, handle):
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        self.handle.close()

    def write(self, data: str) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("fault", ["full disk", "read-only folder"])
def test_a_state_file_that_cannot_be_written_keeps_the_last_good_one(tmp_path, monkeypatch, fault):
    path = tmp_path / "state.json"
    state = ReadState(path)
    state.remember("a", 40)
    assert state.save()
    before = path.read_text(encoding="utf-8")
    opening = os.fdopen
    if fault == "full disk":
        monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(opening(*a, **k)))
    else:  # chmod is no bar to root, who runs CI: the temporary file is refused instead

        def refuse(*_args, **_kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr("tempfile.mkstemp", refuse)
    state.remember("a", 900)
    assert state.save() is False
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == before
    assert json.loads(before)["documents"]["a"]["offset"] == 40
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]  # no temporary left
    assert state.save() and ReadState(path).position("a") == 900  # the app goes on
