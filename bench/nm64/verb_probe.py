"""nm64: the time questions asked alone and answered in saved dev runs (`qa.answerable.asks_time`), with the verb
`qa.answerable.asked_verb` reads in each, and whether nm57's `time_unsaid` would decline them were its first clause
(a time word in the first highlight with the sentence after it) to count only a sentence that also says the asked
verb (`TIME_VERB_SENTENCE`): the unanswerable caught against the answerable put at risk, each listed.

    PYTHONPATH=. .venv/bin/python bench/nm64/verb_probe.py RESULTS.jsonl [...] [--verbs]
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as qa_answerable  # noqa: E402
from qa.answerable import asked_verb, asks_time, time_unsaid  # noqa: E402


def verdicts(record: dict) -> tuple[bool, bool]:
    """time_unsaid on the record's saved citations with TIME_VERB_SENTENCE off and on."""
    cites = record["answer"]["citations"]
    hl = [(c["text"], c["highlight_start"], c["highlight_end"]) for c in cites]
    scores = [c["score"] for c in cites]
    out = []
    for on in (False, True):
        qa_answerable.TIME_VERB_SENTENCE = on
        out.append(time_unsaid(record["question"], hl, scores=scores))
    return out[0], out[1]


def main() -> None:
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = collections.Counter()
    for path in paths:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            a = r["answer"]
            if r["history"] or not a["answerable"] or not a["citations"] or not asks_time(r["question"]):
                continue
            side = "answerable" if r["answerable"] else "unanswerable"
            count[side] += 1
            if "--verbs" in sys.argv:
                print(side[:5], r["id"], asked_verb(r["question"]), r["question"], sep=" | ")
            off, on = verdicts(r)
            if on and not off:
                count[side, "caught"] += 1
                print("NEW", side, r["id"], r.get("first_relevant_rank"), asked_verb(r["question"]), r["question"],
                      a["citations"][0]["highlight"][:120].replace("\n", " "), sep=" | ")
    for side in ("unanswerable", "answerable"):
        print(f"{side}: answered {count[side]}, newly declined {count[side, 'caught']}")


if __name__ == "__main__":
    main()
