"""hyp49's batches of hypothetical and consequence questions ("what happens if", "what would ... if", "if ...,
would ...", "suppose ...", "in case ...", "what are the consequences of", "what would it mean for ... if"), written by
reading the transcripts before any run: batch A (read while the rule was written) and batch B (the confirm batch, run
once after the rule was frozen). Half answerable (gold: the sentence that says what happens or would happen), half
unanswerable (the condition or the consequence is never spoken of, or a near miss: the topic is there, not what
would happen).

    python bench/hyp49/batches.py --check      # every gold quote found in its transcript
    python bench/hyp49/batches.py A real        # the rows of one batch and file, as JSON lines
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.question_batches import (AGENTIC, BAGGING, LAMPORT, LAVROV_PRESS, SANCTIONS_CALL, SUGA_PRESS,  # noqa: E402
                                    WEB_VITALS, WILDFIRES, transcript_words)
from qa.evaluate.questions import find_quote  # noqa: E402

# (id, batch, form, transcript, question, gold quotes; () for an unanswerable one, why it is unanswerable)
ANSWERABLE = (
    ("dev-hyp49-001", "A", "if-what", LAMPORT,
     "If you build a program that ends up being used a lot, what will you want to do with it eventually?",
     ("If you build a program, and it's really used a lot, you're going to want to modify it at some point.",)),
    ("dev-hyp49-002", "A", "consequences-of", LAMPORT,
     "What are the consequences of a plan that's wrong from the get-go?",
     ("But if the plan is wrong from the get-go - well, the entire endeavor is a waste.",)),
    ("dev-hyp49-003", "A", "suppose", LAMPORT,
     "Suppose people give semantics to a programming language: what do they end up doing with it?",
     ("If people give semantics to a programming language, they translated it to math.",)),
    ("dev-hyp49-004", "A", "what-would-if", LAMPORT,
     "What would Lamport have to add to a 1,000-line spec if he wanted it stuttering-insensitive?",
     ("If I have a 1,000-line specification of a system, to make it stuttering-insensitive, I add about seven "
      "characters to the specification.",)),
    ("dev-hyp49-005", "A", "in-case", WEB_VITALS,
     "In case I set the width and height on my images, will the layout still shift?",
     ("If you put width and height in images, then the layout will not shift.",)),
    ("dev-hyp49-006", "A", "what-if", WEB_VITALS,
     "what decides it if my page competes with one of almost the same content quality?",
     ("But if you are competing with a page that has presented almost similar quality content, Then your core web "
      "vitals will be seen.",)),
    ("dev-hyp49-007", "A", "what-would-it-mean", WILDFIRES,
     "What would it mean if the cars are still in the driveway after a fire?",
     ("it may be a tragic situation if the cars are in the driveway because that means the folks didn’t get out in "
      "time.",)),
    ("dev-hyp49-008", "A", "what-will-if", SANCTIONS_CALL,
     "What will the US do if Russia's destabilizing activities continue or escalate?",
     ("we will respond with economically impactful costs if these activities continue or escalate.",)),
    ("seed-3300", "A", "if-what", LAVROV_PRESS,
     "If the exchange of courtesies goes on, what will Russia ask the Americans to do?",
     ("we will ask the Americans to bring down the number of their diplomats involved in bilateral relations with "
      "Russia",)),
    ("dev-hyp49-009", "A", "what-happens-if", BAGGING,
     "what happens if we sample with replacement in bagging?",
     ("certain possibility that some of the", "observations from the original training",
      "data set will be sampled multiple times")),
    ("dev-hyp49-010", "A", "what-would-if", BAGGING,
     "what would bagging do for logistic regression, a fairly stable learner?",
     ("neighbor they are somewhat improved by", "bagging but not too much which is")),
    ("dev-hyp49-011", "A", "what-happens-if", AGENTIC,
     "what happens if you use lovable or replit to build a react native app?",
     ("will first figure out what kind of", "features to-do list has then it will do")),
    ("dev-hyp49-101", "B", "if-what", LAMPORT,
     "If I really want to understand something, what does Lamport say I've got to do?",
     ("If you want to understand something, you've got to write it.",)),
    ("dev-hyp49-102", "B", "in-case", LAMPORT,
     "In case you want to talk about absolute time, where shouldn't you build it in?",
     ("And if you want to talk about absolute time, you don't build it into your movie camera.",)),
    ("dev-hyp49-103", "B", "if-would", LAMPORT,
     "if you look at the bakery algorithm by itself, would stuttering insensitivity matter?",
     ("So for the bakery algorithm, if we're just looking at the bakery algorithm by itself, stuttering "
      "insensitivity is irrelevant.",)),
    ("dev-hyp49-104", "B", "what-would-it-mean", LAMPORT,
     "What would it mean for an hour/minute/second clock if you wrote a TLA spec of an hour and minute hand?",
     ("if you write a specification of an hour and minute hand, an hour/minute/second clock satisfies it.",)),
    ("dev-hyp49-105", "B", "if-what", WEB_VITALS,
     "If I want my site to show up on Google, what will it come according to?",
     ("Because if you want your website on Google, then it will come according to the title.",)),
    ("dev-hyp49-106", "B", "what-happens-if", WEB_VITALS,
     "what happens if I put a meta keyword on my page these days?",
     ("So if I put Meta Keyword here. It is not necessary that the search engine will consider it.",)),
    ("dev-hyp49-107", "B", "if-were", WILDFIRES,
     "What does Biden say he would feel if he were sitting in a governor's seat?",
     ("if I were sitting in your seat or Governor Brown’s seat, what I’d be — I mean, this is — this is "
      "urgent.",)),
    ("dev-hyp49-108", "B", "what-would", SANCTIONS_CALL,
     "What would be the best course forward for the United States and Russia, according to the official?",
     ("But our view is that the best course forward at this point would be for us to, for the United States and "
      "Russia both, to get off of the ladder of escalation and find a stable way forward.",)),
    ("seed-3320", "B", "consequences-of", LAVROV_PRESS,
     "What are the consequences of the US withdrawal for the Open Skies Treaty?",
     ("As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread.",)),
    ("dev-hyp49-109", "B", "what-happens-if", BAGGING,
     "what happens to k-nearest neighbours under bagging if k is small?",
     ("the K so for smaller case it will become", "a bit more unstable and for a larger")),
    ("dev-hyp49-110", "B", "if-what", BAGGING,
     "if you fit a neural network on a smaller data set, what is often applied to it?",
     ("often some some form of bagging is", "applied there to stabilize yeah the")),
    ("dev-hyp49-111", "B", "suppose", AGENTIC,
     "suppose I give the research agent the goal of a report on Nvidia: what will it do?",
     ("it will do is it will look at this goal", "and it will do multi-step reasoning")),
)

UNANSWERABLE = (
    ("dev-un-4330", "A", "what-happens-if", LAMPORT, "What happens if a TLA+ model checker runs out of memory?",
     "model checker: in no transcript; memory only of an agent's or a program's"),
    ("dev-un-4331", "A", "what-happens-if", WEB_VITALS,
     "What happens to my ranking if my site still uses HTTP instead of HTTPS?", "HTTP, HTTPS: never said"),
    ("dev-un-4332", "A", "what-would-if", WILDFIRES, "What would happen if a governor declared a state of emergency?",
     "near miss: disaster declarations are counted, what follows one is not said"),
    ("dev-un-4333", "A", "what-happens-if", SANCTIONS_CALL,
     "What happens if a US bank violates the sovereign debt prohibition?",
     "near miss: the prohibition is described, no penalty for breaking it"),
    ("dev-un-4334", "A", "what-would-if", SUGA_PRESS,
     "What would Japan do if a conflict broke out in the Taiwan Strait?",
     "near miss: a reporter asks it, Suga refrains from details"),
    ("dev-un-4335", "A", "what-would-if", SUGA_PRESS,
     "What would happen to the Olympics if infections rose sharply this summer?",
     "near miss: Suga will contain infection; what a rise would do is not said"),
    ("seed-3301", "A", "what-would-if", LAVROV_PRESS, "What would Russia do if Serbia joined NATO?",
     "near miss: NATO is Pristina's patron; Serbia joining is never spoken of"),
    ("dev-un-4336", "A", "what-happens-if", BAGGING, "What happens if you use bagging with a linear regression model?",
     "linear regression: never said (logistic regression is)"),
    ("dev-un-4337", "A", "what-happens-if", AGENTIC, "What happens if the travel agent books a flight over my budget?",
     "near miss: budget constraints are named, going over them is not"),
    ("dev-un-4338", "A", "in-case", AGENTIC, "In case the HR system's API is down, what does the chatbot do?",
     "an outage: never spoken of"),
    ("dev-un-4339", "A", "what-would-if", LAMPORT, "What would Lamport do if TLA+ stopped being maintained?",
     "near miss: TLA+ is his; its maintenance stopping is never spoken of"),
    ("dev-un-4340", "A", "consequences-of", WILDFIRES, "What are the consequences of a heat wave for the power grid?",
     "grid: in no transcript (heat is a risk amplifier; power is not said of it)"),
    ("dev-un-4342", "B", "what-would-happen-to", LAMPORT,
     "What would happen to Paxos if a majority of the nodes crashed?", "crash, nodes: never said"),
    ("dev-un-4343", "B", "if-would", LAMPORT,
     "If Lamport hadn't won the Turing Award, would he still have written TLA+?", "a counterfactual never spoken of"),
    ("dev-un-4344", "B", "what-happens-if", WEB_VITALS,
     "What happens if my largest contentful paint takes more than 4 seconds?",
     "near miss: a good LCP is 2.5 seconds; what a slower one does is not said"),
    ("dev-un-4345", "B", "if-would", WEB_VITALS, "If I put my site behind a CDN, would my core web vitals improve?",
     "CDN: never said"),
    ("dev-un-4346", "B", "what-would-if", WILDFIRES,
     "What would happen if there weren't enough helicopters this fire season?", "helicopters: never said"),
    ("dev-un-4347", "B", "suppose", WILDFIRES,
     "Suppose the federal firefighters' pay isn't raised: would they quit?",
     "near miss: their pay is discussed, their quitting is not"),
    ("dev-un-4348", "B", "consequences-of", SANCTIONS_CALL,
     "What are the consequences of the sanctions for ordinary Russian citizens?",
     "near miss: the sanctions are described, never their effect on citizens"),
    ("dev-un-4349", "B", "what-would-if", SUGA_PRESS,
     "What would the US do if Japan's vaccine rollout failed?", "near miss: a failed rollout is never spoken of"),
    ("dev-un-4350", "B", "if-how", SUGA_PRESS,
     "If China sanctioned Japanese companies, how would the US respond?",
     "near miss: China is discussed; sanctions on Japanese companies never"),
    ("seed-3321", "B", "what-would-if", LAVROV_PRESS,
     "What would Russia do if the US closed the Russian consulates?",
     "near miss: consulates are counted; their closing is never spoken of"),
    ("dev-un-4351", "B", "what-happens-if", BAGGING,
     "What happens if the bootstrap samples are drawn without replacement?",
     "near miss: sampling with replacement is explained, without it is not"),
    ("dev-un-4352", "B", "what-would-if", AGENTIC,
     "What would happen if an agentic AI made a wrong decision on its own?",
     "near miss: it makes decisions on its own; a wrong one is never spoken of"),
)


def rows(batch: str | None = None, file: str | None = None) -> list[dict]:
    """The question rows, of one batch ("A", "B") and one file ("real", "unanswerable", "seed") where asked."""
    out = []
    for id_, b, form, transcript, question, gold in ANSWERABLE:
        out.append({"id": id_, "question": question, "transcript": transcript, "gold_quotes": list(gold),
                    "answerable": True, "category": "hypothetical", "kind": "hyp49", "batch": b, "register": form})
    for id_, b, form, transcript, question, why in UNANSWERABLE:
        out.append({"id": id_, "question": question, "transcript": transcript, "answerable": False,
                    "category": "absent-topic" if ": never said" in why or "in no transcript" in why
                    else "near-miss", "kind": "hyp49", "batch": b, "register": form, "absent": why})

    def file_of(row: dict) -> str:
        return "seed" if row["id"].startswith("seed-") else "real" if row["answerable"] else "unanswerable"
    return [r for r in out if (batch is None or r["batch"] == batch) and (file is None or file_of(r) == file)]


def check() -> list[str]:
    """The gold quotes not found in their transcripts."""
    return [f"{r['id']}: {q!r}" for r in rows() for q in r.get("gold_quotes", ())
            if not find_quote(transcript_words(r["transcript"]), q)]


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        missing = check()
        print("\n".join(missing) or f"every gold quote found ({len(rows())} rows)")
        sys.exit(1 if missing else 0)
    for row in rows(*sys.argv[1:3]):
        print(json.dumps(row, ensure_ascii=False))
