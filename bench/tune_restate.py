"""The answer beside a sentence restating the question: record the first citation's highlight choice, replay rules.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_restate.py collect --not-ids '^dev-hl-(97[7-9]|98\\d|99\\d)$'
    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_restate.py collect --ids '^dev-hl-(97[7-9]|98\\d|99\\d)$' \\
        --records records-new.pkl
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_restate.py profile      # the restating best units: gold where
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_restate.py features     # what tells the answer after it
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_restate.py grid         # the rule and its control

`collect` asks every answerable question of the seed and real-dev sets (dev only) over the indexes in bench/out
(index-seed, index-shared) and records, for the passage whose highlight became the first citation's, what
`qa.cite._chosen_units` saw (unit texts, file spans, shares of the question's words, stored vectors, cosines, scores,
the best unit, the chosen first and last) and the question's vector and gold spans. The replay changes only that
choice, so with no rule it gives the recorded highlight@1 (checked). A development tool: it wraps `qa.cite`'s private
choice to see what it saw (docs/retrieval.md, "The sentence after a restating one, by what it adds").
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench.first_highlights import first_highlights, overlaps  # noqa: E402
from qa.config import BUNDLED_CORPUS  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
OUT = REPO / "bench" / "out" / "restate"
SETS = {"seed": (REPO / "qa/data/seed_questions.jsonl", BUNDLED_CORPUS, REPO / "bench/out/index-seed"),
        "real": (REPO / "bench/questions/real-dev.jsonl", SHARED, REPO / "bench/out/index-shared")}
MAX_WORDS = 40


def collect(ids: str | None, not_ids: str | None) -> list[dict]:
    calls: list[dict] = []
    real = cite._chosen_units

    def recording(units, scored, asked, rest_of, best=None, ahead=False, budget=None):
        chosen = real(units, scored, asked, rest_of, best, ahead, budget)
        calls.append(dict(texts=list(scored.texts), spans=[(u.start_char, u.end_char) for u in units],
                          overlaps=np.asarray(scored.overlaps, np.float32),
                          vectors=None if scored.vectors is None else np.asarray(scored.vectors, np.float32),
                          cosines=None if scored.similarities is None else np.asarray(scored.similarities, np.float32),
                          scores=np.asarray(scored.scores, np.float32),
                          best=int(np.argmax(scored.scores)) if best is None else int(best),
                          first=list(units).index(chosen.first), last=list(units).index(chosen.last),
                          stems=asked.stems, kind=asked.kind, typed=asked.typed is not None))
        return chosen

    cite._chosen_units = recording
    cite.STANCE_HANDOVER_SHARE = 2.0  # recorded without the rule, which the replay applies

    def relevance(q, answer, first, gold) -> dict:
        return dict(answered=answer.answerable, relevant=bool(first and first.transcript == q.transcript
                                                                  and overlaps(first.start_char, first.end_char, gold)))
    return first_highlights({name: (path, index) for name, (path, _, index) in SETS.items()}, calls, ids, not_ids,
                            relevance)


def on_gold(call: dict, first: int, last: int, gold) -> bool:
    return overlaps(call["spans"][first][0], call["spans"][last][1], gold)


def fits(call: dict, a: int, b: int) -> bool:
    return sum(len(t.split()) for t in call["texts"][a:b + 1]) <= MAX_WORDS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("collect", "profile", "features", "grid"))
    ap.add_argument("--ids")
    ap.add_argument("--not-ids")
    ap.add_argument("--records", default="records-old.pkl")
    args = ap.parse_args()
    path = OUT / args.records
    if args.what == "collect":
        OUT.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(collect(args.ids, args.not_ids)))
        return
    records = pickle.loads(path.read_bytes())
    from bench import restate_rules  # the rules, apart from the recording
    getattr(restate_rules, args.what)(records)


if __name__ == "__main__":
    main()
