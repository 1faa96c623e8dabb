"""The command line's answers to the slips a newcomer makes (issue 9, item 8)."""

import io
import json

from tui.cli import main


def test_annotate_accepts_json_like_list_and_quotes(capsys):
    assert main(["annotate", "--json", "--no-cache"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 1 and isinstance(records[0]["id"], str)
    assert any(quote["speaker"] == "Antony Blinken" for quote in records[0]["quotes"])


def test_quotes_without_a_query_says_what_is_missing(capsys):
    assert main(["quotes"]) == 2
    err = capsys.readouterr().err
    assert "say what to search for" in err and "PATHS may be left out" in err


def test_a_mistyped_command_is_suggested(capsys):
    assert main(["lst"]) == 2
    assert "did you mean `newsreader list`" in capsys.readouterr().err


def test_annotate_dash_points_to_jsonl(capsys):
    assert main(["annotate", "-"]) == 2
    assert "newsreader annotate --jsonl -" in capsys.readouterr().err


def test_annotate_jsonl_ids_are_always_strings(monkeypatch, capsys):
    lines = ['{"text": "No id."}', '{"id": "a", "text": "Named."}', '{"id": 7, "text": "Seven."}']
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["annotate", "--jsonl", "-"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["1", "a", "7"]
