"""The evidence fallback (docs/retrieval.md, "The evidence fallback"): for each question with history that its wording
reads as standalone and that is declined or uncertain asked alone, the answer searched with its history, collected
once; then each rule for keeping that answer is replayed over them, with follow-up Hit@3, switches identical to
asked alone, and nonsense, off-topic and unanswerable follow-ups declined.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_fallback.py --collect bench/out/fallback-all.json
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_fallback.py --replay bench/out/fallback-all.json --ids :conv-dev-348
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_fallback.py --replay bench/out/fallback-all.json \
        --ids conv-dev-501:conv-dev-533
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_fallback.py --latency bench/out/fallback-all.json

Asks conversations-dev (and the seed's dev follow-ups) over bench/out/index-shared (index-seed). `--ids FROM:TO`
keeps the ids from FROM to TO in file order (either end may be left out), to report questions written for the
rule apart from those the rule was chosen on.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402

SETS = [(REPO / "qa/data/seed_questions.jsonl", REPO / "bench/out/index-seed"),
        (REPO / "bench/questions/conversations-dev.jsonl", REPO / "bench/out/index-shared")]
NEAR_CITED = 3  # how many of the earlier answer's citations are recorded, for rules that read more than the first


def _cited(citations) -> list[list]:
    return [[c.transcript, c.start_char, c.end_char] for c in citations]


def _selected(questions, span: str | None):
    """The questions from id FROM to id TO of `span` ("FROM:TO", either may be empty), in file order."""
    if not span:
        return questions
    start, _, end = span.partition(":")
    ids = [q.id for q in questions]
    if (start and start not in ids) or (end and end not in ids):
        return []
    return questions[ids.index(start) if start else 0:ids.index(end) + 1 if end else len(ids)]


def _own_similarity(tqa: TranscriptQA, question: str, answer) -> float:
    """The cosine of the question alone (no history) to the highlight of the answer's first citation."""
    if not answer.citations:
        return 0.0
    vectors = tqa.query_encoder.encode([question, answer.citations[0].highlight])
    return float(vectors[0] @ vectors[1])


def collect(span: str | None) -> list[dict]:
    """One record per question with history: its category, gold, the alone answer, and, where the wording reads it
    as standalone and the alone answer is weak, the answer searched with its history and the earlier answer's
    first citations."""
    records = []
    for path, index in SETS:
        tqa = TranscriptQA(Settings(index_dir=index))
        questions = [q for q in _selected(load_questions(path), span) if q.history]
        texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions if q.transcript}}
        gold = locate_gold(questions, texts.__getitem__, source=str(path))
        for q in questions:
            with _fallback(False):
                alone = tqa.ask(q.question, use_history=False)
                product = tqa.ask(q.question, history=q.history)
            record = {"id": q.id, "category": q.category, "answerable": q.answerable, "transcript": q.transcript,
                      "gold": [list(g) for g in gold[q.id]], "history_used": product.history_used,
                      "alone": {"answerable": alone.answerable, "note": alone.note, "cited": _cited(alone.citations)},
                      "product": {"answerable": product.answerable, "cited": _cited(product.citations)}}
            weak = (conversation.is_weak(alone.answerable, alone.note)
                    and not (alone.evidence and alone.evidence.nonsense))
            if weak and not product.history_used:
                seen: list = []
                with _fallback(True, seen):
                    started = time.perf_counter()
                    tqa.ask(q.question, history=q.history)
                    ms = (time.perf_counter() - started) * 1000
                if seen:
                    followed, chain = seen[0]
                    earlier = tqa.ask(chain[-1], history=list(chain[:-1]))
                    record["followed"] = {"answerable": followed.answerable, "note": followed.note,
                                          "cited": _cited(followed.citations),
                                          "top_coverage": followed.evidence.top_coverage if followed.evidence else 0.0,
                                          "own_similarity": _own_similarity(tqa, q.question, followed)}
                    record["earlier"] = _cited(earlier.citations[:NEAR_CITED])
                    record["fallback_ms"] = ms
            records.append(record)
    return records


class _fallback:
    """The product's fallback on or off; with `seen`, the answer searched with the history is recorded and never
    kept (so that a replay decides)."""

    def __init__(self, on: bool, seen: list | None = None):
        self.on, self.seen = on, seen

    def __enter__(self):
        self.before = (conversation.FALLBACK, conversation.keep_fallback, TranscriptQA._ask_ranked)
        conversation.FALLBACK = self.on
        if self.seen is not None:
            seen, ask_ranked = self.seen, TranscriptQA._ask_ranked

            def recording(tqa, question, store, settings, rows, corpus, context, *rest):
                result = ask_ranked(tqa, question, store, settings, rows, corpus, context, *rest)
                if context.reason and context.reason.startswith("asked alone"):
                    seen.append((result[0], context.questions))
                return result
            TranscriptQA._ask_ranked = recording
            conversation.keep_fallback = lambda *a: False  # recorded, never kept: the replay decides

    def __exit__(self, *exc):
        conversation.FALLBACK, conversation.keep_fallback, TranscriptQA._ask_ranked = self.before


def _near(spans, first, reach) -> bool:
    t, s, e = first
    return any(name == t and s - reach < b and e + reach > a for name, a, b in spans)


