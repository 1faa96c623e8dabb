"""Markdown to plain text with block structure, inline spans and a map back to the source.

markdown-it-py does the parsing (CommonMark, front matter through mdit-py-plugins); this module only
walks its tokens, so what counts as a heading or a list is exactly what CommonMark says. Most news
articles are plain paragraphs under their front matter, with no character that could open a block
or an inline span: those are read without the parser (`_plain`), the same blocks it makes in a
tenth of the time (two thirds of the cost of reading a file). Of the others, mostly plain articles
with a list or an embedded tag, the parser reads only the paragraphs that need it (`_in_parts`).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from markdown_it import MarkdownIt
from markdown_it.common.utils import mdTrim
from markdown_it.parser_block import ParserBlock
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from tui.core.decoding import CharacterSet
from tui.core.documents import Block, BlockKind, BlockWriter, Inline, InlineKind


class _DeepBlocks(ParserBlock):
    """markdown-it drops every line past its nesting limit (`maxNesting`: blockquotes and lists
    20 deep); here those lines stay, as one paragraph of their text with the deeper markers."""

    def tokenize(self, state: StateBlock, startLine: int, endLine: int) -> None:
        if state.level < state.md.options.maxNesting:
            super().tokenize(state, startLine, endLine)
            return
        content = state.getLines(startLine, endLine, state.blkIndent, False).strip()
        if content:
            state.push("paragraph_open", "p", 1).map = [startLine, endLine]
            inline = state.push("inline", "", 0)
            inline.content, inline.map, inline.children = content, [startLine, endLine], []
            state.push("paragraph_close", "p", -1)
        state.line = endLine


_PARSER = MarkdownIt("commonmark").use(front_matter_plugin).enable("table")
_DEEP_BLOCKS = _DeepBlocks()
_DEEP_BLOCKS.ruler = _PARSER.block.ruler  # the rules as configured (tables on)
_PARSER.block = _DEEP_BLOCKS

_INLINE_OPEN: dict[str, InlineKind] = {
    "em_open": "em",
    "strong_open": "strong",
    "link_open": "link",
}
_INLINE_CLOSE: dict[str, InlineKind] = {
    "em_close": "em",
    "strong_close": "strong",
    "link_close": "link",
}


@dataclass(slots=True)
class Rendered:
    text: str
    blocks: tuple[Block, ...]
    inline: tuple[Inline, ...]
    front_matter: dict[str, str]


def render(source: str) -> Rendered:
    """The article as markdown-it reads it (`parsed`), reading with the parser only what needs
    it: an article of plain paragraphs (`_plain`) is read without it, and in one that has a few
    lines of more (a list, an embedded tag) only the runs of paragraphs that are not plain go
    to it (`_in_parts`)."""
    split = _front_and_body(source)
    if split is not None:
        front, body = split
        if _is_plain(body):
            return _plain(front, body)
        found = _in_parts(front, body)
        if found is not None:
            return found
    return parsed(source)


def _front_and_body(source: str) -> tuple[str, str] | None:
    """The front matter (`---` lines around YAML; none: empty) and the body after it; None when
    the front matter is more than `key: value` lines (`_NOT_FRONT_MATTER`): the parser reads
    it."""
    if not source.startswith("---"):
        return "", source
    if not source.startswith("---\n"):  # `---word`, `----`: the front matter plugin's to read
        return None
    close = source.find("\n---\n", 3)
    if close < 0 or _NOT_FRONT_MATTER.search(source, 4, close):
        return None
    return source[4:close], source[close + 5 :]


def _is_plain(body: str) -> bool:
    """Whether no character of the body could mean more than text (`_MARKUP_OR_ODD_SPACE`,
    `_NOT_PLAIN`)."""
    lines = "\n" + body
    return not (
        _MARKUP_OR_ODD_SPACE.found_in(lines)
        or any(needle in lines and pattern.search(lines) for needle, pattern in _NOT_PLAIN)
    )


def _plain(front: str, body: str) -> Rendered:
    """A body of plain paragraphs as CommonMark reads it: each paragraph its lines joined by a
    space (a space at the end of one dropped), trimmed as markdown-it trims them."""
    paragraphs = [
        text for paragraph in _BLANK_LINES.split(body) if (text := _plain_paragraph(paragraph))
    ]
    blocks, start = [], 0
    for text in paragraphs:  # where `BlockWriter` would place them, without its span bookkeeping
        blocks.append(Block("paragraph", start, start + len(text)))
        start += len(text) + 2
    return Rendered(
        "\n\n".join(paragraphs), tuple(blocks), (), parse_front_matter(front) if front else {}
    )


def _plain_paragraph(paragraph: str) -> str:
    """A plain paragraph's text, or "" for one of white space alone."""
    text = mdTrim(paragraph).replace(" \n", "\n").replace("\n", " ")
    return text if text.strip() else ""  # one space dropped at a line's end: no line feed left


