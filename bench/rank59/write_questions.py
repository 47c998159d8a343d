"""rank59's batch A and batch B questions, written from the transcripts before the system was run on any of them
(both committed together; B is asked once, after the rule is frozen). Each asks one thing of a kind (a count, an
amount, a date, another number, a name, a person, an acronym's expansion) that the transcript says once, on a topic
whose words it says often; gold = the sentence or part that says it, as the transcript writes it (`exact_quote`).
Lavrov's press conference is the bundled corpus's: its questions are seed questions (seed-4590 on), the others
dev-rank59-NNN. Run once: `PYTHONPATH=. python bench/rank59/write_questions.py --append` (without --append: the
batches' files only)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import question_batches  # noqa: E402
from question_batches import quoted_rows, save_batches  # noqa: E402

_exact = question_batches.exact_quote


def _exact_or_same(transcript: str, loose: str, seed_name: str) -> str:
    """`exact_quote`, where a quote found twice as the same text (the whisper JSON holds its full text and its
    segments) is the transcript's own text too."""
    if not transcript.endswith(".json"):
        return _exact(transcript, loose, seed_name)
    text = (question_batches.TRANSCRIPTS / transcript).read_text(encoding="utf-8")
    words = re.findall(r"[\w$%]+|[.,;:?!()]", loose)
    found = {re.sub(r"\s+", " ", m.group()).strip()
             for m in re.finditer(r"[\W_]*".join(re.escape(w) for w in words), text)}
    if len(found) != 1:
        raise SystemExit(f"{transcript}: {loose!r} found as {found}")
    return found.pop()


question_batches.exact_quote = _exact_or_same

W, S, X = ("wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-biden-suga-press-conference-2021-04-16.md",
           "wh-background-press-call-russia-sanctions-2021-04-15.md")
L, G = "changelog-552-leslie-lamport-interview.md", "agentic-ai-explained-youtube-captions.vtt"
V, B = "core-web-vitals-lecture-whisper.json", "i2ml-random-forest-bagging-lecture.srt"
C = "lavrov-selakovic-press-conference-2021-04-16.txt"

