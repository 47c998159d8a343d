"""hl64's batches A and B: questions whose answer is the sentence right after one that names their topic in their
own words (issue 10 point 3: "the answer in the sentence after a restating one"), written by reading the seed's
press conference and three of ../shared/data/transcripts before any run. Each question names the topic of a
sentence and asks what the next sentence says ("Which FEMA programme is the $37 million Sonoma County grant part
of?": "And today, I'm announcing a $37 million federal grant to Sonoma County ..." / "This grant is part of FEMA's
BRIC program ..."); the gold is that next sentence. Each gold is written loosely and replaced by the transcript's own
text (found exactly once). Writes bench/hl64/batch-A.jsonl and batch-B.jsonl (and ids-A.txt, ids-B.txt); `--append`
adds them to qa/data/seed_questions.jsonl and bench/questions/real-dev.jsonl.

    .venv/bin/python bench/hl64/new_questions.py [--append]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import (LAVROV_PRESS, SANCTIONS_CALL, SUGA_PRESS, WILDFIRES, quoted_rows,  # noqa: E402
                              save_batches)

SEED = LAVROV_PRESS

A = [
    (SEED, "What share of the country's budget revenues came from NIS, the engine of Serbia's economy, last year?",
     "Last year the company accounted for 13 percent of the country’s budget revenues."),
    (SEED, "How is Russia taking part in the Serbian railway improvement programme?",
     "Russian Railways International is playing an active role in it through the use of Russian export loans."),
    (SEED, "Can Moscow answer the sectoral sanctions on Russian national debt with levers of the same scale?",
     "For obvious reasons, we do not have comparable levers of influence on the US on such a scale."),
    (SEED, "How has Moscow reacted so far to President Biden's proposal to hold a bilateral summit?",
     "We have already responded positively to it."),
    (SEED, "What will Russia do now that Poland has announced the expulsion of Russian diplomats?",
     "We will respond accordingly as well."),
    (SEED, "Whom does Russia keep calling on to stop the talk of a Greater Albania?",
     "We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an "
     "end to these sentiments and plans and not to allow this rhetoric to escalate."),
    (SEED, "Where are Russia's own employees among the 450 diplomatic and administrative staff posted?",
     "Our employees are affiliated with the Embassy, two consulates-general and the Russian Permanent Mission to the "
     "UN."),
    (SEED, "What did the military attache officers who travelled in central Russia without notification do when "
           "they were questioned?",
     "They simply ignored a question by an authorised representative and said they were not going to deal with "
     "this."),
    (SEED, "Who is the main stakeholder in NIS, the successful Serbian oil company?",
     "Its main stakeholder and investor is Gazprom Neft."),
    (SANCTIONS_CALL, "What did President Biden sign today as the sanctions part of the US response?",
     "Today, President Biden signed a new sanctions executive order that provides strengthened authorities for the "
     "administration to respond to and deter Russia’s harmful foreign activities."),
    (SANCTIONS_CALL, "Would the administration like to use the extra authorities of the new EO that it is not "
                     "exercising today?",
     "We would prefer not to have to deploy these authorities"),
    (SANCTIONS_CALL, "What is the intelligence finding on Afghanistan bounties based on, given its low to moderate "
                     "confidence?",
     "Our conclusion is based on information and evidence of connections between criminal agents in Afghanistan and "
     "elements of the Russian government."),
    (SANCTIONS_CALL, "Have the Russians replied to Biden's proposal of a summit in a third country in Europe?",
     "The Russians have not responded to that to say whether they will — whether President Putin will participate "
     "in such a summit."),
    (SANCTIONS_CALL, "How much of Russia's sovereign debt did the old ban on non-ruble debt purchases at issuance "
                     "leave untouched?",
     "This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues — the "
     "ruble-denominated portion — was untouched by our sanctions regime."),
    (SANCTIONS_CALL, "Which governments have backed the attribution, since the US is not alone facing malicious "
                     "Russian cyber activity?",
     "And you may have noted both Australia and the European Union statement of support for the attribution and the "
     "need to counter that malicious activity this morning."),
    (SANCTIONS_CALL, "What happens when US investors are removed from the primary market, judging from 2014, 2015 "
                     "and 2019?",
     "When you remove U.S. investors from the primary market, it causes a broader chilling effect."),
    (WILDFIRES, "What is climate change doing to a fire season that traditionally lasts through October?",
     "But with climate change — climate change driving the dangerous confluence of extreme heat and prolonged "
     "drought — we’re seeing wildfires in greater intensity that move with more speed"),
    (WILDFIRES, "How many firefighters are already deployed across the region, with 36 large fires uncontained?",
     "There are already about 9,000 firefighters deployed across the region"),
    (WILDFIRES, "How will people get the information to protect themselves and their families from smoke and fire "
                "risks?",
     "This will include launching a new apt \\[sic\\] — a new app on — from EPA, so individuals can easily access "
     "the latest information on air quality, smoke plumes, and public health guidance."),
    (SUGA_PRESS, "What did Japan and the US launch with India and Australia as part of getting the pandemic under "
                 "control?",
     "Earlier this year, we — together with India and Australia — launched the landmark Quad Vaccine Partnership to "
     "expand the manufacturing of COVID-19 vaccines"),
    (SUGA_PRESS, "Did Biden ever go to the area of the earthquake and tsunami whose tenth anniversary the two "
                 "countries marked?",
     "I visited that area shortly after it happened."),
    (SUGA_PRESS, "Besides Japan and the US taking the lead, who will they cooperate with on the free and open "
                 "Indo-Pacific?",
     "we will also cooperate with other countries and regions, including the ASEAN, Australia, and India."),
]

B = [
    (SEED, "Why is Russia limiting the activities of American foundations and NGOs on its territory?",
     "In reality, they are openly meddling in our domestic politics."),
    (SEED, "How will Russia answer the list of ten Russian diplomats asked to leave the United States?",
     "We will respond in kind by proposing that 10 US diplomats leave Russia."),
    (SEED, "Given that Resolution 1244 has not been cancelled, what may responsible European politicians not do?",
     "Responsible politicians (especially the heads of European governments), I believe, have no right to express "
     "any ideas that blatantly undermine the very concept of UN Security Council Resolution 1244"),
    (SEED, "Where will Russia keep Belgrade's rights over Kosovo on the agenda as a priority?",
     "We will continue to speak in favour of maintaining this issue as a priority at the UN Security Council, with a "
     "view to seeing Resolution 1244 implemented in full."),
    (SEED, "Which company is operating successfully among the landmark energy projects of Russian-Serbian "
           "cooperation?",
     "Naftna Industrija Srbije (NIS) [Petroleum Industry of Serbia] is operating successfully."),
    (SEED, "For how long has Russia raised the disparity in the size of the two countries' diplomatic missions?",
     "We have discussed this topic for many years."),
    (SEED, "How many Russian employees are on the bilateral front in the US once the UN mission is not counted?",
     "In other words, we have 300 employees on the bilateral front in the US."),
    (SEED, "Why is Ambassador Anatoly Antonov still holding consultations?",
     "The situation is quite complicated and it is necessary to analyse it in detail, all the more so since some "
     "things in Washington are not entirely comprehensible."),
    (SEED, "What is Russia doing with its opportunities to impose painful measures on American business?",
     "We hold them in reserve."),
    (SANCTIONS_CALL, "What does the evidence of links between criminal agents in Afghanistan and the Russian "
                     "government oblige Moscow to do?",
     "This information puts a burden on the Russian government to explain its actions and take steps to address "
     "this disturbing pattern of behavior."),
    (SANCTIONS_CALL, "Why does the prohibition on new ruble sovereign debt only come into effect on June 14?",
     "The intent — the intent here is to allow for an orderly process and to limit spillovers to U.S. or global "
     "financial markets."),
    (SANCTIONS_CALL, "Which countries have agreed to help plan the Defense Department's annual cyber exercise?",
     "We will be inviting — and the UK, France, Denmark, and Estonia have agreed to join in the planning for this "
     "year CYBER FLAG exercise."),
    (SANCTIONS_CALL, "What is the rationale for starting the sovereign debt prohibitions on that date in June?",
     "The rationale for this date is to allow time for financial institutions to understand and adapt to the "
     "measures we’re taking"),
    (SANCTIONS_CALL, "Are the actions announced today tied to the bounties issue too, or only to the cyber "
                     "intrusions and election interference?",
     "but we are not specifically tying the actions we are taking today to that — to that matter."),
    (SANCTIONS_CALL, "How do Russia's actions relate to the open, interoperable, secure and reliable Internet the US "
                     "affirms?",
     "Russia’s actions run counter to that goal, which is shared by many of our allies and partners."),
    (WILDFIRES, "What will be done with NOAA's fire-spotting satellites and the Energy Department's lightning "
                "sensors?",
     "And we’re going to use those tools to identify fires that start in remote places and share that information "
     "so the firefighters on the ground can respond immediately before a fire has spread out of control."),
    (WILDFIRES, "Which FEMA program is the $37 million federal grant to Sonoma County part of?",
     "This grant is part of FEMA’s BRIC program — Building Resilient Infrastructure and Communities."),
    (WILDFIRES, "Now that firefighting is a year-round mission, how are seasonal firefighters being kept on the job "
                "this year?",
     "So we’ve made sure seasonal firefighters can stay on the job, as long as they are needed this year, by "
     "allowing them to work beyond their term."),
    (WILDFIRES, "Why is the government playing catch up on wildfires?",
     "This is an area that has been under-resourced, but that’s going to change, if we have anything to do with "
     "it."),
    (WILDFIRES, "Since wildfires don't stop at a state line, what kind of response does Biden call for?",
     "We need a coordinated, comprehensive response with all the federal working — all the federal government "
     "working in close cooperation to support you, the states."),
    (SUGA_PRESS, "What does the shared investment of Japan and the US in innovation include?",
     "That includes making sure we invest in and protect the technologies that will maintain and sharpen our "
     "competitive edge."),
    (SUGA_PRESS, "How will Japan and the US help developing countries in the Indo-Pacific as they work toward "
                 "net-zero emissions?",
     "And we’ll work together to advance clean energy technologies and help nations throughout the Indo-Pacific "
     "region, especially developing countries, develop renewable energies and decarbonize their economies."),
    (SUGA_PRESS, "What values do Japan and its best friend, the United States, share as allies?",
     "Japan and the U.S. are allies that share universal values, such as freedom, democracy, and human rights."),
]


def main() -> None:
    batches = {"A": quoted_rows(A, "A", "hl64", SEED, (5400, 1), lambda: "hl64-after"),
               "B": quoted_rows(B, "B", "hl64", SEED, (5425, 41), lambda: "hl64-after")}
    save_batches(HERE, batches, ids=True)


if __name__ == "__main__":
    main()
