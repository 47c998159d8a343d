"""bench/decline_verdicts.py: two saved runs of answerability verdicts compared, new ids apart."""

import json

from bench.decline_verdicts import main


def verdict(gold, answered, file="unanswerable-dev"):
    return {"file": file, "gold": gold, "answered": answered, "note": None if answered else "declined",
            "question": "q?"}


def test_gains_and_losses_are_listed_and_new_ids_counted_apart(tmp_path, capsys):
    before = {"dev-un-1": verdict(False, True), "dev-x-1": verdict(True, True, "real-dev"),
              "dev-un-2100": verdict(False, True)}
    after = {"dev-un-1": verdict(False, False), "dev-x-1": verdict(True, False, "real-dev"),
             "dev-un-2100": verdict(False, False)}
    (tmp_path / "a.json").write_text(json.dumps(before))
    (tmp_path / "b.json").write_text(json.dumps(after))
    main(["compare", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--new", r"dev-un-21\d\d"])
    out = capsys.readouterr().out
    assert "old after:  unanswerable declined 1 of 1 (1.000), precision 0.500; answerable declined 1 of 1; " \
           "real-dev 1 of 1" in out
    assert "new after:  unanswerable declined 1 of 1" in out
    assert "gain dev-un-1 " in out and "LOSS dev-x-1 " in out
