"""A lone word of the question said nowhere near the answer (issue 10 point 5; near26): over a dev run of
bench/eval_sets.py, the answered questions whose first three passages lack a content word of theirs (no name, no
number) that the first passage's transcript never says in any form (`unsaid_words`: "tourism" of "How much of
Serbia's state income comes from tourism?"), and two readings of whether the passages say it in other words, by the
model's vectors:
  shift    how much nearer the first highlight is to the question with the word than without it (`word_shift`, as
           qa.answerable.relation_shift reads a verb): above 0, the highlight may say it otherwise ("paid" for "earning")
  wordsim  the word's nearest content word of the first passages, each encoded alone (as count_word_similarity)
Then how many answerable and unanswerable questions a decline on "such a word, its shift at most S (and its wordsim
below W), the nearest passage's cosine below C" would take, over the dev ids split in halves by the parity of their
last number (as bench/halves_grid.py); each grid is sorted by unanswerable taken less answerable taken.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/near_words.py /work/main/bench/out/eval-dev-s25c [--list]

Reads the run's records only (citations and evidence as answered; the transcripts from ../shared and corpus/).
Development runs only: a held-out run is refused.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Callable, Collection

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import (_SPEECH_WORD, _asking_words, _nearer_with, text_stems, stems_of_texts, asked_words,  # noqa: E402
                           content_words, name_words_of, names)
from qa.config import Settings  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
SETS = ("dev-real+unanswerable", "dev-seed")
COSINES = (0.45, 0.5, 0.55, 0.6, 0.65, 1.01)
SHIFTS = (-0.04, -0.02, 0.0, 0.02, 1.0)  # 1: any shift
WORDSIMS = (0.35, 0.4, 0.45, 0.5, 0.55, 1.01)  # 1.01: any
SHOWN = 8  # the best cells of each grid printed


def unsaid_words(question: str, top: Collection[str], said: Callable[[str], bool]) -> list[str]:
    """The content words of `question` (no names, numbers, asking or speech words) whose stems are not all in `top`
    (the first passages' stems) and that `said` (said in the first passage's transcript, in any form) finds unsaid."""
    named = {w for n in names(question) for w in name_words_of(n)}
    asking = _asking_words(question)
    return [w for w in asked_words(question) if w not in named and w not in asking and not _SPEECH_WORD.match(w)
            and not any(ch.isdigit() for ch in w) and text_stems(w) and not text_stems(w) <= set(top) and not said(w)]


def word_shift(question: str, word: str, highlight: str, encode) -> float:
    """How much nearer `highlight` is to `question` than to the question without `word`, by `encode`'s vectors."""
    without = re.sub(rf"\b{re.escape(word)}\b", " ", question, count=1, flags=re.IGNORECASE)
    return _nearer_with(question, without, highlight, encode)


def _text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return " ".join(s["text"] for s in json.loads(text)["segments"]) if path.suffix == ".json" else text


def half(qid: str) -> str:
    digits = re.findall(r"\d+", qid)
    return "odd" if digits and int(digits[-1]) % 2 else "even"


def records(run: Path) -> list[dict]:
    """The answered questions of `run` that have unsaid words, with their first passages' content words."""
    shared = {p.name: text_stems(_text(p)) for p in SHARED.iterdir() if p.name != "PROVENANCE.md"}
    seed = {p.name: text_stems(_text(p)) for p in (REPO / "corpus").iterdir() if p.suffix == ".txt"}
    found = []
    for name in SETS:
        held_by = seed if name == "dev-seed" else shared
        every = set().union(*held_by.values())
        for line in (run / name / "results.jsonl").read_text().splitlines():
            r = json.loads(line)
            answer = r["answer"]
            if not answer["answerable"] or not answer["citations"] or not answer.get("evidence"):
                continue
            first = answer["citations"][:3]
            top = stems_of_texts(f"{c['speaker']}: {c['text']}" for c in first)
            held = held_by.get(first[0]["transcript"], set())
            words = unsaid_words(r["question"], top, lambda w: text_stems(w) <= held)
            if words:
                found.append({"id": r["id"], "answerable": r.get("answerable", True) is not False,
                              "question": r["question"], "cosine": answer["evidence"]["cosine"] or 0.0,
                              "words": words, "nowhere": [w for w in words if not text_stems(w) <= every],
                              "highlight": first[0]["highlight"] or first[0]["text"],
                              "passage_words": [w for w in content_words(" ".join(c["text"] for c in first))
                                                if w.isalpha()]})
    return found


