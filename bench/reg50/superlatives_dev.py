"""reg50: the questions of a dev run whose superlative ("-est") no transcript holds, read from each record's
evidence (`unknown_words`, `unheld_words`): id, answerable or not, answered or declined, the words, the best
highlight's cosine (`sentence`) and the nearest passage's; the list the gate `SUPERLATIVE_SIMILARITY` was chosen on.

    .venv/bin/python bench/reg50/superlatives_dev.py /work/main/bench/out/eval-dev-s41a
"""
import json
import re
import sys
from pathlib import Path

# a word that ends as a superlative does, less the nouns and verbs that do (qa.answerable._NOT_SUPERLATIVE, and a few)
_SUP = re.compile(r"^(?!(?:best|rest|test|west|interest|request|protest|suggest|latest|contest|invest|arrest|forest|"
                  r"honest|modest|guest|chest|quest|nest|pest|crest|digest|manifest|harvest|conquest|inquest|behest|"
                  r"unrest|earnest|midwest|southwest|northwest|priest)$)\w{3,}est$")


def main(run: Path) -> None:
    for name in ("dev-real+unanswerable", "dev-seed", "dev-conversations"):
        for line in (run / name / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            e = r["answer"].get("evidence") or {}
            sup = sorted(w for w in {*(e.get("unknown_words") or ()), *(e.get("unheld_words") or ())} if _SUP.match(w))
            if sup:
                print(r["id"], "ANS" if r["answerable"] else "UN ", "answered" if r["answer"]["answerable"]
                      else "DECLINED", sup, round(e.get("sentence") or 0, 3), round(e.get("cosine") or 0, 3),
                      r["question"][:100])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
