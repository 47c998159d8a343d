"""ufu64: batches A and B of unanswerable follow-ups in the forms ufu63 left open, with answerable controls of the
same forms, written from the transcripts before any run (each asked aspect looked up with bench/ufu63/ctx.py: said
nowhere in the conversation's recording; each control's gold copied from it). Forms (`shape`): "why" (a short why
whose reason the recording does not give: "why that one?"), "imperative" ("Tell me ...", "Name ...", "Give me ..."),
"lead-in" (a question word after a lead: "ok so and when was that?"), "possessive" (a place in a possessive:
"australia's part in that?"), "city" (a city or region outside the country / capital / state list).
Usage: batches.py [A|B] [--check] [--write] (prints the rows; --check: each gold quote in its transcript; --write:
writes bench/ufu64/A.jsonl and B.jsonl and appends both to bench/questions/conversations-dev.jsonl once)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import (AGENTIC as AGENT, BAGGING as BAG, LAMPORT as LAMP, LAVROV_PRESS as LAV,  # noqa: E402
                              SANCTIONS_CALL as SANC, SUGA_PRESS as SUGA, WEB_VITALS as WEB, WILDFIRES as WF,
                              conversation_batch_main, conversation_rows)

KIND = "ufu64"
NOT_SAID = "Not said in the recording this conversation is about."

# (shape, transcript, history, follow-up): the aspect asked is said nowhere in the recording
A_UNANS = [
    ("possessive", SUGA, ["What did Biden and Suga say about semiconductors?"], "and australia's part in that?"),
    ("possessive", SANC, ["Which Russian service did the US name as behind SolarWinds?"],
     "canada's reaction to the attribution?"),
    ("possessive", WF, ["How much will federal wildland firefighters make now?"],
     "and oregon's own state crews, what's their pay?"),
    ("possessive", LAV, ["What did Lavrov say about Sputnik V production in Serbia?"],
     "and albania's vaccine deliveries?"),
    ("possessive", SUGA, ["What did Suga say about the Tokyo Olympics?"], "india's stance on the games?"),
    ("possessive", WF, ["Which countries sent firefighters to help last year?"],
     "israel's crews, how many came?"),
    ("city", WF, ["How many firefighters are deployed across the West?"], "what about fresno?"),
    ("city", WF, ["What record heat did Oregon see?"], "and in portland, how many people died of the heat?"),
    ("city", SUGA, ["What did Suga say about Air Station Futenma?"], "and okinawa's governor, what does he think?"),
    ("city", LAV, ["What did Lavrov say about the Belgrade-Pristina dialogue?"],
     "and novi sad, any russian projects there?"),
    ("lead-in", LAV, ["What did Lavrov say about the Serbian railway programme?"],
     "ok so and when was that agreement signed?"),
    ("lead-in", SUGA, ["What did Biden say about the Mansfield Fellowship?"],
     "alright so when does the first group of fellows start?"),
    ("lead-in", SANC, ["How many Russian diplomats is the US expelling?"],
     "ok and by what date do they have to leave?"),
    ("lead-in", LAMP, ["What did Lamport say about the Paxos paper?"], "hm, so and what year did it finally come out?"),
    ("lead-in", WF, ["What grant did Biden announce for Sonoma County?"],
     "right, and when will sonoma actually get the money?"),
    ("imperative", LAMP, ["When did Lamport win the Turing Award?"], "Tell me his salary at Microsoft."),
    ("imperative", WF, ["Which governors were on the call?"], "Name the governor of Idaho."),
    ("imperative", SANC, ["Which Russian service did the US name as behind SolarWinds?"],
     "Give me the name of the SVR's director."),
    ("imperative", BAG, ["What does bagging stand for?"], "Tell me the year it was invented."),
    ("imperative", WEB, ["What is a good LCP score?"], "Give me the name of the lecturer."),
    ("why", WEB, ["What is a good LCP score?"], "why 2.5 seconds?"),
    ("why", AGENT, ["Which framework does the NVIDIA report demo use?"], "why that one?"),
    ("why", LAMP, ["What is TLA+?"], "why did he call it that?"),
    ("why", SANC, ["How many entities and individuals did Treasury sanction over election interference?"],
     "why 32?"),
    ("why", SUGA, ["When is the Climate Leaders Summit?"], "why is it being held then?"),
]
# (shape, transcript, history, follow-up, gold quote): answerable, in the same forms
A_CONTROLS = [
    ("possessive", SANC, ["Which partners joined the Crimea sanctions?"], "and australia's statement on solarwinds?",
     "you may have noted both Australia and the European Union statement of support for the attribution"),
    ("possessive", WF, ["What did Governor Brown say about last year's fires?"],
     "oregon's cost-share adjustment, what did she thank him for?",
     "thank you for approving our cost-share adjustment related to our 2020 Labor Day wildfires at 100 percent for "
     "Oregon"),
    ("possessive", LAV, ["What did Lavrov say about Kosovo?"], "and pristina's patrons, who are they?",
     "We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons"),
    ("city", WF, ["What record heat did Biden mention?"], "and portland, what did he say about it?",
     "we’re seeing record heat in Portland and across the West"),
    ("city", SUGA, ["What did Suga say about the realignment of U.S. forces in Japan?"],
     "and okinawa, what is the plan for futenma?",
     "including the relocation of Air Station Futenma to Henoko"),
    ("lead-in", WF, ["What grant did Biden announce for Sonoma County?"], "right, and how much was it?",
     "I’m announcing a $37 million federal grant to Sonoma County, California"),
    ("lead-in", SANC, ["What does the new Treasury directive prohibit?"], "ok so and when does it take effect?",
     "the prohibition comes into effect on June 14 of this year."),
    ("imperative", WF, ["How much will federal wildland firefighters make now?"],
     "Tell me the bonus for those on the frontlines.",
     "provide for additional 10 percent bonuses for those working on the frontlines"),
    ("imperative", SUGA, ["What partnership did Biden and Suga announce?"], "Name the areas of joint research.",
     "to driving joint research in areas like AI, genomics, quantum computing"),
    ("why", LAV, ["What did Lavrov say about Poland?"], "why did he say that?",
     "Poland also announced the expulsion of our diplomats. We will respond accordingly as well."),
]
B_UNANS = [
    ("possessive", SUGA, ["What did Biden and Suga say about 5G?"], "and india's role in 5g?"),
    ("possessive", SANC, ["What does the new Treasury directive prohibit?"],
     "france's banks, are they bound by it too?"),
    ("possessive", WF, ["What did Biden say about the National Guard?"], "and utah's guard, how many did it train?"),
    ("possessive", LAV, ["What did Lavrov say about the Open Skies Treaty?"], "slovenia's view on that?"),
    ("possessive", SUGA, ["What did the leaders say about the Senkaku Islands?"],
     "taiwan's position on the islands?"),
    ("possessive", SANC, ["How many Russian diplomats is the US expelling?"],
     "denmark's response, did it expel anyone?"),
    ("possessive", WF, ["What did Biden say about FEMA's BRIC program?"], "nevada's share of that money?"),
    ("possessive", SUGA, ["What did Biden say about the Climate Leaders Summit?"],
     "and china's pledge for the summit?"),
    ("city", WF, ["Which fire was Newsom near when he joined the call?"], "and redding, was it evacuated?"),
    ("city", SUGA, ["What did Suga say about the Tokyo Olympics?"], "and osaka, will it host any events?"),
    ("city", LAV, ["What did Lavrov say about Sputnik V production in Serbia?"],
     "and kragujevac, is there a plant too?"),
    ("city", SANC, ["Which Russian companies did Treasury designate for supporting the SVR?"],
     "and st petersburg, are any of them based there?"),
    ("lead-in", WF, ["How many firefighters are deployed across the West?"],
     "ok so and how many of them are volunteers?"),
    ("lead-in", SUGA, ["What did Biden say about the Quad vaccine partnership?"],
     "right, so how many doses will it make?"),
    ("lead-in", SANC, ["What did the officials say about the Taliban bounty reports?"],
     "alright, and how much money was offered per soldier?"),
    ("lead-in", LAMP, ["What is the bakery algorithm?"], "hm ok so when did he publish it?"),
    ("lead-in", LAV, ["What did Lavrov say about NIS?"], "so um, who is its ceo?"),
    ("imperative", WF, ["Which governors were on the call?"], "Tell me how long Newsom has been governor."),
    ("imperative", SUGA, ["Who was the first Japanese player to win the Masters?"], "Give me his age."),
    ("imperative", LAMP, ["What is TLA+?"], "Tell me the year TLA+ was released."),
    ("imperative", AGENT, ["What tools does the finance agent have?"], "Tell me how much the gemini api costs."),
    ("why", WEB, ["What does LCP stand for?"], "why that name?"),
    ("why", SANC, ["When do the sovereign debt prohibitions take effect?"], "why then?"),
    ("why", WF, ["What grant did Biden announce for Sonoma County?"], "why $37 million?"),
    ("why", AGENT, ["Which search tool does the finance agent use?"], "why that one?"),
]
B_CONTROLS = [
    ("possessive", SUGA, ["What did Biden and Suga say about the Quad?"],
     "and india's part in the vaccine partnership?",
     "together with India and Australia — launched the landmark Quad Vaccine Partnership"),
    ("possessive", SANC, ["What did the US announce about Crimea?"], "and canada's part in it?",
     "in partnership with the EU, UK, Australia, and Canada"),
    ("possessive", SANC, ["What cyber course will the US launch?"], "germany's role in it?",
     "that will be inaugurated this year at the George C. Marshall Center in Germany"),
    ("city", WF, ["Did anyone on the call have their own home threatened by fire?"],
     "and los angeles, whose home was there?", "our family home was under an evacuation order in Los Angeles"),
    ("lead-in", LAV, ["What did Lavrov say about NIS?"], "ok so and who is its main investor?",
     "Its main stakeholder and investor is Gazprom Neft."),
    ("lead-in", SUGA, ["What did Biden say about the Mansfield Fellowship?"], "alright, and who was mansfield?",
     "Mike Mansfield — who was a beloved ambassador to Japan"),
    ("imperative", SANC, ["How big is the ruble sovereign debt market?"],
     "Tell me the share owned by foreign investors.", "about a quarter of these bonds are owned by foreign investors"),
    ("imperative", AGENT, ["What tools does the finance agent have?"], "Give me the model it uses.",
     "using gemini as a model here."),
    ("why", SANC, ["How many Russian officials is the US expelling?"], "why those 10?",
     "The United States is expelling these 10 Russian individuals because we have determined that they were acting "
     "in a manner inconsistent with their status in the United States."),
    ("imperative", WF, ["What record heat did Oregon see?"], "Give me the temperature it reached.",
     "reaching upwards of 117 degrees"),
]
FIRST = {"A": 6800, "B": 6840}


def rows():
    out = []
    for batch, unans, controls in (("A", A_UNANS, A_CONTROLS), ("B", B_UNANS, B_CONTROLS)):
        n = FIRST[batch]
        for shape, name, history, question in unans:
            out.append((f"conv-dev-{n}", batch, "unanswerable-follow-up", shape, name, history, question, [],
                        NOT_SAID))
            n += 1
        for shape, name, history, question, gold in controls:
            out.append((f"conv-dev-{n}", batch, "follow-up", f"{shape}-control", name, history, question, [gold],
                        gold))
            n += 1
    return out


def write(batch: str) -> None:
    """Writes bench/ufu64/BATCH.jsonl and appends its rows to the dev conversations once."""
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
