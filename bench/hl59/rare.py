"""How many highlight misses of right first citations hold only the question's shared words while the gold holds a
question word no other sentence of the cited text holds (helper hl59, issue 10 point 3; dev runs only).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl59/rare.py RUN [--show CLASS]

For every answerable question of a `bench/eval_sets.py` run whose first citation is right (hit@1), outside caption
files, the cited text is split into sentences (`qa.segment.split_sentences`); a question stem is "rare" when exactly
one sentence holds it. Counts, among misses (highlight@1 false): `gold-rare` (a gold sentence holds a rare stem and
the highlight's sentences hold none); among hits: `other-rare` (a sentence outside the highlight holds a rare stem
the highlight lacks, the highlight holding none: what a rule of that form would move off the gold).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.hl42_classes import CAPTIONS, gold_in_text  # noqa: E402
from qa.rerank import content_stems  # noqa: E402
from qa.segment import split_sentences  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("--show", default="")
    ap.add_argument("--ids-out", help="write the ids of both classes here (a regular expression, for cite_grid)")
    args = ap.parse_args()
    ids: list[str] = []
    counts: Counter = Counter()
    for path in sorted(Path(args.run).glob("*/results.jsonl")):
        name = path.parent.name
        for line in path.open():
            r = json.loads(line)
            met = r.get("metrics") or {}
            if not r.get("answerable") or met.get("hit@1") != 1.0 or r["transcript"].endswith(CAPTIONS):
                continue
            c = r["answer"]["citations"][0]
            hs, he = c.get("highlight_start"), c.get("highlight_end")
            spans = gold_in_text(r, c)
            if hs is None or not spans:
                continue
            text = c["text"]
            sents = split_sentences(text) or [(0, len(text))]
            stems = content_stems(r["question"])
            held = [content_stems(text[s:e]) & stems for s, e in sents]
            df = Counter(s for h in held for s in h)
            rare = [{s for s in h if df[s] == 1} for h in held]
            hu = [i for i, (s, e) in enumerate(sents) if s < he and e > hs]
            gu = [i for i, (s, e) in enumerate(sents) if any(s < b and e > a for a, b in spans)]
            hl_rare = set().union(*(rare[i] for i in hu)) if hu else set()
            hit = met.get("highlight@1") is True
            counts[name, "right-first"] += 1
            counts[name, "hl-hit" if hit else "hl-miss"] += 1
            cls = None
            hl_held = set().union(*(held[i] for i in hu)) if hu else set()
            shared = "shared" if hl_held else "none"
            if not hit and not hl_rare and any(rare[i] for i in gu if i not in hu):
                cls = f"gold-rare-{shared}"
            elif hit and not hl_rare and any(rare[i] for i in range(len(sents)) if i not in hu):
                cls = f"other-rare-{shared}"
            if cls:
                counts[name, cls] += 1
                ids.append(r["id"])
                if args.show == cls:
                    print(f"{r['id']}: {r['question']}\n  HL: {c['highlight'][:200]}"
                          f"\n  GOLD: {r['gold_quotes'][0][:200]}"
                          f"\n  held: {[sorted(x) for x in held]} hl={hu} gold={gu}\n")
    if args.ids_out:
        Path(args.ids_out).write_text("^(" + "|".join(re.escape(i) for i in ids) + ")$\n", encoding="utf-8")
    for k in sorted(counts):
        print(*k, counts[k])


if __name__ == "__main__":
    main()
