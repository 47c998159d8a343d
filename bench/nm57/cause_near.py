"""nm57: for the dev why-questions (kind=cause; kind=date, kind=figure: the kind `asked_said` reads) answered, the largest share of the question's content stems held by a sentence
that says a reason (`holds_kind("reason")`) in the first three passages, with the WINDOW sentences either side of it;
answerable against unanswerable.

    .venv/bin/python bench/nm57/cause_near.py [RUN_DIR ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench" / "nm57"))

from measure import RUNS, form  # noqa: E402
from qa.cite import asked_said, holds_kind  # noqa: E402
from qa.rerank import content_stems  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

KIND = dict(a.split("=") for a in sys.argv[1:] if a.startswith("kind=")).get("kind", "cause")
WINDOW = int(dict(a.split("=") for a in sys.argv[1:] if a.startswith("window=")).get("window", 1))


def share(question: str, texts: list[str]) -> float:
    asked = content_stems(question) - {"whi", "reason", "year", "date", "time"}
    kind = form(question)
    said = asked_said(question)
    best = 0.0
    for text in texts:
        sents = [text[a:b] for a, b in split_sentences(text)]
        held = holds_kind("reason", sents) if kind == "cause" else [said(t) for t in sents]
        for i, h in enumerate(held):
            if h:
                near = content_stems(" ".join(sents[max(0, i - WINDOW):i + WINDOW + 1]))
                best = max(best, len(asked & near) / max(len(asked), 1))
    return best


def main() -> None:
    rows = []
    for run in [a for a in sys.argv[1:] if "=" not in a and a != "list"] or RUNS:
        for line in open(Path(run) / "results.jsonl"):
            r = json.loads(line)
            a = r["answer"]
            if r.get("history") or not a["answerable"] or form(r["question"]) != KIND:
                continue
            s = share(r["question"], [c["text"] for c in a["citations"][:3]])
            rows.append((s, r["answerable"], r["id"], r["question"] + " | cos %.2f sent %.2f" % (a["evidence"]["cosine"], a["evidence"]["sentence"] or 0)))
    for cut in (0.01, 0.1, 0.2, 0.25, 0.34, 0.4, 0.5):
        print(cut, "ans below", sum(1 for s, ans, *_ in rows if ans and s < cut), "of", sum(1 for r in rows if r[1]),
              "| un below", sum(1 for s, ans, *_ in rows if not ans and s < cut), "of", sum(1 for r in rows if not r[1]))
    for s, ans, i, q in sorted(rows):
        if s < 0.5 and (not ans or "list" in sys.argv):
            print(f"{s:.2f}", "ans" if ans else "UN ", i, q[:140])


if __name__ == "__main__":
    main()
