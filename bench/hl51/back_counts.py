"""Counts behind hl51's choices (issue 10 point 3; development runs only). Session s42, helper hl51.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl51/back_counts.py [SHOW ...]

Over the right first citations of /work/main/bench/out/eval-dev-s41f over a .md or the seed's .txt whose highlight opens
by pointing back (`qa.cite.points_back_early`, 3 words): hits and misses (the gold the sentence before, or other), by
whether the sentence before holds at least the share of the question's words the highlight holds."""
import re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.hl42_classes import classify, gold_in_text, records
from qa.segment import split_sentences
from qa.cite import points_back_early
from qa.rerank import content_stems, word_shares
c = Counter()
show = sys.argv[1:] 
for name, rec in records([Path('/work/main/bench/out/eval-dev-s41f')]):
    if not rec.get('answerable') or rec['metrics'].get('hit@1') != 1.0: continue
    suffix = Path(rec.get('transcript','')).suffix
    kind = 'seed' if name=='dev-seed' else ('md' if suffix=='.md' else None)
    if not kind: continue
    cit = rec['answer']['citations'][0]; text = cit['text']; hs = cit.get('highlight_start')
    if hs is None: continue
    if not points_back_early([cit['highlight']], 3)[0]: continue
    sents = split_sentences(text)
    prev = [s for s in sents if s[1] <= hs]
    if not prev: continue
    ps = text[prev[-1][0]:prev[-1][1]]
    if len(ps.split()) < 3: continue
    stems = content_stems(rec['question'])
    hsh, psh = (float(x) for x in word_shares(stems, [cit['highlight'], ps])) if stems else (0,0)
    hit = bool(rec['metrics'].get('highlight@1'))
    row = classify(rec)
    gold_prev = bool(row and row['dist']==1 and row['class'].endswith('before'))
    key = (kind, 'hit' if hit else ('miss, gold before' if gold_prev else 'miss other'),
           'prev share >= hl' if psh >= hsh else 'prev share < hl')
    c[key] += 1
    if show and key[1] in show:
        print(key, rec['id'], rec['question'], '\n  P:', ps[:150].replace('\n', ' '), f'({psh:.2f})',
              '\n  H:', cit['highlight'][:150].replace('\n', ' '), f'({hsh:.2f})')
for k,v in sorted(c.items()): print(k,v)
