"""hl63: the highlight of a right first citation by the answer type its question asks (issue 10 point 3; dev runs
only).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl63/measure.py RUN [--show TYPE] [--reach N]

For every answerable question whose first citation holds gold, reads the type of answer its wording asks (`TYPES`:
a date or time for "when", a person for "who", a place for "where", a number for "how many / much / long / often",
a reason for "why") and whether the highlight, the gold and the sentences near the highlight hold that type (the
cue functions of qa.cite / qa.answerable). Counts, per type:
  miss-typed   highlight misses where the gold holds the type, the highlight does not, the gold within REACH
               sentences of the highlight in the cited text (what a rule "move to a near unit of the type" could gain)
  right-moved  right highlights that lack the type while a unit within REACH of them holds it (what it could break)
Also the other-speaker class (an exchange whose highlight lies in another turn than the gold) and highlights of
at most SHORT words.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.hl42_classes import classify, gold_in_text, records, words  # noqa: E402
from qa import cite  # noqa: E402
from qa.answerable import _DATE, answer_type, asks_who, holds_answer_type  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

SHORT = 6
_WHEN = re.compile(r"^\W*(?:(?:and|so|but|then)\s+)?when\b|\b(?:what|which)\s+(?:year|date|month|day|time)\b"
                   r"|\bhow\s+long\s+ago\b|\bat\s+what\s+(?:point|time|stage)\b", re.IGNORECASE)
_TIME = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|last|next|this)\s+(?:week|month|year|time|night|"
                   r"morning|summer|spring|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                   r"|\b(?:yesterday|today|tomorrow|tonight|ago|recently|soon|earlier|later|since|until|after|before|"
                   r"when|once|monday|tuesday|wednesday|thursday|friday|saturday|sunday|o['’]clock|"
                   r"[12]\d\d\d|\d{1,2}:\d\d|a\.m\.|p\.m\.)\b", re.IGNORECASE)
_PERSON = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def typed(question: str) -> str | None:
    q = question
    if asks_who(q) or re.match(r"^\W*(?:and\s+)?whom?\b", q, re.I):
        return "who"
    if cite.asks_place(q):
        return "where"
    if cite.time_asked(q):
        return "when"
    t = answer_type(q)
    if t is not None and t.kind in ("count", "amount"):
        return "number"
    if cite.asks_quantity(q):
        return "number"
    if cite.asks_reason(q) or cite.asked_kind(q) == "reason":
        return "why"
    return None


def holds(kind: str, question: str, texts: list[str]) -> list[bool]:
    if kind == "when":
        return [bool(x) for x in cite.says_time(texts)]  # the rule's own reading (TIME_WEIGHT)
    if kind == "number":
        return [bool(x) for x in cite.holds_quantity(texts)]
    if kind == "why":
        return [bool(x) for x in cite.holds_kind("reason", texts)]
    if kind == "where":
        qw = frozenset(w.lower() for w in re.findall(r"\w+", question))
        return [bool(x) for x in cite.names_place(texts, qw)]
    qw = {w.lower() for w in re.findall(r"\w+", question)}
    return [any(all(p.lower() not in qw for p in m.group(0).split()) for m in _PERSON.finditer(t)) for t in texts]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--show", default=None)
    ap.add_argument("--reach", type=int, default=2)
    args = ap.parse_args(argv)
    stats = defaultdict(Counter)
    shown = []
    for name, rec in records(args.runs):
        met = rec["metrics"]
        if not rec.get("answerable") or met.get("hit@1") != 1.0:
            continue
        kind = typed(rec["question"]) or "none"
        right = met.get("highlight@1") is True
        stats[kind]["rights" if right else "misses"] += 1
        c = rec["answer"]["citations"][0]
        hs, he, text = c.get("highlight_start"), c.get("highlight_end"), c["text"]
        if not right:
            cls = classify(rec)
            if cls and cls["class"] == "other-turn":
                stats[kind]["miss-other-turn"] += 1
        if len(words(c["highlight"])) <= SHORT:
            stats[kind]["short-" + ("right" if right else "miss")] += 1
        if kind == "none" or hs is None:
            continue
        sents = split_sentences(text) or [(0, len(text))]
        st = [text[s:e] for s, e in sents]
        cue = holds(kind, rec["question"], st)
        hu = [i for i, (s, e) in enumerate(sents) if s < he and e > hs]
        if not hu:
            continue
        hl_cue = any(cue[i] for i in hu)
        near = [i for i in range(len(st)) if i not in hu and min(abs(i - j) for j in hu) <= args.reach]
        if right:
            if not hl_cue and any(cue[i] for i in near):
                stats[kind]["right-moved"] += 1
            if hl_cue:
                stats[kind]["right-typed"] += 1
            continue
        spans = gold_in_text(rec, c)
        gu = sorted({i for a, b in spans for i, (s, e) in enumerate(sents) if s < b and e > a})
        g_cue = any(cue[i] for i in gu)
        key = ("hl-typed" if hl_cue else "hl-untyped") + "/" + ("gold-typed" if g_cue else "gold-untyped")
        stats[kind]["miss " + key] += 1
        if not hl_cue and g_cue and gu and any(i in near for i in gu):
            stats[kind]["miss-typed-near"] += 1
            if args.show == kind:
                shown.append((name, rec["id"], rec["question"], c["highlight"], " | ".join(rec["gold_quotes"])))
        elif args.show == kind + "-all":
            shown.append((name, rec["id"] + " " + key, rec["question"], c["highlight"], " | ".join(rec["gold_quotes"])))
    for kind, s in sorted(stats.items()):
        print(kind, dict(sorted(s.items())))
    for row in shown:
        print(f"\n{row[0]} {row[1]}\n  Q: {row[2]}\n  H: {row[3][:240]}\n  G: {row[4][:240]}")


if __name__ == "__main__":
    main()
