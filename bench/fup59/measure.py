"""fup59: the dev conversation records whose question has history, measured against the earlier answer's first
citation (the earlier question asked again with its own history, as `ask` answers it).

    HF_HUB_OFFLINE=1 PYTHONPATH=. python bench/fup59/measure.py RESULTS.jsonl --indexes DIR --out rows.jsonl

Per record: its category, whether it was searched with its history (`history_used`), its gold rank, the recording
the earlier answer cites first and its span, the recording its alone answer cites first (the record's
`asked_alone`), whether its first citation overlaps the earlier answer's first passage, and whether every content
stem of the question is said in the earlier answer's recording. Reads no held-out file.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('results', type=Path)
    parser.add_argument('--indexes', type=Path, required=True)
    parser.add_argument('--out', type=Path, required=True)
    args = parser.parse_args()
    qa = TranscriptQA(Settings(index_dir=args.indexes / 'index-shared'))
    stems_of: dict[str, frozenset] = {}
    earlier_of: dict[tuple, tuple | None] = {}
    with args.out.open('w') as out:
        for line in args.results.open():
            r = json.loads(line)
            history = r.get('history') or []
            if not history:
                continue
            key = tuple(history)
            if key not in earlier_of:
                a = qa.ask(history[-1], history=history[:-1])
                c = a.citations[0] if a.answerable and a.citations else None
                earlier_of[key] = (c.transcript, c.start_char, c.end_char) if c else None
            e = earlier_of[key]
            ans = r['answer']
            first = ans['citations'][0] if ans['answerable'] and ans['citations'] else None
            alone = (r.get('asked_alone') or {}).get('citations') or []
            same_passage = bool(e and first and first['transcript'] == e[0]
                                and first['start_char'] < e[2] and e[1] < first['end_char'])
            every = None
            if e:
                if e[0] not in stems_of:
                    stems_of[e[0]] = frozenset(content_stems(qa.store().text_and_turns(e[0])[0]))
                stems = content_stems(r['question'])
                every = bool(stems) and all(s in stems_of[e[0]] for s in stems)
            out.write(json.dumps({
                'id': r['id'], 'category': r['category'], 'answerable': r['answerable'],
                'question': r['question'], 'history': history, 'gold_transcript': r.get('transcript'),
                'history_used': ans.get('history_used'), 'rank': r.get('first_relevant_rank'),
                'declined': not ans['answerable'], 'earlier': e,
                'first': [first['transcript'], first['start_char'], first['end_char']] if first else None,
                'alone_first': alone[0] if alone else None, 'same_passage': same_passage,
                'every_word_in_earlier_recording': every}) + '\n')


if __name__ == '__main__':
    main()
