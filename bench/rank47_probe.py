"""rank47's probes over a run's per-question results (bench/eval_sets.py --out RUN: RUN/<set>/results.jsonl), reading
the citations as ranked and the form of answer each question asks (qa.cite.asked_form; docs/retrieval.md, "rank47"):

    python bench/rank47_probe.py measure RESULTS [RESULTS ...]   # gold at 2-5 / at 1, by who gives the asked form
    python bench/rank47_probe.py simulate RESULTS [RESULTS ...]  # reorderings of the first K citations by the form
    python bench/rank47_probe.py soft RESULTS [RESULTS ...]      # a gain D to a citation that gives it, re-sorted

A citation "gives" the form when its highlight (the unit the re-ranking and the highlight choose alike) gives it
(qa.cite.gives_form), and "restates" when the highlight holds at least qa.cite.RESTATED_SHARE of the question's
content words (qa.rerank.content_stems). `simulate` is exact for a rule that only reorders the first citations: a
first citation whose highlight gives no form yields to the first of citations 2..K whose highlight gives it (K = 3,
4, 5), optionally only when [1] restates, and only of [1]'s recording ("rec") or speaker ("spk"); it counts first
citations moved onto gold (+) and off it (-). `soft` approximates a weight: each of the first K citations whose
highlight gives the form gains D on its cited score and the first K are re-sorted (approximate: the cited score is
the ranking's last, and a weight on every unit can lift a passage through a unit other than its highlight); "no
reason" leaves out the why-questions (qa.cite.asked_kind "reason"), whose reason cues the re-ranking weighs already.
It reads the files only; it asks nothing.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa.cite import RESTATED_SHARE, asked_form, asked_kind, gives_form  # noqa: E402
from qa.rerank import content_stems, word_shares  # noqa: E402


def _answered(paths):
    for path in paths:
        for line in open(path, encoding="utf-8"):
            x = json.loads(line)
            if x["answerable"] and x["answer"]["answerable"] and x["answer"]["citations"]:
                yield x


def _gold(c, x):
    return any(c["start_char"] < e and s < c["end_char"] for s, e in x["gold"])


def _gives(form, c):
    return bool(gives_form(form, [c.get("highlight") or ""])[0])


def _restates(stems, c):
    return bool(stems) and float(word_shares(stems, [c.get("highlight") or ""])[0]) >= RESTATED_SHARE


def _rows(paths):
    for x in _answered(paths):
        form = asked_form(x["question"])
        if form:
            yield x, form, content_stems(x["question"])


def measure(paths):
    counts = collections.Counter()
    for x, form, stems in _rows(paths):
        r, cs = x["first_relevant_rank"], x["answer"]["citations"]
        counts[form, "asked"] += 1
        if r == 1:
            g1 = _gives(form, cs[0])
            other = any(_gives(form, c) for c in cs[1:5])
            counts[form, "at 1"] += 1
            if not g1 and other:
                counts[form, "at 1: [1] gives none, one of [2-5] gives (risk)"] += 1
                if _restates(stems, cs[0]):
                    counts[form, "at 1: ... and [1] restates (risk)"] += 1
        elif r and 2 <= r <= 5:
            g1, gg = _gives(form, cs[0]), _gives(form, cs[r - 1])
            counts[form, "at 2-5"] += 1
            counts[form, f"at 2-5: gold gives {int(gg)}, [1] gives {int(g1)}"] += 1
            if gg and not g1 and _restates(stems, cs[0]):
                counts[form, "at 2-5: gold gives, [1] restates and gives none"] += 1
    for key in sorted(counts):
        print(f"{counts[key]:5d}  {key[0]:10s} {key[1]}")


def _count(moves):
    gain = [i for i, before, after in moves if after and not before]
    loss = [i for i, before, after in moves if before and not after]
    return f"fired {len(moves)}, +{len(gain)} -{len(loss)}  + {gain[:8]}  - {loss[:8]}"


def simulate(paths):
    rows = list(_rows(paths))
    for k in (3, 4, 5):
        for restating in (False, True):
            for same in ("any", "rec", "spk"):
                moves = []
                for x, form, stems in rows:
                    cs = x["answer"]["citations"]
                    if _gives(form, cs[0]) or (restating and not _restates(stems, cs[0])):
                        continue
                    j = next((i for i, c in enumerate(cs[1:k], 1) if _gives(form, c) and (
                        same == "any" or c["transcript"] == cs[0]["transcript"] and (
                            same == "rec" or c["speaker"] == cs[0]["speaker"]))), None)
                    if j is not None:
                        moves.append((x["id"], _gold(cs[0], x), _gold(cs[j], x)))
                print(f"K {k} restating {int(restating)} {same}: {_count(moves)}")


def soft(paths):
    rows = list(_rows(paths))
    for label, keep in (("all", lambda q: True), ("no reason", lambda q: asked_kind(q) != "reason")):
        for k in (3, 5):
            for d in (0.02, 0.05, 0.1, 0.2):
                moves = []
                for x, form, _ in rows:
                    if not keep(x["question"]):
                        continue
                    cs = x["answer"]["citations"][:k]
                    new = max(range(len(cs)), key=lambda i: cs[i]["score"] + d * _gives(form, cs[i]))
                    if new:
                        moves.append((x["id"], _gold(cs[0], x), _gold(cs[new], x)))
                print(f"{label} K {k} D {d}: {_count(moves)}")


if __name__ == "__main__":
    {"measure": measure, "simulate": simulate, "soft": soft}[sys.argv[1]](sys.argv[2:])
