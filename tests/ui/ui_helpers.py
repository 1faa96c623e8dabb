"""Waiting on the app's workers and reading its screen, for the UI tests."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path


async def loaded(pilot, timeout: float = 10.0) -> None:
    """Wait until the collection is loaded and an article is on screen with its highlights."""
    screen = pilot.app.reader_screen()
    for _ in range(int(timeout / 0.02)):
        if screen.library is not None and screen.article.document is not None and screen.annotation_shown:
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


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def screen_text(app) -> str:
    """What the terminal shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
