"""The index's quote records as columns: numbers in arrays, strings in tables and one UTF-8 blob.

A million `QuoteRecord` objects take seconds to make and as long to load from a file; columns
are saved as they lie in memory and loaded as views of the saved file (`tui.core.search.saved`),
and a `QuoteRecord` is made only for a quote a search returns.

A loaded column is a read-only `memoryview` of the file standing in for its array: it reads the
same (by index, slice, length, iteration), costs no copy to load, and is resident only where a
search reads it; the pages stay the file's, which the system can drop and read again. The first
change to the index copies each into an array that can grow (`thawed`).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from typing import Any

from tui.core.search.records import QuoteFields, QuoteRecord

DocumentFields = tuple[str, str, str, str | None, str | None, tuple[str, ...], tuple[str, ...]]
"""A document's fields in its quotes' records: doc_id, doc, title, date, source, places, people."""

Columns = dict[str, Any]
"""Named columns: `array`s (or, loaded, `memoryview`s of them), `bytearray`s, or JSON-able lists
(how `saved` writes them)."""


def thawed(column: array[int] | memoryview) -> array[int]:
    """The column as an array that can grow: a loaded one (a view of the saved file) copied."""
    if isinstance(column, array):
        return column
    grown = array(column.format)
    grown.frombytes(column.cast("B"))
    return grown


class Ragged:
    """Variable-length runs of numbers, appended one run at a time: one flat `array('I')` and
    where each run ends."""

    def __init__(self, flat: array[int] | None = None, ends: array[int] | None = None) -> None:
        self.flat = flat if flat is not None else array("I")
        self.ends = ends if ends is not None else array("Q", [0])
        if self.ends[0] != 0 or self.ends[-1] != len(self.flat):
            raise ValueError("runs do not cover their numbers")

    def __len__(self) -> int:
        return len(self.ends) - 1

    def __getitem__(self, run: int) -> array[int]:
        """The run, an array of its own (a copy of the loaded file's numbers)."""
        return thawed(self.flat[self.ends[run] : self.ends[run + 1]])

    def thaw(self) -> None:
        """Loaded runs copied out of the saved file, so more can be appended."""
        self.flat, self.ends = thawed(self.flat), thawed(self.ends)

    def append(self, numbers: Iterable[int]) -> None:
        self.flat.extend(numbers)
        self.ends.append(len(self.flat))

    @classmethod
    def of(cls, runs: Iterable[Sequence[int]]) -> Ragged:
        ragged = cls()
        for run in runs:
            ragged.append(run)
        return ragged


class Runs:
    """Runs of numbers by position, each an `array('I')` that may grow: those loaded (a `Ragged`)
    are sliced out the first time they are asked for, since most never are, new ones appended."""

    def __init__(self, loaded: Ragged | None = None) -> None:
        self._loaded = loaded if loaded is not None else Ragged()
        self._runs: list[array[int] | None] = [None] * len(self._loaded)
        """Each run, None until a loaded one is first asked for."""

    def __len__(self) -> int:
        return len(self._runs)

    def __getitem__(self, position: int) -> array[int]:
        run = self._runs[position]
        if run is None:
            run = self._runs[position] = self._loaded[position]
        return run

    def append(self, run: array[int]) -> None:
        self._runs.append(run)

    def add(self, positions: Iterable[int], number: int) -> None:
        """Append `number` to each of the runs (one call for many: indexing makes millions), as
        a one-number array: concatenated in place, it is neither looked up as a method nor made
        an int object again for each run."""
        runs, loaded = self._runs, self._loaded
        one = array("I", (number,))
        for position in positions:
            run = runs[position]
            if run is None:
                run = runs[position] = loaded[position]
            run += one

    def ragged(self) -> Ragged:
        """All the runs as one `Ragged` (loaded runs never asked for stay unsliced here)."""
        loaded = self._loaded
        return Ragged.of(
            run if run is not None else loaded[position] for position, run in enumerate(self._runs)
        )


class Strings:
    """Distinct strings by number, so a name repeated over thousands of quotes is kept once."""

    def __init__(self, strings: list[str] | None = None) -> None:
        self.strings = strings if strings is not None else []
        self.numbers = dict(zip(self.strings, range(len(self.strings)), strict=True))

    def number(self, string: str) -> int:
        found = self.numbers.get(string)
        if found is None:
            found = self.numbers[string] = len(self.strings)
            self.strings.append(string)
        return found

    def tuple(self, numbers: Iterable[int]) -> tuple[str, ...]:
        strings = self.strings
        return tuple(strings[number] for number in numbers)


class RecordTable:
    """Every quote's record fields by quote number, every document's by document number.

    Per quote: its document, span, position in the annotation, credit (speaker and aliases, 0 for
    nobody) and text (a slice of one UTF-8 blob). Per document: id, key, title, date, source,
    and the people and places it mentions, as numbers into one string table.
    """

    def __init__(self) -> None:
        self.document_of = array("I")
        self.starts = array("q")
        self.ends = array("q")
        self.positions = array("I")
        self.credit_of = array("I")
        self.text = array("B")
        """Every quote's text, UTF-8."""
        self.text_ends = array("Q", [0])
        self.ids: list[str] = []
        self.keys: list[str] = []
        self.titles: list[str] = []
        self.dates: list[str | None] = []
        self.sources: list[str | None] = []
        self.people = Ragged()
        self.places = Ragged()
        self.names = Strings()
        self.credits: list[tuple[int, ...]] = [()]
        self._credit_numbers: dict[tuple[str, tuple[str, ...]], int] = {}
        """(speaker, aliases) -> credit number, so a known credit costs one lookup."""

    def add_document(self, fields: DocumentFields) -> int:
        """Number a new document."""
        doc_id, key, title, date, source, places, people = fields
        self.ids.append(doc_id)
        self.keys.append(key)
        self.titles.append(title)
        self.dates.append(date)
        self.sources.append(source)
        self.people.append(map(self.names.number, people))
        self.places.append(map(self.names.number, places))
        return len(self.ids) - 1

    def add(self, document: int, position: int, fields: QuoteFields) -> int:
        """Add the document's `position`-th quote; its credit number (0 for nobody)."""
        start, end, text, speaker, aliases = fields
        self.document_of.append(document)
        self.starts.append(start)
        self.ends.append(end)
        self.positions.append(position)
        number = 0
        if speaker:
            key = (speaker, aliases)
            known = self._credit_numbers.get(key)
            if known is None:
                known = self._credit_numbers[key] = len(self.credits)
                self.credits.append(tuple(map(self.names.number, (speaker, *aliases))))
            number = known
        self.credit_of.append(number)
        self.text.frombytes(text.encode("utf-8", "surrogatepass"))
        self.text_ends.append(len(self.text))
        return number

    def record(self, quote: int) -> QuoteRecord:
        document = self.document_of[quote]
        credit = self.credits[self.credit_of[quote]]
        names = self.names
        return QuoteRecord(
            doc=self.keys[document],
            doc_id=self.ids[document],
            title=self.titles[document],
            date=self.dates[document],
            source=self.sources[document],
            start=self.starts[quote],
            end=self.ends[quote],
            text=str(
                self.text[self.text_ends[quote] : self.text_ends[quote + 1]],
                "utf-8",
                "surrogatepass",
            ),
            speaker=names.strings[credit[0]] if credit else None,
            aliases=names.tuple(credit[1:]),
            places=names.tuple(self.places[document]),
            people=names.tuple(self.people[document]),
            quote_index=self.positions[quote],
        )

    def speaker(self, quote: int) -> str | None:
        credit = self.credits[self.credit_of[quote]]
        return self.names.strings[credit[0]] if credit else None

    def credit_names(self, quote: int) -> tuple[str, ...]:
        """The speaker's name and aliases (nothing for a quote credited to nobody)."""
        return self.names.tuple(self.credits[self.credit_of[quote]])

    def thaw(self) -> None:
        """Loaded columns copied out of the saved file, before the table changes."""
        self.document_of, self.starts, self.ends = map(
            thawed, (self.document_of, self.starts, self.ends)
        )
        self.positions, self.credit_of = thawed(self.positions), thawed(self.credit_of)
        self.text, self.text_ends = thawed(self.text), thawed(self.text_ends)
        self.people.thaw()
        self.places.thaw()

    def columns(self) -> Columns:
        credits = Ragged.of(self.credits)
        return {
            "document_of": self.document_of,
            "starts": self.starts,
            "ends": self.ends,
            "positions": self.positions,
            "credit_of": self.credit_of,
            "text": self.text,
            "text_ends": self.text_ends,
            "ids": self.ids,
            "keys": self.keys,
            "titles": self.titles,
            "dates": self.dates,
            "sources": self.sources,
            "people": self.people.flat,
            "people_ends": self.people.ends,
            "places": self.places.flat,
            "places_ends": self.places.ends,
            "names": self.names.strings,
            "credits": credits.flat,
            "credit_ends": credits.ends,
        }

    @classmethod
    def from_columns(cls, columns: Columns) -> RecordTable:
        """The table `columns()` gave; ValueError when the columns do not fit together."""
        table = cls()
        table.document_of = columns["document_of"]
        table.starts = columns["starts"]
        table.ends = columns["ends"]
        table.positions = columns["positions"]
        table.credit_of = columns["credit_of"]
        table.text = columns["text"]
        table.text_ends = columns["text_ends"]
        table.ids = columns["ids"]
        table.keys = columns["keys"]
        table.titles = columns["titles"]
        table.dates = columns["dates"]
        table.sources = columns["sources"]
        table.people = Ragged(columns["people"], columns["people_ends"])
        table.places = Ragged(columns["places"], columns["places_ends"])
        table.names = Strings(columns["names"])
        credits = Ragged(columns["credits"], columns["credit_ends"])
        table.credits = [tuple(credits[credit]) for credit in range(len(credits))]
        table._credit_numbers = {
            (table.names.strings[credit[0]], table.names.tuple(credit[1:])): number
            for number, credit in enumerate(table.credits)
            if credit
        }
        quotes, documents = len(table.document_of), len(table.ids)
        if (
            any(
                len(column) != quotes
                for column in (table.starts, table.ends, table.positions, table.credit_of)
            )
            or len(table.text_ends) != quotes + 1
            or table.text_ends[-1] != len(table.text)
            or any(
                len(column) != documents
                for column in (table.keys, table.titles, table.dates, table.sources)
            )
            or len(table.people) != documents
            or len(table.places) != documents
        ):
            raise ValueError("record columns do not fit together")
        return table
