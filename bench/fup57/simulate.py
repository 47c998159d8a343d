"""fup57: simulate, over a run's cited ten (no search), a follow-up searched with its history whose first citation is
the earlier answer's passage again (bench/fup57/measure.py --all rows: `first_vs_earlier` "same passage") and which
has content words of its own not all in that passage: the highest cited passage of the same recording below place
PLACE that holds the most of its own words (at least one) is moved to place PLACE. Counts the gold moved into and
out of the first three.

    python bench/fup57/simulate.py RESULTS.jsonl MEASURE_ALL.json [PLACE]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from qa.rerank import content_stems  # noqa: E402


def gold_rank(cited, transcript, gold):
    for i, c in enumerate(cited, 1):
        if c['transcript'] == transcript and any(c['start_char'] < e and s < c['end_char'] for s, e in gold):
            return i
    return None


STRICT = '--strict' in sys.argv


def main():
    sys.argv = [a for a in sys.argv if a != '--strict']
    results, measure = sys.argv[1], sys.argv[2]
    place = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    rows = {r['id']: r for r in json.load(open(measure))}
    into, out, moved = [], [], 0
    for line in open(results):
        r = json.loads(line)
        m = rows.get(r['id'])
        if not m or m['first_vs_earlier'] != 'same passage':
            continue
        own = set(m['own'])
        cited = r['answer']['citations']
        if not own or own <= content_stems(cited[0]['text']):
            continue
        best, best_n = None, 0
        for i, c in enumerate(cited[place - 1:], place - 1):
            if c['transcript'] != cited[0]['transcript']:
                continue
            n = len(own & content_stems(c['text']))
            if n > best_n:
                best, best_n = i, n
        above = max((len(own & content_stems(c['text'])) for c in cited[1:place]), default=0)
        if best is None or best == place - 1 or (STRICT and best_n <= above):
            continue
        moved += 1
        new = cited[:place - 1] + [cited[best]] + [c for j, c in enumerate(cited[place - 1:], place - 1) if j != best]
        a, b = gold_rank(cited, r['transcript'], r['gold']), gold_rank(new, r['transcript'], r['gold'])
        if (a or 99) > 3 >= (b or 99):
            into.append((r['id'], a, b, r['question']))
        elif (b or 99) > 3 >= (a or 99):
            out.append((r['id'], a, b, r['question']))
    print('moved', moved, 'into', len(into), 'out', len(out))
    for x in into:
        print('  in ', x)
    for x in out:
        print('  out', x)


if __name__ == '__main__':
    main()
