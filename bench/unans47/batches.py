"""Batches A and B of unans47 (written before any run of the system on them): figure and time near misses (a figure
or date the recording gives, asked of another place, year, party or thing it never ties it to) and answerable
controls worded the same ways (the figure asked with the qualifier it is said with). `--check` verifies each gold
quote is in its transcript; `--write` appends the rows to the dev files.

    .venv/bin/python bench/unans47/batches.py --check [--write]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

SAN = "wh-background-press-call-russia-sanctions-2021-04-15.md"
FIRE = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
LAMP = "changelog-552-leslie-lamport-interview.md"
CWV = "core-web-vitals-lecture-whisper.json"
AGENT = "agentic-ai-explained-youtube-captions.vtt"

# (batch, transcript, register, qualifier kind, question) -- unanswerable: the figure is said of something else
UNANSWERABLE = [
    ("A", FIRE, "reporter", "place", "What number of California houses did the 2020 blazes destroy, per the governors?"),
    ("A", FIRE, "phone", "place", "oregon lightning count in a single day — what was it"),
    ("A", FIRE, "student", "place", "Utah right now: what count of uncontained blazes is there?"),
    ("A", FIRE, "reporter", "place", "What is the number of firefighters currently on the ground in Oregon?"),
    ("A", FIRE, "reporter", "time", "Palm Springs' peak reading last summer — how many degrees?"),
    ("A", FIRE, "phone", "place", "how big was the federal grant for arizona fire mitigation"),
    ("A", FIRE, "student", "place", "Since April 2020, what tally of federal disaster declarations has California received?"),
    ("A", FIRE, "reporter", "place", "In Alaska, until what month does the fire season usually run?"),
    ("A", FIRE, "reporter", "time", "What acreage has burned across Oregon so far this year?"),
    ("B", FIRE, "phone", "place", "nevada death toll from the fires last year?"),
    ("B", FIRE, "student", "time", "What dollar amount did Sonoma County receive from federal grants back in 2020?"),
    ("B", FIRE, "reporter", "place", "What percentage cost share did the President approve for California's 2020 fires?"),
    ("B", FIRE, "reporter", "place", "Apart from houses, what number of other buildings were destroyed in New Mexico last year?"),
    ("A", SAN, "reporter", "time", "For interference in the 2016 vote, what number of entities got sanctioned by Treasury?"),
    ("A", SAN, "student", "modifier", "Of Russia's corporate borrowing, what fraction is in rubles?"),
    ("A", SAN, "phone", "party", "what portion of russia's ruble debt sits with us investors"),
    ("A", SAN, "reporter", "modifier", "On what date do the sanctions on Russian corporate bonds take effect?"),
    ("B", SAN, "student", "place", "Across Europe, what number of computer systems could the SVR reach through SolarWinds?"),
    ("B", SAN, "reporter", "party", "On what date did Trump's team answer the poisoning of Navalny?"),
    ("B", SAN, "reporter", "time", "How many individuals linked to the occupation of Crimea did Treasury sanction in 2014?"),
    ("A", SUGA, "student", "place", "China's net-zero target year — which one?"),
    ("A", SUGA, "phone", "place", "north korea uranium enrichment — to what percent"),
    ("A", SUGA, "reporter", "place", "For how many years was Japan's assault weapons ban in force?"),
    ("B", SUGA, "student", "place", "When will the Beijing games take place?"),
    ("B", SUGA, "reporter", "place", "By what year does India aim to cut its emissions?"),
    ("A", LAV, "reporter", "place", "How much foreign direct investment is there in Serbia's railways?"),
    ("A", LAV, "student", "place", "Vietnam and the EAEU: in which year was their free trade deal signed?"),
    ("A", LAV, "reporter", "place", "What headcount does Russia keep at its Geneva UN office?"),
    ("B", LAV, "phone", "place", "serbia's diplomatic staff in moscow — how big"),
    ("B", LAV, "reporter", "place", "How many employees per year does Russia propose to exchange with Serbia?"),
    ("A", LAMP, "student", "party", "Lamport's Dijkstra Prize: which year was it awarded?"),
    ("A", LAMP, "reporter", "party", "Jerod Santo's own start as a coder — which year was that?"),
    ("B", LAMP, "student", "party", "Dijkstra and the bakery algorithm: what year did he present it?"),
    ("B", LAMP, "phone", "place", "how many tla+ specs are in microsoft's repository"),
    ("A", CWV, "student", "party", "What does Bing say a good LCP score is?"),
    ("B", CWV, "student", "party", "According to Mozilla, how fast should input start processing?"),
    ("A", FIRE, "reporter", "place", "Compared with last year, how severe is Oregon's drought, by what factor?"),
    ("A", FIRE, "student", "place", "When was the FMAG for Klamath County approved?"),
    ("A", FIRE, "phone", "name", "distance from newsom to the dixie fire?"),
    ("A", FIRE, "reporter", "place", "What count of houses did Sonoma County lose to fire in 2020?"),
    ("A", FIRE, "student", "place", "In New Mexico, what number of big uncontained fires burned last year?"),
    ("A", FIRE, "reporter", "party", "CAL FIRE's own firefighters: what hourly wage do they earn?"),
    ("A", FIRE, "phone", "place", "nevada: lightning strikes in a day last summer, what number"),
    ("B", FIRE, "reporter", "place", "What temperature did Phoenix reach this week?"),
    ("B", FIRE, "student", "place", "How many Granite Mountain firefighters died in Oregon?"),
    ("B", FIRE, "phone", "name", "lava fire acreage so far?"),
    ("A", SAN, "reporter", "place", "How many Chinese companies did Treasury designate for supporting the SVR?"),
    ("A", SAN, "student", "place", "Within the UK government, what number of agencies did the SolarWinds hackers break into?"),
    ("A", SAN, "reporter", "time", "For the 2020 CYBER FLAG planning, what number of countries signed up?"),
    ("A", SAN, "phone", "place", "how many individuals tied to belarus did treasury sanction today"),
    ("B", SAN, "reporter", "time", "How many Russian diplomats did the US expel in 2018?"),
    ("B", SAN, "student", "modifier", "What is the size of Russia's dollar-denominated government bond market?"),
    ("A", SUGA, "reporter", "party", "When was the last two-plus-two between Japan and South Korea held?"),
    ("A", SUGA, "student", "party", "When will Prime Minister Suga host a climate summit?"),
    ("A", SUGA, "phone", "name", "matsuyama's us open title — which year was that"),
    ("B", SUGA, "reporter", "party", "When did Biden and President Moon mark the anniversary of the earthquake?"),
    ("B", SUGA, "student", "place", "How many G20 countries have not imposed sanctions on China?"),
    ("A", LAV, "reporter", "time", "Back in 2015, what fraction of Serbia's budget income did NIS provide?"),
    ("A", LAV, "student", "place", "How many Russian diplomatic employees are there in Canada?"),
    ("A", LAV, "reporter", "time", "During which season of 2020 was the EAEU–Serbia trade pact signed?"),
    ("B", LAV, "reporter", "party", "How many employees on short-term trips do the British send to Russia each year?"),
    ("A", LAMP, "student", "party", "Lamport's start date at Microsoft — which year?"),
    ("A", LAMP, "phone", "party", "at what age did jerod santo retire"),
    ("A", LAMP, "reporter", "time", "In what year did Markus Kuppe give his talk on TLA+ debugging?"),
    ("A", LAMP, "student", "place", "How much did the failed project at Microsoft cost?"),
    ("B", LAMP, "reporter", "party", "In what year did Jerod Santo first hear of computer science?"),
    ("A", AGENT, "phone", "place", "how long is the paris trip in the travel assistant example"),
    ("B", AGENT, "student", "place", "For a Rome holiday, what number of sunny days does the travel assistant example require?"),
]

# (batch, transcript, register, qualifier kind, question, gold quote) -- controls: the figure with its own qualifier
CONTROLS = [
    ("A", FIRE, "reporter", "place", "What number of Oregon houses did the 2020 blazes destroy, per the governors?",
     "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."),
    ("A", FIRE, "phone", "place", "oregon acreage burned in last year's fires?",
     "Last year, we had more than 2,000 fires that burned over a million acres."),
    ("A", FIRE, "student", "time", "Right now, what count of uncontained blazes is there across the West?",
     "This year, there are 36 that are uncontained and burning."),
    ("A", FIRE, "reporter", "place", "What is the number of firefighters currently on the ground across the western states?",
     "There are already about 9,000 firefighters deployed across the region"),
    ("A", FIRE, "reporter", "place", "Palm Springs' peak reading two days before the meeting — how many degrees?",
     "We were 123 down in Palm Springs two days ago; 111 just 48 hours ago."),
    ("A", FIRE, "phone", "place", "how big was the federal grant for sonoma county fire mitigation",
     "And today, I’m announcing a $37 million federal grant to Sonoma County, California, in support of fire "
     "mitigation efforts that are underway."),
    ("B", FIRE, "student", "place", "Since April 2020, what tally of federal disaster declarations has Oregon received?",
     "We’ve had four federal disaster declarations in my state since April of 2020."),
    ("B", FIRE, "reporter", "place", "What temperature did the Willamette Valley reach this weekend?",
     "reaching upwards of 117 degrees"),
    ("B", FIRE, "reporter", "place", "For Oregon's Labor Day fires of 2020, at what percentage was the cost share set?",
     "thank you for approving our cost-share adjustment related to our 2020 Labor Day wildfires at 100 percent for "
     "Oregon"),
    ("A", FIRE, "phone", "time", "west-wide acreage burned last year?",
     "more than 10 million acres burned"),
    ("A", SAN, "reporter", "time", "For interference in the 2020 vote, what number of entities and individuals did Treasury sanction?",
     "Treasury also sanctioned 32 entities and individuals carrying out Russian government-directed attempts to "
     "influence the 2020 U.S. presidential election"),
    ("A", SAN, "student", "modifier", "Of Russia's sovereign borrowing, what fraction is in rubles?",
     "This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues — the "
     "ruble-denominated portion — was untouched by our sanctions regime."),
    ("A", SAN, "phone", "party", "what portion of russia's ruble debt sits with foreign investors",
     "The ruble-denominated sovereign debt market is about 185 billion in size, about a quarter of these bonds are "
     "owned by foreign investors."),
    ("B", SAN, "reporter", "modifier", "The ban on buying new Russian sovereign debt: from what date does it apply?",
     "The sovereign debt prohibitions come into effect on June 14 of this year."),
    ("B", SAN, "student", "place", "Worldwide, what number of computer systems could the SVR reach through SolarWinds?",
     "So the SVR’s compromise of the SolarWinds software supply chain gave it the ability to spy on or potentially "
     "disrupt more than 16,000 computer systems worldwide."),
    ("B", SAN, "reporter", "party", "On what date did Biden's team answer the poisoning of Navalny?",
     "On March 2nd, the Biden administration, in coordination with several key allies and partners, announced our "
     "response to Russia’s use of a chemical weapon to poison Aleksey Navalny."),
    ("A", SAN, "reporter", "time", "In what year did Russia spend foreign reserves to defend its currency?",
     "Previously in 2014, Russia decided to spend some of its foreign reserves to defend the currency."),
    ("A", SUGA, "student", "place", "Japan and America's net-zero target year — which one?",
     "Japan and the United States are both committed to achieving net-zero emissions by 2050"),
    ("A", SUGA, "phone", "place", "what level is iran saying it will enrich to",
     "We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to "
     "60 percent."),
    ("B", SUGA, "reporter", "party", "Biden's assault weapons ban — its length in years?",
     "I’m the only one that ever got a 10-year ban on assault weapons and clips of more than 10 bullets."),
    ("B", SUGA, "student", "place", "When will the Tokyo games take place?",
     "Japan will continue careful and full preparation in order to realize the Tokyo games this summer"),
    ("A", LAV, "student", "place", "Serbia and the EAEU: in which year was their free trade deal signed?",
     "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."),
    ("A", LAV, "reporter", "place", "In reply to the US list, what number of American diplomats does Lavrov want out of Russia?",
     "We will respond in kind by proposing that 10 US diplomats leave Russia."),
    ("B", LAV, "phone", "place", "russia's bilateral staff in the us, not counting the un mission — how many",
     "In other words, we have 300 employees on the bilateral front in the US."),
    ("A", LAMP, "student", "party", "Lamport's Turing Award: which year was it awarded?",
     "this Turing Award which you won in 2013 for your work with distributed systems."),
    ("A", LAMP, "reporter", "party", "Lamport's own start as a coder — which year was that?",
     "I started programming in 1957"),
    ("B", LAMP, "student", "party", "Dijkstra and the mutual exclusion problem: what year did he introduce it?",
     "And the problem was recognized as being important and introduced by Edsger Dijkstra, I think it was in 1965."),
    ("B", LAMP, "phone", "party", "steve yegge came back to work at what age",
     "Steve Yagge just unretired at 54."),
    ("A", CWV, "student", "party", "What do web.dev and Google say a good LCP score is?",
     "According to web.dev and google, a good LCP score should be 2.5 seconds."),
    ("B", CWV, "student", "party", "According to Google, how fast should input start processing?",
     "And according to google and web.dev, your input should start processing in less than 100 milliseconds."),
    ("A", FIRE, "reporter", "place", "Compared with last year, how severe is California's drought, by what factor?",
     "California and some other places, drought conditions are twice that’s — what they — what they were last year."),
    ("A", FIRE, "student", "place", "When was the FMAG for Siskiyou County approved?",
     "I didn’t have to make a call to you to get the FMAG approved yesterday, up here in Siskiyou County"),
    ("A", FIRE, "phone", "name", "distance from newsom to the lava fire?",
     "the Lava Fire, which is a few miles away from me."),
    ("A", FIRE, "reporter", "time", "The Granite Mountain Hotshots tragedy: how long before the meeting did it happen?",
     "That tragedy happened eight years ago today."),
    ("A", FIRE, "student", "place", "oregon death toll from the fires last year?",
     "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."),
    ("A", FIRE, "phone", "place", "california: lightning strikes in a day, what number",
     "But that led to 12,000 lightning strikes in 24 hours"),
    ("A", FIRE, "reporter", "time", "Until what month does the fire season usually run?",
     "Fire season, traditionally, lasts through October."),
    ("A", FIRE, "student", "time", "In the West last year, what number of big uncontained fires burned?",
     "21 large, uncontained fires were burning."),
    ("B", FIRE, "student", "place", "How many Granite Mountain firefighters died in Arizona?",
     "the 19 Granite Mountain Hotshot firefighters, when the Prescott, Arizona, Fire Department got clobbered"),
    ("B", FIRE, "reporter", "party", "What were some federal firefighters paid per hour before the raise?",
     "Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."),
    ("B", FIRE, "phone", "time", "how much will federal firefighters make per hour this year",
     "firefighters are making at least $15 an hour"),
    ("B", FIRE, "reporter", "name", "How long has Governor Newsom waited to hear a President say that?",
     "I’ve been waiting almost four and a half years to hear a President say what you just said."),
    ("A", SAN, "reporter", "place", "Of Russian firms, what number did Treasury designate for aiding the SVR's hacking?",
     "Treasury has today designated six Russian companies that provide support to the SVR cyber program"),
    ("A", SAN, "student", "place", "Within the US federal government, what number of agencies did the SolarWinds hackers break into?",
     "focused on the nine federal agencies who were compromised"),
    ("A", SAN, "reporter", "time", "For this year's CYBER FLAG planning, what number of countries signed up?",
     "We will be inviting — and the UK, France, Denmark, and Estonia have agreed to join in the planning for this "
     "year CYBER FLAG exercise."),
    ("A", SAN, "phone", "place", "how many individuals tied to crimea did treasury sanction today",
     "today sanctioned eight individuals and entities associated with Russia’s ongoing occupation and repression in "
     "Crimea."),
    ("B", SAN, "reporter", "time", "Today's expulsions: what number of Russian officials must leave the US?",
     "the United States is expelling 10 Russian officials"),
    ("B", SAN, "student", "modifier", "What is the size of Russia's ruble-denominated government bond market?",
     "The ruble-denominated sovereign debt market is about 185 billion in size"),
    ("A", SUGA, "reporter", "party", "When was the last two-plus-two between Japan and the US held?",
     "two-plus-two held last month"),
    ("A", SUGA, "student", "party", "Biden's Climate Leaders Summit — when is he holding it?",
     "Next week, I’ll be hosting the Climate Leaders Summit"),
    ("A", SUGA, "phone", "name", "matsuyama's green jacket — which week was that",
     "And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this week."),
    ("B", SUGA, "reporter", "party", "When did Biden and Suga mark the anniversary of the earthquake?",
     "Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster that "
     "cost so many lives in Japan."),
    ("B", SUGA, "student", "place", "How many G7 countries have not imposed sanctions on China?",
     "Japan is the only G7 country that has not imposed sanctions on China."),
    ("A", LAV, "reporter", "party", "Every year, roughly what number of Americans come to Russia on short-term trips?",
     "the Americans send several hundreds of employees on short-term trips to Russia every year."),
    ("A", LAV, "student", "time", "In what season of 2019 did the EAEU and Serbia sign their trade deal?",
     "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."),
    ("B", LAV, "reporter", "place", "How many employees per year does Russia propose to exchange with the US?",
     "We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to "
     "Russia per year."),
    ("A", LAMP, "phone", "party", "yegge's age at his first retirement",
     "So he retired at 52, unretired, went back into the workforce."),
    ("A", LAMP, "student", "time", "In what year did the hardware designers have that insight, according to Lamport?",
     "I realized they had that insight in 1983."),
    ("A", LAMP, "reporter", "modifier", "How much did the failed project Lamport mentions cost?",
     "A 100 million dollar project that just failed, that was just abandoned after a few years."),
    ("A", LAMP, "student", "modifier", "In Lamport's movie analogy, what frame rate is used?",
     "24 frames per second"),
    ("B", LAMP, "reporter", "party", "In what year was Lamport not even aware of computer science?",
     "because that was in 1972, and there really wasn't computer science in those days."),
    ("A", AGENT, "phone", "place", "how long is the london trip in the travel assistant example",
     "assistant where you can say book a 7-day"),
    ("B", AGENT, "student", "place", "For a London holiday, what number of sunny days does the travel assistant example require?",
     "weather is sunny for at least 4 days."),
]

UN_FIRST, CONTROL_PREFIX = 4106, "dev-unans47-"


def rows():
    for i, (batch, transcript, register, qualifier, question) in enumerate(UNANSWERABLE):
        yield "bench/questions/unanswerable-dev.jsonl", {
            "id": f"dev-un-{UN_FIRST + i}", "question": question, "transcript": transcript, "kind": "unans47",
            "batch": batch, "answerable": False, "category": "figure-near-miss", "register": register,
            "qualifier": qualifier, "reference_answer": "Not said: the figure is given of something else"}
    for i, (batch, transcript, register, qualifier, question, gold) in enumerate(CONTROLS):
        yield "bench/questions/real-dev.jsonl", {
            "id": f"{CONTROL_PREFIX}{i + 1}", "question": question, "transcript": transcript, "kind": "unans47",
            "batch": batch, "gold_quotes": [gold], "answerable": True, "category": "unans47-control",
            "register": register, "qualifier": qualifier}


def transcript_text(name: str) -> str:
    path = REPO.parent / "shared" / "data" / "transcripts" / name
    if name.endswith(".json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        return " ".join(s["text"].strip() for s in data["segments"])
    return path.read_text(encoding="utf-8")


def main() -> None:
    from qa.evaluate.questions import find_quote
    bad = 0
    for _, row in rows():
        for quote in row.get("gold_quotes", []):
            if not find_quote(transcript_text(row["transcript"]), quote):
                bad += 1
                print("NOT FOUND", row["id"], quote)
    if "--write" in sys.argv and not bad:
        for path, row in rows():
            with open(REPO / path, "a", encoding="utf-8") as f:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("bad", bad)


if __name__ == "__main__":
    main()
