"""The ranking helper rank5's constants on the dev questions they can change: a question naming a speaker by title
elsewhere than as the one who speaks or the subject (qa.rerank.MENTION_WEIGHT, `speakers_mentioned`), and a question
with an adjacent pair of lower-case content words (qa.rerank.PHRASE_DISCOUNT / PHRASE_WEIGHT, `phrase_pairs`). Only
the questions the rule fires for are asked (the others cannot change), at each value, through `tqa eval`'s code;
prints each one's first relevant rank and, per set, the answerable questions, how many first and their summed
reciprocal ranks (within ten).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_rank5.py mention 0,0.1,0.2,0.3,0.5 [--new] [--any-name] \\
        [--indexes bench/out]
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_rank5.py discount 0,0.25,0.5,0.75,1 [--new]
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_rank5.py phrase 0,0.1,0.2,0.4 [--new]

--new asks the questions written for these rules (dev-rank5-*, seed-1020..1025) instead of the old ones: a check,
never a choice (docs/retrieval.md, "A phrase, and a speaker named by title").
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.rerank  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from bench.tune_subject import SETS, ask_at_weights, selected  # noqa: E402

NEW_IDS = re.compile(r"dev-rank5-\d+|seed-102[0-5]")  # written for these rules (bench/questions/README.md)
CONSTANTS = {"mention": "MENTION_WEIGHT", "discount": "PHRASE_DISCOUNT", "phrase": "PHRASE_WEIGHT"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rule", choices=sorted(CONSTANTS))
    parser.add_argument("values", help="comma-separated values")
    parser.add_argument("--new", action="store_true", help="the rules' new questions instead of the old ones")
    parser.add_argument("--any-name", action="store_true", help="mention: any name phrase, not only a titled one")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "tune-rank5")
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out",
                        help="folder holding index-seed and index-shared")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    qa.rerank.MENTION_TITLES_ONLY = not args.any_name
    files = {}
    for name, paths, corpus, index in SETS:
        index = args.indexes / index.name
        infos = TranscriptQA(Settings(index_dir=index)).store().all_infos()

        def fires(q: dict) -> bool:
            if bool(NEW_IDS.fullmatch(str(q.get("id", "")))) != args.new:
                return False
            if args.rule == "mention":
                found = qa.rerank.speakers_mentioned(q["question"], infos)
                return bool(found.labels or found.titled)
            return bool(qa.rerank.phrase_pairs(q["question"]))

        files[name] = (selected(paths, fires, args.out / f"{name}.jsonl"), corpus, index)
    ask_at_weights(files, args.values, lambda v: setattr(qa.rerank, CONSTANTS[args.rule], v))


if __name__ == "__main__":
    main()
