from tui.core.documents import Document
from tui.core.ordering import DocumentOrder


def _document(n: int, title: str, source: str | None, date: str | None) -> Document:
    return Document(
        id=str(n),
        title=title,
        text="x",
        blocks=(),
        path=f"{n}.txt",
        format="txt",
        source=source,
        date=date,
    )


DOCUMENTS = [
    _document(0, "Harbour reopens", "Wire", "2024-03-02"),
    _document(1, "Budget vote delayed", "Post", None),
    _document(2, "Ferry strike ends", "Herald", "2024-03-05"),
    _document(3, "Harbour fees rise", "Post", "2024-01-09"),
]
QUOTES = {"0": 2, "1": None, "2": 5, "3": 0}


def _order() -> DocumentOrder:
    return DocumentOrder(DOCUMENTS, lambda document: QUOTES[document.id])


def test_the_sort_key_cycles_through_date_source_title_quotes_and_back():
    order = _order()
    assert order.shown == [0, 1, 2, 3]
    assert (order.next_sort(), order.shown) == ("date", [2, 0, 3, 1])
    assert (order.next_sort(), order.shown) == ("source", [2, 1, 3, 0])
    assert (order.next_sort(), order.shown) == ("title", [1, 2, 3, 0])
    assert (order.next_sort(), order.shown) == ("quotes", [2, 0, 3, 1])
    assert (order.next_sort(), order.shown) == ("collection", [0, 1, 2, 3])


def test_the_filter_matches_every_word_in_titles_and_sources_as_typed():
    order = _order()
    order.next_sort()  # by date: the filter keeps the order
    for typed, shown in [
        ("h", [2, 0, 3]),
        ("har", [0, 3]),
        ("harbour post", [3]),
        ("", [2, 0, 3, 1]),
    ]:
        order.set_filter(typed)
        assert order.shown == shown, typed
    order.set_filter("HERALD")
    assert order.shown == [2]
