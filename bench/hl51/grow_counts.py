"""Counts behind hl51's CONTINUED_ONLY (issue 10 point 3; development runs only). Session s42, helper hl51.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl51/grow_counts.py /work/main/bench/out/eval-dev-s41f

For each right first citation outside caption files, the sentence after its highlight in the cited text, where the two
fit in 40 words: how many would be grown and how many highlight misses would then hold the gold, by the form of the
sentence after (any, opens by pointing back, points back within 3 words, points back anywhere, at most 12 words)."""
import re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.hl42_classes import gold_in_text, records
from qa.segment import split_sentences
from qa.cite import points_back_early, refers_back, _OPENS_BACK
c = Counter()
for name, rec in records([Path(sys.argv[1])]):
    if not rec.get('answerable') or rec['metrics'].get('hit@1') != 1.0: continue
    if rec.get('transcript','').endswith(('.srt','.vtt','.json')): continue
    cit = rec['answer']['citations'][0]
    text, hs, he = cit['text'], cit.get('highlight_start'), cit.get('highlight_end')
    if hs is None: continue
    sents = split_sentences(text)
    hw = len(cit['highlight'].split())
    nxt = [s for s in sents if s[0] >= hs and s[1] > he and text[s[0]:s[1]].strip()]
    if not nxt: continue
    s = nxt[0]; nt = text[s[0]:s[1]].strip(); w = len(nt.split())
    if hw + w > 40: continue
    spans = gold_in_text(rec, cit)
    hit = bool(rec['metrics'].get('highlight@1'))
    gain = not hit and any(a < s[1] and b > s[0] for a, b in spans)
    early, anyback = bool(points_back_early([nt], 3)[0]), bool(refers_back([nt])[0])
    opens = bool(_OPENS_BACK.match(nt))
    feats = {'any': True, 'opens back': opens, 'early3': early,
             'early3 or (<=12w & refers)': early or (w <= 12 and anyback), 'refers anywhere': anyback, '<=12w': w <= 12}
    for f, v in feats.items():
        if v:
            c[name, f, 'grown'] += 1; c[name, f, 'gain'] += gain
for k in sorted({k[:2] for k in c}):
    print(k, c[k+('grown',)], c[k+('gain',)])
