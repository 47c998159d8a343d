"""ufu63: batch D, written after batch C's run showed that its places were said in no transcript (declined already by
the absent-name rule), with the rule still frozen (e0539bc): follow-ups that add a place some transcript names, but
not where the topic is ("and serbia, did it send anyone?" after the countries Newsom called; "and in poland?" after
Sputnik V in Belgrade), over the eight shared transcripts (conv-dev-6535..6539, 6575..6579) and over the seed's press
conference (seed-5250..5259); with answerable controls whose place the topic's passage names. Each place looked up
with bench/ufu60/where.py and bench/ufu63/ctx.py. Usage: batch_d.py [--check] [--write] (--write: writes
bench/ufu63/D.jsonl and appends its rows to bench/questions/conversations-dev.jsonl and qa/data/seed_questions.jsonl
once)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import (LAVROV_PRESS as LAV, SANCTIONS_CALL as SANC, SUGA_PRESS as SUGA,  # noqa: E402
                              WILDFIRES as WF, conversation_batch_main, conversation_rows)

KIND = "ufu63-D"
NOT_SAID = "Not said in the recording this conversation is about."
# (id, transcript, earlier question, follow-up, gold quote or None where unanswerable)
ROWS = [
    ("conv-dev-6535", SANC, "Which bonds are US banks barred from buying?", "and japan, are its banks barred too?",
     None),
    ("conv-dev-6536", WF, "Which countries did Newsom call for firefighters?", "and serbia, did it send anyone?", None),
    ("conv-dev-6537", SUGA, "What did Biden and Suga say about 5G networks?", "is estonia part of that?", None),
    ("conv-dev-6538", LAV, "When will Sputnik V production start in Belgrade?", "what about in australia?", None),
    ("conv-dev-6539", WF, "What grant did Biden announce for Sonoma County?", "did utah get one too?", None),
    ("conv-dev-6575", SANC, "Which companies did Treasury designate for supporting the SVR?",
     "were any of them in canada?", None),
    ("conv-dev-6576", SUGA, "What did Suga say about the abductions by North Korea?",
     "did india raise the abductions too?", None),
    ("conv-dev-6577", LAV, "What did Lavrov say about a Greater Albania?", "and slovenia, what did he say?",
     "including the European Union and NATO (of which Slovenia is also a member)"),
    ("conv-dev-6578", WF, "How many firefighters are deployed across the region?", "does that include new mexico?",
     "from California to New Mexico, to Utah and Nevada"),
    ("conv-dev-6579", SANC, "Which countries agreed to join the planning for CYBER FLAG?", "and denmark?",
     "the UK, France, Denmark, and Estonia have agreed to join in the planning"),
    ("seed-5250", LAV, "When will Sputnik V production start in Belgrade?", "and in poland?", None),
    ("seed-5251", LAV, "What did Lavrov say about the railway programme in Serbia?", "is slovenia taking part in it?",
     None),
    ("seed-5252", LAV, "How many US diplomats will Russia ask to leave?", "and how many from albania?", None),
    ("seed-5253", LAV, "What share of Serbia's budget revenues did NIS account for?", "and in poland?", None),
    ("seed-5254", LAV, "What did Lavrov say about the Eurasian Economic Union?",
     "has slovenia signed a free trade deal with it too?", None),
    ("seed-5255", LAV, "What did Lavrov say about the Open Skies Treaty?", "did poland withdraw from it too?", None),
    ("seed-5256", LAV, "What did Lavrov say about the Intergovernmental Committee?", "does albania have one as well?",
     None),
    ("seed-5257", LAV, "How will Russia respond to the US expelling its diplomats?", "and poland?",
     "Poland also announced the expulsion of our diplomats."),
    ("seed-5258", LAV, "What did Lavrov say about borders in Europe?", "is slovenia mentioned?",
     "(of which Slovenia is also a member)"),
    ("seed-5259", LAV, "What did Lavrov say about Greater Albania?", "and kosovo, what did he say about its status?",
     "Kosovo’s exact status is to be determined through negotiations between Pristina and Belgrade"),
]


def rows():
    return [(i, "D", "follow-up" if gold else "unanswerable-follow-up", "place-control" if gold else "place", name,
             [earlier], question, [gold] if gold else [], gold or NOT_SAID)
            for i, name, earlier, question, gold in ROWS]


def main():
    if "--write" in sys.argv:
        here = Path(__file__).parent
        found = list(conversation_rows(rows(), KIND))
        (here / "D.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found))
        for path, seed in ((here.parent / "questions" / "conversations-dev.jsonl", False),
                           (here.parents[1] / "qa" / "data" / "seed_questions.jsonl", True)):
            assert f'"kind": "{KIND}"' not in path.read_text(), "already appended"
            with path.open("a") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in found
                             if r["id"].startswith("seed-") == seed)
        return
    conversation_batch_main(rows(), KIND)


if __name__ == "__main__":
    main()
