"""The `/` search screen: live results, moving, opening a quote, coming back with the query."""

from __future__ import annotations

import asyncio

from ui_helpers import annotated, write_jsonl

from tui.ui.screens.search_screen import SearchScreen

STORIES = [
    {
        "id": str(n),
        "title": f"Story {n}",
        "source": "Wire",
        "date": "2024-03-01",
        "text": f"Paragraph one of story {n}.\n"
        f'"The harbour of Valparaiso will reopen on Monday {n}," '
        f'Jane Doe said.\nParagraph three.\n"We expect the grain ships soon," Jane Doe added.',
    }
    for n in range(30)
]


async def _results(pilot, screen: SearchScreen, timeout: float = 5.0) -> None:
    """Wait until the screen shows the results of what is typed."""
    for _ in range(int(timeout / 0.02)):
        await asyncio.sleep(0.02)
        await pilot.pause()
        if screen.shown_generation == screen.generation:
            return
    raise AssertionError("no results")


async def test_type_see_results_open_quote(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "stories.jsonl", STORIES))])
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await pilot.press(*"valparaiso 17")
        await _results(pilot, screen)
        assert screen.hits, str(screen.status.render())
        best = screen.hits[0]
        assert "Valparaiso" in best.snippet and best.marks
        assert best.record.title == "Story 17"
        await pilot.press("enter")
        assert not isinstance(app.screen, SearchScreen)
        article = app.screen.article
        assert article.document.title == "Story 17"
        quote = article.annotation.quotes[article.current_quote]
        assert quote.start == best.record.start


async def test_move_with_arrows_and_ctrl_keys(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "stories.jsonl", STORIES))])
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        await pilot.press("slash", *"harbour")
        screen = app.screen
        await _results(pilot, screen)
        results = screen.results
        assert len(screen.hits) > 3 and results.highlighted == 0
        await pilot.press("down", "ctrl+n")
        assert results.highlighted == 2
        await pilot.press("ctrl+p")
        assert results.highlighted == 1
        await pilot.press("up", "up")
        assert results.highlighted == 0
        chosen = screen.hits[1].record
        await pilot.press("down", "enter")
        assert app.screen.article.document.key == chosen.doc


async def test_escape_keeps_the_query(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        await pilot.press("slash", *"rafah")
        await _results(pilot, app.screen)
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)
        await pilot.press("slash")
        assert app.screen.query_one("#search-input").value == "rafah"
        await _results(pilot, app.screen)
        assert app.screen.hits


async def test_messages_for_no_results_and_filters(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        await pilot.press("slash", *"zqxj")
        screen = app.screen
        await _results(pilot, screen)
        assert not screen.hits
        assert "zqxj" in str(screen.status.render())
        await pilot.press(*["backspace"] * 4, *"#rafah ")
        await _results(pilot, screen)
        assert "quotes from articles naming #rafah: type words to search them" in str(
            screen.status.render()
        )
        assert screen.hits and all("Rafah" in hit.record.places for hit in screen.hits)


async def test_search_before_the_index_is_ready(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        reader = app.screen
        index = reader.index
        assert index is not None
        screen = SearchScreen(None, False, "[Rafah]", reader.palette())
        await app.push_screen(screen)
        await pilot.pause(0.2)
        assert "indexing" in str(screen.status.render())
        screen.set_index(index, False)
        await _results(pilot, screen)
        assert screen.hits and "still indexing" in str(screen.status.render())
        screen.set_index(index, True)
        await _results(pilot, screen)
        assert screen.hits and "indexing" not in str(screen.status.render())


async def test_a_growing_index_keeps_the_quote_moved_to(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "stories.jsonl", STORIES))])
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        await pilot.press("slash", *"harbour")
        screen = app.screen
        await _results(pilot, screen)
        await pilot.press("down", "down")
        chosen = screen.hits[screen.results.highlighted].record
        screen.set_index(app.screen.index, True)
        await _results(pilot, screen)
        assert screen.hits[screen.results.highlighted].record == chosen
        await pilot.press("backspace")
        await _results(pilot, screen)
        assert screen.results.highlighted == 0


async def test_results_show_brackets_literally(make_app, tmp_path):
    records = [
        {
            "id": "1",
            "title": "Wire [Reuters] story",
            "text": 'Intro.\n"The [Reuters] desk and [bold]nobody[/bold] else confirmed it,"'
            " Jane Doe said.",
        }
    ]
    app = make_app([str(write_jsonl(tmp_path / "brackets.jsonl", records))])
    async with app.run_test(size=(100, 30)) as pilot:
        await annotated(pilot)
        await pilot.press("slash", *"desk confirmed")
        screen = app.screen
        await _results(pilot, screen)
        assert screen.hits
        results = screen.results
        shown = "".join(results.render_line(y).text for y in range(results.size.height))
        assert "[Reuters]" in shown and "[bold]nobody[/bold]" in shown
