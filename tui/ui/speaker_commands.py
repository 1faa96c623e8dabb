"""The speakers view in the command palette (ctrl+p), beside the documents and the themes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.ui.screens.reader_screen import reader_screen

_COMMANDS = (
    ("Speakers: who said what across the collection", "speakers"),
    ("Export this article's quotes (Markdown)", "export_quotes"),
)


class SpeakerCommands(Provider):
    async def discover(self) -> Hits:
        for text, action in _COMMANDS:
            yield DiscoveryHit(text, self._runner(action), text=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, action in _COMMANDS:
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), self._runner(action), text=text)

    def _runner(self, action: str) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            await reader_screen(self.app).run_action(action)

        return run