def _in_parts(front: str, body: str) -> Rendered | None:
    """A body read paragraph by paragraph (what blank lines separate), each run of paragraphs
    that are not plain read by the parser alone: nothing but a fence, a raw HTML block of the
    kinds that end at a closing string, or a link label defined for the whole article carries
    CommonMark's reading across a paragraph that is plain (a list, a quote block, a table, an
    indented block or a tag on its own line ends at one). With any of those, None: the parser
    reads the whole article."""
    writer = BlockWriter()
    run: tuple[int, int] | None = None  # where the paragraphs the parser is to read start, end
    start = 0
    for separator in (*_BLANK_LINES.finditer(body), None):
        end = len(body) if separator is None else separator.start()
        if not _is_plain(body[start:end]):
            run = (start if run is None else run[0], end)
        else:
            if run is not None and not _parsed_into(writer, body[run[0] : run[1]]):
                return None
            run = None
            if text := _plain_paragraph(body[start:end]):
                writer.add("paragraph", text)
        if separator is not None:
            start = separator.end()
    if run is not None and not _parsed_into(writer, body[run[0] : run[1]]):
        return None
    return Rendered(
        writer.text,
        tuple(writer.blocks),
        tuple(writer.inline),
        parse_front_matter(front) if front else {},
    )


def _parsed_into(writer: BlockWriter, paragraphs: str) -> bool:
    """The paragraphs as the parser reads them added to `writer`; False, adding nothing, when
    what they hold may reach past them (`_in_parts`)."""
    if _REACHES_PAST.search(paragraphs):
        return False
    _write_tokens(_PARSER.parse("\n" + paragraphs), writer)  # no front matter after a blank
    return True


_REACHES_PAST = re.compile(r"```|~~~|<(?:[!?]|script|pre|style|textarea)|\]:", re.IGNORECASE)
"""What may carry CommonMark's reading past a blank line and a plain paragraph: a code fence
(open until it closes), a raw HTML block that ends at a closing string (a comment, a script)
and a link label's definition (which makes `[label]` a link anywhere)."""


_MARKUP_OR_ODD_SPACE = CharacterSet(
    re.compile(
        r"[\\`*<\0"  # escapes, code, emphasis, HTML
        r"\t\r\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"  # spaces
        # but the space and the no-break space, which markdown-it trims and indents apart
    )
)
_NOT_PLAIN = (
    # an underscore that may open or close emphasis: one alone between letters or digits
    # (`user_name`) cannot, so it is text
    ("_", re.compile(r"_(?:(?<![^\W_]_)|(?![^\W_]))")),
    # a link or image ([an editor's words] alone are text: no label defined)
    ("](", re.compile(r"\]\(")),
    ("&", re.compile(r"&#?[0-9A-Za-z]+;")),  # an entity
    ("  \n", re.compile(r"  \n")),  # a hard line break
    # a line that may open a block, define a label or underline a heading
    ("", re.compile(r"\n(?:[ #>+=~<|:\[-]|\d{1,9}[.)])")),
)
"""What else makes a body (a line feed before it) more than plain paragraphs, each searched
apart (as one pattern, three times slower), and only in a body holding the text each must start
with (`str` finds a literal faster than the regex engine: the hard line break took 11 µs an
article to search for, its test 1 µs)."""
_NOT_FRONT_MATTER = re.compile(r"^[ \t.-]|[\r\0]", re.MULTILINE)
"""A front matter line that could close it (`---`, `...`, indented) or a raw character."""
_BLANK_LINES = re.compile(r"\n\n+")


