"""Where a sentence ends: what the reader adds to an article (a speaker's label) goes between
sentences, never inside one."""

from __future__ import annotations

import re
from typing import Final

from tui.core.lexicon import abbreviated

_END: Final = re.compile(r"(\w*)([.!?…]+)[\"'”’)\]]*(?=\s+[^\sa-z]|\s*$)")
"""Terminal punctuation and the closing marks after it, before a word that does not go on in
lower case (`"Why?" she asked.` is one sentence) or before the end."""


def sentence_end(text: str, position: int, limit: int) -> int:
    """The end of the sentence holding `position`, closing marks included; `limit` (the end of
    the paragraph) at the latest."""
    for match in _END.finditer(text, position, limit):
        if match.group(2) == "." and abbreviated(match.group(1)):
            continue  # `Mr.`, `U.S.`, `J.`
        return match.end()
    return limit
