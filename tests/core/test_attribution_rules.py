"""Attribution rules, one section per rule of `tui.core.speakers.rules.RULES` in their order:
small invented articles for each shape and for the traps next to it."""

import pytest
from attribution_helpers import INTRO, attributions, mentions, speakers

from tui.core.annotation import annotate

# transcript label: a speaker label opening the quote.


def test_transcript_labels_name_the_speakers():
    text = 'Part of the interview:\n\n"HOST: Will you run again?\n\n"WEBB: Not this year."'
    assert mentions(text) == ["HOST", "WEBB"]


# reported by: a source closing the sentence with a verb of reporting relays all of it.


@pytest.mark.parametrize(
    "sentence",
    [
        'Webb called the quota "far too low," the Harbour Post reported.',
        'Fishermen chanted, "Save the fleet," the Harbour Post reports.',
        '"The nets are empty," said Webb, the harbour master, reports the Harbour Post.',
    ],
)
def test_a_closing_reported_names_the_source_over_the_speaker_it_relays(sentence):
    assert mentions(INTRO + sentence) == ["Harbour Post"]


def test_a_reported_clause_of_the_speakers_own_is_not_a_source():
    text = INTRO + '"The nets are empty," Webb said, and a catch was reported.'
    assert mentions(text) == ["Webb"]


def test_reports_as_a_noun_in_the_sentence_after_a_quote_is_no_source():
    text = (
        "'We tried that for a decade,' Marcus Webb said. 'It brought nothing.' The minister, "
        "Ines Duarte, denounced the reports."
    )
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


# said after: quoted words that run on into their attribution, and what may stand between the
# speaker and the verb.


def test_an_email_quoted_speaks_for_itself():
    text = INTRO + '"We cannot wait another season," the email read.'
    assert mentions(text) == ["the email"]


def test_quote_then_name_said():
    assert attributions(INTRO + '"The nets are empty," Webb said.') == [
        ("The nets are empty,", "Webb", "Marcus Webb")
    ]


@pytest.mark.parametrize("surname", ["From", "Over"])
def test_a_surname_that_is_also_a_function_word_before_said(surname):
    text = f'{INTRO}"You can point a finger at somebody," {surname} said. "Then it is over."'
    assert mentions(text) == [surname, surname]


def test_quote_then_said_name_with_apposition():
    text = INTRO + '"The nets are empty," said Webb, the harbour master, after the meeting.'
    assert mentions(text) == ["Webb"]
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


def test_words_named_by_a_verb_before_them_are_not_the_next_subjects():
    text = (
        'In 2009, under what Ines Duarte called "the old model," the Harbour Club, a private '
        "marina, charged for every mooring."
    )
    assert mentions(text) == ["Ines Duarte"]


@pytest.mark.parametrize("group", ["the two", "many", "several"])
def test_a_number_of_people_write(group):
    text = f'"You seem to have picked a new standard," {group} write. "We do not understand."'
    assert mentions(text)[0] == group


def test_a_participle_and_its_time_between_speaker_and_verb():
    text = '"The harbour fees are unlawful," the ruling released Friday said.'
    assert mentions(text) == ["the ruling"]


def test_a_verb_of_saying_with_its_time_is_not_a_participle_to_skip():
    text = '"The harbour fees are unlawful," Webb tweeted Monday.'
    assert mentions(text) == ["Webb"]


@pytest.mark.parametrize("name", ["Will Estrada", "May Calder"])
def test_a_first_name_that_is_also_a_modal_opens_the_speakers_name(name):
    text = INTRO + f'"We have to win the county," {name}, the party chair, said on Monday.'
    assert mentions(text) == [name]


@pytest.mark.parametrize(
    ("attribution", "mention"),
    [
        ("Nora May said", "Nora May"),
        ("said Ms May", "Ms May"),
        ("said Sen. Will Lund", "Sen. Will Lund"),
        ("May said", "May"),
        ("Will wrote", "Will"),
    ],
)
def test_a_surname_that_is_also_a_modal_names_the_speaker(attribution, mention):
    text = INTRO + f'"We have to win the county," {attribution}.'
    assert mentions(text) == [mention]


def test_a_modal_before_a_bare_verb_is_no_name():
    text = INTRO + '"We have to win the county," some may say.'
    assert mentions(text) == [None]


def test_a_surname_that_is_also_a_modal_opens_a_colon_attribution():
    text = INTRO + 'May said: "We have to win the county."'
    assert mentions(text) == ["May"]


def test_a_participle_of_saying_after_an_earlier_quote_is_the_sentence_subjects():
    text = (
        INTRO + "Later on Sunday, Webb shared a chart called “Catch” on his page, writing "
        "“Allow me to do the research for the minister.”"
    )
    assert mentions(text)[-1] == "Webb"


def test_an_aside_between_name_and_verb():
    text = INTRO + '"It is a crisis," Nora Lind, a lawyer for the fishermen, one of several, said.'
    assert attributions(text) == [("It is a crisis,", "Nora Lind", "Nora Lind")]


@pytest.mark.parametrize(
    "title", ["chief human resources executive", "chief information security officer"]
)
def test_a_long_title_set_apart_before_the_name_and_verb_after_the_quote(title):
    text = f'"We found no link at all," Harbour Bank\'s {title}, Nora Lind, told The Gazette.'
    assert mentions(text) == ["Nora Lind"]


def test_a_name_with_a_prepositional_tail():
    text = INTRO + '"It was the least bad outcome," Mr. Webb of the harbour board said.'
    assert speakers(text) == ["Marcus Webb"]


@pytest.mark.parametrize(
    "subject",
    [
        "Tom Hart from the Federation of Small Businesses",
        "Federation of Small Businesses chair Tom Hart",
        "Bank of England governor Tom Hart",
        "Minister of Finance Tom Hart",
    ],
)
def test_a_person_and_the_body_they_serve_the_person_speaks(subject):
    text = f'Bakers met on Monday.\n\n{subject} said: "It has been a tough year."'
    assert speakers(text) == ["Tom Hart"]


