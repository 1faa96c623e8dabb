"""Finding quotations: marks of every style, apostrophes, paragraphs, kinds.

Invented articles only."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.annotation import annotate
from tui.core.documents import Block, paragraph_blocks
from tui.core.quotes import find_quotes


def quotes_in(text):
    return find_quotes(text, paragraph_blocks(text))


def spans(text):
    return [text[q.start : q.end] for q in quotes_in(text)]


def test_straight_and_curly_marks_in_one_article():
    text = (
        'The mayor spoke. "We will rebuild," she said.\n\n'
        "“The bridge opens in May,” her deputy added."
    )
    assert spans(text) == ['"We will rebuild,"', "“The bridge opens in May,”"]


def test_guillemets_low_nine_and_doubled_marks():
    text = (
        "«Nous resterons», dit-il.\n\n„Wir bleiben“, sagte sie.\n\n"
        "``We stay,'' he wrote.\n\n''We leave,'' she answered."
    )
    assert spans(text) == ["«Nous resterons»", "„Wir bleiben“", "``We stay,''", "''We leave,''"]


def test_content_span_excludes_the_marks():
    text = 'She said: "Go home."'
    [quote] = quotes_in(text)
    assert text[quote.content_start : quote.content_end] == "Go home."
    assert (quote.start, quote.end) == (quote.content_start - 1, quote.content_end + 1)


def test_a_mark_of_the_wrong_glyph_is_read_from_its_context():
    text = "“We are ready,“ the coach said. ”Training starts now.”"
    assert spans(text) == ["“We are ready,“", "”Training starts now.”"]


def test_apostrophes_are_not_quotes():
    text = "The US' position dates from the '90s, and officials can't change it overnight."
    assert spans(text) == []


def test_apostrophes_inside_a_quote_leave_it_whole():
    text = "\"We can't return to the '90s or the US' old stance,\" the envoy said."
    assert spans(text) == ["\"We can't return to the '90s or the US' old stance,\""]


def test_single_quotes_count_only_nested_in_double_quotes():
    text = "\"It is 'reckless',\" she said of the plan that critics called 'bold' on Monday."
    assert spans(text) == ["\"It is 'reckless',\""]
    text = "\"He told me 'never again' and left,\" she said."
    assert spans(text) == ["\"He told me 'never again' and left,\""]


def test_nested_double_quote_of_another_style_stays_inside():
    text = '"The sign read “Closed” all week," a neighbour said.'
    assert spans(text) == ['"The sign read “Closed” all week,"']


def test_a_quote_reopened_in_the_next_paragraph_is_one_quotation():
    text = (
        '"The first part runs to the end of this paragraph.\n\n'
        '"The second part closes it," the minister said.\n\nAfterwards nobody spoke.'
    )
    [quote] = quotes_in(text)
    assert (quote.first_block, quote.last_block) == (0, 1)
    assert text[quote.start : quote.end].startswith('"The first part')
    assert text[quote.start : quote.end].endswith('closes it,"')


def test_the_long_quote_convention_works_with_one_line_paragraphs():
    text = "“One,\n“two,\n“three,” she said.\nThen silence."
    [quote] = quotes_in(text)
    assert (quote.first_block, quote.last_block) == (0, 2)


def test_a_quote_left_open_ends_with_its_paragraph_and_loses_nothing_after():
    text = 'He shouted "stop and walked off.\n\nLater she said "fine" twice.'
    found = quotes_in(text)
    assert [text[q.start : q.end] for q in found] == ['"stop and walked off.', '"fine"']
    assert found[0].last_block == 0


def test_an_odd_count_of_marks_keeps_the_rest_of_the_article():
    paragraphs = ['A stray " mark here.', '"Quoted," one said.', 'And "another" one.']
    text = "\n\n".join(paragraphs)
    assert '"Quoted,"' in spans(text)
    assert '"another"' in spans(text)


def test_a_reopening_mark_of_another_style_starts_a_new_quote():
    text = '"An excerpt left open.\n\n“A new quote,” she said.'
    found = quotes_in(text)
    assert [text[q.start : q.end] for q in found] == ['"An excerpt left open.', "“A new quote,”"]


def test_a_curly_quote_closed_by_mistake_ends_before_the_next_curly_opening():
    text = (
        "Lee wrote: “We can do it. Join us.’ Lee was at the hall on Tuesday. "
        "She called the plan “a start” and left."
    )
    assert spans(text) == ["“We can do it. Join us.’ Lee was at the hall on Tuesday.", "“a start”"]


def test_transcript_turns_are_separate_quotes():
    text = '"HOST: Are you running?\n\n"GUEST: Not this year.'
    found = quotes_in(text)
    assert len(found) == 2


def test_empty_quotes_are_ignored():
    assert spans('He typed "" and then " " by mistake.') == []


def test_code_blocks_are_skipped():
    text = 'print("hello")'
    assert find_quotes(text, (Block("code", 0, len(text)),)) == []


def test_kinds_full_and_partial():
    text = (
        'Netanyahu says his country cannot achieve "total victory" without it. '
        '"We will decide," he said.'
    )
    assert [q.kind for q in quotes_in(text)] == ["partial", "full"]


def test_a_lower_case_fragment_is_partial_even_at_length():
    text = 'She said the deal was "out of respect for the people who built this city over decades."'
    assert [q.kind for q in quotes_in(text)] == ["partial"]


MARKS = st.sampled_from(['"', "“", "”", "„", "«", "»", "''", "``", "'", "‘", "’"])
PIECES = st.one_of(
    MARKS,
    st.sampled_from(["\n", "\n\n", " ", ", ", ". ", "he said", "Blinken", "x"]),
    st.text(max_size=6),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_spans_are_in_bounds_ordered_and_disjoint(text):
    blocks = paragraph_blocks(text)
    found = find_quotes(text, blocks)
    previous_end = 0
    for quote in found:
        assert (
            previous_end
            <= quote.start
            <= quote.content_start
            <= quote.content_end
            <= quote.end
            <= len(text)
        )
        assert 0 <= quote.first_block <= quote.last_block < len(blocks)
        assert quote.kind in ("full", "partial")
        previous_end = quote.end


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_annotate_never_raises_and_speakers_stay_in_bounds(text):
    annotation = annotate(text)
    for quote in annotation.quotes:
        assert quote.speaker is None or 0 <= quote.speaker < len(annotation.people)
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_annotate_never_raises_on_any_text(text):
    annotate(text)


def test_markup_attribute_values_are_not_quotes():
    text = '<tweet tweet-id="6734" tweet-date="May 2">Ships</tweet>\n\n"Fine," he said.'
    assert spans(text) == ['"Fine,"']


def test_the_second_half_of_a_split_quote_is_full_whatever_its_first_word():
    text = '"My hope," Mr. Lind said, "is that the ferry comes back."'
    assert [q.kind for q in quotes_in(text)] == ["full", "full"]
    text = '"My hope," he said. "is a typo here."'
    assert [q.kind for q in quotes_in(text)] == ["full", "partial"]


def test_a_nickname_inside_a_name_is_not_a_quote():
    text = '"We won," Marcia "Cia" Price shouted. She called it "Great."'
    assert spans(text) == ['"We won,"', '"Great."']


def test_a_one_word_sentence_quoted_between_names_is_no_nickname():
    text = (
        "‘We won’t move,’ said Ann Pike. ‘Never.’ Councillor Bob Hale disagreed. "
        "'It's over,' said Sean O'Neill. 'Done.' His brother Liam wept. John \"J.R.\" Ewing left."
    )
    assert spans(text) == ["‘We won’t move,’", "‘Never.’", "'It's over,'", "'Done.'"]


def test_an_article_quoting_only_in_curly_single_marks():
    text = (
        "‘We can’t keep paying,’ said Mr Hollis. ‘The residents’ views are clear.’\n\n"
        "The ’90s pier, he added, was ‘beyond repair’."
    )
    assert spans(text) == [
        "‘We can’t keep paying,’",
        "‘The residents’ views are clear.’",
        "‘beyond repair’",
    ]


def test_curly_single_quotes_after_a_plural_and_on_a_bracket():
    text = (
        "He called them ‘illegals’ and ‘thugs’ at the rally. ‘(Cruz) has values,’ said Ann Lee. "
        "The residents’ views were clear."
    )
    assert spans(text) == ["‘illegals’", "‘thugs’", "‘(Cruz) has values,’"]


def test_single_marks_stay_apostrophes_in_an_article_with_double_marks():
    text = 'She called it ‘odd’ and left. "We are done," Mr Hollis said.'
    assert spans(text) == ['"We are done,"']


def test_one_single_quoted_phrase_reads_as_its_double_quoted_twin():
    assert spans("The ‘new’ pier opened.") == ["‘new’"]
    assert spans("The “new” pier opened.") == ["“new”"]


def test_an_article_quoting_only_in_straight_single_marks():
    text = (
        "Profits fell. 'We cut rates,' said Ann Lee. 'It is the right thing.' "
        "The firm's shares rose."
    )
    assert spans(text) == ["'We cut rates,'", "'It is the right thing.'"]


def test_straight_apostrophes_in_a_single_quoted_article_are_not_marks():
    text = (
        "The workers' union said 'no' to the deal. 'We won't sign,' said Ann O'Neill.\n\n"
        "'Y'all know I love rock 'n' roll 'cause it's loud. The '90s were better,' she said. "
        "Give 'em time, the workers' leaders said. Rock 'n' roll fans and Ms in 't Veld cheered, "
        "'no doubt,' she said."
    )
    assert spans(text) == [
        "'no'",
        "'We won't sign,'",
        "'Y'all know I love rock 'n' roll 'cause it's loud. The '90s were better,'",
        "'no doubt,'",
    ]


def test_a_plural_possessive_closes_a_straight_single_quote_only_when_nothing_else_does():
    text = (
        "'Ask the workers' union,' she said. He called them 'orders' from the board "
        "and 'a threat.' The bosses' group was silent."
    )
    assert spans(text) == ["'Ask the workers' union,'", "'orders'", "'a threat.'"]
    text = (
        "'The workers' union and the bosses' group agreed,' he said. It was 'identity politics' "
        "on display, paid for by the brothers' network."
    )
    assert spans(text) == [
        "'The workers' union and the bosses' group agreed,'",
        "'identity politics'",
    ]


def test_a_straight_single_quote_never_closed_in_its_paragraph_is_an_apostrophe():
    text = "'We cut rates,' said Ann Lee. 'Fine,' she said.\n\n'Tis the season of 'hope, he wrote."
    assert spans(text) == ["'We cut rates,'", "'Fine,'"]


def test_straight_single_quotes_across_paragraphs_and_joined_paragraphs():
    text = (
        "'We cut rates.\n\n'Sales are down,' said Ann Lee.\n\n"
        "'We will cope. 'Costs are up,' she added."
    )
    assert spans(text) == [
        "'We cut rates.\n\n'Sales are down,'",
        "'We will cope.",
        "'Costs are up,'",
    ]


def test_double_marks_nested_in_single_quoted_quotations_the_british_way():
    text = "'He called the plan \"a farce\",' said Ann Lee. 'It is over.'"
    assert spans(text) == ["'He called the plan \"a farce\",'", "'It is over.'"]
    text = "‘We call it “the pier”,’ said Tom Hart. ‘It’s ours.’"
    assert spans(text) == ["‘We call it “the pier”,’", "‘It’s ours.’"]


def test_straight_single_quotes_opening_on_a_bracket_or_a_currency_sign():
    text = "'[He] is late,' said Ann Lee. She called it a '$25 billion mistake.' Those '90s."
    assert spans(text) == ["'[He] is late,'", "'$25 billion mistake.'"]


def test_single_quotes_may_nest_as_many_double_quoted_phrases_as_there_are_quotes():
    text = (
        "'They said \"no\",' said Ann Lee. 'We said \"yes\" and \"now\".' 'It was fine,' she added."
    )
    assert spans(text) == [
        "'They said \"no\",'",
        '\'We said "yes" and "now".\'',
        "'It was fine,'",
    ]


def test_many_double_marks_outside_or_beyond_the_single_quoted_ones_keep_the_double_reading():
    text = 'The ‘Boasters’ and ‘Blasphemers’ show. "We won," he said. "Fine."'
    assert spans(text) == ['"We won,"', '"Fine."']


def test_straight_single_marks_in_an_article_quoting_mostly_in_double_marks_stay_nested():
    text = "\"She called it 'odd' and left,\" Ann Lee said. \"Fine.\" 'Good,' she said."
    assert spans(text) == ["\"She called it 'odd' and left,\"", '"Fine."']


def test_a_headline_in_double_marks_keeps_a_single_quoted_reports_quotes():
    text = (
        'Storm Ciara: "Worst flooding in decades" hits Calder Valley\n\n'
        "Shops in Hebden Bridge flooded. 'It came up so fast,' said Tom Hale. 'We had ten "
        "minutes.'\n\nLevels fall by 6 o'clock. 'Stay away from the water,' a spokeswoman said."
    )
    assert spans(text) == [
        '"Worst flooding in decades"',
        "'It came up so fast,'",
        "'We had ten minutes.'",
        "'Stay away from the water,'",
    ]


def test_a_title_and_a_nested_phrase_in_double_marks_in_a_single_quoted_article():
    text = (
        'The BBC\'s drama "The Long Shore" drew five million viewers.\n\n'
        "'People wanted something gentle,' said Ellen Marsh.\n\n"
        "'My mother's line is \"put the kettle on\",' she added. 'It's not rocket science.'"
    )
    assert spans(text) == [
        '"The Long Shore"',
        "'People wanted something gentle,'",
        "'My mother's line is \"put the kettle on\",'",
        "'It's not rocket science.'",
    ]


def test_a_slogan_in_double_marks_and_curly_and_straight_single_quotes_joined():
    text = (
        "Labour's \"tough on crime\" pledge was mocked. ‘It's the same old slogan,' said Chris "
        "Lane. 'We've heard it since the '90s.’ Spurs' fans left at 10 o'clock."
    )
    assert spans(text) == [
        '"tough on crime"',
        "‘It's the same old slogan,'",
        "'We've heard it since the '90s.’",
    ]


def test_one_quote_in_single_marks_in_an_article_with_no_double_marks():
    text = "Hart said the plan was 'reckless'.\n\nThe council's vote is on Monday."
    assert spans(text) == ["'reckless'"]
    assert spans("Officials' views differ, and the '90s rules can't apply.") == []


def test_curly_and_straight_single_marks_mixed_in_one_article():
    text = (
        "‘We will cope,’ said Mr Pendry.\n\n"
        "'It's the council's job,' said Ms Lowe, calling it a ‘good plan,' she added."
    )
    assert spans(text) == ["‘We will cope,’", "'It's the council's job,'", "‘good plan,'"]


def test_single_marks_nested_in_a_single_quoted_quotation():
    text = (
        "‘I heard ‘Bring it home’ at the rally and cheered,’ said Ann Lee. "
        "‘He said, ‘Not now.’’ The ‘‘Big Pier’ is ours, everyone agrees,’ wrote Tom Hart. "
        "'Y'all said 'never' then,' she said."
    )
    assert spans(text) == [
        "‘I heard ‘Bring it home’ at the rally and cheered,’",
        "‘He said, ‘Not now.’’",
        "‘‘Big Pier’ is ours, everyone agrees,’",
        "'Y'all said 'never' then,'",
    ]


def test_a_nested_single_quote_closes_on_a_word_ending_in_s():
    text = (
        "'The memos were called 'harmless' by staff and 'odious' by others,' said Ann Lee. "
        "The workers' union agreed."
    )
    assert spans(text) == [
        "'The memos were called 'harmless' by staff and 'odious' by others,'",
    ]


def test_a_single_quote_closed_with_the_wrong_glyph_or_a_doubled_straight_mark():
    text = (
        "He called them ‘thieves‘ and left. ‘We will fight,‘ said Tom Hart. "
        "Ann Lee recalled telling him 'I'm tired of 'fine words.'' She shrugged. "
        "'No more,' she said."
    )
    assert spans(text) == [
        "‘thieves‘",
        "‘We will fight,‘",
        "'I'm tired of 'fine words.''",
        "'No more,'",
    ]


def test_a_quotation_left_open_ends_where_the_quotation_nested_in_it_closes():
    text = (
        "‘We want stories. People say, ‘I back the mayor.’ The group met on Monday. "
        "‘Sales are up,’ she said.\n\n"
        "He called the plan ‘‘unfair.’ Nobody on the council agreed with him."
    )
    assert spans(text) == [
        "‘We want stories. People say, ‘I back the mayor.’",
        "‘Sales are up,’",
        "‘‘unfair.’",
    ]


def test_single_quotes_opening_on_a_number_or_a_colon_and_closing_after_a_spaced_mark():
    text = (
        "Tom Hart (Leeds):'We lost.' She called it '100 days of chaos' and the '90s a "
        "'golden age.' 'He is doing the 'Whitby shuffle' ' said Ann Lee."
    )
    assert spans(text) == [
        "'We lost.'",
        "'100 days of chaos'",
        "'golden age.'",
        "'He is doing the 'Whitby shuffle' '",
    ]


def test_a_single_quoted_quotation_opening_on_a_double_quoted_phrase():
    text = (
        "‘“Big Tom” is a fine name for a ferry, isn’t it?’ wrote Ann Lee. "
        "'\"Fair play\" is all we ask,' said Tom Hart."
    )
    assert spans(text) == [
        "‘“Big Tom” is a fine name for a ferry, isn’t it?’",
        "'\"Fair play\" is all we ask,'",
    ]


def test_a_plural_ending_a_single_quote_before_a_verb_closes_it():
    text = (
        "She said the 'missing ferry logs' were found. "
        "The 'union of dock workers' is strong, and the dockers' union agreed, 'for now.' "
        "He tagged '#saveourpier' and '@pierfriends' in a post."
    )
    assert spans(text) == [
        "'missing ferry logs'",
        "'union of dock workers'",
        "'for now.'",
        "'#saveourpier'",
        "'@pierfriends'",
    ]


def test_an_acronym_s_possessive_and_dropped_aitches_inside_single_quotes():
    text = (
        "‘It is the RNLI’s boat and the RAMS’ crew,’ she said. "
        "'We 'ave a party on Friday,' said Tom Hart, 'and all can come.'"
    )
    assert spans(text) == [
        "‘It is the RNLI’s boat and the RAMS’ crew,’",
        "'We 'ave a party on Friday,'",
        "'and all can come.'",
    ]


def test_one_stray_double_mark_leaves_an_article_quoted_in_single_marks():
    text = (
        "‘We will cope,’ said Mr Pendry. ‘The pier stays,’ he added.\n\n"
        'The council met at 7pm (a 12" pipe had burst). ‘It was wet,’ said Ann Lee.'
    )
    assert spans(text) == ["‘We will cope,’", "‘The pier stays,’", "‘It was wet,’"]
    text = '‘We will cope,’ said Mr Pendry. A 12" pipe burst. "It was wet," said Ann Lee.'
    assert spans(text) == ['"It was wet,"']


def test_a_quotation_left_open_ends_after_the_nested_one_that_ends_its_sentence():
    text = "'I told him \"never again.\" 'Now we wait,' she said. 'Good.'"
    assert spans(text) == ['\'I told him "never again."', "'Now we wait,'", "'Good.'"]
    text = '"We cut rates, and they said \'never.\' "Sales are down," said Ann Lee.'
    assert spans(text) == ["\"We cut rates, and they said 'never.'", '"Sales are down,"']


def test_a_single_quote_opening_on_a_percentage_or_a_hyphened_number():
    text = "Her sign read '15%!' and he backed a '50-state plan' for the '60s-era pier."
    assert spans(text) == ["'15%!'", "'50-state plan'"]
