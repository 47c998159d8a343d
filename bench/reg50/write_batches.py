"""Writes reg50's batches A and B (appended to the dev question files): questions in five registers, cause (what led
to something, "what set off", "what's behind"), purpose (what something is for, what someone wants to achieve),
condition (what must happen first, under what terms, "only if"), risk (a danger, worry or warning raised) and
superlative (the biggest, first, only, most ...); 6 per register and batch, half answerable (gold: the cause,
purpose, condition, risk or superlative sentence, several said in other words), half unanswerable (the register's
thing is never given for a topic the transcript names, the topic is absent, or a near miss). Written from the
transcripts before the system was run on any of them. A is read while the rule is set; B is run once after it is
frozen. Gold quotes are checked against the transcripts before anything is written. Run once; kept for the record.

    PYTHONPATH=. .venv/bin/python bench/reg50/write_batches.py [--write]
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
    # --- A: cause
    ("A", "cause", W, "What set off last year's 12,000 lightning strikes in California?",
     ["We had, last year, a heat dome over the West Coast of the United States",
      "But that led to 12,000 lightning strikes in 24 hours"], None),
    ("A", "cause", S, "What's behind the expulsion of the ten Russian individuals?",
     ["The United States is expelling these 10 Russian individuals because we have determined that they were acting "
      "in a manner inconsistent with their status in the United States."], None),
    ("A", "cause", L, "What does Lamport put his success over smarter people down to?",
     ["I think it's because of my different way of looking at things, not by being brighter than them."], None),
    ("A", "cause", W, "What started the Lava Fire?", None, "the Lava Fire is named, its cause never given"),
    ("A", "cause", J, "What led to the Tokyo Olympics being postponed?", None,
     "the Tokyo games are named, no postponement or its cause"),
    ("A", "cause", SEED, "What caused trade between Russia and Serbia to fall last year?", None,
     "near miss: trade 'diminished last year for obvious reasons', the reasons never said"),
    # --- A: purpose
    ("A", "purpose", S, "What are the measures announced this morning designed to achieve?",
     ["Our efforts this morning are designed to be proportionate and tailored to counter the activities we "
      "experienced in the malicious cyber activities in the SolarWinds hack, as well as to build collective security "
      "with our allies."], None),
    ("A", "purpose", W, "What is the point of making seasonal firefighting jobs permanent?",
     ["so that when fires aren’t burning, we have a workforce of experienced hands enhancing our forest management"],
     None),
    ("A", "purpose", J, "What is the new health security partnership for?",
     ["a new partnership on health security to build better preparedness for the next pandemic, because there will "
      "be others."], None),
    ("A", "purpose", V, "What is the purpose of a robots.txt file, according to the web vitals lecturer?", None,
     "robots.txt: in no transcript"),
    ("A", "purpose", L, "What is the Azure team's goal in using TLA+?", None,
     "near miss: Azure is named as a user, no goal given"),
    ("A", "purpose", SEED, "What is the aim of the EU's mediation between Belgrade and Pristina?", None,
     "near miss: the EU is named as Pristina's patron, no mediation or its aim"),
    # --- A: condition
    ("A", "condition", W, "Under what condition can seasonal firefighters work beyond their term?",
     ["So we’ve made sure seasonal firefighters can stay on the job, as long as they are needed this year, by "
      "allowing them to work beyond their term."], None),
    ("A", "condition", SEED, "When would it be right to leave the staff of Russia's UN mission out of the count?",
     ["Therefore, if we want parity, it would be correct not to count our employees with the UN mission – about 150 "
      "people – in the total number."], None),
    ("A", "condition", L, "In what case does Lamport say stuttering insensitivity stops being irrelevant?",
     ["If wanted to combine the bakery algorithm with something else, then stuttering insensitivity, then I want to "
      "make sure that I describe my algorithm the way that's stuttering-insensitive."], None),
    ("A", "condition", W, "What must a county do first before it can apply for fire mitigation funding?", None,
     "near miss: Sonoma was the first to apply; no requirement is given"),
    ("A", "condition", J, "Under what terms would Japan impose sanctions on China?", None,
     "near miss: Japan has not imposed sanctions; no terms are given"),
    ("A", "condition", L, "Only if what would Lamport recommend using Coq instead of TLA+?", None,
     "Coq: in no transcript"),
    # --- A: risk
    ("A", "risk", S, "What danger does the SolarWinds compromise highlight?",
     ["Second, the SVR’s compromise of SolarWinds and other companies highlights the risks posed by Russia’s efforts "
      "to target companies worldwide through supply chain exploitation."], None),
    ("A", "risk", W, "What worry was raised about the extreme heat in the West?",
     ["And finally, I want to note that the extreme heat we’re seeing in the West is not only a risk amplifier for "
      "wildfires, it’s a threat in and of itself."], None),
    ("A", "risk", R, "What did Lavrov warn about the talk of a Greater Albania?",
     ["I think that these are very dangerous games."], None),
    ("A", "risk", S, "What danger do Russian ransomware gangs pose to American hospitals, according to the officials?",
     None, "ransomware, hospitals: in no transcript"),
    ("A", "risk", J, "What risk did Suga warn of from North Korea's missile launches?", None,
     "near miss: North Korea's missiles are named with a commitment, no risk of launches"),
    ("A", "risk", SEED, "What threat did Lavrov say NATO poses to Serbia?", None,
     "near miss: NATO is named as Pristina's patron, no threat to Serbia"),
    # --- A: superlative
    ("A", "superlative", W, "Which is the largest of the wildfires in Siskiyou County?",
     ["for the largest of the wildfires — the Lava Fire, which is a few miles away from me."], None),
    ("A", "superlative", J, "Who was the first head of state Biden asked to the White House?",
     ["This is our first in-person meeting here — the first head of state that I’ve asked in my administration to "
      "come to the White House."], None),
    ("A", "superlative", W, "What is the only thing that saves a firefighter's life?",
     ["is the only thing that saves a firefighter’s life is another firefighter."], None),
    ("A", "superlative", W, "What was the deadliest wildfire in Oregon's history?", None,
     "near miss: Oregon's fires are spoken of, no deadliest one"),
    ("A", "superlative", V, "Which was the slowest website the lecturer tested?", None,
     "near miss: sites are tested, none called slowest"),
    ("A", "superlative", L, "What was the first programming language Lamport learned?", None,
     "never said"),
    # --- B: cause
    ("B", "cause", W, "What has turned federal firefighting into a year-round job?",
     ["but because of climate change — and I know you all know it, and I hope your constituents know it: there is "
      "climate change — it’s no longer a seasonal job."], None),
    ("B", "cause", S, "Why does the intelligence community have only low to moderate confidence about the bounties?",
     ["intelligence community agencies have low to moderate confidence in this judgment, in part because it relies on "
      "detainee reporting and due to the challenging operating environment in Afghanistan."], None),
    ("B", "cause", SEED, "What prompted the Russian response measures approved by Putin?",
     ["in response to Washington’s openly hostile, utterly unprovoked actions towards Moscow"], None),
    ("B", "cause", L, "What made Lamport leave Microsoft Research?", None,
     "near miss: Microsoft Research is named, Lamport never leaves it"),
    ("B", "cause", J, "What's behind the rise in violence against Asian Americans, according to Suga?", None,
     "near miss: the increase is discussed, its cause never given"),
    ("B", "cause", S, "What led Russia to mass troops on Ukraine's border?", None, "Ukraine: in no transcript"),
    # --- B: purpose
    ("B", "purpose", J, "What do Japan and the US want to achieve by cooperating on vaccines?",
     ["We confirmed that cooperations between our governments will continue in order to ensure equitable access to "
      "vaccines, including access by developing countries"], None),
    ("B", "purpose", W, "What is the new EPA app meant for?",
     ["so individuals can easily access the latest information on air quality, smoke plumes, and public health "
      "guidance."], None),
    ("B", "purpose", W, "Why is the wildfire briefing going to be held every year?",
     ["And this briefing is going to be an annual event to make sure we’re focusing on preventing fires — the fire "
      "threats in the first place — as well as responding when they arise."], None),
    ("B", "purpose", V, "What is the goal of minifying JavaScript files in the web vitals lecture?", None,
     "minifying: in no transcript"),
    ("B", "purpose", A, "What is the vector database used for in the agentic AI video?", None,
     "vector database: in no transcript"),
    ("B", "purpose", SEED, "What does Serbia hope to gain by buying Russian fighter jets?", None,
     "fighter jets: never spoken of"),
    # --- B: condition
    ("B", "condition", R, "What condition did the Russian ambassador set for Russia joining the Belgrade-Pristina "
     "dialogue?",
     ["Russia is ready to join the dialogue of Belgrade and Pristina on the condition that it is mediated by Russia."],
     None),
    ("B", "condition", SEED, "On what terms will Russia back a settlement for Kosovo?",
     ["As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia."],
     None),
    ("B", "condition", L, "When is it unnecessary to add steps where the minute doesn't change?",
     ["So if I'm only going to be looking at an hour/minute clock, I don't have to worry about adding steps in which "
      "the minute doesn't change."], None),
    ("B", "condition", W, "What conditions must a state meet to get an FMAG approved?", None,
     "near miss: an FMAG was approved without a call, no conditions given"),
    ("B", "condition", S, "Under what terms would the US lift the sovereign debt sanctions?", None,
     "near miss: the sanctions are described, never their lifting"),
    ("B", "condition", A, "What has to be true before an AI agent can be put into production?", None,
     "production: never spoken of"),
    # --- B: risk
    ("B", "risk", W, "What hazard did last year's smoke and ash pose?",
     ["smoke and ash that made the air dangerous to breathe"], None),
    ("B", "risk", S, "What warning did the officials give about technology from companies operating in Russia?",
     ["Those efforts should serve as a warning about the risks of using information and communications technology "
      "and services supplied by companies that operate or store user data in Russia"], None),
    ("B", "risk", W, "What were the governors still concerned about regarding federal resources?",
     ["we still have a number of concerns, and it includes whether there will be available wildfire and non-fire "
      "federal resources."], None),
    ("B", "risk", L, "What dangers of AI-generated code did Lamport warn about?", None,
     "AI-generated code: never spoken of"),
    ("B", "risk", J, "What concern did Biden raise about Chinese investment in Japanese ports?", None,
     "ports: never spoken of"),
    ("B", "risk", V, "What security risks of third-party scripts did the web vitals lecturer warn about?", None,
     "security: never spoken of in the lecture"),
    # --- B: superlative
    ("B", "superlative", J, "Who was the first Japanese golfer to win the Masters?",
     ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
      "week."], None),
    ("B", "superlative", W, "What was the largest logistics operation Biden mentioned?",
     ["the largest logistical effort in American history getting all these COVID vaccines out."], None),
    ("B", "superlative", S, "What do the officials call a matter of the absolute highest priority?",
     ["is a matter of the absolute highest U.S."], None),
    ("B", "superlative", W, "Which was the most expensive wildfire in California's history?", None,
     "near miss: costs in billions are given for the season, no single fire's"),
    ("B", "superlative", J, "What is Japan's biggest export to the United States?", None, "exports: never spoken of"),
    ("B", "superlative", SEED, "What is the largest Russian investment project in Serbia?", None,
     "near miss: projects are named, none called the largest"),
]


def rows():
    """The question-file rows: (file, row), ids in reg50's ranges in the order above."""
    return register_rows(ROWS, "reg50", 1, 4530, 3500, "reg50-{batch}")


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
