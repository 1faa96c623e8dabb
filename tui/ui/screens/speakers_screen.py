"""`s`: every speaker (or place) across the collection, and each one's quote trail.

The speaker table is built in a thread worker from what the library has annotated (the screen
says so while annotation goes on) and kept with the reader: it is built as soon as annotation
ends, and coming back costs nothing until more articles are annotated. Typing filters the rows;
`enter` opens the trail, a screen of the person's quotes by article date; `enter` there opens
the article at the quote, and `esc` in the reader comes back to the trail where it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.core.speaker_table import SORTS, SpeakerTable, Trail, matching, ordered
from tui.ui.bindings import scroll_bindings
from tui.ui.export_file import export_quotes
from tui.ui.widgets.key_hints import KeyHints
from tui.ui.widgets.row_list import RowList
from tui.ui.widgets.speaker_list import HEADER, SpeakerList
from tui.ui.widgets.trail_list import TrailList
from tui.ui.wording import plural

if TYPE_CHECKING:
    from tui.ui.screens.reader_screen import ReaderScreen


@dataclass
class SpeakersView:
    """What the speakers view shows, kept by the reader between visits: the table (and how far
    annotation was when it was built), speakers or places, the order, the filter, the row."""

    table: SpeakerTable | None = None
    built_at: tuple[int, bool] = (-1, False)
    """(documents annotated, annotation complete) when `table` was built."""
    places: bool = False
    sort: str = "quotes"
    filter: str = ""
    chosen: str | None = None
    """Name of the row under the cursor."""
    trail_cursors: dict[str, int] = field(default_factory=dict)

    def keep(self, table: SpeakerTable, built_at: tuple[int, bool]) -> None:
        self.table, self.built_at = table, built_at


class SpeakersScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="speakers.close"),
        Binding("down", "move(1)", "Down", show=False, id="speakers.down"),
        Binding("up", "move(-1)", "Up", show=False, id="speakers.up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="speakers.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="speakers.page_up"),
        Binding("ctrl+o", "sort", "Sort", id="speakers.sort"),
        Binding("tab", "switch", "Speakers/places", id="speakers.places"),
        Binding("enter", "open", "Trail", id="speakers.open"),
    ]

    class Built(Message):
        def __init__(self, table: SpeakerTable, built_at: tuple[int, bool]) -> None:
            super().__init__()
            self.table, self.built_at = table, built_at

    def __init__(self, reader: ReaderScreen, view: SpeakersView) -> None:
        super().__init__()
        self.reader = reader
        self.view = view
        self.shown: list[Trail] = []
        self.ready = False
        """True once the rows of a built table are on screen (tests and the bench wait on it)."""

    def compose(self) -> ComposeResult:
        yield Static("", id="speakers-title")
        yield Input(self.view.filter, placeholder="filter by name or role", id="speakers-filter")
        yield Static("", id="speakers-columns")
        yield SpeakerList(id="speakers-list")
        yield KeyHints(id="speakers-keys")

    @property
    def rows(self) -> SpeakerList:
        return self.query_one(SpeakerList)

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        built_at = self._progress()
        if self.view.table is not None and self.view.built_at == built_at:
            self._show()
        else:
            self._title("gathering speakers…")
            self._build(built_at)

    def _progress(self) -> tuple[int, bool]:
        library = self.reader.library
        assert library is not None
        if self.reader.index_complete:
            return len(library.documents), True
        return sum(1 for document in library.documents if library.is_annotated(document)), False

    @work(thread=True, exclusive=True, group="speakers")
    def _build(self, built_at: tuple[int, bool]) -> None:
        assert self.reader.library is not None
        self.post_message(self.Built(SpeakerTable.of_library(self.reader.library), built_at))

    def on_speakers_screen_built(self, message: Built) -> None:
        self.view.keep(message.table, message.built_at)
        self._show()

    def _show(self) -> None:
        table = self.view.table
        assert table is not None
        trails = ordered(table.places if self.view.places else table.speakers, self.view.sort)
        self.shown = matching(trails, self.view.filter) if self.view.filter else trails
        names = [trail.name for trail in self.shown]
        cursor = names.index(self.view.chosen) if self.view.chosen in names else 0
        self.rows.show(self.shown, self.reader.palette(), not self.view.places, cursor)
        kind = "places" if self.view.places else "speakers"
        title = f"{plural(len(self.shown), kind[:-1])} · by {self.view.sort}"
        if not self.view.built_at[1]:
            title += f" · still annotating ({self.view.built_at[0]} articles so far)"
        self._title(title)
        self.query_one("#speakers-columns", Static).update(
            Text(HEADER + ("place" if self.view.places else "speaker"), style=Style(dim=True))
        )
        self.ready = True

    def _title(self, text: str) -> None:
        what = "Places" if self.view.places else "Speakers"
        self.query_one("#speakers-title", Static).update(
            Text.assemble((f" {what}  ", Style(bold=True)), text)
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        self.view.filter = event.value
        if self.view.table is not None:
            self._show()

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.action_open()

    def action_move(self, step: int) -> None:
        self.rows.move_cursor(self.rows.cursor + step)
        self._remember()

    def action_page(self, step: int) -> None:
        self.action_move(step * self.rows.page)

    def _remember(self) -> None:
        if self.shown:
            self.view.chosen = self.shown[self.rows.cursor].name

    def action_sort(self) -> None:
        self._remember()
        self.view.sort = SORTS[(SORTS.index(self.view.sort) + 1) % len(SORTS)]
        if self.view.table is not None:
            self._show()

    def action_switch(self) -> None:
        self.view.places = not self.view.places
        self.view.chosen = None
        if self.view.table is not None:
            self._show()

    def action_open(self) -> None:
        self.rows.choose()

    def on_row_list_chosen(self, message: RowList.Chosen) -> None:
        if self.view.table is None or not self.shown:
            return
        self.rows.move_cursor(message.index)
        self._remember()
        trail = self.shown[message.index]
        self.app.push_screen(TrailScreen(self.reader, self.view, trail))

    def action_close(self) -> None:
        self.app.pop_screen()


class TrailScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="trail.close"),
        *scroll_bindings("trail", edges=("first", "last")),
        Binding("enter", "open", "Open at the quote", id="trail.open"),
        Binding("e", "export", "Export", id="trail.export"),
    ]

    def __init__(self, reader: ReaderScreen, view: SpeakersView, trail: Trail) -> None:
        super().__init__()
        self.reader, self.view, self.trail = reader, view, trail
        assert view.table is not None
        self.said = view.table.quotes_of(trail)

    def compose(self) -> ComposeResult:
        yield Static("", id="trail-title")
        yield TrailList(id="trail-list")
        yield KeyHints(id="trail-keys")

    @property
    def rows(self) -> TrailList:
        return self.query_one(TrailList)

    def on_mount(self) -> None:
        trail = self.trail
        colour_of = None if self.view.places else trail.name
        cursor = self.view.trail_cursors.get(trail.name, 0)
        self.rows.show(self.said, self.reader.palette(), colour_of, cursor)
        self.rows.focus()
        where = "quotes in articles that mention" if self.view.places else "quotes by"
        counts = f"{plural(trail.quotes, 'quote')} in {plural(trail.articles, 'article')}"
        parts = [(f" {where} ", Style(dim=True)), (trail.name, Style(bold=True))]
        if trail.role:
            parts.append((", " + trail.role, Style()))
        parts.append(("  " + counts, Style(dim=True)))
        self.query_one("#trail-title", Static).update(Text.assemble(*parts))

    def action_down(self) -> None:
        self.rows.move_cursor(self.rows.cursor + 1)

    def action_up(self) -> None:
        self.rows.move_cursor(self.rows.cursor - 1)

    def action_page_down(self) -> None:
        self.rows.move_cursor(self.rows.cursor + self.rows.page)

    def action_page_up(self) -> None:
        self.rows.move_cursor(self.rows.cursor - self.rows.page)

    def action_first(self) -> None:
        self.rows.move_cursor(0)

    def action_last(self) -> None:
        self.rows.move_cursor(self.rows.count - 1)

    def action_open(self) -> None:
        self.rows.choose()

    def on_row_list_chosen(self, message: RowList.Chosen) -> None:
        """Open the article at the quote; the reader's `esc` brings this trail back."""
        if not self.said:
            return
        self.view.trail_cursors[self.trail.name] = message.index
        said = self.said[message.index]
        reader, trail, view = self.reader, self.trail, self.view

        def back() -> None:
            reader.app.push_screen(SpeakersScreen(reader, view))
            reader.app.push_screen(TrailScreen(reader, view, trail))

        reader.back = back
        while self.app.screen is not reader:
            self.app.pop_screen()
        reader.open_quote(said.record())

    def action_export(self) -> None:
        export_quotes(self, [said.cited() for said in self.said], self.trail.name)

    def action_close(self) -> None:
        self.view.trail_cursors[self.trail.name] = self.rows.cursor
        self.app.pop_screen()


def prepare_speakers(reader: ReaderScreen, view: SpeakersView) -> None:
    """Build the table in a worker once annotation is done, so `s` opens without waiting."""
    library = reader.library
    assert library is not None
    built_at = (len(library.documents), True)

    def build() -> None:
        table = SpeakerTable.of_library(library)
        reader.app.call_from_thread(view.keep, table, built_at)

    reader.run_worker(build, thread=True, group="speakers", exclusive=True, exit_on_error=False)


def open_speakers(reader: ReaderScreen, view: SpeakersView) -> None:
    if reader.library is None:
        reader.notify("Still loading the collection.", severity="warning")
        return
    reader.app.push_screen(SpeakersScreen(reader, view))
