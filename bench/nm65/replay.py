"""nm65: `qa.answerable.time_far_from_question` replayed on saved answers (the time questions asked alone, or turns
searched alone, answered in the run), the bundled torch encoder, at the floor and with TIME_FLOOR_FIRST_CITATION
on and off; prints the rows each reading newly declines and the counts.
Usage: replay.py RESULTS_DIR_OR_FILE [...] [--floor 0.22]"""
import json
import sys
from pathlib import Path

from embeddings.encoder import load_encoder
from qa import answerable as A


def records(paths):
    for p in paths:
        p = Path(p)
        for f in ([p] if p.is_file() else sorted(p.glob("**/results.jsonl"))):
            for line in open(f):
                yield json.loads(line)


def main():
    args = sys.argv[1:]
    floor = float(args[args.index("--floor") + 1]) if "--floor" in args else 0.22
    paths = [a for a in args if not a.startswith("--") and a != str(floor)]
    encode = load_encoder("all-MiniLM-L6-v2").encode
    A.TIME_SENTENCE_FLOOR = floor
    for first_only in (False, True):
        A.TIME_FLOOR_FIRST_CITATION = first_only
        moved = {True: [], False: []}
        for r in records(paths):
            a = r["answer"]
            alone = not r.get("history") or not a.get("history_used")
            if not alone or not a["answerable"] or not a["citations"]:
                continue
            cits = a["citations"]
            if A.time_far_from_question(r["question"], [(c["text"], c["highlight_start"], c["highlight_end"])
                                                        for c in cits], encode, scores=[c["score"] for c in cits]):
                moved[r["answerable"]].append(f"{r['id']} | {r['question']}")
        print(f"floor {floor}, first citation only {first_only}: unanswerable newly declined {len(moved[False])}, "
              f"answerable {len(moved[True])}")
        for ok in (False, True):
            for row in moved[ok]:
                print(f"   {'ans' if ok else 'UN '} {row}")


if __name__ == "__main__":
    main()
