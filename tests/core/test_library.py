"""The pipeline the reader and the commands share: every document annotated and indexed, in
order, in worker processes when there are many, and one failure never stops the rest."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from text_documents import text_documents

from tui.core import library as library_module
from tui.core.annotation import annotate
from tui.core.cache import AnnotationCache
from tui.core.documents import Block, Document
from tui.core.library import Library, annotate_many
from tui.core.loading import Collection


def documents(count: int) -> list[Document]:
    return text_documents(
        [
            f'"We will reopen pier {n} by spring," harbour master Ana Ruiz said in Lisbon.\n'
            f"Story number {n} ends here."
            for n in range(count)
        ]
    )


def test_many_documents_are_annotated_in_worker_processes_in_order():
    many = documents(library_module._POOL_MIN + 10)
    results = list(annotate_many(many))
    assert [result.whole() for result in results] == [
        annotate(document.text, document.blocks) for document in many
    ]
    assert all(result.error is None for result in results)


def test_one_article_failing_leaves_it_plain_and_the_stream_goes_on(monkeypatch):
    original = library_module.annotate

    def annotate_unless_story_1(text, blocks=None):
        if "pier 1 " in text:
            raise ValueError("broken article")
        return original(text, blocks)

    monkeypatch.setattr(library_module, "annotate", annotate_unless_story_1)
    library = Library(Collection("test", documents(3)))
    steps = list(library.annotated())
    assert [step.error for step in steps] == [None, "ValueError: broken article", None]
    assert not steps[1].annotation.quotes and steps[2].annotation.quotes
    assert library.index_complete and len(library.index) == 2


def test_one_article_failing_in_a_worker_process_leaves_the_others_annotated_and_cached(
    tmp_path, monkeypatch
):
    many = documents(library_module._POOL_MIN + 10)
    broken = many[5]
    # a block whose bounds are not offsets: the annotator raises on this article, in its worker
    # process
    not_offsets: Any = "0"
    bad_blocks = (Block("paragraph", not_offsets, not_offsets),)
    many[5] = Document(broken.id, broken.title, broken.text, bad_blocks, broken.path, "txt")
    cache = AnnotationCache(tmp_path / "cache.sqlite3")
    steps = list(Library(Collection("test", many), cache).annotated())
    failed = [n == 5 for n in range(len(many))]
    assert [step.error is not None for step in steps] == failed
    assert "TypeError" in str(steps[5].error) and not steps[5].annotation.quotes
    expected = [annotate(d.text, d.blocks) for d in many if d is not many[5]]
    assert [step.annotation for step in steps if step.error is None] == expected

    def no_annotator(text, blocks=None):
        raise AssertionError("annotated again")

    monkeypatch.setattr(library_module, "annotate", no_annotator)
    again = list(Library(Collection("test", many), cache).annotated())
    assert [step.error is not None for step in again] == failed  # only it is tried again
    assert [step.annotation for step in again if step.error is None] == expected


@pytest.mark.parametrize("first", [0, 2])
def test_the_open_document_comes_first_and_search_finds_each_as_it_streams(first):
    library = Library(Collection("test", documents(3)))
    stream = library.annotated(library.documents[first])
    step = next(stream)
    assert step.document is library.documents[first] and (step.done, step.total) == (1, 3)
    assert len(library.index.search(f"pier {first}").hits) == 1
    assert not library.index_complete
    list(stream)
    assert library.index_complete


def test_a_new_look_at_the_folders_keeps_what_is_unchanged_and_redoes_the_rest():
    first, second, third = documents(3)
    library = Library(Collection("test", [first, second]))
    library.annotate_all()
    edited = Document(
        id=second.id,
        title=second.title,
        text=second.text.replace("pier 1", "dock 9"),
        blocks=second.blocks,
        path=second.path,
        format="txt",
    )
    again = Document(first.id, first.title, first.text, first.blocks, first.path, first.format)
    changes = library.replace(Collection("test", [again, edited, third]))
    assert (changes.added, changes.changed, changes.removed) == (1, 1, 0)
    assert library.documents[0] is first and library.is_annotated(first)
    assert not library.is_annotated(edited) and not library.index_complete
    assert found(library, "pier") == {"d0"}
    redone = [step.document for step in library.annotated() if step.document is not first]
    assert redone == [edited, third] and library.index_complete
    assert found(library, "dock") == {"d1"} and found(library, "pier") == {"d0", "d2"}
    changes = library.replace(Collection("test", [edited]))
    assert (changes.added, changes.changed, changes.removed) == (0, 0, 2)
    assert found(library, "pier") == set() and len(library.index) == 1


def found(library: Library, words: str) -> set[str]:
    return {hit.record.doc_id for hit in library.index.search(words).hits}


def test_worker_processes_start_while_output_is_captured():
    """Textual's reader captures stderr with an object whose file descriptor is -1; the pool's
    resource tracker must still start (a fresh interpreter, so none runs yet)."""
    script = (
        "import sys\n"
        "class Captured:\n"
        "    def write(self, text): return len(text)\n"
        "    def flush(self): pass\n"
        "    def fileno(self): return -1\n"
        "sys.stderr = Captured()\n"
        "from tui.core.cores import process_pool\n"
        "if __name__ == '__main__':\n"
        "    with process_pool(1) as pool:\n"
        "        print(pool.submit(pow, 2, 10).result())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip() == "1024", done.stderr


def test_identical_articles_are_one_document_and_each_quote_is_found_once():
    first, second = documents(2)
    retitled = Document(
        id="retitled",
        title="Another headline",
        text=first.text,
        blocks=first.blocks,
        path="wire/retitled.txt",
        format="txt",
    )
    copy = Document(
        id="copy",
        title=first.title,
        text=first.text,
        blocks=first.blocks,
        path="wire/copy.txt",
        format="txt",
    )
    library = Library(Collection("test", [first, copy, second, retitled]))
    assert library.documents == [first, second, retitled]
    assert first.copies == ("wire/copy.txt",) and not retitled.copies
    library.annotate_all()
    hits = [hit.record.doc_id for hit in library.index.search("reopen pier").hits]
    assert "copy" not in hits and hits.count("d0") == 1


def test_with_a_cache_the_library_keeps_what_the_views_read_and_gives_the_rest_on_demand(
    tmp_path,
):
    many = documents(3)
    whole = [annotate(document.text, document.blocks) for document in many]
    assert all(annotation.mentions for annotation in whole)
    library = Library(Collection("test", many), AnnotationCache(tmp_path / "cache.sqlite3"))
    assert library.annotation(many[1]) == whole[1]
    assert [step.annotation for step in library.annotated(many[1])] == [
        whole[1],
        whole[0],
        whole[2],
    ]
    for document, annotation in zip(many, whole, strict=True):
        kept = library.kept(document)
        assert kept is not None and kept.mentions == []
        assert [(q.start, q.end, q.content_start, q.content_end) for q in kept.quotes] == [
            (q.start, q.end, q.content_start, q.content_end) for q in annotation.quotes
        ]
        assert [kept.speaker_name(quote) for quote in kept.quotes] == [
            annotation.speaker_name(quote) for quote in annotation.quotes
        ]
        assert {place.name for place in kept.places} == {p.name for p in annotation.places}
        assert library.annotation(document) == annotation
    assert library.quote_count() == sum(len(annotation.quotes) for annotation in whole)


def test_without_a_cache_the_library_keeps_each_annotation_whole():
    many = documents(2)
    library = Library(Collection("test", many))
    library.annotate_all()
    assert [library.kept(document) for document in many] == [
        annotate(document.text, document.blocks) for document in many
    ]
