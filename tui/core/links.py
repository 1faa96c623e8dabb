"""Link targets an article carries (its own URL, its in-text links), checked before they reach a
terminal: a target goes into an OSC 8 hyperlink or an OSC 52 copy, so it must be a plain web or
mail address with nothing that could end the escape sequence."""

from __future__ import annotations

import re

from tui.core.documents import Document

_SAFE = re.compile(r"(?:https?://|mailto:)[\x21-\x7e]+", re.IGNORECASE)
"""Printable ASCII only (non-ASCII addresses arrive percent-encoded from HTML and Markdown)."""


def link_target(href: str | None) -> str | None:
    """`href` when it is a safe http(s) or mailto address, else None."""
    if href is None:
        return None
    href = href.strip()
    return href if _SAFE.fullmatch(href) else None


def article_links(document: Document) -> list[tuple[int, str]]:
    """(end offset of the linked text, target) of each safe in-text link, in text order."""
    found = []
    for inline in document.inline:
        target = link_target(inline.href) if inline.kind == "link" else None
        if target is not None:
            found.append((inline.end, target))
    return sorted(found)
