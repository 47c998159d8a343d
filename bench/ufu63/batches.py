"""ufu63: batches A and B of unanswerable follow-ups in forms the dev set lacks, with answerable controls of the same
forms, written from the transcripts before any run (each asked aspect looked up with bench/ufu63/ctx.py and
bench/ufu60/where.py: said nowhere in the conversation's recording; each control's gold copied from it). Forms
(`shape`): "why" (a reason the recording does not give), "imperative" ("tell me / give me / list ..."), "multi-turn"
(two earlier questions), "restating" (the follow-up repeats the earlier topic's words, then asks an aspect of its
own), "quoting" (it quotes the earlier answer, then asks an aspect of its own).
Usage: batches.py [A|B] [--check] [--write] (prints the rows; --check: each gold quote in its transcript; --write:
writes bench/ufu63/A.jsonl and B.jsonl and appends both to bench/questions/conversations-dev.jsonl once)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import (AGENTIC as AGENT, BAGGING as BAG, LAMPORT as LAMP, LAVROV_PRESS as LAV,  # noqa: E402
                              SANCTIONS_CALL as SANC, SUGA_PRESS as SUGA, WEB_VITALS as WEB, WILDFIRES as WF,
                              conversation_batch_main, conversation_rows)

KIND = "ufu63"
NOT_SAID = "Not said in the recording this conversation is about."

# (shape, transcript, history, follow-up): the aspect asked is said nowhere in the recording
A_UNANS = [
    ("why", SUGA, ["Who won the Masters according to Biden?"],
     "why did matsuyama take up golf in the first place?"),
    ("why", WF, ["How much are some federal firefighters paid an hour?"],
     "why were they being paid so little to begin with?"),
    ("why", SANC, ["Which Russian service did the US name as behind SolarWinds?"],
     "why is that unit nicknamed cozy bear?"),
    ("why", BAG, ["What does bagging stand for?"], "why did breiman pick that name?"),
    ("why", LAV, ["What will Russia do about American foundations and NGOs?"],
     "why does the US fund those NGOs in the first place?"),
    ("imperative", LAV, ["What share of Serbia's budget revenues did NIS account for last year?"],
     "tell me how many people NIS employs"),
    ("imperative", WF, ["Which fire was Newsom near when he joined the call?"],
     "give me the number of acres the lava fire has burned so far"),
    ("imperative", SANC, ["How many Russian companies did Treasury designate for supporting the SVR?"],
     "list the cities those six companies are based in"),
    ("imperative", WEB, ["What is a good LCP score?"], "give me the share of websites that meet that LCP target"),
    ("imperative", AGENT, ["Which framework does the NVIDIA report demo use?"],
     "tell me who created the agno framework"),
    ("multi-turn", LAV, ["What did Lavrov say about Kosovo?", "Which UN resolution did he cite?"],
     "and in what year was it adopted?"),
    ("multi-turn", SUGA, ["What did Biden say about the Mansfield Fellowship?", "Who was Mike Mansfield?"],
     "and for how many years was he ambassador to Japan?"),
    ("multi-turn", WF, ["What anniversary did Biden mention?", "How many Granite Mountain Hotshots died?"],
     "and what was the name of the fire that killed them?"),
    ("multi-turn", LAMP, ["What is TLA+?", "Who maintains the TLA+ tools now?"],
     "and how many volunteers contribute to them?"),
    ("multi-turn", BAG, ["What is bootstrap sampling?", "What are the points that are not drawn called?"],
     "and who first proposed using them to estimate the error?"),
    ("restating", LAV, ["What did Lavrov say about the Serbian railway programme?"],
     "coming back to russian railways international and the serbian railways, how many kilometres of track will "
     "it modernise?"),
    ("restating", WF, ["What bonus will frontline firefighters get?"],
     "about that 10 percent bonus for the firefighters on the frontlines, when will it actually be paid out?"),
    ("restating", SUGA, ["What did the leaders say about the Senkaku Islands?"],
     "going back to the senkaku islands and article 5, how many american troops are based on okinawa?"),
    ("restating", SANC, ["What does the new Treasury directive prohibit?"],
     "on the directive about bonds from the central bank and the national wealth fund, how much money does the "
     "wealth fund hold?"),
    ("restating", WEB, ["What does Lighthouse do?"],
     "back to lighthouse, the hidden tool in chrome, which year did google first release it?"),
    ("quoting", LAV, ["How many US diplomats will Russia ask to leave?"],
     "he said 10 of them have to go, by what date do they have to be out?"),
    ("quoting", WF, ["How many firefighters are deployed across the West?"],
     "he said about 9,000 are already deployed, how many of those are national guard members?"),
    ("quoting", SANC, ["How big is the ruble sovereign debt market?"],
     "you said it's about 185 billion, how big was it five years ago?"),
    ("quoting", SUGA, ["When is the Climate Leaders Summit?"], "he said it's next week, which countries got invited?"),
    ("quoting", LAMP, ["Who did Lamport say did the heavy lifting on TeX?"],
     "he said knuth did the heavy lifting, how many years did it take knuth to build it?"),
]
# (shape, transcript, history, follow-up, gold quote): answerable, in the same forms
A_CONTROLS = [
    ("why", LAV, ["What will Russia do about hiring Russian citizens at American missions?"],
     "why is russia stopping that practice?",
     "We do not engage in this practice, so we are introducing parity on this issue."),
    ("why", WF, ["When did the Granite Mountain Hotshots tragedy happen?"],
     "why did biden bring it up at this meeting?", "That tragedy happened eight years ago today."),
    ("imperative", LAV, ["What is NIS?"], "tell me who its main investor is",
     "Its main stakeholder and investor is Gazprom Neft."),
    ("imperative", SANC, ["Which Russian service did the US name as behind SolarWinds?"],
     "give me the other names that unit goes by",
     "The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names"),
    ("multi-turn", LAV, ["What did Lavrov say about the Open Skies Treaty?",
                         "Which memorandum is Russia withdrawing from?"],
     "and beyond what radius do diplomats have to notify the authorities?",
     "travel beyond a 25-mile radius around the city where their diplomatic mission is located"),
    ("multi-turn", SANC, ["What does the new Treasury directive prohibit?", "Whose bonds does it cover?"],
     "and bonds issued after which date?", "bonds issued after June 14th, 2021"),
    ("restating", WF, ["How much will federal wildland firefighters make now?"],
     "about the firefighters making at least $15 an hour, what extra do the ones on the frontlines get?",
     "provide for additional 10 percent bonuses for those working on the frontlines"),
    ("restating", SUGA, ["What did the leaders say about the Senkaku Islands?"],
     "going back to the senkaku islands, which article of the treaty applies to them?",
     "including the application of Article 5 of the Japan-U.S. Treaty of Mutual Cooperation and Security for the "
     "Senkaku Islands"),
    ("quoting", WF, ["How many large fires were uncontained last year?"],
     "he said 21 last year, how many are uncontained now?",
     "This year, there are 36 that are uncontained and burning."),
    ("quoting", LAV, ["How many Russian employees work at the UN mission?"],
     "he said about 150 are at the UN, so how many work on the bilateral front?",
     "we have 300 employees on the bilateral front in the US"),
]
B_UNANS = [
    ("why", LAV, ["What did Lavrov say about the memorandum on open ground?"],
     "why was the military attache office travelling in central russia?"),
    ("why", SUGA, ["What did Suga say about relocating Air Station Futenma?"],
     "why do people on okinawa object to the henoko site?"),
    ("why", AGENT, ["What tools does the finance agent have?"], "why did he pick duck duck go over google search?"),
    ("why", BAG, ["How many base learners did the bagging benchmark use?"], "why did he choose 100 of them?"),
    ("why", WF, ["What did Biden say about the BRIC program?"],
     "why did the previous administration cut bric funding?"),
    ("imperative", SANC, ["How many entities and individuals did Treasury sanction over election interference?"],
     "tell me which of the 32 are news websites"),
    ("imperative", SUGA, ["What did Biden say about the Masters?"], "tell me matsuyama's final score"),
    ("imperative", LAV, ["What did Lavrov say about the Eurasian Economic Union?"],
     "give me the date the free trade agreement takes effect"),
    ("imperative", WF, ["What did Governor Brown thank Biden for?"],
     "give me the dollar amount of that cost-share adjustment"),
    ("imperative", BAG, ["What data set did the lecturer use for the bagging benchmark?"],
     "tell me the exact error rate the bagged model reached"),
    ("multi-turn", SANC, ["Who did the US blame for SolarWinds?", "What other names does that unit go by?"],
     "and how long were they inside the networks before anyone noticed?"),
    ("multi-turn", LAV, ["How many US diplomats will Russia ask to leave?", "What did Lavrov say about Poland?"],
     "and how many polish diplomats will be expelled?"),
    ("multi-turn", WF, ["What did Biden say about the National Guard?",
                        "What did Governor Brown say about training guardsmen?"],
     "and how many guardsmen has oregon trained so far?"),
    ("multi-turn", SUGA, ["What partnership did Biden and Suga announce?", "What does CORE stand for?"],
     "and how much money is set aside for it?"),
    ("multi-turn", AGENT, ["What is an AI agent?", "Which framework does the demo use?"],
     "and which version of agno does he install?"),
    ("restating", LAV, ["What did Lavrov say about NIS?"],
     "about NIS and its 13 percent of the budget revenues, what was its profit last year?"),
    ("restating", SANC, ["What did the officials say about the Taliban bounty reports?"],
     "going back to russia encouraging taliban attacks, how many us soldiers died because of it?"),
    ("restating", WF, ["What did Biden announce about federal firefighter pay?"],
     "on the raise to $15 an hour for federal wildland firefighters, how much will it cost in total?"),
    ("restating", LAMP, ["What did Lamport say about the Paxos paper?"],
     "coming back to the paxos paper and its greek story, which journal turned it down first?"),
    ("restating", SUGA, ["What did Biden say about 5G?"],
     "regarding secure and reliable 5g networks, which chinese companies will be kept out?"),
    ("quoting", LAV, ["How many Russian and American diplomatic employees are there in total?"],
     "he said about 450 in all, how many of them are in the moscow embassy?"),
    ("quoting", SANC, ["What did the officials say about the ruble debt market?"],
     "you said removing us investors chills the market, how far did the ruble fall after the announcement?"),
    ("quoting", WF, ["How many firefighters are deployed across the region?"],
     "he said it's only june, how many were deployed at this point last year?"),
    ("quoting", SUGA, ["Who was the first Japanese player to win the Masters?"],
     "biden said he won the green jacket, how old is he?"),
    ("quoting", LAMP, ["When did Lamport win the Turing Award?"], "he said 2013, how much prize money came with it?"),
]
B_CONTROLS = [
    ("why", LAMP, ["What is the bakery algorithm?"], "why is it called that?",
     "The reason it's called the bakery algorithm is when I was a kid, there was a bakery"),
    ("why", WF, ["What grant did Biden announce for Sonoma County?"], "why did sonoma get it?",
     "they were the first to apply for fire mitigation funding"),
    ("imperative", LAV, ["What did Lavrov say about the Eurasian Economic Union?"],
     "give me the year the free trade agreement was signed",
     "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."),
    ("imperative", SANC, ["What did the US do about Crimea?"], "tell me which partners joined those sanctions",
     "in partnership with the EU, UK, Australia, and Canada"),
    ("multi-turn", SANC, ["Who did the US blame for SolarWinds?", "What other names does that unit go by?"],
     "and how confident is the intelligence community about that?",
     "The U.S. intelligence community has high confidence in its assessment of attribution to the SVR."),
    ("multi-turn", SUGA, ["What partnership did Biden and Suga announce?", "What does CORE stand for?"],
     "and in which areas will they do joint research?",
     "to driving joint research in areas like AI, genomics, quantum computing"),
    ("restating", LAV, ["What did Lavrov say about NIS?"],
     "about NIS and its 13 percent of the budget revenues, how much foreign investment went into it?",
     "FDI in the company exceeds $3 billion."),
    ("restating", WF, ["What did Biden say about seasonal firefighters?"],
     "going back to the seasonal firefighters, what is he planning for next year?",
     "And for next year, we’re working to make more than — of those positions, permanent positions"),
    ("quoting", SUGA, ["Who was the first Japanese player to win the Masters?"],
     "biden said he won the green jacket, when did he win it?",
     "Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this week"),
    ("quoting", SANC, ["How big is the ruble sovereign debt market?"],
     "you said about 185 billion, what share of it do foreign investors own?",
     "about a quarter of these bonds are owned by foreign investors"),
]
FIRST = {"A": 6500, "B": 6540}


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


def main():
    if "--write" in sys.argv:
        here = Path(__file__).parent
        dev = here.parent / "questions" / "conversations-dev.jsonl"
        have = dev.read_text()
        for batch in ("A", "B"):
            found = list(conversation_rows(rows(), f"{KIND}-{batch}", batch))
            (here / f"{batch}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found))
        assert '"kind": "ufu63-' not in have, "already appended"
        with dev.open("a") as f:
            for batch in ("A", "B"):
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n"
                             for r in conversation_rows(rows(), f"{KIND}-{batch}", batch))
        return
    conversation_batch_main(rows(), KIND)


if __name__ == "__main__":
    main()
