"""Quotes taken out of the reader with their citations: Markdown, CSV or JSON Lines.

Markdown is for pasting into notes: one block quote per quote, its citation in the line (the
one `y` copies), Markdown's own characters escaped so a title with `*` or `[` stays text. CSV
and JSON Lines are for scripts: the same fields in columns, plus the offsets of the quotation
in its document.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable

from tui.core.citation import Cited, citation

FORMATS = {"md": ".md", "csv": ".csv", "jsonl": ".jsonl"}
"""Export format -> file suffix."""

FIELDS = ("quote", "speaker", "title", "source", "date", "url", "doc", "start", "end")

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
"""Characters with an inline meaning in Markdown; each line starts with `> “` or `# `, so the
ones that only mean something at the start of a line (`-`, `+`, `1.`) cannot act."""


def markdown_escape(text: str) -> str:
    """`text` shown as itself in Markdown: every character with a meaning there backslashed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def to_markdown(quotes: Iterable[Cited], heading: str | None = None) -> str:
    """`> “quote” — Speaker, “Title”, Source, Date, <URL>`, a blank line between quotes (one
    block quote each); `heading` (plain text) above them."""
    blocks = [f"# {markdown_escape(heading)}"] if heading else []
    for cited in quotes:
        line = "> " + markdown_escape(citation(cited))
        if cited.url:
            line += ", " + (
                f"<{cited.url}>" if _AUTOLINK.fullmatch(cited.url) else markdown_escape(cited.url)
            )
        blocks.append(line)
    return "\n\n".join(blocks) + "\n" if blocks else ""


_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*")
"""A URL Markdown can show as `<url>` (CommonMark's autolink)."""


def _row(cited: Cited) -> dict[str, str | int | None]:
    return {
        "quote": cited.text,
        "speaker": cited.speaker,
        "title": cited.title,
        "source": cited.source,
        "date": cited.date,
        "url": cited.url,
        "doc": cited.doc,
        "start": cited.start,
        "end": cited.end,
    }


def to_csv(quotes: Iterable[Cited], header: bool = True) -> str:
    """RFC 4180 CSV (the `csv` module quotes commas, quotes and line breaks), a header row
    naming `FIELDS` first unless `header` is False."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(_row(cited) for cited in quotes)
    return out.getvalue()


def to_jsonl(quotes: Iterable[Cited]) -> str:
    """One JSON object per quote with `FIELDS` as keys."""
    return "".join(json.dumps(_row(cited), ensure_ascii=False) + "\n" for cited in quotes)


def export(quotes: Iterable[Cited], form: str, heading: str | None = None) -> str:
    """The quotes in format `form` (a key of `FORMATS`); `heading` titles Markdown only."""
    if form == "md":
        return to_markdown(quotes, heading)
    if form == "csv":
        return to_csv(quotes)
    if form == "jsonl":
        return to_jsonl(quotes)
    raise ValueError(f"unknown export format {form!r} (known: {', '.join(FORMATS)})")
