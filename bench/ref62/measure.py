"""ref62 step 1: dev conversation rows whose latest earlier question asks who/which and whose follow-up says
he/she/him/his/her; the earlier answer's first citation's speaker, and whether the follow-up's gold lies in that
speaker's turns."""
import json, re, sys
path = sys.argv[1]
rows = [json.loads(l) for l in open(path)]
by = {(r["question"], tuple(r["history"]), r["transcript"]): r for r in rows}
ASKS = re.compile(r"^\s*(?:who|whom|whose|which)\b", re.I)
PRON = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)
n = miss = 0
for r in rows:
    if not r["history"] or not ASKS.search(r["history"][-1]) or not PRON.search(r["question"]):
        continue
    n += 1
    e = by.get((r["history"][-1], tuple(r["history"][:-1]), r["transcript"]))
    cit = e["answer"]["citations"] if e else []
    sp = cit[0]["speaker"] if cit else None
    rank = r["first_relevant_rank"]
    gold_sp = None
    # speaker of the cited passage that holds the gold (when it is cited)
    for c in r["answer"]["citations"]:
        if any(c["transcript"] == r["transcript"] and c["start_char"] <= a < c["end_char"] for a, b in r["gold"]):
            gold_sp = c["speaker"]; break
    ok = rank is not None and rank <= 3
    miss += not ok
    print(f"{r['id']:14} r={rank!s:4} ans1={sp!s:32.32} gold_sp={gold_sp!s:28.28} | {r['history'][-1][:60]} || "
          f"{r['question'][:60]}")
print(n, "rows", miss, "misses (Hit@3)")
