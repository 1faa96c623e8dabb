"""A folder opened again is not parsed again: unchanged files come from the snapshot, a touched
file is recognised by its bytes, and edits, new, moved and deleted files are noticed."""

from __future__ import annotations

import json
import os
import pathlib
import sqlite3

import pytest

from tui.core import library as library_module
from tui.core import loading, markup
from tui.core.annotation import annotate
from tui.core.cache import AnnotationCache
from tui.core.library import Library, one_per_text
from tui.core.loading import load
from tui.core.snapshot import Snapshot, from_json, to_json

ARTICLE = "---\ntitle: Pier reopens\n---\n# Pier\n\nThe *pier* reopened today in Lisbon.\n"


@pytest.fixture
def folder(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.md").write_text(ARTICLE, encoding="utf-8")
    (news / "b.md").write_text(ARTICLE.replace("Pier reopens", "Ferry stops"), encoding="utf-8")
    return news


@pytest.fixture
def parses(monkeypatch):
    """The Markdown files actually parsed, by their title."""
    seen: list[str] = []
    original = markup.render

    def render(source):
        rendered = original(source)
        seen.append(rendered.front_matter.get("title", ""))
        return rendered

    monkeypatch.setattr(markup, "render", render)
    return seen


def numbered_articles(tmp_path, count):
    """A folder `news` of `count` articles, `00.md`…, titled `Pier 0 reopens`…"""
    news = tmp_path / "news"
    news.mkdir()
    for number in range(count):
        (news / f"{number:02d}.md").write_text(
            ARTICLE.replace("Pier reopens", f"Pier {number} reopens"), encoding="utf-8"
        )
    return news


def titles(folder, cache):
    return sorted(document.title for document in load([folder], Snapshot(cache)).documents)


def test_an_unchanged_folder_is_not_parsed_again(folder, tmp_path, parses):
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    first = load([folder], Snapshot(cache))
    assert sorted(parses) == ["Ferry stops", "Pier reopens"]
    parses.clear()
    second = load([folder], Snapshot(cache))
    assert parses == []
    assert [(d.id, d.text, d.blocks, d.inline) for d in second.documents] == [
        (d.id, d.text, d.blocks, d.inline) for d in first.documents
    ]
    counted = [document.words for document in load([folder]).documents]
    assert [document.words for document in second.documents] == counted == [7, 7]


def test_touched_edited_new_moved_and_deleted_files(folder, tmp_path, parses):
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    titles(folder, cache)
    parses.clear()
    touched = folder / "a.md"
    os.utime(touched, ns=(1, 1))
    assert titles(folder, cache) == ["Ferry stops", "Pier reopens"] and parses == []
    (folder / "b.md").write_text(ARTICLE.replace("Pier reopens", "Ferry resumes"), "utf-8")
    (folder / "c.md").write_text(ARTICLE.replace("Pier reopens", "Dock opens"), "utf-8")
    assert titles(folder, cache) == ["Dock opens", "Ferry resumes", "Pier reopens"]
    assert sorted(parses) == ["Dock opens", "Ferry resumes"]
    (folder / "c.md").rename(folder / "d.md")
    (folder / "a.md").unlink()
    assert titles(folder, cache) == ["Dock opens", "Ferry resumes"]


def test_a_new_parser_version_parses_again(folder, tmp_path, parses, monkeypatch):
    titles(folder, AnnotationCache(tmp_path / "cache.sqlite3"))
    parses.clear()
    monkeypatch.setattr("tui.core.cache.parser_version", lambda: "another-version")
    titles(folder, AnnotationCache(tmp_path / "cache.sqlite3"))
    assert len(parses) == 2


def test_a_new_annotator_version_keeps_the_parsed_files(folder, tmp_path, parses, monkeypatch):
    titles(folder, AnnotationCache(tmp_path / "cache.sqlite3"))
    parses.clear()
    monkeypatch.setattr("tui.core.cache.annotator_version", lambda: "another-version")
    assert titles(folder, AnnotationCache(tmp_path / "cache.sqlite3")) == [
        "Ferry stops",
        "Pier reopens",
    ]
    assert parses == []


def test_a_big_first_open_parses_in_worker_processes_the_same_documents(tmp_path, monkeypatch):
    news = numbered_articles(tmp_path, 40)
    (news / "empty.md").write_text("", encoding="utf-8")
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    parallel = load([news], Snapshot(cache))
    monkeypatch.setattr("tui.core.loading.usable_cores", lambda: 1)
    serial = load([news])
    assert [(d.id, d.title, d.text, d.blocks) for d in parallel.documents] == [
        (d.id, d.title, d.text, d.blocks) for d in serial.documents
    ]
    assert parallel.problems == serial.problems and len(parallel.documents) == 40
    snapshot = Snapshot(cache)
    assert all(snapshot.recall(path, path.stat()) for path in news.glob("[0-9]*.md"))


def test_a_folder_opened_by_another_name_keeps_the_ids_the_user_typed(
    folder, tmp_path, monkeypatch
):
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    load([folder], Snapshot(cache))
    monkeypatch.chdir(tmp_path)
    again = load(["news"], Snapshot(cache))
    assert sorted(document.id for document in again.documents) == ["news/a.md", "news/b.md"]
    assert sorted(document.path for document in again.documents) == ["news/a.md", "news/b.md"]


def test_a_folder_named_by_a_relative_path_is_listed_without_reading_a_file(
    folder, tmp_path, monkeypatch
):
    """The snapshot finds a file by its absolute path, however the folder was spelled (a new
    spelling reads the files once: ids and paths are what the user typed)."""
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    reads: list[str] = []
    read_bytes = pathlib.Path.read_bytes
    monkeypatch.setattr(
        pathlib.Path, "read_bytes", lambda path: reads.append(path) or read_bytes(path)
    )
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    for spelled in ("../news", "../elsewhere/../news/", "./../news", str(folder) + "//"):
        load([spelled], Snapshot(cache))
        reads.clear()
        assert len(load([spelled], Snapshot(cache)).documents) == 2
        assert reads == [], spelled


def test_a_load_stopped_early_keeps_what_it_parsed_for_the_next_open(tmp_path, parses):
    news = numbered_articles(tmp_path, 6)
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) == 2

    stopped = load([news], Snapshot(cache), stop=stop)
    assert [document.title for document in stopped.documents] == [
        "Pier 0 reopens",
        "Pier 1 reopens",
    ]
    parses.clear()
    again = load([news], Snapshot(cache))
    assert len(again.documents) == 6
    assert sorted(parses) == [f"Pier {number} reopens" for number in range(2, 6)]


