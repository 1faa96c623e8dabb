"""Speakers across the collection: one person under several name forms is one speaker, two people
who share a surname are not, and trails list quotes by article date. Invented articles only."""

from tui.core.annotation import annotate
from tui.core.documents import Document, paragraph_blocks
from tui.core.name_forms import name_form
from tui.core.speaker_table import SpeakerTable, matching, ordered


def _document(n, text, date=None):
    return Document(
        id=str(n),
        title=f"Story {n}",
        text=text,
        blocks=paragraph_blocks(text),
        path=f"story{n}.txt",
        format="txt",
        date=date,
        source="Wire",
    )


def table_of(*texts, dates=None):
    dates = dates or [None] * len(texts)
    documents = [
        _document(n, text, date) for n, (text, date) in enumerate(zip(texts, dates, strict=True))
    ]
    return SpeakerTable.of((d, annotate(d.text, d.blocks)) for d in documents)


def speakers(table):
    """(name, articles) of each speaker, most quoted first then by name."""
    return sorted((trail.name, trail.articles) for trail in table.speakers)


BLINKEN = (
    "Secretary of State Antony Blinken arrived in Cairo.\n\n“We all share concerns,” Blinken said."
)
SECRETARY = "The talks resumed in Doha.\n\n“There is a better way,” Secretary Blinken said."
POSSESSIVE = "Blinken’s aides were quiet in Paris.\n\n“We are not done,” Blinken said."
JANE = "Senator Jane Smith spoke in Boston.\n\n“The bill is dead,” Smith said."
TOM = "Coach Tom Smith met reporters in Denver.\n\n“We played badly,” Smith said."


def test_title_and_surname_is_the_person_named_in_full_elsewhere():
    table = table_of(BLINKEN, SECRETARY)
    assert speakers(table) == [("Antony Blinken", 2)]
    (trail,) = table.speakers
    assert trail.role == "Secretary of State"
    assert set(trail.forms) == {"Antony Blinken", "Blinken"}


def test_possessive_and_bare_surname_forms_merge():
    assert name_form("Blinken’s") == name_form("Blinken") == name_form("BLINKEN'S")
    assert speakers(table_of(BLINKEN, POSSESSIVE)) == [("Antony Blinken", 2)]


def test_middle_initials_merge_but_a_son_is_not_his_father():
    texts = [
        "Donald J. Trump spoke in Ohio.\n\n“We will win,” Trump said.",
        "Donald Trump spoke in Iowa.\n\n“We are winning,” Trump said.",
        "Donald Trump Jr. spoke in Iowa.\n\n“My father is winning,” Trump Jr. said.",
    ]
    names = [name for name, _ in speakers(table_of(*texts))]
    assert len(names) == 2 and any(name.endswith("Trump Jr.") for name in names), names


def test_same_surname_different_first_names_stay_two_people():
    assert speakers(table_of(JANE, TOM)) == [("Jane Smith", 1), ("Tom Smith", 1)]


def test_surname_with_a_title_goes_to_the_person_whose_role_it_is():
    senator = "Reporters waited in Boston.\n\n“The vote is Tuesday,” Senator Smith said."
    coach = "Fans waited in Denver.\n\n“Practice starts at noon,” Coach Smith said."
    assert speakers(table_of(JANE, TOM, senator, coach)) == [("Jane Smith", 2), ("Tom Smith", 2)]


def test_honorific_gender_decides_between_two_people():
    hillary = "Mrs. Hillary Clinton spoke.\n\n“We will win,” Mrs. Clinton said."
    bill = "Mr. Bill Clinton spoke.\n\n“She will win,” Mr. Clinton said."
    lone = "The rally was loud.\n\n“I am ready,” Mrs. Clinton said."
    assert speakers(table_of(hillary, bill, lone)) == [("Bill Clinton", 1), ("Hillary Clinton", 2)]


def test_bare_surname_of_two_equal_people_is_not_guessed():
    lone = "Crowds waited.\n\n“It is over,” Smith said."
    names = [name for name, _ in speakers(table_of(JANE, TOM, lone))]
    assert names == ["Jane Smith", "Smith", "Tom Smith"]


def test_trail_is_in_date_order_undated_last_with_titles():
    later = "Secretary of State Antony Blinken flew home.\n\n“It was a good trip,” Blinken said."
    table = table_of(POSSESSIVE, later, BLINKEN, dates=[None, "2024-03-09", "2024-02-01"])
    (trail,) = table.speakers
    said = table.quotes_of(trail)
    assert [s.text for s in said] == [
        "We all share concerns,",
        "It was a good trip,",
        "We are not done,",
    ]
    assert [s.document.date for s in said] == ["2024-02-01", "2024-03-09", None]
    assert trail.latest.isoformat() == "2024-03-09"
    assert sum(trail.activity) == 2  # the undated quote counts in no period
    assert trail.activity[0] == 1 and trail.activity[-1] == 1


def test_places_list_the_quotes_of_articles_that_mention_them():
    table = table_of(JANE, TOM, "Talks in Boston ended.\n\n“We agreed,” Mayor Ann Lee said.")
    boston = next(trail for trail in table.places if trail.name == "Boston")
    assert boston.articles == 2 and boston.quotes == 2
    assert {s.speaker for s in table.quotes_of(boston)} == {"Jane Smith", "Ann Lee"}


def test_a_place_written_with_and_without_accents_is_one_trail():
    table = table_of(
        "Talks in Montréal ended.\n\n“We agreed,” Mayor Ann Lee said.",
        "Talks in Montreal resumed.\n\n“We are back,” Mayor Ann Lee said.",
    )
    assert [(trail.name, trail.articles) for trail in table.places] == [("Montréal", 2)]


def test_sorting_and_filtering():
    table = table_of(BLINKEN, SECRETARY, JANE, TOM, dates=["2024-01-01", None, "2024-05-01", None])
    assert ordered(table.speakers, "quotes")[0].name == "Antony Blinken"
    assert [t.name for t in ordered(table.speakers, "name")] == [
        "Antony Blinken",
        "Jane Smith",
        "Tom Smith",
    ]
    assert [t.name for t in ordered(table.speakers, "recent")] == [
        "Jane Smith",
        "Antony Blinken",
        "Tom Smith",
    ]
    assert [t.name for t in matching(table.speakers, "smi")] == ["Jane Smith", "Tom Smith"]
    assert [t.name for t in matching(table.speakers, "secretary")] == ["Antony Blinken"]
    assert [t.name for t in matching(table.speakers, "COACH tom")] == ["Tom Smith"]


def test_a_title_nobody_else_has_is_not_merged_on_the_surname_alone():
    columnist = "David Brooks wrote in Boston.\n\n“Politics is broken,” Brooks said."
    congressman = "Reporters met in Huntsville.\n\n“Build the wall,” Representative Brooks said."
    assert speakers(table_of(columnist, congressman)) == [("Brooks", 1), ("David Brooks", 1)]
