"""`e`: quotes written to a Markdown file in the current directory, its name shown in a toast.

The text comes from `tui.core.export`; here only the file name is chosen (from what is exported:
a speaker, an article, a query, with the time, so a second export never overwrites the first).
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path

from textual.widget import Widget

from tui.core.citation import Cited
from tui.core.decoding import printable
from tui.core.export import FORMATS, export
from tui.core.name_forms import fold
from tui.ui.wording import plural

_UNSAFE = re.compile(r"[^a-z0-9]+")


def file_name(about: str, form: str = "md") -> str:
    """`quotes-antony-blinken-20240301-101500.md`: the subject folded to ASCII, then the time."""
    slug = _UNSAFE.sub("-", fold(about)).strip("-")[:40].strip("-") or "quotes"
    return f"quotes-{slug}-{time.strftime('%Y%m%d-%H%M%S')}{FORMATS[form]}"


def export_quotes(node: Widget, quotes: Sequence[Cited], about: str, form: str = "md") -> None:
    """Write `quotes` about `about` to a new file in the current directory and say where."""
    if not quotes:
        node.notify("No quotes to export here.", severity="warning")
        return
    path = Path.cwd() / file_name(about, form)
    try:
        path.write_text(export(quotes, form, heading=f"Quotes: {about}"), encoding="utf-8")
    except OSError as err:
        node.notify(f"Could not export: {printable(str(err))}", severity="error", markup=False)
        return
    node.notify(
        f"{plural(len(quotes), 'quote')} → {printable(path.name)}", title="Exported", markup=False
    )
