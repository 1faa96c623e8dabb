"""`@` with a speaker's full name typed bare, and a surname several speakers share (issue 9)."""

from tui.core.search import QuoteIndex, QuoteRecord


def record(doc: str, text: str, speaker: str | None, number: int = 0) -> QuoteRecord:
    return QuoteRecord(
        doc=doc,
        doc_id=doc,
        title=f"Story {doc}",
        date=None,
        source=None,
        start=0,
        end=len(text),
        text=text,
        speaker=speaker,
        aliases=(speaker.split()[-1],) if speaker else (),
        people=(),
        quote_index=number,
    )


INDEX = QuoteIndex(
    [
        record("a", "The club will never leave White Hart Lane, whatever it costs.", "Ann Marsh"),
        record("b", "Crowds at Brisbane Road and Lane end were good.", "Ann Marsh"),
        record("c", "We fixed the roof before the season started.", "Ann Lane"),
        record("d", "The budget is tight but the pitch is ready.", "Ann Lane", 1),
        record("e", "I have no comment on the transfer.", "Bob Lane"),
        record("f", "The pitch is ready for Saturday.", "Ann Lane", 2),
    ]
)


def test_a_full_name_typed_after_at_finds_that_speaker_first():
    result = INDEX.search("@ann lane")
    assert {hit.record.speaker for hit in result.hits[:3]} == {"Ann Lane"}
    assert all(hit.record.speaker != "Ann Marsh" for hit in result.hits)


def test_a_shared_surname_ranks_the_most_quoted_speaker_first_and_says_so():
    result = INDEX.search("@lane")
    assert [hit.record.speaker for hit in result.hits] == ["Ann Lane"] * 3 + ["Bob Lane"]
    assert "Ann Lane" in (result.message or "") and "Bob Lane" in (result.message or "")


def test_at_a_name_then_a_word_stays_a_word_when_no_speaker_has_both():
    result = INDEX.search("@lane pitch")
    assert [hit.record.text for hit in result.hits][:2] == [
        "The pitch is ready for Saturday.",
        "The budget is tight but the pitch is ready.",
    ]
