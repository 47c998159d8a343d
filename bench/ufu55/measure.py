"""ufu55: dev follow-ups searched with their history and answered, by the kind of thing the follow-up asks (read from
its form) and by whether its first cited passages hold a sentence of that kind with one of its own words.

    python bench/ufu55/measure.py RESULTS.jsonl [--list KIND]
"""
import collections
import json
import re
import sys

sys.path.insert(0, ".")
from qa.answerable import _ATTRIBUTE_FRAME, _ATTRIBUTE_SENTENCE, _gives_attribute, _kept_stems  # noqa: E402

KINDS = (
    ("figure", re.compile(r"\bhow\s+(?:much|many|long|big|old|high|far)\b|"
                          r"\bwhat\s+(?:number|percentage|share|fraction)\b|"
                          r"\b(?:cost|worth|budget|salary|revenues?|price)\b", re.I)),
    ("date", re.compile(r"\bwhen\b|\b(?:what|which)\s+(?:year|date|day|month)\b|\bdeadline\b|\brelease\s+date\b",
                        re.I)),
    ("name", re.compile(r"\bcalled\b|\bnames?\b|"
                        r"^\W*(?:and\s+|so\s+|ok\s+)?(?:which|what)\s+(?!(?:is|was|are|were|did|does|do|about)\b)\w+|"
                        r"^\W*(?:and\s+|so\s+)?who\b", re.I)),
    ("yes/no", re.compile(r"^\W*(?:and\s+|so\s+|ok\s+)?"
                          r"(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b|"
                          r"\b(?:too|as\s+well|also|either)\W*$|\bor\s+not\b|^\W*any\b", re.I)),
)
HELD_KIND = {"figure": "figure", "date": "date", "name": "name"}


def kind_of(q):
    return next((k for k, f in KINDS if f.search(q)), "other")


def held(kind, q, earlier, texts):
    if kind not in HELD_KIND:
        return None
    said = frozenset().union(*(_kept_stems(e) for e in earlier)) if earlier else frozenset()
    own = _kept_stems(q) - said - _kept_stems(_ATTRIBUTE_FRAME)
    for text in texts[:3]:
        sents = _ATTRIBUTE_SENTENCE.split(text)
        cap = any(w[:1].isupper() for s in sents for w in s.split()[1:])
        for s in sents:
            if _gives_attribute(HELD_KIND[kind], s, cap) and (not own or _kept_stems(s) & own):
                return True
    return False


def main():
    rows = [json.loads(line) for line in open(sys.argv[1])]
    show = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--list" else None
    table = collections.Counter()
    for r in rows:
        cat = r["category"]
        if cat not in ("follow-up", "unanswerable-follow-up"):
            continue
        a = r["answer"]
        un = cat != "follow-up"
        k = kind_of(r["question"])
        h = held(k, r["question"], r["history"], [c["text"] for c in a["citations"]]) if a["answerable"] else None
        table[(k, un, a["answerable"], bool(a.get("history_used")), h)] += 1
        if show == k and a["answerable"] and a.get("history_used") and h is False:
            print("UN " if un else "ANS", r["id"], r["question"], "|", r["first_relevant_rank"])
    print("| kind | unanswerable: answered (with history), of which not held | answerable: answered (with history), of "
          "which not held | answerable declined |")
    print("| --- | --- | --- | --- |")
    for k in [k for k, _ in KINDS] + ["other"]:
        def n(un, ans=True, hu=None, h=None):
            return sum(v for (kk, u, a, huu, hh), v in table.items() if kk == k and u == un and a == ans
                       and (hu is None or huu == hu) and (h is None or hh == h))
        print(f"| {k} | {n(True)} ({n(True, hu=True)}), {n(True, hu=True, h=False)} | {n(False)} "
              f"({n(False, hu=True)}), {n(False, hu=True, h=False)} | {n(False, ans=False)} |")


if __name__ == "__main__":
    main()
