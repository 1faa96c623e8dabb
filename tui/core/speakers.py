"""Who said each quote. First version: the nearest person mention after the quote in its paragraph."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tui.core.annotation import Quote
from tui.core.documents import Block
from tui.core.people import PeopleFound


def attribute(text: str, blocks: Sequence[Block], quotes: list[Quote],
              people: PeopleFound) -> tuple[list[Quote], PeopleFound]:
    out = []
    for quote in quotes:
        block = blocks[quote.last_block]
        after = [m for m in people.mentions if quote.end <= m.start < block.end]
        if after:
            mention = after[0]
            quote = replace(quote, speaker=mention.person, speaker_start=mention.start, speaker_end=mention.end)
        out.append(quote)
    return out, people
