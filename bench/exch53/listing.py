"""exch53: on a dev run, the answerable standalone questions whose [1] is a reporter's exchange (highlight in its
answer) and whose gold is cited at 2-5 (the class), and those whose [1] is such an exchange holding the gold with
[2] within `REACH` of it (the hits at risk). Prints the ids of each (class, then risk) and a line each.
    python bench/exch53/listing.py /work/main/bench/out/eval-dev-s42m [--ids class|risk]"""
import json
import sys
from pathlib import Path

REACH = 0.1


def holds(c, gold):
    return any(c["start_char"] < e and s < c["end_char"] for s, e in gold)


def in_answer(c):
    return c.get("kind") == "exchange" and not any(
        t["role"] == "question" and t["text_start"] <= c["highlight_start"] < t["text_end"] for t in c["turns"] or [])


def main() -> None:
    out = {"class": [], "risk": []}
    for s in ("dev-real+unanswerable", "dev-seed"):
        for line in (Path(sys.argv[1]) / s / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not r["answerable"] or r.get("history") or not r["gold"] or not r["answer"]["answerable"]:
                continue
            cits, rank = r["answer"]["citations"], r.get("first_relevant_rank")
            if not cits or not in_answer(cits[0]):
                continue
            if rank and 2 <= rank <= 5:
                g = cits[rank - 1]
                out["class"].append(r["id"])
                if "--ids" not in sys.argv:
                    print(f"MISS {r['id']} [1] {cits[0]['score']:.3f} gold@{rank} {g['score']:.3f} {g['kind']} "
                          f"{g['role']} {g['speaker'] == cits[0]['speaker']} | {r['question']}")
            elif rank == 1 and len(cits) > 1 and cits[0]["score"] - cits[1]["score"] <= REACH:
                out["risk"].append(r["id"])
    if "--ids" in sys.argv:
        print(" ".join(out[sys.argv[sys.argv.index("--ids") + 1]]))
    else:
        print(len(out["class"]), "class;", len(out["risk"]), "risk")


if __name__ == "__main__":
    main()
