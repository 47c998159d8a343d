"""reg53: a batch run's figures (bench/reg53/run_batch.py OUT): answerable declined, Hit@1 and Hit@3 of the
answerable, MRR@10 sum, unanswerable declined; one line per OUT.

    .venv/bin/python bench/reg53/figures.py OUT [OUT ...]
"""
import glob
import json
import sys

for out in sys.argv[1:]:
    rows = [json.loads(line) for f in sorted(glob.glob(f"{out}/*/results.jsonl")) for line in open(f, encoding="utf-8")]
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    declined = sum(not r["answer"]["answerable"] for r in ans)
    hit1 = sum(r["first_relevant_rank"] == 1 and r["answer"]["answerable"] for r in ans)
    hit3 = sum((r["first_relevant_rank"] or 99) <= 3 and r["answer"]["answerable"] for r in ans)
    mrr = sum(r["metrics"].get("mrr@10") or 0 for r in ans)
    una_declined = sum(not r["answer"]["answerable"] for r in una)
    print(f"{out}: answerable {len(ans)}, declined {declined}, Hit@1 {hit1}, Hit@3 {hit3}, MRR@10 sum {mrr:.2f}; "
          f"unanswerable {len(una)}, declined {una_declined}")
