"""The records of two runs' conversations (or any set) whose first gold rank, decline or first three citations
differ, with the rank before and after (fup51).

    /work/main/.venv/bin/python bench/fup51/moved.py BEFORE/dev-conversations/results.jsonl AFTER/.../results.jsonl
"""
import json
import sys


def load(path):
    return {(d := json.loads(line))["id"]: d for line in open(path, encoding="utf-8") if line.strip()}


def main():
    a, b = load(sys.argv[1]), load(sys.argv[2])
    counts = {"into the first three": 0, "out of the first three": 0, "first place lost": 0, "first place won": 0,
              "decline changed": 0, "third citation only": 0}
    for i in a:
        if i not in b:
            continue
        x, y = a[i], b[i]
        rx, ry = x["first_relevant_rank"] or 99, y["first_relevant_rank"] or 99
        dx, dy = x["answer"]["answerable"], y["answer"]["answerable"]
        cx = [(c["transcript"], c["start_char"]) for c in x["answer"]["citations"][:3]]
        cy = [(c["transcript"], c["start_char"]) for c in y["answer"]["citations"][:3]]
        if (rx, dx, cx) == (ry, dy, cy):
            continue
        counts["into the first three"] += rx > 3 >= ry
        counts["out of the first three"] += ry > 3 >= rx
        counts["first place lost"] += rx == 1 < ry
        counts["first place won"] += ry == 1 < rx
        counts["decline changed"] += dx != dy
        counts["third citation only"] += cx[:2] == cy[:2] and rx == ry
        print(i, x["category"], f"rank {x['first_relevant_rank']} -> {y['first_relevant_rank']}",
              f"answered {dx} -> {dy}", "| first two same" if cx[:2] == cy[:2] else "| FIRST TWO DIFFER",
              "|", x["question"][:70])
    print(counts)


if __name__ == "__main__":
    main()
