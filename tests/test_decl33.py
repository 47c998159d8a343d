"""decl33: each decline names the rule of `decide` that made it, a rule may be set to answer as uncertain instead,
and bench/decline_audit.py counts each rule's right and false declines from saved answers (their evidence)."""

import dataclasses
import json

import pytest

from bench.decline_audit import audit, decision_figures, result_files
from qa.answerable import DECLINE_RULES, DeclineRule, decide
from qa.types import Evidence, to_json

COUNT_UNFOUND = Evidence(cosine=0.5, sentence=0.45, coverage=1.0, top_coverage=1.0, count_found=False)


def test_a_decline_names_the_rule_that_made_it():
    counted = decide(COUNT_UNFOUND)
    assert not counted.answerable and counted.rule == "count"
    nonsense = decide(dataclasses.replace(COUNT_UNFOUND, nonsense=True))
    assert not nonsense.answerable and nonsense.rule == "nonsense"
    far = decide(dataclasses.replace(COUNT_UNFOUND, cosine=0.1, count_found=None))
    assert not far.answerable and far.rule == "low-similarity"
    assert {counted.rule, nonsense.rule, far.rule} <= set(DECLINE_RULES)
    # a plain answer names none; one made uncertain names the rule that did
    assert decide(dataclasses.replace(COUNT_UNFOUND, count_found=True)).rule == ""
    hedged = decide(dataclasses.replace(COUNT_UNFOUND, cosine=0.7))
    assert hedged.answerable and hedged.rule == "count" and hedged.note.startswith("Uncertain")


def test_the_rule_is_not_part_of_what_a_verdict_says():
    assert decide(COUNT_UNFOUND) == dataclasses.replace(decide(COUNT_UNFOUND), rule="")


def test_a_rule_set_to_answer_as_uncertain_answers_instead_of_declining():
    rule = DeclineRule(uncertain_rules=frozenset({"count"}))
    verdict = decide(COUNT_UNFOUND, rule)
    assert verdict.answerable and verdict.rule == "count"
    assert verdict.note == "Uncertain: no passage found gives a count of what this question asks about."
    # the other rules still decline
    assert not decide(dataclasses.replace(COUNT_UNFOUND, nonsense=True), rule).answerable
    assert not decide(dataclasses.replace(COUNT_UNFOUND, cosine=0.1, count_found=None), rule).answerable
    # by default no rule does
    assert DeclineRule().uncertain_rules == frozenset()


def test_the_audit_reads_the_rule_from_real_answers_saved(seed_qa, tmp_path):
    asked = [("seed-44", "How many vaccine doses a month will the Belgrade plant produce?", False, "count"),
             ("seed-01", "How has Russia contributed to Serbia's fast COVID vaccination campaign?", True, "why"),
             ("x-1", "asdkjh qwe zzz", False, "nonsense")]
    run = tmp_path / "eval-dev-x" / "dev-seed"
    run.mkdir(parents=True)
    with open(run / "results.jsonl", "w", encoding="utf-8") as f:
        for qid, question, gold, category in asked:
            answer = seed_qa.ask(question)
            f.write(json.dumps(dict(id=qid, question=question, answerable=gold, category=category,
                                    answer=to_json(answer))) + "\n")
    by_rule, missed, rows = audit(result_files(tmp_path / "eval-dev-x"), DeclineRule())
    assert by_rule["count"]["right"] == 1 and by_rule["nonsense"]["right"] == 1
    assert sum(c["false"] for c in by_rule.values()) == 0
    assert missed["count"]["n"] == 1 and missed["count"]["missed"] == 0
    assert decision_figures(rows, set()) == (2, 2, 0, 1)
    # the count rule answered as uncertain: one right decline fewer
    assert decision_figures(rows, {"count"}) == (1, 2, 0, 1)


def test_the_audit_refuses_held_out_runs(tmp_path):
    run = tmp_path / "eval-test-x" / "test-seed"
    run.mkdir(parents=True)
    (run / "results.jsonl").write_text("")
    with pytest.raises(SystemExit):
        result_files(tmp_path / "eval-test-x")


@pytest.fixture(scope="module")
def lamport_qa(tmp_path_factory):
    from tests.conftest import shared_transcript_qa
    return shared_transcript_qa(tmp_path_factory, "changelog-552-leslie-lamport-interview.md")


def test_a_name_typed_apart_is_no_name_the_transcripts_lack(lamport_qa):
    # "eisen hower": "eisen" is cased as a name when the question is read, and was then declined as one never said;
    # the transcript writes "Eisenhower", never apart: searched and judged as that
    answer = lamport_qa.ask("what did lamport say about the general eisen hower quote")
    assert answer.answerable, answer.note
    assert not answer.evidence.unknown_names
    assert "Eisenhower" in answer.query and "Eisenhower" in answer.citations[0].text
    # a name the transcript lacks in every form is still one
    declined = lamport_qa.ask("what did lamport say about the general eisen quote")
    assert not declined.answerable and "Eisen" in declined.note
