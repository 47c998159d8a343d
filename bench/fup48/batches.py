"""Batches A and B of fup48 (written from the transcripts before any run of the system on them): answerable
follow-ups that ask another attribute of the thing the earlier answer told (when, where, who, how many, which,
how sure, on what grounds), whose answer is said in the passage the earlier answer cited or right beside it; one-word
first turns ("CLS?"); unanswerable follow-ups of the same shapes (an attribute never said) and switches as controls.
Prints the JSON lines; `--check` verifies each gold quote is said verbatim (whitespace aside) in its transcript.

    .venv/bin/python bench/fup48/batches.py --check
    .venv/bin/python bench/fup48/batches.py A --conv > A.jsonl      # or B; seed rows: --seed
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as SAN, WILDFIRES as FIRE, SUGA_PRESS as SUGA, LAVROV_PRESS as LAV, LAMPORT as LAMP,
    WEB_VITALS as CWV, BAGGING as BAG, AGENTIC as AGENT, conversation_batch_main)

U, F, S = "unanswerable-follow-up", "follow-up", "switch"
NOT_SAID = "Not said in the recordings."
WHEN, WHO, AMOUNT = "attribute-when", "attribute-who", "attribute-amount"
WHICH, HOW = "attribute-which", "attribute-how"
ONE_WORD = "one-word-first"
# (id, batch, category, shape, transcript, history, question, gold quotes, reference answer)
ROWS = [
    # ---- batch A (fit: read while the rule is written)
    ("conv-dev-4070", "A", F, HOW, SAN, ["Who did the US formally blame for the SolarWinds intrusion?"],
     "ok and how much certainty do the spy agencies put on that call?",
     ["The U.S. intelligence community has high confidence in its assessment of attribution to the SVR."],
     "High confidence."),
    ("conv-dev-4071", "A", F, HOW, SAN, ["What did the officials say about the six Russian tech companies?"],
     "on what grounds are they being designated?",
     ["They’re being designated — the companies — for operating in the technology sector of the Russian "
      "Federation economy."], "For operating in Russia's technology sector."),
    ("conv-dev-4072", "A", F, AMOUNT, SAN, ["How big is Russia's ruble-denominated sovereign debt market?"],
     "what fraction of those bonds do foreigners own?",
     ["about a quarter of these bonds are owned by foreign investors"], "About a quarter."),
    ("conv-dev-4073", "A", F, WHICH, SAN, ["Which Russian spy agency did the White House name as behind SolarWinds?"],
     "it has aliases too right? list them",
     ["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names"], "APT29, Cozy Bear, the Dukes."),
    ("conv-dev-4074", "A", F, WHEN, SAN, ["What course for policymakers on attributing cyber incidents did the "
                                          "official announce?"],
     "where's it going to be taught?",
     ["will be inaugurated this year at the George C. Marshall Center in Germany"],
     "At the George C. Marshall Center in Germany, this year."),
    ("conv-dev-4075", "A", F, WHEN, SAN, ["What update did the officials give on the SolarWinds attribution?"],
     "the assessment it updates was made on which date, and by whom?",
     ["This is an update to the January 5th, 2021, assessment by the previous administration"],
     "January 5, 2021, by the previous administration."),
    ("conv-dev-4076", "A", F, AMOUNT, FIRE, ["How many uncontained fires are burning in the West this year, "
                                             "per Biden?"],
     "versus the same point in 2020?",
     ["21 large, uncontained fires were burning"], "21."),
    ("conv-dev-4077", "A", F, WHICH, FIRE, ["How many firefighters are already out across the region?"],
     "spread over which states?",
     ["from California to New Mexico, to Utah and Nevada"], "From California to New Mexico, Utah and Nevada."),
    ("conv-dev-4078", "A", F, WHEN, FIRE, ["What tragedy in Prescott, Arizona did Biden bring up?"],
     "that was what, how many years back?",
     ["That tragedy happened eight years ago today."], "Eight years ago that day."),
    ("conv-dev-4079", "A", F, AMOUNT, FIRE, ["What can NOAA's satellites spot from space?"],
     "down to what size can those satellites catch a blaze?",
     ["even as small as the size of your dining room table"], "As small as a dining room table."),
    ("conv-dev-4080", "A", F, WHICH, FIRE, ["What did Harris see when she visited Paradise after the fire?"],
     "what was the only thing left standing?",
     ["But the only thing standing in that community were the chimneys"], "The chimneys."),
    ("conv-dev-4081", "A", F, WHICH, FIRE, ["Where was Harris's family home under an evacuation order?"],
     "ok so what would she rescue first in that situation?",
     ["the most valuable are family photographs"], "Family photographs."),
    ("conv-dev-4082", "A", F, HOW, SUGA, ["Which countries launched the Quad Vaccine Partnership with Japan and the "
                                          "US?"],
     "what's it supposed to achieve?",
     ["to expand the manufacturing of COVID-19 vaccines and assist countries throughout the region with vaccination "
      "efforts"], "More vaccine manufacturing and help with vaccination in the region."),
    ("conv-dev-4083", "A", F, WHEN, SUGA, ["What climate meeting is Biden hosting that Suga will attend?"],
     "and when is it?",
     ["Next week, I’ll be hosting the Climate Leaders Summit"], "Next week."),
    ("conv-dev-4084", "A", F, WHICH, SUGA, ["By what year are Japan and the US aiming for net-zero emissions?"],
     "which nearer goals does getting there depend on?",
     ["will require setting and meeting our 2030 goals"], "Their 2030 goals."),
    ("conv-dev-4085", "A", F, WHICH, LAMP, ["Who maintains the TLA+ tools these days?"],
     "he gave a talk with a funny title right, what was it called?",
     ["How to save two hours of TLA with two weeks of debugging."], "How to save two hours of TLA with two weeks "
                                                                     "of debugging."),
    ("conv-dev-4086", "A", F, WHO, LAMP, ["How does Lamport say LaTeX should be pronounced?"],
     "and the typesetting system underneath it, who made that?",
     ["LaTeX is built on top of Don Knuth's tech typesetting program"], "Don Knuth's TeX."),
    ("conv-dev-4087", "A", F, ONE_WORD, CWV, ["CLS?"],
     "is lower better for that one or the other way round?",
     ["That's why our CLS should be as low as possible."], "As low as possible."),
    ("conv-dev-4088", "A", F, ONE_WORD, CWV, ["FID?"],
     "and what's google's cutoff in milliseconds for that one?",
     ["your input should start processing in less than 100 milliseconds"], "In under 100 milliseconds."),
    ("conv-dev-4089", "A", U, AMOUNT, SAN, ["What did Treasury do about Crimea with the EU and UK?"],
     "list the eight for me by name", [], NOT_SAID),
    ("conv-dev-4090", "A", U, WHO, SAN, ["What does the new sovereign debt directive prohibit?"],
     "what did russia's central bank governor say about it?", [], NOT_SAID),
    ("conv-dev-4091", "A", U, AMOUNT, FIRE, ["How much does the infrastructure framework put toward resilience?"],
     "how much of that is earmarked for california?", [], NOT_SAID),
    ("conv-dev-4092", "A", U, AMOUNT, FIRE, ["What did Biden say about seasonal federal firefighters?"],
     "how many of those jobs become permanent next year?", [], NOT_SAID),
    ("conv-dev-4093", "A", U, WHEN, SUGA, ["What did Biden say about the Glasgow summit?"],
     "on which exact dates does it take place?", [], NOT_SAID),
    ("conv-dev-4094", "A", U, WHO, BAG, ["What is bagging?"],
     "which researcher first proposed the idea?", [], NOT_SAID),
    ("conv-dev-4095", "A", S, "switch", CWV, ["Which companies did Treasury designate over SolarWinds?"],
     "What does First Input Delay measure in the web vitals lecture?",
     ["First Input Delay means that if any user has clicked on any input element"], "How long an input takes."),
    ("conv-dev-4096", "A", S, "switch", SUGA, ["What did Harris say about water policy?"],
     "Besides Japan and the United States, which nations are behind the Quad effort to make more vaccines?",
     ["together with India and Australia — launched the landmark Quad Vaccine Partnership"], "India and Australia."),
    ("conv-dev-4097", "A", S, "switch", SAN, ["What did Lamport say about TLA+ and Java?"],
     "Which Russian technology sector rules did the officials warn US companies about?",
     ["Those efforts should serve as a warning about the risks of using information and communications technology"],
     "Risks of ICT supplied by companies tied to Russia."),
    ("seed-3271", "A", F, AMOUNT, LAV, ["Which practice of State Department staff travel is Russia ending?"],
     "what yearly quota did he put forward instead?",
     ["say, 10 employees going from Russia to the US and 10 from the US to Russia per year"], "Ten a year each way."),
    ("seed-3272", "A", F, AMOUNT, LAV, ["How many diplomatic and administrative staff do Russia and the US have in "
                                        "each other's countries, per Lavrov?"],
     "and the chunk of those who sit at the UN in new york?",
     ["our employees with the UN mission – about 150 people"], "About 150."),
    ("seed-3273", "A", U, WHEN, LAV, ["How many short-term trips do US diplomats make to Russia a year?"],
     "from when does the ten-a-year cap apply?", [], NOT_SAID),
    # ---- batch B (confirm: run once, after the rule is frozen)
    ("conv-dev-4110", "B", F, WHO, SAN, ["What annual cyber exercise will the UK, France, Denmark and Estonia help "
                                         "plan?"],
     "which department puts that exercise on every year?",
     ["The Department of Defense hosts an important annual cyber exercise"], "The Department of Defense."),
    ("conv-dev-4111", "B", F, HOW, SAN, ["What did the officials say about Russian intelligence and Taliban "
                                         "attacks?"],
     "what evidence did they say backs up that judgment?",
     ["Our conclusion is based on information and evidence of connections between criminal agents in Afghanistan and "
      "elements of the Russian government."], "Evidence of links between criminal agents and the Russian government."),
    ("conv-dev-4112", "B", F, WHEN, SAN, ["Where did Biden propose meeting Putin?"],
     "and roughly when?",
     ["he proposed a summit meeting in the coming months, in a third country in Europe"], "In the coming months."),
    ("conv-dev-4113", "B", F, WHICH, SAN, ["What share of Russia's sovereign debt was untouched by US sanctions "
                                           "before this?"],
     "so which slice had been left alone?",
     ["the ruble-denominated portion"], "The ruble-denominated portion."),
    ("conv-dev-4114", "B", F, HOW, FIRE, ["What federal grant did Biden announce for Sonoma County?"],
     "how come sonoma got picked before other counties?",
     ["they were the first to apply for fire mitigation funding"], "It was the first to apply."),
    ("conv-dev-4115", "B", F, WHICH, FIRE, ["What did the Vice President say about water policy?"],
     "besides storage, what else is she thinking about?",
     ["We’re thinking about recycling"], "Recycling."),
    ("conv-dev-4116", "B", F, HOW, FIRE, ["What can the Energy Department's sensor array detect?"],
     "are those detected live or after the fact?",
     ["can detect in real time the lightning strikes that might set off a blaze"], "In real time."),
    ("conv-dev-4117", "B", F, AMOUNT, FIRE, ["How hot did Oregon's Willamette Valley get, per Governor Brown?"],
     "and that heat lasted how long?",
     ["three consecutive days of record-breaking high temperatures"], "Three days in a row."),
    ("conv-dev-4118", "B", F, WHICH, SUGA, ["What anniversary did Biden and Suga mark last month?"],
     "of which disaster?",
     ["the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster"],
     "The 2011 earthquake, tsunami and nuclear disaster."),
    ("conv-dev-4119", "B", F, WHICH, SUGA, ["Who was the first head of state Biden invited to the White House?"],
     "and where had the two met before that?",
     ["We’ve already met several times virtually on — at a G7 meeting and a Quad Leader Summit"],
     "Virtually, at a G7 meeting and a Quad Leader Summit."),
    ("conv-dev-4120", "B", F, WHO, LAMP, ["Why did Lamport write a TLA+ spec of the parser check?"],
     "did the guy coding the compiler know TLA+?",
     ["Fortunately, the person who was doing the compiler knew TLA+, so I didn't have to explain the TLA+ to him."],
     "Yes."),
    ("conv-dev-4121", "B", F, ONE_WORD, CWV, ["LCP?"],
     "and how long should the biggest element take to load?",
     ["the biggest element of the page should be loaded in 2.5 seconds"], "2.5 seconds."),
    ("conv-dev-4122", "B", U, AMOUNT, SAN, ["How many Russian officials is the US expelling?"],
     "can you give me the ten people's names?", [], NOT_SAID),
    ("conv-dev-4123", "B", U, WHEN, FIRE, ["What is the Sonoma County grant for?"],
     "what's the payout date for sonoma?", [], NOT_SAID),
    ("conv-dev-4124", "B", U, AMOUNT, SUGA, ["What is the Quad Vaccine Partnership?"],
     "how many doses is it expected to produce?", [], NOT_SAID),
    ("conv-dev-4125", "B", U, WHO, AGENT, ["What is agentic AI, according to the video?"],
     "who coined the term?", [], NOT_SAID),
    ("conv-dev-4126", "B", S, "switch", FIRE, ["CLS?"],
     "How many Granite Mountain Hotshots died near Prescott?",
     ["the funeral of the 19 Granite Mountain Hotshot firefighters"], "19."),
    ("conv-dev-4127", "B", S, "switch", FIRE, ["What is the Climate Leaders Summit?"],
     "What number of blazes did Biden say are burning out of control right now?",
     ["This year, there are 36 that are uncontained and burning."], "36."),
    ("seed-3281", "B", F, HOW, LAV, ["Which UN Security Council resolution did Lavrov cite on Kosovo?"],
     "what does it say about how kosovo's status gets decided?",
     ["Kosovo’s exact status is to be determined through negotiations between Pristina and Belgrade"],
     "Through negotiations between Pristina and Belgrade."),
    ("seed-3282", "B", F, WHO, LAV, ["Is Ambassador Antonov going back to Washington soon, per Lavrov?"],
     "and what did ushakov recommend the american envoy do?",
     ["Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
      "consultations"], "Go home for consultations."),
    ("seed-3283", "B", U, AMOUNT, LAV, ["Which hiring practice at US missions is Russia stopping?"],
     "how many local employees will lose their jobs?", [], NOT_SAID),
]


def main():
    conversation_batch_main(ROWS, "fup48")


if __name__ == "__main__":
    main()
