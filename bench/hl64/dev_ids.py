"""hl64: the dev rows ASKED_AFTER_WORDS could move, a loose superset read from a run (dev runs only).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl64/dev_ids.py RUN > bench/hl64/dev-ids.txt

An answered row whose first citation's highlight holds SHARE of the question's content words or more (the rule
reads the best unit's share, RESTATED_SHARE 0.5, of the question's or its speakers' topic stems: a looser bound),
while the next WORDS words of the cited text after the highlight hold a question word the highlight lacks. Prints
one regular expression of their ids.
"""
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.hl42_classes import records  # noqa: E402
from qa.rerank import content_stems  # noqa: E402

SHARE, WORDS = 0.3, 60


def main():
    ids = []
    for _, rec in records([Path(sys.argv[1])]):
        if not rec["answer"]["answerable"] or not rec["answer"]["citations"]:
            continue
        c = rec["answer"]["citations"][0]
        he = c.get("highlight_end")
        qs = content_stems(rec["question"])
        hs = content_stems(c["highlight"])
        if he is None or not qs or len(qs & hs) / len(qs) < SHARE:
            continue
        after = " ".join(c["text"][he:].split()[:WORDS])
        if (content_stems(after) & qs) - hs:
            ids.append(rec["id"])
    print(len(ids), file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in sorted(ids)) + ")$")


if __name__ == "__main__":
    main()
