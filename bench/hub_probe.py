"""Dense-only probe (docs/retrieval.md, "Passages near every question"): does subtracting lam * cos(p, mean) lift the
gold passage's rank? The corpus centroid (g) and each transcript's (t); halves by id parity. Dev sets only."""
import json, sys, numpy as np
from pathlib import Path
from qa.api import TranscriptQA
from qa.config import Settings
def load(path, split=None):
    out=[]
    for l in open(path):
        r=json.loads(l)
        if r.get("answerable", True) and r.get("gold_quotes") and not r.get("history"):
            if split and r.get("split", "dev")!=split: continue
            out.append(r)
    return out
for idx, qfile in [("index-seed","qa/data/seed_questions.jsonl"),("index-shared","bench/questions/real-dev.jsonl")]:
    qa=TranscriptQA(Settings(index_dir=Path("bench/out/idx-s20")/idx)); st=qa.store()
    n=st.rows_total; V=st.vectors(np.arange(n)).astype(np.float32)
    live=[r for r in range(n)]
    P=st.passages(live)
    names=np.array([P[r].transcript for r in live]); starts=np.array([P[r].start_char for r in live]); ends=np.array([P[r].end_char for r in live])
    mu=V.mean(0); mu/=np.linalg.norm(mu)
    hub_global=V@mu
    # per transcript mean
    hub_t=np.zeros(n,np.float32)
    for t in set(names):
        m=names==t; c=V[m].mean(0); c/=np.linalg.norm(c); hub_t[m]=V[m]@c
    qs=[r for r in load(qfile) if not r["id"].startswith("seed-") or True]
    texts={}
    res={}
    for r in qs:
        q=qa.query_encoder.encode([r["question"]])[0]
        s=V@q
        tname=r.get("transcript")
        gq=r["gold_quotes"][0]
        if tname not in texts:
            try: texts[tname]=st.text(tname)
            except Exception: texts[tname]=None
        tx=texts[tname]
        if tx is None: continue
        at=tx.find(gq[:60])
        if at<0: continue
        gold=np.where((names==st.resolve(tname))&(starts<=at)&(ends>at))[0]
        if not len(gold): continue
        for lam in (0,0.1,0.2,0.3,0.5):
            for kind,h in (("g",hub_global),("t",hub_t)):
                sc=s-lam*h
                rank=(sc>sc[gold].max()).sum()+1
                res.setdefault((kind,lam),[]).append((r["id"],rank))
    print(idx, len(res[("g",0)]))
    for key,v in sorted(res.items()):
        ids=[i for i,_ in v]; ranks=np.array([x for _,x in v])
        odd=np.array([hash(i)%2 for i in ids])  # deterministic within run? use id parity below
        par=np.array([int(''.join(c for c in i if c.isdigit()) or 0)%2 for i in ids])
        f=lambda m: f"H1 {np.mean(ranks[m]==1):.3f} MRR10 {np.mean(np.where(ranks[m]<=10,1/ranks[m],0)):.3f}"
        print(key, "all", f(np.ones(len(ranks),bool)), "| odd", f(par==1), "| even", f(par==0))
