"""Writes spk59's batches A and B (absent speakers and their controls) as JSON lines under bench/spk59/ and appends
them to the dev files. Each unanswerable's person was checked by grep never to speak in its transcript (no label, no
turn); each control's person speaks there and its gold is verbatim. Run once."""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WF = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SG = "wh-biden-suga-press-conference-2021-04-16.md"
BG = "wh-background-press-call-russia-sanctions-2021-04-15.md"
LV = "lavrov-selakovic-press-conference-2021-04-16.txt"
CL = "changelog-552-leslie-lamport-interview.md"
CW = "core-web-vitals-lecture-whisper.json"
AG = "agentic-ai-explained-youtube-captions.vtt"
RF = "i2ml-random-forest-bagging-lecture.srt"

# (question, transcript, form, why) -- unanswerable
UN_A = [
    ("any comment from the mayor on getting people evacuated?", WF, "title-role", "no mayor speaks or is named"),
    ("What did the fire chief say about the Good Neighbor Authority?", WF, "title-of-mentioned",
     "Chief Christiansen is only seen on screen by Governor Brown; he never speaks"),
    ("What did Chief Christiansen say about timber for the mills?", WF, "mentioned-non-speaker",
     "Christiansen is only named by Governor Brown"),
    ("did Polis weigh in on paying federal firefighters more?", WF, "weigh-in",
     "Polis is only thanked by Newsom; he never speaks"),
    ("Inslee's view on the heat dome", WF, "x-view", "Inslee is only named by Newsom"),
    ("according to Jay, how bad was the heat up in washington state", WF, "first-name-only",
     "no Jay speaks (Inslee, named only by surname, never speaks)"),
    ("what did the utility leaders say about power lines starting fires", WF, "group-addressed",
     "Biden addresses the utility leaders; none speaks"),
    ("what did Arnie say about forest management", WF, "nickname", "no Arnold / Schwarzenegger in the recording"),
    ("What was Harris's answer on the Tokyo Olympics?", SG, "speaker-other-recording",
     "Harris speaks in the wildfire meeting, not at the Suga press conference, where she is only thanked"),
    ("Did Motegi weigh in on the Senkaku islands?", SG, "plausible-participant", "no Motegi in the recording"),
    ("the chief cabinet secretary's view on vaccine supply", SG, "title-role", "no chief cabinet secretary"),
    ("what did the Fox News reporter ask about Taiwan", SG, "plausible-participant",
     "the reporters are from Sankei and others; no Fox News"),
    ("What did Putin say about the sanctions on sovereign debt?", BG, "mentioned-non-speaker",
     "Putin is only named by the officials"),
    ("Did Secretary Blinken weigh in on expelling the Russian diplomats?", BG, "plausible-participant",
     "no Blinken; only senior administration officials speak"),
    ("what did the moderator say at the start of the call", BG, "title-role",
     "the call has no moderator turn; officials and Q only"),
    ("Selakovic's answer to the question about a Greater Albania", LV, "x-answer-to",
     "Selakovic is named by Lavrov; only Lavrov and Question speak"),
    ("Did Antonov weigh in on the US sanctions?", LV, "weigh-in", "Antonov is only named by Lavrov"),
    ("the Kosovo prime minister's view on the Greater Albania idea", LV, "title-of-mentioned",
     "Kurti is named in a question; he never speaks"),
    ("What did Knuth say about LaTeX being built on top of TeX?", CL, "mentioned-non-speaker",
     "Knuth is named by Lamport and Jerod; he never speaks"),
    ("did Dijkstra weigh in on the bakery algorithm?", CL, "weigh-in", "Dijkstra is only named by Lamport"),
    ("Adam's view on TLA+", CL, "first-name-only", "no Adam speaks; the interview is Jerod and Lamport only"),
    ("what did the guest speaker say about cumulative layout shift", CW, "title-role",
     "one narrator, no guest"),
    ("according to Andrew Ng, what makes an AI system agentic", AG, "according-to",
     "no Andrew Ng in the video"),
    ("what did the teaching assistant say about bagging", RF, "title-role", "one lecturer, no TA"),
]
SEED_UN_A = [
    ("What was Selakovic's answer about producing Sputnik V in Serbia?", "x-answer-to",
     "Selakovic is named by Lavrov; only Lavrov and Question speak"),
    ("did the Foreign Ministry spokeswoman weigh in on the US ambassador?", "title-role",
     "no spokeswoman speaks"),
    ("Putin's view on a Greater Albania", "mentioned-non-speaker", "Putin is named by Lavrov; he never speaks"),
    ("what did Nikola say about Kosovo", "first-name-only", "Nikola Selakovic is named by Lavrov; never speaks"),
    ("According to the EU foreign policy chief, who are Pristina's patrons?", "according-to-title",
     "no EU official speaks"),
    ("what did Jansa say about the break-up of Yugoslavia", "mentioned-non-speaker",
     "Jansa's non-paper is named in a question; he never speaks"),
]
# (question, transcript, form, gold)
CTRL_A = [
    ("did Newsom weigh in on paying firefighters more?", WF, "weigh-in",
     "Music to my ears, “We got to pay our firefighters, federally, more.”"),
    ("Kate Brown's view on the Good Neighbor Authority", WF, "x-view",
     "It creates jobs, creates healthy landscapes, and reduces wildfire risk."),
    ("according to Kamala, what's worth grabbing when you evacuate", WF, "first-name-only",
     "the most things we can grab that are the most valuable are family photographs"),
    ("what did the governor of California say about the heat dome", WF, "title-role",
     "But that led to 12,000 lightning strikes in 24 hours"),
    ("What was the prime minister's answer on the Tokyo Olympics?", SG, "x-answer-to",
     "I told the President about my determination to realize the Tokyo Olympic and Paralympic Games this summer"),
    ("Did Suga weigh in on violence against Asian people?", SG, "weigh-in",
     "I discussed the increase of discriminations or violences against Asian people across the U.S."),
    ("What did the senior official say about the Taliban bounties?", BG, "title-role",
     "the IC has low to moderate confidence in this"),
    ("what did Eamon ask about ruble-denominated debt", BG, "first-name-only",
     "any calculations made about what the impact is of limiting access to ruble-denominated debt"),
    ("according to Lavrov, who continues consultations", LV, "according-to",
     "Anatoly Antonov continues consultations."),
    ("Sergey's view on a Greater Albania", LV, "first-name-only",
     "These are unacceptable, provocative and very harmful statements."),
    ("What did the host say about how Knuth pronounced TeX?", CL, "title-role",
     "And Knuth called it Tech, even though it was Tex, is that right?"),
    ("Leslie's answer on who introduced the mutual exclusion problem", CL, "x-answer-to",
     "introduced by Edsger Dijkstra, I think it was in 1965"),
]
SEED_CTRL_A = [
    ("according to the Russian foreign minister, is Resolution 1244 still in force", "according-to-title",
     "There is UN Security Council Resolution 1244, it has not been cancelled."),
    ("did Sergey weigh in on forcing services on friends?", "weigh-in",
     "We do not force our services on anyone, especially not on our friends."),
    ("Lavrov's answer on when the response measures will be announced", "x-answer-to",
     "Literally right after the news conference, we will issue the Foreign Ministry’s statement"),
]

