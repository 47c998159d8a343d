"""What bounds the default against the plain baseline of ../shared/bench/qmsum/BASELINES.md on QMSum.

    .venv/bin/python bench/ceiling_qmsum.py                  # val and test, both scopes (about 4 minutes)
    .venv/bin/python bench/ceiling_qmsum.py --splits val --scopes transcript

The product cites one-speaker passages whose span is their own text (DESIGN.md); the baseline cites windows of
200 words that run across speakers. This script measures, with `tqa eval`'s metric functions:

1. where the gold's non-whitespace characters lie: inside an indexed passage, inside a turn that is not indexed
   (a backchannel under `min_words`), or in no turn's text (the speaker labels, "Grad C:");
2. the ceiling of one-speaker citations at equal k: a perfect ranking of the index's passages, those covering most
   gold first (passages are disjoint, so this maximises Recall@k exactly), and the same for the longest
   one-speaker units there can be (each run of one speaker's consecutive turns, whole, whatever its length);
3. recall at equal reading (within 200 ... 2000 words) with the gold as QMSum gives it and with the speaker labels
   left out of it, for the default and the baseline;
4. the default's ranking scored by the sections it reads (stretches of up to 200 words across speakers, as long
   as the baseline's windows): what citing a section instead of a passage would give.

It uses the split indexes that bench/eval_qmsum.py builds (bench/out/qmsum/index-<split>; built when absent).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from plain_baseline import QMSUM, PlainBaseline  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate import metrics as m  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from qa.parse import parse_file  # noqa: E402

KS = (1, 3, 5, 10)
RECALL_KS = (5, 10)
PERFECT = "perfect ranking of one-speaker passages"
PERFECT_RUNS = "perfect ranking of whole speaker runs (no token limit)"


def labels_out_prefix(text: str, turns) -> np.ndarray:
    """Like metrics.nonspace_prefix, counting only the characters inside some turn's text (no speaker labels)."""
    inside = np.zeros(len(text), dtype=bool)
    for turn in turns:
        inside[turn.start_char:turn.end_char] = True
    mask = inside & np.fromiter((not ch.isspace() for ch in text), dtype=bool, count=len(text))
    return np.concatenate(([0], np.cumsum(mask, dtype=np.int64)))


def speaker_runs(transcript) -> list[tuple[str, int, int, int]]:
    """The longest one-speaker units there can be: each run of consecutive turns by one speaker, whole, as
    (transcript, start, end, words)."""
    runs: list[list] = []
    last = None
    for turn in transcript.turns:
        if runs and turn.speaker == last:
            runs[-1][2] = turn.end_char
            runs[-1][3] += len(turn.text.split())
        else:
            runs.append([transcript.name, turn.start_char, turn.end_char, len(turn.text.split())])
        last = turn.speaker
    return [tuple(r) for r in runs]


def scores(items: list[tuple[str, int, int, int]], transcript: str, gold, prefixes: dict[str, np.ndarray]) -> dict:
    """Hit@k, R@k, MRR@10 and the word-budget figures of one ranked list of (transcript, start, end, words)."""
    relevant = m.relevance([(t, s, e) for t, s, e, _ in items], transcript, gold)
    first = m.first_relevant_rank(relevant)
    out = {f"hit@{k}": float(first is not None and first <= k) for k in KS}
    out["mrr@10"] = 1.0 / first if first is not None and first <= m.DEPTH else 0.0
    for label, prefix in prefixes.items():
        for k in RECALL_KS:
            out[f"recall@{k}{label}"] = m.char_recall([(s, e) for t, s, e, _ in items[:k] if t == transcript], gold,
                                                      prefix)
        for name, value in m.budget_scores(items, transcript, gold, prefix).items():
            if name.startswith("recall") or not label:  # the hits do not depend on the gold's labels
                out[name + label] = value
    out["words"] = float(np.mean([w for *_, w in items[:5]])) if items else 0.0
    return out


