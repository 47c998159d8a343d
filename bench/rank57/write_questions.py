"""rank57's batch A and batch B questions, written from the transcripts before the system was run on any of them
(both committed together; B is asked once, after the order is frozen). Sentences were drawn at random from the eight
shared transcripts and the bundled corpus (seeded samples), and each question asks the one fact a drawn sentence
gives, in a new user's words; gold = that sentence or its answering part. Two real questions per transcript per
batch, five seed. Appends them to bench/questions/real-dev.jsonl and qa/data/seed_questions.jsonl, each gold quote
checked with qa.evaluate.questions.find_quote, and keeps a copy of each batch in bench/rank57/batch-{A,B}.jsonl.
Run once: `PYTHONPATH=. python bench/rank57/write_questions.py` (`--check` checks the gold without writing)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import gold_rows, write_gold_rows  # noqa: E402

W, S, X = ("wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-biden-suga-press-conference-2021-04-16.md",
           "wh-background-press-call-russia-sanctions-2021-04-15.md")
L, G = "changelog-552-leslie-lamport-interview.md", "agentic-ai-explained-youtube-captions.vtt"
V, B = "core-web-vitals-lecture-whisper.json", "i2ml-random-forest-bagging-lecture.srt"
C = "lavrov-selakovic-press-conference-2021-04-16.txt"
# (n, batch, transcript, question, gold)
REAL = [
    (1, "A", G, "If you built a travel agent, what would it hook up to for forecasts and tickets?",
     ["weather API for weather, Xedia API for", "booking flights and so on."]),
    (2, "A", G, "What does the finance agent end up producing after all its steps?",
     ["comprehensive report which has some key", "statistics for that company."]),
    (3, "A", L, "Why did a bakery come to mind when Lamport named his algorithm?",
     ["because that was the only store in the neighborhood that used this way of giving out tickets"]),
    (4, "A", L, "What lets Lamport spend most of his time writing the book?",
     ["Microsoft gives me the freedom to be able to devote my time primarily to the book."]),
    (5, "A", V, "When do core web vitals actually start to count for ranking?",
     ["But if you are competing with a page that has presented almost similar quality content, Then your core web "
      "vitals will be seen."]),
    (6, "A", V, "What warning did the report give about the pictures on the page?",
     ["image elements do not have explicit width and height"]),
    (7, "A", B, "What two words does the name bagging come from?", ["begging is for bootstrap aggregation and"]),
    (8, "A", B, "The lecturer picks out one tree method as a bit shaky: which one?",
     ["that algorithm there is the card", "algorithm yeah that is somewhat unstable"]),
    (9, "A", X, "Who is blamed for SolarWinds, and how sure are the spy agencies about it?",
     ["intelligence community has high confidence in its assessment of attribution to the SVR."]),
    (10, "A", X, "How did Moscow use its reserves in 2014?",
     ["Previously in 2014, Russia decided to spend some of its foreign reserves to defend the currency."]),
    (11, "A", W, "How will fires that start far from anywhere be spotted and passed on to crews?",
     ["we’re going to use those tools to identify fires that start in remote places and share that information so "
      "the firefighters on the ground can respond immediately"]),
    (12, "A", W, "Which workers outdoors will need regular water breaks in the heat?",
     ["outdoor laborers, like our farm and construction workers who are going to need frequent water breaks and "
      "shade."]),
    (13, "A", S, "How many years did the weapons ban Biden takes credit for last?",
     ["I’m the only one that ever got a 10-year ban on assault weapons and clips of more than 10 bullets."]),
    (14, "A", S, "In which fields will the two countries do research together?",
     ["to driving joint research in areas like AI, genomics, quantum computing, and much more."]),
    (15, "A", C, "How will Russia deal with diplomats travelling outside the city they are posted in?",
     ["We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis."]),
    (16, "A", C, "Which Moscow-led defence bloc does Serbia want to keep talking to?",
     ["Serbia maintains an interest in cooperation and contact with the Collective Security Treaty Organisation "
      "(CSTO)"]),
    (17, "B", G, "Which tool is suggested for people who would rather not write code?",
     ["code. You can use low code or no code", "tools such as Zapier."]),
    (18, "B", G, "Why can an agentic chatbot recall earlier parts of a chat?",
     ["having a conversation, it will have a", "context, it will remember things."]),
    (19, "B", L, "Which algorithm was Lamport's very first concurrent one?",
     ["the bakery algorithm happened when -- actually, that was the first concurrent algorithm that I wrote."]),
    (20, "B", L, "What eats up a lot of Lamport's working day?",
     ["my work day seems to involve answering a lot of email"]),
    (21, "B", V, "Is good content enough to rank without passing the vitals?",
     ["If your content is good, then your website can rank without core web vitals."]),
    (22, "B", V, "How do you check what the site looks like for people on phones?",
     ["if I want to see how mobile users see my website, Then I will click on mobile"]),
    (23, "B", B, "Why should averaging many models make predictions steadier?",
     ["behind bagging is that it should reduce", "the variability of our produtions"]),
    (24, "B", B, "Which error measure is shown on the regression task as the ensemble grows?",
     ["resulting MSE on the regression task"]),
    (25, "B", X, "Was Putin told about the measures directly before they came out?",
     ["President Biden spoke with President Putin earlier this week and conveyed that directly."]),
    (26, "B", X, "What does the SolarWinds breach show about attacks on suppliers?",
     ["the SVR’s compromise of SolarWinds and other companies highlights the risks posed by Russia’s efforts to "
      "target companies worldwide through supply chain exploitation."]),
    (27, "B", W, "Which burned town did Biden visit as a senator while it was still smoldering?",
     ["Paradise, for example, California."]),
    (28, "B", W, "Where did Biden get his hurricane briefing?",
     ["And now I got my briefing at NOAA on what was going on in hurricane season."]),
    (29, "B", S, "Which third country should join them on North Korea?",
     ["trilateral cooperation, including the ROK, has never been as important as today"]),
    (30, "B", S, "In which seas do the leaders oppose changing things by force?",
     ["We agreed to oppose any attempts to change the status quo by force or coercion in the East and South China "
      "Seas"]),
    (31, "B", C, "How many face-to-face sessions has the joint trade body's leadership had recently?",
     ["Its co-chairs have already had three in-person meetings in the past few months"]),
    (32, "B", C, "Besides embassy staff, who else do the Americans send to Russia each year?",
     ["in addition to their embassy and consular personnel the Americans send several hundreds of employees on "
      "short-term trips to Russia every year."]),
]
# (n, batch, question, gold) over the bundled corpus's Lavrov-Selakovic press conference
SEED = [
    (4240, "A", "Whom does Lavrov call on to rein in the Greater Albania talk?",
     ["We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons"]),
    (4241, "A", "Which economic bloc's ties with Serbia were on the table?",
     ["We focused on various aspects of cooperation between Serbia and the Eurasian Economic Union (EAEU)."]),
    (4242, "A", "What does Lavrov say the UN is not there for?",
     ["The UN is not an office servicing bilateral relations between the US and Russia"]),
    (4243, "A", "What is the two countries' foreign policy cooperation grounded in?",
     ["based on our commitment to the principles of international law and the UN Charter"]),
    (4244, "A", "How near is the agreement to coming into force?",
     ["We are close to completing the procedures required for the agreement to take effect."]),
    (4245, "B", "What is Russia stopping about short visits by American diplomats?",
     ["Now we are putting a stop to the practice of uncontrolled and unlimited short-term trips"]),
    (4246, "B", "Will Moscow publish its reply measures in writing, and when?",
     ["Literally right after the news conference, we will issue the Foreign Ministry’s statement"]),
    (4247, "B", "Why should the health cooperation go on?",
     ["We agree that this cooperation should continue for the sake of protecting citizens’ lives and health."]),
    (4248, "B", "Does Lavrov think Russia can get out of any bind?",
     ["We have always found, and will find, a way out of any situation."]),
    (4249, "B", "Has the push for a bigger Albania only just started?",
     ["Talk of a Greater Albania has been going on for years."]),
]

if __name__ == "__main__":
    real_rows, seed_rows, batches = gold_rows(REAL, SEED, "rank57", C)
    print(len(real_rows), "real,", len(seed_rows), "seed; gold found")
    if "--check" not in sys.argv:
        write_gold_rows(real_rows, seed_rows, batches, "rank57")
