"""ufu55: follow-ups searched with their history and answered, whose form asks a time ("when ...?") or a figure, by
whether the highlights of their first N citations (each with the sentence after it) hold a time or a number.

    python bench/ufu55/highlight_kind.py RESULTS.jsonl [N] [--list]
"""
import collections
import json
import sys

sys.path.insert(0, ".")
from qa.answerable import _ATTRIBUTE_FRAME, _kept_stems, highlight_kind_asked, holds_asked_kind  # noqa: E402


def main():
    rows = [json.loads(line) for line in open(sys.argv[1])]
    depth = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 1
    table = collections.Counter()
    for r in rows:
        if r["category"] not in ("follow-up", "unanswerable-follow-up") or not r["answer"]["answerable"]:
            continue
        a = r["answer"]
        kind = highlight_kind_asked(r["question"])
        if kind is None or not a.get("history_used"):
            continue
        un = r["category"] != "follow-up"
        texts = [(c["text"], c["highlight_start"], c["highlight_end"]) for c in a["citations"][:depth]]
        words = frozenset().union(*(_kept_stems(q) for q in (r["question"], *r["history"]))) - _kept_stems(
            _ATTRIBUTE_FRAME)
        held = any(holds_asked_kind(kind, t, s, e, words) for t, s, e in texts)
        table[(kind, un, held)] += 1
        if "--list" in sys.argv and not held:
            print("UN " if un else "ANS", r["id"], r["question"], "| rank", r["first_relevant_rank"], "|",
                  a["citations"][0]["highlight"][:100].replace("\n", " "))
    for kind in ("time", "figure"):
        unanswerable = table[(kind, True, True)] + table[(kind, True, False)]
        answerable = table[(kind, False, True)] + table[(kind, False, False)]
        print(f"{kind}: unanswerable answered {unanswerable}, not held {table[(kind, True, False)]}; answerable "
              f"answered {answerable}, not held {table[(kind, False, False)]}")


if __name__ == "__main__":
    main()
