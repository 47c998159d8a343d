"""Where the best-scoring unit of the first citation restates the question, is the gold that unit or the next one?
(dev only; docs/retrieval.md, "A reason asked in other words, a question for the reply; the restating sentence
against the next").

    HF_HUB_OFFLINE=1 nice .venv/bin/python bench/restate_odds.py --indexes /work/main/bench/out/idx-s20

Asks every answerable question of the seed and real-dev sets and records, for the passage whose highlight became the
first citation's, what `qa.cite._chosen_units` saw (its units, their scores and shares of the question's words, the
best unit). For the first citations that are relevant (they overlap the gold), counts by subset (the best unit's share
of the question's words at least T, ending its sentence; the next unit pointing back, `qa.cite.refers_back`, and not
asking; the two over 40 words; by the question's kind) how often the gold is the best unit, how often only the next
one: a rule that hands the highlight on to the next unit gains the second count and risks the first. A development
tool: it wraps `qa.cite`'s private choice to see what it saw.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench.first_highlights import dev_sets, overlaps  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402


def first_calls(indexes: Path) -> list[dict]:
    """Per answerable dev question whose first citation is relevant: the recorded call that chose its highlight."""
    calls: list[dict] = []
    real = cite._chosen_units

    def recording(units, scored, asked, rest_of, best=None, ahead=False, budget=None):
        chosen = real(units, scored, asked, rest_of, best, ahead, budget)
        units = list(units)
        shown = (chosen.shown_first or chosen.first, chosen.shown_last or chosen.last)
        calls.append(dict(texts=list(scored.texts), spans=[(u.start_char, u.end_char) for u in units],
                          shares=list(map(float, scored.overlaps)), shown=(shown[0].start_char, shown[1].end_char),
                          best=int(max(range(len(units)), key=lambda i: scored.scores[i])) if best is None
                          else int(best)))
        return chosen

    cite._chosen_units = recording
    records = []
    try:
        for path, index in dev_sets(indexes).values():
            tqa = TranscriptQA(Settings(index_dir=index))
            questions = [q for q in load_questions(path) if q.answerable]
            texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions if q.transcript}}
            gold = locate_gold(questions, texts.__getitem__, source=str(path))
            for q in questions:
                calls.clear()
                first = next(iter(tqa.ask(q.question, history=q.history).citations), None)
                if (first is None or first.transcript != q.transcript or first.highlight_start_char is None
                        or not overlaps(first.start_char, first.end_char, gold[q.id])):
                    continue
                match = [c for c in calls if c["shown"] == (first.highlight_start_char, first.highlight_end_char)]
                if match:
                    records.append(dict(match[-1], id=q.id, question=q.question, gold=gold[q.id]))
    finally:
        cite._chosen_units = real
    return records


def kind(question: str) -> str:
    q = question.lower()
    if cite._YES_NO.match(q):
        return "yes/no"
    for word in ("why", "how"):
        if re.search(rf"\b{word}\b", q):
            return word
    return "who/which/where/when" if re.search(r"\b(?:who|whom|which|where|when)\b", q) else "what"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    args = parser.parse_args()
    rows = defaultdict(lambda: [0, 0, 0])
    for r in first_calls(args.indexes):
        b, texts = r["best"], r["texts"]
        if b + 1 >= len(texts):
            continue
        at_best, at_next = overlaps(*r["spans"][b], r["gold"]), overlaps(*r["spans"][b + 1], r["gold"])
        share, ends = r["shares"][b], bool(cite._ENDS_SENTENCE.search(texts[b]))
        points = bool(cite.refers_back([texts[b + 1]])[0]) and not cite.asks([texts[b + 1]])[0]
        long = len(texts[b].split()) + len(texts[b + 1].split()) > 40
        keys = [f"share >= {t}" + extra for t in (0.3, 0.5, 0.7) if share >= t and ends
                for extra, holds in (("", True), (", next points back", points),
                                     (", next points back, the two over 40 words", points and long)) if holds]
        keys += [f"share >= 0.5, {kind(r['question'])}"] if share >= 0.5 else []
        for key in keys:
            row = rows[key]
            row[0] += 1
            row[1] += at_best
            row[2] += at_next and not at_best
    print("| subset | first citations | gold at the best unit | gold at the next only |\n| --- | --- | --- | --- |")
    for key, (n, best, following) in rows.items():
        print(f"| {key} | {n} | {best} | {following} |")


if __name__ == "__main__":
    main()
