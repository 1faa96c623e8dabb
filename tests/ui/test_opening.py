"""Opening an article: the text at once, its annotation from a worker, and the keys that need it
(quote moves, `y`, a search's jump) acting as soon as it arrives."""

from __future__ import annotations

import asyncio
import gc
import threading
from contextlib import asynccontextmanager

from ui_helpers import annotated, loaded, screen_text, shown_text, widget_text, write_jsonl

from tui.core.annotation import annotate
from tui.core.library import Library, Step
from tui.ui.screens import reader_screen

STORIES = [
    {
        "id": str(n),
        "title": f"Story {n}",
        "text": f"Opening line of story {n}.\n"
        f'"The harbour number {n} will reopen on Monday," Jane Doe said in Valparaiso.',
    }
    for n in range(3)
]


class Gate:
    """Holds back the annotation of some articles until `release()`, and counts the articles
    annotated on the UI thread (which would freeze the screen while the annotator works)."""

    def __init__(self, monkeypatch, *titles: str) -> None:
        self.released = threading.Event()
        self.on_ui_thread = 0
        original = Library.annotation

        def annotation(library, document):
            if threading.current_thread() is threading.main_thread():
                self.on_ui_thread += not library.is_annotated(document)
            elif document.title in titles:
                self.released.wait(10)
            return original(library, document)

        def annotated(library, first=None):
            """Start-up's stream: the first article, then a failure (only opened ones follow)."""
            yield Step(first, library.annotation(first), 1, len(library.documents))
            raise RuntimeError("held back by the test: only opened articles are annotated")

        monkeypatch.setattr(Library, "annotation", annotation)
        monkeypatch.setattr(Library, "annotated", annotated)

    async def release(self, pilot) -> None:
        self.released.set()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def _until(pilot, condition, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.02)):
        await pilot.pause()
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("never happened")


def _app(make_app, tmp_path):
    return make_app([str(write_jsonl(tmp_path / "stories.jsonl", STORIES))])


@asynccontextmanager
async def _held_back(make_app, tmp_path, monkeypatch, title: str):
    """The stories loaded, with `title`'s annotation held back: (pilot, gate)."""
    gate = Gate(monkeypatch, title)
    app = _app(make_app, tmp_path)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await loaded(pilot)
        yield pilot, gate


async def test_an_article_shows_at_once_and_its_quote_key_waits(make_app, tmp_path, monkeypatch):
    async with _held_back(make_app, tmp_path, monkeypatch, "Story 1") as (pilot, gate):
        app = pilot.app
        await pilot.press("j", "enter", "right_square_bracket")
        article = app.screen.article
        assert article.document.title == "Story 1" and "Opening line of story 1." in screen_text(
            app
        )
        assert not article.annotation.quotes and article.current_quote is None
        assert "No quote" not in screen_text(app)  # the key waits
        await gate.release(pilot)
        assert gate.on_ui_thread == 0
        quotes = article.annotation.quotes
        assert len(quotes) == 1 and article.current_quote == 0
        assert "Jane Doe" in [entry.name for entry in app.screen.panel.entries]
        assert "1 quote" in widget_text(app.screen.document_list)


async def test_copy_waits_for_the_annotation(make_app, tmp_path, monkeypatch):
    async with _held_back(make_app, tmp_path, monkeypatch, "Story 2") as (pilot, gate):
        app = pilot.app
        await pilot.press("G", "enter", "y")
        assert app.clipboard == ""
        await gate.release(pilot)
        assert "The harbour number 2 will reopen" in app.clipboard and "Story 2" in app.clipboard


async def test_a_late_annotation_of_an_article_left_behind_is_dropped(
    make_app, tmp_path, monkeypatch
):
    async with _held_back(make_app, tmp_path, monkeypatch, "Story 1") as (pilot, gate):
        app = pilot.app
        reader = app.screen
        await pilot.press("j", "enter", "tab", "j", "enter")
        await _until(pilot, lambda: reader.annotation_shown)
        assert reader.article.document.title == "Story 2"
        await pilot.press("right_square_bracket")
        await gate.release(pilot)  # Story 1's annotation arrives now
        story_2 = reader.library.documents[2]
        assert reader.article.document is story_2
        assert reader.article.annotation is reader.library.annotation(story_2)
        assert reader.article.current_quote == 0  # not reset by the stale arrival


