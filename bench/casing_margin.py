"""How often a lower-case word of a dev question is capitalised by `conversation.names_cased` because the transcripts
write it capitalised only barely more often than in lower case (reg36: "tech" -> "Tech", which the Lamport interview
writes 3 times capitalised, 2 in lower case): every such word of the dev texts (questions and their histories, dev
sets and fresh4), with its counts as `CorpusWords.written_as_name` takes them, whether it is an English word, and the
texts whose reading a stricter rule (`--margin M`: a word is a name only where it is capitalised more than M
times as often as in lower case) would change.
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/casing_margin.py --index PATH [--margin 2]
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402
import numpy as np  # noqa: E402

from qa.answerable import FUNCTION_WORDS, CorpusWords, is_english_word  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

DEV_FILES = [*sorted(glob.glob(str(REPO / "bench/questions/*-dev.jsonl"))),
             *(str(REPO / f"bench/questions/{n}-fresh4.jsonl") for n in ("real", "conversations", "unanswerable")),
             str(REPO / "qa/data/seed_questions.jsonl"), str(REPO / "qa/data/seed_questions_fresh4.jsonl")]
_AFTER_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*\s$")


def counts(corpus, word: str) -> tuple[int, int]:
    """(capitalised, lower case) as `written_as_name` counts them: inside a sentence, a capital in a run of
    capitalised words counting only for a word never written in lower case there."""
    texts = [t for t in corpus.texts_of(sorted(corpus.transcripts_holding(word))[:3]) if re.search("[A-Z]", t)]
    either = re.compile(rf"(?<=[a-z,;]\s)[{word[0].upper()}{word[0]}]{re.escape(word[1:])}\b")
    found = [(m[0][0].isupper(), bool(_AFTER_CAPITALISED.search(t, max(0, m.start() - 40), m.start())))
             for t in texts for m in either.finditer(t)]
    lower = sum(not capital for capital, _ in found)
    return sum(capital and (not in_run or not lower) for capital, in_run in found), lower


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--margin", type=float, default=2.0)
    args = parser.parse_args()
    qa = TranscriptQA(Settings(index_dir=args.index))
    store = qa.store()
    # the index's words as `TranscriptQA.ask` reads them (qa/api.py), all transcripts in scope; no speaker rows needed
    corpus = CorpusWords(store.lexical.holding, None, lambda source: np.zeros(0, dtype=np.int64), lambda word: True,
                         store.transcript_names, store.section_of, store.lexical.vocab, store.text)
    texts = collections.Counter()
    for path in DEV_FILES:
        if not Path(path).exists():
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                for text in [row["question"], *(row.get("history") or [])]:
                    texts[conversation.plain_wording(text)] += 1
    cased = collections.defaultdict(list)  # word -> texts that names_cased capitalises it in
    for text in texts:
        if not text[:1].islower():
            continue
        after = conversation.names_cased(text, corpus.written_as_name)
        if after == text:
            continue
        for word in set(re.findall(r"\b[a-z][a-z-]*(?=[’']s\b|\b(?![’']))", text)):
            if word not in FUNCTION_WORDS and re.search(rf"\b{word[0].upper()}{re.escape(word[1:])}\b", after):
                cased[word].append(text)
    print(f"{len(texts)} dev texts; {sum(1 for t in texts if t[:1].islower())} typed in lower case; "
          f"{len(cased)} words capitalised in them by names_cased")
    print("| word | capitalised | lower case | English | texts | stricter rule (margin "
          f"{args.margin:g}) keeps it a name |\n| --- | --- | --- | --- | --- | --- |")
    for word in sorted(cased, key=lambda w: (counts(corpus, w)[1] == 0, w)):
        named, lower = counts(corpus, word)
        english = is_english_word(word)
        kept = named > args.margin * lower
        print(f"| {word} | {named} | {lower} | {'yes' if english else 'no'} | {len(cased[word])} | "
              f"{'yes' if kept else '**no**'} |")
        if not kept:
            for text in cased[word]:
                print(f"|  |  |  |  | {text} |  |")


if __name__ == "__main__":
    main()
