"""nm61's probe: for questions opening with a scene-setting "when" clause, whether the question proper's own content
words (not the clause's, no question or helper words) are said in the first citation's passage, answered
unanswerable against answerable, over batch runs or a dev run.

    PYTHONPATH=. .venv/bin/python bench/nm61/proper_probe.py bench/out/nm61-A-on [more runs ...]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import without_when_clause  # noqa: E402
from qa.lexical import STOPWORDS_EN, english_stemmer  # noqa: E402

STOP = set("""a an the of to in on at for by with from about into over and or but if then than as is are was were be
been being do does did have has had what which who whom whose how why where when will would can could should it its
they them their he she his her him we our you your i me my not no any some all this that these those there here say
says said tell told lecturer presenter official officials still""".split())
WORD = re.compile(r"[a-z][a-z'-]+")


def stem(w: str) -> str:
    return english_stemmer().stemWord(w.strip("'-").removesuffix("'s"))


def proper_words(question: str) -> list[str]:
    proper = without_when_clause(question)
    scene = {stem(w) for w in WORD.findall(question[: len(question) - len(proper)].lower())}
    return [w for w in WORD.findall(proper.lower()) if w not in STOP and w not in STOPWORDS_EN
            and stem(w) not in scene]


DEPTH = 1


def main() -> None:
    global DEPTH
    runs = [a for a in sys.argv[1:] if not a.startswith("depth=")]
    DEPTH = next((int(a[6:]) for a in sys.argv[1:] if a.startswith("depth=")), 1)
    for run in runs:
        for f in sorted(Path(run).glob("*/results.jsonl")):
            for line in f.open():
                r = json.loads(line)
                q = r["question"]
                if without_when_clause(q) == q:
                    continue
                a = r["answer"]
                if not a["answerable"]:
                    continue
                cites = a.get("citations") or []
                first = " ".join((c.get("text") or "").lower() for c in cites[:DEPTH])
                words = proper_words(q)
                said = [w for w in words if stem(w) in {stem(x) for x in WORD.findall(first)}]
                kind = "U" if r["answerable"] is False else "A"
                print(kind, r["id"], f"{len(said)}/{len(words)}", said, [w for w in words if w not in said], "|",
                      q[:80])


if __name__ == "__main__":
    main()
