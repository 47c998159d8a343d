"""rank64's batch A and batch B questions, written from the transcripts before the system was run on any of them
(both committed together; B is asked once, after the rule is frozen). Each asks for an aspect (a reason, a number,
a person, a date) of a topic whose words the transcript says in more than one passage, so that a passage sharing the
question's words without its asked aspect can come first. Lavrov's press conference is the bundled corpus's: its
questions are seed questions (seed-5650 on), the others dev-rank64-NNN. Run once:
`PYTHONPATH=. python bench/rank64/write_questions.py --append` (without --append: the batches' files only; with
it, the rows whose ids the question files lack). A2 and B2, below, were added after A's first run."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank59"))
import write_questions as rank59  # noqa: E402,F401  (its exact_quote: a whisper JSON's text and segments)
from question_batches import quoted_rows, save_batches  # noqa: E402

W, X = "wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-background-press-call-russia-sanctions-2021-04-15.md"
C = "lavrov-selakovic-press-conference-2021-04-16.txt"

# (transcript, question, gold as loosely written, the aspect asked)
A = [
    (C, "Why is Russia telling ten US diplomats to leave?",
     "Ten diplomats were included on a list that was given to us with a request for them to leave the United States.",
     "reason"),
    (C, "How many people work at Russia's mission to the UN, by Lavrov's count?", "about 150 people", "number"),
    (C, "Which other country besides the US announced it was expelling Russian diplomats?",
     "Poland also announced the expulsion of our diplomats.", "person"),
    (C, "What share of Serbia's budget revenues came from NIS last year?",
     "Last year the company accounted for 13 percent of the country’s budget revenues.", "number"),
    (C, "Who advised Ambassador Sullivan to go back to Washington for consultations?",
     "Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
     "consultations.", "person"),
    (C, "How far may junior diplomats travel from their city before the host country must be told?",
     "when any of these employees are going to travel beyond a 25-mile radius around the city where their diplomatic "
     "mission is located", "number"),
    (C, "When is Sputnik V production in Belgrade due to begin?",
     "We expect the launch of Sputnik V production in Belgrade scheduled for May", "date"),
    (C, "Who signed off on Russia's answer to Washington's hostile actions?",
     "measures that were approved by President of Russia Vladimir Putin", "person"),
    (X, "Why is the US expelling the ten Russian officials?",
     "because we have determined that they were acting in a manner inconsistent with their status in the United "
     "States", "reason"),
    (X, "Treasury's disinformation sanctions: how many targets did they name?",
     "Treasury also sanctioned 32 entities and individuals", "number"),
    (X, "How many computer systems could the SVR have reached through SolarWinds?",
     "potentially disrupt more than 16,000 computer systems worldwide", "number"),
    (X, "Why don't the sovereign debt prohibitions start until June?",
     "The rationale for this date is to allow time for financial institutions to understand and adapt to the "
     "measures", "reason"),
    (X, "How large is the ruble-denominated sovereign debt market?",
     "The ruble-denominated sovereign debt market is about 185 billion in size", "number"),
    (X, "How many federal agencies were compromised in the SolarWinds breach?",
     "the nine federal agencies who were compromised", "number"),
    (X, "Which partners joined Treasury in the Crimea sanctions?",
     "Treasury — in partnership with the EU, UK, Australia, and Canada", "person"),
    (X, "What was the first reason given for answering SolarWinds as more than spying?",
     "First, that broad scope and scale of the compromise, it’s a national security and public safety concern.",
     "reason"),
]
B_ = [
    (C, "How many Russian employees work on bilateral relations in the US, leaving out the UN mission?",
     "In other words, we have 300 employees on the bilateral front in the US.", "number"),
    (C, "How many short-term State Department visitors a year would Russia accept under its parity offer?",
     "10 employees going from Russia to the US and 10 from the US to Russia per year", "number"),
    (C, "Who is the main stakeholder in the Serbian oil company NIS?",
     "Its main stakeholder and investor is Gazprom Neft.", "person"),
    (C, "When did Serbia sign its free trade agreement with the Eurasian Economic Union?",
     "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement.", "date"),
    (C, "Whom does Russia call on to stop the Greater Albania rhetoric?",
     "We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an end "
     "to these sentiments", "person"),
    (C, "How much foreign direct investment has gone into NIS?", "FDI in the company exceeds $3 billion.", "number"),
    (C, "Who travelled around central Russia without notifying anyone?",
     "representatives of the military attache office travelled in central Russia without any notification",
     "person"),
    (C, "When was the plan for consultations between the Russian and Serbian ministries signed?",
     "which was signed during my visit to Belgrade in December 2020", "date"),
    (W, "How many large fires are burning uncontained this year?",
     "This year, there are 36 that are uncontained and burning.", "number"),
    (W, "How many firefighters had already been deployed across the West in June?",
     "There are already about 9,000 firefighters deployed across the region", "number"),
    (W, "How many lightning strikes did last year's heat dome bring?",
     "But that led to 12,000 lightning strikes in 24 hours", "number"),
    (W, "How big is the federal grant Biden announced for Sonoma County?",
     "And today, I’m announcing a $37 million federal grant to Sonoma County", "number"),
    (W, "What keeps Governor Brown from leaning on eastern states for help during the fire season?",
     "our eastern counterparts are preparing for a very difficult hurricane season", "reason"),
    (W, "Firefighters from which country came over to help California?",
     "We had the pleasure of having folks — firefighters — from Israel come", "person"),
    (X, "Why, in the officials' words, should Americans not fund the Russian government?",
     "There’s no credible reason why the American people should directly fund Russia’s government when the Putin "
     "regime has repeatedly attempted to undermine our sovereignty.", "reason"),
    (X, "How much of Russia's sovereign debt did the earlier sanctions leave untouched?",
     "This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues", "number"),
]

L = "changelog-552-leslie-lamport-interview.md"

# written after A's first run (A was Hit@1 15 of 16: too easy), before the rule was frozen; B2 with them, not run
A2 = [
    (L, "When did Lamport first start programming?", "and I started programming in 1957", "date"),
    (L, "Which colleague of Lamport looks after the TLA+ tooling now?",
     "My colleague, Markus Kuppe, the one who is currently basically maintaining the TLA+ tools", "person"),
    (L, "In what year did Lamport win the Turing Award?", "this Turing Award which you won in 2013", "date"),
    (L, "How much did the California project that was abandoned cost?", "A 100 million dollar project that just failed",
     "number"),
    (L, "Who used TLA+ to design their chips?", "People at Intel used to use TLA+ in designing their chips", "person"),
    (L, "How often did Lamport think the TLA+ parser would miss a special case?",
     "about once or twice a year for the next several years after he built that parser", "number"),
    (L, "In what share of cases is Lamport's description of a method just prose?",
     "And in 95% of the cases, it's just English;, just pure prose.", "number"),
    (W, "What hourly pay will federal wildland firefighters be guaranteed?",
     "firefighters are making at least $15 an hour", "number"),
    (W, "How many Hotshot firefighters died in the Prescott tragedy?", "the 19 Granite Mountain Hotshot firefighters",
     "number"),
    (W, "How many homes did Oregon lose in last year's fires?", "We lost nine lives, more than 4,000 homes", "number"),
    (C, "How many Russian officials had the US put on its sanctions list before the new package?",
     "the Americans added eight Russian government officials", "number"),
    (C, "How many diplomatic and administrative staff does each side keep in the other country?",
     "In all, there are about 450 diplomatic and administrative employees of Russia in the US and of the US in Russia.",
     "number"),
]
B2 = [
    (L, "What is the big change in programming since Lamport started?", "is that now nobody can understand programs.",
     "what"),
    (L, "What age does Jerod Santo say Lamport has reached?", "And you're at 82.", "number"),
    (L, "At what age did Kelsey Hightower retire from Google?", "He just retired from Google at 42.", "number"),
    (L, "What is Kuppe's talk about TLA+ and debugging called?",
     "How to save two hours of TLA with two weeks of debugging.", "what"),
    (L, "Whose paper inspired Lamport's Time, Clocks paper?", "a paper that I read from Paul Johnson and Robert Thomas",
     "person"),
    (L, "Where does TLA+ shine, according to Lamport?",
     "The place where it shines is when you're faced with problems of concurrency.", "what"),
    (W, "Since the pandemic began, how often has the federal government declared a disaster in Brown's state?",
     "We’ve had four federal disaster declarations in my state since April of 2020.", "number"),
    (W, "How hot did it get in Palm Springs?", "We were 123 down in Palm Springs two days ago", "number"),
    (W, "How many acres burned across the West last year, by Biden's count?", "more than 10 million acres burned",
     "number"),
    (W, "What extra bonus will frontline firefighters get?",
     "additional 10 percent bonuses for those working on the frontlines", "number"),
    (X, "What share of the ruble bonds do foreign investors own?",
     "about a quarter of these bonds are owned by foreign investors", "number"),
    (X, "Which Russian agency's unit goes by the names APT29, Cozy Bear and the Dukes?",
     "The SVR unit, APT29, Cozy Bear, the Dukes",
     "person"),
    (C, "How many senior US officials will Russia put on its own sanctions list?",
     "Today we will publish a list of eight officials representing the upper echelons of the administration in "
     "Washington.", "number"),
]


def _append_new(rows) -> None:
    """Append the rows whose ids their question file does not hold yet (A and B appended first, A2 and B2 later)."""
    import json
    repo = Path(__file__).resolve().parents[2]
    for path, seed in ((repo / "qa/data/seed_questions.jsonl", True), (repo / "bench/questions/real-dev.jsonl", False)):
        held = {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
        new = [r for r in rows if r["id"].startswith("seed-") == seed and r["id"] not in held]
        with path.open("a", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
        print(path.name, "appended", len(new))


if __name__ == "__main__":
    rows_a = quoted_rows(A, "A", "rank64", C, (5650, 1), lambda form: f"rank64-{form}")
    seeds = sum(r["id"].startswith("seed-") for r in rows_a)
    reals = len(rows_a) - seeds
    rows_b = quoted_rows(B_, "B", "rank64", C, (5650 + seeds, reals + 1), lambda form: f"rank64-{form}")
    seeds_b = sum(r["id"].startswith("seed-") for r in rows_b)
    first = (5650 + seeds + seeds_b, reals + len(rows_b) - seeds_b + 1)
    rows_a2 = quoted_rows(A2, "A", "rank64", C, first, lambda form: f"rank64-{form}")
    seeds_a2 = sum(r["id"].startswith("seed-") for r in rows_a2)
    rows_b2 = quoted_rows(B2, "B", "rank64", C, (first[0] + seeds_a2, first[1] + len(rows_a2) - seeds_a2),
                          lambda form: f"rank64-{form}")
    appending = "--append" in sys.argv
    if appending:
        sys.argv.remove("--append")
    save_batches(Path(__file__).parent, {"A": rows_a + rows_a2, "B": rows_b + rows_b2}, ids=True)
    if appending:
        _append_new(rows_a + rows_b + rows_a2 + rows_b2)
