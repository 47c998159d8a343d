"""hl61's batches A and B: naming questions ("what is X called", "what's the name of ...", "what does X call ...",
"what did X name ..."), written by reading the transcripts (the seed's press conference and the eight of
../shared/data/transcripts) before any run. The gold is the one sentence (in captions: the cue or two) that gives the
name: "Well, I call it stuttering insensitivity.", "This is called cumulative layout shift.", "Its main stakeholder
and investor is Gazprom Neft.". The shared transcripts give few names, so some facts are asked in both batches in
other words; the seed's questions ask the name of a thing the press conference names (a vaccine, a resolution, a
company). Each gold is written loosely and replaced by the transcript's own text (found exactly once); captions' gold
is one quote per cue, and Whisper JSON's the segment's own text (found twice there: the segments and the
whole text). Writes bench/hl61/batch-A.jsonl and batch-B.jsonl (and ids-A.txt, ids-B.txt); `--append` adds
them to qa/data/seed_questions.jsonl and bench/questions/real-dev.jsonl.

    .venv/bin/python bench/hl61/new_questions.py [--append]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import (AGENTIC, BAGGING, LAMPORT, LAVROV_PRESS, REPO, SANCTIONS_CALL, SUGA_PRESS,  # noqa: E402
                              WEB_VITALS, WILDFIRES, exact_quote, save_batches)

SEED = LAVROV_PRESS

# (transcript, question, gold quotes)
A = [
    (LAMPORT, "What name does Lamport give the property that lets a clock with a second hand still meet his spec?",
     ["Well, I call it stuttering insensitivity."]),
    (LAMPORT, "What does Lamport call the steps that just repeat the frame before?", ["I think of these as stuttering steps"]),
    (LAMPORT, "What is ensuring that only one process at a time uses the printer called?",
     ["And that's called mutual exclusion."]),
    (LAMPORT, "What does Lamport call the box his colleague is trapped inside?",
     ["But because he's what I call trapped inside the box of computational thinking"]),
    (WEB_VITALS, "What is the name of the folder he opens VS Code in?",
     ["And now I will make a new folder whose name is Video 6."]),
    (LAMPORT, "What's the name of the typesetting program LaTeX is built on?",
     ["Oh, that's because LaTeX is built on top of Don Knuth's tech typesetting program."]),
    (AGENTIC, "What does the speaker call the second kind of chatbot, the reactive one with access to tools?",
     ["one tool augmented chatboard is reactive"]),
    (WEB_VITALS, "What's the name of the hidden tool in Chrome the video will teach?",
     ["In this video, we will also learn that there is a hidden tool in Chrome called Lighthouse."]),
    (WEB_VITALS, "What is it called when the content moves down and you click the image by mistake?",
     ["This is called cumulative layout shift."]),
    (WEB_VITALS, "What does he name the new file for the meta tags part?", ["I will name it index.html."]),
    (BAGGING, "What are the single models an ensemble is made of usually called?",
     ["they're usually called base Learners and"]),
    (BAGGING, "Since bagging works with any learning algorithm, what kind of technique is it called?",
     ["is a so-called model agnostic technique"]),
    (BAGGING, "What does the lecturer call the points drawn in a specific bootstrap iteration?",
     ["call them in bag yeah so that in the bag"]),
    (AGENTIC, "What is a system that plans in many steps and reasons on its own called?",
     ["planning. That system is called agentic", "AI. If I have to put it in a very simple"]),
    (AGENTIC, "What does the speaker call the complex task of booking the joining for next Monday?",
     ["let's call this a broader goal. It is"]),
    (SANCTIONS_CALL, "What names is the SVR unit behind the intrusion known by?",
     ["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names"]),
    (SANCTIONS_CALL, "What is the name of the platform the Russian espionage campaign exploited?",
     ["espionage campaign that exploited the SolarWinds Orion platform"]),
    (WILDFIRES, "What is the name of the FEMA program the Sonoma County grant is part of?",
     ["This grant is part of FEMA's BRIC program — Building Resilient Infrastructure and Communities."]),
    (WILDFIRES, "What overused expression did Biden use for what the fires are for the public?",
     ["that old overused expression — a “wake-up call” to the rest of the public"]),
    (SUGA_PRESS, "What is the exchange programme Biden and Suga agreed to resume called?",
     ["what is called the “Mansfield Fellowship Program” to promote people-to-people connections between our "
      "countries."]),
    (SUGA_PRESS, "What is the name of the Sankei Newspaper reporter who asked about China policy?",
     ["My name is Sugimoto of Sankei Newspaper."]),
    (SEED, "What is the name of the Russian vaccine behind Serbia's vaccination rate?",
     ["Serbia is among the top nations in Europe in terms of vaccination rate which is due, in part, to the use of "
      "the Russian vaccine Sputnik V, as the Minister noted today."]),
    (SEED, "What is the name of NIS's main stakeholder?", ["Its main stakeholder and investor is Gazprom Neft."]),
    (SEED, "What is the Serbian oil company that Gazprom Neft invests in called?",
     ["Naftna Industrija Srbije (NIS) [Petroleum Industry of Serbia] is operating successfully."]),
    (SEED, "What is the name of the resolution Russia wants implemented in full at the Security Council?",
     ["We will continue to speak in favour of maintaining this issue as a priority at the UN Security Council, "
      "with a view to seeing Resolution 1244 implemented in full."]),
    (SEED, "Under the name of which plan do the two ministries keep in contact?",
     ["We agreed to remain in contact at the level of ministers, deputy ministers and heads of departments at our "
      "ministries in keeping with the Plan for Consultations between the Russian and Serbian foreign ministries for "
      "2021-2022"]),
    (SEED, "What is the security organisation Serbia keeps an interest in cooperating with called?",
     ["We noted that Serbia maintains an interest in cooperation and contact with the Collective Security Treaty "
      "Organisation (CSTO)"]),
    (SEED, "What did Lavrov call NIS for Serbia's economy?", ["NIS is an engine of Serbia's economy."]),
    (SEED, "What did Lavrov call the attempts to get Kosovo into Interpol and UNESCO?",
     ["the illegitimate attempts to secure Kosovo's membership in Interpol, UNESCO, the Council of Europe and other "
      "organisations were neutralised"]),
    (LAMPORT, "What is the formalism that TLA+ is based on called?", ["the TLA that TLA+ is based on"]),
]

B = [
    (LAMPORT, "What would Lamport's bakery algorithm be named today?", ["these days, it would be called the deli algorithm"]),
    (LAMPORT, "What does Lamport now call programming languages?",
     ["as expressed in what I'm now calling coding languages"]),
    (LAMPORT, "What did Lamport name the clock property that only TLA has?",
     ["Well, I call it stuttering insensitivity."]),
    (LAMPORT, "What's the name of the problem of processes printing at the same time and interleaving output?",
     ["And that's called mutual exclusion."]),
    (LAMPORT, "What is the title of the talk Lamport's colleague gave about debugging?",
     ["he has this wonderful talk which is titled \"How to save two hours of TLA with two weeks of debugging."]),
    (WEB_VITALS, "What is the Chrome tool for enhancing your website called?",
     ["In this video, we will also learn that there is a hidden tool in Chrome called Lighthouse."]),
    (WEB_VITALS, "What's the name for the content shifting down as the page loads?",
     ["This is called cumulative layout shift."]),
    (WEB_VITALS, "What does the lecturer call the HTML file he makes for meta descriptions?",
     ["I will name it index.html."]),
    (BAGGING, "What does the lecturer call the observations left out of a bootstrap iteration?",
     ["these points are called out of B so"]),
    (BAGGING, "What are ensembles that always use the same class of learner called?",
     ["there are so-called homogeneous", "ensembles that always use the same cl"]),
    (BAGGING, "What is the name bagging made of?",
     ["name so the B and bagging is for", "bootstrapping and the yeah egging is for", "for aggregation so really"]),
    (AGENTIC, "If not agentic AI, what does the speaker call an assistant that takes the action asked for?",
     ["Well, the answer is again no. This is", "tool augmented chatboard. We want to"]),
    (AGENTIC, "What is an AI system with multi-step planning that acts on its own called?",
     ["planning. That system is called agentic", "AI. If I have to put it in a very simple"]),
    (SANCTIONS_CALL, "What other names does the SVR unit that did the hack go by?",
     ["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names"]),
    (WILDFIRES, "What does Biden's grant program at FEMA go by?",
     ["This grant is part of FEMA's BRIC program — Building Resilient Infrastructure and Communities."]),
    (WILDFIRES, "What is the diminishing resource the governor wants conserved called?",
     ["to actually be smarter, in terms of the conservation of this diminishing and valuable resource called "
      "“water.”"]),
    (WILDFIRES, "What did Biden call the fires for the rest of the public?",
     ["that old overused expression — a “wake-up call” to the rest of the public"]),
    (SUGA_PRESS, "What is the name of the beloved ambassador to Japan behind the fellowship?",
     ["Before Mike Mansfield — who was a beloved ambassador to Japan — became ambassador"]),
    (SUGA_PRESS, "What's the name of the fellowship the two leaders agreed to bring back?",
     ["what is called the “Mansfield Fellowship Program” to promote people-to-people connections between our "
      "countries."]),
    (SEED, "What is the name of the UN Security Council resolution that has not been cancelled?",
     ["There is UN Security Council Resolution 1244, it has not been cancelled."]),
    (SEED, "What is the name of the treaty Lavrov says is hanging by a thread?",
     ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."]),
    (SEED, "What convention does Russia name for stopping hiring at American missions?",
     ["In accordance with the Vienna convention on diplomatic relations and Russian law, including the Labour Code, "
      "we are initiating a process to stop the practice of hiring citizens of Russia and third countries at "
      "American diplomatic missions."]),
    (SEED, "What is the name of the committee on trade and science whose work Russia values?",
     ["We place a great deal of importance on the continued work of the Russian-Serbian Intergovernmental Committee "
      "on trade, economic, scientific and technological cooperation."]),
    (SEED, "What is the Petroleum Industry of Serbia called in Serbian?",
     ["Naftna Industrija Srbije (NIS) [Petroleum Industry of Serbia] is operating successfully."]),
    (SEED, "What is the name of the vaccine whose production Belgrade is to launch in May?",
     ["We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution "
      "here."]),
    (SEED, "Which company is named as the main investor in NIS?", ["Its main stakeholder and investor is Gazprom Neft."]),
    (SEED, "What did Lavrov call the statements on Kosovo's independence by European heads of government?",
     ["Responsible politicians (especially the heads of European governments), I believe, have no right to express "
      "any ideas that blatantly undermine the very concept of UN Security Council Resolution 1244"]),
    (SEED, "What does Lavrov call the Open Skies Treaty besides saying it hangs by a thread?",
     ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."]),
    (LAMPORT, "What are the algorithms that solve the printer problem called?",
     ["it lead to a whole bunch of algorithms, mutual exclusion algorithms"]),
    (BAGGING, "What are the units an ensemble is created from called?", ["they're usually called base Learners and"]),
]


def rows(items, batch: str, firsts: tuple[int, int]) -> list[dict]:
    from qa.evaluate.questions import find_quote
    out, (seed_no, real_no) = [], firsts
    for transcript, question, golds in items:
        if transcript == SEED:
            qid, seed_no = f"seed-{seed_no}", seed_no + 1
        else:
            qid, real_no = f"dev-hl61-{real_no:03d}", real_no + 1
        quotes = golds if transcript.endswith(".json") else [exact_quote(transcript, g, SEED) for g in golds]
        path = REPO / "corpus" / transcript if transcript == SEED else REPO.parent / "shared/data/transcripts" / transcript
        text = path.read_text(encoding="utf-8")
        for q in quotes:
            assert find_quote(text, q), (qid, q)
        out.append({"id": qid, "question": question, "transcript": transcript, "gold_quotes": quotes,
                    "answerable": True, "category": "hl61", "kind": f"hl61-{batch}", "batch": batch})
    return out


def main() -> None:
    save_batches(HERE, {"A": rows(A, "A", (4820, 1)), "B": rows(B, "B", (4840, 41))}, ids=True)


if __name__ == "__main__":
    main()
