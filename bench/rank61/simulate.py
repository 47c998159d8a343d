"""rank61, step 2: the rule simulated on a run's citations. A standalone question whose wording asks a reason, a
view or an intent (`asked_kind`); the first passage holds no unit of that kind (`holds_kind`); the first of the next
DEPTH-1 passages that holds one, its ranking score at least SHARE of the first's, goes first. Gain: it overlaps the
gold and [1] did not; loss: the reverse.

    PYTHONPATH=. python bench/rank61/simulate.py RUN [--kinds reason,intent] [--depth 2] [--share 0.95] [--list]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from qa.answerable import text_stems
from qa.rerank import content_stems
from qa.cite import asked_kind, holds_kind

WORDS = 0  # --words N: the unit that gives the kind holds at least N of the question's content words
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def said_with(kind, text, stems):
    """The most question content words any sentence of `text` that gives `kind` holds."""
    parts = [p for p in _SENTENCE.split(text) if p.strip()]
    held = holds_kind(kind, parts)
    return max((len(stems & text_stems(p)) for p, h in zip(parts, held) if h), default=0)


HIGHLIGHT = False  # --highlight: the later passage's highlight holds the kind, not only its text
LOOSE = None  # --loose: [1] read loosely for a reason (any word that may give one)
_LOOSE = re.compile(r"\b(?:so|since|reasons?|why|thus|therefore|hence|order\s+to|due\s+to|given)\b", re.IGNORECASE)


def overlaps(c, spans):
    return any(c["start_char"] < e and c["end_char"] > s for s, e in spans)


def moved(cites, question, kinds, depth, share):
    kind = asked_kind(question)
    if kind not in kinds or len(cites) < 2:
        return None
    texts = [c["text"] for c in cites[:depth]]
    held = holds_kind(kind, texts)
    if HIGHLIGHT:
        held[1:] = holds_kind(kind, [c["highlight"] for c in cites[1:depth]])
    if held[0] or (LOOSE and kind == "reason" and LOOSE.search(texts[0])):
        return None
    top = cites[0]["score"]
    stems = content_stems(question)
    return next((i for i in range(1, len(texts)) if held[i] and cites[i]["score"] >= share * top
                 and (WORDS <= 0 or said_with(kind, texts[i], stems) >= WORDS)), None)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("run")
    p.add_argument("--kinds", default="reason,intent,opinion")
    p.add_argument("--depth", type=int, default=2)
    p.add_argument("--share", type=float, default=0.95)
    p.add_argument("--list", action="store_true")
    p.add_argument("--ids", default=None, help="a file of ids to keep")
    p.add_argument("--loose", action="store_true")
    p.add_argument("--highlight", action="store_true")
    p.add_argument("--words", type=int, default=0)
    a = p.parse_args()
    global LOOSE, HIGHLIGHT, WORDS
    WORDS = a.words
    HIGHLIGHT = a.highlight
    LOOSE = _LOOSE if a.loose else None
    keep = set(open(a.ids).read().split()) if a.ids else None
    kinds = set(a.kinds.split(","))
    counts: Counter = Counter()
    run = Path(a.run)
    parts = [d.name for d in run.iterdir() if (d / "results.jsonl").exists()] if run.is_dir() else []
    for part in parts:
        tag = "seed" if "seed" in part else "conv" if "conv" in part else "real"
        for line in open(run / part / "results.jsonl"):
            r = json.loads(line)
            if r["history"] or (keep is not None and r["id"] not in keep):
                continue
            cites = r["answer"]["citations"]
            i = moved(cites, r["question"], kinds, a.depth, a.share)
            if i is None:
                continue
            counts[(tag, "moved")] += 1
            if not r["gold"]:
                continue
            was, now = overlaps(cites[0], r["gold"]), overlaps(cites[i], r["gold"])
            key = "+" if now and not was else "-" if was and not now else "="
            counts[(tag, key)] += 1
            if a.list and key != "=":
                print(key, tag, r["id"], asked_kind(r["question"]), r["question"])
    for k in sorted(counts):
        print(*k, counts[k], sep="\t")


if __name__ == "__main__":
    main()
