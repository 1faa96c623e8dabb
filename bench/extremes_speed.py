"""Hostile sizes stay linear: each case timed at n and 4n in the same run.

Usage: python bench/extremes_speed.py

The ratio t(4n)/t(n) is about 4 for linear work and 16 for quadratic: the figure that catches a
regression, whatever the machine (the tests check these cases' results, not their times). Cases:
a text that is one long list of names (title case and capitals) and one British quotation full of
plural possessives (`'… the workers' pay …'`) for the annotator, British reports in single marks
with a double-quoted headline joined into one paragraph for the quote finder, and an article
quoting one person thousands of times for the reader's layout and side panel.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from tui.core.annotation import annotate
from tui.core.documents import Document, paragraph_blocks
from tui.core.model import Annotation, Person, PersonMention, Quote
from tui.core.quotes import find_quotes
from tui.ui.colours import PLAIN
from tui.ui.render import layout_article
from tui.ui.widgets.side_panel import SidePanel

NAMES = "Anna Berg Tom Hart Jo Park Ravi Das Lee Ode Kim Ray Ines Duarte Omar Haddad".split()
PALETTE = PLAIN


def names_text(count: int, upper: bool) -> str:
    words = [NAMES[(i * 7 + i // 3) % len(NAMES)] for i in range(count)]
    return " ".join(word.upper() if upper else word for word in words)


def possessives_text(count: int) -> str:
    """One single-quoted paragraph with `count` plural possessives, each of which could close it."""
    return "'Start " + "the workers' pay " * count + "end,' she said."


def british_reports(count: int) -> str:
    """`count` short UK reports in single marks, each under a double-quoted headline, with their
    paragraph breaks lost: thousands of quotations in one paragraph, in both styles."""
    report = (
        "Storm: \"Worst in decades\" hits Kent. 'We've been told nothing,' said Kev Moss. "
        "'Nothing at all.' 'It's a mess,' said Sue Bell. "
    )
    return report * count


def quoted_often(count: int) -> tuple[Document, Annotation]:
    paragraph = '"Quote," he said of Anna Berg.'
    text = "\n\n".join([paragraph] * count)
    step, he, name = len(paragraph) + 2, paragraph.index("he"), paragraph.index("Anna")
    quotes = [
        Quote(
            i * step,
            i * step + 8,
            i * step + 1,
            i * step + 6,
            speaker=0,
            speaker_start=i * step + he,
            speaker_end=i * step + he + 2,
        )
        for i in range(count)
    ]
    mentions = [PersonMention(i * step + name, i * step + name + 9, 0) for i in range(count)]
    annotation = Annotation(quotes=quotes, people=[Person(0, "Anna Berg")], mentions=mentions)
    document = Document(
        id="a", title="A", text=text, blocks=paragraph_blocks(text), path="a.txt", format="txt"
    )
    return document, annotation


def timed(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def report(label: str, small: Callable[[], object], large: Callable[[], object]) -> None:
    short, long = timed(small), timed(large)
    print(f"{label:<44} n {short:7.3f} s   4n {long:7.3f} s   ratio {long / short:5.1f}")


def main() -> None:
    annotate(names_text(50, False))  # the lexicons load once, outside the timings
    for upper in (False, True):
        small, large = names_text(3_000, upper), names_text(12_000, upper)
        report(
            f"annotate a list of names ({'capitals' if upper else 'title case'})",
            lambda small=small: annotate(small),
            lambda large=large: annotate(large),
        )
    small, large = possessives_text(2_000), possessives_text(8_000)
    report(
        "annotate 2,000/8,000 possessives, one quote",
        lambda: annotate(small),
        lambda: annotate(large),
    )
    small, large = british_reports(2_000), british_reports(8_000)
    report(
        "find quotes in 2,000/8,000 joined UK reports",
        lambda: find_quotes(small, paragraph_blocks(small)),
        lambda: find_quotes(large, paragraph_blocks(large)),
    )
    few, many = quoted_often(2_000), quoted_often(8_000)
    report(
        "lay out one person quoted 2,000/8,000 times",
        lambda: layout_article(*few, 80, PALETTE),
        lambda: layout_article(*many, 80, PALETTE),
    )
    report(
        "side panel of one person quoted 2,000/8,000x",
        lambda: SidePanel().show(few[1], PALETTE),
        lambda: SidePanel().show(many[1], PALETTE),
    )


if __name__ == "__main__":
    main()
