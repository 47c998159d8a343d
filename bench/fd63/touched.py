"""The dev questions whose decline evidence OTHER_FORM_ACCENTS or OTHER_FORM_DERIVED may change (session s48, helper
fd63): those with a content word the index holds in no form its stem covers that is written with accents, or that
has another form of its root among the index's terms (`qa.answerable._derived_alike`, written as a word:
`_written_for`; roots of at least `OTHER_FORM_STEM` letters), in the question or its history: a superset of the rows
the rules read (they read such a word only, and only where the question's scope holds that form). Prints a regular
expression of their ids (for `bench/ask_ids.py`) and the count per file; with --list, each row with its words and
their other forms.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fd63/touched.py --indexes bench/out/idx-s20 [--list] > IDS
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import (OTHER_FORM_STEM, _derived_alike, _terms_beginning, _written_for,  # noqa: E402
                           content_words, english_stemmer)
from qa.lexical import LexicalIndex  # noqa: E402, F401

FILES = {"bench/questions/real-dev.jsonl": "index-shared", "bench/questions/unanswerable-dev.jsonl": "index-shared",
         "bench/questions/conversations-dev.jsonl": "index-shared", "qa/data/seed_questions.jsonl": "index-seed"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out" / "idx-s20")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    from qa.api import TranscriptQA
    from qa.config import Settings

    vocabs = {name: {t for t, (_, df) in TranscriptQA(Settings(index_dir=args.indexes / name)).store().lexical.vocab
                     .items() if df > 0} for name in set(FILES.values())}
    stem = english_stemmer().stemWord
    ids, counts = [], {}
    for path, index in FILES.items():
        vocab = vocabs[index]
        counts[path] = 0
        for line in (REPO / path).read_text(encoding="utf-8").splitlines():
            q = json.loads(line)
            forms = {}
            for text in [q["question"], *(q.get("history") or [])]:
                for w in content_words(text):
                    s = stem(w.lower())
                    if not w.isalpha() or s in vocab:
                        continue
                    if not w.isascii():  # a word with accents: read without them
                        forms[w] = ["(accents)"]
                        continue
                    if len(s) < OTHER_FORM_STEM:
                        continue
                    found = [t for t in _terms_beginning(vocab, s[:OTHER_FORM_STEM])
                             if _derived_alike(s, t) and _written_for(t)]
                    if found:
                        forms[w] = found
            if forms:
                ids.append(q["id"])
                counts[path] += 1
                if args.list:
                    print(f"{q['id']:22} {q.get('answerable', True)!s:5} {q['question'][:70]!r} {forms}",
                          file=sys.stderr)
    print(f"{counts}", file=sys.stderr)
    print("^(" + "|".join(ids) + ")$")


if __name__ == "__main__":
    main()
