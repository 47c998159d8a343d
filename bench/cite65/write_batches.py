"""cite65's batches A and B, written from the transcripts (the seed's press conference and the three recordings of
../shared/data/transcripts that have question turns: the Lavrov and Biden-Suga press conferences, the sanctions
press call) before any run of them: questions about the conversation itself ("Who asked about ...?", "Which
reporter asked ...?", "What did the reporter ask ...?", "What was Lavrov asked about ...?", follow-ups "who asked
him about it?"), whose answer is the turn that asked, and controls of the same recordings whose answer is the reply
("How did Lavrov answer the question about ...?", "What did Suga say in reply to the reporter's question on ...?",
"Who answered the question about ...?"), three unanswerable "which reporter asked about X" per batch (X said
nowhere in that recording) and three conversations per batch. The gold of a "who asked" question is the asking
sentence, and the asker's name where the transcript gives it (in the question turn, or in the turn that gives the
floor). Each gold is written loosely and replaced by the transcript's own text (`exact_quote`: found exactly once).

    .venv/bin/python bench/cite65/write_batches.py [--append]

Writes bench/cite65/batch-A.jsonl, batch-B.jsonl, ids-A.txt, ids-B.txt; `--append` adds the rows to
qa/data/seed_questions.jsonl, bench/questions/real-dev.jsonl, unanswerable-dev.jsonl and conversations-dev.jsonl.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import LAVROV_PRESS, REPO, SANCTIONS_CALL, SUGA_PRESS, exact_quote  # noqa: E402

SEED = "seed"  # the bundled press conference (corpus/)
CALL, SUGA, LAVROV = SANCTIONS_CALL, SUGA_PRESS, LAVROV_PRESS
AAMER, SUGIMOTO, TREVOR = "Aamer, you have the first question.", "My name is Sugimoto of Sankei Newspaper.", \
    "Next question is — goes to Trevor of Reuters."
SHINTOMI, EAMON, DINA = "If I may invite Shintomi-san of Kyodo News.", "It’s Eamon Javers with CNBC.", \
    "This is Dina Temple-Raston from NPR."
GREATER_ALBANIA = ("Do you see the idea of a Greater Albania invoked by Prime Minister of Kosovo Albin Kurti as a real, "
                   "tenable idea and a solution to the Kosovo problem?")
JANSA = ("How would you comment on the alleged existence of a kind of non-paper by Slovenian Prime Minister Janez "
         "Jansa arguing that the break-up of Yugoslavia is not over yet?")
BOTSAN = ("Russian Ambassador to Serbia Alexander Botsan-Kharchenko said in Belgrade yesterday that Russia is ready to "
          "join the dialogue of Belgrade and Pristina on the condition that it is mediated by Russia.")

# (batch, kind, transcript, question, gold quotes (none: unanswerable), history, shape)
# kind: asked (the asking turn answers), reply (a control: the reply answers), un (unanswerable), conv (conversation)
ROWS = [
    # --- batch A
    ("A", "asked", SEED, "Who asked Lavrov about the non-paper attributed to Janez Jansa?", [JANSA], None, None),
    ("A", "asked", SEED, "Which journalist asked when the Russian embassy staff would leave Washington?",
     ["When will employees of Russian diplomatic missions leave Washington?"], None, None),
    ("A", "asked", SEED, "What did the reporter ask about Russia joining the Belgrade-Pristina dialogue?",
     ["What kind of role in the dialogue between Belgrade and Pristina should be offered for you to agree in the new "
      "format of talks?", BOTSAN], None, None),
    ("A", "asked", SEED, "Who asked whether Russia's response to Washington would be equivalent?",
     ["Will Russia’s response be equivalent?"], None, None),
    ("A", "reply", SEED, "How did Lavrov reply to the question about the non-paper on Yugoslavia's break-up?",
     ["As for the problem of borders in Europe as a whole, including the borders of the states that appeared in the "
      "place of the Socialist Federative Republic of Yugoslavia"], None, None),
    ("A", "reply", SEED, "What did Lavrov say in reply to the journalist's question on mediation by Russia?",
     ["We do not impose anything."], None, None),
    ("A", "asked", CALL, "Which reporter asked how the expelled Russians were chosen?",
     ["And third, how did you pick the Russians that are being expelled?"], None, None),
    ("A", "asked", CALL, "Who asked about the low to moderate confidence in the bounty reports?",
     ["Why list the reported Taliban attacks if there’s low to moderate confidence?"], None, None),
    ("A", "asked", CALL, "Who asked for numbers on how the debt ban will hurt Russia's finances?",
     [EAMON, "I’m wondering if you have any more analysis or detail or numbers around that."], None, None),
    ("A", "asked", CALL, "Which reporter asked whether SolarWinds was just espionage?",
     ["by most accounts, it is a cyber espionage campaign, albeit a rather broad and successful one at that."],
     None, None),
    ("A", "asked", CALL, "Who asked whether new rules for federal software procurement were coming?",
     ["Is there going to be new rules, that sort of thing?", DINA], None, None),
    ("A", "asked", SUGA, "Who asked Biden whether he needs to reprioritize his agenda?",
     ["Do you feel any need to reprioritize your agenda?", AAMER], None, None),
    ("A", "asked", SUGA, "Which reporter asked Suga about Japan being the only G7 country without sanctions on China?",
     ["Japan is the only G7 country that has not imposed sanctions on China.", SUGIMOTO], None, None),
    ("A", "asked", SUGA, "What did the Kyodo reporter ask about the vaccines and climate change?",
     ["If you can tell us about the exchanges and the conversations during the meeting about the COVID-19 vaccines "
      "or about climate change."], None, None),
    ("A", "asked", SUGA, "Who asked about numerical targets for cutting gases by 2030?",
     ["Any numerical targets or actions were discussed, please?", SHINTOMI], None, None),
    ("A", "asked", SUGA, "What did the Reuters reporter ask the Prime Minister?",
     ["And, for the Prime Minister, just a question on whether it’s irresponsible to move forward with the Olympics "
      "when you have public health experts telling you that Japan is not ready to do so."], None, None),
    ("A", "asked", LAVROV, "Which journalist asked Lavrov about Russia's position on the break-up of Yugoslavia?",
     [JANSA, "What is Russia’s position?"], None, None),
    ("A", "asked", LAVROV, "Who asked whether Antonov would go back to Washington soon?",
     ["When will Russian Ambassador to the US Anatoly Antonov return to Washington?",
      "Will he return soon or not at all in the current conditions?"], None, None),
    ("A", "asked", LAVROV, "What was Lavrov asked about the gist of the response measures?",
     ["What is the gist of these measures?"], None, None),
    ("A", "reply", CALL, "How did the official answer the question about picking the expelled Russians?",
     ["The United States is expelling these 10 Russian individuals because we have determined that they were acting "
      "in a manner inconsistent with their status in the United States."], None, None),
    ("A", "reply", SUGA, "What did Suga say in reply to the reporter's question about Taiwan?",
     ["there is already an agreed recognition over the importance of peace and stability of the Taiwan Straits "
      "between Japan and the United States, which was reaffirmed on this occasion."], None, None),
    ("A", "reply", CALL, "Who answered the question about the June 14 date?",
     ["On the question about the June 14 date, you are correct."], None, None),
    ("A", "reply", SUGA, "What did Biden answer when asked about the Iran talks?",
     ["We are, though, nonetheless pleased that Iran has continued to agree to engage in discussions"], None, None),
    ("A", "un", LAVROV, "Which reporter asked Lavrov about the Nagorno-Karabakh ceasefire?", None, None, None),
    ("A", "un", CALL, "Who asked the officials about Russian troops on the border with Ukraine?", None, None, None),
    ("A", "un", SUGA, "Which journalist asked Suga about the elections in Hong Kong?", None, None, None),
    ("A", "conv", LAVROV, "who asked him about it?", [GREATER_ALBANIA],
     ["What did Lavrov say about a Greater Albania?"], "asker"),
    ("A", "conv", CALL, "Which reporter asked that?", [DINA, "If Russia escalates, what are you expecting to do?"],
     ["How will the US respond if Russia escalates?"], "asker"),
    ("A", "conv", SUGA, "Who asked Biden about the police shooting in Chicago?",
     ["including the incident that a lot of us saw in Chicago most recently?", AAMER],
     ["What did Suga say about the Olympics?"], "switch"),
    # --- batch B
    ("B", "asked", SEED, "Who wanted to know if Antonov would return to Washington at all?",
     ["Will he return soon or not at all in the current conditions?"], None, None),
    ("B", "asked", SEED, "Who asked what response Russia expects from Belgrade?",
     ["What kind of response do you expect from Belgrade?"], None, None),
    ("B", "asked", SEED, "What did the journalist ask Lavrov about Slovenia's prime minister?", [JANSA], None, None),
    ("B", "asked", SEED, "Who asked about the gist of Russia's response measures?",
     ["What is the gist of these measures?"], None, None),
    ("B", "reply", SEED, "How did Lavrov answer the question about Russia mediating between Belgrade and Pristina?",
     ["We do not force our services on anyone, especially not on our friends."], None, None),
    ("B", "reply", SEED, "What did Lavrov say in response to the reporter's question about Antonov?",
     ["Anatoly Antonov continues consultations."], None, None),
    ("B", "asked", CALL, "Who asked about the delay before the Treasury's financial measures take effect?",
     ["Why is there a delay on that?"], None, None),
    ("B", "asked", CALL, "Who asked whether the SolarWinds response differs from what the US does itself?",
     ["given that the U.S. and its allies also engages in cyber espionage"], None, None),
    ("B", "asked", CALL, "Who asked how badly Russia's ongoing operations would be hit?",
     ["And how badly is it going to impact Russia’s ongoing operations?", EAMON], None, None),
    ("B", "asked", CALL, "What did the first reporter on the call ask?",
     ["Why list the reported Taliban attacks if there’s low to moderate confidence?"], None, None),
    ("B", "asked", CALL, "What did the reporter ask about the expelled Russians?",
     ["And third, how did you pick the Russians that are being expelled?"], None, None),
    ("B", "asked", SUGA, "Who asked Biden about mass shootings?",
     ["given that we continue to see these incidents with mass shootings", AAMER], None, None),
    ("B", "asked", SUGA, "Which reporter asked Suga about public health experts' warnings?",
     ["when you have public health experts telling you that Japan is not ready to do so.", TREVOR], None, None),
    ("B", "asked", SUGA, "Who asked whether the Prime Minister explained to Biden what Japan can do?",
     ["Did the Prime Minister explain to President Biden what Japan can do under such circumstances?", SUGIMOTO],
     None, None),
    ("B", "asked", SUGA, "What did the reporter ask Suga about President Biden's support?",
     ["You have garnered support from President Biden."], None, None),
    ("B", "asked", LAVROV, "Who asked Lavrov whether the break-up of Yugoslavia is over?", [JANSA], None, None),
    ("B", "asked", LAVROV, "What was Lavrov asked about Botsan-Kharchenko?", [BOTSAN], None, None),
    ("B", "reply", CALL, "What did the official say when asked how the expelled Russians were picked?",
     ["The United States is expelling these 10 Russian individuals because we have determined that they were acting "
      "in a manner inconsistent with their status in the United States."], None, None),
    ("B", "reply", SUGA, "How did Suga respond to the reporter's question about the Olympics?",
     ["I expressed my determination to realize the Tokyo Olympics and the Paralympic Games as a symbol of global "
      "unity this summer."], None, None),
    ("B", "reply", SUGA, "Who answered the question about Taiwan and Xinjiang?",
     ["As we engaged in an exchange of views over the regional situation, we also discussed the circumstances in "
      "Taiwan and Xinjiang Uyghur Autonomous Region as well."], None, None),
    ("B", "un", SUGA, "Which reporter asked Biden about the Keystone pipeline?", None, None, None),
    ("B", "un", LAVROV, "Which journalist asked Lavrov about Belarus?", None, None, None),
    ("B", "un", CALL, "Who asked the officials about sanctions on Russian oligarchs?", None, None, None),
    ("B", "conv", CALL, "who asked about that?",
     ["the Treasury financial impacts don’t go into effect until June 14th. Why is there a delay on that?"],
     ["What did the official say about the June 14 date?"], "asker"),
    ("B", "conv", SUGA, "which reporter asked him?",
     ["Mr. President, it’s been a while since we’ve heard an update from you on how the talks are going with Iran.",
      TREVOR], ["What did Biden say about the Iran talks?"], "asker"),
    ("B", "conv", LAVROV, "Which journalist asked Lavrov about Kosovo's prime minister?", [GREATER_ALBANIA],
     ["How many Russian individuals is the US expelling?"], "switch"),
]

FILES = {"seed": "qa/data/seed_questions.jsonl", "real": "bench/questions/real-dev.jsonl",
         "un": "bench/questions/unanswerable-dev.jsonl", "conv": "bench/questions/conversations-dev.jsonl"}


def rows() -> list[tuple[str, dict]]:
    """(file key, question-file row) of ROWS, ids in order: seed-6000 on, dev-cite65-001 on, dev-un-6160 on,
    conv-dev-7400 on."""
    seed, real, un, conv = 6000, 1, 6160, 7400
    out = []
    for batch, kind, transcript, question, gold, history, shape in ROWS:
        name = LAVROV_PRESS if transcript == SEED else transcript
        quotes = [exact_quote(name, g, LAVROV_PRESS if transcript == SEED else "") for g in gold or []]
        row = {"question": question, "transcript": name}
        if kind == "conv":
            key, row["id"], conv = "conv", f"conv-dev-{conv}", conv + 1
            row.update(history=history, answerable=True, category="follow-up" if shape == "asker" else "switch",
                       shape=shape)
        elif kind == "un":
            key, row["id"], un = "un", f"dev-un-{un}", un + 1
            row.update(answerable=False, category="absent-topic", absent="no one asks of this in the recording",
                       reference_answer="Not said: the recordings never say this.")
        elif transcript == SEED:
            key, row["id"], seed = "seed", f"seed-{seed}", seed + 1
            row.update(answerable=True, category=f"cite65-{kind}")
        else:
            key, row["id"], real = "real", f"dev-cite65-{real:03d}", real + 1
            row.update(answerable=True, category=f"cite65-{kind}")
        if quotes:
            row["gold_quotes"] = quotes
        row.update(kind=f"cite65-{batch}", batch=batch)
        out.append((key, {"id": row.pop("id"), **row}))
    return out


def main() -> None:
    made = rows()
    for batch in ("A", "B"):
        these = [r for _, r in made if r["batch"] == batch]
        (HERE / f"batch-{batch}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in these),
                                                   encoding="utf-8")
        (HERE / f"ids-{batch}.txt").write_text("^(" + "|".join(r["id"] for r in these) + ")$\n", encoding="utf-8")
        print(batch, len(these), "rows:", {k: sum(1 for key, r in made if key == k and r["batch"] == batch)
                                          for k in FILES})
    if "--append" in sys.argv:
        for key, path in FILES.items():
            with (REPO / path).open("a", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for k, r in made if k == key)


if __name__ == "__main__":
    main()
