"""The topic rule's declines of a saved dev run by what the transcripts lack of the topic's words (session s48, helper
fd63): per decline (answerable or not), the topic's words that the index holds in no form its stem covers, and of
those, which are written with accents the index lacks and which have another form of their root among its terms
(`qa.answerable._derived_alike` at `OTHER_FORM_STEM`); a count per class for answerable and unanswerable rows.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fd63/topic_words.py RUN_FOLDER [...] --indexes bench/out/idx-s20 [--list]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files, rule_of  # noqa: E402
from qa.answerable import (OTHER_FORM_STEM, DeclineRule, _derived_alike, _terms_beginning, _written_for,  # noqa: E402
                           asked_words, english_stemmer)
from qa.config import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out" / "idx-s20")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    from qa.api import TranscriptQA

    settings = Settings()
    rule = DeclineRule(min_similarity=settings.min_similarity, min_coverage=settings.min_coverage)
    vocabs = {}
    stem = english_stemmer().stemWord
    counts = collections.defaultdict(collections.Counter)
    for f in (f for run in args.runs for f in result_files(run)):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["answer"]["answerable"] or rule_of(r["answer"], rule) != "topic":
                continue
            index = "index-seed" if r["id"].startswith("seed-") else "index-shared"
            if index not in vocabs:
                vocab = TranscriptQA(Settings(index_dir=args.indexes / index)).store().lexical.vocab
                vocabs[index] = {t for t, (_, df) in vocab.items() if df > 0}
            vocab = vocabs[index]
            topic = r["answer"]["evidence"].get("topic") or ""
            unheld = [w for w in asked_words(topic) if w.isalpha() and stem(w.lower()) not in vocab]
            accents = [w for w in unheld if not w.isascii()
                       and stem("".join(c for c in unicodedata.normalize("NFKD", w)
                                        if not unicodedata.combining(c)).lower()) in vocab]
            derived = [w for w in unheld if len(stem(w.lower())) >= OTHER_FORM_STEM and any(
                _derived_alike(stem(w.lower()), t) and _written_for(t)
                for t in _terms_beginning(vocab, stem(w.lower())[:OTHER_FORM_STEM]))]
            kind = "answerable" if r["answerable"] else "unanswerable"
            cls = ("accents" if accents else "another ending" if derived else
                   "a word said nowhere" if unheld else "every word said, not in one section")
            counts[kind][cls] += 1
            counts[kind]["all"] += 1
            if args.list:
                print(f"{kind[:5]} {r['id']:18} {cls:36} unheld={unheld} | {r['question'][:70]}")
    classes = ["all", "every word said, not in one section", "a word said nowhere", "another ending", "accents"]
    print("\n| topic-rule declines | " + " | ".join(classes) + " |\n| --- |" + " --- |" * len(classes))
    for kind in ("answerable", "unanswerable"):
        print(f"| {kind} | " + " | ".join(str(counts[kind][c]) for c in classes) + " |")


if __name__ == "__main__":
    main()
