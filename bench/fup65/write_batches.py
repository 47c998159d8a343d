"""fup65's batches A and B: a turn after a conversation that asks whether a thing came up ("did COVID come up?", "any
mention of vaccines?", "was hardware mentioned?"), written so that its wording reads as standalone (no pronoun, no
opener: `conversation.mention_alone`), where the thing is said in the recording the conversation is about and also
in another recording, often more (COVID in the wildfire meeting and the Biden-Suga press conference, trees in the
wildfire meeting and the random forest lecture, hardware in the Lamport interview and the sanctions call). Controls:
the same form where the thing is said only in the conversation's recording, a thing never said there (an
unanswerable follow-up: declined by ufu60's rule), a mention question that names another recording, and plain
switches (a self-contained question on another recording, answered as asked alone). Written by reading the
transcripts (grep of each thing over the eight) before any run of the system on them. Gold: the sentence that says
the thing, located with `locate_gold`.

    .venv/bin/python bench/fup65/write_batches.py [--append]

Writes bench/fup65/batch-A.jsonl and batch-B.jsonl; `--append` adds both to bench/questions/conversations-dev.jsonl.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
P = "wh-background-press-call-russia-sanctions-2021-04-15.md"
S = "wh-biden-suga-press-conference-2021-04-16.md"
L = "lavrov-selakovic-press-conference-2021-04-16.txt"
W = "wh-biden-meeting-western-wildfires-2021-06-30.md"
M = "changelog-552-leslie-lamport-interview.md"
G = "i2ml-random-forest-bagging-lecture.srt"
V = "agentic-ai-explained-youtube-captions.vtt"
FU, SW, UN = "follow-up", "switch", "unanswerable-follow-up"

# (id, transcript, history, question, gold quotes, category, shape); shape: elsewhere (the thing said in another
# recording too), only-here (said only in the conversation's recording), unsaid, named-recording, switch
A = [
    (7300, W, "What did Biden say about federal firefighter pay?", "Did COVID come up?",
     ["treating this the same as COVID-19 and the same as what happened in Louisiana for their hurricane recovery "
      "efforts", "getting all these COVID vaccines out"], FU, "elsewhere"),
    (7301, W, "What did Governor Brown ask the federal government for?", "was the pandemic mentioned?",
     ["We have relied on our National Guard every step of the way throughout the pandemic, and we certainly rely on "
      "them in support activities and firefighting."], FU, "elsewhere"),
    (7302, L, "What did Lavrov say about NIS?", "any mention of vaccines?",
     ["Serbia is among the top nations in Europe in terms of vaccination rate which is due, in part, to the use of "
      "the Russian vaccine Sputnik V, as the Minister noted today."], FU, "elsewhere"),
    (7303, S, "What did Biden say about the Quad?", "did sanctions come up?",
     ["Japan is the only G7 country that has not imposed sanctions on China"], FU, "elsewhere"),
    (7304, V, "What does the video say the HR assistant can do?", "was Google mentioned?",
     ["Google Gemini model. So this model might"], FU, "elsewhere"),
    (7305, V, "What does the equity research agent write?", "any mention of Microsoft?",
     ["Jira Microsoft enter ID and so on and"], FU, "elsewhere"),
    (7306, P, "What did the officials say about the Crimea sanctions?", "was Europe mentioned?",
     ["he proposed a summit meeting in the coming months, in a third country in Europe, to discuss the full range "
      "of issues in our relationship"], FU, "elsewhere"),
    (7307, W, "What did Newsom say about raking policies?", "did trees come up at all?",
     ["including prescribed burns, removing dead trees and underbrush"], FU, "elsewhere"),
    (7308, M, "What does Lamport's work day look like?", "any mention of JavaScript?",
     ["a programming language like JavaScript, or like Swift if you're talking on iOS"], FU, "elsewhere"),
    (7309, M, "What does Lamport say testing is poor at finding?", "was hardware mentioned?",
     ["that makes it run at a different speed than some other piece of hardware, and a bug will appear"], FU,
     "elsewhere"),
    (7310, W, "What did Biden say about the NOAA briefing?", "did Australia come up?",
     ["We were calling folks in Australia."], FU, "elsewhere"),
    (7311, P, "How many Russian officials is the US expelling?", "was Canada mentioned?",
     ["Treasury — in partnership with the EU, UK, Australia, and Canada — today sanctioned eight individuals and "
      "entities"], FU, "elsewhere"),
    (7312, V, "What can the travel assistant book?", "was the weather mentioned?",
     ["weather is sunny for at least 4 days."], FU, "elsewhere"),
    (7313, L, "What did Lavrov say about the Serbian railway?", "did the summit come up?",
     ["There is much talk about President Biden’s proposal to hold a bilateral summit."], FU, "elsewhere"),
    (7314, M, "How did Lamport come to write the bakery algorithm?", "was California mentioned?",
     ["You read about the state of California"], FU, "elsewhere"),
    (7315, S, "What did Suga say about the Tokyo Olympics?", "any mention of Congress?",
     ["The Congress has to step up and act."], FU, "elsewhere"),
    (7316, L, "What did Lavrov say about Kosovo?", "was public health mentioned?",
     ["We affirmed that despite public health restrictions, our strategic cooperation continues to dynamically "
      "expand across the full range of our relations."], FU, "elsewhere"),
    (7317, M, "What does Lamport say programmers should do before writing code?", "did Azure come up?",
     ["people in Azure, basically the web services of Microsoft"], FU, "only-here"),
    (7318, S, "What did Biden and Suga agree on technology?", "any mention of semiconductors?",
     ["supply chains for critical sectors like semiconductors"], FU, "only-here"),
    (7319, W, "What did Governor Brown say about the heat in Oregon?", "did North Korea come up?", [], UN, "unsaid"),
    (7320, M, "What is Lamport's job?", "were sanctions mentioned?", [], UN, "unsaid"),
    (7321, W, "What did Biden say about the drought?", "Did Lamport mention Azure in the Changelog interview?",
     ["people in Azure, basically the web services of Microsoft"], SW, "named-recording"),
    (7322, L, "What did Lavrov say about Sputnik V?", "How much will federal firefighters earn under Biden's plan?",
     ["firefighters are making at least $15 an hour"], SW, "switch"),
    (7323, S, "What did Suga say about North Korea?", "What does the bagging lecture say bootstrap aggregation is?",
     ["begging is for bootstrap aggregation and"], SW, "switch"),
]
B = [
    (7330, W, "What did Biden say about the NOAA satellites?", "was the military mentioned?",
     ["how we’re relying on the military in ways we never, ever, ever anticipated"], FU, "elsewhere"),
    (7331, W, "What did Governor Brown thank Biden for?", "any mention of vaccines?",
     ["getting all these COVID vaccines out"], FU, "elsewhere"),
    (7332, L, "What did Lavrov say about the eight US officials?", "did the military come up?",
     ["There was a recent incident when representatives of the military attache office travelled in central Russia "
      "without any notification."], FU, "elsewhere"),
    (7333, S, "What did Biden and Suga say about Taiwan?", "was Australia mentioned?",
     ["including the ASEAN, Australia, and India", "together with India and Australia"], FU, "elsewhere"),
    (7334, P, "Why does the debt ban wait until June 14?", "did software come up?",
     ["rely on software development or remote technical support by personnel in Russia"], FU, "elsewhere"),
    (7335, M, "What does Lamport say about the box programmers think inside?", "any mention of email?",
     ["my work day seems to involve answering a lot of email"], FU, "elsewhere"),
    (7336, V, "What criteria does the presenter give the travel assistant?", "did budget come up?",
     ["uh budget uh constraints. So now if you"], FU, "elsewhere"),
    (7337, L, "What did Lavrov say about Kosovo's status?", "was energy mentioned?",
     ["implementing large, landmark projects, primarily in energy, is a key area of economic cooperation"], FU,
     "elsewhere"),
    (7338, M, "What did Lamport say about refining the bakery algorithm?", "did performance come up?",
     ["that's for performance reasons, and..."], FU, "elsewhere"),
    (7339, W, "What did Newsom say about last year's heat dome?", "any mention of Canada?",
     ["We were calling folks in Canada."], FU, "elsewhere"),
    (7340, S, "What did Biden say about gun violence?", "was research mentioned?",
     ["to driving joint research in areas like AI, genomics, quantum computing, and much more"], FU, "elsewhere"),
    (7341, M, "How does Lamport describe what a program is?", "any mention of the internet?",
     ["But you can think of a program or a distributed system, or the internet, as proceeding in discrete steps."],
     FU, "elsewhere"),
    (7342, W, "What did Governor Brown say about the Good Neighbor Authority?", "was the economy mentioned?",
     ["to completely transform our economy and to get off of carbon"], FU, "elsewhere"),
    (7343, L, "What did Lavrov say about the US embassy's local staff?", "did travel come up?",
     ["Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
      "consultations.", "when any of these employees are going to travel beyond a 25-mile radius"], FU, "elsewhere"),
    (7344, P, "What did the officials say about the SolarWinds hack?", "did Putin come up?",
     ["President Biden spoke with President Putin earlier this week"], FU, "elsewhere"),
    (7345, S, "What did Suga say about the Senkaku Islands?", "were human rights mentioned?",
     ["shared values, including human rights and the rule of law"], FU, "elsewhere"),
    (7346, L, "What did Lavrov say about Sputnik V?", "any mention of Republika Srpska?", [], UN, "unsaid"),
    (7347, V, "What is agentic AI, according to the video?", "did wildfires come up?", [], UN, "unsaid"),
    (7348, M, "What does Lamport say about TLA+?", "How many diplomats is the US expelling, per the sanctions call?",
     ["expelling 10 Russian officials from Russia’s Washington, D.C., diplomatic mission"], SW, "switch"),
    (7349, P, "What did the officials say about Russian bounties?", "Does Biden support universal background checks?",
     ["I strongly support the universal background checks, which I continue to push."], SW, "switch"),
]
# a switch's gold is that of the question asked alone, in its own recording
SWITCHES = {7321: M, 7322: W, 7323: G, 7348: P, 7349: S}


def rows(spec, batch: str) -> list[dict]:
    out = []
    for number, transcript, earlier, question, gold, category, shape in spec:
        transcript = SWITCHES.get(number, transcript)
        out.append({"id": f"conv-dev-{number}", "question": question, "transcript": transcript,
                    "history": [earlier], "gold_quotes": gold, "answerable": category != UN, "category": category,
                    "kind": f"fup65-{batch}", "batch": batch, "shape": shape})
    return out


def check(batch_rows: list[dict], path: Path) -> None:
    """Every gold quote found in its transcript."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_rows), encoding="utf-8")
    questions = load_questions(path)
    for q in questions:
        spans = locate_gold([q], lambda name: (SHARED / name).read_text(encoding="utf-8"), source=str(path))[q.id]
        assert len(spans) == len(q.gold_quotes), (q.id, spans)


def main(argv: list[str]) -> None:
    here = Path(__file__).resolve().parent
    batches = {"A": rows(A, "A"), "B": rows(B, "B")}
    for name, batch_rows in batches.items():
        check(batch_rows, here / f"batch-{name}.jsonl")
        print(name, len(batch_rows), "rows")
    if "--append" in argv:
        with (REPO / "bench/questions/conversations-dev.jsonl").open("a", encoding="utf-8") as f:
            for name in batches:
                for r in batches[name]:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
