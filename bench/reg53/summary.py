"""reg53: one line per question of a batch run (bench/reg53/run_batch.py OUT): register, answerable, declined, the
gold's first rank, the best passage's and sentence's cosines; the note of a decline, or the first citation of a miss.

    .venv/bin/python bench/reg53/summary.py OUT [OUT ...]
"""
import json,sys,glob
for out in sys.argv[1:]:
  rows=[]
  for f in sorted(glob.glob(out+'/*/results.jsonl')):
    rows+= [json.loads(l) for l in open(f)]
  for r in rows:
    a=r['answer']; dec=not a['answerable']
    ev=a.get('evidence') or {}
    cits=a.get('citations') or []
    c0=cits[0] if cits else {}
    print(f"{r['id']:15s} {r['register'][:5]} ans={int(r['answerable'])} dec={int(dec)} "
          f"rank={r.get('first_relevant_rank')} cos={ev.get('cosine', 0):.2f} sen={ev.get('sentence', 0):.2f} "
          f"| {r['question'][:70]}")
    if dec: print('      NOTE:', a.get('note'))
    elif r['answerable'] and r.get('first_relevant_rank')!=1 and cits:
      print('      [1]:', (c0.get('speaker'), (c0.get('text') or '')[:150]))
