"""The speakers view in the command palette (ctrl+p), beside the documents and the themes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.ui.screens.reader_screen import reader_screen

COMMANDS = (
    ("Speakers", "who said what across the collection", "speakers"),
    ("Export quotes", "this article's quotes as a Markdown file", "export_quotes"),
)
"""(title, help, reader action); the help screen lists them too."""


class SpeakerCommands(Provider):
    async def discover(self) -> Hits:
        for text, help_text, action in COMMANDS:
            yield DiscoveryHit(text, self._runner(action), text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, action in COMMANDS:
            score = matcher.match(f"{text}: {help_text}")
            if score > 0:
                yield Hit(
                    score, matcher.highlight(text), self._runner(action), text=text, help=help_text
                )

    def _runner(self, action: str) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            await reader_screen(self.app).run_action(action)

        return run
