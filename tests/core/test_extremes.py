"""Bad and extreme input: it finishes in time, raises nothing, and a file that cannot be read is
skipped with a reason rather than hanging or stopping the collection."""

import json
import os
import time

import pytest

from tui.core.annotation import annotate
from tui.core.loading import load

NAMES = ("Anna", "Berg", "Paris", "Tomas", "Lind", "Oslo", "Mary")


def names_list(count: int, upper: bool = False) -> str:
    words = [NAMES[(i * 7 + i // 3) % len(NAMES)] for i in range(count)]
    return " ".join(word.upper() if upper else word for word in words)


def timed_annotation(text: str):
    started = time.perf_counter()
    found = annotate(text)
    return found, time.perf_counter() - started


@pytest.mark.parametrize("upper", [False, True], ids=["title case", "capitals"])
def test_a_long_list_of_names_annotates_in_linear_time(upper):
    annotate(names_list(50, upper))  # the name lexicons load once
    found, seconds = timed_annotation(names_list(12_000, upper))
    assert seconds < 1.5  # a quadratic scan took 4 s and more here
    assert isinstance(found.places, list)


@pytest.mark.parametrize(
    "text",
    [
        "“" * 2_000 + "deep" + "”" * 2_000,
        "“a ‘b «c 'd \"" * 500,
        '" ' * 20_000,
        "«»" * 10_000,
        ".,;:!?-—()" * 2_000,
        "\ud800 lone \udfff e\u0301 שלום עולם 👩\u200d👩\u200d👧 中文字 \u200b\n\n" * 200,
    ],
    ids=["nested", "mixed marks", "straight", "guillemets", "punctuation", "odd unicode"],
)
def test_odd_text_annotates_without_raising(text):
    found, seconds = timed_annotation(text)
    assert seconds < 1.5
    for quote in found.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)


def test_deeply_nested_json_line_is_skipped_not_a_crash(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": "Mayor Anna Berg spoke."}) + "\n"
    )
    collection = load([path])
    assert [str(problem) for problem in collection.problems] == [
        f"skipped {path}:1: invalid JSON (nested too deeply)"
    ]
    assert [doc.text for doc in collection.documents] == ["Mayor Anna Berg spoke."]


def test_a_fifo_in_a_folder_is_skipped_instead_of_waiting_for_ever(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("Mayor Anna Berg opened the bridge.\n")
    collection = load([tmp_path])
    assert [doc.path for doc in collection.documents] == [str(tmp_path / "a.txt")]
    assert [str(problem) for problem in collection.problems] == [
        f"skipped {tmp_path / 'pipe.txt'}: not a file"
    ]


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="needs /dev/fd")
def test_a_pipe_named_on_the_command_line_is_read(tmp_path):
    read, write = os.pipe()
    os.write(write, b"Mayor Anna Berg opened the bridge.\n")
    os.close(write)
    try:
        collection = load([f"/dev/fd/{read}"])
    finally:
        os.close(read)
    assert [doc.text for doc in collection.documents] == ["Mayor Anna Berg opened the bridge.\n"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_named_on_the_command_line_is_skipped_with_a_reason():
    collection = load(["/dev/zero"])
    assert [str(problem) for problem in collection.problems] == ["skipped /dev/zero: not a file"]


@pytest.mark.parametrize(
    "source",
    [
        ">" * 21 + " deep words\n\nafter",
        ">" * 1_001 + " deep words\n\nafter",
        "> " * 5_000 + "deep words\n\nafter",
        "- " * 300 + "deep words\n\nafter",
        "".join("  " * i + f"- item {i}\n" for i in range(60)) + "\ndeep words\n\nafter",
    ],
    ids=["21 quotes", "1001 quotes", "5000 spaced quotes", "300 list markers", "60 indented lists"],
)
def test_markdown_deeper_than_the_parser_nests_keeps_its_text(tmp_path, source):
    path = tmp_path / "deep.md"
    path.write_text(source, encoding="utf-8")
    started = time.perf_counter()
    [doc] = load([path]).documents
    assert time.perf_counter() - started < 2.0
    assert "deep words" in doc.text and doc.text.endswith("after")
    if "item" in source:
        assert "item 59" in doc.text
    for block in doc.blocks:
        assert 0 <= block.start < block.end <= len(doc.text)
