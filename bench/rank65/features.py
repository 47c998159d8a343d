"""rank65, step 1: for each standalone dev row of a run (seed, real and unanswerable), the first three citations'
readings of the transcript's structure: the asker's question their reply answers (a labelled question, or the
other speaker's turn with a "?" just before the reply's turn) and its cosine to the user's question (the whole
question turn, and its best "?" sentence); where the citation starts within its speaker's turn (characters in);
and which citations overlap the gold. Written to a JSON lines file that `simulate.py` reads.

    HF_HUB_OFFLINE=1 PYTHONPATH=. python bench/rank65/features.py /work/main/bench/out/eval-dev-s49g \
        bench/out/r65-feat.jsonl
"""
from __future__ import annotations

import bisect
import json
import re
import sys
from pathlib import Path

import numpy as np

from qa.api import TranscriptQA
from qa.config import Settings

INDEXES = {"dev-seed": "bench/out/idx-s20/index-seed", "dev-real+unanswerable": "bench/out/idx-s20/index-shared"}
BACK = 3  # turns read back from a reply's turn for the question it answers
_SENTENCE = re.compile(r"[^.?!]*[?]")


def turn_at(turns, char):
    starts = [t.start_char for t in turns]
    i = bisect.bisect_right(starts, char) - 1
    return turns[max(i, 0)]


def asker(turns, turn):
    """(index, text) of the question `turn` replies to, or None."""
    if turn.role == "question":
        return turn.index, turn.text
    if turn.question_index is not None:
        return turn.question_index, turns[turn.question_index].text
    for t in reversed(turns[max(0, turn.index - BACK):turn.index]):
        if t.speaker != turn.speaker and "?" in t.text:
            return t.index, t.text
        if t.speaker == turn.speaker:
            return None
    return None


def unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / (np.linalg.norm(v, axis=-1, keepdims=True) + 1e-9)


def main(run: str, out: str) -> None:
    with open(out, "w") as sink:
        for part, index in INDEXES.items():
            qa = TranscriptQA(Settings(index_dir=Path(index)))
            store = qa.store()
            encode = qa._query_encode()
            cache: dict = {}

            def asked_vectors(transcript, i, text):
                key = (transcript, i)
                if key not in cache:
                    sentences = [s.strip() for s in _SENTENCE.findall(text) if len(s.split()) >= 3] or [text[-600:]]
                    cache[key] = (unit(encode([text[-1500:]])[0]), unit(encode(sentences)))
                return cache[key]

            rows = [json.loads(line) for line in open(Path(run) / part / "results.jsonl")]
            rows = [r for r in rows if not r["history"] and len(r["answer"]["citations"]) >= 2]
            qv = unit(encode([r["question"] for r in rows]))
            for r, v in zip(rows, qv):
                feats = []
                for c in r["answer"]["citations"][:3]:
                    text, turns = store.text_and_turns(c["transcript"])
                    last = c["turns"][-1]
                    turn = turn_at(turns, last["start_char"])
                    asked = asker(turns, turn)
                    whole = best = None
                    if asked is not None:
                        w, s = asked_vectors(c["transcript"], asked[0], asked[1])
                        whole, best = float(w @ v), float(np.max(s @ v))
                    gold = any(c["transcript"] == r["transcript"] and c["start_char"] < e and c["end_char"] > s
                               for s, e in r["gold"] or [])
                    feats.append({"score": c["score"], "gold": gold, "speaker": c["speaker"], "kind": c["kind"],
                                  "turn": turn.index, "asker": asked[0] if asked else None,
                                  "ask_whole": whole, "ask_best": best,
                                  "into_turn": last["start_char"] - turn.start_char,
                                  "turn_len": turn.end_char - turn.start_char,
                                  "transcript": c["transcript"], "hl": c["highlight"][:120]})
                sink.write(json.dumps({"id": r["id"], "set": part, "question": r["question"],
                                       "rank": r.get("first_relevant_rank"), "answerable": r["answerable"],
                                       "declined": not r["answer"]["answerable"], "has_gold": bool(r["gold"]),
                                       "cites": feats}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
