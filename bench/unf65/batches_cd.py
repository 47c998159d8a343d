"""unf65: batches C and D of requests in the imperative for a kind of answer ("give me the number of ...", "tell me
the year ...", "tell me who ..."), for IMPERATIVE_ASKS: unanswerable follow-ups over the seed file's press conference
(seed-N with history), unanswerable questions asked alone over the eight transcripts (dev-un-N), and answerable
controls of the same forms (seed follow-ups and real dev rows dev-unf65-NNN), written from the transcripts before any
run of the rule on them (each asked fact said nowhere in its recording; each control's gold copied from it). C is
read while the rule is written; D is the confirm, run once after the freeze.
Usage: batches_cd.py [--check] [--write C|D]"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import (AGENTIC as AGENT, BAGGING as BAG, LAMPORT as LAMP, LAVROV_PRESS as LAV,  # noqa: E402
                              SANCTIONS_CALL as SANC, SUGA_PRESS as SUGA, WEB_VITALS as WEB, WILDFIRES as WF,
                              transcript_words)

REPO = Path(__file__).resolve().parents[2]
NOT_SAID_HERE = "Not said in the recording this conversation is about."
NOT_SAID = "Not said: the recordings never say this."

# (id, transcript, history or None, question, gold quote or None)
C = [
    ("seed-5850", LAV, ["What did Lavrov say about NIS?"], "give me the number of petrol stations NIS runs", None),
    ("seed-5851", LAV, ["When will Sputnik V production start in Belgrade?"],
     "tell me the number of doses the plant will make each month", None),
    ("seed-5852", LAV, ["What did Lavrov say about the railway programme in Serbia?"],
     "give me the year the railway programme started", None),
    ("seed-5853", LAV, ["When did the EAEU and Serbia sign the free trade agreement?"],
     "tell me the date it will take effect", None),
    ("seed-5854", LAV, ["How many US diplomats will Russia ask to leave?"],
     "give me the date they have to leave by", None),
    ("seed-5855", LAV, ["What did Lavrov say about the CSTO?"], "tell me who chairs the CSTO right now", None),
    ("dev-un-6080", WF, None, "Give me the number of homes the Lava Fire has destroyed.", None),
    ("dev-un-6081", LAMP, None, "Tell me the year Lamport joined Microsoft Research.", None),
    ("dev-un-6082", SANC, None, "Tell me the share of Russia's sovereign debt held by Chinese investors.", None),
    ("dev-un-6083", WEB, None, "Give me the number of websites that pass all three Core Web Vitals.", None),
    ("dev-un-6084", SUGA, None, "Tell me the date of the next in-person Quad summit.", None),
    ("seed-5856", LAV, ["What did Lavrov say about NIS?"], "give me the share of the budget revenues it accounted for",
     "Last year the company accounted for 13 percent of the country’s budget revenues."),
    ("seed-5857", LAV, ["What did Lavrov say about the free trade agreement with the EAEU?"],
     "tell me the year it was signed", "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."),
    ("seed-5858", LAV, ["What did Lavrov say about Sputnik V?"], "tell me when production in Belgrade is scheduled",
     "We expect the launch of Sputnik V production in Belgrade scheduled for May"),
    ("dev-unf65-001", WF, None, "Give me the number of Granite Mountain Hotshot firefighters who died.",
     "the funeral of the 19 Granite Mountain Hotshot firefighters"),
    ("dev-unf65-002", SANC, None, "Tell me the date the sovereign debt prohibition comes into effect.",
     "the prohibition comes into effect on June 14 of this year."),
    ("dev-unf65-003", WF, None, "Tell me how much the Sonoma County grant is.",
     "I’m announcing a $37 million federal grant to Sonoma County"),
]
D = [
    ("seed-5870", LAV, ["What did Lavrov say about Kosovo's membership in international organisations?"],
     "give me the number of countries that recognise kosovo", None),
    ("seed-5871", LAV, ["What did Lavrov say about the Russian-Serbian Intergovernmental Committee?"],
     "tell me the names of its co-chairs", None),
    ("seed-5872", LAV, ["How much FDI is there in NIS?"], "give me the year gazprom neft bought into it", None),
    ("seed-5873", LAV, ["What did Lavrov say about the railway programme?"],
     "give me the number of kilometres of track being rebuilt", None),
    ("seed-5874", LAV, ["What did Lavrov say about Sputnik V in Serbia?"],
     "tell me the share of serbians vaccinated so far", None),
    ("seed-5875", LAV, ["How many US diplomats will Russia propose to leave?"], "tell me who the ten diplomats are",
     None),
    ("dev-un-6090", WF, None, "Tell me the year the Granite Mountain Hotshots crew was founded.", None),
    ("dev-un-6091", SUGA, None, "Give me the date Matsuyama turned professional.", None),
    ("dev-un-6092", BAG, None, "Tell me the year bagging was first published.", None),
    ("dev-un-6093", AGENT, None, "Tell me the share of companies that use agentic AI today.", None),
    ("dev-un-6094", SANC, None, "Give me the date the SolarWinds breach was first discovered.", None),
    ("seed-5876", LAV, ["What did Lavrov say about the EAEU?"], "tell me when the free trade agreement was signed",
     "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."),
    ("seed-5877", LAV, ["How much does NIS contribute to Serbia?"], "tell me how much FDI is in the company",
     "FDI in the company exceeds $3 billion."),
    ("seed-5878", LAV, ["How many US diplomats will Russia ask to leave?"],
     "tell me the number of employees each side would send per year",
     "say, 10 employees going from Russia to the US and 10 from the US to Russia per year."),
    ("dev-unf65-004", SUGA, None, "Tell me the year Japan and the US aim to reach net-zero emissions.",
     "committed to achieving net-zero emissions by 2050"),
    ("dev-unf65-005", WF, None, "Give me the number of large uncontained fires that were burning last year.",
     "21 large, uncontained fires were burning"),
    ("dev-unf65-006", SANC, None, "Tell me who the US named as the perpetrator of the SolarWinds campaign.",
     "we’re formerly naming the Russian Foreign Intelligence Service — the SVR — as the perpetrator"),
]
BATCHES = {"C": C, "D": D}


def rows(batch: str):
    """(file, row) of `batch`, in the layout of each file's existing lines."""
    for id_, name, history, question, gold in BATCHES[batch]:
        kind = f"unf65-{batch}"
        if id_.startswith("seed-"):
            yield "qa/data/seed_questions.jsonl", {
                "id": id_, "question": question, "history": history, "transcript": name, "answerable": bool(gold),
                "category": "follow-up" if gold else "unanswerable-follow-up", "kind": kind, "batch": batch,
                "shape": "imperative-control" if gold else "imperative", "gold_quotes": [gold] if gold else [],
                "reference_answer": gold or NOT_SAID_HERE}
        elif gold:
            yield "bench/questions/real-dev.jsonl", {
                "id": id_, "question": question, "transcript": name, "gold_quotes": [gold], "answerable": True,
                "category": "unf65-imperative", "kind": kind, "batch": batch}
        else:
            yield "bench/questions/unanswerable-dev.jsonl", {
                "id": id_, "question": question, "transcript": name, "answerable": False,
                "category": "unf65-imperative", "kind": kind, "batch": batch, "reference_answer": NOT_SAID}


def main():
    if "--check" in sys.argv:
        bad = 0
        for batch in BATCHES:
            for _, row in rows(batch):
                text = transcript_words(row["transcript"])
                for g in row.get("gold_quotes", []):
                    if " ".join(g.split()) not in text:
                        bad += 1
                        print("NOT FOUND", row["id"], g)
        print("bad", bad)
        return
    if "--write" in sys.argv:
        batch = sys.argv[sys.argv.index("--write") + 1]
        out = [(f, json.dumps(r, ensure_ascii=False) + "\n") for f, r in rows(batch)]
        for f in {f for f, _ in out}:
            assert f'"kind": "unf65-{batch}"' not in (REPO / f).read_text(), "already appended"
        (Path(__file__).parent / f"{batch}.jsonl").write_text("".join(line for _, line in out))
        for f, line in out:
            with (REPO / f).open("a") as fh:
                fh.write(line)
        return
    for batch in BATCHES:
        for _, row in rows(batch):
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
