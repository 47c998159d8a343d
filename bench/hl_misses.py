"""Classify the dev highlight misses whose first citation is right (dev results only; issue 10, point 3).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl_misses.py bench/out/eval-dev-s15f [--ids REGEX] [--show]

Reads each dev set's results.jsonl (seed, real-dev + unanswerable) of a `bench/eval_sets.py` run; for every
answerable question whose first citation is relevant but whose first highlight misses the gold, splits the cited
text into sentences (`qa.segment.split_sentences`), places the highlight (its offsets in the text) and the gold
quotes (found in the text, white space loosened) and gives one class:
  unplaced        the gold quote is not found verbatim in the cited text (captions, Whisper JSON, an exchange)
  two-units       the gold spans two sentences or more and the highlight touches a neighbour of it
  restate-after   the highlight holds >= 0.5 of the question's content words, the gold is after it
  restate-before  ... the gold is before it
  after / before  the gold after / before the highlight, the highlight restating less
Each is split by distance (sentences between the highlight's last and the gold's first: 1 = next sentence) and by
whether the highlight and the gold together would fit in 40 words.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.rerank import content_stems, word_shares  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

SETS = ("dev-seed", "dev-real+unanswerable")


def find_loose(text: str, quote: str) -> tuple[int, int] | None:
    """The span of `quote` in `text`, white space and quote marks loosened; None when absent."""
    words = [re.escape(w) for w in re.findall(r"\w+", quote)]
    if not words:
        return None
    m = re.search(r"\W+".join(words), text)
    return (m.start(), m.end()) if m else None


def classify(record: dict) -> dict | None:
    met = record["metrics"]
    if not record.get("answerable") or met.get("hit@1") != 1.0 or met.get("highlight@1"):
        return None
    c = record["answer"]["citations"][0]
    text, hs, he = c["text"], c.get("highlight_start"), c.get("highlight_end")
    sents = split_sentences(text) or [(0, len(text))]
    out = {"id": record["id"], "question": record["question"], "highlight": c["highlight"],
           "gold": " | ".join(record["gold_quotes"]), "kind": c.get("kind")}
    spans = [s for s in (find_loose(text, q) for q in record["gold_quotes"]) if s]
    if hs is None or not spans:
        out["class"] = "unplaced"
        return out
    def units(a, b):
        return [i for i, (s, e) in enumerate(sents) if s < b and e > a]
    hu = units(hs, he)
    gu = sorted({i for a, b in spans for i in units(a, b)})
    if not hu or not gu:
        out["class"] = "unplaced"
        return out
    stems = content_stems(record["question"])
    share = float(word_shares(stems, [c["highlight"]])[0]) if stems else 0.0
    gold_words = sum(len(text[sents[i][0]:sents[i][1]].split()) for i in gu)
    hl_words = len(c["highlight"].split())
    out.update(share=round(share, 2), hl_words=hl_words, gold_words=gold_words, gold_units=len(gu),
               fits=hl_words + gold_words <= 40)
    if gu[0] > hu[-1]:
        side, dist = "after", gu[0] - hu[-1]
    elif gu[-1] < hu[0]:
        side, dist = "before", hu[0] - gu[-1]
    else:
        side, dist = "inside", 0  # the gold overlaps the highlight's sentences but not the highlight (a cut unit)
    out["dist"] = dist
    if side == "inside":
        out["class"] = "inside-sentence"
    elif len(gu) > 1 and dist == 1:
        out["class"] = "two-units"
    else:
        out["class"] = ("restate-" if share >= 0.5 else "") + side
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path)
    ap.add_argument("--ids", help="only ids matching this regular expression")
    ap.add_argument("--not-ids", help="not the ids matching this regular expression")
    ap.add_argument("--show", action="store_true", help="print each miss")
    args = ap.parse_args(argv)
    rows = []
    for name in SETS:
        path = args.run / name / "results.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if args.ids and not re.search(args.ids, rec["id"]):
                continue
            if args.not_ids and re.search(args.not_ids, rec["id"]):
                continue
            row = classify(rec)
            if row:
                row["set"] = name
                rows.append(row)
    by = Counter(r["class"] for r in rows)
    print(f"{len(rows)} misses with a relevant first citation")
    for cls, n in by.most_common():
        sub = [r for r in rows if r["class"] == cls]
        dists = Counter(r.get("dist") for r in sub)
        fits = sum(1 for r in sub if r.get("fits"))
        print(f"  {cls:16} {n:3}  distance {dict(sorted(dists.items(), key=lambda x: (x[0] is None, x[0])))}"
              f"  fit in 40 words with the highlight: {fits}")
    if args.show:
        for r in sorted(rows, key=lambda r: (r["class"], r["id"])):
            print(f"\n[{r['class']}] {r['id']} d={r.get('dist')} share={r.get('share')} hl={r.get('hl_words')}w "
                  f"gold={r.get('gold_words')}w/{r.get('gold_units')}u kind={r['kind']}\n  Q: {r['question']}\n"
                  f"  H: {r['highlight'][:220]}\n  G: {r['gold'][:220]}")


if __name__ == "__main__":
    main()
