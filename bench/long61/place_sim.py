"""Simulate on a conversations results.jsonl (long61) the rule "the passage a follow-up finds first asked alone takes
place P among its citations when it is in the recording of its first citation and not among its first P": per form
(bench/long61/forms.py) and history length, the follow-ups whose gold enters the first three (gain) and leaves them
(loss), and the switches and other rows it would move.   python bench/long61/place_sim.py RESULTS.jsonl"""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.long61.forms import forms  # noqa: E402


def spans(cits):
    return [tuple(c) if isinstance(c, list) else (c["transcript"], c["start_char"], c["end_char"]) for c in cits]


def is_gold(span, r):
    t, a, b = span
    return t == r.get("transcript") and any(a < e and s < b for s, e in r["gold"])


def placed(cits, alone1, p):
    if not cits or alone1 is None or cits[0][0] != alone1[0]:
        return cits
    ov = [i for i, c in enumerate(cits) if c[0] == alone1[0] and c[1] < alone1[2] and alone1[1] < c[2]]
    if ov and ov[0] < p:
        return cits
    rest = [c for i, c in enumerate(cits) if i not in ov[:1]]
    return rest[:p - 1] + [cits[ov[0]] if ov else alone1] + rest[p - 1:]


def first_rank(cits, r):
    return next((i for i, c in enumerate(cits, 1) if is_gold(c, r)), None)


def main():
    tab = collections.Counter()
    moved = collections.Counter()
    for line in open(sys.argv[1], encoding="utf-8"):
        r = json.loads(line)
        if not r["history"] or not r["answer"]["answerable"] or not r["answer"].get("history_used"):
            continue
        alone = r.get("asked_alone") or {}
        a1 = spans(alone.get("citations", []))[:1] if alone.get("answerable") else []
        cits = spans(r["answer"]["citations"])
        h = "h1" if len(r["history"]) == 1 else "h2+"
        for p in (2, 3):
            new = placed(cits, a1[0] if a1 else None, p)
            for f in forms(r["question"], r["history"]):
                if new[:3] != cits[:3]:
                    moved[(f, h, p, r["category"])] += 1
                if r["category"] != "follow-up" or not r["answerable"] or not r["gold"]:
                    continue
                b, a = first_rank(cits, r), first_rank(new, r)
                hb, ha = b is not None and b <= 3, a is not None and a <= 3
                tab[(f, h, p, "gain")] += ha and not hb
                tab[(f, h, p, "loss")] += hb and not ha
    for f in sorted({k[0] for k in tab}):
        for p in (2, 3):
            print(f"{f:20} P={p}", "  ".join(
                f"{h}: gain {tab[(f, h, p, 'gain')]:3} loss {tab[(f, h, p, 'loss')]:3} moved " +
                str({c: moved[(f, h, p, c)] for c in ("follow-up", "switch", "unanswerable-follow-up", "nonsense")
                     if moved[(f, h, p, c)]}) for h in ("h1", "h2+")))


if __name__ == "__main__":
    main()
