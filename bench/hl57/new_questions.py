"""hl57's batches A and B (the seed's transcript and three Markdown transcripts of ../shared/data/transcripts),
written by reading the transcripts before any run: answerable questions asked in the words of a sentence that names
the topic, whose gold is the sentence right beside it that answers in words of its own (mostly the one after: "We
place a great deal of importance on ... the Intergovernmental Committee" / "Its co-chairs have already had ..."; a few
the one before, where the named sentence points back to it). The class of `bench/hl57/neighbours.py`'s misses: the
gold one sentence from the highlight. Each gold is written loosely and replaced by the transcript's own text (found
exactly once). A and B take each transcript's questions alternately. Writes bench/hl57/batch-A.jsonl and
batch-B.jsonl (and ids-A.txt, ids-B.txt); `--append` adds them to qa/data/seed_questions.jsonl and
bench/questions/real-dev.jsonl.

    .venv/bin/python bench/hl57/new_questions.py [--append]
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

# (transcript, question, gold)
QUESTIONS = [
    (SEED, "How far has the Sputnik V production in Belgrade got so far?",
     "The first tests were conducted there just recently, and they were successful."),
    (FIRE, "Some federal firefighters are paid below 13 dollars: what was Biden's verdict on that?",
     "This is — that’s unacceptable to me."),
    (CALL, "What is the first aspect of the US response to SolarWinds?",
     "First, naming and imposing costs on the perpetrator of SolarWinds."),
    (SUGA, "Despite still taking COVID precautions, why did Biden and Suga meet in person?",
     "But our commitment to meet in person is indicative of the importance and the value we both place on this "
     "relationship"),
    (SEED, "Where does the US stand now on the Open Skies Treaty?",
     "The US has withdrawn from it and is not going to come back."),
    (FIRE, "What did Biden do once he learned what some federal firefighters are paid?",
     "And I immediately directed my team to take decisive action to fix it."),
    (CALL, "What will the US keep doing about the Russian technology companies it designated?",
     "And we will continue to hold those companies accountable for that behavior."),
    (SUGA, "Who won the Green Jacket that Biden brought up?",
     "And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this week."),
    (SEED, "What did the military attache staff do when they travelled in central Russia without notice?",
     "They simply ignored a question by an authorised representative and said they were not going to deal with this."),
    (FIRE, "How long ago did the 19 Granite Mountain firefighters die?",
     "That tragedy happened eight years ago today."),
    (CALL, "Who else supported the attribution of malicious Russian cyber activity besides the US?",
     "And you may have noted both Australia and the European Union statement of support for the attribution"),
    (SUGA, "How did Biden mark Matsuyama's win at the Masters?",
     "So let me say congratulations to Japan as well on that feat."),
    (SEED, "What will happen to the eight US officials on the list Russia will publish?",
     "They will be also included on our sanctions list."),
    (FIRE, "Besides wildfire risk, what damage does the western heat wave do to infrastructure?",
     "Roads are buckling under the heat."),
    (CALL, "What is the effort behind the CYBER FLAG exercise for?",
     "This effort is intended to reinforce again our commitment to the security of our allies and partners."),
    (SUGA, "What came of Suga telling Biden about his determination to hold the Tokyo Olympics?",
     "President Biden once again expressed his support for this determination."),
    (SEED, "Lavrov says Russia could hurt American business: is it doing so now?",
     "We hold them in reserve."),
    (FIRE, "When Harris arrived in Paradise, what about the families there?",
     "The families still hadn’t been let back in."),
    (CALL, "What happened when the US removed investors from Russia's debt market in 2014, 2015 and 2019?",
     "When you remove U.S. investors from the primary market, it causes a broader chilling effect."),
    (SUGA, "Were Biden and Suga of one mind about discrimination against Asian Americans?",
     "We agreed on this regard."),
    (SEED, "What is the one more measure Lavrov announced?",
     "We will limit and suspend the activities of American foundations and NGOs on our territory."),
    (FIRE, "What came after Oregon's three days of record-breaking heat in the Willamette Valley?",
     "And, unfortunately, it follows one of the most devastating wildfire seasons in our state’s history."),
    (CALL, "How has Moscow answered Biden's proposal of a summit in a third country in Europe?",
     "The Russians have not responded to that to say whether they will"),
    (SUGA, "What did the two leaders agree about the free and open Indo-Pacific?",
     "We agreed that while Japan and the U.S. will take the lead to promote the vision through concrete efforts"),
    (SEED, "Whom does Lavrov say the US-funded foundations and NGOs are interfering with?",
     "In reality, they are openly meddling in our domestic politics."),
    (FIRE, "According to Governor Brown, what does the Good Neighbor Authority deliver?",
     "It creates jobs, creates healthy landscapes, and reduces wildfire risk."),
    (CALL, "Beyond not wanting an escalatory cycle, how does the US mean its actions against Russia to be?",
     "We intend these responses to be proportionate and tailored to the specific past activities"),
    (SUGA, "In their talks on China, what did the two leaders say about speaking with Beijing?",
     "At the same time, we agreed on the necessity for each of us to engage in frank dialogue with China."),
    (SEED, "Do Russian missions in America take on local staff the way US missions in Russia do?",
     "We do not engage in this practice, so we are introducing parity on this issue."),
    (FIRE, "Should every state get its Guard ready for fires the way Oregon does, per Brown?",
     "This should be universal practice nationwide."),
    (CALL, "Does the administration expect Moscow to answer these sanctions?",
     "They have indicated publicly and in other formats that they would intend to respond to this"),
    (SUGA, "Has Biden been to the area of the earthquake and tsunami that Japan marked last month?",
     "I visited that area shortly after it happened."),
    (SEED, "Why should Russia's UN mission staff be left out of the diplomatic head count?",
     "The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with "
     "bilateral ties."),
    (FIRE, "What came of last year's heat dome over the West Coast?",
     "But that led to 12,000 lightning strikes in 24 hours"),
    (SEED, "How much foreign investment is there in NIS, the engine of Serbia's economy?",
     "FDI in the company exceeds $3 billion."),
    (FIRE, "Why does Biden say wildfires are not a partisan phenomenon?",
     "They don’t stop at a county or a state line — or country line, for that matter."),
    (SEED, "Why is Ambassador Antonov still holding consultations, according to Lavrov?",
     "The situation is quite complicated and it is necessary to analyse it in detail"),
    (FIRE, "Biden gave last year's count of big fires burning; what is this year's?",
     "This year, there are 36 that are uncontained and burning."),
    (SEED, "Once Russia leaves the memorandum on open ground, how will it treat diplomats' trips?",
     "We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis."),
    (FIRE, "What is climate change doing to a fire season that traditionally lasts through October?",
     "But with climate change — climate change driving the dangerous confluence of extreme heat and prolonged "
     "drought — we’re seeing wildfires in greater in"),
    (SEED, "After stopping unlimited short-term State Department trips, what limit will Russia propose?",
     "We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to "
     "Russia per year."),
    (SUGA, "How does Suga describe the United States in his thanks for the welcome?",
     "The United States is Japan’s best friend."),
]


def main() -> None:
    halves: dict[str, list] = {"A": [], "B": []}
    for name in (SEED, FIRE, CALL, SUGA):  # each transcript's questions taken alternately
        mine = [q for q in QUESTIONS if q[0] == name]
        halves["A"] += mine[0::2]
        halves["B"] += mine[1::2]
    batches = {"A": quoted_rows(halves["A"], "A", "hl57", SEED, (4280, 1), lambda: "hl57"),
               "B": quoted_rows(halves["B"], "B", "hl57", SEED, (4310, 41), lambda: "hl57")}
    save_batches(HERE, batches, ids=True)


if __name__ == "__main__":
    main()
