"""QMSum val, per meeting: what the default reads within each word budget beside the plain baseline of
../shared/bench/qmsum/BASELINES.md, question by question (helper qm61, issue 10 point 1). Val only.

    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/qm61_reading.py collect --index INDEX --tag base
    .venv/bin/python bench/qm61_reading.py diff --tag base --budget 2000     # misses of one and hits of the other

`collect` asks each val question of its own meeting as `tqa eval` does (`ask_ranked`, k 10, 300 deep) and ranks
the baseline's 200-word windows (`bench/plain_baseline.py`, its cached vectors), and keeps both lists.
`diff` lists the questions the two systems score apart at a budget, and for each: where each one's first gold lies
(words read before it), what fills the default's reading instead (the meeting's parts it reads, passages of one
speaker in a row, long passages), and how many distinct 200-word stretches of the meeting each reads.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from qa.evaluate import metrics as m  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "val"
OUT = REPO / "bench" / "out" / "qm61-reading"


def collect(index: Path, tag: str, scope: str) -> None:
    from embeddings.encoder import load_encoder
    from plain_baseline import PlainBaseline
    from qa.api import TranscriptQA
    from qa.config import DEFAULT_MODEL, Settings

    tqa = TranscriptQA(Settings(index_dir=index))
    questions = load_questions(QMSUM / "questions.jsonl")
    texts = {name: tqa.transcript_text(name) for name in {q.transcript for q in questions}}
    gold = locate_gold(questions, texts.__getitem__, source="val")
    plain = PlainBaseline(QMSUM, load_encoder(DEFAULT_MODEL))
    rows = []
    for q in questions:
        where = [q.transcript] if scope == "transcript" else None
        answer, ranked = tqa.ask_ranked(q.question, k=m.DEPTH, depth=m.BUDGET_DEPTH, transcripts=where)
        default = [(p.transcript, p.start_char, p.end_char, len(p.text.split()), p.speaker) for p in ranked] \
            if answer.answerable else []
        windows = plain.rank(q.question, q.transcript if scope == "transcript" else None)[:m.BUDGET_DEPTH]
        baseline = [(w.transcript, w.start_char, w.end_char, w.words, ",".join(w.speakers)) for w in windows]
        rows.append({"id": q.id, "transcript": q.transcript, "question": q.question, "gold": gold[q.id],
                     "answerable": answer.answerable, "default": default, "plain": baseline})
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / f"{tag}-{scope}.pkl", "wb") as f:
        pickle.dump({"rows": rows, "lengths": {name: len(text) for name, text in texts.items()}}, f)
    print(f"kept {len(rows)} questions in {OUT / f'{tag}-{scope}.pkl'}")


def read_within(ranked, budget: int) -> list:
    return ranked[:m.within_budget([r[3] for r in ranked], budget)]


def relevant(ranked, transcript: str, gold) -> list[bool]:
    return m.relevance([r[:3] for r in ranked], transcript, gold)


def first_gold_words(ranked, transcript: str, gold) -> int | None:
    """Words read before the first relevant passage (None: none in the list)."""
    before = 0
    for r, rel in zip(ranked, relevant(ranked, transcript, gold)):
        if rel:
            return before
        before += r[3]
    return None


def stretches(read, length: int, size_chars: int = 1200) -> int:
    """How many distinct stretches of about 200 words (1,200 characters) of the meeting the passages touch."""
    return len({s // size_chars for _, s, e, *_ in read} | {(e - 1) // size_chars for _, s, e, *_ in read})


def diff(tag: str, scope: str, budget: int) -> None:
    data = pickle.load(open(OUT / f"{tag}-{scope}.pkl", "rb"))
    rows, lengths = data["rows"], data["lengths"]
    totals = Counter()
    for row in rows:
        t, g = row["transcript"], row["gold"]
        hits = {}
        for system in ("default", "plain"):
            read = read_within(row[system], budget)
            hits[system] = any(relevant(read, t, g))
            totals[system] += hits[system]
            totals[system + "-stretches"] += stretches(read, lengths[t])
            totals[system + "-read"] += len(read)
        if hits["default"] == hits["plain"]:
            continue
        read = read_within(row["default"], budget)
        who = Counter(r[4] for r in read)
        print(f"\n{row['id']} default {int(hits['default'])} plain {int(hits['plain'])} "
              f"answerable {row['answerable']}: {row['question']}")
        print(f"  first gold after words: default {first_gold_words(row['default'], t, g)}, "
              f"plain {first_gold_words(row['plain'], t, g)}; gold chars {sum(e - s for s, e in g)} of "
              f"{lengths[t]} ({min(s for s, _ in g) / lengths[t]:.2f}-{max(e for _, e in g) / lengths[t]:.2f})")
        print(f"  default reads {len(read)} passages, {sum(r[3] for r in read)} words, "
              f"{stretches(read, lengths[t])} stretches; plain {stretches(read_within(row['plain'], budget), 0)}; "
              f"longest {max((r[3] for r in read), default=0)}; speakers {who.most_common(3)}")
        print("  default at:", " ".join(f"{r[1] / lengths[t]:.2f}/{r[3]}" for r in read[:40]))
        print("  plain at:  ", " ".join(f"{r[1] / lengths[t]:.2f}" for r in read_within(row["plain"], budget)))
    n = len(rows)
    print(f"\n{n} questions at {budget} words: default hit {totals['default'] / n:.3f}, "
          f"plain {totals['plain'] / n:.3f};"
          f" passages read {totals['default-read'] / n:.1f} / {totals['plain-read'] / n:.1f}, stretches "
          f"{totals['default-stretches'] / n:.1f} / {totals['plain-stretches'] / n:.1f}")


def spread(ranked, head: int, radius: int, weight: float) -> list:
    """`ranked` with its first `head` kept and the rest reordered greedily: each next passage is the one of least
    rank + weight * (passages already read within `radius` characters of it)."""
    import numpy as np

    if len(ranked) <= head:
        return list(ranked)
    names = np.asarray([r[0] for r in ranked])
    starts = np.asarray([r[1] for r in ranked])
    ends = np.asarray([r[2] for r in ranked])
    near = np.zeros(len(ranked))
    left = np.ones(len(ranked), dtype=bool)

    def read(i):
        left[i] = False
        near[:] += (names == names[i]) & (starts < ends[i] + radius) & (starts[i] - radius < ends)

    for i in range(head):
        read(i)
    order = list(range(head))
    rank = np.arange(len(ranked), dtype=float)
    while left.any():
        key = np.where(left, rank + weight * near, np.inf)
        i = int(np.argmin(key))
        order.append(i)
        read(i)
    return [ranked[i] for i in order]


def variants(tag: str, scope: str) -> None:
    data = pickle.load(open(OUT / f"{tag}-{scope}.pkl", "rb"))
    rows = data["rows"]
    prefixes = {}
    for head in (10, 20):
        for radius in (600, 1200, 2400):
            for weight in (0.0, 2.0, 5.0, 10.0, 30.0):
                if weight == 0 and (head, radius) != (10, 600):
                    continue
                hit, rec = Counter(), Counter()
                for row in rows:
                    ranked = spread(row["default"], head, radius, weight) if weight else row["default"]
                    for budget in m.WORD_BUDGETS:
                        read = read_within(ranked, budget)
                        hit[budget] += any(relevant(read, row["transcript"], row["gold"]))
                        rec[budget] += covered(read, row["gold"])
                n = len(rows)
                print(f"head {head} radius {radius} weight {weight}: hit "
                      + " ".join(f"{hit[b] / n:.3f}" for b in m.WORD_BUDGETS) + " | cover "
                      + " ".join(f"{rec[b] / n:.3f}" for b in m.WORD_BUDGETS), flush=True)


def covered(read, gold) -> float:
    """Share of the gold's characters the passages cover (characters, not the evaluation's non-space ones)."""
    cited = m.merge_spans([(s, e) for _, s, e, *_ in read])
    total = sum(e - s for s, e in m.merge_spans(gold))
    inside = sum(max(0, min(e, ge) - max(s, gs)) for s, e in cited for gs, ge in m.merge_spans(gold))
    return inside / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("collect", "diff", "variants"))
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "qm61-base" / "index-val")
    parser.add_argument("--tag", default="base")
    parser.add_argument("--scope", default="transcript", choices=("transcript", "corpus"))
    parser.add_argument("--budget", type=int, default=2000)
    args = parser.parse_args()
    if args.what == "collect":
        collect(args.index, args.tag, args.scope)
    elif args.what == "variants":
        variants(args.tag, args.scope)
    else:
        diff(args.tag, args.scope, args.budget)


if __name__ == "__main__":
    main()
