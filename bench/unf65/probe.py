"""unf65: the imperative requests of the dev rows beside the questions they stand for, asked through
`qa.api.TranscriptQA` with their earlier question (answerable or not, searched with history or not, the note): the
measure that led to IMPERATIVE_ASKS. Usage (from a tree's root): probe.py INDEX (a copy of idx-s20/index-shared)"""
import sys
from pathlib import Path

sys.path.insert(0, ".")
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

PAIRS = [
    ("Which fire was Newsom near when he joined the call?", "give me the number of acres the lava fire has burned so far"),
    ("Which fire was Newsom near when he joined the call?", "how many acres has the lava fire burned so far?"),
    ("Which Russian service did the US name as behind SolarWinds?", "Give me the name of the SVR's director."),
    ("Which Russian service did the US name as behind SolarWinds?", "What is the name of the SVR's director?"),
    ("What does bagging stand for?", "Tell me the year it was invented."),
    ("What does bagging stand for?", "What year was it invented?"),
    ("What is TLA+?", "Tell me the year TLA+ was released."),
    ("What is TLA+?", "What year was TLA+ released?"),
    ("What did Lavrov say about the Eurasian Economic Union?", "give me the date the free trade agreement takes effect"),
    ("What did Lavrov say about the Eurasian Economic Union?", "what date does the free trade agreement take effect?"),
    ("What is a good LCP score?", "give me the share of websites that meet that LCP target"),
    ("What is a good LCP score?", "what share of websites meet that LCP target?"),
]


def main():
    qa = TranscriptQA(Settings(index_dir=Path(sys.argv[1])))
    for earlier, question in PAIRS:
        a = qa.ask(question, history=[earlier])
        print(a.answerable, a.history_used, "|", question, "|", a.note or "")


if __name__ == "__main__":
    main()
