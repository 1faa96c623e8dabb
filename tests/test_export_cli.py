"""`newsreader quotes --format md|csv|jsonl`: quotes taken out with their citations, readable back
by a CSV or JSON reader whatever the article's punctuation, and Markdown that shows the title as
written."""

import csv
import io
import json

import pytest

from tui.cli import main

ARTICLE = {
    "id": "port-1",
    "title": "Port *news* [live] _today_",
    "source": "Wire, Inc.",
    "date": "2024-03-01",
    "url": "https://example.org/port-1",
    "text": "Harbour chief speaks\n\n"
    "“We will stay, 'whatever it takes', and then \"go\",\nall of us,” Mayor Ana Pérez said "
    "in Lisbon on Monday.\n\nThe end.",
}
QUOTED = "We will stay, 'whatever it takes', and then \"go\",\nall of us,"


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "port.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    return str(path)


def _run(capsys, *args):
    assert main(["quotes", "whatever", *args]) == 0
    return capsys.readouterr().out


def test_csv_quotes_commas_quotes_and_line_breaks(corpus, capsys):
    rows = list(csv.DictReader(io.StringIO(_run(capsys, corpus, "--format", "csv"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["quote"] == QUOTED  # commas, doubled quotes and the line break survive
    assert (row["speaker"], row["title"], row["source"], row["date"], row["url"], row["doc"]) == (
        "Ana Pérez",
        ARTICLE["title"],
        "Wire, Inc.",
        "2024-03-01",
        ARTICLE["url"],
        "port-1",
    )
    start, end = int(row["start"]), int(row["end"])
    assert ARTICLE["text"][start:end] == f"“{QUOTED}”"


def test_jsonl_has_the_same_fields_and_offsets(corpus, capsys):
    lines = _run(capsys, corpus, "--format", "jsonl").splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert row["quote"] == QUOTED and row["speaker"] == "Ana Pérez"
    assert ARTICLE["text"][row["start"] : row["end"]] == f"“{QUOTED}”"


def test_markdown_is_one_cited_block_quote_with_markdown_characters_escaped(corpus, capsys):
    out = _run(capsys, corpus, "--format", "md")
    quotes = [line for line in out.splitlines() if line.startswith("> ")]
    assert quotes == [
        "> “We will stay, 'whatever it takes', and then \"go\", all of us,” — Ana Pérez, "
        "“Port \\*news\\* \\[live\\] \\_today\\_”, Wire, Inc., 2024-03-01, "
        "<https://example.org/port-1>"
    ]


def test_control_characters_never_reach_the_terminal(tmp_path, capsys):
    record = dict(ARTICLE, title="Port \x1b[31mred\x1b[0m", source="Wire\x07")
    path = tmp_path / "evil.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    for form in ("md", "csv", "jsonl"):
        out = _run(capsys, str(path), "--format", form)
        assert "\x1b" not in out and "\x07" not in out, form


def test_format_and_json_exclude_each_other(corpus, capsys):
    with pytest.raises(SystemExit):
        main(["quotes", "whatever", corpus, "--format", "csv", "--json"])
