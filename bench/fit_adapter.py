"""Fit a query adapter (issue 10 point 6): a map of the question's vector, q -> normalise(W q) with W = I + A,
fitted on dev questions with gold so that the stored vectors of the passages and sentence units that hold a gold
quote come nearer the question than the other rows do. Nothing stored changes: only the question's vector moves.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_adapter.py --cv                 # the proxy CV table (dense ranks)
    ... --write qa/data/adapter.npz                                             # fit on every dev question, save
    ... --write /tmp/a.npz --hold-transcript wh-biden-suga-press-conference-2021-04-16.md   # a fold's adapter
    ... --write /tmp/a.npz --hold-half 0                                        # the 2-fold split by id hash

Questions: the dev sets with gold as the baseline run asked them (`--gold`: eval-dev-s27c's results, which hold each
question's gold spans): real-dev, the seed's dev file and the first turns of conversations-dev. The questions
written for this check (dev-adapt30-*, seed-1760..1779) are never fitted on.
Passage loss: softmax over every stored passage of the question's index (339 shared, 18 seed), positives the
passages that overlap a gold span. Sentence loss: softmax over the sentence units of the positive passages and of
the ten nearest passages, positives the units that overlap a gold span. Both losses fit one map unless --separate
(then the sentence map is read by the proxy table only); the file holds the passage map, which the product reads
where it orders passages (qa/adapter.py).
L2 pull of A toward 0 with strength --l2 (chosen by --cv over a grid). Deterministic: full-batch L-BFGS on CPU
from A = 0, torch with a fixed seed and one thread.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.adapter import save_adapter  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

INDEXES = Path("/work/main/bench/out/idx-s20")
GOLD = Path("/work/main/bench/out/eval-dev-s27c")
SCALE = 20.0  # cosines times this are the softmax's logits (about MiniLM's spread of cosines)
NEAREST_PASSAGES = 10  # the sentence loss reads the units of this many nearest passages besides the gold ones
L2_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


@dataclass
class Item:
    id: str
    transcript: str
    source: str  # seed | real | conv
    index: str  # seed | shared
    question: str
    vector: np.ndarray = None
    positives: np.ndarray = None  # passage rows overlapping gold
    inside: int = 0  # how many of `units` are the gold passages' (they come first)
    units: np.ndarray = None  # the candidate sentence units' vectors
    unit_gold: np.ndarray = None  # which of them overlap gold


def _overlaps(start: int, end: int, spans) -> bool:
    return any(start < e and s < end for s, e in spans)


def read_items(gold: Path) -> list[Item]:
    items = []
    for folder, source, index in (("dev-seed", "seed", "seed"), ("dev-real+unanswerable", "real", "shared"),
                                  ("dev-conversations", "conv", "shared")):
        for line in (gold / folder / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not r.get("gold") or not r.get("answerable") or r.get("history"):
                continue
            if r["id"].startswith("dev-adapt30-"):
                continue
            item = Item(r["id"], r["transcript"], source, index, r["question"])
            item.gold = [tuple(s) for s in r["gold"]]
            items.append(item)
    return items


def prepare(items: list[Item], indexes: Path) -> dict[str, np.ndarray]:
    """Fills each item's vector, positive rows and candidate units; returns each index's passage vectors."""
    passage_vectors = {}
    for index in ("seed", "shared"):
        chosen = [it for it in items if it.index == index]
        qa = TranscriptQA(Settings(index_dir=indexes / f"index-{index}"))
        store = qa.store()
        rows = sorted(int(r) for info in store.all_infos() for r in store.transcript_rows(info.name))
        assert rows == list(range(len(rows))), "an index with removed rows: positions are not rows"
        passages = store.passages(rows)
        vectors = store.vectors(rows)
        passage_vectors[index] = vectors
        encoded = qa.query_encoder.encode([it.question for it in chosen])
        for it, v in zip(chosen, encoded):
            it.vector = np.asarray(v, dtype=np.float32)
            it.positives = np.array([r for r in rows if passages[r].transcript == it.transcript
                                     and _overlaps(passages[r].start_char, passages[r].end_char, it.gold)], dtype=int)
            near = np.argsort(-(vectors @ it.vector))[:NEAREST_PASSAGES]
            units, gold = [], []
            for r in dict.fromkeys([*it.positives.tolist(), *near.tolist()]):
                p = passages[r]
                for u, uv in zip(store.units(r), store.unit_vectors(r)):
                    units.append(uv)
                    gold.append(p.transcript == it.transcript and _overlaps(u.start_char, u.end_char, it.gold))
            it.inside = sum(len(store.units(r)) for r in it.positives)  # the gold passages' units come first
            it.units = np.asarray(units, dtype=np.float32)
            it.unit_gold = np.asarray(gold, dtype=bool)
    return passage_vectors


def fit(items: list[Item], passage_vectors: dict, l2: float, separate: bool = False,
        sentence_weight: float = 1.0, kind: str = "full") -> tuple[np.ndarray, np.ndarray]:
    """(W for passages, W for sentences): L-BFGS on the mean softmax losses plus l2 * |A|^2 per map. `kind`:
    full (A any dim x dim matrix) or diag (A diagonal: each dimension of the question's vector re-weighted)."""
    import torch
    torch.manual_seed(0)
    torch.set_num_threads(1)
    dim = items[0].vector.shape[0]
    eye = torch.eye(dim, dtype=torch.float64)
    shape = (dim, dim) if kind == "full" else (dim,)
    d_pass = torch.zeros(*shape, dtype=torch.float64, requires_grad=True)
    d_sent = torch.zeros(*shape, dtype=torch.float64, requires_grad=True) if separate else d_pass
    params = [d_pass, d_sent] if separate else [d_pass]

    def matrix(d):
        return eye + (d if kind == "full" else torch.diag(d))
    groups = {}
    for index in ("seed", "shared"):
        chosen = [it for it in items if it.index == index and len(it.positives)]
        if not chosen:
            continue
        q = torch.tensor(np.stack([it.vector for it in chosen]), dtype=torch.float64)
        mask = torch.zeros(len(chosen), len(passage_vectors[index]), dtype=torch.bool)
        for i, it in enumerate(chosen):
            mask[i, torch.as_tensor(it.positives)] = True
        groups[index] = (q, torch.tensor(passage_vectors[index], dtype=torch.float64), mask)
    with_units = [it for it in items if it.unit_gold.any() and not it.unit_gold.all()]
    uq = torch.tensor(np.stack([it.vector for it in with_units]), dtype=torch.float64)
    width = max(len(it.units) for it in with_units)
    uv = torch.zeros(len(with_units), width, dim, dtype=torch.float64)
    ugold = torch.zeros(len(with_units), width, dtype=torch.bool)
    uvalid = torch.zeros(len(with_units), width, dtype=torch.bool)
    for i, it in enumerate(with_units):
        uv[i, :len(it.units)] = torch.tensor(it.units, dtype=torch.float64)
        ugold[i, :len(it.units)] = torch.as_tensor(it.unit_gold)
        uvalid[i, :len(it.units)] = True
    count = sum(len(g[0]) for g in groups.values())

    def softmax_loss(logits, positive, valid=None):
        if valid is not None:
            logits = logits.masked_fill(~valid, -1e9)
        return (torch.logsumexp(logits, 1) - torch.logsumexp(logits.masked_fill(~positive, -1e9), 1)).sum()

    def loss_fn():
        total = 0.0
        for q, p, mask in groups.values():
            mapped = torch.nn.functional.normalize(q @ matrix(d_pass).T, dim=1)
            total = total + softmax_loss(SCALE * mapped @ p.T, mask)
        total = total / count
        mapped = torch.nn.functional.normalize(uq @ matrix(d_sent).T, dim=1)
        logits = SCALE * torch.einsum("nd,nud->nu", mapped, uv)
        total = total + sentence_weight * softmax_loss(logits, ugold, uvalid) / len(with_units)
        return total + l2 * sum((a ** 2).sum() for a in params)

    opt = torch.optim.LBFGS(params, lr=1.0, max_iter=200, history_size=20, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = loss_fn()
        loss.backward()
        return loss
    opt.step(closure)
    w_pass = matrix(d_pass).detach().numpy().astype(np.float32)
    w_sent = matrix(d_sent).detach().numpy().astype(np.float32)
    return w_pass, w_sent


def _mapped(w: np.ndarray | None, v: np.ndarray) -> np.ndarray:
    if w is None:
        return v
    m = v @ w.T
    return m / np.linalg.norm(m, axis=-1, keepdims=True)


def proxy(items: list[Item], passage_vectors: dict, w_pass, w_sent) -> dict:
    """Dense Hit@1 and MRR@10 of the gold passages among every stored passage, and whether the nearest unit of the
    gold passages is a gold one (sentence@1: the highlight's choice where the citation is right)."""
    hit = mrr = sent = n = m = 0
    for it in items:
        if not len(it.positives):
            continue
        n += 1
        scores = passage_vectors[it.index] @ _mapped(w_pass, it.vector)
        order = np.argsort(-scores, kind="stable")
        rank = int(np.flatnonzero(np.isin(order, it.positives))[0]) + 1
        hit += rank == 1
        mrr += 1.0 / rank if rank <= 10 else 0.0
        # the sentence choice inside the gold passages (the highlight's choice where the citation is right)
        inside = np.zeros(len(it.units), dtype=bool)
        inside[:it.inside] = True
        if it.unit_gold[inside].any():
            m += 1
            s = it.units[inside] @ _mapped(w_sent, it.vector)
            sent += bool(it.unit_gold[inside][int(np.argmax(s))])
    return {"n": n, "hit@1": hit / n, "mrr@10": mrr / n, "sentence@1": sent / max(m, 1), "n_sent": m}


def half(id_: str) -> int:
    return int(hashlib.sha1(id_.encode()).hexdigest(), 16) % 2


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=INDEXES)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--l2", type=float, default=None, help="the pull toward identity (default: the CV's choice)")
    parser.add_argument("--separate", action="store_true", help="separate maps for passages and sentences")
    parser.add_argument("--kind", choices=("full", "diag"), default="full", help="W = I + A: A full or diagonal")
    parser.add_argument("--cv", action="store_true", help="print the proxy table: leave-one-transcript-out and halves")
    parser.add_argument("--no-halves", action="store_true", help="with --cv: leave-one-transcript-out only")
    parser.add_argument("--write", type=Path, help="fit and write the adapter here")
    parser.add_argument("--hold-transcript", help="fit without this transcript's questions (a LOTO fold)")
    parser.add_argument("--folds", type=Path, help="write every fold's adapter here: loto-<transcript>.npz (fit "
                        "without its questions), half0.npz / half1.npz (fit without that half) and all.npz")
    parser.add_argument("--hold-half", type=int, choices=(0, 1), help="fit without the questions of this id half")
    args = parser.parse_args(argv)
    items = read_items(args.gold)
    vectors = prepare(items, args.indexes)
    print(f"{len(items)} questions: " + ", ".join(f"{s} {sum(it.source == s for it in items)}"
                                                 for s in ("seed", "real", "conv")), file=sys.stderr)
    if args.cv:
        transcripts = sorted({it.transcript for it in items if it.source == "real"})
        for l2 in ([args.l2] if args.l2 is not None else L2_GRID):
            rows = []
            for t in transcripts:
                train = [it for it in items if it.transcript != t]
                test = [it for it in items if it.transcript == t and it.source == "real"]
                w = fit(train, vectors, l2, args.separate, kind=args.kind)
                rows.append((t[:24], proxy(test, vectors, None, None), proxy(test, vectors, *w)))
            for h in (() if args.no_halves else (0, 1)):
                train = [it for it in items if half(it.id) != h]
                for src in ("real", "seed"):
                    test = [it for it in items if half(it.id) == h and it.source == src]
                    w = fit(train, vectors, l2, args.separate, kind=args.kind)
                    rows.append((f"half{h}-{src}", proxy(test, vectors, None, None), proxy(test, vectors, *w)))
            print(f"\nl2={l2} separate={args.separate} kind={args.kind}")
            for name, a, b in rows:
                print(f"{name:26s} n={a['n']:4d} hit@1 {a['hit@1']:.3f}->{b['hit@1']:.3f}  mrr {a['mrr@10']:.3f}->"
                      f"{b['mrr@10']:.3f}  sent@1 {a['sentence@1']:.3f}->{b['sentence@1']:.3f} (n={a['n_sent']})")
            loto = rows[:len(transcripts)]
            for key in ("hit@1", "mrr@10", "sentence@1"):
                before = sum(a[key] * a["n"] for _, a, _ in loto) / sum(a["n"] for _, a, _ in loto)
                after = sum(b[key] * b["n"] for _, _, b in loto) / sum(b["n"] for _, _, b in loto)
                wins = sum(b[key] > a[key] for _, a, b in loto)
                losses = sum(b[key] < a[key] for _, a, b in loto)
                print(f"  LOTO {key}: {before:.3f} -> {after:.3f} (folds up {wins}, down {losses})")
            sys.stdout.flush()
    l2 = args.l2 if args.l2 is not None else 0.1
    model = Settings().model
    if args.folds:
        folds = {f"loto-{Path(t).stem}": [it for it in items if it.transcript != t]
                 for t in sorted({it.transcript for it in items if it.source == "real"})}
        folds.update({f"half{h}": [it for it in items if half(it.id) != h] for h in (0, 1)}, all=items)
        for name, train in folds.items():
            save_adapter(args.folds / f"{name}.npz", model, fit(train, vectors, l2, args.separate, kind=args.kind)[0])
            print(f"wrote {args.folds / name}.npz ({len(train)} questions)", file=sys.stderr, flush=True)
    if args.write:
        train = [it for it in items if it.transcript != args.hold_transcript
                 and (args.hold_half is None or half(it.id) != args.hold_half)]
        save_adapter(args.write, model, fit(train, vectors, l2, args.separate, kind=args.kind)[0])
        print(f"wrote {args.write} ({len(train)} questions)", file=sys.stderr)


if __name__ == "__main__":
    main()
