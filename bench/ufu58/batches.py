"""Batch C of ufu58 (docs/retrieval.md "ufu58"): two-turn conversations over the shared transcripts (the seed's
Lavrov-Selakovic press conference among them) whose second turn points back ("it", "that", "them", "too", "as well",
an opening "and") and names a party, place or thing. "unsaid" rows (20) name one that the conversation's recording
never says, most of them said in another recording (unanswerable-follow-up; each checked by a pattern that must
match nowhere in its transcript); "follow-up" rows (15) are answerable controls that name a thing typed in lower case
that the transcripts also write in lower case ("tech", "forest service", "chrome") or typed in capitals ("FEMA",
"NATO", "LCP"), two of them switches. Topics other than ufu57's batches'. Appended to
bench/questions/conversations-dev.jsonl with `kind` ufu58-C; a copy in bench/ufu58/C.jsonl.

    .venv/bin/python bench/ufu58/batches.py [--write]

Written from the transcripts before the system was run on any of them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    WILDFIRES as FIRE, SUGA_PRESS as SUGA, SANCTIONS_CALL as CALL, LAVROV_PRESS as LAV, TRANSCRIPTS,
    LAMPORT as LAMP, transcript_words, two_turn_rows)

OUT = REPO / "bench" / "questions" / "conversations-dev.jsonl"
CWV = "core-web-vitals-lecture-whisper.json"
BAG = "i2ml-random-forest-bagging-lecture.srt"

OLYMPICS = "What did Suga say about the Tokyo Olympics?"
XINJIANG = "What did Biden and Suga say about Xinjiang?"
ALBANIA = "What did Lavrov say about Greater Albania?"
NAVALNY = "What did the official say about the poisoning of Navalny?"
AFGHANISTAN = "What does the intelligence community assess about Russia in Afghanistan?"
BRIC = "What did Biden say about FEMA's BRIC program?"
PAXOS = "What did Lamport say about the Paxos paper?"

# (shape, transcript, earlier question, follow-up, gold quotes, or for "unsaid" a pattern said nowhere in the
# transcript)
C = [
    ("unsaid-party", SUGA, XINJIANG, "did they bring up russia as well?", r"Russia"),
    ("unsaid-party", SUGA, OLYMPICS, "is serbia sending athletes to them too?", r"Serbia"),
    ("unsaid-party", SUGA, "What did Biden and Suga say about North Korea?",
     "and afghanistan, did they talk about that?", r"Afghan"),
    ("unsaid-party", SUGA, "What did Biden say about the Iran talks?", "is germany part of those talks?",
     r"German"),
    ("unsaid-party", LAV, "What did Lavrov say about Kosovo?", "did he bring up the taliban too?", r"Taliban"),
    ("unsaid-party", LAV, ALBANIA, "did japan say anything about it as well?", r"Japan"),
    ("unsaid-party", LAV, "What did Lavrov say about the European Union's role in the Balkans?",
     "is canada involved in that as well?", r"Canad"),
    ("unsaid-name", LAV, "What did Lavrov say about NATO?", "did he mention Tokyo in that context too?", r"Tokyo"),
    ("unsaid-party", CALL, NAVALNY, "did japan condemn it as well?", r"Japan"),
    ("unsaid-party", CALL, AFGHANISTAN, "and did india help with that?", r"India"),
    ("unsaid-name", CALL, "What did the official say about a summit between Biden and Putin?",
     "will it be held in tokyo?", r"Tokyo"),
    ("unsaid-party", FIRE, "What did Governor Inslee say about the fires in Washington?",
     "did microsoft help with it too?", r"Microsoft"),
    ("unsaid-party", FIRE, BRIC, "does japan contribute to it as well?", r"Japan"),
    ("unsaid-party", FIRE, "What did Governor Brown say about the fires in Oregon?",
     "did Google give them data for that?", r"Google"),
    ("unsaid-party", FIRE, "What did Governor Newsom say about California's fire season?",
     "is china helping them with it?", r"China|Chinese"),
    ("unsaid-party", LAMP, PAXOS, "does the chrome team use it too?", r"Chrome"),
    ("unsaid-name", LAMP, "What did Lamport say about the Turing Award?", "did biden congratulate him on it?",
     r"Biden"),
    ("unsaid-party", CWV, "Which tools does the lecturer use to measure Core Web Vitals?",
     "does microsoft offer one too?", r"Microsoft"),
    ("unsaid-party", CWV, "What does Lighthouse measure?", "is it used by FEMA too?", r"FEMA"),
    ("unsaid-name", LAV, "What did Lavrov say about Jake Sullivan?", "did suga meet him too?", r"Suga"),
    # answerable controls: a thing typed in lower case that the transcripts also write in lower case, or typed in
    # capitals; the last two of the list below are switches
    ("follow-up-party", LAMP, PAXOS, "and does his work drive azure too?",
     ("A lot of your work is out there driving Azure",)),
    ("follow-up-name", LAMP, "How does Lamport say LaTeX should be pronounced?", "and did knuth call it tech?",
     ("And Knuth called it Tech, even though it was Tex",)),
    ("follow-up-party", FIRE, "Which agencies did Biden thank at the close of the meeting?",
     "and the forest service, was it one of them?", ("thank you to everyone from the Forest Service",)),
    ("follow-up-name", FIRE, BRIC, "is it the building resilient infrastructure one?",
     ("Building Resilient Infrastructure and Communities",)),
    ("follow-up-party", FIRE, "Who is Biden meeting with about the wildfires?", "and FEMA's leadership too?",
     ("key members of my Cabinet, FEMA leadership",)),
    ("follow-up-party", CALL, AFGHANISTAN, "and the taliban, what did russia encourage?",
     ("encourage Taliban attacks against U.S. and coalition personnel",)),
    ("follow-up-party", LAV, ALBANIA, "and NATO, what does he call on it to do?",
     ("We always call on our colleagues from the European Union and NATO",)),
    ("follow-up-party", LAV, "What did Lavrov say about borders in Europe?", "is slovenia mentioned in that too?",
     ("NATO (of which Slovenia is also a member)",)),
    ("follow-up-party", SUGA, OLYMPICS, "and the paralympics too?",
     ("and the Paralympic Games as a symbol of global unity this summer",)),
    ("follow-up-party", SUGA, XINJIANG, "what did suga explain to biden about it?",
     ("initiatives regarding the situation in Xinjiang Uyghur Autonomous Region",)),
    ("follow-up-party", CWV, "What is Lighthouse?", "and is it hidden in chrome?",
     ("there is a hidden tool in Chrome called Lighthouse",)),
    ("follow-up-party", CWV, "What example website does the lecturer use for SEO?",
     "and why does amazon want it to load fast?", ("Amazon.in wants this website to be loaded as soon as possible",)),
    ("follow-up-name", BAG, "What is bagging short for?", "and how does the random forest relate to it?",
     ("it's a preliminary version of the random",)),
    ("switch", CWV, NAVALNY, "What does LCP stand for in the web vitals lecture?",
     ("LCP stands for Largest Contextual Paint",)),
    ("switch", CWV, BRIC, "What score does Google call a good LCP?", ("a good LCP score should be 2.5 seconds",)),
]

# a caption file's cue numbers and times, left out of the text a pattern is checked in
_CUES = re.compile(r"(?:\b\d+\s+)?\d\d:\d\d:\d\d[,.]\d+\s*-->\s*\d\d:\d\d:\d\d[,.]\d+")


def lines(rows: list, first: int) -> list[dict]:
    """The rows of batch C, the unsaid pattern checked said nowhere in its transcript."""
    plain = []
    for shape, name, earlier, question, gold in rows:
        if shape.startswith("unsaid"):
            if re.search(gold, _CUES.sub(" ", transcript_words(name)), re.IGNORECASE):
                raise SystemExit(f"said in {name}: {gold} ({question})")
            gold = ()
        plain.append((shape, name, earlier, question, gold))
    return two_turn_rows(plain, "C", first, "ufu58-C",
                         lambda shape, answerable: ("switch" if shape == "switch" else "follow-up") if answerable
                         else "unanswerable-follow-up")


def main() -> None:
    assert TRANSCRIPTS.is_dir()
    c = lines(C, 5480)
    assert len(c) == 35 and c[-1]["id"] == "conv-dev-5514", (len(c), c[-1]["id"])
    if "--write" in sys.argv:
        (REPO / "bench" / "ufu58" / "C.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in c), encoding="utf-8")
        with OUT.open("a", encoding="utf-8") as f:
            for r in c:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(c), "rows; unsaid", sum(not r["answerable"] for r in c))


if __name__ == "__main__":
    main()
