"""The Textual application and the one factory that builds it (the CLI and the tests share it).

The app itself holds only what outlives a screen: the read state, the keymap, the theme.
Animations are off: over SSH every animated frame is bytes on a slow link.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from tui.core.readstate import ReadState
from tui.resources import styles_dir
from tui.ui.config import ConfigError, load_config
from tui.ui.palette import DocumentCommands
from tui.ui.screens.reader_screen import ReaderScreen
from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.document_list import DocumentList
from tui.ui.widgets.side_panel import SidePanel

THEME_ALIASES = {"dark": "textual-dark", "light": "textual-light", "ansi": "ansi-dark",
                 "textual-ansi": "ansi-dark"}
"""Short names for the themes that matter over SSH; any registered theme name works too."""


class NewsReaderApp(App[int]):
    CSS_PATH = [styles_dir() / "app.tcss"]
    TITLE = "newsreader"
    COMMANDS = App.COMMANDS | {DocumentCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
    ]

    def __init__(self, paths: Sequence[str], *, state: ReadState, keymap: dict[str, str] | None = None,
                 theme: str = "textual-dark", cache_factory: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.animation_level = "none"
        self.paths = list(paths)
        self.state = state
        self.cache_factory = cache_factory or (lambda: None)
        self.initial_keymap = keymap or {}
        self.theme = theme

    def get_default_screen(self) -> ReaderScreen:
        return ReaderScreen(self.paths, self.state, self.cache_factory)

    def on_mount(self) -> None:
        if self.initial_keymap:
            self.set_keymap(self.initial_keymap)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the search screen ctrl+p moves up the results (as ctrl+n moves down), not the palette."""
        if action == "command_palette" and getattr(self.screen, "MOVES_WITH_CTRL_P", False):
            return False
        return True

    def action_help(self) -> None:
        from tui.core.search import SYNTAX
        from tui.ui.screens.help_screen import HelpScreen
        from tui.ui.screens.search_screen import SearchScreen

        reader = self.reader_screen()
        nodes = [("Reader", reader.article), ("Document list", reader.documents), ("Side panel", reader.panel),
                 ("Everywhere", reader), ("Application", self)]
        sections = [(title, node._bindings) for title, node in nodes]
        sections.append(("Quote search (/)", SearchScreen._merge_bindings()))
        self.push_screen(HelpScreen(sections, notes=[("Quote search syntax", SYNTAX)]))

    def reader_screen(self) -> ReaderScreen:
        return next(screen for screen in self.screen_stack if isinstance(screen, ReaderScreen))

    async def action_quit(self) -> None:
        self.reader_screen().remember_position()
        self.state.save()
        self.exit(0)


def binding_ids() -> set[str]:
    """Every id a config file may remap (imports the dialogs: only called for a config with keys)."""
    from tui.ui.screens.help_screen import HelpScreen
    from tui.ui.screens.search_screen import SearchScreen

    classes = (NewsReaderApp, ReaderScreen, ArticleView, DocumentList, SidePanel, HelpScreen, SearchScreen)
    return {binding.id for cls in classes for binding in cls.BINDINGS if isinstance(binding, Binding) and binding.id}


def create_app(paths: Sequence[str], *, theme: str | None = None, config: Path | None = None,
               state: ReadState | None = None, use_cache: bool = True) -> NewsReaderApp:
    """The app as `newsreader` runs it. Raises ConfigError for a bad config or theme."""
    settings = load_config(config, binding_ids)
    chosen = theme or settings.theme or "textual-dark"
    chosen = THEME_ALIASES.get(chosen, chosen)
    cache_factory = _annotation_cache if use_cache else None
    app = NewsReaderApp(paths, state=state if state is not None else ReadState.default(),
                        keymap=settings.keymap, theme="textual-dark", cache_factory=cache_factory)
    if chosen not in app.available_themes:
        names = ", ".join(sorted([*app.available_themes, *THEME_ALIASES]))
        raise ConfigError(f"unknown theme {chosen!r} (available: {names})")
    app.theme = chosen
    return app


def _annotation_cache():
    from tui.core.cache import AnnotationCache

    return AnnotationCache()
