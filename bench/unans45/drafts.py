"""unans45's question drafts (session s37): unanswerable questions in the registers dev has few of, and answerable
controls worded like them. `python bench/unans45/drafts.py` checks every unanswerable row's `checked_absent` strings
against all eight shared transcripts (case-insensitive, whole words; `key:` limits one to that recording) and every
control's gold quotes against its transcript, splits the rows into batch A and B (random, seed 45, by transcript)
and writes them to the question files (appending; run once)."""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data" / "transcripts"
KEYS = {"agent": "agentic-ai-explained-youtube-captions.vtt", "bag": "i2ml-random-forest-bagging-lecture.srt",
        "cwv": "core-web-vitals-lecture-whisper.json", "lamport": "changelog-552-leslie-lamport-interview.md",
        "sanc": "wh-background-press-call-russia-sanctions-2021-04-15.md",
        "fire": "wh-biden-meeting-western-wildfires-2021-06-30.md",
        "suga": "wh-biden-suga-press-conference-2021-04-16.md",
        "lavrov": "lavrov-selakovic-press-conference-2021-04-16.txt"}

# (transcript key, category, register, question, checked_absent)
UN = [
    ("agent", "absent-name", "stance", "How does the presenter feel about CrewAI?", ["crewai", "crew ai"]),
    ("agent", "term-never-used", "jargon", "What does the presenter mean by tool hallucination?", ["hallucination", "hallucinate"]),
    ("agent", "near-miss", "explainer", "Why does the travel assistant book its flights through Kayak?", ["kayak"]),
    ("agent", "near-miss", "yes-no", "Does the presenter say his company has 75 people?", ["75 plus", "75 people"]),
    ("agent", "absent-name", "quote-hunter", "Find the line where the presenter talks about LlamaIndex.", ["llamaindex", "llama index", "llama"]),
    ("agent", "did-say", "yes-no", "Did the presenter say agentic AI will replace HR staff?", ["agent:replace", "agent:replacing"]),
    ("agent", "absent-name", "stance", "What is the presenter's opinion of Microsoft Copilot?", ["copilot", "co-pilot"]),
    ("agent", "cause-never-said", "explainer", "Why does the RAG chatbot struggle with scanned PDFs?", ["scanned", "ocr"]),
    ("agent", "term-never-used", "jargon", "What does the presenter mean by an agent swarm?", ["swarm"]),
    ("agent", "absent-topic", "theme-coder", "Which vector database does the HR chatbot store the policies in?", ["vector", "pinecone", "chroma"]),
    ("agent", "near-miss", "numbers", "How many sunny days does the presenter want on a trip to Tokyo?", ["trip to tokyo", "agent:tokyo"]),
    ("agent", "false-premise", "explainer", "What made the presenter switch from LangChain to agno?", ["langchain", "lang chain", "agent:switch"]),
    ("agent", "stance-never-taken", "stance", "Is the presenter for or against running n8n in production?", ["agent:production"]),
    ("agent", "term-never-used", "jargon", "What does the presenter mean by function calling?", ["function calling", "function call"]),
    ("bag", "term-never-used", "jargon", "What does the lecturer mean by feature bagging?", ["feature bagging", "random subspace"]),
    ("bag", "cause-never-said", "explainer", "Why does bagging increase the bias of a model?", ["bias"]),
    ("bag", "near-miss", "numbers", "How many base learners did the benchmark on the iris dataset use?", ["iris"]),
    ("bag", "absent-name", "stance", "How does the lecturer feel about gradient boosting?", ["gradient boosting"]),
    ("bag", "did-say", "yes-no", "Did the lecturer say bagging works best with linear regression?", ["linear regression"]),
    ("bag", "near-miss", "quote-hunter", "What were the lecturer's exact words about estimating the error from the out-of-bag points?", ["out of bag error", "oob", "error estimate"]),
    ("bag", "figure-not-given", "numbers", "What percentage of the observations end up out of bag?", ["bag:percent", "bag:36", "bag:63"]),
    ("bag", "false-premise", "explainer", "Why does k-nearest neighbours get worse when it is bagged?", ["bag:worse"]),
    ("bag", "term-never-used", "jargon", "What does the lecturer mean by pasting?", ["pasting"]),
    ("bag", "absent-topic", "theme-coder", "Does the bagging lecture deal with class imbalance anywhere?", ["imbalance", "imbalanced"]),
    ("bag", "absent-topic", "negation", "Which hyperparameters does the lecturer say should not be tuned?", ["hyperparameter", "tuned", "tuning"]),
    ("cwv", "term-never-used", "jargon", "What does the instructor mean by INP?", ["inp", "interaction to next paint"]),
    ("cwv", "figure-not-given", "numbers", "What is a good CLS score according to web.dev?", ["0.1", "0.25"]),
    ("cwv", "absent-topic", "explainer", "Why does Google penalise pages that show pop-ups?", ["pop-up", "popup", "pop up", "penalise", "penalize"]),
    ("cwv", "absent-name", "quote-hunter", "What were the instructor's exact words about robots.txt?", ["robots"]),
    ("cwv", "near-miss", "yes-no", "Did the instructor say meta descriptions have been deprecated?", ["description has been deprecated", "descriptions have been deprecated", "description is deprecated"]),
    ("cwv", "figure-not-given", "numbers", "How many milliseconds should Total Blocking Time stay under?", ["200", "blocking time should"]),
    ("cwv", "term-never-used", "jargon", "What does the instructor mean by hydration?", ["hydration"]),
    ("cwv", "absent-name", "stance", "Why does the instructor prefer Firefox's developer tools?", ["firefox"]),
    ("cwv", "absent-topic", "theme-coder", "Does the lecture cover making pages work with screen readers?", ["screen reader", "screen readers"]),
    ("cwv", "absent-topic", "negation", "Which HTML tags does the instructor say search engines never read?", ["never read", "cwv:never"]),
    ("cwv", "term-never-used", "jargon", "What does the instructor mean by a canonical URL?", ["canonical"]),
    ("lamport", "absent-name", "stance", "How does Lamport feel about Rust?", ["rust"]),
    ("lamport", "term-never-used", "jargon", "What does Lamport mean by eventual consistency?", ["eventual consistency", "eventually consistent"]),
    ("lamport", "cause-never-said", "explainer", "Why does Lamport think the Paxos paper was hard to understand?", ["hard to understand", "difficult to understand"]),
    ("lamport", "did-say", "yes-no", "Did Lamport say he learned TLA+ from Dijkstra?", ["learned tla", "learn tla"]),
    ("lamport", "absent-name", "quote-hunter", "What were Lamport's exact words about Haskell?", ["haskell"]),
    ("lamport", "term-never-used", "jargon", "What does Lamport mean by linearizability?", ["linearizability", "linearizable"]),
    ("lamport", "absent-topic", "theme-coder", "Is blockchain discussed in the Lamport interview?", ["blockchain", "bitcoin"]),
    ("lamport", "absent-topic", "negation", "Which of his papers does Lamport say he would not write again?", ["write again", "wouldn't write"]),
    ("lamport", "absent-topic", "numbers", "Which university did Lamport teach at, and for how many years?", ["university", "professor"]),
    ("lamport", "absent-name", "stance", "What is Lamport's opinion of Kubernetes?", ["kubernetes"]),
    ("sanc", "absent-name", "stance", "How do the officials feel about the Nord Stream 2 pipeline?", ["nord stream", "pipeline"]),
    ("sanc", "term-never-used", "jargon", "What does the official mean by snapback sanctions?", ["snapback", "snap back"]),
    ("sanc", "near-miss", "numbers", "How many Russian diplomats is the US expelling from New York?", ["new york"]),
    ("sanc", "near-miss", "yes-no", "Did the officials say the SolarWinds hack was carried out by the GRU?", ["gru"]),
    ("sanc", "near-miss", "explainer", "Why did Treasury pick July 14 for the bond ban?", ["july"]),
    ("sanc", "near-miss", "numbers", "How big is the Russian corporate bond market?", ["corporate bond", "corporate debt"]),
    ("sanc", "near-miss", "quote-hunter", "What were the officials' exact words about Navalny's imprisonment?", ["imprisonment", "prison", "jail"]),
    ("sanc", "false-premise", "explainer", "Why do the officials expect the sanctions to push oil prices up?", ["oil"]),
    ("sanc", "term-never-used", "jargon", "What does the official mean by secondary sanctions?", ["secondary sanctions"]),
    ("sanc", "absent-name", "theme-coder", "Is Belarus discussed anywhere on the background call?", ["belarus", "lukashenko"]),
    ("sanc", "absent-topic", "stance", "How do the officials feel about Ukraine joining NATO?", ["sanc:ukraine", "sanc:nato"]),
    ("fire", "absent-topic", "stance", "How does Governor Brown feel about logging bans?", ["fire:logging", "logging ban"]),
    ("fire", "term-never-used", "jargon", "What does Newsom mean by a fire tornado?", ["tornado", "firenado"]),
    ("fire", "near-miss", "yes-no", "Did Governor Brown say Portland reached 123 degrees?", ["123 degrees in portland", "portland reached"]),
    ("fire", "false-premise", "explainer", "Why does the Vice President want to privatize water?", ["privatize", "privatise", "privatization"]),
    ("fire", "absent-name", "quote-hunter", "What were the President's exact words about Smokey Bear?", ["smokey"]),
    ("fire", "term-never-used", "jargon", "What does Governor Brown mean by defensible space?", ["defensible"]),
    ("fire", "false-premise", "explainer", "Why did FEMA cut Oregon's cost share to 75 percent?", ["75 percent"]),
    ("fire", "absent-name", "theme-coder", "Is the Dixie Fire discussed at the wildfire meeting?", ["dixie"]),
    ("fire", "figure-not-given", "numbers", "How many acres burned in California last year according to Newsom?", ["acres in california", "california burned"]),
    ("fire", "absent-topic", "negation", "Which governors did not attend the wildfire meeting?", ["did not attend", "didn't attend", "couldn't attend"]),
    ("suga", "near-miss", "stance", "How does Suga feel about postponing the Tokyo Olympics?", ["postpone", "postponing", "postponed"]),
    ("suga", "term-never-used", "jargon", "What does Biden mean by strategic ambiguity?", ["ambiguity"]),
    ("suga", "absent-name", "theme-coder", "Which company will make the Quad's vaccines in India?", ["pfizer", "moderna", "biological e", "novavax", "suga:johnson"]),
    ("suga", "absent-topic", "yes-no", "Did Suga say Japan would boycott the Beijing Olympics?", ["beijing", "boycott"]),
    ("suga", "near-miss", "quote-hunter", "What were Biden's exact words about the US Open?", ["us open", "u.s. open"]),
    ("suga", "absent-name", "stance", "How does Biden feel about the Trans-Pacific Partnership?", ["trans-pacific", "tpp"]),
    ("suga", "term-never-used", "jargon", "What does Suga mean by a complete, verifiable and irreversible dismantlement?", ["verifiable", "irreversible"]),
    ("suga", "figure-not-given", "numbers", "By how many degrees do Biden and Suga want to limit warming?", ["1.5", "suga:degrees"]),
    ("suga", "absent-name", "theme-coder", "Is Myanmar raised anywhere at the Biden-Suga press conference?", ["myanmar", "burma"]),
    ("suga", "absent-topic", "explainer", "Why does Japan want to buy Tomahawk missiles?", ["tomahawk"]),
    ("lavrov", "absent-topic", "stance", "How does Lavrov feel about Serbia joining the EU?", ["eu membership", "join the eu", "accession", "joining the eu"]),
    ("lavrov", "near-miss", "yes-no", "Did Lavrov say Russia would expel 20 US diplomats?", ["20 us diplomats", "twenty"]),
    ("lavrov", "near-miss", "numbers", "What share of Serbia's GDP does NIS account for?", ["gdp", "gross domestic"]),
    ("lavrov", "absent-name", "quote-hunter", "What were Lavrov's exact words about Bosnia?", ["bosnia", "sarajevo", "srpska"]),
    ("lavrov", "near-miss", "numbers", "When will Sputnik V production start in Novi Sad?", ["novi sad"]),
    ("lavrov", "near-miss", "jargon", "What does Lavrov mean by a Greater Serbia?", ["greater serbia"]),
    ("lavrov", "near-miss", "numbers", "How many people work at Russia's consulate in San Francisco?", ["san francisco"]),
    ("lavrov", "absent-topic", "explainer", "Why does Lavrov expect the ruble to weaken?", ["lavrov:ruble", "lavrov:rouble"]),
    ("lavrov", "absent-name", "theme-coder", "Does Lavrov discuss Ukraine at the press conference?", ["ukraine", "ukrainian"]),
    ("lavrov", "absent-speaker", "stance", "How does Selakovic feel about the Chinese Sinopharm vaccine?", ["sinopharm", "chinese vaccine"]),
    ("lavrov", "absent-topic", "negation", "Which US sanctions did Lavrov say Russia would not retaliate against?", ["not retaliate", "won't retaliate"]),
    ("lavrov", "term-never-used", "jargon", "What does Lavrov mean by strategic stability?", ["strategic stability"]),
    ("lavrov", "absent-topic", "yes-no", "Did Lavrov say Russia would close the US consulate in Vladivostok?", ["vladivostok", "yekaterinburg"]),
]

