"""Batches A and B of ufup48 (docs/retrieval.md "ufup48"): conversations of two turns over the eight shared transcripts,
appended to bench/questions/conversations-dev.jsonl with `kind` ufup48 and `batch` A (fit) or B (confirm).

    .venv/bin/python bench/ufup48/batches.py [--write]

Each gold quote is checked to be in its transcript (`qa.evaluate.questions.find_quote`); without --write the lines are
printed only. Written from the transcripts before the system was run on any of them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    WILDFIRES as FIRE, SUGA_PRESS as SUGA, SANCTIONS_CALL as CALL, LAVROV_PRESS as LAV,
    LAMPORT as LAMP, AGENTIC as AGENT, WEB_VITALS as CWV, BAGGING as BAG, two_turn_rows)

OUT = REPO / "bench" / "questions" / "conversations-dev.jsonl"

# (shape, transcript, earlier question, follow-up, gold quotes); no gold: unanswerable ("nonsense" shape: nonsense)
A = [
    # unanswerable follow-ups: the asked attribute of the referent is never given
    ("name", FIRE, "What is the EPA launching so people can check air quality?", "what's the app going to be called?", ()),
    ("name", FIRE, "Which fire department lost 19 hotshot firefighters?", "that blaze, what was it called?", ()),
    ("figure", SUGA, "Which tournament did Matsuyama win?", "how many strokes under par did he finish?", ()),
    ("other", SUGA, "What fellowship program did Biden and Suga agree to resume?", "who's funding the program?", ()),
    ("figure", CALL, "How many Russian companies did Treasury designate for supporting the SVR?",
     "what are those companies' yearly revenues?", ()),
    ("figure", LAV, "What share of Serbia's budget revenues did NIS bring in?", "how many people work for NIS?", ()),
    ("figure", LAV, "Where will Sputnik V be produced in Serbia?", "how much vaccine will they turn out there each month?", ()),
    ("figure", LAMP, "What is TLA+?", "what does a license for it cost?", ()),
    ("figure", LAMP, "Where does Lamport work?", "how much does microsoft pay him?", ()),
    ("name", AGENT, "What is agentic AI?", "who coined the term?", ()),
    ("figure", CWV, "What is a good LCP score?", "what LCP does youtube get?", ()),
    ("date", BAG, "What is bagging?", "in which year did someone first come up with it?", ()),
    ("date", FIRE, "How much is the infrastructure framework putting into wildfire resilience?",
     "when will congress vote on it?", ()),
    ("name", SUGA, "What did Biden and Suga say about 5G networks?", "which chinese vendors did they single out?", ()),
    ("and X", CALL, "Which countries partnered with Treasury on the Crimea sanctions?", "and norway?", ()),
    ("and X", FIRE, "How many firefighters are already deployed across the West?", "and in oregon alone?", ()),
    ("yes/no", LAMP, "What is Paxos?", "do google engineers rely on it?", ()),
    ("yes/no", CWV, "What is cumulative layout shift?", "does safari measure it?", ()),
    # nonsense and off-topic after a real question
    ("nonsense", LAV, "What did Lavrov say about Kosovo?", "give me a lasagna recipe please", ()),
    ("nonsense", BAG, "What is a random forest?", "play some jazz music please", ()),
    ("nonsense", CALL, "Why is the US expelling Russian diplomats?", "flibber gronk wobble", ()),
    ("nonsense", CWV, "What is LCP?", "who's winning the nba finals this year", ()),
    # answerable controls, worded as the unanswerable ones
    ("figure", FIRE, "How many large fires were uncontained at this point last year?", "and this year, how many?",
     ("This year, there are 36 that are uncontained and burning.",)),
    ("date", FIRE, "What tragedy in Prescott, Arizona did Biden bring up?", "and that was in which year, roughly?",
     ("That tragedy happened eight years ago today.",)),
    ("figure", FIRE, "What can NOAA's satellites spot from space?", "how tiny can a fire be for them to catch it?",
     ("has satellite technology that is able to see from space when new fires start, while they’re still small, even "
      "as small as the size of your dining room table.",)),
    ("name", SUGA, "What fellowship program did Biden and Suga bring back?", "whose name does it carry?",
     ("Before Mike Mansfield — who was a beloved ambassador to Japan — became ambassador, he was a mentor of mine when "
      "I came to the Senate after my wife and daughter were killed",)),
    ("yes/no", SUGA, "What summit is Biden hosting next week?", "will the prime minister be there too?",
     ("Next week, I’ll be hosting the Climate Leaders Summit — which Prime Minister Suga also plans to attend, "
      "thankfully — to rally key nations of the world to making ambitious climate commitments",)),
    ("date", SUGA, "What did Japan and the US commit to on emissions?", "what's the target year for that?",
     ("Japan and the United States are both committed to achieving net-zero emissions by 2050",)),
    ("and X", SUGA, "What vaccine partnership did the US and Japan launch?", "who else is in that partnership?",
     ("Earlier this year, we — together with India and Australia — launched the landmark Quad Vaccine Partnership",)),
    ("other", CALL, "How many Russian officials is the US expelling?", "they're from which mission exactly?",
     ("And the United States is expelling 10 Russian officials from Russia’s Washington, D.C., diplomatic mission.",)),
    ("name", CALL, "Which SVR unit was behind the SolarWinds intrusion?", "is it known by any other labels?",
     ("The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names — we are attributing as the actor "
      "that conducted this intrusion.",)),
    ("date", CALL, "What did the intelligence community conclude about bounties on US soldiers?",
     "starting in what year?",
     ("Russian intelligence officers sought to encourage Taliban attacks against U.S. and coalition personnel in "
      "Afghanistan in 2019 and perhaps earlier",)),
    ("name", LAV, "What share of Serbia's budget revenues did NIS bring in?", "whose money is mainly behind it?",
     ("Its main stakeholder and investor is Gazprom Neft.",)),
    ("yes/no", LAV, "Where will Sputnik V be produced in Serbia?", "have they run any tests there yet?",
     ("The first tests were conducted there just recently, and they were successful.",)),
    ("figure", LAV, "Which company did Lavrov call an engine of Serbia's economy?",
     "what's the FDI in it?", ("FDI in the company exceeds $3 billion.",)),
    ("other", LAV, "Which UN resolution did Lavrov want implemented on Kosovo?", "what does it provide for?",
     ("The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, which "
      "has to be approved by the UN Security Council.",)),
    ("name", LAV, "What railway programme did Lavrov mention in Serbia?", "which russian company is working on it?",
     ("Russian Railways International is playing an active role in it through the use of Russian export loans.",)),
    ("figure", LAMP, "What award did Lamport win?", "in which year was he given it?",
     ("Well, at the top I mentioned this Turing Award which you won in 2013 for your work with distributed systems.",)),
    ("yes/no", LAMP, "What is TLA+?", "does intel use it?",
     ("People at Intel used to use TLA+ in designing their chips.",)),
    ("name", LAMP, "Who maintains the TLA+ tools?", "what did he title that talk of his?",
     ("he has this wonderful talk which is titled \"How to save two hours of TLA with two weeks of debugging.",)),
]

B = [
    ("date", FIRE, "What new app is the EPA putting out?", "when does it launch?", ()),
    ("figure", FIRE, "What did Biden say about federal firefighters' pay?", "how many dollars will those incentives run in total?", ()),
    ("figure", SUGA, "Which golf tournament did a Japanese player win this week?", "how far ahead of the field did he finish?", ()),
    ("figure", CALL, "How many entities did Treasury sanction over election interference?",
     "how much money did they spend on the interference?", ()),
    ("other", LAV, "Where will Sputnik V be produced in Serbia?", "which company will run the plant?", ()),
    ("date", LAMP, "What did Lamport create besides TLA+?", "when did he release the first version?", ()),
    ("other", AGENT, "What tools can an AI agent use?", "what language are those tools coded in?", ()),
    ("figure", CWV, "What is first input delay?", "what's the average FID on mobile sites?", ()),
    ("and X", CALL, "Which countries partnered with Treasury on the Crimea sanctions?", "and switzerland too?", ()),
    ("yes/no", BAG, "What is a random forest?", "does it run on GPUs?", ()),
    ("nonsense", SUGA, "What did Suga say about China?", "say something funny about penguins", ()),
    ("nonsense", LAMP, "What is the bakery algorithm?", "zorp zorp blenk", ()),
    ("nonsense", FIRE, "What did Newsom say about the heat?", "reserve two seats at an italian place tonight", ()),
    ("figure", FIRE, "What pay did Biden say some federal firefighters get?", "and what will the minimum be now?",
     ("This year we’re going to provide retention incentives that’s going to ensure federal wildland fires are — "
      "firefighters are making at least $15 an hour",)),
    ("other", FIRE, "When does fire season traditionally last to?", "so what's changing that?",
     ("But with climate change — climate change driving the dangerous confluence of extreme heat and prolonged "
      "drought — we’re seeing wildfires in greater intensity",)),
    ("name", SUGA, "Which golf tournament did a Japanese player win this week?", "who was the golfer?",
     ("And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
      "week.",)),
    ("figure", CALL, "What did Treasury do about election interference?", "and how many got hit with that?",
     ("Treasury also sanctioned 32 entities and individuals carrying out Russian government-directed attempts to "
      "influence the 2020 U.S. presidential election",)),
    ("date", CALL, "What bonds does the new Treasury directive cover?", "those issued after when?",
     ("prohibits U.S. financial institutions from participation in the primary market for ruble or non-ruble "
      "denominated bonds issued after June 14th, 2021",)),
    ("date", LAV, "What did the EAEU and Serbia sign?", "when was that deal signed?",
     ("In the autumn of 2019, the EAEU and Serbia signed a free trade agreement.",)),
    ("figure", LAV, "What did NIS account for last year?", "what percentage of the revenues?",
     ("Last year the company accounted for 13 percent of the country’s budget revenues.",)),
    ("other", LAMP, "What is LaTeX built on?", "whose program is that?",
     ("Oh, that's because LaTeX is built on top of Don Knuth's tech typesetting program.",)),
    ("yes/no", LAMP, "Who uses TLA+ today?", "does amazon use it?",
     ("So a lot of the users today are -- you know, people in Azure, basically the web services of Microsoft, and "
      "Amazon Web Services, that's also a big user.",)),
    ("and X", SUGA, "Which countries did Suga say Japan and the US will cooperate with?", "india as well?",
     ("We agreed that while Japan and the U.S. will take the lead to promote the vision through concrete efforts, we "
      "will also cooperate with other countries and regions, including the ASEAN, Australia, and India.",)),
    ("other", SUGA, "What did Biden and Suga agree on about the East China Sea?", "and what about talking to china?",
     ("At the same time, we agreed on the necessity for each of us to engage in frank dialogue with China.",)),
    ("figure", LAV, "What did Lavrov say about the intergovernmental committee on trade?",
     "how many times have its co-chairs met?",
     ("Its co-chairs have already had three in-person meetings in the past few months",)),
]


def category(shape: str, answerable: bool) -> str:
    return "follow-up" if answerable else ("nonsense" if shape == "nonsense" else "unanswerable-follow-up")


def lines(batch: str, rows: list, first: int) -> list[dict]:
    return two_turn_rows(rows, batch, first, "ufup48", category)


def main() -> None:
    rows = lines("A", A, 3970) + lines("B", B, 4020)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if "--write" in sys.argv:
        with OUT.open("a", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
