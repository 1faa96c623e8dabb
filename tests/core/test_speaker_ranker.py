"""The learned ranker over speaker candidates: its shipped weights, its choice, and a quote it
attributes that no rule does (invented articles only)."""

from tui.core import people, quotes
from tui.core.annotation import annotate
from tui.core.documents import paragraph_blocks
from tui.core.speaker_ranker import Candidate, SpeakerRanker, default_ranker, nobody
from tui.core.speakers import CONTINUES, RANKED, attribute

BRIDGE = (
    "Mayor Clara Dunmore opened the bridge on Friday.\n\n"
    'She spoke for ten minutes, mostly about the river. "We waited thirty years for this."'
)


def test_the_shipped_weights_load_and_review_only_the_rules_guesses():
    ranker = default_ranker()
    assert len(ranker.weights) > 50
    assert 0.0 < ranker.threshold < 1.0
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
