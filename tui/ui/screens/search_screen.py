"""`/`: quote search across the collection, results updating while you type.

Typing never waits on a search: each change restarts a short debounce timer, the search runs in
a thread worker, and a result that arrives after a newer keystroke is dropped. `enter` returns
the chosen hit to the reader, which opens the document at the quote; `esc` returns nothing and
the reader keeps the query for next time. Each result is one line (speaker, the quote around
the match, the title cut to fit), so 80×24 shows more than eight; the highlighted one's whole
quote and its article are in the preview below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.decoding import printable
from tui.core.documents import shorten
from tui.ui.colours import Palette
from tui.ui.widgets.marked_option_list import MarkedOptionList
from tui.ui.wording import plural

if TYPE_CHECKING:
    from tui.core.search import Hit, QuoteIndex, SearchResult

DEBOUNCE = 0.1
LIMIT = 100
TITLE_LIMIT = 60
"""A result shows this much of its article's title, so a long one cannot push its quote away."""


class SearchScreen(ModalScreen["Hit | None"]):
    MOVES_WITH_CTRL_P = True
    """ctrl+p moves up the results here (ctrl+n down), so the app lets it past the palette."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="search.close"),
        Binding("down,ctrl+n", "move(1)", "Next result", show=False, id="search.next"),
        Binding("up,ctrl+p", "move(-1)", "Previous result", show=False, id="search.previous"),
        Binding("pagedown", "move(10)", "Page down", show=False, id="search.page_down"),
        Binding("pageup", "move(-10)", "Page up", show=False, id="search.page_up"),
        Binding("ctrl+e", "export", "Export", id="search.export"),
    ]

    class Found(Message):
        def __init__(self, generation: int, result: SearchResult) -> None:
            super().__init__()
            self.generation = generation
            self.result = result

    def __init__(
        self, index: QuoteIndex | None, complete: bool, query: str, palette: Palette
    ) -> None:
        super().__init__()
        self.index = index
        self.complete = complete
        """False while documents are still being annotated and added to the index."""
        self.query_text = query
        self.palette = palette
        self.hits: list[Hit] = []
        self.generation = 0
        self.shown_generation = -1
        """The generation whose results are on screen: equal to `generation` when up to date."""
        self.shown_query: str | None = None
        """The query whose results are on screen."""
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(
                self.query_text,
                placeholder='search quotes: words, "a phrase", @speaker, #place, !word',
                id="search-input",
            )
            yield Static("", id="search-status")
            yield MarkedOptionList(id="search-results")
            yield Static("", id="search-preview")

    @property
    def status(self) -> Static:
        return self.query_one("#search-status", Static)

    @property
    def results(self) -> OptionList:
        return self.query_one("#search-results", OptionList)

    def on_mount(self) -> None:
        self.results.can_focus = False
        self.query_one(Input).focus()
        self._start()

    def set_index(self, index: QuoteIndex, complete: bool) -> None:
        """The index arrived or was completed while the screen was open: search what is typed."""
        self.index, self.complete = index, complete
        self.generation += 1
        self._start()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.generation += 1
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._start)

    def _start(self) -> None:
        if self.index is None:
            self.status.update(Text("indexing… (results appear as articles are annotated)"))
            return
        self._search(self.index, self.query_text, self.generation)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, index: QuoteIndex, query: str, generation: int) -> None:
        from tui.core.search import SearchResult

        try:
            result = index.search(query, LIMIT)
        except Exception as err:  # noqa: BLE001 - a search bug must say so, not leave stale results standing
            result = SearchResult([], f"search failed: {type(err).__name__}: {err}")
        self.post_message(self.Found(generation, result))

    def on_search_screen_found(self, message: Found) -> None:
        if message.generation != self.generation:
            return
        result = message.result
        kept = self._highlighted_quote() if self.shown_query == self.query_text else None
        self.shown_generation, self.shown_query = message.generation, self.query_text
        self.hits = result.hits
        results = self.results
        width = (
            results.scrollable_content_region.width
            - results.get_component_styles("option-list--option").padding.width
        )
        self.results.set_options(
            [
                Option(_hit_line(hit, self.palette, width), id=str(number))
                for number, hit in enumerate(self.hits)
            ]
        )
        self.results.highlighted = self._position_of(kept) if self.hits else None
        self._preview(self.results.highlighted)
        self.status.update(
            Text(printable(_status(result, len(self.hits), self.complete)))
        )  # echoes the query

    def _highlighted_quote(self) -> tuple[str, int] | None:
        """The quote the reader has moved to, so that results of the same query refreshed by a
        growing index keep it highlighted rather than jumping back to the top."""
        number = self.results.highlighted
        if number is None or not 0 <= number < len(self.hits):
            return None
        record = self.hits[number].record
        return record.doc_id, record.start

    def _position_of(self, quote: tuple[str, int] | None) -> int:
        for number, hit in enumerate(self.hits):
            if (hit.record.doc_id, hit.record.start) == quote:
                return number
        return 0

    def action_move(self, step: int) -> None:
        results = self.results
        if not self.hits:
            return
        current = results.highlighted if results.highlighted is not None else 0
        results.highlighted = max(0, min(len(self.hits) - 1, current + step))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._preview(event.option_index)

    def _preview(self, number: int | None) -> None:
        preview = self.query_one("#search-preview", Static)
        if number is None or not 0 <= number < len(self.hits):
            preview.update("")
            return
        record = self.hits[number].record
        title = shorten(record.title, TITLE_LIMIT) if record.title else None
        where = " · ".join(printable(part) for part in (title, record.source, record.date) if part)
        preview.update(
            Text.assemble(
                f"“{printable(record.text)}”\n",
                (f"— {printable(record.speaker or 'unattributed')}, ", Style(bold=True)),
                (where, _WHERE),
            )
        )

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self._choose(self.results.highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, number: int | None) -> None:
        if number is None or not 0 <= number < len(self.hits):
            self.notify("No result to open.", severity="warning")
            return
        self.dismiss(self.hits[number])

    def action_close(self) -> None:
        self.dismiss(None)

    def action_export(self) -> None:
        """The results on screen, with their citations, to a Markdown file."""
        from tui.core.citation import Cited
        from tui.ui.export_file import export_quotes
        from tui.ui.screens.reader_screen import reader_screen

        library = reader_screen(self.app).library
        documents = {d.id: d for d in library.documents} if library is not None else {}
        cited = [
            Cited.of_record(documents[hit.record.doc_id], hit.record)
            for hit in self.hits
            if hit.record.doc_id in documents
        ]
        export_quotes(self, cited, self.query_text or "search")


def _status(result: SearchResult, count: int, complete: bool) -> str:
    """The line above the results: the count, the core's message, whether indexing goes on."""
    found = plural(count, "quote", more=count == LIMIT)
    parts = (
        [result.message]
        if result.message and not count
        else [found, *filter(None, [result.message])]
    )
    if not complete:
        parts.append("still indexing, more may come")
    keys = "  ↑↓ move · enter open · esc back" if count and not result.message and complete else ""
    return " · ".join(parts) + keys


_MATCH = Style(bold=True, underline=True)
_WHERE = Style(dim=True)


def _hit_line(hit: Hit, palette: Palette, width: int) -> Text:
    """A search result on one line: who said it, the quote around the match (matches marked),
    then the article's title in what room is left."""
    record = hit.record
    colour = palette.speaker_colour(record.speaker) if record.speaker else None
    speaker = printable(record.speaker or "unattributed")
    title = printable(shorten(record.title, TITLE_LIMIT)) if record.title else ""
    snippet = Text(printable(hit.snippet), no_wrap=True, overflow="ellipsis", end="")
    for start, end in hit.marks:
        snippet.stylize(_MATCH, start, end)
    room = width - cell_len(speaker) - 2 - min(cell_len(title) + 3, _TITLE_ROOM)
    if room >= 20:
        snippet.truncate(room, overflow="ellipsis")
    line = Text.assemble(
        (speaker, Style(bold=True, color=colour)),
        "  ",
        snippet,
        (f" — {title}" if title else "", _WHERE),
        end="",
    )
    line.truncate(max(width, 20), overflow="ellipsis")  # OptionList wraps what is longer
    return line


_TITLE_ROOM = 24
"""Columns kept for the title at the end of a result line."""