def gold_shares(questions, gold, passages, turns, prefixes) -> dict[str, float]:
    """Mean share per question of the gold's non-whitespace characters inside an indexed passage, inside a turn
    that is not indexed (a backchannel), and in no turn's text (speaker labels)."""
    shares = defaultdict(float)
    for q in questions:
        name, spans, prefix = q.transcript, gold[q.id], prefixes[q.transcript][""]
        in_passages = m.char_recall([(p.start_char, p.end_char) for p in passages[name]], spans, prefix)
        in_turns = m.char_recall(turns[name], spans, prefix)
        shares["passages"] += in_passages / len(questions)
        shares["turns"] += (in_turns - in_passages) / len(questions)
        shares["labels"] += (1 - in_turns) / len(questions)
    return shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--splits", nargs="+", default=["val", "test"])
    parser.add_argument("--scopes", nargs="+", default=["transcript", "corpus"])
    args = parser.parse_args()
    if not args.qmsum.is_dir():
        sys.exit(f"{args.qmsum} is not present (../shared exists only in the project's CI); nothing to run")
    for split_name in args.splits:
        split = args.qmsum / split_name
        started = time.perf_counter()
        qa = TranscriptQA(Settings(index_dir=REPO / "bench" / "out" / "qmsum" / f"index-{split_name}"))
        qa.ingest([split / "transcripts"])  # a no-op when eval_qmsum.py built it
        baseline = PlainBaseline(split, qa.encoder)
        questions = load_questions(split / "questions.jsonl")
        gold = locate_gold(questions, baseline.texts.__getitem__, source=str(split / "questions.jsonl"))
        passages, sections, turns, runs, prefixes = {}, {}, {}, {}, {}
        for name, text in baseline.texts.items():
            transcript = parse_file(split / "transcripts" / name)
            found, secs = qa.sections(transcript, qa.segment(transcript))
            passages[name] = found
            sections.update({(name, s.number): s for s in secs})
            turns[name] = [(t.start_char, t.end_char) for t in transcript.turns]
            runs[name] = speaker_runs(transcript)
            prefixes[name] = {"": m.nonspace_prefix(text), " no labels": labels_out_prefix(text, transcript.turns)}
        where = gold_shares(questions, gold, passages, turns, prefixes)
        print(f"\n## {split_name}: {len(questions)} questions; share of the gold's characters (mean per question): "
              f"inside an indexed passage {where['passages']:.3f}, in a turn not indexed {where['turns']:.3f}, "
              f"speaker labels {where['labels']:.3f}")
        for scope in args.scopes:
            rows = defaultdict(list)
            for q in questions:
                name, spans = q.transcript, gold[q.id]
                only = [name] if scope == "transcript" else None
                _, ranked = qa.ask_ranked(q.question, depth=m.BUDGET_DEPTH, transcripts=only)
                ours = [(p.transcript, p.start_char, p.end_char, len(p.text.split())) for p in ranked]
                rows["default (one-speaker passages)"].append(scores(ours, name, spans, prefixes[name]))
                order = sorted(passages[name], key=lambda p: -m.char_recall([(p.start_char, p.end_char)], spans,
                                                                            prefixes[name][""]))
                perfect = [(p.transcript, p.start_char, p.end_char, len(p.text.split())) for p in order]
                rows[PERFECT].append(scores(perfect, name, spans, prefixes[name]))
                whole = sorted(runs[name], key=lambda r: -m.char_recall([r[1:3]], spans, prefixes[name][""]))
                rows[PERFECT_RUNS].append(scores(whole, name, spans, prefixes[name]))
                read = list(dict.fromkeys((p.transcript, p.section) for p in ranked))
                by_section = [(t, sections[t, s].start_char, sections[t, s].end_char,
                               len(sections[t, s].text.split())) for t, s in read]
                rows["default, scored by its sections"].append(scores(by_section, name, spans, prefixes[name]))
                windows = baseline.rank(q.question, only)
                plain = [(w.transcript, w.start_char, w.end_char, w.words) for w in windows]
                rows["plain baseline (200-word windows)"].append(scores(plain, name, spans, prefixes[name]))
            print_tables(split_name, scope, rows)
        print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)


def print_tables(split: str, scope: str, rows: dict[str, list[dict]]) -> None:
    means = {name: {key: float(np.mean([r[key] for r in found])) for key in found[0]} for name, found in rows.items()}
    k_cols = [*(f"hit@{k}" for k in KS), *(f"recall@{k}" for k in RECALL_KS), "mrr@10", "words"]
    b_cols = [f"hit@{b}w" for b in m.WORD_BUDGETS] + [f"recall@{b}w{label}" for label in ("", " no labels")
                                                       for b in m.WORD_BUDGETS]
    for title, cols in (("at equal k", k_cols), ("at equal reading", b_cols)):
        print(f"\n{split}, scope {scope}, {title}:\n")
        print("| system | " + " | ".join(cols) + " |")
        print("| --- |" + " --- |" * len(cols))
        for name, values in means.items():
            if name in (PERFECT, PERFECT_RUNS) and cols is b_cols:
                continue  # ordered by gold covered, not the optimum within a word budget
            cells = [f"{values[c]:.0f}" if c == "words" else f"{values[c]:.3f}" for c in cols]
            print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
