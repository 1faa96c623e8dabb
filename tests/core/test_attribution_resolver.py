"""From a speaker mention to a person (`tui.core.speakers.resolver`): names, pronouns and
descriptions that point back."""

import re

import pytest
from attribution_helpers import INTRO, attributions, mentions, speakers
from hypothesis import given
from hypothesis import strategies as st

from tui.core.annotation import annotate
from tui.core.speakers.resolver import _lead_word

# Names.


def test_full_name_creates_the_person_and_the_surname_links_to_it():
    text = '"We will stay," Helena Marsh said on Monday.\n\n"We have nowhere else," Marsh added.'
    assert speakers(text) == ["Helena Marsh", "Helena Marsh"]


def test_a_surname_that_is_also_a_title_is_the_person_named_so():
    text = '"The boats are gone," reporter Ana Voss said.\n\n"We were misled," King said.'
    assert attributions(text)[1] == ("We were misled,", "King", "King")


def test_a_surname_with_an_honorific_is_never_the_person_of_the_other_gender():
    text = (
        "Nora Lind and Tomas Lind spoke in Bergen on Monday.\n\n"
        '"We will win," Mrs. Lind said. "We will see," Mr. Lind said.'
    )
    assert speakers(text) == ["Nora Lind", "Tomas Lind"]


def test_a_surname_with_an_honorific_no_person_fits_is_a_person_of_its_own():
    text = 'Tomas Lind spoke in Bergen on Monday.\n\n"We will win," Mrs. Lind said.'
    assert speakers(text) == ["Lind"]


@pytest.mark.parametrize("surname", ["Park", "Field", "Wood"])
def test_a_surname_that_is_also_a_place_word_is_a_person_after_an_honorific(surname):
    text = f'"We are open as usual," Ms {surname} said.'
    assert speakers(text) == [surname]


@pytest.mark.parametrize("surname", ["Park", "Field", "Wood"])
def test_a_surname_that_is_also_a_place_word_is_the_person_named_before(surname):
    text = (
        f"Acting chief Leah {surname} said costs had fallen.\n\n"
        f'"We are seeing the benefits of scale," {surname} said.'
    )
    assert speakers(text) == [f"Leah {surname}"]


def test_a_lone_place_word_no_one_is_named_stays_no_person():
    text = 'Shares of Kestrel fell.\n\n"We are seeing the benefits of scale," Park said.'
    assert speakers(text) == [None]


@pytest.mark.parametrize(("verb", "person"), [("told BBC Sport", "Southgate"), ("said", None)])
def test_a_surname_that_is_a_small_towns_name_is_a_person_when_it_tells_someone(verb, person):
    text = f'England lost in Copenhagen.\n\n"It was a tough night," Southgate {verb}.'
    assert speakers(text) == [person]


@pytest.mark.parametrize(
    "opening", ["Road safety charity Brake", "The regulator Ofwat", "Pressure group Fairway"]
)
def test_a_name_after_a_campaigning_bodys_noun_speaks_for_the_body_not_as_a_person(opening):
    text = f'Speed limits will fall on rural roads.\n\n{opening} said: "This will save lives."'
    annotation = annotate(text)
    assert attributions(text) == [("This will save lives.", opening.split()[-1], None)]
    assert annotation.people == []


def test_a_title_and_a_full_name_ending_in_a_place_word_is_a_person():
    text = '"Rates will stay high," Professor Jo Park of Leeds University told the paper.'
    assert speakers(text) == ["Jo Park"]


# Pronouns: the person a sentence opens with, the last fitting speaker, never the other gender or
# the person addressed.


def test_he_said_goes_to_the_most_recent_speaker():
    text = (
        INTRO + '"The nets are empty," Webb said.\n\n'
        "The ministry in the capital did not answer calls.\n\n"
        '"They never do," he said.'
    )
    found = attributions(text)
    assert found[1][1:] == ("he", "Marcus Webb")


def test_he_said_follows_the_person_a_sentence_opens_with():
    text = (
        '"Prices will fall," Marcus Webb said.\n\n'
        "Later, Tomas Alder met the council.\n\n"
        '"I disagree," he said.'
    )
    assert speakers(text) == ["Marcus Webb", "Tomas Alder"]


