"""Where is the changed detail of an answered near miss, and would a check of it decline answerable questions too?
(docs/retrieval.md, "near43").

Over saved `eval_sets.py` runs (dev and fresh4 only: held-out run folders are refused), every question asked alone that
was answered (not declined, a citation given) is read: near misses (categories near-miss, figure-by-measure,
figure-other-place, relation-never-said) and answerable questions. Each asked word of the question as searched
(`asked_words` of the query) is placed at the nearest level that holds its stem:

    H  the highlighted sentence of citation [1]
    P  passage [1]
    C  another cited passage
    R  the cited recording elsewhere (its transcript file under --transcripts)
    K  another recording of the corpus
    -  no transcript

and a question at its farthest word's level. Printed: that table (near misses / answerable), the same for the
system's own unheld words (`Evidence.unheld_words`, with their English counts), and the doer table of near43's rule:
answered "who VERBed X?" questions whose passages name no doer (`acted_found` False), by `act_named` and cosine.
With --encode INDEX_DIR (a copy of the shared index: the query encoder is read from it), two encoder checks of the
words not in any cited passage: the nearest word of passage [1] by the words' own vectors, and how much nearer passage
[1] is to the question with the word than without it (`_nearer_with`), each as a curve of thresholds.

    .venv/bin/python bench/near43_levels.py bench/out/eval-dev-base35 [--encode /tmp/idx-copy]
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
from qa.answerable import FUNCTION_WORDS, _english_counts, act_named, asked_words, words  # noqa: E402
from qa.lexical import english_stemmer  # noqa: E402

NEAR_KIN = frozenset({"near-miss", "figure-by-measure", "figure-other-place", "relation-never-said"})
LEVELS = "HPCRK-"


def _stems(text: str) -> set[str]:
    stem = english_stemmer().stemWord
    return {stem(w) for w in words(text)}


def answered_rows(files: list[Path], transcripts: Path) -> list[dict]:
    """Each answered question asked alone, near miss or answerable, with the level of each of its asked words."""
    texts = {p.name: _stems(p.read_text(encoding="utf-8", errors="ignore")) for p in transcripts.iterdir()
             if p.is_file()}
    corpus = set().union(*texts.values()) if texts else set()
    stem = english_stemmer().stemWord
    rows = []
    for f in files:
        for line in f.open(encoding="utf-8"):
            r = json.loads(line)
            a = r.get("answer") or {}
            if r.get("history") or not a.get("answerable") or not a.get("citations"):
                continue
            if not r["answerable"] and r.get("category") not in NEAR_KIN:
                continue
            cited = a["citations"]
            levels = (_stems(cited[0].get("highlight") or ""), _stems(cited[0]["text"]),
                      _stems(" ".join(c["text"] for c in cited)), texts.get(cited[0]["transcript"], set()), corpus)
            query = a.get("query") or r["question"]
            placed = []
            for w in asked_words(query):
                s = stem(w)
                placed.append((w, next((LEVELS[i] for i, held in enumerate(levels) if s in held), "-")))
            rows.append({"id": r["id"], "near": not r["answerable"], "query": query, "placed": placed,
                         "p1": cited[0]["text"], "evidence": a.get("evidence") or {}})
    return rows


def farthest(placed: list[tuple[str, str]]) -> str:
    return max((level for _, level in placed), key=LEVELS.index, default="H")


def print_levels(rows: list[dict]) -> None:
    counts = collections.Counter((farthest(r["placed"]), r["near"]) for r in rows)
    print(f"{'farthest word':<16}{'near misses':>12}{'answerable':>12}")
    for level in LEVELS:
        print(f"{level:<16}{counts[(level, True)]:>12}{counts[(level, False)]:>12}")
    unheld = collections.Counter()
    freq = collections.Counter()
    english = _english_counts()
    bins = (0, 1, 100, 1000, 10_000, 100_000)
    for r in rows:
        held_not = r["evidence"].get("unheld_words") or []
        unheld[(bool(held_not), r["near"])] += 1
        for lo in {max(b for b in bins if english.get(w, 0) >= b) for w in held_not}:
            freq[(lo, r["near"])] += 1
    print(f"\nunheld words (Evidence.unheld_words) none: {unheld[(False, True)]} near / {unheld[(False, False)]} "
          f"answerable; some: {unheld[(True, True)]} / {unheld[(True, False)]}")
    for lo, hi in zip(bins, (*bins[1:], None)):
        print(f"  an unheld word of English count {lo:>7} to {hi or 'more':>7}: {freq[(lo, True)]} near / "
              f"{freq[(lo, False)]} answerable")


def print_doers(rows: list[dict]) -> None:
    print("\nanswered 'who VERBed X?' with no doer named (acted_found False): act_named, cosine, near/answerable, id")
    doers = [(act_named(r["query"]), r) for r in rows if r["evidence"].get("acted_found") is False]
    for named, r in sorted(doers, key=lambda d: (str(d[0]), d[1]["evidence"].get("cosine", 0))):
        print(f"  {str(named):<6} {r['evidence'].get('cosine', 0):.3f} {'near' if r['near'] else 'ans ':<5}"
              f"{r['id']}: {r['query'][:80]}")


def print_encoded(rows: list[dict], index: Path) -> None:
    import numpy as np
    from qa.api import TranscriptQA
    from qa.config import Settings

    encode = TranscriptQA(Settings(index_dir=index))._query_encode()
    known: dict[str, np.ndarray] = {}

    def vectors(texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            known.update(zip(missing, encode(missing)))
        return np.stack([known[t] for t in texts])

    word_sims, shifts = [], []
    for r in rows:
        away = [w for w, level in r["placed"] if level in "RK-"]
        if not away:
            continue
        passage = " ".join(r["p1"].split())
        said = [w for w in dict.fromkeys(words(passage)) if w not in FUNCTION_WORDS and len(w) > 1]
        if said:
            v = vectors(away + said)
            word_sims.append((float((v[len(away):] @ v[:len(away)].T).max(axis=0).min()), r["near"]))
        without = [" ".join(re.sub(rf"\b{re.escape(w)}\b", " ", r["query"], count=1, flags=re.I).split())
                   for w in away]
        v = vectors([r["query"], passage, *without])
        shifts.append((min(float(v[1] @ v[0] - v[1] @ v[2 + i]) for i in range(len(away))), r["near"]))
    print("\nwords not in any cited passage (R, K, -): fires where the value is below the threshold")
    for name, values, cuts in (("nearest passage word by word vectors", word_sims, (0.4, 0.5, 0.6)),
                               ("passage [1] nearer with the word than without", shifts, (-0.08, -0.05, -0.02))):
        for cut in cuts:
            near = sum(1 for v, n in values if n and v < cut)
            ans = sum(1 for v, n in values if not n and v < cut)
            print(f"  {name} < {cut}: {near} near / {ans} answerable")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--transcripts", type=Path, default=Path("/work/shared/data/transcripts"))
    parser.add_argument("--encode", type=Path, help="an index folder (a copy): read the encoder checks too")
    args = parser.parse_args()
    files = [f for run in args.runs for f in result_files(run)]
    if not args.transcripts.is_dir():
        raise SystemExit(f"{args.transcripts}: no such folder of transcripts")
    rows = answered_rows(files, args.transcripts)
    print(f"{len(files)} result files; answered and asked alone: {sum(r['near'] for r in rows)} near misses, "
          f"{sum(not r['near'] for r in rows)} answerable")
    print_levels(rows)
    print_doers(rows)
    if args.encode:
        print_encoded(rows, args.encode)


if __name__ == "__main__":
    main()