@pytest.mark.parametrize(
    "text",
    [
        'Ruth Calder leads the council.\n\n"It is dead," a source close to Ms Calder said.',
        'Ruth Calder leads the council.\n\nA source close to Ms Calder said: "It is dead."',
        'Ruth Calder leads the council.\n\nA person familiar with the talks said it was "dead."',
    ],
)
def test_a_source_close_to_someone_is_not_them(text):
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "subject",
    ["A spokesman for Finance Minister Tom Hart", "A columnist for the trade site Crumb"],
)
def test_someone_speaking_for_a_person_or_a_body_is_not_them(subject):
    text = f'Bakers met on Monday.\n\n{subject} said: "It has been a tough year."'
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Former Bank of Canada governor Tom Hart, now an adviser at a law firm,", "Tom Hart"),
        ("A spokeswoman for Sen. Tom Hart (R-Maine), the fisheries committee chair,", None),
        ("One of the board's top officials, Tom Hart,", "Tom Hart"),
        ("Tory MP for Boston and Skegness, Tom Hart,", "Tom Hart"),
        ("Lord Hart of Kelso, a former minister,", "Hart"),
        ("Tom Hart of the Harbour Trust, a charity,", "Tom Hart"),
    ],
)
def test_a_subject_set_apart_by_an_aside_after_of_or_for(subject, speaker):
    text = f'Bakers met on Monday.\n\n{subject} said the rate was "far too high."'
    assert speakers(text) == [speaker]


def test_an_aside_left_unclosed_before_the_verb():
    text = (
        INTRO + '"We were not told," Nora Lind, a spokeswoman for the Harbour Board told the paper.'
    )
    assert mentions(text) == ["Nora Lind"]


def test_coordinated_speakers_and_several_prepositional_tails():
    text = (
        '"Tritium changes the design," experts Nora Lind and Tomas Alder of the Centre '
        "for Harbour Studies wrote."
    )
    assert mentions(text) == ["Nora Lind"]


def test_a_name_ending_in_an_abbreviation():
    text = '"We screen everyone," said C. Stewart Verdery Jr., a former official.'
    assert mentions(text) == ["C. Stewart Verdery Jr"]


def test_the_agent_of_a_passive_verb_of_saying():
    text = '"Harbour Lights" was written by Nora Lind after the storm.'
    assert speakers(text) == ["Nora Lind"]


@pytest.mark.parametrize(
    "verb", ["bragged", "deadpanned", "griped", "chuckled", "fretted", "ranted", "groused"]
)
def test_verbs_of_saying_of_a_livelier_style(verb):
    """A tabloid's or a sports page's verbs, with the doubled consonant of `bragged`: the
    quote is the one who speaks, not the subject the sentence opens with."""
    text = (
        INTRO + "Tomas Alder, the mayor, spoke first.\n\n"
        f'Alder stood beside him as Webb {verb}: "We caught more than anyone."'
    )
    assert speakers(text) == ["Marcus Webb"]


@pytest.mark.parametrize("verb", ["texted", "emailed"])
def test_a_message_sent_is_said(verb):
    text = INTRO + f'"Pass the popcorn," one harbour board member {verb} the Gazette.'
    assert mentions(text) == ["one harbour board member"]


def test_emails_and_texts_counted_are_no_verbs():
    text = (
        INTRO + "The files held 44 emails that Webb had not handed over, which he said were "
        '"personal."'
    )
    assert speakers(text) == ["Marcus Webb"]


def test_retaliated_is_a_verb_of_saying():
    text = (
        "Tomas Alder said the town was finished.\n\n"
        '"The town will always be the town," an angry Owen Blakely retaliated.'
    )
    assert speakers(text) == ["Owen Blakely"]


def test_a_phrasal_verb_of_saying_and_continued_to_another_verb():
    text = (
        INTRO + '"The nets are empty," Webb shot back.\n\n'
        '"Quiet," he demanded, as Lena Ortiz continued to interrupt.'
    )
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


def test_going_on_with_something_else_is_no_verb_of_saying():
    text = INTRO + 'Webb said that once the council goes on holiday, "I will fix the nets myself."'
    assert mentions(text) == ["Webb"]


def test_going_on_about_something_is_saying():
    text = INTRO + 'Webb went on about "the good old days."'
    assert mentions(text) == ["Webb"]


def test_an_initialism_can_end_a_sentence():
    text = (
        "Ines Duarte said the fleet is trying to hide its losses in the U.S. "
        'He says the harbour does not need "another lecture."'
    )
    assert mentions(text) == ["He"]


def test_an_initialism_inside_a_name_does_not_end_the_sentence():
    text = 'Officials in the U.S. Senate say the port is "finished."'
    assert mentions(text) == ["Officials"]


@pytest.mark.parametrize("verb", ["beamed", "grinned", "remembered"])
def test_a_verb_of_manner_inverted_after_the_quote_names_the_speaker(verb):
    text = (
        "Supporters snapped his picture in unison. "
        f'"This is fantastic!" {verb} Ann Lee of Leeds, who came for the day.'
    )
    assert attributions(text) == [("This is fantastic!", "Ann Lee", "Ann Lee")]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
def test_a_sentence_reporting_its_own_words_after_a_question_is_not_its_attribution(joiner):
    text = (
        INTRO + '"The nets are empty," Webb said. "Why should I be surprised?"'
        f"{joiner}Ann Lee said that the fleet would sail again in the spring."
    )
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


def test_a_short_attribution_after_a_question_is_still_its():
    text = INTRO + '"Why should I be surprised?" Ann Lee said on Monday. "The nets are empty."'
    assert speakers(text) == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
def test_a_quote_introduced_and_ended_is_not_the_next_sentences(joiner):
    text = (
        'Webb is touring the harbour. He jokes, "It is a never ending line!"'
        f'{joiner}A reporter asked Webb how he was feeling. He replied: "Never better."'
    )
    assert mentions(text) == ["He", "He"]


def test_a_line_break_after_a_closing_mark_ends_the_sentence():
    text = (
        '"We will stay," said Helena Marsh.\n"Nobody else will," she added.\n'
        "Later, critics called the plan a gamble, saying the port is too small."
    )
    assert speakers(text) == ["Helena Marsh", "Helena Marsh"]


def test_a_british_article_in_single_marks_gets_its_speakers():
    text = (
        "Councillors met on Tuesday.\n\n"
        "‘We have listened to residents,’ said Mr Hollis, the council leader. ‘That is all.’\n\n"
        "Mrs Ada Quill, 74, said: ‘I’m delighted. The fishermen’s cottages aren’t a theme park.’"
    )
    assert speakers(text) == ["Hollis", "Hollis", "Ada Quill"]


def test_a_british_article_in_straight_single_marks_gets_its_speakers():
    text = (
        "Profits fell at the firm's mills.\n\n"
        "'We cut rates,' said Ann Lee, the workers' union chief. 'It is the right thing.'\n\n"
        "Tom Hart, 52, said: 'I'm delighted. The workers' cottages aren't a theme park.'"
    )
    assert speakers(text) == ["Ann Lee", "Ann Lee", "Tom Hart"]


def test_a_sentence_opening_with_doubled_marks_ends_the_attribution_before_it():
    text = "''Can we save the port?'' Webb asked. ''I do not know.''"
    found = annotate(text).quotes
    assert found[0].rule == "said after"
    assert [text[q.speaker_start : q.speaker_end] for q in found] == ["Webb", "Webb"]


