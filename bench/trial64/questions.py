"""trial64's questions: a new user's trial by two personas no earlier trial took, written by reading the transcripts
before any was asked. A web developer studying the Core Web Vitals lecture (Whisper JSON) and an emergency-management
analyst reading the western-wildfires meeting and the sanctions press call. Real questions `dev-trial64-NNN`,
unanswerable `dev-un-6020..`, conversations `conv-dev-7100..`. Each gold is written loosely and replaced by the
transcript's own text (found exactly once; the Whisper JSON: within one segment's text). Writes
bench/trial64/batch-A.jsonl (B likewise) and ids-A.txt; `--append` adds the rows to the question files.

    .venv/bin/python bench/trial64/questions.py [--batch A] [--append]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import (REPO, SANCTIONS_CALL, TRANSCRIPTS, WEB_VITALS, WILDFIRES,  # noqa: E402
                              exact_quote)

NAME = "trial64"

# (transcript, question, loose gold) -- the web developer, then the analyst
A_REAL = [
    (WEB_VITALS, "how fast does the LCP element need to load to be good", "a good LCP score should be 2.5 seconds."),
    (WEB_VITALS, "whats the target for first input delay",
     "your input should start processing in less than 100 milliseconds."),
    (WEB_VITALS, "how do i stop images from shifting my layout", "If you put width and height in images,"),
    (WEB_VITALS, "where do I open lighthouse in chrome", "Now you are getting the option of lighthouse here."),
    (WEB_VITALS, "which categories does the lighthouse report score",
     "Performance, accessibility, best practices, SE and PWA are being shown."),
    (WEB_VITALS, "what performance score did the desktop report get", "92 marks in performance."),
    (WEB_VITALS, "are meta keywords still worth adding for SEO?", "That has been deprecated."),
    (WEB_VITALS, "will google always show the meta description I write?",
     "Now it is not necessary that a search engine will parse your Meta DESC."),
    (WEB_VITALS, "why does he type lorem 45", "I wrote 45 because I am lazy and 4 and 5 are around."),
    (WEB_VITALS, "how can I preview my site on different phones without owning them?",
     "And after that if you choose responsive in it."),
    (WEB_VITALS, "can a page with great content rank even with bad core web vitals",
     "then your website can rank without core web vitals."),
    (WEB_VITALS, "what's the first SEO tag he adds to index.html",
     "the first SEO element I want to tell you is title."),
    (WILDFIRES, "How many uncontained fires are burning compared to last year?",
     "This year, there are 36 that are uncontained and burning."),
    (WILDFIRES, "What can NOAA's satellites pick up?",
     "has satellite technology that is able to see from space when new fires start"),
    (WILDFIRES, "what info will the new EPA app give people",
     "information on air quality, smoke plumes, and public health guidance"),
    (WILDFIRES, "How large is the FEMA grant going to Sonoma County?", "I'm announcing a $37 million federal grant"),
    (WILDFIRES, "What were Oregon's losses in last year's fire season?",
     "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."),
    (WILDFIRES, "Should undocumented families get FEMA aid, according to Governor Brown?",
     "Everyone impacted by a disaster should be eligible for FEMA assistance, including our undocumented families."),
    (WILDFIRES, "Why might Oregon not get help from other regions this season?",
     "our eastern counterparts are preparing for a very difficult hurricane season"),
    (WILDFIRES, "What is the federal government offering for the National Guard?",
     "to train and equip National Guard members"),
    (WILDFIRES, "which fire was Newsom standing near during the call?",
     "the Lava Fire, which is a few miles away from me."),
    (SANCTIONS_CALL, "how big is russia's ruble debt market",
     "The ruble-denominated sovereign debt market is about 185 billion in size"),
    (SANCTIONS_CALL, "How many computer systems could the SVR spy on through SolarWinds?",
     "more than 16,000 computer systems worldwide."),
    (SANCTIONS_CALL, "Why are the 10 Russians being expelled?",
     "they were acting in a manner inconsistent with their status in the United States."),
    (SANCTIONS_CALL, "Which partners joined the Crimea sanctions?",
     "in partnership with the EU, UK, Australia, and Canada"),
    (SANCTIONS_CALL, "Where will the course on attributing cyber incidents be held?",
     "inaugurated this year at the George C. Marshall Center in Germany."),
    (SANCTIONS_CALL, "how many federal agencies got compromised", "the nine federal agencies who were compromised"),
    (SANCTIONS_CALL, "What security measures are agencies being required to roll out?",
     "requiring a rapid rollout of encryption and multi-factor authentication;"),
    (SANCTIONS_CALL, "how many were sanctioned over the election interference",
     "Treasury also sanctioned 32 entities and individuals"),
    (SANCTIONS_CALL, "What share of Russia's sovereign debt did the old sanctions leave untouched?",
     "This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues"),
]

# (question, what the transcripts do not say)
A_UNANSWERABLE = [
    ("what's a good INP score", "Interaction to Next Paint is never named; the lecture gives LCP, FID, CLS (and FCP)."),
    ("how do I lazy load images to speed up LCP", "Lazy loading is never mentioned."),
    ("How many acres burned in Washington state last year?",
     "Only the West's 10 million acres and Oregon's million acres are given."),
    ("What did Governor Inslee say about the heat in Washington?",
     "Inslee is named (Newsom thanks him) but never speaks."),
    ("How many fire engines did California ask FEMA for?", "No request of engines is said."),
    ("How much Russian money was frozen by the sanctions?", "No sum of frozen assets is said."),
]

# (id, history, question, category, shape, transcript, loose gold or None)
A_CONV = [
    (7100, ["what's a good LCP score?"], "and for FID?", "follow-up", "follow-up", WEB_VITALS,
     "your input should start processing in less than 100 milliseconds."),
    (7101, ["what's a good LCP score?", "and for FID?"], "how do i check those numbers on my own page",
     "follow-up", "follow-up", WEB_VITALS,
     "Lighthouse basically generates a report for you and tells you what can be improved in your HTML page."),
    (7102, ["what's a good LCP score?", "and for FID?", "how do i check those numbers on my own page"],
     "asdf jkl lol", "nonsense", "nonsense", WEB_VITALS, None),
    (7103, ["how little are some federal firefighters paid?"], "what's the new minimum then?", "follow-up",
     "follow-up", WILDFIRES, "firefighters are making at least $15 an hour"),
    (7104, ["how little are some federal firefighters paid?", "what's the new minimum then?"],
     "and the bonus for crews on the frontlines?", "follow-up", "follow-up", WILDFIRES,
     "additional 10 percent bonuses for those working on the frontlines."),
    (7105, ["how little are some federal firefighters paid?", "what's the new minimum then?",
            "and the bonus for crews on the frontlines?"],
     "What did Treasury do about Crimea?", "switch", "switch", SANCTIONS_CALL,
     "sanctioned eight individuals and entities associated with Russia's ongoing occupation and repression in Crimea."),
    (7106, ["Who is behind the SolarWinds hack?"], "what other names does that unit go by?", "follow-up",
     "follow-up", SANCTIONS_CALL, "The SVR unit, APT29, Cozy Bear, the Dukes"),
    (7107, ["Who is behind the SolarWinds hack?", "what other names does that unit go by?"],
     "did they demand a ransom?", "unanswerable-follow-up", "follow-up", SANCTIONS_CALL, None),
    (7108, ["Who is behind the SolarWinds hack?", "what other names does that unit go by?",
            "did they demand a ransom?"],
     "How hot was it in Palm Springs?", "switch", "switch", WILDFIRES, "We were 123 down in Palm Springs two days ago"),
]

# Batch B, written after the trial's classes were read and before the rules were frozen: the analyst's questions that
# name a state as who asks, says or reports (STATE_SPEAKS), the web developer's whose own "I" acts on a pronoun
# (ASKER_SUBJECT), and states that never speak, to be declined still.
B_REAL = [
    (WILDFIRES, "What did Oregon ask the federal government to approve for wildfire mitigation?",
     "I would also ask that federal Individual Assistance be approved for disaster mitigation activities for wildfire"),
    (WILDFIRES, "What did California say about the mutual aid system?",
     "The mutual aid system has been stretched in this country."),
    (WILDFIRES, "Which countries did California call for firefighting help?",
     "We were calling folks in Australia. We were calling folks in Canada."),
    (WILDFIRES, "What did Oregon thank the administration for approving?",
     "thank you for approving our cost-share adjustment related to our 2020 Labor Day wildfires"),
    (WILDFIRES, "What temperatures did Oregon report in the Willamette Valley?",
     "reaching upwards of 117 degrees."),
    (WILDFIRES, "What did California get approved for the Lava Fire?", "to get the FMAG approved yesterday"),
    (WILDFIRES, "Which communities did Oregon say were hit hardest by last year's fires?",
     "our communities of color, our rural and low-income communities were disproportionately impacted."),
    (WILDFIRES, "What has Oregon found helpful before fire season?",
     "Making sure we have resources to train our National Guardsmen and women prior to fire season has been "
     "extremely helpful"),
    (WILDFIRES, "How many fires did Oregon report last year?",
     "Last year, we had more than 2,000 fires that burned over a million acres."),
    (WILDFIRES, "What does California say the heat dome led to?",
     "But that led to 12,000 lightning strikes in 24 hours"),
    (WEB_VITALS, "how can I test my page on phones I don't have without buying them?", "Then you choose responsive."),
    (WEB_VITALS, "how do I stop the page from shifting when I load my images into them",
     "When we set width and height in HTML, then it is reserved in the space browser."),
    (WEB_VITALS, "can I check my core web vitals in chrome without uploading them anywhere?",
     "Now you are getting the option of lighthouse here."),
]

B_UNANSWERABLE = [
    ("What did Nevada say about its shortage of firefighters?",
     "Nevada is named only as a place fires burn; no one speaks for it."),
    ("What did Utah ask FEMA for?", "Utah is named only as a place fires burn; no request of Utah's is said."),
    ("What did Arizona say about its fire budget?", "No Arizona budget is said; Arizona is named for the Prescott "
     "Fire Department only."),
]

B_CONV = [
    (7109, ["What did California say about the mutual aid system?"], "and what did Oregon ask FEMA to approve?",
     "follow-up", "follow-up", WILDFIRES,
     "I would also ask that federal Individual Assistance be approved for disaster mitigation activities for wildfire"),
]

# Batch C, a second confirm batch written after B was run (B answered all three states that never speak, so the rule
# was narrowed to states whose governor speaks) and before the narrowed rule was run on it: the analyst's questions of
# what Oregon and California said, asked or did, and states with no governor speaking, and those two states on topics
# they never speak of, to be declined.
C_REAL = [
    (WILDFIRES, "What did Oregon say happened in the Willamette Valley this weekend?",
     "three consecutive days of record-breaking high temperatures across the Willamette Valley"),
    (WILDFIRES, "What did California say about raking policies?",
     "debating raking policies in this country in the last few years."),
    (WILDFIRES, "What did Oregon say about funding more Good Neighbor Authority projects?",
     "With the recent passage of our state legislation, we have an opportunity to fund even more of these Good "
     "Neighbor Authority projects together."),
    (WILDFIRES, "What did California say about paying federal firefighters?",
     "Music to my ears, \"We got to pay our firefighters, federally, more.\""),
    (WILDFIRES, "How did California describe its old relationship with the federal government?",
     "sparring partners, not working partners."),
    (WILDFIRES, "What does Oregon want National Guard fire training to become?",
     "This should be universal practice nationwide."),
    (WILDFIRES, "What did California say about the size of the fires near Klamath and Siskiyou?",
     "two of the largest wildfires that we've had, year to date in this region."),
    (WILDFIRES, "What did Oregon say the Good Neighbor Authority does for timber communities?",
     "in our ability to put people back to work in our timber-dependent rural communities"),
]

C_UNANSWERABLE = [
    ("What did New Mexico ask the President for?", "New Mexico is named only as a place firefighters are deployed."),
    ("What did Nevada say about the heat wave?", "Nevada is named only as a place; no one speaks for it."),
    ("What did Oregon say about its snowpack?", "Governor Brown never speaks of snowpack."),
    ("What did California say about earthquake preparedness?", "No one speaks of earthquakes."),
    ("What did Arizona ask FEMA to fund?", "Arizona is named for the Prescott Fire Department only."),
]

C_CONV = [
    (7110, ["How many homes did Oregon lose last year?"],
     "What did California say about calling other countries for help?", "switch", "switch", WILDFIRES,
     "We were calling folks in Australia. We were calling folks in Canada."),
]

BATCHES = {"A": (A_REAL, A_UNANSWERABLE, A_CONV, 1, 6020), "B": (B_REAL, B_UNANSWERABLE, B_CONV, 31, 6026),
           "C": (C_REAL, C_UNANSWERABLE, C_CONV, 44, 6029)}


def gold(transcript: str, loose: str) -> str:
    """The transcript's own text for `loose`: `exact_quote`, but in a Whisper JSON file within one segment's text
    (its whole text holds every sentence a second time)."""
    if not transcript.endswith(".json"):
        return exact_quote(transcript, loose, "")
    segments = json.loads((TRANSCRIPTS / transcript).read_text(encoding="utf-8"))["segments"]
    found = [s["text"] for s in segments if loose in s["text"]]
    if len(found) != 1:
        raise SystemExit(f"{transcript}: {loose!r} found in {len(found)} segments")
    return loose


def rows(batch: str) -> list[tuple[str, dict]]:
    """(question file, row) of one batch."""
    real, unanswerable, conv, first_real, first_un = BATCHES[batch]
    out = []
    for n, (transcript, question, loose) in enumerate(real, first_real):
        out.append(("bench/questions/real-dev.jsonl",
                    {"id": f"dev-{NAME}-{n:03d}", "question": question, "transcript": transcript,
                     "gold_quotes": [gold(transcript, loose)], "answerable": True, "category": NAME,
                     "kind": f"{NAME}-{batch}", "batch": batch}))
    for n, (question, why) in enumerate(unanswerable, first_un):
        out.append(("bench/questions/unanswerable-dev.jsonl",
                    {"id": f"dev-un-{n}", "question": question, "answerable": False, "category": "absent-topic",
                     "kind": f"{NAME}-{batch}", "batch": batch, "absent": why,
                     "reference_answer": "Not said: the recordings never say this."}))
    for n, history, question, category, shape, transcript, loose in conv:
        answerable = loose is not None
        out.append(("bench/questions/conversations-dev.jsonl",
                    {"id": f"conv-dev-{n}", "question": question, "history": history, "transcript": transcript,
                     "answerable": answerable, "category": category, "kind": f"{NAME}-{batch}", "batch": batch,
                     "shape": shape, "gold_quotes": [gold(transcript, loose)] if answerable else [],
                     "reference_answer": gold(transcript, loose) if answerable
                     else "Not a question about these transcripts." if category == "nonsense"
                     else "Not said in the recordings."}))
    return out


def main() -> None:
    batch = sys.argv[sys.argv.index("--batch") + 1] if "--batch" in sys.argv else "A"
    out = rows(batch)
    (HERE / f"batch-{batch}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for _, r in out),
                                              encoding="utf-8")
    (HERE / f"ids-{batch}.txt").write_text("^(" + "|".join(r["id"] for _, r in out) + ")$\n", encoding="utf-8")
    print(batch, len(out), "rows")
    if "--append" in sys.argv:
        for path, row in out:
            with (REPO / path).open("a", encoding="utf-8") as f:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
