"""Quotations in a text: spans, kind, paragraphs.

First version: balanced straight or curly double quotes inside one paragraph. To be replaced by the
full rules (mismatched marks, apostrophes, quotes running across paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.annotation import Quote
from tui.core.documents import Block

_QUOTE = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")


def find_quotes(text: str, blocks: Sequence[Block]) -> list[Quote]:
    found = []
    for index, block in enumerate(blocks):
        for match in _QUOTE.finditer(text, block.start, block.end):
            words = len(match.group(1).split())
            found.append(Quote(match.start(), match.end(), match.start(1), match.end(1),
                               "full" if words > 4 else "partial", index, index))
    return found
