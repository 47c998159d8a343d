"""Constants of qa.cite over a grid, on the dev sets (all questions, or those asking yes or no), in one process.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/cite_grid.py --indexes bench/out --yes-no \
        --cell YES_NO_DENIAL=0 --cell YES_NO_DENIAL=0.2 --cell YES_NO_DENIAL=0.2,YES_NO_DENIAL_TOPIC=0   # at 61ad0f2
    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/cite_grid.py --indexes bench/out --skip-new \
        --cell CUT_HANDOVER_SHARE=2 --cell CUT_HANDOVER_SHARE=0.8

Each dev set (seed, real-dev + unanswerable-dev, conversations-dev; with `--yes-no` only the questions whose own
wording asks yes or no, `qa.cite._YES_NO`, as `qa.cite.read_question` reads it; a follow-up keeps its history; with
`--skip-new` without the ids of `--new`) is evaluated as `bench/eval_sets.py` does, once per cell of `qa.cite`
constants. Prints per set and cell the questions whose first
citation is relevant (Hit@1), whose first highlight is on the gold (highlight@1) and the declined ones, over the old
questions and over the ids matching `--new`, with the questions that change against the first cell. Questions the
rule cannot read keep their answers, so the full dev figures move by these counts (docs/retrieval.md, "A yes/no
question answered in other words").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import importlib  # noqa: E402

import qa.cite as cite  # noqa: E402
from bench import constants  # noqa: E402
from qa.config import BUNDLED_CORPUS, Settings  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
QUESTIONS = REPO / "bench" / "questions"
SETS = {"seed": ([REPO / "qa/data/seed_questions.jsonl"], BUNDLED_CORPUS, "index-seed"),
        "real+unanswerable": ([QUESTIONS / "real-dev.jsonl", QUESTIONS / "unanswerable-dev.jsonl"], SHARED,
                              "index-shared"),
        "conversations": ([QUESTIONS / "conversations-dev.jsonl"], SHARED, "index-shared")}


def question_file(paths: list[Path], folder: Path, name: str, yes_no: bool, skip: str | None,
                  only: str | None = None, form_only: bool = False, leave_out: str | None = None,
                  captions: bool = False) -> Path | None:
    """The questions of `paths` in one file (only those that ask yes or no, where `yes_no`; not those whose id
    matches `skip`; only those whose id matches `only`, where given; only those whose wording, or a turn of whose
    history, asks a form of answer (`qa.cite.asked_form`), where `form_only`; never those whose id matches
    `leave_out`: a confirm batch; only those over a caption file, `qa.cite.caption_file`, where `captions`); None when
    none is left."""
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and (not yes_no or cite._YES_NO.match(json.loads(line)["question"]))
             and (not form_only or any(cite.asked_form(q) is not None for q in
                                       [json.loads(line)["question"], *json.loads(line).get("history", [])]))
             and not (skip and re.search(skip, json.loads(line).get("id", "")))
             and not (leave_out and re.search(leave_out, json.loads(line).get("id", "")))
             and not (only and not re.search(only, json.loads(line).get("id", "")))
             and (not captions or cite.caption_file(json.loads(line).get("transcript") or ""))]
    if not lines:
        return None
    out = folder / f"{name}.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def parse_cell(text: str) -> dict[str, float]:
    return {k: float(v) for k, _, v in (pair.partition("=") for pair in text.split(","))}


def outcome(result) -> tuple[bool, bool, bool]:
    s = result.scores
    return s.get("first_relevant_rank") == 1, bool(s.get("highlight@1")), not result.answer.answerable


def reciprocal(result) -> float:
    """1 / the first relevant rank within 10 (MRR@10's term), 0 when none."""
    rank = result.scores.get("first_relevant_rank")
    return 1.0 / rank if rank and rank <= 10 else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--cell", action="append", required=True, help="NAME=VALUE[,NAME=VALUE] of --module")
    parser.add_argument("--module", default="qa.cite", help="whose constants the cells set (qa.rerank: rank47)")
    parser.add_argument("--leave-out", help="ids never run (a confirm batch, run once after the freeze)")
    parser.add_argument("--new", default=r"^(seed-10[4-6]\d|dev-hl-9[5-9]\d)$", help="ids of the new questions")
    parser.add_argument("--yes-no", action="store_true", help="only the questions that ask yes or no")
    parser.add_argument("--skip-new", action="store_true", help="leave out the new questions")
    parser.add_argument("--only-new", action="store_true", help="only the new questions")
    parser.add_argument("--asked-form", action="store_true",
                        help="only the questions whose own wording asks a form of answer (`qa.cite.asked_form`; "
                             "or, in a conversation, one of whose earlier turns does)")
    parser.add_argument("--captions", action="store_true",
                        help="only the questions over a caption file (.srt, .vtt, Whisper .json: hl50)")
    args = parser.parse_args()
    cells = [parse_cell(c) for c in args.cell]
    module = importlib.import_module(args.module)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (paths, corpus, index) in SETS.items():
            path = question_file(paths, Path(tmp), name, args.yes_no, args.new if args.skip_new else None,
                                 args.new if args.only_new else None, args.asked_form, args.leave_out,
                                 args.captions)
            if path is None:
                continue
            first = None
            for cell in cells:
                with constants(module, **cell):
                    run = run_eval(path, settings=Settings(), corpus=corpus, index=args.indexes / index)
                outcomes = {r.question.id: (outcome(r), r.question.answerable) for r in run.results}
                mrr = {r.question.id: reciprocal(r) for r in run.results if r.question.answerable}
                first = outcomes if first is None else first
                parts = []
                for label, keep in (("old", lambda i: not re.search(args.new, i)),
                                    ("new", lambda i: bool(re.search(args.new, i)))):
                    rows = [(o, a) for i, (o, a) in outcomes.items() if keep(i)]
                    answerable = [o for o, a in rows if a]
                    parts.append(f"{label} {len(answerable)}: Hit@1 {sum(o[0] for o in answerable)} "
                                 f"MRR {sum(v for i, v in mrr.items() if keep(i)):.2f} "
                                 f"hl@1 {sum(o[1] for o in answerable)} declined {sum(o[2] for o in answerable)}"
                                 f" (unanswerable answered {sum(not o[2] for o, a in rows if not a)})")
                moved = [("+" if now[1] else "-") + i + ("" if now[0] == was[0] else "(hit)")
                         for i, ((now, _), (was, _)) in ((i, (outcomes[i], first[i])) for i in outcomes)
                         if now != was]
                print(f"{name} {cell}: " + "; ".join(parts) + (" | " + " ".join(moved) if moved else ""), flush=True)


if __name__ == "__main__":
    main()
