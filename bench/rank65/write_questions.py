"""rank65's batch A and batch B questions, written from the transcripts before the system was run on any of them
(both committed together; B is asked once, after the rule is frozen). Each asks how many or how much of a topic its
speaker comes back to in several passages (the diplomats' numbers, the fires, the sanctions' targets, the scores),
so that a passage of the same speaker on the same topic without the figure can come first. Lavrov's press
conference is the bundled corpus's: its questions are seed questions (seed-5800 on), the others dev-rank65-NNN.
Run once: `PYTHONPATH=. python bench/rank65/write_questions.py --append` (without --append: the batches' files); B2,
written later, with `--append --b2`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank59"))
import write_questions as rank59  # noqa: E402,F401  (its exact_quote: a whisper JSON's text and segments)
from question_batches import quoted_rows, save_batches  # noqa: E402

W, X = "wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-background-press-call-russia-sanctions-2021-04-15.md"
C, S = "lavrov-selakovic-press-conference-2021-04-16.txt", "wh-biden-suga-press-conference-2021-04-16.md"
L, V = "changelog-552-leslie-lamport-interview.md", "core-web-vitals-lecture-whisper.json"

# (transcript, question, gold as loosely written)
A = [
    (C, "Under the parity Lavrov suggests, how many staff would travel each way every year?",
     "10 employees going from Russia to the US and 10 from the US to Russia per year"),
    (C, "How many Russian employees handle bilateral work in America?",
     "we have 300 employees on the bilateral front in the US"),
    (C, "How many face-to-face meetings have the intergovernmental committee's co-chairs had lately?",
     "Its co-chairs have already had three in-person meetings in the past few months"),
    (C, "How much foreign direct investment has gone into the oil company NIS?", "FDI in the company exceeds $3 billion."),
    (W, "How many uncontained fires are burning in the West this year?",
     "This year, there are 36 that are uncontained and burning."),
    (W, "How many lightning strikes did California get in one day last year?", "12,000 lightning strikes in 24 hours"),
    (W, "How much money is the grant Biden announces for Sonoma County?", "a $37 million federal grant to Sonoma County"),
    (X, "How many people and entities tied to the occupation of Crimea were sanctioned?",
     "sanctioned eight individuals and entities associated with Russia"),
    (X, "Before these measures, how much of Russia's sovereign debt escaped US sanctions?",
     "the vast majority — over 80 percent — of the sovereign debt that Russia issues"),
    (S, "How many bullets can a magazine hold before the ban Biden backs applies?",
     "the ban on assault weapons and magazines that hold more than 10"),
    (V, "In how many seconds should the largest element of a page load?",
     "the biggest element of the page should be loaded in 2.5 seconds"),
    (W, "How many fires did Oregon have last year?", "Last year, we had more than 2,000 fires that burned over a million acres."),
]
B_ = [
    (C, "Besides its embassy, how many consulates-general does Russia keep in America?",
     "Our employees are affiliated with the Embassy, two consulates-general and the Russian Permanent Mission to the UN."),
    (W, "How many firefighters are out on the lines in the West already?",
     "There are already about 9,000 firefighters deployed across the region"),
    (W, "How many lives did Oregon lose to the wildfires last year?", "We lost nine lives"),
    (W, "How much does the infrastructure framework put into fire resilience, by Biden's figure?",
     "Bipartisan Infrastructure Framework investment of about $50 billion"),
    (W, "How many large fires were burning uncontained a year earlier?", "21 large, uncontained fires were burning"),
    (X, "How many speakers does the background call have?", "We have three speakers today for you."),
    (X, "How many cyber security steps with allies does the official announce?", "announcing two important steps"),
    (X, "How many Russian officials is Washington sending home?", "the United States is expelling 10 Russian officials"),
    (S, "How many rounds are too many for a weapon, in Biden's words?",
     "needs a weapon that can hold 100 rounds or 40 rounds or 20 rounds"),
    (S, "How much is Iran saying it will enrich uranium to?", "Iran is saying it’s going to move to enrich to 60 percent"),
    (L, "How much of a typical spec is plain prose, according to Lamport?", "And in 95% of the cases, it's just English"),
    (V, "How many marks did the lecturer's site score in performance?", "92 marks in performance."),
]

# B2: written at 00:38, after B (above) was asked once and moved nothing (every question but one right first), with the
# rule frozen (759e434), before B2 was asked: counts asked loosely, the way a user half-remembers a figure ("someone
# said ..., how many"), the form of the dev rows the rule moves (bench/rank65/ids-dev-count.txt); facts not asked in A
# or B.
B2 = [
    (W, "newsom said a bunch of the biggest fires in the state's history burned at once last year - how many",
     "five of the six largest in our history concurrently"),
    (W, "somebody told biden they had waited years to hear a president say that, how many years",
     "I’ve been waiting almost four and a half years to hear a President say what you just said."),
    (W, "the heat in oregon's willamette valley got up to how many degrees", "reaching upwards of 117 degrees"),
    (W, "how many years back was the granite mountain hotshots tragedy", "That tragedy happened eight years ago today."),
    (W, "brown says oregonians have been through a lot lately - over how many months",
     "Oregonians have been through a lot in the last 18 months."),
    (S, "biden bragged about a weapons ban he got through, how many years did it last",
     "I’m the only one that ever got a 10-year ban on assault weapons"),
    (V, "in the lighthouse demo how much did the site get for seo", "75 in best practices and 75 in SEO"),
    (V, "the lecturer's site loaded in how many seconds", "Your website can be loaded fast 2.7 seconds."),
    (V, "how many words of lorem ipsum did he type for the paragraph", "write lorem 45 here"),
    ("agentic-ai-explained-youtube-captions.vtt",
     "in the trip booking example how many days of sun does the user want", "sunny for at least 4 days"),
    ("agentic-ai-explained-youtube-captions.vtt", "anthropic sorts ai applications into how many kinds",
     "two categories workflows and agents"),
    ("i2ml-random-forest-bagging-lecture.srt", "in the spam benchmark, how many base learners were bagged",
     "we backed our sbls with about 100 base"),
    (L, "the guy who un-retired, how old was he when he went back", "Steve Yagge just unretired at 54."),
    (L, "jerod says he's been a developer for how many years", "I've been a working developer for 20+ years"),
]

if __name__ == "__main__":
    rows_a = quoted_rows(A, "A", "rank65", C, (5800, 1), lambda *form: "rank65-number")
    seeds = sum(r["id"].startswith("seed-") for r in rows_a)
    rows_b = quoted_rows(B_, "B", "rank65", C, (5800 + seeds, len(rows_a) - seeds + 1), lambda *form: "rank65-number")
    seeds_b = sum(r["id"].startswith("seed-") for r in rows_b)
    rows_b2 = quoted_rows(B2, "B2", "rank65", C, (5800 + seeds + seeds_b, len(rows_a) + len(rows_b) - seeds - seeds_b + 1),
                          lambda *form: "rank65-number")
    batches = {"A": rows_a, "B": rows_b, "B2": rows_b2}
    if "--b2" in sys.argv:  # B2 alone appended (A and B were appended before it was written)
        sys.argv.remove("--b2")
        batches = {"B2": rows_b2}
    save_batches(Path(__file__).parent, batches, ids=True)
