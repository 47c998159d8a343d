"""rank63's classes of the ranking misses (gold not cited first) among standalone answerable questions with gold in
the five registers (a batch row's own `register`, else `forms.register_of`) of a run: where the first citation stands
to the gold (another transcript; a neighbouring passage, the spans under 300 characters apart, the gold after or
before the first; the same speaker further off; another speaker further off; the gold far and not cited); declines
apart; and, where the gold is cited at 2-10, whether the first citation holds a word of the question's register frame
that the gold's passage lacks, and whether the gold's passage holds fewer of the question's content stems than the
first's (the answer said otherwise).

    python bench/rank63/classify.py RUN [--ids REGEX] [--all-forms] [--list]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from forms import REGISTERS, register_of, stems  # noqa: E402
from misses import gold_rank, rows_of  # noqa: E402
from qa.rerank import content_stems  # noqa: E402

NEAR = 300


def place(row: dict, rank: int | None) -> str:
    """Where the first citation stands to the gold (its spans in the transcript, cited or not)."""
    cites = row["answer"]["citations"]
    if not cites:
        return "nothing cited"
    first = cites[0]
    if first["transcript"] != row["transcript"]:
        return "another transcript"
    after = min((s - first["end_char"] for s, _ in row["gold"] if s >= first["end_char"]), default=10 ** 9)
    before = min((first["start_char"] - e for _, e in row["gold"] if e <= first["start_char"]), default=10 ** 9)
    cited = "" if rank else ", gold not cited"
    if min(after, before) < NEAR:
        return ("neighbour: gold after [1]" if after <= before else "neighbour: gold before [1]") + cited
    if rank:
        gold = cites[rank - 1]
        return ("same speaker, far" if gold["speaker"] == first["speaker"] else "other speaker, far") + cited
    return "far" + cited


def main() -> None:
    run = Path(sys.argv[1])
    ids = re.compile(sys.argv[sys.argv.index("--ids") + 1]) if "--ids" in sys.argv else None
    classes, flags, n, hit = Counter(), Counter(), Counter(), Counter()
    for row in rows_of(run):
        if not row.get("answerable") or not row.get("gold") or row.get("history") or (ids and not ids.search(row["id"])):
            continue
        reg = (row.get("register") if row.get("register") in REGISTERS else None) or register_of(row["question"]) \
            or ("other" if "--all-forms" in sys.argv else None)
        if not reg:
            continue
        part = "seed" if row["id"].startswith("seed-") else "real"
        n[part] += 1
        rank = gold_rank(row)
        if rank == 1:
            hit[part] += 1
            continue
        if not row["answer"]["answerable"]:
            classes[(part, "declined")] += 1
            continue
        where = place(row, rank)
        classes[(part, where)] += 1
        cites = row["answer"]["citations"]
        asked = content_stems(row["question"])
        if rank and rank > 1:
            first, gold = stems(cites[0]["text"]), stems(cites[rank - 1]["text"])
            if frame_of_question(row["question"]) & first - gold:
                flags[(part, "frame word in [1], not in gold")] += 1
            if len(asked & gold) < len(asked & first):
                flags[(part, "gold holds fewer question words")] += 1
        if "--list" in sys.argv:
            print(f"{row['id']} [{reg}] {where} gold@{rank or '-'}: {row['question']}")
    for part in sorted(n):
        print(f"{part}: {n[part]} register questions, Hit@1 {hit[part]}, misses {n[part] - hit[part]}")
        for (p, c), k in sorted(classes.items(), key=lambda x: -x[1]):
            if p == part:
                print(f"   {c}: {k}")
        for (p, c), k in sorted(flags.items()):
            if p == part:
                print(f"   (gold at 2-10) {c}: {k}")


def frame_of_question(question: str) -> set[str]:
    """The stems of the register frame words `forms.FRAME_WORDS` the question holds."""
    from forms import frame_stems
    return frame_stems(question)


if __name__ == "__main__":
    main()
