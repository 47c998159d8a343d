"""ufu61: which dev (and fresh4) turns the widened assistant forms read (SELF_FORMS: "self", "chit-chat", "sum", and
composes' bare rewording), against how a run answered them. Usage: measure.py RUN_DIR [RUN_DIR ...] (eval_sets.py
output folders: each SPLIT-*/results.jsonl is read). Prints, per form, the answerable and unanswerable turns read
and whether the run answered them."""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import qa.answerable as qa_answerable  # noqa: E402


def forms(text):
    """The new forms `text` is read in (SELF_FORMS on), less those it is read in with it off."""
    on = [qa_answerable.assistant_form(text), qa_answerable.composes(text)]
    qa_answerable.SELF_FORMS = False
    try:
        off = [qa_answerable.assistant_form(text), qa_answerable.composes(text)]
    finally:
        qa_answerable.SELF_FORMS = True
    return [f for f, o in zip(on, off) if f != o and f is not None]


def main():
    counts = Counter()
    for run in sys.argv[1:]:
        for results in sorted(Path(run).glob("*/results.jsonl")):
            for line in results.open():
                r = json.loads(line)
                for turn, role in [(r["question"], "turn")] + [(h, "history") for h in r.get("history") or []]:
                    found = forms(turn)
                    if not found:
                        continue
                    answered = r["answer"]["answerable"]
                    key = (role, found[0], "answerable" if r["answerable"] else "unanswerable",
                           "answered" if answered else "declined")
                    counts[key] += 1
                    if role == "turn":
                        print(*key, r["id"], repr(turn), "|", (r["answer"].get("note") or "")[:70], sep="\t")
    for key, n in sorted(counts.items()):
        print(*key, n, sep="\t")


if __name__ == "__main__":
    main()
