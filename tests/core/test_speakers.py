"""Who said each quote: one small invented article per attribution pattern and per trap."""

import pytest

from tui.core.annotation import annotate


def attributions(text):
    """(quoted words, speaker mention, person name) for each quote, in order."""
    annotation = annotate(text)
    return [
        (
            text[q.content_start : q.content_end],
            text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
            annotation.speaker_name(q),
        )
        for q in annotation.quotes
    ]


def speakers(text):
    return [name for _, _, name in attributions(text)]


def mentions(text):
    return [mention for _, mention, _ in attributions(text)]


INTRO = "Marcus Webb, the harbour master, met fishermen on Tuesday.\n\n"


def test_quote_then_name_said():
    assert attributions(INTRO + '"The nets are empty," Webb said.') == [
        ("The nets are empty,", "Webb", "Marcus Webb")
    ]


def test_quote_then_said_name_with_apposition():
    text = INTRO + '"The nets are empty," said Webb, the harbour master, after the meeting.'
    assert mentions(text) == ["Webb"]
    assert speakers(text) == ["Marcus Webb"]


def test_name_said_colon_quote():
    assert speakers(INTRO + 'Webb said: "The nets are empty."') == ["Marcus Webb"]


def test_full_name_creates_the_person_and_the_surname_links_to_it():
    text = '"We will stay," Helena Marsh said on Monday.\n\n"We have nowhere else," Marsh added.'
    assert speakers(text) == ["Helena Marsh", "Helena Marsh"]


def test_split_quote_gives_both_parts_the_same_mention():
    text = INTRO + '"The nets are empty," Webb said. "We need a new quota."'
    found = attributions(text)
    assert [name for _, _, name in found] == ["Marcus Webb", "Marcus Webb"]
    annotation = annotate(text)
    first, second = annotation.quotes
    assert (first.speaker_start, first.speaker_end) == (second.speaker_start, second.speaker_end)


def test_according_to():
    text = INTRO + 'The quota is "far too low," according to Webb.'
    assert speakers(text) == ["Marcus Webb"]


def test_who_clause_gives_a_partial_quote_to_its_antecedent():
    text = (
        "Residents oppose Mayor Ines Duarte, who insists that the plan brings "
        '"lasting prosperity" to the valley.'
    )
    found = attributions(text)
    assert found[0][1:] == (
        "who",
        "Ines Duarte",
    )  # the mention nearest the verb, the antecedent's person


def test_perfect_tense_and_a_that_clause_partial():
    text = INTRO + 'Webb has emphasized he is only doing so "out of duty" to the town.'
    assert speakers(text) == ["Marcus Webb"]


@pytest.mark.parametrize(
    "verb",
    [
        "says",
        "has said",
        "said Thursday",
        "told reporters",
        "added",
        "noted",
        "explained",
        "insisted",
        "warned",
        "argued",
        "claimed",
        "wrote",
        "tweeted",
        "asked",
        "replied",
        "continued",
        "emphasized",
        "stressed",
        "later said",
        "said in a statement",
    ],
)
def test_speech_verbs_tenses_and_adverbs(verb):
    text = INTRO + f'"Nobody listens to us," Webb {verb}.'
    assert attributions(text) == [("Nobody listens to us,", "Webb", "Marcus Webb")]


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


def test_she_said_skips_a_speaker_known_to_be_a_man():
    text = (
        '"Prices will fall," Mr. Webb said.\n\n'
        '"Prices will rise," Ms. Clara Voss said.\n\n'
        '"They rise every spring," she added.'
    )
    assert speakers(text)[-1] == "Clara Voss"


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


def test_the_official_after_a_named_speaker_is_someone_unnamed():
    text = (
        INTRO + '"The nets are empty," Webb said.\n\n'
        'A ministry official was less gloomy. "We need help," the official said.'
    )
    assert attributions(text)[1] == ("We need help,", "the official", None)


