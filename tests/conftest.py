"""Shared test set-up: keep every test away from the user's real config and state; the hostile
folder the terminal-safety tests walk."""

import pytest
from hostile_input import write_hostile_folder


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def hostile_folder(tmp_path):
    return write_hostile_folder(tmp_path)
