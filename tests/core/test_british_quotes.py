"""Quotations in British house style, one test per convention: single marks with double ones
nested inside, a headline, title or slogan in double marks, curly and straight marks mixed by a
scraper, a quotation reopened in each paragraph, apostrophes everywhere, paragraphs joined into
one. Every article here is invented."""

from tui.core.annotation import annotate


def said(text):
    """The quoted spans that are someone's words, then the terms (quoted words no one says)."""
    annotation = annotate(text)
    return (
        [text[q.start : q.end] for q in annotation.quotes],
        [text[t.start : t.end] for t in annotation.terms],
    )


def test_double_marks_nested_in_single_quoted_quotations_stay_inside_them():
    text = (
        "Harrogate rejected the car park.\n\n"
        "‘We were told it was “a done deal”, but residents disagreed,’ said Jane Morris.\n\n"
        "She added: ‘The so-called “consultation” lasted a week.’"
    )
    assert said(text)[0] == [
        "‘We were told it was “a done deal”, but residents disagreed,’",
        "‘The so-called “consultation” lasted a week.’",
    ]


def test_double_quoted_headline_and_phrase_outside_keep_every_single_quoted_quotation():
    text = (
        'Brexit: "No deal" fears grow in Kent\n\n'
        'Hauliers in Dover fear queues of "biblical" length.\n\n'
        "'We've been told nothing,' said driver Kev Moss. 'Nothing at all.'\n\n"
        "'It's a mess,' said Sue Bell. 'The lorries' drivers sleep in cabs.'"
    )
    assert said(text)[0] == [
        '"No deal"',
        '"biblical"',
        "'We've been told nothing,'",
        "'Nothing at all.'",
        "'It's a mess,'",
        "'The lorries' drivers sleep in cabs.'",
    ]


def test_curly_and_straight_single_marks_mixed_in_joined_paragraphs():
    text = (
        "Spurs' win left the Lions' coach fuming. ‘We were robbed,' said Mark Dale. 'The "
        "referee didn’t see it.’ Fans stayed until 11 o'clock. Ryan Pike said: 'I'm proud of "
        "the lads.' The club's chairman called it 'a night to remember'."
    )
    assert said(text)[0] == [
        "‘We were robbed,'",
        "'The referee didn’t see it.’",
        "'I'm proud of the lads.'",
        "'a night to remember'",
    ]


def test_a_quotation_reopened_in_each_paragraph_is_one_and_two_once_its_breaks_are_lost():
    paragraphs = [
        "‘When I started in the '90s, nobody cared about rock 'n' roll,’ said Dave Ellis.",
        "‘We played pubs, we played church halls.",
        "‘Now it’s heritage. I find that funny.’",
        "The festival opens at the Queen's Hall.",
    ]
    first = "‘When I started in the '90s, nobody cared about rock 'n' roll,’"
    assert said("\n\n".join(paragraphs))[0] == [first, "\n\n".join(paragraphs[1:3])]
    assert said(" ".join(paragraphs))[0] == [first, paragraphs[1], paragraphs[2]]


def test_quotations_ending_in_a_question_an_exclamation_a_comma_or_a_stop():
    text = (
        "'Where were the police?' asked Amy Cole. 'Nobody came!' Sam Reid said: 'It was "
        "chaos.' 'I've lived here 30 years,' he added, 'and never seen anything like it.'"
    )
    assert said(text)[0] == [
        "'Where were the police?'",
        "'Nobody came!'",
        "'It was chaos.'",
        "'I've lived here 30 years,'",
        "'and never seen anything like it.'",
    ]


def test_plural_possessives_and_clipped_words_inside_and_outside_quotations():
    text = (
        "'Spurs' fans deserve better,' said Ange Post. 'Yes, ma'am, the Lions' bus leaves at "
        "9 o'clock.' The players' union called it 'unacceptable'. ‘The clubs’ finances are at "
        "stake,’ said Helen Price."
    )
    assert said(text)[0] == [
        "'Spurs' fans deserve better,'",
        "'Yes, ma'am, the Lions' bus leaves at 9 o'clock.'",
        "'unacceptable'",
        "‘The clubs’ finances are at stake,’",
    ]


def test_curly_rock_n_roll_and_a_capitalised_plural_possessive_leave_a_quotation_open():
    text = (
        "‘We grew up on rock ’n’ roll and fish ‘n’ chips,’ said Tom Hart. ‘We went to the "
        "Farmers’ Market and met the Professional Footballers’ Association,’ he added. "
        "‘It was fine.’"
    )
    assert said(text)[0] == [
        "‘We grew up on rock ’n’ roll and fish ‘n’ chips,’",
        "‘We went to the Farmers’ Market and met the Professional Footballers’ Association,’",
        "‘It was fine.’",
    ]


