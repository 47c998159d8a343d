"""ufu63: batch C, written after the rule was frozen (e0539bc) and before any run of it: follow-ups that add a place
to their history's topic, in forms read as follow-ups ("and X?", "was X part of that?", "did X do the same?"): 13
unanswerable (the place is said nowhere in the recording, or not where the topic is: "and taiwan's chipmakers, were
they mentioned for that?" after semiconductors) and 7 answerable controls whose place the topic's passage names.
Each place looked up with bench/ufu60/where.py and bench/ufu63/ctx.py. Usage: batch_c.py [--check] [--write]
(--write: writes bench/ufu63/C.jsonl and appends it to bench/questions/conversations-dev.jsonl once)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import (LAMPORT as LAMP, LAVROV_PRESS as LAV, SANCTIONS_CALL as SANC,  # noqa: E402
                              SUGA_PRESS as SUGA, WILDFIRES as WF, conversation_batch_main, conversation_rows)

KIND = "ufu63-C"
NOT_SAID = "Not said in the recording this conversation is about."
UNANS = [
    (SANC, "Which countries joined Treasury in the Crimea sanctions?", "and sweden, did it join too?"),
    (SANC, "Who agreed to join the planning for the CYBER FLAG exercise?", "was italy part of that?"),
    (WF, "Which countries did Newsom call for firefighters?", "what about brazil?"),
    (WF, "How much will federal wildland firefighters be paid?", "and in colorado, how much do state crews make?"),
    (SUGA, "Who launched the Quad Vaccine Partnership?", "did indonesia get any doses from it?"),
    (SUGA, "What did Biden and Suga say about semiconductors?",
     "and taiwan's chipmakers, were they mentioned for that?"),
    (LAV, "What did Lavrov say about Poland expelling Russian diplomats?", "did the czech republic do the same?"),
    (LAV, "What did Lavrov say about the Serbian railway programme?", "is hungary involved in that railway too?"),
    (LAV, "When will Sputnik V production start in Belgrade?", "and in montenegro?"),
    (SANC, "Which Russian government bonds can US banks no longer buy?", "what about british banks?"),
    (WF, "How many firefighters are deployed across the region?", "how many are in idaho?"),
    (SUGA, "What did Suga say about the Tokyo Olympics?", "will france send athletes?"),
    (LAMP, "Which companies use TLA+?", "do any companies in germany use it?"),
]
CONTROLS = [
    (SANC, "Which countries joined Treasury in the Crimea sanctions?", "and the uk, was it in on that too?",
     "in partnership with the EU, UK, Australia, and Canada"),
    (SANC, "Who agreed to join the planning for the CYBER FLAG exercise?", "is estonia one of them?",
     "the UK, France, Denmark, and Estonia have agreed to join in the planning"),
    (WF, "How many firefighters are deployed across the region?", "does that include nevada?",
     "from California to New Mexico, to Utah and Nevada"),
    (SUGA, "Who launched the Quad Vaccine Partnership?", "was australia part of it?",
     "together with India and Australia — launched the landmark Quad Vaccine Partnership"),
    (LAV, "What did Lavrov say about the US expelling Russian diplomats?", "and poland, what did he say about it?",
     "Poland also announced the expulsion of our diplomats. We will respond accordingly as well."),
    (WF, "Which countries did Newsom call for firefighters?", "what about israel?",
     "firefighters — from Israel come"),
    (SUGA, "Who will Japan and the US cooperate with on the Indo-Pacific?", "is india one of them?",
     "including the ASEAN, Australia, and India"),
]


def rows():
    out, n = [], 6580
    for name, earlier, question in UNANS:
        out.append((f"conv-dev-{n}", "C", "unanswerable-follow-up", "place", name, [earlier], question, [], NOT_SAID))
        n += 1
    for name, earlier, question, gold in CONTROLS:
        out.append((f"conv-dev-{n}", "C", "follow-up", "place-control", name, [earlier], question, [gold], gold))
        n += 1
    return out


def main():
    if "--write" in sys.argv:
        here = Path(__file__).parent
        dev = here.parent / "questions" / "conversations-dev.jsonl"
        assert f'"kind": "{KIND}"' not in dev.read_text(), "already appended"
        found = list(conversation_rows(rows(), KIND))
        (here / "C.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found))
        with dev.open("a") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
        return
    conversation_batch_main(rows(), KIND)


if __name__ == "__main__":
    main()