def test_a_description_goes_to_the_person_a_sentence_since_the_last_quote_opened_with():
    text = (
        '"Taxes must fall," Ruth Calder said.\n\n'
        'Owen Blakely warned against the plan. "It would ruin the port," the senator said.'
    )
    assert speakers(text) == ["Ruth Calder", "Owen Blakely"]


def test_a_name_set_beside_a_description_is_the_speaker():
    text = '"The budget is fine," said the council\'s treasurer, Ivo Maric, on Monday.'
    assert attributions(text) == [("The budget is fine,", "Ivo Maric", "Ivo Maric")]


def test_an_indefinite_description_is_a_new_unnamed_speaker():
    text = (
        INTRO + '"The nets are empty," Webb said.\n\n'
        '"It is worse inland," a spokesman for the ministry said.'
    )
    assert attributions(text)[1] == ("It is worse inland,", "a spokesman", None)


def test_a_quote_only_paragraph_inherits_the_previous_speaker():
    text = (
        INTRO + '"The nets are empty," Webb said.\n\n'
        '"We have fished here for ninety years and never seen this."'
    )
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


def test_a_colon_paragraph_introduces_the_quote_below_it():
    text = INTRO + 'Webb continued:\n\n"Nobody in the capital has been here."'
    assert speakers(text) == ["Marcus Webb"]


def test_no_speaker_without_support():
    text = 'The word "harbour" appears twice on the old map.\n\n"Closed for winter."'
    assert attributions(text) == [("harbour", None, None), ("Closed for winter.", None, None)]


def test_dash_line_attribution():
    text = "“The sea is our field.” ― Marcus Webb"
    assert attributions(text) == [("The sea is our field.", "Marcus Webb", "Marcus Webb")]


def test_transcript_labels_name_the_speakers():
    text = 'Part of the interview:\n\n"HOST: Will you run again?\n\n"WEBB: Not this year."'
    assert mentions(text) == ["HOST", "WEBB"]


def test_asked_about_someone_the_speaker_is_the_one_who_answers():
    text = INTRO + 'Asked about Tomas Alder, Webb said: "He is a friend."'
    assert speakers(text) == ["Marcus Webb"]


def test_an_aside_between_name_and_verb():
    text = INTRO + '"It is a crisis," Nora Lind, a lawyer for the fishermen, one of several, said.'
    assert attributions(text) == [("It is a crisis,", "Nora Lind", "Nora Lind")]


def test_a_name_with_a_prepositional_tail():
    text = INTRO + '"It was the least bad outcome," Mr. Webb of the harbour board said.'
    assert speakers(text) == ["Marcus Webb"]


def test_nouns_that_look_like_speech_verbs_do_not_attribute():
    text = 'In a statement announcing the deal, the Fishermen Union called the quota "a betrayal."'
    found = attributions(text)
    assert found[0][1] == "Fishermen Union"
    assert found[0][2] is None


def test_a_participle_after_a_comma_belongs_to_the_sentence_subject():
    text = INTRO + 'Webb criticised the ministry on Friday, saying, "Nobody listens."'
    assert speakers(text) == ["Marcus Webb"]


def test_the_verb_nearest_a_full_quote_introduces_it():
    text = 'When Tomas Alder noted the cost, Marcus Webb replied, "We pay it anyway."'
    assert speakers(text) == ["Marcus Webb"]


def test_partial_quotes_joined_in_one_sentence_share_the_speaker():
    text = INTRO + 'Webb called the quota "unfair" and the ministry "deaf."'
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


def test_a_name_before_a_colon_introduces_the_quote():
    assert speakers("Pollster Nora Lind: “Turnout will decide it.”") == ["Nora Lind"]


def test_as_someone_put_it():
    text = INTRO + 'As Webb put it in a letter, the quota is "a slow death."'
    assert speakers(text) == ["Marcus Webb"]


