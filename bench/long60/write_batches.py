"""long60's batches A and B: conversations of four to six turns, one row per turn after the first (each with its full
history), appended to bench/questions/conversations-dev.jsonl and copied to bench/long60/batch-{A,B}.jsonl.
Written from the transcripts (../shared/data/transcripts) before any run. Run once: it appends."""
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAN = "wh-background-press-call-russia-sanctions-2021-04-15.md"
LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
FIRE = "wh-biden-meeting-western-wildfires-2021-06-30.md"
LAM = "changelog-552-leslie-lamport-interview.md"
CWV = "core-web-vitals-lecture-whisper.json"
AG = "agentic-ai-explained-youtube-captions.vtt"
RF = "i2ml-random-forest-bagging-lecture.srt"
F, S, N, U = "follow-up", "switch", "nonsense", "unanswerable-follow-up"

# each conversation: its first question, then (question, transcript, category, gold quote or None, reference answer)
A = [
    ("Why is the US sanctioning Russia?", [
        ("When do the debt rules start?", SAN, F,
         "The sovereign debt prohibitions come into effect on June 14 of this year.",
         "June 14."),
        ("How did Lavrov answer the expulsion of Russian diplomats?", LAV, S,
         "We will respond in kind by proposing that 10 US diplomats leave Russia.",
         "By expelling 10 US diplomats."),
        ("and Poland?", LAV, F,
         "Poland also announced the expulsion of our diplomats. We will respond accordingly as well.",
         "Russia will respond accordingly."),
        ("what about the NGOs?", LAV, F,
         "We will limit and suspend the activities of American foundations and NGOs on our territory.",
         "Their activities will be limited and suspended."),
    ]),
    ("What did Biden and Suga agree on North Korea?", [
        ("and the abductions?", SUGA, F,
         "On the issue of abduction, we reaffirmed that it is a grave human rights issue",
         "A grave human rights issue to be resolved."),
        ("Who else do they want to work with on it?", SUGA, F,
         "trilateral cooperation, including the ROK, has never been as important as today",
         "The ROK, trilaterally."),
        ("blorp snazzle fribbet?", None, N, None, None),
        ("did they talk about the Olympics too?", SUGA, F,
         "I told the President about my determination to realize the Tokyo Olympic and Paralympic Games this "
         "summer as a symbol of a global unity.",
         "Yes, Suga's determination to hold them."),
    ]),
    ("How much are federal firefighters paid?", [
        ("Is that going up?", FIRE, F, "firefighters are making at least $15 an hour", "To at least $15 an hour."),
        ("and the ones on the frontlines?", FIRE, F,
         "provide for additional 10 percent bonuses for those working on the frontlines",
         "A further 10 percent bonus."),
        ("How can NOAA spot new fires?", FIRE, S,
         "has satellite technology that is able to see from space when new fires start",
         "With satellites."),
        ("how small?", FIRE, F,
         "even as small as the size of your dining room table",
         "As small as a dining room table."),
    ]),
    ("What is TLA+ good for?", [
        ("who maintains the tools?", LAM, F,
         "the one who is currently basically maintaining the TLA+ tools",
         "Markus Kuppe."),
        ("what is his talk called?", LAM, F,
         "How to save two hours of TLA with two weeks of debugging.",
         "How to save two hours of TLA with two weeks of debugging."),
        ("Are there example specs I can read?", LAM, F,
         "There's a GitHub repository with a few dozen specs there.",
         "Yes, a GitHub repository of a few dozen specs."),
    ]),
    ("What did Lavrov say about Kosovo?", [
        ("which organisations did it try to join?", LAV, F,
         "the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and "
         "other organisations were neutralised",
         "Interpol, UNESCO, the Council of Europe."),
        ("and what about Greater Albania?", LAV, F,
         "I think that these are very dangerous games.",
         "Very dangerous games."),
        ("And Montenegro?", LAV, U, None, None),
        ("how many US diplomats must leave Russia?", LAV, S,
         "We will respond in kind by proposing that 10 US diplomats leave Russia.",
         "Ten."),
    ]),
    ("Who did the US blame for the SolarWinds hack?", [
        ("how sure are they?", SAN, F,
         "The U.S. intelligence community has high confidence in its assessment of attribution to the SVR.",
         "High confidence."),
        ("what other names does that unit go by?", SAN, F,
         "The SVR unit, APT29, Cozy Bear, the Dukes",
         "APT29, Cozy Bear, the Dukes."),
        ("and which companies got sanctioned for helping it?", SAN, F,
         "Treasury has today designated six Russian companies that provide support to the SVR cyber program",
         "Six Russian companies."),
        ("what about Crimea?", SAN, F,
         "today sanctioned eight individuals and entities associated with Russia’s ongoing occupation and "
         "repression in Crimea",
         "Eight individuals and entities."),
    ]),
    ("What did Governor Brown say about the heat in Oregon?", [
        ("how hot did it get?", FIRE, F, "reaching upwards of 117 degrees", "Upwards of 117 degrees."),
        ("and last year's fires?", FIRE, F,
         "Last year, we had more than 2,000 fires that burned over a million acres.",
         "Over 2,000 fires, a million acres."),
        ("Which grant did Biden announce for Sonoma County?", FIRE, S,
         "I’m announcing a $37 million federal grant to Sonoma County",
         "$37 million."),
        ("why them?", FIRE, F, "they were the first to apply for fire mitigation funding", "They applied first."),
    ]),
    ("What did Biden say about climate change with Suga?", [
        ("when do they want net zero by?", SUGA, F,
         "Japan and the United States are both committed to achieving net-zero emissions by 2050",
         "2050."),
        ("what summit is he hosting?", SUGA, F,
         "I’ll be hosting the Climate Leaders Summit",
         "The Climate Leaders Summit."),
        ("and what technology will they work on together?", SUGA, F,
         "promoting secure and reliable 5G networks",
         "5G, semiconductors, AI, genomics, quantum computing."),
        ("qwzx plomb vorn", None, N, None, None),
        ("what about the chips?", SUGA, F,
         "increasing our cooperation on supply chains for critical sectors like semiconductors",
         "Supply chains for semiconductors."),
    ]),
    ("Who created LaTeX?", [
        ("what is it built on?", LAM, F,
         "LaTeX is built on top of Don Knuth's tech typesetting program.",
         "Knuth's TeX."),
        ("Why is Lamport's paper called Paxos?", LAM, S,
         "for the Paxos paper it was just something that seemed a good idea at the time",
         "It seemed a good idea at the time."),
        ("what was his first concurrent algorithm?", LAM, F,
         "that was the first concurrent algorithm that I wrote",
         "The bakery algorithm."),
        ("did he win a Nobel prize for it?", LAM, U, None, None),
    ]),
    ("What did Lavrov say about the Open Skies Treaty?", [
        ("has the US left it?", LAV, F,
         "The US has withdrawn from it and is not going to come back.",
         "Yes, for good."),
        ("what about the memorandum on open ground?", LAV, F,
         "it is necessary to notify the authorities of the host country when any of these employees are going to "
         "travel beyond a 25-mile radius",
         "Diplomats must notify travel beyond 25 miles."),
        ("do the Americans follow it?", LAV, F,
         "The Americans completely ignore the requirement to send such notifications.",
         "No, they ignore it."),
        ("and the summit Biden proposed?", LAV, F,
         "We have already responded positively to it.",
         "Russia responded positively."),
    ]),
]

