"""The follow-up misses of a dev conversations run by kind of follow-up and by the family the brief names (fup63),
read from the wording only (nothing asked again); with `--causes ROWS.json` (bench/fup43_classes.py's --out over
the same run) each row's cause beside it.

    .venv/bin/python bench/fup63/kinds.py RESULTS.jsonl [--causes ROWS.json] [--list]

Kinds: `pronoun` (a pointing pronoun: `pointing_pronouns`), `ellipsis` (no pronoun; at most one content word of its
own, or a fragment/joining opener: "and Poland?", "why?"), `implicit` (no pronoun, words of its own: "the second one",
"how long did the talks last?"). Families: `asker` (the latest earlier question asks who asked: `asks_for_asker`),
`who-is` (it asks "who is/was NAME?" before a pronoun), `who-which` (another who/which question before), `who-is-asked`
(the follow-up itself asks "who is/was ..."), `chain-join` (two or more earlier questions, the follow-up joins on with
"and"/"what about"), `other`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402
from qa.rerank import content_stems  # noqa: E402

_WHO_IS = re.compile(r"^\W*(?:and\s+|so\s+)?who\s+(?:is|was)\s+", re.IGNORECASE)
_WHO_WHICH = re.compile(r"^\W*(?:who|whom|whose|which)\b", re.IGNORECASE)
_JOIN = re.compile(r"^\W*(?:and|but|also|so|then|plus|or|what\s+about|how\s+about)\b", re.IGNORECASE)


def kind(question: str, history: list[str]) -> str:
    if conversation.pointing_pronouns(question, idioms=True):
        return "pronoun"
    own = content_stems(question) - set().union(*(content_stems(h) for h in history))
    if len(own) <= 1 or _JOIN.search(question):
        return "ellipsis"
    return "implicit"


def family(question: str, history: list[str]) -> str:
    latest = history[-1]
    if conversation.asks_for_asker(latest) or conversation.asks_for_asker(conversation.plain_wording(latest)):
        return "asker"
    if _WHO_IS.search(latest) and conversation.pointing_pronouns(question, idioms=True):
        return "who-is"
    if _WHO_IS.search(question):
        return "who-is-asked"
    if _WHO_WHICH.search(latest) and conversation.pointing_pronouns(question, idioms=True):
        return "who-which"
    if len(history) >= 2 and _JOIN.search(question):
        return "chain-join"
    return "other"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--causes", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in args.results.read_text(encoding="utf-8").splitlines() if line.strip()]
    causes = ({r["id"]: r["class"] for r in json.loads(args.causes.read_text(encoding="utf-8"))}
              if args.causes else {})
    follow = [r for r in records if r["category"] == "follow-up" and r["answerable"] is not False and r["gold"]
              and r.get("history")]
    misses = [r for r in follow if not (r["first_relevant_rank"] and r["first_relevant_rank"] <= 3)]
    print(f"{len(follow)} answerable follow-ups with history, {len(misses)} outside the first three "
          f"(Hit@3 {1 - len(misses) / len(follow):.3f})")
    by = Counter()
    for r in misses:
        k, f = kind(r["question"], r["history"]), family(r["question"], r["history"])
        by[(k, f, causes.get(r["id"], "-"))] += 1
        if args.list:
            print(f"  {r['id']} {k} {f} {causes.get(r['id'], '-')} rank {r['first_relevant_rank']} | "
                  f"{' / '.join(r['history'])} => {r['question']}")
    for name, index in (("kind", 0), ("family", 1), ("cause", 2)):
        counts = Counter()
        for key, n in by.items():
            counts[key[index]] += n
        print(f"by {name}:", ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    totals = Counter()
    for r in follow:
        totals[family(r["question"], r["history"])] += 1
    fam_miss = Counter(family(r["question"], r["history"]) for r in misses)
    print("family: misses / follow-ups:", ", ".join(f"{f} {fam_miss[f]}/{n}" for f, n in totals.most_common()))


if __name__ == "__main__":
    main()
