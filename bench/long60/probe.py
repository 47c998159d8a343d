"""Replay conversations turn by turn on one TranscriptQA over a copy of the shared index (long60): each turn asked
with all the turns before it as its history, as a user chats; prints what each turn searched and cited first.

    HF_HUB_OFFLINE=1 python bench/long60/probe.py INDEX_DIR 'q1' 'q2' ... [-- 'q1' ...]"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

if __name__ == "__main__":
    index, *args = sys.argv[1:]
    tqa = TranscriptQA(Settings(index_dir=index))
    tqa.ingest([REPO.parent / "shared" / "data" / "transcripts"])
    conversations, current = [], []
    for a in args:
        if a == "--":
            conversations.append(current)
            current = []
        else:
            current.append(a)
    conversations.append(current)
    for turns in conversations:
        for i, q in enumerate(turns):
            a = tqa.ask(q, history=turns[:i])
            first = a.citations[0] if a.citations else None
            print(f"[{i}] {'ans' if a.answerable else 'DECL'} | {a.query} | {a.note or ''}")
            if first is not None:
                text = first.highlight or first.text
                print(f"     -> {first.transcript[:20]}: {text[:150]!r}")
        print()
