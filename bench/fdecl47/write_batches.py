"""Writes fdecl47's batches C and D (appended to the dev question files): questions that name a speaker or a
recording and a topic that the source says only in other words ("the heatwave" for "record-breaking high
temperatures"), and unanswerable ones of the same shapes (a topic the named source never speaks of, or that another
speaker speaks of). C is read while the gate is set; D is run once after it is frozen. Run once; kept for the record.

    PYTHONPATH=. .venv/bin/python bench/fdecl47/write_batches.py
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, AGENTIC as A, BAGGING as B, WEB_VITALS as V,
    LAVROV_PRESS as R)

# (transcript, question, gold quotes): the source says the topic only in other words
ANS = [
    (W, "What did Governor Brown say about the heatwave in her state?", ["my state of Oregon experienced three consecutive days of record-breaking high temperatures across the Willamette Valley, reaching upwards of 117 degrees."]),
    (W, "What did Governor Brown say about disaster aid for immigrants without papers?", ["Everyone impacted by a disaster should be eligible for FEMA assistance, including our undocumented families."]),
    (W, "What did Governor Brown say about thinning overgrown federal woodland?", ["we have partnered with the federal government over the years to reduce wildfire risk on federal lands through collaborative processes, including prescribed burns, removing dead trees and underbrush."]),
    (W, "What did Brown say about poorer and minority neighborhoods?", ["our communities of color, our rural and low-income communities were disproportionately impacted."]),
    (W, "What did Governor Brown say about readying part-time soldiers before summer?", ["Making sure we have resources to train our National Guardsmen and women prior to fire season has been extremely helpful the last two fire seasons."]),
    (W, "What did Governor Brown say about states back east being busy with storms?", ["our eastern counterparts are preparing for a very difficult hurricane season, and so we may not be able to rely on other regions to help out this year."]),
    (W, "What did Harris say about her sister's husband's job?", ["My brother-in-law is a California firefighter."]),
    (W, "What did the Vice President say about what was left of Paradise after the blaze?", ["But the only thing standing in that community were the chimneys, which looked, in that scene, like tombstones."]),
    (W, "What did Harris say about reusing and saving water?", ["We’re thinking about recycling and all that we know is available to us to actually be smarter, in terms of the conservation of this diminishing and valuable resource called “water.”"]),
    (W, "What did Newsom say about the strain on help between states?", ["The mutual aid system has been stretched in this country."]),
    (W, "What did Newsom say about the electrical storm of last summer?", ["But that led to 12,000 lightning strikes in 24 hours and five of the most destructive wildfires"]),
    (W, "What did Newsom say about moving away from fossil fuels?", ["this is also an incredible economic opportunity to completely transform our economy and to get off of carbon"]),
    (W, "What did Newsom say about the emergency grant for the blaze near him?", ["I didn’t have to make a call to you to get the FMAG approved yesterday"]),
    (W, "What did Biden say about extra pay for crews at the fire line?", ["provide for additional 10 percent bonuses for those working on the frontlines."]),
    (W, "What did Biden say about farmhands and builders in the heat?", ["outdoor laborers, like our farm and construction workers who are going to need frequent water breaks and shade."]),
    (W, "What did Biden say about highways getting damaged?", ["Roads are buckling under the heat."]),
    (W, "What did the President recall about the apocalyptic scenes of the previous year?", ["orange skies that looked like end of days; smoke and ash that made the air dangerous to breathe"]),
    (W, "What did Biden say about elderly neighbours?", ["We need people to check on their neighbors, especially seniors who may need a helping hand"]),
    (W, "What did Biden say about a smartphone tool for smoke alerts?", ["a new app on — from EPA, so individuals can easily access the latest information on air quality, smoke plumes, and public health guidance."]),
    (W, "What did Biden say about the general who ran the shots rollout?", ["the largest logistical effort in American history getting all these COVID vaccines out."]),
    (J, "What did Biden say about a Japanese athlete's victory this week?", ["Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this week."]),
    (J, "What did Suga say about kidnapped Japanese citizens?", ["On the issue of abduction, we reaffirmed that it is a grave human rights issue, and that our two countries will work together to seek immediate resolution by North Korea."]),
    (J, "What did Suga say about cooperation with South Korea?", ["both of us recognize that trilateral cooperation, including the ROK, has never been as important as today, and agreed to promote such collaboration."]),
    (J, "What did Suga say about America protecting Japanese territory?", ["President Biden again demonstrated America’s commitment to the defense of Japan"]),
    (J, "What did Suga say about the Summer Games in his capital?", ["I told the President about my determination to realize the Tokyo Olympic and Paralympic Games this summer as a symbol of a global unity."]),
    (J, "What did Suga say about China's treatment of Muslims in its northwest?", ["I also explained Japan’s position and initiatives regarding the situation in Xinjiang Uyghur Autonomous Region to the President, who I think understood my points."]),
    (J, "What did Suga say about cutting carbon worldwide?", ["we confirmed that Japan and the U.S. will lead the global decarbonization"]),
    (J, "What did Biden say about the tenth anniversary of the tidal wave?", ["Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster that cost so many lives in Japan."]),
    (J, "What did Biden say about overhauling the global health body?", ["reform of the World Health Organization"]),
    (J, "What did Biden say about what firearm holders think of background checks?", ["The folks who own weapons, the folks who own guns, they support universal background checks."]),
    (J, "What did Biden say about the late senator who guided him?", ["he was a mentor of mine when I came to the Senate after my wife and daughter were killed"]),
    (J, "What did Suga say about Beijing's maritime pressure?", ["We agreed to oppose any attempts to change the status quo by force or coercion in the East and South China Seas, and intimidation of others in the region."]),
    (J, "What did Suga say about a joint push for renewables?", ["I agreed with President Biden to launch climate partnership on ambition decarbonization and clean energy."]),
    (J, "What did Biden say about his bans on high-capacity rifles?", ["I’m the only one ever to have passed an assault weapons ban."]),
    (S, "What did the senior official say about Moscow paying militants to attack American troops?", ["Russian intelligence officers sought to encourage Taliban attacks against U.S. and coalition personnel in Afghanistan in 2019 and perhaps earlier, including through financial incentives and compensation."]),
    (S, "What did the Russia background call say about the poisoning of the opposition leader?", ["announced our response to Russia’s use of a chemical weapon to poison Aleksey Navalny."]),
    (S, "What did the senior official say about a face-to-face between the two presidents?", ["he proposed a summit meeting in the coming months, in a third country in Europe"]),
    (S, "What did the official on the Russia call say about the ruble losing value?", ["you see the currency weakens in tandem."]),
    (S, "What did the senior official say about Russian diplomats being sent home?", ["The United States is expelling these 10 Russian individuals because we have determined that they were acting in a manner inconsistent with their status in the United States."]),
    (S, "What did the Russia call say about the annexed peninsula?", ["sanctioned eight individuals and entities associated with Russia’s ongoing occupation and repression in Crimea."]),
    (S, "What did the senior official say about software vendors based in Russia?", ["Those efforts should serve as a warning about the risks of using information and communications technology and services supplied by companies that operate or store user data in Russia"]),
    (S, "What did the Russia background call say about Moscow's propaganda around the 2020 vote?", ["Treasury also sanctioned 32 entities and individuals carrying out Russian government-directed attempts to influence the 2020 U.S. presidential election and to pursue other forms of disinformation"]),
    (S, "What did the senior official say about why the debt ban takes effect later?", ["The rationale for this date is to allow time for financial institutions to understand and adapt to the measures we’re taking"]),
    (L, "What did Lamport say about Knuth's share of the work?", ["Knuth did all the heavy lifting in building Tex."]),
    (L, "What did Lamport say about how to say the name of his document tool?", ["You might want to try that again and pronounce it either LayTech or LaTec."]),
    (L, "What did Lamport say about getting credit for others' ideas?", ["People have credited me with inventing/adding timestamps to messages."]),
    (L, "What did Lamport say about how he sees problems differently from programmers?", ["it's because I think like a mathematician, and I approach things mathematically, not computationally."]),
    (L, "What did Lamport say about the gap between writing code and designing software?", ["coding is to programming what typing is to writing."]),
    (L, "What did Lamport say about describing a method in plain language?", ["And in 95% of the cases, it's just English;, just pure prose."]),
    (L, "What did Lamport say about software decaying as it gets fixed up over time?", ["You know entropy? That's a law. So you start patching things, it gets sloppy."]),
    (L, "What did Lamport say about the military leader's line on preparation?", ["No battle was ever won according to plan, but no battle was ever won without one."]),
    (L, "What did Lamport say about big cloud providers using his methods?", ["people in Azure, basically the web services of Microsoft, and Amazon Web Services, that's also a big user"]),
    (L, "What did Lamport say about why testing misses timing bugs?", ["that testing is very poor at finding, because the bug can occur just in terms of how really the speeds at which things are happening."]),
    (L, "What did Lamport say about stepping down from his job?", ["I'm not ready to announce a retirement date, but it's not going to be too far off."]),
    (L, "What did Lamport say about his own teaching skills?", ["I'm not that good as a teacher."]),
    (L, "What did Lamport say about his early years of coding?", ["and I started programming in 1957"]),
    (A, "What does the agentic AI video say about the holiday forecast the traveller wants?", ["weather is sunny for at least 4 days."]),
    (A, "What does the agentic AI video say about a colleague's time off to have a baby?", ["such as prepare for Sara's maternity"]),
    (A, "What does the agentic AI video say about welcoming a newly hired trainee?", ["Another question, onboard the new intern"]),
    (A, "What does the agentic AI video say about an agent helping a stock analyst?", ["you are writing an agent to assist an"]),
    (A, "What does the agentic AI video say about directing customer questions to the right department?", ["case you can have LLM as a router and"]),
    (A, "What does the agentic AI video say about recalling what was said earlier in a chat?", ["also have a memory. So when you are"]),
    (A, "What does the agentic AI video say about a generator of unsolicited sales messages?", ["projects is here. This is a cold email"]),
    (B, "What does the bagging lecturer say about ensembles mixing different model types?", ["they also heterogeneous orable methods"]),
    (B, "What does the bagging lecture say about the same observation being drawn twice?", ["data set will be sampled multiple times"]),
    (B, "What does the bagging lecturer say about how big the ensemble should be?", ["and this the optimal Ensemble size"]),
    (B, "What does the bagging lecture say about the wave-shaped toy function?", ["again something like a sinusoidal curve"]),
    (B, "What does the bagging lecturer say about the junk email dataset?", ["Learners here I used the spam data set"]),
    (B, "What does the bagging lecturer say about what comes in the following lesson?", ["to see you again in the next session"]),
    (B, "What does the bagging lecturer say about the age-old remedy statisticians use for variance?", ["oldest trick in the book of Statistics"]),
    (B, "What does the bagging lecture say about using it with any kind of learner?", ["is a so-called model agnostic technique"]),
    (B, "What does the bagging lecturer say about predicting the class most members agree on?", ["voting so you would predict the class"]),
    (V, "What does the web vitals lecture say about accidentally tapping the wrong thing?", ["And instead of clicking here by mistake, I will click on the image."]),
    (V, "What does the web vitals lecture say about the filler text length he picked?", ["I wrote 45 because I am lazy and 4 and 5 are around."]),
    (V, "What does the web vitals teacher say about simulating a particular Apple handset?", ["Your website will look like this in iPhone 12 Pro resolution."]),
    (V, "What does the web vitals lecture say about people misusing keyword tags?", ["Because people abuse it more."]),
    (V, "What does the web vitals lecture say about how quickly a button press must be handled?", ["And according to google and web.dev, your input should start processing in less than 100 milliseconds."]),
    (V, "What does the web vitals lecture say about the browser's built-in auditing tool?", ["In this video, we will also learn that there is a hidden tool in Chrome called Lighthouse."]),
    (V, "What does the web vitals lecture say about a shopper trying to back out of a purchase?", ["You will see that someone comes to your website and he is trying to cancel the order here."]),
    (V, "What does the web vitals lecture say about rival pages with equally good writing?", ["But if you are competing with a page that has presented almost similar quality content,"]),
    (W, "What did Governor Brown say about the people and houses Oregon lost?", ["We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."]),
    (W, "What did Brown say about the employment benefits of the Good Neighbor work?", ["It creates jobs, creates healthy landscapes, and reduces wildfire risk."]),
    (W, "What did Biden say about the grant for a county in wine country?", ["And today, I’m announcing a $37 million federal grant to Sonoma County, California, in support of fire mitigation efforts that are underway."]),
    (J, "What did Biden say about the four-nation shot-making partnership?", ["together with India and Australia — launched the landmark Quad Vaccine Partnership to expand the manufacturing of COVID-19 vaccines"]),
    (S, "What did the senior official say about Russian tech firms that help the spy agency?", ["Treasury has today designated six Russian companies that provide support to the SVR cyber program"]),
    (S, "What did the senior official say about a tit-for-tat spiral?", ["we also want to be clear that we have no desire to be in an escalatory cycle with Russia."]),
    (L, "What did Lamport say about what confines programmers' thinking?", ["The box is thinking programmatically, as expressed in what I'm now calling coding languages"]),
    (L, "What did Lamport say about a colleague's struggle with an endless list definition?", ["And it was defining some property of sequences; of actually infinite sequences."]),
    (L, "What did Lamport say about the online lessons he made?", ["So I have set up a video course on TLA+, and some people like it."]),
    (L, "What did Lamport say about where to find worked examples to read?", ["There's a GitHub repository with a few dozen specs there."]),
    (A, "What does the agentic AI video say about a no-code automation service?", ["tools such as Zapier. Here they are"]),
    (V, "What does the web vitals lecture say about search engines ignoring a page summary?", ["Now it is not necessary that a search engine will parse your Meta DESC."]),
    (V, "What does the web vitals lecture say about giving pictures fixed dimensions?", ["If you put width and height in images, then the layout will not shift."]),
]
SEED_ANS = [
    (R, "What did Lavrov say about the Russian jab being made in Serbia's capital?", ["We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution here."]),
    (R, "What did Lavrov say about the Serbian oil firm's share of state income?", ["Last year the company accounted for 13 percent of the country’s budget revenues."]),
    (R, "What did Lavrov say about upgrading Serbia's rail lines?", ["The Serbian railway improvement programme is making a significant contribution to infrastructure modernisation."]),
    (R, "What did Lavrov say about the pact with the Eurasian bloc?", ["In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."]),
    (R, "What did Lavrov say about locals hired at the US embassy?", ["we are initiating a process to stop the practice of hiring citizens of Russia and third countries at American diplomatic missions."]),
    (R, "What did Lavrov say about Washington's unfriendly moves against his country?", ["in response to Washington’s openly hostile, utterly unprovoked actions towards Moscow, Russian citizens, individuals and companies, and our financial system."]),
    (R, "What did Lavrov say about military attachés driving around unannounced?", ["There was a recent incident when representatives of the military attache office travelled in central Russia without any notification."]),
    (R, "What did Lavrov say about sending ten Americans home in return?", ["We will respond in kind by proposing that 10 US diplomats leave Russia."]),
    (R, "What did Lavrov say about a meeting of the two presidents?", ["There is much talk about President Biden’s proposal to hold a bilateral summit."]),
    (R, "What did Lavrov say about the numbers of embassy staff on each side?", ["In all, there are about 450 diplomatic and administrative employees of Russia in the US and of the US in Russia."]),
]

# (transcript, question, why unanswerable, category)
UN = [
    (W, "What did Governor Brown say about earthquake preparedness?", "Not said: no one speaks of earthquakes", "absent-topic"),
    (W, "What did Harris say about her years as a prosecutor?", "Not said", "absent-topic"),
    (W, "What did Newsom say about the homeless crisis?", "Not said", "absent-topic"),
    (W, "What did Governor Brown say about salmon fisheries?", "Not said", "absent-topic"),
    (W, "What did Biden say about flood insurance?", "Not said: neither floods nor insurance", "absent-topic"),
    (W, "What did Newsom say about power shutoffs by utilities?", "Not said: Biden speaks to utility leaders of power access, Newsom of nothing of the kind", "near-miss"),
    (W, "What did Harris say about smoke masks for children?", "Not said", "near-miss"),
    (W, "What did Harris say about thinning the forests?", "Not said by Harris (Brown speaks of removing dead trees)", "speaker-topic-other-speaker"),
    (W, "What did Governor Newsom say about help for undocumented families?", "Not said by Newsom (Brown says it)", "speaker-topic-other-speaker"),
    (W, "What did Governor Brown say about the Republican and Democratic thermometers?", "Not said by Brown (Newsom says it)", "speaker-topic-other-speaker"),
    (W, "What did Biden say about wildfire insurance premiums?", "Not said", "absent-topic"),
    (J, "What did Suga say about tariffs on Japanese cars?", "Not said", "absent-topic"),
    (J, "What did Suga say about the aging population?", "Not said", "absent-topic"),
    (J, "What did Biden say about baseball?", "Not said: golf (the Masters) is the only sport", "near-miss"),
    (J, "What did Suga say about restarting nuclear power plants?", "Not said: only the 2011 nuclear disaster, by Biden", "near-miss"),
    (J, "What did Suga say about gun violence in America?", "Not said by Suga (Biden speaks of it)", "speaker-topic-other-speaker"),
    (J, "Did Biden himself bring up the kidnapping of Japanese nationals?", "Not said by Biden (Suga speaks of it)", "speaker-topic-other-speaker"),
    (J, "What did Suga say about the Quad vaccine partnership?", "Not said by Suga (Biden speaks of it)", "speaker-topic-other-speaker"),
    (S, "What did the senior official say about oil and gas sanctions?", "Not said: the sanctions are on sovereign debt and companies", "near-miss"),
    (S, "What did the officials on the Russia call say about ransomware payments?", "Not said", "absent-topic"),
    (S, "What did the Russia background call say about visa bans for oligarchs?", "Not said", "absent-topic"),
    (S, "What did the senior official say about Navalny's health in prison?", "Not said: only the poisoning and the response to it", "near-miss"),
    (L, "What did Lamport say about his PhD thesis?", "Not said", "absent-topic"),
    (L, "Did Lamport ever mention playing chess?", "Not said", "absent-topic"),
    (L, "Lamport's view on autonomous vehicles", "Not said", "absent-topic"),
    (L, "What did Lamport say about winning a Nobel prize?", "Not said: the Turing Award is mentioned, by the host", "near-miss"),
    (A, "agentic AI video — anything about privacy regulation?", "Not said", "absent-topic"),
    (A, "Did the agentic AI video explain retraining the LLM itself?", "Not said", "absent-topic"),
    (B, "Does the bagging lecturer say how long an ensemble takes to train?", "Not said: no training time is given", "near-miss"),
    (B, "Did the bagging lecturer explain cutting back tree depth?", "Not said", "near-miss"),
    (V, "Did the web vitals lecture cover dark color themes?", "Not said", "absent-topic"),
    (V, "What does the web vitals lecture say about backlinks from other sites?", "Not said", "absent-topic"),
    (W, "What were Governor Brown's remarks on the Klamath forests?", "Not said by Brown (Newsom speaks of Klamath)", "speaker-topic-other-speaker"),
    (W, "Did Harris mention spotting fires from orbit?", "Not said by Harris (Biden speaks of them)", "speaker-topic-other-speaker"),
    (J, "What did Suga say about the Mansfield Fellowship?", "Not said by Suga (Biden speaks of it)", "speaker-topic-other-speaker"),
    (J, "Biden's remarks on moving the Futenma base", "Not said by Biden (Suga speaks of it)", "speaker-topic-other-speaker"),
    (L, "Did Lamport talk about his marriage?", "Not said", "absent-topic"),
    (A, "What does the agentic AI video say about the security risks of agents?", "Not said", "absent-topic"),
    (B, "What does the bagging lecturer say about overfitting to the test set?", "Not said", "near-miss"),
    (V, "What does the web vitals lecture say about slow mobile networks?", "Not said", "near-miss"),
]
SEED_UN = [
    (R, "Did Lavrov bring up a pipeline carrying Russian fuel to the Balkans?", "Not said: only Gazprom Neft's stake in NIS", "near-miss"),
    (R, "What did Lavrov say about tourism between the two countries?", "Not said", "absent-topic"),
    (R, "What did Lavrov say about student exchanges?", "Not said", "absent-topic"),
    (R, "Lavrov's comments on grain sales abroad", "Not said", "absent-topic"),
]


def in_d(i: int) -> bool:
    """Every second and fourth of each five in D, the rest in C (D: 40%, over every transcript)."""
    return i % 5 in (1, 3)


def ans(qid, row, batch):
    t, q, gold = row
    return {"id": qid, "question": q, "transcript": t, "gold_quotes": gold, "answerable": True,
            "category": "what-said", "kind": "fdecl47", "batch": batch}


def un(qid, row, batch):
    t, q, why, cat = row
    return {"id": qid, "question": q, "transcript": t, "answerable": False, "category": cat, "kind": "fdecl47",
            "batch": batch, "reference_answer": why}


def batched(rows):
    c = [r for i, r in enumerate(rows) if not in_d(i)]
    d = [r for i, r in enumerate(rows) if in_d(i)]
    return c, d


def main():
    c, d = batched(ANS)
    real = [ans(f"dev-fdecl47-{i}", r, "C") for i, r in enumerate(c, 1)]
    real += [ans(f"dev-fdecl47-{200 + i}", r, "D") for i, r in enumerate(d, 1)]
    uc, ud = batched(UN)
    unans = [un(f"dev-un-{4065 + i}", r, "C") for i, r in enumerate(uc, 1)]
    unans += [un(f"dev-un-{4065 + len(uc) + i}", r, "D") for i, r in enumerate(ud, 1)]
    assert 4065 + len(uc) + len(ud) <= 4105
    sc, sd = batched(SEED_ANS)
    usc, usd = batched(SEED_UN)
    seed_rows = ([(ans, r, "C") for r in sc] + [(un, r, "C") for r in usc] + [(ans, r, "D") for r in sd]
                 + [(un, r, "D") for r in usd])
    seed = [make(f"seed-{3030 + i}", r, batch) for i, (make, r, batch) in enumerate(seed_rows, 1)]
    assert 3030 + len(seed) <= 3060
    for path, rows in ((REPO / "bench/questions/real-dev.jsonl", real),
                       (REPO / "bench/questions/unanswerable-dev.jsonl", unans),
                       (REPO / "qa/data/seed_questions.jsonl", seed)):
        text = path.read_text(encoding="utf-8")
        assert '"fdecl47"' not in text, f"{path} already holds fdecl47's batches"
        if not text.endswith("\n"):
            text += "\n"
        path.write_text(text + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(path.name, len(rows), "C", sum(r["batch"] == "C" for r in rows), "D", sum(r["batch"] == "D" for r in rows))


if __name__ == "__main__":
    main()
