"""Writes decl49's batches A and B (appended to the dev question files): questions in five registers a user asks
of what someone said, advice (what someone recommends), example (an example someone gave), analogy (what someone
compared something to), disagreement (who disagreed with whom, what was pushed back on) and role (someone's job or
role); half answerable (gold: the advice, example, comparison, disagreement or role sentence, several said in other
words), half unanswerable (the register's thing is absent, its topic is absent, or a near miss: a person named
whose role is never given, a comparison made of something else). A is read while the rule is set; B is run once
after it is frozen. Gold quotes are checked against the transcripts before anything is written. Run once; kept for
the record.

    PYTHONPATH=. .venv/bin/python bench/decl49/write_batches.py [--write]
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, AGENTIC as A, BAGGING as B, WEB_VITALS as V,
    LAVROV_PRESS as R, SEED, register_batch_main, register_rows)

# (batch, register, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # --- A: advice
    ("A", "advice", L, "What advice does Lamport give to people who want to build better software?",
     ['the same advice I give is "Think."', "And really, thinking means writing."], None),
    ("A", "advice", L, "What does Lamport recommend programmers do before they start coding?",
     ["Actually, there are two things that you should do before you start writing code."], None),
    ("A", "advice", W, "What did Governor Brown urge the administration to approve for wildfire mitigation?",
     ["I would also ask that federal Individual Assistance be approved for disaster mitigation activities for "
      "wildfire just as FEMA recently approved for hurricanes."], None),
    ("A", "advice", SEED, "What did Ushakov recommend to the American ambassador?",
     ["Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
      "consultations."], None),
    ("A", "advice", L, "What advice did Lamport give about learning Rust?", None, "Rust: in no transcript"),
    ("A", "advice", W, "What advice did Newsom give to tourists visiting California this summer?", None,
     "tourists: in no transcript"),
    ("A", "advice", V, "What does the web vitals lecturer recommend for choosing a web hosting provider?", None,
     "hosting: the lecture gives suggestions, none about hosts"),
    ("A", "advice", SEED, "What advice did Lavrov give Serbia about joining the European Union?", None,
     "near miss: the EU is named, no advice on joining it"),
    # --- A: example
    ("A", "example", W, "What example did Biden give of new technology for spotting fires early?",
     ["has satellite technology that is able to see from space when new fires start"], None),
    ("A", "example", V, "Which website does the Core Web Vitals lecture use as its example?",
     ["Let's take the example of Amazon.in."], None),
    ("A", "example", W, "Which town did Harris mention as a fire scene she visited as a senator?",
     ["Paradise, for example, California."], None),
    ("A", "example", J, "What shared values did Suga name for Japan and the US?",
     ["are allies that share universal values, such as freedom, democracy, and human rights."], None),
    ("A", "example", W, "What example did Biden give of a wildfire in Montana?", None, "Montana: in no transcript"),
    ("A", "example", L, "What example did Lamport give of a bug in Python code?", None, "Python: in no transcript"),
    ("A", "example", J, "What example did Suga give of a joint moon mission with the US?", None,
     "moon: in no transcript"),
    ("A", "example", SEED, "What example did Lavrov give of Serbian companies investing in Russia?", None,
     "near miss: a Russian company's investment in Serbia is spoken of, not the reverse"),
    # --- A: analogy
    ("A", "analogy", L, "What does Lamport say coding is like?",
     ["Well, the thing I like to say is coding is to programming what typing is to writing."], None),
    ("A", "analogy", L, "What metaphor for concurrency came up in the Lamport interview?",
     ["An apt metaphor for concurrency might be the idea of movies."], None),
    ("A", "analogy", W, "What did Biden liken last year's skies to?", ["orange skies that looked like end of days"],
     None),
    ("A", "analogy", SEED, "How did Lavrov compare the size of the US and Russian diplomatic missions?",
     ["We have long been telling the Americans that the disparity in the numerical strength of diplomatic missions "
      "of Russia in the US and the US in Russia is unacceptable."], None),
    ("A", "analogy", W, "What did Newsom compare the fires to?", None,
     "near miss: Newsom compares the state's past relationship with Washington, not the fires"),
    ("A", "analogy", J, "What did Biden compare the US-Japan alliance to?", None, "no comparison is made"),
    ("A", "analogy", A, "What did the agentic AI presenter compare large language models to?", None,
     "no comparison is made"),
    ("A", "analogy", SEED, "What did Lavrov compare Sputnik V to?", None, "no comparison is made"),
    # --- A: disagreement
    ("A", "disagreement", SEED, "What did Lavrov push back on regarding a Greater Albania?",
     ["These are unacceptable, provocative and very harmful statements."], None),
    ("A", "disagreement", L, "Whose algorithm did Lamport realise was not quite right?",
     ["I realized that their algorithm wasn't quite the right one, because it basically violated causality."], None),
    ("A", "disagreement", L, "Did Lamport disagree that TLA+ is what programmers most need to learn?",
     ["Well, I would say not TLA+, I would say thinking outside the box of code."], None),
    ("A", "disagreement", W, "What policy fight did Newsom say went on over the last few years?",
     ["We were debating raking policies, literally — debating raking policies in this country in the last few "
      "years."], None),
    ("A", "disagreement", W, "Who disagreed with Biden about the firefighter pay raise?", None,
     "nobody disagrees with the raise"),
    ("A", "disagreement", L, "Who disagreed with Lamport about LaTeX?", None, "nobody disagrees about LaTeX"),
    ("A", "disagreement", S, "Who pushed back on the senior administration official about expelling Russian "
     "diplomats?", None, "near miss: the expulsions are spoken of, nobody pushes back"),
    ("A", "disagreement", SEED, "Who disagreed with Lavrov about Sputnik V production in Belgrade?", None,
     "near miss: the production is spoken of, nobody disagrees"),
    # --- A: role
    ("A", "role", L, "What is Markus Kuppe's role?",
     ["the one who is currently basically maintaining the TLA+ tools"], None),
    ("A", "role", L, "What is Leslie Lamport's job?", ["a distinguished scientist at Microsoft Research"], None),
    ("A", "role", S, "Which outlet does Eamon Javers work for?", ["It’s Eamon Javers with CNBC."], None),
    ("A", "role", SEED, "What role does Russian Railways International play?",
     ["Russian Railways International is playing an active role in it through the use of Russian export loans."],
     None),
    ("A", "role", L, "What is Kelsey Hightower's role?", None, "named once, never given a role"),
    ("A", "role", L, "What is Robert Thomas's job?", None, "named as an author, never given a job"),
    ("A", "role", S, "What was Navalny's job?", None, "named once, never given a job"),
    ("A", "role", SEED, "What role does the OSCE play in the Kosovo talks?", None,
     "near miss: the OSCE is named as a forum, never with the Kosovo talks"),
    # --- B: advice
    ("B", "advice", V, "What does the Core Web Vitals lecturer tell you to do about image width and height?",
     ["So you should give width and height."], None),
    ("B", "advice", L, "What criterion does Lamport suggest for knowing you've described a program properly?",
     ["And I have a very simple criterion for whether you've done this properly, is that you should write this "
      "description of what the program is supposed to do in such a way that someone can use it without having to "
      "look at the code."], None),
    ("B", "advice", SEED, "What does Lavrov call on the EU and NATO to do?",
     ["We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an "
      "end to these sentiments and plans and not to allow this rhetoric to escalate."], None),
    ("B", "advice", A, "What guide does the agentic AI presenter suggest reading?",
     ["suggest you read this building effective"], None),
    ("B", "advice", J, "What advice did Suga give to Japanese athletes before the Olympics?", None,
     "near miss: the Olympics are spoken of, no advice to athletes"),
    ("B", "advice", B, "What advice does the bagging lecturer give about deep learning frameworks?", None,
     "deep learning: in no transcript"),
    ("B", "advice", S, "What did the officials recommend that American tourists in Russia do?", None,
     "tourists: in no transcript"),
    ("B", "advice", SEED, "What tips did Lavrov give Serbian students who want to study in Russia?", None,
     "students: never spoken of"),
    # --- B: example
    ("B", "example", S, "What did the official give as an instance of malign cyber activity?",
     ["such as what we’ve seen perpetrated by Moscow"], None),
    ("B", "example", A, "What example does the agentic AI video open with?", ["example of my own company. We have 55"],
     None),
    ("B", "example", W, "What other detection tool did Biden mention besides the satellites?",
     ["Similarly, the Department of Energy has a sensor array computer analysis capability that can detect in real "
      "time the lightning strikes that might set off a blaze."], None),
    ("B", "example", SEED, "What instance did Lavrov cite of Western partners insisting borders not be revised?",
     ["let us recall how our Western partners, including the European Union and NATO (of which Slovenia is also a "
      "member) aggressively demand that post-war borders in Europe not be revised."], None),
    ("B", "example", V, "What example did the web vitals lecture give of a news website?", None,
     "news: never spoken of in the lecture"),
    ("B", "example", W, "What example did Governor Brown give of a fire in Idaho?", None, "Idaho: in no transcript"),
    ("B", "example", L, "What was Lamport's example of a distributed database outage?", None,
     "near miss: distribution is spoken of, no outage"),
    ("B", "example", SEED, "What example did Lavrov give of cooperation with Serbia in agriculture?", None,
     "agriculture: never spoken of in the press conference"),
    # --- B: analogy
    ("B", "analogy", L, "What did Lamport say the analogy was before the days of computers?",
     ["But I think, actually, maybe before the days of computers the analogy would be writing, and typography."],
     None),
    ("B", "analogy", L, "How does Lamport say he thinks, unlike most computer people?",
     ["it's because I think like a mathematician, and I approach things mathematically, not computationally."], None),
    ("B", "analogy", W, "What did Biden compare the size of newly spotted fires to?",
     ["even as small as the size of your dining room table"], None),
    ("B", "analogy", W, "In Newsom's words, what kind of partners were California and Washington before?",
     ["that was more like a — you know, sparring partners, not working partners."], None),
    ("B", "analogy", S, "What did the official compare the SolarWinds hack to?", None, "no comparison is made"),
    ("B", "analogy", B, "What analogy did the bagging lecturer use for a random forest?", None,
     "no analogy is drawn"),
    ("B", "analogy", W, "What did Governor Brown liken the heat wave to?", None, "no comparison is made"),
    ("B", "analogy", SEED, "What did Lavrov liken NATO's role in the Balkans to?", None, "no comparison is made"),
    # --- B: disagreement
    ("B", "disagreement", SEED, "Where did Lavrov say the position is completely different when the West's clients "
     "face border issues?",
     ["And when those who enjoy the West’s patronage have to deal with this issue, the position in Brussels and "
      "other European capitals is completely different."], None),
    ("B", "disagreement", R, "Which politicians does Lavrov say have no right to undermine Resolution 1244?",
     ["Responsible politicians (especially the heads of European governments), I believe, have no right to express "
      "any ideas that blatantly undermine the very concept of UN Security Council Resolution 1244"], None),
    ("B", "disagreement", J, "What did Suga say the two leaders agreed to oppose in the East and South China Seas?",
     ["oppose any attempts to change the status quo by force or coercion in the East and South China Seas"], None),
    ("B", "disagreement", L, "What does Lamport criticise about how programmers accept bugs?",
     ["I mean, we've kind of resigned ourselves to the fact that our programs are going to be wrong, haven't we?"],
     None),
    ("B", "disagreement", J, "Did Suga disagree with Biden about tariffs on Japanese cars?", None,
     "tariffs: in no transcript"),
    ("B", "disagreement", V, "Who did the web vitals lecturer disagree with about page speed?", None,
     "nobody is disagreed with"),
    ("B", "disagreement", A, "Who disagreed with the agentic AI presenter about using LangChain?", None,
     "LangChain: in no transcript"),
    ("B", "disagreement", SEED, "Who objected to Lavrov's remarks about NIS?", None,
     "near miss: NIS is spoken of, nobody objects"),
    # --- B: role
    ("B", "role", J, "What post did Mike Mansfield hold?", ["who was a beloved ambassador to Japan"], None),
    ("B", "role", W, "What role must the federal government play on wildfires, according to Harris?",
     ["the federal government’s role in this regard has to be more than just putting out fires."], None),
    ("B", "role", SEED, "What is Yury Ushakov's position?",
     ["Today Presidential Aide Yury Ushakov laid out Russia’s position on response measures to US Ambassador to "
      "Russia John Sullivan in Moscow."], None),
    ("B", "role", S, "What role do the officials say the SVR played in the SolarWinds hack?",
     ["as the perpetrator of the broad-scope cyber espionage campaign that exploited the SolarWinds Orion platform"],
     None),
    ("B", "role", L, "What is Paul Johnson's job?", None, "named as an author, never given a job"),
    ("B", "role", A, "What is Sara's role at the presenter's company?", None, "named once, never given a role"),
    ("B", "role", J, "What role does the Japanese trade minister play?", None, "no trade minister is spoken of"),
    ("B", "role", SEED, "What role does China play in Serbia's vaccine production?", None,
     "China: never spoken of in the press conference"),
]


def rows():
    """The question-file rows: (file, row), ids in decl49's ranges in the order above."""
    return register_rows(ROWS, "decl49", 1, 4380, 3340, "decl49")


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
