"""post44's measure: the development questions (dev sets, seed, conversations, fresh4) that name a speaker by post,
role or description ("the governor of California", "the Japanese prime minister", "the host", "the reporter from
Reuters", "the woman who asked about Ukraine"), found by a pattern over the question text; for each, what
`resolve_source` makes of the phrase (speakers, title-named speakers, transcripts, nothing) with the code PYTHONPATH
gives, and what a run's answer did (answered or declined, first relevant rank, note, absent speakers).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/post44_probe.py --indexes bench/out/idx-copy \
        --run /work/main/bench/out/eval-dev-base36 --run4 /work/main/bench/out/eval-fresh4-base36 > OUT.jsonl

Only development files are read (the dev question files, seed_questions.jsonl and the fresh4 files).
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

FILES = {"dev": ["bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl",
                 "bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl"],
         "fresh4": ["bench/questions/real-fresh4.jsonl", "bench/questions/unanswerable-fresh4.jsonl",
                    "bench/questions/conversations-fresh4.jsonl", "qa/data/seed_questions_fresh4.jsonl"]}

POSTS = (r"governor|president|vice\s+president|prime\s+minister|(?:foreign\s+|defen[cs]e\s+)?minister|secretary|"
         r"host|co-?host|guest|interviewer|interviewee|reporter|journalist|correspondent|official|moderator|"
         r"lecturer|professor|instructor|teacher|presenter|chief|administrator|ambassador|leader|premier|"
         r"spokes(?:man|woman|person)|chair(?:man|woman|person)?|senator|mayor|adviser|advisor|diplomat|"
         r"speaker|narrator|youtuber")
PHRASE = re.compile(rf"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{POSTS})\b(?:\s+(?:of|from|for|with)\s+"
                    rf"(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)?)?"
                    r"|\b(?:the|a)\s+(?:man|woman|person|guy|lady|one)\s+(?:who|that|running|from|with)\b[^?,.]*",
                    re.IGNORECASE)


def rows(split: str):
    for name in FILES[split]:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            turns = q.get("turns")
            if turns:  # a conversation: each turn's question
                for i, t in enumerate(turns):
                    yield name, f"{q['id']}#{i}", t.get("question", ""), t
            else:
                yield name, q["id"], q["question"], q


def answers(run: Path | None) -> dict[str, dict]:
    found: dict[str, dict] = {}
    if run is None:
        return found
    for path in run.glob("*/results.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            a = r.get("answer") or {}
            ev = a.get("evidence") or {}
            found[r["id"]] = {"answered": a.get("answerable"), "rank": r.get("first_relevant_rank"),
                              "note": a.get("note"), "absent": ev.get("absent_speakers"),
                              "sources": ev.get("speaking_sources")}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indexes", type=Path, required=True)
    parser.add_argument("--run", type=Path)
    parser.add_argument("--run4", type=Path)
    args = parser.parse_args()
    from qa.answerable import resolve_source, sources_named
    from qa.api import TranscriptQA
    from qa.config import Settings

    infos = {}
    for kind in ("shared", "seed"):
        tqa = TranscriptQA(Settings(index_dir=args.indexes / f"index-{kind}"))
        infos[kind] = tqa.store().all_infos()
    tally: Counter = Counter()
    for split, run in (("dev", args.run), ("fresh4", args.run4)):
        got = answers(run)
        for name, rid, question, q in rows(split):
            if not PHRASE.search(question):
                continue
            transcripts = infos["seed" if "seed_questions" in name else "shared"]
            who, _ = sources_named(question, transcripts)
            resolved = [resolve_source(w, transcripts) for w in who]
            how = ("speaker" if any(r.speakers or r.titled for r in resolved) else
                   "recording" if any(r.transcripts for r in resolved) else "named-unresolved" if who else "not-read")
            a = got.get(rid.split("#")[0]) or {}
            row = {"split": split, "id": rid, "q": question, "answerable": q.get("answerable", True) not in
                   (False, "false"), "phrases": PHRASE.findall(question) and [m.group(0) for m in
                   PHRASE.finditer(question)], "who": who,
                   "speakers": sorted({s for r in resolved for s in r.speakers} |
                                      {f"{t}:{s}" for r in resolved for t, s in r.titled}),
                   "read": how, **{k: a.get(k) for k in ("answered", "rank", "note", "absent")}}
            tally[(split, how, row["answerable"], a.get("answered"))] += 1
            print(json.dumps(row))
    for key, n in sorted(tally.items(), key=str):
        print("#", *key, n, file=sys.stderr)


if __name__ == "__main__":
    main()
