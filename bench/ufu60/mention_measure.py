"""ufu60: follow-ups (turns with history) that ask whether something is mentioned, over a run's dev conversations.

Usage: mention_measure.py RESULTS.jsonl  -- each such turn: answerable or not, answered or declined, searched with
history (H) or alone (A), whether its first citation is the conversation's recording (same/OTHER), the question."""
import json
import re
import sys

MENTION = re.compile(r"\bmention(?:s|ed|ing)?\b|\bc[ao]me\s+up\b|\bbr(?:ing|ings|ought)\s+up\b|"
                     r"\btalk(?:s|ed)?\s+about\b|\bsay\s+anything\s+about\b|\bsaid\s+anything\s+about\b|"
                     r"\braise[sd]?\b|\bany\s+word\s+(?:on|about)\b", re.IGNORECASE)


def main():
    tally = {}
    for line in open(sys.argv[1]):
        r = json.loads(line)
        if not r.get("history") or not MENTION.search(r["question"]):
            continue
        a = r["answer"]
        cites = a["citations"]
        where = "none" if not cites else ("same" if cites[0]["transcript"] == r["transcript"] else "OTHER")
        key = ("ANS" if r["answerable"] else "UNANS", "answered" if a["answerable"] else "declined",
               "H" if a.get("history_used") else "A", where)
        tally[key] = tally.get(key, 0) + 1
        if "-v" in sys.argv:
            print(*key, r["id"], r["category"], "|", r["history"][-1][:50], "||", r["question"])
    for key, n in sorted(tally.items()):
        print(n, *key)


if __name__ == "__main__":
    main()
