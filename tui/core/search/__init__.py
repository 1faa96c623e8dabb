"""Quote search: a word index over every quote of a collection, and the query language for it.

`QuoteIndex` is the entry point; `SYNTAX` is the query language as the help screen shows it.
"""

from tui.core.search.index import QuoteIndex
from tui.core.search.query import SYNTAX, parse
from tui.core.search.records import QuoteRecord, records_from_document
from tui.core.search.results import Hit, SearchResult

__all__ = [
    "SYNTAX",
    "Hit",
    "QuoteIndex",
    "QuoteRecord",
    "SearchResult",
    "parse",
    "records_from_document",
]