RULES = {
    "off (the product before)": lambda r: False,
    "the product: confident, own words in its first passages >= FALLBACK_MIN_COVERAGE":
        lambda r: r["followed"]["top_coverage"] >= conversation.FALLBACK_MIN_COVERAGE,
    "confident": lambda r: True,
    "confident, first citation within 2000 of the earlier first": lambda r: _near(r["earlier"][:1], r["f0"], 2000),
    "confident, within 2000 of one of the earlier first 3": lambda r: _near(r["earlier"][:3], r["f0"], 2000),
    "confident, within 1000 of one of the earlier first 3": lambda r: _near(r["earlier"][:3], r["f0"], 1000),
    "confident, same transcript as the earlier first": lambda r: r["f0"][0] == r["earlier"][0][0],
    **{f"confident, own words in its first passages >= {c}": (lambda c: lambda r: r["followed"]["top_coverage"] >= c)(c)
       for c in (0.01, 0.34, 0.5, 0.67, 1.0)},
    **{f"confident, own words >= 0.5 or the question's own cosine to the first highlight >= {c}":
       (lambda c: lambda r: r["followed"]["top_coverage"] >= 0.5 or r["followed"]["own_similarity"] >= c)(c)
       for c in (0.3, 0.4, 0.5)},
    **{f"confident, own words >= {c}, within 2000 of one of the earlier first 3":
       (lambda c: lambda r: r["followed"]["top_coverage"] >= c and _near(r["earlier"][:3], r["f0"], 2000))(c)
       for c in (0.5, 1.0)},
}


def _overlaps(cited: list, record: dict) -> bool:
    """Whether a citation (transcript, start, end) overlaps one of the record's gold spans."""
    return cited[0] == record["transcript"] and any(cited[1] < e and cited[2] > s for s, e in record["gold"])


def replay(records: list[dict], rule) -> dict:
    """The figures when `rule` decides which fallback answers are kept."""
    out = {"follow-up hit@3": [0, 0], "switch identical": [0, 0], "declined (unanswerable)": [0, 0], "kept": 0}
    for r in records:
        answer = r["product"]
        f = r.get("followed")
        if f and r.get("earlier") and f["cited"] and not conversation.is_weak(f["answerable"], f["note"]):
            if rule({**r, "f0": f["cited"][0]}):
                answer, out["kept"] = f, out["kept"] + 1
        if r["category"] == "follow-up" and r["gold"]:
            hit = answer["answerable"] and any(_overlaps(c, r) for c in answer["cited"][:3])
            out["follow-up hit@3"][0] += hit
            out["follow-up hit@3"][1] += 1
        if r["category"] == "switch":
            same = answer["cited"] == r["alone"]["cited"] and answer["answerable"] == r["alone"]["answerable"]
            out["switch identical"][0] += same
            out["switch identical"][1] += 1
        if not r["answerable"]:
            out["declined (unanswerable)"][0] += not answer["answerable"]
            out["declined (unanswerable)"][1] += 1
    return out


def latency(records: list[dict], rounds: int = 3) -> None:
    """Median ms of `ask` for each question the fallback was tried on, right after its earlier question was asked (as
    a chat asks it), with the fallback off and on, interleaved, `rounds` times; and once of every other question with
    history, on."""
    import statistics

    tried = {r["id"] for r in records if "followed" in r}
    times: dict[str, list[float]] = {"tried, fallback off": [], "tried, fallback on": [], "not tried, on": []}
    for path, index in SETS:
        tqa = TranscriptQA(Settings(index_dir=index))
        tqa.ask("warm up the model and the index")
        for q in [q for q in load_questions(path) if q.history and q.id in {r["id"] for r in records}]:
            labels = ("tried, fallback off", "tried, fallback on") if q.id in tried else ("not tried, on",)
            for _ in range(rounds if q.id in tried else 1):
                for label in labels:
                    with _fallback(not label.endswith("off")):
                        tqa.ask(q.history[-1], history=q.history[:-1])
                        started = time.perf_counter()
                        tqa.ask(q.question, history=q.history)
                        times[label].append((time.perf_counter() - started) * 1000)
    print("| questions with history | asks | median ms | p90 ms |\n| --- | --- | --- | --- |")
    for label, ms in times.items():
        if ms:
            print(f"| {label} | {len(ms)} | {statistics.median(ms):.1f} | {statistics.quantiles(ms, n=10)[-1]:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", help="FROM:TO, the ids kept (file order)")
    parser.add_argument("--collect", type=Path, help="write the collected records here")
    parser.add_argument("--replay", type=Path, help="replay records collected before instead of asking")
    parser.add_argument("--latency", type=Path, metavar="RECORDS",
                        help="time the questions the fallback was tried on (collected in RECORDS), off and on")
    args = parser.parse_args()
    if args.latency:
        latency(json.loads(args.latency.read_text()))
        return
    if args.replay:  # the ids kept among the records, in their order
        records = json.loads(args.replay.read_text())
        start, _, end = (args.ids or ":").partition(":")
        ids = [r["id"] for r in records]
        records = records[ids.index(start) if start in ids else 0:ids.index(end) + 1 if end in ids else len(ids)]
    else:
        records = collect(args.ids)
    if args.collect:
        args.collect.write_text(json.dumps(records) + "\n")
    tried = [r for r in records if "followed" in r]
    print(f"{len(records)} questions with history; {len(tried)} read as standalone and weak alone (fallback tried)")
    for r in tried:
        print(f"  {r['id']} [{r['category']}] alone={'ans' if r['alone']['answerable'] else 'DECL'} "
              f"followed={'ans' if r['followed']['answerable'] else 'DECL'}"
              f"{' unc' if conversation.is_weak(True, r['followed']['note']) else ''} ms={r['fallback_ms']:.0f}")
    print("\n| rule | kept | follow-up Hit@3 | switches identical | unanswerable declined |")
    print("| --- | --- | --- | --- | --- |")
    for name, rule in RULES.items():
        o = replay(records, rule)
        cell = lambda k: f"{o[k][0]}/{o[k][1]}"  # noqa: E731
        print(f"| {name} | {o['kept']} | {cell('follow-up hit@3')} | {cell('switch identical')} | "
              f"{cell('declined (unanswerable)')} |")


if __name__ == "__main__":
    main()