def test_a_nested_closing_mark_left_after_doubled_marks_hides_no_attribution():
    text = INTRO + "''I would call it 'old-school,''' said Webb, the harbour master."
    assert mentions(text) == ["Webb"]
    assert annotate(text).quotes[0].rule == "said after"


def test_a_relative_clause_ends_its_sentence_before_a_doubled_mark():
    text = (
        INTRO + "''The nets are empty,'' said Webb, who likened the season to a drought. "
        "''It is the worst in memory.''"
    )
    assert mentions(text) == ["Webb", "Webb"]
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ('After Ines Duarte said the quota was "far too low," Webb called a vote.', "Ines Duarte"),
        (
            'Although Duarte admitted to the board that she had "made mistakes," she claimed'
            " the quota was sound.",
            "Duarte",
        ),
        ('When Duarte later said she would "protect the fleet," the crowd applauded.', "Duarte"),
    ],
)
def test_a_quote_closing_an_opening_clause_is_that_clauses_speakers(sentence, mention):
    assert mention in mentions(INTRO + sentence)[0]


@pytest.mark.parametrize("verb", ["described", "portrayed"])
def test_a_quote_closing_a_relative_clause_before_the_main_verb_is_the_pronouns(verb):
    text = INTRO + f'Ines Duarte, who has called the quota "a scandal," {verb} the vote as unfair.'
    assert mentions(text) == ["who"]
    assert speakers(text) == ["Ines Duarte"]


# owned words: a quote hanging on someone's noun of saying.


def test_a_quote_completing_a_possessed_noun_of_saying_is_its_owners():
    text = INTRO + 'The council rejected the plan, despite Webb\'s promise to "fix the roads."'
    assert mentions(text) == ["Webb"]


def test_a_possessive_pronoun_owning_the_words_names_the_speaker():
    text = INTRO + 'Rivals seized on his warning that the port would "close by spring."'
    assert attributions(text) == [("close by spring.", "his", "Marcus Webb")]


@pytest.mark.parametrize("noun", ["call", "plea", "demand"])
def test_words_a_possessed_request_asks_for_are_its_owners(noun):
    text = INTRO + f'Rivals seized on his {noun} for "a harbour that works for everyone."'
    assert attributions(text) == [("a harbour that works for everyone.", "his", "Marcus Webb")]


def test_words_someone_else_talks_about_are_the_talkers():
    text = INTRO + 'Ines Duarte called Webb\'s remarks "a disgrace."'
    assert mentions(text) == ["Ines Duarte"]


# owner before the noun: a quote set between its owner and a noun of saying.


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ('Webb\'s "empty nets" remark angered the fleet.', "Webb"),
        ('Fishermen still quote his "not one more boat" pledge.', "his"),
    ],
)
def test_a_quote_between_an_owner_and_a_noun_of_saying_is_the_owners(sentence, mention):
    assert mentions(INTRO + sentence) == [mention]


def test_a_quote_before_a_noun_of_saying_with_no_owner_is_no_ones():
    assert mentions(INTRO + 'The "empty nets" remark angered the fleet.') == [None]


# relative clause: a quote ending a relative clause is its pronoun's.


def test_a_quote_ending_a_relative_clause_is_the_relative_pronouns():
    text = INTRO + 'Webb, who has in the past described the quotas as "a scandal," stayed.'
    assert attributions(text)[0] == ("a scandal,", "who", "Marcus Webb")


def test_a_relative_clause_that_speaks_after_a_verb_of_saying():
    text = 'Ines Duarte rebuked critics who say the port should be "sold off."'
    assert mentions(text) == ["who"]


def test_a_relative_clause_with_its_own_speaker_is_theirs():
    text = INTRO + 'Webb praised Ines Duarte, who he called "the best of us."'
    assert speakers(text) == ["Marcus Webb"]


def test_a_relative_clause_inside_reported_words_is_the_reporters():
    text = 'Ines Duarte said the sailors who came were "tired of waiting."'
    assert mentions(text) == ["Ines Duarte"]


# said before: the attribution leading to the quote.


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        (
            "Radio host Tomas Alder used his show on Friday to discuss what he described as the "
            '"brilliant" decision.',
            "Tomas Alder",
        ),
        ('Tomas Alder was known for his hatred of what he called "red tape."', "Tomas Alder"),
        ('The minister used his column to mock what he called "a stitch-up."', "The minister"),
        ('Nora Lind was known for a hatred of what he called "red tape."', "he"),
        ('Tomas Alder backed the Ivo Maric plan of what he called "less red tape."', "he"),
    ],
)
def test_what_he_called_rests_on_the_subject_the_pronoun_stands_for(sentence, mention):
    assert mentions(sentence) == [mention]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Webb issued a statement after Ines Duarte told a meeting that the quota is"
            ' "far too low."',
            "Ines Duarte",
        ),
        ('Webb is assuring fishermen after Duarte told him he is "too nice" to fight.', "Duarte"),
        ('Webb said that when Duarte spoke, the quota was "far too low."', "Webb"),
    ],
)
def test_a_clause_opened_after_the_main_verb_is_its_own_speakers(sentence, speaker):
    assert mentions(INTRO + sentence) == [speaker]


@pytest.mark.parametrize("pronoun", ["he's", "he’s"])
def test_a_pronoun_contracted_with_has_is_the_subject_not_an_owner(pronoun):
    text = INTRO + f'Webb met the union. Since Monday {pronoun} said the quota is "far too low."'
    assert mentions(text) == [pronoun[:2]]
    assert speakers(text) == ["Marcus Webb"]


def test_it_contracted_with_is_speaks_for_the_body_before_it():
    text = (
        INTRO + "The harbour board is defending Webb. It's denouncing what it calls"
        ' "a smear campaign."'
    )
    assert mentions(text) == ["It"]


@pytest.mark.parametrize("join", ["while", "but", "although", "though"])
def test_a_clause_joined_after_a_comma_is_its_own_speakers(join):
    text = (
        INTRO + f"Webb said on Monday that he would meet the union, {join} he wrote that he"
        ' "rejects the quota outright."'
    )
    assert mentions(text) == ["he"]
    assert speakers(text) == ["Marcus Webb"]


