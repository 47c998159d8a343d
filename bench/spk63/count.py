"""spk63 step 1: the dev rows whose note names the recording's speaker by its title's words and a role noun as
nobody who speaks ("Nobody named the Changelog guest speaks ..."), or lists a recording noun or a role noun as a
word unsaid ("no transcript that mentions Changelog speaks of 'podcast', 'guest' or 'send'").

    PYTHONPATH=. .venv/bin/python bench/spk63/count.py RUN/dev-real+unanswerable/results.jsonl [...]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

ROLE = ("guest|guests|host|hosts|presenter|lecturer|teacher|instructor|interviewer|interviewee|speaker|narrator|"
        "youtuber|creator|professor|moderator|podcaster|vlogger")
RECORDING = ("briefing|broadcast|call|conference|course|debate|discussion|documentary|episode|explainer|hearing|"
             "interview|lecture|lesson|meeting|panel|podcast|presentation|press|presser|recording|remarks|session|"
             "speech|talk|transcript|video|webinar")
NOBODY = re.compile(rf"Nobody named (?P<who>.+?) speaks", re.IGNORECASE)
QUOTED = re.compile(r"'([^']+)'")
ROLE_WORD = re.compile(rf"^(?:{ROLE}|{RECORDING})$", re.IGNORECASE)


def classes(note: str) -> list[str]:
    found = []
    for m in NOBODY.finditer(note or ""):
        if re.search(rf"\b(?:{ROLE})\b", m["who"], re.IGNORECASE):
            found.append(f"nobody:{m['who']}")
    if "speak" in (note or "") and "of '" in (note or ""):
        said = [w for w in QUOTED.findall(note) if ROLE_WORD.match(w)]
        if said:
            found.append("unsaid:" + ",".join(said))
    return found


def main() -> None:
    for name in sys.argv[1:]:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            note = (row.get("answer") or {}).get("note")
            c = classes(note)
            if c:
                print(json.dumps({"id": row["id"], "answerable_gold": row.get("answerable"),
                                  "answered": (row.get("answer") or {}).get("answerable"), "question": row["question"],
                                  "classes": c, "note": note}, ensure_ascii=False))


if __name__ == "__main__":
    main()
