"""hl53's batches A and B (the seed's transcript and the four Markdown transcripts of ../shared/data/transcripts),
written by reading the transcripts: each gold is one sentence, the answering one, one or two sentences AFTER a
sentence that says the question's words (names its topic) without giving the answer: a yes/no verdict said after
the sentence that sets the matter out (often "But ..."), a figure, a date or a decision after the sentence that names
what it is about. Each gold is written loosely here and replaced by the transcript's own text (found exactly once).
Batch A and B are taken alternately from one list written before any run. Writes bench/hl53/batch-A.jsonl and
batch-B.jsonl; `--append` adds them to qa/data/seed_questions.jsonl and bench/questions/real-dev.jsonl.

    .venv/bin/python bench/hl53/new_questions.py [--append]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import quoted_rows, save_batches  # noqa: E402

SEED = "lavrov-selakovic-press-conference-2021-04-16.txt"
SUGA, FIRE, CALL = ("wh-biden-suga-press-conference-2021-04-16.md", "wh-biden-meeting-western-wildfires-2021-06-30.md",
                    "wh-background-press-call-russia-sanctions-2021-04-15.md")
TLA = "changelog-552-leslie-lamport-interview.md"

# (transcript, question, gold, the form asked: yes/no, figure, time, other)
QUESTIONS = [
    (SEED, "Is Sputnik V already being produced in Belgrade?",
     "We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution "
     "here.", "yes/no"),
    (SEED, "Do the EU and NATO apply their line against revising borders in every case?",
     "But they usually do this when Russia is forced to stand up for its fellow countrymen, its compatriots.",
     "yes/no"),
    (SEED, "How far along is the EAEU's trade pact with Serbia?",
     "We are close to completing the procedures required for the agreement to take effect.", "yes/no"),
    (SEED, "Does Russia have levers against US national debt like the ones announced against its own?",
     "For obvious reasons, we do not have comparable levers of influence on the US on such a scale.", "yes/no"),
    (SEED, "Is Russia setting conditions for Belgrade on the dialogue with Pristina?",
     "We do not impose anything.", "yes/no"),
    (SEED, "Is Washington still a party to Open Skies?",
     "The US has withdrawn from it and is not going to come back.", "yes/no"),
    (SEED, "Is the situation around Ambassador Antonov simple to sort out?",
     "The situation is quite complicated and it is necessary to analyse it in detail", "yes/no"),
    (SEED, "Has Moscow given an answer to Biden's idea of a bilateral summit?",
     "We have already responded positively to it.", "yes/no"),
    (SEED, "Counting only the bilateral front, how many Russian employees are in the US?",
     "In other words, we have 300 employees on the bilateral front in the US.", "figure"),
    (SEED, "Has Russian-Serbian trade kept rising, according to the intergovernmental committee's work?",
     "Its co-chairs have already had three in-person meetings in the past few months where a wide range of issues "
     "were discussed, including additional measures to restore the steady upward trend in trade, which diminished "
     "last year for obvious reasons.", "yes/no"),
    (SEED, "Will Moscow answer the list of ten diplomats Washington asked to leave with the same number?",
     "We will respond in kind by proposing that 10 US diplomats leave Russia.", "yes/no"),
    (SEED, "Did Washington look for a compromise on the gap in diplomatic headcounts?",
     "Instead of looking for mutually acceptable, compromise solutions, the US merely obstructed the operations of our "
     "Embassy", "yes/no"),
    (SEED, "How many State Department staff on short trips would Russia allow each year?",
     "We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to "
     "Russia per year.", "figure"),
    (SEED, "Are the eight Americans Russia is sanctioning low-ranking officials?",
     "Today we will publish a list of eight officials representing the upper echelons of the administration in "
     "Washington.", "yes/no"),
    (SEED, "Does Moscow think Belgrade's Balkan policy helps the region?",
     "We believe this balanced policy by Belgrade is contributing to the preservation of peace and stability in "
     "this challenging region of Europe.", "yes/no"),
    (SEED, "Is Moscow willing to go along with any outcome on Kosovo that Belgrade agrees to?",
     "As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia.",
     "yes/no"),
    (SEED, "Are the Americans' short-term staff trips to Russia going to go on as before?",
     "Now we are putting a stop to the practice of uncontrolled and unlimited short-term trips by Department of "
     "State employees for work at US diplomatic missions in Russia.", "yes/no"),
    (CALL, "Has Moscow accepted the invitation to a summit with Biden yet?",
     "The Russians have not responded to that to say whether they will", "yes/no"),
    (CALL, "Is Washington planning to escalate further against Russia?",
     "But our view is that the best course forward at this point would be for us to, for the United States and "
     "Russia both, to get off of the ladder of escalation and find a stable way forward.", "yes/no"),
    (CALL, "Will the US hold back from imposing costs on Russia to avoid a downward spiral?",
     "But we have also been clear, publicly and privately, that we will defend our national interests and that we "
     "will impose costs on Russian government actions that seek to harm our sovereignty.", "yes/no"),
    (CALL, "Are Russia's growth and inflation outcomes beyond Moscow's control?",
     "But to underscore: The speed and magnitude of that negative feedback loop is a function of Russia's choices.",
     "yes/no"),
    (CALL, "Did the earlier sanctions reach most of Russia's sovereign debt?",
     "This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues — the "
     "ruble-denominated portion — was untouched by our sanctions regime.", "yes/no"),
    (CALL, "From what date does the ban on buying newly issued ruble debt apply?",
     "You should also know that the prohibition comes into effect on June 14 of this year.", "time"),
    (CALL, "How large is the main market that funds the Russian government?",
     "The ruble-denominated sovereign debt market is about 185 billion in size", "figure"),
    (CALL, "Were the estimates of the sanctions' impact theoretical?",
     "We just looked back to 2014 and 2015, also 2019, when similar measures were taken.", "yes/no"),
    (CALL, "Is the attribution of the SolarWinds hack to the SVR a first?",
     "This is an update to the January 5th, 2021, assessment by the previous administration", "yes/no"),
    (FIRE, "Is the raise for federal wildland firefighters enough?", "But a one-time boost is not enough.", "yes/no"),
    (FIRE, "Does the fire season still end in October?",
     "But with climate change — climate change driving the dangerous confluence of extreme heat and prolonged "
     "drought — we're seeing wildfires in greater intensity", "yes/no"),
    (FIRE, "Is California still stuck debating raking policies?", "But we — our eyes are wide open.", "yes/no"),
    (FIRE, "Has the FMAG approval for Siskiyou County solved the fire problem?",
     "But the hots are getting hotter; the dries are getting drier.", "yes/no"),
    (FIRE, "How bad was Oregon's most devastating wildfire season?",
     "Last year, we had more than 2,000 fires that burned over a million acres.", "figure"),
    (FIRE, "What did Oregon lose when whole communities were wiped off the map?",
     "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures.", "figure"),
    (FIRE, "Are federal firefighters paid what they deserve?",
     "Last week, I learned that some of our federal firefighters are being paid less than $13 an hour.", "yes/no"),
    (FIRE, "Does Biden want more communities to seek fire mitigation funding?",
     "I encourage more communities to do so next year.", "yes/no"),
    (SUGA, "Does meeting in person despite the COVID precautions mean anything for the relationship?",
     "But our commitment to meet in person is indicative of the importance and the value we both place on this "
     "relationship between Japan and the United States", "yes/no"),
    (SUGA, "Is it up to Biden which bill the Senate moves to first?",
     "But it's not a question of my being able to set the agenda in the Senate as to what they will move to first.",
     "yes/no"),
    (SUGA, "What goal on emissions have Japan and the US committed to?",
     "Japan and the United States are both committed to achieving net-zero emissions by 2050", "time"),
    (TLA, "Was adding timestamps to messages a well-known idea before Lamport's paper?",
     "But as it turns out, I think they were actually the first people who did that", "yes/no"),
    (TLA, "Is typography completely separate from the writing of a book?",
     "But it's not completely separate, because good typography will reinforce the ideas.", "yes/no"),
    (TLA, "Can the description of a method be written however you like?",
     "But it has to be precise enough that somebody can use the code without having to read it.", "yes/no"),
    (TLA, "Is thinking before coding the usual way software gets developed?",
     "But it's certainly countercultural to the way that software, generally speaking, is developed in the world "
     "today.", "yes/no"),
    (TLA, "Do the people writing small pieces of code understand that this works at the small level?",
     "But the people who write the small pieces, they don't understand that yet.", "yes/no"),
    (TLA, "Is the class of bugs a spec eliminates a minor one?",
     "But it's a class of bugs, and especially with concurrency, that testing is very poor at finding", "yes/no"),
    (TLA, "Do the others who talk about specifications see them the way Lamport does?",
     "But just about everybody else wants to make writing the specifications easy for the programmers.", "yes/no"),
    (TLA, "Is the math behind TLA+ complicated?",
     "But the language TLA+ is really simple, in the sense that it is math, and math is really simple.", "yes/no"),
    (TLA, "Is TLA+ only worth it for problems of concurrency?",
     "But that's not the only way of thinking above the level of code.", "yes/no"),
    (TLA, "Does Lamport's hour-minute clock specification break when a second hand is added?",
     "But when I write the specification, it satisfies it, because my specification of the hour and minute clock "
     "allows frames where the same minute keeps being repeated.", "yes/no"),
    (TLA, "Does stuttering-insensitivity shape how Lamport thinks about the bakery algorithm?",
     "But that has nothing to do with how I even think about that algorithm.", "yes/no"),
    (TLA, "Did Paul Johnson and Robert Thomas influence the bakery algorithm?",
     "But that wasn't the bakery -- they didn't influence the bakery.", "yes/no"),
    (TLA, "Was a lower-level mutual exclusion a precondition for Lamport's bakery solution?",
     "But I realized that the bakery algorithm works -- it doesn't require mutual exclusion on the reading/writing "
     "variables.", "yes/no"),
    (TLA, "Does the deli with several number strands mess up the order of meals?",
     "But they still get it to us, and seemingly in the correct order, and mutually exclusive.", "yes/no"),
    (TLA, "Is LaTeX still in use now that Knuth's TeX did the heavy lifting?",
     "However, in terms of the tooling, it's still used, it's still prominent.", "yes/no"),
    (TLA, "Can you patch your way out of a design that gets sloppy?",
     "But if you don't do this design right from the beginning, then every piece of the code you write is a patch.",
     "yes/no"),
    (TLA, "Is planning still worth it if you can make mistakes later anyway?",
     "But if the plan is wrong from the get-go - well, the entire endeavor is a waste.", "yes/no"),
    (TLA, "Can you still get things done on today's shaky software stack?", "But you can get a lot finished.",
     "yes/no"),
    (TLA, "Was looking infinitely far ahead in a sequence obvious to the computer scientist as well?",
     "But because he's what I call trapped inside the box of computational thinking, that never occurred to him",
     "yes/no"),
    (TLA, "Do programmers find a thousand-line program daunting?", "But you give them a 1,000-line program",
     "yes/no"),
    (FIRE, "Do the federal disaster declarations in Oregon tell the whole story of last year's fires?",
     "But what last year's fire season underscored is that, most often, those who can least afford the impacts are "
     "hurt the most", "yes/no"),
    (CALL, "Is the damage from the debt sanctions entirely up to Russia's own choices?",
     "But there is a negative feedback loop that is triggered when you remove U.S. investors from a sovereign debt "
     "market.", "yes/no"),
    (FIRE, "Is the infrastructure money only about roads and bridges?",
     "is going to build re- — build resilience to extreme weather events like wildfires.", "yes/no"),
]


def main() -> None:
    batches = {"A": quoted_rows(QUESTIONS[0::2], "A", "hl53", SEED, (3780, 1), lambda form: f"hl53-{form}"),
               "B": quoted_rows(QUESTIONS[1::2], "B", "hl53", SEED, (3800, 41), lambda form: f"hl53-{form}")}
    save_batches(HERE, batches)


if __name__ == "__main__":
    main()