@pytest.fixture
def bodies_read(monkeypatch):
    """The paths whose stored bodies were read from the cache."""
    read: list[str] = []
    original = AnnotationCache.bodies

    def bodies(cache, paths):
        read.extend(paths)
        return original(cache, paths)

    monkeypatch.setattr(AnnotationCache, "bodies", bodies)
    return read


def test_a_folder_listed_from_the_snapshot_reads_a_body_only_when_it_is_asked_for(
    folder, tmp_path, bodies_read
):
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    first = load([folder], Snapshot(cache)).documents
    second = load([folder], Snapshot(cache)).documents
    assert [(d.title, d.words, d.key) for d in second] == [(d.title, d.words, d.key) for d in first]
    assert second == first  # compared by metadata and the digest of their text
    assert one_per_text(second) == second
    assert bodies_read == []
    assert (second[0].text, second[0].blocks, second[0].inline) == (
        first[0].text,
        first[0].blocks,
        first[0].inline,
    )
    assert second[1].text == first[1].text
    assert len(bodies_read) == 2
    second[0].text  # noqa: B018 - read once, then held
    assert len(bodies_read) == 2


def test_an_unchanged_folder_is_searched_without_reading_a_body(folder, tmp_path, bodies_read):
    quoted = '"We will open the pier by May," harbour master Ana Ruiz said in Lisbon.\n'
    (folder / "c.md").write_text("---\ntitle: Pier dates\n---\n" + quoted, encoding="utf-8")
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    Library(load([folder], Snapshot(cache)), cache).annotate_all()
    again = Library(load([folder], Snapshot(cache)), cache)
    assert list(again.indexed()) == []
    (hit,) = again.index.search("open the pier @ruiz").hits
    assert hit.record.text == "We will open the pier by May,"
    assert bodies_read == []


def test_a_body_the_cache_no_longer_gives_is_read_from_the_file(folder, tmp_path):
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    first = load([folder], Snapshot(cache)).documents
    listed = load([folder], Snapshot(cache)).documents
    cache.close()
    assert [(d.text, d.blocks, d.inline) for d in listed] == [
        (d.text, d.blocks, d.inline) for d in first
    ]


def test_an_edited_file_is_a_different_document_a_touched_one_the_same(folder, tmp_path):
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    before = load([folder], Snapshot(cache)).documents
    os.utime(folder / "a.md", ns=(1, 1))
    (folder / "b.md").write_text(ARTICLE.replace("Lisbon", "Porto"), encoding="utf-8")
    after = load([folder], Snapshot(cache)).documents
    assert after[0] == before[0]
    assert after[1] != before[1] and "Porto" in after[1].text


