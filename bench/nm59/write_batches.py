"""Writes nm59's batches A and B (appended to the dev question files): near misses whose topic is said and whose asked
thing never is, most of them a sum of money asked ("How much does X cost?", "What salary ...?", "How big is the X
budget?") of a topic the transcript speaks of without any sum; some of other forms (a name, a count, a place); and
answerable controls of the same forms (gold: the sentence that gives the sum or the thing). For each unanswerable
row, a grep of its transcript for the topic's words, read with the lines around each, finds no sum (no "$", dollars,
euros, millions ...) or no thing asked said of it: the `absent` field. Written from the transcripts before the
system was run on any of them; A is read while the rule is set, B run once after it is frozen. Unanswerable rows
carry category "near-miss".

    PYTHONPATH=. .venv/bin/python bench/nm59/write_batches.py [--write]
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, AGENTIC as A, BAGGING as B, WEB_VITALS as V,
    SEED, register_batch_main, register_rows)

# (batch, form, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # batch A: 12 answerable, 20 unanswerable
    ("A", "sum", W, "How much is the federal grant Biden announced for Sonoma County?",
     ["And today, I’m announcing a $37 million federal grant to Sonoma County, California, in support of fire "
      "mitigation efforts that are underway."], None),
    ("A", "sum", W, "How much were some federal firefighters being paid an hour?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour."], None),
    ("A", "sum", W, "What hourly pay will federal wildland firefighters make at least?",
     ["firefighters are making at least $15 an hour"], None),
    ("A", "sum", W, "How big is the resilience investment in the Bipartisan Infrastructure Framework?",
     ["Bipartisan Infrastructure Framework investment of about $50 billion"], None),
    ("A", "sum", L, "How much had the abandoned project cost?",
     ["A 100 million dollar project that just failed, that was just abandoned"], None),
    ("A", "sum", SEED, "Lavrov says NIS has drawn how much money from abroad?",
     ["FDI in the company exceeds $3 billion."], None),
    ("A", "sum", S, "What size does the official give for the market in Russia's ruble debt?",
     ["sovereign debt market is about 185 billion in size"], None),
    ("A", "sum", W, "How much has the state invested in preparing for this year's fire season?",
     ["We’ve been preparing for this year’s fire season by investing millions of dollars"], None),
    ("A", "other", SEED, "NIS made up what part of the Serbian budget's revenues last year?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."], None),
    ("A", "name", W, "Whose satellite technology can spot fires from space while they are still small?",
     ["Oceanic and Atmospheric Administration — NOAA — has satellite technology that is able to see from space "
      "when "
      "new fires start"], None),
    ("A", "count", S, "How many entities and individuals did Treasury sanction under other authorities?",
     ["Under other sanctions authorities today, Treasury also sanctioned 32"], None),
    ("A", "other", J, "Which kind of networks did the leaders agree to promote?",
     ["promoting secure and reliable 5G networks"], None),
    ("A", "sum", W, "How much will the National Guard firefighting training cost?", None,
     "funding to train and equip National Guard members said (lines 122-124, 368); no sum"),
    ("A", "sum", W, "How much money does Oregon's new state legislation put into Good Neighbor Authority projects?",
     None, "'fund even more of these Good Neighbor Authority projects' (347); 'the dollars to invest now': no sum"),
    ("A", "sum", W, "What do NOAA's fire-spotting satellites cost?", None,
     "NOAA's satellite technology said (156); no sum"),
    ("A", "sum", S, "How much does the first-of-its-kind course for policymakers cost?", None,
     "the course for policymakers said (276); no sum"),
    ("A", "sum", S, "How much money does Russia's National Wealth Fund hold?", None,
     "the National Wealth Fund named (79); no sum of it"),
    ("A", "sum", J, "How much are Japan and the United States investing in secure 5G networks?", None,
     "5G networks said (82); no sum in the file"),
    ("A", "sum", J, "What budget does the Quad Vaccine Partnership have?", None,
     "the Quad Vaccine Partnership said (62); no sum in the file"),
    ("A", "sum", L, "What salary does Lamport earn at Microsoft Research?", None,
     "Microsoft Research said (1, 167); no salary"),
    ("A", "sum", L, "How much does it cost to use the TLA+ tools?", None,
     "the TLA+ tools said; no price, nor 'free'"),
    ("A", "sum", V, "How much does Google charge for the Lighthouse tool?", None,
     "Lighthouse said as 'a hidden tool in Chrome'; no price"),
    ("A", "sum", A, "How much does the N8N drag-and-drop tool cost?", None,
     "N8N said (921); no price"),
    ("A", "sum", B, "How much does it cost to train a bagging ensemble?", None,
     "training bagging ensembles said throughout; no sum or cost"),
    ("A", "sum", SEED, "What price does Serbia pay for Russian gas?", None,
     "energy cooperation said; no price of gas"),
    ("A", "sum", SEED, "What does the Belgrade Sputnik V plant cost, per Lavrov?", None,
     "'the launch of Sputnik V production in Belgrade' said; no sum or price"),
    ("A", "name", W, "Which company built NOAA's fire-spotting satellites?", None,
     "NOAA's satellite technology said (156); no maker"),
    ("A", "count", J, "How many countries have joined the Quad Vaccine Partnership?", None,
     "the Quad Vaccine Partnership said (62); no count of members"),
    ("A", "person", S, "Who teaches the first-of-its-kind course for policymakers?", None,
     "the course said (276); no teacher named"),
    ("A", "place", L, "In which city does Lamport live?", None, "no city of his home said"),
    ("A", "name", A, "Which hotel chain does the travel assistant pick in London?", None,
     "the London trip said (621-625); no hotel"),
    ("A", "name", V, "Which version of Chrome does the lecturer use?", None,
     "Chrome said; no version"),
    # batch B: 14 answerable, 26 unanswerable
    ("B", "sum", W, "In dollars, what did last year's blazes do to the economy?",
     ["billions of dollars in economic damage"], None),
    ("B", "sum", W, "What does the President say the infrastructure framework puts into resilience, in dollars?",
     ["Fifty billion dollars."], None),
    ("B", "sum", W, "What is the size of the FEMA grant to Sonoma County?",
     ["I’m announcing a $37 million federal grant to Sonoma County"], None),
    ("B", "sum", L, "What did the failed project cost?",
     ["A 100 million dollar project that just failed"], None),
    ("B", "sum", SEED, "What sum of foreign direct investment is in NIS?",
     ["FDI in the company exceeds $3 billion."], None),
    ("B", "sum", S, "What is the size of the ruble sovereign debt market?",
     ["sovereign debt market is about 185 billion in size"], None),
    ("B", "sum", W, "What minimum wage will federal wildland firefighters make per hour?",
     ["firefighters are making at least $15 an hour"], None),
    ("B", "sum", W, "What was the lowest hourly pay the President found federal firefighters getting?",
     ["some of our federal firefighters are being paid less than $13 an hour"], None),
    ("B", "other", W, "What bonus will firefighters working on the fire lines get?",
     ["additional 10 percent bonuses"], None),
    ("B", "count", W, "What area burned in the West last year, in acres?", ["more than 10 million acres burned"], None),
    ("B", "other", J, "Which disaster did the leaders recall that cost so many lives?",
     ["earthquake, tsunami, and nuclear disaster that cost so many lives"], None),
    ("B", "time", L, "Which year's Turing Award went to Lamport, per the host?",
     ["this Turing Award which you won in 2013"],
     None),
    ("B", "other", A, "Where does the travel assistant example send the user, and for how long?",
     ["assistant where you can say book a 7-day"], None),
    ("B", "name", SEED, "Which company is the main investor in NIS?",
     ["Its main stakeholder and investor is Gazprom Neft."], None),
    ("B", "sum", W, "How much will the retention incentives for federal firefighters cost?", None,
     "retention incentives said (104-107) with the $15 hourly pay; no cost of them"),
    ("B", "sum", W, "What is the budget of FEMA's BRIC program?", None,
     "BRIC named (185) with the $37 million grant, a part of it; no budget of the program"),
    ("B", "sum", W, "How much will the 10 percent bonuses cost the government?", None,
     "the bonuses said (107); no sum"),
    ("B", "sum", W, "What do the Department of Defense's new satellite technologies cost?", None,
     "the satellite technologies said (470-472); no sum"),
    ("B", "sum", W, "How much funding went to the Office of Emergency Management's staffing?", None,
     "'millions of dollars' said of preparing, the staffing beside it (321-323): no sum of the staffing"),
    ("B", "sum", S, "How much money did Russia offer for attacks on U.S. soldiers in Afghanistan?", None,
     "the bounties said (119-122, 320); no sum"),
    ("B", "sum", S, "What will the rapid rollout of security in the cloud cost?", None,
     "the rollout said (440); no sum"),
    ("B", "sum", S, "How much do the new sanctions cost the Russian government each year?", None,
     "'impose costs' said often; no yearly sum"),
    ("B", "sum", J, "How much did the 2011 earthquake and tsunami cost Japan?", None,
     "'cost so many lives' (106); no sum"),
    ("B", "sum", J, "What will the Quad's expanded vaccine manufacturing cost?", None,
     "the Quad's vaccine manufacturing said (62-63); no sum"),
    ("B", "sum", J, "How much are the two countries spending on clean energy?", None,
     "'advance clean energy' (96); no sum"),
    ("B", "sum", L, "What did the bakery charge for its goods when Lamport was a kid?", None,
     "the bakery said (321); no price"),
    ("B", "sum", L, "How much did Lamport get paid for creating LaTeX?", None, "LaTeX said (1); no sum"),
    ("B", "sum", V, "What does it cost to improve a site's Core Web Vitals?", None, "no cost or price said"),
    ("B", "sum", A, "What is the monthly price of the HR management system in the onboarding example?", None,
     "the HR management system said (149, 445); no price"),
    ("B", "sum", A, "What does the IT help desk ticket system cost?", None, "the IT help desk ticket (301); no price"),
    ("B", "sum", B, "What budget did the lecturer have for computing the benchmarks?", None,
     "the benchmarks said; no budget"),
    ("B", "sum", SEED, "How much does NIS pay Serbia in taxes each year?", None,
     "NIS's share of budget revenues said as 13 percent; no sum of taxes"),
    ("B", "sum", SEED, "How much money does the free trade agreement with the EAEU save Serbia?", None,
     "the EAEU free trade agreement said; no sum"),
    ("B", "name", W, "Which company makes the satellites the Department of Defense shares?", None,
     "the satellite technologies said (470-472); no maker"),
    ("B", "count", S, "How many Russian intelligence officers were behind the Taliban bounties?", None,
     "'Russian intelligence officers sought to encourage Taliban attacks' (121-122); no count"),
    ("B", "place", J, "Which Japanese city will host the next Quad leaders' meeting?", None,
     "the Quad said; no next meeting's city"),
    ("B", "count", L, "How many languages has LaTeX been translated into?", None, "LaTeX said (1); no count"),
    ("B", "name", A, "Which HR management system does the onboarding example use?", None,
     "'HR management system' said (149, 445); no product named"),
    ("B", "name", V, "Which hosting company does the lecturer's website use?", None, "no host named"),
    ("B", "count", B, "How many students attended the bagging lecture?", None, "no count of students"),
    ("B", "person", SEED, "Who heads NIS?", None, "NIS said; Gazprom Neft its stakeholder; no head named"),
]


def rows():
    """The question-file rows: (file, row), ids in nm59's ranges; an unanswerable row's category "near-miss"."""
    out = register_rows(ROWS, "nm59", 1, 5260, 4550, "nm59-{batch}")
    for _, row in out:
        if not row["answerable"]:
            row["category"] = "near-miss"
    return out


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
