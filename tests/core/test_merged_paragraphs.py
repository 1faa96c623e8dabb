"""Scraped news whose paragraph breaks were lost: quotes and speakers must survive the join.

Each article is written twice, once with its paragraphs and once joined into one paragraph
the way scrapers deliver it; both must give the same quotes and the same speakers.
"""

import pytest

from tui.core.annotation import annotate

QUIET_WINTER = (
    "The harbour has had a hard winter, with storms closing the quay for weeks at a time and"
    " boats kept in port while the nets dried on the wall and the cafes stood empty."
)
"""A paragraph that names no one, to set earlier names far back."""

ARTICLES = {  # the first reads as one quotation over two paragraphs when they are apart
    "a quote left open reopens after a sentence end": (
        "Ann Lee runs the Harbour Café.",
        '"We cut prices in March. We cut them again in May.',
        '"Dismal sales are worrying," said Ann Lee.',
        'Her neighbour Tom Hart disagreed. "It is only the weather," he said.',
    ),
    "the sentence after a quote is someone else's": (
        "Ruth Mendel chairs the parish council.",
        '"The hall will reopen," Mendel said. "The roof is done."',
        "He said the council had no money left, and Owen Pryce agreed.",
    ),
    "an attribution that introduces the next quote": (
        "The vote went to a second count.",
        '"It was close," said Dana Ortiz. "Closer than anyone expected."',
        'Omar Bell added, "We will ask for a recount."',
    ),
    "a speaker who did not respond": (
        "Ruth Mendel chairs the parish council.",
        '"The hall will reopen," Mendel said. "The roof is done."',
        "A spokesman for Owen Pryce did not respond.",
    ),
    "a sentence that leads into the next quote": (
        "Marcus Webb is the harbour master.",
        '"The nets are empty," Webb said. "We did all we could."',
        'Ines Duarte, the mayor, called the plan "a disgrace."',
    ),
    "a question attributed after it, before the next quote": (
        "The radio interview ran long.",
        '"Will you run again?" Nora Vance asked.',
        '"Do you know who else is free? We will see, right?" Piet Olsen joked, adding that he'
        ' felt "ready for anything."',
    ),
    "a lead-in sentence about someone's remarks": (
        "Tom Hart, the actor, spoke on the radio on Monday.",
        '"She cannot change how people see her," Hart said.',
        "Hart continued his scathing remarks.",
        '"Eight years ago she was the favourite, and then she lost."',
    ),
    "an attribution set inside the next sentence": (
        'In a letter, Ruth Ash wrote that officials had made "numerous requests" to drop the'
        ' motion, "and even to cancel the meeting."',
        "The breaking point, Ash wrote, came on Friday.",
    ),
    "a line ending in a colon before a fronted clause": (
        "Do you support Ann Lee? Share the page:",
        'Despite the media attacks, Lee said that "those who know me know I am honest."',
    ),
    "a description of the one person named lately, others long before": (
        "Ann Lee and Omar Bell sit on the harbour board.",
        *([QUIET_WINTER] * 8),
        "Tom Hart has run the bakery on the quay since the spring.",
        '"Flour costs twice what it did," the 52-year-old said.',
    ),
    "a name after a title no pattern reads": (
        'Senator Ruth Kane called the event a "press conference."',
        '"But that was the first time in a long while, senator," KTV This Morning co-Anchor Dee'
        " Moreno said.",
        '"She does not do it often."',
    ),
    "a name opening the paragraph after one that ends in a quote": (
        'But Omar Bell, asked by reporters, said: "I don\'t think people should protest, no."',
        'Former mayor Tomas Alder, a rival, told the radio that it "feels like a stitch-up."'
        ' Still, he said, the call to protest was "reckless."',
    ),
}


def speakers(text):
    annotation = annotate(text)
    return [
        (text[q.content_start : q.content_end].strip(), annotation.speaker_name(q))
        for q in annotation.quotes
    ]


@pytest.mark.parametrize("name", list(ARTICLES)[1:])
def test_joined_paragraphs_keep_quotes_and_speakers(name):
    paragraphs = ARTICLES[name]
    assert speakers(" ".join(paragraphs)) == speakers("\n\n".join(paragraphs))


