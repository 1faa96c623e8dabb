"""Places named in a text. First version: a handful of names; to be replaced by the gazetteer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.annotation import PersonMention, PlaceMention
from tui.core.documents import Block

_PLACES = re.compile(r"\b(?:Cairo|Egypt|Israel|Gaza|Rafah|Washington|United States)\b")


def find_places(text: str, blocks: Sequence[Block], people: Sequence[PersonMention]) -> list[PlaceMention]:
    return [PlaceMention(m.start(), m.end(), m.group(0)) for m in _PLACES.finditer(text)]
