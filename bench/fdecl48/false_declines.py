"""fdecl48: every decline of saved dev/fresh4 runs with the rule that made it (bench/decline_audit.py's replay) and the
words that rule tested (`Evidence.source_unsaid`, `topic`, `missing`, ...), one line a decline, tab-separated, for
classing false declines by why the rule was wrong.

    HF_HUB_OFFLINE=1 PYTHONPATH=. python bench/fdecl48/false_declines.py RUN [RUN ...] [--rule source-silent] [--right]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files, rule_of  # noqa: E402
from qa.answerable import DeclineRule  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.types import answer_from_json  # noqa: E402


def tested(rule: str, ev) -> str:
    if rule == "source-silent":
        return f"unsaid={list(ev.source_unsaid)} cov={ev.source_coverage} src={list(ev.sources)}"
    if rule == "topic":
        return f"topic={ev.topic!r} cov={ev.topic_coverage}"
    if rule in ("coverage",):
        return f"missing={list(ev.missing)}"
    if rule == "unknown-name":
        return f"names={list(ev.unknown_names)}"
    if rule == "source-unknown-names":
        return f"names={list(ev.source_unknown_names)}"
    if rule == "relation":
        return f"relation={ev.relation!r}"
    if rule == "count":
        return "count"
    return ""


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("runs", nargs="+", type=Path)
    p.add_argument("--rule")
    p.add_argument("--right", action="store_true", help="right declines (unanswerable) instead of false ones")
    args = p.parse_args()
    s = Settings()
    rule = DeclineRule(min_similarity=s.min_similarity, min_coverage=s.min_coverage)
    for run in args.runs:
        for f in result_files(run):
            for line in f.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                a = r["answer"]
                if a["answerable"] or bool(r["answerable"]) == args.right:
                    continue
                name = rule_of(a, rule)
                if args.rule and name != args.rule:
                    continue
                ev = answer_from_json(a).evidence
                extra = tested(name, ev) if ev else ""
                print(f"{name}\t{r['id']}\t{r['question']}\t{extra}")


if __name__ == "__main__":
    main()