def test_a_stored_body_that_does_not_read_is_read_from_the_file(folder, tmp_path):
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    first = load([folder], Snapshot(cache)).documents
    listed = load([folder], Snapshot(cache)).documents
    with sqlite3.connect(tmp_path / "cache.sqlite3") as db:
        db.execute("UPDATE body SET data = '[[\"half a row\"'")
    assert [d.text for d in listed] == [d.text for d in first]


def test_a_folder_parsed_anew_holds_the_text_of_the_last_articles_only(
    tmp_path, bodies_read, monkeypatch
):
    monkeypatch.setattr("tui.core.snapshot._HELD", 16)
    news = numbered_articles(tmp_path, 40)
    parsed = [(d.text, d.blocks, d.inline) for d in load([news]).documents]
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    for cores in (2, 1):  # parsed in worker processes, and here
        monkeypatch.setattr("tui.core.loading.usable_cores", lambda cores=cores: cores)
        cache.close()
        (tmp_path / "cache.sqlite3").unlink()
        cache = AnnotationCache(tmp_path / "cache.sqlite3")
        documents = load([news], Snapshot(cache)).documents
        read = len(bodies_read)
        assert [(d.text, d.blocks, d.inline) for d in documents] == parsed
        assert len(bodies_read) - read >= 40 - 16  # only the last ones parsed were held


def test_once_worker_processes_parse_a_folder_they_parse_its_last_few_files_too(
    tmp_path, monkeypatch
):
    news = numbered_articles(tmp_path, 43)
    parsed = [(d.title, d.text, d.blocks) for d in load([news]).documents]
    monkeypatch.setattr("tui.core.loading._WINDOW", 40)  # a window of 40, then one of 3
    monkeypatch.setattr("tui.core.loading.usable_cores", lambda: 2)

    def here(*args):
        raise AssertionError("parsed in this process")

    monkeypatch.setitem(loading._READERS, "md", here)  # the worker processes keep theirs
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    documents = load([news], Snapshot(cache)).documents
    assert [(d.title, d.text, d.blocks) for d in documents] == parsed


def test_only_the_articles_read_last_keep_their_text(tmp_path, bodies_read, monkeypatch):
    monkeypatch.setattr("tui.core.snapshot._HELD", 16)
    news = numbered_articles(tmp_path, 40)
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    load([news], Snapshot(cache))
    documents = load([news], Snapshot(cache)).documents
    texts = [document.text for document in documents]
    for path in news.glob("*.md"):
        path.unlink()  # the text shown from now on can only be the stored one
    assert [document.text for document in documents[-16:]] == texts[-16:]
    assert len(bodies_read) == 40  # the last ones read are held
    assert documents[0].text == texts[0]
    assert len(bodies_read) == 41  # the first one was let go: read again


def test_articles_listed_without_their_text_are_annotated_by_worker_processes_from_the_cache(
    tmp_path, monkeypatch
):
    news = tmp_path / "news"
    news.mkdir()
    for number in range(library_module._POOL_MIN + 6):
        (news / f"{number:02d}.md").write_text(
            f"---\ntitle: Pier {number}\n---\n"
            f'"We will reopen pier {number} by spring," harbour master Ana Ruiz said in Lisbon.\n',
            encoding="utf-8",
        )
    expected = [annotate(d.text, d.blocks) for d in load([news]).documents]
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    load([news], Snapshot(cache))
    with sqlite3.connect(tmp_path / "cache.sqlite3") as db:  # one stored body that does not read
        db.execute("UPDATE body SET data = '[[\"half a row\"' WHERE key LIKE '%03.md'")
    library = Library(load([news], Snapshot(cache)), cache)
    monkeypatch.setattr("tui.core.library.usable_cores", lambda: 2)
    assert [step.annotation for step in library.annotated()] == expected
    assert all(document.unread_from is not None for document in library.documents)  # not here
    assert len(library.index.search("reopen pier", limit=100).hits) == len(expected)


def test_what_a_file_parsed_into_reads_back_whole_from_its_stored_form(tmp_path):
    records = tmp_path / "wire.jsonl"
    texts = ['First line.\n\n"Quoted," he said.', "Zweite Zeile: “ja”.\n[1]", "third \u2028"]
    records.write_text(
        "\n".join(f'{{"id": "r{n}", "text": {json.dumps(t)}}}' for n, t in enumerate(texts)),
        encoding="utf-8",
    )
    parsed = list(loading.load_file(records))
    listing, bodies = to_json(parsed)
    stored = from_json(listing, str(records), None, bodies)
    assert [d.text for d in stored] == [d.text for d in parsed]
    assert [d.blocks for d in stored] == [d.blocks for d in parsed]
    assert [d.text_key for d in stored] == [d.text_key for d in parsed]
