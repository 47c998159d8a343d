"""Batches A and B of off55 (docs/retrieval.md "off55"): off-topic turns a general assistant gets (an errand for the
system, a how-to of everyday life, a fact of the present world, small talk to the system, general knowledge), in
several registers (typed, voice, polite, terse), after a real question of one of the eight shared transcripts
(conversations, category `nonsense`) and asked alone (unanswerable-dev, category `off-task`); with answerable
controls in the same forms that ask of the transcripts (conversation switches, and seed questions over the bundled
press conference). `kind` off55, `batch` A (fit) or B (confirm); copies bench/off55/A.jsonl and B.jsonl.

    .venv/bin/python bench/off55/batches.py [--write]

Each gold quote is checked to be in its transcript (`qa.evaluate.questions.find_quote`); without --write the lines are
printed only. Written from the transcripts before the system was run on any of them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    TRANSCRIPTS, WILDFIRES as FIRE, SUGA_PRESS as SUGA, SANCTIONS_CALL as CALL, LAVROV_PRESS as LAV,
    LAMPORT as LAMP, AGENTIC as AGENT, WEB_VITALS as CWV, BAGGING as BAG, two_turn_rows)

QUESTIONS = REPO / "bench" / "questions"
SEED_FILE = REPO / "qa" / "data" / "seed_questions.jsonl"

# (transcript, earlier question, off-topic turn, form)
A_AFTER = [
    (FIRE, "What grant did Biden announce for Sonoma County?", "start a countdown for the oven, 25 min", "errand"),
    (SUGA, "What did Biden and Suga say about 5G?", "text my sister that i'm running late", "errand"),
    (LAMP, "What is Paxos?", "put on my workout playlist", "errand"),
    (AGENT, "What is agentic AI?", "ok google what's the temperature outside", "present"),
    (CWV, "What is Lighthouse?", "Could you please book me a table for two at an italian restaurant tonight?",
     "errand"),
    (BAG, "What is bagging?", "how do i get candle wax off a tablecloth", "how-to"),
    (CALL, "Why is the US expelling Russian diplomats?", "whats a quick marinade for grilled chicken", "how-to"),
    (LAV, "What did Lavrov say about Kosovo?", "how do you change a flat tire", "how-to"),
    (FIRE, "How many firefighters will be on call this season?", "which dry cleaner near me is open late",
     "present"),
    (SUGA, "What emissions target did Japan and the US agree on?", "is the stock market up today", "present"),
    (CALL, "When do the sovereign debt prohibitions take effect?", "did my team cover the spread tonight",
     "present"),
    (LAMP, "When did Lamport start programming?", "who sculpted the statue of david", "knowledge"),
    (AGENT, "What is a RAG-based chatbot?", "how many teeth does an adult shark have", "knowledge"),
    (CWV, "What is cumulative layout shift?", "how are you doing today?", "small-talk"),
    (BAG, "What is a random forest?", "do you like pizza lol", "small-talk"),
    (LAV, "What did Lavrov say about Sputnik V?", "i'm so bored rn", "small-talk"),
    (FIRE, "What can NOAA's satellites spot?", "alexa, add milk to my shopping list", "errand"),
    (SUGA, "Which tournament did Matsuyama win?", "Please wake me up at 6 am tomorrow.", "errand"),
    (CALL, "Who is blamed for the SolarWinds hack?", "what's 15 percent tip on 80 dollars", "knowledge"),
    (LAMP, "What is TLA+?", "recommend me a good book to read on vacation", "errand"),
]
A_ALONE = [
    ("skip this song", "errand"),
    ("how do i descale a kettle", "how-to"),
    ("what's the traffic like on the highway right now", "present"),
    ("who wrote romeo and juliet", "knowledge"),
    ("what's the largest desert in asia", "knowledge"),
    ("Hey Siri, call mom.", "errand"),
    ("how to make iced coffee at home", "how-to"),
    ("will it snow in denver tomorrow", "present"),
    ("whats ur name", "small-talk"),
    ("Kindly email my landlord about the broken heater.", "errand"),
    ("how many teaspoons in a tablespoon", "knowledge"),
    ("find me cheap flights to miami next month", "errand"),
    ("what's on tv tonight", "present"),
    ("good evening! how has your week been?", "small-talk"),
    ("what should i get my mom for her birthday", "how-to"),
]
# (transcript, earlier question, control in an off-topic form, gold quote, form)
A_CONTROLS = [
    (FIRE, "What is Paxos?", "what's the weather like in portland right now, per the wildfire meeting?",
     "right now, we’re seeing record heat in Portland and across the West.", "present"),
    (AGENT, "What is TLA+?", "how do i book flights with an agentic ai system?",
     "booking flights and so on", "how-to"),
    (AGENT, "What is Lighthouse?", "can the agent send a meeting invite for me?",
     "uh the invite for the meeting", "errand"),
    (CWV, "What grant did Biden announce for Sonoma County?", "how do i check my website's core web vitals?",
     "there is a hidden tool in Chrome called Lighthouse", "how-to"),
    (LAMP, "What did Biden and Suga say about 5G?", "remind me what people credit lamport with inventing",
     "People have credited me with inventing/adding timestamps to messages.", "errand"),
    (SUGA, "Why is the US expelling Russian diplomats?", "lol who brought the sun out today?",
     "The Prime Minister has brought the sun out, so he can do about anything.", "small-talk"),
    (CALL, "What is agentic AI?", "can u explain why the russian debt ban doesn't start right away",
     "The rationale for this date is to allow time for financial institutions to understand and adapt",
     "how-to"),
    (FIRE, "What is bagging?", "please tell me how sonoma can apply for fire mitigation funding",
     "they were the first to apply for fire mitigation funding", "errand"),
    (BAG, "How many fires were there last year?", "what does bagging stand for, can you tell me?",
     "begging is for bootstrap aggregation", "knowledge"),
    (FIRE, "What did Lavrov say about Kosovo?", "how are things in palm springs this week, temperature-wise?",
     "We were 123 down in Palm Springs two days ago; 111 just 48 hours ago.", "present"),
]
A_SEED = [
    ("can you tell me where Russia and Serbia will keep coordinating?",
     "We agreed to continue to coordinate at various forums, including the UN, the OSCE and the Council of Europe.",
     "errand"),
    ("pls explain what lavrov means about not forcing services on friends",
     "We do not force our services on anyone, especially not on our friends.", "how-to"),
    ("how do i find what they said about the Eurasian Economic Union?",
     "We focused on various aspects of cooperation between Serbia and the Eurasian Economic Union (EAEU).", "how-to"),
    ("whats going on right now with their cooperation despite the pandemic",
     "our strategic cooperation continues to dynamically expand across the full range of our relations", "present"),
    ("tell me about Resolution 1244 real quick",
     "with a view to seeing Resolution 1244 implemented in full", "errand"),
]

B_AFTER = [
    (FIRE, "What did Biden say about firefighter pay?", "get me a ride to the train station asap", "errand"),
    (SUGA, "What did Suga say about the Olympics?", "remind me to pay rent on the first", "errand"),
    (LAMP, "How does Lamport write specifications?", "hey alexa dim the bedroom lights", "errand"),
    (AGENT, "What is an AI agent?", "Please add a dentist appointment to my calendar for Thursday.", "errand"),
    (CWV, "What is LCP?", "how do i make guacamole", "how-to"),
    (BAG, "What is a bootstrap sample?", "best way to iron a dress shirt?", "how-to"),
    (CALL, "What is the US doing about SolarWinds?", "how do you boil pasta without it sticking", "how-to"),
    (LAV, "What did Lavrov say about Montenegro?", "how much is a yen worth in pounds at the moment", "present"),
    (FIRE, "How much is the Sonoma grant?", "is there a gas station open near me", "present"),
    (SUGA, "What did Biden say about China?", "how's the weather looking this weekend", "present"),
    (CALL, "How many Russian officials are expelled?", "who invented the telephone", "knowledge"),
    (LAMP, "What is the bakery algorithm?", "which river is the longest on earth", "knowledge"),
    (AGENT, "What is MCP?", "what year did the berlin wall come down", "knowledge"),
    (CWV, "What is first input delay?", "haha ok how old are you", "small-talk"),
    (BAG, "What is out-of-bag error?", "cant believe its only tuesday smh", "small-talk"),
    (LAV, "What did Lavrov say about the EAEU?", "what's your favorite movie", "small-talk"),
    (FIRE, "What is the federal government doing about wildfires?", "play the next episode", "errand"),
    (SUGA, "What did Biden say about gun violence?",
     "Would you mind suggesting a nice restaurant for date night?", "errand"),
    (CALL, "Why was the sovereign debt ban delayed?", "is oatmeal high in protein", "knowledge"),
    (LAMP, "What did Lamport say about programming and coding?", "can u help me with my math homework", "errand"),
]
B_ALONE = [
    ("call me a taxi please", "errand"),
    ("how do i reset my wifi router", "how-to"),
    ("what's the price of gold today", "present"),
    ("who is the richest man in the world", "knowledge"),
    ("hey google set an alarm for 5:30", "errand"),
    ("how to get rid of fruit flies in the kitchen", "how-to"),
    ("is the post office open on sunday", "present"),
    ("Tell me a fun fact about octopuses.", "knowledge"),
    ("whats up buddy", "small-talk"),
    ("Please translate 'where is the train station' into German.", "errand"),
    ("how long does it take to drive from la to vegas", "knowledge"),
    ("recommend a good laptop for college", "errand"),
    ("what's the population of brazil", "knowledge"),
    ("is it going to be sunny tomorrow afternoon", "present"),
    ("so tired today, long day at work", "small-talk"),
]
B_CONTROLS = [
    (FIRE, "What is Paxos?", "what will preparation today give us tomorrow, according to the wildfire meeting?",
     "preparation today is going to deliver invaluable returns tomorrow", "present"),
    (FIRE, "What is LCP?", "hey, hope you're well. how many firefighters will be on call this fire season?",
     "we have enough firefighters on call who are trained, equipped, and ready to respond", "small-talk"),
    (AGENT, "What grant did Biden announce for Sonoma County?", "how does the agent check what's on my calendar?",
     "access the uh calendar tool and it will", "how-to"),
    (CWV, "What did Suga say about the Olympics?", "how do i make my site rank without core web vitals",
     "If your content is good, then your website can rank without core web vitals.", "how-to"),
    (SUGA, "What is agentic AI?", "pls tell me what japan and the us agreed on the east china sea",
     "We agreed to oppose any attempts to change the status quo by force or coercion in the East and South China Seas",
     "errand"),
    (CALL, "What did Lavrov say about Kosovo?", "give me the reason for the sanctions announced today",
     "The actions that we have announced today are in response to the cyber intrusions and the election "
     "interference.", "errand"),
    (CALL, "What is a random forest?", "who was behind the bounties in afghanistan, according to the call?",
     "connections between criminal agents in Afghanistan and elements of the Russian government", "knowledge"),
    (BAG, "Why is the US expelling Russian diplomats?", "recommend me a basic ensemble approach from the bagging lecture",
     "it's the simplest Ensemble met", "errand"),
    (FIRE, "How many fires were there last year?", "so how hot was it in portland right now, per the governor?",
     "right now, we’re seeing record heat in Portland and across the West.", "present"),
    (CWV, "What did Biden say about gun violence?", "how do i see the page title in the html, per the lecture?",
     "then this thing is the title of the page", "how-to"),
]
B_SEED = [
    ("give me the bit about Belgrade's balanced policy",
     "We believe this balanced policy by Belgrade is contributing to the preservation of peace and stability",
     "errand"),
    ("how do they get out of tough spots, per lavrov?",
     "We have always found, and will find, a way out of any situation.", "how-to"),
    ("remind me what's being said these days about a Biden summit",
     "There is much talk about President Biden’s proposal to hold a bilateral summit.", "present"),
    ("hey there! what do compatriots have to do with it, according to Lavrov?",
     "But they usually do this when Russia is forced to stand up for its fellow countrymen, its compatriots.",
     "small-talk"),
    ("translate the Brussels position into plain words for me",
     "the position in Brussels and other European capitals is completely different", "errand"),
]


def batch_rows(batch: str, after, alone, controls, seed, conv_first: int, un_first: int, seed_first: int):
    from qa.evaluate.questions import find_quote
    conv = two_turn_rows([("nonsense", t, h, q, ()) for t, h, q, _ in after], batch, conv_first, "off55",
                         lambda shape, answerable: "nonsense")
    conv += two_turn_rows([("switch", t, h, q, (g,)) for t, h, q, g, _ in controls], batch,
                          conv_first + len(after), "off55", lambda shape, answerable: "switch")
    forms = [f for *_, f in after] + [f for *_, f in controls]
    for row, form in zip(conv, forms):
        row["form"] = form
    un = [{"id": f"dev-un-{un_first + i}", "question": q, "answerable": False, "category": "off-task",
           "kind": "off55", "batch": batch, "form": form, "reference_answer": "Asks nothing of the transcripts."}
          for i, (q, form) in enumerate(alone)]
    text = (TRANSCRIPTS / LAV).read_text(encoding="utf-8")
    seeds = []
    for i, (q, gold, form) in enumerate(seed):
        if not find_quote(text, gold):
            raise SystemExit(f"not in {LAV}: {gold}")
        seeds.append({"id": f"seed-{seed_first + i}", "question": q, "transcript": LAV, "gold_quotes": [gold],
                      "answerable": True, "category": "off55-control", "kind": "off55", "batch": batch,
                      "form": form})
    return conv, un, seeds


def main() -> None:
    a = batch_rows("A", A_AFTER, A_ALONE, A_CONTROLS, A_SEED, 4780, 4820, 3920)
    b = batch_rows("B", B_AFTER, B_ALONE, B_CONTROLS, B_SEED, 4810, 4835, 3925)
    assert a[0][-1]["id"] == "conv-dev-4809" and b[0][-1]["id"] == "conv-dev-4839", (a[0][-1]["id"], b[0][-1]["id"])
    assert a[1][-1]["id"] == "dev-un-4834" and b[1][-1]["id"] == "dev-un-4849"
    assert a[2][-1]["id"] == "seed-3924" and b[2][-1]["id"] == "seed-3929"
    dump = lambda rows: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)  # noqa: E731
    if "--write" not in sys.argv:
        sys.stdout.write(dump(a[0] + a[1] + a[2] + b[0] + b[1] + b[2]))
        return
    for (conv, un, seed), name in ((a, "A"), (b, "B")):
        for path, rows in ((QUESTIONS / "conversations-dev.jsonl", conv), (QUESTIONS / "unanswerable-dev.jsonl", un),
                           (SEED_FILE, seed)):
            with path.open("a", encoding="utf-8") as f:
                f.write(dump(rows))
        (REPO / "bench" / "off55" / f"{name}.jsonl").write_text(dump(conv + un + seed), encoding="utf-8")


if __name__ == "__main__":
    main()
