"""nm65 probe: the asked verb (`qa.answerable.asked_verb`, stemmed) said in none of the first N citations' passages
(whole passages, not the time's sentence as nm64's reading), over the time questions asked alone and answered.
Usage: verb_passage.py RESULTS.jsonl [...] [--list N]"""
import json
import sys

from qa import answerable as A
from qa.lexical import english_stemmer


def main():
    paths = [p for p in sys.argv[1:] if p.endswith(".jsonl")]
    stem = english_stemmer().stemWord
    rows = []
    for path in paths:
        for line in open(path):
            r = json.loads(line)
            a = r["answer"]
            if r.get("history") or not a["answerable"] or not A.asks_time(r["question"]) or not a["citations"]:
                continue
            verb = A.asked_verb(r["question"])
            if verb is None:
                rows.append((r["answerable"], None, r["id"], r["question"], None))
                continue
            s = stem(verb)
            first = next((i for i, c in enumerate(a["citations"]) if s in A._kept_stems(c["text"])), None)
            rows.append((r["answerable"], first, r["id"], r["question"], verb))
    for depth in (1, 2, 3, 5):
        un = sum(1 for ok, f, *_ in rows if not ok and f is None and _[2] is not None or False)
        un = sum(1 for ok, f, i, q, v in rows if not ok and v is not None and (f is None or f >= depth))
        ans = sum(1 for ok, f, i, q, v in rows if ok and v is not None and (f is None or f >= depth))
        print(f"verb in none of the first {depth}: unanswerable {un} of {sum(not r[0] for r in rows)}, answerable "
              f"{ans} of {sum(r[0] for r in rows)}")
    if "--list" in sys.argv:
        depth = int(sys.argv[sys.argv.index("--list") + 1])
        for ok, f, i, q, v in rows:
            if v is not None and (f is None or f >= depth):
                print(ok, i, v, "|", q)


if __name__ == "__main__":
    main()
