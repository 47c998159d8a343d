"""Writes nm64's batches A and B (appended to the dev question files, with copies bench/nm64/A.jsonl and B.jsonl):
time questions asked alone ("When did / will ...?", "In what year / month ...?": `qa.answerable.asks_time`) over the
shared transcripts. Near misses: the topic is said, and the passage that says it gives a time of ANOTHER act of the
same topic (a bond issue's date for when the issuer was founded, the tragedy's "eight years ago" for when the fire
department was founded), while the time asked is never said (the `absent` field). Answerable controls of the same
form, whose time is said in a sentence that does not always repeat the question's verb ("today", "yesterday", "next
year", "48 hours ago"). Written from the transcripts before the system was run on any of them; A is read while the
rule is set, B run once after it is frozen; C (the tense and unit forms, written after A was read) before the
second rule was frozen, run once after. Unanswerable rows carry category "near-miss".

    PYTHONPATH=. .venv/bin/python bench/nm64/write_batches.py [--write] [--only C]
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, register_batch_main, register_rows)

# (batch, form, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # batch A: 5 answerable, 6 unanswerable
    ("A", "time", S, "When did Treasury sanction the 32 entities and individuals over the 2020 election influence?",
     ["Under other sanctions authorities today, Treasury also sanctioned 32 entities and individuals carrying out "
      "Russian government-directed attempts to influence the 2020 U.S."], None),
    ("A", "time", W, "When did the temperature in Palm Springs reach 111?",
     ["We were 123 down in Palm Springs two days ago; 111 just 48 hours ago."], None),
    ("A", "time", W, "When was Governor Newsom up in Siskiyou County?", ["We were up here yesterday."], None),
    ("A", "time", J, "When will Suga attend the Climate Leaders Summit in Washington?",
     ["Next week, I’ll be hosting the Climate Leaders Summit — which Prime Minister Suga also plans to attend"], None),
    ("A", "time", W, "When will more of the seasonal firefighter positions become permanent?",
     ["And for next year, we’re working to make more than — of those positions, permanent positions"], None),
    ("A", "time", S, "When was the Central Bank of the Russian Federation founded?", None,
     "the Central Bank said once, as an issuer of bonds 'issued after June 14th, 2021'; no founding date"),
    ("A", "time", W, "When did the heat dome over the West Coast finally break?", None,
     "the heat dome said ('last year'); no end of it"),
    ("A", "time", J, "When did Matsuyama turn professional?", None,
     "Matsuyama said once, his Green Jacket 'this week'; nothing of his career"),
    ("A", "time", L, "In what year did Edsger Dijkstra die?", None,
     "Dijkstra said, the problem he introduced 'in 1965'; no death"),
    ("A", "time", W, "When did FEMA approve Oregon's cost-share adjustment for the Labor Day wildfires?", None,
     "the adjustment said once, of 'our 2020 Labor Day wildfires'; no date of its approval"),
    ("A", "time", J, "When was the Quad Vaccine Partnership first proposed?", None,
     "the partnership's launch said ('earlier this year'); no proposal"),
    # batch B: 5 answerable, 6 unanswerable
    ("B", "time", S, "When did Biden convey the US response to Putin directly?",
     ["President Biden spoke with President Putin earlier this week and conveyed that directly."], None),
    ("B", "time", W, "When did wildfires burn more than 10 million acres in the West?",
     ["We’re remembering the horrific scenes from last year: orange skies that looked like end of days; smoke and "
      "ash that made the air dangerous to breathe; more than 10 million acres burned"], None),
    ("B", "time", S, "When did Treasury sanction people tied to Russia's occupation of Crimea?",
     ["Treasury — in partnership with the EU, UK, Australia, and Canada — today sanctioned eight individuals and "
      "entities associated with Russia’s ongoing occupation and repression in Crimea."], None),
    ("B", "time", W, "In what year did the Labor Day wildfires hit Oregon?",
     ["related to our 2020 Labor Day wildfires"], None),
    ("B", "time", W, "When will more communities apply for fire mitigation funding, as Biden hopes?",
     ["I encourage more communities to do so next year."], None),
    ("B", "time", S, "When was the National Wealth Fund of Russia created?", None,
     "the fund said once, as an issuer of bonds 'issued after June 14th, 2021'; no date of its making"),
    ("B", "time", J, "When did Japan and the US first set their 2030 climate goals?", None,
     "the 2030 goals said as to be met, beside net zero 'by 2050'; no date they were set"),
    ("B", "time", W, "When did Oregon set up its Office of Emergency Management?", None,
     "the office said once, staffed for 'this year's fire season'; no founding"),
    ("B", "time", W, "When was the Prescott Fire Department founded?", None,
     "the department said once, its tragedy 'eight years ago today'; no founding"),
    ("B", "time", L, "When did Edsger Dijkstra win the Turing Award?", None,
     "the Turing Award said of Lamport ('in 2013'), Dijkstra's problem 'in 1965'; no award of Dijkstra's"),
    ("B", "time", S, "When did Russia open its diplomatic mission in Washington?", None,
     "the Washington mission said once, 10 officials expelled 'today'; no opening"),
    # batch C (written after A had been read, before TIME_TENSE_AGREES and TIME_UNITS_AS_POINTS were frozen, and
    # committed before any run of it): near misses whose passage gives a time of the other side of now (a future act
    # asked, a past one said; or the reverse) or a bare unit of time; controls of the same forms: 5 answerable, 6
    # unanswerable
    ("C", "time", W, "When will the retention incentives get federal firefighters to at least $15 an hour?",
     ["This year we’re going to provide retention incentives that’s going to ensure federal wildland fires are — "
      "firefighters are making at least $15 an hour"], None),
    ("C", "time", S, "In what year will the course for policymakers on attributing cyber incidents be inaugurated?",
     ["We’re providing a first-of-its-kind course for policymakers worldwide on the policy and technical aspects of "
      "publicly attributing cyber incidents that will be inaugurated this year"], None),
    ("C", "time", W, "When did Biden spend time meeting with the military about the fires?",
     ["I spent yesterday — well, that’s not true — two days ago — meeting with — with our military."], None),
    ("C", "time", W, "When was it 123 degrees in Palm Springs?", ["We were 123 down in Palm Springs two days ago"], None),
    ("C", "time", W, "When did the 19 Granite Mountain Hotshot firefighters die?",
     ["That tragedy happened eight years ago today."], None),
    ("C", "time", W, "When will Biden next meet with the military about the wildfires?", None,
     "the meeting with the military said ('two days ago'); no next one"),
    ("C", "time", W, "When will Governor Newsom go back up to Siskiyou County?", None,
     "'We were up here yesterday' said; no return"),
    ("C", "time", W, "When will Biden next call Governor Brown for resources?", None,
     "'how many times I called you last year' said; no next call"),
    ("C", "time", S, "When will Biden and Putin hold their next phone call?", None,
     "the call 'earlier this week' said (and a summit proposed 'in the coming months'); no next call"),
    ("C", "time", J, "When did Biden host the Climate Leaders Summit?", None,
     "the summit is 'next week', after the recording; it has not been held"),
    ("C", "time", W, "When did the seasonal firefighter positions become permanent?", None,
     "the positions are to be made permanent 'for next year'; not yet done"),
]


def rows():
    """The question-file rows: (file, row), ids in nm64's ranges; an unanswerable row's category "near-miss"."""
    out = register_rows(ROWS, "nm64", 1, 5900, 5600, "nm64-{batch}")
    if "--only" in sys.argv:  # the rows of one batch (C was appended after A and B)
        out = [(path, row) for path, row in out if row["batch"] == sys.argv[sys.argv.index("--only") + 1]]
    for _, row in out:
        if not row["answerable"]:
            row["category"] = "near-miss"
    return out


def main() -> None:
    out = rows()
    register_batch_main(out, len(ROWS))
    if "--write" in sys.argv:
        for batch in sorted({row["batch"] for _, row in out}):
            (REPO / "bench" / "nm64" / f"{batch}.jsonl").write_text(
                "".join(json.dumps(row, ensure_ascii=False) + "\n" for _, row in out if row["batch"] == batch),
                encoding="utf-8")


if __name__ == "__main__":
    main()
