"""hl61's first measurement (issue 10 point 3; development runs only: dev and fresh4).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl61/measure.py RUN [--show naming|restate]

Over every right first citation (hit@1) of a run's sets, two classes a highlight rule could take:
  naming   the question asks a name ("what did X call ...", "what's the name of ...", "what is it called", "what
           term ..."): misses and hits, and for each whether the highlight / the gold / another sentence of the
           cited text gives a name ("call(ed)", "named", "name is", "known as", "term");
  restate  the highlight holds >= 0.5 of the question's content words (it restates the question): how often the
           gold is the next sentence (a miss a "move to the next sentence" rule would gain) against the hits whose
           highlight restates as much (the right highlights such a rule would move).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from hl42_classes import classify, gold_in_text, records  # noqa: E402
from qa.rerank import content_stems, word_shares  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

ASKS_NAME = re.compile(r"\b(?:call(?:s|ed)?|name[sd]?|term(?:ed)?|dub(?:s|bed)?|refer(?:s|red)? to (?:it|this|that)"
                       r"|known as|label(?:s|led)?)\b", re.IGNORECASE)
GIVES_NAME = re.compile(r"\b(?:I|we|they|you|he|she|people|it's|it is|is|was|are|were)\s+(?:\w+\s+)?call(?:s|ed)?\b"
                        r"|\bcall(?:s|ed)?\s+(?:it|this|that|them|these|those|him|her)\b|\bcalled\b|\bnamed\b"
                        r"|\bname (?:is|was)\b|\bknown as\b|\bterm\b|\bdubbed\b", re.IGNORECASE)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--show", choices=("naming", "restate", "restate-hit"))
    args = ap.parse_args(argv)
    naming = Counter()
    restate = Counter()
    for name, rec in records(args.runs):
        met = rec["metrics"]
        if not rec.get("answerable") or met.get("hit@1") != 1.0:
            continue
        c = rec["answer"]["citations"][0]
        hit = met.get("highlight@1") is True
        q = rec["question"]
        text, hs, he = c["text"], c.get("highlight_start"), c.get("highlight_end")
        if hs is None:
            continue
        sents = split_sentences(text) or [(0, len(text))]
        hu = [i for i, (s, e) in enumerate(sents) if s < he and e > hs]
        spans = gold_in_text(rec, c)
        gu = sorted({i for a, b in spans for i, (s, e) in enumerate(sents) if s < b and e > a})
        if ASKS_NAME.search(q) and re.match(r"\s*(?:what|which|how)\b", q, re.IGNORECASE):
            hl_gives = bool(GIVES_NAME.search(c["highlight"]))
            gold_gives = any(GIVES_NAME.search(g) for g in rec["gold_quotes"])
            other = any(GIVES_NAME.search(text[s:e]) for i, (s, e) in enumerate(sents) if i not in hu)
            key = (name, "hit" if hit else "miss", f"hl{int(hl_gives)}", f"gold{int(gold_gives)}", f"oth{int(other)}")
            naming[key] += 1
            if args.show == "naming":
                print(f"[{'HIT ' if hit else 'MISS'}] {name} {rec['id']} {key[2:]}\n  Q: {q}\n  H: {c['highlight'][:200]}"
                      f"\n  G: {' | '.join(rec['gold_quotes'])[:200]}")
        stems = content_stems(q)
        share = float(word_shares(stems, [c["highlight"]])[0]) if stems else 0.0
        if share < 0.5 or not hu or hu[-1] + 1 >= len(sents):
            continue
        nxt = text[sents[hu[-1] + 1][0]:sents[hu[-1] + 1][1]]
        nshare = float(word_shares(stems, [nxt])[0]) if stems else 0.0
        hw = len(c["highlight"].split())
        if hit:
            restate[(name, "hit", "hl-short" if hw <= 15 else "hl-long")] += 1
            if args.show == "restate-hit":
                print(f"[HIT] {name} {rec['id']} hw={hw} ns={nshare:.2f}\n  Q: {q}\n  H: {c['highlight'][:200]}\n  N: {nxt[:200]}")
        else:
            row = classify(rec)
            if row and row["class"] == "restate-after" and row["dist"] == 1:
                restate[(name, "miss-next", "hl-short" if hw <= 15 else "hl-long")] += 1
                if args.show == "restate":
                    print(f"[MISS] {name} {rec['id']} hw={hw} ns={nshare:.2f}\n  Q: {q}\n  H: {c['highlight'][:200]}"
                          f"\n  N: {nxt[:200]}\n  G: {' | '.join(rec['gold_quotes'])[:200]}")
    print("naming questions (set, highlight, highlight gives a name, gold gives one, another sentence gives one):")
    for k, v in sorted(naming.items()):
        print(f"  {k}: {v}")
    print("restating highlights with a next sentence (set, outcome, highlight <= 15 words):")
    for k, v in sorted(restate.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
