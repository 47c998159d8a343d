"""How well follow-up questions are resolved: the seed set's follow-ups asked with their history, without it,
and with the history simply glued in front of the question. Also the answerability decision on the seed set.
`--latency`: what a follow-up costs, asked right after its earlier question (as a chat asks it: what that answer
cited is remembered) and asked cold (its earlier question asked again to find what its answer cited), medians.

    .venv/bin/python bench/bench_followups.py [--latency]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import BUNDLED_CORPUS, REPO_ROOT, Settings  # noqa: E402

QUESTIONS = [json.loads(line) for line in (REPO_ROOT / "qa/data/seed_questions.jsonl").read_text().splitlines()]


def first_rank(tqa: TranscriptQA, gold: dict, **ask) -> int | None:
    text = tqa.transcript_text(gold["transcript"])
    spans = [(text.index(q), text.index(q) + len(q)) for q in gold["gold_quotes"]]
    answer = tqa.ask(k=5, **ask)
    return next((c.rank for c in answer.citations if any(c.start_char < e and c.end_char > s for s, e in spans)),
                None)


def latency(index: Path, follow_ups: list[dict], rounds: int = 5) -> None:
    """Median ms of a follow-up's `ask`, after its earlier question was just asked, and cold."""
    import statistics
    import time

    times: dict[str, list[float]] = {"after its earlier question": [], "cold": []}
    for _ in range(rounds):
        for q in follow_ups:
            for label in times:
                tqa = TranscriptQA(Settings(index_dir=index))
                tqa.ask("warm up the model and the index")
                if label != "cold":
                    tqa.ask(q["history"][-1], history=q["history"][:-1])
                started = time.perf_counter()
                tqa.ask(q["question"], history=q["history"])
                times[label].append((time.perf_counter() - started) * 1000)
    print("| a follow-up asked | median ms |\n| --- | --- |")
    for label, ms in times.items():
        print(f"| {label} | {statistics.median(ms):.1f} |")


def main() -> None:
    tqa = TranscriptQA(Settings(index_dir=Path(tempfile.mkdtemp(prefix="bench-followups-"))))
    tqa.ingest([BUNDLED_CORPUS])
    follow_ups = [q for q in QUESTIONS if q.get("history")]
    if "--latency" in sys.argv:
        latency(tqa.settings.index_dir, follow_ups)
        return
    ways = {
        "with history (the product)": lambda q: dict(question=q["question"], history=q["history"]),
        "question alone": lambda q: dict(question=q["question"]),
        "history glued before the question": lambda q: dict(question=" ".join([*q["history"], q["question"]])),
    }
    print(f"{len(follow_ups)} follow-up questions of qa/data/seed_questions.jsonl, k=5\n")
    print("| how the follow-up is searched | Hit@1 | Hit@3 | MRR@5 |")
    print("| --- | --- | --- | --- |")
    for label, make in ways.items():
        ranks = [first_rank(tqa, q, **make(q)) for q in follow_ups]
        hit = lambda k: sum(r is not None and r <= k for r in ranks) / len(ranks)  # noqa: E731
        mrr = sum(1 / r for r in ranks if r) / len(ranks)
        print(f"| {label} | {hit(1):.2f} | {hit(3):.2f} | {mrr:.2f} |")

    answerable = [q.get("answerable", True) for q in QUESTIONS]
    said = [tqa.ask(q["question"], history=q.get("history", ())).answerable for q in QUESTIONS]
    tp = sum(not g and not s for g, s in zip(answerable, said))
    fp = sum(g and not s for g, s in zip(answerable, said))
    fn = sum(not g and s for g, s in zip(answerable, said))
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"\n'not in these transcripts' on the {len(QUESTIONS)} seed questions ({answerable.count(False)} unanswerable):"
          f" precision {precision:.2f}, recall {recall:.2f}, answerable questions refused: {fp}")


if __name__ == "__main__":
    main()
