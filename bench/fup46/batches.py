"""Batches A and B of fup46 (written before any run of the system on them): follow-ups that add a country, its
people, its capital or a US state to the topic of the turn before. Prints the JSON lines; `--check` verifies each
gold quote is said verbatim (whitespace aside) in its transcript.

    .venv/bin/python bench/fup46/batches.py --check
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SAN = "wh-background-press-call-russia-sanctions-2021-04-15.md"
FIRE = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
LAMP = "changelog-552-leslie-lamport-interview.md"
CWV = "core-web-vitals-lecture-whisper.json"
BAG = "i2ml-random-forest-bagging-lecture.srt"

CRIMEA = "which countries joined treasury on the crimea sanctions?"
FLAG = "which allies agreed to help plan the cyber flag exercise?"
DEPLOYED = "How many firefighters are deployed across the West right now?"
CALLED = "Which countries did Newsom call for firefighters last year?"
CHINA = "What did Biden and Suga agree on China?"
QUAD = "Who launched the Quad vaccine partnership with the US?"
SPUTNIK = "When will Sputnik V production start in Belgrade?"
CALIF = "What California project does Lamport say failed?"
DEBT = "How big is the ruble sovereign debt market?"
BORDERS = "What did Lavrov say about borders in Europe?"
ATTRIB = "Who backed the SolarWinds attribution?"
COURSE = "Where will the new attribution course be held?"
NK = "What did Biden and Suga say about North Korea?"
ELEVEN = "How many US diplomats will Russia ask to leave?"
OREGON = "What did Governor Brown say about last year's fires in Oregon?"

U, F, S, N = "unanswerable-follow-up", "follow-up", "switch", "nonsense"
NOT_SAID = "Not said in the recording."
# (id, batch, category, shape, transcript, history, question, gold quotes, reference answer)
ROWS = [
    # batch A: unanswerable follow-ups adding a place said nowhere near the topic
    ("conv-dev-3650", "A", U, "place-added", SAN, [CRIMEA], "was japan in on that one too?", [], NOT_SAID),
    ("conv-dev-3651", "A", U, "place-added", SAN, [FLAG], "and poland, did they sign up?", [], NOT_SAID),
    ("conv-dev-3652", "A", U, "place-added", FIRE, [DEPLOYED], "how many of those are in arizona?", [], NOT_SAID),
    ("seed-2961", "A", U, "place-added", LAV, [SPUTNIK], "and is hungary getting a plant too?", [], NOT_SAID),
    ("conv-dev-3653", "A", U, "place-added", SUGA, [CHINA], "and russia, any word on them?", [], NOT_SAID),
    ("conv-dev-3654", "A", U, "place-added", SUGA, [QUAD], "did the germans take part in that?", [], NOT_SAID),
    ("conv-dev-3655", "A", U, "place-added", FIRE, [CALLED], "and mexico, did any come from there?", [],
     "Not said: only Australia, Canada and Israel."),
    ("conv-dev-3656", "A", U, "place-added", LAMP, [CALIF], "did texas have one like that too?", [], NOT_SAID),
    ("conv-dev-3657", "A", U, "place-added", SUGA, ["what did biden say about iran enriching to 60 percent?"],
     "was israel part of those talks?", [], NOT_SAID),
    ("conv-dev-3658", "A", U, "place-added", SAN, ["What did the officials say about the Taliban bounty reports?"],
     "and pakistan, was it involved?", [], NOT_SAID),
    ("conv-dev-3659", "A", U, "people-added", SAN, [DEBT], "and the share japanese banks own?", [], NOT_SAID),
    ("conv-dev-3660", "A", U, "people-added", FIRE, [CALLED], "were there any french crews?", [], NOT_SAID),
    ("conv-dev-3661", "A", U, "people-added", LAV, [BORDERS], "and croatian borders?", [], NOT_SAID),
    ("conv-dev-3662", "A", U, "place-added", SAN, [FLAG, "is france one of them?"], "what about the germans then?", [],
     "Not said: Germany hosts the attribution course, not the exercise."),
    # batch A: answerable controls of the same shapes (the place is said with the topic)
    ("conv-dev-3663", "A", F, "place-added", SAN, [CRIMEA], "was canada one of them?",
     ["Treasury — in partnership with the EU, UK, Australia, and Canada — today sanctioned eight individuals and "
      "entities associated with Russia’s ongoing occupation and repression in Crimea."], "Yes."),
    ("conv-dev-3664", "A", F, "place-added", FIRE, [CALLED], "and did israel send anyone?",
     ["We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."],
     "Yes, firefighters came from Israel."),
    ("conv-dev-3665", "A", F, "place-added", SUGA, [CHINA], "and taiwan, what did suga say?",
     ["there is already an agreed recognition over the importance of peace and stability of the Taiwan Straits "
      "between Japan and the United States, which was reaffirmed on this occasion."],
     "That the importance of peace and stability of the Taiwan Straits was reaffirmed."),
    ("seed-2962", "A", F, "place-added", LAV, [ELEVEN], "and poland, what's russia doing about them?",
     ["Poland also announced the expulsion of our diplomats. We will respond accordingly as well."],
     "Russia will respond accordingly."),
    ("conv-dev-3666", "A", F, "place-added", SUGA,
     ["Which regions did Suga say they'd cooperate with on the Indo-Pacific?"], "was india among them?",
     ["we will also cooperate with other countries and regions, including the ASEAN, Australia, and India."], "Yes."),
    ("conv-dev-3667", "A", F, "place-added", SUGA, [NK], "and south korea, any role?",
     ["trilateral cooperation, including the ROK, has never been as important as today"],
     "Trilateral cooperation including the ROK is more important than ever."),
    ("conv-dev-3668", "A", F, "place-added", FIRE, [DEPLOYED], "is utah one of those places?",
     ["from California to New Mexico, to Utah and Nevada — and it’s only June."], "Yes."),
    ("conv-dev-3669", "A", F, "place-added", LAV, [BORDERS], "and where does slovenia fit in?",
     ["including the European Union and NATO (of which Slovenia is also a member)"],
     "Slovenia is a NATO member, among the partners who demand borders not be revised."),
    ("conv-dev-3670", "A", F, "place-added", SAN, [ATTRIB], "did australia back it?",
     ["And you may have noted both Australia and the European Union statement of support for the attribution"],
     "Yes."),
    ("conv-dev-3671", "A", F, "figure", LAMP, [CALIF], "what did that project end up costing?",
     ["A 100 million dollar project that just failed, that was just abandoned after a few years."],
     "100 million dollars."),
    # batch A: switches and nonsense
    ("conv-dev-3672", "A", S, "switch", CWV, [FLAG], "so what does CLS actually measure?",
     ["Cumulative layout shift means how much is shifting while the page is loading."], "How much the page shifts."),
    ("conv-dev-3673", "A", N, "nonsense", None, [SPUTNIK], "banana phone wiggle lol", [], "Nonsense."),
    ("conv-dev-3674", "A", N, "nonsense", None, [CHINA], "set an alarm for 7am", [], "Off task."),
    # batch A, second part (added before any run): other classes of unanswerable follow-up, more controls, switches
    # that name a place
    ("conv-dev-3675", "A", U, "place-added", LAV, [SPUTNIK], "and ukraine, are they getting doses too?", [], NOT_SAID),
    ("conv-dev-3676", "A", U, "figure", FIRE, [DEPLOYED], "what share of those crews are volunteer outfits?", [], NOT_SAID),
    ("conv-dev-3677", "A", U, "date", LAMP, [CALIF], "what year was it abandoned?", [],
     "Not said: only that it was abandoned after a few years."),
    ("conv-dev-3678", "A", U, "figure", SUGA, [QUAD], "so has it actually sent out any shots yet, and how many?", [], NOT_SAID),
    ("conv-dev-3679", "A", U, "place-added", SAN, [ATTRIB], "did london sign on to that statement?", [], NOT_SAID),
    ("conv-dev-3680", "A", F, "people-added", FIRE, ["Who did Newsom thank for resources last year?"],
     "and the israeli firefighters, why did they come?",
     ["We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."],
     "Because California was that stretched."),
    ("conv-dev-3681", "A", F, "place-added", SUGA, [CHINA], "and north korea, what did they agree?",
     ["On North Korea, we confirmed our commitment to the CVID of all weapons of mass destruction and ballistic "
      "missiles of all ranges"], "Their commitment to the CVID of North Korea's weapons of mass destruction."),
    ("conv-dev-3682", "A", F, "place-added", LAV, ["What did Lavrov say about Greater Albania?"],
     "and who in kosovo invoked it?",
     ["Do you see the idea of a Greater Albania invoked by Prime Minister of Kosovo Albin Kurti"],
     "Prime Minister Albin Kurti."),
    ("conv-dev-3683", "A", F, "place-added", SAN, [ATTRIB], "and the european union, did it back it too?",
     ["both Australia and the European Union statement of support for the attribution"], "Yes."),
    ("conv-dev-3684", "A", S, "switch", LAMP, [DEBT], "what does Lamport say about the state of California's failed project?",
     ["A 100 million dollar project that just failed, that was just abandoned after a few years."],
     "A 100 million dollar project abandoned after a few years."),
    ("conv-dev-3685", "A", S, "switch", FIRE, [FLAG], "What did Newsom say about calling Australia for help?",
     ["We were calling folks in Australia. We were calling folks in Canada."], "That they called Australia."),
    ("conv-dev-3686", "A", N, "nonsense", None, [DEBT], "qwop zing blarf?", [], "Nonsense."),
    ("conv-dev-3687", "A", U, "place-added", SUGA, ["What did Suga say about the Tokyo Olympics?"], "will athletes from brazil compete there?", [],
     NOT_SAID),
    ("conv-dev-3688", "A", F, "place-added", SUGA, ["What did Suga say about the Tokyo Olympics?"], "so japan still plans to hold them?",
     ["I told the President about my determination to realize the Tokyo Olympic and Paralympic Games this summer"],
     "Yes: Suga is determined to hold them this summer."),
    ("conv-dev-3689", "A", U, "people-added", SAN, ["What did the officials say about the Taliban bounty reports?"],
     "were any afghan officials paid?", [], NOT_SAID),
    # batch B: unanswerable follow-ups
    ("conv-dev-3700", "B", U, "place-added", SAN, [CRIMEA], "did india join as well?", [], NOT_SAID),
    ("conv-dev-3701", "B", U, "place-added", SAN, [ATTRIB], "and new zealand?", [], NOT_SAID),
    ("conv-dev-3702", "B", U, "place-added", FIRE, [CALLED], "any crews from greece?", [], NOT_SAID),
    ("conv-dev-3703", "B", U, "place-added", SUGA, [NK], "and what about vietnam?", [], NOT_SAID),
    ("conv-dev-3704", "B", U, "people-added", SAN, [DEBT], "what share sits with german investors?", [], NOT_SAID),
    ("seed-2971", "B", U, "place-added", LAV, [SPUTNIK], "and montenegro, will it get doses from there?", [],
     NOT_SAID),
    ("conv-dev-3705", "B", U, "place-added", FIRE, [OREGON], "and idaho, how bad was it there?", [], NOT_SAID),
    ("conv-dev-3706", "B", U, "people-added", SAN, [COURSE], "will polish officials attend?", [], NOT_SAID),
    ("conv-dev-3707", "B", U, "people-added", LAMP, [CALIF], "was it a british company that built it?", [],
     NOT_SAID),
    # batch B: answerable controls
    ("conv-dev-3708", "B", F, "place-added", SAN, [FLAG], "is france one of them?",
     ["and the UK, France, Denmark, and Estonia have agreed to join in the planning for this year CYBER FLAG "
      "exercise."], "Yes."),
    ("conv-dev-3709", "B", F, "people-added", SAN, [COURSE], "which german center hosts it?",
     ["that will be inaugurated this year at the George C. Marshall Center in Germany."],
     "The George C. Marshall Center."),
    ("conv-dev-3710", "B", F, "place-added", FIRE, [CALLED], "so canada was one?",
     ["We were calling folks in Australia. We were calling folks in Canada."], "Yes."),
    ("seed-2972", "B", F, "place-added", LAV, [BORDERS], "and albania, what did he say?",
     ["Talk of a Greater Albania has been going on for years."],
     "That talk of a Greater Albania is unacceptable and provocative."),
    ("conv-dev-3711", "B", F, "place-added", FIRE, [DEPLOYED], "nevada too?",
     ["from California to New Mexico, to Utah and Nevada — and it’s only June."], "Yes."),
    ("conv-dev-3712", "B", F, "people-added", SUGA, [QUAD], "and the australian side, were they in it?",
     ["together with India and Australia — launched the landmark Quad Vaccine Partnership"], "Yes."),
    # batch B: a switch and nonsense
    ("conv-dev-3713", "B", S, "switch", BAG, [ATTRIB], "new topic: what's bagging short for?",
     ["begging is for bootstrap aggregation"], "Bootstrap aggregation."),
    ("conv-dev-3714", "B", N, "nonsense", None, [COURSE], "zxcvbnm poiuy lkjh", [], "Nonsense."),
    # batch B, second part (added before any run)
    ("conv-dev-3715", "B", U, "place-added", SAN, [FLAG], "what about sweden?", [], NOT_SAID),
    ("conv-dev-3716", "B", U, "people-added", FIRE, [CALLED], "did any mexican crews come?", [], NOT_SAID),
    ("conv-dev-3717", "B", U, "figure", LAMP, [CALIF], "how many engineers worked on it?", [], NOT_SAID),
    ("conv-dev-3718", "B", F, "place-added", SUGA, [CHINA], "and the south china sea?",
     ["the East China Sea, the South China Sea, as well as North Korea"],
     "They will take on challenges there together."),
    ("conv-dev-3719", "B", F, "people-added", SAN, [ATTRIB], "and the australians, what did they do?",
     ["both Australia and the European Union statement of support for the attribution"],
     "Australia issued a statement of support."),
    ("conv-dev-3720", "B", S, "switch", SUGA, [SPUTNIK], "switching gears, who teamed up with Biden on that Quad shot scheme?",
     ["together with India and Australia — launched the landmark Quad Vaccine Partnership"], "India and Australia."),
    ("conv-dev-3721", "B", N, "nonsense", None, [NK], "hey google turn off the lights", [], "Off task."),
    ("seed-2973", "B", U, "place-added", LAV, [ELEVEN], "and will the czech republic get the same treatment?", [],
     NOT_SAID),
    ("seed-2974", "B", F, "place-added", LAV, ["What did Lavrov say about the Open Skies Treaty?"],
     "and did washington leave it?", ["The US has withdrawn from it and is not going to come back."], "Yes."),
]


def lines():
    for id_, batch, cat, shape, transcript, history, question, gold, ref in ROWS:
        row = {"id": id_, "question": question, "history": history}
        if transcript:
            row["transcript"] = transcript
        row.update({"answerable": cat in (F, S), "category": cat, "kind": "fup46", "batch": batch, "shape": shape,
                    "gold_quotes": gold, "reference_answer": ref})
        yield row


def main():
    root = Path("/work/shared/data/transcripts")
    bad = 0
    for row in lines():
        if "--check" in sys.argv:
            text = " ".join(root.joinpath(row.get("transcript", LAV)).read_text(encoding="utf-8").split())
            for g in row["gold_quotes"]:
                if " ".join(g.split()) not in text:
                    bad += 1
                    print("NOT FOUND", row["id"], g)
        else:
            print(json.dumps(row, ensure_ascii=False))
    if "--check" in sys.argv:
        print("bad", bad)


if __name__ == "__main__":
    main()
