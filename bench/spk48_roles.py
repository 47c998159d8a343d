"""spk48: answerable questions that name a person who speaks in the cited transcripts, by the role the name plays,
and whether gold and the first citation are that person's own passage (docs/retrieval.md, "spk48").

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/spk48_roles.py RUN_DIR [RUN_DIR ...] [--ids PREFIX]

A RUN_DIR is an eval_sets.py --out folder (its `*/results.jsonl` are read: real, seed, conversations). Roles, read
in this order, first that fits:
  speaks     the question has the person speak (qa.rerank.speakers_named: "what did X say", "according to X")
  subject    the person is the subject of a verb after an auxiliary (qa.rerank.speakers_as_subject: "what is X
             worried about", "what would X do")
  subject-st the same, where the question asks for a state, plan, promise or advice (qa.rerank.asks_state)
  subject+   the person holds a state, plan, promise or advice in a shape subject_phrases does not read
             (qa.rerank.state_holders: "what Harris plans", "Suga's hope")
  possessive "X's plan"
  mentioned  named by title elsewhere (qa.rerank.speakers_mentioned)
  object     named anywhere else ("what did Y say about X", "what did the reporter ask X")
Per role: n, gold in X's passage, [1] X's passage, misses ([1] not gold) where [1] is another's while gold is X's
("other-first") and the reverse ("own-first").
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

from qa.answerable import resolve_source  # noqa: E402
from qa.rerank import (mention_phrases, speakers_as_subject, speakers_mentioned, speakers_named,  # noqa: E402
                       NamedSpeakers)
from qa.store import IndexShape, Store, read_manifest  # noqa: E402

INDEXES = Path("/work/main/bench/out/idx-s20")
_NAME = re.compile(r"(?<![\w’'-])((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?![\w’'-])")
_POSSESSIVE = re.compile(r"(?<![\w’'-])((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})[’']s\s+[a-z]")


def open_store(folder: Path) -> Store:
    m = read_manifest(folder)
    return Store(folder, IndexShape(m["model"], m["dim"], m["segmenting"]))


def labels_of(phrase: str, infos) -> NamedSpeakers:
    s = resolve_source(phrase, infos)
    return NamedSpeakers(frozenset(s.speakers), frozenset(), frozenset(s.titled))


def role_of(question: str, infos) -> tuple[str, NamedSpeakers] | None:
    named = speakers_named(question, infos)
    if named.labels or named.titled:
        return "speaks", named
    subj = speakers_as_subject(question, infos)
    if subj.labels or subj.titled:
        from qa.rerank import asks_state
        return ("subject-st" if asks_state(question) else "subject"), subj
    import qa.rerank as rerank  # spk48's reading of a state's holder in other shapes ("Harris plans", "Suga's hope")
    weight, rerank.STATE_WEIGHT = rerank.STATE_WEIGHT, 1.0
    try:
        st = rerank.state_holders(question, infos)
    finally:
        rerank.STATE_WEIGHT = weight
    if st.labels or st.titled:
        return "subject+", st
    for m in _POSSESSIVE.finditer(question):
        found = labels_of(m.group(1), infos)
        if found.labels or found.titled:
            return "possessive", found
    ment = speakers_mentioned(question, infos)
    if ment.labels or ment.titled:
        return "mentioned", ment
    for m in _NAME.finditer(question):
        phrase = m.group(1) if m.start() else m.group(1).partition(" ")[2]
        if not phrase or phrase.lower() in ("what", "who", "how", "why", "did", "does", "is"):
            continue
        found = labels_of(phrase, infos)
        if found.labels or found.titled:
            return "object", found
    return None


def speaker_at(turns_by, transcript: str, start: int) -> str | None:
    for t in turns_by.get(transcript, ()):
        if t.pieces[0].start_char <= start < t.pieces[-1].end_char:
            return t.speaker
    return None


def owns(named: NamedSpeakers, transcript: str, speaker: str | None) -> bool:
    return speaker is not None and (speaker in named.labels or (transcript, speaker) in named.titled)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--ids", default="", help="only ids starting with this")
    ap.add_argument("--list", action="store_true", help="print each miss")
    args = ap.parse_args()
    stores = {"shared": open_store(INDEXES / "index-shared"), "seed": open_store(INDEXES / "index-seed")}
    from qa.parse import parse_file
    turns_by = {}
    for folder in (Path("/work/shared/data/transcripts"), REPO / "corpus"):
        for p in folder.iterdir():
            if p.suffix in (".md", ".txt", ".srt", ".vtt", ".json") and p.name != "PROVENANCE.md":
                turns_by[p.name] = parse_file(p).turns
    for run in args.runs:
        table = defaultdict(Counter)
        for res in sorted(Path(run).glob("*/results.jsonl")):
            store = stores["seed" if "seed" in res.parent.name else "shared"]
            infos = list(store.infos().values())
            for line in open(res, encoding="utf-8"):
                r = json.loads(line)
                if not r["answerable"] or not r.get("gold") or not r["id"].startswith(args.ids):
                    continue
                q = r["question"]
                found = role_of(q, infos)
                if found is None:
                    continue
                role, named = found
                tr = r["transcript"]
                gold_spk = {speaker_at(turns_by, tr, a) for a, _ in r["gold"]}
                cites = r["answer"]["citations"]
                first = cites[0] if cites else None
                first_own = bool(first) and owns(named, first["transcript"], first["speaker"])
                gold_own = any(owns(named, tr, s) for s in gold_spk)
                hit = r["metrics"].get("hit@1", 0) >= 1
                c = table[role]
                c["n"] += 1
                c["gold_own"] += gold_own
                c["first_own"] += first_own
                c["hit"] += hit
                if not hit and gold_own and first and not first_own:
                    c["other_first"] += 1
                    if args.list:
                        print(f"  other-first {role} {r['id']}: {q} | [1] {first['speaker']}")
                if not hit and not gold_own and first_own:
                    c["own_first"] += 1
                    if args.list:
                        print(f"  own-first   {role} {r['id']}: {q} | gold {gold_spk}")
        print(run)
        print(f"  {'role':<11}{'n':>5}{'hit@1':>7}{'gold X':>8}{'[1] X':>7}{'other-1st':>10}{'own-1st':>9}")
        for role in ("speaks", "subject", "subject-st", "subject+", "possessive", "mentioned", "object"):
            c = table[role]
            if c["n"]:
                print(f"  {role:<11}{c['n']:>5}{c['hit']:>7}{c['gold_own']:>8}{c['first_own']:>7}"
                      f"{c['other_first']:>10}{c['own_first']:>9}")


if __name__ == "__main__":
    main()