UN_B = [
    ("What did Sisolak say about the mutual aid system?", WF, "mentioned-non-speaker",
     "Sisolak is only thanked by Newsom"),
    ("did the Forest Service chief weigh in on prescribed burns", WF, "title-role",
     "the Forest Service is thanked; no chief of it speaks"),
    ("according to the Utah governor, how dry is it this June", WF, "title-of-place-mentioned",
     "Utah is named by Biden; no governor of Utah speaks"),
    ("the county sheriff's view on evacuations", WF, "title-role", "no sheriff"),
    ("what did the firefighters from Israel say about the California fires", WF, "group-mentioned",
     "Newsom says firefighters from Israel came; none speaks"),
    ("Jared's take on federal firefighter pay", WF, "first-name-only", "no Jared speaks (Polis never speaks)"),
    ("Did the Vice President weigh in on the Taiwan Strait?", SG, "title-of-other-recording",
     "Harris is only thanked by Suga; the vice president speaks in the wildfire meeting only"),
    ("What did the Chinese foreign ministry spokesman say about the joint statement?", SG, "plausible-participant",
     "no Chinese official speaks"),
    ("Governor Newsom's answer on Japan's vaccine supply", SG, "speaker-other-recording",
     "Newsom speaks in the wildfire meeting, not at the Suga press conference"),
    ("According to Xi, what is the status of Taiwan?", SG, "according-to",
     "no Xi (Xinjiang is named); no Chinese speaker"),
    ("Yellen's view on the ban on buying sovereign debt", BG, "plausible-participant", "no Yellen"),
    ("what did the press secretary say to open the call", BG, "title-role", "no press secretary speaks"),
    ("Lavrov's reaction to the expulsions", BG, "speaker-other-recording",
     "Lavrov speaks at his own press conference, not on the background call"),
    ("What did Jansa say about redrawing borders in the Balkans?", LV, "mentioned-non-speaker",
     "Jansa is named in a question; never speaks"),
    ("did the US ambassador weigh in on the consultations", LV, "title-of-mentioned",
     "Sullivan is named; he never speaks"),
    ("the Albanian prime minister's view on a Greater Albania", LV, "plausible-participant",
     "no Albanian official speaks"),
    ("What did Paul Johnson say about the time clocks paper?", CL, "mentioned-non-speaker",
     "Paul Johnson is named by Lamport; never speaks"),
    ("the Microsoft Research director's take on TLA+", CL, "title-role", "no such person speaks"),
    ("according to Don, why is it pronounced tech", CL, "first-name-of-mentioned",
     "Don Knuth is named by Lamport; never speaks"),
    ("what did the co-presenter say about first input delay", CW, "title-role", "one narrator"),
    ("what did the interviewer ask about AI agents", AG, "title-role", "one narrator; no interviewer"),
    ("what did Leo say about random forests", RF, "first-name-only", "one lecturer; no Leo"),
    ("did the students weigh in on out-of-bag error", RF, "group-role", "no student speaks"),
    ("Kurti's answer on a Greater Albania", LV, "x-answer-to", "Kurti is named in a question; never speaks"),
]
SEED_UN_B = [
    ("Did Nikola weigh in on the Russian vaccine?", "first-name-only",
     "Nikola Selakovic is named by Lavrov; never speaks"),
    ("Peskov's answer on the US sanctions", "plausible-participant", "no Peskov"),
    ("what was Blinken's response to Lavrov on the expulsions", "plausible-participant", "no Blinken"),
    ("the EU envoy for the Balkans' view on Pristina", "title-role", "no EU official speaks"),
    ("what did Vladimir say about the response measures", "first-name-of-mentioned",
     "Vladimir Putin is named; he never speaks"),
    ("according to the Serbian foreign minister, what did the two sides agree", "according-to-title",
     "Selakovic is named; only Lavrov and Question speak"),
]
CTRL_B = [
    ("Did Harris weigh in on water recycling?", WF, "weigh-in",
     "We’re thinking about recycling and all that we know is available to us"),
    ("Gavin's view on the mutual aid system", WF, "first-name-only",
     "The mutual aid system has been stretched in this country."),
    ("according to Governor Brown, how many fires burned last year", WF, "according-to",
     "Last year, we had more than 2,000 fires that burned over a million acres."),
    ("what did the president say federal firefighters were paid", WF, "title-role",
     "some of our federal firefighters are being paid less than $13 an hour"),
    ("according to the Japanese prime minister, what did they agree about the China seas", SG, "according-to-title",
     "We agreed to oppose any attempts to change the status quo by force or coercion in the East and South China Seas"),
    ("Yoshihide's view on the alliance with the US", SG, "first-name-only",
     "The United States is Japan’s best friend."),
    ("What did the NPR reporter ask about Russia escalating?", BG, "title-role",
     "If Russia escalates, what are you expecting to do?"),
    ("the administration official's answer on the Taliban reports", BG, "x-answer-to",
     "the IC has low to moderate confidence in this"),
    ("what did the journalist ask about Kosovo", LV, "title-role",
     "as a real, tenable idea and a solution to the Kosovo problem?"),
    ("Lavrov's take on things in Washington", LV, "x-view",
     "some things in Washington are not entirely comprehensible"),
    ("did Lamport weigh in on which was his first concurrent algorithm", CL, "weigh-in",
     "that was the first concurrent algorithm that I wrote"),
    ("what did Jerod say about the pronunciation controversy", CL, "first-name-only",
     "I was reading about this controversy, the pronunciation controversy."),
]
SEED_CTRL_B = [
    ("according to Sergey Lavrov, does Russia impose anything on Serbia", "according-to", "We do not impose anything."),
    ("the Russian minister's view on the Greater Albania talk", "x-view",
     "Talk of a Greater Albania has been going on for years."),
    ("what did the reporter ask about the Western Balkans", "title-role",
     "You spoke with your colleague from Serbia about international and regional problems in the Western Balkans."),
]


