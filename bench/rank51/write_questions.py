"""rank51's batch A and batch B questions, written from the transcripts before the system was run on any of them.
Aimed at the largest class of dev misses with the gold at ranks 2-5 (bench/rank51/classes.py): the speaker of the
answer says more on the same topic in other passages (the same turn's other pieces, or their other turns), so
that [1] is another passage of that speaker. Each question asks one fact stated in one sentence of a long talk
(a figure, a date, a name, a place, a thing done) whose words recur elsewhere in that speaker's talk; gold = the
answering sentence. Appends them to bench/questions/real-dev.jsonl and qa/data/seed_questions.jsonl, each gold quote
checked with qa.evaluate.questions.find_quote, and keeps a copy of each batch in bench/rank51/batch-{A,B}.jsonl.
Run once: `PYTHONPATH=. python bench/rank51/write_questions.py`."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import gold_rows, write_gold_rows  # noqa: E402

W, S, X = ("wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-biden-suga-press-conference-2021-04-16.md",
           "wh-background-press-call-russia-sanctions-2021-04-15.md")
C = "lavrov-selakovic-press-conference-2021-04-16.txt"
# (n, batch, transcript, question, gold)
REAL = [
    (1, "A", W, "What hourly wage did Biden find out some federal fire crews were getting?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."]),
    (2, "A", W, "After the retention incentives, what's the hourly floor for federal wildland crews, plus any bonus?",
     ["firefighters are making at least $15 an hour and provide for additional 10 percent bonuses for those working "
      "on the frontlines."]),
    (3, "A", W, "Compared with last year's 21, what's the count of fires still out of control this year?",
     ["This year, there are 36 that are uncontained and burning."]),
    (4, "A", W, "Roughly how many people fighting fires were on the ground in the region before July?",
     ["There are already about 9,000 firefighters deployed across the region"]),
    (5, "A", W, "From orbit, how tiny a blaze is the weather agency able to catch?",
     ["even as small as the size of your dining room table."]),
    (6, "A", W, "What does the energy department's computer array detect as it happens?",
     ["the Department of Energy has a sensor array computer analysis capability that can detect in real time the "
      "lightning strikes that might set off a blaze."]),
    (7, "A", W, "Which kinds of information does the environmental agency's phone app give people?",
     ["so individuals can easily access the latest information on air quality, smoke plumes, and public health "
      "guidance."]),
    (8, "A", W, "What dollar figure is the mitigation grant to the California county Biden named?",
     ["I’m announcing a $37 million federal grant to Sonoma County, California, in support of fire mitigation "
      "efforts that are underway."]),
    (9, "A", W, "How high did the thermometer climb in Oregon's valley over the weekend?",
     ["reaching upwards of 117 degrees."]),
    (10, "A", W, "Besides the nine lives, what housing losses did Brown's state suffer?",
     ["We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."]),
    (11, "A", X, "On which day in June does the prohibition on new ruble bonds kick in?",
     ["You should also know that the prohibition comes into effect on June 14 of this year."]),
    (12, "A", X, "What is the size of the debt market that funds the Russian government, and who holds part of it?",
     ["The ruble-denominated sovereign debt market is about 185 billion in size, about a quarter of these bonds are "
      "owned by foreign investors."]),
    (13, "A", X, "How many tech companies in Russia were designated for backing the intelligence service's hacking?",
     ["Treasury has today designated six Russian companies that provide support to the SVR cyber program",
      "Treasury’s designation of six Russian technology companies"]),
    (14, "A", X, "At which center in Germany will policymakers be trained to call out cyber attackers?",
     ["that will be inaugurated this year at the George C. Marshall Center in Germany."]),
    (15, "A", X, 
     "Before this step, what portion of Moscow's government borrowing was beyond the reach of US penalties?",
     ["This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues — the "
      "ruble-denominated portion — was untouched by our sanctions regime."]),
    (16, "A", S, "Under what numbered clause does America defend the islands Japan administers?",
     ["including the application of Article 5 of the Japan-U.S. Treaty of Mutual Cooperation and Security for the "
      "Senkaku Islands."]),
    (17, "A", S, "What's the target year for the two countries to have zero net emissions?",
     ["Japan and the United States are both committed to achieving net-zero emissions by 2050"]),
    (18, "A", S, "Who was the golfer from Japan that won at Augusta?",
     ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
      "week."]),
    (19, "A", S, "How did the late ambassador to Japan help Biden in his early Senate days?",
     ["he was a mentor of mine when I came to the Senate after my wife and daughter were killed"]),
    (20, "A", S, "Name the science fields where the two governments plan research together.",
     ["to driving joint research in areas like AI, genomics, quantum computing, and much more."]),
    (21, "B", W, "How much land went up in flames in last year's fires, by Biden's count?",
     ["more than 10 million acres burned"]),
    (22, "B", W, "Through which month does the usual season for wildfires last?",
     ["Fire season, traditionally, lasts through October."]),
    (23, "B", W, "How much is the bipartisan framework worth in the President's telling?",
     ["That’s why the Bipartisan Infrastructure Framework investment of about $50 billion"]),
    (24, "B", W, "How many members of the Prescott hotshot crew were mourned at the funeral Biden spoke at?",
     ["was at the funeral of the 19 Granite Mountain Hotshot firefighters, when the Prescott, Arizona, Fire "
      "Department got clobbered."]),
    (25, "B", W, "The county's mitigation money is part of which resilience program?",
     ["This grant is part of FEMA’s BRIC program — Building Resilient Infrastructure and Communities."]),
    (26, "B", W, "What number of wildfires did Brown's state see in 2020?",
     ["Last year, we had more than 2,000 fires that burned over a million acres."]),
    (27, "B", W, "How many times has the federal government declared a disaster in Oregon in the past year or so?",
     ["We’ve had four federal disaster declarations in my state since April of 2020."]),
    (28, "B", W, "How many bolts of lightning hit California in one day under the heat dome?",
     ["But that led to 12,000 lightning strikes in 24 hours"]),
    (29, "B", W, "How hot was it in the desert city in Southern California shortly before the meeting?",
     ["We were 123 down in Palm Springs two days ago"]),
    (30, "B", W, "What did the Vice President find still upright in the burned town she visited?",
     ["But the only thing standing in that community were the chimneys, which looked, in that scene, like "
      "tombstones."]),
    (31, "B", X, "Which hacking group, also called Cozy Bear, got the blame for the Orion breach?",
     ["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names — we are attributing as the actor "
      "that conducted this intrusion."]),
    (32, "B", X, "For trying to sway the 2020 vote, how many people and organisations were penalised?",
     ["Treasury also sanctioned 32 entities and individuals carrying out Russian government-directed attempts to "
      "influence the 2020 U.S. presidential election"]),
    (33, "B", X, "Which allies acted together with the Treasury on the occupation of the peninsula?",
     ["Furthermore, Treasury — in partnership with the EU, UK, Australia, and Canada — today sanctioned eight "
      "individuals and entities associated with Russia’s ongoing occupation and repression in Crimea."]),
    (34, "B", X, 
     "What is the number of the executive order that could be used to guard the communications supply chain?",
     ["The U.S. government is evaluating whether to take action under Executive Order 13873"]),
    (35, "B", X, "Where would the leaders' proposed meeting take place?",
     ["he proposed a summit meeting in the coming months, in a third country in Europe"]),
    (36, "B", S, "How soon is the climate gathering the President is hosting?",
     ["Next week, I’ll be hosting the Climate Leaders Summit"]),
    (37, "B", S, "What people-to-people program are Tokyo and Washington reviving?",
     ["today we agreed to resume what we call — what is called the “Mansfield Fellowship Program” to promote "
      "people-to-people connections between our countries."]),
    (38, "B", S, "What length of time did the weapons prohibition he got through Congress cover?",
     ["I’m the only one that ever got a 10-year ban on assault weapons and clips of more than 10 bullets."]),
    (39, "B", S, "Besides each other, whom will Tokyo and Washington bring into their Indo-Pacific work?",
     ["we will also cooperate with other countries and regions, including the ASEAN, Australia, and India."]),
    (40, "B", S, "What summer event does the Prime Minister want to stage as a sign the world is united?",
     ["I told the President about my determination to realize the Tokyo Olympic and Paralympic Games this summer as "
      "a symbol of a global unity."]),
]
SEED = [
    (3700, "A", "What percentage of government revenue in Belgrade did the petroleum firm account for?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."]),
    (3701, "A", "What month should the vaccine start being made in Serbia's capital?",
     ["We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution "
      "here."]),
    (3702, "A", "How many people does Russia have at its mission to the United Nations?",
     ["it would be correct not to count our employees with the UN mission – about 150 people – in the total "
      "number."]),
    (3703, "A", "What makes Lavrov say the New York mission should not count toward parity?",
     ["The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with "
      "bilateral ties."]),
    (3704, "A", "Beyond what distance from their city do diplomats have to give notice?",
     ["it is necessary to notify the authorities of the host country when any of these employees are going to travel "
      "beyond a 25-mile radius around the city where their diplomatic mission is located."]),
    (3705, "A", "What did the American military attache staff do in central Russia?",
     ["There was a recent incident when representatives of the military attache office travelled in central Russia "
      "without any notification."]),
    (3706, "A", "What is Moscow going to do with US-funded NGOs operating in Russia?",
     ["We will limit and suspend the activities of American foundations and NGOs on our territory."]),
    (3707, "A", "Do Russia's experts think the economy can handle the restrictions on its bonds?",
     ["That said, our specialists think that the Russian economy can cope with this scale."]),
    (3708, "A", "Did Russia accept the American offer of a meeting between the presidents?",
     ["We have already responded positively to it."]),
    (3709, "A", "In which month and year did Lavrov's trip to Belgrade produce a consultations plan?",
     ["which was signed during my visit to Belgrade in December 2020."]),
    (3710, "B", "Which Russian oil firm owns the biggest stake in Serbia's petroleum company?",
     ["Its main stakeholder and investor is Gazprom Neft."]),
    (3711, "B", "What is the total of outside investment into the Serbian oil company?",
     ["FDI in the company exceeds $3 billion."]),
    (3712, "B", "In which season and year was the trade deal with the Eurasian union signed?",
     ["In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."]),
    (3713, "B", "How does the Russian railway company pay for its part in modernising Serbian lines?",
     ["Russian Railways International is playing an active role in it through the use of Russian export loans."]),
    (3714, "B", "Which international bodies was Pristina kept out of?",
     ["the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other "
      "organisations were neutralised."]),
    (3715, "B", "How big is the list of US officials Moscow will sanction in return?",
     ["Today we will publish a list of eight officials representing the upper echelons of the administration in "
      "Washington."]),
    (3716, "B", "Leaving out the UN staff, how many Russians work on relations with America?",
     ["In other words, we have 300 employees on the bilateral front in the US."]),
    (3717, "B", "What annual number of short trips for each side does Russia suggest?",
     ["We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to "
      "Russia per year."]),
    (3718, "B", "What painful steps does Moscow say it could still take?",
     ["We also have opportunities to impose painful measures on American business."]),
    (3719, "B", "Where was Sullivan told to go, and for what?",
     ["Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
      "consultations."]),
]


def main() -> None:
    real, seed, batches = gold_rows(REAL, SEED, "rank51", C)
    if "--check" in sys.argv:
        for rows in batches.values():
            for r in rows:
                print(json.dumps(r, ensure_ascii=False))
        return
    write_gold_rows(real, seed, batches, "rank51")


if __name__ == "__main__":
    main()
