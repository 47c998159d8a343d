"""The lead's trial of session s50 (2026-12-08): two personas no earlier trial took, a historian of computing reading
the Leslie Lamport interview and an ML student revising from the bagging lecture (.srt captions), typed as such users
type. Written by reading the transcripts before any was asked. Batch A: 20 answerable (dev-lead50-001..), 6
unanswerable (dev-un-6220..), 3 conversations (conv-dev-7550..). `--append` adds them to the dev files.

    PYTHONPATH=. .venv/bin/python bench/lead50/questions.py [--append]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import BAGGING, LAMPORT, REPO, TRANSCRIPTS, gold_rows  # noqa: E402

REAL = [
    (1, "A", LAMPORT, "what year did lamport start programming", ["and I started programming in 1957"]),
    (2, "A", LAMPORT, "who actually came up with adding timestamps to messages before lamport got credit",
     ["But as it turns out, I think they were actually the first people who did that"]),
    (3, "A", LAMPORT, "Turing award year?", ["this Turing Award which you won in 2013"]),
    (4, "A", LAMPORT, "Who first posed the mutual exclusion problem?",
     ["introduced by Edsger Dijkstra, I think it was in 1965"]),
    (5, "A", LAMPORT, "when did he first start reading the communications of the acm",
     ["because that was in 1972, and there really wasn't computer science in those days."]),
    (6, "A", LAMPORT, "whose system did the separation of content and typesetting first",
     ["that was done by Brian Reid in his scribe system"]),
    (7, "A", LAMPORT, "what would the bakery algorithm be called nowadays",
     ["these days, it would be called the deli algorithm"]),
    (8, "A", LAMPORT, "In the bakery algorithm, what happens when two customers pick the same number?",
     ["And then, in that case, you serve people in the alphabetic order of their names."]),
    (9, "A", LAMPORT, "which chip company used tla+",
     ["People at Intel used to use TLA+ in designing their chips"]),
    (10, "A", LAMPORT, "who looks after the TLA+ tools these days",
     ["My colleague, Markus Kuppe, the one who is currently basically maintaining the TLA+ tools"]),
    (11, "A", LAMPORT, "what failed government software project does he bring up",
     ["A 100 million dollar project that just failed, that was just abandoned after a few years."]),
    (12, "A", LAMPORT, "Whose line about battles and plans does Lamport quote?",
     ["I love this quote of Eisenhower"]),
    (13, "A", LAMPORT, "which algorithm was lamport's first concurrent one",
     ["actually, that was the first concurrent algorithm that I wrote."]),
    (14, "A", LAMPORT, "How much does it take to make a TLA spec stuttering-insensitive?",
     ["I add about seven characters to the specification."]),
    (15, "A", LAMPORT, "what is lamport's current project", ["after my current project, which is writing a book"]),
    (16, "A", BAGGING, "whats bagging short for", ["begging is for bootstrap aggregation and"]),
    (17, "A", BAGGING, "what do you call the points left out of a bootstrap sample",
     ["certain points we will not sample and", "these points are called out of B so"]),
    (18, "A", BAGGING, "how many base learners were in the spam benchmark",
     ["we backed our sbls with about 100 base", "Learners here I used the spam data set"]),
    (19, "A", BAGGING, "why doesn't bagging help logistic regression much",
     ["bagging but not too much which is", "because they are a bit more stable yeah"]),
    (20, "A", BAGGING, "how are hard labels combined in a bagged classifier", ["by yeah and then you can do majority"]),
]

UNANSWERABLE = [
    (6220, LAMPORT, "Where did Lamport go to university?", "absent-fact", "no university named"),
    (6221, LAMPORT, "what year was the paxos paper published", "near-miss", "Paxos paper named; no year"),
    (6222, LAMPORT, "What did Lamport say about Rust?", "absent-topic", "Rust never said"),
    (6223, LAMPORT, "what did knuth say about latex's pronunciation", "absent-speaker",
     "Knuth does not speak; his pronunciation of TeX is reported"),
    (6224, BAGGING, "what is the out of bag error used for", "near-miss", "out of bag defined; no error estimate"),
    (6225, BAGGING, "what learning rate does the lecturer recommend for boosting", "absent-fact",
     "boosting named once; no learning rate"),
]

CONVERSATIONS = [
    (7550, LAMPORT, "and what year was that?", ["Who first posed the mutual exclusion problem?"], True,
     "follow-up", ["I think it was in 1965"]),
    (7551, LAMPORT, "what did lamport think of the algorithm he read in the journal?",
     ["Who first posed the mutual exclusion problem?", "and what year was that?"], True, "follow-up",
     ["but it seemed awfully complicated"]),
    (7552, BAGGING, "why does it reduce error?", ["whats bagging short for"], True, "follow-up",
     ["behind bagging is that it should reduce", "the variability of our produtions"]),
    (7553, BAGGING, "asdf ok ok", ["whats bagging short for", "why does it reduce error?"], False, "nonsense", None),
    (7554, LAMPORT, "ok different thing - who maintains the tla+ tools?",
     ["whats bagging short for", "why does it reduce error?", "asdf ok ok"], True, "switch",
     ["My colleague, Markus Kuppe, the one who is currently basically maintaining the TLA+ tools"]),
    (7555, LAMPORT, "do they still?", ["which chip company used tla+"], True, "follow-up",
     ["And I don't know if they still do."]),
    (7556, LAMPORT, "what about AMD?", ["which chip company used tla+", "do they still?"], False,
     "unanswerable-follow-up", None),
]


def rows():
    from qa.evaluate.questions import find_quote
    real, _, _ = gold_rows(REAL, [], "lead50", "seed")
    for r in real:
        r["kind"] = "lead50-A"
    un = [{"id": f"dev-un-{n}", "question": q, "transcript": t, "answerable": False, "category": c,
           "kind": "lead50-A", "batch": "A", "absent": why,
           "reference_answer": "Not said: the recordings never say this."} for n, t, q, c, why in UNANSWERABLE]
    conv = []
    for n, t, q, hist, answerable, shape, gold in CONVERSATIONS:
        row = {"id": f"conv-dev-{n}", "question": q, "transcript": t, "history": hist, "answerable": answerable,
               "category": shape, "kind": "lead50-A", "batch": "A", "shape": shape}
        if gold:
            text = (TRANSCRIPTS / t).read_text(encoding="utf-8")
            for quote in gold:
                assert find_quote(text, quote), (n, quote)
            row["gold_quotes"] = gold
        else:
            row["gold_quotes"] = []
            row["reference_answer"] = ("Not a question about these transcripts." if shape == "nonsense"
                                       else "Not said in the recordings.")
        conv.append(row)
    return real, un, conv


def main() -> None:
    real, un, conv = rows()
    out = {"real-dev.jsonl": real, "unanswerable-dev.jsonl": un, "conversations-dev.jsonl": conv}
    (HERE / "batch-A.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                                for rs in out.values() for r in rs), encoding="utf-8")
    print(len(real), "real,", len(un), "unanswerable,", len(conv), "conversation turns")
    if "--append" in sys.argv:
        for name, rs in out.items():
            with (REPO / "bench" / "questions" / name).open("a", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rs)


if __name__ == "__main__":
    main()