def rows():
    real, unans, seed = [], [], []
    for batch, un, sun, ctrl, sctrl, un0, s0, c0, sc0 in (
            ("A", UN_A, SEED_UN_A, CTRL_A, SEED_CTRL_A, 5200, 4520, 1, 4526),
            ("B", UN_B, SEED_UN_B, CTRL_B, SEED_CTRL_B, 5230, 4530, 21, 4536)):
        for i, (q, t, form, why) in enumerate(un):
            unans.append({"id": f"dev-un-{un0 + i}", "question": q, "transcript": t, "answerable": False,
                          "category": "absent-speaker", "kind": "spk59", "batch": batch, "form": form,
                          "reference_answer": f"Not answered: {why}"})
        for i, (q, form, why) in enumerate(sun):
            seed.append({"id": f"seed-{s0 + i}", "question": q, "transcript": LV, "answerable": False,
                         "category": "absent-speaker", "kind": "spk59", "batch": batch, "form": form,
                         "reference_answer": f"Not answered: {why}"})
        for i, (q, t, form, gold) in enumerate(ctrl):
            real.append({"id": f"dev-spk59-{c0 + i}", "question": q, "transcript": t, "gold_quotes": [gold],
                         "category": "speaker-control", "kind": "spk59", "batch": batch, "form": form})
        for i, (q, form, gold) in enumerate(sctrl):
            seed.append({"id": f"seed-{sc0 + i}", "question": q, "transcript": LV, "gold_quotes": [gold],
                         "category": "speaker-control", "kind": "spk59", "batch": batch, "form": form})
    return real, unans, seed


def main():
    real, unans, seed = rows()
    out = REPO / "bench" / "spk59"
    for batch in "AB":
        with open(out / f"batch-{batch}.jsonl", "w", encoding="utf-8") as f:
            for r in real + unans + seed:
                if r["batch"] == batch:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--append" in sys.argv:
        for rs, path in ((real, "bench/questions/real-dev.jsonl"), (unans, "bench/questions/unanswerable-dev.jsonl"),
                         (seed, "qa/data/seed_questions.jsonl")):
            with open(REPO / path, "a", encoding="utf-8") as f:
                for r in rs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