def test_a_capitalised_plain_word_opening_the_sentence_is_no_speaker():
    text = INTRO + 'Back in 1999, Webb praised the fleet, telling reporters: "They are the best."'
    assert speakers(text) == ["Marcus Webb"]


def test_a_line_break_after_a_closing_mark_ends_the_sentence():
    text = (
        '"We will stay," said Helena Marsh.\n"Nobody else will," she added.\n'
        "Later, critics called the plan a gamble, saying the port is too small."
    )
    assert speakers(text) == ["Helena Marsh", "Helena Marsh"]


def test_a_possessive_before_a_noun_that_looks_like_a_verb():
    text = 'Voters liked Webb\'s bold promise to "rebuild the harbour."'
    assert mentions(text) != ["Webb's bold"]


def test_an_aside_left_unclosed_before_the_verb():
    text = (
        INTRO + '"We were not told," Nora Lind, a spokeswoman for the Harbour Board told the paper.'
    )
    assert mentions(text) == ["Nora Lind"]


def test_a_name_inside_the_previous_attribution_does_not_take_over_a_pronoun():
    text = '"A hard winter" for Tomas Alder, said Nora Lind. "He will need help," she said.'
    assert speakers(text) == ["Nora Lind", "Nora Lind"]


def test_a_headline_gets_no_guessed_speaker():
    text = 'Helena Marsh Declines To Debate – Whatever Happened To "Anytime, Anywhere"'
    assert mentions(text) == [None]


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


def test_a_pronoun_does_not_reach_back_to_the_headline():
    text = (
        "BERGEN HARBOUR\n\nThe mayor spoke at the quay.\n\nPeople cheered.\n\nBoats left.\n\n"
        'At the rally, Nora Lind spoke to "Harbour for All," the crowd. "We stay," she said.'
    )
    assert speakers(text)[-1] == "Nora Lind"


def test_a_determiner_lets_a_description_run_past_a_name():
    text = INTRO + '"It was a mistake," a Harbour Board spokesman said.'
    assert mentions(text) == ["a Harbour Board spokesman"]


def test_a_speech_word_used_as_a_noun_can_head_the_speaker():
    text = 'Online, one tweet said: "Bring back the ferry."'
    assert mentions(text) == ["one tweet"]


def test_an_apposition_after_a_closing_attribution():
    text = (
        INTRO
        + 'The quota is "a slow death" for the town, says Webb, who has fished for forty years.'
    )
    assert speakers(text) == ["Marcus Webb"]


def test_a_source_alone_before_a_colon():
    text = "From Webb's letter to the ministry: “We cannot wait another season.”"
    assert mentions(text) == ["Webb's letter"]


def test_coordinated_speakers_and_several_prepositional_tails():
    text = (
        '"Tritium changes the design," experts Nora Lind and Tomas Alder of the Centre '
        "for Harbour Studies wrote."
    )
    assert mentions(text) == ["Nora Lind"]


def test_a_name_ending_in_an_abbreviation():
    text = '"We screen everyone," said C. Stewart Verdery Jr., a former official.'
    assert mentions(text) == ["C. Stewart Verdery Jr"]


def test_a_quantifier_can_say():
    assert mentions('Yet another said, "The fleet is finished."') == ["another"]


def test_a_sentence_ending_on_its_speech_verb_leads_into_the_quote():
    text = 'Nora Lind, the board\'s director, said in a statement. "There are no boats to count."'
    assert speakers(text) == ["Nora Lind"]


def test_a_split_quote_keeps_its_speaker_over_a_later_name():
    text = '"We stay," Nora Lind said at the quay, where Tomas Alder also spoke. "We always have."'
    assert speakers(text) == ["Nora Lind", "Nora Lind"]


def test_an_infinitive_belongs_to_the_sentence_subject():
    text = INTRO + 'Webb took to the radio to accuse the ministry of being "asleep at the wheel."'
    assert speakers(text) == ["Marcus Webb"]


