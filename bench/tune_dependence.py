"""Which dev questions `qa.conversation.dependence` takes as follow-ups, against what they are: a follow-up of
conversations-dev (or the seed's questions with a history) must depend on its history, and every other dev
question (the first question of each conversation, topic switches, the real and unanswerable dev sets) must
stand alone. Prints the counts and each mistake (docs/retrieval.md, "Follow-up questions", quotes them).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_dependence.py

Development data only: it reads no held-out file. Every word counts as known here (nonsense is decided apart).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.conversation import dependence  # noqa: E402

FILES = [REPO / "qa/data/seed_questions.jsonl", *(REPO / "bench/questions" / f"{n}-dev.jsonl"
                                                  for n in ("conversations", "real", "unanswerable", "mention"))]
FOLLOW_UPS = {"follow-up", "unanswerable-follow-up"}


def cases() -> list[tuple[str, bool]]:
    """(question, whether it depends on its history) for every dev question, and each conversation's first."""
    found: dict[str, bool] = {}
    for path in FILES:
        for line in path.read_text().splitlines():
            q = json.loads(line)
            if q.get("category") == "nonsense":
                continue
            history = q.get("history") or []
            if history:
                found.setdefault(history[0], False)
            found[q["question"]] = bool(history) and (q.get("category") in FOLLOW_UPS or "seed" in path.name)
    return list(found.items())


def main() -> None:
    missed, wrong, n_follow, n_alone = [], [], 0, 0
    for question, follows in cases():
        reason = dependence(question, lambda w: True)
        n_follow += follows
        n_alone += not follows
        if follows and reason is None:
            missed.append(question)
        elif not follows and reason is not None:
            wrong.append(f"{question}  ({reason})")
    print(f"follow-ups taken as standalone: {len(missed)} of {n_follow}")
    print(*(f"  {q}" for q in missed), sep="\n")
    print(f"standalone questions taken as follow-ups: {len(wrong)} of {n_alone}")
    print(*(f"  {q}" for q in wrong), sep="\n")


if __name__ == "__main__":
    main()
