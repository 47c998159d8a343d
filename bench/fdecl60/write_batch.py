"""fdecl60's confirm batch B: answerable "What did X say about Y?" questions whose topic the speaker says in other
words (gold verbatim), and unanswerable ones whose speaker never speaks of the topic (checked by grep; another speaker
of the recording often does). Written by reading the transcripts, before any run; appended to the dev files by hand
with `--append`, a copy kept in bench/fdecl60/B.jsonl.

    .venv/bin/python bench/fdecl60/write_batch.py [--append]
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
FIRE = "wh-biden-meeting-western-wildfires-2021-06-30.md"
LAMPORT = "changelog-552-leslie-lamport-interview.md"
LAVROV = "lavrov-selakovic-press-conference-2021-04-16.txt"

ANSWERABLE = [
    (SUGA, "What did Biden say about the golfer who won in Augusta?", "He won the Masters."),
    (SUGA, "What did Biden say about the next global health crisis?",
     "build better preparedness for the next pandemic, because there will be others"),
    (SUGA, "What did Biden say about the 2011 catastrophe in Japan?",
     "the 10th-year anniversary of the earthquake, tsunami, and nuclear disaster"),
    (SUGA, "What did Suga say about kidnapped citizens?",
     "On the issue of abduction, we reaffirmed that it is a grave human rights issue"),
    (SUGA, "What did Suga say about Beijing's sway over the region?",
     "We also had serious talks on China’s influence over the peace and prosperity of the Indo-Pacific"),
    (FIRE, "What did Harris say about federal firefighters' wages?",
     "especially at the federal level, who are not getting paid enough"),
    (FIRE, "What did Harris say about vehicles left outside burned houses?",
     "it may be a tragic situation if the cars are in the driveway because that means the folks didn’t get out in "
     "time"),
    (FIRE, "What did Newsom say about the previous administration's quarrels with California?",
     "sparring partners, not working partners"),
    (FIRE, "What did Newsom say about arguments over sweeping forest floors?",
     "We were debating raking policies, literally"),
    (FIRE, "What did Brown say about aid for immigrants without papers?",
     "Everyone impacted by a disaster should be eligible for FEMA assistance, including our undocumented families."),
    (FIRE, "What did Brown say about storms on the Atlantic coast?",
     "our eastern counterparts are preparing for a very difficult hurricane season"),
    (FIRE, "What did Brown say about poorer neighbourhoods suffering most?",
     "those who can least afford the impacts are hurt the most"),
    (LAMPORT, "What did Lamport say about the craft of laying out printed pages?", "Typography is an art."),
]
SEED = [
    (LAVROV, "What did Lavrov say about Moscow's lending for Serbia's trains?",
     "Russian Railways International is playing an active role in it through the use of Russian export loans."),
    (LAVROV, "What did Lavrov say about blocking Pristina from joining global bodies?",
     "the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other "
     "organisations were neutralised"),
]
UNANSWERABLE = [  # the named speaker never speaks of it (grep); the speaker in quotes is who does, if anyone
    (SUGA, "What did Suga say about the golfer who won in Augusta?"),  # Biden
    (FIRE, "What did Harris say about arguments over sweeping forest floors?"),  # Newsom
    (FIRE, "What did Brown say about the previous administration's quarrels with California?"),  # Newsom
    (FIRE, "What did Newsom say about aid for immigrants without papers?"),  # Brown
    (SUGA, "What did Biden say about moving the Marine airfield on Okinawa?"),  # Suga
    (SUGA, "What did Biden say about kidnapped citizens?"),  # Suga
    (FIRE, "What did Harris say about aid for immigrants without papers?"),  # Brown
    (LAMPORT, "What did Lamport say about vaccine factories?"),  # no one in that recording
]


def rows():
    real = [{"id": f"dev-fdecl60-{i:03d}", "question": q, "transcript": t, "gold_quotes": [g], "answerable": True,
             "category": "fdecl60", "kind": "fdecl60-B", "batch": "B"} for i, (t, q, g) in enumerate(ANSWERABLE, 1)]
    seed = [{"id": f"seed-{4700 + i}", "question": q, "transcript": t, "gold_quotes": [g], "answerable": True,
             "category": "fdecl60", "kind": "fdecl60-B", "batch": "B"} for i, (t, q, g) in enumerate(SEED)]
    un = [{"id": f"dev-un-{5360 + i}", "question": q, "transcript": t, "answerable": False,
           "category": "speaker-topic", "kind": "fdecl60-B", "batch": "B", "absent": "the speaker never speaks of it",
           "gold_quotes": [], "reference_answer": ""} for i, (t, q) in enumerate(UNANSWERABLE)]
    return real, seed, un


if __name__ == "__main__":
    real, seed, un = rows()
    with open(ROOT / "bench" / "fdecl60" / "B.jsonl", "w") as out:
        for row in real + seed + un:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--append" in sys.argv:
        for name, batch in (("bench/questions/real-dev.jsonl", real), ("qa/data/seed_questions.jsonl", seed),
                            ("bench/questions/unanswerable-dev.jsonl", un)):
            with open(ROOT / name, "a") as out:
                for row in batch:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
