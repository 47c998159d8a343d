"""fup57: the dev follow-ups searched with their history whose first citation is in the gold's recording but another
passage (fup56's class "right recording, another passage"), measured against the earlier answer.

    HF_HUB_OFFLINE=1 PYTHONPATH=. python bench/fup57/measure.py RESULTS.jsonl --indexes DIR [--out rows.json]

For each, the earlier question is asked again (with its own history) and the follow-up alone; it reports what was
searched (`query`), which content words (stems) of the gold sentence are in the follow-up, in the earlier question
and in the earlier answer's first passage, where the gold lies against that passage (the same passage, the same turn,
the next turn of the same speaker, the reply (the next turn), farther before / after), and the gold's rank asked
alone.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def gold_rank(citations, transcript, gold):
    for c in citations:
        if c.transcript == transcript and any(c.start_char < e and s < c.end_char for s, e in gold):
            return c.rank
    return None


def turn_at(turns, char):
    best = None
    for t in turns:
        if t.start_char <= char:
            best = t
    return best


def where(qa, cited, transcript, gold):
    if cited is None:
        return 'none'
    if cited.transcript != transcript:
        return 'other recording'
    s, e = gold[0]
    if cited.start_char < e and s < cited.end_char:
        return 'same passage'
    _, turns = qa.store().text_and_turns(transcript)
    a, g = turn_at(turns, cited.start_char), turn_at(turns, s)
    if a is None or g is None:
        return 'farther'
    if a.index == g.index:
        return 'same turn ' + ('after' if s > cited.start_char else 'before')
    if g.index == a.index + 1:
        return 'next turn (reply)'
    if g.index == a.index - 1:
        return 'turn before'
    same = [t for t in turns if min(a.index, g.index) < t.index < max(a.index, g.index) and t.speaker == a.speaker]
    if g.speaker == a.speaker and not same:
        return 'next turn of the same speaker ' + ('after' if g.index > a.index else 'before')
    return 'farther ' + ('after' if g.index > a.index else 'before') + (' (same speaker)' if g.speaker == a.speaker
                                                                        else '')


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('results', type=Path)
    parser.add_argument('--indexes', type=Path, required=True)
    parser.add_argument('--out', type=Path)
    parser.add_argument('--all', action='store_true', help='every answered follow-up searched with history')
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in args.results.read_text().splitlines() if line.strip()]
    rows = []
    qa = TranscriptQA(Settings(index_dir=args.indexes / 'index-shared'))
    for r in records:
        a = r['answer']
        if r['category'] != 'follow-up' or not r['answerable'] or not r['gold'] or not a.get('history_used'):
            continue
        cited = a.get('citations') or []
        if not a.get('answerable') or not cited or cited[0]['transcript'] != r['transcript']:
            continue
        rank = r.get('first_relevant_rank')
        hit = rank is not None and rank <= 3
        if hit and not args.all:
            continue
        if any(c['transcript'] != r['transcript'] for c in cited[:3]) and not hit:
            continue
        g0, g1 = r['gold'][0]
        if cited[0]['start_char'] <= g0 < cited[0]['end_char'] and not args.all:
            continue
        history = r['history']
        earlier = qa.ask(history[-1], history=history[:-1], k=3)
        alone = qa.ask(r['question'], use_history=False, k=10)
        before = earlier.citations[0] if earlier.citations else None
        text, _ = qa.store().text_and_turns(r['transcript'])
        gold_words = content_stems(text[g0:g1])
        follow = content_stems(r['question'])
        asked = content_stems(' '.join(history))
        row = {'id': r['id'], 'rank': rank, 'hit': hit, 'question': r['question'], 'history': history,
               'query': a.get('query'), 'gold': text[g0:g1][:200],
               'where': where(qa, before, r['transcript'], r['gold']),
               'first_vs_earlier': where(qa, before, r['transcript'],
                                         [(cited[0]['start_char'], cited[0]['end_char'])]),
               'gold_in_follow': sorted(gold_words & follow), 'gold_in_asked': sorted(gold_words & asked),
               'gold_in_earlier_passage': sorted(gold_words & content_stems(before.text)) if before else [],
               'own': sorted(follow - asked), 'own_in_gold': sorted((follow - asked) & gold_words),
               'own_in_first': sorted((follow - asked) & content_stems(cited[0]['text'])),
               'alone_rank': gold_rank(alone.citations, r['transcript'], r['gold'])}
        rows.append(row)
        print(json.dumps(row), flush=True)
    counts = collections.Counter(row['where'] for row in rows if not row['hit'])
    print(sum(counts.values()), 'misses:', dict(counts.most_common()))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1))


if __name__ == '__main__':
    main()
