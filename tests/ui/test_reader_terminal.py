"""What the terminal gets: text as data, NO_COLOR, themes, config, read state, big collections."""

from __future__ import annotations

import pytest
from textual.command import CommandList
from ui_helpers import annotated, loaded, screen_text, shown_text, widget_text, write_jsonl

from tui.cli import main
from tui.core.readstate import ReadState
from tui.ui.app import binding_ids, key_sections
from tui.ui.config import ConfigError

HOSTILE = {
    "id": "x",
    "title": "[bold red]Not a style[/] \x1b[31m",
    "source": "[Reuters]",
    "text": 'Gaza [Reuters] - "We [bold]will[/bold] stay," said Jane Doe. '
    "[link=http://x]click[/link] "
    "\x1b[2J\x1b]52;c;aGk=\x07 done.",
}


def _row_styles(app, word: str):
    """The styles of the first rendered segment that holds `word` in the article."""
    article = app.screen.article
    for y in range(article.size.height):
        for segment in article.render_line(y):
            if word in segment.text:
                return segment.style
    raise AssertionError(f"{word!r} not drawn")


def _literal_and_clean(shown: str, *literals: str) -> None:
    for literal in literals:
        assert literal in shown
    assert "\x1b" not in shown and "\x07" not in shown


async def test_article_text_is_data(make_app, tmp_path):
    """Titles and text show as typed, in the article, the panel, a notification, the palette and
    a search result; no control character reaches the terminal."""
    app = make_app([str(write_jsonl(tmp_path / "hostile.jsonl", [HOSTILE]))])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await annotated(pilot)
        _literal_and_clean(
            screen_text(app),
            "[Reuters]",
            "[bold]will[/bold]",
            "[link=http://x]click[/link]",
            "[bold red]Not a style[/]",
        )
        await pilot.press("p")
        assert "Jane Doe" in screen_text(app)
        await pilot.press("right_square_bracket", "y")
        await shown_text(pilot, "Copied")
        _literal_and_clean(
            screen_text(app),
            '"We [bold]will[/bold] stay," — Jane Doe, “[bold red]Not',
            "a style[/] \ufffd[31m”",
        )  # the toast wraps the citation
        app.clear_notifications()
        await pilot.press("ctrl+p", *"Not a")
        await shown_text(pilot, "Not a style[/]")
        _literal_and_clean(
            widget_text(app.screen.query_one(CommandList)), "[bold red]Not a style[/] \ufffd[31m"
        )
        await pilot.press("escape", "slash", *"stay")
        await shown_text(pilot, "1 quote  ")
        _literal_and_clean(
            widget_text(app.screen.results), "[bold red]Not a style[/]", "We [bold]will[/bold] stay"
        )
        _literal_and_clean(
            widget_text(app.screen.query_one("#search-preview")),
            "[bold red]Not a style[/] \ufffd[31m · [Reuters]",
        )


async def test_palette_shows_titles_as_typed(make_app, tmp_path):
    """Markup-like titles (even broken markup) are listed literally and can be opened."""
    titles = ["Fed [bold red]bold[/] rates", "Fed [/x] rates", "Fed \u202erates\x1b[2J"]
    records = [
        {"id": str(n), "title": title, "text": f"Story {n}."} for n, title in enumerate(titles)
    ]
    app = make_app([str(write_jsonl(tmp_path / "fed.jsonl", records))])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await shown_text(pilot, "Fed [/x] rates")  # listed before anything is typed
        await pilot.press(*"Fed")
        await shown_text(pilot, "Fed [/x] rates")
        commands = app.screen.query_one(CommandList)
        assert commands.option_count == 3
        _literal_and_clean(
            widget_text(commands),
            "Fed [bold red]bold[/] rates",
            "Fed [/x] rates",
            "Fed \ufffdrates\ufffd[2J",
        )
        assert "\u202e" not in widget_text(commands)
        await pilot.press(*" [/x")
        await shown_text(pilot, "Fed [/x] rates")
        assert commands.option_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.article.document.title == "Fed [/x] rates"