def _add_block(
    writer: BlockWriter, kind: BlockKind, text: str, spans: Sequence[Inline], level: int
) -> None:
    text = text.strip("\n")
    if text.strip():
        writer.add(kind, text, level, spans)


def parsed(source: str) -> Rendered:
    """The article as markdown-it reads it, token by token: what `render` gives."""
    writer = BlockWriter()
    front = _write_tokens(_PARSER.parse(source), writer)
    return Rendered(writer.text, tuple(writer.blocks), tuple(writer.inline), front)


def _write_tokens(tokens: list[Token], writer: BlockWriter) -> dict[str, str]:
    """The parser's tokens added to `writer` as blocks; the front matter they hold."""
    front: dict[str, str] = {}
    containers: list[str] = []
    heading_level = 0

    def emit_block(kind: BlockKind, text: str, spans: list[Inline], level: int) -> None:
        _add_block(writer, kind, text, spans, level)

    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "front_matter":
            front = parse_front_matter(token.content)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            containers.append("list")
        elif kind in ("blockquote_open",):
            containers.append("blockquote")
        elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "inline":
            text, spans = _flatten_inline(token.children or [])
            opener = tokens[index - 1] if index else None
            block_kind: BlockKind
            if heading_level:
                block_kind, level = "heading", heading_level
            elif containers:
                block_kind = "list_item" if containers[-1] == "list" else "blockquote"
                level = containers.count("list")
            else:
                block_kind, level = "paragraph", 0
            if opener is not None and opener.type in ("th_open", "td_open"):
                block_kind = "paragraph"
            emit_block(block_kind, text, spans, level)
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("fence", "code_block"):
            emit_block("code", token.content.rstrip("\n"), [], 0)
    return front


