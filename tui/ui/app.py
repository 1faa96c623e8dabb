"""The Textual application and the one factory that builds it (the CLI and the tests share it).

The app itself holds only what outlives a screen: the read state, the keymap, the theme.
Animations are off: over SSH every animated frame is bytes on a slow link. A dropped link
(SIGHUP) or a polite kill (SIGTERM) quits the way `q` does, so the reading position is kept;
so does a terminal found gone without a signal, and the process then ends even if Textual's
shutdown waits for ever on the vanished terminal.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.filter import LineFilter, Monochrome, NoColor
from textual.theme import BUILTIN_THEMES

from tui.core.readstate import ReadState
from tui.resources import styles_dir
from tui.ui.bindings import declared_bindings
from tui.ui.colours import WithoutColour
from tui.ui.config import Config, ConfigError, load_config
from tui.ui.document_commands import DocumentCommands
from tui.ui.screens.reader_screen import ReaderScreen, reader_screen
from tui.ui.speaker_commands import SpeakerCommands
from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.document_list import DocumentList
from tui.ui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from tui.core.cache import AnnotationCache

THEME_ALIASES = {
    "dark": "textual-dark",
    "light": "textual-light",
    "ansi": "ansi-dark",
    "textual-ansi": "ansi-dark",
}
"""Short names for the themes that matter over SSH; any registered theme name works too."""

QUIT_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
"""Signals that end the reader as `q` does (position and read state saved, exit status 0)."""
TERMINAL_CHECK = 1.0
"""Seconds between two looks at whether the terminal is still there."""
QUIT_GRACE = 10.0
"""Seconds a quit without a terminal may take before the process ends regardless."""

_WITHOUT_COLOUR = WithoutColour()
"""One instance: strips cache what a filter made per filter object."""


class NewsReaderApp(App[int]):
    CSS_PATH: ClassVar[list[str | PurePath]] = [styles_dir() / "app.tcss"]
    TITLE = "newsreader"
    COMMANDS = App.COMMANDS | {DocumentCommands, SpeakerCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding(
            "ctrl+q",
            "quit",
            "Quit (also while typing)",
            show=False,
            priority=True,
            id="app.quit_anywhere",
        ),
        Binding("question_mark", "help", "Help", id="app.help"),
        # Textual's palette key, declared here so that help lists it and a keymap can move it.
        Binding("ctrl+p", "command_palette", "Commands", priority=True, id="app.commands"),
    ]

    def __init__(
        self,
        paths: Sequence[str],
        *,
        state: ReadState,
        keymap: dict[str, str] | None = None,
        cache_factory: Callable[[], AnnotationCache | None] | None = None,
        watch: bool = False,
    ) -> None:
        super().__init__()
        self.animation_level = "none"
        self.watching = watch
        self.paths = list(paths)
        self.state = state
        self.cache_factory = cache_factory or (lambda: None)
        self.initial_keymap = keymap or {}

    def get_default_screen(self) -> ReaderScreen:
        return ReaderScreen(self.paths, self.state, self.cache_factory, self.watching)

    def on_mount(self) -> None:
        if self.initial_keymap:
            self.set_keymap(self.initial_keymap)
        if not self.is_headless:  # a test's app must not take the test runner's signals
            loop = asyncio.get_running_loop()
            for number in QUIT_SIGNALS:
                loop.add_signal_handler(number, self.quit_on_signal)
            if sys.__stdin__ is not None and sys.__stdin__.isatty():
                self.set_interval(TERMINAL_CHECK, self.check_terminal)

    def quit_on_signal(self) -> None:
        """Quit as `q` does, between two of the loop's callbacks (never in the middle of a save);
        a repeat while quitting saves again, atomically, and changes nothing. The terminal may be
        gone, and Textual's input thread with it spinning on a closed terminal that its shutdown
        then waits on: past `QUIT_GRACE` the process kills itself (what had to be saved is saved
        by then, each write atomic)."""
        grace = threading.Timer(QUIT_GRACE, os.kill, (os.getpid(), signal.SIGKILL))
        grace.daemon = True
        grace.start()
        self.call_next(self.action_quit)

    def check_terminal(self) -> None:
        """A terminal that hung up with no SIGHUP reaching the reader (an SSH link dropped, a
        parent process that kept the signal) would leave it reading nothing for ever with a
        core busy: it quits as on SIGHUP once its input is no longer a terminal."""
        assert sys.__stdin__ is not None
        if not os.isatty(sys.__stdin__.fileno()):
            self.quit_on_signal()

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Under NO_COLOR, no colour at all in place of Textual's greys."""
        filters = super().get_line_filters()
        if not self.no_color:
            return filters
        return [
            *(each for each in filters if not isinstance(each, (Monochrome, NoColor))),
            _WITHOUT_COLOUR,
        ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the search screen ctrl+p moves up the results (as ctrl+n moves down), not the
        palette."""
        return not (
            action == "command_palette" and getattr(self.screen, "MOVES_WITH_CTRL_P", False)
        )

    def action_help(self) -> None:
        from tui.core.search import SYNTAX
        from tui.ui.screens.help_screen import HelpScreen

        sections = [(title, declared_bindings(cls)) for title, cls in key_sections()]
        notes = [("Commands (ctrl+p)", self._commands_note()), ("Quote search syntax", SYNTAX)]
        self.push_screen(HelpScreen(sections, self.initial_keymap, notes=notes))

    def _commands_note(self) -> str:
        """What the palette offers, from its providers: titles, the reader's commands, Textual's
        (Theme switches the colours; `--theme` and the config's `theme` choose them at start)."""
        from tui.ui.speaker_commands import COMMANDS

        rows = [("an article's title", "open that article")]
        rows += [(title, help_text) for title, help_text, _action in COMMANDS]
        rows += [
            (command.title, command.help)
            for command in self.get_system_commands(self.reader_screen())
        ]
        return "\n".join(f"  {title}  {help_text}" for title, help_text in rows)

    def reader_screen(self) -> ReaderScreen:
        return reader_screen(self)

    async def action_quit(self) -> None:
        self.reader_screen().remember_position()
        self.state.save()
        self.exit(0)


def key_sections() -> list[tuple[str, type[DOMNode]]]:
    """Every class that declares bindings, titled as the help lists them (imports the dialogs:
    only called for the help or a config with keys)."""
    from tui.ui.screens.help_screen import HelpScreen
    from tui.ui.screens.search_screen import SearchScreen
    from tui.ui.screens.speakers_screen import SpeakersScreen, TrailScreen
    from tui.ui.widgets.prompt import Prompt

    return [
        ("Reader", ArticleView),
        ("Document list", DocumentList),
        ("Side panel", SidePanel),
        ("List filter (&) and find in article (f)", Prompt),
        ("Everywhere", ReaderScreen),
        ("Application", NewsReaderApp),
        ("Quote search (/)", SearchScreen),
        ("Speakers and places (s)", SpeakersScreen),
        ("Quote trail", TrailScreen),
        ("This help", HelpScreen),
    ]


def binding_ids() -> set[str]:
    """Every id a config file may remap."""
    return {
        binding.id
        for _title, cls in key_sections()
        for binding in cls.BINDINGS
        if isinstance(binding, Binding) and binding.id
    }


def load_settings(theme: str | None = None, config: Path | None = None) -> Config:
    """The config file with the command line's theme over it, checked without building the app:
    `theme` is a known theme's full name. Raises ConfigError for a bad config or theme."""
    settings = load_config(config, binding_ids)
    chosen = theme or settings.theme or "textual-dark"
    chosen = THEME_ALIASES.get(chosen, chosen)
    if chosen not in BUILTIN_THEMES:  # the themes an app has: the reader registers none of its own
        names = ", ".join(sorted([*BUILTIN_THEMES, *THEME_ALIASES]))
        raise ConfigError(f"unknown theme {chosen!r} (available: {names})")
    return replace(settings, theme=chosen)


def create_app(
    paths: Sequence[str],
    settings: Config,
    *,
    state: ReadState | None = None,
    cache: Path | bool = True,
    watch: bool = False,
) -> NewsReaderApp:
    """The app as `newsreader` runs it, with settings from `load_settings`. `cache` is the
    annotation cache's file, True for the default one, False for none."""
    app = NewsReaderApp(
        paths,
        state=state if state is not None else ReadState.default(),
        keymap=settings.keymap,
        cache_factory=None if cache is False else partial(_annotation_cache, cache),
        watch=watch,
    )
    if settings.theme:  # load_settings chose one; a Config built by hand may leave it unset
        app.theme = settings.theme
    return app


def _annotation_cache(path: Path | bool) -> AnnotationCache:
    from tui.core.cache import AnnotationCache

    return AnnotationCache(path if isinstance(path, Path) else None)
