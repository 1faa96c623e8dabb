"""The reader meeting extreme input: huge lines and titles, one person quoted thousands of times,
tiny terminals, every key at once on an empty collection or an empty search. Nothing may raise
or hang."""

from __future__ import annotations

import asyncio
import threading

from hostile_input import assert_inert
from ui_helpers import annotated, loaded, screen_text, shown_text, write_jsonl

from tui.core.model import Annotation, Person, PersonMention, Quote
from tui.ui.colours import PLAIN
from tui.ui.widgets.side_panel import SidePanel

MOVES = [
    "j",
    "k",
    "space",
    "b",
    "g",
    "G",
    "tab",
    "shift+tab",
    "enter",
    "right_square_bracket",
    "left_square_bracket",
    "right_curly_bracket",
    "left_curly_bracket",
    "y",
    "n",
    "N",
]
KEYS = [*MOVES, "p", "p", "question_mark", "escape", "ctrl+p", "escape", "slash", "escape"]
"""Every action the reader binds a key to (down, pagedown… do what j, space… do), the ones opening
a screen closed again."""
SEARCH_KEYS = ["down", "up", "pagedown", "pageup", "home", "end", "tab", "shift+tab", "enter"]


async def test_an_article_of_one_huge_line_opens(make_app, tmp_path):
    text = "word " * 200_000 + '"Yes," said Anna Berg.'
    app = make_app(
        [str(write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "title": "Huge", "text": text}]))]
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot, timeout=30)
        await pilot.press("G", "g", "right_square_bracket")
        assert "word word" in screen_text(app)


LONG_TITLE = [
    {"id": "1", "title": "Title " * 400, "text": '"Fine weather for the bridge," said Anna Berg.'},
    {"id": "2", "title": "Short", "text": "Plain text."},
]


async def test_a_search_result_under_a_2000_character_title_still_shows_its_quote(
    make_app, tmp_path
):
    app = make_app([str(write_jsonl(tmp_path / "a.jsonl", LONG_TITLE))])
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        await pilot.press("slash", *"weather")
        await shown_text(pilot, "Fine weather for the bridge")
        assert screen_text(app).count("Title") < 30


async def test_a_tiny_terminal_and_back(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "a.jsonl", LONG_TITLE))])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.resize_terminal(20, 5)
        await pilot.press(*MOVES[:8], "p", "question_mark", "escape")
        await pilot.resize_terminal(80, 24)
        await pilot.press("escape", "escape", "g")
        assert "Title Title" in screen_text(app)


async def test_every_key_on_a_collection_with_only_a_broken_file(make_app, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    app = make_app([str(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            await asyncio.sleep(0.02)
            if app.reader_screen().library is not None:
                break
        await pilot.press(*KEYS)
        await pilot.pause()
        assert app.is_running


async def test_every_key_in_a_search_with_no_results(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "a.jsonl", LONG_TITLE))])
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        await pilot.press("slash", *"zzqqxx")
        await pilot.pause()
        await pilot.press(*SEARCH_KEYS, "escape")
        await pilot.pause()
        assert app.is_running


def test_the_people_panel_counts_thousands_of_quotes_by_one_person_at_once():
    count = 12_000
    annotation = Annotation(
        quotes=[
            Quote(
                i * 40,
                i * 40 + 8,
                i * 40 + 1,
                i * 40 + 6,
                speaker=0,
                speaker_start=i * 40 + 20,
                speaker_end=i * 40 + 22,
            )
            for i in range(count)
        ],
        people=[Person(0, "Anna Berg")],
        mentions=[PersonMention(i * 40 + 30, i * 40 + 39, 0) for i in range(count)],
    )
    panel = SidePanel()
    panel.show(annotation, PLAIN)
    assert panel.entries[0].name == "Anna Berg" and len(panel.entries[0].spans) == 2 * count


async def test_a_very_long_article_is_laid_out_without_holding_up_the_keys(
    make_app, tmp_path, monkeypatch
):
    """The layout of a long article is made in a thread; here it is held back until the keys
    have been answered, then the article shows."""
    from tui.ui.widgets import article_view

    paragraph = "The harbour board met again to discuss the new pier and its cost. "
    long_text = "\n\n".join(f"{paragraph}Part {n}." for n in range(article_view.LARGE // 60))
    records = [
        {"id": "long", "title": "Long report", "text": long_text},
        {"id": "short", "title": "Short note", "text": "A short note about the pier."},
    ]
    release = threading.Event()
    original = article_view.layout_article

    def held_back(document, annotation, width, palette):
        if len(document.text) > article_view.LARGE:
            release.wait(10)
        return original(document, annotation, width, palette)

    monkeypatch.setattr(article_view, "layout_article", held_back)
    app = make_app([str(write_jsonl(tmp_path / "long.jsonl", records))])
    async with app.run_test(size=(100, 30)) as pilot:
        await shown_text(pilot, "laying out this long article")
        await pilot.press("j")  # two panes start in the list
        assert app.screen.document_list.cursor == 1  # answered while the layout waits
        release.set()
        await shown_text(pilot, "Part 0.")


async def test_a_hostile_folder_draws_inert_in_every_pane(make_app, hostile_folder):
    app = make_app([str(hostile_folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        shown = [screen_text(app)]
        for key in ("j", "enter", "p", "slash"):
            await pilot.press(key)
            await pilot.pause()
            shown.append(screen_text(app))
        await pilot.press("escape")
    assert "2 skipped" in shown[0] and "Evil" in shown[0]
    for screen in shown:
        assert_inert(screen)
