"""hl51's batches A and B (the seed's transcript and the four Markdown transcripts of ../shared/data/transcripts),
written by reading the transcripts; each gold is one sentence, the answering one, next to a sentence that names the
topic or says the question's words (a lead-in that restates it, a short answer after a long one, a figure after the
sentence that names what it counts). Each gold is written loosely here and replaced by the transcript's own text
(white space, quote marks and dashes as the file has them), found exactly once. Writes bench/hl51/batch-A.jsonl and
batch-B.jsonl; `--append` adds them to qa/data/seed_questions.jsonl and bench/questions/real-dev.jsonl.

    .venv/bin/python bench/hl51/new_questions.py [--append]
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

# (transcript, question, gold, side of the sentence that says the question's words: "after" = the gold follows it)
A = [
    (SEED, "How did the first tests at the Sputnik V plant in Belgrade go?",
     "The first tests were conducted there just recently, and they were successful.", "after"),
    (SEED, "What share of Serbia's budget revenues did NIS bring in last year?",
     "Last year the company accounted for 13 percent of the country's budget revenues.", "after"),
    (SEED, "Who is the main investor behind NIS?", "Its main stakeholder and investor is Gazprom Neft.", "after"),
    (SEED, "When did the EAEU and Serbia sign their free trade deal?",
     "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement.", "after"),
    (SEED, "What will Russia and Serbia do now that Kosovo's bids for Interpol and UNESCO have been blocked?",
     "We will continue these efforts.", "after"),
    (SEED, "What is Anatoly Antonov doing at the moment?", "Anatoly Antonov continues consultations.", "before"),
    (SEED, "For how long has Russia been raising the diplomatic headcount gap with Washington?",
     "We have discussed this topic for many years.", "after"),
    (SEED, "What has the US done about the Open Skies Treaty?",
     "The US has withdrawn from it and is not going to come back.", "after"),
    (SEED, "What did the attache office's travellers say when a Russian representative asked about their trip?",
     "They simply ignored a question by an authorised representative and said they were not going to deal with "
     "this.", "after"),
    (SEED, "How will Moscow answer the Poles expelling Russian diplomats?", "We will respond accordingly as well.",
     "after"),
    (SEED, "What is Russia doing with its options for painful measures against American business?",
     "We hold them in reserve.", "after"),
    (SEED, "What are the American foundations really up to in Russia, per Lavrov?",
     "In reality, they are openly meddling in our domestic politics.", "after"),
    (SUGA, "In which fields will Japan and the US cooperate on technology?",
     "So we're going to work together across a range of fields - from promoting secure and reliable 5G networks",
     "after"),
    (SUGA, "What gathering will Biden host the week after Suga's visit?",
     "Next week, I'll be hosting the Climate Leaders Summit", "after"),
    (SUGA, "When did Biden go to the area hit by the 2011 earthquake and tsunami?",
     "I visited that area shortly after it happened.", "after"),
    (SUGA, "Who was the first Japanese golfer to win the Green Jacket?",
     "And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
     "week.", "after"),
    (SUGA, "What does the Japanese prime minister call America?", "The United States is Japan's best friend.",
     "before"),
    (SUGA, "Besides opposing coercion in the China seas, what did Biden and Suga agree about China?",
     "At the same time, we agreed on the necessity for each of us to engage in frank dialogue with China.", "after"),
    (SUGA, "What does Biden say Congress must do about universal background checks?",
     "The Congress has to step up and act.", "after"),
    (FIRE, "How many uncontained fires are burning this year, compared with last year?",
     "This year, there are 36 that are uncontained and burning.", "after"),
    (FIRE, "Do wildfires respect state lines?",
     "They don't stop at a county or a state line - or country line, for that matter.", "after"),
    (FIRE, "How did Biden react to learning that federal firefighters earn less than $13 an hour?",
     "that's unacceptable to me.", "after"),
    (FIRE, "How long ago did the nineteen Hotshots die in Prescott?", "That tragedy happened eight years ago today.",
     "after"),
    (FIRE, "Which FEMA program is the Sonoma County grant part of?",
     "This grant is part of FEMA's BRIC program - Building Resilient Infrastructure and Communities.", "after"),
    (FIRE, "Which of Harris's relatives is a firefighter?", "My brother-in-law is a California firefighter.", "after"),
    (FIRE, "What happened to Harris's own family home during the fires?",
     "our family home was under an evacuation order in Los Angeles.", "after"),
    (CALL, "Does the official think a downward spiral with Russia can be avoided?",
     "We think we can and should avoid that.", "after"),
    (CALL, "Under the new bond directive, what may Washington do later?",
     "This directive provides authority for the U.S. government to expand sovereign debt sanctions on Russia as "
     "appropriate.", "after"),
    (CALL, "Given the bounty evidence, what is Moscow now expected to do?",
     "This information puts a burden on the Russian government to explain its actions and take steps to address "
     "this disturbing pattern of behavior.", "after"),
    (CALL, "How does the official describe the move into the Russian sovereign debt market?",
     "This is a matter of principle.", "after"),
]

B = [
    (SEED, "What is the size of the FDI that NIS has received?", "FDI in the company exceeds $3 billion.", "after"),
    (SEED, "Through what does Russian Railways International help modernise Serbia's railways?",
     "Russian Railways International is playing an active role in it through the use of Russian export loans.",
     "after"),
    (SEED, "Under Resolution 1244, who has to approve a deal on Kosovo?",
     "The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, which "
     "has to be approved by the UN Security Council.", "after"),
    (SEED, "How does Lavrov characterise the statements about a Greater Albania?",
     "These are unacceptable, provocative and very harmful statements.", "before"),
    (SEED, "How many Russian staff does Lavrov say work on the bilateral front in the US?",
     "In other words, we have 300 employees on the bilateral front in the US.", "after"),
    (SEED, "After withdrawing from the open ground memorandum, how will Russia treat travel by US diplomats?",
     "We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis.",
     "after"),
    (SEED, "What is Russia's reply to Washington expelling ten of its diplomats?",
     "We will respond in kind by proposing that 10 US diplomats leave Russia.", "after"),
    (SEED, "What happens to the eight Washington officials once Russia publishes its list?",
     "They will be also included on our sanctions list.", "after"),
    (SEED, "What further measure did Lavrov announce after the sanctions on officials and the debt?",
     "We will limit and suspend the activities of American foundations and NGOs on our territory.", "before"),
    (SEED, "What does Russia want to happen with its vaccine cooperation with Serbia?",
     "We agree that this cooperation should continue for the sake of protecting citizens' lives and health.",
     "after"),
    (SEED, "Does Russia do the same thing as the US with local hires?",
     "We do not engage in this practice, so we are introducing parity on this issue.", "after"),
    (SEED, "What reason does Lavrov give for leaving the UN staff out of the count?",
     "The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with "
     "bilateral ties.", "after"),
    (SUGA, "What did the two leaders commemorate together in March?",
     "Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster that "
     "cost so many lives in Japan.", "before"),
    (SUGA, "With which partners will Japan and the US work on a free and open Indo-Pacific?",
     "we will also cooperate with other countries and regions, including the ASEAN, Australia, and India.", "after"),
    (SUGA, "What did the Japanese prime minister convey about his country's military capabilities?",
     "I conveyed my resolve to reinforce Japan's defense capabilities", "after"),
    (SUGA, "How did Biden respond to Suga's resolve to hold the Tokyo Games this summer?",
     "President Biden once again expressed his support for this determination.", "after"),
    (SUGA, "Will Biden give up on banning assault weapons?", "And I'm not going to give up until it's done.",
     "after"),
    (SUGA, "What role has the US-Japan alliance played, according to Suga?",
     "Our alliance has served its role as the foundation of peace and stability for the Indo-Pacific region and the "
     "world.", "before"),
    (FIRE, "Is the wildfire problem getting better or worse, in Biden's view?",
     "and we know it's getting worse.", "after"),
    (FIRE, "How does Biden sum up where the federal government stands on wildfire preparation?",
     "The truth is we're playing catch up.", "before"),
    (FIRE, "Besides the fire risk, what damage to infrastructure did Biden say the heat causes?",
     "Roads are buckling under the heat.", "after"),
    (FIRE, "What did Biden urge other counties to do next year?",
     "I encourage more communities to do so next year.", "after"),
    (FIRE, "What makes the wildfires personal for Harris?",
     "This is a personal issue for me as a daughter of California.", "after"),
    (FIRE, "What did Harris see still standing when she reached Paradise?",
     "But the only thing standing in that community were the chimneys, which looked, in that scene, like "
     "tombstones.", "after"),
    (FIRE, "What do firefighters deserve, according to Biden?",
     "they deserve to be paid and paid good wages.", "after"),
    (CALL, "Is the whole American response going to be visible?",
     "There will be elements of our responses to these actions that will remain unseen.", "before"),
    (CALL, "What earlier assessment does naming the SVR update?",
     "This is an update to the January 5th, 2021, assessment by the previous administration", "after"),
    (CALL, "Does the administration want to use the extra powers in the new executive order?",
     "We would prefer not to have to deploy these authorities", "after"),
    (CALL, "How many Russian officials must leave the D.C. mission?",
     "And the United States is expelling 10 Russian officials from Russia's Washington, D.C., diplomatic mission.",
     "after"),
    (CALL, "Will the US accept the targeting of its troops?",
     "They will continue to do so, and we cannot and will not accept the targeting of our personnel like this.",
     "after"),
]


def main() -> None:
    batches = {"A": quoted_rows(A, "A", "hl51", SEED, (3660, 1), lambda side: f"hl51-{side}"),
               "B": quoted_rows(B, "B", "hl51", SEED, (3680, 41), lambda side: f"hl51-{side}")}
    save_batches(HERE, batches)


if __name__ == "__main__":
    main()
