"""`newsreader speakers`: one line per person across the collection, however each article names
them, and nothing unsafe reaches the terminal."""

import json

from tui.cli import main

ARTICLES = [
    {
        "id": "1",
        "date": "2024-02-01",
        "text": "Secretary of State Antony Blinken arrived in Cairo."
        "\n\n“We all share concerns,” Blinken said.\n\n“It is hard,” Blinken added.",
    },
    {
        "id": "2",
        "date": "2024-03-01",
        "text": "Talks resumed in Doha.\n\n“There is a better way,” Secretary Blinken said.",
    },
    {
        "id": "3",
        "text": "Coach Tom Smith met reporters in Cairo.\n\n“We played badly,” Smith said.",
    },
]


def _write(tmp_path, records):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_json_has_one_line_per_merged_speaker(tmp_path, capsys):
    assert main(["speakers", _write(tmp_path, ARTICLES), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["quotes"], r["articles"], r["latest"]) for r in rows] == [
        ("Antony Blinken", 3, 2, "2024-03-01"),
        ("Tom Smith", 1, 1, None),
    ]
    assert rows[0]["role"] == "Secretary of State" and "Blinken" in rows[0]["forms"]


def test_places_and_readable_lines(tmp_path, capsys):
    path = _write(tmp_path, ARTICLES)
    assert main(["speakers", path, "--places", "--sort", "name"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["3", "2", "Cairo"] and lines[1].split() == ["1", "1", "Doha"]
    assert main(["speakers", path]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.split()[:2] == ["3", "2"] and "Antony Blinken, Secretary of State" in first


def test_names_are_printed_safe(tmp_path, capsys):
    evil = {"id": "x", "text": "Talks.\n\n“We won,” Mayor Ann\x1b]0;pwned\x07 Lee said."}
    assert main(["speakers", _write(tmp_path, [evil])]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
