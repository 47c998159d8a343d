"""topic42: questions that ask what one speaker said of a topic ("What did Lamport say about blockchains?", "Did
Suga talk about the Olympics' cost?"), asked over the development sets' indexes, with what the speaker's own turns
say of the topic (`qa.answerable.own_topic`) beside the answer: each question's class by whether the topic's words
the speaker never says are said by anyone (`own_topic_unheld`), near the speaker (`source_unsaid`), in the first
highlight.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/own_topic_probe.py --indexes bench/out/idx-s20 \
        [--file bench/questions/mention-dev.jsonl ...] [--json bench/out/own-topic-probe.json]

Default files: every development set (seed over index-seed; real-dev, unanswerable-dev, mention-dev, decline-dev,
conversations-dev (each turn after its history) over index-shared; the fresh4 sets, development data since s29).
Only questions `topic_of` reads a topic of and that name a source are asked (the others cannot have the evidence).
Held-out files are refused.
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

from qa.answerable import focus_shift, named_sources, source_scope, topic_of, words  # noqa: E402

QUESTIONS = REPO / "bench" / "questions"
SHARED = [QUESTIONS / f for f in ("real-dev.jsonl", "unanswerable-dev.jsonl", "mention-dev.jsonl",
                                  "decline-dev.jsonl", "conversations-dev.jsonl", "real-fresh4.jsonl",
                                  "unanswerable-fresh4.jsonl", "conversations-fresh4.jsonl")]
SEED = [REPO / "qa" / "data" / "seed_questions.jsonl", REPO / "qa" / "data" / "seed_questions_fresh4.jsonl"]
_HELD_OUT = re.compile(r"-(?:test|fresh(?:[0-9]+)?)\.jsonl$|heldout")


def held_out(path: Path) -> bool:
    return bool(_HELD_OUT.search(path.name)) and "fresh4" not in path.name


def candidates(path: Path, skip: re.Pattern | None = None) -> list[dict]:
    """The questions of `path` that ask what a named source said of a topic (not those whose id `skip` matches)."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if skip and skip.fullmatch(q["id"]):
            continue
        who, _ = named_sources(q["question"])
        if topic_of(q["question"]) and who:
            found.append(q)
    return found


def probe(path: Path, index: Path, skip: re.Pattern | None = None) -> list[dict]:
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=index))
    infos = tqa.store().all_infos()
    encode = tqa.query_encoder.encode
    rows = []
    for q in candidates(path, skip):
        answer = tqa.ask(q["question"], history=q.get("history") or (), k=10)
        e = answer.evidence
        if e is None or e.own_topic_source is None:
            continue
        cited = answer.citations or tqa.nearest(q["question"], history=q.get("history") or (), k=10)
        highlight = cited[0].highlight if cited else ""
        # the speaker's own first highlight, and how much nearer the question it is with the words they never say
        labels = source_scope(q["question"], infos)[1]
        own = next((c.highlight or c.text for c in cited if c.speaker in labels), None)
        shift = (focus_shift(q["question"], e.own_topic_unsaid, own, encode)
                 if own is not None and e.own_topic_unsaid else None)
        said_there = {w.lower() for w in words(highlight)}
        unsaid = list(e.own_topic_unsaid)
        cls = ("said by the speaker" if not unsaid else
               "unsaid, by no one" if set(unsaid) <= set(e.own_topic_unheld) else
               "unsaid by the speaker, near them" if not set(unsaid) & set(e.source_unsaid) else
               "unsaid by the speaker, not near them")
        rows.append(dict(file=path.name, id=q["id"], question=q["question"], gold=q.get("answerable", True),
                         rule=_rule(answer.note), reported=e.own_topic_reported,
                         answered=answer.answerable, note=answer.note, cls=cls, coverage=e.own_topic_coverage,
                         unsaid=unsaid, unheld=list(e.own_topic_unheld), near_unsaid=list(e.source_unsaid),
                         in_highlight=[w for w in unsaid if w in said_there], shift=shift, own_cited=own is not None,
                         cosine=e.cosine, history=bool(q.get("history"))))
    return rows


def _rule(note: str | None) -> bool:
    """Whether a note is the topic42 rule's (a decline or an answer's note)."""
    return bool(note) and (" speaks in these transcripts, but never of " in note or " never says '" in note)


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:+.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out" / "idx-s20")
    parser.add_argument("--file", type=Path, action="append", help="a question file over the shared transcripts")
    parser.add_argument("--seed-file", type=Path, action="append", help="a question file over the seed corpus")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--skip", type=re.compile, help="ids not to ask (a batch not to be run yet)")
    args = parser.parse_args()
    shared = args.file if args.file or args.seed_file else SHARED
    seed = args.seed_file or ([] if args.file else SEED)
    for path in [*shared, *seed]:
        if held_out(path):
            sys.exit(f"{path} is held out: not for development")
    rows = [r for p in shared for r in probe(p, args.indexes / "index-shared", args.skip)]
    rows += [r for p in seed for r in probe(p, args.indexes / "index-seed", args.skip)]
    table = collections.Counter((r["gold"], r["answered"], r["cls"]) for r in rows)
    print("gold answerable | answered | class: questions")
    for (gold, answered, cls), n in sorted(table.items(), key=lambda x: (str(x[0][0]), x[0][1], x[0][2])):
        print(f"{str(gold):5} | {str(answered):5} | {cls}: {n}")
    print("\nunanswerable, answered, with a word the speaker never says:")
    for r in rows:
        if r["gold"] is False and r["answered"] and r["unsaid"]:
            print(f"  {r['id']} [{r['cls']}] {r['question']} | cov {r['coverage']:.2f} unsaid {r['unsaid']} "
                  f"unheld {r['unheld']} in-highlight {r['in_highlight']} shift {_f(r['shift'])} cos {r['cosine']:.3f}")
    print("\nanswerable with a word the speaker never says (answered / declined):")
    for r in rows:
        if r["gold"] is not False and r["unsaid"]:
            print(f"  {'ANS' if r['answered'] else 'DEC'} {r['id']} [{r['cls']}] {r['question']} | cov "
                  f"{r['coverage']:.2f} unsaid {r['unsaid']} in-highlight {r['in_highlight']} shift {r['shift']} "
                  f"cos {r['cosine']:.3f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
