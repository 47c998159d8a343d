"""Batches A and B of ufu57 (docs/retrieval.md "ufu57"): two-turn conversations over the eight shared transcripts
whose second turn asks a thing of what the first found: a yes/no or "and X?" about another party, place or thing
(written in lower case, as users type), a figure, a time, a name, a decision. "unsaid" rows ask a thing the recording
never says of that topic (unanswerable-follow-up; each checked by a pattern that must match nowhere in its
transcript, written from reading it: the pattern is the asked thing's likely wording); "follow-up" rows are answerable
controls of the same forms (each gold quote checked to be in its transcript). Appended to
bench/questions/conversations-dev.jsonl with `kind` ufu57-A or ufu57-B; copies in bench/ufu57/A.jsonl and B.jsonl.

    .venv/bin/python bench/ufu57/batches.py [--write]

Written from the transcripts before the system was run on any of them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    WILDFIRES as FIRE, SUGA_PRESS as SUGA, SANCTIONS_CALL as CALL, LAVROV_PRESS as LAV, TRANSCRIPTS,
    LAMPORT as LAMP, BAGGING as BAG, transcript_words, two_turn_rows)

OUT = REPO / "bench" / "questions" / "conversations-dev.jsonl"

# (shape, transcript, earlier question, follow-up, gold quotes, or for "unsaid" a pattern said nowhere in the
# transcript); the form asked is in the shape: party (yes/no or "and X?" of another party), figure, time, name
A = [
    ("unsaid-party", CALL, "Which countries joined Treasury in sanctioning people over Crimea?",
     "did japan join them too?", r"Japan"),
    ("unsaid-party", CALL, "Who backed the US attribution of SolarWinds to the SVR?",
     "and serbia?", r"Serbia"),
    ("unsaid-party", CALL, "Which countries agreed to join the planning of the cyber exercise?",
     "is italy taking part as well?", r"\bItal(y|ian)"),
    ("unsaid-party", SUGA, "Who launched the Quad Vaccine Partnership with the US?",
     "was korea part of it?", r"Korea[^.]{0,80}(Quad|vaccine)|(Quad|vaccine)[^.]{0,80}Korea"),
    ("unsaid-party", SUGA, "What did Biden and Suga say about Taiwan?",
     "did they say anything about kosovo too?", r"Kosovo"),
    ("unsaid-party", LAV, "What did Lavrov say about Sputnik V production in Belgrade?",
     "and is hungary producing it too?", r"Hungar"),
    ("unsaid-party", LAV, "Which international bodies will Russia and Serbia coordinate at?",
     "is the g7 one of them?", r"\bG7\b|G-7"),
    ("unsaid-party", FIRE, "Which governors did Newsom thank for mutual aid?",
     "did he thank the governor of alaska too?", r"Alaska"),
    ("unsaid-party", FIRE, "What did Biden say about NOAA's satellite technology?",
     "does japan share its satellite data as well?", r"Japan"),
    ("unsaid-party", LAMP, "Which companies use TLA+ according to Lamport?",
     "what about google?", r"Google[^.]{0,100}TLA|TLA[^.]{0,100}Google"),
    ("unsaid-figure", CALL, "How many Russian officials is the US expelling?",
     "how many of them were spies?", r"\d+ (of them )?(were |are )?(spies|intelligence officers)"),
    ("unsaid-figure", LAV, "What did Lavrov say about NIS?",
     "how many petrol stations does it run?", r"station"),
    ("unsaid-figure", FIRE, "What grant did Biden announce for Sonoma County?",
     "how many fire engines will it buy?", r"fire engines?\b|engines? (for|to) (fight|the fire)"),
    ("unsaid-figure", SUGA, "What did Biden and Suga say about semiconductors?",
     "how many chips does japan make a year?", r"chips"),
    ("unsaid-time", CALL, "Which six Russian companies did Treasury designate?",
     "when were they founded?", r"founded|established in"),
    ("unsaid-time", LAV, "What did Lavrov say about the Russian-Serbian Intergovernmental Committee?",
     "when does it meet next?", r"Committee[^.]{0,120}(will meet|next meeting|session)"),
    ("unsaid-name", FIRE, "What did Biden say about the 19 Granite Mountain Hotshots?",
     "who led that crew?", r"(led|superintendent|captain)[^.]{0,40}(crew|Hotshots)"),
    ("unsaid-name", SUGA, "Which reporter asked Suga about the Olympics?",
     "what's her editor's name?", r"editor"),
    ("unsaid-name", LAMP, "What did Lamport say about writing a TLA+ spec for a compiler?",
     "what was the compiler's name?", r"compiler (called|named)"),
    ("unsaid-name", BAG, "How does bagging reduce variance?",
     "which library implements it?", r"scikit|sklearn|library"),
    # answerable controls of the same forms
    ("follow-up-party", CALL, "Which countries joined Treasury in sanctioning people over Crimea?",
     "did canada join them too?", ("in partnership with the EU, UK, Australia, and Canada",)),
    ("follow-up-party", CALL, "Who backed the US attribution of SolarWinds to the SVR?",
     "and the european union?", ("both Australia and the European Union statement of support for the attribution",)),
    ("follow-up-party", CALL, "Which countries agreed to join the planning of the cyber exercise?",
     "is denmark taking part as well?", ("the UK, France, Denmark, and Estonia have agreed to join in the planning",)),
    ("follow-up-party", LAV, "Which international bodies will Russia and Serbia coordinate at?",
     "is the osce one of them?", ("including the UN, the OSCE and the Council of Europe",)),
    ("follow-up-party", FIRE, "Which governors did Newsom thank for mutual aid?",
     "was sisolak one of them?", ("Inslee, Sisolak, Polis — all of you on there — thank you.",)),
    ("follow-up-figure", LAV, "What share of Serbia's budget revenues did NIS account for?",
     "and how much foreign investment is in the company?", ("FDI in the company exceeds $3 billion.",)),
    ("follow-up-figure", LAV, "How many US diplomats will Russia ask to leave?",
     "and how many officials will be on its list?", ("Today we will publish a list of eight officials",)),
    ("follow-up-time", LAV, "What did Lavrov say about Serbia and the Eurasian Economic Union?",
     "when did they sign a free trade agreement?",
     ("In the autumn of 2019, the EAEU and Serbia signed a free trade agreement.",)),
    ("follow-up-time", LAV, "Where will Sputnik V production be launched in Serbia?",
     "when is it scheduled?", ("We expect the launch of Sputnik V production in Belgrade scheduled for May",)),
    ("follow-up-name", SUGA, "What did Biden and Suga agree about Air Station Futenma?",
     "where is it being moved to?", ("the relocation of Air Station Futenma to Henoko",)),
    ("follow-up-name", FIRE, "What did Biden say about the 19 Granite Mountain Hotshots?",
     "which fire department were they part of?", ("Prescott",)),
    ("follow-up-party", SUGA, "What areas did Japan and the US agree to cooperate on in their core partnership?",
     "was climate change one of them?",
     ("digital science and technology, COVID-19 countermeasures, green growth, and climate change",)),
]

B = [
    ("unsaid-party", CALL, "Which countries joined Treasury in sanctioning people over Crimea?",
     "and norway?", r"Norw"),
    ("unsaid-party", CALL, "Who backed the US attribution of SolarWinds to the SVR?",
     "did japan back it as well?", r"Japan"),
    ("unsaid-party", CALL, "Which countries agreed to join the planning of the cyber exercise?",
     "is poland one of them?", r"Poland|Polish"),
    ("unsaid-party", SUGA, "What did Biden and Suga say about the Quad?",
     "did they mention serbia as well?", r"Serbia"),
    ("unsaid-party", SUGA, "What did Biden and Suga say about 5G networks?",
     "is huawei involved?", r"Huawei"),
    ("unsaid-party", LAV, "Which international bodies will Russia and Serbia coordinate at?",
     "and the quad?", r"Quad"),
    ("unsaid-party", LAV, "What did Lavrov say about the Serbian railway programme?",
     "is china funding it too?", r"China|Chinese"),
    ("unsaid-party", FIRE, "What did Biden say about the National Guard?",
     "did japan send troops as well?", r"Japan"),
    ("unsaid-party", FIRE, "Which governors did Newsom thank for mutual aid?",
     "and the governor of texas?", r"Texas"),
    ("unsaid-party", LAMP, "What did Lamport say about Microsoft Research?",
     "did he also work at oracle?", r"Oracle"),
    ("unsaid-figure", CALL, "What did the officials say about the 32 entities sanctioned over election interference?",
     "how much money did they spend on it?", r"(spent|spend)[^.]{0,60}(\$|million|billion)"),
    ("unsaid-figure", LAV, "What did Lavrov say about US diplomats in Russia?",
     "how many of them work in the consulates?", r"\d+ [^.]{0,30}consulate"),
    ("unsaid-figure", FIRE, "What did Biden say about federal firefighters' pay?",
     "how many federal firefighters are there in total?",
     r"\d[\d,]* (federal )?(wildland )?firefighters (in total|overall)"),
    ("unsaid-figure", SUGA, "What did Biden and Suga say about the Mansfield Fellowship?",
     "how many fellows will it take each year?", r"\bfellows\b|\d+ participants"),
    ("unsaid-time", CALL, "What did the call say about expelling Russian diplomats?",
     "by when must they leave?", r"(leave|depart)[^.]{0,60}(by|within|days)"),
    ("unsaid-time", SUGA, "What did Biden and Suga say about climate change?",
     "when will japan stop burning coal?", r"\bcoal\b"),
    ("unsaid-name", LAV, "What did Lavrov say about the list of eight US officials?",
     "who is on it?", r"(list|officials)[^.]{0,80}(include|such as|namely)"),
    ("unsaid-name", CALL, "What cyber exercise is the Department of Defense hosting?",
     "where will it be held?", r"(held|hosted|take place) (in|at) [A-Z]"),
    ("unsaid-name", LAMP, "What did Lamport say about his video course on TLA+?",
     "which platform is it hosted on?", r"YouTube|Udemy|Coursera|platform"),
    ("unsaid-name", BAG, "What did the lecturer say about random forests?",
     "who invented them?", r"Breiman|invented"),
    # answerable controls of the same forms
    ("follow-up-party", CALL, "Which countries joined Treasury in sanctioning people over Crimea?",
     "and australia?", ("in partnership with the EU, UK, Australia, and Canada",)),
    ("follow-up-party", CALL, "Which countries agreed to join the planning of the cyber exercise?",
     "is estonia one of them?", ("the UK, France, Denmark, and Estonia have agreed to join in the planning",)),
    ("follow-up-party", SUGA, "Who launched the Quad Vaccine Partnership with the US?",
     "was india part of it?", ("together with India and Australia",)),
    ("follow-up-party", LAV, "Which international bodies will Russia and Serbia coordinate at?",
     "and the council of europe?", ("including the UN, the OSCE and the Council of Europe",)),
    ("follow-up-party", FIRE, "Which governors did Newsom thank for mutual aid?",
     "did he thank polis as well?", ("Inslee, Sisolak, Polis — all of you on there — thank you.",)),
    ("follow-up-party", LAMP, "Which companies use TLA+ according to Lamport?",
     "is amazon one of them?", ("and Amazon Web Services, that's also a big user",)),
    ("follow-up-figure", LAV, "How many diplomatic employees does Russia have in the US?",
     "how many of them are with the UN mission?", ("about 150 people",)),
    ("follow-up-figure", CALL, "How big is the ruble-denominated sovereign debt market?",
     "and how much of it did the earlier sanctions leave untouched?", ("over 80 percent",)),
    ("follow-up-time", CALL, "What did the officials say about bounties on US soldiers in Afghanistan?",
     "since when were russian officers encouraging the attacks?", ("in Afghanistan in 2019 and perhaps earlier",)),
    ("follow-up-time", CALL, "What did the US say about the previous administration's SolarWinds assessment?",
     "when was that assessment made?", ("January 5th, 2021, assessment by the previous administration",)),
    ("follow-up-name", SUGA, "What did Biden say about the Mansfield Fellowship?",
     "who was mansfield?", ("who was a beloved ambassador to Japan",)),
    ("follow-up-name", CALL, "Which intelligence service did the US name as behind SolarWinds?",
     "which unit of it carried out the intrusion?", ("The SVR unit, APT29, Cozy Bear, the Dukes",)),
]

# a caption file's cue numbers and times, left out of the text a pattern is checked in
_CUES = re.compile(r"(?:\b\d+\s+)?\d\d:\d\d:\d\d[,.]\d+\s*-->\s*\d\d:\d\d:\d\d[,.]\d+")


def lines(batch: str, rows: list, first: int) -> list[dict]:
    """The rows of one batch, the unsaid pattern checked said nowhere in its transcript."""
    plain = []
    for shape, name, earlier, question, gold in rows:
        if shape.startswith("unsaid"):
            if re.search(gold, _CUES.sub(" ", transcript_words(name)), re.IGNORECASE):
                raise SystemExit(f"said in {name}: {gold} ({question})")
            gold = ()
        plain.append((shape, name, earlier, question, gold))
    return two_turn_rows(plain, batch, first, f"ufu57-{batch}",
                         lambda shape, answerable: "follow-up" if answerable else "unanswerable-follow-up")


def main() -> None:
    assert TRANSCRIPTS.is_dir()
    a, b = lines("A", A, 5300), lines("B", B, 5340)
    assert len(a) == len(b) == 32 and b[-1]["id"] == "conv-dev-5371", (len(a), len(b), b[-1]["id"])
    if "--write" in sys.argv:
        for name, rows in (("A", a), ("B", b)):
            (REPO / "bench" / "ufu57" / f"{name}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        with OUT.open("a", encoding="utf-8") as f:
            for r in a + b:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(a), len(b), "rows; unsaid", sum(not r["answerable"] for r in a + b))


if __name__ == "__main__":
    main()
