"""Writes fdecl46's batches C and D (appended to the dev question files). Run once; kept for the record."""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, AGENTIC as A, BAGGING as B, WEB_VITALS as V,
    LAVROV_PRESS as R)

# (transcript, register, category, question, gold quotes)
C_ANS = [
    (S, "mobile", "number", "size of the ruble sovereign debt market?? need the number for my notes", ["The ruble-denominated sovereign debt market is about 185 billion in size"]),
    (S, "stance", "opinion", "does the administration actually want things with moscow to escalate or not?", ["We do not seek, we do not desire a downward spiral."]),
    (S, "explainer", "why", "explain like I'm new to finance: why would cutting US buyers out of Russian bond sales hurt Russia?", ["removing U.S. investors as buyers in this market can create a broader chilling effect that raises Russia’s borrowing costs, along with capital flight and a weaker currency."]),
    (S, "jargon", "who", "Which APT group got the attribution for the supply-chain compromise?", ["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names — we are attributing as the actor that conducted this intrusion."]),
    (S, "multi-part", "list", "who runs the CYBER FLAG exercise, and which countries agreed to help plan it?", ["The Department of Defense hosts an important annual cyber exercise to build security and cyber operators and overall capability.", "the UK, France, Denmark, and Estonia have agreed to join in the planning for this year CYBER FLAG exercise."]),
    (S, "clip-finder", "why", "find me the part where they justify making the debt ban wait till june", ["The rationale for this date is to allow time for financial institutions to understand and adapt to the measures we’re taking"]),
    (S, "comparer", "what-said", "before vs after this action: what could US persons already not buy?", ["before we took this action, our sanctions prohibitions only prevented U.S. persons from purchases of non-ruble denominated debt at issuance."]),
    (S, "timeline", "date", "what happened on March 2nd according to the officials?", ["On March 2nd, the Biden administration, in coordination with several key allies and partners, announced our response to Russia’s use of a chemical weapon to poison Aleksey Navalny."]),
    (S, "newcomer", "who", "I missed the news, who exactly is getting kicked out of the US here?", ["And the United States is expelling 10 Russian officials from Russia’s Washington, D.C., diplomatic mission."]),
    (S, "quote-hunter", "what-said", "what was the exact phrase about how fast an attacker goes from spying to breaking things?", ["the speed with which an actor can move from espionage to degrading or disrupting a network is at the blink of an eye, and a defender cannot move at that speed."]),
    (S, "negation", "negation", "which parts of the debt market does the new prohibition leave alone?", ["this prohibition only applies to newly issued ruble sovereign debt in the primary market, and not to the secondary market or existing sovereign debt holdings."]),
    (S, "vague", "number", "the bit about hacked agencies and a security to-do list — how many agencies was it", ["focused on the nine federal agencies who were compromised with five specific efforts"]),
    (W, "mobile", "number", "count of big uncontained blazes, last year's figure and this year's", ["21 large, uncontained fires were burning.", "This year, there are 36 that are uncontained and burning."]),
    (W, "stance", "opinion", "where does Newsom stand on people who doubt the science?", ["With due respect to those that don’t believe in science, you got to believe your own damn eyes — observed evidence."]),
    (W, "explainer", "why", "why does Biden say fighting fires isn't a part-time gig anymore?", ["it’s no longer a seasonal job.  This is a year-round mission."]),
    (W, "jargon", "definition", "what does BRIC stand for in the Sonoma grant part?", ["This grant is part of FEMA’s BRIC program — Building Resilient Infrastructure and Communities."]),
    (W, "multi-part", "number", "how hot did it get in Oregon, and where exactly?", ["my state of Oregon experienced three consecutive days of record-breaking high temperatures across the Willamette Valley, reaching upwards of 117 degrees."]),
    (W, "clip-finder", "what-said", "the part where Harris talks about what her family would grab when evacuating", ["the most things we can grab that are the most valuable are family photographs."]),
    (W, "comparer", "what-said", "how did California get along with Washington before, according to Newsom?", ["that was more like a — you know, sparring partners, not working partners."]),
    (W, "timeline", "when", "the 19 hotshots who died in Prescott — was the meeting on an anniversary of that?", ["That tragedy happened eight years ago today."]),
    (W, "newcomer", "who", "which governor does the president ask to open with an overview?", ["Governor Brown, if you’d be willing, you could give us an overview"]),
    (W, "quote-hunter", "what-said", "what's the line Newsom has about thermometers and party politics", ["There’s no Republican thermometer, no Democratic thermometer."]),
    (W, "negation", "negation", "which families does Brown say shouldn't be left out of FEMA help?", ["Everyone impacted by a disaster should be eligible for FEMA assistance, including our undocumented families."]),
    (W, "vague", "factoid", "that satellite thing that spots new fires early — how small a fire can it see", ["even as small as the size of your dining room table."]),
    (J, "mobile", "yes-no", "did suga say anything abt making the olympics safe", ["Japan is listening to and learning from WHO and experts, doing everything possible to contain infection and to realize safe and secure Games."]),
    (J, "stance", "opinion", "What's Biden's position on Iran going up to 60% enrichment?", ["We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to 60 percent."]),
    (J, "explainer", "why", "why does Biden bring up Mike Mansfield personally?", ["he was a mentor of mine when I came to the Senate after my wife and daughter were killed"]),
    (J, "jargon", "what-said", "what's the CVID commitment about for North Korea?", ["On North Korea, we confirmed our commitment to the CVID of all weapons of mass destruction and ballistic missiles of all ranges"]),
    (J, "multi-part", "who", "which golfer got a shout-out and what did he take home?", ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this week."]),
    (J, "clip-finder", "what-said", "where does the AP reporter bring up the police shooting in Chicago", ["including the incident that a lot of us saw in Chicago most recently?"]),
    (J, "comparer", "what-said", "what values does Biden say the two democracies have in common?", ["we’re committed — we’re committed to defending and advancing our shared values, including human rights and the rule of law."]),
    (J, "timeline", "date", "what's the shared emissions deadline the two leaders signed up to", ["Japan and the United States are both committed to achieving net-zero emissions by 2050"]),
    (J, "newcomer", "yes-no", "is Suga the first foreign leader Biden has had over?", ["the first head of state that I’ve asked in my administration to come to the White House."]),
    (J, "quote-hunter", "what-said", "Biden's exact words about who needs a gun with 100 rounds", ["Who, in God’s name, needs a weapon that can hold 100 rounds or 40 rounds or 20 rounds?"]),
    (J, "negation", "negation", "per the Sankei reporter, Japan stands alone in the G7 on what?", ["Japan is the only G7 country that has not imposed sanctions on China."]),
    (J, "vague", "what-said", "suga brought up some attacks on a group of people in america — which group", ["I discussed the increase of discriminations or violences against Asian people across the U.S. with President Biden"]),
    (L, "mobile", "number", "the host lists Hightower's and Yegge's ages, then lamport's — what's his", ["And you're at 82."]),
    (L, "stance", "opinion", "what does lamport think about how software got so complicated", ["things have advanced by evolution, and not by intelligent design."]),
    (L, "explainer", "why", "childhood memory behind the bakery algorithm's name?", ["The reason it's called the bakery algorithm is when I was a kid, there was a bakery"]),
    (L, "jargon", "definition", "ELI5 the clock with a second hand idea: why don't repeated frames break the spec", ["if you add frames that simply repeat what the previous frames have done, you haven't changed the description."]),
    (L, "multi-part", "who", "two things pls: name of the TLA+ tools maintainer + title of his talk", ["My colleague, Markus Kuppe, the one who is currently basically maintaining the TLA+ tools", "How to save two hours of TLA with two weeks of debugging."]),
    (L, "clip-finder", "what-said", "the part where a journal editor replies to his first two-process attempt", ["a couple of weeks later, I get a letter back from the editor saying"]),
    (L, "comparer", "what-said", "how does a chip designer see his laptop differently from him?", ["But to the hardware designer, this is a distributed system."]),
    (L, "timeline", "date", "how far back does lamport's programming go, year-wise", ["and I started programming in 1957"]),
    (L, "newcomer", "who", "who's the guest on this episode and where does he work?", ["I'm here with Leslie Lamport, a distinguished scientist at Microsoft Research, creator of LaTeX"]),
    (L, "quote-hunter", "what-said", "quote pls: the cartoonist line on writing vs muddled thinking", ["Writing is nature's way of showing you how fussy your thinking is."]),
    (L, "negation", "negation", "is lamport putting himself on par with Einstein?", ["So I'm not a genius; I'm not in the league with people like Einstein, or Feynman"]),
    (L, "vague", "what-said", "there was something about a california state project that flopped — how much did it cost", ["A 100 million dollar project that just failed, that was just abandoned after a few years."]),
    (A, "mobile", "number", "his company's headcount for the HR bot example?", ["example of my own company. We have 55", "plus people and for these people we want"]),
    (A, "stance", "opinion", "does he think agentic ai is a hard idea?", ["jargon. The idea is really simple."]),
    (A, "explainer", "why", "why isn't the PDF question-answering bot agentic?", ["This rack based chatboard is actually a", "workflow. It is not agentic. Let's"]),
    (A, "jargon", "factoid", "the nvidia report agent — what python framework is it built with", ["And here we are using agno framework."]),
    (A, "multi-part", "list", "which model powers the stock report demo, and what tools does it get?", ["using gemini as a model here. And what", "y finance tool reasoning tools. You can"]),
    (A, "clip-finder", "what-said", "where does he put the three bot types side by side in a table", ["step. Here is a table summarizing the", "capabilities of all three chatboards."]),
    (A, "comparer", "what-said", "gen ai vs agentic ai — how does he relate them?", ["Gen AI versus agentic AI. Well, Genai is", "part of agentic AI. So you see this"]),
    (A, "newcomer", "definition", "what's the one-line definition he gives for a beginner?", ["definition, agentic AI is an AI system", "that can make decisions and take actions"]),
    (A, "quote-hunter", "what-said", "the exact trip request he gives the travel assistant", ["assistant where you can say book a 7-day", "trip to London in May where where the"]),
    (A, "negation", "negation", "in his comparison table, which abilities is the second chatbot missing", ["and it also has access to tool but it", "cannot reason plan and be proactive."]),
    (A, "vague", "factoid", "there was a drag and drop tool he compares with zapier, what was it called", ["to Zapier is", "N8N where you can do drag and drop"]),
    (B, "mobile", "definition", "bagging = short for what again", ["begging is for bootstrap aggregation and"]),
    (B, "stance", "opinion", "does the lecturer think the choice of how to aggregate matters much?", ["and in terms of a performance", "differences um um they are not large"]),
    (B, "explainer", "why", "why does averaging a bunch of trees help, in simple words?", ["behind bagging is that it should reduce", "the variability of our produtions"]),
    (B, "jargon", "definition", "in bag vs out of bag — which points get the out label?", ["certain points we will not sample and", "these points are called out of B so"]),
    (B, "multi-part", "factoid", "which dataset is in the benchmark and how many base learners?", ["we backed our sbls with about 100 base", "Learners here I used the spam data set"]),
    (B, "clip-finder", "what-said", "the plot with the mse curve vs number of trees — where is it", ["see how that goes down when Ensemble", "size goes up on this and on this plot"]),
    (B, "comparer", "what-said", "spam benchmark: did the tree learner or the logistic model get the bigger boost?", ["that improves the result by quite a", "large margin although the specification"]),
    (B, "timeline", "what-said", "what does he promise for the following video?", ["where I will then really introduce the", "random Forest bye-bye"]),
    (B, "newcomer", "yes-no", "is bagging only for decision trees?", ["it's a preliminary version of the random", "Forest but can be applied to any type of"]),
    (B, "quote-hunter", "what-said", "the phrase he uses calling averaging an old stats trick", ["oldest trick in the book of Statistics"]),
    (B, "negation", "why", "why is the gain small for the logistic model in his benchmark?", ["bagging but not too much which is", "because they are a bit more stable yeah"]),
    (B, "vague", "what-said", "something about neural nets and just using different seeds?", ["do this this even over different seats"]),
    (V, "mobile", "number", "whats a good lcp time supposed to be", ["According to web.dev and google, a good LCP score should be 2.5 seconds."]),
    (V, "stance", "opinion", "does the instructor think meta keywords still help?", ["Meta Keyword is not used at all now."]),
    (V, "explainer", "why", "why should I bother setting width and height on my images?", ["If you put width and height in images, then the layout will not shift."]),
    (V, "jargon", "definition", "jargon check: first input delay = what exactly", ["First Input Delay means that if any user has clicked on any input element,"]),
    (V, "multi-part", "number", "what did the desktop report give for accessibility and for SEO?", ["100 out of 82 in accessibility.", "75 in best practices and 75 in SEO."]),
    (V, "clip-finder", "why", "the moment he explains why he typed lorem 45", ["I wrote 45 because I am lazy and 4 and 5 are around."]),
    (V, "comparer", "what-said", "content vs core web vitals — which counts more for ranking?", ["If your content is good, then your website can rank without core web vitals."]),
    (V, "newcomer", "what", "what's this video going to cover?", ["In today's video, we will learn about Core Web Vitals and why they are important."]),
    (V, "quote-hunter", "what-said", "the exact line about the guy who cancels an order by mistake", ["And he shifted the layout and the order was completed."]),
    (V, "negation", "negation", "does google have to display the meta desc i put in, per harry?", ["Now it is not necessary that a search engine will parse your Meta DESC."]),
    (V, "vague", "what-said", "the tip about checking how the site looks on an iphone", ["Your website will look like this in iPhone 12 Pro resolution."]),
]
C_SEED = [
    (R, "mobile", "number", "gazprom neft's company in serbia: how much foreign investment has gone into it?", ["FDI in the company exceeds $3 billion."]),
    (R, "stance", "opinion", "does lavrov take the greater albania idea seriously or dismiss it", ["These are unacceptable, provocative and very harmful statements."]),
    (R, "explainer", "why", "why does Lavrov want the UN mission staff left out of the head count?", ["The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with bilateral ties."]),
    (R, "jargon", "what-said", "what's the 25-mile rule about?", ["it is necessary to notify the authorities of the host country when any of these employees are going to travel beyond a 25-mile radius around the city where their diplomatic mission is located."]),
    (R, "multi-part", "date", "when was the EAEU free trade deal signed and is it in force yet?", ["In the autumn of 2019, the EAEU and Serbia signed a free trade agreement.", "We are close to completing the procedures required for the agreement to take effect."]),
    (R, "clip-finder", "what-said", "the part about the military attache people driving around central russia", ["There was a recent incident when representatives of the military attache office travelled in central Russia without any notification."]),
    (R, "comparer", "number", "how many Russian staff are in the US once you leave out the UN mission?", ["In other words, we have 300 employees on the bilateral front in the US."]),
    (R, "timeline", "when", "when is Sputnik V production in Belgrade supposed to start?", ["We expect the launch of Sputnik V production in Belgrade scheduled for May"]),
    (R, "newcomer", "who", "who is Lavrov meeting with here?", ["My Serbian colleague, Nikola Selakovic, and I had good, trust-based talks"]),
    (R, "quote-hunter", "what-said", "Lavrov's exact words on the American NGOs", ["In reality, they are openly meddling in our domestic politics."]),
    (R, "negation", "negation", "does Russia hire local staff at its own missions in the US?", ["We do not engage in this practice, so we are introducing parity on this issue."]),
    (R, "vague", "what-said", "something about Interpol and unesco memberships?", ["the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other organisations were neutralised."]),
    (R, "stance", "yes-no", "is Russia open to Biden's summit idea?", ["We have already responded positively to it."]),
]
D_ANS = [
    (S, "mobile", "why", "y did they even mention the bounties thing if confidence is low", ["because of the low- to moderate-confidence element of this, our focus is on sending a clear message to Russia about the steps the United States would take in response to such behavior were it to continue."]),
    (S, "stance", "opinion", "are the officials willing to guess how markets will react?", ["we’re not going to speculate about how markets are going to respond specifically."]),
    (S, "jargon", "what-said", "what does the new directive let the government do with sovereign debt later on?", ["This directive provides authority for the U.S. government to expand sovereign debt sanctions on Russia as appropriate."]),
    (S, "clip-finder", "what-said", "the moment a reporter asks about rules for how the government buys software", ["Do you expect that this is going to spur some changes in the way the federal government procures software?"]),
    (S, "comparer", "what-said", "which finding has more confidence behind it, the SolarWinds attribution or the Taliban bounties?", ["The U.S. intelligence community has high confidence in its assessment of attribution to the SVR.", "The United States intelligence community assesses, with low to moderate confidence"]),
    (S, "negation", "negation", "are they using every power the new executive order gives them?", ["Importantly, there are elements of this new EO that give us additional authorities that we are not exercising today."]),
    (S, "vague", "what-said", "something about a new class in germany for government people — what does it teach", ["We’re providing a first-of-its-kind course for policymakers worldwide on the policy and technical aspects of publicly attributing cyber incidents"]),
    (S, "timeline", "date", "which past years did they look at to judge the impact?", ["We just looked back to 2014 and 2015, also 2019, when similar measures were taken."]),
    (W, "mobile", "number", "fed wildland firefighters' new pay floor per hour?", ["firefighters are making at least $15 an hour"]),
    (W, "stance", "opinion", "is Biden satisfied with the new pay incentives or not?", ["So today we’re announcing what I still think is not enough:"]),
    (W, "explainer", "why", "why were firefighters from other countries helping in California?", ["We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."]),
    (W, "jargon", "what-said", "lightning detection thing from DOE — what exactly does it catch", ["the Department of Energy has a sensor array computer analysis capability that can detect in real time the lightning strikes that might set off a blaze."]),
    (W, "timeline", "number", "count of federal disaster declarations for Brown's state since spring 2020", ["We’ve had four federal disaster declarations in my state since April of 2020."]),
    (W, "negation", "negation", "what didn't Newsom need to do to get the FMAG approved?", ["I didn’t have to make a call to you to get the FMAG approved yesterday"]),
    (W, "vague", "what-said", "the phone app the EPA is putting out — what's it for", ["a new app on — from EPA, so individuals can easily access the latest information on air quality, smoke plumes, and public health guidance."]),
    (J, "mobile", "what-said", "wat did they agree on 5g", ["from promoting secure and reliable 5G networks"]),
    (J, "stance", "opinion", "how did suga feel about biden's remarks on discrimination", ["President Biden’s comment that discriminations and violences is cannot be allowed and that he firmly opposes was extremely encouraging for me"]),
    (J, "explainer", "why", "why move the Futenma air station to Henoko, according to Suga?", ["including the relocation of Air Station Futenma to Henoko, which is the only solution to avoid its permanent use."]),
    (J, "multi-part", "what-said", "which disaster anniversary did they mark, and which anniversary was it?", ["Last month, we jointly marked the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster that cost so many lives in Japan."]),
    (J, "comparer", "who", "which other countries were in the Quad vaccine effort with the US and Japan?", ["together with India and Australia — launched the landmark Quad Vaccine Partnership"]),
    (J, "negation", "negation", "what would Suga not go into about Taiwan?", ["I refrain from mentioning details since it pertains to diplomatic exchanges"]),
    (J, "timeline", "when", "is the climate summit Biden hosts soon or months away", ["Next week, I’ll be hosting the Climate Leaders Summit"]),
    (L, "mobile", "number", "share of his method write-ups that are plain prose, 95%?", ["And in 95% of the cases, it's just English"]),
    (L, "stance", "opinion", "what's lamport's take on testing for concurrency bugs?", ["especially with concurrency, that testing is very poor at finding"]),
    (L, "explainer", "why", "why didn't the bakery algorithm need mutual exclusion on its variables?", ["Each variable is written by a single process, and it can be read by multiple processes."]),
    (L, "multi-part", "what-said", "what's he working on now and what does he hope to do after that?", ["One of the things I hope to do before I retire is, after my current project, which is writing a book - but after I finish that, I hope to start organizing a set of examples that will help people learn."]),
    (L, "timeline", "date", "dijkstra + mutual exclusion: what year does lamport give", ["introduced by Edsger Dijkstra, I think it was in 1965."]),
    (L, "negation", "negation", "what doesn't TLA+ have a special language for?", ["there's no language for distribution; there is nothing distributed about it."]),
    (L, "quote-hunter", "what-said", "the Eisenhower line he quotes about battles", ["No battle was ever won according to plan, but no battle was ever won without one."]),
    (A, "mobile", "what-said", "onboarding the intern: first step in the plan?", ["plan that I need to schedule a welcome", "meeting with this intern and you will"]),
    (A, "stance", "yes-no", "does he count the bot that can apply for leave as agentic", ["Well, the answer is again no. This is", "tool augmented chatboard. We want to"]),
    (A, "explainer", "why", "why is preparing for someone's maternity leave a harder job for the bot?", ["leave. Now, this requires multi-step", "reasoning and multi-turn planning."]),
    (A, "jargon", "factoid", "what does the N8N agent use for chat memory?", ["which has anthropic chat model it has", "posgress chat memory it has access to"]),
    (A, "comparer", "what-said", "AI agent vs agentic AI — what's the relationship he draws?", ["agentic AI system will have one or more", "agents. So here you have this one agent."]),
    (A, "negation", "negation", "what did he not tell the report agent to include?", ["I did not say okay have news in the", "bottom have analyst recommendation and"]),
    (A, "clip-finder", "what-said", "the part where he brings up Anthropic's article on workflows and agents", ["no. Anthropic has this document on", "building effective agents and they"]),
    (B, "mobile", "how", "how r the bootstrap samples drawn", ["draw with replacement from the original"]),
    (B, "stance", "opinion", "does he think k-NN is a stable learner?", ["the K so for smaller case it will become", "a bit more unstable and for a larger"]),
    (B, "explainer", "how", "hard labels from each member — how do you combine them for classification", ["by yeah and then you can do majority", "voting so you would predict the class"]),
    (B, "jargon", "factoid", "bagging: same kind of base learners or mixed?", ["begging is a homogeneous method so we'll"]),
    (B, "comparer", "list", "besides bagging, which ensemble techniques get covered in other parts of the lecture", ["other instances of assemble methods like", "boosting like stacking and so on in"]),
    (B, "negation", "negation", "what does he say he won't read out?", ["code I will really not read that out now"]),
    (B, "clip-finder", "what-said", "the colored points slide: which one was sampled two times", ["see this here through the colors so this", "guy is sampled twice here in this data"]),
    (V, "mobile", "number", "FID threshold pls — ms number", ["your input should start processing in less than 100 milliseconds."]),
    (V, "stance", "opinion", "what does he think of web.dev as a place to learn?", ["Web.dev is a very good website."]),
    (V, "explainer", "why", "according to the lecture, what killed meta keywords as a ranking signal", ["Because people abuse it more."]),
    (V, "jargon", "definition", "what's PWA short for in the lighthouse report?", ["PWA is Progressive Web Apps."]),
    (V, "comparer", "number", "how did the desktop version score for speed in his report, out of 100", ["92 marks in performance."]),
    (V, "negation", "negation", "bfcache failure reason in his report", ["Pages with Websocket.", "Cannot enter.", "Back Forward Cache."]),
    (V, "timeline", "factoid", "what's the folder called that he makes at the start?", ["And now I will make a new folder whose name is Video 6."]),
]
D_SEED = [
    (R, "mobile", "who", "whos the main investor in nis", ["Its main stakeholder and investor is Gazprom Neft."]),
    (R, "stance", "opinion", "can the russian economy handle the debt sanctions, per lavrov?", ["That said, our specialists think that the Russian economy can cope with this scale."]),
    (R, "explainer", "why", "why does Russia want to stop the Americans' short trips?", ["In this way, they substantially increase (double or more) their capacity to work in Russia, with goals that are not always above board."]),
    (R, "jargon", "what-said", "which treaty is hanging by a thread?", ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."]),
    (R, "multi-part", "number", "how many US officials go on Russia's list, and from what level?", ["Today we will publish a list of eight officials representing the upper echelons of the administration in Washington."]),
    (R, "timeline", "date", "when was the consultations plan between the ministries signed?", ["which was signed during my visit to Belgrade in December 2020."]),
    (R, "negation", "negation", "does Russia push its mediation on Belgrade?", ["We do not impose anything."]),
    (R, "comparer", "what-said", "how does Serbia's vaccination rate compare with the rest of Europe?", ["Serbia is among the top nations in Europe in terms of vaccination rate"]),
    (R, "clip-finder", "what-said", "the bit about the railway programme and the loans", ["Russian Railways International is playing an active role in it through the use of Russian export loans."]),
]
# (transcript, register, category, question, why unanswerable)
C_UN = [
    (S, "mobile", "near-miss", "how many ruble bonds do us banks hold rn", "Not said"),
    (S, "vague", "absent-topic", "the bit where they name the russian banks cut off from SWIFT", "Not said: no bank is named, SWIFT never mentioned"),
    (S, "stance", "absent-name", "what does the official think about Nord Stream 2?", "Not mentioned"),
    (W, "mobile", "near-miss", "starting wage for cal fire crews?", "Not said: only federal pay ($13, $15 an hour)"),
    (W, "vague", "absent-speaker", "the thing Polis said about Colorado's snowpack", "Polis is only thanked; he does not speak"),
    (W, "timeline", "near-miss", "lava fire ignition date", "Not said: only that it is a few miles away"),
    (J, "stance", "absent-topic", "what's Biden's view on the yen exchange rate?", "Not mentioned"),
    (J, "quote-hunter", "near-miss", "the exact line where Suga thanks the Japanese Olympic team", "Not said"),
    (J, "multi-part", "near-miss", "how many US troops are in Japan and where are they based?", "Not said"),
    (L, "newcomer", "absent-topic", "where did lamport do his doctorate", "Not said"),
    (L, "clip-finder", "absent-name", "the part where Lamport explains the Byzantine generals problem", "Not mentioned"),
    (L, "comparer", "absent-name", "TLA+ vs Coq in lamport's words", "Coq is not mentioned"),
    (A, "mobile", "near-miss", "lovable subscription price", "Not said"),
    (A, "jargon", "near-miss", "which embeddings store sits behind the PDF chatbot", "Not said"),
    (A, "vague", "near-miss", "that part where the agent books a hotel in Paris", "Not said: a 7-day trip to London, no hotel"),
    (B, "explainer", "absent-topic", "how does random forest pick how many features to try at each split?", "Not said: the random forest is left for the next session"),
    (B, "numbers", "near-miss", "what MSE did the 100-learner ensemble get on the spam data?", "Not said"),
    (B, "timeline", "near-miss", "who came up with bagging and when, per the lecture", "Not said"),
    (V, "mobile", "near-miss", "cls threshold for good — what decimal", "Not said: only 'as low as possible'"),
    (V, "jargon", "absent-name", "interaction to next paint — how does he define it", "Not mentioned"),
    (V, "comparer", "absent-name", "how does Amazon.in's LCP compare with Flipkart's?", "Not said"),
    (V, "quote-hunter", "absent-topic", "where does he talk about robots.txt", "Not mentioned"),
]
C_UN_SEED = [
    (R, "mobile", "near-miss", "how many russian diplomats did poland expel", "Not said: only that Poland announced expulsions"),
    (R, "vague", "absent-name", "the part where lavrov talks about nord stream sanctions", "Not mentioned"),
    (R, "stance", "absent-speaker", "what does Selakovic think about NATO?", "Selakovic does not speak in this transcript"),
    (R, "timeline", "near-miss", "by what date do the 10 US diplomats have to leave?", "Not said"),
]
D_UN = [
    (S, "list", "near-miss", "list the six russian tech firms by name", "Not said"),
    (S, "vague", "absent-topic", "the part where they talk about cyber sanctions on China", "Not mentioned"),
    (S, "mobile", "near-miss", "when do the crimea sanctions kick in", "Not said"),
    (W, "numbers", "near-miss", "what's the Bureau of Land Management's firefighting budget?", "Not said"),
    (W, "vague", "absent-name", "the bit where Biden talks about Smokey Bear", "Not mentioned"),
    (W, "stance", "absent-speaker", "inslee's take on the 117-degree heat", "Inslee is only named; he does not speak"),
    (J, "stance", "absent-topic", "hong kong — anything from either leader?", "Not mentioned"),
    (J, "numbers", "near-miss", "size of the US olympic delegation to tokyo?", "Not said"),
    (J, "mobile", "absent-name", "suga on the fukushima treated water", "Not mentioned"),
    (L, "numbers", "near-miss", "how many Paxos implementations does Lamport know of?", "Not said"),
    (L, "quote-hunter", "absent-name", "the line where Lamport criticizes Rust", "Not mentioned"),
    (L, "explainer", "absent-topic", "why did Lamport leave SRI?", "Not mentioned"),
    (A, "numbers", "near-miss", "yearly vacation allowance for his staff?", "Not said: asked only as an example question"),
    (A, "vague", "absent-name", "the part where he builds the agent with LangChain", "Not mentioned"),
    (B, "jargon", "near-miss", "oob error — how does he compute it?", "Not said"),
    (B, "stance", "near-miss", "does he prefer bagging or boosting?", "Not said"),
    (V, "numbers", "near-miss", "what lighthouse score did codewithharry get on mobile?", "Not said"),
    (V, "jargon", "near-miss", "TBT target in ms?", "Not said"),
]
D_UN_SEED = [
    (R, "numbers", "near-miss", "how much gas does Serbia buy from Russia a year?", "Not said"),
    (R, "vague", "absent-name", "what did lavrov say about the Bosnian elections", "Not mentioned"),
    (R, "mobile", "near-miss", "when is the biden putin summit happening", "Not said: Russia is studying the proposal"),
    (R, "numbers", "near-miss", "how big are the Russian export loans for Serbia's railways?", "Not said"),
]


def ans(qid, row, batch):
    t, reg, cat, q, gold = row
    return {"id": qid, "question": q, "transcript": t, "gold_quotes": gold, "answerable": True, "category": cat,
            "kind": "fdecl46", "register": reg, "batch": batch}


def un(qid, row, batch):
    t, reg, cat, q, why = row
    return {"id": qid, "question": q, "transcript": t, "answerable": False, "category": cat, "kind": "fdecl46",
            "register": reg, "batch": batch, "reference_answer": why}


def main():
    real = [ans(f"dev-fdecl46-{i}", r, "C") for i, r in enumerate(C_ANS, 1)]
    real += [ans(f"dev-fdecl46-{200 + i}", r, "D") for i, r in enumerate(D_ANS, 1)]
    seed = [ans(f"seed-{2860 + i}", r, "C") for i, r in enumerate(C_SEED, 1)]
    n = 2860 + len(C_SEED)
    seed += [un(f"seed-{n + i}", r, "C") for i, r in enumerate(C_UN_SEED, 1)]
    n += len(C_UN_SEED)
    seed += [ans(f"seed-{n + i}", r, "D") for i, r in enumerate(D_SEED, 1)]
    n += len(D_SEED)
    seed += [un(f"seed-{n + i}", r, "D") for i, r in enumerate(D_UN_SEED, 1)]
    assert n + len(D_UN_SEED) <= 2890, n
    unans = [un(f"dev-un-{3935 + i}", r, "C") for i, r in enumerate(C_UN, 1)]
    unans += [un(f"dev-un-{3935 + len(C_UN) + i}", r, "D") for i, r in enumerate(D_UN, 1)]
    assert 3935 + len(C_UN) + len(D_UN) <= 3975
    for path, rows in ((REPO / "bench/questions/real-dev.jsonl", real),
                       (REPO / "bench/questions/unanswerable-dev.jsonl", unans),
                       (REPO / "qa/data/seed_questions.jsonl", seed)):
        text = path.read_text(encoding="utf-8")
        assert "fdecl46" not in text, f"{path} already holds fdecl46's batches"
        if not text.endswith("\n"):
            text += "\n"
        path.write_text(text + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(path.name, len(rows))


if __name__ == "__main__":
    main()
