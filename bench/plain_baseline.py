"""The plain baseline of ../shared/bench/qmsum/BASELINES.md, rebuilt and scored by `tqa eval`'s own code, so that
it and the product can be compared on the same questions with every metric (the word-budget ones included) and
a paired significance test (`tqa eval --compare`).

    .venv/bin/python bench/plain_baseline.py --split test --scope transcript --out bench/out/qmsum/plain-test-transcript

The baseline as BASELINES.md describes it: each meeting's turns packed greedily, in order, into windows of at
most 200 words, no overlap (a longer turn is cut into 200-word pieces); BM25 (bm25s, k1 1.5, b 0.75, English
stop words, no stemming) over the window texts; dense: all-MiniLM-L6-v2 cosine, exact; hybrid: reciprocal rank
fusion (k 60) of the two top-100 lists. Window vectors are cached in bench/out/qmsum/plain-<split>.npy.
Turns come from the product's parser, so the window spans use the same offsets as the gold.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from embeddings.encoder import load_encoder  # noqa: E402
from qa.config import DEFAULT_MODEL  # noqa: E402
from qa.evaluate import metrics as m  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from qa.evaluate.report import check_out_dir, write_report  # noqa: E402
from qa.evaluate.run import EvalRun, score_questions, summarize_run  # noqa: E402
from qa.parse import parse_file  # noqa: E402
from qa.retrieve import fuse_rankings  # noqa: E402
from qa.types import Answer, Citation, TranscriptInfo  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum"
WINDOW_WORDS = 200
CANDIDATES = 100
RRF_K = 60


@dataclass(frozen=True)
class Window:
    transcript: str
    start_char: int
    end_char: int
    text: str
    speakers: tuple[str, ...]

    @property
    def words(self) -> int:
        return len(self.text.split())


def windows_of(path: Path) -> tuple[str, list[Window]]:
    """The transcript's text and its windows: whole turns packed up to WINDOW_WORDS words (a longer turn cut)."""
    transcript = parse_file(path)
    windows: list[Window] = []
    group: list[tuple[int, int, str, str]] = []  # (start_char, end_char, speaker, words)
    count = 0

    def close() -> None:
        lines, last = [], None
        for _, _, speaker, words in group:
            lines.append(words if speaker == last else f"{speaker}: {words}")
            last = speaker
        windows.append(Window(transcript.name, group[0][0], group[-1][1], "\n".join(lines),
                              tuple(dict.fromkeys(g[2] for g in group))))

    for turn in transcript.turns:
        words = turn.text.split()
        if not words:
            continue
        span = turn.end_char - turn.start_char
        for at in range(0, len(words), WINDOW_WORDS):  # a turn over the limit is cut (span cut in proportion)
            piece = words[at:at + WINDOW_WORDS]
            start = turn.start_char + span * at // len(words)
            end = turn.start_char + span * (at + len(piece)) // len(words)
            if group and count + len(piece) > WINDOW_WORDS:
                close()
                group, count = [], 0
            group.append((start, end, turn.speaker, " ".join(piece)))
            count += len(piece)
    if group:
        close()
    return transcript.text, windows