def _flatten_inline(children: list[Token]) -> tuple[str, list[Inline]]:
    out: list[str] = []
    length = 0
    spans: list[Inline] = []
    open_at: dict[str, list[tuple[int, str | None]]] = {}
    for child in children:
        kind = child.type
        if kind == "text":
            piece = child.content
        elif kind in ("softbreak",):
            piece = " "
        elif kind == "hardbreak":
            piece = "\n"
        elif kind == "code_inline":
            spans.append(Inline("code", length, length + len(child.content)))
            piece = child.content
        elif kind == "image":
            piece = child.content or ""
        elif kind in _INLINE_OPEN:
            href = child.attrGet("href") if kind == "link_open" else None
            open_at.setdefault(_INLINE_OPEN[kind], []).append(
                (length, href if isinstance(href, str) else None)
            )
            continue
        elif kind in _INLINE_CLOSE:
            stack = open_at.get(_INLINE_CLOSE[kind])
            if stack:
                start, href = stack.pop()
                if length > start:
                    spans.append(Inline(_INLINE_CLOSE[kind], start, length, href))
            continue
        else:
            continue
        out.append(piece)
        length += len(piece)
    return "".join(out), spans


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader where the wheel has it (several times faster), the pure-Python one else."""
_FRONT_KEYS = {"publisher": "source", "site": "source", "authors": "author", "link": "url"}


def parse_front_matter(content: str) -> dict[str, str]:
    """Article front matter as flat string fields: YAML read with a safe loader, each scalar as
    text (dates as ISO dates), a list as its first scalar, nesting skipped. Scraped front matter
    is often not valid YAML (`title: Port: reopens`): then each `key: value` line is read as is.
    Front matter of `key: value` lines alone, each value a word-led plain scalar, a quoted
    string or a date (`_simple_front_matter`), reads as YAML would without YAML (a sixth of the
    time); anything else goes to the YAML loader.
    """
    simple = _simple_front_matter(content)
    if simple is not None:
        return _front_fields(simple)
    try:
        loaded = yaml.load(content, Loader=_SafeLoader)
    except yaml.YAMLError:
        loaded = {
            key: _unquote(value)
            for key, _, value in (line.partition(":") for line in content.splitlines())
            if value.strip() and not key[:1].isspace()
        }
    if not isinstance(loaded, dict):
        return {}
    return _front_fields(loaded)


def _front_fields(loaded: dict[object, object]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, value in loaded.items():
        name = str(key).strip().lower()
        text = _scalar(value[0] if isinstance(value, list) and value else value)
        if text:
            fields.setdefault(_FRONT_KEYS.get(name, name), text)
    return fields


def _simple_front_matter(content: str) -> dict[object, object] | None:
    """What the YAML loader makes of front matter whose every line is `key: value` with a key
    of ASCII letters, digits, `_` and `-` led by a letter and a value YAML reads as text: a
    plain scalar led by a letter (no comment, no `: ` in it, not a word YAML reads as true,
    false or null), a single-quoted string with no quote in it, a double-quoted string with
    only the escapes JSON shares with YAML (no surrogate), or a date (`2024-05-01`, as the ISO
    text the loader's date gives); None for anything else, or for any character YAML would
    refuse or read as a line break, and the loader reads it."""
    if not content or _YAML_UNSAFE.search(content):
        return None
    loaded: dict[object, object] = {}
    for line in content.split("\n"):
        found = _FRONT_LINE.fullmatch(line)
        if found is None:
            return None
        key, value = found.groups()
        if _yaml_typed(key):
            return None
        if value[0] == '"':
            if _DOUBLE_QUOTED.fullmatch(value) is None:
                return None
            value = json.loads(value)
        elif value[0] == "'":
            value = value[1:-1]
        elif value[0].isdigit():
            if _DATE.fullmatch(value) is None:
                return None
            try:
                datetime.date(int(value[:4]), int(value[5:7]), int(value[8:]))
            except ValueError:
                return None  # the loader's own error, then its fallback
        elif _yaml_typed(value):
            return None
        loaded[key] = value
    return loaded


def _yaml_typed(plain: str) -> bool:
    """Whether YAML reads the plain scalar as other than text (`yes`, `Null`, `off`)."""
    return any(
        pattern.match(plain)
        for _tag, pattern in _SafeLoader.yaml_implicit_resolvers.get(plain[:1], ())
    )


_YAML_UNSAFE = re.compile(
    r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
"""A character YAML refuses (a control character), reads as a line break (`\x85`, `\u2028`,
`\u2029`) or a byte-order mark, or a tab or carriage return: left to the loader."""
_FRONT_LINE = re.compile(
    r"([A-Za-z][A-Za-z0-9_-]*): +"
    r"(\"[^\n]*\"|'[^'\n]*'|\d[0-9-]*|[A-Za-z](?:[^\n:#\\]|:(?=[^ \n])|(?<! )#)*?) *"
)
"""`key: value`, the value double-quoted, single-quoted, led by a digit or a plain scalar led by
a letter in which no `: ` or ` #` (a comment) may stand, nor a `:` at the end (nor a backslash:
kept simple)."""
_DOUBLE_QUOTED = re.compile(r'"(?:[^"\\]|\\["\\/bfnrt]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{4})*"')
_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _scalar(value: object) -> str | None:
    if isinstance(value, (dict, list)) or value is None:
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value).strip()


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
