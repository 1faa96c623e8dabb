"""Attribution rules that read a quote's neighbours (`tui.core.speakers.sequence`): a quote going
on with the one before, quotes listed before one attribution, a profile's quote-only
paragraph, and an interview's answers."""

import dataclasses

import pytest
from attribution_helpers import INTRO, attributions, mentions, speakers

from tui.core.annotation import annotate
from tui.core.model import Quote
from tui.core.speakers.mentions import NAME, Mention
from tui.core.speakers.sequence import credited_as, spoken_by

# continues the quote before: split quotes and quote-only paragraphs.


def test_split_quote_gives_both_parts_the_same_mention():
    text = INTRO + '"The nets are empty," Webb said. "We need a new quota."'
    found = attributions(text)
    assert [name for _, _, name in found] == ["Marcus Webb", "Marcus Webb"]
    annotation = annotate(text)
    first, second = annotation.quotes
    assert (first.speaker_start, first.speaker_end) == (second.speaker_start, second.speaker_end)


def test_a_quote_only_paragraph_inherits_the_previous_speaker():
    text = (
        INTRO + '"The nets are empty," Webb said.\n\n'
        '"We have fished here for ninety years and never seen this."'
    )
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


def test_partial_quotes_joined_in_one_sentence_share_the_speaker():
    text = INTRO + 'Webb called the quota "unfair" and the ministry "deaf."'
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


def test_a_split_quote_keeps_its_speaker_over_a_later_name():
    text = '"We stay," Nora Lind said at the quay, where Tomas Alder also spoke. "We always have."'
    assert speakers(text) == ["Nora Lind", "Nora Lind"]


def test_the_fallback_yields_to_a_quote_going_on_with_the_one_before():
    text = INTRO + '"The nets are empty," Webb said. "The fishermen are worried."'
    assert speakers(text) == ["Marcus Webb", "Marcus Webb"]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
def test_a_quote_resuming_after_its_attribution_is_not_the_next_sentences(joiner):
    text = (
        "Ruth Calder and Tomas Alder debated the harbour plan.\n\n"
        '"It is abundantly clear he did not fight for it," Calder said. "A leader must fight."'
        f'{joiner}Alder disagreed. "Leadership is about solving the problem," he said.'
    )
    assert speakers(text) == ["Ruth Calder", "Ruth Calder", "Tomas Alder"]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
def test_a_sentence_of_narration_between_two_quotes_ends_the_first_speakers_turn(joiner):
    text = (
        f'Fishermen met on Monday.{joiner}"We stay," Nora Lind said. Tomas Alder said that for '
        "decades critics had predicted the harbour would close, but this would not happen. "
        '"This port is the most important in the region."'
    )
    assert speakers(text) == ["Nora Lind", "Tomas Alder"]


def test_a_resumed_question_is_not_the_next_paragraphs_when_a_scraper_joined_them():
    text = (
        "Ruth Calder and Tomas Alder debated the harbour plan.\n\n"
        '"We cut rates," Calder said. "Who pays for it? The fishermen!" '
        "Alder, speaking on the radio after the debate, said the plan would fail."
    )
    assert speakers(text) == ["Ruth Calder", "Ruth Calder"]


def test_a_plain_verb_of_reporting_after_a_resumed_quote_still_attributes_it():
    text = (
        'Fishermen met on Monday. "The nets are empty," Webb said. '
        '"We have asked the ministry for help." Nora Lind told reporters on the quay.'
    )
    assert mentions(text) == ["Webb", "Nora Lind"]


def test_a_new_sentence_after_a_quote_that_ended_one_does_not_inherit_its_speaker():
    text = (
        'The council confirmed it was "looking into the matter." The agency declined to detail its '
        '"specific focus."'
    )
    assert mentions(text) == ["The council", "The agency"]


