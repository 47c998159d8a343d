"""rank51: on a dev run's per-question results, the answerable standalone questions answered whose gold is cited at
ranks 2-5, by what [1] is against the gold citation (the same turn's other piece, the same speaker elsewhere, the
question of an exchange against its answer, another speaker, another transcript; crossed with whether [1]'s
highlight repeats more of the question's content words than the gold sentence), and which signal would have put
the gold first: the best sentence's cosine, the gold sentence's cosine, the question's content words in the best
sentence, the answer type asked (a count or amount, a date, a reason, a name). The same signals read on hits ([1]
the gold, [2] not) give the risk: how often each would have put [2] first.
    HF_HUB_OFFLINE=1 python bench/rank51/classes.py /work/main/bench/out/eval-dev-s41f [--list CLASS]"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from embeddings.encoder import load_encoder  # noqa: E402
from qa.answerable import answer_type, holds_answer_type  # noqa: E402
from qa.cite import asked_kind, holds_kind  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.parse import parse_file  # noqa: E402
from qa.rerank import content_stems  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

HIT_REACH = 0.1  # the risk is read on hits whose [2] is of [1]'s speaker within this score of it (the rule's reach)
FOLDERS = [Path("/work/shared/data/transcripts"), REPO / "corpus"]
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")


def holds(c, gold):
    return any(c["start_char"] < e and s < c["end_char"] for s, e in gold)


_turns = {}


def turn_of(name, at):
    if name not in _turns:
        path = next(f / name for f in FOLDERS if (f / name).exists())
        _turns[name] = parse_file(path).turns
    for t in _turns[name]:
        if t.start_char <= at < t.end_char + 2:
            return t.index
    return None


def answer_spans(c):
    """The citation's text spans (text offsets) of its answer turns, or all its text."""
    turns = [t for t in c.get("turns") or [] if t["role"] != "question"]
    if c.get("kind") == "exchange" and turns:
        return [(t["text_start"], t["text_end"]) for t in turns]
    return [(0, len(c["text"]))]


def sentences(c):
    out = []
    for a, b in answer_spans(c):
        for s, e in split_sentences(c["text"][a:b]):
            out.append((a + s, a + e, c["text"][a + s:a + e]))
    return out or [(0, len(c["text"]), c["text"])]


def same_speaker(a, b):
    return (a["transcript"] == b["transcript"] and a["speaker"] == b["speaker"] and a["role"] != "question"
            and b["role"] != "question")


def coverage(stems, text):
    return len(stems & content_stems(text)) / len(stems) if stems else 0.0


def kind_held(question, texts):
    typed = answer_type(question)
    if typed is not None:
        return typed.kind, holds_answer_type(typed, texts)
    if asked_kind(question) == "reason":
        return "reason", holds_kind("reason", texts)
    if re.match(r"\s*(who|whom)\b", question, re.I):
        return "name", np.array([bool(_NAME.search(t)) for t in texts], dtype=float)
    return None, np.zeros(len(texts))