def test_an_unclosed_quote_ends_at_the_sentence_before_a_new_one():
    found = speakers(" ".join(ARTICLES["a quote left open reopens after a sentence end"]))
    assert found == [
        ("We cut prices in March. We cut them again in May.", "Ann Lee"),
        ("Dismal sales are worrying,", "Ann Lee"),
        ("It is only the weather,", "Tom Hart"),
    ]


def test_a_reported_clause_after_a_quote_does_not_claim_it():
    found = speakers(" ".join(ARTICLES["the sentence after a quote is someone else's"]))
    assert found == [("The hall will reopen,", "Ruth Mendel"), ("The roof is done.", "Ruth Mendel")]


def test_a_speaker_introducing_the_next_quote_leaves_the_one_before_to_its_own():
    found = speakers(" ".join(ARTICLES["an attribution that introduces the next quote"]))
    assert found == [
        ("It was close,", "Dana Ortiz"),
        ("Closer than anyone expected.", "Dana Ortiz"),
        ("We will ask for a recount.", "Omar Bell"),
    ]


def test_a_sentence_running_on_into_the_next_quote_is_its_lead_in():
    found = speakers(" ".join(ARTICLES["a sentence that leads into the next quote"]))
    assert found == [
        ("The nets are empty,", "Marcus Webb"),
        ("We did all we could.", "Marcus Webb"),
        ("a disgrace.", "Ines Duarte"),
    ]


def test_a_question_keeps_its_attribution_before_the_next_quote():
    found = speakers(" ".join(ARTICLES["a question attributed after it, before the next quote"]))
    assert found == [
        ("Will you run again?", "Nora Vance"),
        ("Do you know who else is free? We will see, right?", "Piet Olsen"),
        ("ready for anything.", "Piet Olsen"),
    ]


def test_remarks_described_are_no_verb_of_saying():
    found = speakers(" ".join(ARTICLES["a lead-in sentence about someone's remarks"]))
    assert found[-1] == ("Eight years ago she was the favourite, and then she lost.", "Tom Hart")


def test_an_attribution_inside_the_next_sentence_is_of_its_own_words():
    found = speakers(" ".join(ARTICLES["an attribution set inside the next sentence"]))
    assert found[-1] == ("and even to cancel the meeting.", "Ruth Ash")


def test_a_fronted_clause_after_a_colon_line_is_not_the_speaker():
    found = speakers(" ".join(ARTICLES["a line ending in a colon before a fronted clause"]))
    assert found == [("those who know me know I am honest.", "Ann Lee")]


def test_a_description_looks_back_a_few_paragraphs_worth_of_text():
    name = "a description of the one person named lately, others long before"
    found = speakers(" ".join(ARTICLES[name]))
    assert found == [("Flour costs twice what it did,", "Tom Hart")]


def test_a_name_after_a_long_title_is_the_speaker():
    found = speakers(" ".join(ARTICLES["a name after a title no pattern reads"]))
    assert found[1] == ("But that was the first time in a long while, senator,", "Dee Moreno")


def test_every_attributed_quote_names_its_rule():
    text = "\n\n".join(ARTICLES["an attribution that introduces the next quote"])
    rules = [q.rule for q in annotate(text).quotes]
    assert rules == ["said after", "continues the quote before", "said before"]


def test_a_place_ending_a_headline_a_scraper_joined_to_an_article_opening_the_report_stays():
    text = "Boy bitten by dog in St Helens A nine-year-old boy was bitten in St Helens."
    assert [text[p.start : p.end] for p in annotate(text).places] == ["St Helens", "St Helens"]


def test_a_double_quoted_quotation_left_open_ends_at_the_lost_paragraph_break():
    """Two spaces after a sentence end in an article merged into one paragraph are a lost
    break: a quotation left open there ends with its paragraph, not at the next quotation."""
    paragraphs = [
        '"There was never any money for it, said the treasurer, who resigned.',
        "The council meets on Monday and the vote is expected to pass.",
        '"We will fight it," said Ann Lee.',
    ]
    text = "  ".join(paragraphs)
    assert [text[q.start : q.end] for q in annotate(text).quotes] == [
        paragraphs[0],
        '"We will fight it,"',
    ]
