"""hl64: four candidate classes of the highlight of a right first citation (issue 10 point 3; dev runs only).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl64/measure.py RUN [--show CLASS]

For every answerable question whose first citation holds gold (seed, real, conversations), with the highlight's
sentence(s) `hu` and the gold's `gu` in the cited text (`bench.hl42_classes`), counts per class the misses a rule
could reach and the right highlights it could break:
  echo        the highlight adds no content of its own: at most NOVEL of its content words are not the question's,
              and it holds half of the question's or more; the next sentence holds new content words
              (misses: the gold is the next sentence; at risk: right highlights of the same form)
  asker       an exchange whose highlight lies in the asking turn (role "question") while a reply follows
  short       a highlight of at most SHORT words
  who         a "who" question whose gold names a person (a capitalised word the question lacks) while the highlight
              names none
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.hl42_classes import gold_in_text, records, turn_of, words  # noqa: E402
from qa.answerable import asks_who  # noqa: E402
from qa.rerank import content_stems  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

SHORT = 3
_PERSON = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def names_person(question: str, text: str) -> bool:
    qw = {w.lower() for w in re.findall(r"\w+", question)}
    return any(all(p.lower() not in qw for p in m.group(0).split()) for m in _PERSON.finditer(text))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--show", default=None)
    ap.add_argument("--novel", type=float, default=0.34)
    args = ap.parse_args(argv)
    stats = defaultdict(Counter)
    shown = []
    for name, rec in records(args.runs):
        met = rec["metrics"]
        if not rec.get("answerable") or met.get("hit@1") != 1.0:
            continue
        right = met.get("highlight@1") is True
        tag = "right" if right else "miss"
        c = rec["answer"]["citations"][0]
        hs, he, text = c.get("highlight_start"), c.get("highlight_end"), c["text"]
        if hs is None:
            continue
        sents = split_sentences(text) or [(0, len(text))]
        st = [text[s:e] for s, e in sents]
        hu = [i for i, (s, e) in enumerate(sents) if s < he and e > hs]
        spans = gold_in_text(rec, c)
        gu = sorted({i for a, b in spans for i, (s, e) in enumerate(sents) if s < b and e > a})
        if not hu:
            continue
        q = rec["question"]
        qs = content_stems(q)
        hst = content_stems(c["highlight"])
        # echo
        if qs and hst:
            novel = len(hst - qs) / len(hst)
            share = len(hst & qs) / len(qs)
            nxt = hu[-1] + 1
            if novel <= args.novel and share >= 0.5 and nxt < len(st):
                new = content_stems(st[nxt]) - qs - hst
                if new:
                    key = tag
                    if not right and gu and gu[0] == nxt:
                        key = "miss-next"
                    stats["echo"][key] += 1
                    if args.show == "echo":
                        shown.append((name, rec["id"] + " " + key, q, c["highlight"], rec["gold_quotes"], st[nxt]))
        # asker
        if c.get("kind") == "exchange":
            ht = turn_of(c, hs)
            turns = c.get("turns") or []
            if ht is not None and turns[ht].get("role") == "question" and ht + 1 < len(turns):
                key = tag
                if not right and spans and all(turn_of(c, s) != ht for s, _ in spans):
                    key = "miss-reply"
                stats["asker"][key] += 1
                if args.show == "asker":
                    shown.append((name, rec["id"] + " " + key, q, c["highlight"], rec["gold_quotes"], ""))
        # short
        if len(words(c["highlight"])) <= SHORT:
            stats["short"][tag] += 1
            if args.show == "short":
                shown.append((name, rec["id"] + " " + tag, q, c["highlight"], rec["gold_quotes"], ""))
        # who
        if asks_who(q):
            hp = names_person(q, c["highlight"])
            gp = any(names_person(q, g) for g in rec["gold_quotes"])
            key = f"{tag} hl-names={hp} gold-names={gp}"
            stats["who"][key] += 1
            if args.show == "who" and not right:
                shown.append((name, rec["id"] + " " + key, q, c["highlight"], rec["gold_quotes"], ""))
    for kind, s in sorted(stats.items()):
        print(kind, dict(sorted(s.items())))
    for row in shown:
        print(f"\n{row[0]} {row[1]}\n  Q: {row[2]}\n  H: {row[3][:240]}\n  G: {' | '.join(row[4])[:240]}"
              + (f"\n  N: {row[5][:200]}" if row[5] else ""))


if __name__ == "__main__":
    main()
