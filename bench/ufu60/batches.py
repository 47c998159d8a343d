"""ufu60: batches A and B of mention follow-ups read alone after a conversation (written from the transcripts, each
thing grepped with bench/ufu60/where.py before it was written; committed before any run). Usage: batches.py [--write]
(writes bench/ufu60/A.jsonl and B.jsonl; with --write appends both to bench/questions/conversations-dev.jsonl once)."""
import json
import sys
from pathlib import Path

WF = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
SANC = "wh-background-press-call-russia-sanctions-2021-04-15.md"
LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
LAMP = "changelog-552-leslie-lamport-interview.md"
WEB = "core-web-vitals-lecture-whisper.json"
AGENT = "agentic-ai-explained-youtube-captions.vtt"
BAG = "i2ml-random-forest-bagging-lecture.srt"

# (transcript, earlier question, follow-up): the thing asked of is said in no passage of the conversation's recording
# (most are said in another recording, where a search alone finds them)
A_UNANS = [
    (WF, "What did Governor Brown say about Oregon's fires?", "any mention of navalny?"),
    (WF, "How much are federal firefighters paid?", "did the olympics come up at all?"),
    (WF, "What did Newsom say about the mutual aid system?", "was kosovo mentioned?"),
    (WF, "What grant did Biden announce for Sonoma County?", "solarwinds come up at all?"),
    (WF, "What did Biden say about the drought?", "did anyone mention north korea?"),
    (SUGA, "What did Suga say about the Tokyo Olympics?", "any mention of the taliban?"),
    (SUGA, "What did Biden and Suga say about North Korea?", "did crimea come up?"),
    (SUGA, "What did Biden say about the Quad vaccine partnership?", "was sputnik mentioned at all?"),
    (SUGA, "What did Suga say about climate change?", "fema come up?"),
    (SANC, "Who did the US say was behind the SolarWinds intrusion?", "any mention of the olympics?"),
    (SANC, "What did the US announce about Russian sovereign debt?", "did kosovo come up at all?"),
    (SANC, "how many people were sanctioned over crimea", "was north korea mentioned?"),
    (LAV, "What did Lavrov say about Poland expelling Russian diplomats?", "any mention of solarwinds?"),
    (LAV, "what did lavrov say about russian railways in serbia", "did china come up?"),
    (LAV, "When will Sputnik V production start in Belgrade?", "was the taliban mentioned at all?"),
    (LAMP, "What is the bakery algorithm?", "any mention of lighthouse?"),
    (LAMP, "who maintains the tla+ tools now", "did bootstrap sampling come up?"),
    (WEB, "What is a good LCP score?", "was paxos mentioned?"),
    (AGENT, "what's the travel assistant example in the agentic ai video", "any mention of latex?"),
    (BAG, "what does bagging stand for", "did seo come up at all?"),
]
# (transcript, earlier question, follow-up, gold quote): the thing is said in the conversation's recording
A_CONTROLS = [
    (WF, "What did Newsom say about the mutual aid system?", "any mention of israel?",
     "firefighters — from Israel come"),
    (SUGA, "What did Suga say about the Tokyo Olympics?", "did north korea come up?",
     "On North Korea, we confirmed our commitment to the CVID"),
    (SANC, "Who did the US say was behind the SolarWinds intrusion?", "was navalny mentioned?", "Navalny"),
    (LAV, "What did Lavrov say about Poland expelling Russian diplomats?", "any mention of nato?",
     "from the European Union and NATO"),
    (LAMP, "What is the bakery algorithm?", "did dijkstra come up at all?",
     "introduced by Edsger Dijkstra, I think it was in 1965"),
    (WEB, "What is a good LCP score?", "was chrome mentioned?", "there is a hidden tool in Chrome called Lighthouse"),
    (AGENT, "what tools does the agent use", "any mention of mcp?", "Zapier MCP server"),
    (BAG, "how does bagging reduce variance", "did boosting come up?", "boosting like stacking"),
    (WF, "What grant did Biden announce for Sonoma County?", "smoke, any mention?", "smoke and ash"),
    (SUGA, "What did Biden and Suga say about North Korea?", "semiconductors come up at all?",
     "supply chains for critical sectors like semiconductors"),
]
B_UNANS = [
    (WF, "What did Harris say about Paradise?", "any mention of crimea?"),
    (WF, "How many firefighters are deployed across the West right now?", "did the taliban come up?"),
    (WF, "What did Biden say about the Granite Mountain Hotshots?", "was gazprom mentioned at all?"),
    (WF, "What did Governor Brown ask FEMA to approve?", "paxos come up?"),
    (WF, "What did Newsom say about last year's heat dome?", "did anyone mention sputnik?"),
    (SUGA, "What did Biden say about the alliance with Japan?", "any mention of navalny?"),
    (SUGA, "What did Suga say about the abductions by North Korea?", "did the national guard come up?"),
    (SUGA, "What did Biden and Suga agree on technology?", "was gazprom mentioned?"),
    (SUGA, "What did Biden say about Iran enriching to 60 percent?", "kosovo come up at all?"),
    (SANC, "Which allies backed the SolarWinds attribution?", "any mention of fema?"),
    (SANC, "What did the officials say about the Taliban bounty reports?", "did the olympics come up?"),
    (SANC, "How big is the ruble sovereign debt market?", "was gazprom mentioned?"),
    (LAV, "What did Lavrov say about Kosovo?", "any mention of north korea?"),
    (LAV, "What did Lavrov say about American foundations and NGOs?", "did the taliban come up at all?"),
    (LAV, "Who is the main investor in NIS?", "was iran mentioned?"),
    (LAMP, "What is Lamport's job?", "any mention of seo?"),
    (LAMP, "What does Lamport call the property that adding steps does not change?", "did mcp come up?"),
    (WEB, "what is first input delay", "was latex mentioned at all?"),
    (AGENT, "what happens when you ask the chatbot to apply for leave", "any mention of bootstrap sampling?"),
    (BAG, "what is bootstrap sampling", "did lighthouse come up?"),
]
B_CONTROLS = [
    (WF, "What did Biden say about the drought?", "was lightning mentioned?", "the lightning strikes"),
    (WF, "How much are federal firefighters paid?", "did paradise come up?", "Paradise, for example, California"),
    (SUGA, "What did Suga say about climate change?", "did the paris agreement come up?",
     "the Paris Agreement, clean energy technologies"),
    (SANC, "What did the US announce about Russian sovereign debt?", "any mention of crimea?",
     "ongoing occupation and repression in Crimea"),
    (LAV, "what did lavrov say about russian railways in serbia", "was gazprom mentioned?",
     "Its main stakeholder and investor is Gazprom Neft."),
    (LAMP, "who maintains the tla+ tools now", "latex come up at all?", "creator of LaTeX"),
    (WEB, "what does lighthouse do", "any mention of javascript?", "HTML. CSS. JavaScript."),
    (AGENT, "which framework does the nvidia report demo use", "did agno come up?", "we are using agno framework"),
    (BAG, "what does bagging stand for", "bootstrap, any mention?", "begging is for bootstrap aggregation"),
    (SANC, "What did the US announce about Russian sovereign debt?", "did the taliban come up?",
     "encourage Taliban attacks against U.S. and coalition personnel"),
]


