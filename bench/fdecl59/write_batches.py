"""fdecl59: batches A and B, written by reading the transcripts before any run (docs/retrieval.md "fdecl59"):
answerable "what did X say about Y" questions whose named source says Y in other words, and unanswerable controls of
the same form whose source never speaks of Y (checked by grep of the source's own turns). Appends them to the dev files
and keeps a copy of each batch under bench/fdecl59/.

    .venv/bin/python bench/fdecl59/write_batches.py
"""
from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
W = "wh-biden-meeting-western-wildfires-2021-06-30.md"
S = "wh-biden-suga-press-conference-2021-04-16.md"
R = "wh-background-press-call-russia-sanctions-2021-04-15.md"
L = "changelog-552-leslie-lamport-interview.md"
V = "lavrov-selakovic-press-conference-2021-04-16.txt"

# (batch, transcript, question, gold)
ANSWERABLE = [
    ("A", W, "What did Biden say about satellites spotting small blazes from orbit?",
     "has satellite technology that is able to see from space when new fires start"),
    ("A", W, "What did Biden say about a phone application for checking the air?",
     "so individuals can easily access the latest information on air quality, smoke plumes, and public health "
     "guidance"),
    ("A", W, "What did Biden say about highways warping in the heat?", "Roads are buckling under the heat."),
    ("A", W, "What did Biden say about the hourly wage of federal wildland crews?",
     "some of our federal firefighters are being paid less than $13 an hour"),
    ("A", W, "What did Harris say about the smokestacks left standing in the burned town?",
     "the only thing standing in that community were the chimneys"),
    ("A", W, "What did Harris say about growing up with dry spells?", "I grew up with drought warnings."),
    ("A", W, "What did Harris say about the governors reassuring the public despite scarce means?",
     "you all are giving people a sense of confidence while you are trying to bring limited resources"),
    ("A", W, "What did Brown say about how long the harm to local businesses will linger?",
     "our local economies will last for years to come"),
    ("A", W, "What did Brown say about controlled burning on federal land?",
     "including prescribed burns, removing dead trees and underbrush"),
    ("A", W, "What did Newsom say about thunderbolts in a single day last year?",
     "that led to 12,000 lightning strikes in 24 hours"),
    ("A", W, "What did Newsom say about abandoning outdated schedules and approaches?",
     "we have to disabuse ourselves of the old timelines and the old frames of engagement"),
    ("A", W, "What did Newsom say about partisan temperature readings?",
     "There’s no Republican thermometer, no Democratic thermometer."),
    ("A", W, "What did Newsom say about the personnel shortage among firefighters?",
     "Because we don’t have enough firefighters — period, full stop."),
    ("A", W, "What did Biden say about how often he has had to summon the Guard?",
     "how often I’m required to call in the National Guard"),
    ("A", W, "What did Biden say about folks shocked by pictures of dried-up lakes in California?",
     "I saw those — those photographs of the reservoirs in California"),
    ("A", S, "What did Suga say about coronavirus shots for poorer nations?",
     "including access by developing countries"),
    ("A", S, "What did Suga say about holding the summer Games as a sign of worldwide togetherness?",
     "as a symbol of global unity this summer"),
    ("A", S, "What did Suga say about moving the Marine base in Okinawa?",
     "including the relocation of Air Station Futenma to Henoko"),
    ("A", R, "What did the senior official say about the Taliban being paid to attack American troops?",
     "including through financial incentives and compensation"),
    ("A", R, "What did the senior official say about the poisoning of the opposition leader?",
     "Russia’s use of a chemical weapon to poison Aleksey Navalny"),
    ("A", L, "What did Lamport say about comparing himself to famous physicists?",
     "I'm not in the league with people like Einstein, or Feynman"),
    ("A", L, "What did Lamport say about how code degrades as it gets repaired over time?",
     "So you start patching things, it gets sloppy."),
    ("A", V, "What did Lavrov say about the oil company's share of Serbian state income?",
     "Last year the company accounted for 13 percent of the country’s budget revenues."),
    ("A", V, "What did Lavrov say about making the Russian jab in Belgrade?",
     "We expect the launch of Sputnik V production in Belgrade scheduled for May"),
    ("A", V, "What did Lavrov say about the trains modernisation in Serbia?",
     "The Serbian railway improvement programme is making a significant contribution to infrastructure modernisation."),
    ("B", W, "What did Biden say about turning a bad situation into something good?",
     "we’ve got to make lemonade out of lemons here"),
    ("B", W, "What did Biden say about fires not respecting borders?",
     "They don’t stop at a county or a state line — or country line, for that matter."),
    ("B", W, "What did Biden say about the cash given to a Californian county for mitigation?",
     "I’m announcing a $37 million federal grant to Sonoma County, California"),
    ("B", W, "What did Biden say about the proverb on God creating firefighters?", "God made man."),
    ("B", W, "What did Brown say about jobs in logging towns?",
     "put people back to work in our timber-dependent rural communities"),
    ("B", W, "What did Brown say about the East Coast storm season?",
     "our eastern counterparts are preparing for a very difficult hurricane season"),
    ("B", W, "What did Harris say about being ordered to leave her family house in LA?",
     "our family home was under an evacuation order in Los Angeles"),
    ("B", W, "What did Newsom say about the scorching readings in Palm Springs?",
     "We were 123 down in Palm Springs two days ago"),
    ("B", S, "What did Suga say about beefing up his nation's military?",
     "I conveyed my resolve to reinforce Japan’s defense capabilities"),
    ("B", S, "What did Suga say about keeping the Taiwan talks private?",
     "I refrain from mentioning details since it pertains to diplomatic exchanges"),
    ("B", S, "What did Suga say about Washington being Tokyo's closest partner?",
     "The United States is Japan’s best friend."),
    ("B", R, "What did the senior official say about a meeting of the two presidents somewhere in Europe?",
     "he proposed a summit meeting in the coming months, in a third country in Europe"),
    ("B", R, "What did the senior official say about foreign buyers' share of the ruble bonds?",
     "about a quarter of these bonds are owned by foreign investors"),
    ("B", R, "What did the senior official say about the hackers' other nicknames?",
     "The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names"),
    ("B", R, "What did the senior official say about when the debt ban starts?",
     "the prohibition comes into effect on June 14 of this year"),
    ("B", L, "What did Lamport say about a comic strip caption?",
     "Writing is nature's way of showing you how fussy your thinking is."),
    ("B", L, "What did Lamport say about how his mind works differently from typical software people?",
     "because I think like a mathematician, and I approach things mathematically, not computationally"),
    ("B", L, "What did Lamport say about being credited for putting clocks on messages?",
     "People have credited me with inventing/adding timestamps to messages."),
    ("B", L, "What did Lamport say about the disorder that grows in software over time?", "You know entropy?"),
    ("B", V, "What did Lavrov say about Serbia's outlook on peace alongside the Moscow-led security alliance?",
     "the similar approaches to maintaining security and peace in Europe taken by the CSTO and Belgrade"),
    ("B", V, "What did Lavrov say about Serbia's ties with its Balkan neighbours?",
     "to forge constructive and neighbourly relations with all countries in the Balkans"),
    ("B", V, "What did Lavrov say about his talks with his Serbian counterpart being built on confidence?",
     "had good, trust-based talks encompassing all the major aspects"),
]

