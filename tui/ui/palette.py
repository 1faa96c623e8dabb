"""Command palette (ctrl+p): open any document by its title, next to Textual's own commands
(theme switching among them).

Titles are short, which is what the palette's fuzzy matcher is good at; a title is shown
through the matcher's highlight (plain `Content`), never parsed as markup.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

_DISCOVER = 20
"""How many titles to list before anything is typed."""


class DocumentCommands(Provider):
    def _documents(self):
        library = self.app.reader_screen().library
        return [] if library is None else library.documents

    async def discover(self) -> Hits:
        for index, document in enumerate(self._documents()[:_DISCOVER]):
            yield DiscoveryHit(Content(document.title), partial(self._open, index), text=document.title)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for index, document in enumerate(self._documents()):
            score = matcher.match(document.title)
            if score > 0:
                yield Hit(score, matcher.highlight(document.title), partial(self._open, index), text=document.title)

    def _open(self, index: int) -> None:
        self.app.reader_screen().read_document(index)
