"""unans47, point 1 of its brief: the figure and time questions of saved dev/fresh4 runs, classed by what ties the
figure asked to the question: its qualifiers (a place, a time or year, another name, a comparison) and whether the
first highlight (with the sentence after it; the sentence before it in its passage too) holds each, a rival of it
(another place, another year), or neither. Unanswerable ones answered (the near misses) against answerable ones
(the controls).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/unans47/classes.py bench/out/eval-dev-base39 \\
        bench/out/eval-fresh4-base39 [--show]
"""
from __future__ import annotations

import collections
import glob
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.unans46.classes import shape_of  # noqa: E402
from qa import answerable as A  # noqa: E402


def qualifiers(question: str) -> dict[str, list[str]]:
    asked = A.names(question)
    places = A._places_asked_any_case(question)  # the rule's reading (unans47)
    times = sorted(w for w, _ in A.times_said(question))
    others = [n for n in asked if not any(n in p or p in n for p in places) and not re.fullmatch(A._YEAR, n)]
    comparison = re.findall(r"\b(?:more|less|fewer|higher|lower|bigger|larger|smaller)\s+than\b", question, re.I)
    return {"place": places, "time": times, "name": others, "comparison": comparison}


def window(citation: dict) -> str:
    text, hl = citation.get("text", ""), citation.get("highlight", "")
    at = text.find(hl) if hl else -1
    if at < 0:
        return hl or text
    sentences_before = re.split(r"(?<=[.!?…])\s+", text[:at].strip())
    after = re.split(r"(?<=[.!?…])\s+", text[at + len(hl):].strip())
    return " ".join(x for x in (sentences_before[-1] if sentences_before else "", hl, after[0] if after else "") if x)


def state(kind: str, asked: list[str], text: str) -> str:
    if not asked:
        return "-"
    if kind == "place":
        held = all(A.place_named(p, text) for p in asked)
        rival = bool(A.places_said(text)) and not held
    elif kind == "time":
        said = A.times_said(text)
        held = all(any(w == t for t, _ in said) for w in asked)
        rival = A.other_time(A.times_said(" ".join(asked)) or {(w, "year number") for w in asked}, said)
    elif kind == "name":
        stems = A.text_stems(text)
        held = all(A.text_stems(n) <= stems for n in asked)
        rival = False
    else:
        held = bool(re.search(r"\b(?:more|less|fewer|higher|lower|bigger|larger|smaller|over|under)\b", text, re.I))
        rival = False
    return "held" if held else "rival" if rival else "neither"


def rows(runs):
    for run in runs:
        for path in sorted(glob.glob(run + "/*/results.jsonl")):
            for line in open(path, encoding="utf-8"):
                yield json.loads(line)


def main() -> None:
    args = sys.argv[1:]
    show = args[args.index("--show") + 1] if "--show" in args else None
    runs = [a for a in args if not a.startswith("--") and a != show]
    table = {True: collections.Counter(), False: collections.Counter()}
    n = collections.Counter()
    for row in rows(runs):
        if not row.get("answer", {}).get("answerable") or not row.get("answer", {}).get("citations"):
            continue
        shape = shape_of(row).replace("follow-up:", "")
        if shape not in ("figure", "time"):
            continue
        gold = bool(row.get("answerable"))
        n[gold] += 1
        q = qualifiers(row["question"])
        text = window(row["answer"]["citations"][0])
        states = {k: state(k, v, text) for k, v in q.items()}
        asked = [k for k, v in q.items() if v]
        key = "none asked" if not asked else " ".join(f"{k}:{states[k]}" for k in asked)
        table[gold][key] += 1
        if show and (not gold) == (show == "un"):
            print(row["id"], "|", row["question"], "|", key, "|", text[:160].replace("\n", " "))
    for gold in (False, True):
        print(f"\n{'answerable controls (answered)' if gold else 'unanswerable answered (near misses)'}: {n[gold]}")
        for key, c in table[gold].most_common(20):
            print(f"{c:5} {key}")


if __name__ == "__main__":
    main()
