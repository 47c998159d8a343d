"""nm59: dev questions asked alone whose form asks a condition's outcome ("What would X do if ...?", "What happens
if ..."), answered: whether the first DEPTH citations (argv 1) hold a word of condition; answerable
against unanswerable."""
import json,sys,re,collections
R='/work/main/bench/out/eval-dev-s45g/'
ASK=re.compile(r"\b(if|in case|suppose|supposing|unless|what happens when)\b",re.I)
COND=re.compile(r"\b(if|unless|in case|otherwise|whenever|would|suppose)\b",re.I)
depth=int(sys.argv[1]) if len(sys.argv)>1 else 3
fld=sys.argv[2] if len(sys.argv)>2 else 'text'
c=collections.Counter()
for f in ['dev-real+unanswerable','dev-seed','dev-conversations']:
    for l in open(R+f+'/results.jsonl'):
        r=json.loads(l)
        if r.get('history'): continue
        q=r['question']
        if not ASK.search(q): continue
        a=r['answer']
        texts=[(x.get(fld) or '') for x in a['citations'][:depth]]
        held=any(COND.search(t) for t in texts)
        k=('ans' if r['answerable'] else 'UN',a['answerable'],held)
        c[k]+=1
        if a['answerable'] and not held:
            print(k, r['id'], r.get('category'), '|', q[:110], '||',
                  texts[0][:90].replace('\n', ' ') if texts else '')
print(sorted(c.items()))
