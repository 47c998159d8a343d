"""ufu61: a batch's figures, off (SELF_FORMS False) against on, from bench/ask_ids.py outputs. Usage: table.py OFF ON
[QUESTIONS.jsonl]: the nonsense turns declined, the controls declined, their Hit@1 / Hit@3, and each row that moved."""
import json
import sys


def load(path):
    return {d["id"]: d for d in map(json.loads, open(path))}


def main():
    off, on = load(sys.argv[1]), load(sys.argv[2])
    controls = {i for i, d in off.items() if d["gold"]}
    for name, run in (("off", off), ("on", on)):
        turns = [d for i, d in run.items() if i not in controls]
        ctl = [d for i, d in run.items() if i in controls]
        print(f"{name}: nonsense declined {sum(not d['answerable'] for d in turns)} / {len(turns)}; controls "
              f"declined {sum(not d['answerable'] for d in ctl)} / {len(ctl)}, Hit@1 "
              f"{sum(d['answerable'] and d['rank'] == 1 for d in ctl)}, Hit@3 "
              f"{sum(d['answerable'] and (d['rank'] or 99) <= 3 for d in ctl)}")
    for i in off:
        a, b = off[i], on[i]
        if (a["answerable"], a["rank"], a["cites"], a["note"]) != (b["answerable"], b["rank"], b["cites"], b["note"]):
            print(i, repr(a["q"]), "answered" if a["answerable"] else "declined", "->",
                  "answered" if b["answerable"] else "declined", "|", (b["note"] or "")[:90])


if __name__ == "__main__":
    main()
