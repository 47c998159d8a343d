"""rank63's batches A and B: questions in five registers (tool, limitation, outcome, audience, requirement), written by
reading the seed's press conference (corpus/) and the eight transcripts of ../shared/data/transcripts before any run.
Each register's word ("tool", "need", "for whom", "fall short", "turn out") is the question's frame, not its topic:
the answering passage mostly says it in other words ("we are using agno framework", "they really need a rigorous
proof", "it went through the reviewing process and got published"). The gold is the one sentence (captions: the cue
or two, Whisper JSON: the segment) that answers; a loose gold is replaced by the transcript's own text, found once.
Writes bench/rank63/batch-A.jsonl, batch-B.jsonl, ids-A.txt, ids-B.txt; `--append` adds the rows to
bench/questions/real-dev.jsonl and qa/data/seed_questions.jsonl.

    PYTHONPATH=. .venv/bin/python bench/rank63/write_questions.py [--append]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import (AGENTIC, BAGGING, LAMPORT, LAVROV_PRESS, REPO, SANCTIONS_CALL, SUGA_PRESS,  # noqa: E402
                              TRANSCRIPTS, WEB_VITALS, WILDFIRES, exact_quote)

SEED = "seed"

# (register, transcript, question, gold quotes: loose, the transcript's own text replaces them)
A = [
    ("tool", AGENTIC, "What framework does the speaker rely on to build the Nvidia report agent?",
     ["And here we are using agno framework."]),
    ("tool", AGENTIC, "Which tools does the speaker suggest if you would rather not write the code yourself?",
     ["code. You can use low code or no code", "tools such as Zapier. Here they are"]),
    ("tool", WEB_VITALS, "Which site does the lecturer recommend for learning about the metrics in the report?",
     ["Web.dev is a very good website."]),
    ("tool", BAGGING, "Which kind of learner is bagging most often paired with in the lecture?",
     ["trees very often combine begging with"]),
    ("tool", LAMPORT, "What system did Lamport use when he started, before LaTeX?",
     ["When I started, I used Scribe, and it seemed perfectly obvious to me that was the thing to do."]),
    ("tool", WILDFIRES, "Which instrument lets NOAA spot new fires while they are still small?",
     ["So, for example, the National Oceano- — the National Oceangram- — Ocean — Oceanic and Atmospheric "
      "Administration — NOAA — has satellite technology that is able to see from space when new fires start, while "
      "they’re still small, even as small as the size of your dining room table."]),
    ("tool", SEED, "What instrument lets Russia take part in Serbia's railway programme?",
     ["Russian Railways International is playing an active role in it through the use of Russian export loans."]),
    ("limitation", AGENTIC, "Where does the second chatbot, the one with tools, fall short of agentic AI?", ["cannot reason plan and be proactive."]),
    ("limitation", LAMPORT, "Where do debugging tools fall short, in Lamport's view?",
     ["They're not good at finding bugs in algorithms."]),
    ("limitation", LAMPORT, "What kind of bug is testing bad at catching?",
     ["But it's a class of bugs, and especially with concurrency, that testing is very poor at finding, because the "
      "bug can occur just in terms of how really the speeds at which things are happening."]),
    ("limitation", WEB_VITALS, "What can't meta keywords do for a page any more?", ["They do not rank at all in SEO."]),
    ("limitation", BAGGING, "Where does bagging fall short with k nearest neighbours and logistic regression?",
     ["bagging but not too much which is"]),
    ("limitation", SANCTIONS_CALL, "What doesn't the new ban on Russian sovereign debt cover?",
     ["For now, though, we want to be clear that this prohibition only applies to newly issued ruble sovereign debt "
      "in the primary market, and not to the secondary market or existing sovereign debt holdings."]),
    ("limitation", SEED, "Where does Russia fall short in answering the US sectoral sanctions in kind?",
     ["For obvious reasons, we do not have comparable levers of influence on the US on such a scale."]),
    ("outcome", LAMPORT, "What came of the two-process algorithm Lamport sent to the editor?",
     ["And a couple of weeks later, I get a letter back from the editor saying \"Here is the bug in your algorithm.\""]),
    ("outcome", LAMPORT, "How did the parser coded from the TLA+ spec turn out over the years?",
     ["And every time I checked it, the parser did the right thing."]),
    ("outcome", WILDFIRES, "How did Oregon's last fire season turn out?",
     ["Last year, we had more than 2,000 fires that burned over a million acres."]),
    ("outcome", BAGGING, "What did bagging do for the CART algorithm in the benchmark?",
     ["that improves the result by quite a"]),
    ("outcome", SUGA_PRESS, "What came of Suga raising the Tokyo Games with Biden?",
     ["President Biden once again expressed his support for this determination."]),
    ("outcome", SANCTIONS_CALL, "What came of Biden's offer of a summit in a third country?",
     ["The Russians have not responded to that to say whether they will — whether President Putin will participate "
      "in such a summit."]),
    ("outcome", SEED, "How did the first tests at the Belgrade vaccine plant turn out?",
     ["The first tests were conducted there just recently, and they were successful."]),
    ("outcome", SEED, "How did Russian-Serbian trade turn out last year?",
     ["Its co-chairs have already had three in-person meetings in the past few months where a wide range of issues "
      "were discussed, including additional measures to restore the steady upward trend in trade, which diminished "
      "last year for obvious reasons."]),
    ("audience", AGENTIC, "Who is the HR assistant in the speaker's own company meant for?",
     ["plus people and for these people we want", "to build an HR assistant which can"]),
    ("audience", AGENTIC, "Who is the agent in the Nvidia report example built to help?",
     ["you are writing an agent to assist an", "equity research analyst. They usually"]),
    ("audience", SANCTIONS_CALL, "Who is the new course on attributing cyber incidents aimed at?",
     ["We’re providing a first-of-its-kind course for policymakers worldwide on the policy and technical aspects of "
      "publicly attributing cyber incidents that will be inaugurated this year at the George C. Marshall Center in "
      "Germany."]),
    ("audience", WILDFIRES, "Who is the new EPA app for?",
     ["This will include launching a new apt [sic] — a new app on — from EPA, so individuals can easily access the "
      "latest information on air quality, smoke plumes, and public health guidance."]),
    ("audience", LAMPORT, "Who does Lamport force to think mathematically?",
     ["Well, what I do for engineers is I force them to think mathematically."]),
    ("audience", SEED, "For whose sake should the vaccine cooperation with Serbia go on?",
     ["We agree that this cooperation should continue for the sake of protecting citizens’ lives and health."]),
    ("requirement", AGENTIC, "What does preparing for Sara's maternity leave require?",
     ["leave. Now, this requires multi-step", "reasoning and multi-turn planning."]),
    ("requirement", WEB_VITALS, "What is needed so the layout does not shift when images load?",
     ["If you put width and height in images, then the layout will not shift."]),
    ("requirement", LAMPORT, "What must a description of a method be for someone to use the code unread?",
     ["But it has to be precise enough that somebody can use the code without having to read it."]),
    ("requirement", LAMPORT, "What did the editor's letter make Lamport see concurrent algorithms need?",
     ["One is that it made me realize that concurrent algorithms are hard to get right, and they really need a "
      "rigorous proof."]),
    ("requirement", WILDFIRES, "What will outdoor workers need in the extreme heat?",
     ["We need people to check on their neighbors, especially seniors who may need a helping hand; outdoor laborers, "
      "like our farm and construction workers who are going to need frequent water breaks and shade."]),
    ("requirement", SEED, "What is required before advisers travel beyond 25 miles under the memorandum on open ground?",
     ["As for the aforementioned bilateral memorandum on open ground, starting from a certain category of diplomats "
      "(advisers and below), it is necessary to notify the authorities of the host country when any of these "
      "employees are going to travel beyond a 25-mile radius around the city where their diplomatic mission is "
      "located."]),
    ("requirement", SEED, "What has to be done before the free trade deal with the EAEU takes effect?",
     ["We are close to completing the procedures required for the agreement to take effect."]),
    ("requirement", SEED, "What must a Belgrade-Pristina agreement on Kosovo's status have?",
     ["The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, which "
      "has to be approved by the UN Security Council."]),
]

B = [
    ("tool", AGENTIC, "Which APIs might the travel assistant have integrated?",
     ["system, I might have integrated Acue", "weather API for weather, Xedia API for"]),
    ("tool", AGENTIC, "What drag and drop tool like Zapier does the video mention?",
     ["tool I want to mention which is similar", "to Zapier is", "N8N where you can do drag and drop"]),
    ("tool", WEB_VITALS, "Which tool tells you what can be improved in your HTML page?",
     ["Lighthouse basically generates a report for you and tells you what can be improved in your HTML page."]),
    ("tool", LAMPORT, "What did Lamport turn to when the parser's correctness condition got tricky?",
     ["And I decided that I needed to write a TLA+ specification of it."]),
    ("tool", WILDFIRES, "What does the Department of Energy use to detect lightning strikes?",
     ["Similarly, the Department of Energy has a sensor array computer analysis capability that can detect in real "
      "time the lightning strikes that might set off a blaze."]),
    ("tool", BAGGING, "Which optimisation method are the neural networks that get bagged usually fitted with?",
     ["often fitted through randomized", "optimization procedure procedures like a", "stochastic radi descent and if you then"]),
    ("tool", SEED, "What means does Russia hold in reserve against American business?",
     ["We also have opportunities to impose painful measures on American business."]),
    ("limitation", AGENTIC, "What does the RAG based chatbot lack?",
     ["question it responds but it doesn't have", "tool usage, reasoning etc. The second"]),
    ("limitation", WEB_VITALS, "What can't you count on a search engine doing with your meta description?",
     ["Now it is not necessary that a search engine will parse your Meta DESC."]),
    ("limitation", LAMPORT, "Where does Lamport's formal way of writing proofs fall short?",
     ["Well, actually, I went on to formalize the way I was writing those proofs in a way that I think is really nice, "
      "and gives you a nice way of thinking about concurrency, but is not a practical way of writing the kinds of "
      "specifications that I was talking about in the real world."]),
    ("limitation", LAMPORT, "What goes wrong with most people's hour and minute clock spec when a second hand is added?",
     ["And if they add a second hand to it, it no longer satisfies that specification."]),
    ("limitation", SANCTIONS_CALL, "What limits the confidence in the judgement on the Afghanistan bounties?",
     ["U.S. intelligence community agencies have low to moderate confidence in this judgment, in part because it "
      "relies on detainee reporting and due to the challenging operating environment in Afghanistan."]),
    ("limitation", BAGGING, "Where did the CART algorithm fall short in the benchmark?",
     ["of the card algorithm here doesn't seem", "to work yeah too well in comparison to"]),
    ("limitation", SEED, "What can the Open Skies Treaty no longer count on?",
     ["The US has withdrawn from it and is not going to come back."]),
    ("outcome", LAMPORT, "What came of resubmitting the bakery algorithm to the ACM journal?",
     ["Well, it went through the reviewing process and got published."]),
    ("outcome", LAMPORT, "How did the California project Lamport read about end up?",
     ["A 100 million dollar project that just failed, that was just abandoned after a few years."]),
    ("outcome", WILDFIRES, "What did Washington end up doing about the federal share of the Labor Day fire costs in Oregon?",
     ["And with that in mind, I do want to say thank you for approving our cost-share adjustment related to our 2020 "
      "Labor Day wildfires at 100 percent for Oregon, treating this the same as COVID-19 and the same as what "
      "happened in Louisiana for their hurricane recovery efforts."]),
    ("outcome", WILDFIRES, "What did last year's heat dome over the West Coast lead to?",
     ["But that led to 12,000 lightning strikes in 24 hours and five of the most destructive wildfires — five of the "
      "six largest in our history concurrently in last year’s wildfire season."]),
    ("outcome", BAGGING, "How does the error turn out as the bagged ensemble of trees gets bigger?",
     ["see how that goes down when Ensemble"]),
    ("outcome", SUGA_PRESS, "What came of the leaders' talk on climate change?",
     ["So, during the talk today, we have confirmed to strengthen bilateral cooperation and collaboration in the area "
      "of climate change and have agreed to launch the Japan-U.S. Climate Partnership, which is extremely meaningful "
      "and significant."]),
    ("outcome", WEB_VITALS, "What performance mark came out of the desktop Lighthouse run?", ["92 marks in performance."]),
    ("outcome", SEED, "How did the attempts to get Kosovo into international organisations end?",
     ["We noted that thanks to Serbia’s proactive approach, and the energetic support of Russia, the illegitimate "
      "attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other organisations "
      "were neutralised."]),
    ("outcome", SEED, "What did NIS amount to for Serbia's budget last year?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."]),
    ("audience", AGENTIC, "Who are the Wi-Fi credentials and Slack access in the onboarding example for?",
     ["email, Slack access, etc. for that", "particular intern. Again, here you will"]),
    ("audience", SANCTIONS_CALL, "Who is the warning about technology supplied from Russia addressed to?",
     ["The U.S. government strongly encourages all U.S. companies using communications or technologies supplied by "
      "companies with ties to Russia to evaluate the security of their infrastructure and be aware of the potential "
      "for future U.S. action that may affect their operation."]),
    ("audience", WILDFIRES, "Who should be eligible for FEMA assistance, according to Governor Brown?",
     ["Everyone impacted by a disaster should be eligible for FEMA assistance, including our undocumented families."]),
    ("audience", WEB_VITALS, "Who does Google want to show the best pages to?",
     ["Google's responsibility is to show the best pages to the users."]),
    ("audience", LAMPORT, "Who is the set of examples Lamport hopes to organise meant for?",
     ["One of the things I hope to do before I retire is, after my current project, which is writing a book - but "
      "after I finish that, I hope to start organizing a set of examples that will help people learn."]),
    ("audience", SEED, "Who were Washington's hostile actions aimed at, in Lavrov's words?",
     ["Literally right after the news conference, we will issue the Foreign Ministry’s statement on measures that "
      "were approved by President of Russia Vladimir Putin in response to Washington’s openly hostile, utterly "
      "unprovoked actions towards Moscow, Russian citizens, individuals and companies, and our financial system."]),
    ("requirement", AGENTIC, "What is the least an agentic AI system needs?",
     ["you need at least one AI agent with that", "agentic complex reasoning behavior. The"]),
    ("requirement", WEB_VITALS, "What is required of the biggest element for a good LCP?",
     ["That is, the biggest element of the page should be loaded in 2.5 seconds."]),
    ("requirement", LAMPORT, "What should be decided first, before any code is written?",
     ["The first one is figure out, decide what the program is supposed to do."]),
    ("requirement", WILDFIRES, "What does Biden need the governors to do once they get down to the nitty gritty?",
     ["And I promise you, when we get down to the nitty gritty — and a lot of this we’re already getting down there "
      "— you got to tell us what you need."]),
    ("requirement", BAGGING, "What must be fixed before bagging draws its bootstrap samples?",
     ["here and we f fix the size of the"]),
    ("requirement", SANCTIONS_CALL, "What does the SolarWinds incident show is needed to defend against Russian cyber activity?",
     ["As the SolarWinds incident has shown, we have to build those domestic and international partnerships and "
      "threat intelligence sharing to ensure we can identify, defend against, and mitigate malicious cyber activity "
      "from Russia and other adversaries."]),
    ("requirement", SEED, "What is needed before Antonov's return, given the complicated situation?",
     ["The situation is quite complicated and it is necessary to analyse it in detail, all the more so since some "
      "things in Washington are not entirely comprehensible."]),
    ("requirement", SEED, "What must a Kosovo solution be for Russia to support it?",
     ["As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia."]),
]


def segment_text(loose: str) -> str:
    """The Whisper JSON file's one segment whose text is `loose` (stripped)."""
    data = json.loads((TRANSCRIPTS / WEB_VITALS).read_text(encoding="utf-8"))
    found = [s["text"].strip() for s in data["segments"] if s["text"].strip() == loose]
    if len(found) != 1:
        raise SystemExit(f"segment {loose!r} found {len(found)} times")
    return found[0]


