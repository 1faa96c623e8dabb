"""Faults while the reader runs: the file open is deleted or replaced, the state file cannot be
written, the terminal shrinks to 20×5 while the collection loads. The reader goes on."""

from __future__ import annotations

import errno
import os
import threading

from ui_helpers import annotated, loaded, screen_text

from tui.core import loading
from tui.core.readstate import ReadState

ARTICLE = (
    "Harbour news {n}\n\n“The pier is done,” Mayor Anna Berg said in Oslo.\n\n"
    + ("The ferry ran again. " * 40 + "\n\n") * 6
)


def write_folder(folder, count: int) -> None:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"{n:03}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")


async def test_the_open_file_deleted_or_replaced_mid_read(make_app, tmp_path):
    write_folder(tmp_path / "news", 3)
    state = ReadState(tmp_path / "state.json")
    app = make_app([str(tmp_path / "news")], state=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        (tmp_path / "news" / "000.txt").unlink()
        (tmp_path / "news" / "001.txt").write_bytes(b"\x00replaced by binary")
        await pilot.press("space", "right_square_bracket", "y", "tab", "j", "enter")
        await pilot.pause()
        assert "Harbour news 1" in screen_text(app)
        await pilot.press("tab", "space", "slash", *"pier", "enter")
        await pilot.pause()
        await pilot.press("escape", "q")
    assert app.return_value == 0
    assert ReadState(tmp_path / "state.json").is_read(str(tmp_path / "news" / "001.txt"))


async def test_a_full_disk_on_quit_still_quits(make_app, tmp_path, monkeypatch):
    write_folder(tmp_path / "news", 2)
    path = tmp_path / "state.json"
    app = make_app([str(tmp_path / "news")], state=ReadState(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("space")

        def full(*_args, **_kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fdopen", full)
        await pilot.press("q")
    assert app.return_value == 0
    assert not path.exists() and list(tmp_path.iterdir()) == [tmp_path / "news"]


async def test_a_20x5_terminal_and_back_while_loading(make_app, tmp_path, monkeypatch):
    write_folder(tmp_path / "news", 60)  # more than the reader loads before the first paint
    resized = threading.Event()
    reading = loading.iter_load

    def iter_load(paths, snapshot=None):  # the loading worker waits for the resize
        resized.wait(10)
        yield from reading(paths, snapshot)

    monkeypatch.setattr(loading, "iter_load", iter_load)
    app = make_app([str(tmp_path / "news")])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.resize_terminal(20, 5)
        await pilot.press("j", "tab", "space", "p", "question_mark", "escape")
        assert app.reader_screen().library is None  # still loading
        await pilot.resize_terminal(80, 24)
        resized.set()
        await annotated(pilot)
        await pilot.press("escape", "g")
        shown = screen_text(app)
        assert "60 documents" in shown and "Harbour news 0" in shown
