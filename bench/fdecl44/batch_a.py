"""fdecl44 batch A (fit): new answerable and unanswerable dev questions in registers the dev sets hold few of, written
from the transcripts before the system was run on any of them. Run once to append them to the dev files."""
from __future__ import annotations

import json
import sys

from bench.fdecl44.qtools import REPO, T, check, cue

C = cue
# (register, category, key, question, gold quotes) -- key "seed" is the bundled Lavrov transcript
A = [
 # Biden-Suga press conference
 ("clip-finder", "what-said", "suga", "Editing the Biden–Suga presser: where's the moment Biden jokes that the Japanese PM fixed the weather?",
  ["The Prime Minister has brought the sun out, so he can do about anything."]),
 ("attribution", "who", "suga", "Who called the United States Japan's best friend — Biden or Suga?",
  ["The United States is Japan’s best friend."]),
 ("comparer", "what-said", "suga", "Biden spoke of taking on China's challenges; Suga instead stressed talking to Beijing how?",
  ["At the same time, we agreed on the necessity for each of us to engage in frank dialogue with China."]),
 ("timeline", "date", "suga", "Which disaster anniversary did the two countries mark the month before the summit?",
  ["Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster that cost so many lives in Japan."]),
 ("newcomer", "paraphrase", "suga", "whats the program named after some old ambassador that they're bringing back so regular people from both countries connect",
  ["And I’m especially proud that today we agreed to resume what we call — what is called the “Mansfield Fellowship Program” to promote people-to-people connections between our countries."]),
 ("vague", "what-said", "suga", "something about a military base being moved in okinawa?",
  ["At the same time, from the perspective of mitigating the impact on local communities, including, first and foremost, Okinawa, we agreed to promote the realignment of the U.S. forces in Japan, including the relocation of Air Station Futenma to Henoko, which is the only solution to avoid its permanent use."]),
 ("who-said", "who", "suga", "Who claimed to be the only person ever to get an assault weapons ban passed?",
  ["I’m the only one ever to have passed an assault weapons ban."]),
 ("paraphrase", "paraphrase", "suga", "How often does gun violence amount to a mass shooting in America if you count deaths on city streets, according to the president?",
  ["Every single day — every single day, there’s a mass shooting in this United — in the United States if you count all those who are killed out on the streets of our cities and our rural areas."]),
 ("context-first", "opinion", "suga", "I'm writing a piece on the Iran nuclear talks in spring 2021; the 60 percent enrichment announcement was big news then. At the joint press conference with the Japanese leader, did Biden think it was too early to predict how the talks would end?",
  ["I think it’s premature to make a judgement as to what the outcome will be, but we’re still talking."]),
 ("comparer", "opinion", "suga", "Suga raised violence against Asian people in the US — how did he react to Biden's stance on it?",
  ["President Biden’s comment that discriminations and violences is cannot be allowed and that he firmly opposes was extremely encouraging for me, and I have renewed my confidence in American democracy once again."]),
 ("timeline", "date", "suga", "When is Biden hosting the climate leaders gathering, relative to this visit?",
  ["Next week, I’ll be hosting the Climate Leaders Summit — which Prime Minister Suga also plans to attend, thankfully — to rally key nations of the world to making ambitious climate commitments in the lead up to the Glasgow summit later this year."]),
 ("attribution", "who", "suga", "The reporter who asked about Taiwan and Xinjiang — what was his name and outlet?",
  ["My name is Sugimoto of Sankei Newspaper."]),
 # western wildfires meeting
 ("clip-finder", "what-said", "fire", "Need the clip where Biden says satellites can spot a fire no bigger than a piece of furniture.",
  ["has satellite technology that is able to see from space when new fires start, while they’re still small, even as small as the size of your dining room table."]),
 ("comparer", "number", "fire", "Last year versus this year: how many uncontained fires did Biden say were burning?",
  ["21 large, uncontained fires were burning.", "This year, there are 36 that are uncontained and burning."]),
 ("timeline", "date", "fire", "How long before this meeting did the Granite Mountain hotshots die?",
  ["That tragedy happened eight years ago today."]),
 ("newcomer", "paraphrase", "fire", "whats the phone thing the environment people are putting out so you can check the smoke",
  ["from EPA, so individuals can easily access the latest information on air quality, smoke plumes, and public health guidance."]),
 ("attribution", "who", "fire", "Whose brother-in-law is a firefighter in California?",
  ["My brother-in-law is a California firefighter."]),
 ("vague", "number", "fire", "the governor who talked about crazy heat in some valley — how hot did it get there?",
  ["Just this weekend, my state of Oregon experienced three consecutive days of record-breaking high temperatures across the Willamette Valley, reaching upwards of 117 degrees."]),
 ("paraphrase", "what-said", "fire", "Which foreign countries did California lean on for help when its own crews ran out?",
  ["We were calling folks in Australia.", "We were calling folks in Canada.", "We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."]),
 ("context-first", "number", "fire", "I run a small nonprofit in Sonoma and we've tracked federal resilience money closely since the fires. At the June 2021 White House wildfire meeting, how big was the grant the president announced for our county?",
  ["And today, I’m announcing a $37 million federal grant to Sonoma County, California, in support of fire mitigation efforts that are underway."]),
 ("attribution", "who", "fire", "Was it Newsom or Brown who said there's no such thing as a Republican thermometer?",
  ["There’s no Republican thermometer, no Democratic thermometer."]),
 ("timeline", "what-said", "fire", "Before the Lava Fire aid came through, did Newsom have to call the president to get it?",
  ["Thank you, Mr. President, I didn’t have to make a call to you to get the FMAG approved yesterday, up here in Siskiyou County, for the largest of the wildfires — the Lava Fire, which is a few miles away from me."]),
 ("comparer", "paraphrase", "fire", "newsom mocked some old fight with the feds about forest cleanup — what was it",
  ["We were debating raking policies, literally — debating raking policies in this country in the last few years."]),
 ("vague", "number", "fire", "what was biden saying about what some federal firefighters get paid per hour",
  ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."]),
 # Russia sanctions background call
 ("clip-finder", "number", "rus", "Looking for the part of the sanctions call where they say how much of Russia's debt had been untouched before.",
  ["This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues — the ruble-denominated portion — was untouched by our sanctions regime."]),
 ("attribution", "who", "rus", "Who listed the SVR hacking unit's nicknames like Cozy Bear — an official or a reporter?",
  ["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names — we are attributing as the actor that conducted this intrusion."]),
 ("timeline", "date", "rus", "Back in January, before the new team came in, how sure was the government that Moscow was behind SolarWinds?",
  ["This is an update to the January 5th, 2021, assessment by the previous administration that this incident was, quote, “likely of Russian origin.”"]),
 ("newcomer", "paraphrase", "rus", "so whats this military practice thing where other countries rehearse defending against hackers together",
  ["We will be inviting — and the UK, France, Denmark, and Estonia have agreed to join in the planning for this year CYBER FLAG exercise."]),
 ("comparer", "paraphrase", "rus", "How do the new bond rules differ from what US sanctions covered before?",
  ["To be clear, before we took this action, our sanctions prohibitions only prevented U.S. persons from purchases of non-ruble denominated debt at issuance."]),
 ("vague", "what-said", "rus", "the training thing in germany for officials about blaming countries for hacks",
  ["We’re providing a first-of-its-kind course for policymakers worldwide on the policy and technical aspects of publicly attributing cyber incidents that will be inaugurated this year at the George C. Marshall Center in Germany."]),
 ("who-said", "who", "rus", "Which journalist on the sanctions call was from CNBC?",
  ["It’s Eamon Javers with CNBC."]),
 ("paraphrase", "number", "rus", "How many machines around the world could the Russian spies have gotten into through the tampered software?",
  ["So the SVR’s compromise of the SolarWinds software supply chain gave it the ability to spy on or potentially disrupt more than 16,000 computer systems worldwide."]),
 ("context-first", "what-said", "rus", "Our company buys software from a vendor with developers in St. Petersburg, and our security lead got nervous after the April 2021 sanctions news. Did the officials on that background call tell American firms to do anything about suppliers tied to Russia?",
  ["The U.S. government strongly encourages all U.S. companies using communications or technologies supplied by companies with ties to Russia to evaluate the security of their infrastructure and be aware of the potential for future U.S. action that may affect their operation."]),
 ("timeline", "date", "rus", "Which earlier years did the official look back to when judging what debt sanctions do?",
  ["We just looked back to 2014 and 2015, also 2019, when similar measures were taken."]),
 ("comparer", "what-said", "rus", "Who carries the cost of cleaning up after the hack — government or private victims — per the officials?",
  ["And finally, the hack placed an undue burden on the mostly private-sector victims who must bear the unusually high costs of mitigating this incident."]),
 ("attribution", "opinion", "rus", "Is the finding about Taliban bounties stated with high confidence, or something weaker?",
  ["The United States intelligence community assesses, with low to moderate confidence, that Russian intelligence officers sought to encourage Taliban attacks against U.S. and coalition personnel in Afghanistan in 2019 and perhaps earlier, including through financial incentives and compensation."]),
 # Lavrov (shared transcripts)
 ("clip-finder", "what-said", "lav", "need the part where lavrov complains the americans ignore the travel notification rule",
  ["The Americans completely ignore the requirement to send such notifications."]),
 ("attribution", "who", "lav", "Who described Serbia's oil company as an engine of its economy?",
  ["NIS is an engine of Serbia’s economy."]),
 ("timeline", "date", "lav", "Where was Lavrov when the two ministries' 2021-2022 roadmap of consultations got signed, and in what month?",
  ["We agreed to remain in contact at the level of ministers, deputy ministers and heads of departments at our ministries in keeping with the Plan for Consultations between the Russian and Serbian foreign ministries for 2021-2022, which was signed during my visit to Belgrade in December 2020."]),
 ("comparer", "opinion", "lav", "Lavrov contrasts the West defending borders when Russia protects compatriots with what happens when its own protégés are involved — what does he say about the second case?",
  ["And when those who enjoy the West’s patronage have to deal with this issue, the position in Brussels and other European capitals is completely different."]),
 # Lamport interview
 ("clip-finder", "what-said", "lam", "Need the spot where Lamport says he's not in the same league as the famous physicists.",
  ["So I'm not a genius; I'm not in the league with people like Einstein, or Feynman, or I could name any number of people."]),
 ("attribution", "who", "lam", "Who first separated a document's ideas from its typesetting, according to Lamport — Knuth or someone else?",
  ["By the way, I should say that the whole idea of basically separating the ideas from the typesetting - that was done by Brian Reid in his scribe system."]),
 ("comparer", "why", "lam", "What makes Lamport different from most computer people, in his own view?",
  ["Well, it's very simple actually to explain why I'm different from most computer people - it's because I think like a mathematician, and I approach things mathematically, not computationally."]),
 ("timeline", "date", "lam", "how long has lamport been writing code, like since when",
  ["Well, the big change since I started - and I started programming in 1957 - is that now nobody can understand programs."]),
 ("newcomer", "what-said", "lam", "the old math guy mentioned a cartoon caption about writing and thinking, what did it say",
  ["has this wonderful caption of a cartoon, which is \"Writing is nature's way of showing you how fussy your thinking is.\""]),
 ("vague", "what-said", "lam", "what was that funny talk title from the colleague who looks after the tools",
  ["My colleague, Markus Kuppe, the one who is currently basically maintaining the TLA+ tools, he has this wonderful talk which is titled \"How to save two hours of TLA with two weeks of debugging.\""]),
 ("who-said", "who", "lam", "Did Lamport invent stamping messages with times, or does he credit somebody else?",
  ["I think a prime example of that is in my Time, Clocks paper, where it was inspired by a paper that I read from Paul Johnson and Robert Thomas, where they had an algorithm for something, and I realized that their algorithm wasn't quite the right one, because it basically violated causality.",
   "But as it turns out, I think they were actually the first people who did that, because their paper is not very well known, and mine was."]),
 ("paraphrase", "number", "lam", "Does Lamport usually describe his methods in math, or in ordinary language?",
  ["And in 95% of the cases, it's just English;, just pure prose."]),
 ("context-first", "what-said", "lam", "I'm a backend dev who keeps hearing that specs only matter for huge distributed systems, not small code. In the Changelog episode with Lamport, what did he say is the only difference between the small and the large?",
  ["The only difference in the small versus the large is that in some sense the bigger something is, the more formal you have to be, because it's going to be more complicated."]),
 ("timeline", "what-said", "lam", "Is Lamport retiring soon, and what does he hope to finish first?",
  ["I'm not ready to announce a retirement date, but it's not going to be too far off.",
   "One of the things I hope to do before I retire is, after my current project, which is writing a book - but after I finish that, I hope to start organizing a set of examples that will help people learn."]),
 ("attribution", "who", "lam", "Lamport quotes a general on plans — which general?",
  ["I love this quote of Eisenhower, who said, \"No battle was ever won according to plan, but no battle was ever won without one.\""]),
 ("comparer", "who", "lam", "Which big cloud outfits does Lamport name among the users of his methods?",
  ["So a lot of the users today are -- you know, people in Azure, basically the web services of Microsoft, and Amazon Web Services, that's also a big user..."]),
 # agentic AI captions
 ("clip-finder", "what-said", "ag", "the bit where he says he always wants sunny weather when he travels",
  [C("ag", "This is usually my criteria"), C("ag", "whenever I go anywhere, I want the")]),
 ("comparer", "paraphrase", "ag", "RAG chatbot versus the tool-augmented one: what can the second do that the first can't, and what still can't it do?",
  [C("ag", "one tool augmented chatboard is reactive"), C("ag", "and it also has access to tool but it"), C("ag", "cannot reason plan and be proactive")]),
 ("timeline", "what-said", "ag", "In the Nvidia report demo, what comes as step two after the reasoning?",
  [C("ag", "Then this is the step number two."), C("ag", "Compile a report.")]),
 ("newcomer", "definition", "ag", "so does one of these agentic systems need a bunch of agents or is one enough",
  [C("ag", "agentic AI system will have one or more"), C("ag", "You can have multiple agents. Okay. But"), C("ag", "you need at least one AI agent with that")]),
 ("attribution", "who", "ag", "Where does the workflow-versus-agent split in the video come from?",
  [C("ag", "no. Anthropic has this document on"), C("ag", "building effective agents and they")]),
 ("vague", "what-said", "ag", "what's that drag and drop tool he mentions that's like zapier",
  [C("ag", "N8N where you can do drag and drop")]),
 ("who-said", "who", "ag", "which example employee names does the HR bot figure out from your login",
  [C("ag", "It will identify whether you are moan"), C("ag", "Sharma or Abdul Kadir whoever you you")]),
 ("paraphrase", "number", "ag", "How many staff does the presenter's firm employ?",
  [C("ag", "example of my own company. We have 55"), C("ag", "plus people and for these people we want")]),
 ("context-first", "what-said", "ag", "I'm a product manager and my team calls everything with an LLM 'agentic'. We built a bot that answers leave-policy questions from our handbook PDFs. In that YouTube explainer, would a bot like that count as agentic AI?",
  [C("ag", "Now is this an agentic AI? The answer is"), C("ag", "no. Anthropic has this document on")]),
 ("comparer", "paraphrase", "ag", "What sets the agent patterns apart from the workflow ones in the design-pattern part of the video?",
  [C("ag", "then comes agents. So for agents see"), C("ag", "there will be this kind of loop. So"), C("ag", "action feedback action feedback you know")]),
 ("attribution", "who", "ag", "what search tool does he hand the stock-report agent",
  [C("ag", "provide duck duck go search and so on.")]),
 ("vague", "opinion", "ag", "at the very end what does he basically call agentic ai, like is it a big deal or not",
  [C("ag", "what exactly is agentic AI. It's just a"), C("ag", "jargon. The idea is really simple.")]),
 # random forest / bagging lecture
 ("clip-finder", "what-said", "rf", "need the clip where the single trees' predictions show up as green shaded areas",
  [C("rf", "the individual trees yeah as these"), C("rf", "greenish confidence areas in the")]),
 ("comparer", "what-said", "rf", "On the spam benchmark, which base learner gained the most from bagging, and which barely moved?",
  [C("rf", "that improves the result by quite a"), C("rf", "the logistic regression and the K's")]),
 ("timeline", "what-said", "rf", "What does the lecturer promise for the next session?",
  [C("rf", "where I will then really introduce the")]),
 ("newcomer", "definition", "rf", "whats the name for the data points that never get picked when you resample",
  [C("rf", "certain points we will not sample and"), C("rf", "these points are called out of B so")]),
 ("attribution", "what-said", "rf", "Is bagging tied to one kind of model, according to the lecturer?",
  [C("rf", "is a so-called model agnostic technique"), C("rf", "so we can use bagging together with any")]),
 ("vague", "what-said", "rf", "the slide with the colors about sampling, what was it showing",
  [C("rf", "see this here through the colors so this"), C("rf", "guy is sampled twice here in this data")]),
 ("paraphrase", "number", "rf", "When the training set is resampled, how many draws are made each time?",
  [C("rf", "we have drawn we have sampled n of these"), C("rf", "so until we have sampled as many as we")]),
 ("context-first", "factoid", "rf", "I'm studying for an ML exam and keep mixing up homogeneous and heterogeneous ensembles. In the bagging video of the random forest chapter, which kind does the lecturer say bagging is?",
  [C("rf", "begging is a homogeneous method so we'll")]),
 ("timeline", "what-said", "rf", "what other ensemble tricks besides bagging are promised for later lectures",
  [C("rf", "other instances of assemble methods like"), C("rf", "boosting like stacking and so on in")]),
 ("who-said", "number", "rf", "In his benchmark, roughly how big were the bagged ensembles?",
  [C("rf", "we backed our sbls with about 100 base")]),
 ("vague", "what-said", "rf", "does he say bagging gets used with neural nets too",
  [C("rf", "also quite often applied to new networks")]),
 ("comparer", "opinion", "rf", "Do the different ways of combining class outputs differ much in performance?",
  [C("rf", "differences um um they are not large")]),
 # Core Web Vitals (Whisper JSON)
 ("clip-finder", "why", "cwv", "the clip where he admits he picked the numbers after lorem out of laziness",
  [C("cwv", "I wrote 45 because I am lazy")]),
 ("comparer", "number", "cwv", "Desktop Lighthouse run: how did the performance score compare with the SEO score?",
  [C("cwv", "92 marks in performance."), C("cwv", "75 in best practices and 75 in SEO.")]),
 ("timeline", "what-said", "cwv", "Which vital comes third in the tutorial, and what does it stand for?",
  [C("cwv", "After this comes the third metric which is FID."), C("cwv", "Which stands for First Input Delay.")]),
 ("newcomer", "number", "cwv", "whats the delay thing when you click a button and how fast is it supposed to be",
  [C("cwv", "your input should start processing in less than 100 milliseconds.")]),
 ("attribution", "who", "cwv", "According to whom should a good LCP be 2.5 seconds?",
  [C("cwv", "a good LCP score should be 2.5 seconds.")]),
 ("vague", "what-said", "cwv", "what was that example with two pages about pet food",
  [C("cwv", "But the page 2 of these two is loaded very fast."), C("cwv", "It loads well, so Google will give it more preference.")]),
 ("who-said", "factoid", "cwv", "Which online store does he use as the example when explaining SEO?",
  [C("cwv", "Let's take the example of Amazon.in.")]),
 ("paraphrase", "what-said", "cwv", "Will a search engine always use the summary text you write for your page?",
  [C("cwv", "Now it is not necessary that a search engine will parse your Meta DESC.")]),
 ("context-first", "what-said", "cwv", "I'm rebuilding my bakery's website and the text keeps jumping around while the photos load, which a friend says hurts rankings. In the Core Web Vitals lesson, what simple fix does the instructor give to stop that?",
  [C("cwv", "If you put width and height in images, then the layout will not shift.")]),
 ("timeline", "factoid", "cwv", "What does he name the folder he makes at the start of the coding part?",
  [C("cwv", "And now I will make a new folder whose name is Video 6.")]),
 ("comparer", "opinion", "cwv", "Can good content still rank when the vitals are poor, per the video?",
  [C("cwv", "If your content is good, then your website can rank without core web vitals.")]),
 ("attribution", "why", "cwv", "Why does his Lighthouse report complain about the back/forward cache on his own test page?",
  [C("cwv", "Because we are using this extension."), C("cwv", "Live Preview.")]),
]
SEED_A = [
 ("newcomer", "date", "the russian minister said something about a trade deal with some eurasian group, when did they sign it",
  ["In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."]),
 ("comparer", "number", "Of Russia's roughly 450 diplomatic staff counted together with the Americans, how many of Russia's are at the UN versus on bilateral work?",
  ["Therefore, if we want parity, it would be correct not to count our employees with the UN mission – about 150 people – in the total number.",
   "In other words, we have 300 employees on the bilateral front in the US."]),
 ("vague", "what-said", "whats the thing about 25 miles",
  ["As for the aforementioned bilateral memorandum on open ground, starting from a certain category of diplomats (advisers and below), it is necessary to notify the authorities of the host country when any of these employees are going to travel beyond a 25-mile radius around the city where their diplomatic mission is located."]),
 ("attribution", "who", "Who is the main stakeholder behind NIS, per Lavrov?",
  ["Its main stakeholder and investor is Gazprom Neft."]),
 ("timeline", "what-said", "Any face-to-face sessions lately for the co-chairs of the trade and science commission?",
  ["Its co-chairs have already had three in-person meetings in the past few months where a wide range of issues were discussed, including additional measures to restore the steady upward trend in trade, which diminished last year for obvious reasons."]),
 ("context-first", "what-said", "I'm a student of Balkan politics. I know Kosovo tried to join several international bodies in recent years and Serbia lobbied against it. At the April 2021 Moscow press conference, which organisations did Lavrov say Kosovo's bids were blocked in?",
  ["We noted that thanks to Serbia’s proactive approach, and the energetic support of Russia, the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other organisations were neutralised."]),
 ("paraphrase", "what-said", "What does Russia plan to do about the Americans employing locals at their embassy?",
  ["In accordance with the Vienna convention on diplomatic relations and Russian law, including the Labour Code, we are initiating a process to stop the practice of hiring citizens of Russia and third countries at American diplomatic missions."]),
 ("who-said", "who", "who told the US ambassador he should go home for consultations",
  ["Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed consultations."]),
 ("clip-finder", "what-said", "the moment where Lavrov says Russia doesn't push its help on anybody",
  ["We do not force our services on anyone, especially not on our friends."]),
 ("comparer", "opinion", "How does Russia's leverage on debt compare with America's, per Lavrov?",
  ["For obvious reasons, we do not have comparable levers of influence on the US on such a scale."]),
]
UN_A = [
 ("suga", "near-miss", "Did Suga say how many American athletes would come to the Tokyo Games?", "Not answered: a reporter asks whether Biden promised to send athletes; no number is given"),
 ("suga", "near-miss", "How many vaccine doses did Japan pledge at the summit?", "Not answered: no dose count is given"),
 ("suga", "absent-name", "biden and suga on north korea: which of them named Kim Jong Un", "Not answered: Kim Jong Un is never named"),
 ("fire", "absent-speaker", "what did the utility executives on the call say about cutting power during fires", "Not answered: no utility leader speaks"),
 ("fire", "near-miss", "How many National Guard members will the new federal funding train?", "Not answered: no number of Guard members is given"),
 ("fire", "near-miss", "In which month did Oregon pass the law funding more Good Neighbor projects?", "Not answered: only 'the recent passage' is said"),
 ("rus", "absent-topic", "What did the NPR reporter ask about Nord Stream?", "Not answered: Nord Stream is never mentioned; NPR asks about escalation and software procurement"),
 ("rus", "near-miss", "How many of the 32 sanctioned targets were people rather than organisations?", "Not answered: no split is given"),
 ("rus", "absent-name", "Which Washington Post reporter asked about the expelled diplomats?", "Not answered: the reporter who asked is unnamed; no Washington Post"),
 ("lam", "near-miss", "How much does Lamport's TLA+ video course cost?", "Not answered: no price is given"),
 ("lam", "near-miss", "Which publisher is bringing out the book Lamport is writing?", "Not answered: no publisher is named"),
 ("lam", "absent-topic", "Was it Lamport or the host who called Python the best first language?", "Not answered: Python is never mentioned"),
 ("ag", "absent-name", "How does the presenter rate LangChain against agno?", "Not answered: LangChain is never mentioned"),
 ("ag", "near-miss", "How long did the agent take to write the Nvidia report?", "Not answered: no time is given"),
 ("ag", "near-miss", "what currency is the budget in for the london trip example", "Not answered: the budget is never given in any currency"),
 ("rf", "absent-topic", "What learning rate did the lecturer use for the neural network example?", "Not answered: no learning rate"),
 ("rf", "absent-name", "Does the lecturer make his plots with scikit-learn or mlr3?", "Not answered: no library is named"),
 ("cwv", "absent-topic", "What INP value counts as good according to the tutorial?", "Not answered: INP is never mentioned"),
 ("cwv", "absent-topic", "what did he say about adding schema markup for rich results", "Not answered: structured data is never mentioned"),
 ("cwv", "absent-topic", "What does he recommend for serving images from a CDN?", "Not answered: CDNs are never mentioned"),
 ("lav", "near-miss", "Which EU countries did Lavrov expect to follow Poland in expelling Russian diplomats?", "Not answered: only Poland is named"),
 ("lav", "near-miss", "name the eight russian officials the americans put on their sanctions list before the package", "Not answered: only their offices are given, no names"),
]
SEED_UN_A = [
 ("near-miss", "What interest rate do the Russian export loans for the Serbian railways carry?", "Not answered: no rate is given"),
 ("near-miss", "Who will lead the Russian side at the proposed Biden-Putin summit, per Lavrov?", "Not answered: no one is named"),
]


def rows() -> tuple[list[dict], list[dict], list[dict]]:
    real, un, seed = [], [], []
    for n, (reg, cat, key, q, gold) in enumerate(A, 1):
        real.append({"id": f"dev-fdecl44-{n}", "question": q, "transcript": T[key], "gold_quotes": gold,
                     "answerable": True, "category": cat, "kind": "fdecl44", "register": reg, "batch": "A"})
    for n, (key, cat, q, ref) in enumerate(UN_A, 3570):
        un.append({"id": f"dev-un-{n}", "question": q, "transcript": T[key], "answerable": False, "category": cat,
                   "kind": "fdecl44", "register": "", "batch": "A", "reference_answer": ref})
    n = 2521
    for reg, cat, q, gold in SEED_A:
        seed.append({"id": f"seed-{n}", "question": q, "transcript": T["lav"], "gold_quotes": gold, "answerable": True,
                     "category": cat, "kind": "fdecl44", "register": reg, "batch": "A"})
        n += 1
    for cat, q, ref in SEED_UN_A:
        seed.append({"id": f"seed-{n}", "question": q, "transcript": T["lav"], "answerable": False, "category": cat,
                     "kind": "fdecl44", "register": "", "batch": "A", "reference_answer": ref})
        n += 1
    for row in un + [r for r in seed if not r["answerable"]]:
        del row["register"]
    return real, un, seed


def main() -> None:
    real, un, seed = rows()
    check(real + seed)
    if "--write" in sys.argv:
        for path, rs in ((REPO / "bench/questions/real-dev.jsonl", real), (REPO / "bench/questions/unanswerable-dev.jsonl", un),
                         (REPO / "qa/data/seed_questions.jsonl", seed)):
            with open(path, "a", encoding="utf-8") as f:
                for r in rs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(real), len(un), len(seed))


if __name__ == "__main__":
    main()