@pytest.mark.parametrize("joined", ["But Tomas Alder", "And adviser Tomas Alder"])
def test_he_said_follows_the_person_a_sentence_opens_with_after_but_or_and(joined):
    text = (
        '"This rule would send people back to danger," Marcus Webb said.\n\n'
        f'{joined}, a senior aide, wrote online that the judge was "an activist." '
        'In a later post, he said: "We will win on appeal."'
    )
    assert speakers(text) == ["Marcus Webb", "Tomas Alder", "Tomas Alder"]


@pytest.mark.parametrize("owner", ["Quebec's transport minister", "Mr Hale's neighbour"])
def test_she_said_follows_a_name_set_apart_from_an_owners_noun_by_commas(owner):
    text = (
        '"Every dollar counts," Nora Lind told reporters.\n\n'
        f'{owner}, Ines Duarte, said the grant had doubled. "We are there for you," she said.'
    )
    assert speakers(text) == ["Nora Lind", "Ines Duarte"]


@pytest.mark.parametrize("clause", ["Asked whether the deal would pass", "Filling in for Ann Lee"])
def test_she_said_follows_the_name_after_a_participle_clause_opening_the_sentence(clause):
    text = (
        '"We passed our bill weeks ago," Nora Lind said.\n\n'
        f'{clause}, Ines Duarte declined to say. "I will not get ahead of the council," she said.'
    )
    assert speakers(text) == ["Nora Lind", "Ines Duarte"]


def test_he_said_follows_a_name_set_apart_from_its_description_by_commas():
    text = (
        '"We cannot pay for it," said council leader Bella Sankey.\n\n'
        "The society's chairman, Roger Amerena, disagreed. "
        '"This is a failure of nerve," he said.'
    )
    assert speakers(text) == ["Bella Sankey", "Roger Amerena"]


@pytest.mark.parametrize(
    "opening",
    [
        "Just a few months ago, harbour developer Cian Dorley",
        "One trawlerman, fleet chairman Cian Dorley,",
    ],
)
def test_he_said_follows_a_titled_name_after_an_introductory_phrase(opening):
    text = (
        '"The quota is fair," said Tom Hart, the minister.\n\n'
        f'{opening} expressed dismay at the quota. "It will ruin us," he told the paper.'
    )
    assert speakers(text) == ["Tom Hart", "Cian Dorley"]


def test_a_titled_name_after_a_clause_with_its_own_subject_does_not_open_the_sentence():
    text = (
        "On the radio on Tuesday, Nora Lind criticized Leeds, Kent, harbour master Cian Dorley "
        'for the closure. "It is unbearable," she said.'
    )
    assert speakers(text) == ["Nora Lind"]


def test_she_said_after_a_surname_linked_to_a_husband_is_the_wife_the_story_is_about():
    text = (
        "Carla Brent ran the firm for six years. Brent hired 200 engineers. Brent cut costs "
        "twice. Her husband, Frank Brent, stayed at home.\n\n"
        'As one engineer told the local paper, "She wants to put fear in our hearts."\n\n'
        'In August, Brent was far less cheerful: "The market will hate this deal," she said.'
    )
    assert speakers(text) == [None, "Carla Brent"]


def test_an_honorific_name_in_the_speakers_relative_clause_does_not_take_his_next_he():
    text = (
        "The minister is ambitious, friends say.\n\n"
        '"There is no question that he is ambitious," said Tom Hart, a former aide who has '
        'known Mr. Lind for two decades. "He is trying to set a path for the party," he said.'
    )
    assert speakers(text) == ["Tom Hart", "Tom Hart"]


