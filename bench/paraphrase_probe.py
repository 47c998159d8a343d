"""Ask the paraphrase questions (issue 10 point 5; para25, para26, near26) and print each one's decision and note: the
dev-para25 / dev-un-196x, dev-para26 / dev-un-1986..2005 and dev-near26 / dev-un-2020..2031 questions over the shared
transcripts' index, and rank25's nine seed questions that main declined over the seed's index.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/paraphrase_probe.py --indexes bench/out/idx-s20 [--ids REGEX]

Prints one line per question: ok (answerable answered, unanswerable declined) or WRONG, id, decision, note, and for
an answer its words said neither in the first passages nor in their transcript with their shifts (near26).
Indexes are only read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.near_words import _text, unsaid_words, word_shift  # noqa: E402
from qa.answerable import text_stems, stems_of_texts  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

QUESTIONS = REPO / "bench" / "questions"
SHARED = REPO.parent / "shared" / "data" / "transcripts"
SEED = REPO / "qa" / "data" / "seed_questions.jsonl"
RANK25_DECLINED = ("seed-1572", "seed-1573", "seed-1576", "seed-1582", "seed-1583", "seed-1587", "seed-1590",
                   "seed-1591", "seed-1598")
NEW = re.compile(r"dev-para2[56]-\d+|dev-near26-\d+|dev-un-(?:196\d|198[6-9]|199\d|200[0-5]|202\d|203[01])")


def load(path: Path, keep) -> list[dict]:
    return [q for q in map(json.loads, path.read_text().splitlines()) if keep(q["id"])]


def unsaid(tqa: TranscriptQA, question: str, answer) -> str:
    """The words of an answered question that neither its first passages nor their transcript say (near26:
    bench/near_words.py `unsaid_words`), each with its `word_shift` against the first highlight, and the nearest
    passage's cosine."""
    if not answer.answerable or not answer.citations:
        return ""
    first = answer.citations[:3]
    transcript = text_stems(_text(SHARED / first[0].transcript)) if (SHARED / first[0].transcript).exists() else set()
    words = unsaid_words(question, stems_of_texts(f"{c.speaker}: {c.text}" for c in first),
                         lambda w: text_stems(w) <= transcript)
    if not words:
        return ""
    highlight = first[0].highlight or first[0].text
    shifts = " ".join(f"{w} {word_shift(question, w, highlight, tqa.query_encoder.encode):+.3f}" for w in words)
    return f"  [cosine {answer.evidence.cosine:.3f}; unsaid: {shifts}]"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--ids", default=None, help="only ids matching this regular expression")
    args = parser.parse_args(argv)
    only = re.compile(args.ids) if args.ids else None
    sets = (("index-shared", [q for f in ("real-dev.jsonl", "unanswerable-dev.jsonl")
                              for q in load(QUESTIONS / f, NEW.fullmatch)]),
            ("index-seed", load(SEED, lambda i: i in RANK25_DECLINED)))
    wrong = 0
    for index, questions in sets:
        questions = [q for q in questions if not only or only.search(q["id"])]
        if not questions:
            continue
        tqa = TranscriptQA(Settings(index_dir=args.indexes / index))
        for q in questions:
            a = tqa.ask(q["question"], k=10)
            gold = q.get("answerable", True)
            ok = a.answerable == gold
            wrong += not ok
            print(f"{'ok   ' if ok else 'WRONG'} {q['id']:<16} {'answered' if a.answerable else 'declined'}  "
                  f"{q['question']}  | {a.note or ''}{unsaid(tqa, q['question'], a)}", flush=True)
    print(f"wrong: {wrong}")


if __name__ == "__main__":
    main()
