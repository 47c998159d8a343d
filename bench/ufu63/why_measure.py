"""ufu63: the why-follow-ups of the dev conversations (a why-question with history, `forms.py`), each asked as the
chat asks it: whether answered, searched with its history, and whether the first cited passages give a reason
(`qa.cite.holds_kind("reason", ...)` over the first one and the first three passages' texts, and over their
highlights). Batch B's rows are left out (conv-dev-6540..6579). Usage (from a tree's root):
why_measure.py INDEX [OUT.jsonl]"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, ".")
from qa.api import TranscriptQA  # noqa: E402
from qa.cite import asked_kind, holds_kind  # noqa: E402
from qa.config import Settings  # noqa: E402

B = re.compile(r"^conv-dev-65[4-7]\d$")
QUESTIONS = Path(__file__).resolve().parents[1] / "questions" / "conversations-dev.jsonl"


def main():
    tqa = TranscriptQA(Settings().replace(index_dir=Path(sys.argv[1])))
    out, counts = [], Counter()
    for line in open(QUESTIONS, encoding="utf-8"):
        row = json.loads(line)
        if B.match(row["id"]) or not row.get("history") or asked_kind(row["question"]) != "reason":
            continue
        a = tqa.ask(row["question"], history=row["history"])
        texts = [c.text for c in a.citations[:3]]
        highs = [c.highlight for c in a.citations[:3]]
        rec = {"id": row["id"], "answerable": row.get("answerable", row["category"] in ("follow-up", "switch")),
               "answered": a.answerable,
               "history_used": a.history_used,
               "first": bool(holds_kind("reason", texts[:1]).any()) if texts else None,
               "three": bool(holds_kind("reason", texts).any()) if texts else None,
               "hl": bool(holds_kind("reason", highs).any()) if highs else None,
               "q": row["question"], "h": row["history"][-1]}
        out.append(rec)
        counts[(rec["answerable"], rec["answered"], rec["history_used"], rec["first"], rec["three"])] += 1
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text("".join(json.dumps(r) + "\n" for r in out))
    print("answerable answered history_used reason_in_first reason_in_three n")
    for key, n in sorted(counts.items(), key=str):
        print(*key, n)


if __name__ == "__main__":
    main()