# (batch, transcript, question): the named source never speaks of it (grep of its own turns)
UNANSWERABLE = [
    ("A", W, "What did Harris say about satellites that detect new fires?"),
    ("A", W, "What did Brown say about the hourly wage of federal firefighters?"),
    ("A", S, "What did Suga say about Iran's uranium enrichment?"),
    ("A", W, "What did Newsom say about the funeral of the hotshot crew?"),
    ("A", W, "What did Harris say about thunderbolts last summer?"),
    ("A", L, "What did Lamport say about social media?"),
    ("A", R, "What did the senior official say about the summer Olympics?"),
    ("A", W, "What did Biden say about controlled burning and clearing underbrush?"),
    ("A", S, "What did Suga say about the wildfire season?"),
    ("A", W, "What did Newsom say about reusing water?"),
    ("B", W, "What did Brown say about a phone application for checking the air?"),
    ("B", L, "What did Lamport say about the golf tournament?"),
    ("B", W, "What did Harris say about the Paris climate accord?"),
    ("B", S, "What did Suga say about cyber espionage by foreign spies?"),
    ("B", W, "What did Newsom say about highways warping in the heat?"),
    ("B", W, "What did Brown say about partisan temperature readings?"),
    ("B", S, "What did Biden say about moving the Marine base in Okinawa?"),
    ("B", W, "What did Harris say about the East Coast storm season?"),
]


def rows() -> tuple[dict[str, list[dict]], dict[str, list[dict]], dict[str, list[dict]]]:
    real: dict[str, list[dict]] = {"A": [], "B": []}
    seed: dict[str, list[dict]] = {"A": [], "B": []}
    unans: dict[str, list[dict]] = {"A": [], "B": []}
    n = s = 0
    for batch, transcript, question, gold in ANSWERABLE:
        row = {"question": question, "transcript": transcript, "gold_quotes": [gold], "answerable": True,
               "category": "fdecl59", "kind": f"fdecl59-{batch}", "batch": batch}
        if transcript == V:
            seed[batch].append({"id": f"seed-{4500 + s}", **row})
            s += 1
        else:
            n += 1
            real[batch].append({"id": f"dev-fdecl59-{n:03d}", **row})
    for i, (batch, transcript, question) in enumerate(UNANSWERABLE):
        unans[batch].append({"id": f"dev-un-{5320 + i}", "question": question, "transcript": transcript,
                             "answerable": False, "category": "speaker-topic", "kind": f"fdecl59-{batch}",
                             "batch": batch, "absent": "the speaker never speaks of it", "gold_quotes": [],
                             "reference_answer": ""})
    return real, seed, unans


def main() -> None:
    real, seed, unans = rows()
    targets = {"bench/questions/real-dev.jsonl": real, "qa/data/seed_questions.jsonl": seed,
               "bench/questions/unanswerable-dev.jsonl": unans}
    for path, by_batch in targets.items():
        with (REPO / path).open("a", encoding="utf-8") as f:
            for batch in "AB":
                for row in by_batch[batch]:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for batch in "AB":
        lines = [json.dumps(r, ensure_ascii=False) for t in targets.values() for r in t[batch]]
        (REPO / "bench/fdecl59" / f"{batch}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
