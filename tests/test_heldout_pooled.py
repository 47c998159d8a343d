"""bench/heldout_pooled.py: held-out splits' figures summed, with intervals and a sign test, printing counts only."""

import json

import pytest

from bench.heldout_pooled import SETS, main, sign_test, wilson
from tests.conftest import REPO


def record(qid, hit, answerable=True, declined=False, category="factoid", text="a secret question"):
    return {"id": qid, "question": text, "answerable": answerable, "category": category,
            "metrics": {"hit@1": hit, "hit@3": hit, "highlight@1": hit},
            "answer": {"answerable": not declined, "text": "a secret answer"}}


def write_run(root, split, tag, records_by_set):
    for name in SETS:
        folder = root / f"eval-{split}-{tag}" / f"{split}-{name}"
        folder.mkdir(parents=True)
        lines = [json.dumps(r) for r in records_by_set.get(name, [])]
        (folder / "results.jsonl").write_text("".join(line + "\n" for line in lines))


def test_two_splits_are_summed_and_compared_question_by_question_without_printing_text(tmp_path, capsys):
    write_run(tmp_path, "test", "a", {"real+unanswerable": [record("q1", 1), record("q2", 0),
                                                            record("u1", None, answerable=False, declined=True)]})
    write_run(tmp_path, "fresh5", "a", {"real+unanswerable": [record("q1", 0)]})
    write_run(tmp_path, "test", "b", {"real+unanswerable": [record("q1", 0), record("q2", 1),
                                                            record("u1", None, answerable=False)]})
    write_run(tmp_path, "fresh5", "b", {"real+unanswerable": [record("q1", 1)]})
    main(["a", "b", "--out-dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert "splits: test fresh5" in out
    assert "real hit@1" in out and "1/3 = 0.333" in out and "2/3 = 0.667" in out and "+2 -1" in out
    assert "real decline recall" in out and "1/1 = 1.000" in out and "0/1 = 0.000" in out
    assert "secret" not in out


def test_a_tag_with_no_runs_is_refused_in_one_line(tmp_path):
    with pytest.raises(SystemExit, match="no bench/out/eval-SPLIT-nothing run found"):
        main(["nothing", "--out-dir", str(tmp_path)])


def test_the_interval_and_the_sign_test_match_their_textbook_values():
    low, high = wilson(7, 10)
    assert round(low, 3) == 0.397 and round(high, 3) == 0.892
    assert sign_test(0, 0) == 1.0
    assert round(sign_test(8, 1), 4) == 0.0391  # 2 * (1 + 9) / 512


def test_near_questions_hides_the_text_of_a_held_out_neighbour_unless_asked(tmp_path, capsys):
    from bench import near_questions
    held = json.loads((REPO / "bench" / "questions" / "real-fresh7.jsonl").read_text(encoding="utf-8").splitlines()[0])
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": "new-1", "question": held["question"]}) + "\n", encoding="utf-8")
    near_questions.main([str(new)])
    hidden = capsys.readouterr().out
    assert held["id"] in hidden and "text hidden" in hidden and held["question"] not in hidden.split("\n", 2)[2]
    near_questions.main([str(new), "--show-held-out"])
    assert "text hidden" not in capsys.readouterr().out