@pytest.mark.parametrize(
    "paraphrase",
    [
        "The port will not recover soon, said Cian Dorley, a professor of economics.",
        "The port will not recover soon, noted Harbour Radio's Cian Dorley.",
    ],
)
def test_he_said_follows_the_name_of_a_said_inverted_after_a_paraphrase(paraphrase):
    text = (
        '"The quota is fair," said Tom Hart, the minister.\n\n'
        f'{paraphrase}\n\n"We have no silver bullets," he said.'
    )
    assert speakers(text) == ["Tom Hart", "Cian Dorley"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nora Lind, the mayor, said Cian Dorley failed to act.",
        "Nora Lind spoke on the radio, saying Cian Dorley was wrong.",
        "Nora Lind, who spoke on the radio, praised Cian Dorley's plan.",
    ],
)
def test_a_name_said_or_praised_after_a_comma_is_no_subject_for_a_pronoun(sentence):
    text = f'"The quota is fair," said Tom Hart, the minister.\n\n{sentence} "It works," he said.'
    assert speakers(text) == ["Tom Hart", "Tom Hart"]


def test_an_honorific_name_a_verb_takes_as_its_object_is_not_the_next_he():
    text = (
        '"It\'s Tom," Ms. Lind answered.\n\n'
        'Mr. Hart asked her to call Mr. Dorley at once. "This is very important," he wrote.'
    )
    assert speakers(text)[-1] == "Hart"


@pytest.mark.parametrize(
    "sentence",
    [
        "Friends say that Mr. Hart might run again.",
        "It was Mr. Hart who spoke first at the meeting.",
    ],
)
def test_an_honorific_name_after_that_or_was_is_still_a_subject(sentence):
    text = f'"It\'s Tom," Ms. Lind answered.\n\n{sentence} "We will see," he said.'
    assert speakers(text)[-1] == "Hart"


def test_he_said_follows_the_person_a_there_is_sentence_brings_in():
    text = (
        '"Prices will fall," Marcus Webb said.\n\n'
        "Then there's Tomas Alder.\n\n"
        '"I disagree," he wrote on Monday.'
    )
    assert speakers(text) == ["Marcus Webb", "Tomas Alder"]


def test_she_said_skips_a_speaker_known_to_be_a_man():
    text = (
        '"Prices will fall," Mr. Webb said.\n\n'
        '"Prices will rise," Ms. Clara Voss said.\n\n'
        '"They rise every spring," she added.'
    )
    assert speakers(text)[-1] == "Clara Voss"


def test_a_name_inside_the_previous_attribution_does_not_take_over_a_pronoun():
    text = '"A hard winter" for Tomas Alder, said Nora Lind. "He will need help," she said.'
    assert speakers(text) == ["Nora Lind", "Nora Lind"]


def test_a_name_after_he_in_its_sentence_is_not_the_one_he_refers_to():
    text = (
        "Tomas Alder, a former docker, knew Helena Marsh well. But on Sunday he backed Marsh.\n\n"
        '"She fights hard," he said.'
    )
    assert speakers(text) == ["Tomas Alder"]


def test_a_name_right_before_a_speech_verb_is_a_subject_for_pronouns():
    text = (
        "Her aide, Tomas Alder, said Nora Lind would win. She will carry the coast, Lind said.\n\n"
        '"We are ready," she said.'
    )
    assert speakers(text) == ["Nora Lind"]


def test_a_pronoun_no_speaker_fits_goes_to_the_one_person_of_its_gender_named_before():
    text = (
        "Tomas Alder debated Ines Duarte on Tuesday.\n\n"
        'Alder accused Duarte of voting with her party "every time." She shot back that he '
        'had moved away. "You left the county," she said.\n\n'
        'He said that was "a cheap line."'
    )
    assert speakers(text) == ["Tomas Alder", "Ines Duarte", "Tomas Alder"]


def test_he_said_follows_the_subject_of_a_question_opening_the_sentence_not_a_name_in_it():
    text = (
        '"I have waited ten years," said Joe Ramirez, a commuter.\n\n'
        "Asked what he would tell riders like Ramirez, Phil Verster paused. "
        '"That I am sorry," he said.'
    )
    assert speakers(text) == ["Joe Ramirez", "Phil Verster"]


def test_a_pronoun_does_not_reach_back_to_the_headline():
    text = (
        "BERGEN HARBOUR\n\nThe mayor spoke at the quay.\n\nPeople cheered.\n\nBoats left.\n\n"
        'At the rally, Nora Lind spoke to "Harbour for All," the crowd. "We stay," she said.'
    )
    assert speakers(text)[-1] == "Nora Lind"