def test_the_main_clause_starts_after_every_opening_phrase():
    text = (
        INTRO + "Later in the meeting, after the debate concluded, Ines Duarte stated that the"
        ' report "was not good."'
    )
    assert mentions(text) == ["Ines Duarte"]


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ('Duarte criticised the licensing bodies, which he called "a harbour cartel."', "he"),
        ('Duarte lambasted the deal struck by Webb, who she noted was "in his final year."', "she"),
    ],
)
def test_an_object_relative_clause_speaks_through_its_own_subject(sentence, mention):
    assert mentions(INTRO + sentence) == [mention]


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ('Webb said he replied: "You cannot fish an empty sea."', "Webb"),
        ('Inspectors say that he told one skipper, "Your nets are illegal."', "Inspectors"),
        ('Harbour sources have said he said "no more quotas" to the board.', "Harbour sources"),
    ],
)
def test_a_speaker_inside_a_reported_clause_gives_way_to_the_reporter(sentence, mention):
    assert mentions(INTRO + sentence) == [mention]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The union walked out, with its leader calling the offer "an insult."', "its leader"),
        (
            "The council met on Monday, with the harbour master's deputy saying the quota was"
            ' "far too low."',
            "the harbour master's deputy",
        ),
        ('With Webb saying the nets were "empty," the council adjourned.', "Webb"),
    ],
)
def test_the_doer_of_a_clause_with_opens_says_its_participle(sentence, speaker):
    assert mentions(INTRO + sentence) == [speaker]


def test_with_inside_a_clause_opens_no_speaker():
    text = INTRO + 'Webb comes with the right calling card: he ran "the tightest harbour."'
    assert "the right" not in mentions(text)


def test_a_source_with_opens_is_still_its_issuers_words():
    text = INTRO + 'The ministry replied on Monday, with a statement saying the quota is "illegal."'
    assert mentions(text) == ["The ministry"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Cost estimates, he added, were "based on a prototype."', "Marcus Webb"),
        ('The quota, Webb said, is "far too low" for the fleet.', "Marcus Webb"),
        ('The catch was no different, he said Tuesday, from "the worst years."', "Marcus Webb"),
    ],
)
def test_an_attribution_set_off_by_commas_before_the_quote_is_its_speaker(sentence, speaker):
    text = INTRO + '"The nets are empty," Webb said. ' + sentence
    mention = sentence.split(",")[1].split()[0]
    assert attributions(text)[-1][1:] == (mention, speaker)


def test_a_source_before_as_follows_introduces_the_next_paragraph():
    text = INTRO + 'Transcript as follows:\n\n"We have fished here for a hundred years."'
    assert mentions(text) == ["Transcript"]


def test_name_said_colon_quote():
    assert speakers(INTRO + 'Webb said: "The nets are empty."') == ["Marcus Webb"]


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


def test_a_colon_paragraph_introduces_the_quote_below_it():
    text = INTRO + 'Webb continued:\n\n"Nobody in the capital has been here."'
    assert speakers(text) == ["Marcus Webb"]


def test_asked_about_someone_the_speaker_is_the_one_who_answers():
    text = INTRO + 'Asked about Tomas Alder, Webb said: "He is a friend."'
    assert speakers(text) == ["Marcus Webb"]


def test_a_question_put_to_someone_is_the_askers():
    text = (
        "Ruth Calder and Tomas Alder debated on Tuesday.\n\n"
        "Calder was asked by moderator Nora Lind, who chairs the harbour board, "
        '"Will you cut the fees?"'
    )
    assert speakers(text) == ["Nora Lind"]


def test_an_answer_after_being_asked_is_the_answerers():
    text = (
        "Ruth Calder and Tomas Alder debated on Tuesday.\n\n"
        'Calder was asked by moderator Nora Lind about the fees and said they were "fair."'
    )
    assert speakers(text) == ["Ruth Calder"]


def test_nouns_that_look_like_speech_verbs_do_not_attribute():
    text = 'In a statement announcing the deal, the Fishermen Union called the quota "a betrayal."'
    found = attributions(text)
    assert found[0][1] == "Fishermen Union"
    assert found[0][2] is None


@pytest.mark.parametrize("title", ["Harbour Board press secretary", "Kremlin press aide"])
def test_a_verb_of_saying_naming_a_job_before_a_name_is_no_verb(title):
    text = f'{INTRO}{title} Nora Lind told reporters that the quota was "far too low."'
    assert speakers(text) == ["Nora Lind"]


@pytest.mark.parametrize(
    "subject",
    [
        "Her late husband, former party leader Tom Hart,",
        "Her first boss, then-deputy mayor Tom Hart,",
        "Her mentor, longtime NDP organizer Tom Hart,",
    ],
)
def test_a_name_after_its_lower_case_title_names_the_description_before_it(subject):
    text = f'Ann Lee runs the harbour.\n\n{subject} used to say she was "the most stubborn person."'
    assert speakers(text) == ["Tom Hart"]


def test_a_name_after_words_that_are_no_title_is_not_in_apposition():
    text = 'Ann Lee runs the harbour.\n\nHer late husband, and Tom Hart, used to say it was "hard."'
    assert speakers(text) != ["Tom Hart"]


@pytest.mark.parametrize(
    "opener", ["Asked whether Webb would respond", "Pressed on whether Webb would comment"]
)
def test_a_question_put_before_the_main_clause_is_not_its_speaker(opener):
    text = f'{INTRO}{opener}, Ines Duarte said only that the board "will have more to say."'
    assert speakers(text) == ["Ines Duarte"]


def test_the_agent_of_a_participle_opening_the_sentence_is_not_its_speaker():
    opener = "Challenged by Harbour Radio's Tomas Alder on her post-election speaking fees"
    text = f'{INTRO}{opener}, Ines Duarte said that her family "came out of it broke."'
    assert speakers(text) == ["Ines Duarte"]


def test_an_aside_on_the_agent_of_an_opening_participle_is_not_the_subject():
    text = (
        INTRO + "Preceded at the podium by Tomas Alder, the county clerk and a longtime ally, "
        'Ines Duarte launched into a lament for the "forgotten harbours" of the coast.'
    )
    assert mentions(text) == ["Ines Duarte"]


@pytest.mark.parametrize("reference", ["Article 12", "Section 4", "Psalm 121"])
def test_a_numbered_part_of_a_text_opening_the_sentence_is_its_subject(reference):
    text = f"{INTRO}The charter is plain. {reference} affirms: “No harbour shall close in winter.”"
    assert mentions(text) == [reference]


def test_a_participle_after_a_comma_belongs_to_the_sentence_subject():
    text = INTRO + 'Webb criticised the ministry on Friday, saying, "Nobody listens."'
    assert speakers(text) == ["Marcus Webb"]


def test_the_verb_nearest_a_full_quote_introduces_it():
    text = 'When Tomas Alder noted the cost, Marcus Webb replied, "We pay it anyway."'
    assert speakers(text) == ["Marcus Webb"]


