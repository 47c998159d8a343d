"""How often each decline rule is right: over saved `eval_sets.py` (or `tqa eval`) runs, every decline by the rule of
`qa.answerable.decide` that made it, with its right declines (unanswerable questions) and false ones (answerable
questions), and every unanswerable question that was not declined, by its category (decl33, issue 10 point 5).

    .venv/bin/python bench/decline_audit.py bench/out/eval-dev-s29f bench/out/eval-fresh4-s29f [more runs ...]
    ... --by-set        # one table per run folder beside the pooled one
    ... --list count    # every question a rule declined (or answered as uncertain), with its note
    ... --uncertain count,relation   # what the decline figures of each run would be with those rules' declines
                                     # answered as uncertain (qa.answerable DeclineRule.uncertain_rules), and
                                     # every rule's on its own

The rule is read by asking `decide` again on the evidence each answer saved (the answer object holds the evidence,
not the rule): where the saved verdict is a decline and the replayed one is too, the replayed rule made it. A decline
made after `decide` (a follow-up's place asked with the earlier question's topic: "swapped-topic") is named by its
note; one whose replay answers is counted as "after-decide". An uncertain answer is counted by the rule that made it
uncertain ("count", "relation", ... or "loose"; the calibrated hedge of qa/calibrated.py is not a rule of `decide`).
Run folders: any folder with */results.jsonl below it (or a results.jsonl). Dev and fresh4 runs only (COMMON.md).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.heldout_pooled import SPLITS as HELD_OUT_SPLITS  # noqa: E402
from qa.answerable import DeclineRule, decide  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.conversation import SWAPPED_TOPIC_NOTE  # noqa: E402
from qa.types import answer_from_json  # noqa: E402

# a run folder of a held-out split (eval_sets.py names them eval-<split>-..., their sets <split>-<set>): the splits
# heldout_pooled.py pools, and the seed's held-out file
HELD_OUT = re.compile(rf"^(?:eval-)?(?:{'|'.join(HELD_OUT_SPLITS)}|heldout)-")


def result_files(folder: Path) -> list[Path]:
    files = [folder] if folder.is_file() else ([folder / "results.jsonl"] if (folder / "results.jsonl").exists()
                                               else sorted(folder.glob("*/results.jsonl")))
    for f in files:
        if any(HELD_OUT.match(part) for part in (f.parent.name, f.parent.parent.name)):
            raise SystemExit(f"{f}: a held-out run; this audit reads dev and fresh4 runs only")
    return files


def rule_of(answer: dict, rule: DeclineRule) -> str:
    """The rule that declined `answer` (or made it uncertain); "" for a plain answer."""
    parsed = answer_from_json(answer)
    note = parsed.note or ""
    if parsed.evidence is None:
        return "" if parsed.answerable else "no-evidence"
    verdict = decide(parsed.evidence, rule)
    if not parsed.answerable:
        if not verdict.answerable:
            return verdict.rule or "after-decide"
        return "swapped-topic" if SWAPPED_TOPIC_NOTE.format("").strip() in note else "after-decide"
    return verdict.rule if verdict.answerable else ""


def audit(files: list[Path], rule: DeclineRule) -> tuple[dict, dict, list]:
    """{rule: Counter(right, false, hedged_unans, hedged_ans)}, {category: Counter(missed, total)}, rows."""
    by_rule: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    missed: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    rows = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            answer, gold = r["answer"], r["answerable"]
            name = rule_of(answer, rule)
            declined = not answer["answerable"]
            if declined:
                by_rule[name]["right" if not gold else "false"] += 1
            elif name:
                by_rule[name]["hedged unans" if not gold else "hedged ans"] += 1
            if not gold:
                cat = r.get("category") or "-"
                missed[cat]["n"] += 1
                missed[cat]["missed"] += not declined
                missed[cat]["hedged"] += (not declined) and (answer.get("note") or "").startswith("Uncertain")
            rows.append(dict(id=r["id"], gold=gold, declined=declined, rule=name, note=answer.get("note"),
                             question=r["question"], file=f.parent.name))
    return by_rule, missed, rows


def print_tables(by_rule: dict, missed: dict, title: str) -> None:
    total_right = sum(c["right"] for c in by_rule.values())
    total_false = sum(c["false"] for c in by_rule.values())
    n_un = sum(c["n"] for c in missed.values())
    print(f"\n### {title}: {total_right + total_false} declines, {total_right} right, {total_false} false; "
          f"{n_un} unanswerable, {n_un - total_right} not declined\n")
    print("| rule | declines | right | false | precision | uncertain (unanswerable) | uncertain (answerable) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    order = sorted(by_rule.items(), key=lambda kv: -(kv[1]["right"] + kv[1]["false"]))
    for name, c in order:
        n = c["right"] + c["false"]
        precision = f"{c['right'] / n:.2f}" if n else "-"
        print(f"| {name} | {n} | {c['right']} | {c['false']} | {precision} | {c['hedged unans']} | {c['hedged ans']} |")
    print("\nUnanswerable questions not declined, by category (answered as uncertain among them):\n")
    print("| category | unanswerable | not declined | of them uncertain |")
    print("| --- | --- | --- | --- |")
    for cat, c in sorted(missed.items(), key=lambda kv: -kv[1]["missed"]):
        if c["missed"]:
            print(f"| {cat} | {c['n']} | {c['missed']} | {c['hedged']} |")


def pooled(audits: list[tuple[dict, dict, list]]) -> tuple[dict, dict, list]:
    """Several files' audits (`audit` of each) as one: what `audit` gives for all of them, counted in its order."""
    by_rule: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    missed: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    rows = []
    for file_rules, file_missed, file_rows in audits:
        for name, counts in file_rules.items():
            by_rule[name].update(counts)
        for cat, counts in file_missed.items():
            missed[cat].update(counts)
        rows += file_rows
    return by_rule, missed, rows