def rows(batch, first_id, unans, controls):
    out = []
    for n, (name, earlier, question) in enumerate(unans):
        out.append({"id": f"conv-dev-{first_id + n}", "question": question, "history": [earlier], "transcript": name,
                    "answerable": False, "category": "unanswerable-follow-up", "kind": f"ufu60-{batch}",
                    "batch": batch, "shape": "mention-alone", "gold_quotes": [],
                    "reference_answer": "Not said in the recording this conversation is about."})
    for n, (name, earlier, question, quote) in enumerate(controls):
        out.append({"id": f"conv-dev-{first_id + len(unans) + n}", "question": question, "history": [earlier],
                    "transcript": name, "answerable": True, "category": "follow-up", "kind": f"ufu60-{batch}",
                    "batch": batch, "shape": "mention-alone-control", "gold_quotes": [quote],
                    "reference_answer": quote})
    return out


def main():
    here = Path(__file__).parent
    batches = {"A": rows("A", 5790, A_UNANS, A_CONTROLS), "B": rows("B", 5830, B_UNANS, B_CONTROLS)}
    for batch, found in batches.items():
        (here / f"{batch}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found))
    if "--write" in sys.argv:
        dev = here.parent / "questions" / "conversations-dev.jsonl"
        have = dev.read_text()
        assert "ufu60-" not in have, "already appended"
        with dev.open("a") as f:
            for found in batches.values():
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in found)


if __name__ == "__main__":
    main()
