"""The neighbouring passage of one turn: what tells the first passage from the gold next to it (docs/retrieval.md,
"The neighbouring passage of one turn"). Dev sets only.

    nice -n 10 env HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/tune_neighbour.py collect \\
        --indexes bench/out --results bench/out/before      # asks each standalone dev question once
    .venv/bin/python bench/tune_neighbour.py replay --results bench/out/before

`collect` asks every standalone seed and real-dev question with gold as `ask` does and keeps, for the first six
re-ranked passages, row, span, speaker, turn, mixed score and best-sentence score (`qa.rerank.neighbour_first` is
handed them; it is watched, and the order is left as it is). `--results` is an `eval_sets.py --split dev` folder of
the same tree, whose first citations' highlights `replay` reads. `replay` counts, over the questions whose first
passage has its adjacent row of the same speaker (same or next turn) among the six: the misses whose gold is that
neighbour, and the first citations gained and lost by (a) the neighbour first when its sentence scores higher and
it is within a margin, (b) the next (previous) passage first when the highlight ends (starts) at the border, (c) the
pair cited as one when the highlight ends at the border.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHARED = REPO.parent / "shared" / "data" / "transcripts"
SETS = {"dev-seed": ("index-seed", REPO / "corpus"), "dev-real+unanswerable": ("index-shared", SHARED)}
HEAD = 6
MARGINS = (0.05, 0.1, 0.15, 0.2, 0.3, 1.0)


def collect(indexes: Path, results: Path, out: Path) -> None:
    import qa.rerank as rerank
    from qa.api import TranscriptQA
    from qa.config import Settings

    seen: list = []

    def watch(ranked, sentences, margin):
        seen.append([(h.row, h.passage.start_char, h.passage.end_char, h.passage.speaker, h.passage.turn_index,
                      h.score, sentences.get(h.row, 0.0)) for h in ranked[:HEAD]])
        return ranked

    rerank.neighbour_first = watch
    heads = {}
    for name, (index, corpus) in SETS.items():
        qa = TranscriptQA(Settings(index_dir=indexes / index, neighbour_margin=1e9))  # always handed, never moved
        qa.ingest([corpus])
        for line in (results / name / "results.jsonl").open(encoding="utf-8"):
            r = json.loads(line)
            if r.get("history") or not r.get("gold"):
                continue
            seen.clear()
            qa.ask(r["question"])
            heads[r["id"]] = seen[0] if seen else None
    out.write_text(json.dumps(heads), encoding="utf-8")
    print(f"{len(heads)} heads -> {out}")


def _relevant(h, gold) -> bool:
    return any(h[1] < b and a < h[2] for a, b in gold)


def _neighbour(first, h) -> bool:
    return abs(h[0] - first[0]) == 1 and h[3] == first[3] and abs(h[4] - first[4]) <= 1


def replay(results: Path, heads_file: Path) -> None:
    heads = json.loads(heads_file.read_text(encoding="utf-8"))
    pairs, border = [], []
    for name in SETS:
        for line in (results / name / "results.jsonl").open(encoding="utf-8"):
            r = json.loads(line)
            head, cited = heads.get(r["id"]), r["answer"]["citations"]
            if not head or not cited:
                continue
            first, c = head[0], cited[0]
            nb = next((h for h in head[1:] if _neighbour(first, h)), None)
            if nb is None:
                continue
            row = (_relevant(first, r["gold"]), _relevant(nb, r["gold"]), first[5] - nb[5], nb[6] - first[6], r["id"])
            pairs.append(row)
            if c["kind"] == "exchange" or c.get("highlight_start_char") is None:
                continue
            at_end, at_start = c["highlight_end_char"] >= first[2] - 3, c["highlight_start_char"] <= first[1] + 3
            after = nb[0] == first[0] + 1
            if (after and at_end and not at_start) or (not after and at_start and not at_end):
                border.append(row + ("after" if after else "before",))
    misses = [p for p in pairs if not p[0] and p[1]]
    print(f"{len(pairs)} questions with the first passage's neighbour among the first {HEAD}; "
          f"{len(misses)} misses whose gold is that neighbour; its best sentence higher in "
          f"{sum(1 for p in misses if p[3] > 0)}")
    for m in MARGINS:
        sel = [p for p in pairs if p[2] <= m and p[3] > 0]
        print(f"(a) margin {m}: +{sum(1 for p in sel if not p[0] and p[1])} -{sum(1 for p in sel if p[0] and not p[1])}")
    for side in ("after", "before"):
        for m in MARGINS:
            sel = [p for p in border if p[5] == side and p[2] <= m]
            print(f"(b) {side}, margin {m}: +{sum(1 for p in sel if not p[0] and p[1])} "
                  f"-{sum(1 for p in sel if p[0] and not p[1])}")
    for m in MARGINS:
        sel = [p for p in border if p[5] == "after" and p[2] <= m]
        print(f"(c) pair cited as one, margin {m}: grown {len(sel)}, +{sum(1 for p in sel if not p[0] and p[1])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("collect", "replay"))
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--results", type=Path, required=True, help="an eval_sets.py --split dev --out folder")
    parser.add_argument("--heads", type=Path, default=REPO / "bench" / "out" / "neighbour-heads.json")
    args = parser.parse_args()
    if args.step == "collect":
        collect(args.indexes, args.results, args.heads)
    else:
        replay(args.results, args.heads)


if __name__ == "__main__":
    main()