def rows(items, batch: str, firsts: tuple[int, int]) -> list[dict]:
    out, (seed_no, real_no) = [], firsts
    for register, transcript, question, golds in items:
        if transcript == SEED:
            qid, seed_no, name = f"seed-{seed_no}", seed_no + 1, LAVROV_PRESS
        else:
            qid, real_no, name = f"dev-rank63-{real_no:03d}", real_no + 1, transcript
        if transcript == WEB_VITALS:
            quotes = [segment_text(g) for g in golds]
        else:
            quotes = [exact_quote(LAVROV_PRESS if transcript == SEED else transcript, g,
                                  LAVROV_PRESS if transcript == SEED else "-") for g in golds]
        out.append({"id": qid, "question": question, "transcript": name, "gold_quotes": quotes, "answerable": True,
                    "category": f"rank63-{register}", "kind": f"rank63-{batch}", "batch": batch,
                    "register": register})
    return out


def main() -> None:
    batches = {"A": rows(A, "A", (5150, 1)), "B": rows(B, "B", (5170, 41))}
    for batch, batch_rows in batches.items():
        (HERE / f"batch-{batch}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_rows), encoding="utf-8")
        (HERE / f"ids-{batch}.txt").write_text("^(" + "|".join(r["id"] for r in batch_rows) + ")$\n",
                                               encoding="utf-8")
        print(batch, len(batch_rows), sum(r["id"].startswith("seed-") for r in batch_rows), "seed")
    if "--append" in sys.argv:
        for path, is_seed in ((REPO / "qa/data/seed_questions.jsonl", True),
                              (REPO / "bench/questions/real-dev.jsonl", False)):
            with path.open("a", encoding="utf-8") as f:
                for batch_rows in batches.values():
                    for r in batch_rows:
                        if r["id"].startswith("seed-") == is_seed:
                            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
