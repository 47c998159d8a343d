"""Replay the first citation's highlight under other weights, on the development question sets (dev only).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_highlight.py collect   # writes bench/out/highlight/
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_highlight.py grid                  # the kind weights' grid
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_highlight.py grid-number           # number and topic weights
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_highlight.py grid-intent           # "we will" for "will X"
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_highlight.py grid-continuation     # a unit that refers back
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_highlight.py grid-adding           # the unit that adds (hl42)
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_highlight.py grid-opening          # where it points back (hl43)
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_highlight.py misses                # relevant, highlight missed
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_highlight.py check                 # the replay beside the product

`collect` asks every answerable question of the seed, real-dev and conversations-dev sets as `tqa eval` does (only
those whose id matches `--ids` and not `--not-ids`, regular expressions, where given: new questions are kept apart
from a fit that way, in another `--records` file) and records, for the first citation, each passage it chose its
highlight from with all `qa.cite.passage_highlight` was given (the passage, its units and their stored vectors, the
question's vector, what the question asks for: `qa.cite.Asked`, the opening bonus, whether the aspect weight applied,
and where it looked for the answer after a unit that restates the question, the rest of the question's vector beside
each unit), whether the citation is relevant, and whether the product's own highlight is on the gold (as highlight@1
scores it); a follow-up is asked twice and recorded the second time (the first asks its earlier question too), with
the question as `qa.cite` read it (a follow-up's, made standalone), which the replay reads again with the current code
(so a change to `qa.cite.asked_kind` replays). Records written before 2026-12-03 lack these fields: collect again.
`replay` calls the product's `qa.cite.passage_highlight` on what was recorded (the best passage of an exchange as
`_cite_exchange` takes it), with `qa.cite`'s current constants; `check` says, per set, for how many questions that
agrees with the product's own highlight@1 (a same-turn pair's first citation, `Hit.is_pair`, is highlighted over both
passages, which the replay does not rebuild: it replays the first passage's). `grid` replays with
REASON_WEIGHT and OPINION_WEIGHT over a grid, `grid-number` with QUANTITY_WEIGHT and TOPIC_OPENING_PENALTY,
`grid-intent` with INTENT_WEIGHT, `grid-continuation` with CONTINUATION_WEIGHT and HANDOVER_SHARE, and print
highlight@1 and the highlight in relevant first citations per set, and the questions that change against the first
row (the rule without them). A development tool: it wraps `qa.cite`'s private highlight function to see what it
saw, and sets its weights for the replay (docs/retrieval.md, "The kind of statement asked for", "A number asked in
other words", "A sentence that points back to the topic").
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
import qa.evaluate.metrics as m  # noqa: E402
from bench import constants  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import BUNDLED_CORPUS, Settings  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from qa.rerank import word_shares  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
SETS = {"seed": (REPO / "qa/data/seed_questions.jsonl", BUNDLED_CORPUS, REPO / "bench/out/index-seed"),
        "real": (REPO / "bench/questions/real-dev.jsonl", SHARED, REPO / "bench/out/index-shared"),
        "conversations": (REPO / "bench/questions/conversations-dev.jsonl", SHARED, REPO / "bench/out/index-shared")}
OUT = REPO / "bench" / "out" / "highlight"


def overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and b > s for s, e in spans)


def collect(ids: str | None = None, not_ids: str | None = None) -> list[dict]:
    """Ask every answerable dev question (those whose id matches `ids` and not `not_ids`, regular expressions, where
    given); record the first citation's candidate passages and units."""
    calls: list = []  # each highlight's units, and "end" after each citation
    real, real_exchange, real_citation = cite.passage_highlight, cite._cite_exchange, cite._citation
    real_pair = cite._cite_pair
    paired: list[int] = []  # the ranks cited as a same-turn pair
    real_read = cite.read_question
    read: list[str] = []  # the question as qa.cite read it (a follow-up's, made standalone)

    def reading(question):
        read.append(question)
        return real_read(question)

    def recording(passage, asked, question_vector, units_of, vectors_of, opening=0.0, rest_of=None, aspect_weight=0.0,
                  **given):  # budget, told, told_words: recorded and replayed as given
        units = list(units_of(passage))
        texts = [passage.text[u.start:u.end] for u in units]
        vectors = vectors_of(passage, units) if question_vector is not None else None
        # the rest of the question beside each unit, encoded by the product's own `rest_of` (each rest once), so that
        # a replay whose best unit differs finds its rest too
        rests = {t: rest_of(t) for t in texts} if rest_of is not None and vectors is not None else None
        calls.append(dict(transcript=passage.transcript, passage=passage, units=units, texts=texts,
                          spans=[(u.start_char, u.end_char) for u in units],
                          cosines=None if vectors is None else vectors @ question_vector, vectors=vectors,
                          question_vector=question_vector,
                          overlaps=word_shares(asked.topic_stems(passage), texts).astype(np.float32), asked=asked,
                          opening=opening, rests=rests, aspect=bool(aspect_weight), given=given))
        return real(passage, asked, question_vector, units_of, vectors_of, opening, rest_of, aspect_weight, **given)

    def exchange(*args, **kwargs):
        cited = real_exchange(*args, **kwargs)
        calls.append("end")
        return cited

    def pair(rank, *args, **kwargs):
        paired.append(rank)
        return real_pair(rank, *args, **kwargs)

    def citation(*args, **kwargs):
        calls.append("end")
        return real_citation(*args, **kwargs)

    cite.passage_highlight, cite._cite_exchange, cite._citation = recording, exchange, citation
    cite._cite_pair = pair
    cite.read_question = reading
    records = []
    for name, (path, corpus, index) in SETS.items():
        tqa = TranscriptQA(Settings(index_dir=index))
        tqa.ingest([corpus])
        questions = [q for q in load_questions(path) if q.answerable and (ids is None or re.search(ids, q.id))
                     and (not_ids is None or not re.search(not_ids, q.id))]
        texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions if q.transcript}}
        gold = locate_gold(questions, texts.__getitem__, source=str(path))
        for q in questions:
            if q.history:  # a follow-up first asks its earlier question (qa.api keeps what that cited): not recorded
                tqa.ask(q.question, history=q.history)
            calls.clear()
            read.clear()
            paired.clear()
            answer = tqa.ask(q.question, history=q.history)
            first = answer.citations[0] if answer.citations else None
            count = calls.index("end") if "end" in calls else len(calls)  # the first citation's passages
            relevant = first is not None and first.transcript == q.transcript and overlaps(
                first.start_char, first.end_char, gold[q.id])
            records.append(dict(set=name, id=q.id, question=q.question, transcript=q.transcript, gold=gold[q.id],
                                calls=calls[:count], answered=answer.answerable, relevant=relevant,
                                read=read[-1] if read else None, kind=first.kind if first else None,
                                pair=1 in paired,
                                highlighted=bool(answer.answerable and first is not None
                                                 and _highlight_on_gold(first, texts, q.transcript, gold[q.id]))))
        print(f"{name}: {len(questions)} questions", file=sys.stderr)
    return records


