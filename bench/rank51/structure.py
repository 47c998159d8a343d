"""rank51: the class table without the encoder: on a dev run's results, the answerable standalone questions answered
whose gold is cited at ranks 2-5, by what [1] is against the gold's citation (bench/rank51/classes.py's classes),
whether [1]'s highlight holds more of the question's content words than the gold's sentence (it repeats the
question), and the kind of answer asked (classes.py's `kind_held`: a count or amount, a date, a reason, a name).
    python bench/rank51/structure.py /work/main/bench/out/eval-dev-s41f"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.rank51.classes import coverage, kind_held, sentences, turn_of  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def main() -> None:
    for s in ("dev-real+unanswerable", "dev-seed"):
        classes, kinds, total = Counter(), Counter(), 0
        for line in (Path(sys.argv[1]) / s / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not r["answerable"] or r.get("history") or not r["gold"] or not r["answer"]["answerable"]:
                continue
            rank, cits = r.get("first_relevant_rank"), r["answer"]["citations"]
            if not (rank and 2 <= rank <= 5):
                continue
            total += 1
            a, b, q = cits[0], cits[rank - 1], r["question"]
            if a["transcript"] != b["transcript"]:
                cls = "another transcript"
            elif a["role"] == "question" or (a.get("kind") == "exchange" and any(
                    t["role"] == "question" and t["text_start"] <= a["highlight_start"] < t["text_end"]
                    for t in a.get("turns") or [])):
                cls = "[1] the reporter's question (highlight in it)"
            elif a.get("kind") == "exchange":
                cls = "[1] an exchange (ranked by its question), gold elsewhere"
            elif a["speaker"] == b["speaker"]:
                same = turn_of(a["transcript"], a["highlight_start_char"]) == \
                    turn_of(b["transcript"], b["highlight_start_char"])
                cls = "same speaker, same turn (other piece)" if same else "same speaker, another turn"
            else:
                cls = "another speaker, same transcript"
            start = min(x for x, _ in r["gold"]) - b["start_char"]
            gold = next((t for x, y, t in sentences(b) if x <= start < y + 2), b["highlight"])
            stems = content_stems(q)
            words = coverage(stems, a["highlight"]) > coverage(stems, gold)
            kind, _ = kind_held(q, [])
            classes[cls, words] += 1
            kinds[cls, kind or "other"] += 1
        print(f"== {s}: {total} misses with the gold at 2-5")
        for cls in sorted({c for c, _ in classes}, key=lambda c: -(classes[c, True] + classes[c, False])):
            n = classes[cls, True] + classes[cls, False]
            print(f"  {cls:58s} {n:4d} | repeats more words {classes[cls, True]:4d} | "
                  + ", ".join(f"{k} {v}" for (c, k), v in sorted(kinds.items()) if c == cls))


if __name__ == "__main__":
    main()
