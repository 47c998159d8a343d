"""rank61, step 1b: misses with the gold at 2-5 by the question's asked kind (a reason, view, intent: `asked_kind`;
rank59's count / amount / date / number / name) and by the share of the question's content words each passage holds;
against the Hit@1 rows where a later passage (2..DEPTH) stands to [1] the same way (the risk).

    PYTHONPATH=. python bench/rank61/measure_kind.py /work/main/bench/out/eval-dev-s46f [DEPTH]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "rank59"))
from measure import kind_of  # noqa: E402

from qa.answerable import text_stems  # noqa: E402
from qa.cite import asked_kind, holds_kind  # noqa: E402


def reader_of(question):
    k = asked_kind(question)
    if k:
        return k, lambda t: bool(holds_kind(k, [t])[0])
    return kind_of(question)


def share(stems, text):
    return len(stems & text_stems(text)) / len(stems) if stems else 0.0


def main(run: str, depth: int) -> None:
    gain: Counter = Counter()
    risk: Counter = Counter()
    for part in ("dev-seed", "dev-real+unanswerable"):
        tag = "seed" if part == "dev-seed" else "real"
        for line in open(Path(run) / part / "results.jsonl"):
            r = json.loads(line)
            if not r["answerable"] or not r["gold"] or r["history"]:
                continue
            cites = r["answer"]["citations"][:5]
            rank = r["first_relevant_rank"]
            if not cites or not rank or rank > depth:
                continue
            kind, reader = reader_of(r["question"])
            stems = text_stems(r["question"])
            texts = [c["text"] for c in cites[:depth]]
            shares = [share(stems, t) for t in texts]
            held = [reader(t) for t in texts] if reader else [False] * len(texts)
            if rank == 1:
                later_kind = next((i for i in range(1, len(texts)) if held[i]), None)
                if kind and not held[0] and later_kind:
                    risk[(tag, kind, "kind")] += 1
                if any(s > shares[0] + 0.2 for s in shares[1:]):
                    risk[(tag, "any", "share+0.2")] += 1
            else:
                if kind and not held[0] and held[rank - 1]:
                    gain[(tag, kind, "kind")] += 1
                if shares[rank - 1] > shares[0] + 0.2:
                    gain[(tag, "any", "share+0.2")] += 1
                gain[(tag, kind or "-", "misses")] += 1
    for key in sorted(set(gain) | set(risk), key=str):
        print(*key, "gain", gain[key], "risk", risk[key], sep="\t")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
