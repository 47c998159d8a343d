"""nm54: the dev and fresh4 questions (and the turns of the dev and fresh4 conversations) whose topic
(`qa.answerable.topic_of`, `topic_words`) reads otherwise with `SUMMARY_TOPIC` on than off: the only questions the
rule can move. Reads the dev question files and the fresh4 split only.

    PYTHONPATH=. .venv/bin/python bench/nm54/reads_otherwise.py
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402

FILES = ["qa/data/seed_questions.jsonl", "qa/data/seed_questions_fresh4.jsonl"] + [
    f"bench/questions/{k}-{s}.jsonl" for k in ("real", "unanswerable", "conversations", "decline", "mention", "casual",
                                               "define") for s in ("dev", "fresh4")]


def texts(row: dict) -> list[str]:
    """The question of `row` and, for a conversation, each of its turns."""
    out = [row["question"]] if isinstance(row.get("question"), str) else []
    for turn in row.get("turns", []) or row.get("history", []) or []:
        out.append(turn if isinstance(turn, str) else turn.get("question") or turn.get("text") or "")
    return out


def main() -> None:
    for name in FILES:
        path = REPO / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for text in texts(row):
                answerable.SUMMARY_TOPIC = False
                before = (answerable.topic_of(text), answerable.topic_words(text))
                answerable.SUMMARY_TOPIC = True
                after = (answerable.topic_of(text), answerable.topic_words(text))
                if before != after:
                    print(name, row.get("id"), repr(text), before, "->", after)


if __name__ == "__main__":
    main()
