"""Apps built through the CLI's own factory; async tests run on pytest-asyncio's loop (auto mode).

The suite's root conftest already points HOME and the XDG folders at a temporary directory.
"""

from __future__ import annotations

import gc

import pytest

from tui.core.readstate import ReadState
from tui.resources import seeds_dir
from tui.ui.app import NewsReaderApp, create_app, load_settings


@pytest.fixture(autouse=True)
def colour_terminal(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture(autouse=True)
def unfrozen():
    """The reader freezes what it loaded out of the collector's sight; each test starts afresh."""
    yield
    gc.unfreeze()


@pytest.fixture
def make_app(tmp_path):
    def make(paths=None, theme=None, config=None, **options) -> NewsReaderApp:
        paths = [str(seeds_dir())] if paths is None else paths
        options.setdefault("state", ReadState(tmp_path / "state.json"))
        options.setdefault("cache", False)
        return create_app(list(paths), load_settings(theme, config), **options)

    return make
