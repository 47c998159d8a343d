"""fdecl46: what the evidence gate of qa.answerable (`EVIDENCE_GATE_SENTENCE`, `TOPIC_GATE_SENTENCE`) does to saved
runs (off by default in the product; replayed here at --gate and --topic-gate), by replaying `decide` on the evidence each declined answer saved (as bench/decline_audit.py does): the
declines it answers instead (as uncertain), answerable and unanswerable, each listed; and a grid of thresholds.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fdecl46/replay_gate.py RUN [RUN ...] [--grid]

Dev and fresh4 runs only (bench/decline_audit.py refuses held-out ones).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402
from bench.decline_audit import result_files  # noqa: E402
from qa.answerable import DeclineRule, decide  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.types import answer_from_json  # noqa: E402


def declined_rows(runs: list[Path]) -> list[tuple[dict, object]]:
    rows = []
    for f in [p for run in runs for p in result_files(run)]:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not r["answer"]["answerable"]:
                parsed = answer_from_json(r["answer"])
                if parsed.evidence is not None:
                    rows.append((r, parsed.evidence))
    return rows


def flips(rows, rule) -> list[dict]:
    """The saved declines that `decide` declines with the gates off and answers with them as set."""
    gates = answerable.EVIDENCE_GATE_SENTENCE, answerable.TOPIC_GATE_SENTENCE
    answerable.EVIDENCE_GATE_SENTENCE = answerable.TOPIC_GATE_SENTENCE = None
    before = [decide(evidence, rule).answerable for _, evidence in rows]
    answerable.EVIDENCE_GATE_SENTENCE, answerable.TOPIC_GATE_SENTENCE = gates
    out = []
    for (r, evidence), was in zip(rows, before):
        verdict = decide(evidence, rule)
        if verdict.answerable and not was:
            out.append(dict(id=r["id"], gold=r["answerable"], rule=verdict.rule, sentence=evidence.sentence,
                            question=r["question"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--gate", type=float, default=0.80, help="EVIDENCE_GATE_SENTENCE replayed (measured: 0.80)")
    ap.add_argument("--topic-gate", type=float, default=0.68, help="TOPIC_GATE_SENTENCE replayed (measured: 0.68)")
    args = ap.parse_args()
    answerable.EVIDENCE_GATE_SENTENCE, answerable.TOPIC_GATE_SENTENCE = args.gate, args.topic_gate
    settings = Settings()
    rule = DeclineRule(min_similarity=settings.min_similarity, min_coverage=settings.min_coverage)
    rows = declined_rows(args.runs)
    if args.grid:
        print("| all-rules gate | topic gate | answerable answered | unanswerable answered |")
        print("| --- | --- | --- | --- |")
        for gate in (0.70, 0.74, 0.76, 0.78, 0.80, 0.82, None):
            for topic in (0.60, 0.64, 0.66, 0.68, 0.70, None):
                answerable.EVIDENCE_GATE_SENTENCE, answerable.TOPIC_GATE_SENTENCE = gate, topic
                got = flips(rows, rule)
                print(f"| {gate} | {topic} | {sum(f['gold'] for f in got)} | {sum(not f['gold'] for f in got)} |")
        return
    got = flips(rows, rule)
    print(f"{len(rows)} declines replayed; answered now: {sum(f['gold'] for f in got)} answerable, "
          f"{sum(not f['gold'] for f in got)} unanswerable")
    for f in got:
        print(f"{'ANS' if f['gold'] else 'UNANS'}\t{f['rule']}\t{f['sentence']:.3f}\t{f['id']}\t{f['question']}")


if __name__ == "__main__":
    main()
