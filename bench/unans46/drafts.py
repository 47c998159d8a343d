"""unans46's question drafts (session s38): unanswerable questions that ask what a term means in the shapes
unans45's rule does not read ("how does X define T", "how is T defined", "what is T referring to", "what does T refer
to", "what does X mean when they say T", "T — what's that?"), in several registers (phone typing in lower case,
student, reporter, explainer, newcomer), and answerable controls of the same shapes whose term is said. A few
unanswerable drafts ask in nearby shapes the rule does not read (a term with a word of function, "explain T"): they
measure the class, not the rule. `python bench/unans46/drafts.py` checks every unanswerable row's `checked_absent`
strings against all eight shared transcripts (case-insensitive, whole words) and every control's gold quotes
against its transcript, splits the rows into batch A and B (random, seed 46, by transcript: 60% A) and, with
--write, appends them to the question files (once)."""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench" / "unans45"))

from drafts import KEYS, found, texts  # noqa: E402  (unans45's: the same eight transcripts, read the same way)

# (transcript key, category, register, question, checked_absent)
UN = [
    ("agent", "term-never-used", "student", "How does the presenter define prompt injection?", ["prompt injection", "injection"]),
    ("agent", "term-never-used", "phone", "how is the context window defined in the agentic ai video", ["context window"]),
    ("agent", "term-never-used", "newcomer", "What is agent memory referring to in the video?", ["agent memory"]),
    ("agent", "term-never-used", "explainer", "What does the term handoff refer to in the agentic AI explainer?", ["handoff", "hand-off", "hand off"]),
    ("agent", "term-never-used", "phone", "guardrails — whats that", ["guardrails", "guardrail", "guard rails"]),
    ("agent", "term-never-used", "reporter", "What does the presenter mean when he says model distillation?", ["distillation", "distilled"]),
    ("agent", "term-never-used", "student", "Vector embeddings: what are those?", ["embeddings", "embedding"]),
    ("agent", "term-never-used", "phone", "how would the video define a planning loop", ["planning loop"]),
    ("agent", "term-never-used", "newcomer", "What's chain of thought prompting, as the video explains it?", ["chain of thought"]),
    ("agent", "term-never-used", "explainer", "How does the narrator define a supervisor agent?", ["supervisor"]),
    ("agent", "term-never-used", "phone", "what does langgraph refer to", ["langgraph", "lang graph"]),
    ("agent", "term-never-used", "student", "What is few-shot prompting referring to?", ["few-shot", "few shot"]),
    ("bag", "term-never-used", "student", "How does the bagging lecture define gradient boosted trees?", ["gradient boosting", "gradient boosted"]),
    ("bag", "term-never-used", "phone", "extra trees?? what is that", ["extra trees"]),
    ("bag", "term-never-used", "explainer", "What does the lecturer mean when he says feature importance?", ["feature importance", "variable importance"]),
    ("bag", "term-never-used", "newcomer", "How is tree pruning defined in the bagging lecture?", ["pruning", "pruned"]),
    ("bag", "term-never-used", "phone", "what does adaboost refer to in the lecture", ["adaboost", "ada boost"]),
    ("bag", "term-never-used", "student", "What is cross-validation referring to in this lecture?", ["cross-validation", "cross validation", "crossvalidation"]),
    ("bag", "term-never-used", "reporter", "Max depth — what is that?", ["max depth", "maximum depth"]),
    ("bag", "term-never-used", "phone", "how does the prof define overfitting", ["overfitting", "overfit", "over fitting"]),
    ("bag", "term-never-used", "explainer", "What is meant when the lecturer talks about a hyperparameter?", ["hyperparameter", "hyper parameter", "hyperparameters"]),
    ("bag", "term-never-used", "student", "How would the lecturer define a learning rate?", ["learning rate"]),
    ("bag", "term-never-used", "newcomer", "Entropy criterion: what's that?", ["entropy criterion", "splitting criterion"]),
    ("cwv", "term-never-used", "student", "How does the instructor define time to interactive?", ["time to interactive"]),
    ("cwv", "term-never-used", "phone", "render blocking resources whats that", ["render blocking", "render-blocking"]),
    ("cwv", "term-never-used", "explainer", "What is the critical rendering path referring to?", ["critical rendering path", "rendering path"]),
    ("cwv", "term-never-used", "newcomer", "What does code splitting refer to in the web vitals lecture?", ["code splitting", "code-splitting"]),
    ("cwv", "term-never-used", "phone", "what does the guy mean when he says tree shaking", ["tree shaking", "tree-shaking"]),
    ("cwv", "term-never-used", "reporter", "How is layout thrashing defined in the lecture?", ["layout thrashing", "thrashing"]),
    ("cwv", "term-never-used", "student", "Interaction to next paint — what's that?", ["interaction to next paint", "inp"]),
    ("cwv", "term-never-used", "student", "How does the instructor define a service worker?", ["service worker"]),
    ("cwv", "term-never-used", "phone", "critical css what is it", ["critical css"]),
    ("cwv", "term-never-used", "explainer", "What does the instructor mean when he talks about preloading?", ["preload", "preloading", "pre-load"]),
    ("cwv", "term-never-used", "newcomer", "What is image compression referring to here?", ["compression", "compress"]),
    ("lamport", "term-never-used", "student", "How does Lamport define a Byzantine fault?", ["byzantine"]),
    ("lamport", "term-never-used", "phone", "vector clocks whats that", ["vector clock", "vector clocks"]),
    ("lamport", "term-never-used", "explainer", "What does Lamport mean when he says refinement mapping?", ["refinement"]),
    ("lamport", "term-never-used", "reporter", "What is two-phase commit referring to in the interview?", ["two-phase", "two phase", "2pc"]),
    ("lamport", "term-never-used", "newcomer", "How is model checking defined in the Changelog interview?", ["model checking", "model checker"]),
    ("lamport", "term-never-used", "phone", "what does temporal logic refer to", ["temporal logic"]),
    ("lamport", "term-never-used", "student", "Safety property — what is that, according to Lamport?", ["safety property", "safety properties"]),
    ("lamport", "term-never-used", "student", "How would Lamport define a logical clock?", ["logical clock", "logical clocks"]),
    ("lamport", "term-never-used", "explainer", "What does Jerod mean when he says a race condition?", ["race condition"]),
    ("lamport", "term-never-used", "phone", "what is a deadlock referring to in the lamport episode", ["deadlock", "dead lock"]),
    ("lamport", "term-never-used", "newcomer", "Leader election: what's that?", ["leader election"]),
    ("sanc", "term-never-used", "reporter", "How would the officials on the call define an asset freeze?", ["asset freeze", "freeze"]),
    ("sanc", "term-never-used", "phone", "entity list whats that", ["entity list"]),
    ("sanc", "term-never-used", "explainer", "What is correspondent banking referring to?", ["correspondent"]),
    ("sanc", "term-never-used", "student", "What does the official mean when he says sovereign default?", ["default"]),
    ("sanc", "term-never-used", "reporter", "How is kleptocracy defined on the background call?", ["kleptocracy", "kleptocrat", "kleptocrats"]),
    ("sanc", "term-never-used", "phone", "what does hybrid warfare refer to on the call", ["hybrid"]),
    ("sanc", "term-never-used", "newcomer", "Supply chain attack — what's that?", ["supply chain attack"]),
    ("sanc", "term-never-used", "student", "How does the official define a SWIFT cutoff?", ["swift cutoff", "swift system", "swift network"]),
    ("sanc", "term-never-used", "explainer", "What is a honeypot referring to on the sanctions call?", ["honeypot", "honey pot"]),
    ("sanc", "term-never-used", "phone", "how do they define ransomware gangs on the call", ["ransomware"]),
    ("fire", "term-never-used", "reporter", "How does Governor Newsom define a red flag warning?", ["red flag"]),
    ("fire", "term-never-used", "phone", "fuel break whats that", ["fuel break", "fuel breaks", "firebreak", "fire break"]),
    ("fire", "term-never-used", "explainer", "What does Governor Brown mean when she says megafire?", ["megafire", "megafires", "mega fire", "mega-fire"]),
    ("fire", "term-never-used", "student", "What is pyrocumulus referring to in the wildfire meeting?", ["pyrocumulus", "pyrocumulonimbus"]),
    ("fire", "term-never-used", "newcomer", "How is a crown fire defined at the meeting?", ["crown fire"]),
    ("fire", "term-never-used", "phone", "what does wildland urban interface refer to", ["wildland urban interface", "wildland-urban interface", "wui"]),
    ("fire", "term-never-used", "reporter", "Firenado — what is that?", ["firenado", "fire tornado"]),
    ("fire", "term-never-used", "student", "How would Biden define a backburn?", ["backburn", "back burn", "backfire"]),
    ("fire", "term-never-used", "explainer", "What does Newsom mean when he talks about a fire whirl?", ["whirl"]),
    ("fire", "term-never-used", "phone", "what is spot fire referring to", ["spot fire", "spot fires"]),
    ("suga", "term-never-used", "reporter", "How does Suga define extended deterrence?", ["extended deterrence"]),
    ("suga", "term-never-used", "phone", "decoupling whats that", ["decoupling", "decouple"]),
    ("suga", "term-never-used", "explainer", "What does Biden mean when he says friend-shoring?", ["friend-shoring", "friendshoring", "friend shoring"]),
    ("suga", "term-never-used", "student", "What is denuclearization referring to in the press conference?", ["denuclearization", "denuclearisation"]),
    ("suga", "term-never-used", "newcomer", "How is the digital yuan defined at the press conference?", ["digital yuan", "yuan"]),
    ("suga", "term-never-used", "phone", "what does gray zone refer to", ["gray zone", "grey zone"]),
    ("suga", "term-never-used", "reporter", "Freedom of navigation — what's that?", ["freedom of navigation"]),
    ("suga", "term-never-used", "student", "How does Suga define a nine-dash line?", ["nine-dash", "nine dash"]),
    ("lavrov", "term-never-used", "reporter", "How does Lavrov define a multipolar world?", ["multipolar", "multi-polar"]),
    ("lavrov", "term-never-used", "phone", "color revolution whats that", ["color revolution", "colour revolution"]),
    ("lavrov", "term-never-used", "explainer", "What does Lavrov mean when he says sphere of influence?", ["sphere of influence", "spheres of influence"]),
    ("lavrov", "term-never-used", "student", "What is Balkanisation referring to?", ["balkanisation", "balkanization"]),
    ("lavrov", "term-never-used", "newcomer", "How is a frozen conflict defined in the news conference?", ["frozen conflict", "frozen"]),
    ("lavrov", "term-never-used", "phone", "what does eurasian integration refer to", ["eurasian integration"]),
    ("lavrov", "term-never-used", "reporter", "Soft power — what is that, in Lavrov's words?", ["soft power"]),
    ("lavrov", "term-never-used", "student", "How would Lavrov define Euro-Atlantic solidarity?", ["euro-atlantic", "euro atlantic"]),
    ("lavrov", "term-never-used", "explainer", "What does Selakovic mean when he says military neutrality?", ["neutrality", "neutral"]),
    ("lavrov", "term-never-used", "phone", "whats a vaccine passport referring to in the lavrov presser", ["passport", "passports"]),
]

