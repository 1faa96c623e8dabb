"""Screenshots of the seed article at the two sizes that matter (80×24 over SSH, 120×40).

The seed's annotations change as the annotators improve: refresh with `--snapshot-update`
after checking the new pictures.
"""

from __future__ import annotations

import pytest
from ui_helpers import annotated


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_seed_article(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=annotated)


def test_seed_article_with_panel(snap_compare, make_app):
    async def open_panel(pilot):
        await annotated(pilot)
        await pilot.press("p")

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=open_panel)