def main() -> None:
    enc = load_encoder(Settings().model)
    listing = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    for s in ("dev-real+unanswerable", "dev-seed"):
        classes, signals, risk, kinds = Counter(), defaultdict(Counter), Counter(), Counter()
        nhits = 0
        dump = open(Path("bench/out") / f"rank51-{s}.jsonl", "w", encoding="utf-8")
        for line in (Path(sys.argv[1]) / s / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not r["answerable"] or r.get("history") or not r["gold"] or not r["answer"]["answerable"]:
                continue
            cits = r["answer"]["citations"]
            rank = r.get("first_relevant_rank")
            if rank == 1 and len(cits) > 1 and not holds(cits[1], r["gold"]):
                if not (same_speaker(cits[0], cits[1]) and cits[0]["score"] - cits[1]["score"] <= HIT_REACH):
                    continue
                a, b = cits[0], cits[1]
                miss = False
            elif rank and 2 <= rank <= 5:
                a, b = cits[0], cits[rank - 1]  # a: [1], b: the gold's citation
                miss = True
            else:
                continue
            q = r["question"]
            stems = content_stems(q)
            sa, sb = sentences(a), sentences(b)
            vecs = enc.encode([q] + [t for *_, t in sa] + [t for *_, t in sb])
            vecs = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
            cos = vecs[1:] @ vecs[0]
            ca, cb = cos[:len(sa)], cos[len(sa):]
            best_a, best_b = sa[int(np.argmax(ca))][2], sb[int(np.argmax(cb))][2]
            kind, held = kind_held(q, [best_a, best_b])
            gold_start = min(s_ for s_, _ in r["gold"])
            gi = [i for i, (x, y, _) in enumerate(sb if miss else sa)
                  if (b if miss else a)["start_char"] + x <= gold_start < (b if miss else a)["start_char"] + y + 2]
            gcos = float((cb if miss else ca)[gi[0]]) if gi else None
            # signals, each read as "b over a" for a miss (the gold's citation over [1]) and for a hit ([2] over [1])
            sig = {
                "best-sentence cosine": float(cb.max()) > float(ca.max()),
                "coverage in best sentence": coverage(stems, best_b) > coverage(stems, best_a),
                f"answer type held ({kind})": bool(held[1]) and not bool(held[0]) if kind else None,
            }
            dump.write(json.dumps({"id": r["id"], "miss": miss, "rank": rank, "same": same_speaker(a, b),
                                   "exchange": a.get("kind") == "exchange", "diff": a["score"] - b["score"],
                                   "cos": [float(ca.max()), float(cb.max())], "gold_cos": gcos,
                                   "cover": [coverage(stems, best_a), coverage(stems, best_b)], "kind": kind,
                                   "held": [float(held[0]), float(held[1])]}) + "\n")
            if miss:
                sig["gold-sentence cosine over [1]'s best"] = gcos is not None and gcos > float(ca.max())
                if a["transcript"] != b["transcript"]:
                    cls = "another transcript"
                elif a["role"] == "question" or (a.get("kind") == "exchange" and any(
                        t["role"] == "question" and t["text_start"] <= a["highlight_start"] < t["text_end"]
                        for t in a.get("turns") or [])):
                    cls = "[1] the question (its highlight in it), gold the answer"
                elif a["speaker"] == b["speaker"]:
                    ta, tb = turn_of(a["transcript"], a["highlight_start_char"]), \
                        turn_of(b["transcript"], b["highlight_start_char"])
                    cls = "same turn, other piece" if ta == tb else "same speaker, other turn"
                else:
                    cls = "another speaker, same transcript"
                words = coverage(stems, a["highlight"]) > (coverage(stems, (sb[gi[0]] if gi else sb[0])[2]))
                classes[cls, words] += 1
                kinds[cls, kind] += 1
                for k, v in sig.items():
                    if v is not None:
                        signals[cls, k][v] += 1
                if listing and listing in cls:
                    print(s, r["id"], rank, f"words={words}", q[:100])
            else:
                nhits += 1
                for k, v in sig.items():
                    if v is not None:
                        risk[k, v] += 1
        print(f"== {s}: misses at 2-5 by class (repeats more question words than the gold sentence: yes / no)")
        for cls in sorted({c for c, _ in classes}, key=lambda c: -(classes[c, True] + classes[c, False])):
            n = classes[cls, True] + classes[cls, False]
            print(f"  {cls:55s} {n:4d}  words yes {classes[cls, True]:4d} no {classes[cls, False]:4d}   kinds "
                  + ", ".join(f"{k}:{v}" for (c, k), v in sorted(kinds.items(), key=str) if c == cls))
            for (c, k), cnt in sorted(signals.items()):
                if c == cls:
                    print(f"      {k:40s} gold over [1]: {cnt[True]:4d} of {cnt[True] + cnt[False]}")
        print(f"  hits whose [2] is [1]'s speaker within {HIT_REACH}: {nhits}; signal would put [2] over the gold [1]:")
        for k in sorted({k for k, _ in risk}):
            print(f"      {k:40s} {risk[k, True]:4d} of {risk[k, True] + risk[k, False]}", flush=True)


if __name__ == "__main__":
    main()
