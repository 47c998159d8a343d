"""Cells of module constants over dev sets, with the old ids split into halves by id parity (issue 10; hl23).

    HF_HUB_OFFLINE=1 nice .venv/bin/python bench/halves_grid.py --indexes /work/main/bench/out/idx-s20 --sets seed \
        --cell qa.cite.NAME=0 --cell qa.cite.NAME=0.3

Each named set (`seed`, `real+unanswerable`, `conversations`: those of bench/cite_grid.py) is evaluated as
bench/eval_sets.py does, once per cell (`module.NAME=value[,module.NAME=value]`); per cell it prints Hit@1,
highlight@1 and declines over the old ids split by the parity of the id's last number (odd / even), over the new
ids (`--new`), and the questions whose outcome differs from the first cell. A constant is fitted on one half and
checked on the other. `--halves sentence` splits by the parity of the number of the gold's (first) sentence in its
transcript instead (`qa.segment.split_sentences`): the seed's 326 old answerable questions ask 95 sentences, 70 of them
from both id halves, so paraphrases of one sentence fall on both sides of the id split and a rule fitted to one
sentence "holds" on both; split by sentence, no sentence is on both sides.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import importlib
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.cite_grid import SETS, outcome, question_file  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402
from qa.segment import split_sentences  # noqa: E402


def parse_cell(text: str) -> dict[str, object]:
    """`module.NAME=value` pairs (a Python literal); `settings.name=value` names a setting (`Settings`)."""
    return {k: (v if k.startswith("settings.") else ast.literal_eval(v))
            for k, _, v in (pair.partition("=") for pair in text.split(",") if pair)}


def cell_settings(cell: dict[str, object]) -> Settings:
    return Settings.from_env({f"TQA_{k.split('.', 1)[1].upper()}": str(v) for k, v in cell.items()
                              if k.startswith("settings.")})


@contextlib.contextmanager
def cell_set(cell: dict[str, object]):
    before = []
    for name, value in cell.items():
        if name.startswith("settings."):
            continue
        module, constant = name.rsplit(".", 1)
        target = importlib.import_module(module)
        if not hasattr(target, constant):
            raise SystemExit(f"{module} has no {constant}")
        before.append((target, constant, getattr(target, constant)))
        setattr(target, constant, value)
    try:
        yield
    finally:
        for target, constant, value in before:
            setattr(target, constant, value)


def half(qid: str) -> str:
    numbers = re.findall(r"\d+", qid)
    return "odd" if numbers and int(numbers[-1]) % 2 else "even"


def sentence_half(result, texts: dict[str, str]) -> str:
    """"odd" / "even" by the number of the sentence of the question's first gold span in its transcript."""
    if not result.gold or result.question.transcript not in texts:
        return half(result.question.id)
    start, end = result.gold[0]
    spans = split_sentences(texts[result.question.transcript])
    number = next((i for i, (a, b) in enumerate(spans) if a < end and start < b), 0)
    return "odd" if number % 2 else "even"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--cell", action="append", required=True)
    parser.add_argument("--sets", default="seed", help="comma-separated names of bench/cite_grid.py's SETS")
    parser.add_argument("--new", default=r"^seed-15[4-6]\d$", help="ids of the new questions")
    parser.add_argument("--halves", choices=("id", "sentence"), default="id",
                        help="split the old ids by the parity of the id, or of the gold's sentence number")
    parser.add_argument("--write", type=Path, help="write each cell's run here (SET-CELLNUMBER: results, report)")
    args = parser.parse_args()
    cells = [parse_cell(c) for c in args.cell]
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            paths, corpus, index = SETS[name]
            path = question_file(paths, Path(tmp), name, False, None)
            first = None
            for cell in cells:
                with cell_set(cell):
                    run = run_eval(path, settings=cell_settings(cell), corpus=corpus, index=args.indexes / index)
                outcomes = {r.question.id: (outcome(r), r.question.answerable) for r in run.results}
                sides = {r.question.id: (sentence_half(r, run.texts) if args.halves == "sentence"
                                         else half(r.question.id)) for r in run.results}
                first = outcomes if first is None else first
                if args.write:
                    write_report(run, args.write / f"{name}-{cells.index(cell)}")
                parts = []
                groups = (("odd", lambda i: not re.search(args.new, i) and sides[i] == "odd"),
                          ("even", lambda i: not re.search(args.new, i) and sides[i] == "even"),
                          ("new", lambda i: bool(re.search(args.new, i))))
                for label, keep in groups:
                    answerable = [o for i, (o, a) in outcomes.items() if keep(i) and a]
                    parts.append(f"{label} {len(answerable)}: hit {sum(o[0] for o in answerable)} "
                                 f"hl {sum(o[1] for o in answerable)} decl {sum(o[2] for o in answerable)}")
                moved = [("+" if now[1] else "-") + i + ("" if now[0] == was[0] else "(hit)")
                         + ("" if now[2] == was[2] else "(decl)")
                         for i, ((now, _), (was, _)) in ((i, (outcomes[i], first[i])) for i in outcomes)
                         if now != was]
                print(f"{name} {cell}: " + "; ".join(parts) + (" | " + " ".join(moved) if moved else ""),
                      flush=True)


if __name__ == "__main__":
    main()