B = [
    ("What did Lavrov say about short-term trips by US staff?", [
        ("how many would he allow?", LAV, F,
         "10 employees going from Russia to the US and 10 from the US to Russia per year",
         "10 each way per year."),
        ("and the hiring of local citizens?", LAV, F,
         "we are initiating a process to stop the practice of hiring citizens of Russia and third countries at "
         "American diplomatic missions",
         "Russia is stopping it."),
        ("what about the UN mission staff?", LAV, F,
         "it would be correct not to count our employees with the UN mission – about 150 people – in the total "
         "number",
         "About 150, not to be counted."),
        ("zorp flibber wank?", None, N, None, None),
    ]),
    ("What is a good LCP score?", [
        ("what does it stand for?", CWV, F,
         "And LCP stands for Largest Contextual Paint.",
         "Largest Contentful Paint."),
        ("and CLS?", CWV, F,
         "Cumulative layout shift means how much is shifting while the page is loading.",
         "How much the page shifts while loading."),
        ("should it be high?", CWV, F, "That's why our CLS should be as low as possible.", "No, as low as possible."),
        ("what about first input delay?", CWV, F,
         "your input should start processing in less than 100 milliseconds",
         "Under 100 milliseconds."),
    ]),
    ("What does bagging stand for?", [
        ("is it the same as a random forest?", RF, F,
         "it's a preliminary version of the random",
         "A preliminary version of it."),
        ("what are the models in the ensemble called?", RF, F,
         "they're usually called base Learners",
         "Base learners."),
        ("and is bagging homogeneous?", RF, F, "begging is a homogeneous method", "Yes."),
        ("Did the lecturer mention XGBoost?", RF, U, None, None),
    ]),
    ("Is a RAG chatbot agentic AI?", [
        ("what does Anthropic call it?", AG, F, "This rack based chatboard is actually a", "A workflow."),
        ("and if it can apply for leave?", AG, F,
         "tool augmented chatboard",
         "A tool augmented chatbot, still not agentic."),
        ("How many people work at the speaker's company?", AG, S, "We have 55", "55 plus."),
        ("what do they want to build for them?", AG, F, "to build an HR assistant", "An HR assistant."),
    ]),
    ("What did the US do about the 2020 election interference?", [
        ("how many were sanctioned?", SAN, F,
         "Treasury also sanctioned 32 entities and individuals",
         "32 entities and individuals."),
        ("and how many officials are being expelled?", SAN, F, "States is expelling 10 Russian officials", "10."),
        ("what did Lavrov say in reply?", LAV, F,
         "We will respond in kind by proposing that 10 US diplomats leave Russia.",
         "10 US diplomats will leave Russia."),
        ("and Poland?", LAV, F,
         "Poland also announced the expulsion of our diplomats. We will respond accordingly as well.",
         "Russia will respond in kind."),
    ]),
    ("What did Biden say about the West's extreme heat?", [
        ("is it only a risk for wildfires?", FIRE, F, "it’s a threat in and of itself", "No, a threat in itself."),
        ("What does the Department of Energy's sensor array detect?", FIRE, S,
         "can detect in real time the lightning strikes",
         "Lightning strikes in real time."),
        ("and what about NOAA?", FIRE, F,
         "has satellite technology that is able to see from space when new fires start",
         "Satellites that see new fires."),
        ("pfft grrk mlar wubb", None, N, None, None),
    ]),
    ("What does Lamport mean by thinking outside the box of code?", [
        ("what's the box?", LAM, F,
         "The box is thinking programmatically, as expressed in what I'm now calling coding languages",
         "Thinking programmatically in coding languages."),
        ("Is TLA+ the main thing he wants listeners to take away?", LAM, F,
         "I would say not TLA+, I would say thinking outside the box of code.",
         "No, thinking outside the box of code."),
        ("where does it shine?", LAM, F,
         "The place where it shines is when you're faced with probl",
         "Hard concurrency problems."),
        ("and has Google used it?", LAM, U, None, None),
    ]),
    ("What did Suga say about China?", [
        ("and Taiwan?", SUGA, F,
         "importance of peace and stability of the Taiwan Straits between Japan",
         "Peace and stability of the Taiwan Strait matter."),
        ("did they discuss vaccines too?", SUGA, F, "Quad Vaccine Partnership", "Yes, the Quad Vaccine Partnership."),
        ("what about the Olympics?", SUGA, F,
         "President Biden once again expressed his support for this determination.",
         "Biden supported holding them."),
        ("and India?", SUGA, U, None, None),
    ]),
    ("How many diplomats did the US expel?", [
        ("why?", SAN, F,
         "they were acting in a manner inconsistent with their status in the United States",
         "Acting inconsistently with their status."),
        ("When does the bond ban start?", SAN, F,
         "The sovereign debt prohibitions come into effect on June 14 of this year.",
         "June 14."),
        ("whose bonds does it cover?", SAN, F,
         "the Central Bank of the Russian Federation, the National Wealth Fund of Russia, or the Ministry of "
         "Finance",
         "The central bank, the National Wealth Fund, the finance ministry."),
        ("How did Lavrov say the Russian economy will cope?", LAV, S,
         "our specialists think that the Russian economy can cope with this scale",
         "It can cope with this scale."),
        ("and American business?", LAV, F,
         "We also have opportunities to impose painful measures on American business.",
         "Painful measures are held in reserve."),
    ]),
    ("What is the bakery algorithm?", [
        ("when did he write it?", LAM, F,
         "that was the first concurrent algorithm that I wrote",
         "It was his first concurrent algorithm."),
        ("who influenced him back then?", LAM, F, "Paul Johnson and Robert Thomas.", "Paul Johnson and Robert Thomas."),
        ("what does stuttering insensitivity mean?", LAM, S,
         "I'll say this problem is stuttering insensitivity.",
         "A property TLA provides."),
    ]),
]


def rows(batch, first_id, kind):
    out, n = [], first_id
    for first, turns in batch:
        history = [first]
        for question, transcript, category, gold, ref in turns:
            row = {"id": f"conv-dev-{n}", "question": question}
            if transcript:
                row["transcript"] = transcript
            row["history"] = list(history)
            if gold:
                row.update(gold_quotes=[gold], reference_answer=ref)
            else:
                row["answerable"] = False
            row.update(category=category, kind=kind)
            out.append(row)
            history.append(question)
            n += 1
    return out


if __name__ == "__main__":
    a, b = rows(A, 5710, "long60-A"), rows(B, 5750, "long60-B")
    assert a[-1]["id"] <= "conv-dev-5749" and b[-1]["id"] <= "conv-dev-5789", (a[-1]["id"], b[-1]["id"])
    for name, batch in (("A", a), ("B", b)):
        (REPO / f"bench/long60/batch-{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch), encoding="utf-8")
    with open(REPO / "bench/questions/conversations-dev.jsonl", "a", encoding="utf-8") as f:
        for r in a + b:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(a), len(b))
