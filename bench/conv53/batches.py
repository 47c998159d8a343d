"""Batches A and B of conv53 (docs/retrieval.md "conv53"): conversations of two turns over the eight shared
transcripts, the second turn asked in one of ten registers (cause, purpose, condition, risk, superlative, reaction,
criticism, prediction, praise, gist): follow-ups whose answer leans on the history ("and how did Russia respond?"),
topic switches in the register, and unanswerable follow-ups in it (said nowhere; checked by reading and grep);
appended to bench/questions/conversations-dev.jsonl with `kind` conv53-A (fit) or conv53-B (confirm).

    .venv/bin/python bench/conv53/batches.py [--write]

Each gold quote is checked to be in its transcript (`bench.question_batches.two_turn_rows`); without --write the rows
are printed only. Written from the transcripts before the system was run on any of them; A ids conv-dev-4680..4719,
B 4720..4759.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    WILDFIRES as FIRE, SUGA_PRESS as SUGA, SANCTIONS_CALL as CALL, LAVROV_PRESS as LAV,
    LAMPORT as LAMP, two_turn_rows)

OUT = REPO / "bench" / "questions" / "conversations-dev.jsonl"

# (shape, transcript, earlier question, second turn, gold quotes); four per register in the order above
A = [
    # cause
    ("follow-up", FIRE, "What did Newsom say about 12,000 lightning strikes?", "and what set those off?",
     ("We had, last year, a heat dome over the West Coast of the United States",)),
    ("follow-up", SUGA, "What did Biden say about Mike Mansfield?", "And why did he matter so much to Biden?",
     ("he was a mentor of mine when I came to the Senate",)),
    ("unsaid", LAV, "What did Lavrov say about Poland expelling Russian diplomats?", "what sparked that expulsion?",
     ()),
    ("switch", FIRE, "What grant did Biden announce for Sonoma County?",
     "What prompted Biden to ask for a second briefing on wildfire season?",
     ("And we know this is — this is becoming a regular cycle, and we know it’s getting worse.",)),
    # purpose
    ("follow-up", SUGA, "What partnership did Biden and Suga announce?", "what is it meant to do?",
     ("that will enhance our ability — enhance our ability to meet the pressing challenges of our time",)),
    ("follow-up", FIRE, "What app is EPA launching?", "what's the purpose of it?",
     ("so individuals can easily access the latest information on air quality, smoke plumes, and public health "
      "guidance",)),
    ("unsaid", LAV, "What did Lavrov say about the CSTO?", "what is the purpose of Serbia's observer status in it?",
     ()),
    ("switch", LAV, "What did Lavrov say about NIS?",
     "What is the purpose of the Plan for Consultations between the two foreign ministries?",
     ("We agreed to remain in contact at the level of ministers, deputy ministers and heads of departments at our "
      "ministries in keeping with the Plan for Consultations",)),
    # condition
    ("follow-up", LAV, "What did the Russian ambassador to Serbia say about the Belgrade-Pristina dialogue?",
     "under what conditions would they join it?",
     ("Russia is ready to join the dialogue of Belgrade and Pristina on the condition that it is mediated by Russia",)),
    ("follow-up", FIRE, "What funding is the federal government offering for the National Guard?",
     "and under what terms do states get it?",
     ("The federal government is also offering funding, when governors request it, to train and equip National "
      "Guard members",)),
    ("unsaid", FIRE, "What did Biden say about firefighter pay?",
     "under what conditions would the 10 percent bonus be cut?", ()),
    ("follow-up", LAV, "What does Lavrov say about the bilateral memorandum on open ground?",
     "when do diplomats have to notify the authorities under it?",
     ("it is necessary to notify the authorities of the host country when any of these employees are going to "
      "travel beyond a 25-mile radius",)),
    # risk
    ("follow-up", FIRE, "What did Biden say about the extreme heat in the West?", "what danger does it pose to kids?",
     ("It’s more dangerous for kids to play outside.",)),
    ("follow-up", LAV, "What did Lavrov say about the Slovenian non-paper on Yugoslavia?",
     "what danger did he see in such ideas?", ("I think that these are very dangerous games.",)),
    ("unsaid", SUGA, "What did Biden and Suga say about 5G?",
     "what risk do Chinese vendors pose to those networks, according to Biden?", ()),
    ("switch", FIRE, "What did Harris say about water policy?", "What risk do firefighters take, according to Biden?",
     ("These courageous women and men take an incredible risk of running toward the fire",)),
    # superlative
    ("follow-up", FIRE, "What fires did Newsom mention near him in Siskiyou County?", "and which was the largest?",
     ("for the largest of the wildfires — the Lava Fire",)),
    ("follow-up", FIRE, "What did Newsom say about last year's heat dome?",
     "what's the hottest temperature he mentioned?", ("We were 123 down in Palm Springs two days ago",)),
    ("unsaid", SUGA, "What did Biden say about Matsuyama?", "what was his lowest round in the tournament?", ()),
    ("switch", SUGA, "What did Biden say about gun control?", "Who did Suga call Japan's best friend?",
     ("The United States is Japan’s best friend.",)),
    # reaction
    ("follow-up", LAV, "What did Lavrov say about the US expelling ten Russian diplomats?",
     "and how did Russia respond?", ("We will respond in kind by proposing that 10 US diplomats leave Russia.",)),
    ("follow-up", LAV, "What did Lavrov say about Biden's proposal for a summit?", "how did Moscow react to it?",
     ("We have already responded positively to it.",)),
    ("unsaid", SUGA, "What did the Reuters reporter ask Suga about the Olympics?", "how did the IOC respond?", ()),
    ("follow-up", SUGA, "What did Suga say about violence against Asian people in the US?",
     "how did Biden respond, according to him?",
     ("President Biden’s comment that discriminations and violences is cannot be allowed and that he firmly opposes "
      "was extremely encouraging for me",)),
    # criticism
    ("follow-up", LAV, "What did Lavrov say about US short-term trips to Russia?",
     "what did he object to about them?",
     ("they substantially increase (double or more) their capacity to work in Russia, with goals that are not always "
      "above board",)),
    ("follow-up", FIRE, "What did Biden learn about federal firefighter pay?", "what did he object to?",
     ("some of our federal firefighters are being paid less than $13 an hour", "that’s unacceptable to me")),
    ("unsaid", LAV, "What did Lavrov say about the sectoral sanctions on Russian debt?",
     "what did Selakovic criticize about them?", ()),
    ("switch", SUGA, "What did Biden say about the Quad Vaccine Partnership?",
     "What did Biden criticize Republicans in Congress for?",
     ("who even refused to bring up the House-passed bill",)),
    # prediction
    ("follow-up", LAV, "What did Lavrov say about Sputnik V in Serbia?", "what does he expect to happen in May?",
     ("We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution "
      "here.",)),
    ("follow-up", LAV, "What did Lavrov say about sanctions on Russian national debt?",
     "and what does he predict for the economy?",
     ("our specialists think that the Russian economy can cope with this scale",)),
    ("unsaid", FIRE, "What did Biden say about seasonal firefighters?",
     "how many more firefighters does he expect to hire next year?", ()),
    ("switch", FIRE, "What did Governor Brown say about the Good Neighbor Authority?",
     "How does Biden expect this fire season to compare with last year's?",
     ("they could be even tougher, based on the weather patterns",)),
    # praise
    ("follow-up", FIRE, "What did Governor Brown say about the cost-share adjustment?", "who did she thank for it?",
     ("I do want to say thank you for approving our cost-share adjustment",)),
    ("follow-up", FIRE, "What did Harris say about the President and wildfires?", "what did she thank him for?",
     ("First, I just want to thank the President for prioritizing this for his administration.",)),
    ("unsaid", SUGA, "What did Biden say about Matsuyama winning the Masters?", "did Suga thank Matsuyama's caddie?",
     ()),
    ("switch", SUGA, "What did Biden and Suga say about climate change?",
     "Who did Suga thank at the start of his remarks?",
     ("I would like to thank President Biden and Vice President Harris, who have welcomed me so warmly.",)),
    # gist
    ("follow-up", FIRE, "What did Newsom say about thermometers?", "so what's the gist of what he said there?",
     ("There’s no Republican thermometer, no Democratic thermometer.",)),
    ("follow-up", LAV, "What did Lavrov say about Greater Albania?", "what was his main point on it?",
     ("These are unacceptable, provocative and very harmful statements.",)),
    ("unsaid", LAV, "What did Lavrov say about the EAEU free trade agreement?",
     "what was Selakovic's main point on tariffs?", ()),
    ("switch", FIRE, "What did Biden say about the NOAA satellites?", "What was the bottom line of Harris's remarks?",
     ("his bipartisan framework for infrastructure — it’s going to address a lot of these challenges",)),
]

B = [
    # cause
    ("follow-up", CALL, "What sovereign debt prohibition did Treasury announce?",
     "and why does it only start on June 14?",
     ("The intent — the intent here is to allow for an orderly process and to limit spillovers to U.S. or global "
      "financial markets.",)),
    ("follow-up", LAMP, "How does Lamport pronounce LaTeX?", "what's behind that pronunciation?",
     ("Oh, that's because LaTeX is built on top of Don Knuth's tech typesetting program.",)),
    ("unsaid", FIRE, "What did Newsom say about the Lava Fire?", "what started it?", ()),
    ("switch", CALL, "How big is the ruble-denominated sovereign debt market?",
     "Why is the intelligence community's confidence about the Taliban bounties only low to moderate?",
     ("in part because it relies on detainee reporting and due to the challenging operating environment in "
      "Afghanistan",)),
    # purpose
    ("follow-up", CALL, "What course is the US providing for policymakers?", "and what is that course for?",
     ("on the policy and technical aspects of publicly attributing cyber incidents",)),
    ("follow-up", CALL, "What is the CYBER FLAG exercise?", "and what's the aim of it?",
     ("The exercise will build a community of defensive cyber operators and improve overall capability",)),
    ("unsaid", LAMP, "What book is Lamport writing?", "what is the purpose of its companion website?", ()),
    ("switch", FIRE, "What did Governor Brown say about record heat in Oregon?",
     "What is the purpose of the BRIC program?",
     ("My administration doubled BRIC funding to support local efforts to strengthen resilience.",)),
    # condition
    ("follow-up", CALL, "What sanctions executive order did Biden sign?",
     "under what conditions would the US use its extra authorities?",
     ("we are prepared, going forward, to impose substantial and lasting costs if this behavior continues or "
      "escalates",)),
    ("follow-up", LAV, "What did Lavrov say about a solution for Kosovo?", "on what basis would Russia support one?",
     ("we will support any solution that is acceptable to Serbia",)),
    ("unsaid", CALL, "What did the officials say about Biden's proposed summit with Putin?",
     "under what conditions would Biden cancel it?", ()),
    ("follow-up", LAMP, "What does Lamport say about being formal?", "when do you have to be more formal?",
     ("the bigger something is, the more formal you have to be",)),
    # risk
    ("follow-up", CALL, "What did the officials say about the SolarWinds compromise?", "what risks does it highlight?",
     ("highlights the risks posed by Russia’s efforts to target companies worldwide through supply chain "
      "exploitation",)),
    ("follow-up", FIRE, "What did Biden say about smoke from last year's fires?", "what danger did it pose?",
     ("smoke and ash that made the air dangerous to breathe",)),
    ("unsaid", CALL, "What did the officials say about Russian software suppliers?",
     "what danger do they pose to hospitals specifically?", ()),
    ("switch", SUGA, "What did Biden say about Matsuyama?",
     "What threat did Biden and Suga commit to take on together?",
     ("We committed to working together to take on the challenges from China",)),
    # superlative
    ("follow-up", CALL, "What did the official say about the safety of US military personnel?",
     "how high a priority is it?", ("is a matter of the absolute highest U.S. national security interest",)),
    ("follow-up", LAV, "What did Lavrov say about Serbia's vaccination rate?", "where does Serbia rank in Europe?",
     ("Serbia is among the top nations in Europe in terms of vaccination rate",)),
    ("unsaid", FIRE, "What did Governor Brown say about last year's fires in Oregon?",
     "which was the deadliest single fire?", ()),
    ("switch", CALL, "What companies did Treasury designate?",
     "Which market is the largest source of funding for the Russian government?",
     ("Remember, this is the main market that funds the Russian government.",)),
    # reaction
    ("follow-up", CALL, "What did Biden propose to Putin?", "how did the Russians respond?",
     ("The Russians have not responded to that to say whether they will",)),
    ("follow-up", LAV, "What did Lavrov say about Poland expelling Russian diplomats?", "how will Russia respond?",
     ("We will respond accordingly as well.",)),
    ("unsaid", SUGA, "What did Biden say about Iran enriching to 60 percent?", "how did Tehran react to his comments?",
     ()),
    ("follow-up", FIRE, "What did Biden announce about federal firefighter pay?", "how did Newsom react to that?",
     ("Music to my ears, “We got to pay our firefighters, federally, more.”",)),
    # criticism
    ("follow-up", LAMP, "What does Lamport say about programmers and descriptions of code?",
     "what does he find wrong with how they work?",
     ("But that's at the heart of so much of what's wrong with software being built today.",)),
    ("follow-up", LAV, "What did Lavrov say about the memorandum on open ground?",
     "what did he complain the Americans did?",
     ("The Americans completely ignore the requirement to send such notifications.",)),
    ("unsaid", FIRE, "What did Biden say about the infrastructure bill?", "what did Republicans object to in it?", ()),
    ("switch", CALL, "What course is the US offering?", "What did the officials criticize Russia for in Crimea?",
     ("associated with Russia’s ongoing occupation and repression in Crimea",)),
    # prediction
    ("follow-up", CALL, "What did the official say about removing US investors from Russia's debt market?",
     "what does she expect that to do?",
     ("can create a broader chilling effect that raises Russia’s borrowing costs, along with capital flight and a "
      "weaker currency",)),
    ("follow-up", LAMP, "What does Lamport hope to do after his book?", "does he expect to finish it?",
     ("I'm no better at predicting the future than anyone else, even if it's my future.",)),
    ("unsaid", LAV, "What did Lavrov say about Sputnik V production in Belgrade?",
     "how many doses a month does he expect the Belgrade plant to make?", ()),
    ("switch", FIRE, "What did Harris say about Paradise?",
     "What does Biden expect to happen to federal firefighting as a seasonal job?",
     ("it’s no longer a seasonal job.  This is a year-round mission.",)),
    # praise
    ("follow-up", LAV, "What did Lavrov say about his talks with Selakovic?", "who did he thank at the end?",
     ("I am grateful to my colleague for the positive talks.",)),
    ("follow-up", FIRE, "What did Newsom say about Biden's remarks?", "what did he applaud him for?",
     ("I just want to applaud you — final words — for recognizing not only this moment of urgency",)),
    ("unsaid", CALL, "What did the officials say about Australia and the EU?", "did they thank Japan as well?", ()),
    ("switch", SUGA, "What did Suga say about North Korea?", "Who did Biden credit with helping him in the Senate?",
     ("he was a mentor of mine when I came to the Senate",)),
    # gist
    ("follow-up", CALL, "What did the first official say about the relationship with Russia?",
     "what was the main point?",
     ("We’ve been clear that we seek a relationship with Russia that that is stable and predictable.",)),
    ("follow-up", LAMP, "What does Lamport say about thinking like a mathematician?", "what's the gist of his point?",
     ("it's because I think like a mathematician, and I approach things mathematically, not computationally",)),
    ("unsaid", SUGA, "What did Biden say about gun control?", "what was Suga's main point on it?", ()),
    ("switch", LAV, "What did Lavrov say about the Serbian railway?",
     "What was the gist of Russia's response measures to the US?",
     ("we are initiating a process to stop the practice of hiring citizens of Russia and third countries at American "
      "diplomatic missions",)),
]

CATEGORY = {"unsaid": "unanswerable-follow-up", "follow-up": "follow-up", "switch": "switch"}
REGISTERS = ("cause", "purpose", "condition", "risk", "superlative", "reaction", "criticism", "prediction", "praise",
             "gist")


def rows() -> list[dict]:
    out = []
    for batch, first, items in (("A", 4680, A), ("B", 4720, B)):
        made = two_turn_rows(items, batch, first, f"conv53-{batch}", lambda shape, _: CATEGORY[shape])
        for i, row in enumerate(made):
            row["register"] = REGISTERS[i // 4]
        out += made
    return out


def main() -> None:
    made = rows()
    for batch in "AB":
        lines = [json.dumps(r, ensure_ascii=False) for r in made if r["batch"] == batch]
        (REPO / "bench" / "conv53" / f"{batch}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if "--write" in sys.argv:
        with OUT.open("a", encoding="utf-8") as f:
            for r in made:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        for r in made:
            print(r["id"], r["batch"], r["category"], r["register"], "|", r["question"])


if __name__ == "__main__":
    main()
