"""Speaker mentions (`tui.core.speakers.mentions`): what the noun phrase every rule reads names —
a person with their organisation, a name beside a description, a body, a contraction."""

import pytest
from attribution_helpers import INTRO, attributions, mentions, speakers
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.speakers.mentions import _NEXT_WORD, AUXILIARIES, says_after
from tui.core.speech import SPEECH_VERBS

# A person named with an organisation or patron, and a name beside a description.


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        ('"We will grow," Brackley Mills\' chief Nessa Orrin said.', "Nessa Orrin", "Nessa Orrin"),
        ('Brackley Mills\' chief Nessa Orrin said: "We will grow."', "Nessa Orrin", "Nessa Orrin"),
        ('"He is innocent," Mr Tovey\'s lawyer Arlo Penn said.', "Arlo Penn", "Arlo Penn"),
        ('Nessa Orrin, Kiln Trade Association, said: "Rooms are full."', "Nessa Orrin", None),
        (
            'Ivo Maric left. A close friend of Ivo Maric, Arlo Penn, said: "He is gone."',
            "Arlo Penn",
            None,
        ),
    ],
)
def test_the_person_named_with_their_organisation_or_patron_is_the_speaker(text, mention, person):
    found = attributions(text)[-1]
    assert found[1] == mention
    assert found[2] == (person or mention)


@pytest.mark.parametrize("title", ["Cllr", "Prof", "Rev", "Insp", "Mr"])
def test_a_british_title_without_a_full_stop_is_not_part_of_the_name(title):
    """British style writes `Cllr Tom Hart`, `Prof Ann Lee`: the title names no one."""
    found = attributions(f'"We will fix the roads," {title} Tom Hart said.')[-1]
    assert found[2] == "Tom Hart"


def test_an_owners_title_or_body_is_no_owned_name():
    text = 'Ada Quill toured the port. "We are ready," Quill\'s Harbour Board said.'
    assert speakers(text) == [None]


def test_a_name_set_beside_a_description_is_the_speaker():
    text = '"The budget is fine," said the council\'s treasurer, Ivo Maric, on Monday.'
    assert attributions(text) == [("The budget is fine,", "Ivo Maric", "Ivo Maric")]


def test_a_name_set_beside_a_description_after_a_place():
    text = '"He never gave up," said his best friend at Kelso, Ivo Maric, who sailed with him.'
    assert speakers(text) == ["Ivo Maric"]


@pytest.mark.parametrize("body", ["the PBO", "the Harbour Board"])
def test_a_name_set_beside_a_body_that_is_an_office_is_the_speaker(body):
    text = f'But {body}, Ivo Maric, has also said the impact is "negative" for many households.'
    assert attributions(text) == [("negative", "Ivo Maric", "Ivo Maric")]


def test_a_body_set_beside_a_body_is_no_person():
    text = 'The Met Office, Public Health England, said it was "monitoring closely."'
    assert speakers(text) == [None]


def test_the_name_in_apposition_to_a_fronted_description():
    text = (
        '"We stay," Nora Lind said.\n\nHer deputy, Tomas Alder, suggested the plan was "a mistake."'
    )
    assert attributions(text)[1][1:] == ("Tomas Alder", "Tomas Alder")


# Where a description ends.


def test_a_determiner_lets_a_description_run_past_a_name():
    text = INTRO + '"It was a mistake," a Harbour Board spokesman said.'
    assert mentions(text) == ["a Harbour Board spokesman"]


def test_the_verb_after_a_description_is_not_part_of_it():
    text = (
        "Owen Blakely toured the plant.\n\n"
        'The retired mayor began by praising the staff, saying the line was "the best in Europe."'
    )
    assert attributions(text)[0][1] == "The retired mayor"


def test_a_compound_description_runs_on_to_its_person_noun():
    text = (
        "Ines Duarte bought the club in May.\n\n"
        '"The fans are the best," the billionaire business mogul told reporters.'
    )
    assert mentions(text) == ["the billionaire business mogul"]


# Bodies and capitalised words that are no person; pronouns.


def test_a_company_name_is_no_person():
    text = 'The builder, Kestrel Marine Ltd, said it was "deeply disappointed."'
    assert speakers(text) == [None]


@pytest.mark.parametrize("opening", ["In a statement, his family said:", "The family said:"])
def test_a_family_speaking_together_gets_the_mention_but_is_no_person(opening):
    text = f'Ivo Maric, 78, died on Saturday. {opening} "He was the heart of our family."'
    family = opening.split(", ")[-1].removesuffix(" said:")
    assert attributions(text) == [("He was the heart of our family.", family, None)]


def test_a_news_outlet_is_no_person():
    text = '"Two ferries were cancelled," Harbour News reported.'
    assert speakers(text) == [None]


