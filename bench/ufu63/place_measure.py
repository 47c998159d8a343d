"""ufu63: the follow-ups a run answered with their history that add a place of their own (`qa.conversation.
places_added`: a country, its people, its capital, a US state its earlier questions do not name), by where the place
is said: in the first cited passage, in one of the first three, in the conversation's recording, nowhere there;
unanswerable against answerable (Hit@3 among them). Usage (from a tree's root): place_measure.py RESULTS.jsonl [-v]"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, ".")
from qa.conversation import Context, _said_in, places_added  # noqa: E402

TRANSCRIPTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "transcripts"


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    texts = {p.name: p.read_text(encoding="utf-8") for p in TRANSCRIPTS.iterdir()}
    counts = Counter()
    for r in rows:
        a = r["answer"]
        if not (r.get("history") and a["answerable"] and a["history_used"] and a["citations"]):
            continue
        added = places_added(r["question"], Context(tuple(r["history"]), None))
        if not added:
            continue
        cites = a["citations"]
        where = []
        for written, forms in added:
            where.append("first" if _said_in(forms, [cites[0]["text"]])
                         else "first3" if _said_in(forms, [c["text"] for c in cites[:3]])
                         else "recording" if _said_in(forms, [texts.get(r["transcript"], "")])
                         else "nowhere")
        worst = max(where, key=["first", "first3", "recording", "nowhere"].index)
        hit3 = (r.get("first_relevant_rank") or 99) <= 3
        counts[(r["answerable"], worst, hit3 if r["answerable"] else None)] += 1
        if "-v" in sys.argv:
            print("ok" if r["answerable"] else "UN", worst, r["id"], r["history"][-1][:50], "||", r["question"])
    for key, n in sorted(counts.items(), key=str):
        print(*key, n, sep="\t")


if __name__ == "__main__":
    main()
