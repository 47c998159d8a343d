"""rank55: the features `qa.rerank.head_features` computes for the re-ranked head of each standalone question, dumped
as the pipeline ranks (no answer changes: `learned_first` is wrapped to record and return the order as it is).
Runs `bench/hl45_subset.py` (its arguments after DUMP); writes JSON lines to DUMP: the question, and per candidate
its transcript, span and feature row (qa.rerank.FEATURES).
    HF_HUB_OFFLINE=1 python bench/rank55/dump.py DUMP --ids REGEX --indexes bench/out/idx-s20 --out OUT"""
import json
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.rerank as rerank  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402

DUMP = Path(sys.argv.pop(1))
_asked = {"q": None}
_ask = TranscriptQA.ask_ranked


def ask(self, question, **kw):
    _asked["q"] = question
    return _ask(self, question, **kw)


def record(ranked, features, lead=None):
    rec = {"question": _asked["q"], "features": features.round(5).tolist(),
           "candidates": [[h.passage.transcript, h.passage.start_char, h.passage.end_char]
                          for h in ranked[:len(features)]]}
    with DUMP.open("a", encoding="utf-8") as f:
        f.write(json.dumps(rec) + "\n")
    return ranked


TranscriptQA.ask_ranked = ask
rerank.learned_first = record
rerank.LEARNED_ORDER = True
sys.argv[0] = str(REPO / "bench" / "hl45_subset.py")
runpy.run_path(sys.argv[0], run_name="__main__")
