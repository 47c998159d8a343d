"""Writes nm57's batches A and B (appended to the dev question files): questions that ask when something was done or
will be ("When did ...?", "When will ...?", "In what year ...?"), over the eight shared transcripts and the seed. The
answerable ones (gold: the sentence that says the time) are controls of the same form; the unanswerable ones are near
misses: the topic is said in the transcript, the time asked of it never is (for each, a grep of the transcript for
the topic's words, read with the lines around each, finds no date, year, month or span of time said of it: the
`absent` field). Written from the transcripts before the system was run on any of them; A is read while the rule is
set, B run once after it is frozen. Unanswerable rows carry category "near-miss".

    PYTHONPATH=. .venv/bin/python bench/nm57/write_batches.py [--write]
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, AGENTIC as A, BAGGING as B, WEB_VITALS as V,
    SEED, register_batch_main, register_rows)

# (batch, form, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # batch A: 8 answerable, 14 unanswerable
    ("A", "time", S, "When did Washington and its allies answer the chemical attack on Navalny?",
     ["On March 2nd, the Biden administration, in coordination with several key allies and partners, announced our "
      "response to Russia’s use of a chemical weapon to poison Aleksey"], None),
    ("A", "time", S, "From what date are US banks barred from the new ruble bonds?",
     ["You should also know that the prohibition comes into effect on June 14 of this year."], None),
    ("A", "time", W, "When did the President find out what some federal firefighters are paid?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."], None),
    ("A", "time", W, "Since when has Oregon had its four federal disaster declarations?",
     ["We’ve had four federal disaster declarations in my state since April of 2020."], None),
    ("A", "time", J, "When was the last Japan-U.S. two-plus-two held?",
     ["President Biden and I reaffirmed the recognitions confirmed at the Japan-U.S. two-plus-two held last month"],
     None),
    ("A", "time", SEED, "When did the Russian ambassador say Russia could join the Belgrade-Pristina dialogue?",
     ["Russian Ambassador to Serbia Alexander Botsan-Kharchenko said in Belgrade yesterday that Russia is ready to "
      "join the dialogue of Belgrade and Pristina"], None),
    ("A", "time", L, "In what year was mutual exclusion first posed as a problem, per Lamport?",
     ["And the problem was recognized as being important and introduced by Edsger Dijkstra, I think it was in 1965."],
     None),
    ("A", "time", W, "When did Biden meet with the military about the fires?",
     ["not true — two days ago — meeting with — with our military."], None),
    ("A", "time", S, "When must the ten expelled Russian officials leave Washington?", None,
     "the ten officials expelled are said (lines 'expelling 10 Russian officials'); no date or span for leaving"),
    ("A", "time", S, "When will the upcoming executive order on the software the government buys be signed?", None,
     "'an upcoming executive order' on software standards: no time said of it"),
    ("A", "time", W, "When did NOAA launch its fire-spotting satellites?", None,
     "NOAA's satellites said; no launch nor time"),
    ("A", "time", W, "When was the Good Neighbor Authority set up?", None,
     "the Good Neighbor Authority said three times; no year of its start"),
    ("A", "time", W, "When did the fire that destroyed Paradise happen?", None,
     "Paradise named by the Vice President ('visited the scene ... Paradise'); no date of that fire"),
    ("A", "time", J, "When will the first projects of the CORE partnership start?", None,
     "the CORE partnership announced 'today'; no start of projects said"),
    ("A", "time", J, "In what year was the U.S.-Japan alliance founded?", None,
     "the alliance said often; no year of its founding"),
    ("A", "time", SEED, "When did Gazprom Neft become the main investor in NIS?", None,
     "NIS and Gazprom Neft said; no year of the investment"),
    ("A", "time", SEED, "When will the Serbian railway improvement programme be finished?", None,
     "the railway programme said; no end date"),
    ("A", "time", L, "When did the Paxos paper with its Greek names come out?", None,
     "the Paxos paper said; no year of it (the years said: 1957, 1965, 1972, 1983, 2013, 2023, of other things)"),
    ("A", "time", L, "When did Knuth create the TeX typesetting program?", None,
     "Knuth's TeX said as LaTeX's base; no year"),
    ("A", "time", A, "When did Anthropic publish its guide on building effective agents?", None,
     "Anthropic's document said; no date"),
    ("A", "time", V, "When did Google introduce First Input Delay as a metric?", None,
     "FID explained; no year or date of its introduction"),
    ("A", "time", B, "In what year was the random forest algorithm invented?", None,
     "random forests said; no year in the captions"),
    # batch B: 10 answerable, 16 unanswerable
    ("B", "time", S, "When were measures like these sanctions taken before, according to the official?",
     ["We just looked back to 2014 and 2015, also 2019, when similar measures were taken."], None),
    ("B", "time", S, "When did Russian officers encourage Taliban attacks on coalition troops?",
     ["Afghanistan in 2019 and perhaps earlier, including through financial incentives and compensation."], None),
    ("B", "time", W, "When does the fire season normally end?",
     ["Fire season, traditionally, lasts through October."], None),
    ("B", "time", W, "When did Biden call on Governor Brown for resources?",
     ["Brown, how many times I called you last year for resources?"], None),
    ("B", "time", J, "When will Tokyo hold the Olympic and Paralympic Games?",
     ["I told the President about my determination to realize the Tokyo Olympic and Paralympic Games this summer as "
      "a symbol of a global unity."], None),
    ("B", "time", J, "When did Biden and Suga commemorate the Great East Japan Earthquake?",
     ["Last month, we jointly marked the 10th-year anniversary of the"], None),
    ("B", "time", SEED, "In what month is Belgrade due to begin making Sputnik V?",
     ["We expect the launch of Sputnik V production in Belgrade scheduled for May"], None),
    ("B", "time", SEED, "When did trade between Russia and Serbia shrink?",
     ["including additional measures to restore the steady upward trend in trade, which diminished last year for "
      "obvious reasons."], None),
    ("B", "time", L, "In which year did the Turing Award go to Lamport?",
     ["Well, at the top I mentioned this Turing Award which you won in 2013 for your work with distributed systems"],
     None),
    ("B", "time", L, "Since what year has Lamport been programming?",
     ["and I started programming in 1957"], None),
    ("B", "time", S, "When will the sovereign debt prohibitions on Russia be lifted?", None,
     "the prohibitions' start (June 14) said; no end"),
    ("B", "time", S, "When will this year's CYBER FLAG exercise take place?", None,
     "'this year CYBER FLAG exercise' said, no date or month of it (this year is the planning's, not a date)"),
    ("B", "time", W, "When will the Department of Energy's sensor array be ready?", None,
     "the sensor array said; no time"),
    ("B", "time", W, "When did FEMA's BRIC program start?", None,
     "the BRIC program named; no year of its start"),
    ("B", "time", W, "When will the National Guard members finish their firefighting training?", None,
     "funding to train National Guard members said; no time"),
    ("B", "time", J, "When will Japan and the US start building their secure 5G networks?", None,
     "secure 5G networks said; no start"),
    ("B", "time", J, "When will Prime Minister Suga next visit Washington?", None,
     "this visit said; no next one"),
    ("B", "time", SEED, "When did Serbia first receive Sputnik V vaccines?", None,
     "Sputnik V's use in Serbia said; no date of the first doses (May is production's)"),
    ("B", "time", SEED, "In what year was the Petroleum Industry of Serbia established?", None,
     "NIS said; no year of its founding"),
    ("B", "time", L, "When did Lamport start writing his current book?", None,
     "'my current project, which is writing a book'; no start"),
    ("B", "time", L, "In which year did LaTeX come out?", None,
     "LaTeX said; no year"),
    ("B", "time", L, "When did Lamport first meet Dijkstra?", None,
     "Dijkstra said (1965 is the problem's year); no meeting"),
    ("B", "time", A, "When did the presenter start using n8n?", None,
     "n8n said; no time of the presenter's use"),
    ("B", "time", V, "When did Chrome add the Lighthouse tool?", None,
     "Lighthouse said as 'a hidden tool in Chrome'; no date"),
    ("B", "time", B, "When did the lecturer first teach bagging?", None,
     "bagging said throughout; no time of a first lecture"),
    ("B", "time", J, "When did China begin pressing on the Senkaku Islands?", None,
     "the Senkaku Islands said; no year or time of China's pressure"),
]


def rows():
    """The question-file rows: (file, row), ids in nm57's ranges; an unanswerable row's category "near-miss"."""
    out = register_rows(ROWS, "nm57", 1, 5000, 4200, "nm57-{batch}")
    for _, row in out:
        if not row["answerable"]:
            row["category"] = "near-miss"
    return out


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
