"""Markdown to plain text with block structure, inline spans and a map back to the source.

markdown-it-py does the parsing (CommonMark, front matter through mdit-py-plugins); this module only
walks its tokens, so what counts as a heading or a list is exactly what CommonMark says.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.parser_block import ParserBlock
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from tui.core.documents import Block, BlockWriter, Inline


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

_INLINE_OPEN = {"em_open": "em", "strong_open": "strong", "link_open": "link"}
_INLINE_CLOSE = {"em_close": "em", "strong_close": "strong", "link_close": "link"}


@dataclass(slots=True)
class Rendered:
    text: str
    blocks: tuple[Block, ...]
    inline: tuple[Inline, ...]
    source_map: tuple[tuple[int, int], ...]
    front_matter: dict[str, str]


def render(source: str) -> Rendered:
    tokens = _PARSER.parse(source)
    line_starts = _line_starts(source)
    writer = BlockWriter()
    source_map: list[tuple[int, int]] = []
    front: dict[str, str] = {}
    containers: list[str] = []
    heading_level = 0

    def emit_block(
        kind: str, text: str, spans: list[Inline], level: int, src_line: int | None
    ) -> None:
        text = text.strip("\n")
        if not text.strip():
            return
        start = writer.add(kind, text, level, spans)
        if src_line is not None:
            source_map.append((start, line_starts[min(src_line, len(line_starts) - 1)]))

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
            if heading_level:
                block_kind, level = "heading", heading_level
            elif containers:
                block_kind = "list_item" if containers[-1] == "list" else "blockquote"
                level = containers.count("list")
            else:
                block_kind, level = "paragraph", 0
            if opener is not None and opener.type in ("th_open", "td_open"):
                block_kind = "paragraph"
            line = (
                token.map[0]
                if token.map
                else (opener.map[0] if opener is not None and opener.map else None)
            )
            emit_block(block_kind, text, spans, level, line)
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("fence", "code_block"):
            emit_block(
                "code", token.content.rstrip("\n"), [], 0, token.map[0] if token.map else None
            )
    return Rendered(
        writer.text, tuple(writer.blocks), tuple(writer.inline), tuple(source_map), front
    )


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


def _line_starts(source: str) -> list[int]:
    starts = [0]
    for index, char in enumerate(source):
        if char == "\n":
            starts.append(index + 1)
    return starts


_FRONT_KEYS = {"publisher": "source", "site": "source", "authors": "author", "link": "url"}


def parse_front_matter(content: str) -> dict[str, str]:
    """The flat `key: value` subset of YAML that article front matter uses.

    A full YAML parser would be a new dependency for five string fields; lists and nesting are
    read as their first scalar or skipped.
    """
    fields: dict[str, str] = {}
    pending: str | None = None
    for raw in content.splitlines():
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if pending and line.lstrip().startswith("- "):
            fields.setdefault(pending, _unquote(line.lstrip()[2:]))
            continue
        if raw[:1].isspace() or ":" not in line:
            continue
        key, _, value = line.partition(":")
        key = _FRONT_KEYS.get(key.strip().lower(), key.strip().lower())
        value = value.strip()
        pending = key if not value else None
        if value.startswith("[") and value.endswith("]"):
            value = value[1:-1].split(",")[0]
        if value:
            fields.setdefault(key, _unquote(value))
    return fields


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
