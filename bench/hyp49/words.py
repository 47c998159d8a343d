"""Each condition word of hyp49's rows (those matching REGEX): held anywhere (+) or not (-), and the words of the
section holding most of them: which word a condition lacks.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hyp49/words.py bench/out/idx-s20 'REGEX'
"""
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import CorpusWords, condition_of, condition_words  # noqa: E402
from qa.api import TranscriptQA, _source_rows, _turn_rows  # noqa: E402
from qa.config import Settings  # noqa: E402

FILES = ("bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl", "qa/data/seed_questions.jsonl")

if __name__ == "__main__":
    pattern = re.compile(sys.argv[2])
    for kind in ("shared", "seed"):
        tqa = TranscriptQA(Settings(index_dir=Path(sys.argv[1]) / f"index-{kind}"))
        store = tqa.store()
        corpus = CorpusWords(store.lexical.holding, None, lambda source: _source_rows(store, None, source),
                             lambda word: tqa.query_encoder.count_tokens([word]) == [1], store.transcript_names,
                             store.section_of, store.lexical.vocab, store.text, None,
                             turn_rows=lambda pairs: _turn_rows(store, None, pairs))
        for name in FILES:
            if ("seed" in name) != (kind == "seed"):
                continue
            for line in (REPO / name).read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else None
                if not row or not pattern.search(row["id"]):
                    continue
                cond = condition_of(row["question"])
                if not cond:
                    continue
                found = condition_words(cond)
                marks = " ".join(f"{w}{'+' if corpus.present(w) else '-'}" for w in found)
                best = corpus.most_in_one_section(found)
                print(f"{row['id']:16} {'A' if row.get('answerable', True) else 'U'} {best}/{len(found)} | {marks}")
