"""A same-turn pair (a passage cited with the next passage of its turn) reads a unit that opens the second passage and
points back ("We hold them in reserve.") as it would within one passage: it takes part of the lead of the unit before
it, the first passage's last (`qa.cite.PAIR_CONTINUATION`; docs/retrieval.md, "A unit that points back across a
pair's border")."""

import qa.cite as cite
from bench import constants

QUESTION = "Has Moscow already used its painful measures against American business?"


def test_the_unit_after_the_pair_border_that_points_back_joins_the_highlight(seed_qa):
    first = seed_qa.ask(QUESTION).citations[0]
    assert first.highlight.startswith("We also have opportunities to impose painful measures on American business.")
    assert first.highlight.endswith("We hold them in reserve.")
    # before: each passage scored alone, the unit before taken (the yes/no question's reply, "We hold them in
    # reserve.", is found by `reply_after` too since 2026-12-03, and taken in by hl51's highlight that grows by a
    # sentence pointing back since 2026-12-07: both off as well, to see this rule alone)
    with constants(cite, PAIR_CONTINUATION=False, REPLY_REACH=0, CONTINUED_GROW=0):
        before = seed_qa.ask(QUESTION).citations[0]
    assert before.highlight.startswith("We have always found, and will find, a way out of any situation.")
    assert "We hold them in reserve." not in before.highlight
