"""Variants of module constants or settings, each run over dev question sets in one process: Hit@1 / MRR@10 /
highlight@1 / words per citation per set, and which questions' first relevant rank moved against the first variant.

    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_variants.py seed,real,conv \
        '{}' '{"qa.rerank.FOLLOW_UP_DEPTH": 2}' '{"settings.sentence_weight": 0.3}'

A variant is JSON: "module.NAME" sets a module constant for its run (a name another module imported by value is
set where it is read, e.g. "qa.api.FOLLOW_UP_DEPTH"), "settings.NAME" a field of `Settings`. Dev sets only
(`seed`, `real`, `conv`): the held-out files are never run here. Answerable questions only, declines counted as
misses, as `bench/eval_sets.py` counts them; the indexes are eval_sets' (bench/out/index-seed, index-shared).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import constants  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.run import run_eval, summarize  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
OUT = REPO / "bench" / "out"
SETS = {"seed": (REPO / "qa" / "data" / "seed_questions.jsonl", REPO / "corpus", OUT / "index-seed"),
        "real": (REPO / "bench" / "questions" / "real-dev.jsonl", SHARED, OUT / "index-shared"),
        "conv": (REPO / "bench" / "questions" / "conversations-dev.jsonl", SHARED, OUT / "index-shared")}


def module_constants(variant: dict) -> contextlib.ExitStack:
    """A variant's module constants ("module.NAME") set for a block, through `bench.constants`, one module at a time."""
    by_module: dict[str, dict] = {}
    for key, value in variant.items():
        if not key.startswith("settings."):
            module, name = key.rsplit(".", 1)
            by_module.setdefault(module, {})[name] = value
    stack = contextlib.ExitStack()
    for module, values in by_module.items():
        stack.enter_context(constants(importlib.import_module(module), **values))
    return stack


def run_variant(variant: dict, names: list[str], first: dict) -> str:
    """One variant over the sets: a line of figures, then the questions whose first relevant rank moved."""
    settings = Settings().replace(**{k.split(".", 1)[1]: v for k, v in variant.items() if k.startswith("settings.")})
    cells, moved = [], []
    with module_constants(variant):
        for name in names:
            questions, corpus, index = SETS[name]
            results = [r for r in run_eval(questions, settings=settings, corpus=corpus, index=index).results
                       if r.question.answerable]
            s = summarize(results, settings.k)
            cells.append(f"{name} {s['hit@1']:.3f}/{s['mrr@10']:.3f}/hl {s['highlight@1']:.3f}/"
                         f"{s['cited_words']:.0f}w")
            for r in results:
                rank, key = r.scores.get("first_relevant_rank"), (name, r.question.id)
                if key not in first:
                    first[key] = rank
                elif first[key] != rank:
                    moved.append(f"    {r.question.id}: {first[key]} -> {rank}")
    return "\n".join([f"{json.dumps(variant)} | " + " ".join(cells), *moved])


def main(argv: list[str]) -> None:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return
    names = argv[0].split(",")
    unknown = [n for n in names if n not in SETS]
    if unknown:
        raise SystemExit(f"unknown set(s) {', '.join(unknown)}: choose from {', '.join(SETS)}")
    first: dict = {}
    for text in argv[1:] or ["{}"]:
        print(run_variant(json.loads(text), names, first), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