def test_a_name_inside_an_object_phrase_does_not_take_a_pronoun():
    text = (
        '"We need money," said Mr. Tomas Alder of the board. Plans from the mayor, Nora Lind, '
        'to raise fees, he added, are "just tinkering."'
    )
    assert speakers(text) == ["Tomas Alder", "Tomas Alder"]


def test_an_honorific_decides_between_he_and_she():
    text = (
        '"Rates will fall," said Tomas Alder.\n\n'
        "There is a chance that Mrs. Lind, if elected, might appoint him. "
        '"A great idea," she said.'
    )
    assert "Lind" in speakers(text)[-1]


def test_an_honorific_on_a_possessive_name_does_not_take_the_pronoun():
    text = (
        '"We will win," Tomas Alder said.\n\n'
        'Owen Blakely answered Mr. Alder\'s critics. "We will see," he said.'
    )
    assert speakers(text) == ["Tomas Alder", "Owen Blakely"]


def test_a_first_name_decides_between_he_and_she():
    text = (
        '"The tide is late," said Harold Finch.\n\n'
        'Margaret Oduya runs the ferry office. Finch admires her. "We will cope," she said.'
    )
    assert speakers(text) == ["Harold Finch", "Margaret Oduya"]


@pytest.mark.parametrize(
    ("minister", "critic"), [("Geneviève", "Pierre-Luc"), ("Marie-Ève", "Jérôme")]
)
def test_an_accented_or_compound_first_name_decides_between_he_and_she(minister, critic):
    text = (
        f'"French is the common language here," Minister {minister} Gagnon said.\n\n'
        f'{critic} Dubois, the critic, called the bill "a disaster." The minister was unmoved. '
        '"We have given companies three years," she said.'
    )
    assert speakers(text)[-1] == f"{minister} Gagnon"


def test_a_pronoun_never_takes_a_person_of_the_other_first_name_gender():
    text = (
        '"Tickets are sold out," said Linda Marsh.\n\n'
        'A porter, who gave no name, was unmoved. "Nobody told me," he said.'
    )
    assert speakers(text) == ["Linda Marsh", None]


def test_a_pronoun_is_not_the_person_it_speaks_to():
    text = (
        "Walter Grimm asked Tomas Alder how deep the canal would be.\n\n"
        '"Twelve metres, maybe more," he told Grimm at the quay.'
    )
    assert speakers(text) == ["Tomas Alder"]


def test_a_name_in_a_later_clause_may_still_be_the_pronoun():
    text = (
        "Tomas Alder pleaded guilty on Monday.\n\n"
        '"It is all true," he said after the clerk read the charges Alder admitted.'
    )
    assert speakers(text) == ["Tomas Alder"]


def test_a_pronoun_in_a_clause_goes_to_the_person_its_sentence_names_first():
    text = (
        '"We will win," said Tomas Alder.\n\n'
        "The newest ally is Owen Blakely, the harbour pilot who became famous when he shouted "
        '"Shame on you!" at the minister.'
    )
    assert speakers(text) == ["Tomas Alder", "Owen Blakely"]


def test_a_clause_pronoun_after_the_same_pronoun_keeps_the_earlier_referent():
    text = (
        '"Rates are too low," said Tomas Alder.\n\n'
        'He thought the bank was helping Owen Blakely, as he later explained, and "that is wrong."'
    )
    assert speakers(text)[-1] == "Tomas Alder"


def test_a_crowd_is_no_one_in_particular():
    text = INTRO + '"We will win," Webb said. "Save our port," the crowd chanted.'
    assert attributions(text)[-1] == ("Save our port,", "the crowd", None)


def test_a_justice_points_back_to_the_judge_named_before():
    text = (
        "Ines Duarte sits on the high court. In three interviews, the justice sounded off on the "
        'plan, saying she did not "want to contemplate" it.'
    )
    assert attributions(text) == [("want to contemplate", "the justice", "Ines Duarte")]