# (transcript key, register, question, gold quotes): answerable, the same shapes, the term said
CTRL = [
    ("agent", "student", "How does the presenter define a tool augmented chatbot?", ["tool augmented chatboard. We want to"]),
    ("agent", "phone", "agno framework whats that", ["And here we are using agno framework."]),
    ("agent", "explainer", "What is goal oriented planning referring to in the video?", ["characteristic is goal oriented planning"]),
    ("agent", "newcomer", "What does n8n refer to in the agentic AI video?", ["N8N where you can do drag and drop"]),
    ("agent", "reporter", "What does the presenter mean when he says multi-step reasoning?", ["and it requires a multi-step reasoning"]),
    ("agent", "phone", "how is an agentic ai system defined in the video", ["definition, agentic AI is an AI system"]),
    ("bag", "student", "How does the lecturer define bootstrap aggregation?", ["begging is for bootstrap aggregation and"]),
    ("bag", "phone", "base learners whats that", ["they're usually called base Learners and"]),
    ("bag", "explainer", "What is stacking referring to in the lecture?", ["boosting like stacking and so on in"]),
    ("bag", "newcomer", "How are homogeneous ensembles defined in the lecture?", ["there are so-called homogeneous"]),
    ("bag", "reporter", "What does the lecturer mean when he says unstable learning algorithms?", ["unstable learning"]),
    ("bag", "phone", "what does the random forest refer to in this lecture", ["it's a preliminary version of the random"]),
    ("cwv", "student", "How does the instructor define first contextual paint?", ["Like what is First Contextual Paint."]),
    ("cwv", "phone", "speed index whats that", ["Speed Index."]),
    ("cwv", "explainer", "What is total blocking time referring to?", ["Total Blocking Time."]),
    ("cwv", "newcomer", "What does the instructor mean when he says Core Web Vitals?", ["Core Web Vitals"]),
    ("cwv", "reporter", "How is Lighthouse defined in the lecture?", ["Lighthouse"]),
    ("lamport", "student", "Mutual exclusion: what is it?", ["Mutual exclusion is the problem that if you have a bunch of processes running"]),
    ("lamport", "phone", "stuttering insensitivity whats that", ["Well, I call it stuttering insensitivity."]),
    ("lamport", "explainer", "The bakery algorithm — what's that?", ["I want to ask you about the bakery algorithm"]),
    ("lamport", "newcomer", "What does TLA+ refer to in the interview?", ["The place where it shines is when you're faced with problems of concurrency."]),
    ("lamport", "reporter", "What does Jerod mean when he says time insensitivity?", ["at least time insensitivity"]),
    ("lamport", "phone", "how is paxos defined in the changelog interview", ["for the Paxos paper it was just something that seemed a good idea at the time"]),
    ("sanc", "reporter", "How does the official define Cozy Bear?", ["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names"]),
    ("sanc", "phone", "primary market whats that", ["to newly issued ruble sovereign debt in the primary market, and not to"]),
    ("sanc", "explainer", "What is the SVR referring to on the call?", ["the Russian Foreign Intelligence Service — the SVR"]),
    ("sanc", "student", "What does the official mean when he says the secondary market?", ["and not to the secondary market or existing sovereign debt holdings"]),
    ("sanc", "newcomer", "How is sovereign debt defined on the background call?", ["sovereign debt"]),
    ("fire", "reporter", "How does Biden define the mutual aid system?", ["The mutual aid system has been stretched in this country."]),
    ("fire", "phone", "heat dome whats that", ["a heat dome over the West Coast of the United States"]),
    ("fire", "explainer", "What is BRIC referring to at the wildfire meeting?", ["This grant is part of FEMA’s BRIC program — Building Resilient"]),
    ("fire", "student", "What does Biden mean when he says hotshot firefighters?", ["the 19 Granite Mountain Hotshot firefighters"]),
    ("fire", "newcomer", "How are prescribed burns defined at the meeting?", ["prescribed"]),
    ("suga", "reporter", "How does Suga define the free and open Indo-Pacific?", ["We also discussed the free and open Indo-Pacific."]),
    ("suga", "phone", "quad vaccine partnership whats that", ["landmark Quad Vaccine Partnership to expand the manufacturing of"]),
    ("suga", "explainer", "What does the Green Jacket refer to at the press conference?", ["Green Jacket"]),
    ("suga", "student", "What does Biden mean when he talks about the Quad?", ["Quad"]),
    ("lavrov", "reporter", "How does Lavrov define the Open Skies Treaty?", ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."]),
    ("lavrov", "phone", "non-paper whats that", ["a kind of non-paper by Slovenian Prime Minister Janez Jansa"]),
    ("lavrov", "explainer", "What is the EAEU referring to?", ["We focused on various aspects of cooperation between Serbia and the Eurasian Economic Union (EAEU)."]),
    ("lavrov", "student", "What does Lavrov mean when he talks about a Greater Albania?", ["Talk of a Greater Albania has been going on for years."]),
]


def check(all_texts: dict[str, str]) -> list[str]:
    problems = []
    for key, _cat, _reg, question, absent in UN:
        for string in absent:
            hits = [k for k in KEYS if found(all_texts[k], string)]
            if hits:
                problems.append(f"absent? {question!r}: {string!r} in {hits}")
    for key, _reg, question, golds in CTRL:
        for gold in golds:
            if not found(all_texts[key], " ".join(gold.split())):
                problems.append(f"gold? {question!r}: {gold!r} not in {key}")
    return problems


def rows() -> list[dict]:
    rng = random.Random(46)
    out, un_id, seed_id, ctrl_id = [], 3976, 2891, 1
    for kind in ("un", "ctrl"):
        items = UN if kind == "un" else CTRL
        for key in KEYS:
            mine = [item for item in items if item[0] == key]
            rng.shuffle(mine)
            n_a = round(len(mine) * 0.6)
            for i, item in enumerate(mine):
                batch = "A" if i < n_a else "B"
                row = {"transcript": KEYS[key], "kind": "unans46", "batch": batch}
                if kind == "un":
                    _k, cat, reg, question, absent = item
                    row.update(question=question, answerable=False, category=cat, register=reg,
                               checked_absent=absent, reference_answer="Not said: the term is not used")
                else:
                    _k, reg, question, golds = item
                    row.update(question=question, gold_quotes=golds, answerable=True, category="unans46-control",
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
                    row["id"] = f"dev-unans46-{ctrl_id}"
                    ctrl_id += 1
                    row["file"] = "bench/questions/real-dev.jsonl"
                out.append(row)
    assert un_id <= 4056 and seed_id <= 2921, (un_id, seed_id)
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
        if '"kind": "unans46"' in (REPO / name).read_text(encoding="utf-8"):
            print(f"{name} holds unans46's rows already: nothing written")
            return
    for row in written:
        path = REPO / row.pop("file")
        ordered = {"id": row.pop("id"), "question": row.pop("question"), **row}
        with path.open("a") as handle:
            handle.write(json.dumps(ordered, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
