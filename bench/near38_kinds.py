"""Does any of the first citations' highlights (each with the sentence after it) hold an answer of the kind asked?
Over saved `eval_sets.py` (or `tqa eval`) runs, every question asked alone and answered (not declined, a citation
given) is read for the kind of answer it asks, the same way for every kind (docs/retrieval.md, "near38"):

    number, percentage, amount of money, year, date, time   qa.answerable.expected_answer, unit_kind (as decide reads)
    who     a question opening "who/whom/whose", or qa.answerable.asks_name
    why     "why", "how come", "what reason", "for what reason"
    where   "where" (not where in the recording), "in which/what city/country/place/state/town/room"

and each kind is looked for in the highlights of citations 1..K with the sentence after each: qa's own readers for
the figures and times (`holds_answer`, `unit_found`); for who and where a capitalised word that the question lacks
(not opening its sentence) or, for who, the cited speaker; for why a reason marker ("because", "since", "so that",
"in order to", "due to", "reason", "that's why", "so"). A kind absent is where a decline rule would fire: counted on
near misses (category "near-miss"), other unanswerable questions and answerable ones (a false decline each).

    .venv/bin/python bench/near38_kinds.py RUN... [--k 1 2 3] [--list KIND] [--ids PREFIX]

Dev and fresh4 runs only (COMMON.md): held-out run folders are refused (`decline_audit.result_files`).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files  # noqa: E402
from qa.answerable import (ASKS_FIGURE_NOUN, UNIT_KINDS, asks_name, expected_answer, holds_answer,  # noqa: E402
                           unit_found, unit_kind, words)

_WHY = re.compile(r"^\s*(?:and\s+|but\s+|so\s+)?(?:why\b|how\s+come\b)|\b(?:what|which)\s+(?:was\s+|is\s+)?(?:the\s+)?"
                  r"reasons?\b|\bfor\s+what\s+reason\b", re.IGNORECASE)
_WHERE = re.compile(r"^\s*(?:and\s+|but\s+|so\s+)?where\b(?!\s+in\s+the\s+(?:video|recording|talk|lecture|podcast|"
                    r"interview|episode|call))|\b(?:in|at|to)\s+(?:which|what)\s+(?:city|country|countries|place|"
                    r"state|states|town|room|venue|location|region)\b", re.IGNORECASE)
_WHO = re.compile(r"^\s*(?:and\s+|but\s+|so\s+)?(?:who|whom|whose)\b", re.IGNORECASE)
_REASON = re.compile(r"\b(?:because|cause|since|so\s+that|in\s+order\s+to|due\s+to|reasons?|that[’']s\s+why|"
                     r"thanks\s+to|as\s+a\s+result|given\s+that|so)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<![.!?]\s\s)(?<!^)\b([A-Z][\w’'-]+)")
# near38's wider reading of a figure asked by its noun, where expected_answer reads none: "What CLS score counts
# as good?", "What interest rate ...", "No. of aircraft ...", "price per dose of sputnik v?", "death toll"
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]*)(?:\s|$)")
NEXT_CHARS = 300
WIDE = True  # read the wider figure kind ("figure"); --narrow leaves it out


def kind_of(question: str) -> str | None:
    """The kind of answer asked, read as decide reads the figures and times, and who/why/where by their forms."""
    kind = unit_kind(question) or expected_answer(question)
    if kind:
        return kind
    if WIDE and ASKS_FIGURE_NOUN.search(question):  # the product's reading (qa.answerable.figure_noun_asked)
        return "figure"
    if _WHY.search(question):
        return "why"
    if _WHERE.search(question):
        return "where"
    if _WHO.search(question) or asks_name(question):
        return "who"
    return None


def checked_texts(citations: list[dict], k: int) -> tuple[list[str], list[str]]:
    """The first `k` highlights, each with the sentence after it in its passage; and those passages."""
    out, passages = [], []
    for c in citations[:k]:
        text, hl = c.get("text") or "", c.get("highlight") or ""
        at = text.find(hl) if hl else -1
        after = text[at + len(hl):].lstrip() if at >= 0 else ""
        end = _SENTENCE_END.search(after)
        out.append(f"{hl} {after[:end.end() if end else NEXT_CHARS][:NEXT_CHARS]}")
        passages.append(text)
    return out, passages


def new_capitalised(question: str, texts: list[str]) -> bool:
    asked = {w.lower() for w in words(question)}
    return any(m.group(1).lower().strip("’'") not in asked and m.group(1) not in {"I", "I’m", "I'm", "I’ve", "I've"}
               for t in texts for m in _CAPITALISED.finditer(t))


def holds(kind: str, question: str, citations: list[dict], k: int) -> bool:
    texts, passages = checked_texts(citations, k)
    if kind == "why":
        return any(_REASON.search(t) for t in texts)
    if kind == "where":
        return new_capitalised(question, texts)
    if kind == "who":
        asked = {w.lower() for w in words(question)}
        speakers = {w.lower() for c in citations[:k] for w in words(c.get("speaker") or "")}
        return new_capitalised(question, texts) or bool(speakers - asked)
    if kind == "figure":
        return bool(holds_answer("number", texts))
    if kind in UNIT_KINDS:
        return unit_found(kind, texts, passages, question)
    return bool(holds_answer(kind if kind != "time" else "time", texts))


def rows(files: list[Path], prefix: str | None):
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("history") or (prefix and not r["id"].startswith(prefix)):
                continue
            a = r.get("answer") or {}
            if not a.get("answerable") or not a.get("citations"):
                continue  # declined, or nothing cited: no check would change it
            yield r


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--k", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--list", help="list the questions of this kind with what each k finds")
    ap.add_argument("--ids", help="only ids beginning so (e.g. dev-near38-)")
    args = ap.parse_args(argv)
    files = [p for run in args.runs for p in result_files(run)]
    table = collections.defaultdict(collections.Counter)
    for r in rows(files, args.ids):
        q = r["answer"].get("query") or r["question"]
        kind = kind_of(r["question"])
        if kind is None:
            continue
        group = "answerable" if r["answerable"] else ("near-miss" if r.get("category") == "near-miss" else "other-un")
        table[kind][f"{group}"] += 1
        found = {k: holds(kind, r["question"], r["answer"]["citations"], k) for k in args.k}
        for k, ok in found.items():
            if not ok:
                table[kind][f"{group} absent@{k}"] += 1
        if args.list and kind == args.list:
            print(f"{r['id']:<16} {group:<10} {' '.join(f'@{k}:{int(v)}' for k, v in found.items())} "
                  f"cos={r['answer'].get('evidence', {}).get('cosine', 0):.2f} {r['question'][:90]}")
    print(f"{'kind':<16} {'answered: near/other-un/ans':<30} " +
          " ".join(f"{'absent@' + str(k) + ' near/other/ans':<24}" for k in args.k))
    for kind in sorted(table):
        c = table[kind]
        print(f"{kind:<16} {c['near-miss']:>4} {c['other-un']:>4} {c['answerable']:>5}{'':<16} " +
              " ".join(f"{c[f'near-miss absent@{k}']:>4} {c[f'other-un absent@{k}']:>4} {c[f'answerable absent@{k}']:>5}"
                       f"{'':<9}" for k in args.k))
    tot = collections.Counter()
    for c in table.values():
        tot.update(c)
    print(f"{'all kinds':<16} {tot['near-miss']:>4} {tot['other-un']:>4} {tot['answerable']:>5}{'':<16} " +
          " ".join(f"{tot[f'near-miss absent@{k}']:>4} {tot[f'other-un absent@{k}']:>4} {tot[f'answerable absent@{k}']:>5}"
                   f"{'':<9}" for k in args.k))


if __name__ == "__main__":
    main()
