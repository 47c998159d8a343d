"""What a shown highlight grown by one sentence beside it would gain and cost (hl57; issue 10 point 3; dev runs only).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl57/neighbours.py RUN [--show COND] [--ids REGEX]

For every right first citation outside caption files (seed, real + unanswerable, conversations of a
`bench/eval_sets.py` run), splits the cited text into sentences (`qa.segment.split_sentences`), places the first
highlight and the gold (as `bench/hl42_classes.py`), and for each candidate condition counts the highlights that
would take in the sentence before / after the highlight (the whole within 40 words), the misses that this would
turn into hits (the gold in the sentence taken in), and the words added. Measurement only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from hl42_classes import CAPTIONS, gold_in_text, records  # noqa: E402
from qa.cite import _OPENS_BACK, _REFERS_BACK, asks  # noqa: E402
from qa.rerank import content_stems, word_shares  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

LIMIT = 40


def nwords(text: str) -> int:
    return len(text.split())


def rows_of(runs, ids):
    for name, rec in records(runs):
        if ids and not re.search(ids, rec["id"]):
            continue
        if not rec.get("answerable") or rec["metrics"].get("hit@1") != 1.0:
            continue
        if rec.get("transcript", "").endswith(CAPTIONS):
            continue
        c = rec["answer"]["citations"][0]
        text, hs, he = c["text"], c.get("highlight_start"), c.get("highlight_end")
        spans = gold_in_text(rec, c)
        if hs is None or not spans:
            continue
        sents = split_sentences(text) or [(0, len(text))]
        hu = [i for i, (s, e) in enumerate(sents) if s < he and e > hs]
        gu = sorted({i for a, b in spans for i in range(len(sents)) if sents[i][0] < b and sents[i][1] > a})
        if not hu or not gu:
            continue
        hit = bool(rec["metrics"].get("highlight@1"))
        hl = c["highlight"]
        before = text[sents[hu[0] - 1][0]:sents[hu[0] - 1][1]] if hu[0] > 0 else None
        after = text[sents[hu[-1] + 1][0]:sents[hu[-1] + 1][1]] if hu[-1] + 1 < len(sents) else None
        stems = content_stems(rec["question"])
        yield {"set": name, "id": rec["id"], "q": rec["question"], "hl": hl, "hit": hit, "hw": nwords(hl),
               "hn": len(hu), "before": before, "after": after,
               "gold_before": not hit and hu[0] - 1 in gu, "gold_after": not hit and hu[-1] + 1 in gu,
               "share": float(word_shares(stems, [hl])[0]) if stems else 0.0,
               "b_share": float(word_shares(stems, [before])[0]) if stems and before else 0.0,
               "a_share": float(word_shares(stems, [after])[0]) if stems and after else 0.0,
               "gold": " | ".join(rec["gold_quotes"])}


def opens_back(t):
    return bool(t and _OPENS_BACK.match(t))


def refers(t):
    return bool(t and _REFERS_BACK.search(t))


def ends_colon(t):
    return bool(t and t.rstrip().endswith(":"))


CONDS = {
    # side, condition on the row
    "before: any": ("before", lambda r: True),
    "before: hl opens back": ("before", lambda r: opens_back(r["hl"])),
    "before: hl <= 12w": ("before", lambda r: r["hw"] <= 12),
    "before: hl <= 20w": ("before", lambda r: r["hw"] <= 20),
    "before: hl one sentence": ("before", lambda r: r["hn"] == 1),
    "before: says more q words": ("before", lambda r: r["b_share"] > r["share"]),
    "before: hl opens back, before says >= q words": ("before", lambda r: opens_back(r["hl"])
                                                      and r["b_share"] >= r["share"]),
    "after: any": ("after", lambda r: True),
    "after: hl <= 12w": ("after", lambda r: r["hw"] <= 12),
    "after: hl <= 20w": ("after", lambda r: r["hw"] <= 20),
    "after: hl one sentence": ("after", lambda r: r["hn"] == 1),
    "after: hl ends ':'": ("after", lambda r: ends_colon(r["hl"])),
    "after: after opens back": ("after", lambda r: opens_back(r["after"])),
    "after: hl restates (>=0.5)": ("after", lambda r: r["share"] >= 0.5),
    "after: hl restates, after < half": ("after", lambda r: r["share"] >= 0.5 and r["a_share"] < 0.5),
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--ids")
    ap.add_argument("--show")
    args = ap.parse_args(argv)
    rows = list(rows_of(args.runs, args.ids))
    miss = [r for r in rows if not r["hit"]]
    print(f"{len(rows)} right first citations outside captions, {len(miss)} highlight misses; "
          f"gold the sentence right before {sum(r['gold_before'] for r in miss)}, right after "
          f"{sum(r['gold_after'] for r in miss)}; mean highlight {sum(r['hw'] for r in rows) / len(rows):.1f} words")
    fitb = sum(r["gold_before"] and r["hw"] + nwords(r["before"]) <= LIMIT for r in miss)
    fita = sum(r["gold_after"] and r["hw"] + nwords(r["after"]) <= LIMIT for r in miss)
    print(f"  of those, fit with the highlight in {LIMIT} words: before {fitb}, after {fita}")
    print(f"  {'condition':48} {'grown':>6} {'gains':>6}  per set  words added (mean on grown)")
    for cond, (side, ok) in CONDS.items():
        grown, gains, added = 0, Counter(), 0
        for r in rows:
            other = r[side]
            if not other or asks([other])[0] or r["hw"] + nwords(other) > LIMIT or not ok(r):
                continue
            grown += 1
            added += nwords(other)
            if r["gold_" + side]:
                gains[r["set"]] += 1
        print(f"  {cond:48} {grown:6} {sum(gains.values()):6}  {dict(gains)}  "
              f"{added / max(grown, 1):.1f} (+{added / len(rows):.2f} over all)")
    if args.show:
        side, ok = CONDS[args.show]
        for r in miss:
            other = r[side]
            if r["gold_" + side] and other and ok(r):
                fit = r["hw"] + nwords(other) <= LIMIT
                print(f"\n{r['id']} hl={r['hw']}w/{r['hn']}s other={nwords(other)}w fit={fit} share={r['share']:.2f}"
                      f"\n  Q: {r['q']}\n  H: {r['hl'][:240]}\n  G: {r['gold'][:240]}")


if __name__ == "__main__":
    main()