def test_a_name_before_a_colon_introduces_the_quote():
    assert speakers("Pollster Nora Lind: “Turnout will decide it.”") == ["Nora Lind"]


def test_a_full_name_ending_the_words_before_a_colon_introduces_the_quote():
    text = (
        "Ruth Calder leads the race by six points.\n\n"
        "The timing of the surge does not surprise Republican pollster Nora Lind: "
        "“Lesser-known candidates always rise late.”"
    )
    assert speakers(text) == ["Nora Lind"]
    assert annotate(text).quotes[0].rule == "said before"


def test_a_name_after_a_preposition_before_a_colon_is_who_was_spoken_to():
    text = "Ruth Calder explained the plan to the harbour paper Tide Watch: “We cut the fees.”"
    assert speakers(text) == ["Ruth Calder"]


def test_a_digest_source_label_after_a_dash_introduces_the_quote():
    text = 'Harbour fees set to rise - Tide Watch: "Moorings will cost a third more next year."'
    assert mentions(text) == ["Tide Watch"]


@pytest.mark.parametrize("headline", ["Economists agree", "Analysts warn"])
def test_a_digest_label_after_a_dash_is_the_speaker_over_a_verb_of_its_headline(headline):
    text = f'{headline} - Nora Lind: "Moorings will cost a third more next year."'
    assert mentions(text) == ["Nora Lind"]


def test_a_digest_label_is_the_name_before_the_colon_not_a_word_before_it():
    text = 'What it means for the port - More from Lind: "Fees will rise."'
    assert "More" not in mentions(text)


def test_in_what_someone_set_apart_by_a_description_called():
    text = INTRO + (
        'Webb kept the fleet afloat, in what Ines Duarte, head of the rival union, called "a '
        'miracle."'
    )
    assert speakers(text) == ["Ines Duarte"]


@pytest.mark.parametrize("verb", ["put", "puts"])
def test_as_someone_put_it(verb):
    text = INTRO + f'As Webb {verb} it in a letter, the quota is "a slow death."'
    assert speakers(text) == ["Marcus Webb"]


def test_a_speech_word_used_as_a_noun_can_head_the_speaker():
    text = 'Online, one tweet said: "Bring back the ferry."'
    assert mentions(text) == ["one tweet"]


def test_a_quantifier_can_say():
    assert mentions('Yet another said, "The fleet is finished."') == ["another"]


@pytest.mark.parametrize("share", ["21 percent", "About four in 10", "Six in 10 voters", "most"])
def test_a_share_of_those_polled_says_what_they_said_and_is_no_person(share):
    text = (
        "Ruth Calder leads the race, a new poll of 900 voters found. "
        f'Asked about the harbour plan, {share} said it was "a waste of money."'
    )
    assert attributions(text) == [("a waste of money.", share, None)]


def test_most_as_an_adverb_before_a_participle_is_no_share():
    text = 'Senator Ruth Calder did it most explicitly by proposing a "harbour tax."'
    assert speakers(text) == ["Ruth Calder"]


def test_an_infinitive_belongs_to_the_sentence_subject():
    text = INTRO + 'Webb took to the radio to accuse the ministry of being "asleep at the wheel."'
    assert speakers(text) == ["Marcus Webb"]


def test_a_compound_noun_is_not_a_speech_verb():
    text = 'The candidate gave no cost estimate, though he said "reforms" would pay.'
    assert mentions(text) == ["he"]


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


def test_cruz_himself_said():
    text = 'Ruth Calder himself said on Monday that "the port will stay open."'
    assert speakers(text) == ["Ruth Calder"]


