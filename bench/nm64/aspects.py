"""nm64: the questions asked alone and answered in a saved dev run, by the aspect they ask (when / how much / how many /
who / where / why), unanswerable against answerable; and for the time, sum and count aspects, what a stricter
reading would decline: the asked aspect's token (a time, a sum, a number) required in the same sentence of the first
passage (or its highlight with the sentence after it) as the question's own head words, at several readings of
"head" (any non-name word of the question: nm63's "event"; its last content word; a share of its non-name words).

    PYTHONPATH=. .venv/bin/python bench/nm64/aspects.py RESULTS.jsonl [...] [--list VARIANT] [--aspect when]
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import (_ATTRIBUTE_SENTENCE, _HOLDS_NUMBER, _SUM_SAID, _TIME_FRAME, _TIME_POINT,  # noqa: E402
                           _TIME_SAID_FIRST, _highlight_and_next, _kept_stems, asks_sum, asks_time, names, words,
                           FUNCTION_WORDS)
from qa.lexical import english_stemmer  # noqa: E402

ASPECTS = (
    ("when", asks_time),
    ("how much", lambda q: asks_sum(q) or bool(re.search(r"\bhow\s+much\b", q, re.I))),
    ("how many", lambda q: bool(re.search(r"\bhow\s+many\b|\bwhat\s+(?:number|percentage|share)\b", q, re.I))),
    ("who", lambda q: bool(re.match(r"^\W*(?:who|whom)\b|^\W*(?:which|what)\s+(?:person|people|official|minister)",
                                    q, re.I))),
    ("where", lambda q: bool(re.match(r"^\W*where\b|^\W*(?:in|at|to)\s+(?:what|which)\s+(?:city|country|place)",
                                      q, re.I))),
    ("why", lambda q: bool(re.match(r"^\W*why\b|^\W*(?:what|which)\s+(?:reason|cause)", q, re.I))),
)
TOKENS = {"when": _TIME_POINT, "how much": _SUM_SAID, "how many": _HOLDS_NUMBER}
FRAME = _kept_stems(_TIME_FRAME + " much many number percentage share cost price worth pay paid spend spent")


def aspect_of(question: str) -> str | None:
    return next((name for name, form in ASPECTS if form(question)), None)


def heads(question: str) -> dict[str, frozenset[str]]:
    own = _kept_stems(question) - FRAME
    named = _kept_stems(" ".join(names(question)))
    event = own - named
    content = [w for w in words(question) if w not in FUNCTION_WORDS]
    last = frozenset(english_stemmer().stemWords(content[-1:])) - FRAME - named if content else frozenset()
    return dict(own=own, event=event, last=last)


def checks(question: str, aspect: str, hl: list[tuple[str, int, int]]) -> dict[str, bool]:
    token = TOKENS[aspect]
    text, start, end = hl[0]
    first = _highlight_and_next(text, start, end)
    sents = [s for s in _ATTRIBUTE_SENTENCE.split(text) if token.search(s)]
    hsents = [s for s in _ATTRIBUTE_SENTENCE.split(first) if token.search(s)]
    h = heads(question)
    out = dict(tok_first=bool(token.search(first)), tok_passage=bool(sents))
    for name, stems in h.items():
        out[f"{name}_passage"] = any(_kept_stems(s) & stems for s in sents)
        out[f"{name}_first"] = any(_kept_stems(s) & stems for s in hsents)
    ev = h["event"]
    for share in (0.5, 0.67, 1.0):
        out[f"share{share}_passage"] = bool(ev) and any(len(_kept_stems(s) & ev) >= share * len(ev) for s in sents)
    return out


VARIANTS = {
    "no_token_passage": lambda c: not c["tok_passage"],
    "no_token_first": lambda c: not c["tok_first"],
    "own_passage": lambda c: not c["own_passage"],
    "event_passage": lambda c: not c["event_passage"],
    "last_passage": lambda c: not c["last_passage"],
    "event_first": lambda c: not c["event_first"],
    "share0.5": lambda c: not c["share0.5_passage"],
    "share0.67": lambda c: not c["share0.67_passage"],
    "share1.0": lambda c: not c["share1.0_passage"],
}


def main() -> None:
    argv = sys.argv[1:]
    show = argv[argv.index("--list") + 1] if "--list" in argv else None
    only = argv[argv.index("--aspect") + 1] if "--aspect" in argv else None
    paths = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] not in ("--list",
                                                                                                       "--aspect"))]
    table = collections.Counter()
    count = collections.Counter()
    listed = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if r["history"]:
                continue
            aspect = aspect_of(r["question"])
            if aspect is None:
                continue
            a = r["answer"]
            side = "ans" if r["answerable"] else "unans"
            table[aspect, side, "answered" if a["answerable"] else "declined"] += 1
            if not a["answerable"] or not a["citations"] or aspect not in TOKENS or (only and aspect != only):
                continue
            hl = [(c["text"], c["highlight_start"], c["highlight_end"]) for c in a["citations"]]
            c = checks(r["question"], aspect, hl)
            count[aspect, side, "n"] += 1
            for name, v in VARIANTS.items():
                if v(c):
                    count[aspect, side, name] += 1
                    if name == show:
                        listed.append((aspect, side, r["id"], r.get("category"), r.get("first_relevant_rank"),
                                       r["question"], a["citations"][0]["highlight"][:140]))
    print("aspect | unanswerable answered | unanswerable declined | answerable answered | answerable declined")
    for name, _ in ASPECTS:
        print(name, table[name, "unans", "answered"], table[name, "unans", "declined"], table[name, "ans", "answered"],
              table[name, "ans", "declined"], sep=" | ")
    for aspect in TOKENS:
        print(f"\n{aspect}: answered asked alone: unanswerable {count[aspect, 'unans', 'n']}, answerable "
              f"{count[aspect, 'ans', 'n']}  (a variant declines where its test fails)")
        for name in VARIANTS:
            print(f"  {name:18} unanswerable caught {count[aspect, 'unans', name]:4}   answerable at risk "
                  f"{count[aspect, 'ans', name]:4}")
    for row in sorted(listed, key=str):
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()