def test_a_players_or_a_pundits_role_points_back_to_the_person_named_before():
    text = (
        "Sri Lanka coach Ravi Dias said his side had missed chances. 'We dropped Joe on 12,' "
        "said the former opener. Speaking on the radio, Tom Vale said the manager had never "
        "been given time. 'He inherited a squad,' the pundit added. Ann Pryce, the British "
        "number two, said she was beaten. 'She served brilliantly,' said the left-hander."
    )
    assert [speaker for _, _, speaker in attributions(text)] == [
        "Ravi Dias",
        "Tom Vale",
        "Ann Pryce",
    ]


def test_a_nickname_for_where_one_comes_from_points_back_and_names_no_one():
    text = (
        "Tom Vale scored twice for Hull on Saturday. 'It was a great day,' the Geordie said. "
        "Ann Pryce also scored. 'I loved it,' the Kiwi said."
    )
    assert attributions(text) == [
        ("It was a great day,", "the Geordie", "Tom Vale"),
        ("I loved it,", "the Kiwi", "Ann Pryce"),
    ]


def test_a_partys_member_points_back_to_the_person_named_before():
    text = (
        "Harnley MP Ruth Callow said she had raised the cuts with ministers. 'Rural places are "
        "not second-class,' the Conservative said."
    )
    assert attributions(text) == [
        ("Rural places are not second-class,", "the Conservative", "Ruth Callow")
    ]


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        ("the Kentucky Republican", "Carl Whitmore"),
        ("the New York Democrat", "Carl Whitmore"),
        ("the Liberal Democrat", "Carl Whitmore"),
    ],
)
def test_a_partys_member_after_a_place_or_party_word_points_back_to_the_person(
    description, speaker
):
    text = (
        "Senate leader Carl Whitmore warned that the deal could collapse.\n\n"
        "Rep. Jim Harlan, a Republican, called it a circus.\n\n"
        f'Whitmore, for his part, struck an optimistic note. "I\'ve seen worse," {description} '
        "said."
    )
    assert attributions(text)[0] == ("I've seen worse,", description, speaker)


def test_a_placed_partys_member_is_not_someone_only_written_with_the_party():
    text = (
        "Speaker Ann Kerr said allies were rattled by Republican Tom Vance's comments.\n\n"
        "In an interview, the Ohio Republican said allies wanted to know if the country was "
        '"still in the game."'
    )
    assert speakers(text) == ["Ann Kerr"]


@pytest.mark.parametrize("description", ["the father-of-two", "the grandmother-of-five"])
def test_a_parent_of_so_many_children_points_back_to_the_person_named_before(description):
    text = (
        "Parent Sam Whitlow, whose children attend the school, said staff had 'gone above and "
        f"beyond'. 'I can't thank them enough,' {description} added."
    )
    assert speakers(text) == ["Sam Whitlow", "Sam Whitlow"]


def test_a_two_word_nationality_points_back_to_the_person_it_describes():
    text = (
        "Tom Vale, who joined from Hull in 2023, has eight goals this season. 'It is a great "
        "feeling,' the New Zealander told reporters. As The New Yorker put it, 'a comeback.'"
    )
    assert attributions(text) == [
        ("It is a great feeling,", "the New Zealander", "Tom Vale"),
        ("a comeback.", "New Yorker", None),
    ]


def test_he_added_after_an_unnamed_spokesman_is_the_spokesman():
    text = (
        'Mayor Ines Duarte opened the bridge. "It is a great day," Duarte said.\n\n'
        'The opposition was unmoved. "It is late and over budget," a party spokesman said.\n\n'
        '"Nobody asked the residents," he added.'
    )
    assert speakers(text) == ["Ines Duarte", None, None]


def test_he_added_after_an_unnamed_spokesmans_partial_quote_is_the_spokesman():
    text = (
        '"We are ready," Tomas Alder said.\n\n'
        'A party spokesman said it would "look again" at the plan. "We will not rush," he added.'
    )
    assert speakers(text) == ["Tomas Alder", None, None]


def test_he_added_after_an_unnamed_partial_quote_goes_to_a_person_named_since():
    text = (
        '"We are ready," Tomas Alder said.\n\n'
        'A party spokesman said it would "look again" at the plan. Owen Blakely disagreed. '
        '"We must act now," he said.'
    )
    assert speakers(text) == ["Tomas Alder", None, "Owen Blakely"]


