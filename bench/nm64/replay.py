"""nm64: nm57's `time_unsaid` asked again on the saved citations (texts, highlights, fused scores) of the time
questions asked alone (or a conversation turn searched without its history) and answered in saved runs, with every
nm64 reading off, then each on in turn (`TIME_VERB_SENTENCE`, `TIME_TENSE_AGREES`, `TIME_UNITS_AS_POINTS`) and the
last two together: the unanswerable newly declined against the
answerable, each listed. Exact for the rule (the same function on the same inputs), not for a change of ranking.

    PYTHONPATH=. .venv/bin/python bench/nm64/replay.py RESULTS.jsonl [...] [--quiet]
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as qa_answerable  # noqa: E402
from qa.answerable import asks_time, time_unsaid  # noqa: E402

FLAGS = ("TIME_VERB_SENTENCE", "TIME_TENSE_AGREES", "TIME_UNITS_AS_POINTS")
READINGS = {"verb": ("TIME_VERB_SENTENCE",), "tense": ("TIME_TENSE_AGREES",), "units": ("TIME_UNITS_AS_POINTS",),
            "tense+units": ("TIME_TENSE_AGREES", "TIME_UNITS_AS_POINTS")}


def declined(record: dict, on: tuple[str, ...]) -> bool:
    cites = record["answer"]["citations"]
    for flag in FLAGS:
        setattr(qa_answerable, flag, flag in on)
    try:
        return time_unsaid(record["question"], [(c["text"], c["highlight_start"], c["highlight_end"]) for c in cites],
                           scores=[c["score"] for c in cites])
    finally:
        for flag in FLAGS:
            setattr(qa_answerable, flag, False)


def main() -> None:
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = collections.Counter()
    for path in paths:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            a = r["answer"]
            if (r["history"] and a.get("history_used") is not False) or not a["answerable"] or not a["citations"] \
                    or not asks_time(r["question"]):
                continue
            side = "answerable" if r["answerable"] else "unanswerable"
            count[side] += 1
            if declined(r, ()):
                continue
            for name, on in READINGS.items():
                if declined(r, on):
                    count[side, name] += 1
                    if "--quiet" not in sys.argv:
                        print(name, side, r["id"], r.get("first_relevant_rank"), r["question"],
                              a["citations"][0]["highlight"][:110].replace("\n", " "), sep=" | ")
    print(f"answered time questions asked alone: unanswerable {count['unanswerable']}, answerable "
          f"{count['answerable']}")
    for name in READINGS:
        print(f"{name:12} unanswerable newly declined {count['unanswerable', name]:3}   answerable newly declined "
              f"{count['answerable', name]:3}")


if __name__ == "__main__":
    main()
