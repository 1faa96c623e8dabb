"""Waiting on the app's workers and reading its screen, for the UI tests."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path


async def loaded(pilot, timeout: float = 10.0) -> None:
    """Wait until the collection is loaded and an article is on screen with its highlights."""
    screen = pilot.app.reader_screen()
    for _ in range(int(timeout / 0.02)):
        if (
            screen.library is not None
            and screen.article.document is not None
            and screen.annotation_shown
        ):
            await pilot.pause()
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the collection did not load")


async def annotated(pilot, timeout: float = 20.0) -> None:
    """Wait until the annotation worker has finished and the quote index is complete."""
    await loaded(pilot)
    screen = pilot.app.reader_screen()
    for _ in range(int(timeout / 0.02)):
        if not screen.header.activity and screen.index_complete:
            await pilot.pause()
            return
        await asyncio.sleep(0.02)
    raise AssertionError("annotation did not finish")


async def shown_text(pilot, text: str, timeout: float = 5.0) -> None:
    """Wait until `text` is on screen (the palette and search fill in behind the keys)."""
    for _ in range(int(timeout / 0.02)):
        await pilot.pause()
        if text in screen_text(pilot.app):
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{text!r} never shown:\n{screen_text(pilot.app)}")


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def screen_text(app) -> str:
    """What the terminal shows, as plain text lines: each cell read from the widget on top there."""
    width, height = app.size
    lines: dict[tuple[object, int], str] = {}
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            widget, region = app.screen.get_widget_at(x, y)
            key = (widget, y - region.y)
            if key not in lines:
                lines[key] = widget.render_line(y - region.y).text
            line = lines[key]
            row.append(line[x - region.x] if x - region.x < len(line) else " ")
        rows.append("".join(row).rstrip())
    return "\n".join(rows)


def widget_text(widget) -> str:
    """What one widget draws, as plain text lines (not what shows through around it)."""
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))