class PlainBaseline:
    """The baseline's windows of one QMSum split, with their BM25 index and vectors, ranked per question."""

    def __init__(self, split: Path, encoder, cache: Path | None | str = "default"):
        """`cache`: where the window vectors are kept between runs (default bench/out/qmsum/plain-<split>.npy;
        None: not kept)."""
        import bm25s

        self.encoder = encoder
        self.texts: dict[str, str] = {}
        self.windows: list[Window] = []
        for path in sorted((split / "transcripts").iterdir()):
            self.texts[path.name], found = windows_of(path)
            self.windows += found
        if cache == "default":
            cache = REPO / "bench" / "out" / "qmsum" / f"plain-{split.name}.npy"
        vectors = np.load(cache) if cache is not None and Path(cache).exists() else None
        if vectors is None or len(vectors) != len(self.windows):
            vectors = encoder.encode([w.text for w in self.windows])  # cut at the model's 256 tokens, as published
            if cache is not None:
                Path(cache).parent.mkdir(parents=True, exist_ok=True)
                np.save(cache, vectors)
        self.vectors = vectors
        self._bm25s = bm25s
        self.bm25 = bm25s.BM25(k1=1.5, b=0.75)
        self.bm25.index(bm25s.tokenize([w.text for w in self.windows], stopwords="en", show_progress=False),
                        show_progress=False)
        self.owner = np.asarray([w.transcript for w in self.windows])

    def rank(self, question: str, transcript: str | None, mode: str = "hybrid") -> list[Window]:
        """Windows best first (up to 2 x CANDIDATES), among `transcript`'s only when given."""
        pool = np.flatnonzero(self.owner == transcript) if transcript else np.arange(len(self.windows))
        sims = self.vectors[pool] @ self.encoder.encode([question])[0]
        dense = [int(pool[i]) for i in np.argsort(-sims, kind="stable")[:CANDIDATES]]
        tokens = self._bm25s.tokenize([question], stopwords="en", show_progress=False, return_ids=False)[0]
        scores = np.asarray(self.bm25.get_scores(tokens))[pool] if tokens else np.zeros(len(pool))
        lexical = [int(pool[i]) for i in np.argsort(-scores, kind="stable")[:CANDIDATES] if scores[i] > 0]
        if mode == "dense":
            ranked = dense
        elif mode == "lexical":
            ranked = lexical
        else:  # plain RRF: equal weights (the product's fusion at dense weight 0.5 orders alike)
            ranked = [row for row, _ in fuse_rankings([(r, 0.0) for r in dense], [(r, 0.0) for r in lexical], 0.5,
                                                      RRF_K)]
        return [self.windows[i] for i in ranked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="test", choices=["val", "test"])
    parser.add_argument("--scope", default="transcript", choices=["transcript", "corpus"])
    parser.add_argument("--mode", default="hybrid", choices=["hybrid", "dense", "lexical"])
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if not args.qmsum.is_dir():
        sys.exit(f"{args.qmsum} is not present (../shared exists only in the project's CI); nothing to run")
    started = time.perf_counter()
    split = args.qmsum / args.split
    questions_path = split / "questions.jsonl"
    questions = load_questions(questions_path)
    baseline = PlainBaseline(split, load_encoder(DEFAULT_MODEL))
    texts, windows = baseline.texts, baseline.windows
    gold = locate_gold(questions, texts.__getitem__, source=str(questions_path))
    indexed = time.perf_counter()

    asked = []
    for q in questions:
        t0 = time.perf_counter()
        ranked = baseline.rank(q.question, q.transcript if args.scope == "transcript" else None, args.mode)
        citations = tuple(
            Citation(rank=r, transcript=w.transcript, title=w.transcript, date=None, speaker=", ".join(w.speakers),
                     role="statement", question=None, start_char=w.start_char, end_char=w.end_char,
                     start_time=None, end_time=None, text=w.text, highlight="", score=0.0)
            for r, w in enumerate(ranked[:m.DEPTH], 1))
        answer = Answer(q.question, True, citations[0].text if citations else "", citations, q.question)
        deep = [(w.transcript, w.start_char, w.end_char, w.words) for w in ranked[:m.BUDGET_DEPTH]]
        asked.append((q, answer, (time.perf_counter() - t0) * 1000, deep))
    counts = {}
    for w in windows:
        counts[w.transcript] = counts.get(w.transcript, 0) + 1
    infos = {name: TranscriptInfo(name, name, None, None, "txt", (), n, "") for name, n in counts.items()}
    results = score_questions(asked, gold, texts, k=5, scope=args.scope, infos=infos)
    depth = m.DEPTH
    summary = summarize_run(results, 5)
    done = time.perf_counter()
    config = {"questions": str(questions_path), "corpus": str(split / "transcripts"), "index": "(none: plain baseline)",
              "scope": args.scope, "k": 5, "depth": depth, "mode": f"plain baseline, {args.mode}",
              "model": DEFAULT_MODEL, "transcripts": len(texts), "passages": len(windows),
              "seconds": {"index": round(indexed - started, 3), "ask": round(done - indexed, 3),
                          "total": round(done - started, 3)}}
    out = check_out_dir(args.out)
    write_report(EvalRun(results=results, metrics=summary, config=config, texts=texts), out)
    overall = summary["overall"]
    print(f"{args.split} {args.scope} plain {args.mode}: {len(windows)} windows, "
          + " ".join(f"{name} {overall[name]:.3f}" for name in
                     ("hit@1", "hit@3", "hit@5", "hit@10", "recall@5", "recall@10", "mrr@10", "hit@200w",
                      "hit@1000w", "recall@1000w"))
          + f", {overall['cited_words']:.0f} words/citation; wrote {out}/")


if __name__ == "__main__":
    main()