def test_the_agent_of_a_passive_verb_of_saying():
    text = '"Harbour Lights" was written by Nora Lind after the storm.'
    assert speakers(text) == ["Nora Lind"]


def test_by_right_after_a_quote_is_an_agent_only_after_a_participle():
    assert mentions('A paper titled "Saving the Fleet" by Nora Lind.') == ["Nora Lind"]
    assert mentions('He was "troubled" by the situation.') != ["the situation"]


def test_a_compound_noun_is_not_a_speech_verb():
    text = 'The candidate gave no cost estimate, though he said "reforms" would pay.'
    assert mentions(text) == ["he"]


def test_the_name_in_apposition_to_a_fronted_description():
    text = (
        '"We stay," Nora Lind said.\n\nHer deputy, Tomas Alder, suggested the plan was "a mistake."'
    )
    assert attributions(text)[1][1:] == ("Tomas Alder", "Tomas Alder")


def test_a_possessive_pronoun_description_is_not_the_last_speaker():
    text = '"We stay," Nora Lind said.\n\n"It is over," her deputy said.'
    assert attributions(text)[1] == ("It is over,", "her deputy", None)


def test_a_participle_after_a_quote_does_not_invert():
    text = (
        'Pence blamed reporters for the story about Trump "founding ISIS," saying they were unfair.'
    )
    assert mentions(text) == ["Pence"]


def test_said_right_before_a_partial_quote_introduces_it():
    text = (
        "Asked about a leaflet that critics likened to propaganda, Mayor Nora Lind said "
        '"leaflets like that have no place here."'
    )
    assert speakers(text) == ["Nora Lind"]


def test_an_infinitive_needs_a_subject_that_can_speak():
    text = (
        "By noon, sites had posted the clip, their only disagreement coming over whether to add "
        '"a laugh track."'
    )
    assert mentions(text) == [None]


def test_a_paragraph_that_signs_the_quote_above():
    text = '"Ferries made this town."\n\n- Nora Lind.\n\nThe claim is old.'
    assert speakers(text) == ["Nora Lind"]


def test_an_apposition_with_a_relative_clause_after_said_name():
    text = '"We are happy" about it, said Nora Lind, director of a union that backed the plan.'
    assert speakers(text) == ["Nora Lind"]


def test_a_quoted_title_gets_no_guessed_speaker():
    text = 'Nora Lind, a harbour pilot, is a popular guest on the morning show "Sea Days."'
    assert mentions(text) == [None]


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


def test_a_first_name_decides_between_he_and_she():
    text = (
        '"The tide is late," said Harold Finch.\n\n'
        'Margaret Oduya runs the ferry office. Finch admires her. "We will cope," she said.'
    )
    assert speakers(text) == ["Harold Finch", "Margaret Oduya"]


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


def test_a_news_agency_credit_line_signs_no_quote():
    text = 'The harbour board met on Friday.\n\n"The plan is a gift to the harbour."\n\n- Reuters.'
    assert mentions(text) == [None]


def test_a_british_article_in_single_marks_gets_its_speakers():
    text = (
        "Councillors met on Tuesday.\n\n"
        "‘We have listened to residents,’ said Mr Hollis, the council leader. ‘That is all.’\n\n"
        "Mrs Ada Quill, 74, said: ‘I’m delighted. The fishermen’s cottages aren’t a theme park.’"
    )
    assert speakers(text) == ["Hollis", "Hollis", "Ada Quill"]


def test_cruz_himself_said():
    text = 'Ruth Calder himself said on Monday that "the port will stay open."'
    assert speakers(text) == ["Ruth Calder"]


def test_a_company_name_is_no_person():
    text = 'The builder, Kestrel Marine Ltd, said it was "deeply disappointed."'
    assert speakers(text) == [None]


