"""rank47's batches A and B (written from the transcripts before any run of the system on them), appended to the dev
files by --write (bench/questions/README.md, "rank47"). Registers: the forms of answer a question can ask
(qa.cite.asked_form and the other cues): why, how-works (how does it work / come about), define (what is T / what does
X mean), how-to (what should / must X do), stance (how does X feel / see), how-many, when. Gold: the one answering
sentence (a caption cue line for captions)."""
import json
import sys
from pathlib import Path

LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
L = "changelog-552-leslie-lamport-interview.md"
S = "wh-background-press-call-russia-sanctions-2021-04-15.md"
W = "wh-biden-meeting-western-wildfires-2021-06-30.md"
J = "wh-biden-suga-press-conference-2021-04-16.md"
AG = "agentic-ai-explained-youtube-captions.vtt"
CW = "core-web-vitals-lecture-whisper.json"
BG = "i2ml-random-forest-bagging-lecture.srt"

SEED = [  # id, batch, register, question, gold
 (3091, "A", "why", "Why has Serbia been able to vaccinate faster than most European countries?", "Serbia is among the top nations in Europe in terms of vaccination rate which is due, in part, to the use of the Russian vaccine Sputnik V, as the Minister noted today."),
 (3092, "A", "how-works", "How is Russia helping to pay for the modernisation of Serbian railways?", "Russian Railways International is playing an active role in it through the use of Russian export loans."),
 (3093, "A", "why", "Why did Kosovo fail to get into Interpol and UNESCO?", "We noted that thanks to Serbia’s proactive approach, and the energetic support of Russia, the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other organisations were neutralised."),
 (3094, "A", "why", "Why is Moscow bothered by the hundreds of State Department staff on temporary visits?", "In this way, they substantially increase (double or more) their capacity to work in Russia, with goals that are not always above board."),
 (3095, "A", "why", "Why should Russia's staff at the United Nations be left out when the diplomats are counted?", "The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with bilateral ties."),
 (3097, "A", "why", "What reason does Moscow give for suspending US foundations' work in Russia?", "In reality, they are openly meddling in our domestic politics."),
 (3098, "A", "why", "Why won't the US missions be able to employ people from Russia or third countries anymore?", "We do not engage in this practice, so we are introducing parity on this issue."),
 (3099, "A", "define", "Define the Intergovernmental Committee that Lavrov says Moscow values", "We place a great deal of importance on the continued work of the Russian-Serbian Intergovernmental Committee on trade, economic, scientific and technological cooperation."),
 (3100, "A", "define", "What does the 1244 text mean for Belgrade's rights over Kosovo?", "Responsible politicians (especially the heads of European governments), I believe, have no right to express any ideas that blatantly undermine the very concept of UN Security Council Resolution 1244, according to which the UN Security Council respects Serbia’s sovereignty, and Kosovo’s exact status is to be determined through negotiations between Pristina and Belgrade."),
 (3101, "A", "stance", "Greater Albania: how does the Russian foreign minister feel about Kurti's plan?", "Sergey Lavrov:  These are unacceptable, provocative and very harmful statements."),
 (3102, "A", "stance", "How does Moscow feel about its economy's chances under the national debt measures?", "That said, our specialists think that the Russian economy can cope with this scale."),
 (3103, "A", "stance", "How did the Kremlin side respond to the proposal of a Putin-Biden meeting?", "We have already responded positively to it."),
 (3104, "A", "how-many", "Ten were told to leave the US; how many Americans does Moscow want out in return?", "We will respond in kind by proposing that 10 US diplomats leave Russia."),
 (3107, "A", "when", "In what season and year did Belgrade and the Eurasian bloc sign a trade pact?", "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."),
 (3108, "A", "when", "What month should the Belgrade Sputnik plant start producing?", "We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution here."),
 (3109, "A", "how-to", "What should the Americans do about the size of their bilateral staff, in Lavrov's view?", "If we are to continue this “exchange of courtesies”, we will ask the Americans to bring down the number of their diplomats involved in bilateral relations with Russia, to match the number of our employees in our Embassy and two consulates-general."),
 (3110, "A", "how-works", "How is Kosovo's status to be decided, according to the resolution Lavrov cites?", "The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, which has to be approved by the UN Security Council."),
 (3121, "B", "why", "Why does Lavrov say Russia and Serbia should keep working together against the pandemic?", "We agree that this cooperation should continue for the sake of protecting citizens’ lives and health."),
 (3122, "B", "why", "Why does Lavrov accuse the West of insisting on unchanged borders only selectively?", "But they usually do this when Russia is forced to stand up for its fellow countrymen, its compatriots."),
 (3123, "B", "why", "Why does Lavrov keep Ambassador Antonov in Moscow for now?", "Anatoly Antonov continues consultations."),
 (3124, "B", "define", "What does NIS mean for the Serbian economy?", "NIS is an engine of Serbia’s economy."),
 (3125, "B", "stance", "What's Lavrov's reaction to the Jansa paper about Yugoslavia?", "I think that these are very dangerous games."),
 (3126, "B", "stance", "How does Russia feel about the Russian ambassador's offer to mediate between Belgrade and Pristina?", "We do not force our services on anyone, especially not on our friends."),
 (3127, "B", "how-many", "What's the combined headcount of Russian and American diplomatic staff?", "In all, there are about 450 diplomatic and administrative employees of Russia in the US and of the US in Russia."),
 (3128, "B", "how-many", "Leaving out the UN people, how many Russian employees does Moscow have in America?", "In other words, we have 300 employees on the bilateral front in the US."),
 (3129, "B", "when", "When did Lavrov visit Belgrade to sign the 2021-2022 consultations plan?", "We agreed to remain in contact at the level of ministers, deputy ministers and heads of departments at our ministries in keeping with the Plan for Consultations between the Russian and Serbian foreign ministries for 2021-2022, which was signed during my visit to Belgrade in December 2020."),
 (3130, "B", "how-works", "How will Russia deal with diplomats who want to travel beyond their host city from now on?", "We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis."),
 (3131, "B", "why", "What made Russia's trade with Serbia need a boost?", "Its co-chairs have already had three in-person meetings in the past few months where a wide range of issues were discussed, including additional measures to restore the steady upward trend in trade, which diminished last year for obvious reasons."),
 (3132, "B", "how-to", "What does Russia ask Pristina's Western patrons to do?", "We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an end to these sentiments and plans and not to allow this rhetoric to escalate."),
]