# (transcript, question, gold as loosely written, the kind asked)
A = [
    (W, "How many acres burned in last year's wildfires?", "more than 10 million acres burned", "count"),
    (W, "How much per hour do some federal wildland firefighters earn these days?",
     "some of our federal firefighters are being paid less than $13 an hour", "amount"),
    (W, "How many firefighters have already been sent out across the western region?",
     "There are already about 9,000 firefighters deployed across the region", "count"),
    (W, "How much money is the grant to Sonoma County?", "a $37 million federal grant to Sonoma County", "amount"),
    (W, "How many lightning strikes did Newsom say hit in a single day?", "12,000 lightning strikes in 24 hours",
     "count"),
    (W, "Since when has Oregon been getting its federal disaster declarations?",
     "We’ve had four federal disaster declarations in my state since April of 2020.", "date"),
    (S, "How far does Iran say it will go in enriching uranium?",
     "Iran is saying it’s going to move to enrich to 60 percent", "number"),
    (S, "By what year do Japan and the US want to reach net-zero emissions?",
     "committed to achieving net-zero emissions by 2050", "date"),
    (S, "Which two countries launched the Quad Vaccine Partnership together with Japan and the US?",
     "together with India and Australia", "name"),
    (X, "How many computer systems around the world could the SVR spy on through SolarWinds?",
     "more than 16,000 computer systems worldwide", "count"),
    (X, "How much is the ruble-denominated sovereign debt market worth?",
     "The ruble-denominated sovereign debt market is about 185 billion in size", "amount"),
    (X, "What share of Russia's sovereign debt did the earlier sanctions leave untouched?",
     "the vast majority — over 80 percent — of the sovereign debt that Russia issues", "number"),
    (X, "Under which executive order is the government weighing action to protect its technology supply chain?",
     "Executive Order 13873", "name"),
    (X, "When did the previous administration make its assessment of the SolarWinds incident?",
     "This is an update to the January 5th, 2021, assessment by the previous administration", "date"),
    (L, "In which year did Lamport write his first programs?", "I started programming in 1957", "date"),
    (L, "In what year was Lamport given the Turing Award?", "this Turing Award which you won in 2013", "date"),
    (L, "At what age did the engineer Jerod mentions retire from Google?", "He just retired from Google at 42.",
     "number"),
    (L, "Who is currently maintaining the TLA+ tools?",
     "My colleague, Markus Kuppe, the one who is currently basically maintaining the TLA+ tools", "person"),
    (V, "How many seconds should a good LCP take?", "a good LCP score should be 2.5 seconds", "count"),
    (V, "How many marks did the desktop report give for performance?", "92 marks in performance", "count"),
    (V, "What is FID short for?", "Which stands for First Input Delay.", "acronym"),
    (C, "What share of Serbia's budget revenues did the oil company bring in last year?",
     "Last year the company accounted for 13 percent of the country’s budget revenues.", "number"),
    (C, "How much foreign direct investment has gone into the oil company?", "FDI in the company exceeds $3 billion.",
     "amount"),
    (C, "In what year was the free trade deal between Serbia and the EAEU signed?",
     "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement.", "date"),
    (C, "How many people work at Russia's UN mission in the US?",
     "not to count our employees with the UN mission – about 150 people – in the total number", "count"),
    (C, "How far from their city can diplomats travel before the host country must be notified?",
     "travel beyond a 25-mile radius around the city where their diplomatic mission is located", "number"),
    (C, "Which Security Council resolution does Russia want implemented in full?",
     "with a view to seeing Resolution 1244 implemented in full", "name"),
    (C, "For which years is the plan for consultations between the two foreign ministries?",
     "Plan for Consultations between the Russian and Serbian foreign ministries for 2021-2022", "date"),
    (C, "Who is carrying on consultations for Russia in Washington?", "Anatoly Antonov continues consultations.",
     "person"),
    (C, "What is NIS short for?", "Naftna Industrija Srbije (NIS)", "acronym"),
]
B_ = [
    (W, "How much an hour will federal wildland firefighters make at the least?",
     "firefighters are making at least $15 an hour", "amount"),
    (W, "How many Granite Mountain Hotshot firefighters did Biden speak at the funeral of?",
     "the 19 Granite Mountain Hotshot firefighters", "count"),
    (W, "How hot did it get in the Willamette Valley?", "reaching upwards of 117 degrees", "number"),
    (W, "How many fires did Governor Brown's state see last year?",
     "Last year, we had more than 2,000 fires that burned over a million acres.", "count"),
    (W, "What is BRIC short for?", "BRIC program — Building Resilient Infrastructure and Communities.", "acronym"),
    (W, "How many large uncontained fires were burning at this time last year?",
     "21 large, uncontained fires were burning", "count"),
    (S, "By which year must the two countries meet their interim climate goals?",
     "will require setting and meeting our 2030 goals", "date"),
    (S, "Which article of the security treaty applies to the Senkaku Islands?",
     "the application of Article 5 of the Japan-U.S. Treaty of Mutual Cooperation and Security", "name"),
    (S, "Which games is Japan preparing to hold this summer?", "realize the Tokyo games this summer", "name"),
    (X, "From what date are US banks barred from buying new Russian sovereign bonds?",
     "The sovereign debt prohibitions come into effect on June 14 of this year.", "date"),
    (X, "What share of the ruble bonds do foreign investors own?",
     "about a quarter of these bonds are owned by foreign investors", "number"),
    (X, "In what year did Russia spend some of its reserves to defend the ruble?",
     "Previously in 2014, Russia decided to spend some of its foreign reserves to defend the currency.", "date"),
    (L, "When did Dijkstra introduce the mutual exclusion problem?",
     "introduced by Edsger Dijkstra, I think it was in 1965", "date"),
    (L, "How old was Steve Yegge when he came out of retirement?", "Steve Yagge just unretired at 54.", "number"),
    (L, "How much money went into the project Lamport says failed?", "A 100 million dollar project that just failed",
     "amount"),
    (L, "How many frames per second does a movie show in Lamport's example?", "24 frames per second", "count"),
    (L, "In what year did Lamport first get into concurrency without knowing computer science existed?",
     "because that was in 1972", "date"),
    (V, "Within how many milliseconds should a page start processing input?",
     "your input should start processing in less than 100 milliseconds", "count"),
    (V, "What score did the report give for best practices?", "75 in best practices", "number"),
    (V, "What does PWA stand for?", "PWA is Progressive Web Apps.", "acronym"),
    (B, "How many base learners did the lecturer's bagging benchmark use?",
     "we backed our sbls with about 100 base", "count"),
    (G, "Which company's document sorts AI applications into workflows and agents?",
     "Anthropic has this document on", "name"),
    (C, "When is Sputnik V production in Belgrade due to start?",
     "We expect the launch of Sputnik V production in Belgrade scheduled for May", "date"),
    (C, "How many in-person meetings have the committee's co-chairs held lately?",
     "Its co-chairs have already had three in-person meetings in the past few months", "count"),
    (C, "Who is the main stakeholder in NIS?", "Its main stakeholder and investor is Gazprom Neft.", "name"),
    (C, "Which Russian company is working on Serbia's railway programme?",
     "Russian Railways International is playing an active role in it", "name"),
    (C, "How many Russian government officials had the Americans put on their sanctions list?",
     "the Americans added eight Russian government officials", "count"),
    (C, "How many employees a year would each side be allowed to send on short trips under Russia's parity plan?",
     "say, 10 employees going from Russia to the US and 10 from the US to Russia per year", "count"),
    (C, "Who laid out Russia's response measures to the US Ambassador?",
     "Today Presidential Aide Yury Ushakov laid out Russia’s position on response measures", "person"),
    (C, "Which treaty does Lavrov say is hanging by a thread?",
     "As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread.", "name"),
]

if __name__ == "__main__":
    rows_a = quoted_rows(A, "A", "rank59", C, (4590, 1), lambda form: f"rank59-{form}")
    seeds = sum(r["id"].startswith("seed-") for r in rows_a)
    reals = len(rows_a) - seeds
    rows_b = quoted_rows(B_, "B", "rank59", C, (4590 + seeds, reals + 1), lambda form: f"rank59-{form}")
    save_batches(Path(__file__).parent, {"A": rows_a, "B": rows_b}, ids=True)
