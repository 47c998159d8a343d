"""ufu63: for each follow-up a run answered with its history (a conversations results.jsonl), whether its first
highlight is the sentence its earlier question's answer highlighted (that question asked again, with its own history,
by this tree's code): the same highlight as the earlier answer's first, or as one of its first three; counted for
unanswerable and answerable follow-ups (Hit@3 among them). Usage (from a tree's root): told_measure.py INDEX
RESULTS.jsonl [OUT.jsonl]"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, ".")
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402


def span(c):
    return (c["transcript"], c["highlight_start_char"], c["highlight_end_char"])


def main():
    tqa = TranscriptQA(Settings().replace(index_dir=Path(sys.argv[1])))
    rows = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
    rows = [r for r in rows if r.get("history") and r["answer"]["answerable"] and r["answer"]["history_used"]
            and r["category"] in ("follow-up", "unanswerable-follow-up") and r["answer"]["citations"]]
    counts, out = Counter(), []
    for r in rows:
        earlier = tqa.ask(r["history"][-1], history=r["history"][:-1])
        told = [(c.transcript, c.highlight_start_char, c.highlight_end_char) for c in earlier.citations[:3]]
        first = span(r["answer"]["citations"][0])
        same = "same-first" if told and first == told[0] else "in-first-3" if first in told else "new"
        hit3 = (r.get("first_relevant_rank") or 99) <= 3
        counts[(r["answerable"], same, hit3 if r["answerable"] else None)] += 1
        out.append({"id": r["id"], "answerable": r["answerable"], "same": same, "hit3": hit3,
                    "earlier_answered": earlier.answerable, "q": r["question"], "h": r["history"][-1]})
    if len(sys.argv) > 3:
        Path(sys.argv[3]).write_text("".join(json.dumps(o) + "\n" for o in out))
    print("answerable  first highlight  hit@3  n")
    for key, n in sorted(counts.items(), key=str):
        print(*key, n, sep="\t")


if __name__ == "__main__":
    main()