# (transcript key, register, question, gold quotes); controls whose nearest older question asks the same fact, or is
# held out (bench/near_questions.py), were dropped before the commit
CTRL = [
    ("agent", "yes-no", "Is the presenter's own company bigger than 50 people?", ["example of my own company. We have 55"]),
    ("agent", "theme-coder", "Which weather API does the presenter integrate in the travel assistant?", ["weather API for weather, Xedia API for"]),
    ("agent", "yes-no", "Does the presenter say a RAG based chatbot is agentic?", ["workflow. It is not agentic. Let's"]),
    ("agent", "quote-hunter", "Find the line where the presenter names the framework for the equity research agent.", ["here we are using agno framework"]),
    ("agent", "stance", "How does the presenter feel about the weather when he travels?", ["weather to be sunny. And you have some"]),
    ("agent", "jargon", "What does the presenter mean by agentic AI, in one sentence?", ["definition, agentic AI is an AI system", "that can make decisions and take actions"]),
    ("bag", "jargon", "What does the lecturer mean by the points that are out of bag?", ["these points are called out of B"]),
    ("bag", "numbers", "How many base learners did the benchmark on the spam dataset use?", ["we backed our sbls with about 100 base"]),
    ("bag", "explainer", "Why does bagging help an unstable learner?", ["the variability of our produtions"]),
    ("bag", "yes-no", "Did the lecturer say bagging improves logistic regression a lot?", ["neighbor they are somewhat improved by", "bagging but not too much which is"]),
    ("bag", "jargon", "What does the lecturer mean by a homogeneous ensemble?", ["ensembles that always use the same class"]),
    ("bag", "negation", "Which learner does the lecturer say is not very unstable?", ["regression which is a somewhat stable"]),
    ("cwv", "numbers", "According to web.dev, how quickly should the largest element of a page load?", ["the biggest element of the page should be loaded in 2.5 seconds"]),
    ("cwv", "yes-no", "Did the instructor say meta keywords have been deprecated?", ["That has been deprecated"]),
    ("cwv", "numbers", "How many milliseconds should input take to start processing?", ["your input should start processing in less than 100 milliseconds"]),
    ("cwv", "jargon", "What does the instructor mean by cumulative layout shift?", ["Cumulative layout shift means how much is shifting while the page is loading"]),
    ("cwv", "explainer", "What reason does the instructor give for typing 45 after lorem?", ["I wrote 45 because I am lazy"]),
    ("cwv", "stance", "How does the instructor feel about web.dev?", ["Web.dev is a very good website"]),
    ("lamport", "quote-hunter", "What were Lamport's exact words about coding and programming?", ["coding is to programming what typing is to writing"]),
    ("lamport", "stance", "How does Lamport feel about Knuth's work on Tex?", ["That was a real remarkable thing that he did"]),
    ("lamport", "stance", "How does Lamport feel about being called a genius?", ["So I'm not a genius"]),
    ("lamport", "explainer", "Why is the bakery algorithm called that?", ["The reason it's called the bakery algorithm is when I was a kid, there was a bakery"]),
    ("lamport", "numbers", "What does it take to make a thousand-line TLA+ spec stuttering-insensitive?", ["I add about seven characters to the specification"]),
    ("sanc", "numbers", "What share of Russia's sovereign debt did the old sanctions leave untouched?", ["over 80 percent"]),
    ("sanc", "yes-no", "Did the officials say the SolarWinds hack was carried out by the SVR?", ["high confidence in its assessment of attribution to the SVR"]),
    ("sanc", "jargon", "What does the official mean by the primary market for the bonds?", ["this prohibition only applies to newly issued ruble sovereign debt in the primary market"]),
    ("sanc", "theme-coder", "Which partners joined Treasury in the sanctions over Crimea?", ["in partnership with the EU, UK, Australia, and Canada"]),
    ("fire", "numbers", "How many lives did Oregon lose in the fires last year?", ["We lost nine lives"]),
    ("fire", "jargon", "What does Governor Brown mean by the Good Neighbor Authority?", ["we have partnered with the federal government over the years to reduce wildfire risk on federal lands"]),
    ("fire", "explainer", "Why does Governor Brown say Oregon may not be able to rely on other regions this year?", ["our eastern counterparts are preparing for a very difficult hurricane season"]),
    ("suga", "stance", "How does Suga feel about holding the Tokyo Olympics this summer?", ["my determination to realize the Tokyo Olympic and Paralympic Games this summer"]),
    ("suga", "quote-hunter", "What were Biden's exact words about Matsuyama?", ["Matsuyama was the first Japanese player to take home that Green Jacket"]),
    ("suga", "theme-coder", "Is Taiwan raised anywhere at the Biden-Suga press conference?", ["importance of peace and stability of the Taiwan Straits"]),
    ("lavrov", "stance", "How does Lavrov feel about the idea of a Greater Albania?", ["These are unacceptable, provocative and very harmful statements"]),
]


