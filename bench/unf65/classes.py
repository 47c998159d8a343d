"""unf65: the classes of unanswerable follow-ups a run answered (default: the start run eval-dev-s49g), and the
answerable follow-ups of the same forms (what a rule reading the form would put at risk): a city outside the place
list (`city`: a city `qa.conversation.places_added` finds with PLACE_CITIES and not without), an imperative ("give me
/ tell me / list / name ..."), a possessive ("taiwan's"), a short why (six words or fewer) and a longer why.
Usage (from a tree's root): classes.py [RUN_FOLDER] [-v CLASS]"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, ".")
import qa.conversation as conv  # noqa: E402
from qa.conversation import Context, places_added  # noqa: E402

IMPERATIVE = re.compile(r"^\W*(?:(?:and|so|ok|okay|um|well|now|please)\W+)*(?:can you\s+|could you\s+)?"
                        r"(?:give me|tell me|list|name|show me)\b", re.IGNORECASE)


def classes(question: str, history: list[str]) -> list[str]:
    q = question.lower()
    found = []
    context = Context(tuple(history), None)
    conv.PLACE_CITIES = False
    off = places_added(question, context)
    conv.PLACE_CITIES = True
    if places_added(question, context) != off:
        found.append("city")
    if IMPERATIVE.search(question):
        found.append("imperative")
    if re.search(r"\w['’]s\b", q):
        found.append("possessive")
    if re.search(r"\bwhy\b", q):
        found.append("short why" if len(q.split()) <= 6 else "why")
    return found


def main():
    verbose = sys.argv[sys.argv.index("-v") + 1] if "-v" in sys.argv else None
    args = [a for a in sys.argv[1:] if not a.startswith("-") and a != verbose]
    run = Path(args[0] if args else "/work/main/bench/out/eval-dev-s49g")
    counts = Counter()
    for path in sorted(run.glob("dev-*/results.jsonl")):
        for row in map(json.loads, open(path, encoding="utf-8")):
            if not row.get("history") or row["category"] not in ("unanswerable-follow-up", "follow-up"):
                continue
            answer = row["answer"]
            side = ("with history" if answer.get("history_used") else "alone")
            for c in classes(row["question"], row["history"]):
                if row["answerable"]:
                    rank = row.get("first_relevant_rank")
                    counts[(c, "answerable", "answered" if answer["answerable"] else "declined")] += 1
                    counts[(c, "answerable", "Hit@3")] += bool(answer["answerable"] and rank and rank <= 3)
                else:
                    counts[(c, "unanswerable", "declined" if not answer["answerable"] else f"answered {side}")] += 1
                if verbose == c:
                    print(row["id"], row["answerable"], answer["answerable"], side, "|", row["question"])
    for key, n in sorted(counts.items()):
        print(*key, n, sep="\t")


if __name__ == "__main__":
    main()
