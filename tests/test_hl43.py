"""hl43's reading of the hand-over, measured and not adopted (HANDOVER_OPENING_WORDS 0 by default): the unit after the
best one takes the highlight from it (HANDOVER_SHARE) only where it points back within its first words or says a word
of the question the best unit lacks (`qa.cite.takes_over`, `points_back_early`, `says_more`; docs/retrieval.md,
"hl43")."""

import numpy as np

import qa.cite as cite
from bench import constants
from qa.cite import highlight_units, points_back_early, read_question, says_more, takes_over

STORAGE = ("It’s about investing in adaptation, diversifying water policy in a way we are thinking about the storage "
           "of water, both above ground and underground.")
RECYCLING = ("We’re thinking about recycling and all that we know is available to us to actually be smarter, in "
             "terms of the conservation of this diminishing and valuable resource called “water.”")
TALK = "Talk of a Greater Albania has been going on for years."
CALL = ("We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an "
        "end to these sentiments and plans and not to allow this rhetoric to escalate.")
DIJKSTRA = ["The problem was introduced by Edsger Dijkstra in 1965.",
            "At any rate, it lead to a whole bunch of algorithms."]


def test_a_pointing_word_counts_early_only_within_the_first_words():
    texts = ["And in that spirit, he proposed a summit meeting.", "In this way, they increase their capacity.",
             "It needs to be more than putting out fires.", RECYCLING, "No word points back here."]
    assert points_back_early(texts, 3).tolist() == [1, 1, 1, 0, 0]
    assert points_back_early(texts, 2).tolist() == [0, 1, 1, 0, 0]  # "that" is the third word
    assert points_back_early(["", "   "], 3).tolist() == [0, 0]


def test_a_unit_says_more_where_it_holds_a_question_word_the_unit_before_lacks():
    asked = read_question("Whom does Russia urge to rein in the Greater Albania rhetoric?")
    assert says_more(asked, [TALK, CALL]).tolist() == [0, 1]  # "rhetoric"
    assert says_more(asked, [TALK, CALL], [0]).tolist() == [0, 0]  # only the units named; never the first
    water = read_question("What did the Vice President say about water?")
    assert says_more(water, [STORAGE, RECYCLING]).tolist() == [0, 0]  # "water" both
    assert says_more(read_question("?"), [TALK, CALL]).tolist() == [0, 0]


def test_a_unit_pointing_back_deep_inside_and_saying_nothing_more_does_not_take_over_with_the_opening_words():
    water = read_question("What did the Vice President say about water?")
    scores = np.array([0.94, 0.89])  # 0.89 >= HANDOVER_SHARE * 0.94, the two do not fit in MAX_UNIT_WORDS
    # (the first unit's value is never read: no unit before it; "It's" opens it)
    with constants(cite, HANDOVER_OPENING_WORDS=3):
        assert takes_over(water, [STORAGE, RECYCLING]).tolist() == [1, 0]
        assert highlight_units([STORAGE, RECYCLING], scores, takes_over(water, [STORAGE, RECYCLING])) == (0, 0)
    # the default (0, not adopted): "this" anywhere lets it take the highlight, as before
    assert takes_over(water, [STORAGE, RECYCLING]).tolist() == [1, 1]
    assert highlight_units([STORAGE, RECYCLING], scores, takes_over(water, [STORAGE, RECYCLING])) == (1, 1)


def test_a_unit_pointing_back_early_or_saying_more_still_takes_over_with_the_opening_words():
    asked = read_question("Whom does Russia urge to rein in the Greater Albania rhetoric?")
    water = read_question("What did the Vice President say about water?")
    opening = "And in that spirit, we are thinking about recycling all that we have, to conserve it every day."
    with constants(cite, HANDOVER_OPENING_WORDS=3):
        assert takes_over(asked, [TALK, CALL]).tolist() == [0, 1]  # deep inside, but it says "rhetoric"
        assert takes_over(water, [STORAGE, opening]).tolist() == [1, 1]  # "that" is its third word
        # "it" is the fourth word of "At any rate, it ...": it takes over only where it says more ("lead")
        assert takes_over(read_question("What came of the mutual exclusion problem?"), DIJKSTRA).tolist() == [0, 0]
        assert takes_over(read_question("What did the mutual exclusion problem lead to?"), DIJKSTRA).tolist() == [0, 1]
    assert takes_over(read_question("What came of the mutual exclusion problem?"), DIJKSTRA).tolist() == [0, 1]


def test_through_the_api_the_answer_keeps_the_highlight_from_a_sentence_pointing_back_inside(seed_qa):
    question = "Does Lavrov find Washington's latest moves easy to understand?"
    with constants(cite, HANDOVER_OPENING_WORDS=3):
        first = seed_qa.ask(question).citations[0]
    assert "not entirely comprehensible" in first.highlight
    # the default without yn54's verdict before (which adds the negating sentence to this yes/no question's
    # highlight): "recommended that Mr Sullivan ..." takes it
    with constants(cite, VERDICT_BEFORE=0, VERDICT_NEGATES=0):
        before = seed_qa.ask(question).citations[0]
    assert "not entirely comprehensible" not in before.highlight
    assert "Mr Sullivan" in before.highlight
