"""Command palette (ctrl+p): open any document by its title, next to Textual's own commands
(theme switching among them).

Titles are short, which is what the palette's fuzzy matcher is good at. A title is data: it is
made printable (`tui.core.decoding.printable`) and becomes a plain `Content`, with the matched
characters styled from the matcher's offsets; it never goes through markup parsing (Textual's
`Matcher.highlight` would parse it).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from itertools import islice

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from tui.core.decoding import printable
from tui.ui.screens.reader_screen import reader_screen

_DISCOVER = 20
"""How many titles to list before anything is typed."""


def highlight(matcher: Matcher, title: str) -> tuple[float, Content]:
    """The match score of `title` (already printable) and the title with its matched characters
    styled."""
    score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    content = Content(title)
    for offset in offsets if score else ():
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return score, content


class DocumentCommands(Provider):
    def _titles(self) -> Iterator[tuple[int, str]]:
        """(index, printable title) of each document, made printable as they are asked for."""
        library = reader_screen(self.app).library
        for index, document in enumerate([] if library is None else library.documents):
            yield index, printable(document.title)

    async def discover(self) -> Hits:
        for index, title in islice(self._titles(), _DISCOVER):
            yield DiscoveryHit(Content(title), partial(self._open, index), text=title)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for index, title in self._titles():
            score, content = highlight(matcher, title)
            if score > 0:
                yield Hit(score, content, partial(self._open, index), text=title)

    def _open(self, index: int) -> None:
        reader_screen(self.app).read_document(index)
