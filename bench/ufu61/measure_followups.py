"""ufu61: the unanswerable follow-ups (category `unanswerable-follow-up`) a run answered, classed against the answerable
follow-ups a rule of the same reading would put at risk. Usage: measure_followups.py RESULTS.jsonl (a conversations
results file). Per turn: searched with its history or alone; its own words (content words its earlier questions do
not say); whether each is said in the conversation's recording (the row's transcript), and in the first cited
passage."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from qa.answerable import content_words  # noqa: E402

TRANSCRIPTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "transcripts"


def said(word, text):
    return re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE) is not None


def main():
    rows = [json.loads(line) for line in open(sys.argv[1])]
    texts = {p.name: p.read_text(encoding="utf-8") for p in TRANSCRIPTS.iterdir()}
    counts = Counter()
    for r in rows:
        if not r.get("history") or r["category"] not in ("follow-up", "unanswerable-follow-up"):
            continue
        a = r["answer"]
        if not a["answerable"]:
            counts[(r["answerable"], "declined")] += 1
            continue
        earlier = {w.lower() for h in r["history"] for w in content_words(h)}
        own = [w.lower() for w in content_words(r["question"]) if w.lower() not in earlier]
        text = texts.get(r.get("transcript") or "", "")
        first = a["citations"][0]["text"] if a["citations"] else ""
        in_rec = "none-own" if not own else "all" if all(said(w, text) for w in own) else (
            "some" if any(said(w, text) for w in own) else "none")
        in_first = "none-own" if not own else "all" if all(said(w, first) for w in own) else (
            "some" if any(said(w, first) for w in own) else "none")
        key = (r["answerable"], "history" if a["history_used"] else "alone", in_rec, in_first)
        counts[key] += 1
        if "-v" in sys.argv and not r["answerable"]:
            print(*key, r["id"], repr(r["question"]), own, sep="\t")
    print("answerable\tsearched\town words in recording\tin first passage\tn")
    for key, n in sorted(counts.items(), key=str):
        print(*key, n, sep="\t")


if __name__ == "__main__":
    main()
