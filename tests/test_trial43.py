"""What a new user's trial found (trial43, docs/ui.md "New user's trial (trial43)"): real files, index, model,
evaluation."""

from __future__ import annotations

import json

from click.testing import CliRunner

from qa.cli import main

# A lecture's captions as YouTube writes them: a sentence runs over several cues (each with its number and times).
CAPTIONS = """1
00:00:01,000 --> 00:00:04,000
today we look at ensembles and why they

2
00:00:04,000 --> 00:00:07,000
work so well in practice so the B in

3
00:00:07,000 --> 00:00:10,000
bagging is for bootstrapping and the rest

4
00:00:10,000 --> 00:00:13,000
is for aggregation which averages the models

5
00:00:13,000 --> 00:00:16,000
next week we turn to boosting and gradient methods
"""


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def test_a_gold_quote_copied_from_a_caption_citation_is_found_across_its_cues(tmp_path):
    """A researcher copied the highlight of a subtitle citation ("so the B in bagging is for bootstrapping") into
    their CSV as gold; in the file the words run over cues 2 and 3, with "3" and "00:00:07,000 --> 00:00:10,000"
    between them, and `tqa eval` refused it: "gold quote ... is not in lecture.srt; copy it from the transcript
    verbatim" (it had been)."""
    (tmp_path / "lecture.srt").write_text(CAPTIONS, encoding="utf-8")
    index = tmp_path / "index"
    code, out = run("ingest", tmp_path / "lecture.srt", "--index", index)
    assert code == 0, out
    questions = tmp_path / "mine.csv"
    questions.write_text("id,question,transcript,gold_quotes\n"
                         "b,What does the B in bagging stand for?,lecture.srt,so the B in bagging is for bootstrapping\n"
                         "m,What comes next week?,lecture.srt,next week we turn to boosting\n", encoding="utf-8")
    code, out = run("eval", questions, "--index", index, "--out", tmp_path / "out")
    assert code == 0, out
    results = {r["id"]: r for r in map(json.loads, (tmp_path / "out" / "results.jsonl").read_text().splitlines())}
    text = CAPTIONS
    spans = [tuple(s) for s in results["b"]["gold"]]
    assert spans, results["b"]
    # the gold covers the quote's words in both cues, and nothing of the cue before or after them
    covered = "".join(text[a:b] for a, b in spans)
    assert "so the B in" in covered and "bagging is for bootstrapping" in covered
    assert "today we look" not in covered and "is for aggregation" not in covered
    assert results["b"]["first_relevant_rank"] is not None
    # a quote inside one cue is found in the file as before, to the character
    assert [text[a:b] for a, b in results["m"]["gold"]] == ["next week we turn to boosting"]
    # a quote said nowhere is still refused, naming its line
    questions.write_text("question,transcript,gold_quotes\nWhat?,lecture.srt,so the B in bagging is for boosting\n",
                         encoding="utf-8")
    code, out = run("eval", questions, "--index", index, "--out", tmp_path / "out2")
    assert code == 1 and "line 2: gold quote 'so the B in bagging is for boosting' is not in lecture.srt" in out
