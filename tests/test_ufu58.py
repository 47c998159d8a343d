"""ufu57's referent check, narrowed (ufu58, docs/retrieval.md "ufu58"; `qa.answerable.REFERENT_NAMES`, on as
shipped; each test sets it on): only a follow-up that points back is read with its referent's names, and of its own
words only those surely names (typed as names, or written only as names by the transcripts); a lower-case word that
begins a longer lower-case word of the transcript is that word clipped."""

import pytest

from qa import answerable


@pytest.fixture
def referent_on(monkeypatch):
    monkeypatch.setattr(answerable, "REFERENT_NAMES", True)


def test_a_lower_case_word_the_transcripts_also_write_in_lower_case_is_no_name_of_its_own(eight_qa, referent_on):
    # "tech": Knuth's "Tech" in the Lamport interview, "the underlying tech" there too
    answer = eight_qa.ask("and the tech companies, how many got designated",
                          history=["What did they say about SolarWinds?"])
    assert answer.evidence.referent_unheld == ()
    assert answer.note != "No transcript that speaks of SolarWinds speaks of Tech."


def test_a_word_clipped_from_one_the_transcript_says_is_held(eight_qa, referent_on):
    # "intel": the call says "intelligence" (the company Intel is the Lamport interview's)
    answer = eight_qa.ask("how solid is that intel", history=["what did they say about the taliban bounties"])
    assert answer.evidence.referent_unheld == ()
    assert answer.answerable


def test_a_switch_that_does_not_point_back_is_read_alone(eight_qa, referent_on):
    answer = eight_qa.ask("What kind of questions does the presenter's HR assistant answer?",
                          history=["What is a good LCP score?"])
    assert answer.evidence.referent_unheld == ()
    assert answer.answerable


def test_on_as_shipped_a_follow_up_naming_what_its_referents_recording_never_says_is_declined(eight_qa):
    assert answerable.REFERENT_NAMES
    answer = eight_qa.ask("was japan in on that one too?",
                          history=["which countries joined treasury on the crimea sanctions?"])
    assert not answer.answerable
    assert answer.note == "No transcript that speaks of Treasury and Crimea speaks of Japan."
