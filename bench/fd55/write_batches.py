"""Writes fd55's batches A and B (appended to the dev question files): questions asked with a word that names a
speech act, an attitude or a judgement (doubt, lament, admit, vow, commend, characterize, insist, pledge, boast,
suppose, judge, forecast, deem, acknowledge, stress, cherish; B: recount, marvel, reckon, confess, fret, concede,
reflect, salute, assure, urge, appreciate, prejudge, wonder, celebrate, voice a worry, suspect, portray, promise),
the registers of the older held-out splits (reaction, criticism, prediction, praise, feelings, plans, describe,
doubt) in words no earlier batch used. Answerable: gold the sentence that answers. Unanswerable: the same frames
over a topic said in no transcript (each checked by grep over all eight and the bundled corpus) or a near miss.
Written from the transcripts before the system was run on any of them; A is read while the rule is set, B is run
once after it is frozen. Gold quotes are checked against the transcripts before anything is written.

    PYTHONPATH=. .venv/bin/python bench/fd55/write_batches.py [--write]
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
    # --- A, answerable
    ("A", "doubt", L, "What does Lamport doubt Knuth expected of his typesetting program?",
     ["I'm not sure he expected so much of the underlying tech to be hidden from the user."], None),
    ("A", "credit", L, "To what does Lamport credit his success over the others who had the idea first?",
     ["I think it's because of my different way of looking at things, not by being brighter than them."], None),
    ("A", "criticism", L, "What does Lamport lament about the software being built today?",
     ["But that's at the heart of so much of what's wrong with software being built today."], None),
    ("A", "plans", L, "What did Lamport admit about when he will retire?",
     ["I'm not ready to announce a retirement date, but it's not going to be too far off."], None),
    ("A", "feelings", L, "Which quotation does Lamport cherish?",
     ["I love this quote of Eisenhower, who said,"], None),
    ("A", "plans", L, "What does Lamport envision doing once his book is finished?",
     ["after I finish that, I hope to start organizing a set of examples that will help people learn."], None),
    ("A", "praise", L, "Which example does Lamport adore?",
     ["That's an example I love, because that's the way to describe systems."], None),
    ("A", "prediction", W, "What did Biden vow about the area that has been under-resourced?",
     ["This is an area that has been under-resourced, but that's going to change, if we have anything to do with "
      "it."], None),
    ("A", "describe", W, "How did Biden characterize the extreme heat in the West?",
     ["the extreme heat we're seeing in the West is not only a risk amplifier for wildfires, it's a threat in and "
      "of itself."], None),
    ("A", "praise", W, "Whom did Biden commend for providing cooling centers?",
     ["I want to thank the governors and local leaders for providing information to citizens and the resources "
      "like cooling centers"], None),
    ("A", "insist", W, "What did Biden insist about federal firefighting and the seasons?",
     ["it's no longer a seasonal job."], None),
    ("A", "promise", W, "What did Biden pledge to the governors when it comes to the nitty gritty?",
     ["And I promise you, when we get down to the nitty gritty"], None),
    ("A", "praise", J, "What did Biden boast about regarding the Mansfield program?",
     ["And I'm especially proud that today we agreed to resume what we call"], None),
    ("A", "belief", J, "What did Suga suppose the President understood about Xinjiang?",
     ["who I think understood my points."], None),
    ("A", "reaction", J, "How did Biden judge Iran's move to enrich to 60 percent?",
     ["We do not support and do not think it's at all helpful that Iran is saying it's going to move to enrich to 60 "
      "percent."], None),
    ("A", "hope", S, "What did the official wish for in the way forward with Russia?",
     ["We hope for a stable and predictable way forward"], None),
    ("A", "prediction", S, "What did the officials decline to forecast about the markets?",
     ["we're not going to speculate about how markets are going to respond specifically."], None),
    ("A", "judgement", SEED, "What did Lavrov deem very dangerous games?",
     ["I think that these are very dangerous games."], None),
    ("A", "praise", SEED, "What did Lavrov acknowledge his colleague for?",
     ["I am grateful to my colleague for the positive talks."], None),
    ("A", "stress", V, "What does the web vitals lecturer stress about the three core web vitals?",
     ["So these were the three core web vitals which are very important."], None),
    # --- A, unanswerable
    ("A", "doubt", L, "What does Lamport doubt about quantum computers?", None,
     "quantum: said only in the Suga press conference, never by Lamport"),
    ("A", "plans", L, "What did Lamport admit about his years at IBM?", None, "IBM: in no transcript"),
    ("A", "praise", W, "Whom did Biden commend for fighting the Dixie Fire?", None, "Dixie: in no transcript"),
    ("A", "describe", W, "How did Newsom characterize the earthquake risk in California?", None,
     "earthquake: said only in the Suga press conference"),
    ("A", "promise", J, "What did Suga vow about the Tokyo stock exchange?", None,
     "stock exchange: in no transcript"),
    ("A", "reaction", J, "How did Biden judge the Olympic torch relay?", None, "torch: in no transcript"),
    ("A", "criticism", S, "What did the official lament about Russian oil exports?", None, "oil: in no transcript"),
    ("A", "admit", SEED, "What did Lavrov concede about Montenegro?", None, "Montenegro: in no transcript"),
    ("A", "stress", V, "What does the web vitals lecturer stress about dark mode?", None,
     "dark mode: in no transcript"),
    ("A", "doubt", B, "What does the bagging lecturer doubt about deep learning?", None,
     "deep learning: in no transcript"),
    # --- B, answerable
    ("B", "recall", L, "What does Lamport recount about who introduced the mutual exclusion problem?",
     ["And the problem was recognized as being important and introduced by Edsger Dijkstra, I think it was in "
      "1965."], None),
    ("B", "praise", L, "What does Lamport marvel at in the algorithm where a reader reads during a write?",
     ["And the beautiful thing about that algorithm is that if a reader reads while the value is being written, it "
      "doesn't matter what value that read gets."], None),
    ("B", "belief", L, "What does Lamport reckon distribution is?",
     ["I think I would probably say that distribution is the mind of the beholder."], None),
    ("B", "admit", L, "What does Lamport confess about keeping up with people designing specification languages?",
     ["I've stopped paying attention to what theoreticians, or people who are designing specification languages "
      "are doing"], None),
    ("B", "feelings", L, "What doesn't Lamport need to fret about with an hour/minute clock?",
     ["I don't have to worry about adding steps in which the minute doesn't change."], None),
    ("B", "admit", L, "What does the host concede about bugs in industry?",
     ["Because I think as industry, as pragmatic workers, bugs are just part of the game."], None),
    ("B", "criticism", L, "What does Lamport lament about coders?",
     ["but it doesn't seem to be obvious to programmers, because they're not programmers, they're coders."], None),
    ("B", "reflection", W, "What did Harris reflect on about the challenges facing the nation?",
     ["So, when I think about the challenges that we face as a nation, I know they are real."], None),
    ("B", "praise", W, "Whom did Biden salute as he closed?",
     ["I'll close by just saying thank you to everyone from the Forest Service, to the Department of Interior and "
      "Agriculture, to FEMA, to state and local and Tribal partners, and most importantly, our firefighters for all "
      "your incredible work."], None),
    ("B", "promise", W, "What did Biden assure the governors the federal government would do?",
     ["And the federal government is going to have to do"], None),
    ("B", "request", W, "What does Biden urge people to do about their neighbors in the heat?",
     ["We need people to check on their neighbors, especially seniors who may need a helping hand"], None),
    ("B", "praise", J, "What did Suga appreciate about how he was received?",
     ["I would like to thank President Biden and Vice President Harris, who have welcomed me so warmly."], None),
    ("B", "prediction", J, "What did Biden refuse to prejudge about the talks with Iran?",
     ["I think it's premature to make a judgement as to what the outcome will be, but we're still talking."], None),
    ("B", "question", J, "What did the reporter wonder about American athletes at the Olympics?",
     ["Did the President mention about the concrete promise to send American athletes or any positive comments?"],
     None),
    ("B", "feelings", J, "What did Biden celebrate about Suga's visit?",
     ["It was a great honor having you as the first head of state in my administration."], None),
    ("B", "worry", S, "Which worry did the official voice about the compromise's scope?",
     ["First, that broad scope and scale of the compromise, it's a national security and public safety concern."],
     None),
    ("B", "question", S, "What did the reporter wonder about how the federal government buys software?",
     ["Do you expect that this is going to spur some changes in the way the federal government procures software?"],
     None),
    ("B", "belief", SEED, "What did Lavrov suspect the journalist had also focused on?",
     ["I believe you also focused on geopolitical movements."], None),
    ("B", "describe", SEED, "How did Lavrov portray the American attaches' behaviour when questioned?",
     ["They simply ignored a question by an authorised representative and said they were not going to deal with "
      "this."], None),
    ("B", "promise", V, "What does the web vitals lecturer promise to explain first?",
     ["First of all, I want to tell you what is SEO?"], None),
    # --- B, unanswerable
    ("B", "feelings", L, "What does Lamport fret about regarding cryptocurrency?", None,
     "cryptocurrency: in no transcript"),
    ("B", "recall", L, "What does Lamport recount about his childhood?", None, "childhood: in no transcript"),
    ("B", "reflection", W, "What did Harris reflect on about the Texas power grid?", None, "Texas: in no transcript"),
    ("B", "praise", W, "Whom did Biden salute for the Caldor Fire response?", None, "Caldor: in no transcript"),
    ("B", "feelings", J, "What did Biden celebrate about the baseball player Ohtani?", None,
     "Ohtani: in no transcript"),
    ("B", "worry", S, "Which worry did the official voice about Chinese hackers?", None, "Chinese: in no transcript"),
    ("B", "describe", SEED, "How did Lavrov portray Croatia?", None, "Croatia: in no transcript"),
    ("B", "promise", V, "What does the web vitals lecturer promise to explain about WordPress plugins?", None,
     "WordPress: in no transcript"),
    ("B", "feelings", A, "What does the agentic AI presenter fret about job losses?", None,
     "job: said only in the wildfire meeting"),
    ("B", "belief", B, "What does the bagging lecturer reckon about gradient descent?", None,
     "gradient: in no transcript"),
]


def rows():
    """The question-file rows: (file, row), ids in fd55's ranges in the order above."""
    return register_rows(ROWS, "fd55", 1, 4850, 4040, "fd55-{batch}")


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
