"""Every key of the reader, driven through Pilot at 80×24 and 120×40."""

from __future__ import annotations

from ui_helpers import annotated, loaded, screen_text, shown_text, widget_text, write_jsonl

from tui.ui.screens.help_screen import HelpScreen
from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.document_list import DocumentList
from tui.ui.widgets.side_panel import SidePanel

LONG = [
    {
        "id": str(n),
        "title": f"Story {n}",
        "date": f"2024-03-0{n % 9 + 1}",
        "source": "Wire",
        "text": "\n".join(
            f'Paragraph {p} of story {n}. "Quote number {p} is here," Jane Doe said in Paris.'
            for p in range(40)
        ),
    }
    for n in range(3)
]


async def test_first_paint_then_article(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert isinstance(app.focused, ArticleView)
        assert "Blinken" in screen_text(app)


async def test_scroll_keys(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "long.jsonl", LONG))])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        article = app.screen.article
        await pilot.press("j", "j", "down")
        assert article.scroll_y == 3
        await pilot.press("k", "up")
        assert article.scroll_y == 1
        await pilot.press("space")
        page = article.scroll_y
        assert page > 10
        await pilot.press("b")
        assert article.scroll_y == 1
        await pilot.press("G")
        assert article.scroll_y == article.max_scroll_y > 0
        await pilot.press("g")
        assert article.scroll_y == 0


async def test_paragraph_keys(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "long.jsonl", LONG))])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        article = app.screen.article
        blocks = article.article_layout.block_rows
        assert blocks[0] > 0  # the title comes first
        await pilot.press("right_curly_bracket")
        assert article.scroll_y == blocks[0]
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        assert article.scroll_y == blocks[2]
        await pilot.press("left_curly_bracket")
        assert article.scroll_y == blocks[1]


async def test_quote_keys(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        article = app.screen.article
        order = sorted(
            range(len(article.annotation.quotes)), key=lambda i: article.annotation.quotes[i].start
        )
        assert len(order) >= 2
        await pilot.press("right_square_bracket")
        assert article.current_quote == order[0]
        await pilot.press("right_square_bracket")
        assert article.current_quote == order[1]
        await pilot.press("left_square_bracket")
        assert article.current_quote == order[0]


async def test_copy_quote_with_citation(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await loaded(pilot)
        await pilot.press("right_square_bracket", "y")
        article = app.screen.article
        quote = article.annotation.quotes[article.current_quote]
        words = article.document.text[quote.content_start : quote.content_end].split()
        assert " ".join(words[:4]) in app.clipboard
        # the seed's first line is a sentence, not a headline: the file and its folder are cited
        assert "“Blinken rafah cairo”, seeds" in app.clipboard
        assert article.document.title not in app.clipboard
        assert (article.annotation.speaker_name(quote) or "unattributed") in app.clipboard
        await shown_text(pilot, "Copied to the clipboard")


async def test_panel_toggle_and_mentions(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        panel = app.screen.panel
        assert not panel.display
        await pilot.press("p")
        assert panel.display and app.focused is panel
        entry = panel.selected_entry
        assert entry is not None and entry.spans
        text = str(panel.get_option_at_index(panel.highlighted).prompt)
        assert entry.name in text
        await pilot.press("n")
        article = app.screen.article
        assert article.target == entry.spans[0]
        if len(entry.spans) > 1:
            await pilot.press("n")
            assert article.target == entry.spans[1]
        await pilot.press("N")
        assert article.target == entry.spans[0]
        await pilot.press("right_square_bracket")  # quote keys work from the panel too
        assert article.current_quote is not None and app.focused is panel
        await pilot.press("p")
        assert not panel.display


async def test_panel_lists_speakers_first_and_places(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        panel = app.screen.panel
        annotation = app.screen.article.annotation
        speakers = {
            annotation.people[q.speaker].name for q in annotation.quotes if q.speaker is not None
        }
        names = [entry.name for entry in panel.entries]
        people = [
            entry.name
            for entry in panel.entries
            if entry.name in {p.name for p in annotation.people}
        ]
        assert set(people[: len(speakers)]) == speakers
        assert {place.name for place in annotation.places} <= set(names)


async def test_tab_between_panes_wide(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.screen.has_class("-wide")
        hints = app.screen.query_one("#keys")
        assert isinstance(app.focused, DocumentList)  # two panes start in the list
        assert "Open" in str(hints.render())
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleView)
        await pilot.pause()
        assert "Open" not in str(hints.render())  # the footer follows the focused pane
        await pilot.press("p", "shift+tab")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(app.focused, SidePanel)


async def test_narrow_collapses_to_one_pane(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        documents = app.screen.query_one("#list-pane")
        assert app.screen.has_class("-narrow") and not documents.display
        await pilot.press("tab")
        assert documents.display and not app.screen.article.display
        await pilot.press("enter")
        assert app.screen.article.display and not documents.display
        assert isinstance(app.focused, ArticleView)


async def test_resize_keeps_place(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "long.jsonl", LONG))])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        article = app.screen.article
        for _ in range(5):
            await pilot.press("right_curly_bracket")
        offset = article.top_offset()
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert app.screen.has_class("-wide") and app.screen.document_list.display
        assert abs(article.top_offset() - offset) < 200
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen.has_class("-narrow")


async def test_list_opens_documents_and_marks_read(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "long.jsonl", LONG))])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("j", "enter")
        assert app.screen.article.document.title == "Story 1"
        documents = app.screen.document_list
        assert documents.opened == 1
        assert documents.is_read(LONG_DOC(app, 0)) and documents.is_read(LONG_DOC(app, 1))
        assert not documents.is_read(LONG_DOC(app, 2))
        await pilot.press("tab", "G", "enter")
        assert app.screen.article.document.title == "Story 2"
        await pilot.press("tab", "g", "enter")
        assert app.screen.article.document.title == "Story 0"


def LONG_DOC(app, index):
    return app.screen.library.documents[index]


async def test_help_lists_live_bindings(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = widget_text(app.screen.query_one("#help-text"))
        for needle in (
            "Next quote",
            "quote.next",
            "Copy quote",
            "Quit",
            "Panel",
            "search.next",
            "@name",
            "#place",
        ):
            assert needle in text
        await pilot.press("q")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits_and_saves_state(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("q")
    assert app.return_value == 0
    assert (tmp_path / "state.json").exists()


async def test_annotation_progress_finishes(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "long.jsonl", LONG))])
    async with app.run_test(size=(120, 40)) as pilot:
        await annotated(pilot)
        assert "quotes" in app.screen.header.counts
        assert all(
            app.screen.document_list.quote_count(d) is not None
            for d in app.screen.library.documents
        )


async def test_palette_opens_a_document_by_title(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "long.jsonl", LONG))])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p", *"Story 2")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.article.document.title == "Story 2"