def test_a_dateline_city_is_no_speaker():
    text = (
        "LISBON, May 3 (Reuters) - The mayor's closest aide rallied supporters, saying: "
        '"We have to be ready."'
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize("label", ["(R-OH)", "(D-Newport News)"])
def test_a_party_label_and_a_comma_between_the_name_and_the_verb(label):
    text = f'At a rally in Berea, OH, after the vote, Gov. Ines Duarte {label}, said, "We won."'
    assert speakers(text) == ["Ines Duarte"]


def test_a_bracketed_aside_that_is_no_party_label_leaves_the_aside_to_its_name():
    text = 'Tom Hart, head of Fleet Rising (a union), tweeted: "We won."'
    assert speakers(text) == ["Tom Hart"]


@pytest.mark.parametrize("verb", ["kept asking", "continued telling"])
def test_a_verb_a_participle_of_saying_goes_on_from_has_its_subject(verb):
    text = (
        "When Ines Duarte testified before the council in 2013, Tom Hart "
        f'{verb} her why the port had blamed "spontaneous" protests.'
    )
    assert speakers(text) == ["Tom Hart"]


@pytest.mark.parametrize("city", ["Lisbon", "Mexico City"])
def test_a_title_case_dateline_with_an_agency_is_no_sentence_opening(city):
    text = (
        f"{city} (AFP) – Mayor Ines Duarte has taken a swipe at her rival Tom Hart's plan, "
        'saying that "loud promises" do more harm than good.'
    )
    assert speakers(text) == ["Ines Duarte"]


def test_a_name_and_a_bracketed_party_before_a_dash_is_no_dateline():
    text = INTRO + 'Ann Lee (Green) - a former teacher - said: "It is a disgrace."'
    assert speakers(text) == ["Ann Lee"]


@pytest.mark.parametrize("adverb", ["yesterday", "however", "now", "today"])
def test_an_adverb_between_the_speaker_and_the_verb(adverb):
    text = f'Tomas Alder {adverb} said he would welcome a "fair deal" for the port.'
    assert attributions(text) == [("fair deal", "Tomas Alder", "Tomas Alder")]


@pytest.mark.parametrize("adverb", ["similarly", "previously", "angrily"])
def test_an_ly_adverb_between_the_speaker_and_the_verb(adverb):
    text = f'Tomas Alder {adverb} warned that skippers he has spoken with are "falling apart."'
    assert mentions(text) == ["Tomas Alder"]


def test_a_family_is_no_adverb():
    text = INTRO + 'Webb\'s family has called on the council to "act at once."'
    assert mentions(text) == ["Webb's family"]


def test_a_speaker_after_a_relative_clause_of_saying_about_them():
    text = (
        "Tomas Alder, who says the harbour should close, told the council that the plan "
        '"will not save a single boat."'
    )
    assert attributions(text) == [("will not save a single boat.", "Tomas Alder", "Tomas Alder")]


def test_a_speaker_after_an_introductory_phrase_with_a_verb_of_saying():
    text = (
        "On reports that the mayor spoke to skippers, Tomas Alder said he believes "
        '"the fleet will recover."'
    )
    assert mentions(text) == ["Tomas Alder"]


def test_a_verb_of_saying_joined_by_and_is_the_sentence_subjects():
    text = 'Webb knocked the council on quotas and called the plan "a disgrace."'
    assert attributions(text) == [("a disgrace.", "Webb", "Webb")]


def test_a_name_before_a_verb_and_a_preposition_ends_at_the_verb():
    text = 'Ines Duarte went after Owen Blakely on Monday, calling the plan "a disgrace."'
    assert attributions(text) == [("a disgrace.", "Ines Duarte", "Ines Duarte")]


@pytest.mark.parametrize(
    "verb", ["dubbed", "labelled", "labeled", "slammed the plan as", "counselled against"]
)
def test_verbs_of_saying_that_double_or_keep_their_consonant(verb):
    text = INTRO + f'Later Ines Duarte, who Webb {verb} "a disgrace," left.'
    assert mentions(text) == ["Webb"]


@pytest.mark.parametrize("verb", ["refers", "referred", "has referred"])
def test_referring_to_someone_by_a_name_is_saying_it(verb):
    text = INTRO + f'Webb {verb} to the new harbour master as "the kid."'
    assert speakers(text) == ["Marcus Webb"]


def test_a_statement_released_is_its_issuers_words():
    text = INTRO + 'Webb released a statement Tuesday night condemning "a reckless plan."'
    assert speakers(text) == ["Marcus Webb"]


@pytest.mark.parametrize("crowd", ["Hundreds of fishermen", "About 200 protesters"])
def test_a_crowd_counted_chants(crowd):
    text = f'{crowd} marched to the harbour, waving flags and chanting "Save our port."'
    assert mentions(text)[0] in crowd


def test_a_statement_issued_saying_is_its_issuers():
    text = 'The harbour council issued a statement Monday saying the plan was "unworkable."'
    assert mentions(text) == ["The harbour council"]


def test_a_statement_issued_by_the_main_clauses_subject_is_theirs():
    text = (
        INTRO + "Webb, who said last week that the quotas were unfair, issued a statement "
        'Tuesday saying, "I will not resign."'
    )
    assert mentions(text) == ["Webb"]


@pytest.mark.parametrize(
    "verb", ["released a joint statement", "issued a statement", "put out a letter"]
)
def test_putting_out_a_statement_is_saying_it(verb):
    text = f'The harbour council {verb} welcoming "a fair deal for the fleet."'
    assert mentions(text) == ["The harbour council"]


def test_as_someone_put_it_is_not_putting_out_a_statement():
    text = 'As one fisherman put it, "the nets are empty."'
    assert mentions(text) == ["one fisherman"]


def test_the_it_of_put_it_after_a_quoted_title_is_no_speaker():
    text = 'As Ines Duarte, the author of "The Sea," put it, "the nets are empty."'
    assert "it" not in mentions(text)


def test_a_participle_after_said_goes_on_from_that_speaker():
    text = 'Webb and Lind will meet next week, Ines Duarte said, adding, "They need to talk."'
    assert mentions(text) == ["Ines Duarte"]


def test_a_verb_joined_to_a_verb_of_saying_is_its_speakers():
    text = (
        "When Ines Duarte, the mayor, was asked whether the port would close, "
        'Webb laughed and said, "We will see."'
    )
    assert mentions(text) == ["Webb"]


def test_a_medium_before_a_participle_is_no_speaker():
    text = 'Webb answered the question on Facebook writing, "Yes, I will."'
    assert mentions(text) == ["Webb"]


def test_a_place_set_off_by_commas_is_no_speaker():
    text = (
        INTRO + "Speaking at the town hall in Whitby, Yorkshire, Webb went after the council, "
        'calling it "a disgrace."'
    )
    assert speakers(text) == ["Marcus Webb"]


def test_a_capitalised_plain_word_opening_the_sentence_is_no_speaker():
    text = INTRO + 'Back in 1999, Webb praised the fleet, telling reporters: "They are the best."'
    assert speakers(text) == ["Marcus Webb"]


def test_said_and_a_comma_right_before_a_partial_quote_introduces_it():
    text = INTRO + 'A fisherman asked for a photo and Webb said, "as long as the nets are dry."'
    assert mentions(text) == ["Webb"]


def test_a_subject_after_a_conjunction_with_an_aside_before_the_verb():
    text = (
        "The row began after Webb, asked about the harbour under Ines Duarte, had said, "
        '"The fleet does plenty of damage too."'
    )
    assert mentions(text) == ["Webb"]


def test_a_description_ends_before_a_place_preposition():
    text = 'One operative inside Harbour House tried to calm things, saying it was "no big deal."'
    assert mentions(text) == ["One operative"]


@pytest.mark.parametrize("conjunction", ["after", "before"])
def test_the_subject_of_a_clause_opened_by_after_or_before_speaks(conjunction):
    text = f'Ines Duarte left the port, hours {conjunction} Webb said it was "finished."'
    assert mentions(text) == ["Webb"]


@pytest.mark.parametrize("join", ["while", "and", "but", "when"])
def test_a_second_clause_with_its_own_verb_of_saying_is_the_quotes(join):
    text = (
        "Ines Duarte warned that the quotas were too tight, "
        f'{join} Owen Blakely said the plan was "a disgrace."'
    )
    assert mentions(text) == ["Owen Blakely"]


def test_a_reported_clause_stays_with_the_one_who_reports_it():
    text = 'Ines Duarte said Owen Blakely had called the plan "a disgrace."'
    assert mentions(text) == ["Ines Duarte"]


# survey: a share of a poll's respondents.


def test_a_share_of_a_polls_respondents_quotes_the_poll():
    text = 'In a harbour survey released Monday, 31% of fishermen said they were "very worried."'
    assert mentions(text) == ["a harbour survey"]


# said next: a short attribution after a quote that ends its sentence.


def test_dash_line_attribution():
    text = "“The sea is our field.” ― Marcus Webb"
    assert attributions(text) == [("The sea is our field.", "Marcus Webb", "Marcus Webb")]


def test_a_dash_line_ends_at_its_line_break():
    text = "“The sea is our field.” ― Marcus Webb\n“The sea is our bank.” ― Ines Duarte"
    assert speakers(text) == ["Marcus Webb", "Ines Duarte"]


def test_a_sentence_running_into_the_next_quote_is_no_attribution_of_the_one_before():
    text = (
        'Nora Lind, a nurse, was polled. "They are not hurting anybody." Tom Hart, 18, from '
        'Leeds, disagrees. "I could say I identify as anything."'
    )
    assert mentions(text)[1] == "Tom Hart"
    assert mentions(text)[0] != "Tom Hart"


# according to.


@pytest.mark.parametrize("joiner", ["\n\n", " "])
def test_a_noun_with_its_own_verb_after_said_is_reported_speech_not_an_attribution(joiner):
    text = (
        INTRO + '"The nets are empty," Webb said. "Sooner or later, something has to change."'
        f"{joiner}Fishermen say pressure over the quota is growing."
    )
    assert mentions(text) == ["Webb", "Webb"]


def test_said_with_its_time_after_a_quote_still_attributes_it():
    text = INTRO + '"Something has to change." Webb said on Monday.'
    assert mentions(text) == ["Webb"]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
def test_according_to_in_a_sentence_of_its_own_is_not_the_quotes_source(joiner):
    text = (
        '"We will march on to the convention," Lind said at a rally. "And we will win."'
        f"{joiner}Calder leads Lind by 271 delegates, according to a count by the Harbour Post."
    )
    assert mentions(text) == ["Lind", "Lind"]


def test_according_to():
    text = INTRO + 'The quota is "far too low," according to Webb.'
    assert speakers(text) == ["Marcus Webb"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('"The nets are empty," Webb said, according to the Harbour Post.', "Post"),
        ('According to the Harbour Post, Webb said the quota was "far too low."', "Post"),
        ('Webb called the quota "far too low," according to a transcript.', "transcript"),
    ],
)
def test_according_to_names_the_source_over_the_speaker_it_reports(sentence, source):
    (mention,) = mentions(INTRO + sentence)
    assert mention.endswith(source)


