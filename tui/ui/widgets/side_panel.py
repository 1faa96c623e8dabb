"""The side panel: who is in the article and where it happens, with counts.

Speakers come first (most quotes first) in their own colour, then the other people, then places,
each with its mention count. The highlighted entry is what `n`/`N` step through. Prompts are
`rich.text.Text` built from plain strings: names are data, never markup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets.option_list import Option

from tui.core.decoding import printable
from tui.core.model import Annotation
from tui.ui.colours import Palette
from tui.ui.widgets.marked_option_list import MarkedOptionList
from tui.ui.wording import plural


@dataclass(frozen=True, slots=True)
class Entry:
    """A person or place and every span of the article that names it, in text order."""

    name: str
    spans: tuple[tuple[int, int], ...]


class SidePanel(MarkedOptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="panel.down"),
        Binding("k", "cursor_up", "Up", show=False, id="panel.up"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []

    def show(self, annotation: Annotation, palette: Palette) -> None:
        self.entries = []
        options: list[Option | None] = []
        quotes = Counter(quote.speaker for quote in annotation.quotes if quote.speaker is not None)
        spans: dict[int, set[tuple[int, int]]] = {}
        for mention in annotation.mentions:
            spans.setdefault(mention.person, set()).add((mention.start, mention.end))
        for quote in annotation.quotes:
            if (
                quote.speaker is not None
                and quote.speaker_start is not None
                and quote.speaker_end is not None
            ):
                spans.setdefault(quote.speaker, set()).add((quote.speaker_start, quote.speaker_end))
        people = sorted(
            range(len(annotation.people)),
            key=lambda i: (-quotes.get(i, 0), -len(spans.get(i, ())), annotation.people[i].name),
        )
        if people:
            options.append(Option(Text("People", style=Style(bold=True)), disabled=True))
        for person in people:
            name = annotation.people[person].name
            said = quotes.get(person, 0)
            colour = palette.speaker_colour(name) if said else None
            count = len(spans.get(person, ()))
            mentions = plural(count, "mention")
            detail = f"{plural(said, 'quote')} · {mentions}" if said else mentions
            prompt = Text.assemble(
                ("● " if said else "· ", Style(color=colour)),
                (printable(name), Style(bold=bool(said), color=colour)),
                "\n",
                ("  " + detail, Style(dim=True)),
            )
            options.append(self._entry(prompt, name, spans.get(person, set())))
        places: dict[str, list[tuple[int, int]]] = {}
        for place in annotation.places:
            places.setdefault(place.name, []).append((place.start, place.end))
        if places:
            if people:
                options.append(None)
            options.append(Option(Text("Places", style=Style(bold=True)), disabled=True))
        for name, found in sorted(places.items(), key=lambda item: (-len(item[1]), item[0])):
            prompt = Text.assemble(
                ("⌖ ", Style(color=None if palette.no_color else palette.place)),
                (printable(name), Style(underline=True)),
                (f"  {len(found)}×", Style(dim=True)),
            )
            options.append(self._entry(prompt, name, found))
        if not options:
            options.append(
                Option(Text("No people or places found.", style=Style(dim=True)), disabled=True)
            )
        self.set_options(options)
        first = next(
            (index for index, option in enumerate(self.options) if not option.disabled), None
        )
        self.highlighted = first

    def _entry(self, prompt: Text, name: str, spans: Iterable[tuple[int, int]]) -> Option:
        self.entries.append(Entry(name, tuple(sorted(spans))))
        return Option(prompt, id=str(len(self.entries) - 1))

    @property
    def selected_entry(self) -> Entry | None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return None
        return self.entries[int(option.id)]
