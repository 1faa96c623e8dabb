"""What annotation finds in one text: quotes with speakers, people and places.

`annotate` is the one entry point; the finders live in their own modules (`quotes`, `speakers`,
`people`, `places`) and the records in `model`; this module runs the finders in order, on the
capitalised runs it scans once for both name finders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.core.documents import Block, paragraph_blocks
from tui.core.model import Annotation

if TYPE_CHECKING:
    from tui.core.speakers import Explain


def annotate(
    text: str, blocks: Sequence[Block] | None = None, explain: Explain | None = None
) -> Annotation:
    """Quotes with speakers, people and places; `explain` hears every attribution rule's
    candidate for each quote (`newsreader annotate --explain`)."""
    # The finders load on first use (35 ms of word lists and patterns): the reader's first paint
    # loads a small collection through the library, which imports this module.
    from tui.core import capitalised, people, places, quotes, speakers, terms

    blocks = tuple(blocks) if blocks is not None else paragraph_blocks(text)
    found_quotes, found_terms = terms.split_terms(text, blocks, quotes.find_quotes(text, blocks))
    runs = capitalised.scan(text)
    found_people = people.find_people(text, blocks, found_terms, runs)
    attributed, found_people = speakers.attribute(text, blocks, found_quotes, found_people, explain)
    found_places = places.find_places(text, blocks, found_people.mentions, found_terms, runs)
    return Annotation(
        quotes=attributed,
        people=found_people.people,
        mentions=found_people.mentions,
        places=found_places,
        terms=found_terms,
    )
