"""fup64's batches A and B: two-turn conversations whose follow-up takes its history in forms the dev set holds few
of: the next part of the talk ("what did she say next?", "and after that?", "and what came third?"), a bare reason
("why?", "how so?", "why leave them out?"), another one of the same ("who else?", "what else could Russia do?"), the
terse "and the X?" ("and the bonuses?", "and on Kosovo?") and an implicit referent with words of its own ("has Russia
answered?", "how confident is the US?"); with two switches each as controls. Written by reading the wildfire meeting,
the Lavrov press conference, the sanctions call, the Biden-Suga press conference and the Lamport interview before any
run of the system on them. Gold: the answering sentence, located with `locate_gold`.

    .venv/bin/python bench/fup64/write_batches.py [--append [A B C]]

Writes bench/fup64/batch-A.jsonl, batch-B.jsonl and batch-C.jsonl (C: a second confirm batch of follow-ups asking for the
next part, written after B was run); `--append [NAME ...]` adds the rows to bench/questions/conversations-dev.jsonl.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
P = "wh-background-press-call-russia-sanctions-2021-04-15.md"
S = "wh-biden-suga-press-conference-2021-04-16.md"
L = "lavrov-selakovic-press-conference-2021-04-16.txt"
W = "wh-biden-meeting-western-wildfires-2021-06-30.md"
M = "changelog-552-leslie-lamport-interview.md"
G = "i2ml-random-forest-bagging-lecture.srt"
FU, SW = "follow-up", "switch"

# (id, transcript, history, question, gold quotes, category, shape); shape: the form of the follow-up
A = [
    (6900, W, "How many uncontained fires are burning this year, according to Biden?", "and how many firefighters?",
     ["There are already about 9,000 firefighters deployed across the region"], FU, "terse-and"),
    (6901, W, "What did Harris see at Paradise, California?", "what did the firefighters there tell her?",
     ["If you look at the driveway, it may be a tragic situation if the cars are in the driveway"], FU, "implicit"),
    (6902, W, "What record temperatures did Oregon see, according to Governor Brown?",
     "what did she go on to say about last year?",
     ["Last year, we had more than 2,000 fires that burned over a million acres."], FU, "next"),
    (6903, W, "How many lives did Oregon lose in last year's fires?", "who was hurt the most?",
     ["those who can least afford the impacts are hurt the most"], FU, "implicit"),
    (6904, W, "What did Newsom say he had been waiting four and a half years to hear?", "why?",
     ["we were engaged in a relationship with the federal government"], FU, "why"),
    (6905, W, "How many lightning strikes did last year's heat dome bring, per Newsom?", "and what came of that?",
     ["five of the most destructive wildfires"], FU, "terse-and"),
    (6906, W, "Which countries did California call for help when mutual aid was stretched?", "who else came?",
     ["We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."], FU,
     "who-else"),
    (6907, W, "What did Biden ask Governor Brown before moving on?", "and what was her answer?",
     ["Making sure we have resources to train our National Guardsmen and women prior to fire season has been "
      "extremely helpful the last two fire seasons."], FU, "next"),
    (6908, W, "What was the Vice President's follow-up question to the governors about?", "who took it up?",
     ["Governor Newsom, do you want to pick that one up?"], FU, "implicit"),
    (6909, W, "What is Biden doing about firefighters paid less than $13 an hour?", "and the bonuses?",
     ["provide for additional 10 percent bonuses for those working on the frontlines"], FU, "terse-and"),
    (6910, W, "What did Harris say about her family home?", "and what did she say next?",
     ["So, when I think about the challenges that we face as a nation, I know they are real."], FU, "next"),
    (6911, L, "What will Russia do about Russians hired at American diplomatic missions?", "and the second disparity?",
     ["the Americans send several hundreds of employees on short-term trips to Russia every year"], FU, "terse-and"),
    (6912, L, "How many people work at Russia's mission to the UN?", "why leave them out of the count?",
     ["The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with "
      "bilateral ties."], FU, "why"),
    (6913, L, "What will Russia do about the memorandum on open ground?", "what was the incident?",
     ["There was a recent incident when representatives of the military attache office travelled in central Russia "
      "without any notification."], FU, "implicit"),
    (6914, L, "How will Russia respond to the expulsion of its ten diplomats?",
     "who else expelled Russian diplomats?", ["Poland also announced the expulsion of our diplomats."], FU,
     "who-else"),
    (6915, L, "Can the Russian economy cope with the debt sanctions, according to Lavrov?",
     "what else could Russia do?", ["We also have opportunities to impose painful measures on American business."],
     FU, "who-else"),
    (6916, L, "What does Lavrov say about Biden's summit proposal?", "and what are they doing now?",
     ["Now we are studying different aspects of this initiative."], FU, "next"),
    (6917, L, "What did Lavrov say about Sputnik V production in Belgrade?", "what did he talk about after that?",
     ["We place a great deal of importance on the continued work of the Russian-Serbian Intergovernmental Committee"],
     FU, "next"),
    (6918, L, "Who is the main investor in NIS?", "how much of Serbia's budget does it bring in?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."], FU, "implicit"),
    (6919, P, "Which service did the US name as the SolarWinds perpetrator?", "how confident is the US?",
     ["The U.S. intelligence community has high confidence in its assessment of attribution to the SVR."], FU,
     "implicit"),
    (6920, P, "How big is the ruble sovereign debt market?", "and how much do foreigners own?",
     ["about a quarter of these bonds are owned by foreign investors"], FU, "terse-and"),
    (6921, P, "What does the official say removing US investors from the debt market can do?",
     "and who decides how fast that happens?",
     ["The speed and magnitude of that negative feedback loop is a function of Russia’s choices."], FU, "implicit"),
    (6922, P, "What is the US evaluating under Executive Order 13873?", "who else spoke up about the attribution?",
     ["you may have noted both Australia and the European Union statement of support for the attribution"], FU,
     "who-else"),
    (6923, P, "How confident is the intelligence community about the Taliban bounties?", "why only that confident?",
     ["in part because it relies on detainee reporting and due to the challenging operating environment in "
      "Afghanistan"], FU, "why"),
    (6924, P, "What did Biden propose to Putin this week?", "has Russia answered?",
     ["The Russians have not responded to that to say whether they will"], FU, "implicit"),
    (6925, W, "What is Biden doing about firefighters' pay?",
     "What is the Russian-Serbian Intergovernmental Committee working on?",
     ["additional measures to restore the steady upward trend in trade"], SW, "switch"),
    (6926, L, "What did Lavrov say about a Greater Albania?",
     "How many large uncontained fires are burning in the West this year?",
     ["This year, there are 36 that are uncontained and burning."], SW, "switch"),
]
B = [
    (6940, S, "What did Biden say about the Quad Vaccine Partnership?", "and beyond this pandemic?",
     ["We’re also going to do more beyond this pandemic to advance longer-term goals for health security"], FU,
     "terse-and"),
    (6941, S, "What is the new partnership between Japan and the US called?", "what's at the top of its agenda?",
     ["Top of our agenda is, of course, getting the pandemic under control"], FU, "implicit"),
    (6942, S, "What did Biden say about 5G networks and semiconductors?", "and what came third?",
     ["Thirdly, our nations are committed to taking aggressive action to meet the threats of climate change."], FU,
     "next"),
    (6943, S, "What program did Biden and Suga agree to resume?", "who was it named after?",
     ["Before Mike Mansfield — who was a beloved ambassador to Japan — became ambassador, he was a mentor of mine"],
     FU, "implicit"),
    (6944, S, "What did Suga and Biden agree to oppose in the East and South China Seas?", "and at the same time?",
     ["we agreed on the necessity for each of us to engage in frank dialogue with China"], FU, "terse-and"),
    (6945, S, "What did Suga say about the abduction issue?", "who else should they work with?",
     ["trilateral cooperation, including the ROK, has never been as important as today"], FU, "who-else"),
    (6946, S, "Which air station relocation did Biden and Suga agree to promote?", "why?",
     ["from the perspective of mitigating the impact on local communities, including, first and foremost, Okinawa"],
     FU, "why"),
    (6947, M, "What does Lamport say coding is to programming?", "how so?",
     ["Typography is an art. A lot of effort goes into designing a book."], FU, "why"),
    (6948, M, "Who maintains the TLA+ tools now, according to Lamport?", "and the title of his talk?",
     ["How to save two hours of TLA with two weeks of debugging."], FU, "terse-and"),
    (6949, M, "What does Lamport say happens to a program that keeps getting patched?",
     "what quote did he bring up next?",
     ["No battle was ever won according to plan, but no battle was ever won without one."], FU, "next"),
    (6950, L, "What does Lavrov say about short-term trips by State Department employees?",
     "and what does Russia suggest instead?",
     ["We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to "
      "Russia per year."], FU, "terse-and"),
    (6951, L, "How many Russian officials did the Americans add to a sanctions list before Biden's package?",
     "and how did Russia reply?",
     ["Today we will publish a list of eight officials representing the upper echelons of the administration in "
      "Washington."], FU, "terse-and"),
    (6952, L, "What does Lavrov call the statements about a Greater Albania?", "who does he want to stop them?",
     ["We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an "
      "end to these sentiments"], FU, "implicit"),
    (6953, L, "When did the EAEU and Serbia sign their free trade agreement?", "has it taken effect?",
     ["We are close to completing the procedures required for the agreement to take effect."], FU, "implicit"),
    (6954, L, "At which forums did Russia and Serbia agree to coordinate?", "and on Kosovo?",
     ["We reaffirmed our commitment to continue helping our Serbian friends defend Belgrade’s legitimate rights with "
      "respect to Kosovo."], FU, "terse-and"),
    (6955, P, "What does Treasury's new directive prohibit?", "and what else did Treasury do under the new EO?",
     ["Treasury has today designated six Russian companies that provide support to the SVR cyber program"], FU,
     "who-else"),
    (6956, P, "How much of Russia's sovereign debt did the earlier sanctions leave untouched?", "why?",
     ["our sanctions prohibitions only prevented U.S. persons from purchases of non-ruble denominated debt at "
      "issuance"], FU, "why"),
    (6957, P, "What warning does the SolarWinds compromise serve as, per the official?",
     "so what should companies do?",
     ["to evaluate the security of their infrastructure and be aware of the potential for future U.S. action"], FU,
     "implicit"),
    (6958, W, "What temperatures did Newsom mention in Palm Springs?", "and what did he say right after?",
     ["There’s no Republican thermometer, no Democratic thermometer."], FU, "next"),
    (6959, W, "What did Biden say is the only thing that saves a firefighter's life?",
     "what did he go on to talk about?", ["one of the hardest speeches I’ve ever had to make"], FU, "next"),
    (6960, W, "Where is Newsom speaking from?", "and which fire is nearby?",
     ["the Lava Fire, which is a few miles away from me"], FU, "terse-and"),
    (6961, W, "What has the Good Neighbor Authority done, according to Governor Brown?", "why is it a win, win, win?",
     ["It creates jobs, creates healthy landscapes, and reduces wildfire risk."], FU, "why"),
    (6962, W, "Whom did Biden say he met two days ago?", "what did they do that impressed him?",
     ["the largest logistical effort in American history getting all these COVID vaccines out"], FU, "implicit"),
    (6963, P, "How many Russian technology companies did Treasury designate?", "why were they designated?",
     ["They’re being designated — the companies — for operating in the technology sector of the Russian "
      "Federation economy."], FU, "why"),
    (6964, S, "What did Suga say about the Tokyo Olympics?", "How many homes did Oregon lose in last year's fires?",
     ["We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."], SW, "switch"),
    (6965, M, "What does Lamport say coding is to programming?",
     "What will Russia do about American foundations and NGOs?",
     ["We will limit and suspend the activities of American foundations and NGOs on our territory."], SW, "switch"),
]
# C: a second confirm batch, written after B was run (B held only four follow-ups of the rule's form): follow-ups
# that ask for the next part of the talk, in the five recordings above and the bagging lecture, and two switches
C = [
    (6970, W, "What briefing has the President received for years at the start of hurricane season?",
     "what did Biden say after that?",
     ["I asked for a second briefing that — that does the same thing, but now we’re doing it about wildfire season."],
     FU, "next"),
    (6971, W, "What did Harris say about the chimneys at Paradise?", "and what did she say right after that?",
     ["The firefighters that were there pointed out to me"], FU, "next"),
    (6972, W, "How many large uncontained fires were burning last year, per Biden?", "what did he go on to say?",
     ["There are already about 9,000 firefighters deployed across the region"], FU, "next"),
    (6973, W, "What did Newsom say about raking policies?", "what did he talk about next?",
     ["I’m here in your forests, our forests — federal forests in Klamath and Siskiyou County"], FU, "next"),
    (6974, L, "What did Lavrov say about Naftna Industrija Srbije?", "and what came after that?",
     ["The Serbian railway improvement programme is making a significant contribution to infrastructure "
      "modernisation."], FU, "next"),
    (6975, L, "What does Lavrov say about the Open Skies Treaty?", "and then?",
     ["The US has withdrawn from it and is not going to come back."], FU, "next"),
    (6976, L, "How will Russia answer the eight officials the US put on a sanctions list?",
     "what did Lavrov bring up next?",
     ["Sectoral sanctions have been announced as regards Russian national debt and related transactions."], FU,
     "next"),
    (6977, P, "By which names is the SVR unit behind SolarWinds known?", "what did the official say right after that?",
     ["The U.S. intelligence community has high confidence in its assessment of attribution to the SVR."], FU,
     "next"),
    (6978, P, "How big is the ruble-denominated sovereign debt market, per the official?",
     "and what did the official say next?",
     ["Judging from history, removing U.S. investors as buyers in this market can create a broader chilling effect"],
     FU, "next"),
    (6979, S, "What did Biden say about Matsuyama winning the Masters?", "what came after that?",
     ["Mr. Prime Minister, thank you for making the trip."], FU, "next"),
    (6980, S, "What did Suga say about the Senkaku Islands?", "what did he say next?",
     ["We also agree to accelerate the review underway between our two countries on the specific means to "
      "strengthen our alliance."], FU, "next"),
    (6981, M, "What is the title of Markus Kuppe's talk, according to Lamport?", "and what did he say after that?",
     ["using this formal stuff is just so hard"], FU, "next"),
    (6982, M, "Which Eisenhower quote does Lamport love?", "what did Jerod say right after?",
     ["You start off with a mess; every line of code you write as a patch."], FU, "next"),
    (6983, G, "What are the individual models of an ensemble usually called?", "and what did he explain after that?",
     ["there are so-called homogeneous", "ensembles that always use the same class"], FU, "next"),
    (6984, G, "What does the lecturer call the points sampled in a bootstrap iteration?", "and what comes after that?",
     ["certain points we will not sample and", "these points are called out of B so"], FU, "next"),
    (6985, M, "What does Lamport say about patching a program?",
     "How many homes did Oregon lose in last year's fires?",
     ["We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."], SW, "switch"),
    (6986, W, "What did Newsom say about raking policies?",
     "What does the lecturer call the points not drawn in a bootstrap sample?",
     ["certain points we will not sample and", "these points are called out of B so"], SW, "switch"),
]
# switches whose answer lies in another transcript than the earlier question's
SWITCHES = {6925: L, 6926: W, 6964: W, 6965: L, 6985: W, 6986: G}


def rows(spec, batch: str) -> list[dict]:
    out = []
    for number, transcript, earlier, question, gold, category, shape in spec:
        transcript = SWITCHES.get(number, transcript)
        out.append({"id": f"conv-dev-{number}", "question": question, "transcript": transcript,
                    "history": [earlier], "gold_quotes": gold, "answerable": True, "category": category,
                    "kind": f"fup64-{batch}", "batch": batch, "shape": shape})
    return out


def check(batch_rows: list[dict], path: Path) -> None:
    """Every gold quote found in its transcript."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_rows), encoding="utf-8")
    questions = load_questions(path)
    for q in questions:
        spans = locate_gold([q], lambda name: (SHARED / name).read_text(encoding="utf-8"), source=str(path))[q.id]
        assert len(spans) == len(q.gold_quotes), (q.id, spans)


def main(argv: list[str]) -> None:
    here = Path(__file__).resolve().parent
    batches = {"A": rows(A, "A"), "B": rows(B, "B"), "C": rows(C, "C")}
    for name, batch_rows in batches.items():
        check(batch_rows, here / f"batch-{name}.jsonl")
        print(name, len(batch_rows), "rows")
    if "--append" in argv:  # --append C: only batch C (A and B were appended at b2185ba)
        chosen = argv[argv.index("--append") + 1:] or list(batches)
        with (REPO / "bench/questions/conversations-dev.jsonl").open("a", encoding="utf-8") as f:
            for name in chosen:
                batch_rows = batches[name]
                for r in batch_rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
