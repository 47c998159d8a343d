"""Batch evaluation: a question file -> per-question results, metrics, report with plots; and run comparison.

questions.py  question files (JSONL/CSV) -> EvalQuestion, gold quotes located into spans
metrics.py    pure metric functions (relevance by character overlap; Hit@k, MRR, nDCG as ranx defines them)
run.py        questions -> TranscriptQA.ask -> scored EvalRun
report.py     EvalRun -> results.jsonl, metrics.json, report.html, TREC run and qrels
compare.py    several output folders -> side-by-side metrics with paired significance tests
"""
