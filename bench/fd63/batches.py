"""Write fd63's batches A and B (session s48, issue 10 point 5: answerable questions declined where a word of what
they ask about is said only in another form of its root; unanswerable controls the decline rules rightly decline
today) into the dev files, once: real (bench/questions/real-dev.jsonl), unanswerable (unanswerable-dev.jsonl) and
seed (qa/data/seed_questions.jsonl) rows, each with its batch. Written from the transcripts before any was asked.

    .venv/bin/python bench/fd63/batches.py         # A and B
    .venv/bin/python bench/fd63/batches.py --c     # C (written after B was read)
"""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LAVROV = "lavrov-selakovic-press-conference-2021-04-16.txt"
WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
LAMPORT = "changelog-552-leslie-lamport-interview.md"
BAGGING = "i2ml-random-forest-bagging-lecture.srt"
AGENTIC = "agentic-ai-explained-youtube-captions.vtt"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
SANCTIONS = "wh-background-press-call-russia-sanctions-2021-04-15.md"

# (batch, transcript, question, gold quote, the form asked -> the form said)
REAL = [
    ("A", LAMPORT, "What did Lamport say about evolutionary progress in computing?",
     "things have advanced by evolution, and not by intelligent design", "evolutionary -> evolution"),
    ("A", WILDFIRES, "What did Newsom say about coastal heat last year?",
     "We had, last year, a heat dome over the West Coast of the United States", "coastal -> Coast"),
    ("A", WILDFIRES, "What did Biden say about governmental cooperation with the states on wildfires?",
     "all the federal government working in close cooperation to support you, the states",
     "governmental -> government"),
    ("A", BAGGING, "What does the bagging lecturer say about the treatment of vote proportions as probabilities?",
     "treat that as a probability estimate", "treatment -> treat"),
    ("A", AGENTIC, "What does the agentic AI video say about the creation of the new intern's profile?",
     "create interns profile in HR", "creation -> create"),
    ("B", SANCTIONS, "What did the official say about the environmental difficulties of operating in Afghanistan?",
     "the difficult operating environment in Afghanistan", "environmental -> environment"),
    ("B", SUGA, "What did Biden say about developmental help for renewable energy in the Indo-Pacific?",
     "especially developing countries, develop renewable energies", "developmental -> develop"),
    ("B", LAMPORT, "Does Lamport think computing advanced in an evolutionary way?",
     "things have advanced by evolution, and not by intelligent design", "evolutionary -> evolution"),
    ("B", WILDFIRES, "What did Governor Newsom say about the coastal heat dome?",
     "a heat dome over the West Coast of the United States", "coastal -> Coast"),
    ("B", BAGGING, "What treatment of the counted labels does the bagging lecturer suggest?",
     "treat that as a probability estimate", "treatment -> treat"),
]
# (batch, transcript, question, what is absent)
UNANSWERABLE = [
    ("A", LAMPORT, "What did Lamport say about his internship?", "intern said only in the agentic AI video"),
    ("A", WILDFIRES, "What did Newsom say about coastal erosion?", "the coast said; no erosion"),
    ("A", WILDFIRES, "What did Biden say about governmental shutdowns?", "government said; no shutdown"),
    ("A", LAMPORT, "What did Lamport say about lateral thinking?", "'later' and 'thinking' said; no lateral thinking"),
    ("A", WILDFIRES, "What did Biden say about Oregon's statehood?", "Oregon and states said; no statehood"),
    ("B", LAMPORT, "What did Lamport say about evolutionary algorithms?", "evolution said; no evolutionary algorithm"),
    ("B", BAGGING, "What did the lecturer say about classical statistics?", "class said; no classical statistics"),
    ("B", AGENTIC, "What does the agentic AI video say about the creation of new programming languages?",
     "create said; no new programming language"),
    ("B", SUGA, "What did Suga say about Japanese citizenship for foreign workers?", "no citizenship"),
    ("B", WILDFIRES, "What did Harris say about the environmental review of new power lines?",
     "no environmental review"),
]
SEED = [
    ("A", "What did Lavrov say about Serbia's good neighbourhood policy in the Balkans?",
     "constructive and neighbourly relations with all countries in the Balkans", "neighbourhood -> neighbourly", True),
    ("A", "What did Lavrov say about Russia's friendship with Serbia?",
     "We reaffirmed our commitment to continue helping our Serbian friends defend Belgrade’s legitimate rights with "
     "respect to Kosovo.", "friendship -> friends", True),
    ("A", "What did Lavrov say about the attaché incident?",
     "There was a recent incident when representatives of the military attache office travelled in central Russia "
     "without any notification.", "attaché -> attache", True),
    ("A", "What did Lavrov say about dual citizenship for Serbs living in Russia?", None, "citizens said; no dual "
     "citizenship", False),
    ("A", "What did Lavrov say about medical treatment for COVID patients?", None, "a treaty said; no treatment",
     False),
    ("B", "What did Lavrov say about the duty of European governmental leaders regarding Resolution 1244?",
     "Responsible politicians (especially the heads of European governments), I believe, have no right to express "
     "any ideas that blatantly undermine", "governmental -> governments", True),
    ("B", "What did Lavrov say about neighbourhood relations in the Balkans?",
     "constructive and neighbourly relations with all countries in the Balkans", "neighbourhood -> neighbourly", True),
    ("B", "What did Lavrov say about the travels of the military attachés?",
     "There was a recent incident when representatives of the military attache office travelled in central Russia "
     "without any notification.", "attachés -> attache", True),
    ("B", "What did Lavrov say about fellowship programmes for Serbian students?", None,
     "fellow countrymen said; no fellowship", False),
    ("B", "Did Lavrov mention a friendship treaty between Russia and Serbia?", None,
     "friends and treaties said; no friendship treaty", False),
]
# batch C: written after B was read and the rule revised (no "-ship", "-hood"), before C was run
REAL_C = [
    ("C", SANCTIONS, "What did the official say about inflationary pressure in Russia?",
     "it has an impact on Russia’s inflation rate", "inflationary -> inflation"),
    ("C", SANCTIONS, "What did the official say about the Putin régime?",
     "when the Putin regime has repeatedly attempted to undermine our sovereignty", "régime -> regime"),
    ("C", SUGA, "What did Suga say about the rôle of the alliance?",
     "Our alliance has served its role as the foundation of peace and stability for the Indo-Pacific region and the "
     "world.", "rôle -> role"),
    ("C", SANCTIONS, "Why shouldn't Americans pay for Russia's governmental budget, according to the official?",
     "There’s no credible reason why the American people should directly fund Russia’s government when the Putin "
     "regime has repeatedly attempted to undermine our sovereignty.", "governmental -> government"),
]
UNANSWERABLE_C = [
    ("C", SANCTIONS, "What did the official say about régime change in Belarus?", "regime said; no Belarus"),
    ("C", LAMPORT, "What did Lamport say about internal combustion engines?",
     "intern said only in the agentic AI video"),
    ("C", SANCTIONS, "What did the official say about governmental corruption in Russia?",
     "the Russian government said; no corruption"),
    ("C", SUGA, "What did Biden say about developmental disabilities?", "developing said; no disabilities"),
    ("C", SANCTIONS, "What did the official say about inflationary pressure in Japan?",
     "inflation said of Russia; no Japan on the call"),
]
SEED_C = [
    ("C", "What did Lavrov say about the rôle of Russian Railways in Serbia?",
     "Russian Railways International is playing an active role in it through the use of Russian export loans.",
     "rôle -> role", True),
    ("C", "What did Lavrov say about the attachés ignoring the question they were asked?",
     "They simply ignored a question by an authorised representative and said they were not going to deal with this.",
     "attachés -> attache", True),
    ("C", "What did Lavrov say about the rôle of the Orthodox Church?", None, "role said; no church", False),
    ("C", "What did Lavrov say about the régime in Kyiv?", None, "no Kyiv", False),
]
NOT_SAID = "Not said: the recordings never say this."


