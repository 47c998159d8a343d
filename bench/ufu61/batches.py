"""ufu61: batches A and B of nonsense and off-topic turns after a real question, in registers the dev set lacks
(keyboard noise, arithmetic, questions about the assistant itself, chit-chat, requests that are no question of the
transcripts, the world now, general knowledge), and answerable follow-up controls of the same surface forms (written
from the transcripts, each control's quote grepped; committed before any run). 28 turns and 12 controls a batch
(the brief's 30 + 15 twice would pass the 80 ids given). Usage: batches.py [--check INDEX] [--write] (--check
locates every gold quote in INDEX, a copy of idx-s20/index-shared; writes bench/ufu61/A.jsonl and B.jsonl; with
--write appends both to bench/questions/conversations-dev.jsonl once)."""
import json
import sys
import tempfile
from pathlib import Path

WF = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
SANC = "wh-background-press-call-russia-sanctions-2021-04-15.md"
LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
LAMP = "changelog-552-leslie-lamport-interview.md"
WEB = "core-web-vitals-lecture-whisper.json"
AGENT = "agentic-ai-explained-youtube-captions.vtt"
BAG = "i2ml-random-forest-bagging-lecture.srt"

# (register, transcript, earlier question, turn): no transcript answers the turn, whatever came before
A_NONSENSE = [
    ("keyboard", WF, "What did Governor Brown say about Oregon's fires?", "asdfghjkl"),
    ("keyboard", SUGA, "What did Suga say about the Tokyo Olympics?", "jjjjjjjjjj"),
    ("keyboard", LAMP, "What is the bakery algorithm?", "qwertyuiop"),
    ("keyboard", BAG, "what does bagging stand for", "sdfsdf sdfsdf"),
    ("arithmetic", SANC, "What did the US announce about Russian sovereign debt?", "whats 19 times 43"),
    ("arithmetic", LAV, "Who is the main investor in NIS?", "what is 144 divided by 12?"),
    ("arithmetic", WEB, "What is a good LCP score?", "2+2=?"),
    ("arithmetic", WF, "How much are federal firefighters paid?", "whats the square root of 81"),
    ("assistant", AGENT, "what's the travel assistant example in the agentic ai video", "who made you?"),
    ("assistant", WF, "What did Newsom say about the mutual aid system?", "what can you do?"),
    ("assistant", SUGA, "What did Biden and Suga say about North Korea?", "are you chatgpt?"),
    ("assistant", LAMP, "who maintains the tla+ tools now", "which ai model are you"),
    ("assistant", SANC, "how many people were sanctioned over crimea", "do you remember what i asked yesterday?"),
    ("chit-chat", LAV, "What did Lavrov say about Kosovo?", "im so bored"),
    ("chit-chat", WF, "What grant did Biden announce for Sonoma County?", "whats up"),
    ("chit-chat", BAG, "what is bootstrap sampling", "sup bro"),
    ("chit-chat", WEB, "what is first input delay", "you're pretty smart huh"),
    ("chit-chat", SUGA, "What did Suga say about climate change?", "tell me something interesting"),
    ("request", LAMP, "What is Lamport's job?", "say something funny"),
    ("request", SANC, "Who did the US say was behind the SolarWinds intrusion?", "translate that"),
    ("request", LAV, "What did Lavrov say about Poland expelling Russian diplomats?", "in french please"),
    ("request", WF, "What did Harris say about Paradise?", "make me laugh"),
    ("request", AGENT, "what tools does the agent use", "can you sing"),
    ("world", WF, "What did Biden say about the drought?", "whats the weather in chicago"),
    ("world", SUGA, "What did Biden say about the alliance with Japan?", "is it raining in london"),
    ("world", LAMP, "What did Lamport win the Turing Award for?", "what time is it"),
    ("knowledge", SANC, "Which allies backed the SolarWinds attribution?", "what's the capital of australia"),
    ("knowledge", WEB, "What does LCP stand for?", "who wrote hamlet"),
]
B_NONSENSE = [
    ("keyboard", SANC, "What did the officials say about the Taliban bounty reports?", "hjkl hjkl"),
    ("keyboard", LAV, "What did Lavrov say about American foundations and NGOs?", "zxcvzxcv"),
    ("keyboard", WEB, "what is cumulative layout shift", "aaaaaaaaaaa"),
    ("keyboard", AGENT, "what happens when you ask the chatbot to apply for leave", "lkjlkjlkj??"),
    ("arithmetic", WF, "How many firefighters are deployed across the West right now?", "what's 25 plus 38"),
    ("arithmetic", SUGA, "What did Biden say about Iran enriching to 60 percent?", "how much is 9 x 7"),
    ("arithmetic", LAMP, "When did Lamport win the Turing Award?", "15% of 200?"),
    ("arithmetic", BAG, "how many trees does a random forest use", "what is 1000 minus 357"),
    ("assistant", SANC, "How big is the ruble sovereign debt market?", "who built this thing?"),
    ("assistant", LAV, "What did Lavrov say about the Serbian railway?", "are you a person or an ai"),
    ("assistant", WEB, "what is largest contentful paint", "what are you"),
    ("assistant", WF, "What did Governor Brown ask FEMA to approve?", "how do you work?"),
    ("assistant", AGENT, "what does anthropic call an agentic system", "what's your training data"),
    ("chit-chat", SUGA, "What did Suga say about the abductions by North Korea?", "i'm tired lol"),
    ("chit-chat", LAMP, "What does Lamport think of programming languages?", "what's good"),
    ("chit-chat", WF, "What did Biden say about the Granite Mountain Hotshots?", "you there?"),
    ("chit-chat", SANC, "Who did the US say was behind the SolarWinds intrusion?", "that's wild man"),
    ("chit-chat", BAG, "what is out of bag error", "do you ever get lonely"),
    ("request", LAV, "What did Lavrov say about Kosovo?", "write that as a limerick"),
    ("request", SUGA, "What did Biden and Suga agree on technology?", "now say it in spanish"),
    ("request", WEB, "What is a good LCP score?", "give me a fun fact"),
    ("request", WF, "What did Newsom say about last year's heat dome?", "tell me a riddle"),
    ("request", LAMP, "What is TLA+?", "roll a dice"),
    ("world", WF, "What did the Oregon governor say about the heat?", "whats the forecast for seattle"),
    ("world", SANC, "What did the US announce about Russian sovereign debt?", "did the lakers win last night"),
    ("world", LAV, "Who is the main investor in NIS?", "what's the price of gold"),
    ("knowledge", SUGA, "What did Suga say about the Tokyo Olympics?", "who painted starry night"),
    ("knowledge", LAMP, "Who introduced the mutual exclusion problem?", "how many bones are in the human body"),
]
# (register it looks like, transcript, earlier question, follow-up, gold quote): answerable from the recording
A_CONTROLS = [
    ("world", WF, "What did the Oregon governor say about the heat?", "how hot did it get there?",
     "reaching upwards of 117 degrees"),
    ("arithmetic", WF, "What did Biden announce for firefighters' pay?", "whats the bonus on top of that?",
     "provide for additional 10 percent bonuses for those working on the frontlines"),
    ("arithmetic", LAV, "What did Lavrov say about NIS?", "what percent of the budget is that?",
     "Last year the company accounted for 13 percent of the country’s budget revenues."),
    ("assistant", LAMP, "What is LaTeX built on?", "who made that?", "Don Knuth's tech typesetting program"),
    ("world", LAMP, "what award did Lamport win?", "what year did he get it?",
     "this Turing Award which you won in 2013"),
    ("request", WEB, "What does LCP stand for?", "what does that mean?",
     "This means that if the user is viewing a page, then the biggest element on it."),
    ("arithmetic", SANC, "What did the US announce about Russian sovereign debt?",
     "how much of it was untouched before?", "over 80 percent"),
    ("arithmetic", WF, "What did Biden say about the infrastructure bill?", "how much money is that?",
     "Fifty billion dollars."),
    ("chit-chat", LAV, "When will Sputnik V production start in Belgrade?", "whats up with the first tests?",
     "The first tests were conducted there just recently, and they were successful."),
    ("assistant", SUGA, "What did Biden say about the Quad vaccine partnership?", "who else is in it?",
     "together with India and Australia"),
    ("request", WEB, "What is a good LCP score?", "what's that in plain terms?",
     "the biggest element of the page should be loaded in 2.5 seconds"),
    ("chit-chat", LAMP, "How does Lamport write specifications for programmers?", "why so strict?",
     "I want to get people to think outside the box."),
]
B_CONTROLS = [
    ("arithmetic", WF, "What did Biden say about the Granite Mountain Hotshots?",
     "how many of those firefighters died?",
     "the funeral of the 19 Granite Mountain Hotshot firefighters"),
    ("world", WF, "What did Newsom say about last year's heat?", "what was the weather like then?",
     "We had, last year, a heat dome over the West Coast of the United States"),
    ("assistant", SANC, "Who did the US say was behind the SolarWinds intrusion?", "what are they called?",
     "The SVR unit, APT29, Cozy Bear, the Dukes"),
    ("arithmetic", SANC, "What did the US say about Russia's diplomatic mission?", "how many officials are leaving?",
     "the United States is expelling 10 Russian officials"),
    ("arithmetic", LAV, "How will Russia respond to the US list of diplomats?", "how many were on it?",
     "Ten diplomats were included on a list"),
    ("chit-chat", LAV, "What did Lavrov say about Kosovo?", "what will they keep doing at the UN?",
     "We will continue to speak in favour of maintaining this issue as a priority at the UN Security Council"),
    ("assistant", SUGA, "What did Biden say about welcoming Suga?", "is he the first one?",
     "the first head of state that I’ve asked in my administration to come to the White House"),
    ("request", SUGA, "What did Biden and Suga say about North Korea?", "what does CVID cover?",
     "the CVID of all weapons of mass destruction and ballistic missiles of all ranges"),
    ("request", WEB, "What is CLS?", "what does that mean in simple words?",
     "Cumulative layout shift means how much is shifting while the page is loading."),
    ("assistant", WEB, "What metric comes after LCP?", "and what does that one stand for?",
     "Which stands for First Input Delay."),
    ("assistant", LAMP, "Where does Lamport work?", "what else did he create?", "creator of LaTeX"),
    ("chit-chat", LAMP, "Is Greek mythology an interest of Lamport's?", "so why the greek names?",
     "for the Paxos paper it was just something that seemed a good idea at the time"),
]


