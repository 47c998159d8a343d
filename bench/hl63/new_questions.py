"""hl63's batches A and B: "when" questions (the answer type a point in time: `qa.answerable.answer_type`'s date),
written by reading the transcripts (the seed's press conference and the eight of ../shared/data/transcripts) before
any run. The gold is the one sentence that gives the time ("In the autumn of 2019, the EAEU and Serbia signed a free
trade agreement.", "Fire season, traditionally, lasts through October."); some say it without a point in time ("just
recently", "Today, ...", "the other day"), and a few ask a time the transcript does not give (unanswerable: seed ids
and dev-un ids), so that a rule that favours a point in time is read where it has nothing to find as well. Each gold
is written loosely and replaced by the transcript's own text (found exactly once). Writes bench/hl63/batch-A.jsonl and
batch-B.jsonl (and ids-A.txt, ids-B.txt); `--append` adds them to qa/data/seed_questions.jsonl,
bench/questions/real-dev.jsonl and bench/questions/unanswerable-dev.jsonl.

    .venv/bin/python bench/hl63/new_questions.py [--append]
    .venv/bin/python bench/hl63/new_questions.py --c [--append]    # batch C (bench/hl63/batch-C.jsonl)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import (LAMPORT, LAVROV_PRESS, REPO, SANCTIONS_CALL, SUGA_PRESS, WILDFIRES,  # noqa: E402
                              exact_quote)

SEED = LAVROV_PRESS
NOT_SAID = None  # an unanswerable question: the topic is said, the time is not

# (transcript, question, gold quotes or NOT_SAID with what is said)
A = [
    (SEED, "When was the Russian-Serbian Plan for Consultations for 2021-2022 signed?",
     ["which was signed during my visit to Belgrade in December 2020."]),
    (SEED, "In which year did NIS bring in 13 percent of Serbia's budget revenues?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."]),
    (SEED, "When did trade between Russia and Serbia go down?",
     ["Its co-chairs have already had three in-person meetings in the past few months where a wide range of issues "
      "were discussed, including additional measures to restore the steady upward trend in trade, which diminished "
      "last year for obvious reasons."]),
    (SEED, "When did Washington put eight Russian government officials on a sanctions list?",
     ["some time ago (before President Joe Biden announced the package the other day), the Americans added eight "
      "Russian government officials"]),
    (SEED, "When will Moscow publish its own list of eight Washington officials?",
     ["Today we will publish a list of eight officials representing the upper echelons of the administration in "
      "Washington."]),
    (SEED, "When is the Belgrade plant due to begin turning out Sputnik V?",
     ["We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution "
      "here."]),
    (SEED, "When did the United States pull out of the Open Skies Treaty?", NOT_SAID,
     "the withdrawal said; no time"),
    (SANCTIONS_CALL, "When did the Biden administration announce its response to the poisoning of Navalny?",
     ["On March 2nd, the Biden administration, in coordination with several key allies and partners, announced our "
      "response to Russia’s use of a chemical weapon to poison Aleksey Navalny."]),
    (SANCTIONS_CALL, "From what date of issue are the Russian bonds covered by the Treasury directive?",
     ["financial institutions from participation in the primary market for ruble or non-ruble denominated bonds "
      "issued after June 14th, 2021"]),
    (SANCTIONS_CALL, "When did Biden tell Putin the US would respond to SolarWinds and the election interference?",
     ["Then, earlier this week, the President spoke with President Putin again and told him, true to his word, that "
      "the United States would in fact be executing responses to the cyber intrusion of SolarWinds and the "
      "interference in the 2020 election."]),
    (SANCTIONS_CALL, "When were measures like these debt sanctions taken before?",
     ["We just looked back to 2014 and 2015, also 2019, when similar measures were taken."]),
    (SANCTIONS_CALL, "When were the six SVR-supporting companies founded?", NOT_SAID,
     "the six companies designated; no founding date"),
    (WILDFIRES, "When did Biden find out some federal firefighters earn under $13 an hour?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."]),
    (WILDFIRES, "When does the fire season usually end?", ["Fire season, traditionally, lasts through October."]),
    (WILDFIRES, "When did the tragedy Biden recalls with the firefighters happen?",
     ["That tragedy happened eight years ago today."]),
    (WILDFIRES, "When did the period of Oregon's four federal disaster declarations begin?",
     ["We’ve had four federal disaster declarations in my state since April of 2020."]),
    (WILDFIRES, "When did Palm Springs reach 123 degrees?", ["We were 123 down in Palm Springs two days ago"]),
    (WILDFIRES, "When will Sonoma County receive the $37 million grant money?", NOT_SAID,
     "the grant announced; no payment date"),
    (SUGA_PRESS, "When will Biden host the Climate Leaders Summit?",
     ["Next week, I’ll be hosting the Climate Leaders Summit"]),
    (SUGA_PRESS, "When did the two leaders mark the anniversary of the earthquake and tsunami?",
     ["Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster that "
      "cost so many lives in Japan."]),
    (SUGA_PRESS, "When does Suga want the Tokyo Olympics to happen?",
     ["I told the President about my determination to realize the Tokyo Olympic and Paralympic Games this summer as "
      "a symbol of a global unity."]),
    (SUGA_PRESS, "When will the CORE partnership's first projects start?", NOT_SAID,
     "CORE announced; no start date"),
    (LAMPORT, "When did Lamport begin programming?",
     ["Well, the big change since I started - and I started programming in 1957 - is that now nobody can understand "
      "programs."]),
    (LAMPORT, "When did the hardware designers have the insight Lamport mentions?",
     ["I realized they had that insight in 1983."]),
]

B = [
    (SEED, "When did the EAEU and Belgrade sign their free trade deal?",
     ["In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."]),
    (SEED, "When were the first tests at the Belgrade vaccine plant carried out?",
     ["The first tests were conducted there just recently, and they were successful."]),
    (SEED, "When will the Foreign Ministry put out its statement on the approved measures?",
     ["Literally right after the news conference, we will issue the Foreign Ministry’s statement on measures that "
      "were approved by President of Russia Vladimir Putin"]),
    (SEED, "When did Ushakov suggest that Sullivan go home for consultations?",
     ["Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
      "consultations."]),
    (SEED, "When did the co-chairs of the intergovernmental committee meet in person?",
     ["Its co-chairs have already had three in-person meetings in the past few months"]),
    (SEED, "When did the Russian ambassador in Belgrade say Russia was ready to join the Belgrade-Pristina dialogue?",
     ["Russian Ambassador to Serbia Alexander Botsan-Kharchenko said in Belgrade yesterday that Russia is ready to "
      "join the dialogue of Belgrade and Pristina on the condition that it is mediated by Russia."]),
    (SEED, "When will Russia answer Poland's expulsion of its diplomats?", NOT_SAID,
     "the response to Poland said; no time"),
    (SANCTIONS_CALL, "When was the earlier assessment of the SolarWinds incident made?",
     ["This is an update to the January 5th, 2021, assessment by the previous administration that this incident was, "
      "quote, “likely of Russian origin.”"]),
    (SANCTIONS_CALL, "When will the course on publicly attributing cyber incidents be launched?",
     ["We’re providing a first-of-its-kind course for policymakers worldwide on the policy and technical aspects of "
      "publicly attributing cyber incidents that will be inaugurated this year"]),
    (SANCTIONS_CALL, "When did Russia spend foreign reserves to defend the ruble?",
     ["Previously in 2014, Russia decided to spend some of its foreign reserves to defend the currency."]),
    (SANCTIONS_CALL, "When did Russia encourage attacks on coalition personnel in Afghanistan?",
     ["and coalition personnel in Afghanistan in 2019 and perhaps earlier"]),
    (SANCTIONS_CALL, "When did the SVR first break into the SolarWinds software?", NOT_SAID,
     "the intrusion said; no time of it"),
    (WILDFIRES, "When does Biden want some seasonal firefighter jobs to become permanent?",
     ["And for next year, we’re working to make more than — of those positions, permanent positions"]),
    (WILDFIRES, "When did Biden visit the burned scene at Paradise?",
     ["As a senator, I have visited the scene, while the embers were still smoldering"]),
    (WILDFIRES, "When was the heat dome over the West Coast?",
     ["We had, last year, a heat dome over the West Coast of the United States"]),
    (WILDFIRES, "When were the Oregon wildfires whose cost-share was raised to 100 percent?",
     ["And with that in mind, I do want to say thank you for approving our cost-share adjustment related to our 2020 "
      "Labor Day wildfires at 100 percent for Oregon"]),
    (WILDFIRES, "When will the new federal firefighter pay of $15 an hour start?", NOT_SAID,
     "the pay said for this year; no start date"),
    (SUGA_PRESS, "When did Japan, the US, India and Australia launch the Quad Vaccine Partnership?",
     ["Earlier this year, we — together with India and Australia — launched the landmark Quad Vaccine "
      "Partnership"]),
    (SUGA_PRESS, "When do Japan and the United States aim to reach net-zero emissions?",
     ["Japan and the United States are both committed to achieving net-zero emissions by 2050"]),
    (SUGA_PRESS, "When did Matsuyama win the Green Jacket?",
     ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
      "week."]),
    (SUGA_PRESS, "When, by Suga's account, did the Japanese and American foreign and defence chiefs hold their "
                 "two-plus-two?",
     ["two-plus-two held last month"]),
    (SUGA_PRESS, "When will the Mansfield Fellowship exchanges start again?", NOT_SAID,
     "the resumption agreed; no date"),
    (LAMPORT, "When did Lamport win the Turing Award?",
     ["Well, at the top I mentioned this Turing Award which you won in 2013 for your work with distributed systems"]),
    (LAMPORT, "When was Lamport unaware that computer science existed?",
     ["Actually, I wasn't even aware that there was such a thing as computer science, because that was in 1972"]),
]

# batch C, written after B (unmoved: its "when" questions were highlighted right with the rule off) and before any run
# of C, the rule frozen: "when" questions whose words are those of the sentence beside the one that says the time
# (the form of the dev gains: "... Russian vaccine Sputnik V ..." before "... scheduled for May ...")
C = [
    (SEED, "When did Serbia and the Eurasian Economic Union sign their free trade agreement, in Lavrov's account of "
           "their cooperation?", ["In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."]),
    (SEED, "When will the Russian vaccine behind Serbia's high vaccination rate start being made in Belgrade?",
     ["We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution "
      "here."]),
    (SEED, "When did the engine of Serbia's economy account for 13 percent of the budget revenues?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."]),
    (SEED, "When was the plan for consultations between the two foreign ministries signed in Belgrade?",
     ["which was signed during my visit to Belgrade in December 2020."]),
    (SEED, "When did Russian-Serbian trade fall off, as the intergovernmental committee's co-chairs discussed?",
     ["Its co-chairs have already had three in-person meetings in the past few months where a wide range of issues "
      "were discussed, including additional measures to restore the steady upward trend in trade, which diminished "
      "last year for obvious reasons."]),
    (SEED, "When were the first tests run at the Sputnik V production site in Belgrade?",
     ["The first tests were conducted there just recently, and they were successful."]),
    (WILDFIRES, "When did the tragedy of the 19 Granite Mountain Hotshot firefighters happen?",
     ["That tragedy happened eight years ago today."]),
    (WILDFIRES, "When was the heat dome that led to 12,000 lightning strikes in 24 hours?",
     ["We had, last year, a heat dome over the West Coast of the United States"]),
    (WILDFIRES, "When did Biden learn how little some federal firefighters are paid?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."]),
    (WILDFIRES, "When did the record-breaking heat hit Oregon's Willamette Valley?",
     ["Just this weekend, my state of Oregon experienced three consecutive days of record-breaking high temperatures "
      "across the Willamette Valley, reaching upwards of 117 degrees."]),
    (SANCTIONS_CALL, "When does the prohibition on newly issued ruble sovereign debt come into effect?",
     ["You should also know that the prohibition comes into effect on June 14 of this year.",
      "The sovereign debt prohibitions come into effect on June 14 of this year."]),
    (SANCTIONS_CALL, "When did the President speak with President Putin again before the actions?",
     ["Then, earlier this week, the President spoke with President Putin again and told him, true to his word, that "
      "the United States would in fact be executing responses to the cyber intrusion of SolarWinds and the "
      "interference in the 2020 election."]),
    (SUGA_PRESS, "When will Biden host the summit that rallies nations to ambitious climate commitments?",
     ["Next week, I’ll be hosting the Climate Leaders Summit"]),
    (SUGA_PRESS, "When is the Glasgow climate summit to be held?",
     ["to rally key nations of the world to making ambitious climate commitments in the lead up to the Glasgow summit "
      "later this year."]),
    (LAMPORT, "When was the mutual exclusion problem of processes sharing a printer introduced by Dijkstra?",
     ["And the problem was recognized as being important and introduced by Edsger Dijkstra, I think it was in 1965."]),
    (SUGA_PRESS, "When did Japan and the US mark the anniversary of the disaster that cost so many lives in Japan?",
     ["Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster that "
      "cost so many lives in Japan."]),
]


def rows(items, batch: str, firsts: tuple[int, int, int]) -> list[tuple[str, dict]]:
    """(file, row) for each item: seed ids seed-N, real dev-hl63-NNN, unanswerable dev-un-N (seed unanswerable ones
    stay in the seed file, as the seed's near misses do)."""
    from qa.evaluate.questions import find_quote
    out, (seed_no, real_no, un_no) = [], firsts
    for transcript, question, golds, *absent in items:
        seed = transcript == SEED
        if seed:
            qid, seed_no, path = f"seed-{seed_no}", seed_no + 1, "qa/data/seed_questions.jsonl"
        elif golds:
            qid, real_no, path = f"dev-hl63-{real_no:03d}", real_no + 1, "bench/questions/real-dev.jsonl"
        else:
            qid, un_no, path = f"dev-un-{un_no}", un_no + 1, "bench/questions/unanswerable-dev.jsonl"
        row = {"id": qid, "question": question, "transcript": transcript}
        if golds:
            quotes = [exact_quote(transcript, g, SEED) for g in golds]
            source = REPO / "corpus" / transcript if seed else REPO.parent / "shared/data/transcripts" / transcript
            text = source.read_text(encoding="utf-8")
            for q in quotes:
                assert find_quote(text, q), (qid, q)
            row.update({"gold_quotes": quotes, "answerable": True, "category": "hl63-when"})
        else:
            row.update({"answerable": False, "category": "near-miss", "absent": absent[0],
                        "reference_answer": "Not said: the recordings never say this."})
        row.update({"kind": f"hl63-{batch}", "batch": batch})
        out.append((path, row))
    return out


def main() -> None:
    batches = {"A": rows(A, "A", (5000, 1, 5500)), "B": rows(B, "B", (5025, 41, 5510))}
    if "--c" in sys.argv:  # batch C alone (written after B was run; appended once with --c --append)
        batches = {"C": rows(C, "C", (5040, 81, 5515))}
    for name, batch in batches.items():
        (HERE / f"batch-{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for _, r in batch),
                                                  encoding="utf-8")
        (HERE / f"ids-{name}.txt").write_text("^(" + "|".join(r["id"] for _, r in batch) + ")$\n", encoding="utf-8")
        print(name, len(batch), "questions:", sum(r["id"].startswith("seed-") for _, r in batch), "seed,",
              sum(not r["answerable"] for _, r in batch), "unanswerable")
    if "--append" in sys.argv:
        for _, batch in batches.items():
            for path, row in batch:
                with open(REPO / path, "a", encoding="utf-8") as f:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
