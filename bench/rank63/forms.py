"""Step 1 of rank63: the five registers (tool, limitation, outcome, audience, requirement) among the standalone
answerable dev questions with gold of a run, their Hit@1, and the ranking misses whose first citation holds a word of
the question's register frame (stemmed: "tool", "need", "aim", "turn", "short" ...) that the gold's passage lacks
(the frame pulled another passage up); the risk of leaving the frame words out of the search: the Hit@1 rows whose
gold passage holds such a word and whose second citation lacks it.

    python bench/rank63/forms.py RUN [--list REGISTER] [--ids REGEX]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from misses import gold_rank, overlaps, rows_of  # noqa: E402
from qa.lexical import english_stemmer  # noqa: E402

REGISTERS = {
    "tool": r"\b(?:tools?|instruments?|methods?|techniques?|software|apps?|platforms?|frameworks?|librar(?:y|ies)|"
            r"technolog(?:y|ies)|websites?|site)\b|^(?:what|which)\b.*\b(?:us(?:e|es|ed|ing)|recommend\w*|suggest\w*)\b",
    "limitation": r"\b(?:can['’]?t|cannot|can\s+not|unable|falls?\s+short|fell\s+short|limit(?:s|ation|ations|ed)?|"
                  r"lacks?|lacked|drawbacks?|weakness(?:es)?|shortcomings?|downsides?|not\s+good\s+at)\b",
    "outcome": r"\b(?:turn(?:ed|s)?\s+out|came\s+of|comes?\s+of|results?|resulted|outcomes?|end(?:ed|s)?\s+up|"
               r"led\s+to|lead\s+to|happened\s+(?:to|with))\b",
    "audience": r"^who\b.*\b(?:for|aimed\s+at|meant\s+for|intended\s+for|targeted\s+at|designed\s+for|addressed\s+to)"
                r"\s*\?*$|\bfor\s+whom\b|\bwhose\s+sake\b|\baimed\s+at\b|\baudience\b|\btarget(?:ed)?\s+at\b",
    "requirement": r"\b(?:needs?|needed|requires?|required|requirements?|necessary|must|has\s+to|have\s+to|had\s+to|"
                   r"prerequisites?)\b",
}
FRAME_WORDS = ("tool tools instrument instruments method methods technique techniques use uses used using recommend "
               "recommends recommended suggest suggests suggested limit limits limitation limitations lack lacks "
               "lacked short drawback drawbacks weakness shortcoming shortcomings downside turn turned turns came "
               "come comes result results resulted outcome outcomes end ended aimed aim meant intended targeted target "
               "designed addressed audience need needs needed require requires required requirement requirements "
               "necessary must").split()


def register_of(question: str) -> str | None:
    q = question.strip().lower()
    return next((name for name, rx in REGISTERS.items() if re.search(rx, q)), None)


def stems(text: str) -> set[str]:
    return set(english_stemmer().stemWords(re.findall(r"[a-z]+", text.lower())))


def frame_stems(question: str) -> set[str]:
    return stems(question) & set(english_stemmer().stemWords(FRAME_WORDS))


def main() -> None:
    run = Path(sys.argv[1])
    listed = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    ids = re.compile(sys.argv[sys.argv.index("--ids") + 1]) if "--ids" in sys.argv else None
    count, hits, pulled, risk = Counter(), Counter(), Counter(), Counter()
    for row in rows_of(run):
        if not row.get("answerable") or not row.get("gold") or row.get("history") or (ids and not ids.search(row["id"])):
            continue
        reg = register_of(row["question"])
        part = "seed" if row["id"].startswith("seed-") else "real"
        if not reg:
            continue
        key = (part, reg)
        count[key] += 1
        rank = gold_rank(row)
        cites = row["answer"]["citations"]
        frame = frame_stems(row["question"])
        if rank == 1:
            hits[key] += 1
            if len(cites) > 1 and frame & stems(cites[0]["text"]) - stems(cites[1]["text"]):
                risk[key] += 1
        elif rank:
            gold_text = cites[rank - 1]["text"]
            if frame & stems(cites[0]["text"]) - stems(gold_text):
                pulled[key] += 1
                if listed in (reg, "all"):
                    print(f"{row['id']} gold@{rank} {sorted(frame & stems(cites[0]['text']) - stems(gold_text))}: "
                          f"{row['question']}\n   [1] {cites[0]['text'][:160]!r}")
    print("part register n hit@1 pulled(miss, [1] holds a frame word the gold lacks) risk(hit, gold holds one [2] lacks)")
    for key in sorted(count):
        print(*key, count[key], hits[key], pulled[key], risk[key])



def by_stem(run: Path, part: str | None = None) -> None:
    """Per frame stem over every standalone answerable row with gold (any register): misses at 2-10 whose [1] holds
    the stem and the gold passage not (pulled), Hit@1 rows whose gold holds it and [2] not (risk)."""
    pulled, risk, asked = Counter(), Counter(), Counter()
    frame_all = set(english_stemmer().stemWords(FRAME_WORDS))
    for row in rows_of(run):
        if not row.get("answerable") or not row.get("gold") or row.get("history"):
            continue
        if part and row["id"].startswith("seed-") != (part == "seed"):
            continue
        q = stems(row["question"]) & frame_all
        if not q:
            continue
        rank = gold_rank(row)
        cites = row["answer"]["citations"]
        for s in q:
            asked[s] += 1
            if rank == 1 and len(cites) > 1 and s in stems(cites[0]["text"]) - stems(cites[1]["text"]):
                risk[s] += 1
            elif rank and rank > 1 and s in stems(cites[0]["text"]) - stems(cites[rank - 1]["text"]):
                pulled[s] += 1
    print("stem asked pulled risk")
    for s in sorted(asked, key=lambda s: -asked[s]):
        print(s, asked[s], pulled[s], risk[s])


if __name__ == "__main__":
    if "--stems" in sys.argv:
        by_stem(Path(sys.argv[1]), sys.argv[sys.argv.index("--stems") + 1])
    else:
        main()
