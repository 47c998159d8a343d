"""nm61's first measure: unanswerable questions answered and answerable questions declined in a saved dev run, by the
form asked and by whether the question's content words are said in the eight shared transcripts at all.

    .venv/bin/python bench/nm61/classify.py /work/main/bench/out/eval-dev-s46f [--list FORM]
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

STOP = set("""a an the of to in on at for by with from about into over under and or but if then than as is are was
were be been being do does did done have has had having what which who whom whose when where why how that this these
those it its they them their he she his her him we our you your i me my not no any some all each every there here
said say says saying mention mentioned mentions talk talks talked speaker speakers transcript according does
did would could should will can may might must one ones s t also just like get got make made give given""".split())
TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]+")


def form(q: str) -> str:
    s = q.lower()
    if re.search(r"\bhow (many|much|long|far|big|large|old|often|high|fast)\b|\bwhat (number|percentage|share|"
                 r"amount|fraction|proportion)\b", s):
        return "figure"
    if re.match(r"\s*(when|what (year|date|day|month|time))\b", s) or re.search(r"\bwhat (year|date|day|month)\b", s):
        return "time"
    if re.match(r"\s*(who|whom|whose)\b", s) or re.search(r"\b(which|what) (person|people|company|companies|"
                                                             r"organization|official|name)\b", s):
        return "name"
    if re.match(r"\s*where\b", s) or re.search(r"\b(which|what) (city|country|place|state|town)\b", s):
        return "place"
    if re.match(r"\s*why\b", s) or re.search(r"\bwhat (reason|caused)\b", s):
        return "reason"
    if re.match(r"\s*(does|did|is|was|are|were|do|has|have|had|can|could|will|would|should)\b", s):
        return "yes/no"
    if re.match(r"\s*how\b", s):
        return "how"
    return "what/other"


def stem(w: str) -> str:
    w = w.lower().strip("'-")
    for suf in ("'s", "ies", "es", "s", "ing", "ed"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def transcript_stems() -> set[str]:
    out: set[str] = set()
    for f in Path("/work/shared/data/transcripts").iterdir():
        if f.name == "PROVENANCE.md":
            continue
        out |= {stem(w) for w in TOKEN.findall(f.read_text(errors="ignore"))}
    return out


def unsaid(q: str, said: set[str]) -> list[str]:
    return [w for w in TOKEN.findall(q) if w.lower() not in STOP and stem(w) not in said
            and not any(stem(w)[:5] == s[:5] for s in ())]


def main() -> None:
    run = Path(sys.argv[1])
    lst = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    said = transcript_stems()
    rows = [json.loads(x) for x in open(run / "dev-real+unanswerable" / "results.jsonl")]
    table = collections.Counter()
    for r in rows:
        if r["history"]:
            continue
        ans = r["answer"]
        answered = ans["answerable"]
        un = r["answerable"] is False
        f = form(r["question"])
        miss = unsaid(r["question"], said)
        kind = ("U-answered" if un and answered else "U-declined" if un else
                "A-declined" if not answered else "A-answered")
        table[(f, kind, "unsaid" if miss else "said")] += 1
        if lst and f == lst and kind in ("U-answered", "A-declined"):
            print(kind, r["id"], r.get("category"), "|", r["question"], "|", miss, "|", (ans.get("note") or "")[:80])
    forms = sorted({k[0] for k in table})
    print("| form | U answered (unsaid word) | U declined | A declined (unsaid word) | A answered (unsaid word) |")
    for f in forms:
        def c(k, s=None):
            return sum(v for (ff, kk, ss), v in table.items() if ff == f and kk == k and (s is None or ss == s))
        print(f"| {f} | {c('U-answered')} ({c('U-answered','unsaid')}) | {c('U-declined')} | "
              f"{c('A-declined')} ({c('A-declined','unsaid')}) | {c('A-answered')} ({c('A-answered','unsaid')}) |")


if __name__ == "__main__":
    main()
