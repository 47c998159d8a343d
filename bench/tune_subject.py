"""The subject rule's weight (qa.rerank.SUBJECT_WEIGHT) on the dev questions it fires for: those questions only
(the others cannot change), asked at each weight through `tqa eval`'s code; prints each question's first relevant
rank and, per set, the answerable questions, how many first and their summed reciprocal ranks (within ten).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_subject.py 0,0.1,0.15,0.2,0.25,0.3,0.4,0.5 [--new]

--new asks the questions written for the class (`kind` host-restates) instead of the old ones: a check, never a
choice (docs/retrieval.md, "The speaker a question is about").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.rerank  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
SETS = (("seed", [REPO / "qa" / "data" / "seed_questions.jsonl"], REPO / "corpus", REPO / "bench" / "out" / "index-seed"),
        ("real", [REPO / "bench" / "questions" / f"{n}-dev.jsonl" for n in ("real", "unanswerable")], SHARED,
         REPO / "bench" / "out" / "index-shared"),
        ("conv", [REPO / "bench" / "questions" / "conversations-dev.jsonl"], SHARED,
         REPO / "bench" / "out" / "index-shared"))


def fired(files: list[Path], index: Path, new: bool, out: Path) -> Path | None:
    """The lines of `files` whose question names a speaker as its subject (old or new ones), in one file."""
    infos = TranscriptQA(Settings(index_dir=index)).store().all_infos()

    def keep(q: dict) -> bool:
        named = qa.rerank.speakers_as_subject(q["question"], infos)
        return bool(named.labels or named.titled) and (q.get("kind") == "host-restates") == new

    return selected(files, keep, out)


def selected(files: list[Path], keep: Callable[[dict], bool], out: Path) -> Path | None:
    """The lines of `files` whose question `keep` keeps, written to `out` (None, and nothing written, if none)."""
    lines = [line for path in files for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and keep(json.loads(line))]
    if not lines:
        return None
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("weights", help="comma-separated weights")
    parser.add_argument("--new", action="store_true", help="the class's new questions instead of the old ones")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "tune-subject")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    files = {name: (fired(paths, index, args.new, args.out / f"{name}.jsonl"), corpus, index)
             for name, paths, corpus, index in SETS}
    ask_at_weights(files, args.weights, lambda weight: setattr(qa.rerank, "SUBJECT_WEIGHT", weight))


def ask_at_weights(files: dict[str, tuple[Path | None, Path, Path]], weights: str,
                   apply: Callable[[float], None]) -> None:
    """For each of the comma-separated `weights`, set by `apply`: the questions of `files` ({set: (question file or
    None, corpus, index)}) asked, each one's first relevant rank printed, then per set the answerable questions,
    how many first and their summed reciprocal ranks (within ten)."""
    for weight in (float(w) for w in weights.split(",")):
        apply(weight)
        totals = {}
        for name, (path, corpus, index) in files.items():
            if path is None:
                continue
            for r in run_eval(path, settings=Settings(), corpus=corpus, index=index).results:
                rank = r.scores.get("first_relevant_rank")
                print(f"W={weight} {name} {r.question.id}{' (history)' if r.question.history else ''} first={rank} "
                      f"answered={r.answer.answerable}")
                if r.question.answerable:
                    t = totals.setdefault(name, [0, 0, 0.0])
                    t[0] += 1
                    t[1] += rank == 1
                    t[2] += 1 / rank if rank and rank <= 10 else 0.0
        print(f"W={weight}", {k: f"{n} asked, {first} first, {rr:.3f}" for k, (n, first, rr) in totals.items()})


if __name__ == "__main__":
    main()
