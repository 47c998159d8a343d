"""fup63's batches A and B: two-turn conversations whose first question asks who asked something ("Which reporter
asked ...?", "Who asked ...?": its answer is a reporter's question turn) and whose follow-up asks about that asker, by
"he"/"she" as its subject (what they asked, whom they work for: the asking turns) or "him"/"her" as its object (what
they were told: the reply), with controls (switches after such a question, follow-ups about the topic rather than the
asker, a "who answered" question that asks for no asker, and an unanswerable follow-up). Written by reading the
question turns of the sanctions call, the Biden-Suga and the Lavrov press conferences (bench/fup63/question_turns.py)
before any run of the system on them. Gold: the answering sentence, located with `locate_gold`.

    .venv/bin/python bench/fup63/write_batches.py [--append]

Writes bench/fup63/batch-A.jsonl and batch-B.jsonl; `--append` adds the rows to bench/questions/conversations-dev.jsonl
and (the seed's, over the bundled press conference) qa/data/seed_questions.jsonl.
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
SEED = "seed"
FU, SW, UN = "follow-up", "switch", "unanswerable-follow-up"

# (id, transcript, history, question, gold quotes, category, shape); shape: "object" (him/her: the reply),
# "subject" (he/she or "the reporter" as subject: the asking turns), "control-*"
A = [
    (6400, P, "Which reporter asked for numbers on what the ruble debt ban would do?",
     "which years did the official point him back to?",
     ["We just looked back to 2014 and 2015, also 2019, when similar measures were taken."], FU, "object"),
    (6401, P, "Which NPR reporter asked two quick questions?", "what did the official tell her about escalation?",
     ["On the first, we’re not going to speculate about what Russia’s responses would be."], FU, "object"),
    (6402, P, "Who asked whether the government would change how it buys software?",
     "which agencies did the second official tell her were compromised?",
     ["focused on the nine federal agencies who were compromised with five specific efforts"], FU, "object"),
    (6403, P, "Who asked why SolarWinds deserved a response when the US spies too?",
     "how many reasons did the official give him?",
     ["But there’s really three core reasons that we saw the need to make clear that this behavior was "
      "unacceptable."], FU, "object"),
    (6404, P, "Which reporter asked why the Taliban bounty reports were listed?",
     "what did the official tell him the confidence rests on?",
     ["the IC has low to moderate confidence in this, both because it’s based in part on detainee reporting and "
      "because of the difficult operating environment in Afghanistan."], FU, "object"),
    (6405, S, "Which reporter asked Biden about gun control and police reform?", "what did Biden tell him first?",
     ["I’ve never not prioritized this."], FU, "object"),
    (6406, S, "Which Japanese reporter asked about Taiwan?", "why did Suga tell him he would not give details?",
     ["I refrain from mentioning details since it pertains to diplomatic exchanges"], FU, "object"),
    (6407, S, "Who asked Biden how the talks with Iran are going?", "how did Biden answer him?",
     ["We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to "
      "60 percent."], FU, "object"),
    (6408, S, "Which reporter asked Suga whether American athletes would be sent to Tokyo?",
     "what did Suga tell him?",
     ["I expressed my determination to realize the Tokyo Olympics and the Paralympic Games as a symbol of global "
      "unity this summer."], FU, "object"),
    (6409, L, "Who asked Lavrov when Antonov would return to Washington?", "what did Lavrov tell him?",
     ["Anatoly Antonov continues consultations."], FU, "object"),
    (6410, L, "Which journalist asked about Russia mediating between Belgrade and Pristina?",
     "what did Lavrov say to him first?", ["We do not impose anything."], FU, "object"),
    (6411, P, "Which reporter asked how badly the debt ban would hurt Russia?", "which network does he work for?",
     ["It’s Eamon Javers with CNBC."], FU, "subject"),
    (6412, P, "Who asked what the US would do if Russia escalates?", "what was her second question?",
     ["Do you expect that this is going to spur some changes in the way the federal government procures software?"],
     FU, "subject"),
    (6413, S, "Which reporter asked Suga about the Taiwan Strait?", "which newspaper is he with?",
     ["My name is Sugimoto of Sankei Newspaper.", "Mr. Sugimoto, with Sankei Newspaper."], FU, "subject"),
    (6414, S, "Who asked Biden whether he would reprioritize his agenda?", "what is his first name?",
     ["Aamer, you have the first question."], FU, "subject"),
    (6415, S, "Who asked Suga whether going ahead with the Olympics was irresponsible?", "what did he ask Biden?",
     ["it’s been a while since we’ve heard an update from you on how the talks are going with Iran."], FU,
     "subject"),
    (6416, P, "Who asked why the Treasury measures were delayed until June 14?", "what was his third question?",
     ["And third, how did you pick the Russians that are being expelled?"], FU, "subject"),
    (6417, L, "Which journalist asked Lavrov about a Greater Albania?", "whose non-paper did he ask about?",
     ["How would you comment on the alleged existence of a kind of non-paper by Slovenian Prime Minister Janez "
      "Jansa"], FU, "subject"),
    (6418, S, "Who asked Suga about the Olympics and the Paralympics?", "what else did the reporter want to know?",
     ["If you can tell us about the exchanges and the conversations during the meeting about the COVID-19 vaccines "
      "or about climate change."], FU, "subject"),
    (6419, P, "Which reporter asked about the ruble debt ban's impact?", "What does Lavrov say about the Open Skies Treaty?",
     []  # placeholder replaced below (switch into another transcript)
     , SW, "control-switch"),
    (6420, S, "Which reporter asked about gun control?", "When do the sovereign debt prohibitions come into effect?",
     ["The sovereign debt prohibitions come into effect on June 14 of this year."], SW, "control-switch"),
    (6421, P, "Who asked about the impact of the ruble debt measures?", "what happens to Russia's borrowing costs?",
     ["what you see is that Russia’s borrowing costs rise"], FU, "control-topic"),
    (6422, S, "Which reporter asked Suga about the Olympics?", "did Biden support them?",
     ["And President Biden, once again, expressed his support."], FU, "control-topic"),
    (6423, S, "Who answered the question about Iran?", "what did he say about the negotiations?",
     ["And so the discussions are underway."], FU, "control-answerer"),
    (6424, P, "Which reporter asked about the SolarWinds espionage?", "how long has he covered national security?",
     [], UN, "control-unanswerable"),
]
A_SEED = [
    (5200, SEED, "Which journalist asked Lavrov about a Greater Albania?", "What did Lavrov tell him?",
     ["These are unacceptable, provocative and very harmful statements."], FU, "object"),
    (5201, SEED, "Who asked when Antonov would go back to Washington?", "what else did he ask?",
     ["What is the gist of these measures?"], FU, "subject"),
]
B = [
    (6440, P, "Who asked for analysis of what the ruble debt ban does to Russia?", "how did the official reply to him?",
     ["So, Eamon, I would just — I would just refer you to history."], FU, "object"),
    (6441, P, "Which CNBC reporter asked a question on the call?", "what did he say he was wondering?",
     ["I’m wondering if you have any more analysis or detail or numbers around that."], FU, "subject"),
    (6442, P, "Who asked what the US expects to do if Russia escalates?", "what did the official tell her?",
     ["On the first, we’re not going to speculate about what Russia’s responses would be."], FU, "object"),
    (6443, P, "Which reporter asked about new rules for buying software?", "which outlet is she from?",
     ["This is Dina Temple-Raston from NPR."], FU, "subject"),
    (6444, P, "Who asked whether the SolarWinds hack differs from ordinary espionage?",
     "what was the first reason the official gave him?",
     ["First, that broad scope and scale of the compromise, it’s a national security and public safety concern."],
     FU, "object"),
    (6445, P, "Who asked why the SolarWinds attack deserved a response?", "how did he describe the campaign?",
     ["it is a cyber espionage campaign, albeit a rather broad and successful one at that."], FU, "subject"),
    (6446, P, "Which reporter asked how the expelled Russians were picked?", "what did the official tell him about them?",
     ["The United States is expelling these 10 Russian individuals because we have determined that they were acting "
      "in a manner inconsistent with their status in the United States."], FU, "object"),
    (6447, P, "Who asked why the Taliban reports were listed despite low confidence?",
     "what did he ask about the Treasury measures?", ["Why is there a delay on that?"], FU, "subject"),
    (6448, S, "Which reporter asked Biden about mass shootings?", "what did Biden tell him he supports?",
     ["I strongly support — I strongly support the universal background checks, which I continue to push."], FU,
     "object"),
    (6449, S, "Who asked the first question at the press conference?", "what did he ask Biden to do?",
     ["Do you feel any need to reprioritize your agenda?"], FU, "subject"),
    (6450, S, "Who asked about Xinjiang at the press conference?", "what did Suga tell him about Xinjiang?",
     ["I also explained Japan’s position and initiatives regarding the situation in Xinjiang Uyghur Autonomous "
      "Region to the President, who I think understood my points."], FU, "object"),
    (6451, S, "Which reporter asked about sanctions on China?", "which paper does he write for?",
     ["My name is Sugimoto of Sankei Newspaper.", "Mr. Sugimoto, with Sankei Newspaper."], FU, "subject"),
    (6452, S, "Which Reuters reporter asked a question?", "what did Biden tell him about the talks?",
     ["And so the discussions are underway."], FU, "object"),
    (6453, S, "Who asked Biden about Iran enriching to 60 percent?", "what did he ask the Prime Minister?",
     ["just a question on whether it’s irresponsible to move forward with the Olympics"], FU, "subject"),
    (6454, S, "Which reporter asked Suga about climate change?", "which news agency is the reporter from?",
     ["If I may invite Shintomi-san of Kyodo News."], FU, "subject"),
    (6455, S, "Who asked whether Biden promised to send American athletes?",
     "what did Suga tell the reporter about climate?",
     ["have agreed to launch the Japan-U.S. Climate Partnership"], FU, "object"),
    (6456, L, "Who asked Lavrov about the break-up of Yugoslavia?", "what did Lavrov tell him about Resolution 1244?",
     ["There is UN Security Council Resolution 1244, it has not been cancelled."], FU, "object"),
    (6457, L, "Which reporter asked about Ushakov's response measures?", "what did he ask about the ambassador?",
     ["When will Russian Ambassador to the US Anatoly Antonov return to Washington?"], FU, "subject"),
    (6458, L, "Who asked Lavrov about Botsan-Kharchenko's remarks?", "what did Lavrov say to him about Serbia?",
     ["we are prepared to support any position taken by Serbia"], FU, "object"),
    (6459, S, "Which reporter asked about the Iran talks?", "How many homes did Oregon lose in last year's fires?",
     []  # placeholder replaced below
     , SW, "control-switch"),
    (6460, P, "Who asked about the SolarWinds response?", "What did Lavrov say about American NGOs?",
     []  # placeholder replaced below
     , SW, "control-switch"),
    (6461, P, "Who asked about the Treasury debt measures?", "when do they take effect?",
     ["The sovereign debt prohibitions come into effect on June 14 of this year."], FU, "control-topic"),
    (6462, S, "Who took the question about Taiwan?", "what did he say about the Strait?",
     ["there is already an agreed recognition over the importance of peace and stability of the Taiwan Straits "
      "between Japan and the United States"], FU, "control-answerer"),
    (6463, S, "Which reporter asked about Xinjiang?", "how many years has he worked in Washington?", [], UN,
     "control-unanswerable"),
]
B_SEED = [
    (5210, SEED, "Who asked about Russia joining the Belgrade-Pristina dialogue?", "How did Lavrov answer him?",
     ["We do not impose anything."], FU, "object"),
    (5211, SEED, "Which reporter asked about Ushakov's talk with Sullivan?", "what did he ask about the diplomats?",
     ["When will employees of Russian diplomatic missions leave Washington?"], FU, "subject"),
]
# switches whose answer lies in another transcript than the earlier question's
SWITCHES = {
    6419: (L, ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."]),
    6420: (P, ["The sovereign debt prohibitions come into effect on June 14 of this year."]),
    6459: (W, ["We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."]),
    6460: (L, ["We will limit and suspend the activities of American foundations and NGOs on our territory."]),
}


def rows(spec, batch: str) -> list[dict]:
    out = []
    for number, transcript, earlier, question, gold, category, shape in spec:
        if number in SWITCHES:
            transcript, gold = SWITCHES[number]
        seed = transcript == SEED
        row = {"id": f"seed-{number}" if seed else f"conv-dev-{number}", "question": question,
               "transcript": L if seed else transcript, "history": [earlier], "gold_quotes": gold,
               "answerable": category != UN, "category": category, "kind": f"fup63-{batch}", "batch": batch,
               "shape": shape}
        if category == UN:
            row["reference_answer"] = "Not said in the recording."
        out.append(row)
    return out


def check(batch_rows: list[dict], path: Path) -> None:
    """Every gold quote found in its transcript (the seed's in corpus/, the others' in the shared transcripts)."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_rows), encoding="utf-8")
    questions = load_questions(path)
    for q in questions:
        folder = REPO / "corpus" if q.id.startswith("seed-") else SHARED
        spans = locate_gold([q], lambda name, folder=folder: (folder / name).read_text(encoding="utf-8"),
                            source=str(path))[q.id]
        assert bool(spans) == bool(q.gold_quotes), q.id


def main(argv: list[str]) -> None:
    here = Path(__file__).resolve().parent
    batches = {"A": rows(A, "A") + rows(A_SEED, "A"), "B": rows(B, "B") + rows(B_SEED, "B")}
    for name, batch_rows in batches.items():
        check(batch_rows, here / f"batch-{name}.jsonl")
        print(name, len(batch_rows), "rows")
    if "--append" in argv:
        for name, batch_rows in batches.items():
            for r in batch_rows:
                target = REPO / ("qa/data/seed_questions.jsonl" if r["id"].startswith("seed-")
                                 else "bench/questions/conversations-dev.jsonl")
                with target.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
