"""The main screen: document list, article, side panel; loading and annotation run behind it.

A few small files are loaded before the first paint (quicker than starting a worker); anything
bigger paints "loading…" at once and loads in a thread worker. The remembered (or first)
document is shown as soon as it is loaded, plain; a second worker annotates
it first (from the persistent cache when it can), so its highlights follow a moment later, then
annotates the rest with progress in the header. Workers
only post messages; no worker touches a widget. A document opened later that is not annotated
yet is shown plain at once and annotated in its own worker (the first call loads the annotator's
data, and the cache may be busy with the start-up read); quote moves, `y` and a search's jump to
a quote wait for that annotation. Each annotated document goes into the quote index at once, so
search answers from what is indexed so far and says so until it is complete.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.color import Color, ColorSystem
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import OptionList
from textual.worker import get_current_worker

from tui.core.allocation import long_lived_objects
from tui.core.citation import Cited, citation
from tui.core.decoding import printable
from tui.core.documents import Document
from tui.core.model import Annotation
from tui.core.readstate import ReadState, document_key
from tui.ui.colours import PLAIN, SYSTEMS, Palette
from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.collection_header import CollectionHeader
from tui.ui.widgets.document_list import DocumentList
from tui.ui.widgets.key_hints import KeyHints
from tui.ui.widgets.side_panel import SidePanel
from tui.ui.wording import plural

if TYPE_CHECKING:
    from textual.theme import Theme
    from textual.widgets import Input

    from tui.core.cache import AnnotationCache
    from tui.core.library import Library
    from tui.core.loading import Collection
    from tui.core.search import Hit, QuoteIndex, QuoteRecord
    from tui.ui.screens.search_screen import SearchScreen
    from tui.ui.screens.speakers_screen import SpeakersView
    from tui.ui.widgets.prompt import Prompt

_PROGRESS_INTERVAL = 0.15
WATCH_INTERVAL = 3.0
_SKIPPED_SHOWN = 5
"""Skipped files named in the start-up toast; `newsreader list` names the rest."""
_SAVE_DELAY = 1.0
"""Seconds after the last document switch before the read state is written (once, not per key)."""


class ReaderScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 - as Screen types it
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"reader--speaker-{number}" for number in range(1, 9)),
        "reader--place",
        "reader--link",
        "reader--current-quote",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_pane", "Pane", id="pane.next"),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False, id="pane.previous"),
        Binding("p", "toggle_panel", "Panel", id="panel.toggle"),
        Binding("right_square_bracket", "next_quote", "Next quote", id="quote.next"),
        Binding(
            "left_square_bracket",
            "previous_quote",
            "Previous quote",
            show=False,
            id="quote.previous",
        ),
        Binding(
            "right_curly_bracket",
            "next_paragraph",
            "Next paragraph",
            show=False,
            id="paragraph.next",
        ),
        Binding(
            "left_curly_bracket",
            "previous_paragraph",
            "Previous paragraph",
            show=False,
            id="paragraph.previous",
        ),
        Binding("f", "find", "Find in article", show=False, id="article.find"),
        Binding("n", "next_mention", "Next find match or mention", show=False, id="mention.next"),
        Binding(
            "N",
            "previous_mention",
            "Previous find match or mention",
            show=False,
            id="mention.previous",
        ),
        Binding("y", "copy_quote", "Copy quote", id="quote.copy"),
        Binding("Y", "copy_url", "Copy the article's URL", show=False, id="article.copy_url"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="reader.toggle_read"),
        Binding("U", "next_unread", "Next unread", show=False, id="reader.next_unread"),
        Binding("slash", "search", "Search quotes", id="search.open"),
        Binding("s", "speakers", "Speakers", show=False, id="speakers.show"),
        Binding("e", "export_quotes", "Export", show=False, id="quote.export"),
        Binding("escape", "back", "Back", show=False, id="reader.back"),
    ]

    class Loaded(Message):
        def __init__(self, library: Library, unread: int) -> None:
            super().__init__()
            self.library, self.unread = library, unread

    class LoadFailed(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    class Progress(Message):
        """Annotation progress; a newer one replaces an unhandled older one."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done, self.total = done, total

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReaderScreen.Progress)

    class Annotated(Message):
        """Every document is annotated; `failed` has the reason for each one the annotator
        failed on (those show plain)."""

        def __init__(self, failed: list[str]) -> None:
            super().__init__()
            self.failed = failed

    class DocumentAnnotated(Message):
        """A document opened plain is annotated: draw its highlights if it is still the one open.

        `error` says why the annotation is empty when the annotator failed on it."""

        def __init__(
            self, document: Document, annotation: Annotation, error: str | None = None
        ) -> None:
            super().__init__()
            self.document, self.annotation, self.error = document, annotation, error

    class IndexReady(Message):
        """The quote index to search; `complete` once every annotated document is in it."""

        def __init__(self, index: QuoteIndex, complete: bool) -> None:
            super().__init__()
            self.index, self.complete = index, complete

    class Listed(Message):
        """The documents read so far while a big collection loads; a newer one replaces an
        unhandled older one."""

        def __init__(self, documents: list[Document]) -> None:
            super().__init__()
            self.documents = list(documents)  # the loader goes on appending to its own

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReaderScreen.Listed)

    class FolderChanged(Message):
        """`--watch` found files added, changed or removed: `collection` is the folders now."""

        def __init__(self, collection: Collection) -> None:
            super().__init__()
            self.collection = collection

    class CacheProblem(Message):
        """The annotation cache failed (and was rebuilt or turned off): said once."""

        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    class AnnotationFailed(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    def __init__(
        self,
        paths: Sequence[str],
        state: ReadState,
        cache_factory: Callable[[], AnnotationCache | None],
        watch: bool = False,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self.state = state
        self.cache_factory = cache_factory
        self.watching = watch
        """Look at the folders again every `WATCH_INTERVAL` seconds (`--watch`)."""
        self.library: Library | None = None
        self.opened: Document | None = None
        self.index: QuoteIndex | None = None
        """The quote index (`tui.core.search.QuoteIndex`), filled as documents are annotated."""
        self.index_complete = False
        self.search_query = ""
        self.annotation_shown = False
        """True once the open article is drawn with its annotation (what quote moves, `y` and
        a search's jump wait for)."""
        self._waiting: Callable[[], None] | None = None
        """What the user asked for (a quote move, a copy, a jump) while the open article was
        plain."""
        self._save_timer: Timer | None = None
        self._search: SearchScreen | None = None
        """The search screen while it is open: told when the index grows."""
        self.speakers_view: SpeakersView | None = None
        """The speakers view's table and place, kept between visits."""
        self.back: Callable[[], None] | None = None
        """What `esc` returns to: the quote trail an article was opened from."""
        self.unread = 0
        """Documents never opened (or marked unread with `u`), for the header."""
        self.quotes: int | None = None
        """Quotes in the collection, once every document is annotated."""
        self.find_text = ""
        """What the find line (`f`) holds: the find goes on in every article opened."""

    def compose(self) -> ComposeResult:
        yield CollectionHeader(id="header")
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield DocumentList(id="documents")
            yield ArticleView(id="article")
            yield SidePanel(id="panel")
        yield KeyHints(id="keys")

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def document_list(self) -> DocumentList:
        return self.query_one(DocumentList)

    @property
    def panel(self) -> SidePanel:
        return self.query_one(SidePanel)

    @property
    def header(self) -> CollectionHeader:
        return self.query_one(CollectionHeader)

    def on_mount(self) -> None:
        self.article.palette = self.palette()
        # Two panes start in the list, as newsboat does; one pane shows the remembered article.
        two_panes = self.app.size.width >= self.HORIZONTAL_BREAKPOINTS[-1][0]
        (self.document_list if two_panes else self.article).focus()
        # The breakpoint's class before the first frame (Textual sets it on the first resize):
        # at 80 columns the hidden list is then never drawn.
        self.set_class(not two_panes, "-narrow")
        self.set_class(two_panes, "-wide")
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        if _is_small(
            self.paths
        ):  # faster than starting a worker: the first paint shows the article
            loaded = self._read_collection()
            if isinstance(loaded, self.Loaded):
                self.on_reader_screen_loaded(loaded)
            else:
                self.on_reader_screen_load_failed(loaded)
        else:
            self._load()

    def palette(self) -> Palette:
        """The colours `styles/app.tcss` gives the current theme."""
        if self.app.no_color:
            return PLAIN

        def colour(name: str) -> Color | None:
            return self.get_component_rich_style(f"reader--{name}", partial=True).color

        return Palette(
            tuple(colour(f"speaker-{number}") for number in range(1, 9)),
            colour("place"),
            colour("link"),
            self.get_component_rich_style("reader--current-quote", partial=True),
            no_color=False,
        ).seen_with(SYSTEMS.get(self.app.console.color_system or "", ColorSystem.TRUECOLOR))

    def _theme_changed(self, _theme: Theme) -> None:
        palette = self.palette()
        self.article.set_palette(palette)
        if self.article.annotation is not None:
            self.panel.show(self.article.annotation, palette)

    # -- workers

    def _read_collection(
        self,
        cache: AnnotationCache | None = None,
        listed: Callable[[list[Document]], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> Loaded | LoadFailed:
        """The collection (files unchanged since the cache's snapshot not parsed again);
        `listed` hears what is read so far and `stop` ends it early (see `loading.load`)."""
        from tui.core.library import Library
        from tui.core.loading import load
        from tui.core.snapshot import Snapshot

        try:
            snapshot = Snapshot(cache) if cache is not None else None
            library = Library(load(self.paths, snapshot, listed, stop), cache)
            state = self.state  # read here, in the loading thread: 100,000 keys take a while
            unread = sum(not state.is_read(document_key(d)) for d in library.documents)
            return self.Loaded(library, unread)
        except Exception as err:  # noqa: BLE001 - a loader bug must leave a message on screen, not a traceback
            return self.LoadFailed(_reason(err))

    @work(thread=True, exclusive=True, group="load")
    def _load(self) -> None:
        """The collection read in a thread; the list shows the first documents while the rest
        load, so a big folder is browsable at once; quitting stops it after the file at hand."""
        worker = get_current_worker()

        def listed(documents: list[Document]) -> None:
            self.post_message(self.Listed(documents))

        loaded = self._read_collection(self.cache_factory(), listed, lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(loaded)

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _look_again(self, library: Library) -> None:
        """The folders read again (unchanged files from the snapshot, without parsing); a
        difference from what the reader shows is posted, nothing else."""
        from tui.core.loading import load
        from tui.core.snapshot import Snapshot

        # The library's cache where it has one: the new documents read their bodies from it.
        cache = library.cache or self.cache_factory()
        try:
            collection = load(self.paths, Snapshot(cache) if cache is not None else None)
        except (OSError, ValueError):
            return  # a folder gone or being replaced: look again at the next tick
        finally:
            if cache is not None and cache is not library.cache:
                cache.close()
        from tui.core.library import one_per_text

        if one_per_text(collection.documents) != library.documents:
            self.post_message(self.FolderChanged(collection))

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _annotate_one(self, library: Library, document: Document) -> None:
        """The document just opened (a newer open makes this one's result stale: it is dropped)."""
        try:
            self.post_message(self.DocumentAnnotated(document, library.annotation(document)))
        except Exception as err:  # noqa: BLE001 - the text stays on screen, plain, with a notice
            self.post_message(self.DocumentAnnotated(document, Annotation(), _reason(err)))

    @work(thread=True, exclusive=True, group="annotate", exit_on_error=False)
    def _annotate_all(self, library: Library, first: Document) -> None:
        """The library's stream, the open document first, turned into messages: that document's
        highlights, progress a few times a second, then the end (search works on what is
        indexed from the start)."""
        worker = get_current_worker()
        if library.cache is None:  # a small collection loaded before the first paint, without it
            library.cache = self.cache_factory()
        self.post_message(self.IndexReady(library.index, complete=False))
        last = 0.0
        failed: list[str] = []
        steps = library.annotated(first)
        try:
            # What the stream makes (annotations, index entries) lives as long as the reader:
            # the collector, paused meanwhile, does not stall keys with full collections, and
            # it stays frozen after (the library unfreezes what it froze per window).
            with long_lived_objects():
                for step in steps:
                    if worker.is_cancelled:
                        steps.close()
                        return
                    if step.error is not None:
                        failed.append(step.error)
                    if step.document is first:
                        self.post_message(
                            self.DocumentAnnotated(first, step.annotation, step.error)
                        )
                    now = time.monotonic()
                    if now - last >= _PROGRESS_INTERVAL or step.done == step.total:
                        last = now
                        self.post_message(self.Progress(step.done, step.total))
        except Exception as err:  # noqa: BLE001 - a cache or index bug must not end the reader
            self.post_message(self.DocumentAnnotated(first, Annotation()))  # shown plain
            self.post_message(self.AnnotationFailed(_reason(err)))
        else:
            self.post_message(self.Annotated(failed))
        if library.cache is not None and library.cache.problem:
            self.post_message(self.CacheProblem(library.cache.problem))
        self.post_message(self.IndexReady(library.index, complete=True))

    # -- messages

    def on_reader_screen_loaded(self, message: Loaded) -> None:
        library = self.library = message.library
        documents = library.documents
        self.unread = message.unread
        if library.collection.problems:
            skipped = len(library.collection.problems)
            shown = library.collection.problems[:_SKIPPED_SHOWN]
            more = skipped - len(shown)
            self.notify(
                "\n".join(printable(f"{p.path}: {p.reason}") for p in shown)
                + (f"\n… and {more} more (newsreader list names them all)" if more else ""),
                title=f"Skipped {plural(skipped, 'item')}",
                severity="warning",
                markup=False,
                timeout=10,
            )
        self._show_counts()
        if not documents:
            self.header.set_activity("")
            self.article.show_message("No articles found in " + ", ".join(self.paths))
            self.document_list.set_documents([], self._is_read, self._quote_count)
            return
        self.document_list.set_documents(documents, self._is_read, self._quote_count)
        keys = [document_key(document) for document in documents]
        start = keys.index(self.state.last) if self.state.last in keys else 0
        self.open_document(start, annotate=False)  # the annotating worker does this one first
        self.header.set_activity("annotating…")
        self.call_after_refresh(
            self._annotate_all, library, documents[start]
        )  # after the first paint
        if self.watching:
            self.set_interval(WATCH_INTERVAL, lambda: self._look_again(library))

    def on_reader_screen_listed(self, message: Listed) -> None:
        from tui.core.loading import collection_name

        if self.library is not None:
            return  # the whole collection is in already
        self.document_list.set_documents(
            message.documents, self._is_read, self._quote_count, keep_cursor=True
        )
        self.header.set_collection(
            collection_name(self.paths), f"{plural(len(message.documents), 'document')} so far"
        )
        self.header.set_activity("loading…")

    def on_reader_screen_folder_changed(self, message: FolderChanged) -> None:
        """New and changed files join the list and are annotated; removed ones leave it. The
        open article stays open unless its file went away."""
        assert self.library is not None
        changes = self.library.replace(message.collection)
        if not changes:
            return
        documents = self.library.documents
        self.document_list.set_documents(documents, self._is_read, self._quote_count)
        self.unread = sum(not self._is_read(document) for document in documents)
        self._show_counts()
        still_open = self.opened in documents
        if not documents:
            self.opened = None
            self.article.show_message("No articles left in " + ", ".join(self.paths))
        elif not still_open:
            self.open_document(0, annotate=False)
        elif self.opened is not None:
            self.document_list.mark_opened(documents.index(self.opened))
        parts = [
            f"{count} {what}"
            for count, what in (
                (changes.added, "new"),
                (changes.changed, "changed"),
                (changes.removed, "removed"),
            )
            if count
        ]
        self.notify("Articles: " + ", ".join(parts), markup=False)
        if documents and (changes.added or changes.changed or not still_open):
            self.header.set_activity("annotating…")
            self._annotate_all(self.library, self.opened or documents[0])

    def on_reader_screen_document_annotated(self, message: DocumentAnnotated) -> None:
        if self.opened is not message.document or self.article.document is not message.document:
            return  # the user has moved on
        if self.annotation_shown:
            return  # drawn already (start-up's worker and an open's worker both annotated it)
        if message.error is not None:
            self.notify(
                f"Could not annotate this article: {printable(message.error)}",
                severity="error",
                markup=False,
            )
        self.article.update_annotation(message.annotation)
        self.panel.show(message.annotation, self.palette())
        self.document_list.refresh_counts()
        self.annotation_shown = True
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting()

    def _after_annotation(self, action: Callable[[], None]) -> None:
        """Do `action` now, or once the open article's annotation is drawn (the latest request
        wins)."""
        if self.annotation_shown or self.opened is None:
            action()
        else:
            self._waiting = action

    def on_reader_screen_load_failed(self, message: LoadFailed) -> None:
        self.header.set_activity("")
        self.article.show_message(f"Could not load: {message.reason}")

    def on_reader_screen_progress(self, message: Progress) -> None:
        if message.done < message.total:
            self.header.set_activity(f"annotating {message.done}/{message.total}")
        self.document_list.refresh_counts()

    def on_reader_screen_annotated(self, message: Annotated) -> None:
        assert self.library is not None
        if message.failed:
            self.notify(
                f"Could not annotate {plural(len(message.failed), 'article')} (shown plain): "
                + printable(message.failed[0]),
                severity="error",
                markup=False,
            )
        self.quotes = self.library.quote_count()
        self._show_counts()
        self.header.set_activity("")
        self.document_list.resort()
        self.document_list.refresh_counts()
        from tui.ui.screens.speakers_screen import SpeakersView, prepare_speakers

        self.speakers_view = self.speakers_view or SpeakersView()
        prepare_speakers(self, self.speakers_view)

    def on_reader_screen_index_ready(self, message: IndexReady) -> None:
        self.index, self.index_complete = message.index, message.complete
        if self._search is not None:
            self._search.set_index(message.index, message.complete)

    def on_reader_screen_cache_problem(self, message: CacheProblem) -> None:
        self.notify(printable(message.reason), severity="warning", markup=False, timeout=8)

    def on_reader_screen_annotation_failed(self, message: AnnotationFailed) -> None:
        self.header.set_activity("annotation stopped")
        self.notify(
            f"Annotating the collection failed: {message.reason}", severity="error", markup=False
        )

    def _show_counts(self) -> None:
        """The header's counts: documents, skipped files, unread, quotes, and the list's order
        and filter when they are not the collection's own."""
        if self.library is None:
            return
        order = self.document_list.order
        parts = [plural(len(self.library.documents), "document")]
        if self.library.collection.problems:
            parts.append(f"{len(self.library.collection.problems)} skipped")
        parts.append(f"{self.unread} unread")
        if self.quotes is not None:
            parts.append(plural(self.quotes, "quote"))
        if order.filter:
            parts.append(f"{len(order.shown)} match “{printable(order.filter)}”")
        if order.sort != "collection":
            parts.append(f"by {order.sort}")
        self.header.set_collection(self.library.name, " · ".join(parts))

    def _is_read(self, document: Document) -> bool:
        return self.state.is_read(document_key(document))

    def _quote_count(self, document: Document) -> int | None:
        kept = self.library.kept(document) if self.library is not None else None
        return None if kept is None else len(kept.quotes)

    # -- opening

    def open_document(self, index: int, annotate: bool = True) -> None:
        """Show document `index` at once: with its annotation when it has one, else plain while a
        worker annotates it (unless `annotate` is False: start-up's worker does it)."""
        assert self.library is not None
        self.remember_position()
        document = self.library.documents[index]
        self.annotation_shown = self.library.is_annotated(document)
        self._waiting = None
        annotation = self.library.annotation(document) if self.annotation_shown else Annotation()
        key = document_key(document)
        palette = self.palette()
        self.article.show(document, annotation, palette, offset=self.state.position(key))
        self.panel.show(annotation, palette)
        find = self.find_text
        if find.strip():  # the find goes on in the next article, as in less
            from tui.core.find import find_all

            self.article.set_matches(find_all(document.text, find))
            self._show_find_count()
        self._set_read(document, True)
        self.state.mark_read(key)  # and the one to reopen next time
        self._save_soon()
        self.opened = document
        self.document_list.mark_opened(index)
        if annotate and not self.annotation_shown:
            self._annotate_one(self.library, document)

    def _set_read(self, document: Document, read: bool) -> None:
        key = document_key(document)
        if self.state.is_read(key) != read:
            self.unread += -1 if read else 1
            self.state.set_read(key, read)
            self._show_counts()
            self.document_list.refresh_counts()

    def _save_soon(self) -> None:
        """Save the read state once the user settles on an article: a dropped SSH session loses
        little, and paging through the list does not rewrite the file at every step."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(_SAVE_DELAY, self.state.save)

    def remember_position(self) -> None:
        if self.opened is not None:
            self.state.remember(document_key(self.opened), self.article.top_offset())

    def on_document_list_opened(self, message: DocumentList.Opened) -> None:
        self.read_document(message.index)

    def read_document(self, index: int) -> None:
        """Open document `index` and put the reader pane in front (narrow terminals show one
        pane)."""
        if self.library is None:
            self.notify("Still loading the collection: a moment.", severity="warning")
            return
        if self.library.documents[index] is not self.opened:
            self.open_document(index)
        self.remove_class("-show-list")
        self.article.focus()

    def on_document_list_sorted(self, _message: DocumentList.Sorted) -> None:
        self._show_counts()

    async def on_document_list_filter_wanted(self, _message: DocumentList.FilterWanted) -> None:
        self.add_class("-filtering")
        (await self._prompt("list-filter")).focus()

    async def _prompt(self, prompt_id: str) -> Prompt:
        """The list's filter line or the find line, made the first time it is asked for (an
        Input at start-up would cost the first paint for a key some never press)."""
        from tui.ui.widgets.prompt import Prompt

        found = self.query(f"#{prompt_id}")
        if found:
            return found.first(Prompt)
        if prompt_id == "list-filter":
            prompt = Prompt(placeholder="filter titles and sources", id=prompt_id)
            await self.query_one("#list-pane").mount(prompt, before=self.document_list)
        else:
            prompt = Prompt(placeholder="find in this article", id=prompt_id)
            await self.mount(prompt, before=self.query_one(KeyHints))
        return prompt

    def on_input_changed(self, message: Input.Changed) -> None:
        if message.input.id == "list-filter":
            self.document_list.set_filter(message.value)
            self._show_counts()
        elif message.input.id == "find":
            self.find_text = message.value
            self._find(message.value)

    def on_input_submitted(self, message: Input.Submitted) -> None:
        """Enter in a prompt: back to its pane, the prompt staying while it holds something."""
        if message.input.id == "list-filter":
            self.set_class(bool(message.value.strip()), "-filtering")
            self.document_list.focus()
        elif message.input.id == "find":
            self.set_class(bool(self.article.matches), "-finding")
            self.article.focus()

    def on_prompt_cleared(self, message: Prompt.Cleared) -> None:
        message.prompt.value = ""  # posts Changed: the whole list comes back, matches go
        if message.prompt.id == "list-filter":
            self.remove_class("-filtering")
            self.document_list.focus()
        else:
            self.remove_class("-finding")
            self.article.focus()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        if message.option_list is self.panel:
            if self.find_text:  # the panel's pick is what n/N follow now
                from textual.widgets import Input

                self.query_one("#find", Input).value = ""
            self.remove_class("-finding")
            self._step_mention(1)

    # -- actions

    def _pane_order(self) -> list[str]:
        return ["documents", "article"] + (["panel"] if self.has_class("-panel") else [])

    def _cycle_pane(self, step: int) -> None:
        order = self._pane_order()
        focused = self.focused.id if self.focused is not None else "article"
        current = order.index(focused) if focused in order else 1
        target = order[(current + step) % len(order)]
        self.set_class(target == "documents", "-show-list")
        self.query_one(f"#{target}").focus()

    def action_next_pane(self) -> None:
        self._cycle_pane(1)

    def action_previous_pane(self) -> None:
        self._cycle_pane(-1)

    def action_toggle_panel(self) -> None:
        self.toggle_class("-panel")
        if self.has_class("-panel"):
            self.panel.focus()
        elif self.focused is self.panel or self.focused is None:
            self.article.focus()

    # Quote and paragraph moves in the article, from whichever pane has focus; quote moves wait
    # for the annotation of an article just opened.

    def action_next_quote(self) -> None:
        self._after_annotation(self.article.action_next_quote)

    def action_previous_quote(self) -> None:
        self._after_annotation(self.article.action_previous_quote)

    def action_next_paragraph(self) -> None:
        self.article.action_next_paragraph()

    def action_previous_paragraph(self) -> None:
        self.article.action_previous_paragraph()

    async def action_find(self) -> None:
        self.add_class("-finding")
        if self.has_class("-narrow"):
            self.remove_class("-show-list")
        (await self._prompt("find")).focus()

    def _find(self, query: str) -> None:
        """Highlight every match of `query` in the open article and go to the first one from
        the top of the view on."""
        from tui.core.find import find_all

        document = self.article.document
        self.article.set_matches(find_all(document.text, query) if document is not None else [])
        self.article.step_match(0)
        self._show_find_count()

    def _show_find_count(self) -> None:
        """The find's place in the header (`find 3/12`), gone once the find is cleared."""
        count = len(self.article.matches)
        if not self.find_text.strip():
            if self.header.activity.startswith("find"):
                self.header.set_activity("")
            return
        number = self.article.current_match
        self.header.set_activity(
            f"find {0 if number is None else number + 1}/{count}" if count else "find: no match"
        )

    def action_next_mention(self) -> None:
        self._next_of_kind(1)

    def action_previous_mention(self) -> None:
        self._next_of_kind(-1)

    def _next_of_kind(self, step: int) -> None:
        """n/N: the next match of the find (f) while there is one, else of the person or place
        picked in the side panel; picking there ends the find."""
        if self.article.matches:
            self.article.step_match(step)
            self._show_find_count()
        else:
            self._step_mention(step)

    def _step_mention(self, step: int) -> None:
        entry = self.panel.selected_entry
        if entry is None or not entry.spans:
            self.notify("Pick a person or place in the side panel (p) first.", severity="warning")
            return
        position = self.article.position()
        if step > 0:
            span = (
                next((span for span in entry.spans if span[0] > position), None) or entry.spans[0]
            )
        else:
            span = (
                next((span for span in reversed(entry.spans) if span[0] < position), None)
                or entry.spans[-1]
            )
        self.article.select_span(*span)

    def action_toggle_read(self) -> None:
        """The document under the list's cursor when the list has focus, else the open one."""
        if self.library is None:
            return
        index = (
            self.document_list.cursor_document
            if self.focused is self.document_list
            else self.document_list.opened
        )
        if index is not None:
            document = self.library.documents[index]
            self._set_read(document, not self._is_read(document))
            self._save_soon()

    def action_next_unread(self) -> None:
        """Open the next unread document after the list's cursor, in the list's order."""
        if self.library is None:
            return
        shown = self.document_list.order.shown
        start = self.document_list.cursor + 1
        documents = self.library.documents
        found = next(
            (
                index
                for index in [*shown[start:], *shown[:start]]
                if not self._is_read(documents[index])
            ),
            None,
        )
        if found is None:
            self.notify("Everything in the list is read.", severity="information")
            return
        self.read_document(found)

    def action_copy_quote(self) -> None:
        self._after_annotation(self._copy_quote)

    def _copy_quote(self) -> None:
        article = self.article
        quote = article.quote_to_copy()
        if quote is None or article.document is None or article.annotation is None:
            self.notify("No quote on screen: press ] to go to one.", severity="warning")
            return
        text = citation(Cited.of_quote(article.document, article.annotation, quote))
        self.app.copy_to_clipboard(text)
        self.notify(text, title="Copied to the clipboard", markup=False, timeout=4)

    def action_copy_url(self) -> None:
        """The open article's URL to the clipboard (OSC 52: over SSH too), for terminals where
        its hyperlink cannot be clicked."""
        from tui.core.links import link_target

        document = self.article.document
        url = link_target(document.url) if document is not None else None
        if url is None:
            self.notify("This article has no web address.", severity="warning")
            return
        self.app.copy_to_clipboard(url)
        self.notify(url, title="Copied the URL", markup=False, timeout=4)

    def action_search(self) -> None:
        from tui.ui.screens.search_screen import SearchScreen

        if self.library is None:
            self.notify("Still loading the collection.", severity="warning")
            return
        screen = SearchScreen(self.index, self.index_complete, self.search_query, self.palette())
        self._search = screen
        self.app.clear_notifications()  # a toast (the copy's) would cover the results

        def chosen(hit: Hit | None) -> None:
            self._search = None
            self.search_query = screen.query_text
            if hit is not None:
                self.open_quote(hit.record)

        self.app.push_screen(screen, chosen)

    def action_speakers(self) -> None:
        from tui.ui.screens.speakers_screen import SpeakersView, open_speakers

        if self.speakers_view is None:
            self.speakers_view = SpeakersView()
        open_speakers(self, self.speakers_view)

    def action_back(self) -> None:
        back, self.back = self.back, None
        if back is not None:
            back()

    def action_export_quotes(self) -> None:
        self._after_annotation(self._export_quotes)

    def _export_quotes(self) -> None:
        from tui.ui.export_file import export_quotes

        document, annotation = self.article.document, self.article.annotation
        if document is None or annotation is None:
            return
        cited = [Cited.of_quote(document, annotation, quote) for quote in annotation.quotes]
        export_quotes(self, cited, document.title)

    def open_quote(self, record: QuoteRecord) -> None:
        """Open the record's document at its quote, highlighted."""
        assert self.library is not None
        index = next(
            (
                n
                for n, document in enumerate(self.library.documents)
                if document.id == record.doc_id
            ),
            None,
        )
        if index is None:
            self.notify("That article is no longer in the collection.", severity="warning")
            return
        self.read_document(index)
        self._after_annotation(lambda: self._select_quote(record))

    def _select_quote(self, record: QuoteRecord) -> None:
        quotes = self.article.annotation.quotes if self.article.annotation is not None else []
        given = record.quote_index
        number: int | None = given
        if not (0 <= given < len(quotes) and quotes[given].start == record.start):
            number = next(
                (n for n, quote in enumerate(quotes) if quote.start == record.start), None
            )
        if number is None:
            self.article.select_span(record.start, record.end)
        else:
            self.article.select_quote(number)


def reader_screen(app: App[Any]) -> ReaderScreen:
    """The app's reader, under whatever dialogs are open over it."""
    return next(screen for screen in app.screen_stack if isinstance(screen, ReaderScreen))


def _is_small(paths: Sequence[str], files: int = 32, size: int = 512 * 1024) -> bool:
    """At most `files` files and `size` bytes in all, judged without reading them."""
    stack = [Path(path) for path in paths]
    while stack:
        path = stack.pop()
        try:
            if path.is_dir():
                with os.scandir(path) as found:
                    entries = list(islice(found, files + 1))  # enough to know it is too many
                if len(entries) > files:
                    return False
                stack.extend(Path(entry.path) for entry in entries)
                continue
            size -= path.stat().st_size
        except OSError:
            return False
        files -= 1
        if files < 0 or size < 0:
            return False
    return True


def _reason(err: Exception) -> str:
    """An exception as one printable line for the user (a message may quote a path or a record)."""
    return printable(f"{type(err).__name__}: {err}")
