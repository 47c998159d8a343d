"""Batches A and B of ufu55 (docs/retrieval.md "ufu55"): two-turn conversations over the eight shared transcripts
whose second turn asks a thing of what the first found (a time, a figure, a name, a decision). "unsaid" rows ask a
thing the recording never says of that topic (unanswerable-follow-up; each checked by a pattern that must match
nowhere in its transcript, written from reading it: the pattern is the asked thing's likely wording), "follow-up" rows
are answerable controls of the same forms (each gold quote checked to be in its transcript). Appended to
bench/questions/conversations-dev.jsonl with `kind` ufu55-A or ufu55-B; copies in bench/ufu55/A.jsonl and B.jsonl.

    .venv/bin/python bench/ufu55/batches.py [--write]

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
    LAMPORT as LAMP, AGENTIC as AGENT, WEB_VITALS as CWV, BAGGING as BAG, transcript_words, two_turn_rows)

OUT = REPO / "bench" / "questions" / "conversations-dev.jsonl"

# (shape, transcript, earlier question, follow-up, gold quotes, or for "unsaid" a pattern said nowhere in the
# transcript); the form asked is in the shape: time, figure, name, decision
A = [
    ("unsaid-time", FIRE, "What technology does NOAA have for spotting fires?",
     "when did NOAA start using it?", r"NOAA[^.]{0,200}(since|in) (19|20)\d\d"),
    ("unsaid-time", FIRE, "What is the federal government offering to train National Guard members?",
     "by when do governors have to request it?", r"request[^.]{0,80}(by|before|deadline)"),
    ("unsaid-figure", FIRE, "What bonus are frontline firefighters getting?",
     "how many firefighters will receive it?", r"\d[\d,]* (firefighters|of them) (will )?(get|receive)"),
    ("unsaid-name", FIRE, "What did Newsom say about the mutual aid system?",
     "which state sent the most help?", r"sent the most|most help"),
    ("unsaid-decision", FIRE, "What did Governor Brown thank Biden for approving?",
     "did washington get the same cost share or not?", r"Washington[^.]{0,80}cost"),
    ("unsaid-time", FIRE, "What did Biden say about the Granite Mountain Hotshots?",
     "what year did they die?", r"2013"),
    ("unsaid-time", SUGA, "What did Suga say about the abductions by North Korea?",
     "when did the abductions happen?", r"abduct[^.]{0,100}(19\d\d|seventies|1970s)"),
    ("unsaid-figure", SUGA, "What did Biden and Suga say about 5G networks?",
     "how much are they investing in it?", r"5G[^.]{0,100}(\$|billion|million)"),
    ("unsaid-name", SUGA, "What did Biden say about the Quad?",
     "which city will the quad leaders meet in next?", r"Quad[^.]{0,100}meet in"),
    ("unsaid-time", SUGA, "What did Biden and Suga say about semiconductors?",
     "when will that supply chain work start?", r"semiconductor[^.]{0,150}(19|20)\d\d"),
    ("unsaid-time", LAV, "What did Lavrov say about Sputnik V production in Belgrade?",
     "when will the first doses ship?", r"\bship(ped|ment|s)?\b|deliver[^.]{0,60}(May|June|July)"),
    ("unsaid-figure", LAV, "What share of Serbia's budget revenues did NIS account for?",
     "how many people does NIS employ?", r"\bNIS\b[^.]{0,150}(employ|workers|staff)"),
    ("unsaid-decision", LAV, "What did Lavrov say about Kosovo?",
     "so did serbia recognise kosovo or not?", r"recogni[sz]e[^.]{0,40}Kosovo"),
    ("unsaid-time", LAV, "What did Lavrov say about the Serbian railway programme?",
     "when is the railway supposed to be finished?", r"railway[^.]{0,150}(complet|finish)"),
    ("unsaid-time", CALL, "What did the US say about the bounties on soldiers in Afghanistan?",
     "when did washington first learn about them?", r"(learn|first heard)[^.]{0,80}bount"),
    ("unsaid-figure", CALL, "How many Russian officials is the US expelling?",
     "how many family members leave with them?", r"family members"),
    ("unsaid-name", CALL, "Which countries joined Treasury on the Crimea sanctions?",
     "what are the crimean officials called?", r"Crimea[^.]{0,200}(named|called)"),
    ("unsaid-time", CALL, "What summit did Biden propose to Putin?",
     "what date did they settle on?", r"summit[^.]{0,150}(June|July|May) \d"),
    ("unsaid-decision", CALL, "What new course on attribution is the US providing?",
     "will it be free to attend?", r"free of charge|free to"),
    ("unsaid-time", LAMP, "Who introduced the mutual exclusion problem?",
     "when did dijkstra die?", r"Dijkstra[^.]{0,100}(died|death|passed)"),
    ("unsaid-figure", LAMP, "What year did Lamport win the Turing Award?",
     "how much prize money came with it?", r"prize money|\$ ?1 million|million dollars"),
    ("unsaid-name", LAMP, "Who maintains the TLA+ tools?",
     "which university did he study at?", r"Kuppe[^.]{0,200}universit"),
    ("unsaid-time", AGENT, "What framework does the NVIDIA report demo use?",
     "when was agno first released?", r"agno[^.]{0,100}(released|launched|(19|20)\d\d)"),
    ("unsaid-figure", AGENT, "What APIs can the travel assistant call?",
     "how much does the weather api cost per month?", r"(weather|API)[^.]{0,80}(\$|dollar|per month)"),
    ("unsaid-time", CWV, "What is a good LCP score?",
     "when did google introduce the lcp metric?", r"(introduc|launch)[^.]{0,40}(19|20)\d\d"),
    ("unsaid-figure", CWV, "What does Lighthouse do?",
     "how many people use lighthouse?", r"(million|billion)[^.]{0,40}(users|people)"),
    ("unsaid-name", CWV, "What tool does the lecturer use to measure web vitals?",
     "which chrome version is he on?", r"Chrome (version )?\d"),
    ("unsaid-time", BAG, "What does bagging stand for?",
     "when was bagging first proposed?", r"(19|20)\d\d"),
    ("unsaid-decision", BAG, "What is bootstrap sampling?",
     "did he show any python code for it?", r"python"),
    ("unsaid-time", FIRE, "What did Vice President Harris say about her family home?",
     "when was the evacuation order lifted?", r"lifted"),
    # answerable controls of the same forms
    ("follow-up-time", FIRE, "What cost-share adjustment did Governor Brown thank Biden for?",
     "and when were those fires?", ("our 2020 Labor Day wildfires at 100 percent for Oregon",)),
    ("follow-up-figure", FIRE, "What did Biden say about firefighter pay?",
     "how much an hour at least?", ("making at least $15 an hour",)),
    ("follow-up-figure", FIRE, "What retention incentives did Biden announce for firefighters?",
     "how big is the bonus for the frontline crews?",
     ("additional 10 percent bonuses for those working on the frontlines",)),
    ("follow-up-decision", FIRE, "What did Governor Brown say about training the National Guard?",
     "has that training helped or not?", ("has been extremely helpful the last two fire seasons",)),
    ("follow-up-time", SUGA, "What emissions goal do Japan and the US share?",
     "what year is that target for?", ("net-zero emissions by 2050",)),
    ("follow-up-time", SUGA, "What did Suga say about the Tokyo Olympics?",
     "when are the games planned for?", ("realize the Tokyo games this summer",)),
    ("follow-up-time", SUGA, "What did the Japan-US two-plus-two discuss?",
     "when was it held?", ("two-plus-two held last month",)),
    ("follow-up-time", LAV, "What did Lavrov say about Sputnik V production?",
     "so when does production in belgrade begin?",
     ("We expect the launch of Sputnik V production in Belgrade scheduled for May",)),
    ("follow-up-time", LAV, "What trade agreement did the EAEU and Serbia sign?",
     "what year did they sign it?", ("In the autumn of 2019, the EAEU and Serbia signed a free trade agreement.",)),
    ("follow-up-time", LAV, "What plan for consultations did the Russian and Serbian foreign ministries adopt?",
     "when was it signed?", ("which was signed during my visit to Belgrade in December 2020",)),
    ("follow-up-figure", LAV, "What did Lavrov say about NIS?",
     "what percentage of the budget revenues does it account for?",
     ("Last year the company accounted for 13 percent of the country’s budget revenues.",)),
    ("follow-up-time", CALL, "What did the Treasury do about Russian sovereign debt?",
     "from what date?", ("The sovereign debt prohibitions come into effect on June 14 of this year.",)),
    ("follow-up-time", CALL, "What did the intelligence community assess about bounties on US troops?",
     "since when?", ("in Afghanistan in 2019 and perhaps earlier",)),
    ("follow-up-name", CALL, "What assessment about SolarWinds was updated?",
     "which administration made it?", ("assessment by the previous administration",)),
    ("follow-up-figure", CALL, "What sanctions were announced over the 2020 election interference?",
     "how many entities and individuals were hit?", ("Treasury also sanctioned 32 entities and individuals",)),
    ("follow-up-time", LAMP, "What award did Jerod mention at the top?",
     "when did Lamport win it?", ("this Turing Award which you won in 2013",)),
    ("follow-up-time", LAMP, "What does Lamport say has changed since he started?",
     "what year did he start programming?", ("and I started programming in 1957",)),
    ("follow-up-time", LAMP, "Who introduced the mutual exclusion problem?",
     "in what year?", ("introduced by Edsger Dijkstra, I think it was in 1965",)),
    ("follow-up-figure", CWV, "What is first input delay?",
     "how quickly should input start processing?",
     ("your input should start processing in less than 100 milliseconds",)),
    ("follow-up-name", SUGA, "Which reporter asked Suga about the Olympics?",
     "which news outlet is he from?", ("If I may invite Shintomi-san of Kyodo News.",)),
]

B = [
    ("unsaid-time", FIRE, "What did Newsom say about the heat dome last year?",
     "when did the heat dome start?", r"heat dome[^.]{0,100}(began|started|June \d|July \d)"),
    ("unsaid-time", FIRE, "What grant did Biden announce for Sonoma County?",
     "by what date must the mitigation work be finished?", r"(finish|complet)[^.]{0,60}(by|before) "),
    ("unsaid-figure", FIRE, "What did Governor Brown say about Oregon's federal disaster declarations?",
     "how much money did those declarations bring in?", r"declarations?[^.]{0,100}(\$|million|billion)"),
    ("unsaid-name", FIRE, "What did Biden say about the Granite Mountain Hotshots?",
     "which fire killed them?", r"Yarnell"),
    ("unsaid-decision", FIRE, "What did Newsom say about firefighters coming from Israel?",
     "did the israeli firefighters get paid for it or not?", r"Israel[^.]{0,100}paid"),
    ("unsaid-time", FIRE, "Where was the Harris family home under an evacuation order?",
     "and what day was the order issued?", r"evacuation order[^.]{0,80}(Monday|Tuesday|Wednesday|Thursday|Friday|"
                                            r"Saturday|Sunday|\d)"),
    ("unsaid-time", SUGA, "What did Biden and Suga say about supply chains?",
     "when will the joint supply chain plan be ready?", r"supply chain[^.]{0,150}(by|in) (19|20)\d\d"),
    ("unsaid-figure", SUGA, "What anniversary did Biden and Suga mark last month?",
     "how many people died in that disaster?", r"\d[\d,]+ (people|lives|died)"),
    ("unsaid-name", SUGA, "What did Biden and Suga say about Taiwan?",
     "which chinese official responded to that?", r"(Chinese|Beijing)[^.]{0,60}(responded|said)"),
    ("unsaid-decision", SUGA, "What did Suga tell Biden about holding the Tokyo Olympics?",
     "so is biden going to attend the games or not?",
     r"attend[^.]{0,40}(games|Olympics)|(games|Olympics)[^.]{0,80}attend"),
    ("unsaid-time", SUGA, "What did Suga say about the abduction issue?",
     "when did japan last talk to north korea about it?", r"North Korea[^.]{0,100}(last|talks? (in|on))"),
    ("unsaid-time", LAV, "What did Lavrov say about the Open Skies Treaty?",
     "when was that treaty signed?", r"1992|Open Skies[^.]{0,150}signed"),
    ("unsaid-figure", LAV, "What plan for consultations did the foreign ministries sign?",
     "how many meetings does that plan include?", r"\d+ (meetings|rounds|consultations)"),
    ("unsaid-name", LAV, "What did Lavrov say about Kosovo's membership in international organisations?",
     "which country pushed for that membership?", r"(pushed|lobbied)"),
    ("unsaid-decision", LAV, "What did Lavrov say about Sputnik V?",
     "will serbia export the vaccine to its neighbours or not?", r"export[^.]{0,80}(vaccine|Sputnik)"),
    ("unsaid-time", CALL, "What did the call say about Russia's interference in the 2020 election?",
     "when did that interference begin?", r"interference[^.]{0,80}(began|started|since)"),
    ("unsaid-figure", CALL, "What did the US say about the bounties on soldiers in Afghanistan?",
     "how much was paid out in total?", r"bount[^.]{0,150}(\$|dollar|million)"),
    ("unsaid-name", CALL, "What is the SVR blamed for?",
     "who is the head of the svr?", r"Naryshkin|head of the SVR|director of the SVR"),
    ("unsaid-decision", CALL, "What summit did Biden propose to Putin?",
     "did putin accept the offer or not?", r"Putin[^.]{0,80}(accept|agreed to)"),
    ("unsaid-time", CALL, "What did the official say about Russia defending the ruble in 2014?",
     "when did the ruble recover?", r"recover"),
    ("unsaid-time", LAMP, "What is Markus Kuppe's talk called?",
     "when did he give that talk?", r"talk[^.]{0,100}(19|20)\d\d"),
    ("unsaid-figure", LAMP, "What does Lamport say about Amazon Web Services?",
     "how many engineers there use tla+?", r"\d+ engineers"),
    ("unsaid-name", LAMP, "What book is Lamport writing?",
     "who is publishing it?", r"publisher|book[^.]{0,80}publish"),
    ("unsaid-time", AGENT, "What is the HR assistant example in the agentic AI video?",
     "when did the company roll it out?", r"(rolled|roll) (it )?out|deployed in"),
    ("unsaid-figure", AGENT, "What is the travel assistant asked to book?",
     "how much does the trip cost in the end?", r"(\$|dollars?|euros?|pounds)\s*\d|\d+\s*(dollars|euros|pounds)"),
    ("unsaid-name", AGENT, "What low code tools does the video mention?",
     "which zapier plan does he use?", r"(free|pro|premium|paid) plan"),
    ("unsaid-time", CWV, "What is cumulative layout shift?",
     "when did google add it to search rankings?", r"(19|20)\d\d"),
    ("unsaid-figure", CWV, "What hidden tool in Chrome does the lecturer show?",
     "how many audits does it run?", r"\d+ audits"),
    ("unsaid-time", BAG, "What does the lecturer say about random forests?",
     "when were random forests invented?", r"(19|20)\d\d"),
    ("unsaid-figure", BAG, "What is bootstrap sampling?",
     "how many bootstrap samples does he draw in the demo?",
     r"(\d+|hundred|thousand|ten|fifty) (different )?bootstrap"),
    # answerable controls of the same forms
    ("follow-up-time", SUGA, "What did Japan and the US confirm about climate?",
     "when will they work on it next?", ("next week or at COP26 and beyond",)),
    ("follow-up-time", SUGA, "What anniversary did Biden and Suga mark?",
     "when did they mark it?", ("Last month, we jointly marked the 10th-year anniversary",)),
    ("follow-up-time", SUGA, "What did Biden say about the Quad Vaccine Partnership?",
     "when was it launched?",
     ("Earlier this year, we — together with India and Australia — launched the landmark Quad Vaccine "
      "Partnership",)),
    ("follow-up-name", LAV, "What did Lavrov say about the Serbian railway?",
     "which russian company is involved?", ("Russian Railways International is playing an active role in it",)),
    ("follow-up-name", LAV, "What did Lavrov say about NIS?",
     "who is its main investor?", ("Its main stakeholder and investor is Gazprom Neft.",)),
    ("follow-up-name", LAV, "What did Lavrov say about the UN resolution on Kosovo?",
     "which body has to approve the agreement?", ("which has to be approved by the UN Security Council",)),
    ("follow-up-time", LAV, "What did Lavrov say about trade between Russia and Serbia?",
     "when did it go down?", ("which diminished last year for obvious reasons",)),
    ("follow-up-time", CALL, "What did Biden tell Putin the US would respond to?",
     "which election was that?", ("the interference in the 2020 election",)),
    ("follow-up-time", CALL, "What new course did the US announce on attributing cyber incidents?",
     "when will it start?", ("that will be inaugurated this year",)),
    ("follow-up-figure", CALL, "How many Russian officials is the US expelling?",
     "from which mission?", ("the United States is expelling 10 Russian officials from Russia’s Washington, D.C., "
                             "diplomatic mission",)),
    ("follow-up-time", CALL, "What did the official say about Russia defending its currency?",
     "what other years did they look at?", ("We just looked back to 2014 and 2015, also 2019",)),
    ("follow-up-figure", CALL, "What did the US announce about Crimea?",
     "how many individuals and entities were sanctioned?",
     ("sanctioned eight individuals and entities associated with Russia’s ongoing occupation and repression in "
      "Crimea",)),
    ("follow-up-time", FIRE, "What did Governor Brown say about Oregon's disaster declarations?",
     "since when?", ("federal disaster declarations in my state since April of 2020",)),
    ("follow-up-figure", FIRE, "What did the governors say about last year's fires?",
     "how many acres burned?", ("Last year, we had more than 2,000 fires that burned over a million acres.",)),
    ("follow-up-time", FIRE, "What did Biden say about the length of the fire season?",
     "until what month does it usually run?", ("Fire season, traditionally, lasts through October.",)),
    ("follow-up-name", FIRE, "What did Biden say about NOAA?",
     "what can its satellites see?", ("has satellite technology that is able to see from space when new fires start",)),
    ("follow-up-time", LAMP, "What did Lamport say about computer science when he started out?",
     "what year was that?", ("because that was in 1972",)),
    ("follow-up-time", LAMP, "What insight did Lamport say the hardware people had?",
     "when did he realize that?", ("I realized they had that insight in 1983.",)),
    ("follow-up-figure", CWV, "What is a good LCP score?",
     "and how fast should first input delay be?",
     ("your input should start processing in less than 100 milliseconds",)),
    ("follow-up-name", AGENT, "What APIs does the travel assistant use?",
     "which one does it use for weather?", ("weather API for weather",)),
]

# a caption file's cue numbers and times, left out of the text a pattern is checked in
_CUES = re.compile(r"(?:\b\d+\s+)?\d\d:\d\d:\d\d[,.]\d+\s*-->\s*\d\d:\d\d:\d\d[,.]\d+")
CATEGORY = {"unsaid": "unanswerable-follow-up", "follow-up": "follow-up"}


def lines(batch: str, rows: list, first: int) -> list[dict]:
    """The rows of one batch, the unsaid pattern checked said nowhere in its transcript."""
    plain = []
    for shape, name, earlier, question, gold in rows:
        if shape.startswith("unsaid"):
            if re.search(gold, _CUES.sub(" ", transcript_words(name)), re.IGNORECASE):
                raise SystemExit(f"said in {name}: {gold} ({question})")
            gold = ()
        plain.append((shape, name, earlier, question, gold))
    return two_turn_rows(plain, batch, first, f"ufu55-{batch}",
                         lambda shape, answerable: CATEGORY[shape.split("-time")[0].split("-figure")[0]
                                                            .split("-name")[0].split("-decision")[0]])


def main() -> None:
    assert TRANSCRIPTS.is_dir()
    a, b = lines("A", A, 4840), lines("B", B, 4890)
    assert len(a) == len(b) == 50 and b[-1]["id"] == "conv-dev-4939", (len(a), len(b), b[-1]["id"])
    if "--write" in sys.argv:
        for name, rows in (("A", a), ("B", b)):
            (REPO / "bench" / "ufu55" / f"{name}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        with OUT.open("a", encoding="utf-8") as f:
            for r in a + b:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(a), len(b), "rows; unsaid", sum(not r["answerable"] for r in a + b))


if __name__ == "__main__":
    main()