@pytest.mark.parametrize(
    "sentence",
    [
        '"The nets are empty," Webb said, according to the Harbour Post. "We are done."',
        'According to the Harbour Post, Webb told aides the quota was "far too low."',
    ],
)
def test_the_source_of_according_to_stands_for_the_speaker_it_relays(sentence):
    found = attributions(INTRO + sentence)
    assert [(mention, person) for _, mention, person in found] == [
        ("Harbour Post", "Marcus Webb")
    ] * len(found)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            '"We are still winning," Webb said at the meeting, according to audio provided to'
            " the Harbour Post.",
            "audio",
        ),
        (
            '"Nothing prepares you for it," Webb will say, according to excerpts of his speech.',
            "excerpts",
        ),
        ('The fleet needs "a living wage," according to calculations by Ines Duarte.', "Duarte"),
        ('"Why wait?" Webb said at a rally, according to the Harbour Post.', "Post"),
    ],
)
def test_according_to_names_a_plain_source_or_its_maker(sentence, source):
    (mention,) = mentions(INTRO + sentence)
    assert mention.endswith(source)


def test_according_to_relays_no_one_named_only_in_a_clause_before_the_subject():
    text = INTRO + "After Webb asked about it, the crews became “agitated,” according to a source."
    assert attributions(text) == [("agitated,", "a source", None)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('Webb is "furious" with the board, per two people familiar with his thinking.', "people"),
        ('Per the harbour rules, boats must "stay in port" in a storm.', "rules"),
    ],
)
def test_per_closing_or_opening_the_sentence_names_the_source(sentence, source):
    (mention,) = mentions(INTRO + sentence)
    assert mention is not None and source in mention


def test_per_in_an_aside_before_that_is_no_source():
    text = INTRO + 'Webb said, per a translator, that the nets were "empty."'
    assert speakers(text) == ["Marcus Webb"]
    assert mentions(text) == ["Webb"]


def test_in_the_words_of():
    text = 'The harbour was, in the words of a senior fisherman, "finished for good."'
    assert mentions(text) == ["a senior fisherman"]


@pytest.mark.parametrize(("owner", "mention"), [("Webb’s", "Webb"), ("Ines Jones’", "Ines Jones")])
def test_in_someones_words(owner, mention):
    text = INTRO + f'The harbour was, in {owner} words, "finished for good."'
    assert mentions(text) == [mention]


@pytest.mark.parametrize("opening", ["In Webb’s words,", "But Webb’s words were plain:"])
def test_someones_words_opening_a_sentence_name_them_without_the_opening_word(opening):
    text = INTRO + f'{opening} "The harbour is finished."'
    assert attributions(text) == [("The harbour is finished.", "Webb", "Marcus Webb")]


def test_in_his_words_is_the_last_man_named():
    text = INTRO + 'The harbour was, in his words, "finished for good."'
    assert attributions(text) == [("finished for good.", "his", "Marcus Webb")]


# sentence tail: an attribution closing the sentence after an aside.


def test_an_apposition_after_a_closing_attribution():
    text = (
        INTRO
        + 'The quota is "a slow death" for the town, says Webb, who has fished for forty years.'
    )
    assert speakers(text) == ["Marcus Webb"]


def test_the_sentence_after_a_quote_that_ended_one_keeps_its_attribution():
    text = (
        'Ines Duarte met the fleet. "We cut the quota twice." If prices fall, the town can '
        "step in, Marcus Webb said."
    )
    (quote,) = annotate(text).quotes
    assert quote.rule != "sentence tail"


def test_an_apposition_with_a_relative_clause_after_said_name():
    text = '"We are happy" about it, said Nora Lind, director of a union that backed the plan.'
    assert speakers(text) == ["Nora Lind"]


def test_a_plural_noun_after_many_is_no_verb_of_saying():
    text = (
        'The port has worried many Baltic states, and it has used "soft words" in its talks, '
        "said Ada Quill, an analyst in Riga."
    )
    assert speakers(text) == ["Ada Quill"]


# passive agent.


def test_by_right_after_a_quote_is_an_agent_only_after_a_participle():
    assert mentions('A paper titled "Saving the Fleet" by Nora Lind.') == ["Nora Lind"]
    assert mentions('He was "troubled" by the situation.') != ["the situation"]


@pytest.mark.parametrize("naming", ["labeled as a", "branded as", "dismissed as"])
def test_a_participle_naming_the_words_takes_the_agent_after_them(naming):
    text = f'The inquiry goes on, often {naming} "witch hunt" by Nora Lind, the mayor.'
    assert speakers(text) == ["Nora Lind"]


@pytest.mark.parametrize("group", ["charities", "campaigners"])
def test_a_participle_naming_the_words_takes_a_plain_plural_agent(group):
    text = f'The grant, often described as "a lifeline" by {group}, pays for heating.'
    assert mentions(text) == [group]


# lead-in sentence.


def test_a_sentence_ending_on_its_speech_verb_leads_into_the_quote():
    text = 'Nora Lind, the board\'s director, said in a statement. "There are no boats to count."'
    assert speakers(text) == ["Nora Lind"]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
