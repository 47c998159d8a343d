"""rank51: the ids of a dev run's standalone questions whose first two citations are of one speaker in one transcript
(neither a reporter's question) within a score reach of each other: those `qa.rerank.same_speaker_closer_first` can
move (approximately: the run's final order, not the re-ranked head). Prints a regular expression for
bench/hl45_subset.py --ids.
    python bench/rank51/reach.py /work/main/bench/out/eval-dev-s41f 0.1 > bench/rank51/ids-reach.txt"""
import json
import sys
from pathlib import Path


def main() -> None:
    run, reach = Path(sys.argv[1]), float(sys.argv[2])
    ids = []
    for s in ("dev-real+unanswerable", "dev-seed"):
        for line in (run / s / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            cits = r["answer"]["citations"]
            if r.get("history") or len(cits) < 2:
                continue
            a, b = cits[0], cits[1]
            if (a["transcript"] == b["transcript"] and a["speaker"] == b["speaker"] and a["speaker"]
                    and "question" not in (a["role"], b["role"]) and a["score"] - b["score"] <= reach):
                ids.append(r["id"])
    print(f"{len(ids)} ids", file=sys.stderr)
    print("^(" + "|".join(ids) + ")$")


if __name__ == "__main__":
    main()
