"""Which highlights make up the answer text: record, for the development sets' answerable questions, every
citation the answer text could take (its highlight's cosine, role, file span), then replay rules offline.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_answer_text.py collect     # writes bench/out/answer-text/dev.pkl
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_answer_text.py rules       # the rules side by side
    ... collect --split test|fresh, then rules --split test|fresh           # held out: report only, never tune

Per pair of margins (the highlight's cosine against the best one's, `qa.cite.ANSWER_MARGIN`; the passage's
ranking score against the best one's, `ANSWER_SCORE_MARGIN`): "holds gold", the share of questions whose answer
text holds a highlight on a gold quote (what the answer line must not lose); "on gold", the share of the answer
text's highlights that lie on a gold quote, and "from a relevant passage" the share that come from a passage
holding one (over all highlights of all questions); and the answer text's mean words. A development tool: it records what `qa.cite.answer_text` is handed.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite  # noqa: E402
from bench.tune_answer import CORPORA_UNITS, QUESTIONS, open_set, overlaps  # noqa: E402

OUT = REPO / "bench" / "out" / "answer-text"
SEEDS = {"dev": "seed_questions.jsonl", "test": "seed_questions_heldout.jsonl", "fresh": "seed_questions_fresh.jsonl"}
SETS = {split: {"seed": (REPO / "qa" / "data" / seed, "seed"), "real": (QUESTIONS / f"real-{split}.jsonl", "shared"),
                "conversations": (QUESTIONS / f"conversations-{split}.jsonl", "shared")}
        for split, seed in SEEDS.items()}


def collect(split: str) -> list[dict]:
    """Ask every answerable question of `split` and record the citations handed to the answer text."""
    seen: dict = {}
    real = qa.cite.answer_text

    def recording(cited, asking=False):
        seen["cited"] = [dict(rank=h.citation.rank, similarity=h.similarity, role=h.citation.role,
                              transcript=h.citation.transcript, start=h.citation.highlight_start_char,
                              end=h.citation.highlight_end_char, words=len(h.citation.highlight.split()),
                              passage=(h.citation.start_char, h.citation.end_char), score=h.citation.score)
                         for h in cited]
        seen["asking"] = asking
        return real(cited, asking)

    qa.cite.answer_text = recording
    records = []
    for set_name, (path, corpus_name) in SETS[split].items():
        tqa, questions, gold = open_set(path, *CORPORA_UNITS[corpus_name], answerable_only=True)
        for q in questions:
            seen.clear()
            answer = tqa.ask(q.question, history=q.history)
            if not answer.answerable or "cited" not in seen:
                continue
            for c in seen["cited"]:
                c["gold"] = c["transcript"] == q.transcript and overlaps(c["start"], c["end"], gold[q.id])
                c["relevant"] = c["transcript"] == q.transcript and overlaps(*c["passage"], gold[q.id])
            records.append(dict(set=set_name, id=q.id, cited=seen["cited"], asking=seen["asking"],
                                answer=answer.answer))
        print(f"{set_name}: {len(questions)} answerable", file=sys.stderr)
    return records


def choose(cited: list[dict], asking: bool, margin: float, score_margin: float) -> list[dict]:
    """The answer text's citations as qa.cite.answer_text picks them, with its two margins as given."""
    scored = [c for c in cited if c["similarity"] is not None]
    pool = [c for c in scored if (c["role"] == "question") == asking] or scored or cited[:1]
    top, best = max((c["similarity"] or 0.0) for c in pool), max(c["score"] for c in pool)
    chosen = [c for c in pool if (c["similarity"] or 0.0) >= margin * top
              and c["score"] >= score_margin * best][:qa.cite.ANSWER_CITATIONS]
    return chosen if pool[0] in chosen else [pool[0], *chosen[:qa.cite.ANSWER_CITATIONS - 1]]


def rules(records: list[dict]) -> None:
    print("| highlight margin | passage margin | set | holds gold | on gold | from a relevant passage | words |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for margin in (0.7, 0.8):
        for score_margin in (0.0, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0):
            for set_name in ("seed", "real", "conversations", "all"):
                rows = [r for r in records if set_name in ("all", r["set"])]
                chosen = [choose(r["cited"], r["asking"], margin, score_margin) for r in rows]
                held = np.mean([any(c["gold"] for c in cs) for cs in chosen])
                on_gold = np.mean([c["gold"] for cs in chosen for c in cs])
                relevant = np.mean([c["relevant"] for cs in chosen for c in cs])
                words = np.mean([sum(c["words"] for c in cs) for cs in chosen])
                print(f"| {margin} | {score_margin} | {set_name} ({len(rows)}) | {held:.3f} | {on_gold:.3f} | "
                      f"{relevant:.3f} | {words:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("collect", "rules"))
    parser.add_argument("--split", default="dev", choices=tuple(SETS))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.what == "collect":
        (OUT / f"{args.split}.pkl").write_bytes(pickle.dumps(collect(args.split)))
    else:
        rules(pickle.loads((OUT / f"{args.split}.pkl").read_bytes()))


if __name__ == "__main__":
    main()
