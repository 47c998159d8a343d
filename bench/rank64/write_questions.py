"""rank64's batch A and batch B questions, written from the transcripts before the system was run on any of them
(both committed together; B is asked once, after the rule is frozen). Each asks for an aspect (a reason, a number,
a person, a date) of a topic whose words the transcript says in more than one passage, so that a passage sharing the
question's words without its asked aspect can come first. Lavrov's press conference is the bundled corpus's: its
questions are seed questions (seed-5650 on), the others dev-rank64-NNN. Run once:
`PYTHONPATH=. python bench/rank64/write_questions.py --append` (without --append: the batches' files only)."""
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
    (X, "How many entities and individuals did Treasury sanction over the election influence campaigns?",
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
    (W, "Why can't Oregon count on help from other regions this wildfire season?",
     "our eastern counterparts are preparing for a very difficult hurricane season", "reason"),
    (W, "Firefighters from which country came over to help California?",
     "We had the pleasure of having folks — firefighters — from Israel come", "person"),
    (X, "Why, in the officials' words, should Americans not fund the Russian government?",
     "There’s no credible reason why the American people should directly fund Russia’s government when the Putin "
     "regime has repeatedly attempted to undermine our sovereignty.", "reason"),
    (X, "How much of Russia's sovereign debt did the earlier sanctions leave untouched?",
     "This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues", "number"),
]

if __name__ == "__main__":
    rows_a = quoted_rows(A, "A", "rank64", C, (5650, 1), lambda form: f"rank64-{form}")
    seeds = sum(r["id"].startswith("seed-") for r in rows_a)
    reals = len(rows_a) - seeds
    rows_b = quoted_rows(B_, "B", "rank64", C, (5650 + seeds, reals + 1), lambda form: f"rank64-{form}")
    save_batches(Path(__file__).parent, {"A": rows_a, "B": rows_b}, ids=True)
