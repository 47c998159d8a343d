"""The weight of one kind of statement in the ranking (qa.rerank.KIND_WEIGHTS[KIND]) on the dev questions that ask
for it (`qa.cite.asked_kind`: reason, opinion, intent): those questions only (the others cannot change but through a
history that asks for it), asked at each weight through `tqa eval`'s code; prints each question's first relevant
rank and, per set, the answerable questions, how many first and their summed reciprocal ranks (within ten).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_kind.py 0,0.2,0.25,0.3,0.5 --kind reason [--new] \
        [--indexes bench/out]

--new asks the questions written for the class (`kind` reason, bench/questions/README.md) instead of the old ones:
a check, never a choice (docs/retrieval.md, "A why-question: the sentence that gives the reason").
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.rerank  # noqa: E402
from qa.cite import asked_kind  # noqa: E402
from bench.tune_subject import SETS, ask_at_weights, selected  # noqa: E402

NEW_IDS = re.compile(r"dev-rank3-9[6-9]\d|seed-9[89]\d")  # written for these rules (bench/questions/README.md)


def fired(files: list[Path], kind: str, new: bool, out: Path) -> Path | None:
    """The lines of `files` whose question asks for `kind` (old or new ones), in one file."""
    return selected(files, lambda q: asked_kind(q["question"]) == kind and bool(NEW_IDS.fullmatch(q["id"])) == new,
                    out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("weights", help="comma-separated weights")
    parser.add_argument("--new", action="store_true", help="the class's new questions instead of the old ones")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "tune-kind")
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out",
                        help="folder holding index-seed and index-shared")
    parser.add_argument("--kind", choices=("reason", "opinion", "intent"), default="reason")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    files = {name: (fired(paths, args.kind, args.new, args.out / f"{name}.jsonl"), corpus, args.indexes / index.name)
             for name, paths, corpus, index in SETS}
    ask_at_weights(files, args.weights, lambda weight: qa.rerank.KIND_WEIGHTS.__setitem__(args.kind, weight))

if __name__ == "__main__":
    main()