def main() -> None:
    import sys

    c = "--c" in sys.argv  # batch C, written after B (appended once, after A and B)
    real_in, unans_in, seed_in = (REAL_C, UNANSWERABLE_C, SEED_C) if c else (REAL, UNANSWERABLE, SEED)
    first_real, first_un, first_seed = ((len(REAL) + 1, 5600 + len(UNANSWERABLE), 5100 + len(SEED)) if c
                                        else (1, 5600, 5100))
    real, unans, seed = [], [], []
    for n, (batch, transcript, question, quote, form) in enumerate(real_in, first_real):
        real.append(dict(id=f"dev-fd63-{n:03d}", question=question, transcript=transcript, gold_quotes=[quote],
                         answerable=True, category="fd63-other-form", kind=f"fd63-{batch}", batch=batch, form=form))
    for n, (batch, transcript, question, absent) in enumerate(unans_in, first_un):
        unans.append(dict(id=f"dev-un-{n}", question=question, transcript=transcript, answerable=False,
                          category="near-miss", kind=f"fd63-{batch}", batch=batch, absent=absent,
                          reference_answer=NOT_SAID))
    for n, (batch, question, quote, form, answerable) in enumerate(seed_in, first_seed):
        row = dict(id=f"seed-{n}", question=question, transcript=LAVROV)
        row.update(dict(gold_quotes=[quote], answerable=True, category="fd63-other-form", form=form) if answerable
                   else dict(answerable=False, category="near-miss", absent=form, reference_answer=NOT_SAID))
        row.update(kind=f"fd63-{batch}", batch=batch)
        seed.append(row)
    for path, rows in (("bench/questions/real-dev.jsonl", real), ("bench/questions/unanswerable-dev.jsonl", unans),
                       ("qa/data/seed_questions.jsonl", seed)):
        file = REPO / path
        text = file.read_text(encoding="utf-8")
        if any(f'"id": "{r["id"]}"' in text for r in rows):
            raise SystemExit(f"{path}: already written")
        file.write_text(text + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{path}: +{len(rows)}")


if __name__ == "__main__":
    main()
