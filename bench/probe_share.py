"""scale59: the passages' and context windows' IVF of an index folder at several probe counts: recall@10 against an
exact scan of every live row, the codes scanned and the time of one search, side by side in one process.

`ann_nprobe` (192) was chosen on IVFs of `ann_lists(rows)` lists (4,000 at 1M: 4.8% of the lists scanned), but a
store trains its IVF once and retrains it only when the rows have grown eightfold, so an archive that grew by writes
holds fewer, larger lists (`index-mixed-1mp`: 2,687 lists trained at 451,567 rows, 7.1% scanned at 192 probes). This
measures what scanning the share the choice was measured at would give (`--nprobe`: lists scanned), on the questions
given (QMSum val and test and the dev sets' questions by default). scale61: the sections' IVF too, and what the
product scans for its setting (`probes_of_the_setting`: `embeddings.vectors.ann_probes`, the setting's share).

    HF_HUB_OFFLINE=1 nice -n 10 python bench/probe_share.py /work/wt-scale57/bench/out/index-mixed-1mp \
        --nprobe 129 192
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import faiss
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from embeddings.vectors import VectorSearch, ann_lists  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

QUESTIONS = ["/work/shared/bench/qmsum/val/questions.jsonl", "/work/shared/bench/qmsum/test/questions.jsonl",
             str(REPO / "bench/questions/real-dev.jsonl"), str(REPO / "bench/questions/unanswerable-dev.jsonl"),
             str(REPO / "bench/questions/conversations-dev.jsonl")]


def questions_of(paths: list[str], most: int) -> list[str]:
    out: dict[str, None] = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out[json.loads(line)["question"]] = None
    return list(out)[:most]


def exact_top(rows: np.ndarray, live: np.ndarray | None, queries: np.ndarray, k: int,
              block: int = 65_536) -> list[set[int]]:
    """The exact top k live rows of every query, as sets: one pass over the rows for all the queries (a block of rows
    against every query at a time), not one pass a query (scale61: 400 passes over 1.5 GB at 1M under load took
    tens of minutes). Ties at the k-th cosine may pick another row than `VectorSearch`'s exact scan."""
    best = np.full((len(queries), k), -np.inf, dtype=np.float32)
    ids = np.full((len(queries), k), -1, dtype=np.int64)
    for a in range(0, len(rows), block):
        scores = np.asarray(queries @ np.asarray(rows[a:a + block], dtype=np.float32).T)  # queries x block
        if live is not None:
            scores[:, ~live[a:a + block]] = -np.inf
        both = np.concatenate([best, scores], axis=1)
        both_ids = np.concatenate([ids, np.broadcast_to(np.arange(a, a + scores.shape[1]), scores.shape)], axis=1)
        top = np.argpartition(-both, k - 1, axis=1)[:, :k]
        best, ids = np.take_along_axis(both, top, axis=1), np.take_along_axis(both_ids, top, axis=1)
    return [{int(r) for r, s in zip(row_ids, row_scores) if np.isfinite(s)} for row_ids, row_scores in zip(ids, best)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--nprobe", type=int, nargs="+", default=[192], help="lists scanned (not the setting: "
                        "`probes_of_the_setting` says what `ann_probes` scans for `ann_nprobe`)")
    parser.add_argument("--questions", nargs="+", default=QUESTIONS)
    parser.add_argument("--most", type=int, default=400, help="questions used, the first of the files' in order")
    parser.add_argument("--candidates", type=int, default=100, help="k of the timed search (the product's "
                        "`candidates`)")
    parser.add_argument("--timed", type=int, default=200, help="questions timed at each probe count (twice, the "
                        "second timed)")
    args = parser.parse_args(argv)
    qa = TranscriptQA(Settings(index_dir=str(args.index), prefetch_index=False))
    store = qa.store()
    questions = questions_of(args.questions, args.most)
    vectors = np.ascontiguousarray(qa.query_encoder.encode(questions), dtype=np.float32)
    rows = len(store.live)
    result: dict = {"index": str(args.index), "rows": rows, "questions": len(questions),
                    "load_average_start": round(os.getloadavg()[0], 1)}
    searches = {"passages": store._search, "windows": store.window_search,  # noqa: SLF001 (a benchmark)
                "sections": store._section_search}  # noqa: SLF001
    for kind, search in searches.items():
        if search.ann is None:
            continue
        ivf = faiss.extract_index_ivf(search.ann)
        sizes = np.asarray([ivf.invlists.list_size(i) for i in range(ivf.nlist)])
        truth = exact_top(search.vectors, search.live, vectors, 10)
        entry = {"lists": int(ivf.nlist), "lists_at_this_size": ann_lists(search.ann_rows), "ivf_rows": search.ann_rows,
                 "probes_of_the_setting": search.nprobe, "setting": search.settings.nprobe, "by_nprobe": {}}
        for nprobe in sorted({*args.nprobe, search.nprobe}):  # and what the product scans for its setting
            probed = VectorSearch(search.vectors, search.live, search.ann, search.ann_rows, search.settings)
            probed.nprobe = ivf.nprobe = nprobe  # this many lists, whatever `ann_probes` makes of the setting
            found, times = [], []
            for v, true in zip(vectors, truth):
                found.append(len(true & {r for r, _ in probed.search(v, 10)}) / 10)
            for round_ in range(2):
                for v in vectors[:args.timed]:
                    t = time.perf_counter()
                    probed.search(v, args.candidates)
                    if round_:
                        times.append((time.perf_counter() - t) * 1000)
            _, lists = ivf.quantizer.search(vectors, nprobe)
            scanned = sizes[lists].sum(axis=1)
            entry["by_nprobe"][nprobe] = {"recall_at_10": round(float(np.mean(found)), 4),
                                          "worst": round(float(np.min(found)), 2),
                                          "scanned_share": round(nprobe / ivf.nlist, 4),
                                          "codes_scanned_median": int(np.median(scanned)),
                                          "search_ms_median": round(statistics.median(times), 2)}
        faiss.extract_index_ivf(search.ann).nprobe = search.nprobe
        result[kind] = entry
    result["load_average_end"] = round(os.getloadavg()[0], 1)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
