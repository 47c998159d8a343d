"""fdecl44 batch B (confirm): written from the transcripts by the same recipe as batch A, of other passages in other
words, committed before the system was run on any of them; run once, after the change is frozen."""
from __future__ import annotations

import json
import sys

from bench.fdecl44.qtools import REPO, T, check, cue

C = cue
B = [
 # Biden-Suga
 ("clip-finder", "what-said", "suga", "need the bit where biden congratulates japan on that golf win",
  ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this week."]),
 ("comparer", "what-said", "suga", "Biden said tech norms should be set by democracies, not autocracies — which fields did he list for joint research?",
  ["So we’re going to work together across a range of fields — from promoting secure and reliable 5G networks; to increasing our cooperation on supply chains for critical sectors like semiconductors; to driving joint research in areas like AI, genomics, quantum computing, and much more."]),
 ("timeline", "date", "suga", "By what year are both countries aiming to stop adding to emissions overall?",
  ["Japan and the United States are both committed to achieving net-zero emissions by 2050, and we know to do that will require setting and meeting our 2030 goals."]),
 ("newcomer", "paraphrase", "suga", "whats the islands thing where the us promised to defend japan",
  ["I conveyed my resolve to reinforce Japan’s defense capabilities while President Biden again demonstrated America’s commitment to the defense of Japan, including the application of Article 5 of the Japan-U.S. Treaty of Mutual Cooperation and Security for the Senkaku Islands."]),
 ("attribution", "who", "suga", "The AP reporter quoted someone saying successful presidents prioritize — whose words were those?",
  ["Mr. President, in your last press conference, you said successful Presidents prioritize and that you were focusing your agenda on one thing at a time."]),
 ("who-said", "who", "suga", "Who helped Biden find his feet in the Senate after his family tragedy?",
  ["Before Mike Mansfield — who was a beloved ambassador to Japan — became ambassador, he was a mentor of mine when I came to the Senate after my wife and daughter were killed, and he helped me along in ways I can’t even explain in the United States Senate."]),
 ("paraphrase", "number", "suga", "What magazine sizes does the president say nobody could possibly need?",
  ["Who, in God’s name, needs a weapon that can hold 100 rounds or 40 rounds or 20 rounds?"]),
 ("context-first", "what-said", "suga", "My grandfather was evacuated after the 2011 quake, so I follow how US leaders talk about it. At the April 2021 press conference with Suga, did Biden say he had gone to the affected region himself?",
  ["I visited that area shortly after it happened."]),
 # wildfires
 ("clip-finder", "what-said", "fire", "the moment Harris explains what cars still parked in driveways meant",
  ["The firefighters that were there pointed out to me: If you look at the driveway, it may be a tragic situation if the cars are in the driveway because that means the folks didn’t get out in time."]),
 ("comparer", "date", "fire", "Biden contrasted the old fire calendar with now — when did the season traditionally wind down?",
  ["Fire season, traditionally, lasts through October."]),
 ("timeline", "number", "fire", "who did newsom lean on for mutual aid last year, by name",
  ["Governor Brown, how many times I called you last year for resources?", "Inslee, Sisolak, Polis — all of you on there — thank you."]),
 ("newcomer", "paraphrase", "fire", "the energy department has some gadget for lightning? what does it do",
  ["Similarly, the Department of Energy has a sensor array computer analysis capability that can detect in real time the lightning strikes that might set off a blaze."]),
 ("attribution", "who", "fire", "Who asked that disaster aid be open to families without papers?",
  ["Everyone impacted by a disaster should be eligible for FEMA assistance, including our undocumented families."]),
 ("who-said", "what-said", "fire", "Which official told the president they'd continue after the press left?",
  ["If you want to ask any further questions of governors, we can move, with the press departing, and we’ll continue our discussion."]),
 ("paraphrase", "number", "fire", "How much is the bipartisan building plan putting toward toughening communities against disasters like these?",
  ["Fifty billion dollars."]),
 ("context-first", "what-said", "fire", "My dad does construction in Phoenix and works outside all summer. At the western wildfire meeting, what did Biden say outdoor workers like him need during the heat?",
  ["We need people to check on their neighbors, especially seniors who may need a helping hand; outdoor laborers, like our farm and construction workers who are going to need frequent water breaks and shade."]),
 # Russia call
 ("clip-finder", "number", "rus", "need the line where the official sizes up the ruble bond market",
  ["The ruble-denominated sovereign debt market is about 185 billion in size, about a quarter of these bonds are owned by foreign investors."]),
 ("comparer", "what-said", "rus", "How does an intruder's speed compare with a network defender's, per the official?",
  ["Second, as you noted, the speed with which an actor can move from espionage to degrading or disrupting a network is at the blink of an eye, and a defender cannot move at that speed."]),
 ("timeline", "date", "rus", "On what date did the administration answer the Navalny poisoning?",
  ["On March 2nd, the Biden administration, in coordination with several key allies and partners, announced our response to Russia’s use of a chemical weapon to poison Aleksey Navalny."]),
 ("newcomer", "what-said", "rus", "whats the crimea part of all this and did other countries join in",
  ["Furthermore, Treasury — in partnership with the EU, UK, Australia, and Canada — today sanctioned eight individuals and entities associated with Russia’s ongoing occupation and repression in Crimea."]),
 ("attribution", "who", "rus", "Which news organisation was Dina Temple-Raston with?",
  ["This is Dina Temple-Raston from NPR."]),
 ("who-said", "what-said", "rus", "what upcoming order will set standards for software the government buys",
  ["Those efforts will also be the hallmark of an upcoming executive order which will build on those with regard to setting standards for the software the U.S. government procures."]),
 ("paraphrase", "why", "rus", "Why are the ten Russians being sent home?",
  ["The United States is expelling these 10 Russian individuals because we have determined that they were acting in a manner inconsistent with their status in the United States."]),
 ("context-first", "what-said", "rus", "I teach a seminar on summit diplomacy. Around the April 2021 sanctions Biden floated meeting Putin in person. According to the background call, where did he propose holding it?",
  ["And in that spirit, he proposed a summit meeting in the coming months, in a third country in Europe, to discuss the full range of issues in our relationship."]),
 # Lavrov (shared)
 ("clip-finder", "opinion", "lav", "the bit where lavrov slams the greater albania talk",
  ["These are unacceptable, provocative and very harmful statements."]),
 ("comparer", "number", "lav", "What yearly cap on short-term staff trips does Russia propose for each side?",
  ["We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to Russia per year."]),
 ("timeline", "date", "lav", "Is Sputnik V already being made in Belgrade, or is that still ahead?",
  ["We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution here."]),
 ("attribution", "what-said", "lav", "Has Moscow already answered Biden's summit offer, per Lavrov?",
  ["We have already responded positively to it."]),
 # Lamport
 ("clip-finder", "what-said", "lam", "clip where lamport says you only understand something once you put it in writing",
  ["If you want to understand something, you've got to write it."]),
 ("comparer", "opinion", "lam", "A thousand-line formula versus a thousand-line program — how do people react to each, per Lamport?",
  ["But you give them a 1,000-line program, \"Oh, that's trivial.\""]),
 ("timeline", "what-said", "lam", "In the years after the parser was written, how often did Lamport suspect it would miss a special case?",
  ["Then the wonderful thing about that code is about once or twice a year for the next several years after he built that parser, I thought \"Oh my God, here's a special case of this. Oh, I bet the parser doesn't get it right.\""]),
 ("newcomer", "definition", "lam", "everyone says think outside the box — what box does the old guy actually mean",
  ["The box is thinking programmatically, as expressed in what I'm now calling coding languages, instead of thinking outside of that box."]),
 ("attribution", "who", "lam", "Who says Tex is pronounced the Greek way — Lamport himself or Knuth?",
  ["He says it's the Greek pronunciation of the original word."]),
 ("who-said", "factoid", "lam", "What language did the person who built the TLA+ parser write it in?",
  ["TLA+ is a lot different from Java, what he was coding it in."]),
 ("paraphrase", "why", "lam", "Why do bugs in concurrent systems slip past testing?",
  ["But it's a class of bugs, and especially with concurrency, that testing is very poor at finding, because the bug can occur just in terms of how really the speeds at which things are happening."]),
 ("context-first", "opinion", "lam", "I'm a self-taught dev, never had much math, and formal methods scare me. In the Changelog interview, what did Lamport say about the math people learned in school?",
  ["And also, the math that you learned hasn't been taught very well."]),
 # agentic AI
 ("clip-finder", "what-said", "ag", "the part where he says you just pip install the framework",
  [C("ag", "You can just say pip install agno and")]),
 ("comparer", "what-said", "ag", "If you'd rather not write code, what does the video suggest instead?",
  [C("ag", "code. You can use low code or no code"), C("ag", "tools such as Zapier. Here they are")]),
 ("timeline", "what-said", "ag", "For the react native to-do app, what loop does the coding agent go through?",
  [C("ag", "it will then write code execute the code"), C("ag", "it will debug it fix issues again write")]),
 ("newcomer", "definition", "ag", "what does a rag bot actually do, in plain words",
  [C("ag", "generation chatboard which can simply"), C("ag", "pull the information from this PDF and")]),
 ("attribution", "who", "ag", "Who is L Veo, according to the calendar demo?",
  [C("ag", "l veo is a CEO at whatever company")]),
 ("who-said", "what-said", "ag", "for the new hire example, what systems does the agent connect to, like chat and wifi",
  [C("ag", "tools such as Slack, Outlook, u your"), C("ag", "Wi-Fi system and so on. And then you")]),
 ("paraphrase", "what-said", "ag", "What makes the leave-booking bot more than a question-answering system?",
  [C("ag", "This is not just question and answer."), C("ag", "You are taking actions. So, here you")]),
 ("context-first", "what-said", "ag", "I run a tiny travel agency and wonder about AI trip planners. In the agentic AI explainer, what trip does he ask the travel assistant to book?",
  [C("ag", "assistant where you can say book a 7-day"), C("ag", "trip to London in May where where the"), C("ag", "weather is sunny for at least 4 days.")]),
 # random forest
 ("clip-finder", "what-said", "rf", "the part where he shows the error dropping as the ensembles get bigger",
  [C("rf", "resulting MSE on the regression task"), C("rf", "see how that goes down when Ensemble")]),
 ("comparer", "opinion", "rf", "Is logistic regression a stable or an unstable learner, per the lecture?",
  [C("rf", "regression which is a somewhat stable"), C("rf", "learning algorithm so there's not too")]),
 ("timeline", "what-said", "rf", "For regression, once every model in the ensemble has made its prediction, what's the last step?",
  [C("rf", "predictions and just average them and")]),
 ("newcomer", "definition", "rf", "newbie here: the lecture's word for each member model that the bagging combines?",
  [C("rf", "individual machine learning models that"), C("rf", "they're usually called base Learners and")]),
 ("attribution", "factoid", "rf", "what dataset did the benchmark run on, the one seen earlier in the course",
  [C("rf", "Learners here I used the spam data set")]),
 ("who-said", "what-said", "rf", "When the members output hard labels, how does the ensemble settle on a class?",
  [C("rf", "by yeah and then you can do majority"), C("rf", "voting so you would predict the class")]),
 ("paraphrase", "why", "rf", "Why do decision trees pair so well with bagging?",
  [C("rf", "decision trees that because decision"), C("rf", "trees are somewhat unstable um as a")]),
 ("context-first", "what-said", "rf", "I train small neural nets on tiny datasets for a side project and results swing a lot between runs. In the bagging lecture, what does he say people sometimes do for neural nets instead of bootstrapping?",
  [C("rf", "do this this even over different seats"), C("rf", "yeah they might not even bootstrap the")]),
 # Core Web Vitals
 ("clip-finder", "what-said", "cwv", "the part where someone accidentally completes an order because the page jumped",
  [C("cwv", "And he shifted the layout and the order was completed.")]),
 ("comparer", "number", "cwv", "In the mobile report, how fast did Lighthouse say the page could load once the images were fixed?",
  [C("cwv", "Your website can be loaded fast 2.7 seconds.")]),
 ("timeline", "what-said", "cwv", "Now that AI is arriving, how will pages get ranked, according to him?",
  [C("cwv", "And now the time of AI is coming."), C("cwv", "Your content will be understood.")]),
 ("newcomer", "what-said", "cwv", "whats that hidden chrome thing that grades your site",
  [C("cwv", "hidden tool in Chrome called Lighthouse.")]),
 ("attribution", "who", "cwv", "If you leave out the meta description, whose job is it to come up with one?",
  [C("cwv", "So this is the responsibility of the search engine.")]),
 ("who-said", "factoid", "cwv", "To check a large iPhone layout, which model does he emulate?",
  [C("cwv", "Like in iPhone 12 Pro.")]),
 ("paraphrase", "why", "cwv", "Why did search engines stop trusting meta keywords?",
  [C("cwv", "Because people abuse it more.")]),
 ("context-first", "what-said", "cwv", "I write a small recipe blog and want my posts to show up on Google. In the Core Web Vitals lesson, what does he say the page title should do?",
  [C("cwv", "If your title is reflecting the content of your page, then this is a very good SEO practice.")]),
]
SEED_B = [
 ("vague", "what-said", "lavrov on open skies — whats happening with that treaty",
  ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."]),
 ("comparer", "number", "foreign money sunk into the serbian oil company tops what figure",
  ["FDI in the company exceeds $3 billion."]),
 ("timeline", "what-said", "What happened recently with the military attache office staff travelling in Russia?",
  ["There was a recent incident when representatives of the military attache office travelled in central Russia without any notification."]),
 ("newcomer", "what-said", "the russian railway company, whats it doing in serbia",
  ["Russian Railways International is playing an active role in it through the use of Russian export loans."]),
 ("attribution", "who", "Who invoked a Greater Albania, according to the journalist's question?",
  ["Do you see the idea of a Greater Albania invoked by Prime Minister of Kosovo Albin Kurti as a real, tenable idea and a solution to the Kosovo problem?"]),
 ("who-said", "who", "who is russia putting on its own sanctions list in return",
  ["Today we will publish a list of eight officials representing the upper echelons of the administration in Washington."]),
 ("paraphrase", "what-said", "are american foundations going to be able to keep working in russia",
  ["We will limit and suspend the activities of American foundations and NGOs on our territory."]),
 ("context-first", "what-said", "I cover Serbia's security ties. At the Moscow news conference with Selakovic in April 2021, what did Lavrov say about Serbia and the CSTO?",
  ["We noted that Serbia maintains an interest in cooperation and contact with the Collective Security Treaty Organisation (CSTO), as well as the similar approaches to maintaining security and peace in Europe taken by the CSTO and Belgrade."]),
]
UN_B = [
 ("suga", "near-miss", "How many Japanese troops would help if there were a Taiwan contingency, per Suga?", "Not answered: Suga refrains from details; no number"),
 ("suga", "near-miss", "when exactly is suga coming back to the white house", "Not answered: Biden only looks forward to having him back"),
 ("fire", "absent-speaker", "per the colorado governor, how dry is his state this summer", "Not answered: Polis is only thanked by Newsom; he never speaks"),
 ("fire", "near-miss", "Did Newsom say how long the Australian crews stayed?", "Not answered: Australia is only called"),
 ("rus", "absent-topic", "What did the officials say about Russian troops massing near Ukraine?", "Not answered: Ukraine is never mentioned"),
 ("rus", "near-miss", "How far did the ruble drop after the sanctions were announced?", "Not answered: no market move is given"),
 ("rus", "absent-topic", "did anyone on the call bring up the colonial pipeline hack", "Not answered: never mentioned"),
 ("lav", "near-miss", "How many Sputnik V doses has Serbia received from Russia?", "Not answered: no doses are counted"),
 ("lav", "absent-topic", "What's Lavrov's take on the constitutional crisis in Bosnia?", "Not answered: Bosnia is never mentioned"),
 ("lam", "near-miss", "How long did it take Lamport to build LaTeX?", "Not answered: no time is given"),
 ("lam", "absent-topic", "What does Lamport think of unit-testing frameworks like JUnit?", "Not answered: never mentioned"),
 ("ag", "near-miss", "What salary does the onboarding example assume for the intern?", "Not answered: no salary"),
 ("ag", "absent-name", "is babyagi covered anywhere in the video", "Not answered: BabyAGI is never mentioned"),
 ("ag", "absent-topic", "What temperature setting does he give Gemini in the demo?", "Not answered: no temperature setting"),
 ("rf", "near-miss", "Give me the exact misclassification rate of the bagged tree on spam", "Not answered: no accuracy figure is read out"),
 ("rf", "absent-name", "What did the lecturer say about XGBoost's regularisation?", "Not answered: XGBoost is never mentioned"),
 ("cwv", "near-miss", "How did the phone-view report score best practices?", "Not answered: only the desktop scores are read out"),
 ("cwv", "absent-topic", "How do you bring down a slow time to first byte, per the tutorial?", "Not answered: TTFB is never mentioned"),
]
SEED_UN_B = [
 ("absent-topic", "Which Serbian city will get a new Russian cultural centre?", "Not answered: never mentioned"),
 ("near-miss", "Name the executive heading the railway modernisation on the Russian side.", "Not answered: no one is named"),
 ("absent-topic", "What did Lavrov say about Bosnia and Herzegovina's presidency?", "Not answered: Bosnia is never mentioned"),
]


def rows() -> tuple[list[dict], list[dict], list[dict]]:
    real, un, seed = [], [], []
    for n, (reg, cat, key, q, gold) in enumerate(B, 201):
        real.append({"id": f"dev-fdecl44-{n}", "question": q, "transcript": T[key], "gold_quotes": gold,
                     "answerable": True, "category": cat, "kind": "fdecl44", "register": reg, "batch": "B"})
    for n, (key, cat, q, ref) in enumerate(UN_B, 3592):
        un.append({"id": f"dev-un-{n}", "question": q, "transcript": T[key], "answerable": False, "category": cat,
                   "kind": "fdecl44", "batch": "B", "reference_answer": ref})
    n = 2536
    for reg, cat, q, gold in SEED_B:
        seed.append({"id": f"seed-{n}", "question": q, "transcript": T["lav"], "gold_quotes": gold, "answerable": True,
                     "category": cat, "kind": "fdecl44", "register": reg, "batch": "B"})
        n += 1
    for cat, q, ref in SEED_UN_B:
        seed.append({"id": f"seed-{n}", "question": q, "transcript": T["lav"], "answerable": False, "category": cat,
                     "kind": "fdecl44", "batch": "B", "reference_answer": ref})
        n += 1
    return real, un, seed


def main() -> None:
    real, un, seed = rows()
    check(real + seed)
    if "--tmp" in sys.argv:
        open("/tmp/fdecl44-B.jsonl", "w").write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in real + un + seed))
    if "--write" in sys.argv:
        for path, rs in ((REPO / "bench/questions/real-dev.jsonl", real), (REPO / "bench/questions/unanswerable-dev.jsonl", un),
                         (REPO / "qa/data/seed_questions.jsonl", seed)):
            with open(path, "a", encoding="utf-8") as f:
                for r in rs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(real), len(un), len(seed))


if __name__ == "__main__":
    main()
