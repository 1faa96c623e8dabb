"""The learned ranker over speaker candidates: its shipped weights, its choice, and a quote it
attributes that no rule does (invented articles only)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import people, quotes
from tui.core.annotation import annotate
from tui.core.documents import paragraph_blocks
from tui.core.speaker_ranker import Candidate, SpeakerRanker, default_ranker, nobody
from tui.core.speakers import CONTINUES, RANKED, attribute

BRIDGE = (
    "Mayor Clara Dunmore opened the bridge on Friday.\n\n"
    'She spoke for ten minutes, mostly about the river. "We waited thirty years for this."'
)


FESTIVAL = (
    "The harbour festival closed on Sunday after four days of music, boat races and food stalls "
    "along the old quay.",
    "Organisers said more than forty thousand people came, twice as many as last year, and the "
    "ferry company added extra crossings on Saturday night.",
    "The town council had spent most of its summer budget on the event, a decision that split the "
    "council in June.",
    "Traders on the quay said the crowds were good for business, though several complained about "
    "the cost of a stall.",
    "The closing concert ran late, and the fireworks over the water were delayed by an hour "
    "because of the wind.",
    "Police reported no serious incidents, and the lifeboat crew was called out only once, to a "
    "dinghy that had drifted.",
    "Next year the festival may move to the marina, where there is more room for stalls and a "
    "larger stage for the bands.",
    "The marina owners have offered the site for free, but residents there have already asked "
    "about noise and parking.",
    "A public meeting on the plan is set for October in the town hall, and the council will "
    "publish the full costs before it.",
    "Tickets for the concerts sold out in a day, and the organisers say they will add a second "
    "stage next summer.",
    "The food stalls ran out of fish by Saturday afternoon, and several had to close early on "
    "both days.",
    "Not everyone was celebrating.",
    '"We have had better weekends than this one," harbour trader Tom Hart, wearing an apron and '
    '"Save the Quay" badges, said quietly as the last boats came in.',
    "The council will review the festival in the autumn, as it does every year.",
)


BOATYARD = (
    'Owen Pryce, a retired fisherman, was ready to sell his boat after the storm. "I had '
    'nothing left," Pryce said.',
    'But soon "he started fixing the hull himself," Nora Ellis says. And it threw Pryce for a '
    'loop. "Owen has done a lot of changing since that winter."',
    "Pryce started taking tourists out in 2019, and his first trips sold out in a week.",
)


def test_the_ranker_attributes_a_quote_no_rule_does_when_paragraphs_are_merged():
    for joiner in ("\n\n", " "):
        text = joiner.join(BOATYARD)
        annotation = annotate(text)
        last = annotation.quotes[-1]
        assert text[last.content_start : last.content_end].startswith("Owen has done")
        assert last.rule == RANKED
        assert annotation.speaker_name(last) == "Nora Ellis"


def test_the_shipped_weights_load_and_review_only_the_rules_guesses():
    ranker = default_ranker()
    assert len(ranker.weights) > 50
    assert 0.0 < ranker.threshold <= ranker.override <= 1.0
    assert "" in ranker.reranks and CONTINUES in ranker.reranks
    assert "said after" not in ranker.reranks and "said before" not in ranker.reranks


def test_the_ranker_attributes_a_quote_no_rule_does():
    annotation = annotate(BRIDGE)
    (quote,) = annotation.quotes
    assert quote.rule == RANKED
    assert BRIDGE[quote.speaker_start : quote.speaker_end] == "She"
    assert annotation.speaker_name(quote) == "Clara Dunmore"


def test_without_the_ranker_the_rules_leave_that_quote_unattributed():
    blocks = paragraph_blocks(BRIDGE)
    found = people.find_people(BRIDGE, blocks)
    rules_only = SpeakerRanker({}, frozenset(), 1.0)
    (quote,), _ = attribute(
        BRIDGE, blocks, quotes.find_quotes(BRIDGE, blocks), found, ranker=rules_only
    )
    assert quote.rule is None and quote.speaker_start is None


def test_the_ranker_overrides_only_a_clear_favourite():
    near = Candidate(10, 12, ("near",), kind="pronoun")
    far = Candidate(40, 45, ("far",), kind="name")
    candidates = [nobody(["partial quote"]), near, far]
    ranker = SpeakerRanker({"near": 2.0, "far": 1.0}, frozenset([""]), 0.5)
    (quote,) = annotate('"Yes."').quotes
    assert ranker.choose(0, quote, candidates) is near
    unsure = SpeakerRanker({"near": 2.0, "far": 1.0, "no one": 1.9}, frozenset([""]), 0.5)
    assert unsure.choose(0, quote, candidates) is None


def test_the_ranker_needs_to_be_surer_to_replace_a_speaker_the_rules_chose():
    near = Candidate(10, 12, ("near",), kind="pronoun")
    far = Candidate(40, 45, ("far",), kind="name")
    candidates = [nobody(["partial quote"]), near, far]
    (quote,) = annotate('"Yes," Ann Lee said.').quotes
    assert quote.speaker_start is not None
    weights = {"near": 2.0, "far": 1.0}
    assert SpeakerRanker(weights, frozenset([""]), 0.5, 0.9).choose(0, quote, candidates) is None
    assert SpeakerRanker(weights, frozenset([""]), 0.5, 0.6).choose(0, quote, candidates) is near


def test_a_quote_opening_a_paragraph_a_scraper_merged_still_reads_as_opening_one():
    for joiner in ("\n\n", " "):
        annotation = annotate(joiner.join(FESTIVAL))
        first = annotation.quotes[0]
        assert first.rule == RANKED
        assert annotation.speaker_name(first) == "Tom Hart"


class _Shown:
    """A chooser that leaves the rules' decision alone and keeps the candidates it was shown."""

    reranks = frozenset(("",))

    def __init__(self):
        self.words = []

    def choose(self, quote_index, decided, candidates):
        self.words.append([c.start for c in candidates if c.start is not None])
        return None