def test_a_dropped_g_inside_a_quotation_is_an_apostrophe_not_its_end():
    text = (
        "Rovers fans were in no mood to forgive.\n\n"
        "'We're talkin' about a club that's been here since the '20s,' said Tim Bell. "
        "'I was goin' home anyway,' he added."
    )
    assert said(text)[0] == [
        "'We're talkin' about a club that's been here since the '20s,'",
        "'I was goin' home anyway,'",
    ]


def test_a_closing_mark_a_scraper_joined_to_the_next_sentence_still_closes():
    text = (
        "'Vote for change!'After the rally, Tom Hale said: 'We won.’Then he left. "
        "'The U.S.'s debt rose,' said Ann Lee."
    )
    assert said(text)[0] == ["'Vote for change!'", "'We won.’", "'The U.S.'s debt rose,'"]


def test_a_quotation_opening_right_after_a_comma_a_scraper_left_without_its_space():
    text = "Ryan said,‘Look, it has no place here.’ Ann Lee said,'Fine.' The firm's staff left."
    assert said(text)[0] == ["‘Look, it has no place here.’", "'Fine.'"]


def test_a_mark_a_scraper_joined_to_the_speaker_or_to_the_sentence_before_still_counts():
    text = (
        "Ann Hale vowed to fight on. ‘We have come too far to stop now,’Hale said. ‘It is not "
        "over.’ Her rival Tom Pike was confident.‘We will win in Bury,’ said Pike."
    )
    annotation = annotate(text)
    people = annotation.people
    assert [(text[q.start : q.end], people[q.speaker].name) for q in annotation.quotes] == [
        ("‘We have come too far to stop now,’", "Ann Hale"),
        ("‘It is not over.’", "Ann Hale"),
        ("‘We will win in Bury,’", "Tom Pike"),
    ]


def test_a_quotation_in_single_marks_after_said_and_a_colon_counts_among_double_marks():
    text = (
        'Bus cuts anger Batley "It is our only link to the hospital," said Maureen Holt. '
        "\"Councillors have stopped listening.\" Her neighbour Derek Sykes said: 'We won't be "
        'ignored.\' Kirklees Council called the cuts "painful".'
    )
    assert said(text)[0] == [
        '"It is our only link to the hospital,"',
        '"Councillors have stopped listening."',
        "'We won't be ignored.'",
        '"painful"',
    ]


def test_joined_paragraphs_keep_several_speakers_quotations_apart():
    text = (
        "‘We won’t move,’ said resident Ann Pike. ‘Never.’ Councillor Bob Hale said: ‘The "
        "plans are fair.’ Meg Ross added: ‘I’m not sure they are – but we’ll see.’"
    )
    annotation = annotate(text)
    assert [
        (text[q.start : q.end], annotation.people[q.speaker].name) for q in annotation.quotes
    ] == [
        ("‘We won’t move,’", "Ann Pike"),
        ("‘Never.’", "Ann Pike"),
        ("‘The plans are fair.’", "Bob Hale"),
        ("‘I’m not sure they are – but we’ll see.’", "Meg Ross"),
    ]


def test_a_scare_quoted_word_is_a_term_with_no_speaker():
    text = (
        "So-called 'experts' have warned the Jubilee may be scaled back. The palace said it "
        "would 'keep the plans under review'."
    )
    assert said(text) == (["'keep the plans under review'"], ["'experts'"])


def test_the_headlines_quotation_stays_when_single_marks_in_the_report_are_read_too():
    """Single marks enough to weigh the article as single-quoted, fewer than its double ones:
    the report's double marks win, and the headline keeps its quotation all the same."""
    text = (
        "'We will fight on': Mayor vows to save Harlow bus station\n\n"
        '"This is the heart of our town," said Mayor Jane Fox.\n\n'
        "One campaigner, Pat Hume, said: 'We won't be ignored.'\n\n"
        'The council said the "consultation" would run until March.'
    )
    assert said(text)[0][:2] == ["'We will fight on'", '"This is the heart of our town,"']


def test_a_headline_opening_with_a_single_quoted_quotation_above_double_marks_keeps_it():
    text = (
        "'I won't give up': Mum's plea after son's death\n\n"
        '"I won\'t give up until the law changes," said Joanne Bale, from Swindon. '
        '"He took my boy from me," Mrs Bale said.'
    )
    assert said(text)[0] == [
        "'I won't give up'",
        '"I won\'t give up until the law changes,"',
        '"He took my boy from me,"',
    ]


