"""exch53: on features.py's dump joined with the run's results (by question), per question: whether [1] (the
exchange) holds the gold, which candidate does, the score gaps and the cosines (the exchange's answer's and
question's best sentence, each candidate's), and the offline grid of the rule (margin, lead): gains and losses.
    python bench/exch53/signals.py DUMP RUN_DIR"""
import json
import sys
from pathlib import Path


def main() -> None:
    gold = {}
    for s in ("dev-real+unanswerable", "dev-seed"):
        for line in (Path(sys.argv[2]) / s / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["answerable"] and r["gold"]:
                gold[r["question"]] = (r["id"], r["gold"], r["transcript"])
    rows = []
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["question"] not in gold:
            continue
        qid, spans, name = gold[d["question"]]
        if any(qid == r[0] for r in rows):  # asked twice (a part read alone): the first reading
            continue

        def holds(c):
            return c["transcript"] == name and c["start"] is not None and any(c["start"] < e and s < c["end"] for s, e in spans)
        first = holds(d)
        at = next((c for c in d["candidates"] if holds(c)), None)
        rows.append((qid, d, first, at))
        cands = " ".join(f"[{c['rank']}{'*' if holds(c) else ''}{'x' if c['exchange'] else ''}"
                         f"{'' if c['in_head'] else 'o'} {d['score'] - c['score']:.2f} {c['cos'] or 0:.2f} "
                         f"{c['role'][:3]}]" for c in d["candidates"])
        print(f"{qid:22s} {'HIT ' if first else 'miss'} ans {d['answer_cos'] or 0:.2f} q {d['question_cos'] or 0:.2f}"
              f" | {cands}")
    print()
    misses = [(d, at) for _, d, first, at in rows if not first and at is not None]
    print(f"{len(rows)} questions, {sum(r[2] for r in rows)} hits; {len(misses)} misses with the gold among the next four:"
          f" its cosine above the answer's best {sum(at['cos'] > (d['answer_cos'] or 0) for d, at in misses)}, above"
          f" the whole exchange's {sum(at['cos'] > max(d['answer_cos'] or 0, d['question_cos'] or 0) for d, at in misses)}")
    hits = [d for _, d, first, _ in rows if first]
    print(f"hits: [2] above the answer's best {sum(d['candidates'][0]['cos'] > (d['answer_cos'] or 0) for d in hits)},"
          f" above the whole exchange's "
          f"{sum(d['candidates'][0]['cos'] > max(d['answer_cos'] or 0, d['question_cos'] or 0) for d in hits)}")
    for whole in (False, True):
      for margin in (0.05, 0.1, 0.15, 0.2, 0.3):
        for lead in (0.0, 0.02, 0.05, 0.1):
            gain = lose = 0
            for qid, d, first, at in rows:
                base = max(d["answer_cos"] or 0, d["question_cos"] or 0) if whole else d["answer_cos"] or 0
                bar, pick = base + lead, None
                for c in d["candidates"]:
                    if (c["exchange"] or not c["in_head"] or c["role"] == "question"
                            or d["score"] - c["score"] > margin or c["cos"] is None):
                        continue
                    if c["cos"] > bar:
                        bar, pick = c["cos"], c
                if pick is None:
                    continue
                if first:
                    lose += 1
                elif at is pick:
                    gain += 1
            print(f"{'whole exchange' if whole else 'answer only'} margin {margin:.2f} lead {lead:.2f}: "
                  f"+{gain} -{lose}")


if __name__ == "__main__":
    main()