async def test_a_search_jump_waits_for_the_annotation(make_app, tmp_path, monkeypatch):
    async with _held_back(make_app, tmp_path, monkeypatch, "Story 1") as (pilot, gate):
        app = pilot.app
        reader = app.screen
        await _until(pilot, lambda: reader.index_complete)
        story_1 = reader.library.documents[1]
        reader.index.update(story_1, annotate(story_1.text, story_1.blocks))
        await pilot.press("slash", *"harbour number 1")
        search = app.screen
        await _until(pilot, lambda: search.shown_generation == search.generation and search.hits)
        record = search.hits[0].record
        await pilot.press("enter")
        assert reader.article.document is story_1 and reader.article.current_quote is None
        await gate.release(pilot)
        quote = reader.article.annotation.quotes[reader.article.current_quote]
        assert quote.start == record.start


async def test_messages_on_screen_are_printable(make_app, tmp_path, monkeypatch):
    """A folder's name or an error is shown without its control characters reaching the terminal."""
    monkeypatch.chdir(tmp_path)
    empty = "empty\x1b[31m\u202e"
    (tmp_path / empty).mkdir()
    app = make_app([empty])
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        shown = widget_text(app.screen.article)
        assert "No articles found in" in shown and "empty\ufffd[31m\ufffd" in shown

    def broken(paths, snapshot=None, listed=None, stop=None):
        raise ValueError("bad record \x1b]52;c;aGk=\x07")

    monkeypatch.setattr("tui.core.loading.load", broken)
    app = make_app([empty])
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        shown = widget_text(app.screen.article)
        assert "Could not load: ValueError: bad record \ufffd]52;c;aGk=\ufffd" in shown


def test_a_big_folder_is_judged_without_reading_it_all(monkeypatch, tmp_path):
    """Deciding whether to load before the first paint reads a folder only as far as it must."""
    read = []

    class Folder:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def __iter__(self):
            for n in range(100_000):
                read.append(n)
                yield type("Entry", (), {"path": str(tmp_path / f"{n}.txt")})()

    monkeypatch.setattr(reader_screen.os, "scandir", lambda path: Folder())
    assert not reader_screen._is_small([str(tmp_path)], files=32)
    assert len(read) == 33


async def test_paging_through_articles_writes_the_state_once(make_app, tmp_path, monkeypatch):
    saves = []
    app = _app(make_app, tmp_path)
    monkeypatch.setattr(app.state, "save", lambda: saves.append(app.state.last) or True)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(pilot)
        await pilot.pause(reader_screen._SAVE_DELAY + 0.3)  # the start-up article's save
        saves.clear()
        await pilot.press("j", "enter", "tab", "j", "enter")
        assert saves == []
        await pilot.pause(reader_screen._SAVE_DELAY + 0.3)
        assert len(saves) == 1 and saves[0].endswith("#2")


