"""Writes nm65's batches A and B (appended to the dev question files, with copies bench/nm65/A.jsonl and B.jsonl):
time questions asked alone ("When did / will / was ...?", "In what year ...?": `qa.answerable.asks_time`) over the
shared transcripts. Near misses: the topic is said, and the passage that says it gives a time of ANOTHER act of the
same topic and tense (the award won "in 2013" for when Lamport was nominated, the free trade agreement signed "in the
autumn of 2019" for when its talks opened), while the time asked is never said (the `absent` field). Answerable
controls of the same form, whose time is said. Written from the transcripts before the system was run on any of them
and committed before any run; A is read while the rule's constant is set, B run once after it is frozen; C (the
rule's own form: a topic thin in the transcripts) written after the freeze, before any run of B or C, run once.
Unanswerable rows carry category "near-miss".

    PYTHONPATH=. .venv/bin/python bench/nm65/write_batches.py [--write] [--only C]
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, LAVROV_PRESS as R, AGENTIC as AG,
    BAGGING as BG, WEB_VITALS as WV, register_batch_main, register_rows)

# (batch, form, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # batch A: 8 answerable, 13 unanswerable
    ("A", "time", L, "When was Lamport given the Turing Award?", ["Turing Award which you won in 2013"], None),
    ("A", "time", R, "When was the Plan for Consultations between the Russian and Serbian foreign ministries signed?",
     ["which was signed during my visit to Belgrade in December 2020"], None),
    ("A", "time", S, "When does the ban on dealing in the new Russian sovereign bonds come into effect?",
     ["You should also know that the prohibition comes into effect on June 14 of this year."], None),
    ("A", "time", W, "When did Biden find out that some federal firefighters earn under $13 an hour?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."], None),
    ("A", "time", J, "When did the US and Japan mark ten years since the earthquake and tsunami?",
     ["Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster"],
     None),
    ("A", "time", R, "When is the production of Sputnik V in Belgrade set to launch?",
     ["We expect the launch of Sputnik V production in Belgrade scheduled for May"], None),
    ("A", "time", J, "When did the two leaders agree to resume the Mansfield Fellowship Program?",
     ["And I’m especially proud that today we agreed to resume what we call"], None),
    ("A", "time", S, "When will the CYBER FLAG exercise that the UK and France help plan take place?",
     ["agreed to join in the planning for this year CYBER FLAG exercise."], None),
    ("A", "time", L, "When did the hardware designers ship their first multiprocessor?", None,
     "the designers' insight said ('in 1983'); no shipping of a machine"),
    ("A", "time", L, "When was Lamport nominated for the Turing Award?", None,
     "the award won 'in 2013' said; no nomination"),
    ("A", "time", R, "When did the EAEU and Serbia open talks on a free trade agreement?", None,
     "the agreement signed 'in the autumn of 2019' said; no opening of talks"),
    ("A", "time", R, "When will Lavrov next travel to Belgrade?", None,
     "his visit to Belgrade 'in December 2020' said; no next one"),
    ("A", "time", R, "When did Botsan-Kharchenko take up his post as ambassador in Belgrade?", None,
     "what he said 'yesterday' said; no start of his post"),
    ("A", "time", R, "When did Gazprom Neft become the main investor in NIS?", None,
     "NIS's share of budget revenues 'last year' said; no investment date"),
    ("A", "time", S, "When did Aleksey Navalny return to Russia?", None,
     "the response to his poisoning 'on March 2nd' said; no return"),
    ("A", "time", S, "When will the ban on buying the new Russian bonds be lifted?", None,
     "the ban's start 'on June 14' said; no end"),
    ("A", "time", J, "When was the Mansfield Fellowship Program first set up?", None,
     "its resumption 'today' said, Mansfield's coming to the Senate; no founding"),
    ("A", "time", J, "When did Matsuyama first play in the Masters?", None,
     "his win 'this week' said; no first appearance"),
    ("A", "time", W, "When did federal firefighters last get a pay raise?", None,
     "what Biden learned 'last week' said; no raise"),
    ("A", "time", W, "When did Sonoma County apply for the federal mitigation grant?", None,
     "the grant announced 'today' said; no application"),
    ("A", "time", S, "When did the SVR first get into the SolarWinds software?", None,
     "the assessment of 'January 5th, 2021' said; no date of the intrusion"),
    # batch B: 7 answerable, 13 unanswerable
    ("B", "time", S, "When did Biden tell Putin that the US would respond to the SolarWinds intrusion?",
     ["Then, earlier this week, the President spoke with President Putin again and told him, true to his word, "
      "that the United States would in fact be executing responses to the cyber intrusion of SolarWinds"], None),
    ("B", "time", S, "When did the administration and its allies announce their response to the Navalny poisoning?",
     ["On March 2nd, the Biden administration, in coordination with several key allies and partners, announced our "
      "response to Russia’s use of a chemical weapon to poison Aleksey Navalny."], None),
    ("B", "time", W, "When did Newsom get the FMAG approved for the Lava Fire?",
     ["I didn’t have to make a call to you to get the FMAG approved yesterday, up here in Siskiyou County, for the "
      "largest of the wildfires — the Lava Fire"], None),
    ("B", "time", J, "When did Matsuyama take home the Green Jacket?",
     ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
      "week."], None),
    ("B", "time", R, "In what year did the EAEU and Serbia sign a free trade agreement?",
     ["In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."], None),
    ("B", "time", W, "When did Palm Springs hit 123 degrees?",
     ["We were 123 down in Palm Springs two days ago"], None),
    ("B", "time", W, "When did the West Coast have a heat dome, according to Newsom?",
     ["We had, last year, a heat dome over the West Coast of the United States"], None),
    ("B", "time", R, "When will the EAEU's free trade agreement with Serbia expire?", None,
     "its signing 'in the autumn of 2019' said; no expiry"),
    ("B", "time", R, "When did the Plan for Consultations between the two foreign ministries come into force?", None,
     "its signing 'in December 2020' said; no entry into force"),
    ("B", "time", R, "When did construction of the Sputnik V plant in Belgrade finish?", None,
     "the launch of production 'scheduled for May' said; no end of construction"),
    ("B", "time", S, "When was SolarWinds founded as a company?", None,
     "the assessment of 'January 5th, 2021' said; no founding"),
    ("B", "time", S, "When will the CYBER FLAG exercise end?", None,
     "the exercise 'this year' said; no end"),
    ("B", "time", S, "When did Putin reply to Biden about the SolarWinds responses?", None,
     "Biden's call 'earlier this week' said; no reply of Putin's"),
    ("B", "time", J, "When did Suga become leader of his party?", None,
     "'today's summit', 'last month's' anniversary said; no party leadership"),
    ("B", "time", J, "When did the Japanese boy who won the Masters turn twenty?", None,
     "his win 'this week' said; no age"),
    ("B", "time", W, "When did Kate Brown first become governor of Oregon?", None,
     "the declarations 'since April of 2020', the calls 'last year' said; no taking of office"),
    ("B", "time", W, "When will Sonoma County finish spending its $37 million grant?", None,
     "the grant announced 'today' said; no end of spending"),
    ("B", "time", W, "When did the heat dome over the West Coast first form?", None,
     "the heat dome 'last year' said; no start of it"),
    ("B", "time", L, "When did Lamport first meet Edsger Dijkstra?", None,
     "Dijkstra's problem 'in 1965' said; no meeting"),
    ("B", "time", L, "In what year did Lamport retire from Microsoft Research?", None,
     "'before I retire' said of a hope, the program 'in 1957'; no retirement"),
    # batch C (written after A had been read and the rule frozen at 2cbf922, committed before any run of B or C): the
    # rule's own form, near misses whose topic is thin in the transcripts, so that the passage cited with a time may
    # be of another recording; controls of the same form: 5 answerable, 9 unanswerable
    ("C", "time", W, "When did Oregon have more than 2,000 fires?",
     ["Last year, we had more than 2,000 fires that burned over a million acres."], None),
    ("C", "time", W, "When is the fire season traditionally over?",
     ["Fire season, traditionally, lasts through October."], None),
    ("C", "time", J, "When are the Tokyo Olympics and Paralympics planned for?",
     ["regarding the Tokyo Olympics and the Paralympics planned for this summer."], None),
    ("C", "time", J, "When are Biden and Suga releasing their joint leaders statement?",
     ["Based on such outcome of our meeting today, we are releasing the"], None),
    ("C", "time", R, "When did NIS account for 13 percent of Serbia's budget revenues?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."], None),
    ("C", "time", AG, "When did Anthropic publish its guide on building agents?", None,
     "Anthropic's document named; no date"),
    ("C", "time", AG, "When did the presenter first build an agent in N8N?", None,
     "N8N's drag and drop named; no date"),
    ("C", "time", BG, "When did the lecturer start teaching the bagging course?", None,
     "the lecture's chapter named; no date"),
    ("C", "time", BG, "In what year was bagging first proposed?", None, "bagging taught; no year"),
    ("C", "time", WV, "When did Google make Core Web Vitals a ranking signal?", None,
     "the metrics taught; no date of a ranking change"),
    ("C", "time", L, "When did Jerod Santo start hosting The Changelog?", None, "the host speaks; no start"),
    ("C", "time", R, "When did Selakovic become Serbia's foreign minister?", None,
     "Selakovic named as foreign minister; no date"),
    ("C", "time", W, "When did Gavin Newsom become governor of California?", None,
     "Newsom speaks as governor; no date"),
    ("C", "time", S, "When was the SVR founded?", None, "the SVR named as the actor; no founding"),
]


def rows():
    """The question-file rows: (file, row), ids in nm65's ranges; an unanswerable row's category "near-miss"."""
    out = register_rows(ROWS, "nm65", 1, 6120, 5950, "nm65-{batch}")
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
            (REPO / "bench" / "nm65" / f"{batch}.jsonl").write_text(
                "".join(json.dumps(row, ensure_ascii=False) + "\n" for _, row in out if row["batch"] == batch),
                encoding="utf-8")


if __name__ == "__main__":
    main()