def test_a_sentence_of_narration_after_another_quote_still_leads_in(joiner):
    text = (
        f'{INTRO}Webb called the meeting a "waste of time."{joiner}'
        'His deputy, Ann Lee, disagreed. "We heard every fisherman out."'
    )
    assert speakers(text) == ["Marcus Webb", "Ann Lee"]


def test_a_lead_in_reporting_what_others_maintain_is_the_reporters():
    text = (
        "His deputy, Ann Lee, said members would maintain essential services. "
        '"No boat will be left without a berth."'
    )
    assert attributions(text) == [("No boat will be left without a berth.", "Ann Lee", "Ann Lee")]


def test_another_quotes_attribution_is_no_lead_in():
    text = '"We will stay," Tom Hart said. "Nobody else will," said Ann Lee.'
    assert speakers(text) == ["Tom Hart", "Ann Lee"]


# lead-out sentence.


def test_a_speaker_given_by_the_sentence_after_the_quote():
    text = (
        '"We did everything we could." Those were the words of headteacher Ada Quill, '
        'speaking on Monday.\n\n"It is a sad day." '
        "So said the Reverend Owen Blakely, who chairs the governors."
    )
    assert speakers(text) == ["Ada Quill", "Owen Blakely"]


@pytest.mark.parametrize(
    "after",
    [
        " — that's how Premier Ada Quill put it on Monday.",
        ". That is how Premier Ada Quill described it.",
    ],
)
def test_a_dash_or_sentence_saying_how_someone_put_it_gives_the_speaker(after):
    text = INTRO + '"The nets are empty," Webb said.\n\n"Nobody wants a strike"' + after
    assert speakers(text) == ["Marcus Webb", "Ada Quill"]


# signature line.


def test_a_paragraph_that_signs_the_quote_above():
    text = '"Ferries made this town."\n\n- Nora Lind.\n\nThe claim is old.'
    assert speakers(text) == ["Nora Lind"]


def test_a_news_agency_credit_line_signs_no_quote():
    text = 'The harbour board met on Friday.\n\n"The plan is a gift to the harbour."\n\n- Reuters.'
    assert mentions(text) == [None]


# sentence subject and any subject: with no shape, the subject of the quote's sentence, when it
# can speak.


@pytest.mark.parametrize("opening", ["There's", "There’s", "There is"])
def test_there_holding_the_subjects_place_is_no_speaker(opening):
    text = (
        INTRO + f"{opening} still time for Webb to mend fences with the union, even after"
        ' calling its leaders "reckless."'
    )
    assert mentions(text) == ["Webb"]


def test_a_possessive_before_a_noun_that_looks_like_a_verb():
    text = 'Voters liked Webb\'s bold promise to "rebuild the harbour."'
    assert mentions(text) != ["Webb's bold"]


def test_a_source_alone_before_a_colon():
    text = "From Webb's letter to the ministry: “We cannot wait another season.”"
    assert mentions(text) == ["Webb's letter"]


def test_with_no_attribution_shape_a_quote_goes_to_the_subject_of_its_sentence():
    text = 'The residents were obliged to answer: "When did this person arrive?"'
    assert mentions(text) == ["The residents"]


@pytest.mark.parametrize("conjunction", ["when", "because"])
def test_a_quote_in_a_later_clause_is_that_clauses_subjects(conjunction):
    text = (
        INTRO + f"Webb stayed at the harbour all winter, {conjunction} Ines Duarte wanted to "
        'show that "the fleet can still work."'
    )
    assert mentions(text) == ["Ines Duarte"]


def test_a_later_clause_reaches_past_the_full_stop_of_an_initial_or_a_title():
    text = (
        INTRO + "The row echoes a dispute in June when Mr. Webb assailed a judge, Ann P. Lee, for"
        ' her "foreign heritage."'
    )
    assert mentions(text) == ["Mr. Webb"]


def test_a_clause_opened_by_as_with_a_pronoun_is_the_pronouns():
    text = (
        "Ines Duarte is winning applause in the harbour towns as he keeps talking about "
        '"the power of the fleet."'
    )
    assert mentions(text) == ["he"]


def test_words_someone_owns_are_theirs():
    text = (
        'Mayor Ines Duarte opened the bridge.\n\nDuarte\'s promise was to "fix every road by May."'
    )
    assert attributions(text)[0][1:] == ("Duarte", "Ines Duarte")


def test_an_infinitive_needs_a_subject_that_can_speak():
    text = (
        "By noon, sites had posted the clip, their only disagreement coming over whether to add "
        '"a laugh track."'
    )
    assert mentions(text) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        'It was Webb\'s plan to "rebuild the quay" that won the vote.',
        'It\'s the old promise of a "working harbour" that keeps the fleet here.',
        'It seems the quay is "finished" for the season.',
    ],
)
def test_an_it_that_only_holds_the_subjects_place_is_no_speaker(sentence):
    assert mentions(INTRO + sentence) != ["It"]


def test_a_common_word_opening_the_sentence_is_no_fallback_speaker():
    assert mentions('Households are obliged to answer: "When did this person arrive?"') == [None]


def test_a_body_after_an_opening_phrase_is_the_subject_that_names_the_quote():
    text = INTRO + 'In August, Harbour House plans to release "The Making of a Harbour," a history.'
    assert mentions(text) == ["Harbour House"]


@pytest.mark.parametrize(
    "sentence",
    [
        'In May, the crews voted to back the "Night Fleet" plan.',
        'In October, the harbour had been "a ghost town" for a decade.',
    ],
)
def test_the_object_of_an_opening_preposition_is_no_subject(sentence):
    assert mentions(INTRO + sentence) == [None]


def test_a_thing_opening_the_sentence_is_no_speaker():
    assert mentions('The word "harbour" appears twice on the old map.') == [None]


def test_no_speaker_without_support():
    text = 'The word "harbour" appears twice on the old map.\n\n"Closed for winter."'
    assert attributions(text) == [("harbour", None, None), ("Closed for winter.", None, None)]


def test_a_headline_gets_no_guessed_speaker():
    text = 'Helena Marsh Declines To Debate – Whatever Happened To "Anytime, Anywhere"'
    assert mentions(text) == [None]


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ('Nora Lind, a harbour pilot, is a popular guest at "Sea Days."', "Nora Lind"),
        ('The mayor likes "The Walking Dead," while Webb loves "Lilyhammer."', "The mayor"),
        ('Later on Sunday, Webb shared a syllabus for a class called "Perception."', "Webb"),
    ],
)
def test_a_quoted_title_is_named_by_its_sentences_subject(sentence, mention):
    """News quotes a title someone names (`Cruz named "Criminal Minds" as his top show`) as
    that person's words: the sentence's subject."""
    assert mention in (mentions(INTRO + sentence)[0] or "")
