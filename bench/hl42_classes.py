"""The highlight misses of a right first citation, by class, over every set of a run (seed, real, conversations;
issue 10 point 3; development runs only: dev and fresh4).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl42_classes.py RUN [RUN ...] [--ids REGEX] [--show] [--hits]

Reads each `*/results.jsonl` of a `bench/eval_sets.py` run directory. For every answerable question whose first
citation holds gold (hit@1) but whose first highlight does not (highlight@1 false), it places the highlight and the
gold in the cited text by their file offsets (the citation's turns map file offsets to its text), splits the text
into sentences (`qa.segment.split_sentences`) and gives one class:
  eval-repeat     the evaluation's: the highlight says a gold quote's words (>= 0.8 of each's words in the other)
                  where the gold was placed elsewhere (a sentence the transcript says twice)
  eval-words      the evaluation's: >= 0.5 of the highlight's content words are a gold quote's, the spans apart
  other-turn      an exchange: the gold lies in another turn than the highlight (the reporter's question / reply)
  outside         the gold's cited part is not in the cited text (the citation holds it only at its edge)
  inside          the gold and the highlight share a sentence (a unit cut inside a sentence: captions)
  two-units       the gold spans two sentences or more and the highlight is their neighbour
  restate-after / restate-before   the highlight holds >= 0.5 of the question's content words, the gold after /
                  before it
  after / before  the gold after / before the highlight, which restates less
Each is split by distance (sentences from the highlight's last to the gold's first; 1 = the next sentence) and by
set. `--hits` lists instead the highlight hits whose overlap with the gold is at most three words (hits the metric
counts on a few words: reported, not changed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.rerank import content_stems, word_shares  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

CAPTIONS = (".vtt", ".srt", ".json")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def to_text(citation: dict, a: int, b: int) -> tuple[int, int] | None:
    """The file span a..b in the citation's text coordinates (clipped to the turns), or None when outside."""
    turns = citation.get("turns") or [{"start_char": citation["start_char"], "end_char": citation["end_char"],
                                       "text_start": 0, "text_end": len(citation["text"])}]
    out = []
    for t in turns:
        s, e = max(a, t["start_char"]), min(b, t["end_char"])
        if s < e:
            out += [t["text_start"] + s - t["start_char"], t["text_start"] + e - t["start_char"]]
    return (min(out), max(out)) if out else None


def find_loose(text: str, quote: str) -> tuple[int, int] | None:
    """The span of `quote` in `text`, white space, punctuation and caption cue marks ("|") loosened."""
    ws = [re.escape(w) for w in re.findall(r"\w+", quote)]
    m = re.search(r"\W+".join(ws), text, re.IGNORECASE) if ws else None
    return (m.start(), m.end()) if m else None


def gold_in_text(record: dict, citation: dict) -> list[tuple[int, int]]:
    """The gold's spans in the citation's text: by file offsets where each turn's text is the file's (plain
    transcripts), else by finding each quote (captions, Whisper JSON, whose text is not the file's)."""
    turns = citation.get("turns") or []
    plain = all(t["end_char"] - t["start_char"] == t["text_end"] - t["text_start"] for t in turns)
    if plain:
        return [s for s in (to_text(citation, a, b) for a, b in record["gold"]) if s]
    return [s for s in (find_loose(citation["text"], q) for q in record["gold_quotes"]) if s]


def turn_of(citation: dict, pos: int) -> int | None:
    for i, t in enumerate(citation.get("turns") or []):
        if t["text_start"] <= pos < t["text_end"]:
            return i
    return None


def share_in(a: str, b: str) -> float:
    """Share of the words of `a` found among the words of `b`."""
    wa, wb = words(a), set(words(b))
    return sum(w in wb for w in wa) / len(wa) if wa else 0.0