def measure(found: list[dict], encode) -> None:
    """Each record's `shifts` and `wordsims` (by word)."""
    vocabulary = sorted({w for r in found for w in [*r["words"], *r["passage_words"]]})
    vectors = dict(zip(vocabulary, encode(vocabulary)))
    for r in found:
        said = np.array([vectors[w] for w in r["passage_words"]]) if r["passage_words"] else None
        r["shifts"] = {w: word_shift(r["question"], w, r["highlight"], encode) for w in r["words"]}
        r["wordsims"] = {w: float((said @ vectors[w]).max()) if said is not None else 0.0 for w in r["words"]}


def grid(found: list[dict], title: str, words_of: Callable[[dict], list[str]]) -> None:
    cells = []
    for c, s, t in itertools.product(COSINES, SHIFTS, WORDSIMS):
        taken = [r for r in found if r["cosine"] < c
                 and any(r["shifts"][w] <= s and r["wordsims"][w] < t for w in words_of(r))]
        n = [sum(1 for r in taken if r["answerable"] == a and half(r["id"]) == h)
             for a in (True, False) for h in ("odd", "even")]
        cells.append((n[2] + n[3] - n[0] - n[1], c, s, t, n))
    print(f"\n{title}: the best {SHOWN} cells (net = unanswerable taken - answerable taken)")
    print("  net  cosine<  shift<=  wordsim<  answerable (odd/even)  unanswerable (odd/even)")
    for net, c, s, t, n in sorted(cells, key=lambda cell: (-cell[0], cell[1:4]))[:SHOWN]:
        print(f"{net:+5d}  {c:6.2f}  {s:+7.2f}  {t:8.2f}  {n[0] + n[1]:4d} ({n[0]}/{n[1]})"
              f"             {n[2] + n[3]:4d} ({n[2]}/{n[3]})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--list", action="store_true", help="print each question's words, shifts and wordsims")
    args = parser.parse_args(argv)
    if re.search(r"test|fresh", args.run.name):
        sys.exit("development runs only")
    from embeddings.encoder import load_encoder
    found = records(args.run)
    measure(found, load_encoder(Settings().model).encode)
    if args.list:
        for r in found:
            read = " ".join(f"{w}{'*' if w in r['nowhere'] else ''} {r['shifts'][w]:+.3f}/{r['wordsims'][w]:.2f}"
                            for w in r["words"])
            print(f"{'ANS' if r['answerable'] else 'UN '} {r['id']:<18} cos {r['cosine']:.3f} {read} | "
                  f"{r['question'][:70]}")
    print(f"answered with an unsaid word: {sum(r['answerable'] for r in found)} answerable, "
          f"{sum(not r['answerable'] for r in found)} unanswerable; said in no transcript: "
          f"{sum(bool(r['nowhere']) and r['answerable'] for r in found)} and "
          f"{sum(bool(r['nowhere']) and not r['answerable'] for r in found)}")
    grid(found, "any word unsaid in the first passage's transcript", lambda r: r["words"])
    grid(found, "... one such word only", lambda r: r["words"] if len(r["words"]) == 1 else [])
    grid(found, "any word said in no transcript", lambda r: r["nowhere"])
    grid(found, "... one such word only", lambda r: r["nowhere"] if len(r["words"]) == 1 else [])


if __name__ == "__main__":
    main()