def test_the_role_of_a_thing_is_not_the_last_speaker():
    text = (
        '"We will stay out," union leader Hector Vane said.\n\n'
        'The mine\'s owner said output continued "at reduced capacity."'
    )
    assert speakers(text) == ["Hector Vane", None]


def test_a_persons_own_post_speaks_for_them():
    text = (
        "Ruth Calder backed the plan on Friday. From Calder's Facebook post: "
        '"We must move on together."'
    )
    assert speakers(text) == ["Ruth Calder"]


def test_a_persons_office_speaks_for_them_not_as_them():
    text = 'Ruth Calder was away. "No comment," Calder\'s office said.'
    assert speakers(text) == [None]


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


def test_a_speaker_given_by_the_sentence_after_the_quote():
    text = (
        '"We did everything we could." Those were the words of headteacher Ada Quill, '
        'speaking on Monday.\n\n"It is a sad day." '
        "So said the Reverend Owen Blakely, who chairs the governors."
    )
    assert speakers(text) == ["Ada Quill", "Owen Blakely"]


def test_a_plural_noun_after_many_is_no_verb_of_saying():
    text = (
        'The port has worried many Baltic states, and it has used "soft words" in its talks, '
        "said Ada Quill, an analyst in Riga."
    )
    assert speakers(text) == ["Ada Quill"]


def test_retaliated_is_a_verb_of_saying():
    text = (
        "Tomas Alder said the town was finished.\n\n"
        '"The town will always be the town," an angry Owen Blakely retaliated.'
    )
    assert speakers(text) == ["Owen Blakely"]


def test_a_dateline_city_is_no_speaker():
    text = (
        "LISBON, May 3 (Reuters) - The mayor's closest aide rallied supporters, saying: "
        '"We have to be ready."'
    )
    assert speakers(text) == [None]


def test_a_persons_aide_is_not_that_person():
    text = (
        "Ruth Calder toured the docks.\n\n"
        'Calder\'s right-hand woman rallied supporters, saying: "We have to be ready."'
    )
    assert speakers(text) == [None]


def test_a_one_word_name_that_is_a_title_still_speaks():
    text = 'Ada King won twelve titles. King says Blakely "talked the talk."'
    assert speakers(text) == ["Ada King"]


def test_a_news_outlet_is_no_person():
    text = '"Two ferries were cancelled," Harbour News reported.'
    assert speakers(text) == [None]


def test_a_name_set_beside_a_description_after_a_place():
    text = '"He never gave up," said his best friend at Kelso, Ivo Maric, who sailed with him.'
    assert speakers(text) == ["Ivo Maric"]


def test_the_description_of_someone_brought_in_unnamed_is_no_known_speaker():
    text = (
        '"We start at dawn," said Tomas Alder.\n\n'
        "The volunteers were greeted by an organizer at the door. "
        '"You are the best," the organizer told them.'
    )
    assert speakers(text) == ["Tomas Alder", None]


def test_an_institution_gets_the_mention_but_is_no_person():
    text = (
        "“We have nothing to add,” the Harbour Authority said on Monday. "
        "“The review goes on,” the White House said."
    )
    assert speakers(text) == [None, None]
    assert mentions(text) == ["Harbour Authority", "White House"]


def test_a_surname_that_is_also_an_institution_word_keeps_a_person():
    assert speakers("“The platform leaves us out,” said Kristen Day, who leads the group.") == [
        "Kristen Day"
    ]


def test_with_no_attribution_shape_a_quote_goes_to_the_subject_of_its_sentence():
    text = 'The residents were obliged to answer: "When did this person arrive?"'
    assert mentions(text) == ["The residents"]


def test_a_common_word_opening_the_sentence_is_no_fallback_speaker():
    assert mentions('Households are obliged to answer: "When did this person arrive?"') == [None]