async def test_the_loaded_collection_is_frozen_out_of_the_collector(make_app, tmp_path):
    gc.unfreeze()
    app = _app(make_app, tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await annotated(pilot)
        assert gc.get_freeze_count() > 0


async def test_watch_shows_new_changed_and_removed_files_without_a_restart(
    make_app, tmp_path, monkeypatch
):
    monkeypatch.setattr(reader_screen, "WATCH_INTERVAL", 0.2)
    folder = tmp_path / "news"
    folder.mkdir()
    for name, title in (("a", "Pier reopens"), ("b", "Ferry stops")):
        (folder / f"{name}.txt").write_text(
            f'{title}\n\n"We will see," harbour master Ana Ruiz said of the {name} story.',
            encoding="utf-8",
        )
    app = make_app([str(folder)], watch=True)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await annotated(pilot)
        (folder / "c.txt").write_text(
            'Dock opens\n\n"The dock is ready," engineer Omar Haddad said.', encoding="utf-8"
        )
        (folder / "b.txt").unlink()
        await shown_text(pilot, "1 new, 1 removed")
        listed = widget_text(app.screen.document_list)
        assert "Dock opens" in listed and "Ferry stops" not in listed
        await annotated(pilot)
        await pilot.press("slash", *"dock is ready")
        await shown_text(pilot, "Omar Haddad")


async def test_skipped_files_are_named_in_the_reader(make_app, tmp_path):
    (tmp_path / "story.txt").write_text("Pier reopens\n\nThe pier reopened.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text('{"file": "story.txt"}\n', encoding="utf-8")
    app = make_app([str(tmp_path)])
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await loaded(pilot)
        await shown_text(pilot, "Skipped 2 items")
        shown = screen_text(app)
        assert "empty.txt: empty file" in shown and "manifest.jsonl: not articles" in shown
        assert "`" not in shown


async def test_a_big_folder_lists_its_first_documents_while_the_rest_load(
    make_app, tmp_path, monkeypatch
):
    """The list is browsable before the whole folder is read: the first documents show, keys
    move in them, and opening one says the collection is still loading."""
    from tui.core import loading

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(150):
        (folder / f"{n:03}.txt").write_text(f"Story {n}\n\nHarbour news number {n}.", "utf-8")
    rest = threading.Event()
    reading = loading.iter_load

    def iter_load(paths, snapshot=None):
        for number, found in enumerate(reading(paths, snapshot)):
            if number == 120:
                rest.wait(10)
            yield found

    monkeypatch.setattr(loading, "iter_load", iter_load)
    app = make_app([str(folder)])
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await shown_text(pilot, "100 documents so far")
        assert "Story 0" in widget_text(app.screen.document_list)
        await pilot.press("j", "j", "enter")
        await shown_text(pilot, "Still loading")
        assert app.screen.document_list.cursor == 2 and app.screen.library is None
        rest.set()
        await loaded(pilot)
        assert "150 documents" in screen_text(app)


async def test_a_folder_reopened_from_the_snapshot_reads_only_the_bodies_of_articles_opened(
    make_app, tmp_path, monkeypatch
):
    from tui.core.cache import AnnotationCache

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(40):  # more than a first paint loads without a worker and its cache
        (folder / f"{n:02}.md").write_text(
            f"---\ntitle: Harbour {n}\n---\n"
            f'"Pier {n} will reopen in May," harbour master Ana Ruiz said in Lisbon.\n',
            encoding="utf-8",
        )
    cache = tmp_path / "cache.sqlite3"
    app = make_app([str(folder)], cache=cache)
    async with app.run_test(size=(120, 30)) as pilot:
        await annotated(pilot)
    read: list[str] = []
    bodies = AnnotationCache.bodies
    monkeypatch.setattr(
        AnnotationCache, "bodies", lambda self, paths: read.extend(paths) or bodies(self, paths)
    )
    app = make_app([str(folder)], cache=cache)
    async with app.run_test(size=(120, 30)) as pilot:
        await annotated(pilot)
        assert [path.rsplit("/", 1)[-1] for path in read] == ["00.md"]
        assert "Pier 0 will reopen" in widget_text(app.screen.article)
        await pilot.press("j", "enter")
        await loaded(pilot)
        assert "Pier 1 will reopen" in widget_text(app.screen.article)
        assert [path.rsplit("/", 1)[-1] for path in read] == ["00.md", "01.md"]
        assert app.screen.article.annotation.mentions  # whole: its people are highlighted


async def test_watch_notices_an_edit_in_a_folder_listed_from_the_snapshot(
    make_app, tmp_path, monkeypatch
):
    monkeypatch.setattr(reader_screen, "WATCH_INTERVAL", 0.2)
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n:02}.md").write_text(
            f'---\ntitle: Harbour {n}\n---\n"Pier {n} reopens," Ana Ruiz said in Lisbon.\n',
            encoding="utf-8",
        )
    cache = tmp_path / "cache.sqlite3"
    async with make_app([str(folder)], cache=cache).run_test(size=(120, 30)) as pilot:
        await annotated(pilot)
    app = make_app([str(folder)], cache=cache, watch=True)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await annotated(pilot)
        (folder / "07.md").write_text(
            '---\ntitle: Harbour 7\n---\n"The dock is ready," engineer Omar Haddad said.\n',
            encoding="utf-8",
        )
        await shown_text(pilot, "1 changed")
        await annotated(pilot)
        await pilot.press("slash", *"dock is ready")
        await shown_text(pilot, "Omar Haddad")
