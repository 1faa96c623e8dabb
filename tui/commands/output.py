"""What the commands write to a terminal: every line through the one sanitiser, `printable`.

A file name, a front matter field or a query can hold escape sequences; printed raw, the terminal
would obey them. Readable output is made safe line by line here, JSON output keeps every value
but escapes each unsafe character."""

from __future__ import annotations

import json

from tui.core.decoding import UNSAFE, printable


def readable_lines(text: str) -> str:
    """Text of several lines with each line made printable; the line breaks stay."""
    return "\n".join(printable(line) for line in text.split("\n"))


def json_line(value: object) -> str:
    """One JSON value on one line, non-ASCII text as is, every character `UNSAFE` names escaped
    (`json.dumps` escapes C0 controls only): the values read back unchanged."""
    return escaped_json(json.dumps(value, ensure_ascii=False))


def escaped_json(dumped: str) -> str:
    """JSON text already written, with every character `UNSAFE` names escaped."""
    return UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)
