"""What a newcomer meets first (issue 9): focus, the list, the label and bars, help and footer."""

from __future__ import annotations

from ui_helpers import loaded, screen_text, widget_text, write_jsonl

from tui.core.documents import Document, paragraph_blocks
from tui.core.model import Annotation, Person, PersonMention, Quote
from tui.ui.colours import PLAIN
from tui.ui.render import ArticleLayout, layout_article
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


LABELLED = (
    'Jo Park has run the bakery on Mill Street for twenty years and knows every "regular"'
    " by name.\n\n"
    '"There are more than a million reasons to stay open, many of them regulars who come every'
    ' morning before work," the owner of the bakery said on Friday. Sales fell in March.\n\n'
    '"Prices went up and the flour is late again this week," she said. "We will manage."'
    " The queue grew."
)


def _quote(text: str, opening: str, attribution: str) -> Quote:
    """The quote opening with `opening`, attributed to the nearest `attribution` in its
    paragraph (after it, else before)."""
    start = text.index(opening)
    end = text.index('"', start)
    paragraph = text.rfind("\n", 0, start), text.find("\n", end) % (len(text) + 1)
    speaker = text.find(attribution, end, paragraph[1])
    if speaker < 0:
        speaker = text.rindex(attribution, paragraph[0], start)
    return Quote(
        start - 1,
        end + 1,
        start,
        end,
        speaker=0,
        speaker_start=speaker,
        speaker_end=speaker + len(attribution),
    )


def _marks(text: str, words: str) -> tuple[int, int, int, int]:
    start = text.index(f'"{words}"') + 1
    return start - 1, start + len(words) + 1, start, start + len(words)


def _layout(width: int) -> tuple[Annotation, ArticleLayout]:
    """LABELLED with Jo Park's three quotes, attributed to `the owner of the bakery` and `she`."""
    text = LABELLED
    annotation = Annotation(
        quotes=[
            _quote(text, "There are more", "the owner of the bakery"),
            _quote(text, "Prices went up", "she"),
            _quote(text, "We will manage", "she"),
            Quote(*_marks(text, "regular"), kind="partial"),
        ],
        people=[Person(0, "Jo Park")],
        mentions=[PersonMention(0, 7, 0)],
    )
    document = Document(
        id="d", title="T", text=text, blocks=paragraph_blocks(text), path="d.txt", format="txt"
    )
    return annotation, layout_article(document, annotation, width, PLAIN)


def test_a_speaker_label_ends_the_attributions_sentence():
    for width in (40, 60, 78, 120):
        _annotation, layout = _layout(width)
        shown = " ".join(row.text.plain[2:].rstrip() for row in layout.rows)
        shown = shown.replace("\u00a0", " ")
        assert shown.count("— Jo Park") == 2, shown
        assert "Friday. — Jo Park Sales" in shown
        assert 'she said. "We will manage." — Jo Park The' in shown  # one label for both


def test_bars_mark_exactly_the_rows_with_quoted_words():
    for width in (40, 60, 78):
        annotation, layout = _layout(width)
        for row in layout.rows:
            quoted = any(
                a < quote.content_end and b > quote.content_start
                for a, b, _ in row.runs
                for quote in annotation.quotes
            )
            assert row.text.plain.startswith("▍") == quoted, row.text.plain


async def test_help_reflows_and_lists_the_palette_and_themes(make_app):
    for width in (80, 120):
        app = make_app()
        async with app.run_test(size=(width, 40)) as pilot:
            await loaded(pilot)
            await pilot.press("question_mark")
            await pilot.pause()
            help_text = app.screen.query_one("#help-text")
            lines = widget_text(help_text).split("\n")
            text = " ".join(line.strip() for line in lines)
            for needle in ("^p", "app.commands", "^q", "Theme", "Change the current theme"):
                assert needle in text, needle
            # The search syntax's term rows keep their descriptions in one column: a continuation
            # is indented under the description, never back at the margin.
            at_blinken = next(line for line in lines if "@blinken" in line)
            assert at_blinken.startswith("  "), at_blinken
            assert all(len(line.rstrip()) <= help_text.size.width for line in lines)


async def test_footer_drops_whole_hints_at_80_columns(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        footer = widget_text(app.screen.query_one("#keys"))
        rest = footer
        for (key, description), _pinned in app.screen.query_one("#keys").hints:
            rest = rest.removeprefix(key + description)
        assert rest.strip() == "", footer  # nothing but whole hints, in order
        assert footer.rstrip().endswith("? Help")


async def test_with_16_colours_no_speaker_looks_like_a_place(make_app):
    from rich.color import ColorSystem

    for theme in ("textual-dark", "textual-light", "ansi-dark"):
        app = make_app(theme=theme)
        async with app.run_test(size=(80, 24)) as pilot:
            await loaded(pilot)
            palette = app.screen.palette().seen_with(ColorSystem.STANDARD)
            place, link, *speakers = (
                colour.downgrade(ColorSystem.STANDARD).number
                for colour in (palette.place, palette.link, *palette.speakers)
            )
            assert len(speakers) == 8, theme
            assert place not in speakers and link not in speakers, theme
            assert len(set(speakers)) == len(speakers), theme


async def test_the_list_sorts_filters_and_shows_details_beside_titles(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "many.jsonl", MANY))])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("tab")
        rows = widget_text(app.screen.document_list).split("\n")
        assert rows[1].startswith("  Story 001") and "Wire · 2024-03-02" in rows[1]  # one row
        await pilot.press("o")  # by date, newest first
        order = app.screen.document_list.order
        assert order.documents[order.shown[0]].date == "2024-03-28"
        assert "by date" in app.screen.header.counts
        await pilot.press("ampersand", *"story 11")
        shown = widget_text(app.screen.document_list)
        assert {line.split()[1] for line in shown.split("\n") if line.strip()} == {
            "011",
            "110",
            "111",
            "112",
            "113",
            "114",
            "115",
            "116",
            "117",
            "118",
            "119",
        }
        assert "11 match “story 11”" in app.screen.header.counts
        await pilot.press("enter", "enter")  # back to the list, then open the first match
        assert app.screen.article.document.title.startswith("Story 11")
        await pilot.press("tab", "ampersand", "escape")
        assert len(app.screen.document_list.order.shown) == len(MANY)


