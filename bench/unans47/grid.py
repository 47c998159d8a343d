"""unans47: the grid of `figure_rival`'s constants, read offline from saved runs (each answered row's citations:
highlights with the sentence after them, passage texts, the first citation's cosine), over dev/fresh4 runs and the
batch reports of bench/unans47/ask_batch.py --report. Prints, per (passages read, neutral sentences untied, gate),
the unanswerable and answerable questions answered in the run that the rule would decline.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/unans47/grid.py RUN_DIR ... [--show P N G]
"""
from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from qa import answerable as A  # noqa: E402

GATES = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 1.01)


def answered(runs):
    for run in runs:
        for path in sorted(glob.glob(run + "/**/results.jsonl", recursive=True)):
            for line in open(path, encoding="utf-8"):
                row = json.loads(line)
                ans = row.get("answer") or {}
                if ans.get("answerable") and ans.get("citations") and not row.get("history"):
                    yield row


def main() -> None:
    args = sys.argv[1:]
    show = None
    if "--show" in args:
        i = args.index("--show")
        show = (int(args[i + 1]), args[i + 2] == "True", float(args[i + 3]))
        args = args[:i] + args[i + 4:]
    rows = []
    for row in answered(args):
        cites = row["answer"]["citations"]
        texts = [c.get("text", "") for c in cites]
        checked = A._with_next_sentence([c.get("highlight", "") for c in cites], texts)
        rows.append((row, checked, texts, max(c.get("cosine") or 0 for c in cites)))
    for passages in (1, 2, 3, 5):
        for neutral in (False, True):
            A.FIGURE_RIVAL_PASSAGES, A.FIGURE_RIVAL_NEUTRAL_UNTIED = passages, neutral
            fired = [(row, cos, A.figure_rival(row["question"], checked, texts)) for row, checked, texts, cos in rows]
            fired = [(row, cos, r) for row, cos, r in fired if r]
            line = []
            for gate in GATES:
                un = sum(1 for row, cos, _ in fired if row.get("answerable") is False and cos < gate)
                ok = sum(1 for row, cos, _ in fired if row.get("answerable") is not False and cos < gate)
                line.append(f"{gate}:{un}/{ok}")
                if show == (passages, neutral, gate):
                    for row, cos, r in fired:
                        if cos < gate:
                            print(f"  {'UN ' if row.get('answerable') is False else 'ANS'} {cos:.3f} {row['id']} "
                                  f"{row['question'][:90]} | {r}")
            print(f"passages {passages} neutral-untied {neutral}: " + "  ".join(line))


if __name__ == "__main__":
    main()
