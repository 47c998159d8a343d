"""spk63's batches A and B: questions that name a recording's speaker by the recording's title words and a noun
for the speaker's part ("the Changelog guest", "the Core Web Vitals lecturer", "the agentic AI presenter", "the
random forest instructor"), or name the recording by its title words and a recording noun beside a name, over the
Lamport interview, the Core Web Vitals lecture, the bagging lecture and the agentic AI video; answerable ones (gold:
the transcript's own text) and unanswerable controls (the speaker named so is there; what is asked is not said, or the
part is one the recording lacks). Written from the transcripts before any run of them. Writes bench/spk63/batch-A.jsonl
and batch-B.jsonl; `--append` adds them to bench/questions/real-dev.jsonl and unanswerable-dev.jsonl.

    .venv/bin/python bench/spk63/new_questions.py [--append]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import AGENTIC, BAGGING, LAMPORT, REPO, WEB_VITALS, transcript_words  # noqa: E402

# (batch, transcript, question, gold quotes (none: unanswerable), reference answer / what is absent)
ROWS = [
    ("A", LAMPORT, "What does the Changelog guest say Knuth did when building Tex?",
     ["I should say that Knuth did all the heavy lifting in building Tex"], "All the heavy lifting."),
    ("A", LAMPORT, "Which cloud companies' engineers use TLA+, according to the Changelog interviewee?",
     ["people in Azure, basically the web services of Microsoft, and Amazon Web Services"],
     "Microsoft's Azure and Amazon Web Services."),
    ("A", LAMPORT, "Which language was the colleague coding in, according to the Changelog podcast guest?",
     ["TLA+ is a lot different from Java, what he was coding it in"], "Java."),
    ("A", LAMPORT, "Why does the Changelog guest say he is different from most computer people?",
     ["it's because I think like a mathematician, and I approach things mathematically, not computationally"],
     "He thinks like a mathematician."),
    ("A", WEB_VITALS, "What hidden Chrome tool does the Core Web Vitals lecturer promise to show?",
     ["there is a hidden tool in Chrome called Lighthouse"], "Lighthouse."),
    ("A", BAGGING, "Which tree does the Random Forest lecturer give as an example of a base learner?",
     ["example a cart a cart tree and that's"], "A CART tree."),
    ("A", AGENTIC, "Which no-code tool's MCP server does the Agentic AI presenter show?",
     ["Zapier MCP server and you have connected"], "Zapier's."),
    ("A", AGENTIC, "Whose document on building effective agents does the Agentic AI video host cite?",
     ["no. Anthropic has this document on"], "Anthropic's."),
    ("A", LAMPORT, "What did the Changelog guest say about the Rust borrow checker?", [],
     "Rust and its borrow checker never come up"),
    ("A", WEB_VITALS, "Which CDN does the Core Web Vitals lecturer recommend for images?", [],
     "no CDN is named"),
    ("A", AGENTIC, "How much does the Agentic AI presenter charge for his Zapier course?", [],
     "no course price is said"),
    ("A", LAMPORT, "What does the Changelog moderator think of Paxos?", [],
     "the podcast has a host and a guest, no moderator"),
    ("B", LAMPORT, "What does the Changelog guest say he used before LaTeX?",
     ["When I started, I used Scribe"], "Scribe."),
    ("B", LAMPORT, "According to the Changelog podcast host, what year did Lamport win the Turing Award?",
     ["I mentioned this Turing Award which you won in 2013"], "2013."),
    ("B", LAMPORT, "Who does the Changelog interviewee say first recognized the mutual exclusion problem?",
     ["introduced by Edsger Dijkstra, I think it was in 1965"], "Edsger Dijkstra, in 1965."),
    ("B", LAMPORT, "What does the Changelog guest call the property of ignoring repeated frames?",
     ["Well, I call it stuttering insensitivity."], "Stuttering insensitivity."),
    ("B", WEB_VITALS, "What does the Core Web Vitals teacher say LCP stands for?",
     ["And LCP stands for Largest Contextual Paint."], "Largest Contextual Paint."),
    ("B", WEB_VITALS, "According to the Core Web Vitals instructor, what does Lighthouse generate?",
     ["Lighthouse basically generates a report for you"], "A report of what can be improved."),
    ("B", BAGGING, "Which data set does the Random Forest lecture presenter benchmark bagged models on?",
     ["Learners here I used the spam data set"], "The spam data set."),
    ("B", AGENTIC, "Which Google model does the Agentic AI youtuber say may generate text?",
     ["Google Gemini model. So this model might"], "Google's Gemini model."),
    ("B", LAMPORT, "What did the Changelog guest say about Kubernetes?", [],
     "Kubernetes never comes up"),
    ("B", BAGGING, "What accuracy did the Random Forest lecturer report on ImageNet?", [],
     "ImageNet never comes up"),
    ("B", AGENTIC, "Which city is the Agentic AI presenter's company based in?", [],
     "the company's city is never said"),
    ("B", LAMPORT, "What did the Changelog moderator ask about Java?", [],
     "the podcast has a host and a guest, no moderator"),
]
FIRST_UNANSWERABLE = 5760


def rows() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"A": [], "B": []}
    real, un = 0, FIRST_UNANSWERABLE
    for batch, name, question, gold, ref in ROWS:
        text = transcript_words(name)
        for quote in gold:
            if " ".join(quote.split()) not in text:
                raise SystemExit(f"not in {name}: {quote}")
        if gold:
            real += 1
            row = {"id": f"dev-spk63-{real:03d}", "question": question, "transcript": name, "gold_quotes": gold,
                   "reference_answer": ref, "category": "what-said", "batch": batch}
        else:
            row = {"id": f"dev-un-{un}", "question": question, "transcript": name, "answerable": False,
                   "category": "near-miss", "kind": "spk63", "batch": batch, "absent": ref,
                   "reference_answer": "Not said: the recordings never say this."}
            un += 1
        out[batch].append(row)
    return out


def main() -> None:
    batches = rows()
    for batch, found in batches.items():
        (HERE / f"batch-{batch}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found),
                                                   encoding="utf-8")
        (HERE / f"ids-{batch}.txt").write_text("^(" + "|".join(r["id"] for r in found) + ")$\n", encoding="utf-8")
    if "--append" in sys.argv:
        for name, answerable in (("real-dev.jsonl", True), ("unanswerable-dev.jsonl", False)):
            path = REPO / "bench" / "questions" / name
            new = [r for b in batches.values() for r in b if ("gold_quotes" in r) == answerable]
            with path.open("a", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)


if __name__ == "__main__":
    main()