REAL = [  # n, batch, register, transcript, question, gold
 # batch A
 (1, "A", "why", W, "What made wildland firefighting for the government stop being a seasonal job?", "Now, traditionally, federal firefighting has been a seasonal job, but because of climate change — and I know you all know it, and I hope your constituents know it: there is climate change — it’s no longer a seasonal job."),
 (2, "A", "how-works", W, "By what means are seasonal crews staying on beyond their term?", "So we’ve made sure seasonal firefighters can stay on the job, as long as they are needed this year, by allowing them to work beyond their term."),
 (4, "A", "how-many", W, "How many Oregon houses burned in the 2020 fires?", "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."),
 (5, "A", "how-to", W, "What should other communities do next year, according to Biden?", "I encourage more communities to do so next year."),
 (6, "A", "stance", W, "How does Newsom feel about giving federal firefighters a raise?", "President, just in closing, forgive me for being long-winded, I just want to say this: Music to my ears, “We got to pay our firefighters, federally, more.”  Because we don’t have enough firefighters — period, full stop."),
 (7, "A", "why", L, "What makes Lamport unlike most people in computing?", "Well, it's very simple actually to explain why I'm different from most computer people - it's because I think like a mathematician, and I approach things mathematically, not computationally."),
 (9, "A", "define", L, "What does Lamport mean when he says to write a description formally?", "Well, by formally I mean writing it down in mathematics, or in a language like TLA+."),
 (10, "A", "why", L, "Why is a specification insensitive to stuttering?", "The reason why it's insensitive to the stuttering is because of the way that you think about it is about the order of events, not as much about the actual distinct timestamps."),
 (11, "A", "how-to", L, "How does one learn to write specs?", "But one way you learn is by just reading other people's specs."),
 (12, "A", "why", L, "As a system grows, why must its description be more formal?", "The only difference in the small versus the large is that in some sense the bigger something is, the more formal you have to be, because it's going to be more complicated."),
 (13, "A", "why", S, "Why is the intelligence community only moderately confident about the Afghan bounty reports?", "intelligence community agencies have low to moderate confidence in this judgment, in part because it relies on detainee reporting and due to the challenging operating environment in Afghanistan."),
 (14, "A", "why", S, "On what grounds are the 10 Russian individuals being declared persona non grata?", "On the question of the PNGs: The United States is expelling these 10 Russian individuals because we have determined that they were acting in a manner inconsistent with their status in the United States."),
 (15, "A", "how-works", S, "How does shutting US investors out of the primary market affect the secondary market?", "investors from the primary market, it causes a broader chilling effect."),
 (16, "A", "why", S, "What is the point of this morning's cyber measures?", "Our efforts this morning are designed to be proportionate and tailored to counter the activities we experienced in the malicious cyber activities in the SolarWinds hack, as well as to build collective security with our allies."),
 (17, "A", "how-to", S, "What must the US do to defend against Russian cyber activity?", "As the SolarWinds incident has shown, we have to build those domestic and international partnerships and threat intelligence sharing to ensure we can identify, defend against, and mitigate malicious cyber activity from Russia and other adversaries."),
 (18, "A", "why", J, "What is the aim of cooperating with Japan on the East and South China Seas?", "We committed to working together to take on the challenges from China and on issues like the East China Sea, the South China Sea, as well as North Korea, to ensure a future of a free and open Indo-Pacific."),
 (19, "A", "define", J, "Define the Mansfield Fellowship Program that the two countries are resuming", "And I’m especially proud that today we agreed to resume what we call — what is called the “Mansfield Fellowship Program” to promote people-to-people connections between our countries."),
 (20, "A", "why", J, "What is the reason for relocating the Marine air station to Henoko?", "forces in Japan, including the relocation of Air Station Futenma to Henoko, which is the only solution to avoid its permanent use."),
 (21, "A", "why", J, "What lies behind the alliance reaching new heights of importance?", "In light of the current regional situation and the severe security environment, the importance of our alliance has reached new heights."),
 (23, "A", "define", AG, "what is agentic AI in the simplest terms", "definition, agentic AI is an AI system"),
 (24, "A", "define", AG, "What does it mean that the RAG chatbot is reactive?", "which means more like Q&A. You ask a"),
 (25, "A", "why", AG, "Why does the HR assistant need to generate text too?", "schedule a meeting you need to write"),
 (26, "A", "how-to", AG, "What else do you have to do besides multi-step reasoning in agentic AI?", "and you have to do multi-step planning"),
 (27, "A", "why", CW, "Why should cumulative layout shift be kept low?", "So that our user can get a very good experience."),
 (29, "A", "why", CW, "why the number 45 after lorem?", "I wrote 45 because I am lazy and 4 and 5 are around."),
 (30, "A", "define", CW, "Define First Input Delay", "First Input Delay means that if any user has clicked on any input element,"),
 (31, "A", "define", BG, "What are the out-of-bag points in bagging?", "these points are called out of B so"),
 (32, "A", "why", BG, "Why does averaging in bagging reduce variance?", "because we average over them we smooth"),
 (33, "A", "why", BG, "What makes decision trees a natural base learner for bagging?", "trees are somewhat unstable um as a"),
 (34, "A", "define", BG, "What does it mean that bagging is model agnostic?", "is a so-called model agnostic technique"),
 (35, "A", "how-to", BG, "How do you make a prediction with a bagging ensemble?", "take our new observation ax we push it"),
 # batch B
 (41, "B", "why", W, "What is the purpose of making the wildfire briefing an annual event?", "And this briefing is going to be an annual event to make sure we’re focusing on preventing fires — the fire threats in the first place — as well as responding when they arise."),
 (42, "B", "why", W, "What does a car still parked in a driveway tell firefighters?", "The firefighters that were there pointed out to me: If you look at the driveway, it may be a tragic situation if the cars are in the driveway because that means the folks didn’t get out in time."),
 (43, "B", "how-works", W, "How will permanent firefighting positions help when fires aren't burning?", "And for next year, we’re working to make more than — of those positions, permanent positions so — so that when fires aren’t burning, we have a workforce of experienced hands enhancing our forest management, reducing the risk of future fire in the future fire season."),
 (44, "B", "how-to", W, "What does Newsom say needs investing in?", "We need to really invest in our human resources and the infrastructure that you have been preaching over the course of the last few weeks."),
 (45, "B", "how-many", W, "What temperature did Palm Springs reach?", "We were 123 down in Palm Springs two days ago; 111 just 48 hours ago."),
 (46, "B", "why", L, "What made careful rigour necessary in Lamport's reasoning about the bakery algorithm?", "But because there was no way developed for reasoning about -- a program about concurrent algorithms, I guess I had to be really careful to make it rigorous."),
 (47, "B", "why", L, "Why have computer systems become so complicated, in Lamport's view?", "Things have just gotten so complicated, because - as I like to say, things have advanced by evolution, and not by intelligent design."),
 (48, "B", "define", L, "What does thinking mean, according to Lamport's advice?", "Well, the same advice I give is \"Think.\" And really, thinking means writing."),
 (49, "B", "why", L, "What is the reason LaTeX depends on Knuth's work?", "Oh, that's because LaTeX is built on top of Don Knuth's tech typesetting program."),
 (50, "B", "how-to", L, "What should you be able to tell as you write your code?", "And when you write it, you should be able to see whether what you write -- you know, as you write it, you'll know whether what you're writing is making sense."),
 (51, "B", "why", S, "What prompted the measures announced today, the bounties or something else?", "The actions that we have announced today are in response to the cyber intrusions and the election interference."),
 (52, "B", "why", S, "What reason is there for stopping Americans from financing Moscow's government?", "There’s no credible reason why the American people should directly fund Russia’s government when the Putin regime has repeatedly attempted to undermine our sovereignty."),
 (53, "B", "why", S, "What is the aim of the effort with allies on security?", "This effort is intended to reinforce again our commitment to the security of our allies and partners."),
 (54, "B", "how-works", S, "By what process will the next steps be chosen once Moscow responds?", "So, we will track closely the Russian government responses to this, and then make determinations from that on the way forward."),
 (55, "B", "why", J, "What is the aim of the continued government cooperation on vaccines?", "We confirmed that cooperations between our governments will continue in order to ensure equitable access to vaccines, including access by developing countries, multilateral and regional cooperations will be promoted."),
 (56, "B", "stance", J, "How does Biden see his own record on gun violence?", "No one has worked harder to deal with the violence used by individuals using weapons than I have."),
 (57, "B", "why", J, "Why is Japan continuing its preparations for the Tokyo Olympics?", "Japan will continue careful and full preparation in order to realize the Tokyo games this summer, in order to ensure equitable access to vaccines for COVID-19."),
 (58, "B", "how-to", J, "What did Biden ask his attorney general to do right after taking office?", "Immediately upon us becoming in office, having an attorney general, I asked him to put together the things I could do by executive order, including dealing with new guns that can be made — you can buy in pieces and put together, and other —"),
 (59, "B", "define", AG, "is a chatbot that uses tools already agentic AI?", "Well, the answer is again no. This is"),
 (60, "B", "how-many", AG, "How many days is the London trip in his travel example?", "assistant where you can say book a 7-day"),
 (61, "B", "why", AG, "Why does the presenter call agentic AI just a jargon?", "jargon. The idea is really simple."),
 (62, "B", "define", CW, "LCP - what's the full name?", "And LCP stands for Largest Contextual Paint."),
 (63, "B", "why", CW, "Why should a website work on every device?", "Because we have to give a good experience to all users through our website."),
 (64, "B", "how-many", CW, "What's the input delay threshold according to web.dev?", "And according to google and web.dev, your input should start processing in less than 100 milliseconds."),
 (65, "B", "why", CW, "What's his reason for keeping DevTools at the bottom of the screen?", "I prefer it down because I am used to looking down from the starting."),
 (66, "B", "define", BG, "What does homogeneous mean when talking about ensembles?", "ensembles that always use the same class"),
 (67, "B", "why", BG, "Under what conditions is bagging most effective?", "instability and often due and due to"),
 (68, "B", "how-many", BG, "What number of base learners did the spam benchmark use?", "we backed our sbls with about 100 base"),
 (69, "B", "why", BG, "What makes logistic regression and KNN benefit only slightly from bagging?", "because they are a bit more stable yeah"),
]


def rows():
    for n, batch, register, question, gold in SEED:
        yield "seed", {"id": f"seed-{n}", "question": question, "transcript": LAV, "gold_quotes": [gold],
                       "answerable": True, "category": f"rank47-{register}", "kind": "rank47", "register": register,
                       "batch": batch}
    for n, batch, register, transcript, question, gold in REAL:
        yield "real", {"id": f"dev-rank47-{n}", "question": question, "transcript": transcript, "gold_quotes": [gold],
                       "answerable": True, "category": f"rank47-{register}", "kind": "rank47", "register": register,
                       "batch": batch}


if __name__ == "__main__":
    out = {"seed": [], "real": []}
    for kind, row in rows():
        out[kind].append(json.dumps(row, ensure_ascii=False))
    if "--write" in sys.argv:
        repo = Path(__file__).resolve().parents[2]
        for kind, path in (("seed", repo / "qa/data/seed_questions.jsonl"), ("real", repo / "bench/questions/real-dev.jsonl")):
            with open(path, "a", encoding="utf-8") as f:
                f.write("\n".join(out[kind]) + "\n")
    else:
        for kind in out:
            print("\n".join(out[kind]))