@pytest.mark.parametrize(
    ("mayor", "opening", "pronoun"),
    [
        ("Tom Reddin", "A police spokesman said officers were called at 10pm.", "He"),
        ("Ann Reddin", "A spokeswoman for Harwick Council told the paper it would reopen.", "She"),
    ],
)
def test_a_pronoun_after_someone_unnamed_saying_something_is_theirs(mayor, opening, pronoun):
    text = (
        f'Mayor {mayor} opened the bridge. "It is a great day," {pronoun.lower()} said.\n\n'
        f'{opening} {pronoun} said: "Inquiries continue."'
    )
    assert speakers(text) == [mayor, None]


def test_a_pronoun_after_someone_unnamed_speaking_to_a_person_is_that_persons():
    text = (
        'Ann Kerr toured the site. "It is ready," Kerr said.\n\n'
        'A reporter asked Tom Reddin how he felt. He replied: "Relieved."'
    )
    assert speakers(text) == ["Ann Kerr", "Tom Reddin"]


def test_a_pronoun_of_the_other_gender_skips_an_unnamed_spokesman():
    text = (
        '"It is a great day," Ann Kerr said.\n\n'
        'A police spokesman said officers were called. She added: "We will rebuild."'
    )
    assert speakers(text) == ["Ann Kerr", "Ann Kerr"]


def test_a_name_set_off_after_a_participle_clause_and_a_description_is_the_subject():
    text = (
        "Margaret Hill, a local councillor, welcomed the money. Asked about the delays, the "
        'minister, Ann Pryce, said the trains were late. "It is unacceptable," she said.'
    )
    assert speakers(text) == ["Ann Pryce"]


# Descriptions: the one holder of a role, the person the story is about, or someone new.


def test_a_pointing_description_falls_back_to_the_last_speaker():
    text = (
        INTRO + '"The nets are empty," Webb said.\n\n'
        '"We need help," the harbour master\'s top deputy said.'
    )
    # the deputy is described, not named: with nothing better, the last speaker holds
    assert speakers(text)[1] in ("Marcus Webb", None)
    assert mentions(text)[1] == "the harbour master's top deputy"


def test_a_definite_role_description_goes_to_the_last_speaker():
    text = INTRO + '"The nets are empty," Webb said.\n\n"We need help," the harbour chief said.'
    assert attributions(text)[1] == ("We need help,", "the harbour chief", "Marcus Webb")


def test_the_narrator_of_an_ad_is_someone_unnamed():
    text = (
        "Nora Lind released a web ad with a clip of Tom Hart saying he will back the plan.\n\n"
        '"We need leaders who stand up," the narrator says.'
    )
    assert speakers(text) == [None]


def test_the_official_after_a_named_speaker_is_someone_unnamed():
    text = (
        INTRO + '"The nets are empty," Webb said.\n\n'
        'A ministry official was less gloomy. "We need help," the official said.'
    )
    assert attributions(text)[1] == ("We need help,", "the official", None)


@pytest.mark.parametrize("asker", ["the reporter", "the interviewer", "a heckler"])
def test_whoever_asks_the_person_the_story_is_about_is_someone_unnamed(asker):
    text = (
        "Nora Lind met Cian Dorley at the clinic on Monday.\n\n"
        f'"Is the plan workable?" {asker} asked. "No," Lind replied.'
    )
    assert speakers(text) == [None, "Nora Lind"]


def test_a_description_goes_to_the_person_a_sentence_since_the_last_quote_opened_with():
    text = (
        '"Taxes must fall," Ruth Calder said.\n\n'
        'Owen Blakely warned against the plan. "It would ruin the port," the senator said.'
    )
    assert speakers(text) == ["Ruth Calder", "Owen Blakely"]


def test_an_indefinite_description_is_a_new_unnamed_speaker():
    text = (
        INTRO + '"The nets are empty," Webb said.\n\n'
        '"It is worse inland," a spokesman for the ministry said.'
    )
    assert attributions(text)[1] == ("It is worse inland,", "a spokesman", None)