def _highlight_on_gold(citation, texts: dict[str, str], transcript: str | None, gold) -> bool:
    """Whether the citation's highlight overlaps gold, as `tqa eval` scores highlight@1 (qa.evaluate.run)."""
    if citation.transcript != transcript:
        return False
    span = m.highlight_span(texts[citation.transcript], citation.start_char, citation.end_char, citation.highlight,
                            (citation.highlight_start_char, citation.highlight_end_char))
    return span is not None and m.overlaps(span, gold)


def replay(record: dict) -> bool:
    """Whether the first citation's highlight overlaps gold under `qa.cite`'s constants (a declined question: no):
    the product's `_passage_highlight` on each recorded passage, the best of them as `_cite_exchange` takes it."""
    if not record["answered"]:
        return False
    best = None
    # the question read again by the current code, so that a change to what it reads (`qa.cite.asked_kind`) replays;
    # the speakers it has speak are the product's (`qa.cite.read_for_citing`)
    asked = cite.read_question(record["read"]) if record.get("read") else None
    for call in record["calls"]:
        if not call["texts"]:
            continue
        stated = call["asked"]
        if asked is not None:  # an exchange's asking turn states no view (`qa.cite._cite_exchange`): kept so
            kept = asked if stated.kind is not None or not asked.asking else dataclasses.replace(asked, kind=None)
            stated = dataclasses.replace(kept, speakers=stated.speakers)
        found = _replay_call(call, stated)
        if best is None or found[0] > best[0]:  # the first of equals, as `max` takes it
            best = (*found, call)
    if best is None:
        return False
    _, start, end, call = best
    return call["transcript"] == record["transcript"] and overlaps(start, end, record["gold"])


def _replay_call(call: dict, asked: "cite.Asked") -> tuple[float, int, int]:
    """The best score of one recorded passage and its highlight's file span (start, end), as the product chooses it:
    `qa.cite.passage_highlight` on what `collect` recorded, or, for a call of the older shape (texts, cosines, word
    shares and the opening bonus only: the tests' synthetic calls, records collected before 2026-12-03), its scores
    (`highlight_scores`) and `highlight_units`, which is that choice without what the older shape lacks (the stored
    vectors the restating rules read)."""
    if "units" not in call:
        texts, spans = call["texts"], call["spans"]
        scores = np.array(cite.highlight_scores(asked, texts, call["cosines"], call["overlaps"]), dtype=float)
        scores[0] += call["opening"]
        first, last = cite.highlight_units(texts, scores, cite.takes_over(asked, texts))
        return float(scores.max()), spans[first][0], spans[last][1]
    units, vectors, rests = call["units"], call["vectors"], call["rests"]
    chosen = cite.passage_highlight(call["passage"], asked, call["question_vector"], lambda p: units,
                                     lambda p, u: vectors, call["opening"], None if rests is None else rests.__getitem__,
                                     cite.ASPECT_WEIGHT if call["aspect"] else 0.0, **call.get("given", {}))
    return chosen.score, chosen.first.start_char, chosen.last.end_char


