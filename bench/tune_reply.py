"""A yes/no question's short reply after a restating sentence: record the first citation's highlight choice, replay
`qa.cite.reply_after` over a grid of REPLY_REACH x REPLY_WORDS x RESTATED_SHARE (dev only).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_reply.py collect --indexes bench/out/idx-s16
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_reply.py grid --new '^seed-13\\d\\d$'

`collect` asks every answerable question of the seed and real-dev sets and records, for the passage whose highlight
became the first citation's, what `qa.cite._chosen_units` saw and chose (with the rule in place: the replay applies
`reply_after` on top of the recorded choice, as `_chosen_units` does last, so a rule that does not fire gives the
recorded highlight). `grid` prints per cell the first highlights moved, gained and lost on the gold, old ids and new
(docs/retrieval.md, "A yes/no question's short reply after a restating sentence"). A development tool: it wraps
`qa.cite`'s private choice to see what it saw.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench import collect_or_grid, constants  # noqa: E402
from bench.first_highlights import count_move, first_highlights, overlaps  # noqa: E402

OUT = REPO / "bench" / "out" / "reply"


def collect(indexes: Path) -> list[dict]:
    calls: list[dict] = []
    real = cite._chosen_units

    def recording(units, scored, asked, rest_of, best=None, ahead=False, budget=None):
        with constants(cite, REPLY_REACH=0):  # recorded without the rule, which the replay applies
            chosen = real(units, scored, asked, rest_of, best, ahead, budget)
        calls.append(dict(texts=list(scored.texts), spans=[(u.start_char, u.end_char) for u in units],
                          overlaps=np.asarray(scored.overlaps, np.float32),
                          best=int(np.argmax(scored.scores)) if best is None else int(best),
                          first=list(units).index(chosen.first), last=list(units).index(chosen.last)))
        return chosen

    cite._chosen_units = recording

    def relevance(q, answer, first, gold) -> dict:
        return dict(relevant=bool(first and first.transcript == q.transcript
                                  and overlaps(first.start_char, first.end_char, gold)))
    sets = {"seed": (REPO / "qa/data/seed_questions.jsonl", indexes / "index-seed"),
            "real": (REPO / "bench/questions/real-dev.jsonl", indexes / "index-shared")}
    return first_highlights(sets, calls, None, None, relevance)


def grid(records: list[dict], new: str) -> None:
    for reach in (1, 2, 3):
        for words in (8, 12, 16, 20, 24):
            for share in (0.4, 0.5, 0.6):
                counts = {"old": [0, 0, 0], "new": [0, 0, 0]}
                moved = []
                with constants(cite, REPLY_REACH=reach, REPLY_WORDS=words, RESTATED_SHARE=share):
                    for r in records:
                        c = r["call"]
                        if c is None:
                            continue
                        asked = cite.read_question(r["question"])
                        m = cite.reply_after(asked, c["texts"], c["overlaps"], c["best"], c["first"], c["last"])
                        if m is None or tuple(m) == (c["first"], c["last"]):
                            continue
                        was = bool(r["hl_hit"])
                        now = overlaps(c["spans"][m[0]][0], c["spans"][m[1]][1], r["gold"])
                        count_move(counts, moved, r["id"], new, was, now)
                print(f"reach {reach} words {words} share {share}: old moved/+/- {counts['old']} "
                      f"new {counts['new']} | {' '.join(moved)}", flush=True)


def main() -> None:
    collect_or_grid(__doc__, OUT, collect, grid, r"^seed-13\d\d$")


if __name__ == "__main__":
    main()