def _shown(text):
    """The words of each candidate the ranker is shown for each quote no rule attributed."""
    blocks = paragraph_blocks(text)
    chooser = _Shown()
    attribute(
        text,
        blocks,
        quotes.find_quotes(text, blocks),
        people.find_people(text, blocks),
        ranker=chooser,
    )
    return [[text[start:].split()[0] for start in starts] for starts in chooser.words]


def test_the_organisation_a_sentence_opens_with_is_its_subject_before_the_ranker():
    """The sentence-subject rule takes an organisation when no person opens the sentence, so the
    ranker is not asked."""
    text = (
        "The town will vote on the marina plan in May.\n\n"
        'The Harbour Council has long campaigned against plans that are "plainly wrong."'
    )
    assert _shown(text) == []
    (quote,) = annotate(text).quotes
    assert quote.rule == "sentence subject"
    assert text[quote.speaker_start : quote.speaker_end] == "Harbour Council"


def test_a_subordinating_word_opening_the_sentence_is_no_candidate():
    text = (
        "The town will vote on the marina plan in May.\n\n"
        'Because of the storm, the quay was "plainly wrong" for boats.\n\n'
        'Unless the fleet returns, the quay is "finished" for good.'
    )
    shown = _shown(text)
    assert shown and not any("Because" in words or "Unless" in words for words in shown)


def test_a_capitalised_common_word_opening_the_sentence_is_no_candidate_but_its_group_is():
    shares = 'The town voted.\n\nShares in the ferry firm, once a "safe bet," slid.'
    assert _shown(shares) == [[]]
    assert annotate(shares).quotes[0].speaker_start is None
    outlets = 'The town voted.\n\nMultiple outlets reported that the talks had "stalled" overnight.'
    assert _shown(outlets) == [["Multiple"]]
    (quote,) = annotate(outlets).quotes
    assert outlets[quote.speaker_start : quote.speaker_end] == "Multiple outlets"


def test_the_owner_nearest_before_a_quote_is_a_candidate():
    embrace = (
        "Marcus Webb ran the harbour.\n\n"
        'The vote ended his long embrace of "harbour first" politics.'
    )
    assert "his" in _shown(embrace)[0]
    chants = 'The crowd waited.\n\nBut their chants of "Save the fleet!" were cut short.'
    assert _shown(chants) == [["their"]]


class _Picks:
    """A chooser that takes the candidate whose words are `words`, whatever the rules guessed."""

    reranks = frozenset(("", CONTINUES, "sentence subject", "any subject"))

    def __init__(self, text, words):
        self.text, self.words = text, words
        self.asked = False

    def choose(self, quote_index, decided, candidates):
        self.asked = True
        return next(
            c
            for c in candidates
            if c.start is not None and self.text[c.start : c.end] == self.words
        )


def test_a_relative_pronoun_the_ranker_picks_speaks_for_its_antecedent():
    text = (
        "The quay reopened on Monday.\n\n"
        "Boat builder Tom Hart, who said the hull took a week to fix, opened the yard. By noon "
        'it was "business as usual" again.'
    )
    blocks = paragraph_blocks(text)
    found = people.find_people(text, blocks)
    picks = _Picks(text, "who")
    (quote,), found = attribute(text, blocks, quotes.find_quotes(text, blocks), found, ranker=picks)
    assert picks.asked
    assert text[quote.speaker_start : quote.speaker_end] == "who"
    assert quote.speaker is not None
    assert found.people[quote.speaker].name == "Tom Hart"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=4),
    st.lists(st.lists(st.sampled_from(["x", "y", "z", "a", "w"]), max_size=6), max_size=5),
    st.dictionaries(
        st.sampled_from(["a", "b", "x", "y", "z", "a & x", "b & y", "c & z", "a & a", "d & w"]),
        st.floats(min_value=-4, max_value=4, allow_nan=False),
    ),
)
def test_a_score_is_the_sum_of_its_feature_names_weights_in_order(crossed, featured, weights):
    ranker = SpeakerRanker(weights, frozenset(), 0.5)
    for features in featured:  # candidates of one quote share their rows of weights
        candidate = Candidate(0, 1, tuple(features), crossed=tuple(crossed))
        expected = 0.0
        for name in candidate.feature_names():
            if weights.get(name):
                expected += weights[name]
        assert ranker.score(candidate) == expected
