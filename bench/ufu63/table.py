"""ufu63: two bench/ask_ids.py outputs of the same rows (OFF, ON) compared: per category, unanswerable declined and
answerable declined, Hit@1 and Hit@3 of those with gold, off -> on; and each row whose answer, note, rank or first
three citations differ. Usage: table.py OFF.jsonl ON.jsonl [QUESTIONS.jsonl ...] (the question files give each row's
category; default the dev conversations and the seed file)."""
import json
import sys
from collections import defaultdict

FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl")


def main():
    off = {json.loads(line)["id"]: json.loads(line) for line in open(sys.argv[1])}
    on = {json.loads(line)["id"]: json.loads(line) for line in open(sys.argv[2])}
    cats = {}
    for name in sys.argv[3:] or FILES:
        for line in open(name, encoding="utf-8"):
            row = json.loads(line)
            category = row.get("category")
            cats[row["id"]] = (category, row.get("answerable", category in ("follow-up", "switch")))
    table = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0])  # n, declined off/on, hit1 off/on, hit3 off/on
    for i in off:
        cat, answerable = cats.get(i, ("?", True))
        t = table[(cat, answerable)]
        t[0] += 1
        for j, run in ((0, off[i]), (1, on[i])):
            t[1 + j] += not run["answerable"]
            t[3 + j] += (run["rank"] or 99) <= 1
            t[5 + j] += (run["rank"] or 99) <= 3
    print("category\tanswerable\tn\tdeclined off->on\thit@1 off->on\thit@3 off->on")
    for (cat, answerable), t in sorted(table.items(), key=str):
        print(f"{cat}\t{answerable}\t{t[0]}\t{t[1]}->{t[2]}\t{t[3]}->{t[4]}\t{t[5]}->{t[6]}")
    for i in off:
        a, b = off[i], on[i]
        if (a["answerable"], a["rank"], a["note"], a["cites"]) != (b["answerable"], b["rank"], b["note"], b["cites"]):
            print("moved", i, cats.get(i), "answered" if a["answerable"] else "declined", "->",
                  "answered" if b["answerable"] else "declined", f"rank {a['rank']} -> {b['rank']}", "|", b["q"],
                  "|", b["note"])


if __name__ == "__main__":
    main()
