"""Writes nm63's batches A and B (appended to the dev question files): questions asked alone that ask a time ("When
did / will ...?", "In / until what year / month ...?": `qa.answerable.asks_time`) or a sum of money ("How much ...
cost / paid / worth ...?": `asks_sum`). Answerable controls (gold: the sentence that gives the time or the sum) and
near misses: the topic is said in the transcript, the time or the sum asked never is (a grep of the transcript,
whitespace joined, for the asked thing: the `absent` field), while other times or sums are said in it. Written from
the transcripts before the system was run on any of them; A is read while the rule is set, B run once after it is
frozen; C, a second confirm batch, was written after B had been run (main declined 9 of its 10 near misses already)
and run once. Unanswerable rows carry category "near-miss".

    PYTHONPATH=. .venv/bin/python bench/nm63/write_batches.py [--write] [--only C]
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, LAVROV_PRESS as R, AGENTIC as A,
    WEB_VITALS as V, BAGGING as B, register_batch_main, register_rows)

# (batch, form, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # batch A: 8 answerable, 10 unanswerable
    ("A", "time", S, "When did the Biden administration announce its response to the chemical weapon attack on "
     "Navalny?",
     ["On March 2nd, the Biden administration, in coordination with several key allies and partners, announced our "
      "response to Russia’s use of a chemical weapon to poison Aleksey Navalny."], None),
    ("A", "time", S, "In what year did Russia previously spend foreign reserves to defend its currency?",
     ["Previously in 2014, Russia decided to spend some of its foreign reserves to defend the currency."], None),
    ("A", "time", W, "When did Biden learn that some federal firefighters were paid under $13 an hour?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."], None),
    ("A", "time", W, "Until what month does fire season traditionally last?",
     ["Fire season, traditionally, lasts through October."], None),
    ("A", "time", J, "When did Matsuyama win the Green Jacket?",
     ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
      "week."], None),
    ("A", "time", L, "When did Dijkstra introduce the mutual exclusion problem?",
     ["introduced by Edsger Dijkstra, I think it was in 1965."], None),
    ("A", "sum", W, "How much will federal wildland firefighters be paid per hour at least?",
     ["firefighters are making at least $15 an hour"], None),
    ("A", "sum", L, "How much money did the abandoned project Lamport mentions cost?",
     ["A 100 million dollar project that just failed, that was just abandoned after a few years."], None),
    ("A", "time", S, "When was Aleksey Navalny poisoned with the chemical weapon?", None,
     "the poisoning said once, in the March 2nd response's sentence; no date of the poisoning"),
    ("A", "time", W, "When will the EPA's air quality app be released?", None,
     "'launching a new app ... from EPA' said once; no date"),
    ("A", "time", J, "When will the Mansfield Fellowship Program take in its next fellows?", None,
     "the program's resumption said ('today we agreed to resume'); no fellows, no date"),
    ("A", "time", L, "In what year did Knuth release his TeX typesetting program?", None,
     "Knuth's Tex said (6); no year"),
    ("A", "time", L, "When did Lamport write the Paxos paper?", None, "the Paxos paper said (4); no year"),
    ("A", "time", W, "When did the fire wipe out Paradise?", None, "Paradise said once, as a senator's visit; no date"),
    ("A", "time", J, "When did the US and Japan begin cooperating on 5G networks?", None, "5G said once; no time"),
    ("A", "time", A, "When did Anthropic publish its document on building effective agents?", None,
     "Anthropic's document said (3); no date"),
    ("A", "sum", L, "How much prize money came with Lamport's Turing Award?", None, "the Turing Award said (3); no sum"),
    ("A", "sum", J, "How much money will go into the joint work on semiconductor supply chains?", None,
     "semiconductors said once; no sum"),
    # batch B: 8 answerable, 10 unanswerable
    ("B", "time", S, "When did the previous administration assess the SolarWinds incident as likely Russian?",
     ["This is an update to the January 5th, 2021, assessment by the previous administration that this incident "
      "was, quote, “likely of Russian origin.”"], None),
    ("B", "time", S, "When will the ban on buying new Russian sovereign bonds begin?",
     ["The sovereign debt prohibitions come into effect on June 14 of this year."], None),
    ("B", "time", J, "When will Biden host the Climate Leaders Summit?",
     ["Next week, I’ll be hosting the Climate Leaders Summit"], None),
    ("B", "time", J, "When did Japan and the US mark the tenth anniversary of the tsunami?",
     ["Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster that "
      "cost so many lives in Japan."], None),
    ("B", "time", L, "In what year did Lamport begin programming?", ["I started programming in 1957"], None),
    ("B", "time", W, "When was the FMAG for the Lava Fire approved?",
     ["I didn’t have to make a call to you to get the FMAG approved yesterday"], None),
    ("B", "sum", S, "How much money is the ruble-denominated sovereign debt market worth?",
     ["The ruble-denominated sovereign debt market is about 185 billion in size"], None),
    ("B", "sum", W, "How big a federal grant is Sonoma County getting for fire mitigation?",
     ["I’m announcing a $37 million federal grant to Sonoma County"], None),
    ("B", "time", S, "When will the ten expelled Russian officials have to leave the US?", None,
     "the expulsion of 10 officials said (3); no departure date"),
    ("B", "time", J, "When did Mike Mansfield become ambassador to Japan?", None,
     "Mansfield said as ambassador (once); no year"),
    ("B", "time", L, "When did Lamport first release LaTeX to the public?", None, "LaTeX said (3); no year"),
    ("B", "time", L, "When did Lamport invent the bakery algorithm?", None, "the bakery algorithm said (18); no year"),
    ("B", "time", B, "In what year was the bagging algorithm invented?", None, "bagging said; no year in the lecture"),
    ("B", "time", V, "When did Google start using Core Web Vitals to rank pages?", None,
     "Google ranking by the vitals said; no year in the lecture"),
    ("B", "time", R, "When was Kosovo's bid to join Interpol blocked?", None,
     "the Interpol attempts 'neutralised' said once; no date"),
    ("B", "time", A, "When did agentic AI systems first appear?", None, "agentic AI said (20); no date"),
    ("B", "sum", S, "How much did the SolarWinds intrusion cost the US government?", None,
     "SolarWinds said (16); no sum"),
    ("B", "sum", W, "How much money does the BRIC program hand out each year?", None,
     "BRIC said, its funding 'doubled'; no yearly sum (the $37 million grant is part of it)"),
    # batch C (a second confirm batch, written after B was run once with the rule frozen, where main declined 9 of
    # B's 10 near misses already, and committed before any run of it): near misses of a topic named strongly in a
    # passage that says no time or sum; 7 answerable, 12 unanswerable
    ("C", "time", S, "When did Biden last contact Putin before the sanctions?",
     ["Then, earlier this week, the President spoke with President Putin again"], None),
    ("C", "time", W, "When did the heat dome that caused 12,000 lightning strikes hit the West Coast?",
     ["We had, last year, a heat dome over the West Coast of the United States"], None),
    ("C", "time", W, "Since when has Oregon had four federal disaster declarations?",
     ["We’ve had four federal disaster declarations in my state since April of 2020."], None),
    ("C", "time", J, "When will the Glasgow climate summit take place?", ["the Glasgow summit later this year"], None),
    ("C", "time", L, "In what year was there really no computer science, according to Lamport?",
     ["because that was in 1972, and there really wasn't computer science in those days."], None),
    ("C", "sum", W, "How much money is in the infrastructure bill for resilience to extreme weather?",
     ["Fifty billion dollars."], None),
    ("C", "sum", W, "How much were some federal firefighters being paid per hour?",
     ["some of our federal firefighters are being paid less than $13 an hour"], None),
    ("C", "time", S, "When was the SVR unit APT29 formed?", None, "APT29 said once; no date"),
    ("C", "time", L, "When did Lamport stop using Scribe?", None, "Scribe said ('When I started, I used Scribe'); no time"),
    ("C", "time", B, "When was the CART tree algorithm first published?", None, "CART said (2); no year"),
    ("C", "time", A, "When was the N8N tool first released?", None, "N8N said once; no date"),
    ("C", "time", R, "When did Russian Railways International start work on Serbia's railways?", None,
     "Russian Railways International said once; no date"),
    ("C", "time", R, "When did Serbia begin its contacts with the CSTO?", None, "the CSTO said (2); no date"),
    ("C", "time", W, "When did NOAA launch its fire-spotting satellites?", None, "NOAA's satellites said; no date"),
    ("C", "time", V, "When was Cumulative Layout Shift made a Core Web Vital?", None,
     "cumulative layout shift said (4); no date"),
    ("C", "time", L, "When did Lamport create TLA+?", None, "TLA+ said (27); no year of its making"),
    ("C", "time", J, "When will the US and Japan hold their next two-plus-two meeting?", None,
     "the two-plus-two 'held last month' said; no next one"),
    ("C", "sum", R, "How much money did Russia lend for Serbia's railway modernisation?", None,
     "'Russian export loans' said once; no sum"),
    ("C", "sum", S, "How much did the SVR spend on the SolarWinds campaign?", None, "the SVR and SolarWinds said; no sum"),
]


def rows():
    """The question-file rows: (file, row), ids in nm63's ranges; an unanswerable row's category "near-miss"."""
    out = register_rows(ROWS, "nm63", 1, 5520, 5050, "nm63-{batch}")
    if "--only" in sys.argv:  # the rows of one batch (C was appended after A and B)
        out = [(path, row) for path, row in out if row["batch"] == sys.argv[sys.argv.index("--only") + 1]]
    for _, row in out:
        if not row["answerable"]:
            row["category"] = "near-miss"
    return out


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