def test_an_institution_gets_the_mention_but_is_no_person():
    text = (
        "“We have nothing to add,” the Harbour Authority said on Monday. "
        "“The review goes on,” the White House said."
    )
    assert speakers(text) == [None, None]
    assert mentions(text) == ["Harbour Authority", "White House"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"The hall stays shut," the statement read.', "the statement"),
        ('The sign read: "The hall stays shut."', "The sign"),
    ],
)
def test_a_source_that_reads_gets_the_mention_but_is_no_person(text, mention):
    assert mentions(text) == [mention]
    assert speakers(text) == [None]


def test_a_surname_that_is_also_an_institution_word_keeps_a_person():
    assert speakers("“The platform leaves us out,” said Kristen Day, who leads the group.") == [
        "Kristen Day"
    ]


def test_a_one_word_name_that_is_a_title_still_speaks():
    text = 'Ada King won twelve titles. King says Blakely "talked the talk."'
    assert speakers(text) == ["Ada King"]


def test_a_capitalised_common_word_makes_no_person():
    assert attributions('Shares fell. "It was bad," Markets said.') == [
        ("It was bad,", "Markets", None)
    ]


@pytest.mark.parametrize(
    "opening",
    ["That’s what she called", "Given what she called", "There's what she called"],
)
def test_a_contraction_or_participle_opening_the_sentence_is_no_speaker(opening):
    text = f'Nora Lind spoke.\n\n{opening} "a disgrace to the town."'
    assert attributions(text) == [("a disgrace to the town.", "she", "Nora Lind")]


@pytest.mark.parametrize(
    ("name", "mention"),
    [("Marks & Spencer", "Marks & Spencer"), ("Britain Stronger", "Britain Stronger")],
)
def test_a_firm_joined_by_an_ampersand_or_a_country_and_common_words_is_no_person(name, mention):
    text = f'Shares fell.\n\n"We are closing ten stores," {name} said.'
    assert attributions(text) == [("We are closing ten stores,", mention, None)]


def test_a_contracted_pronoun_is_the_pronoun():
    assert mentions('Rain fell all week. "It was grim," I\'d say.') == ["I"]


@pytest.mark.parametrize(
    ("description", "mention"),
    [
        ("A source close to the board", "A source"),
        ("A staffer", "A staffer"),
        ("Former employees", "Former employees"),
        ("One local councillor", "One local councillor"),
    ],
)
def test_descriptions_of_people_who_speak_without_a_name(description, mention):
    text = f'{description} said the port would "close by spring."'
    assert mentions(text) == [mention]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('The report found that the port was "in steep decline."', "The report"),
        ('The ad targets a "broken harbour board."', "The ad"),
        ('"It is over," the editorial board writes.', "the editorial board"),
    ],
)
def test_a_source_noun_ends_before_its_verb(text, mention):
    assert mentions(text) == [mention]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('The harbour linked to the Harbour Gazette report, which notes, "Fees rise."', "which"),
        ('Bush offered a Webb-style retort, tweeting at him, "you are a whiner."', "Bush"),
        ('Some Tories say the quota is "a slow death."', "Some Tories"),
    ],
)
def test_a_verb_form_after_a_name_with_a_determiner_is_a_noun_unless_plural(text, mention):
    assert mentions(text) == [mention]


@pytest.mark.parametrize("subject", ["the groups", "the unions", "the critics"])
def test_a_plain_verb_of_saying_after_a_plural_noun_is_its_verb(subject):
    text = f'Webb\'s plan fuels "the anti-fleet mood" stirred by the board, {subject} say.'
    assert mentions(text) == [subject]


@pytest.mark.parametrize("opener", ["Although", "Because", "Unless", "Whereas"])
def test_a_subordinator_opening_the_sentence_is_no_part_of_the_name(opener):
    text = f'{opener} Tom Hart told the board that he had "made mistakes," the plan stands.'
    assert mentions(text) == ["Tom Hart"]


def test_a_weekday_inside_a_source_description():
    text = '"The quota is a slow death," reads a Wednesday editorial in the Harbour Gazette.'
    assert mentions(text) == ["a Wednesday editorial"]


def test_a_campaign_named_with_our_is_a_body_not_a_person():
    text = "Campaign group Save Our Seafront said the pier was 'out of keeping' with the town."
    assert attributions(text) == [("out of keeping", "Save Our Seafront", None)]


WHITE_AND_MARKS = [" ", "  ", "\n", ",", "\t", "\xa0", "'", ""]


def _says_after_by_regex(text: str, end: int) -> bool:
    """`says_after` as the `_NEXT_WORD` regex reads it, a word at a time."""
    word = _NEXT_WORD.match(text, end)
    while word is not None:
        if word.group(1) in SPEECH_VERBS:
            return True
        if word.group(1) not in AUXILIARIES:
            return False
        word = _NEXT_WORD.match(text, word.end())
    return False


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"said has not n't had told Lee _x é will also".split(), *WHITE_AND_MARKS]
        ),
        max_size=12,
    ),
    st.integers(0, 60),
)
def test_the_words_after_a_name_are_read_as_the_regex_reads_them(parts, end):
    text = "".join(parts)
    end = min(end, len(text))
    assert says_after(text, end) == _says_after_by_regex(text, end)
