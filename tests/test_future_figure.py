"""A figure asked of the future ("How much will they earn?") is answered first by the figure said of the future, not
by the one said of the past or the present (mend25, docs/retrieval.md)."""

from __future__ import annotations

import qa.cite as cite
from bench import constants

TRIPS = "How many short-term trips a year will Russia allow American diplomats?"


def shown(citation) -> str:
    return " ".join(citation.highlight.split())


def test_a_figure_of_the_future_is_cited_before_the_figure_of_the_past(seed_qa):
    answer = seed_qa.ask(TRIPS)
    assert "10 employees going from Russia to the US" in shown(answer.citations[0])
    assert [c.rank for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert answer.answer.startswith(shown(answer.citations[0])[:40])
    with constants(cite, FUTURE_FIGURE_FIRST=False):  # without it: "several hundreds of employees" sent every year
        before = seed_qa.ask(TRIPS)
    assert "several hundreds" in shown(before.citations[0])


def test_a_figure_asked_of_the_future_after_a_raise(wildfires_qa):
    answer = wildfires_qa.ask("How much will they earn?", history=["What raise did Biden announce for firefighters?"])
    assert "$15 an hour" in shown(answer.citations[0])


def test_a_figure_asked_of_the_present_keeps_its_order(wildfires_qa):
    answer = wildfires_qa.ask("How much are some federal firefighters paid now?")
    assert "$13 an hour" in shown(answer.citations[0])