def texts() -> dict[str, str]:
    """Each transcript's words as one lower-cased line (captions' cue lines joined, Whisper's top-level text)."""
    out = {}
    for key, name in KEYS.items():
        path = SHARED / name
        if name.endswith(".json"):
            text = json.loads(path.read_text())["text"]
        elif name.endswith((".srt", ".vtt")):
            lines = [line.strip() for line in path.read_text().splitlines()]
            text = " ".join(line for line in lines
                            if line and not line.isdigit() and "-->" not in line and line != "WEBVTT")
        else:
            text = path.read_text()
        out[key] = re.sub(r"\s+", " ", text.replace("\\", "")).lower()
    return out


def found(text: str, string: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(string.lower()) + r"(?![a-z0-9])", text) is not None


def check(all_texts: dict[str, str]) -> list[str]:
    problems = []
    for key, _cat, _reg, question, absent in UN:
        for string in absent:
            keys, bare = ((string.split(":", 1)[0],), string.split(":", 1)[1]) if ":" in string and \
                string.split(":", 1)[0] in KEYS else (tuple(KEYS), string)
            hits = [k for k in keys if found(all_texts[k], bare)]
            if hits:
                problems.append(f"absent? {question!r}: {string!r} in {hits}")
    for key, _reg, question, golds in CTRL:
        for gold in golds:
            if not found(all_texts[key], re.sub(r"\s+", " ", gold)):
                problems.append(f"gold? {question!r}: {gold!r} not in {key}")
    return problems


