"""The annotation cache: a second run reads what the first computed, and a broken cache is off."""

import sqlite3

from text_documents import text_documents

from tui.core.annotation import annotate
from tui.core.cache import AnnotationCache, from_json, text_key, to_json
from tui.core.library import Library
from tui.core.loading import Collection

TEXT = (
    "“We will rebuild the pier,” Mayor Ana Pérez said in Lisbon on Monday.\n"
    "She added: “It will take a year.”"
)


def collection(*texts: str) -> Collection:
    return Collection("test", text_documents(list(texts)))


def test_round_trip_keeps_every_field():
    annotation = annotate(TEXT)
    assert from_json(to_json(annotation)) == annotation


def test_second_library_reads_from_the_cache(tmp_path, monkeypatch):
    path = tmp_path / "cache.sqlite3"
    first = Library(collection(TEXT, "Plain words."), AnnotationCache(path))
    first.annotate_all()
    expected = [first.annotation(d) for d in first.documents]

    calls = []
    monkeypatch.setattr("tui.core.library.annotate", lambda *a: calls.append(a))
    second = Library(collection(TEXT, "Plain words."), AnnotationCache(path))
    steps = list(second.annotated())
    assert calls == []
    assert [second.annotation(d) for d in second.documents] == expected
    assert [(step.done, step.total) for step in steps] == [(1, 2), (2, 2)]
    assert second.index_complete and len(second.index) == len(expected[0].quotes)


def test_unwritable_cache_location_turns_the_cache_off(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = AnnotationCache(blocker / "sub" / "cache.sqlite3")
    assert not cache.enabled
    library = Library(collection(TEXT), cache)
    library.annotate_all()
    assert library.annotation(library.documents[0]).quotes


def test_corrupt_cache_file_is_set_aside_and_rebuilt(tmp_path):
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = AnnotationCache(path)
    assert cache.enabled and "corrupt" in (cache.problem or "")
    assert (tmp_path / "cache.sqlite3.corrupt").exists()
    Library(collection(TEXT), cache).annotate_all()
    assert AnnotationCache(path).get_many([TEXT])


def test_a_cache_that_cannot_be_written_is_reported_and_annotation_goes_on(tmp_path):
    """As on a read-only or full disk (simulated: this suite may run as root, which file modes
    do not stop)."""
    path = tmp_path / "cache.sqlite3"
    cache = AnnotationCache(path)
    cache._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    library = Library(collection(TEXT), cache)
    library.annotate_all()
    assert library.annotation(library.documents[0]).quotes
    assert "readonly" in (cache.problem or "") and not cache.enabled


def test_two_caches_on_one_file_both_read_and_write(tmp_path):
    path = tmp_path / "cache.sqlite3"
    one, two = AnnotationCache(path), AnnotationCache(path)
    Library(collection(TEXT), one).annotate_all()
    Library(collection("Plain words."), two).annotate_all()
    assert one.get_many(["Plain words."]) and two.get_many([TEXT])
    assert one.problem is None and two.problem is None


def test_one_document_is_read_from_the_cache_before_any_worker_runs(tmp_path, monkeypatch):
    path = tmp_path / "cache.sqlite3"
    first = Library(collection(TEXT), AnnotationCache(path))
    first.annotate_all()
    calls = []
    monkeypatch.setattr("tui.core.library.annotate", lambda *a: calls.append(a))
    second = Library(collection(TEXT), AnnotationCache(path))
    assert second.annotation(second.documents[0]) == first.annotation(first.documents[0])
    assert calls == [] and second.is_annotated(second.documents[0])


def test_a_document_annotated_on_its_own_is_cached_too(tmp_path, monkeypatch):
    path = tmp_path / "cache.sqlite3"
    first = Library(collection(TEXT), AnnotationCache(path))
    expected = first.annotation(first.documents[0])
    first.annotate_all()
    calls = []
    monkeypatch.setattr("tui.core.library.annotate", lambda *a: calls.append(a))
    second = Library(collection(TEXT), AnnotationCache(path))
    assert second.annotation(second.documents[0]) == expected
    assert calls == []


def test_stored_annotations_are_read_a_window_at_a_time_and_a_bad_row_is_done_again(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("tui.core.library._WINDOW", 3)
    texts = [TEXT.replace("pier", f"pier {n}") for n in range(8)]
    path = tmp_path / "cache.sqlite3"
    first = Library(collection(*texts), AnnotationCache(path))
    first.annotate_all()
    expected = [first.annotation(d) for d in first.documents]
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE annotation SET data = '[broken' WHERE key LIKE ?", ("%" + text_key(texts[4]),)
        )
    reads: list[int] = []
    cache = AnnotationCache(path)
    get_keyed = cache.get_keyed
    monkeypatch.setattr(cache, "get_keyed", lambda keys: reads.append(1) or get_keyed(keys))
    calls = []
    real = annotate
    monkeypatch.setattr("tui.core.library.annotate", lambda *a: calls.append(a) or real(*a))
    second = Library(collection(*texts), cache)
    assert [step.annotation for step in second.annotated()] == expected
    assert len(reads) == 3  # windows of 3, 3 and 2
    assert len(calls) == 1  # only the document whose row did not read
    assert AnnotationCache(path).get_many(texts).keys() == {text_key(t) for t in texts}


def test_entries_of_another_annotator_version_are_dropped_when_it_changes(tmp_path, monkeypatch):
    path = tmp_path / "cache.sqlite3"
    Library(collection(TEXT), AnnotationCache(path)).annotate_all()
    monkeypatch.setattr("tui.core.cache.annotator_version", lambda: "a newer annotator")
    newer = AnnotationCache(path)
    assert newer.get_many([TEXT]) == {}
    newer.put_many([(TEXT, annotate(TEXT))])
    newer.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM annotation").fetchone() == (1,)
    assert AnnotationCache(path).get_many([TEXT]).keys() == {text_key(TEXT)}