GRIDS = {"grid": {"REASON_WEIGHT": (0.0, 0.3, 0.5, 0.7, 1.0), "OPINION_WEIGHT": (0.0, 0.3, 0.5, 0.7)},
         "grid-number": {"QUANTITY_WEIGHT": (0.0, 0.1, 0.2, 0.3, 0.5),
                         "TOPIC_OPENING_PENALTY": (0.0, 0.1, 0.2, 0.3, 0.4)},
         "grid-intent": {"INTENT_WEIGHT": (0.0, 0.1, 0.2, 0.3, 0.5, 0.7)},
         # HANDOVER_SHARE 1.0: never (the unit after the best scores less, bar ties)
         "grid-continuation": {"CONTINUATION_WEIGHT": (0.0, 0.3, 0.5, 0.7, 1.0),
                               "HANDOVER_SHARE": (1.0, 0.9, 0.8, 0.7, 0.6)},
         # a unit opening on what the best unit named and saying a question word it lacks (hl42); 2.0: never
         "grid-adding": {"ADDING_HANDOVER_SHARE": (2.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)},
         # the hand-over only for a unit pointing back within its first N words or saying more of the question (hl43);
         # 0: a pointing word anywhere
         "grid-opening": {"HANDOVER_OPENING_WORDS": (0, 1, 2, 3, 4, 5, 6, 8, 12)}}


def grid(records: list[dict], axes: dict[str, tuple[float, ...]]) -> None:
    """One row per cell of `axes`: highlight@1 and in relevant first citations per set, and the questions that
    change against the first cell (+ now on the gold, - no longer)."""
    print(" ".join(axes) + " | " + " | ".join(f"{s} hl@1, in relevant" for s in SETS))
    first = None
    for cell in np.array(np.meshgrid(*axes.values(), indexing="ij")).reshape(len(axes), -1).T:
        with constants(cite, **dict(zip(axes, cell))):
            hits = [replay(r) for r in records]
        first = hits if first is None else first
        cells = []
        for name in SETS:
            rows = [(h, r) for h, r in zip(hits, records) if r["set"] == name]
            relevant = [h for h, r in rows if r["relevant"]]
            cells.append(f"{np.mean([h for h, _ in rows]):.3f}, {np.mean(relevant):.3f}")
        changed = [("+" if h else "-") + r["id"] for h, was, r in zip(hits, first, records) if h != was]
        print(" ".join(f"{v:.1f}" for v in cell) + " | " + " | ".join(cells) + " | " + " ".join(changed))


def check(records: list[dict]) -> None:
    """Per set: for how many questions the replay at the current constants agrees with the product's own highlight@1
    (recorded by `collect`), and the questions where it does not."""
    for name in SETS:
        rows = [r for r in records if r["set"] == name]
        differ = [r for r in rows if replay(r) != r["highlighted"]]
        print(f"{name}: replay agrees with the product on {len(rows) - len(differ)} of {len(rows)}; product "
              f"highlight@1 {sum(r['highlighted'] for r in rows)}, replay {sum(map(replay, rows))}")
        for r in differ:
            print(f"  {r['id']} ({r['kind']}{', pair' if r['pair'] else ''}): product {r['highlighted']}, "
                  f"replay {not r['highlighted']}: {r['question']}")


def misses(records: list[dict]) -> None:
    for r in records:
        if r["relevant"] and not replay(r):
            print(f"{r['set']} {r['id']}: {r['question']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("collect", *GRIDS, "check", "misses"))
    parser.add_argument("--ids", help="collect: only questions whose id matches this regular expression")
    parser.add_argument("--not-ids", help="collect: leave out questions whose id matches this regular expression")
    parser.add_argument("--records", default="records-dev.pkl", help="the records' file in bench/out/highlight")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / args.records
    if args.what == "collect":
        path.write_bytes(pickle.dumps(collect(args.ids, args.not_ids)))
    elif args.what in GRIDS:
        grid(pickle.loads(path.read_bytes()), GRIDS[args.what])
    elif args.what == "check":
        check(pickle.loads(path.read_bytes()))
    else:
        misses(pickle.loads(path.read_bytes()))


if __name__ == "__main__":
    main()