def rows() -> list[dict]:
    rng = random.Random(45)
    out, un_id, seed_id, ctrl_id = [], 3804, 2691, 1
    for kind in ("un", "ctrl"):
        items = UN if kind == "un" else CTRL
        for key in KEYS:
            mine = [item for item in items if item[0] == key]
            rng.shuffle(mine)
            n_a = round(len(mine) * 0.6)
            for i, item in enumerate(mine):
                batch = "A" if i < n_a else "B"
                row = {"transcript": KEYS[key], "kind": "unans45", "batch": batch}
                if kind == "un":
                    _k, cat, reg, question, absent = item
                    row.update(question=question, answerable=False, category=cat, register=reg,
                               checked_absent=absent)
                else:
                    _k, reg, question, golds = item
                    row.update(question=question, gold_quotes=golds, answerable=True, category="unans45-control",
                               register=reg)
                if key == "lavrov":
                    row["id"] = f"seed-{seed_id}"
                    seed_id += 1
                    row["file"] = "qa/data/seed_questions.jsonl"
                elif kind == "un":
                    row["id"] = f"dev-un-{un_id}"
                    un_id += 1
                    row["file"] = "bench/questions/unanswerable-dev.jsonl"
                else:
                    row["id"] = f"dev-unans45-{ctrl_id}"
                    ctrl_id += 1
                    row["file"] = "bench/questions/real-dev.jsonl"
                out.append(row)
    assert un_id <= 3884 and seed_id <= 2721, (un_id, seed_id)
    return out


def main() -> None:
    problems = check(texts())
    for problem in problems:
        print(problem)
    if problems or "--write" not in sys.argv:
        print(f"{len(UN)} unanswerable, {len(CTRL)} controls; {len(problems)} problems")
        return
    written = rows()
    for name in {row["file"] for row in written}:
        if '"kind": "unans45"' in (REPO / name).read_text(encoding="utf-8"):
            print(f"{name} holds unans45's rows already: nothing written")
            return
    for row in written:
        path = REPO / row.pop("file")
        ordered = {"id": row.pop("id"), "question": row.pop("question"), **row}
        with path.open("a") as handle:
            handle.write(json.dumps(ordered, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
