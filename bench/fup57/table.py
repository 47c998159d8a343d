"""fup57: a batch's figures from two bench/ask_ids.py outputs (rule off, rule on): follow-ups Hit@1 / Hit@3,
declined, switches as alone, and every record whose rank or citations moved.

    python bench/fup57/table.py OFF.jsonl ON.jsonl
"""
import json
import sys


def figures(rows):
    fol = [r for r in rows if r['id'] in FOLLOW]
    sw = [r for r in rows if r['id'] not in FOLLOW]
    h1 = sum(r['rank'] == 1 for r in fol)
    h3 = sum(r['rank'] is not None and r['rank'] <= 3 for r in fol)
    dec = sum(not r['answerable'] for r in fol)
    alone = sum(bool(r.get('alone_same')) for r in sw)
    return f'follow-ups Hit@1 {h1} / Hit@3 {h3} of {len(fol)}, declined {dec}; switches as alone {alone} of {len(sw)}'


off = [json.loads(x) for x in open(sys.argv[1])]
on = [json.loads(x) for x in open(sys.argv[2])]
FOLLOW = {json.loads(x)['id'] for f in ('bench/fup57/A-conv.jsonl', 'bench/fup57/B-conv.jsonl') for x in open(f)
          if json.loads(x)['category'] == 'follow-up'}
print('off:', figures(off))
print('on: ', figures(on))
for a, b in zip(off, on):
    if (a['rank'], a['cites'], a['answerable'], a.get('alone_same')) != (b['rank'], b['cites'], b['answerable'],
                                                                         b.get('alone_same')):
        print(f"  {a['id']}: rank {a['rank']} -> {b['rank']}, cites moved: {a['cites'] != b['cites']} | {a['q']}")