def test_a_headlines_single_quoted_quotation_stays_when_a_scraper_joined_the_report_to_it():
    text = (
        "'I thought I was going to die': Dog attack victim speaks out A woman who was bitten in "
        'a Wigan park said she had been terrified. "They just kept coming," she said. '
        '"No-one came."'
    )
    assert said(text)[0] == [
        "'I thought I was going to die'",
        '"They just kept coming,"',
        '"No-one came."',
    ]


def test_a_headlines_single_quoted_words_are_no_quotation_in_a_single_quoted_article():
    """Headlines quote in single marks in every house style: the report's style does not make
    them quotations, with the break after the headline or without it (a scraper's two spaces),
    nor in the deck a semicolon joins to it or a short one under it."""
    paragraphs = [
        "Harlow mayor: Bus station closure ‘Makes No Sense.’",
        "Jane Fox vowed to fight on.",
        "‘This is the heart of our town,’ said Mrs Fox. ‘We won’t let it go.’",
    ]
    quotes = ["‘This is the heart of our town,’", "‘We won’t let it go.’"]
    assert said("\n\n".join(paragraphs))[0] == quotes
    assert said("  ".join(paragraphs))[0] == quotes
    deck = "Council in retreat; \nCuts are ‘a betrayal’, traders warn.\n\n" + paragraphs[2]
    assert said(deck)[0] == quotes
    standfirst = ["Bus station to close", "Traders say it is ‘a betrayal’.", *paragraphs[1:]]
    assert said("\n\n".join(standfirst))[0] == quotes
    assert said("  ".join(standfirst))[0] == quotes
    # A report's opening line is no headline: it says `said`, or its quotation is attributed
    # the report's way.
    lede = "Harlow's mayor said the closure was ‘a disgrace’."
    rest = "‘This is the heart of our town,’ said Mrs Fox."
    assert said(lede + "\n\n" + rest)[0] == ["‘a disgrace’", "‘This is the heart of our town,’"]
    opening = "‘We won’t move,’ says Ann Pike.\n\n" + rest
    assert said(opening)[0] == ["‘We won’t move,’", "‘This is the heart of our town,’"]


def test_a_quotation_left_open_ends_at_the_paragraph_break_a_scraper_turned_into_spaces():
    """Two spaces after a sentence end are a lost paragraph break: a quotation left open there
    ends with its paragraph, not at a later quotation's close; a typist's no-break space or a
    lower-case word after the gap is no break."""
    text = (
        "‘The plan is dead,’ said Ann Lee.  ‘There was never any money for it, said the "
        "treasurer, who resigned.  The council meets on Monday. Its leader called the vote "
        "‘a disgrace’."
    )
    assert said(text)[0] == [
        "‘The plan is dead,’",
        "‘There was never any money for it, said the treasurer, who resigned.",
        "‘a disgrace’",
    ]
    spaced = "‘It is over. \xa0We lost. . .  and that is that,’ said Ann Lee. She left."
    assert said(spaced)[0] == ["‘It is over. \xa0We lost. . .  and that is that,’"]
    # An article that kept its breaks has two spaces only where a typist put them.
    kept = "‘It is over.  We lost,’ said Ann Lee.\n\nShe left the hall."
    assert said(kept)[0] == ["‘It is over.  We lost,’"]


def test_quotations_opening_on_a_number_an_ellipsis_or_a_handle_and_closing_after_a_space():
    """A quoted number phrase (`'90 to 95 percent'`, not the elided year of `in '08 the`),
    a quotation cut at its start (`'. . . We`) or a tweet opening on a handle (`'.@Cllr`), and
    a closing mark a space set apart from its comma (`…this, ' Kim Ford said`)."""
    text = (
        "The '40 per cent' figure came from the council. Kim Ford said: '. . . We were never "
        "asked. I think it is a disgrace that they did this, ' Kim Ford said. In '08 the "
        "tenants' group had won. Her tweet read: '.@CllrBale ignored the tenants of Park Row,' "
        "and the post was shared."
    )
    assert said(text)[0] == [
        "'40 per cent'",
        "'. . . We were never asked. I think it is a disgrace that they did this, '",
        "'.@CllrBale ignored the tenants of Park Row,'",
    ]


def test_an_opening_mark_a_space_sets_apart_or_one_before_an_elided_word_still_opens():
    text = (
        "‘We tried,’ Tom Hart said. ‘ You know, nobody planned for this.’ The report added, "
        "‘ … the road will close in May.’ ‘’Twas ever thus,’ said Ann Lee."
    )
    assert said(text)[0] == [
        "‘We tried,’",
        "‘ You know, nobody planned for this.’",
        "‘ … the road will close in May.’",
        "‘’Twas ever thus,’",
    ]
