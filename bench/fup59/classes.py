"""fup59: the classes of bench/fup59/measure.py's rows, and the records a rule would touch.

    python bench/fup59/classes.py rows.jsonl [--list]

Missed answerable follow-ups (gold not in the first three or declined) by how they were searched: read alone
(`history_used` false) or with history, and among those with history whose first citation is the earlier answer's
first passage again. Then the rule's trigger (read alone, answered, the earlier answer cited something, the alone
answer's first citation in another recording than the earlier answer's, every content stem of the turn said in the
earlier answer's recording), counted per category: what a rule that searches such a turn with its history touches.
"""
from __future__ import annotations

import collections
import json
import sys


def missed(r) -> bool:
    return r['declined'] or r['rank'] is None or r['rank'] > 3


def trigger(r) -> bool:
    alone = r['alone_first']
    return (not r['history_used'] and not r['declined'] and r['earlier'] is not None and alone is not None
            and alone[0] != r['earlier'][0] and bool(r['every_word_in_earlier_recording']))


def main() -> None:
    rows = [json.loads(line) for line in open(sys.argv[1])]
    fu = [r for r in rows if r['category'] == 'follow-up' and r['answerable']]
    miss = [r for r in fu if missed(r)]
    alone = [r for r in miss if not r['history_used']]
    withh = [r for r in miss if r['history_used']]
    same = [r for r in withh if r['same_passage']]
    print(f'answerable follow-ups {len(fu)}, missed {len(miss)}: read alone {len(alone)}, with history '
          f'{len(withh)} (first citation = the earlier answer\'s passage: {len(same)})')
    print(f'  read alone, every word in the earlier recording: '
          f'{sum(bool(r["every_word_in_earlier_recording"]) for r in alone)}; alone first cite elsewhere: '
          f'{sum(1 for r in alone if r["alone_first"] and r["earlier"] and r["alone_first"][0] != r["earlier"][0])}')
    hits_same = sum(1 for r in fu if r['history_used'] and r['same_passage'] and not missed(r))
    print(f'  with history, first citation = the earlier passage and gold in the first three: {hits_same}')
    touched = collections.Counter()
    for r in rows:
        if trigger(r):
            key = r['category'] + ('' if r['category'] != 'follow-up' or not r['answerable']
                                   else (' missed' if missed(r) else ' hit'))
            touched[key] += 1
            if '--list' in sys.argv:
                print(' ', key, r['id'], r['rank'], '|', r['history'][-1][:60], '=>', r['question'])
    print('trigger touches:', dict(touched))


if __name__ == '__main__':
    main()
