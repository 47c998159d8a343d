"""unf65: batches A and B of unanswerable follow-ups that add a city outside the place list (countries, peoples,
capitals, US states), with answerable controls that add a city their answering passage names (or a word that is a
city's name used otherwise: "mike mansfield", "vladimir putin", "orion"), written from the transcripts before any run
(each unanswerable city said nowhere in its conversation's recording, any case; each control's gold copied from it).
Usage: batches.py [A|B] [--check] [--write] (prints the rows; --check: each gold quote in its transcript; --write:
writes bench/unf65/A.jsonl or B.jsonl and appends it to bench/questions/conversations-dev.jsonl once)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import (AGENTIC as AGENT, BAGGING as BAG, LAMPORT as LAMP, LAVROV_PRESS as LAV,  # noqa: E402
                              SANCTIONS_CALL as SANC, SUGA_PRESS as SUGA, WEB_VITALS as WEB, WILDFIRES as WF,
                              conversation_batch_main, conversation_rows)

KIND = "unf65"
NOT_SAID = "Not said in the recording this conversation is about."

# (shape, transcript, history, follow-up): the city is said nowhere in the recording
A_UNANS = [
    ("city", WF, ["What did Newsom say about the Lava Fire?"], "and sacramento, is it under threat too?"),
    ("city", WF, ["How many firefighters are deployed across the West?"], "and boise, how many are stationed there?"),
    ("city", WF, ["What grant did Biden announce for Sonoma County?"], "and santa rosa, how much does it get?"),
    ("city", WF, ["What record heat did Biden mention?"], "and seattle, how hot did it get?"),
    ("city", WF, ["What did Governor Brown say about last year's fires?"], "and eugene, was it evacuated?"),
    ("city", SUGA, ["What did Suga say about the Tokyo Olympics?"], "and yokohama, will it hold any of the games?"),
    ("city", SUGA, ["What did Biden and Suga say about 5G?"], "what about nagoya, any 5g sites there?"),
    ("city", SUGA, ["What did Biden say about gun violence?"], "and atlanta, did he mention the shooting there?"),
    ("city", LAV, ["What did Lavrov say about Sputnik V production in Serbia?"],
     "and subotica, will there be a plant too?"),
    ("city", LAV, ["What did Lavrov say about the Belgrade-Pristina dialogue?"], "and mitrovica, what happens there?"),
    ("city", LAV, ["What did Lavrov say about US diplomats in Russia?"],
     "and yekaterinburg, how many work at the consulate there?"),
    ("city", SANC, ["Which Russian companies did Treasury designate for supporting the SVR?"],
     "and novosibirsk, are any of them there?"),
    ("city", SANC, ["How many Russian diplomats is the US expelling?"], "and from san francisco, how many are leaving?"),
    ("city", LAMP, ["What did Lamport say about Microsoft Research?"], "and redmond, did he work there?"),
    ("city", BAG, ["What data set did the lecturer use for the bagging benchmark?"], "and munich, was the data from there?"),
    ("city", WEB, ["What is a good LCP score?"], "and in mumbai, how fast do pages load?"),
    ("city", AGENT, ["What does the travel assistant example do?"], "and barcelona, does it book trips there?"),
]
# (shape, transcript, history, follow-up, gold quote): answerable, the city (or the word) in the answering passage
A_CONTROLS = [
    ("city-control", WF, ["What record heat did Biden mention?"], "and portland, is it a record there?",
     "right now, we’re seeing record heat in Portland and across the West."),
    ("city-control", WF, ["How many Granite Mountain Hotshots died?"], "and prescott, which department was that?",
     "when the Prescott, Arizona, Fire Department got clobbered."),
    ("city-control", WF, ["What temperatures did Newsom mention?"], "and palm springs, how hot did it get?",
     "We were 123 down in Palm Springs two days ago"),
    ("city-control", SUGA, ["What did Biden and Suga say about climate commitments?"],
     "and glasgow, what is happening there?", "in the lead up to the Glasgow summit later this year."),
    ("city-control", SUGA, ["What did the reporter ask Biden about shootings?"],
     "and chicago, which incident was mentioned?",
     "including the incident that a lot of us saw in Chicago most recently?"),
    ("city-control", SUGA, ["What did Suga say about U.S. forces in Japan?"], "and okinawa, what was agreed for it?",
     "including, first and foremost, Okinawa, we agreed to promote the realignment of the U.S. forces in Japan"),
    ("name-control", LAV, ["What did Lavrov say about Kosovo's status?"], "and vladimir putin, what will he support?",
     "As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia."),
    ("city-control", WF, ["What did Harris say about evacuation orders?"], "and los angeles, was her home evacuated?",
     "our family home was under an evacuation order in Los Angeles."),
]
B_UNANS = [
    ("city", WF, ["How many firefighters are deployed across the West?"], "and spokane, any crews there?"),
    ("city", WF, ["What did Newsom say about the mutual aid system?"], "and san diego, did it send crews?"),
    ("city", WF, ["What record heat did Oregon see?"], "and salem, what was the high there?"),
    ("city", WF, ["What did Biden say about the National Guard?"], "and reno, how many guard members are there?"),
    ("city", WF, ["What grant did Biden announce for Sonoma County?"], "and napa, did it get a grant too?"),
    ("city", SUGA, ["What did Suga say about the Tokyo Olympics?"], "and sapporo, will the marathon be held there?"),
    ("city", SUGA, ["What did Suga say about the abductions by North Korea?"],
     "and niigata, were people taken from there?"),
    ("city", SUGA, ["What did Biden say about the Quad?"], "and sydney, will the leaders meet there?"),
    ("city", LAV, ["What did Lavrov say about the Serbian railway programme?"],
     "and smederevo, will the railway go there?"),
    ("city", LAV, ["What did Lavrov say about Sputnik V production in Serbia?"], "and kazan, does it make the vaccine too?"),
    ("city", SANC, ["What did the officials say about the SolarWinds hack?"], "and houston, were companies there hit?"),
    ("city", SANC, ["How many Russian diplomats is the US expelling?"], "and seattle, any from the consulate there?"),
    ("city", SANC, ["What does the new Treasury directive prohibit?"], "and frankfurt, are banks there covered?"),
    ("city", LAMP, ["What did Lamport say about the Paxos paper?"], "and palo alto, was it written there?"),
    ("city", WEB, ["What does Lighthouse measure?"], "and in london, are sites faster?"),
    ("city", AGENT, ["What does the equity research agent do?"], "and toronto, are any of the stocks from there?"),
    ("city", BAG, ["How many base learners did the bagging benchmark use?"], "and in dortmund, did they run it there?"),
]
B_CONTROLS = [
    ("city-control", WF, ["Which fire department lost 19 hotshots?"], "and prescott, which state is it in?",
     "when the Prescott, Arizona, Fire Department got clobbered."),
    ("city-control", WF, ["How hot did it get up north?"], "and in palm springs, what temperature?",
     "We were 123 down in Palm Springs two days ago"),
    ("city-control", WF, ["What did people say about the heat?"], "and portland, what did people ask about it?",
     "“One hundred and seventeen degrees and — you know, in Portland?”"),
    ("city-control", SUGA, ["What did the leaders say about the realignment of U.S. forces?"],
     "and okinawa, which community comes first?",
     "including, first and foremost, Okinawa, we agreed to promote the realignment of the U.S. forces in Japan"),
    ("city-control", SUGA, ["What did Biden say about ambitious climate commitments?"],
     "and glasgow, when is that summit?", "in the lead up to the Glasgow summit later this year."),
    ("city-control", SUGA, ["What did the reporter ask Biden about gun violence?"], "and chicago, what happened there?",
     "including the incident that a lot of us saw in Chicago most recently?"),
    ("name-control", SUGA, ["What did Biden say about the Mansfield Fellowship?"], "and mike mansfield, who was he?",
     "Mike Mansfield — who was a beloved ambassador to Japan"),
    ("name-control", SANC, ["What did the US attribute to the SVR?"], "and orion, what is it?",
     "the SolarWinds Orion platform"),
]
FIRST = {"A": 7250, "B": 7275}


def rows():
    out = []
    for batch, unans, controls in (("A", A_UNANS, A_CONTROLS), ("B", B_UNANS, B_CONTROLS)):
        n = FIRST[batch]
        for shape, name, history, question in unans:
            out.append((f"conv-dev-{n}", batch, "unanswerable-follow-up", shape, name, history, question, [],
                        NOT_SAID))
            n += 1
        for shape, name, history, question, gold in controls:
            out.append((f"conv-dev-{n}", batch, "follow-up", shape, name, history, question, [gold], gold))
            n += 1
    return out


def write(batch: str) -> None:
    """Writes bench/unf65/BATCH.jsonl and appends its rows to the dev conversations once."""
    here = Path(__file__).parent
    dev = here.parent / "questions" / "conversations-dev.jsonl"
    found = [json.dumps(r, ensure_ascii=False) + "\n" for r in conversation_rows(rows(), f"{KIND}-{batch}", batch)]
    assert f'"kind": "{KIND}-{batch}"' not in dev.read_text(), "already appended"
    (here / f"{batch}.jsonl").write_text("".join(found))
    with dev.open("a") as f:
        f.writelines(found)


def main():
    if "--write" in sys.argv:
        write(next(a for a in sys.argv[1:] if a in ("A", "B")))
        return
    conversation_batch_main(rows(), KIND)


if __name__ == "__main__":
    main()
