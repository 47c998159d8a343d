"""bench/compare_runs.py: two dev runs compared on the questions of the first."""

import json

import pytest

from bench.compare_runs import SETS, compare, main


def record(qid, hit, answerable=True, declined=False, category="factoid"):
    return {"id": qid, "answerable": answerable, "category": category,
            "metrics": {"hit@1": hit, "hit@3": hit, "highlight@1": hit, "mrr@10": hit},
            "answer": {"answerable": not declined}}


def test_figures_are_summed_over_the_first_runs_questions_only():
    before = {"a": record("a", 1.0), "b": record("b", 0.0), "u": record("u", None, answerable=False, declined=True)}
    after = {"a": record("a", 0.0), "b": record("b", 1.0, declined=True), "u": record("u", None, answerable=False),
             "new": record("new", 1.0)}
    figures = compare(before, after)
    assert figures["hit@1"] == "1.0 -> 1.0 / 2"
    assert figures["declined (unanswerable)"] == "1 -> 0 / 1"
    assert figures["declined (answerable)"] == "0 -> 1 / 2"


def test_a_folder_that_is_no_dev_run_is_refused_in_one_line(tmp_path, capsys):
    run = tmp_path / "run"
    for name in SETS:
        (run / f"dev-{name}").mkdir(parents=True)
        (run / f"dev-{name}" / "results.jsonl").write_text(json.dumps(record("a", 1.0)) + "\n")
    main([str(run), str(run)])
    assert "hit@1: 1.0 -> 1.0 / 1" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="give two --split dev runs"):
        main([str(run), str(tmp_path / "missing")])


def test_another_split_is_compared_by_its_own_folders(tmp_path, capsys):
    run = tmp_path / "run"
    for name in SETS:
        (run / f"fresh4-{name}").mkdir(parents=True)
        (run / f"fresh4-{name}" / "results.jsonl").write_text(json.dumps(record("a", 1.0)) + "\n")
    main([str(run), str(run), "--split", "fresh4"])
    assert "fresh4-seed (old 1, new 0)" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="give two --split dev runs"):
        main([str(run), str(run)])
