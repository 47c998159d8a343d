"""ref62 step 1: ask the earlier who/which questions of dev conversation rows (with their own history) over the
shared index as it stands, and print the first citation's speaker beside the follow-up's result in a run."""
import json, re, sys
from pathlib import Path
from qa.api import TranscriptQA
from qa.config import Settings
ASKS = re.compile(r"^\s*(?:who|whom|whose|which)\b", re.I)
PRON = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)
rows = [json.loads(l) for l in open(sys.argv[1])]
idx = sys.argv[2]
pat = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None
tqa = TranscriptQA(Settings(index_dir=Path(idx)))
for r in rows:
    if not r["history"] or not ASKS.search(r["history"][-1]) or not PRON.search(r["question"]):
        continue
    if pat and not pat.search(r["id"]):
        continue
    a = tqa.ask(r["history"][-1], history=r["history"][:-1])
    c = a.citations
    sp = [x.speaker for x in c[:3]]
    gold_in = None
    for i, x in enumerate(c[:1]):
        pass
    print(json.dumps({"id": r["id"], "rank": r.get("first_relevant_rank"), "answerable": r["answerable"],
                      "earlier": r["history"][-1], "q": r["question"], "speakers": sp,
                      "first": (c[0].transcript, c[0].start_char, c[0].end_char, c[0].text[:150]) if c else None}),
          flush=True)
