"""near33: the candidate checks of bench/near_miss_checks.py read a near miss and its answerable control over the
same cited sentence differently, and the script refuses held-out runs (docs/retrieval.md, "near33")."""

import json
import subprocess
import sys
from pathlib import Path

from bench.near_miss_checks import checks_firing, near_miss_class

REPO = Path(__file__).resolve().parents[1]
TURING = "Well, at the top I mentioned this Turing Award which you won in 2013 for your work with distributed systems."
FIRE = "Last year, we had more than 2,000 fires that burned over a million acres."


def test_a_month_asked_where_only_the_year_is_said_is_class_a():
    fired = checks_firing("In what month did Lamport receive the Turing Award?", TURING, [TURING])
    assert "granular-time" in fired
    assert near_miss_class(fired) == "a"
    assert "granular-time" not in checks_firing("In what year did Lamport win the Turing Award?", TURING, [TURING])


def test_a_qualifier_the_passages_lack_is_class_b():
    fired = checks_firing("How many fires did Oregon have in 2019?", FIRE, [FIRE])
    assert "word-absent" in fired and "type-sentence" not in fired
    assert near_miss_class(fired) == "b"
    assert "word-absent" not in checks_firing("How many fires were there last year?", FIRE, [FIRE])


def test_another_modifier_of_the_same_head_is_read_as_contradicted():
    said = "Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."
    assert "modifier-other" in checks_firing("What do state firefighters get paid an hour?", said, [said])
    assert "modifier-other" not in checks_firing("What do federal firefighters get paid an hour?", said, [said])


def test_held_out_runs_are_refused(tmp_path):
    run = tmp_path / "eval-fresh5-x" / "fresh5-real+unanswerable"
    run.mkdir(parents=True)
    (run / "results.jsonl").write_text(json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    script = str(REPO / "bench" / "near_miss_checks.py")
    done = subprocess.run([sys.executable, script, str(tmp_path / "eval-fresh5-x")], capture_output=True, text=True,
                          cwd=REPO)
    assert done.returncode != 0 and "held-out" in done.stderr
