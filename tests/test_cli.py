"""The command line as a user meets it: listing, bad paths, exit codes, help."""

import io
import json
import subprocess
import sys
from pathlib import Path

from tui.cli import main

SEED_TITLE = "As Antony Blinken continued his Mideast visit in Cairo"


def test_list_defaults_to_the_bundled_seed(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert SEED_TITLE in out and "000_blinken-rafah-cairo.txt" in out


def test_list_json_has_one_object_per_document(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Ferry resumes\n\nThe ferry ran again today.", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "---\ntitle: Tide tables\ndate: 2024-02-02\n---\nHigh at noon.", encoding="utf-8"
    )
    assert main(["list", str(tmp_path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["title"], r["date"], r["words"]) for r in rows] == [
        ("Ferry resumes", None, 5),
        ("Tide tables", "2024-02-02", 3),
    ]


def test_missing_path_exits_2_with_one_line(capsys):
    assert main(["list", "/no/such/dir"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "/no/such/dir" in err[0]


def test_skipped_file_is_one_warning_and_the_rest_lists(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Fine\n\nA fine article.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    assert main(["list", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "Fine" in captured.out
    assert captured.err.count("\n") == 1 and "bad.txt" in captured.err and "binary" in captured.err


def test_annotate_jsonl_writes_one_line_per_record_in_order(tmp_path, capsys, monkeypatch):
    records = [
        {"id": "a", "text": "“We will build it,” Mayor Ana Pérez said in Lisbon."},
        {"id": "b", "text": "Nothing."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    assert main(["annotate", "--jsonl", str(path)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    quote = out[0]["quotes"][0]
    assert records[0]["text"][quote["start"] : quote["end"]] == "“We will build it,”"
    assert out[1]["quotes"] == []


def test_module_entry_point_and_version():
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--version"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent,
    )
    assert result.returncode == 0 and result.stdout.startswith("newsreader ")


def test_help_explains_formats_and_commands():
    result = subprocess.run([sys.executable, "-m", "tui", "--help"], capture_output=True, text=True)
    for needle in (
        ".jsonl",
        "front matter",
        "newsreader list",
        "newsreader quotes",
        "newsreader annotate",
    ):
        assert needle in result.stdout


def test_annotate_jsonl_writes_a_quote_over_two_paragraphs_as_two_segments(tmp_path, capsys):
    text = (
        "Mayor Ana Pérez spoke at the harbour on Monday.\n"
        "“We will rebuild the pier before winter,” Pérez said. “The boats need it.\n"
        "“And the town needs the boats.”"
    )
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "m", "text": text}) + "\n", encoding="utf-8")
    assert main(["annotate", "--jsonl", str(path)]) == 0
    quotes = json.loads(capsys.readouterr().out)["quotes"]
    pieces = [text[q["start"] : q["end"]] for q in quotes]
    assert pieces[-2:] == ["“The boats need it.", "“And the town needs the boats.”"]
    assert {q["speaker"] for q in quotes} == {"Ana Pérez"}


def test_listing_never_prints_control_characters_from_files(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "x\u001b[2J", "title": "T\u202eitle", "text": "Body."}) + "\n",
        encoding="utf-8",
    )
    assert main(["list", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and out.count("\t") == 4


def test_quotes_never_echo_control_characters_from_the_query(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("zq\x1b[2Jzq\n@zq\x07zq\n"))
    assert main(["quotes", "-"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "no quote matches zq\ufffd[2Jzq" in out


def test_output_cut_short_by_the_reader_is_not_a_traceback(tmp_path):
    reader = subprocess.run(
        f"{sys.executable} -m tui list | head -c 10", shell=True, capture_output=True, text=True
    )
    assert reader.stderr == ""


def test_annotate_explain_names_the_rule_and_what_it_passed_over(tmp_path, capsys):
    (tmp_path / "vote.txt").write_text(
        'Recount\n\n"It was close," said Dana Ortiz, according to Omar Bell.\n\nThe hall emptied.',
        encoding="utf-8",
    )
    assert main(["annotate", "--explain", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "rule: according to" in out
    assert "passed over: said after [Dana Ortiz]" in out


def test_cache_options_choose_the_file_or_none_and_a_corrupt_one_is_said_once(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text('Pier\n\n"We will rebuild it," Mayor Ana Ruiz said.', encoding="utf-8")
    cache = tmp_path / "mine.sqlite3"
    assert main(["quotes", "rebuild", str(article), "--cache", str(cache)]) == 0
    assert cache.exists() and "Ana Ruiz" in capsys.readouterr().out
    other = tmp_path / "none.sqlite3"
    assert main(["annotate", str(article), "--no-cache"]) == 0
    assert not other.exists() and "Ana Ruiz" in capsys.readouterr().out
    cache.write_bytes(b"not a database at all" * 50)
    assert main(["quotes", "rebuild", str(article), "--cache", str(cache)]) == 0
    captured = capsys.readouterr()
    assert "Ana Ruiz" in captured.out
    assert captured.err.count("\n") == 1 and "cache was corrupt: rebuilt" in captured.err
