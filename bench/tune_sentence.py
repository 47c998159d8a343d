"""The whole sentence, not the part of it a unit holds: record the first citation's highlight choice, replay
`qa.cite.whole_sentence` over SENTENCE_HIGHLIGHT_WORDS, beside a control that grows the highlight by as many words
outside the sentence (dev only).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_sentence.py collect --indexes bench/out/idx-s20
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_sentence.py grid --new '^seed-14[5-7]\\d$'

`collect` asks every answerable question of the seed and real-dev sets and records, for the passage whose highlight
became the first citation's, what `qa.cite._chosen_units` saw and chose with the rule off (the highlight and the
cited window). `grid` replays the rule on top, as `_chosen_units` does last (the whole sentence only inside the
window), and prints per cell the first highlights moved, gained and lost on the gold, old ids and new, the words
they gain, and the control's count (docs/retrieval.md, "The whole sentence, not the part of it a unit holds"). A
development tool: it wraps `qa.cite`'s private choice to see what it saw.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench import collect_or_grid, constants  # noqa: E402
from bench.first_highlights import count_move, dev_sets, first_highlights, overlaps  # noqa: E402

OUT = REPO / "bench" / "out" / "sentence"
WORDS = (45, 50, 55, 60, 70, 80)


def collect(indexes: Path) -> list[dict]:
    calls: list[dict] = []
    real = cite._chosen_units

    def recording(units, scored, asked, rest_of, best=None, ahead=False, budget=None):
        with constants(cite, SENTENCE_HIGHLIGHT_WORDS=0):  # recorded without the rule, which the replay applies
            chosen = real(units, scored, asked, rest_of, best, ahead, budget)
        units = list(units)
        calls.append(dict(texts=list(scored.texts), spans=[(u.start_char, u.end_char) for u in units],
                          scores=list(map(float, scored.scores)),
                          best=int(max(range(len(units)), key=lambda i: scored.scores[i])) if best is None
                          else int(best), first=units.index(chosen.first), last=units.index(chosen.last),
                          window=(units.index(chosen.window_first), units.index(chosen.window_last))))
        return chosen

    cite._chosen_units = recording
    return first_highlights(dev_sets(indexes), calls, None, None)


def _control(c: dict, grown: int) -> tuple[int, int]:
    """The highlight grown by at least `grown` words over whole units outside its best unit's sentence, the
    better-scoring side first: whether length alone reaches the gold."""
    texts, first, last = c["texts"], c["first"], c["last"]
    inside = cite.sentence_around(texts, c["best"])
    got = 0
    while got < grown:
        sides = [n for n in (first - 1, last + 1) if 0 <= n < len(texts) and not inside[0] <= n <= inside[1]]
        if not sides:
            break
        n = max(sides, key=lambda i: c["scores"][i])
        got += len(texts[n].split())
        first, last = min(first, n), max(last, n)
    return first, last


def grid(records: list[dict], new: str) -> None:
    for words in WORDS:
        counts = {"old": [0, 0, 0], "new": [0, 0, 0]}
        control = [0, 0]
        added, moved = 0, []
        with constants(cite, SENTENCE_HIGHLIGHT_WORDS=words):
            for r in records:
                c = r["call"]
                if c is None:
                    continue
                m = cite.whole_sentence(c["texts"], c["first"], c["last"], c["best"])
                if m is None or not c["window"][0] <= m[0] <= m[1] <= c["window"][1]:
                    continue
                grown = cite.span_words(c["texts"], *m) - cite.span_words(c["texts"], c["first"], c["last"])
                added += grown
                was = bool(r["hl_hit"])
                now = overlaps(c["spans"][m[0]][0], c["spans"][m[1]][1], r["gold"])
                count_move(counts, moved, r["id"], new, was, now)
                a, b = _control(c, grown)
                then = overlaps(c["spans"][a][0], c["spans"][b][1], r["gold"])
                control[0] += then and not was
                control[1] += was and not then
        print(f"words {words}: old moved/+/- {counts['old']} new {counts['new']} words added {added} "
              f"(of {len(records)} first highlights) control +/- {control} | {' '.join(moved)}", flush=True)


def main() -> None:
    collect_or_grid(__doc__, OUT, collect, grid, r"^seed-14[5-7]\d$")


if __name__ == "__main__":
    main()
