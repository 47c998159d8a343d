"""A lone word of the question said nowhere near the answer (issue 10 point 5; near26): over a dev run of
bench/eval_sets.py, the answered questions whose first passages lack a content word of theirs that the first
passage's transcript never says, and how much nearer the first highlight is to the question with that word than
without it (`qa.answerable.word_shift`), by the model's vectors; then how many answerable and unanswerable ones a
decline on "such a word, its shift at most S, the nearest passage's cosine below C" would take, over the dev ids
split in halves by the parity of their last number (as bench/halves_grid.py).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/near_words.py /work/main/bench/out/eval-dev-s25c [--list]

Reads the run's records only (citations and evidence as answered); encodes three texts per word. Development runs
only: a held-out run is refused.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import _stems, _stems_of_all, word_shift, unsaid_candidates  # noqa: E402
from qa.config import Settings  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
SETS = ("dev-real+unanswerable", "dev-seed")
COSINES = (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 1.01)
SHIFTS = (-0.04, -0.02, -0.01, 0.0, 0.01, 0.02)


def _text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return " ".join(s["text"] for s in json.loads(text)["segments"]) if path.suffix == ".json" else text


def half(qid: str) -> str:
    digits = re.findall(r"\d+", qid)
    return "odd" if digits and int(digits[-1]) % 2 else "even"


def records(run: Path) -> list[dict]:
    """The answered questions of `run` with their candidate words (`unsaid_candidates`, the transcript's words read
    from the files here)."""
    stems = {p.name: _stems(_text(p)) for p in SHARED.iterdir() if p.name != "PROVENANCE.md"}
    seed = {p.name: _stems(_text(p)) for p in (REPO / "corpus").iterdir() if p.suffix == ".txt"}
    found = []
    for name in SETS:
        held_by = seed if name == "dev-seed" else stems
        every = set().union(*held_by.values())
        for line in (run / name / "results.jsonl").read_text().splitlines():
            r = json.loads(line)
            answer = r["answer"]
            if not answer["answerable"] or not answer["citations"] or not answer.get("evidence"):
                continue
            first = answer["citations"][:3]
            top = _stems_of_all(f"{c['speaker']}: {c['text']}" for c in first)
            held = held_by.get(first[0]["transcript"], set())
            words = unsaid_candidates(r["question"], top, lambda w: _stems(w) <= held)
            if words:
                found.append({"id": r["id"], "answerable": r.get("answerable", True) is not False,
                              "question": r["question"], "cosine": answer["evidence"]["cosine"] or 0.0,
                              "words": words, "nowhere": [w for w in words if not _stems(w) <= every],
                              "highlight": first[0]["highlight"] or first[0]["text"]})
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--list", action="store_true", help="print each question's words and shifts")
    args = parser.parse_args(argv)
    if re.search(r"test|fresh", args.run.name):
        sys.exit("development runs only")
    from embeddings.encoder import load_encoder
    encode = load_encoder(Settings().model).encode
    found = records(args.run)
    for r in found:
        r["shifts"] = {w: word_shift(r["question"], w, r["highlight"], encode) for w in r["words"]}
        if args.list:
            shifts = " ".join(f"{w}{'*' if w in r['nowhere'] else ''} {v:+.3f}" for w, v in r["shifts"].items())
            print(f"{'ANS' if r['answerable'] else 'UN '} {r['id']:<18} cos {r['cosine']:.3f} {shifts} | "
                  f"{r['question'][:70]}")
    print(f"answered with an unsaid word: {sum(r['answerable'] for r in found)} answerable, "
          f"{sum(not r['answerable'] for r in found)} unanswerable (* said in no transcript)")
    for scope in ("transcript", "nowhere"):
        for lone in (False, True):
            print(f"\nwords unsaid in the first passage's {scope}{', one word only' if lone else ''}")
            print("cosine< shift<=  declined answerable (odd/even)  declined unanswerable (odd/even)")
            for c in COSINES:
                for s in SHIFTS:
                    hit = [r for r in found if r["cosine"] < c and _declines(r, scope, lone, s)]
                    counts = [sum(1 for r in hit if r["answerable"] == a and half(r["id"]) == h)
                              for a in (True, False) for h in ("odd", "even")]
                    print(f"{c:6.2f} {s:+6.2f}  {counts[0] + counts[1]:4d} ({counts[0]}/{counts[1]})"
                          f"            {counts[2] + counts[3]:4d} ({counts[2]}/{counts[3]})")


def _declines(r: dict, scope: str, lone: bool, shift: float) -> bool:
    words = r["words"] if scope == "transcript" else r["nowhere"]
    return bool(words) and (len(r["words"]) == 1 or not lone) and min(r["shifts"][w] for w in words) <= shift


if __name__ == "__main__":
    main()