def test_a_long_sentence_of_narration_in_a_joined_paragraph_ends_the_first_speakers_turn():
    text = (
        'Tom Hart and his wife Ann Hart spoke to us. "We will stay here," Tom Hart said. "It is '
        'home." Ann Hart says she got a worried call from her niece, who lives in Leeds. "She '
        'asked me if we were safe."'
    )
    assert speakers(text) == ["Tom Hart", "Tom Hart", "Ann Hart"]


# listed before the attributed quote: quotes joined to the one the attribution follows.


def test_quotes_listed_before_one_attribution_share_its_speaker():
    text = 'Floods are "the real crisis" and "a danger to every farm," Ada Quill said on Monday.'
    assert speakers(text) == ["Ada Quill", "Ada Quill"]


def test_quotes_with_a_short_narration_between_share_the_later_attribution():
    text = (
        'The inquiry found no "ties of any consequence," aside from the two men knowing each '
        'other "casually" from the harbour, said Ines Duarte on Monday.'
    )
    assert mentions(text) == ["Ines Duarte", "Ines Duarte"]


# reopened by the next quote: an unclosed quote a scraper joined to the quote that goes on with it.


def test_an_unclosed_quote_after_a_joined_headline_takes_the_reopening_quotes_speaker():
    text = (
        "Shop owners fear for high street ‘We have been here for 40 years. ‘But this could "
        "finish us,’ said Pat Hughes, who runs a butcher’s."
    )
    assert speakers(text) == ["Pat Hughes", "Pat Hughes"]


# profile subject: a quote-only paragraph after narration about the person quoted most.

PROFILE = (
    "Mike Dunn has coached the town team for twenty years.\n\n"
    '"I never wanted to leave," Dunn said. "This place made me."\n\n'
    "{narration}\n\n"
    '"You learn more from losing than from winning."'
)


def test_a_quote_only_paragraph_after_narration_about_the_profiles_subject_is_theirs():
    text = PROFILE.format(narration="He grew up on the estate behind the ground.")
    words, mention, person = attributions(text)[-1]
    assert words == "You learn more from losing than from winning."
    assert mention in ("He", "Dunn") and person == "Mike Dunn"


def test_a_quote_only_paragraph_after_narration_about_someone_else_keeps_no_speaker():
    text = PROFILE.format(narration="Tom Reyes, the chairman, sold the ground last year.")
    assert speakers(text)[-1] is None


# interview answer: a quoted answer after `A:` in an interview whose questions `Q:` labels.

INTERVIEW = (
    "Q&A: the new harbour master on the fishing season\n\n"
    "Ines Duarte took over the harbour in May. She spoke to the Gazette.\n\n"
    "{question}\n\n"
    'A: "The fleet is smaller, but the catch is better."'
)


def test_a_quoted_answer_in_an_interview_is_the_one_interviewed():
    text = INTERVIEW.format(question="Q: How is the season going?")
    assert attributions(text) == [
        ("The fleet is smaller, but the catch is better.", "Ines Duarte", "Ines Duarte")
    ]


def test_a_label_a_with_no_question_labelled_before_is_no_answer():
    text = INTERVIEW.format(question="How is the season going, we asked.")
    assert speakers(text) == [None]


def test_crediting_a_speaker_keeps_every_other_field_of_the_quote():
    """`credited_as` and `spoken_by` build the quote field by field: a field added to `Quote`
    and left out there would be lost from every attributed quote."""
    values = {
        field.name: ("partial" if field.name == "kind" else 100 + number)
        for number, field in enumerate(dataclasses.fields(Quote))
    }
    quote = Quote(**values)
    other = Quote(0, 1, 0, 1, speaker=7, speaker_start=8, speaker_end=9)
    mention = Mention(8, 9, NAME)
    expected = dataclasses.replace(quote, speaker=7, speaker_start=8, speaker_end=9, rule="r")
    assert credited_as(quote, other, "r") == expected
    assert spoken_by(quote, 7, mention, "r") == expected
