"""fup56: classify the dev follow-ups whose gold is not in the first three (Hit@3 = 0), by how they were searched
(with the history or alone: the answer's `history_used`) and what went wrong: declined; the first citation from
another recording; the right recording first but another recording at place 2 or 3; the right recording, another
passage (the gold after / before the first citation, in the same turn). Also counts the answered follow-ups searched
with history whose first three mix recordings (what a rule keeping a follow-up in its history's recording touches).

    python bench/fup56_classes.py RESULTS.jsonl [--show CLASS]
"""
import argparse
import collections
import json


def classify(record):
    answer = record['answer']
    cited = answer.get('citations') or []
    if not answer.get('answerable') or not cited:
        return 'declined'
    first = [c['transcript'] for c in cited[:3]]
    if first[0] != record['transcript']:
        return 'first cited from another recording'
    if any(t != record['transcript'] for t in first):
        return 'right recording first, another recording at 2-3'
    gold = record['gold'][0][0] if record.get('gold') else None
    top = cited[0]
    if gold is not None and top['start_char'] <= gold < top['end_char']:
        return 'right recording, gold in the first passage (highlight elsewhere)'
    return 'right recording, another passage ' + ('after' if gold is not None and gold > top['start_char'] else
                                                  'before')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('results')
    parser.add_argument('--show', default=None)
    args = parser.parse_args()
    records = [json.loads(line) for line in open(args.results)]
    records = [r for r in records if r['category'] == 'follow-up' and r['answerable']]
    classes = collections.Counter()
    ids = collections.defaultdict(list)
    mixed = collections.Counter()
    for record in records:
        answer = record['answer']
        used = 'history' if answer.get('history_used') else 'alone'
        rank = record.get('first_relevant_rank')
        hit = rank is not None and rank <= 3
        cited = [c['transcript'] for c in (answer.get('citations') or [])[:3]]
        if used == 'history' and cited and any(t != cited[0] for t in cited):
            mixed['hit' if hit else 'miss'] += 1
        if hit:
            continue
        key = (used, classify(record))
        classes[key] += 1
        ids[key].append(record['id'])
    print(f'{len(records)} answerable follow-ups; {sum(classes.values())} out of the first three')
    for key, count in sorted(classes.items()):
        print(f'{count:4d}  {key[0]:8s} {key[1]}  {" ".join(ids[key][:6])}')
        if args.show and args.show in key[1]:
            print('      ' + ' '.join(ids[key]))
    print('searched with history, first three mixing recordings:', dict(mixed))


if __name__ == '__main__':
    main()
