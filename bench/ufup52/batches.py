"""Batches A and B of ufup52 (docs/retrieval.md "ufup52"): conversations of two turns over the eight shared transcripts,
the second turn nonsense, keyboard mashing, off-topic chit-chat or a question about something never said (in several
registers), with answerable follow-ups and switches as controls; appended to bench/questions/conversations-dev.jsonl
with `kind` ufup52 and `batch` A (fit) or B (confirm).

    .venv/bin/python bench/ufup52/batches.py [--write]

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
    WILDFIRES as FIRE, SUGA_PRESS as SUGA, SANCTIONS_CALL as CALL, LAVROV_PRESS as LAV,
    LAMPORT as LAMP, AGENTIC as AGENT, WEB_VITALS as CWV, BAGGING as BAG, two_turn_rows)

OUT = REPO / "bench" / "questions" / "conversations-dev.jsonl"

# (shape, transcript, earlier question, second turn, gold quotes); shapes: "nonsense" (gibberish, chit-chat, an
# assistant's errand, general knowledge: category nonsense), "unsaid" (the conversation's people or recording asked
# something it never says: unanswerable-follow-up), "follow-up" and "switch" (answerable controls)
A = [
    ("nonsense", FIRE, "What grant did Biden announce for Sonoma County?", "hjkhjk fdsafdsa", ()),
    ("nonsense", SUGA, "What did Biden and Suga say about 5G networks?", "lkjsdf lkjsdf lkj", ()),
    ("nonsense", LAV, "What did Lavrov say about Kosovo?", "mmmmm hmm okkk", ()),
    ("nonsense", CALL, "Why is the US expelling Russian diplomats?", "did the yankees win last night", ()),
    ("nonsense", LAMP, "What is Paxos?", "can you book me a flight to denver on friday", ()),
    ("nonsense", AGENT, "What is agentic AI?", "remind me to call my dentist tomorrow morning", ()),
    ("nonsense", CWV, "What is Lighthouse?", "what should i name my new kitten", ()),
    ("nonsense", BAG, "What is bagging?", "how long should i boil an egg", ()),
    ("nonsense", FIRE, "How many fires are uncontained this year?", "thx!! ur the best 😊", ()),
    ("nonsense", SUGA, "What anniversary did Japan and the US mark last month?",
     "Could you kindly tell me the capital of Australia?", ()),
    ("nonsense", LAV, "When did the EAEU and Serbia sign a free trade agreement?",
     "translate 'good night' into spanish", ()),
    ("nonsense", CALL, "How big is the ruble-denominated sovereign debt market?", "divide 912 by 8 for me", ()),
    ("nonsense", LAMP, "When did Lamport start programming?", "make up a poem about my cat", ()),
    ("nonsense", AGENT, "What does a RAG-based chatbot do?", "do i need an umbrella in seattle today", ()),
    ("nonsense", CWV, "What is cumulative layout shift?", "who sings that song about a yellow submarine", ()),
    ("nonsense", FIRE, "What did Biden say about firefighter pay?",
     "I would like to reserve a table for four at eight o'clock.", ()),
    ("nonsense", SUGA, "What emissions target did Japan and the US agree on?",
     "hahaha nice. anyway what should i eat for dinner", ()),
    ("nonsense", LAV, "How many Russian diplomats work on the bilateral front in the US?", "poiuytlkj", ()),
    ("nonsense", BAG, "What is a random forest?", "whats the best phone to buy under 500 dollars", ()),
    ("nonsense", LAMP, "What award did Lamport win?", "Compose a limerick about a sleepy owl.", ()),
    ("nonsense", CALL, "Who is blamed for the SolarWinds intrusion?", "ok cool. whats ur favorite color", ()),
    ("nonsense", FIRE, "What can NOAA's satellites spot from space?", "blorp snerk vandoozle", ()),
    ("unsaid", LAMP, "What is TLA+?", "what's lamport's favorite food?", ()),
    ("unsaid", SUGA, "Which tournament did Matsuyama win?", "what did suga eat for lunch that day?", ()),
    ("unsaid", CWV, "What is LCP?", "did he say what laptop he uses?", ()),
    ("unsaid", LAV, "What did Lavrov say about Sputnik V?", "what's selakovic's phone number?", ()),
    ("unsaid", FIRE, "What grant did Biden announce for Sonoma County?",
     "what's the sonoma county sheriff's name?", ()),
    ("unsaid", AGENT, "What is agentic AI?", "how old is the presenter?", ()),
    ("unsaid", CALL, "How many Russian officials is the US expelling?", "what are their home addresses?", ()),
    ("unsaid", BAG, "What is bagging?", "what did the lecturer have for breakfast?", ()),
    ("follow-up", FIRE, "What grant did Biden announce for Sonoma County?", "how big is it?",
     ("And today, I’m announcing a $37 million federal grant to Sonoma County, California,",)),
    ("follow-up", FIRE, "How many fires were there last year?", "and how many acres did they burn?",
     ("Last year, we had more than 2,000 fires that burned over a million acres.",)),
    ("switch", CALL, "When do the sovereign debt prohibitions take effect?",
     "how many of russia's washington diplomats are being sent home?",
     ("And the United States is expelling 10 Russian officials from Russia’s Washington, D.C., diplomatic mission.",)),
    ("follow-up", CALL, "Who is being blamed for the SolarWinds intrusion?", "what else is that unit called?",
     ("The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names",)),
    ("switch", LAV, "When did the EAEU and Serbia sign a free trade agreement?",
     "What share of Serbia's budget revenues does NIS bring in?",
     ("Last year the company accounted for 13 percent of the country’s budget revenues.",)),
    ("follow-up", LAV, "How many Russian diplomats work in the US?", "how many of them on the bilateral front?",
     ("In other words, we have 300 employees on the bilateral front in the US.",)),
    ("follow-up", LAMP, "What award did Lamport win?", "what year was that?",
     ("this Turing Award which you won in 2013 for your work with distributed systems",)),
    ("follow-up", LAMP, "What does Lamport say is the big change in programming?",
     "and since what year has he been at it?",
     ("and I started programming in 1957",)),
    ("follow-up", SUGA, "What emissions goal do Japan and the US share?", "and by when?",
     ("Japan and the United States are both committed to achieving net-zero emissions by 2050",)),
    ("switch", SUGA, "What did Biden and Suga say about climate change?",
     "on another note, what did Biden say about Iran?",
     ("We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to 60 "
      "percent.",)),
]

B = [
    ("nonsense", LAV, "What did Lavrov say about NATO?", "ffffff gggggg", ()),
    ("nonsense", CALL, "When do the sovereign debt prohibitions take effect?", "hey siri what time is it", ()),
    ("nonsense", FIRE, "What did Governor Newsom say about the fires?", "best way to get wine stains out of a rug", ()),
    ("nonsense", SUGA, "What did Suga say about the Tokyo Olympics?", "pls recommend a podcast for my commute", ()),
    ("nonsense", LAMP, "What is the bakery algorithm?", "whats the weather gonna be like tmrw", ()),
    ("nonsense", AGENT, "What is an AI agent?", "sing me happy birthday", ()),
    ("nonsense", CWV, "What does Lighthouse measure?", "Would you happen to know when the next full moon is?", ()),
    ("nonsense", BAG, "What is a decision tree?", "qpwoeiruty", ()),
    ("nonsense", FIRE, "What did Biden say about the Granite Mountain Hotshots?",
     "great thanks, have a good night", ()),
    ("nonsense", SUGA, "What did Biden and Suga say about China?", "who won wimbledon in 2019", ()),
    ("nonsense", LAV, "What did Selakovic say about trade with Russia?", "order me an uber to the airport", ()),
    ("nonsense", CALL, "What is Cozy Bear?", "how much protein is in an egg", ()),
    ("nonsense", LAMP, "What is TLA+?", "lol idk what im doing. u there?", ()),
    ("nonsense", AGENT, "How is agentic AI different from a chatbot?", "whats the exchange rate for euros today", ()),
    ("nonsense", CWV, "What is a good LCP score?", "recommend me a sci-fi book", ()),
    ("nonsense", BAG, "What is bootstrap sampling?", "splork wibble zanf", ()),
    ("nonsense", FIRE, "How much is the grant to Sonoma County?",
     "Kindly schedule a meeting with my manager for Monday.", ()),
    ("nonsense", SUGA, "What did Biden say about Iran?", "what's the longest river in south america?", ()),
    ("nonsense", LAV, "How many Russian diplomats are in the US?", "turn the volume up", ()),
    ("nonsense", LAMP, "Where does Lamport work?", "meow meow meow", ()),
    ("nonsense", CALL, "Why is the US sanctioning Russia?", "i'm bored, tell me something fun", ()),
    ("nonsense", CWV, "What is FID?", "how do you tie a bowline knot", ()),
    ("unsaid", LAMP, "What is Paxos?", "what's his wife's name?", ()),
    ("unsaid", SUGA, "What did Biden say about North Korea?", "what was suga wearing?", ()),
    ("unsaid", FIRE, "What did Biden say about firefighter pay?", "how tall is the president?", ()),
    ("unsaid", LAV, "What did Lavrov say about Kosovo?", "which hotel did lavrov stay in?", ()),
    ("unsaid", CWV, "What is Lighthouse?", "what's the presenter's instagram handle?", ()),
    ("unsaid", AGENT, "What are the capabilities of the chatbots?",
     "is the channel monetised, and what does it earn?", ()),
    ("unsaid", BAG, "What is a random forest?", "what's the lecturer's favourite movie?", ()),
    ("unsaid", CALL, "Who is being sanctioned?", "what did the official have for breakfast?", ()),
    ("follow-up", LAV, "How many Russian and US diplomatic employees are there in all?",
     "where are the americans posted?",
     ("Out of these 450, all Americans are distributed among the Embassy and the consulates-general.",)),
    ("follow-up", CALL, "How big is the ruble-denominated sovereign debt market?",
     "and what share do foreign investors own?",
     ("about a quarter of these bonds are owned by foreign investors",)),
    ("switch", CALL, "When do the sovereign debt prohibitions take effect?",
     "separate question: what did russia do in 2014 to defend its currency?",
     ("Previously in 2014, Russia decided to spend some of its foreign reserves to defend the currency.",)),
    ("follow-up", SUGA, "What anniversary did Japan and the US mark last month?", "of what disaster?",
     ("the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster",)),
    ("follow-up", FIRE, "What did Biden say about the Bipartisan Infrastructure Framework?", "how much money is in it?",
     ("the Bipartisan Infrastructure Framework investment of about $50 billion",)),
    ("switch", FIRE, "What grant did Biden announce for Sonoma County?",
     "changing the subject, how little are some federal firefighters paid?", ("paid less than $13 an hour",)),
    ("follow-up", LAMP, "How does Lamport write his specifications?", "how much of it is plain english?",
     ("And in 95% of the cases, it's just English;, just pure prose.",)),
    ("follow-up", AGENT, "What is a RAG-based chatbot?", "is it reactive or proactive?",
     ("The rack based chatboard is reactive",)),
    ("follow-up", CWV, "What is Lighthouse?", "where do you find it?",
     ("there is a hidden tool in Chrome called Lighthouse",)),
    ("switch", LAMP, "What is Paxos?", "different question: when did lamport start programming?",
     ("and I started programming in 1957",)),
]

CATEGORY = {"nonsense": "nonsense", "unsaid": "unanswerable-follow-up", "follow-up": "follow-up", "switch": "switch"}


def lines(batch: str, rows: list, first: int) -> list[dict]:
    return two_turn_rows(rows, batch, first, "ufup52", lambda shape, answerable: CATEGORY[shape])


def main() -> None:
    rows = lines("A", A, 4600) + lines("B", B, 4640)
    assert rows[-1]["id"] == "conv-dev-4679", rows[-1]["id"]
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if "--write" in sys.argv:
        with OUT.open("a", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
