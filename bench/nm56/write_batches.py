"""Writes nm56's batches A and B (appended to the dev question files): questions that ask whom or what a speaker
thanked, praised or blamed, 16 per batch, 6 answerable (gold: the sentence of thanks or praise, said in the
transcript) and 10 unanswerable near misses (the topic and the speaker are in the transcript, the thanks, praise or
blame asked of them is not: for each, a grep of the transcript for the register's words, e.g. thank|grateful|
gratitude, praise|wonderful|incredible, blame|fault|criticiz|wrong, finds none said of that topic). Written from the
transcripts before the system was run on any of them; A is read while the rule is set, B run once after it is
frozen. Unanswerable rows carry category "near-miss".

    PYTHONPATH=. .venv/bin/python bench/nm56/write_batches.py [--write]
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
    ("A", "thanks", W, "Which officials did Biden thank for giving people cooling centers?",
     ["I want to thank the governors and local leaders for providing information to citizens and the resources like "
      "cooling centers where people can go to get relief from the heat."], None),
    ("A", "thanks", W, "Who did the Vice President thank for prioritizing the wildfires?",
     ["thank the President for prioritizing this for his administration."], None),
    ("A", "thanks", J, "Which two American leaders did Suga thank in his opening remarks?",
     ["I would like to thank President Biden and Vice President Harris, who have welcomed me so warmly."], None),
    ("A", "praise", L, "Whose talk did Lamport praise as wonderful?",
     ["My colleague, Markus Kuppe, the one who is currently basically maintaining the TLA+ tools, he has this "
      "wonderful talk"], None),
    ("A", "thanks", SEED, "Whom did Lavrov thank for the positive talks?",
     ["I am grateful to my colleague for the positive talks."], None),
    ("A", "thanks", W, "For what cost-share change did Governor Brown thank the President?",
     ["I do want to say thank you for approving our cost-share adjustment related to our 2020 Labor Day wildfires"],
     None),
    ("A", "blame", W, "Which governor did Biden blame for the slow response to last year's fires?", None,
     "no blame in the file (blame|fault|criticiz: none; 'wrong' not of the fires)"),
    ("A", "thanks", J, "Which country did Suga thank for supplying vaccines to Japan?", None,
     "Suga's thanks and gratitude: for the welcome and the preparation, not for vaccines"),
    ("A", "blame", L, "Which reviewers did Lamport blame for rejecting the Paxos paper?", None,
     "Paxos paper said; no rejection nor blame ('reject' in no line)"),
    ("A", "praise", S, "Which European allies did the official praise for backing the sanctions?", None,
     "allies said; no praise of any ally (praise|great|grateful: none of allies)"),
    ("A", "praise", SEED, "Which Western country did Lavrov praise for supporting Serbia on Kosovo?", None,
     "Kosovo said; no Western country praised"),
    ("A", "blame", A, "Which AI company did the agentic AI video criticize for overhyping agents?", None,
     "no criticism nor hype in the captions"),
    ("A", "thanks", B, "Which student did the bagging lecturer thank for a question about random forests?", None,
     "no thanks in the file (thank: none)"),
    ("A", "blame", V, "Which tool did the web vitals lecturer blame for poor CLS scores?", None,
     "CLS said; no blame (blame|fault: none)"),
    ("A", "blame", J, "Who did Biden criticize for China's actions in the South China Sea?", None,
     "South China Sea said; no one criticized by name"),
    ("A", "praise", W, "Which utility company did Newsom praise for preventing power line fires?", None,
     "no utility praised"),
    ("B", "thanks", J, "Who did Biden thank for making the long trip to Washington?",
     ["Yoshi, thank you for making the long trip to Washington."], None),
    ("B", "praise", L, "Which cartoon caption did Lamport praise as wonderful?",
     ["There's this cartoonist \\[unintelligible 00:19:14.18\\] has this wonderful caption of a cartoon"], None),
    ("B", "thanks", W, "Which governors did Newsom thank for sending resources last year?",
     ["Inslee, Sisolak, Polis — all of you on there — thank you."], None),
    ("B", "praise", L, "Which colleagues did Lamport praise as smarter than himself?",
     ["Fortunately, I've had some really smart colleagues who were smarter than me"], None),
    ("B", "praise", J, "Which partnership did Biden praise as incredible?",
     ["both Prime Minister Suga and I value the incredible partnership that exists not just between our "
      "governments, but between the Japanese people and the American peoples."], None),
    ("B", "praise", W, "Which workers did Biden praise for running toward the fire?",
     ["These courageous women and men take an incredible risk of running toward the fire"], None),
    ("B", "thanks", L, "Which colleague did Lamport thank for his help with the TLA+ tools?", None,
     "Kuppe and the tools said; no thanks to anyone for them"),
    ("B", "blame", W, "Which federal agency did Governor Brown blame for the Labor Day fires?", None,
     "Labor Day wildfires said; no blame"),
    ("B", "thanks", S, "Which lawmaker did the briefer thank for backing the SolarWinds response?", None,
     "no senator nor lawmaker in the file; thanks only to callers"),
    ("B", "praise", J, "Which Japanese company did Suga praise for its 5G work?", None, "5G said; no company praised"),
    ("B", "thanks", SEED, "Whom did Lavrov thank for the Sputnik V production in Belgrade?", None,
     "Sputnik production said; Lavrov's thanks are for the talks"),
    ("B", "praise", B, "Which textbook did the bagging lecturer praise for explaining random forests?", None,
     "no textbook (only 'the oldest trick in the book')"),
    ("B", "blame", A, "Which framework did the agentic AI video blame for failed agent projects?", None,
     "no blame in the captions"),
    ("B", "thanks", V, "Which developer did the web vitals lecturer thank for the layout shift demo?", None,
     "layout shift said; thanks only to viewers"),
    ("B", "praise", W, "Which fire chief did Biden praise for fighting the Lava Fire?", None,
     "Lava Fire said; no fire chief praised"),
    ("B", "blame", J, "Who did Suga blame for the delay of the Tokyo Olympics?", None,
     "Olympics said; no delay blamed"),
]


def rows():
    """The question-file rows: (file, row), ids in nm56's ranges; an unanswerable row's category "near-miss"."""
    out = register_rows(ROWS, "nm56", 1, 4900, 4120, "nm56-{batch}")
    for _, row in out:
        if not row["answerable"]:
            row["category"] = "near-miss"
    return out


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
