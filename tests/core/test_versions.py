"""What the cache's keys depend on: an edit of the annotator or its data starts the annotations
afresh, an edit of the loaders the parsed files, and an edit anywhere else neither."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tui.core
from tui.core import versions

CORE = Path(tui.core.__file__).parent


def names(files: list[Path]) -> set[str]:
    return {path.relative_to(CORE).as_posix() for path in files}


def test_the_annotator_is_its_finders_and_what_they_import():
    annotator = names(versions.closure(["tui.core.annotation"]))
    assert {
        "annotation.py",
        "quotes.py",
        "people.py",
        "places.py",
        "speakers/__init__.py",
        "speakers/rules.py",
        "speaker_ranker.py",
        "gazetteer.py",
        "model.py",
        "__init__.py",
    } <= annotator
    assert not annotator & {"cache.py", "library.py", "loading.py", "snapshot.py", "versions.py"}
    assert not any(name.startswith("search/") for name in annotator)


def test_an_import_only_for_type_checking_does_not_count():
    citation = names(versions.closure(["tui.core.citation"]))
    assert "citation.py" in citation and "documents.py" in citation
    assert not any(name.startswith("search/") for name in citation)


def test_the_loaders_are_not_the_annotator():
    loaders = names(versions.closure(["tui.core.loading", "tui.core.snapshot"]))
    assert {"loading.py", "snapshot.py", "decoding.py", "documents.py"} <= loaders
    assert not loaders & {"cache.py", "library.py", "annotation.py", "quotes.py"}


@pytest.fixture
def core_copy(tmp_path, monkeypatch):
    """A copy of `tui/core` the versions are computed from, to edit freely."""
    copy = tmp_path / "core"
    shutil.copytree(CORE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(versions, "_CORE", copy)
    return copy


def current() -> tuple[str, str, str]:
    return (
        versions.annotator_version.__wrapped__(),
        versions.parser_version.__wrapped__(),
        versions.search_version.__wrapped__(),
    )


def edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")


def test_an_edit_of_the_library_or_cache_keeps_annotations_and_parsed_files(core_copy):
    before = current()
    edit(core_copy / "library.py")
    edit(core_copy / "cache.py")
    edit(core_copy / "speaker_table.py")
    assert current() == before


def test_an_edit_of_a_finder_or_its_data_starts_the_annotations_afresh(core_copy):
    annotator, parser, _search = current()
    edit(core_copy / "speakers" / "rules.py")
    after_rules = current()
    assert after_rules[0] != annotator and after_rules[1] == parser
    (core_copy / "data" / "speaker_ranker.json").write_text("{}", encoding="utf-8")
    assert current()[0] not in (annotator, after_rules[0])


def test_an_edit_of_a_loader_starts_the_parsed_files_afresh(core_copy):
    annotator, parser, search = current()
    edit(core_copy / "markup.py")
    now_annotator, now_parser, now_search = current()
    assert (now_annotator, now_search) == (annotator, search) and now_parser != parser


def test_an_edit_of_search_starts_the_saved_index_afresh_only(core_copy):
    annotator, parser, search = current()
    edit(core_copy / "search" / "vocabulary.py")
    now_annotator, now_parser, now_search = current()
    assert (now_annotator, now_parser) == (annotator, parser) and now_search != search
