"""Check that each gold quote of a question file (long61's batches) is found in its transcript's raw text (md/txt)
with qa.evaluate.questions.find_quote, and how often.  python bench/long61/check_gold.py FILE"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from qa.evaluate.questions import find_quote  # noqa: E402

T = Path(__file__).resolve().parents[3] / "shared" / "data" / "transcripts"
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    for q in r.get("gold_quotes", []):
        n = len(find_quote((T / r["transcript"]).read_text(encoding="utf-8"), q))
        if n != 1:
            print(r["id"], n, q)
print("checked")