def test_a_possessive_pronoun_description_is_not_the_last_speaker():
    text = '"We stay," Nora Lind said.\n\n"It is over," her deputy said.'
    assert attributions(text)[1] == ("It is over,", "her deputy", None)


def test_the_role_of_a_thing_is_not_the_last_speaker():
    text = (
        '"We will stay out," union leader Hector Vane said.\n\n'
        'The mine\'s owner said output continued "at reduced capacity."'
    )
    assert speakers(text) == ["Hector Vane", None]


def test_the_description_of_someone_brought_in_unnamed_is_no_known_speaker():
    text = (
        '"We start at dawn," said Tomas Alder.\n\n'
        "The volunteers were greeted by an organizer at the door. "
        '"You are the best," the organizer told them.'
    )
    assert speakers(text) == ["Tomas Alder", None]


@pytest.mark.parametrize("description", ["the 36-year-old", "the Irishman", "the Olympian"])
def test_a_description_of_the_person_the_story_is_about(description):
    text = f'Cian Dorley won the final on Sunday. "It was hard," {description} said.'
    assert attributions(text) == [("It was hard,", description, "Cian Dorley")]


@pytest.mark.parametrize(
    ("introduced", "description"),
    [
        ("Cian Dorley, 36,", "the 36-year-old"),
        ("Irishman Cian Dorley", "the Irishman"),
        ("Cian Dorley, a retired surgeon,", "the surgeon"),
    ],
)
def test_a_description_goes_to_the_person_the_article_wrote_it_of(introduced, description):
    text = (
        f"{introduced} walked into the clinic on Monday. Nora Lind met him at the door.\n\n"
        f'"It was hard," {description} said.'
    )
    assert attributions(text) == [("It was hard,", description, "Cian Dorley")]


@pytest.mark.parametrize(
    "closing",
    [
        '"The clinic is full," said Cian Dorley, a surgeon.',
        "Cian Dorley, a surgeon, said the clinic was full.",
        "The clinic was full, according to Cian Dorley, a surgeon.",
    ],
)
def test_a_description_given_after_a_name_at_a_sentence_end_points_back_to_it(closing):
    text = f'{closing} Nora Lind agreed.\n\n"We will cope," the surgeon added.'
    assert attributions(text)[-1] == ("We will cope,", "the surgeon", "Cian Dorley")


@pytest.mark.parametrize(
    ("opening", "description"),
    [
        ("The mayor, Cian Dorley, opened the bridge with Nora Lind, the engineer.", "the mayor"),
        ("His lawyer, Cian Dorley, met Nora Lind, the engineer.", "the lawyer"),
        ("Cian Dorley, a Democrat from Ohio, met Nora Lind, the engineer.", "the Democrat"),
    ],
)
def test_a_description_set_apart_from_a_name_by_a_comma_points_back_to_it(opening, description):
    said = f'"It took four years," the engineer said. "It was worth it," {description} said.'
    text = f"{opening}\n\n{said}"
    assert attributions(text) == [
        ("It took four years,", "the engineer", "Nora Lind"),
        ("It was worth it,", description, "Cian Dorley"),
    ]


@pytest.mark.parametrize(
    ("introduced", "title"),
    [
        ("Prime Minister Cian Dorley", "the Prime Minister"),
        ("Prime Minister Cian Dorley", "the PM"),
        ("Ontario Premier Cian Dorley", "the Premier"),
        ("Cian Dorley, the Health Secretary,", "the Health Secretary"),
        ("Cian Dorley, the MP for Leeds Central,", "the MP"),
    ],
)
def test_a_title_capitalised_after_the_is_its_holder_not_a_body(introduced, title):
    text = (
        f"{introduced} visited the clinic on Monday. Nora Lind met him at the door.\n\n"
        f'"We will deliver," {title} said.'
    )
    assert attributions(text) == [("We will deliver,", title, "Cian Dorley")]


@pytest.mark.parametrize("paper", ["The Toronto Star", "The Times"])
def test_a_newspaper_after_the_is_a_body(paper):
    text = f'Nora Lind spoke on Monday.\n\n{paper} said the deal was "close."'
    assert speakers(text) == [None]


