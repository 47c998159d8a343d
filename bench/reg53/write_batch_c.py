"""Writes reg53's batch C (appended to the dev question files): 12 questions in the gist register only (the main
point, upshot, bottom line, crux, takeaway of what someone said on a topic), 8 answerable (gold: the sentence that
says it), 4 unanswerable (the topic in no transcript, checked by grep over all eight files). Written after batch B
showed that gist questions are declined on their frame words ("upshot", "gist", "main message"), and before the
rule that reads those words (`qa.answerable.SUMMARY_WORDS`) was run on any of them: C confirms that rule, as B could
not (B was read when it was written). Run once; kept for the record.

    PYTHONPATH=. .venv/bin/python bench/reg53/write_batch_c.py [--write]
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, WEB_VITALS as V, SEED, register_batch_main,
    register_rows)

ROWS = [
    ("C", "gist", S, "What was the bottom line of the official's answer on the bounties?",
     ["but because of the low- to moderate-confidence element of this, our focus is on sending a clear message to "
      "Russia about the steps the United States would take in response to such behavior were it to continue."], None),
    ("C", "gist", S, "What's the upshot of the official's answer on whether federal software buying will change?",
     ["Those efforts will also be the hallmark of an upcoming executive order which will build on those with regard "
      "to setting standards for the software the U.S. government procures."], None),
    ("C", "gist", L, "What's the gist of Lamport's point about coders and programmers?",
     ["It's completely obvious to me, and I think it's completely obvious to a lot of software engineers, but it "
      "doesn't seem to be obvious to programmers, because they're not programmers, they're coders."], None),
    ("C", "gist", J, "What was the main message of Suga's answer about Xinjiang?",
     ["I also explained Japan’s position and initiatives regarding the situation in Xinjiang Uyghur Autonomous "
      "Region to the President, who I think understood my points."], None),
    ("C", "gist", SEED, "In a nutshell, how is Moscow handling the foreign-funded foundations on its soil?",
     ["We will limit and suspend the activities of American foundations and NGOs on our territory."], None),
    ("C", "gist", SEED, "What's the takeaway of Lavrov's remarks on short-term trips by US diplomats?",
     ["Now we are putting a stop to the practice of uncontrolled and unlimited short-term trips by Department of "
      "State employees for work at US diplomatic missions in Russia."], None),
    ("C", "gist", W, "What was the crux of Harris's point about the federal government's role?",
     ["recognize that the federal government’s role in this regard has to be more than just putting out fires."],
     None),
    ("C", "gist", W, "What was the key message of Biden's closing words to the governors?",
     ["So, I think this is both — you know, the old expression — we’ve got to make lemonade out of lemons here."],
     None),
    ("C", "gist", V, "What was the gist of the web vitals lecturer's take on server-side rendering?", None,
     "server-side rendering: in no transcript"),
    ("C", "gist", L, "What was the upshot of Lamport's comments on blockchain?", None, "blockchain: in no transcript"),
    ("C", "gist", J, "What was the bottom line of Biden's remarks on trade tariffs with Japan?", None,
     "tariffs: in no transcript"),
    ("C", "gist", SEED, "What's the main point of Lavrov's remarks on the Eurovision contest?", None,
     "Eurovision: in no transcript"),
]


def rows():
    """The question-file rows: (file, row), ids in reg53's ranges after batches A and B."""
    return register_rows(ROWS, "reg53", 44, 4762, 3835, "reg53-{batch}")


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
