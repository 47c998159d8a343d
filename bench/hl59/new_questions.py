"""hl59's batches A and B (the seed's transcript and three Markdown transcripts of ../shared/data/transcripts),
written by reading the transcripts before any run: answerable questions that name a passage's topic (words most of
its sentences share: "SolarWinds", "the SVR", "sovereign debt", "firefighters", "diplomats") and one detail that
only the answering sentence says ("How confident is the intelligence community in attributing the hack to the
SVR?": "... has high confidence in its assessment of attribution to the SVR."). The class of
`bench/hl59/rare.py`'s misses. Each gold is written loosely and replaced by the transcript's own text (found exactly
once). A and B take each transcript's questions alternately. Writes bench/hl59/batch-A.jsonl and batch-B.jsonl (and
ids-A.txt, ids-B.txt); `--append` adds them to qa/data/seed_questions.jsonl and bench/questions/real-dev.jsonl.

    .venv/bin/python bench/hl59/new_questions.py [--append]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import (LAMPORT, LAVROV_PRESS, SANCTIONS_CALL, WILDFIRES, quoted_rows,  # noqa: E402
                              save_batches)

SEED = LAVROV_PRESS
CALL, FIRE = SANCTIONS_CALL, WILDFIRES

# (transcript, question, gold)
QUESTIONS = [
    (SEED, "In the talk of NIS, what figure did Lavrov give for investment from abroad in the company?",
     "FDI in the company exceeds $3 billion."),
    (SEED, "What money does Russia put into modernising the railways of Serbia?",
     "Russian Railways International is playing an active role in it through the use of Russian export loans."),
    (SEED, "Leaving out the UN mission, how many people would Russia not count toward diplomatic parity?",
     "it would be correct not to count our employees with the UN mission – about 150 people – in the total "
     "number."),
    (SEED, "Is the multilateral Open Skies document still alive, in Lavrov's telling?",
     "As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."),
    (SEED, "Apart from Washington, which government also said it would send Russian diplomats home?",
     "Poland also announced the expulsion of our diplomats."),
    (SEED, "Can the Russian economy withstand the national debt sanctions, in the view of Russian experts?",
     "That said, our specialists think that the Russian economy can cope with this scale."),
    (SEED, "Under which Russian code besides the Vienna convention will Moscow stop locals working at US missions?",
     "In accordance with the Vienna convention on diplomatic relations and Russian law, including the Labour Code, we "
     "are initiating a process to stop the practice of hiring citizens of Russia and third countries at American "
     "diplomatic missions."),
    (SEED, "Once Serbia and Kosovo reach a deal on its status, who must sign it off under Resolution 1244?",
     "The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, which "
     "has to be approved by the UN Security Council."),
    (SEED, "Which Kosovo settlement would Moscow back, as the Russian president has often said?",
     "As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia."),
    (SEED, "Which international organisations will the two foreign ministries coordinate in?",
     "We agreed to continue to coordinate at various forums, including the UN, the OSCE and the Council of Europe."),
    (SEED, "When is making the Russian vaccine in Serbia's capital scheduled to begin?",
     "We expect the launch of Sputnik V production in Belgrade scheduled for May"),
    (SEED, "What advice did the Kremlin aide give the American envoy about going home?",
     "Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
     "consultations."),
    (CALL, "How confident is the US intelligence community in attributing the SolarWinds intrusion to the SVR?",
     "The U.S. intelligence community has high confidence in its assessment of attribution to the SVR."),
    (CALL, "What can Washington do later on under the new Treasury bond directive, per the opening remarks?",
     "This directive provides authority for the U.S. government to expand sovereign debt sanctions on Russia as "
     "appropriate."),
    (CALL, "Why were the ten Russian officials from the Washington mission expelled?",
     "The United States is expelling these 10 Russian individuals because we have determined that they were acting "
     "in a manner inconsistent with their status in the United States."),
    (CALL, "Which partners joined Treasury in sanctioning those tied to the occupation of Crimea?",
     "Furthermore, Treasury — in partnership with the EU, UK, Australia, and Canada — today sanctioned eight "
     "individuals and entities associated with Russia's ongoing occupation and repression in Crimea."),
    (CALL, "In what kind of place did the president suggest the summit with his Russian counterpart take place?",
     "he proposed a summit meeting in the coming months, in a third country in Europe"),
    (CALL, "What does the action against the election interference entities seek to disrupt?",
     "This action seeks to disrupt the coordinated efforts of Russian officials, proxies, and intelligence agencies "
     "to delegitimize democratic electoral processes."),
    (CALL, "In which country will the first-of-its-kind policymakers' course open this year?",
     "will be inaugurated this year at the George C. Marshall Center in Germany."),
    (CALL, "What did the officials urge American companies relying on technology with Russian ties to do?",
     "The U.S. government strongly encourages all U.S. companies using communications or technologies supplied by "
     "companies with ties to Russia to evaluate the security of their infrastructure"),
    (CALL, "What reach did compromising the SolarWinds supply chain give the Russian spies, in number of systems?",
     "gave it the ability to spy on or potentially disrupt more than 16,000 computer systems worldwide."),
    (CALL, "Who did the officials say voiced support for the SolarWinds attribution?",
     "And you may have noted both Australia and the European Union statement of support for the attribution and the "
     "need to counter that malicious activity this morning."),
    (CALL, "What is the size in dollars of the market for Russia's ruble bonds?",
     "The ruble-denominated sovereign debt market is about 185 billion in size, about a quarter of these bonds are "
     "owned by foreign investors."),
    (CALL, "How did Moscow respond to a weakening currency the last time such measures hit, in 2014?",
     "Previously in 2014, Russia decided to spend some of its foreign reserves to defend the currency."),
    (CALL, "What is the June 14 start date of the debt prohibitions meant to give financial institutions?",
     "The rationale for this date is to allow time for financial institutions to understand and adapt to the "
     "measures we're taking"),
    (CALL, "Which victims carry the burden of the SolarWinds hack, per the third of the core reasons?",
     "And finally, the hack placed an undue burden on the mostly private-sector victims who must bear the unusually "
     "high costs of mitigating this incident."),
    (FIRE, "Below what pay per hour are some of the government's own fire crews, as Biden found out?",
     "Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."),
    (FIRE, "How do drought conditions in California compare with the year before, per Biden?",
     "You know, California and some other places, drought conditions are twice that's"),
    (FIRE, "Which of the new tools can catch the lightning that may start a blaze?",
     "Similarly, the Department of Energy has a sensor array computer analysis capability that can detect in real "
     "time the lightning strikes that might set off a blaze."),
    (FIRE, "What information will the new EPA app give people about wildfire smoke?",
     "so individuals can easily access the latest information on air quality, smoke plumes, and public health "
     "guidance."),
    (FIRE, "What amount of FEMA money did Biden announce for the California county that applied first?",
     "And today, I'm announcing a $37 million federal grant to Sonoma County, California, in support of fire "
     "mitigation efforts that are underway."),
    (FIRE, "How does the count of uncontrolled large fires now compare with the year before?",
     "This year, there are 36 that are uncontained and burning."),
    (FIRE, "It's only June: how many people are already fighting fires across the West?",
     "There are already about 9,000 firefighters deployed across the region"),
    (FIRE, "What happened to the Vice President's family home in Los Angeles during the fires?",
     "our family home was under an evacuation order in Los Angeles."),
    (FIRE, "What did firefighters in Paradise tell Harris about cars left in driveways?",
     "The firefighters that were there pointed out to me: If you look at the driveway, it may be a tragic situation "
     "if the cars are in the driveway because that means the folks didn't get out in time."),
    (LAMPORT, "What does Lamport say the bakery algorithm would be called these days?",
     "these days, it would be called the deli algorithm"),
]


def main() -> None:
    halves: dict[str, list] = {"A": [], "B": []}
    for name in (SEED, CALL, FIRE, LAMPORT):  # each transcript's questions taken alternately
        mine = [q for q in QUESTIONS if q[0] == name]
        halves["A"] += mine[0::2]
        halves["B"] += mine[1::2]
    batches = {"A": quoted_rows(halves["A"], "A", "hl59", SEED, (4620, 1), lambda: "hl59"),
               "B": quoted_rows(halves["B"], "B", "hl59", SEED, (4635, 41), lambda: "hl59")}
    save_batches(HERE, batches, ids=True)


if __name__ == "__main__":
    main()