def decision_figures(rows: list, uncertain: set[str]) -> tuple[int, int, int, int]:
    """(right declines, unanswerable, false declines, answerable) with `uncertain` rules' declines answered."""
    declined = [r for r in rows if r["declined"] and r["rule"] not in uncertain]
    right = sum(not r["gold"] for r in declined)
    return right, sum(not r["gold"] for r in rows), len(declined) - right, sum(bool(r["gold"]) for r in rows)


def what_if(files: list[Path], uncertain: list[str], by_file: dict[Path, list]) -> None:
    """Decline recall and false declines per run file and pooled: as run, and with `uncertain` answered as such
    (every rule alone when none is given)."""
    sets = [set(uncertain)] if uncertain else [{name} for name in sorted(
        {r["rule"] for rows in by_file.values() for r in rows if r["declined"]})]
    pooled = [r for rows in by_file.values() for r in rows]
    print("| rules answered as uncertain | set | recall | false declines |")
    print("| --- | --- | --- | --- |")
    for chosen in [set()] + sets:
        for name, rows in [(f.parent.parent.name + "/" + f.parent.name, by_file[f]) for f in files] + [
                ("pooled", pooled)]:
            right, n_un, false, n_ans = decision_figures(rows, chosen)
            recall = f"{right}/{n_un} ({right / n_un:.3f})" if n_un else "-"
            share = f"{false}/{n_ans} ({false / n_ans:.3f})" if n_ans else "-"
            if uncertain or name == "pooled" or not chosen:
                print(f"| {','.join(sorted(chosen)) or '(none: as run)'} | {name} | {recall} | {share} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--by-set", action="store_true", help="a table per run folder as well")
    parser.add_argument("--list", metavar="RULE", help="list every question RULE declined or made uncertain")
    parser.add_argument("--uncertain", metavar="RULES", help="comma-separated rules answered as uncertain: the figures")
    args = parser.parse_args()
    settings = Settings()
    rule = DeclineRule(min_similarity=settings.min_similarity, min_coverage=settings.min_coverage)
    files = [f for run in args.runs for f in result_files(run)]
    audits = [audit([f], rule) for f in files]  # replayed once, file by file; the pooled figures are summed from those
    if args.uncertain is not None:
        what_if(files, [r for r in args.uncertain.split(",") if r], {f: a[2] for f, a in zip(files, audits)})
        return
    by_rule, missed, rows = pooled(audits)
    if args.list:
        for row in rows:
            if row["rule"] == args.list:
                verdict = ("RIGHT" if row["declined"] and not row["gold"] else "FALSE" if row["declined"]
                           else "hedged-unans" if not row["gold"] else "hedged-ans")
                print(f"{verdict:13} {row['id']:22} {row['question'][:70]!r} | {(row['note'] or '')[:90]}")
        return
    print_tables(by_rule, missed, "all runs pooled: " + ", ".join(str(r) for r in args.runs))
    if args.by_set:
        for f, (file_rules, file_missed, _) in zip(files, audits):
            print_tables(file_rules, file_missed, str(f.parent))


if __name__ == "__main__":
    main()
