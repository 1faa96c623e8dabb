"""`s`: speakers across the collection, a person's quote trail, jumping to a quote and back, and
`e` exporting quotes with their citations."""

from __future__ import annotations

import asyncio

from ui_helpers import annotated, shown_text, widget_text, write_jsonl

from tui.ui.screens.reader_screen import ReaderScreen
from tui.ui.screens.speakers_screen import SpeakersScreen, TrailScreen

STORIES = [
    {
        "id": "late",
        "title": "Talks end in Doha",
        "source": "Wire",
        "date": "2024-03-09",
        "text": "Talks ended in Doha.\n\n“There is a better way,” Secretary Blinken said.",
    },
    {
        "id": "early",
        "title": "Blinken in Cairo",
        "source": "Daily",
        "date": "2024-02-01",
        "text": "Secretary of State Antony Blinken arrived in Cairo.\n\n"
        "“We all share concerns,” Blinken said.\n\n“Rafah must be spared,” he added.",
    },
    {
        "id": "undated",
        "title": "Coach speaks",
        "text": "Coach Tom Smith met reporters in Denver.\n\n“We played badly,” Smith said.",
    },
]


async def _open_speakers(pilot) -> SpeakersScreen:
    await annotated(pilot)
    await pilot.press("s")
    screen = pilot.app.screen
    assert isinstance(screen, SpeakersScreen)
    for _ in range(250):
        await pilot.pause()
        if screen.ready:
            return screen
        await asyncio.sleep(0.02)
    raise AssertionError("the speakers view never filled")


def _rows(screen: SpeakersScreen) -> list[str]:
    return [line.strip() for line in widget_text(screen.rows).splitlines() if line.strip()]


async def test_speakers_listed_merged_filtered_sorted_and_places(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "news.jsonl", STORIES))])
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await _open_speakers(pilot)
        rows = _rows(screen)
        assert len(rows) == 2  # Blinken under three forms is one speaker
        assert rows[0].split()[:3] == ["3", "2", "2024-03-09"]
        assert "Antony Blinken" in rows[0] and "Secretary of State" in rows[0]
        assert "Tom Smith" in rows[1]
        await pilot.press("ctrl+o")  # by name
        await pilot.press("ctrl+o")  # by most recent: undated last
        assert "Antony Blinken" in _rows(screen)[0]
        await pilot.press(*"coach")
        await pilot.pause()
        rows = _rows(screen)
        assert len(rows) == 1 and "Tom Smith" in rows[0]
        await pilot.press("tab")  # places, the same filter
        await pilot.press(*["backspace"] * 5)
        await pilot.pause()
        assert {row.split()[-1] for row in _rows(screen)} == {"Doha", "Cairo", "Rafah", "Denver"}
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_trail_jump_to_quote_and_back(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "news.jsonl", STORIES))])
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_speakers(pilot)
        await pilot.press("enter")
        trail = app.screen
        assert isinstance(trail, TrailScreen)
        assert [said.text for said in trail.said] == [
            "We all share concerns,",
            "Rafah must be spared,",
            "There is a better way,",
        ]  # by article date
        text = widget_text(trail.rows)
        assert text.index("2024-02-01 · Blinken in Cairo · Daily") < text.index("2024-03-09")
        for key, cursor in (("G", 2), ("k", 1), ("g", 0), ("space", 2), ("b", 0)):
            await pilot.press(key)  # a page holds every quote: space goes to the last
            assert trail.rows.cursor == cursor, key
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        for _ in range(100):
            await pilot.pause()
            if reader.article.current_quote is not None:
                break
            await asyncio.sleep(0.02)
        article = reader.article
        assert article.document.title == "Talks end in Doha"
        quote = article.annotation.quotes[article.current_quote]
        assert article.document.text[quote.content_start : quote.content_end] == (
            "There is a better way,"
        )
        await pilot.press("escape")
        await pilot.pause()
        back = app.screen
        assert isinstance(back, TrailScreen) and back.rows.cursor == 2
        await pilot.press("escape")
        assert isinstance(app.screen, SpeakersScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")  # nothing to go back to: the reader stays
        assert isinstance(app.screen, ReaderScreen)


async def test_e_exports_the_trail_as_cited_markdown(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app([str(write_jsonl(tmp_path / "news.jsonl", STORIES))])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open_speakers(pilot)
        await pilot.press("enter", "e")
        (exported,) = tmp_path.glob("quotes-antony-blinken-*.md")
        await shown_text(pilot, exported.name)
        lines = exported.read_text(encoding="utf-8").splitlines()
        assert (
            "> “We all share concerns,” — Antony Blinken, “Blinken in Cairo”, Daily, 2024-02-01"
            in lines
        )
        assert sum(line.startswith("> ") for line in lines) == 3


async def test_e_in_the_reader_exports_the_articles_quotes(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app([str(write_jsonl(tmp_path / "news.jsonl", STORIES))])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await annotated(pilot)
        title = app.screen.article.document.title
        await pilot.press("e")
        (exported,) = tmp_path.glob("quotes-*.md")
        await shown_text(pilot, "Exported")
        text = exported.read_text(encoding="utf-8")
        assert f"“{title}”" in text and text.count("\n> ") >= 1


async def test_help_lists_the_speakers_and_trail_keys(make_app):
    app = make_app()
    async with app.run_test(size=(100, 140)) as pilot:
        await annotated(pilot)
        await pilot.press("question_mark")
        await shown_text(pilot, "Speakers and places (s)")
        await shown_text(pilot, "Quote trail")


async def test_palette_opens_the_speakers_view(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "news.jsonl", STORIES))])
    async with app.run_test(size=(100, 30)) as pilot:
        await annotated(pilot)
        await pilot.press("ctrl+p", *"speakers")
        await shown_text(pilot, "who said what")
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause()
            if isinstance(app.screen, SpeakersScreen):
                break
            await asyncio.sleep(0.02)
        assert isinstance(app.screen, SpeakersScreen)
