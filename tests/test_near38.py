"""near38: a figure asked by its noun ("What budget ...?", "What CLS score ...?", "No. of ...") is declined, where the
reading is turned on (qa.answerable.FIGURE_FIRST; off as shipped, not adopted), when the
first passage's highlight, with the sentence after it, gives no number, and answered when it gives one
(docs/retrieval.md, "near38"); bench/near38_kinds.py reads the kind asked the same way for every kind."""

import json
import subprocess
import sys
from pathlib import Path

import qa.answerable
from qa.answerable import expected_answer, figure_noun_asked
from tests.conftest import meeting_qa

REPO = Path(__file__).resolve().parents[1]
TRIP = ("Ana: The offsite trip to Lisbon is booked for the whole design team, and everyone flies out together.",
        "Ben: Good. The hotel is near the old town, and we have a day of workshops before the dinner.")


def test_a_figure_asked_by_its_noun_is_read_where_no_other_kind_is():
    for asked in ("What CLS score counts as good?", "what interest rate does russia pay on its bonds",
                  "No. of aircraft deployed to the western fires?", "price per dose of sputnik v?",
                  "paradise california fire death toll", "What budget did the team set for the trip?"):
        assert figure_noun_asked(asked), asked
    for other in ("How many fires are burning?", "What did Lamport say about budgets?", "Who set the price?",
                  "What is the name of the intern?", "Which Russian banks were named?"):
        assert not figure_noun_asked(other), other
    assert expected_answer("How many fires are burning?") == "number"  # read as before, not by the noun


def test_a_figure_the_first_passage_lacks_is_declined_and_one_it_gives_is_answered(tmp_path, monkeypatch):
    # the reading is off in the product (not adopted); this is what it does where turned on
    monkeypatch.setattr(qa.answerable, "FIGURE_FIRST", True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    unsaid = meeting_qa(tmp_path / "a", "offsite.txt", *TRIP)
    answer = unsaid.ask("What budget did the design team set for the Lisbon offsite trip?")
    assert not answer.answerable, answer.note
    said = meeting_qa(tmp_path / "b", "offsite.txt", TRIP[0].replace(
        "and everyone flies out together.", "and the budget for the trip is 4,000 euros."), TRIP[1])
    assert said.ask("What budget did the design team set for the Lisbon offsite trip?").answerable
    monkeypatch.setattr(qa.answerable, "FIGURE_FIRST", False)  # off, as shipped
    # nm59's sum check (on, as shipped) declines it by its own rule: a budget asked, no sum said
    shipped = unsaid.ask("What budget did the design team set for the Lisbon offsite trip?")
    assert not shipped.answerable and shipped.note == qa.answerable.SUM_NOTE
    monkeypatch.setattr(qa.answerable, "SUM_UNSAID", False)  # both off: answered, as before nm59
    assert unsaid.ask("What budget did the design team set for the Lisbon offsite trip?").answerable


def test_held_out_runs_are_refused(tmp_path):
    run = tmp_path / "eval-fresh6-x" / "fresh6-real+unanswerable"
    run.mkdir(parents=True)
    (run / "results.jsonl").write_text(json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "near38_kinds.py"), str(tmp_path / "eval-fresh6-x")],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode != 0 and "held-out" in (done.stdout + done.stderr)
