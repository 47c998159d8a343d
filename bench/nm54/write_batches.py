"""Writes nm54's batches A and B (appended to the dev question files): questions in the gist register (the main
point, upshot, bottom line, crux of what someone said on or about a topic), 12 per batch, 6 answerable (gold: the
sentence that says it, the topic said in the question's words) and 6 unanswerable (a topic no part of the transcript
discusses: for each, a grep over all eight files and the bundled corpus finds the topic phrase nowhere; some of its
words are said elsewhere, e.g. "lazy", "deep", "minimum", which is part of what is measured). Written from the
transcripts before the system was run on any of them; A is read while the rule is set, B run once after it is frozen.

    PYTHONPATH=. .venv/bin/python bench/nm54/write_batches.py [--write]
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
    ("A", "gist", J, "What was the gist of Suga's answer on the Tokyo Olympics?",
     ["I expressed my determination to realize the Tokyo Olympics and the Paralympic Games as a symbol of global "
      "unity this summer."], None),
    ("A", "gist", W, "What was the upshot of Biden's remarks about drought conditions?",
     ["California and some other places, drought conditions are twice that’s — what they — what they were last "
      "year."], None),
    ("A", "gist", L, "What was the gist of Lamport's point on thinking outside the box?",
     ["And the way to think outside of that box is to think mathematically."], None),
    ("A", "gist", B, "What was the main point of the bagging lecturer's remarks on reduction of variance?",
     ["reduction of variance is a good thing"], None),
    ("A", "gist", S, "What was the bottom line of the official's remarks on SolarWinds?",
     ["On SolarWinds, we’re formerly naming the Russian Foreign Intelligence Service — the SVR — as the perpetrator "
      "of the broad-scope cyber espionage campaign that exploited the SolarWinds Orion platform and other "
      "information technology infrastructures."], None),
    ("A", "gist", SEED, "What was the crux of Lavrov's point about borders in Europe?",
     ["let us recall how our Western partners, including the European Union and NATO (of which Slovenia is also a "
      "member) aggressively demand that post-war borders in Europe not be revised."], None),
    ("A", "gist", L, "What was the gist of Lamport's remarks on bitcoin?", None, "bitcoin: in no transcript"),
    ("A", "gist", V, "What was the main point of the web vitals lecturer's remarks on lazy loading?", None,
     "lazy loading: in no transcript ('lazy' once, of the speaker himself)"),
    ("A", "gist", B, "What was the upshot of the bagging lecturer's comments on gradient descent?", None,
     "gradient: in no transcript"),
    ("A", "gist", J, "What was the bottom line of Suga's answer about Brexit?", None, "Brexit: in no transcript"),
    ("A", "gist", W, "What was the gist of Newsom's remarks on the minimum wage?", None,
     "minimum wage: in no transcript"),
    ("A", "gist", A, "What was the takeaway of the agentic AI video's remarks on hallucinations?", None,
     "hallucination: in no transcript"),
    ("B", "gist", J, "What was the main message of Biden's remarks about semiconductors?",
     ["increasing our cooperation on supply chains for critical sectors like semiconductors"], None),
    ("B", "gist", V, "What was the gist of the web vitals lecturer's explanation about cumulative layout shift?",
     ["Cumulative layout shift means how much is shifting while the page is loading."], None),
    ("B", "gist", L, "What was the bottom line of Lamport's answer about TLA+ and concurrency?",
     ["The place where it shines is when you're faced with problems of concurrency."], None),
    ("B", "gist", W, "What was the crux of Biden's point about climate change and the fire season?",
     ["climate change driving the dangerous confluence of extreme heat and prolonged drought — we’re seeing "
      "wildfires in greater intensity that move with more speed"], None),
    ("B", "gist", A, "What was the gist of the agentic AI video's remarks on memory?",
     ["also have a memory."], None),
    ("B", "gist", SEED, "What was the upshot of Lavrov's remarks on the response measures?",
     ["Literally right after the news conference, we will issue the Foreign Ministry’s statement on measures that "
      "were approved by President of Russia Vladimir Putin"], None),
    ("B", "gist", J, "What was the gist of Biden's remarks on TikTok?", None, "TikTok: in no transcript"),
    ("B", "gist", V, "What was the upshot of the web vitals lecturer's take on dark mode?", None,
     "dark mode: in no transcript"),
    ("B", "gist", S, "What was the main point of the official's answer on refugees?", None,
     "refugee: in no transcript"),
    ("B", "gist", L, "What was the crux of Lamport's comments on Kubernetes?", None, "Kubernetes: in no transcript"),
    ("B", "gist", B, "What was the gist of the bagging lecturer's remarks on deep learning?", None,
     "deep learning: in no transcript"),
    ("B", "gist", SEED, "What was the bottom line of Lavrov's remarks on insurance fraud?", None,
     "insurance: in no transcript"),
]


def rows():
    """The question-file rows: (file, row), ids in nm54's ranges."""
    return register_rows(ROWS, "nm54", 1, 4800, 3880, "nm54-{batch}")


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
