"""What a newcomer meets first (issue 9): focus, the list, the label and bars, help and footer."""

from __future__ import annotations

from ui_helpers import loaded, widget_text, write_jsonl

from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.document_list import DocumentList

MANY = [
    {
        "id": str(n),
        "title": f"Story {n:03}",
        "date": f"2024-03-{n % 28 + 1:02}",
        "source": "Wire" if n % 2 else "Post",
        "text": f'Paragraph of story {n}. "Quote {n} is here," Jane Doe said in Paris.',
    }
    for n in range(120)
]


async def test_two_panes_start_in_the_list(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "many.jsonl", MANY))])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert isinstance(app.focused, DocumentList)
        await pilot.press("j", "enter")
        assert app.screen.article.document.title == "Story 001"


async def test_one_pane_starts_in_the_article(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "many.jsonl", MANY))])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert isinstance(app.focused, ArticleView)


async def test_palette_open_moves_the_list_cursor_into_view(make_app, tmp_path):
    for size in ((120, 40), (80, 24)):
        app = make_app([str(write_jsonl(tmp_path / "many.jsonl", MANY))])
        async with app.run_test(size=size) as pilot:
            await loaded(pilot)
            await pilot.press("ctrl+p", *"Story 097")
            await pilot.pause(0.5)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen.article.document.title == "Story 097"
            if size[0] < 100:
                await pilot.press("tab")
            await pilot.pause()
            documents = app.screen.document_list
            assert documents.cursor == 97
            assert "▶ Story 097" in widget_text(documents), size
