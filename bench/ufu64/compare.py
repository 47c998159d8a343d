"""ufu64: two bench/ask_ids.py outputs (OFF ON) row by row: each row whose answer, note, rank, highlight or first three
citations differ, and the counts (declined unanswerable and answerable, Hit@1, Hit@3 of answerable rows, off -> on).
Usage: compare.py OFF.jsonl ON.jsonl"""
import json
import sys


def load(path):
    return {r["id"]: r for r in map(json.loads, open(path, encoding="utf-8"))}


def main():
    off, on = load(sys.argv[1]), load(sys.argv[2])
    keys = ("answerable", "note", "rank", "hl1", "history_used")
    counts = {k: [0, 0] for k in ("unanswerable declined", "answerable declined", "answerable hit@1",
                                  "answerable hit@3", "rows")}
    for id_, a in off.items():
        b = on[id_]
        moved = [k for k in keys if a.get(k) != b.get(k)] + (["cites"] if a["cites"][:3] != b["cites"][:3] else [])
        if moved:
            print(id_, "gold" if a["gold"] else "unans", moved, a["answerable"], a["rank"], "->", b["answerable"],
                  b["rank"], "|", a["q"][:70])
        for i, r in enumerate((a, b)):
            counts["rows"][i] += 1
            if not r["gold"]:
                counts["unanswerable declined"][i] += not r["answerable"]
            else:
                counts["answerable declined"][i] += not r["answerable"]
                counts["answerable hit@1"][i] += r["answerable"] and r["rank"] == 1
                counts["answerable hit@3"][i] += bool(r["answerable"] and r["rank"] and r["rank"] <= 3)
    for k, (x, y) in counts.items():
        print(f"{k}: {x} -> {y}")


if __name__ == "__main__":
    main()