def test_words_someone_owns_are_theirs():
    text = (
        'Mayor Ines Duarte opened the bridge.\n\nDuarte\'s promise was to "fix every road by May."'
    )
    assert attributions(text)[0][1:] == ("Duarte", "Ines Duarte")


def test_a_thing_opening_the_sentence_is_no_speaker():
    assert mentions('The word "harbour" appears twice on the old map.') == [None]


def test_the_fallback_yields_to_a_quote_going_on_with_the_one_before():
    text = INTRO + '"The nets are empty," Webb said. "The fishermen are worried."'
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


def test_a_phrasal_verb_of_saying_and_continued_to_another_verb():
    text = (
        INTRO + '"The nets are empty," Webb shot back.\n\n'
        '"Quiet," he demanded, as Lena Ortiz continued to interrupt.'
    )
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


def test_he_added_after_an_unnamed_spokesman_is_the_spokesman():
    text = (
        'Mayor Ines Duarte opened the bridge. "It is a great day," Duarte said.\n\n'
        'The opposition was unmoved. "It is late and over budget," a party spokesman said.\n\n'
        '"Nobody asked the residents," he added.'
    )
    assert speakers(text) == ["Ines Duarte", None, None]


def test_a_new_sentence_after_a_quote_that_ended_one_does_not_inherit_its_speaker():
    text = (
        'The council confirmed it was "looking into the matter." The agency declined to detail its '
        '"specific focus."'
    )
    assert mentions(text) == ["The council", "The agency"]


# Noun phrases every rule reads: an organisation and a person together, descriptions of a named
# person, contractions, and capitalised words that are no person.


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


def test_an_owners_title_or_body_is_no_owned_name():
    text = 'Ada Quill toured the port. "We are ready," Quill\'s Harbour Board said.'
    assert speakers(text) == [None]


@pytest.mark.parametrize("description", ["the 36-year-old", "the Irishman", "the Olympian"])
def test_a_description_of_the_person_the_story_is_about(description):
    text = f'Cian Dorley won the final on Sunday. "It was hard," {description} said.'
    assert attributions(text) == [("It was hard,", description, "Cian Dorley")]


def test_the_verb_after_a_description_is_not_part_of_it():
    text = (
        "Owen Blakely toured the plant.\n\n"
        'The retired mayor began by praising the staff, saying the line was "the best in Europe."'
    )
    assert attributions(text)[0][1] == "The retired mayor"


def test_a_contracted_pronoun_is_the_pronoun():
    assert mentions('Rain fell all week. "It was grim," I\'d say.') == ["I"]


def test_a_capitalised_common_word_makes_no_person():
    assert attributions('Shares fell. "It was bad," Markets said.') == [
        ("It was bad,", "Markets", None)
    ]


# said before / said after: what may stand between a speaker and the verb.


@pytest.mark.parametrize("adverb", ["yesterday", "however", "now", "today"])
def test_an_adverb_between_the_speaker_and_the_verb(adverb):
    text = f'Tomas Alder {adverb} said he would welcome a "fair deal" for the port.'
    assert attributions(text) == [("fair deal", "Tomas Alder", "Tomas Alder")]


def test_a_name_before_a_verb_and_a_preposition_ends_at_the_verb():
    text = 'Ines Duarte went after Owen Blakely on Monday, calling the plan "a disgrace."'
    assert attributions(text) == [("a disgrace.", "Ines Duarte", "Ines Duarte")]


def test_a_compound_description_runs_on_to_its_person_noun():
    text = (
        "Ines Duarte bought the club in May.\n\n"
        '"The fans are the best," the billionaire business mogul told reporters.'
    )
    assert mentions(text) == ["the billionaire business mogul"]


# listed before the attributed quote: quotes joined to the one the attribution follows.


def test_quotes_listed_before_one_attribution_share_its_speaker():
    text = 'Floods are "the real crisis" and "a danger to every farm," Ada Quill said on Monday.'
    assert speakers(text) == ["Ada Quill", "Ada Quill"]
