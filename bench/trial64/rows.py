"""The dev rows trial64's rules read, over every question and every earlier turn of a conversation of the dev files:
`--rule state` (STATE_SPEAKS): those that name a US state anywhere (a capitalised word or two that `is_state` reads),
the only questions whose `not_a_speaker` or pronouns' places (`qa.conversation._a_place`) the rule can change (and
`--rule speaker`: those of them naming the state among who speaks or acts, `qa.answerable.named_sources`'s first
list, whose `not_a_speaker` it changes); `--rule asker`
(ASKER_SUBJECT): those whose pronouns with nothing to point to (`qa.conversation.pointing_pronouns`, with and
without idioms) differ with the rule on and off. Prints the rows (or with `--ids` the ids' pattern for
bench/ask_ids.py) and the count per file.

    PYTHONPATH=. .venv/bin/python bench/trial64/rows.py --rule state|asker [--ids]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import qa.conversation as conversation
from qa.answerable import is_state, named_sources

REPO = Path(__file__).resolve().parents[2]
FILES = ("bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl",
         "bench/questions/conversations-dev.jsonl", "bench/questions/decline-dev.jsonl",
         "bench/questions/casual-dev.jsonl", "bench/questions/define-dev.jsonl", "bench/questions/mention-dev.jsonl",
         "qa/data/seed_questions.jsonl")


def names_state(text: str) -> bool:
    """Whether `text` names a US state among who speaks or acts."""
    who, _ = named_sources(text)
    return any(is_state(phrase) for phrase in who)


def mentions_state(text: str) -> bool:
    """Whether `text` names a US state: a capitalised word, or two, that `is_state` reads."""
    found = re.findall(r"[A-Z][\w’'-]*", text)
    pairs = re.findall(r"(?=\b([A-Z][\w’'-]*\s+[A-Z][\w’'-]*))", text)
    return any(is_state(w) for w in [*found, *pairs])


def pronouns_move(text: str) -> bool:
    """Whether `text`'s pronouns with nothing to point to differ with ASKER_SUBJECT on and off."""
    read = []
    for on in (True, False):
        conversation.ASKER_SUBJECT = on
        read.append([conversation.pointing_pronouns(text, idioms) for idioms in (True, False)])
    conversation.ASKER_SUBJECT = True
    return read[0] != read[1]


def main() -> None:
    reads = {"state": mentions_state, "speaker": names_state,
             "asker": pronouns_move}[sys.argv[sys.argv.index("--rule") + 1]]
    ids, total = [], 0
    for name in FILES:
        found = 0
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            total += 1
            if any(reads(t) for t in [row["question"], *row.get("history", [])]):
                found += 1
                ids.append(row["id"])
                if "--ids" not in sys.argv:
                    print(" ", row["id"], row["question"], row.get("history", ""))
        print(name, found, file=sys.stderr)
    print("questions read:", total, "rows:", len(ids), file=sys.stderr)
    if "--ids" in sys.argv:
        print("^(" + "|".join(sorted(set(ids))) + ")$")


if __name__ == "__main__":
    main()