async def test_no_color_keeps_highlights_as_attributes(make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.no_color
        annotation = app.screen.article.annotation
        place = annotation.places[0]
        word = app.screen.article.document.text[place.start : place.end]
        style = _row_styles(app, word)
        assert style.underline
        speakers = [q for q in annotation.quotes if q.speaker_start is not None]
        assert speakers
        quote = speakers[0]
        name = app.screen.article.document.text[quote.speaker_start : quote.speaker_end]
        style = _row_styles(app, name.split()[-1])
        assert style.bold and style.underline
        assert (
            style.color == app.screen.article.rich_style.color
        )  # the text's own colour, no speaker colour


@pytest.mark.parametrize(
    "theme, colour",
    [("textual-dark", "#87d75f"), ("textual-light", "#005f00"), ("ansi-dark", "color(10)")],
)
async def test_speaker_colour_is_stable_and_comes_from_the_stylesheet(make_app, theme, colour):
    """The same person has the same colour in every run (a per-process hash would not), however
    an article names them; each theme has its own set in styles/app.tcss."""
    app = make_app(theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        palette = app.screen.palette()
        forms = ("Antony Blinken", "antony blinken", "Blinken", "Secretary Blinken", "Blinken's")
        assert len({palette.speaker_colour(form) for form in forms}) == 1
        assert palette.speaker_colour("Antony Blinken").name == colour


@pytest.mark.parametrize(
    "theme, name, dark, place",
    [
        ("light", "textual-light", False, "#005faf"),
        ("ansi", "ansi-dark", True, "color(6)"),
        ("ansi-light", "ansi-light", False, "color(6)"),
        ("textual-dark", "textual-dark", True, "#5fafff"),
    ],
)
async def test_themes(make_app, theme, name, dark, place):
    app = make_app(theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert app.theme == name and app.current_theme.dark is dark
        article = app.screen.article
        shown = article.annotation.places[0]
        assert _row_styles(app, article.document.text[shown.start : shown.end]).color.name == place


async def test_theme_switch_redraws(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        before = app.screen.article.palette
        app.theme = "textual-light"
        await pilot.pause()
        assert app.screen.article.palette != before
        assert "Blinken" in screen_text(app)


def test_unknown_theme_is_a_clear_error(make_app):
    with pytest.raises(ConfigError, match="unknown theme"):
        make_app(theme="no-such-theme")


async def test_config_remaps_keys(make_app, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"quote.next" = "x"\n"app.quit" = "ctrl+q"\n', encoding="utf-8")
    app = make_app(config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("x")
        assert app.screen.article.current_quote is not None
        await pilot.press("question_mark")
        text = widget_text(app.screen.query_one("#help-text"))
        assert "x " in text and "Next quote" in text
        await pilot.press("escape", "q")
        assert app.is_running
        await pilot.press("ctrl+q")
    assert app.return_value == 0


@pytest.mark.parametrize(
    "content, message",
    [
        ("[keys\n", "not valid TOML"),
        ('[keys]\n"no.such" = "x"\n', "unknown binding id"),
        ('[keys]\n"quote.next" = 3\n', "must be a key name"),
        ('colour = "red"\n', "unknown setting"),
    ],
)
def test_bad_config_gives_one_line(tmp_path, capsys, content, message):
    config = tmp_path / "config.toml"
    config.write_text(content, encoding="utf-8")
    assert main(["--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_missing_config_and_path(tmp_path, capsys):
    assert main(["--config", str(tmp_path / "nope.toml")]) == 2
    assert "config file not found" in capsys.readouterr().err
    assert main([str(tmp_path / "nothing-here")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_binding_ids_are_unique():
    """A config's `[keys]` id names one binding: no id is declared twice, in one class or two."""
    declared = [binding.id for _title, cls in key_sections() for binding in cls.BINDINGS]
    assert None not in declared
    assert len(declared) == len(set(declared)), sorted(i for i in declared if declared.count(i) > 1)
    assert {
        "quote.next",
        "quote.copy",
        "panel.toggle",
        "app.help",
        "app.quit",
        "search.open",
        "reader.down",
        "list.first",
        "dialog.bottom",
    } <= binding_ids()


def test_read_state_round_trip(tmp_path):
    state = ReadState(tmp_path / "deep" / "state.json")
    state.mark_read("a")
    state.remember("a", 120)
    assert state.save()
    again = ReadState(tmp_path / "deep" / "state.json")
    assert again.is_read("a") and again.position("a") == 120 and again.last == "a"
    assert not again.is_read("b") and again.position("b") == 0


def test_read_state_survives_bad_places(tmp_path):
    corrupt = tmp_path / "state.json"
    corrupt.write_text("{not json", encoding="utf-8")
    assert ReadState(corrupt).last is None
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    state = ReadState(blocked / "sub" / "state.json")
    state.mark_read("a")
    assert state.save() is False
    assert ReadState(None).save() is False


async def test_position_remembered_between_runs(make_app, tmp_path):
    records = [
        {"id": "1", "title": "Long", "text": "\n".join(f"Paragraph {n} text." for n in range(200))}
    ]
    path = str(write_jsonl(tmp_path / "long.jsonl", records))
    app = make_app([path])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("space", "space")
        offset = app.screen.article.top_offset()
        assert offset > 0
        await pilot.press("q")
    app = make_app([path], state=ReadState(tmp_path / "state.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert app.screen.article.top_offset() == offset


async def test_ten_thousand_documents_stay_fast(make_app, tmp_path):
    records = [
        {"id": str(n), "title": f"Story {n} [Reuters]", "text": f"Story {n} text, said Jane Doe."}
        for n in range(10_000)
    ]
    app = make_app([str(write_jsonl(tmp_path / "many.jsonl", records))])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("G", "k", "space", "b", "g")
        assert "Story 0 [Reuters]" in screen_text(app)
        await pilot.press("G")
        assert app.screen.document_list.cursor == 9_999


async def test_no_color_keeps_the_panel_highlight_visible(make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        panel = app.screen.panel
        rows = [panel.render_line(y) for y in range(panel.size.height)]
        assert any(segment.style and segment.style.reverse for row in rows for segment in row)


MARKDOWN = """---
title: "Harbour [Reuters] reopens"
date: 2024-03-01
source: Wire
---
# Harbour [Reuters] reopens

Officials in **Valparaiso** said the *harbour* would reopen, see [the notice](http://example.com).

> "We have cleared the main channel," harbour master Elena Ruiz said.

- first item with `code`
- second item

```
code block [bold] line
```
"""


async def test_markdown_structure(make_app, tmp_path):
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    app = make_app([str(path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        shown = screen_text(app)
        assert "Harbour [Reuters] reopens" in shown and "2024-03-01 · Wire" in shown
        assert '│ "We have cleared' in shown
        assert "• first item with code" in shown
        assert "code block [bold] line" in shown
        assert _row_styles(app, "Valparaiso").bold
        assert _row_styles(app, "notice").underline and _row_styles(app, "notice").link


def test_default_config_file_is_read(make_app, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    config = tmp_path / "xdg" / "newsreader" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('theme = "light"\n[keys]\n"panel.toggle" = "P"\n', encoding="utf-8")
    app = make_app()
    assert app.theme == "textual-light"
    assert app.initial_keymap == {"panel.toggle": "P"}


def test_without_a_terminal_the_command_lists(capsys, monkeypatch):
    def no_app(*args, **kwargs):
        raise AssertionError("the reader app was built with no terminal to show it")

    monkeypatch.setattr("tui.ui.app.create_app", no_app)
    assert main([]) == 0  # pytest's stdout is not a terminal
    out = capsys.readouterr().out
    assert "000_blinken-rafah-cairo.txt" in out and "\x1b" not in out
    assert main(["--theme", "no-such-theme"]) == 2  # a bad setting is still an error
    assert "unknown theme" in capsys.readouterr().err


async def test_a_corrupt_cache_is_said_once_and_the_reader_goes_on(make_app, tmp_path):
    cache = tmp_path / "cache.sqlite3"
    cache.write_bytes(b"not a database at all" * 50)
    app = make_app(cache=cache)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await annotated(pilot)
        await shown_text(pilot, "annotation cache was corrupt")
        assert app.screen.article.annotation.quotes