def rows(batch, first_id, nonsense, controls):
    out = []
    for n, (register, name, earlier, question) in enumerate(nonsense):
        out.append({"id": f"conv-dev-{first_id + n}", "question": question, "history": [earlier], "transcript": name,
                    "answerable": False, "category": "nonsense", "kind": f"ufu61-{batch}", "batch": batch,
                    "shape": register, "gold_quotes": [],
                    "reference_answer": "Not a question about these transcripts."})
    for n, (register, name, earlier, question, quote) in enumerate(controls):
        out.append({"id": f"conv-dev-{first_id + len(nonsense) + n}", "question": question, "history": [earlier],
                    "transcript": name, "answerable": True, "category": "follow-up", "kind": f"ufu61-{batch}",
                    "batch": batch, "shape": f"{register}-control", "gold_quotes": [quote],
                    "reference_answer": quote})
    return out


def check(found, index):
    """Locate every gold quote in its transcript of the shared index `index` (as run_eval does: a loader error names
    the quote); returns the number of rows with gold found."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from qa.api import TranscriptQA
    from qa.config import Settings
    from qa.evaluate.questions import load_questions, locate_gold
    path = Path(tempfile.mkdtemp()) / "q.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found), encoding="utf-8")
    questions = load_questions(path)
    tqa = TranscriptQA(Settings(index_dir=index))
    texts = {name: tqa.transcript_text(name) for name in {q.transcript for q in questions if q.transcript}}
    gold = locate_gold(questions, texts.__getitem__, source=str(path),
                       turns_of=lambda name: tqa.store().transcript(name).turns)
    return sum(bool(spans) for spans in gold.values())


def main():
    here = Path(__file__).parent
    batches = {"A": rows("A", 5980, A_NONSENSE, A_CONTROLS), "B": rows("B", 6020, B_NONSENSE, B_CONTROLS)}
    texts = [r["question"] for found in batches.values() for r in found]
    assert len(set(texts)) == len(texts), "a question twice"
    assert all(len(found) == 40 for found in batches.values())
    if "--check" in sys.argv:
        index = Path(sys.argv[sys.argv.index("--check") + 1])
        for batch, found in batches.items():
            print(batch, "gold found for", check(found, index), "of", sum(r["answerable"] for r in found))
    for batch, found in batches.items():
        (here / f"{batch}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found))
    if "--write" in sys.argv:
        dev = here.parent / "questions" / "conversations-dev.jsonl"
        have = dev.read_text()
        assert "ufu61-" not in have, "already appended"
        with dev.open("a") as f:
            for found in batches.values():
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in found)


if __name__ == "__main__":
    main()
