"""Where recall within the wider reading budgets is lost on QMSum val: the product's ranked passages (as `tqa eval`
reads them, `TranscriptQA.ask_ranked`) cached once per scope, then described.

    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/diag_reading.py collect --depth 300 --no-agreement
    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/diag_reading.py describe
    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/diag_reading.py variants   # the agreement rule's grid
    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/diag_reading.py misses     # why a budget found nothing

Val only (QMSum's development split); the index is bench/out/qmsum/index-val.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.rerank  # noqa: E402
from bench import constants  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate import metrics as m  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "val"
OUT = REPO / "bench" / "out" / "diag-reading"


def collect(depth: int, index: Path, tag: str) -> None:
    tqa = TranscriptQA(Settings(index_dir=index))
    questions = load_questions(QMSUM / "questions.jsonl")
    texts = {name: tqa.transcript_text(name) for name in {q.transcript for q in questions}}
    gold = locate_gold(questions, texts.__getitem__, source="val")
    sizes = {info.name: info.passages for info in tqa.list_transcripts()}
    OUT.mkdir(parents=True, exist_ok=True)
    for scope in ("transcript", "corpus"):
        rows = []
        for i, q in enumerate(questions):
            where = [q.transcript] if scope == "transcript" else None
            # as `tqa eval` asks (qa.evaluate.run: k = max(k, DEPTH) with its default k of 5)
            answer, ranked = tqa.ask_ranked(q.question, k=m.DEPTH, depth=depth, transcripts=where)
            rows.append({"id": q.id, "transcript": q.transcript, "question": q.question,
                         "answerable": answer.answerable, "gold": gold[q.id],
                         "ranked": [(p.transcript, p.start_char, p.end_char, len(p.text.split()), p.speaker)
                                    for p in ranked],
                         "depth": depth, "citable": _citable(tqa, q, gold[q.id], ranked, sizes)})
            if i % 40 == 0:
                print(scope, i, file=sys.stderr, flush=True)
        (OUT / f"{tag}-{scope}.pkl").write_bytes(pickle.dumps(rows))


def _citable(tqa: TranscriptQA, q, gold, ranked, sizes: dict[str, int]) -> bool:
    """Whether any indexed passage of the question's meeting overlaps its gold (turns under `min_words` words are
    not indexed: gold held only by such turns can never be cited). Asked again, every passage deep, only when the
    list as ranked holds none."""
    if any(m.relevance([(p.transcript, p.start_char, p.end_char) for p in ranked], q.transcript, gold)):
        return True
    everything = tqa.ask_ranked(q.question, k=m.DEPTH, depth=sizes[q.transcript], transcripts=[q.transcript],
                                cite_anyway=True)[1]
    return any(m.relevance([(p.transcript, p.start_char, p.end_char) for p in everything], q.transcript, gold))


def scores_of(rows, texts, depth: int | None = None) -> dict:
    prefixes = {name: m.nonspace_prefix(t) for name, t in texts.items()}
    out: dict[str, list] = {}
    for r in rows:
        ranked = r["ranked"][:depth] if depth else r["ranked"]
        s = m.budget_scores([x[:4] for x in ranked], r["transcript"], r["gold"], prefixes[r["transcript"]])
        for key, value in s.items():
            out.setdefault(key, []).append(value)
    return {k: float(np.mean(v)) for k, v in out.items()}


def describe(tag: str) -> None:
    questions = load_questions(QMSUM / "questions.jsonl")
    texts = {q.transcript: (QMSUM / "transcripts" / q.transcript).read_text(encoding="utf-8") for q in questions}
    for scope in ("transcript", "corpus"):
        rows = pickle.loads((OUT / f"{tag}-{scope}.pkl").read_bytes())
        print(f"## {scope}: {len(rows)} questions, {sum(not r['answerable'] for r in rows)} declined")
        for depth in (50, 100, 150, 200, 300):
            s = scores_of(rows, texts, depth)
            print(f"depth {depth}: " + " ".join(f"{k} {v:.3f}" for k, v in s.items()))
        words = [sum(x[3] for x in r["ranked"][:100]) for r in rows if r["ranked"]]
        print("words in the first 100:", np.percentile(words, [0, 10, 50, 90]).round(), "short of 2000:",
              sum(w < 2000 for w in words))
        per = [x[3] for r in rows for x in r["ranked"][:100]]
        print("words per passage: mean %.1f median %.0f" % (np.mean(per), np.median(per)))
        # what the reader goes through within 2000 words
        inside, own, n_read, overl = [], [], [], 0
        for r in rows:
            read = m.within_budget([x[3] for x in r["ranked"]], 2000)
            seen = r["ranked"][:read]
            n_read.append(read)
            rel = m.relevance([x[:3] for x in seen], r["transcript"], r["gold"])
            inside.append(np.mean(rel) if rel else 0)
            own.append(np.mean([x[0] == r["transcript"] for x in seen]) if seen else 0)
            spans = sorted((x[0], x[1], x[2]) for x in seen)
            overl += sum(1 for a, b in zip(spans, spans[1:]) if a[0] == b[0] and b[1] < a[2])
        print("passages read within 2000 words: median %d; share relevant %.3f; share in the question's meeting %.3f;"
              " overlapping pairs %d" % (np.median(n_read), np.mean(inside), np.mean(own), overl))
        if scope == "corpus":
            agree = Counter()
            for r in rows:
                top = [x[0] for x in r["ranked"][:5]]
                if not top:
                    continue
                lead, n = Counter(top).most_common(1)[0]
                agree[(n, lead == r["transcript"])] += 1
            print("top-5 agreement (count of the most common meeting, is it the question's):", sorted(agree.items()))


def miss_cause(row: dict, budget: int) -> str | None:
    """Why the passages read within `budget` words (`metrics.within_budget`) hold no relevant one; None for a hit.
    The reading's causes first (nothing ranked; spans read twice; the reading stopped more than one baseline window,
    200 words, short of the budget by a long passage; a list cut by its depth before the budget), then the
    meeting's (shorter than the budget; gold no indexed passage holds), then the ranking's (gold ranked past it)."""
    ranked = row["ranked"]
    relevant = m.relevance([x[:3] for x in ranked], row["transcript"], row["gold"])
    read = m.within_budget([x[3] for x in ranked], budget)
    if any(relevant[:read]):
        return None
    if not ranked:
        return "declined: nothing cited, nothing read"
    seen = sorted(x[:3] for x in ranked[:read])
    if any(a[0] == b[0] and b[1] < a[2] for a, b in zip(seen, seen[1:])):
        return "mechanical: spans read twice (overlapping passages)"
    words = sum(x[3] for x in ranked[:read])
    if read < len(ranked) and words + 200 < budget:
        return f"mechanical: reading stopped {budget - words} words short (a long passage next)"
    if read == len(ranked) and words < budget and len(ranked) < row.get("depth", m.BUDGET_DEPTH):
        if not any(relevant):
            return ("gold in no indexed passage (turns under min_words)" if not row.get("citable", True)
                    else "meeting shorter than the budget, no gold in it")
        return "meeting shorter than the budget"
    if read == len(ranked) and words < budget:
        return "mechanical: list cut before the budget (depth)"
    if not any(relevant):
        return ("gold in no indexed passage (turns under min_words)" if not row.get("citable", True)
                else f"ranking: no gold in the first {len(ranked)} passages")
    first = relevant.index(True)
    return f"ranking: first gold at rank {first + 1}, after {sum(x[3] for x in ranked[:first])} words"


def misses(tag: str, budget: int) -> None:
    """Each question whose reading within `budget` words finds no gold, with its cause, and a count per cause."""
    for scope in ("transcript", "corpus"):
        path = OUT / f"{tag}-{scope}.pkl"
        if not path.exists():
            continue
        rows = pickle.loads(path.read_bytes())
        causes = [(r, miss_cause(r, budget)) for r in rows]
        missed = [(r, c) for r, c in causes if c is not None]
        print(f"## {scope}: {len(missed)} of {len(rows)} questions find no gold within {budget} words "
              f"(hit@{budget}w {1 - len(missed) / len(rows):.3f})")
        for r, cause in missed:
            print(f"- {r['id']}: {cause} | {r['question'][:90]}")
        counts = Counter(c.split(":")[0] if c.startswith(("ranking", "mechanical")) else c for _, c in missed)
        print("by cause:", dict(counts.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("collect", "describe", "variants", "misses"))
    parser.add_argument("--budget", type=int, default=2000, help="misses: the word budget read")
    parser.add_argument("--depth", type=int, default=300)
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "qmsum" / "index-val")
    parser.add_argument("--tag", default="main")
    parser.add_argument("--no-agreement", action="store_true",
                        help="collect with qa.rerank's agreed-transcript rule off (AGREEMENT_NEED 0)")
    args = parser.parse_args()
    with constants(qa.rerank, **({"AGREEMENT_NEED": 0} if args.no_agreement else {})):
        if args.what == "collect":
            collect(args.depth, args.index, args.tag)
        elif args.what == "describe":
            describe(args.tag)
        elif args.what == "misses":
            misses(args.tag, args.budget)
        else:
            variants_table(args.tag)



# ---- offline reorderings of the cached lists (what a rule would read within each budget) -----------------------

def prior_tail(ranked, head: int = 5, top: int = 10, need: int = 6):
    """Corpus scope: when `need` of the first `top` passages are of one meeting, the passages after the first
    `head` that are of that meeting come before the others (stable)."""
    if not ranked:
        return ranked
    lead, n = Counter(x[0] for x in ranked[:top]).most_common(1)[0]
    if n < need:
        return ranked
    rest = ranked[head:]
    return ranked[:head] + [x for x in rest if x[0] == lead] + [x for x in rest if x[0] != lead]


def variants_table(tag: str, depth: int = 300) -> None:
    questions = load_questions(QMSUM / "questions.jsonl")
    texts = {q.transcript: (QMSUM / "transcripts" / q.transcript).read_text(encoding="utf-8") for q in questions}
    rows = pickle.loads((OUT / f"{tag}-corpus.pkl").read_bytes())
    keys = ("hit@200w", "hit@600w", "hit@1000w", "hit@2000w", "recall@200w", "recall@600w", "recall@1000w",
            "recall@2000w")

    def show(label, rs):
        s = scores_of(rs, texts)
        print(f"| {label} | " + " | ".join(f"{s[k]:.3f}" for k in keys) + " |")

    show("as ranked", [{**r, "ranked": r["ranked"][:depth]} for r in rows])
    for head in (0, 3, 5, 10):
        for top, need in ((5, 3), (5, 4), (10, 5), (10, 6), (10, 8), (20, 10)):
            show(f"prior head {head} top {top} need {need}",
                 [{**r, "ranked": prior_tail(r["ranked"], head, top, need)[:depth]} for r in rows])


if __name__ == "__main__":
    main()
