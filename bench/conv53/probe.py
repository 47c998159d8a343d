"""conv53: ask follow-ups (earlier question, turn) over a copy of the shared index with FRAMED_REFERENT on and off;
print the decision, note and first citation of each. Probes of the rule's form, not batch questions.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/conv53/probe.py INDEX_DIR PROBES.tsv
(PROBES.tsv: earlier question TAB turn, one a line)"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402


def main():
    tqa = TranscriptQA(Settings(index_dir=Path(sys.argv[1])))
    for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        earlier, turn = line.split("\t")
        got = []
        for on in (False, True):
            answerable.FRAMED_REFERENT = on
            a = tqa.ask(turn, history=[earlier])
            got.append(("ans" if a.answerable else "DECL", (a.note or "")[:70],
                        a.citations[0].highlight[:50].replace("\n", " ") if a.citations else ""))
        mark = "  " if got[0][:2] == got[1][:2] else "**"
        print(mark, turn, "|", a.evidence.topic if a.evidence else None)
        print("    off:", *got[0])
        if got[1] != got[0]:
            print("    on: ", *got[1])


if __name__ == "__main__":
    main()
