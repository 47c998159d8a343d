"""fdecl48: the declines of saved dev/fresh4 runs by the rule that made them (bench/decline_audit.py's replay) and by
why the rule was wrong, for false declines, and of the same shape, for right ones:
  frame        a word of how the question asks (`qa.answerable.asking_frame_words`) among the words the rule found
               unsaid (source-silent: `Evidence.source_unsaid`; topic: the topic's words)
  context      a first-person sentence before the asking one ("I'm a Ukrainian journalist ... Which partners ...?")
  other        neither (a topic or a count said in other words, a name, a figure ...)
Counts per rule and class, false beside right; --list CLASS prints the questions.

    HF_HUB_OFFLINE=1 PYTHONPATH=. python bench/fdecl48/classes.py RUN [RUN ...] [--list frame]
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files, rule_of  # noqa: E402
from qa.answerable import DeclineRule, asking_frame_words, words  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.types import answer_from_json  # noqa: E402

_TELLER = re.compile(r"^\s*(?:i|i'm|im|i've|my|we|we're|our)\b[^?]*?[.!]\s+\S", re.IGNORECASE)


def tested_words(rule: str, ev) -> set[str]:
    if rule == "source-silent":
        return set(ev.source_unsaid)
    if rule == "topic" and ev.topic:
        return set(words(ev.topic))
    if rule == "own-topic":
        return set(ev.own_topic_unsaid or ())
    return set()


def klass(question: str, rule: str, ev) -> tuple[str, set[str]]:
    frame = asking_frame_words(question) & tested_words(rule, ev) if ev is not None else set()
    if frame:
        return "frame", frame
    if _TELLER.match(question):
        return "context", set()
    return "other", set()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("runs", nargs="+", type=Path)
    p.add_argument("--list")
    args = p.parse_args()
    s = Settings()
    rule = DeclineRule(min_similarity=s.min_similarity, min_coverage=s.min_coverage)
    table: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for run in args.runs:
        for f in result_files(run):
            for line in f.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                a = r["answer"]
                if a["answerable"]:
                    continue
                name = rule_of(a, rule)
                ev = answer_from_json(a).evidence
                k, frame = klass(r["question"], name, ev)
                table[(name, k)]["false" if r["answerable"] else "right"] += 1
                if args.list == k:
                    print(f"{'FALSE' if r['answerable'] else 'RIGHT':5} {name:20} {r['id']:18} {sorted(frame)} "
                          f"{r['question'][:100]!r}")
    if args.list:
        return
    print("| rule | class | false | right |\n| --- | --- | --- | --- |")
    for (name, k), c in sorted(table.items(), key=lambda kv: (-kv[1]["false"], kv[0])):
        if c["false"] or k != "other":
            print(f"| {name} | {k} | {c['false']} | {c['right']} |")
    for k in ("frame", "context", "other"):
        f_ = sum(c["false"] for (n, kk), c in table.items() if kk == k)
        r_ = sum(c["right"] for (n, kk), c in table.items() if kk == k)
        print(f"| all | {k} | {f_} | {r_} |")


if __name__ == "__main__":
    main()
