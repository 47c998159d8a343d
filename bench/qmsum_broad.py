"""Broad questions over QMSum val's committee meetings, made from val's own questions, and the ones the product
declines (each a miss: every topic was talked about), by form, per meeting and over the corpus.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/qmsum_broad.py bench/out/qmsum/index-val [--verbose]

For each val question of a committee meeting (covid_*, education_*: turns long enough that the decline rules on a
topic and on what is asked for read them; the other meetings are rapid talk, where those rules stand aside), its
topic (the words after "about", "of", ..., up to "when ...") is asked in the forms QMSum's broad questions take:
"Summarize the discussion about T.", "What did the meeting discuss about the pros and cons of T?", "Which groups
did the members discuss when talking about T?", "What was the cost of T?" (often no sensible question: read its
row apart), and "What did P think about T?" with P the speaker of most of the gold (label without title, and the
surname alone). A probe, not gold: the topics are cut by a pattern and some read badly. Development data only.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import decide  # noqa: E402

VAL = REPO.parent / "shared" / "bench" / "qmsum" / "val"
COMMITTEES = ("covid_", "education_")


def topic(question: str) -> str | None:
    """What `question` asks about, cut by pattern: "Summarize (the discussion about) T", else the words after the
    first of "about", "regarding", ... up to "when ..." or "and why"."""
    m = re.match(r"^\s*Summari[sz]e\s+(?:the\s+|their\s+)?(?:discussions?\s+(?:about|on)\s+)?(.+?)[?.]*$", question,
                 re.IGNORECASE)
    if m:
        return m.group(1)
    for word in ("about", "regarding", "towards", "over", "of", "on", "to"):
        m = re.search(rf"\b{word}\s+(.+?)(?:\s+(?:when|while)\b.*|,?\s+and why)?\s*[?.]*$", question, re.IGNORECASE)
        if m:
            return re.sub(r"^(?:the|their)\s+", "", m.group(1))
    return None


def speaker(text: str, spans: list[list[int]]) -> str | None:
    """The label (without title, riding or "AM") of the speaker of most gold characters, the chair left out."""
    said: collections.Counter[str] = collections.Counter()
    for start, end in spans:
        line = text.rfind("\n", 0, start) + 1
        m = re.match(r"([^:\n]{3,80}):", text[line:line + 90])
        if m and "Chair" not in m.group(1):
            said[m.group(1)] += end - start
    if not said:
        return None
    label = re.sub(r"\(.*?\)", "", said.most_common(1)[0][0]).strip()
    label = re.sub(r"^(?:The\s+)?(?:Right\s+)?(?:Hon\.|Mr\.|Mrs\.|Ms\.|Dr)\s+", "", label)
    return re.sub(r"\s+AM$", "", label).strip()


def probes(questions: Path) -> list[dict]:
    """The broad questions made from each committee-meeting question of `questions`."""
    made = []
    for line in questions.read_text().splitlines():
        q = json.loads(line)
        t = topic(q["question"])
        if not q["transcript"].startswith(COMMITTEES) or not t:
            continue
        forms = {"summarize": f"Summarize the discussion about {t}.",
                 "pros-cons": f"What did the meeting discuss about the pros and cons of {t}?",
                 "groups": f"Which groups did the members discuss when talking about {t}?",
                 "cost": f"What was the cost of {t}?"}
        who = speaker((questions.parent / "transcripts" / q["transcript"]).read_text(), q["gold_spans"])
        if who:
            forms["think"] = f"What did {who} think about {t}?"
            forms["think-surname"] = f"What did {who.split()[-1]} think about {t}?"
        made += [dict(id=f"{q['id']}-{form}", form=form, question=text, transcript=q["transcript"])
                 for form, text in forms.items()]
    return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="the QMSum val index (bench/out/qmsum/index-val)")
    parser.add_argument("--questions", type=Path, default=VAL / "questions.jsonl")
    parser.add_argument("--verbose", action="store_true", help="list every declined question with its note")
    args = parser.parse_args(argv)
    if "test" in str(args.questions) or "test" in args.index.name:
        sys.exit("QMSum test is held out: val only")
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=args.index))
    made = probes(args.questions)
    for scope in ("transcript", "corpus"):
        declined: collections.Counter[str] = collections.Counter()
        for p in made:
            evidence = tqa.ask(p["question"], k=5,
                               transcripts=[p["transcript"]] if scope == "transcript" else None).evidence
            verdict = decide(evidence)
            if not verdict.answerable:
                declined[p["form"]] += 1
                if args.verbose:
                    print(f"  {scope} {p['id']}: {p['question']} | {verdict.note}")
        asked = collections.Counter(p["form"] for p in made)
        print(f"{scope}: {sum(declined.values())} of {len(made)} declined; by form: "
              + ", ".join(f"{form} {declined[form]}/{n}" for form, n in asked.items()))


if __name__ == "__main__":
    main()