def test_an_age_no_name_was_given_with_is_no_one_when_two_people_were_named():
    text = (
        '"We open in May," Nora Lind said.\n\n'
        "Cian Dorley and Tomas Alder watched the rehearsal from the back. "
        '"It was hard," the 36-year-old said.'
    )
    assert speakers(text) == ["Nora Lind", None]


def test_an_age_is_not_someone_given_another_age():
    text = (
        "Campaigner Mo Hale, 71, said: 'We are over the moon.' Postmaster Raj Pell, who has run "
        "the branch since 2009, said he was 'relieved'. Asked if he would stay on, the "
        "58-year-old said: 'As long as they'll have me.'"
    )
    assert speakers(text) == ["Mo Hale", "Raj Pell", "Raj Pell"]


def test_an_age_is_the_one_person_the_sentence_before_opens_with_saying_something():
    text = (
        "Cian Dorley praised the side's 'incredible' spirit after Tomas Alder's late header "
        "sealed the win. Alder, who came off the bench, said the goal was 'a dream'. 'I have "
        "waited a long time,' the 31-year-old said."
    )
    assert speakers(text) == ["Cian Dorley", "Tomas Alder", "Tomas Alder"]


def test_an_age_after_a_full_quote_with_no_one_named_since_is_its_speaker():
    text = (
        "Nora Lind and Tomas Alder raced on Sunday.\n\nTomas Alder, an Irishman, won again. "
        '"It was hard," the Irishman said. "I am tired," the 36-year-old added.'
    )
    assert speakers(text) == ["Tomas Alder", "Tomas Alder"]


def test_an_age_is_not_the_name_of_a_photo_credit():
    text = (
        "Cian Dorley and Tomas Alder posted the clip on Thursday.\n\nIvo Maric via Getty "
        'Images.\n\n"What if we had lessons?" the 43-year-old asked.'
    )
    assert speakers(text) == [None]


def test_the_president_no_one_was_titled_is_not_another_official_who_spoke_last():
    text = (
        'Senate Minority Leader Ann Coyle spoke on the floor. "Innocent people do not behave '
        'this way," she said.\n\nThe president, leaving for a rally, said he had done "nothing '
        'wrong."'
    )
    assert speakers(text) == ["Ann Coyle", None]


def test_a_persons_aide_is_not_that_person():
    text = (
        "Ruth Calder toured the docks.\n\n"
        'Calder\'s right-hand woman rallied supporters, saying: "We have to be ready."'
    )
    assert speakers(text) == [None]


def test_the_office_of_a_place_is_its_holder_not_the_place():
    text = (
        "Tom Hart, the mayor of Leeds, met Nora Lind.\n\n"
        '"We will not close it," the Mayor of Leeds said.'
    )
    assert attributions(text) == [("We will not close it,", "the Mayor of Leeds", "Tom Hart")]


def test_the_office_of_a_place_no_one_holds_is_someone_new():
    text = 'Nora Lind met the duke.\n\n"We will not close it," the Duke of Sussex said.'
    assert attributions(text) == [("We will not close it,", "the Duke of Sussex", None)]


# Sources that are a person's own words, or speak for them.


def test_a_persons_own_post_speaks_for_them():
    text = (
        "Ruth Calder backed the plan on Friday. From Calder's Facebook post: "
        '"We must move on together."'
    )
    assert speakers(text) == ["Ruth Calder"]


def test_a_persons_office_speaks_for_them_not_as_them():
    text = 'Ruth Calder was away. "No comment," Calder\'s office said.'
    assert speakers(text) == [None]


def test_a_newspaper_ending_in_ian_is_no_description_of_a_person():
    text = (
        "Cian Dorley won the final on Sunday.\n\n"
        '"The club ignored every warning," the Guardian reported.'
    )
    assert attributions(text) == [("The club ignored every warning,", "Guardian", None)]


@given(st.text(alphabet="ab_-Z9 é\n.,\t", max_size=60), st.floats(min_value=0, max_value=1))
def test_the_word_before_a_name_is_what_a_regex_search_back_finds(text, where):
    start = int(where * len(text))
    found = re.search(r"([\w-]+) $", text[max(0, start - 40) : start])
    assert _lead_word(text, start) == (found.group(1) if found else None)
