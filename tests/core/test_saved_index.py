"""The quote index saved beside the cache: loaded, it answers as the index built again would;
edited, removed and new articles and a new annotator version are noticed; a damaged file is
rebuilt and said once; two readers of one cache both work.

Articles are invented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui.core import cache as cache_module
from tui.core.annotation import annotate
from tui.core.cache import AnnotationCache
from tui.core.documents import Document, paragraph_blocks
from tui.core.library import Library
from tui.core.loading import Collection
from tui.core.search import QuoteIndex
from tui.core.search.saved import UnreadableIndex, read_index, write_index

ARTICLES = [
    (
        "Harbour reopens",
        "“We will reopen the northern pier by spring,” harbour master Ana Ruiz said in Lisbon.\n"
        "Fishermen were sceptical. “Nobody believes the dredgers will come,” said Tomás Silva.",
    ),
    (
        "Budget vote",
        "“The budget protects every school in Porto,” finance minister Rui Costa said on Monday.\n"
        "Critics disagreed. “It cuts the ferries to the islands,” said Marta Lopes in Faro.",
    ),
    (
        "Storm warning",
        "“Stay away from the seafront tonight,” said Inês Duarte, the mayor of Nazaré.\n"
        "“The waves could reach twelve metres,” she added.",
    ),
    ("Market notes", "Prices held steady in Braga. No one was quoted about the weather."),
]

QUERIES = [
    "pier",
    "reopen pier spring",
    "dredgers",
    "dreggers",
    "budg",
    '"protects every school"',
    "waves -metres",
    "@ruiz",
    "@costa budget",
    "#faro",
    "#lisbon pier",
    "seafront tonight",
    "weather",
]


def document(number: int, title: str, text: str) -> Document:
    return Document(
        id=f"news/a{number}.txt",
        title=title,
        text=text,
        blocks=paragraph_blocks(text),
        path=f"news/a{number}.txt",
        format="txt",
        date="2031-05-0" + str(number + 1),
    )


def articles(*extra: tuple[str, str], skip: int | None = None) -> list[Document]:
    return [
        document(number, title, text)
        for number, (title, text) in enumerate([*ARTICLES, *extra])
        if number != skip
    ]


def answers(index: QuoteIndex) -> list[tuple[object, ...]]:
    return [
        (
            result.message,
            [(hit.record, hit.score, hit.snippet, hit.marks) for hit in result.hits],
        )
        for result in (index.search(query) for query in QUERIES)
    ]


def test_a_loaded_index_answers_every_query_as_the_index_it_was_saved_from(tmp_path):
    built = QuoteIndex.from_documents(articles())
    assert len(built) >= 6
    write_index(tmp_path / "saved.index", built, {}, "v1")
    found = read_index(tmp_path / "saved.index", "v1")
    assert found is not None
    loaded, stamps = found
    assert stamps == {}
    assert answers(loaded) == answers(built)
    assert list(loaded.records()) == list(built.records())


def test_a_loaded_index_with_removed_articles_keeps_them_out_and_takes_updates(tmp_path):
    docs = articles()
    built = QuoteIndex.from_documents(docs)
    built.remove(docs[0].id)
    built.update(docs[1], annotate(docs[1].text, docs[1].blocks))
    write_index(tmp_path / "saved.index", built, {}, "v1")
    found = read_index(tmp_path / "saved.index", "v1")
    assert found is not None
    loaded = found[0]
    assert loaded.search("pier").hits == []
    assert answers(loaded) == answers(built)
    for index in (built, loaded):
        index.update(docs[0], annotate(docs[0].text, docs[0].blocks))
        index.remove(docs[1].id)
        index.remove(docs[2].id)
    assert loaded.search("pier").hits
    assert not loaded.search("budget").hits
    assert answers(loaded) == answers(built)


def test_an_index_saved_by_another_annotator_version_is_not_loaded(tmp_path):
    write_index(tmp_path / "saved.index", QuoteIndex.from_documents(articles()), {}, "v1")
    assert read_index(tmp_path / "saved.index", "v2") is None
    assert read_index(tmp_path / "missing.index", "v1") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"",
        lambda data: b"not an index at all\n" * 10,
        lambda data: data[:40] + b"\xff" * 30 + data[70:],
    ],
    ids=["truncated", "empty", "garbage", "header overwritten"],
)
def test_a_damaged_file_does_not_load(tmp_path, damage):
    path = tmp_path / "saved.index"
    write_index(path, QuoteIndex.from_documents(articles()), {"a": "b"}, "v1")
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(UnreadableIndex):
        read_index(path, "v1")


# The library: the saved index in use


def library(cache_path: Path, docs: list[Document]) -> Library:
    return Library(Collection("news", docs), AnnotationCache(cache_path))


def fresh_answers(docs: list[Document]) -> list[tuple[object, ...]]:
    return answers(QuoteIndex.from_documents(docs))


@pytest.fixture
def saved(tmp_path) -> Path:
    """A cache whose index of `articles()` is saved."""
    path = tmp_path / "cache.sqlite3"
    first = library(path, articles())
    first.annotate_all()
    first.cache.close()
    return path


@pytest.fixture
def no_annotating(monkeypatch):
    """Fails the test if any article is annotated or any annotation read from the cache."""

    def refuse(*args, **kwargs):
        raise AssertionError("annotated or read annotations")

    monkeypatch.setattr("tui.core.library.annotate", refuse)
    monkeypatch.setattr(AnnotationCache, "get_keyed", refuse)  # get_many reads through it


def test_an_unchanged_collection_is_searched_without_reading_any_annotation(saved, no_annotating):
    second = library(saved, articles())
    assert list(second.indexed()) == []
    assert second.index_complete
    assert answers(second.index) == fresh_answers(articles())


def test_a_first_search_holds_no_annotation_and_the_cache_gives_each_again(tmp_path, monkeypatch):
    first = library(tmp_path / "cache.sqlite3", articles())
    steps = list(first.indexed())
    assert [step.document for step in steps] == first.documents
    assert all(first.kept(doc) is None for doc in first.documents)
    assert answers(first.index) == fresh_answers(articles())

    def refuse(*args, **kwargs):
        raise AssertionError("annotated again")

    monkeypatch.setattr("tui.core.library.annotate", refuse)
    assert [first.annotation(doc) for doc in first.documents] == [s.annotation for s in steps]


def test_the_readers_stream_gives_every_annotation_and_indexes_nothing_again(saved, monkeypatch):
    calls = []
    monkeypatch.setattr(QuoteIndex, "update", lambda *args: calls.append(args))
    second = library(saved, articles())
    steps = list(second.annotated())
    assert [step.annotation for step in steps] == [
        annotate(doc.text, doc.blocks) for doc in articles()
    ]
    assert calls == []
    assert answers(second.index) == fresh_answers(articles())


def test_an_edited_article_is_indexed_again(saved):
    edited = articles()
    title, text = ARTICLES[0]
    edited[0] = document(0, title, text.replace("northern pier", "southern quay"))
    second = library(saved, edited)
    steps = list(second.indexed())
    assert [step.document.id for step in steps] == [edited[0].id]
    assert second.index.search('"southern quay"').hits
    assert not second.index.search('"northern pier"').hits
    assert answers(second.index) == fresh_answers(edited)


def test_a_retitled_article_is_indexed_again(saved):
    retitled = articles()
    retitled[1].title = "Budget passes"
    second = library(saved, retitled)
    assert [step.document.id for step in second.indexed()] == [retitled[1].id]
    assert {hit.record.title for hit in second.index.search("budget").hits} == {"Budget passes"}


def test_a_removed_article_leaves_the_index_without_annotating_anything(saved, no_annotating):
    fewer = articles(skip=0)
    second = library(saved, fewer)
    assert list(second.indexed()) == []
    assert not second.index.search("dredgers").hits
    assert answers(second.index) == fresh_answers(fewer)


def test_a_new_article_is_the_only_one_annotated(saved):
    more = articles(("Bridge works", "“The bridge closes in June,” engineer Paulo Reis said."))
    second = library(saved, more)
    assert [step.document.title for step in second.indexed()] == ["Bridge works"]
    assert second.index.search("bridge june").hits[0].record.speaker == "Paulo Reis"
    assert answers(second.index) == fresh_answers(more)


def test_each_change_is_saved_for_the_next_start(saved):
    more = articles(("Bridge works", "“The bridge closes in June,” engineer Paulo Reis said."))
    second = library(saved, more)
    second.annotate_all()
    second.cache.close()
    third = library(saved, more)
    assert list(third.indexed()) == []
    assert answers(third.index) == fresh_answers(more)


def test_a_new_annotator_version_indexes_everything_again(saved, monkeypatch):
    monkeypatch.setattr(cache_module, "annotator_version", lambda: "a newer annotator")
    second = library(saved, articles())
    assert len(list(second.indexed())) == len(ARTICLES)
    assert answers(second.index) == fresh_answers(articles())


def test_a_damaged_saved_index_is_rebuilt_and_said_once(saved):
    (index_file,) = saved.parent.glob("*.quotes/*.index")
    index_file.write_bytes(index_file.read_bytes()[:100])
    second = library(saved, articles())
    assert len(list(second.indexed())) == len(ARTICLES)
    assert "quote index" in (second.cache.problem or "")
    assert answers(second.index) == fresh_answers(articles())
    second.cache.close()
    third = library(saved, articles())
    assert list(third.indexed()) == []
    assert third.cache.problem is None


def test_without_a_cache_the_index_is_built_in_memory(tmp_path):
    only = Library(Collection("news", articles()))
    assert len(list(only.indexed())) == len(ARTICLES)
    assert answers(only.index) == fresh_answers(articles())
    assert list(tmp_path.iterdir()) == []


def test_two_libraries_on_one_cache_each_save_a_whole_index(saved):
    one = articles(("Bridge works", "“The bridge closes in June,” engineer Paulo Reis said."))
    other = articles(skip=2)
    first, second = library(saved, one), library(saved, other)
    first_steps, second_steps = first.indexed(), second.indexed()
    assert len(list(first_steps)) == 1
    assert list(second_steps) == []
    for each, docs in ((first, one), (second, other)):
        assert answers(each.index) == fresh_answers(docs)
        each.cache.close()
    third = library(saved, other)
    list(third.indexed())
    assert answers(third.index) == fresh_answers(other)


SEARCH = """
import sys
from pathlib import Path
from tui.core.cache import AnnotationCache
from tui.core.documents import Document, paragraph_blocks
from tui.core.library import Library
from tui.core.loading import Collection
texts = [f"“Pier {n} reopens in spring,” harbour master Ana Ruiz said." for n in range(40)]
docs = [
    Document(id=f"p{n}", title=f"Pier {n}", text=t, blocks=paragraph_blocks(t), path=f"p{n}.txt",
             format="txt")
    for n, t in enumerate(texts)
]
library = Library(Collection("piers", docs), AnnotationCache(Path(sys.argv[1])))
for step in library.indexed():
    pass
library.cache.close()
print(len(library.index), len(library.index.search("pier reopens spring", 100).hits),
      library.cache.problem)
"""


def test_two_processes_index_and_search_one_cache_at_once(tmp_path):
    cache_path = str(tmp_path / "cache.sqlite3")
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", SEARCH, cache_path], stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs == ["40 40 None\n", "40 40 None\n"]
    again = subprocess.run(
        [sys.executable, "-c", SEARCH, cache_path], capture_output=True, text=True, check=True
    )
    assert again.stdout == "40 40 None\n"