async def test_u_toggles_read_and_U_opens_the_next_unread(make_app, tmp_path):
    app = make_app([str(write_jsonl(tmp_path / "many.jsonl", MANY))])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert "119 unread" in app.screen.header.counts  # the first is open, so read
        await pilot.press("j", "u")
        assert "118 unread" in app.screen.header.counts
        await pilot.press("u")
        assert "119 unread" in app.screen.header.counts
        await pilot.press("U")
        assert app.screen.article.document.title == "Story 002"
        assert "118 unread" in app.screen.header.counts
        await pilot.press("u")  # in the article: the open one, Story 002, is unread again
        assert "119 unread" in app.screen.header.counts
        await pilot.press("U")  # the next unread after it
        assert app.screen.article.document.title == "Story 003"


def _reversed_words(article) -> list[str]:
    """The words the article pane draws in reverse video (find matches), top to bottom."""
    words = []
    for y in range(article.size.height):
        for segment in article.render_line(y):
            if segment.style is not None and segment.style.reverse and segment.text.strip():
                words.append(segment.text.strip())
    return words


async def test_f_finds_every_match_and_n_steps_through_them(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        article = app.screen.article
        await pilot.press("f", *"RAFAH", "enter")
        assert len(article.matches) == 6 and "find 1/6" in app.screen.header.activity
        assert set(_reversed_words(article)) == {"Rafah"} and len(_reversed_words(article)) >= 2
        await pilot.press("n", "n")
        assert "find 3/6" in app.screen.header.activity
        await pilot.press("N")
        assert "find 2/6" in app.screen.header.activity
        await pilot.press("f", "escape")
        assert article.matches == [] and _reversed_words(article) == []
        assert "find" not in app.screen.header.activity


async def test_help_documents_find_next_to_quote_search(make_app):
    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        text = widget_text(app.screen.query_one("#help-text"))
        assert "Find in article" in text and "Next find match or mention" in text
        assert "Search" in text and "Clear and close" in text


async def test_search_at_80x24_shows_a_line_per_result_and_previews_the_chosen(make_app, tmp_path):
    from ui_helpers import annotated, shown_text

    app = make_app([str(write_jsonl(tmp_path / "many.jsonl", MANY[:30]))])
    async with app.run_test(size=(80, 24)) as pilot:
        await annotated(pilot)
        await pilot.press("slash", *"quote")
        await shown_text(pilot, "Jane Doe  Quote")
        lines = [line for line in screen_text(app).split("\n") if "Jane Doe  Quote" in line]
        assert len(lines) >= 8 and all("— Story" in line for line in lines)
        preview = app.screen.query_one("#search-preview")
        first = widget_text(preview)
        await pilot.press("down")
        assert widget_text(preview) != first and "Jane Doe" in widget_text(preview)


async def test_the_copy_toast_does_not_cover_the_search_dialog(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await loaded(pilot)
        await pilot.press("right_square_bracket", "y")
        assert "Copied" in screen_text(app)
        await pilot.press("slash")
        await pilot.pause()
        assert "Copied" not in screen_text(app)


FERRY = (
    "---\ntitle: Ferry news\nurl: https://news.example/ferry\n---\n"
    "The [ferry](https://ferry.example/timetable) ran again, said [the port](ftp://port.example).\n"
)


async def test_links_are_shown_numbered_hyperlinked_and_the_url_copied(make_app, tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text(FERRY, encoding="utf-8")
    app = make_app([str(path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        shown = screen_text(app)
        assert "https://news.example/ferry" in shown and "The ferry[1] ran again" in shown
        assert "[1] https://ferry.example/timetable" in shown and "[2]" not in shown
        article = app.screen.article
        links = {
            segment.style.link
            for y in range(article.size.height)
            for segment in article.render_line(y)
            if segment.style is not None and segment.style.link
        }
        assert links == {"https://news.example/ferry", "https://ferry.example/timetable"}
        await pilot.press("Y")
        assert app.clipboard == "https://news.example/ferry"


async def test_an_html_title_and_its_h1_show_once(make_app, tmp_path):
    path = tmp_path / "ferry.html"
    path.write_text(
        "<html><head><title>Ferry resumes | Harbour Daily</title></head><body>"
        "<h1>Ferry resumes</h1><p>The ferry ran again on Monday.</p></body></html>",
        encoding="utf-8",
    )
    app = make_app([str(path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert widget_text(app.screen.article).count("Ferry resumes") == 1
