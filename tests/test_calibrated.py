"""qa.calibrated: the calibrated hedge over the seed transcript's real index, and bench/fit_decline.py reading the
same features from a saved answer."""

import dataclasses

from bench.fit_decline import features as saved_features
from qa import calibrated
from qa.types import to_json


def test_an_answer_scored_likely_wrong_says_it_is_uncertain(seed_qa):
    # dev seed-68: its first citation is not the answering passage, and nothing else says it is uncertain
    answer = seed_qa.ask("How did the US respond to Russia's long-standing complaints about the imbalance in "
                         "embassy staff?")
    assert answer.answerable
    assert calibrated.right_chance(answer) < calibrated.UNCERTAIN_BELOW
    assert calibrated.NOTE in answer.note


def test_a_clear_answer_is_not_hedged(seed_qa):
    answer = seed_qa.ask("What did Lavrov say about Slovenia?")
    assert answer.answerable
    assert calibrated.right_chance(answer) > 0.9
    assert calibrated.NOTE not in (answer.note or "")


def test_a_declined_answer_is_left_as_it_is(seed_qa):
    answer = seed_qa.ask("asdkjh qwe zzz")
    assert not answer.answerable
    assert calibrated.right_chance(answer) is None
    assert calibrated.hedged(answer) is answer


def test_an_answer_already_uncertain_gets_no_second_hedge(seed_qa):
    answer = seed_qa.ask("How did the US respond to Russia's long-standing complaints about the imbalance in "
                         "embassy staff?")
    uncertain = dataclasses.replace(answer, note="Uncertain: the passages below are only loosely related.")
    assert calibrated.hedged(uncertain).note == uncertain.note


def test_the_fitting_script_reads_the_features_the_product_reads(seed_qa):
    answer = seed_qa.ask("What did Lavrov say about Slovenia?")
    assert saved_features(to_json(answer)) == calibrated.features(answer.evidence, answer.note, answer.citations)
    assert len(calibrated.features(answer.evidence, answer.note, answer.citations)) == len(calibrated.WEIGHTS) == len(
        calibrated.FEATURES)


def test_a_follow_up_searched_with_its_history_is_not_scored(seed_qa):
    # dev seed-40: the model was fitted on questions asked alone; a follow-up's evidence reads its history's topic
    answer = seed_qa.ask("So what is Moscow going to do about it?",
                         history=["What is the open ground memorandum between Russia and the US?"])
    assert answer.answerable and answer.history_used
    assert calibrated.right_chance(answer) is None
    assert calibrated.NOTE not in (answer.note or "")


def test_an_answer_asked_alone_carries_its_confidence_and_the_hedge_exactly_below_the_cut(seed_qa):
    # the chance is the answer object's `confidence` (DESIGN.md allows "a confidence"), in the JSON of `tqa ask
    # --json` and the evaluation's results; the note says uncertain exactly where it is below UNCERTAIN_BELOW
    for question in ("How did the US respond to Russia's long-standing complaints about the imbalance in embassy "
                     "staff?", "What did Lavrov say about Slovenia?"):
        answer = seed_qa.ask(question)
        assert 0.0 <= answer.confidence <= 1.0
        assert to_json(answer)["confidence"] == answer.confidence
        assert (calibrated.NOTE in answer.note if answer.confidence < calibrated.UNCERTAIN_BELOW
                else calibrated.NOTE not in (answer.note or ""))


def test_a_decline_and_a_follow_up_have_no_confidence(seed_qa):
    assert seed_qa.ask("asdkjh qwe zzz").confidence is None
    follow_up = seed_qa.ask("So what is Moscow going to do about it?",
                            history=["What is the open ground memorandum between Russia and the US?"])
    assert follow_up.history_used and follow_up.confidence is None