def classify(record: dict) -> dict | None:
    met = record["metrics"]
    if not record.get("answerable") or met.get("hit@1") != 1.0 or met.get("highlight@1") is not False:
        return None
    c = record["answer"]["citations"][0]
    text, hs, he = c["text"], c.get("highlight_start"), c.get("highlight_end")
    out = {"id": record["id"], "question": record["question"], "highlight": c["highlight"],
           "gold": " | ".join(record["gold_quotes"]), "kind": c.get("kind"),
           "captions": record.get("transcript", "").endswith(CAPTIONS), "dist": None,
           "history": [h if isinstance(h, str) else h.get("question", "") for h in record.get("history") or []]}
    for q in record["gold_quotes"]:
        if share_in(c["highlight"], q) >= 0.8 and share_in(q, c["highlight"]) >= 0.8:
            out["class"] = "eval-repeat"
            return out
    hl_stems = content_stems(c["highlight"])
    for q in record["gold_quotes"]:
        if hl_stems and float(word_shares(hl_stems, [q])[0]) >= 0.5:
            out["class"] = "eval-words"
            return out
    spans = gold_in_text(record, c)
    if hs is None or not spans:
        out["class"] = "outside"
        return out
    if c.get("kind") == "exchange":
        ht = turn_of(c, hs)
        if ht is not None and all(turn_of(c, s) != ht for s, _ in spans):
            out["class"] = "other-turn"
            return out
    sents = split_sentences(text) or [(0, len(text))]

    def units(a, b):
        return [i for i, (s, e) in enumerate(sents) if s < b and e > a]

    hu = units(hs, he)
    gu = sorted({i for a, b in spans for i in units(a, b)})
    if not hu or not gu:
        out["class"] = "outside"
        return out
    stems = content_stems(record["question"])
    share = float(word_shares(stems, [c["highlight"]])[0]) if stems else 0.0
    out["share"] = round(share, 2)
    if gu[0] > hu[-1]:
        side, dist = "after", gu[0] - hu[-1]
    elif gu[-1] < hu[0]:
        side, dist = "before", hu[0] - gu[-1]
    else:
        out["class"] = "inside"
        out["dist"] = 0
        return out
    out["dist"] = dist
    if len(gu) > 1 and dist == 1:
        out["class"] = "two-units"
    else:
        out["class"] = ("restate-" if share >= 0.5 else "") + side
    return out


def thin_hit(record: dict) -> dict | None:
    """A first highlight counted on the gold whose overlap with it is at most three words."""
    met = record["metrics"]
    if not record.get("answerable") or met.get("highlight@1") is not True:
        return None
    c = record["answer"]["citations"][0]
    a, b = c.get("highlight_start"), c.get("highlight_end")
    spans = gold_in_text(record, c)
    if a is None or not spans:
        return None
    best = max((len(words(c["text"][max(a, s):min(b, e)])) for s, e in spans if max(a, s) < min(b, e)), default=0)
    if best == 0:
        return None  # the gold is not placed in the cited text (a hit over another passage's span): not read here
    if best > 3:
        return None
    return {"id": record["id"], "question": record["question"], "highlight": c["highlight"],
            "gold": " | ".join(record["gold_quotes"]), "overlap_words": best}


def records(runs: list[Path]):
    for run in runs:
        for path in sorted(run.glob("*/results.jsonl")):
            if path.parent.name.startswith("."):
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                yield path.parent.name, json.loads(line)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--ids", help="only ids matching this regular expression")
    ap.add_argument("--show", action="store_true", help="print each miss")
    ap.add_argument("--hits", action="store_true", help="list the thin highlight hits instead")
    args = ap.parse_args(argv)
    rows, right = [], Counter()
    for name, rec in records(args.runs):
        if args.ids and not re.search(args.ids, rec["id"]):
            continue
        if args.hits:
            row = thin_hit(rec)
            if row:
                print(f"{name} {row['id']} overlap {row['overlap_words']}w\n  Q: {row['question']}\n"
                      f"  H: {row['highlight'][:200]}\n  G: {row['gold'][:200]}")
            continue
        if rec.get("answerable") and rec["metrics"].get("hit@1") == 1.0:
            right[name] += 1
        row = classify(rec)
        if row:
            row["set"] = name
            rows.append(row)
    if args.hits:
        return
    print(f"{len(rows)} highlight misses among {sum(right.values())} right first citations "
          f"({', '.join(f'{k} {v}' for k, v in sorted(right.items()))})")
    sets = sorted({r["set"] for r in rows})
    print(f"  {'class':15} {'all':>4}  " + "  ".join(f"{s[:22]:>22}" for s in sets) + "  distance  captions")
    for cls, n in Counter(r["class"] for r in rows).most_common():
        sub = [r for r in rows if r["class"] == cls]
        per = Counter(r["set"] for r in sub)
        dists = Counter(r["dist"] for r in sub)
        dist = dict(sorted(((k, v) for k, v in dists.items() if k is not None)))
        print(f"  {cls:15} {n:4}  " + "  ".join(f"{per[s]:22}" for s in sets) +
              f"  {dist}  {sum(r['captions'] for r in sub)}")
    if args.show:
        by = defaultdict(list)
        for r in rows:
            by[r["class"]].append(r)
        for cls in sorted(by):
            for r in sorted(by[cls], key=lambda r: r["id"]):
                hist = f"  after: {' / '.join(r['history'])}\n" if r["history"] else ""
                print(f"\n[{cls}] {r['id']} d={r['dist']} share={r.get('share')} kind={r['kind']}"
                      f"{' captions' if r['captions'] else ''}\n{hist}  Q: {r['question']}\n"
                      f"  H: {r['highlight'][:240]}\n  G: {r['gold'][:240]}")


if __name__ == "__main__":
    main()
