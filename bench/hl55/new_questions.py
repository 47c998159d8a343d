"""hl55's batches A and B (the seed's transcript and the four Markdown transcripts of ../shared/data/transcripts),
written by reading the transcripts before any run: yes/no questions whose gold is the sentence that gives the verdict
without a turning word or a negation (an affirmation, a plan, a view, a figure: "We will respond in kind by proposing
that 10 US diplomats leave Russia.", "We have already responded positively to it."), beside a sentence that sets the
matter out in the question's words. Drafted from a list of the transcripts' sentences that state a view, an intent
or what is to come after one that does not (a bias toward that form, see docs/retrieval.md "hl55"), plus a few
affirmations and figures read by hand. Each gold is written loosely and replaced by the transcript's own text (found
exactly once). A and B are taken alternately from one list. Writes bench/hl55/batch-A.jsonl and batch-B.jsonl (and
ids-A.txt, ids-B.txt); `--append` adds them to qa/data/seed_questions.jsonl and bench/questions/real-dev.jsonl.

    .venv/bin/python bench/hl55/new_questions.py [--append]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import quoted_rows, save_batches  # noqa: E402

SEED = "lavrov-selakovic-press-conference-2021-04-16.txt"
SUGA, FIRE, CALL = ("wh-biden-suga-press-conference-2021-04-16.md", "wh-biden-meeting-western-wildfires-2021-06-30.md",
                    "wh-background-press-call-russia-sanctions-2021-04-15.md")
TLA = "changelog-552-leslie-lamport-interview.md"

# (transcript, question, gold)
QUESTIONS = [
    (SEED, "Is Moscow sending US diplomats home in return for the ten it lost?",
     "We will respond in kind by proposing that 10 US diplomats leave Russia."),
    (CALL, "Is a worsening spiral with Moscow avoidable, in the White House's opinion?",
     "We think we can and should avoid that."),
    (FIRE, "Will this wildfire briefing with the governors happen again?",
     "And this briefing is going to be an annual event"),
    (SUGA, "Will Biden and Suga be meeting often from now on?",
     "So, Yoshi, you’ll probably be seeing a lot more of me in the future."),
    (TLA, "Does Lamport ask too much of the people he explains his ideas to?",
     "Because I just expect more of them than it's reasonable to expect of most people."),
    (SEED, "Will Warsaw's move against Russian diplomats go unanswered?", "We will respond accordingly as well."),
    (CALL, "Are all of Washington's countermeasures going to be visible?",
     "There will be elements of our responses to these actions that will remain unseen."),
    (FIRE, "Will there be enough trained firefighters on call this season?",
     "First, we’re going to make sure that we have enough firefighters on call who are trained, equipped, and ready "
     "to respond for all this fire season."),
    (SUGA, "Are Japan and the US going to pursue the Indo-Pacific vision on their own?",
     "we will also cooperate with other countries and regions, including the ASEAN, Australia, and India."),
    (TLA, "Will a program that gets used a lot need changing at some point?",
     "If you build a program, and it's really used a lot, you're going to want to modify it at some point."),
    (SEED, "Was Moscow's reply to Washington's summit offer favourable?",
     "We have already responded positively to it."),
    (CALL, "Are the sanctions tailored to Russia's specific past activities?",
     "We intend these responses to be proportionate and tailored to the specific past activities"),
    (FIRE, "Will the lightning sensors help crews reach fires in remote places?",
     "And we’re going to use those tools to identify fires that start in remote places"),
    (SUGA, "Will Japan and the US work together on the abductions by North Korea?",
     "our two countries will work together to seek immediate resolution by North Korea."),
    (TLA, "Does code that keeps getting patched end up being thrown out?",
     "And eventually, either the code is going to be thrown away, or it's going to be rewritten from scratch."),
    (SEED, "Will Russia keep pressing for Kosovo to stay a priority at the Security Council?",
     "We will continue to speak in favour of maintaining this issue as a priority at the UN Security Council"),
    (CALL, "Is a stable relationship with Moscow in America's interest, according to the officials?",
     "And we believe it’s in our interest to find a stable and predictable way forward in the relationship."),
    (FIRE, "Will the damage to Paradise's economy fade quickly?",
     "As you well know, the impact on our communities and our local economies will last for years to come."),
    (SUGA, "Is Japan still preparing to hold the Tokyo Games?",
     "From scientific and objective perspectives, we will do our utmost in our preparation."),
    (TLA, "Did Lamport end up writing a TLA+ specification of the tricky algorithm?",
     "And I decided that I needed to write a TLA+ specification of it."),
    (SEED, "Does Russia think Belgrade's good-neighbour policy helps keep the Balkans stable?",
     "We believe this balanced policy by Belgrade is contributing to the preservation of peace and stability"),
    (CALL, "Will the US keep going after the Russian tech firms it named?",
     "And we will continue to hold those companies accountable for that behavior."),
    (FIRE, "Does Biden see the governors' situation as urgent?", "this is — this is urgent."),
    (SUGA, "Does Suga think Biden understood Japan's stance on Xinjiang?",
     "I also explained Japan’s position and initiatives regarding the situation in Xinjiang Uyghur Autonomous Region "
     "to the President, who I think understood my points."),
    (TLA, "Did Lamport set out to crack the mutual exclusion problem himself?",
     "And the second one is \"I'm going to solve that damn problem.\""),
    (SEED, "Will Russia put a limit on American staff coming on short trips?",
     "We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to "
     "Russia per year."),
    (CALL, "Is the Pentagon's annual cyber drill bringing in European partners this year?",
     "and the UK, France, Denmark, and Estonia have agreed to join in the planning for this year CYBER FLAG "
     "exercise."),
    (FIRE, "Will the bipartisan infrastructure framework deal with these wildfire problems?",
     "his bipartisan framework for infrastructure — it’s going to address a lot of these challenges."),
    (SUGA, "Will the US and Japan join forces to show democracies can still win?",
     "We’re going to work together to prove that democracies can still compete and win in the 21st century."),
    (TLA, "Can you tell while writing code whether what you write makes sense?",
     "as you write it, you'll know whether what you're writing is making sense."),
    (SEED, "Is Lavrov sure things will turn out as the specialists say?",
     "I think this is what will happen."),
    (CALL, "Will Washington wait to see how Moscow responds before deciding what comes next?",
     "So, we will track closely the Russian government responses to this, and then make determinations from that on "
     "the way forward."),
    (FIRE, "Does investing in wildfire prevention pay off later, in Biden's view?",
     "Because this is an area where investing in prevention and preparation today is going to deliver invaluable "
     "returns tomorrow."),
    (SUGA, "Will Japan and the US protect the technologies that keep them ahead?",
     "That includes making sure we invest in and protect the technologies that will maintain and sharpen our "
     "competitive edge."),
    (TLA, "Is there a name for only one process at a time using the printer?", "And that's called mutual exclusion."),
    (SEED, "Are American foundations in Russia going to be restricted?",
     "We will limit and suspend the activities of American foundations and NGOs on our territory."),
    (CALL, "Is spending its reserves to prop up the ruble up to Russia?",
     "Those are all choices that Russia will have to make."),
    (FIRE, "Is Biden asking people to help elderly neighbours cope with the heat?",
     "We need people to check on their neighbors, especially seniors who may need a helping hand"),
    (SUGA, "Does Biden expect the bonds between the two peoples to keep the alliance strong?",
     "they’re the ones that are going to keep this alliance strong and vibrant for decades to come."),
    (TLA, "Does Jerod agree that few programmers think in algorithms?", "And I think you're right about that."),
    (SEED, "Does Russia have ways to hurt American business?",
     "We also have opportunities to impose painful measures on American business."),
    (CALL, "Will the US stand up for its national interests against Moscow?",
     "He’s also been clear that we’ll defend our national interests and impose costs for Russian government "
     "actions"),
    (FIRE, "Can any good come out of the heat, as someone in the meeting put it?",
     "we’ve got to make lemonade out of lemons here."),
    (SUGA, "Is Biden looking forward to what Japan and the US will achieve together?",
     "I look forward to all that Japan and United States will accomplish together in the coming years."),
    (CALL, "Is the US offering policymakers training on attributing cyber attacks?",
     "We’re providing a first-of-its-kind course for policymakers worldwide on the policy and technical aspects of "
     "publicly attributing cyber incidents"),
    (SEED, "Has Russia already used its options against US companies?", "We hold them in reserve."),
    (SUGA, "Is Japan going ahead with full Olympic preparations despite COVID?",
     "Japan will continue careful and full preparation in order to realize the Tokyo games this summer"),
    (SEED, "Is Moscow still weighing Biden's summit proposal?",
     "Now we are studying different aspects of this initiative."),
    (CALL, "Does the US hope for a stable way forward with Russia?",
     "We hope for a stable and predictable way forward, but that’s — that’s really a matter for Russia."),
    (SEED, "Will Russia let American diplomats travel outside their host cities?",
     "We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis."),
    (SEED, "Is the Sputnik V plant in Belgrade expected to make a difference?",
     "We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution "
     "here."),
    (SEED, "Will Russia keep blocking Kosovo's bids to join international bodies?", "We will continue these efforts."),
    (SEED, "Do Russian export loans play a part in Serbian rail modernisation?",
     "Russian Railways International is playing an active role in it through the use of Russian export loans."),
    (SEED, "Will Russia go along with any Kosovo solution Serbia accepts?",
     "As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia."),
    (SEED, "Is the Open Skies Treaty still holding up?", "it is already hanging by a thread."),
    (SEED, "Will Russia and Serbia keep coordinating at the UN and the OSCE?",
     "We agreed to continue to coordinate at various forums, including the UN, the OSCE and the Council of Europe."),
    (SEED, "Is NIS a large part of Serbia's budget revenue?",
     "Last year the company accounted for 13 percent of the country’s budget revenues."),
    (SEED, "Is a ministry statement coming out right after the press conference?",
     "Literally right after the news conference, we will issue the Foreign Ministry’s statement"),
    (SEED, "Did Ushakov advise the US ambassador to go home for consultations?",
     "Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
     "consultations."),
    (SEED, "Has Moscow long complained to Washington about unequal embassy staffing?",
     "We have long been telling the Americans that the disparity in the numerical strength of diplomatic missions of "
     "Russia in the US and the US in Russia is unacceptable."),
]


def main() -> None:
    batches = {"A": quoted_rows(QUESTIONS[0::2], "A", "hl55", SEED, (3940, 1), lambda: "hl55"),
               "B": quoted_rows(QUESTIONS[1::2], "B", "hl55", SEED, (3970, 41), lambda: "hl55")}
    save_batches(HERE, batches, ids=True)


if __name__ == "__main__":
    main()
