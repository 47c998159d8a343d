"""The project's own question sets (bench/questions/README.md), run through `tqa eval`'s code: one table per split.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_sets.py --split both [--json bench/out/eval-sets.json]
    ... --split fresh   # the fresh held-out split (bench/questions/README.md), run once, by the lead, at the end
    ... --split fresh2  # the second fresh held-out split (written 2026-12-04), likewise run once, at the end
    ... --split fresh3  # the third fresh held-out split (written 2026-12-05), likewise run once, at the end
    ... --split fresh4  # the fourth fresh split (written 2026-12-05, session s28): development data since s29
    ... --split fresh5  # the fifth fresh held-out split (written 2026-12-05, session s29), run once, at the end
    ... --split fresh6  # the sixth fresh held-out split (written 2026-12-05, session s30), run once, at the end
    ... --split fresh7  # the seventh fresh held-out split (written 2026-12-05, session s31), run once, at the end
    ... --split fresh8  # the eighth fresh held-out split (written 2026-12-05, session s32), run once, at the end
    ... --split fresh9  # the ninth fresh held-out split (written 2026-12-05, session s33), run once, at the end
    ... --split fresh10 # the tenth fresh held-out split (written 2026-12-05, session s34), run once, at the end
    ... --split fresh11 # the eleventh fresh held-out split (written 2026-12-06, session s35), run once, at the end
    ... --split fresh12 # the twelfth fresh held-out split (written 2026-12-06, session s36), run once, at the end
    ... --split fresh13 # the thirteenth fresh held-out split (written 2026-12-06, session s37), run once, at the end
    ... --split fresh14 # the fourteenth fresh held-out split (written 2026-12-06, session s38), run once, at the end
    ... --split fresh15 # the fifteenth fresh held-out split (written 2026-12-06, session s39), run once, at the end
    ... --split fresh16 # the sixteenth fresh held-out split (written 2026-12-06, session s40), run once, at the end
    ... --split fresh17 # the seventeenth fresh held-out split (written 2026-12-06, session s41), run once, at the end
    ... --split fresh18 # the eighteenth fresh held-out split (written 2026-12-06, session s42), run once, at the end
    ... --split fresh19 # the nineteenth fresh held-out split (written 2026-12-07, session s43), run once, at the end
    ... --split fresh20 # the twentieth fresh held-out split (written 2026-12-07, session s44), run once, at the end
    ... --split fresh21 # the twenty-first fresh held-out split (written 2026-12-07, session s45), run once, at the end
    ... --split fresh22 # the twenty-second fresh held-out split (written 2026-12-07, session s46), run once, at the end
    ... --split fresh23 # the twenty-third fresh held-out split (written 2026-12-07, session s47), run once, at the end
    ... --split fresh24 # the twenty-fourth fresh held-out split (written 2026-12-07, session s48), run once, at the end
    ... --split fresh25 # the twenty-fifth fresh held-out split (written 2026-12-07, session s49), run once, at the end
    ... --split fresh26 # the twenty-sixth fresh held-out split (written 2026-12-08, session s50), run once, at the end
    ... --set fusion=rrf --set dense_weight=0.5 ...   # the same with settings other than the defaults
    ... --indexes bench/out/pooled --set unit_vectors=pooled   # indexes built (there, when missing) another way

Rows (dev: the sets tuned on; test: held out, reported and never tuned on; fresh to fresh26: held out, written
later and run once only, for the product's final figures, but fresh4 is development data since s29; both = dev and
test):
  seed            qa/data/seed_questions.jsonl (dev) / seed_questions_heldout.jsonl (test) /
                  seed_questions_fresh.jsonl (fresh) / seed_questions_fresh2.jsonl (fresh2) /
                  seed_questions_fresh3.jsonl (fresh3) / seed_questions_fresh4.jsonl (fresh4) /
                  seed_questions_fresh5.jsonl (fresh5) / seed_questions_fresh6.jsonl (fresh6) /
                  seed_questions_fresh7.jsonl (fresh7) / seed_questions_fresh8.jsonl (fresh8) /
                  seed_questions_fresh9.jsonl (fresh9) / seed_questions_fresh10.jsonl (fresh10) /
                  seed_questions_fresh11.jsonl (fresh11) / seed_questions_fresh12.jsonl (fresh12) /
                  seed_questions_fresh13.jsonl (fresh13) / seed_questions_fresh14.jsonl (fresh14) /
                  seed_questions_fresh15.jsonl (fresh15) / seed_questions_fresh16.jsonl (fresh16) /
                  seed_questions_fresh17.jsonl (fresh17) / seed_questions_fresh18.jsonl (fresh18) /
                  seed_questions_fresh19.jsonl (fresh19) / seed_questions_fresh20.jsonl (fresh20) /
                  seed_questions_fresh21.jsonl (fresh21) / seed_questions_fresh22.jsonl (fresh22) /
                  seed_questions_fresh23.jsonl (fresh23) / seed_questions_fresh24.jsonl (fresh24) /
                  seed_questions_fresh25.jsonl (fresh25) / seed_questions_fresh26.jsonl (fresh26),
                  bundled corpus/
  real            bench/questions/real-<split>.jsonl over ../shared/data/transcripts
  unanswerable    unanswerable-<split>.jsonl mixed with real-<split>'s answerable questions (one run with the
                  real row: decline precision/recall, and false declines among the answerable ones)
  conversations   conversations-<split>.jsonl: follow-up Hit@3, and for switches the share whose citations are
                  those of the question asked alone
The column parts@3 is over the questions asked in parts only (a `parts` field, bench/questions/README.md): the share
whose first three citations cover every part; "-" where a set has none.
Each run's full output (report.html, results.jsonl, metrics.json) is kept in --out (default bench/out/eval-sets/);
the shared transcripts' index is built once in bench/out/index-shared and reused (the seed's in bench/out/index-seed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.config import Settings  # noqa: E402
from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import EvalRun, run_eval, summarize  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
QUESTIONS = REPO / "bench" / "questions"
SEED = {"dev": REPO / "qa" / "data" / "seed_questions.jsonl", "test": REPO / "qa" / "data" / "seed_questions_heldout.jsonl",
        "fresh": REPO / "qa" / "data" / "seed_questions_fresh.jsonl",
        "fresh2": REPO / "qa" / "data" / "seed_questions_fresh2.jsonl",
        "fresh3": REPO / "qa" / "data" / "seed_questions_fresh3.jsonl",
        "fresh4": REPO / "qa" / "data" / "seed_questions_fresh4.jsonl",
        "fresh5": REPO / "qa" / "data" / "seed_questions_fresh5.jsonl",
        "fresh6": REPO / "qa" / "data" / "seed_questions_fresh6.jsonl",
        "fresh7": REPO / "qa" / "data" / "seed_questions_fresh7.jsonl",
        "fresh8": REPO / "qa" / "data" / "seed_questions_fresh8.jsonl",
        "fresh9": REPO / "qa" / "data" / "seed_questions_fresh9.jsonl",
        "fresh10": REPO / "qa" / "data" / "seed_questions_fresh10.jsonl",
        "fresh11": REPO / "qa" / "data" / "seed_questions_fresh11.jsonl",
        "fresh12": REPO / "qa" / "data" / "seed_questions_fresh12.jsonl",
        "fresh13": REPO / "qa" / "data" / "seed_questions_fresh13.jsonl",
        "fresh14": REPO / "qa" / "data" / "seed_questions_fresh14.jsonl",
        "fresh15": REPO / "qa" / "data" / "seed_questions_fresh15.jsonl",
        "fresh16": REPO / "qa" / "data" / "seed_questions_fresh16.jsonl",
        "fresh17": REPO / "qa" / "data" / "seed_questions_fresh17.jsonl",
        "fresh18": REPO / "qa" / "data" / "seed_questions_fresh18.jsonl",
        "fresh19": REPO / "qa" / "data" / "seed_questions_fresh19.jsonl",
        "fresh20": REPO / "qa" / "data" / "seed_questions_fresh20.jsonl",
        "fresh21": REPO / "qa" / "data" / "seed_questions_fresh21.jsonl",
        "fresh22": REPO / "qa" / "data" / "seed_questions_fresh22.jsonl",
        "fresh23": REPO / "qa" / "data" / "seed_questions_fresh23.jsonl",
        "fresh24": REPO / "qa" / "data" / "seed_questions_fresh24.jsonl",
        "fresh25": REPO / "qa" / "data" / "seed_questions_fresh25.jsonl",
        "fresh26": REPO / "qa" / "data" / "seed_questions_fresh26.jsonl"}
SPLITS = {"dev": ("dev",), "test": ("test",), "both": ("dev", "test"), "fresh": ("fresh",), "fresh2": ("fresh2",),
          "fresh3": ("fresh3",), "fresh4": ("fresh4",), "fresh5": ("fresh5",), "fresh6": ("fresh6",),
          "fresh7": ("fresh7",), "fresh8": ("fresh8",), "fresh9": ("fresh9",),
          "fresh10": ("fresh10",), "fresh11": ("fresh11",), "fresh12": ("fresh12",), "fresh13": ("fresh13",),
          "fresh14": ("fresh14",), "fresh15": ("fresh15",), "fresh16": ("fresh16",), "fresh17": ("fresh17",),
          "fresh18": ("fresh18",), "fresh19": ("fresh19",), "fresh20": ("fresh20",),
          "fresh21": ("fresh21",), "fresh22": ("fresh22",), "fresh23": ("fresh23",),
          "fresh24": ("fresh24",), "fresh25": ("fresh25",),
          "fresh26": ("fresh26",)}
COLUMNS = (("hit@1", "Hit@1"), ("hit@3", "Hit@3"), ("highlight@1", "hl@1"), ("highlight_in_relevant", "hl in rel"),
           ("mrr@10", "MRR@10"), ("hit@200w", "hit@200w"), ("all_parts@3", "parts@3"),
           ("cited_words", "words/cit"), ("decline_precision", "decl P"), ("decline_recall", "decl R"),
           ("false_declines", "false decl"), ("follow_up_hit@3", "f-up Hit@3"), ("switch_identical", "switch same"),
           ("questions", "n"))

DECISION_KEYS = ("decline_precision", "decline_recall", "false_declines", "questions")


def figures(results, k: int) -> dict:
    """The row of one set: ranking and highlight over questions with gold, the decline decision over all, and the
    conversation figures by category where the set has them."""
    s = summarize(results, k)
    row = {name: s.get(name) for name in ("hit@1", "hit@3", "highlight@1", "highlight_in_relevant", "mrr@10",
                                          "hit@200w", "all_parts@3", "cited_words", "false_declines",
                                          "questions")}
    row["decline_precision"] = s["answerability"]["precision"]
    row["decline_recall"] = s["answerability"]["recall"]
    follow = [r for r in results if r.question.category == "follow-up"]
    switch = [r for r in results if r.question.category == "switch"]
    row["follow_up_hit@3"] = summarize(follow, k)["hit@3"] if follow else None
    row["switch_identical"] = summarize(switch, k)["alone_identical"] if switch else None
    return row


def merged_file(split: str, out: Path) -> Path:
    """real-<split> and unanswerable-<split> in one question file, so that both are asked in one run."""
    path = out / f"{split}-real+unanswerable.jsonl"
    lines = [line for name in (f"real-{split}.jsonl", f"unanswerable-{split}.jsonl")
             for line in (QUESTIONS / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_split(split: str, settings: Settings, out: Path, indexes: Path = REPO / "bench" / "out") -> dict[str, dict]:
    """Ask every set of `split` (the seed's index in `indexes`/index-seed, the shared transcripts' in
    `indexes`/index-shared, each built there when missing); returns {set name: its row of figures}."""
    out.mkdir(parents=True, exist_ok=True)
    seed_index, shared_index = indexes / "index-seed", indexes / "index-shared"

    def run(name: str, questions: Path, corpus: Path, index: Path) -> EvalRun:
        print(f"[{split}] {name}: {questions.relative_to(REPO) if questions.is_relative_to(REPO) else questions}",
              file=sys.stderr, flush=True)
        result = run_eval(questions, settings=settings, corpus=corpus, index=index)
        write_report(result, out / f"{split}-{name}")
        return result

    k = settings.k
    rows = {"seed": figures(run("seed", SEED[split], Path(settings.corpus_dir), seed_index).results, k)}
    mixed = run("real+unanswerable", merged_file(split, out), SHARED, shared_index)
    rows["real"] = figures([r for r in mixed.results if r.question.answerable], k)
    decisions = figures(mixed.results, k)  # its ranking figures are the real row's: shown once, there
    rows["unanswerable (mixed)"] = {key: (value if key in DECISION_KEYS else None) for key, value in decisions.items()}
    rows["conversations"] = figures(run("conversations", QUESTIONS / f"conversations-{split}.jsonl", SHARED,
                                        shared_index).results, k)
    return rows


def table(split: str, rows: dict[str, dict]) -> str:
    """A Markdown table: one row per set."""
    head = f"| {split} | " + " | ".join(label for _, label in COLUMNS) + " |"
    lines = [head, "| --- " * (len(COLUMNS) + 1) + "|"]
    for name, row in rows.items():
        cells = [_fmt(row.get(key), key) for key, _ in COLUMNS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _fmt(value, key: str) -> str:
    if value is None:
        return "-"
    if key == "questions":
        return str(value)
    return f"{value:.1f}" if key == "cited_words" else f"{value:.3f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=tuple(SPLITS), default="both",
                        help="both = dev and test; fresh, fresh2, fresh3, fresh5 to fresh26 = the later "
                             "held-out splits, each run once; fresh4 = development data since s29")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "eval-sets",
                        help="folder for each run's report, results and metrics")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out",
                        help="folder of the indexes asked (index-seed, index-shared; built there when missing), e.g. "
                        "ones built with other ingest settings")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting other than its default, as TQA_NAME would set it (e.g. --set fusion=rrf)")
    args = parser.parse_args(argv)
    settings = Settings.from_env({f"TQA_{pair.partition('=')[0].upper()}": pair.partition("=")[2]
                                  for pair in args.set})
    figures_by_split = {split: run_split(split, settings, args.out, args.indexes) for split in SPLITS[args.split]}
    for split, rows in figures_by_split.items():
        print(table(split, rows) + "\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures_by_split, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
