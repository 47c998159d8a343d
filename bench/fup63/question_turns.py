"""The question turns of the shared transcripts, each with the turn before it and the first reply to it (fup63:
what the batches' askers are; read, not run against any answer).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fup63/question_turns.py INDEX-SHARED [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import Settings, TranscriptQA  # noqa: E402


def main(argv: list[str]) -> None:
    qa = TranscriptQA(Settings(index_dir=Path(argv[0])))
    store = qa.store()
    for info in store.all_infos():
        if argv[1:] and not any(n in info.name for n in argv[1:]):
            continue
        text, turns = store.text_and_turns(info.name)
        print(f"== {info.name}: {sum(t.role == 'question' for t in turns)} question turns of {len(turns)}")
        for i, t in enumerate(turns):
            if t.role != "question":
                continue
            before = turns[i - 1] if i else None
            after = next((u for u in turns[i + 1:] if u.question_index == i), None)
            if before is not None:
                print(f"  [{before.index} {before.speaker} {before.role} {before.start_char}] {before.text[:160]!r}")
            print(f"  Q[{t.index} {t.speaker} {t.start_char}] {t.text[:500]!r}")
            if after is not None:
                print(f"  A[{after.index} {after.speaker} {after.start_char}] {after.text[:300]!r}")
            print()


if __name__ == "__main__":
    main(sys.argv[1:])
