"""What `y` copies: a quote with enough of its source to cite it."""

from __future__ import annotations

import re

from tui.core.annotation import Annotation, Quote
from tui.core.decoding import printable
from tui.core.documents import Document

_SPACES = re.compile(r"\s+")


def citation(document: Document, annotation: Annotation, quote: Quote) -> str:
    """`“…” — Speaker, “Title”, Source, Date` on one line (speaker `unattributed` when unknown)."""
    words = _SPACES.sub(" ", printable(document.text[quote.start : quote.end])).strip()
    speaker = annotation.speaker_name(quote) or "unattributed"
    parts = [f"{words} — {printable(speaker)}", f"“{printable(document.title)}”"]
    parts += [printable(part) for part in (document.source, document.date) if part]
    return ", ".join(parts)
