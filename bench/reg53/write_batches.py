"""Writes reg53's batches A and B (appended to the dev question files): questions in five registers, reaction (how
someone responded or reacted to something said or done), criticism (what someone found wrong, objected to or
complained about), prediction (what someone expects or says will happen), praise (who or what someone thanked,
praised or credited) and gist (the main point or upshot of what someone said on a topic); 8 per register and batch,
28 answerable per batch (gold: the answering sentence(s)), 12 unanswerable (the register's thing is never said for a
person or topic the transcript names, or the topic is in no transcript: each checked by grep over all eight files).
Written from the transcripts before the system was run on any of them. A is read while the rule is set; B is run
once after it is frozen. Gold quotes are checked against the transcripts before anything is written. Run once; kept
for the record.

    PYTHONPATH=. .venv/bin/python bench/reg53/write_batches.py [--write]
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, AGENTIC as A, BAGGING as B, WEB_VITALS as V,
    SEED, register_batch_main, register_rows)

# (batch, register, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # --- A: reaction
    ("A", "reaction", W, "How did Newsom react to what Biden had said at the start of the meeting?",
     ["Mr. President, I’ve been waiting almost four and a half years to hear a President say what you just said."],
     None),
    ("A", "reaction", J, "How did Biden greet the sunshine that came with Suga's visit?",
     ["The Prime Minister has brought the sun out, so he can do about anything."], None),
    ("A", "reaction", SEED, "What was Lavrov's reaction to the Kosovo prime minister's idea of a Greater Albania?",
     ["These are unacceptable, provocative and very harmful statements."], None),
    ("A", "reaction", L, "How did Lamport react when the editor wrote back with a bug in his two-process algorithm?",
     ["One is that it made me realize that concurrent algorithms are hard to get right, and they really need a "
      "rigorous proof.", "I'm going to solve that damn problem."], None),
    ("A", "reaction", L, "What did Lamport think of comparing a concurrent system to a movie?",
     ["Actually, that's beautiful. That's an example I love, because that's the way to describe systems."], None),
    ("A", "reaction", J, "How did Biden respond to Iran's move to enrich uranium to 60 percent?",
     ["We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to 60 "
      "percent."], None),
    ("A", "reaction", W, "How did Governor Inslee react to the federal pay rise for firefighters?", None,
     "near miss: Inslee is named by Newsom and never speaks"),
    ("A", "reaction", L, "How did Lamport react to hearing that Kelsey Hightower retired from Google at 42?", None,
     "near miss: Jerod names Hightower; Lamport speaks of his own retirement only"),
    ("A", "reaction", SEED, "How did Selakovic react to Lavrov's remarks on Kosovo?", None,
     "near miss: Selakovic is named, his words are never given"),
    # --- A: criticism
    ("A", "criticism", SEED, "What did Lavrov complain the Americans ignore when their diplomats travel in Russia?",
     ["The Americans completely ignore the requirement to send such notifications."], None),
    ("A", "criticism", SEED, "What did Lavrov object to in how Washington treated Russia's embassy?",
     ["Instead of looking for mutually acceptable, compromise solutions, the US merely obstructed the operations of "
      "our Embassy, consulates-general and the Russian mission at the UN."], None),
    ("A", "criticism", W, "What did Biden call unacceptable at the wildfire meeting?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour.",
      "that’s unacceptable to me."], None),
    ("A", "criticism", L, "According to Lamport, what lies at the heart of the trouble with today's software?",
     ["Then the idea that I can be able to give you something that's a bunch of code, and you should be able to use "
      "it without having to look at the code is foreign to programmers.",
      "But that's at the heart of so much of what's wrong with software being built today."], None),
    ("A", "criticism", W, "What did Newsom fault about California's past dealings with Washington?",
     ["that was more like a — you know, sparring partners, not working partners."], None),
    ("A", "criticism", V, "What did the web vitals lecturer criticise about Google's PageSpeed score?", None,
     "PageSpeed: in no transcript"),
    ("A", "criticism", J, "What did Suga criticise about China's trade practices?", None,
     "near miss: China is discussed; trade is in no word of the press conference"),
    ("A", "criticism", B, "What did the lecturer complain about in support vector machines?", None,
     "support vector machines: in no transcript"),
    # --- A: prediction
    ("A", "prediction", S, "What does the official expect to happen to Russia's borrowing costs?",
     ["what you see is that Russia’s borrowing costs rise, you see that there’s capital flight, you see the currency "
      "weakens in tandem."], None),
    ("A", "prediction", SEED, "Does Lavrov expect Washington to come back to the Open Skies Treaty?",
     ["The US has withdrawn from it and is not going to come back."], None),
    ("A", "prediction", W, "What did Biden say this year's fire season could turn out like?",
     ["And this year, we — they could be even tougher, based on the weather patterns."], None),
    ("A", "prediction", J, "What outcome did Biden foresee for the talks with Iran?",
     ["I think it’s premature to make a judgement as to what the outcome will be, but we’re still talking."], None),
    ("A", "prediction", L, "When does Lamport expect to retire?",
     ["No, it's not going to be too long. Not many years.",
      "I'm not ready to announce a retirement date, but it's not going to be too far off."], None),
    ("A", "prediction", SEED, "How soon does Lavrov see the Serbia-EAEU free trade deal coming into force?",
     ["We are close to completing the procedures required for the agreement to take effect."], None),
    ("A", "prediction", W, "How many acres did Governor Brown predict would burn in Oregon this year?", None,
     "near miss: last year's acres are given, no prediction for this year"),
    ("A", "prediction", A, "What does the agentic AI video predict about agents taking over people's jobs?", None,
     "jobs: never spoken of in the video"),
    # --- A: praise
    ("A", "praise", W, "Who did Harris thank for making the wildfires a priority?",
     ["First, I just want to thank the President for prioritizing this for his administration."], None),
    ("A", "praise", W, "For which cost decision did Brown express her gratitude?",
     ["I do want to say thank you for approving our cost-share adjustment related to our 2020 Labor Day wildfires at "
      "100 percent for Oregon"], None),
    ("A", "praise", J, "Whom did Suga thank at the start of his remarks?",
     ["I would like to thank President Biden and Vice President Harris, who have welcomed me so warmly."], None),
    ("A", "praise", J, "Which country did Suga call Japan's closest friend?",
     ["The United States is Japan’s best friend."], None),
    ("A", "praise", SEED, "What did Lavrov give credit to for Serbia's high vaccination rate?",
     ["Serbia is among the top nations in Europe in terms of vaccination rate which is due, in part, to the use of "
      "the Russian vaccine Sputnik V"], None),
    ("A", "praise", W, "What did Brown say is so good about the Good Neighbor Authority projects?",
     ["It’s a win, win, win. It creates jobs, creates healthy landscapes, and reduces wildfire risk."], None),
    ("A", "praise", S, "Which allies did the officials thank for joining in the sanctions?", None,
     "near miss: allies are spoken of; no ally is thanked"),
    ("A", "praise", L, "Which colleague did Lamport praise for helping with the Paxos paper?", None,
     "near miss: Paxos is named by Jerod; no colleague is credited for it"),
    # --- A: gist
    ("A", "gist", S, "What was the gist of the official's answer on why SolarWinds deserved a response?",
     ["But there’s really three core reasons that we saw the need to make clear that this behavior was unacceptable.",
      "So, based on the three factors, we saw a need to make clear that activities like SolarWinds were reckless and "
      "unacceptable."], None),
    ("A", "gist", L, "What is the main thing Lamport wants listeners to take away?",
     ["Well, I would say not TLA+, I would say thinking outside the box of code."], None),
    ("A", "gist", W, "What was the bottom line of Harris's remarks?",
     ["And the bottom line is that: As the President has said — his bipartisan framework for infrastructure — it’s "
      "going to address a lot of these challenges."], None),
    ("A", "gist", SEED, "In short, what did Lavrov say to the ambassador's offer of Russian mediation with Pristina?",
     ["We do not impose anything. We do not force our services on anyone, especially not on our friends."], None),
    ("A", "gist", W, "What was the upshot of Newsom's point about thermometers?",
     ["There’s no Republican thermometer, no Democratic thermometer."], None),
    ("A", "gist", B, "What was the gist of the bagging lecturer's remarks on neural networks?", None,
     "neural: in no transcript"),
    ("A", "gist", W, "What was the gist of Harris's remarks on the electricity grid?", None,
     "grid: in no transcript"),
    # --- B: reaction
    ("B", "reaction", W, "How did Biden respond when Governor Brown thanked him for his leadership?",
     ["Well, Madam Governor, I — I’m not being solicitous when I say we’re grateful for your leadership. I really "
      "mean it."], None),
    ("B", "reaction", W, "What did Biden say back to Newsom after his words of thanks?",
     ["Well, look, Gov, this is a — I’m not doing anybody any favor."], None),
    ("B", "reaction", S, "How did the official answer the question of what the US will do if Russia escalates?",
     ["On the first, we’re not going to speculate about what Russia’s responses would be."], None),
    ("B", "reaction", L, "What was Lamport's first impression of the published mutual exclusion solution?",
     ["And so I read this paper of this algorithm, but it seemed awfully complicated...",
      "It shouldn't be this complicated."], None),
    ("B", "reaction", SEED, "How has Moscow responded to Biden's proposal of a summit?",
     ["We have already responded positively to it. Now we are studying different aspects of this initiative."], None),
    ("B", "reaction", SEED, "How will Russia answer Poland's expulsion of its diplomats?",
     ["Poland also announced the expulsion of our diplomats. We will respond accordingly as well."], None),
    ("B", "reaction", W, "How did Governor Polis react to the FMAG being approved?", None,
     "near miss: Polis is named by Newsom and never speaks"),
    ("B", "reaction", A, "How did the audience react to the agentic AI demo?", None,
     "near miss: no audience or demo in the video"),
    ("B", "reaction", L, "How did Lamport react to the news that Intel had stopped using TLA+?", None,
     "near miss: Lamport does not know whether Intel still uses it; no such news"),
    # --- B: criticism
    ("B", "criticism", J, "What does Biden think is a national embarrassment?",
     ["It’s a national embarrassment and must come to an end."], None),
    ("B", "criticism", SEED, "What charge did Lavrov level at US-funded groups working in Russia?",
     ["In reality, they are openly meddling in our domestic politics."], None),
    ("B", "criticism", S, "What objection did the official raise about the burden of the hack on its victims?",
     ["And finally, the hack placed an undue burden on the mostly private-sector victims who must bear the unusually "
      "high costs of mitigating this incident."], None),
    ("B", "criticism", L, "What does Lamport dislike about how computing has advanced?",
     ["Things have just gotten so complicated, because - as I like to say, things have advanced by evolution, and not "
      "by intelligent design."], None),
    ("B", "criticism", SEED, "Which gap between the embassies' staff numbers did Lavrov object to?",
     ["We have long been telling the Americans that the disparity in the numerical strength of diplomatic missions of "
      "Russia in the US and the US in Russia is unacceptable."], None),
    ("B", "criticism", W, "What policy argument of recent years did Newsom scoff at?",
     ["We were debating raking policies, literally — debating raking policies in this country in the last few years."],
     None),
    ("B", "criticism", L, "What did Lamport find fault with in Haskell?", None,
     "Haskell: in no transcript"),
    ("B", "criticism", V, "What did the web vitals lecturer complain about in Safari?", None,
     "Safari: in no transcript"),
    # --- B: prediction
    ("B", "prediction", J, "What does Biden expect of his contact with Suga in the future?",
     ["So, Yoshi, you’ll probably be seeing a lot more of me in the future."], None),
    ("B", "prediction", W, "How long does Governor Brown expect the fires' impact on Oregon to last?",
     ["As you well know, the impact on our communities and our local economies will last for years to come."], None),
    ("B", "prediction", S, "What will decide how fast the feedback loop from the debt measures plays out?",
     ["the velocity of that feedback loop really is a function of what Russia decides to do next."], None),
    ("B", "prediction", L, "What does Lamport hope to do once his current project is done?",
     ["after I finish that, I hope to start organizing a set of examples that will help people learn."], None),
    ("B", "prediction", W, "What payoff does Biden foresee from investing in wildfire prevention?",
     ["Because this is an area where investing in prevention and preparation today is going to deliver invaluable "
      "returns tomorrow."], None),
    ("B", "prediction", S, "What does the official expect Russia to do about the sanctions?",
     ["They have indicated publicly and in other formats that they would intend to respond to this, and we will have "
      "to see what they choose to do."], None),
    ("B", "prediction", SEED, "What does Lavrov predict for the price of Russian gas in Serbia?", None,
     "gas: never spoken of in the press conference"),
    ("B", "prediction", B, "What does the bagging lecturer predict about the accuracy of deep learning?", None,
     "deep learning: in no transcript"),
    # --- B: praise
    ("B", "praise", W, "Whom did Biden thank at the close of his opening remarks?",
     ["I’ll close by just saying thank you to everyone from the Forest Service, to the Department of Interior and "
      "Agriculture, to FEMA, to state and local and Tribal partners, and most importantly, our firefighters for all "
      "your incredible work."], None),
    ("B", "praise", W, "What did Biden say of the military's work?",
     ["What they’ve done is just astounding."], None),
    ("B", "praise", W, "What did Biden say in tribute to firefighters, after the old saying about them?",
     ["Well, it’s true. They’re incredible."], None),
    ("B", "praise", SEED, "What good did Lavrov say Belgrade's balanced policy in the Balkans is doing?",
     ["We believe this balanced policy by Belgrade is contributing to the preservation of peace and stability in this "
      "challenging region of Europe."], None),
    ("B", "praise", W, "What did Newsom applaud Biden for?",
     ["And so I — I just want to applaud you — final words — for recognizing not only this moment of urgency, "
      "situationally, but the sustainable mindset to start thinking anew about how we can reimagine the future"],
     None),
    ("B", "praise", J, "Which Japanese company did Biden praise for investing in America?", None,
     "near miss: no company is named at the press conference"),
    ("B", "praise", A, "Which framework did the agentic AI video praise as the best for building agents?", None,
     "near miss: no framework is named or praised"),
    ("B", "praise", S, "Which senator did the officials credit with pushing for the sanctions?", None,
     "senators and Congress: never spoken of on the call"),
    # --- B: gist
    ("B", "gist", SEED, "What was the main point of Lavrov's opening words about his talks with Selakovic?",
     ["My Serbian colleague, Nikola Selakovic, and I had good, trust-based talks encompassing all the major aspects "
      "of our cooperation"], None),
    ("B", "gist", W, "What was the main message of Brown's answer on what Washington should do?",
     ["Making sure we have resources to train our National Guardsmen and women prior to fire season has been "
      "extremely helpful the last two fire seasons."], None),
    ("B", "gist", S, "What was the upshot of the official's answer about the June 14 date?",
     ["The rationale for this date is to allow time for financial institutions to understand and adapt to the "
      "measures we’re taking"], None),
    ("B", "gist", L, "What's the gist of Lamport's view on when a system becomes distributed?",
     ["I think I would probably say that distribution is the mind of the beholder."], None),
    ("B", "gist", J, "What was the gist of Suga's answer on the Olympics to the Kyodo reporter?",
     ["I expressed my determination to realize the Tokyo Olympics and the Paralympic Games as a symbol of global "
      "unity this summer."], None),
    ("B", "gist", W, "What was the gist of the Interior Secretary's remarks at the meeting?", None,
     "near miss: the Department of the Interior is thanked; its secretary never speaks"),
    ("B", "gist", V, "What was the main point of the web vitals lecturer's section on web fonts?", None,
     "fonts: in no transcript"),
]


def rows():
    """The question-file rows: (file, row), ids in reg53's ranges in the order above."""
    return register_rows(ROWS, "reg53", 1, 4740, 3820, "reg53-{batch}")


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
