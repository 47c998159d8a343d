"""Writes nm61's batches A and B (appended to the dev question files): questions that open with a clause of "when"
setting the scene, its last word carrying the comma, before the question proper ("When Harris arrived in Paradise,
what was still standing?"), which asks no time. Answerable controls (gold: the sentence that answers the question
proper) and near misses: the scene is said in the transcript, the thing asked never is (a grep of all eight
transcripts, whitespace joined, for the asked thing's words: the `absent` field). Written from the transcripts before
the system was run on any of them; A is read while the change is set, B run once after it is frozen. Unanswerable
rows carry category "near-miss".

    PYTHONPATH=. .venv/bin/python bench/nm61/write_batches.py [--write]
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, BAGGING as B, LAVROV_PRESS as R,
    AGENTIC as A,
    register_batch_main, register_rows)

# (batch, form, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # batch A: 11 answerable, 15 unanswerable
    ("A", "when-clause", W, "When Harris arrived in Paradise, what was the only thing left standing?",
     ["But the only thing standing in that community were the chimneys"], None),
    ("A", "when-clause", W, "When Biden received the hurricane briefing this year, what did he ask for?",
     ["I asked for a second briefing that — that does the same thing, but now we’re doing it about wildfire "
      "season."],
     None),
    ("A", "when-clause", W, "When governors request it, what does the federal government offer funding for?",
     ["The federal government is also offering funding, when governors request it, to train and equip National Guard "
      "members"], None),
    ("A", "when-clause", J, "When Biden came to the Senate after losing his wife and daughter, who mentored "
     "him?",
     ["Before Mike Mansfield — who was a beloved ambassador to Japan — became ambassador, he was a mentor of mine when "
      "I came to the Senate after my wife and daughter were killed"], None),
    ("A", "when-clause", J, "When Biden was Vice President, whom did he visit in the region hit by the tsunami?",
     ["when I was Vice President, visiting the families in the region to show support of the United States"], None),
    ("A", "when-clause", S, "When the President spoke with Putin earlier this week, what did he tell him?",
     ["told him, true to his word, that the United States would in fact be executing responses to the cyber "
      "intrusion of SolarWinds and the interference in the 2020 election"], None),
    ("A", "when-clause", S, "When the US expels the 10 Russian officials, what reason does it give?",
     ["because we have determined that they were acting in a manner inconsistent with their status in the United "
      "States"], None),
    ("A", "when-clause", R, "When the EAEU and Serbia signed their free trade agreement, what was still needed "
     "before it took effect?",
     ["We are close to completing the procedures required for the agreement to take effect."], None),
    ("A", "when-clause", R, "When Kosovo sought membership in Interpol and UNESCO, what became of those attempts?",
     ["the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other "
      "organisations were neutralised"], None),
    ("A", "when-clause", L, "When Lamport started out, which document system did he use?",
     ["When I started, I used Scribe, and it seemed perfectly obvious to me that was the thing to do."], None),
    ("A", "when-clause", B, "When the base learners are probabilistic classifiers, how is the ensemble's output made?",
     ["can average their values"], None),
    ("A", "when-clause", W, "When Biden received the hurricane briefing this year, who gave it to him?", None,
     "the briefing said (lines 27-31); no one who gave it"),
    ("A", "when-clause", W, "When the new EPA app launches, what will it be called?", None,
     "'a new app on — from EPA' (183); no name"),
    ("A", "when-clause", W, "When the Prescott Fire Department lost its hotshot crew, which fire were they fighting?",
     None, "Granite Mountain Hotshots, Prescott said (136-138); no fire named"),
    ("A", "when-clause", W, "When Harris visited Paradise as a senator, how many homes had burned there?", None,
     "Paradise said (229-232); no count of homes there (Oregon's 4,000 homes, Brown's)"),
    ("A", "when-clause", W, "When seasonal firefighters work beyond their term, who pays for their overtime?", None,
     "'allowing them to work beyond their term' (145-147); no overtime, no payer"),
    ("A", "when-clause", J, "When Suga came to the White House, what gift did he bring Biden?", None,
     "the visit said; no gift"),
    ("A", "when-clause", J, "When Matsuyama won the Masters, what was his final score?", None,
     "Matsuyama and the Masters said; no score"),
    ("A", "when-clause", J, "When Biden visited the tsunami region as Vice President, which city did he go to?", None,
     "the visit said; no city (no Sendai, Fukushima, Tohoku, Miyagi)"),
    ("A", "when-clause", S, "When the US expels the 10 Russian officials, which airline will fly them home?", None,
     "the expulsion said (112, 343); no airline or flight"),
    ("A", "when-clause", S, "When Treasury sanctioned the individuals tied to Crimea, which of them were named?", None,
     "'eight individuals and entities associated with Russia’s ongoing occupation and repression in Crimea' (111); "
     "none named"),
    ("A", "when-clause", S, "When the policymakers' course opens at the Marshall Center, how many students will "
     "attend?",
     None, "the course and the Marshall Center said (276-279); no students, no count"),
    ("A", "when-clause", R, "When the EAEU and Serbia signed their free trade agreement, what tariff cuts did it "
     "include?",
     None, "the agreement said (23); no tariff"),
    ("A", "when-clause", R, "When Botsan-Kharchenko spoke in Belgrade yesterday, which newspaper reported it?", None,
     "Botsan-Kharchenko said (75); no newspaper of his (Sankei is the Suga press conference's)"),
    ("A", "when-clause", L, "When Lamport started out with Scribe, which university was he working at?", None,
     "Scribe said (33); no university"),
    ("A", "when-clause", B, "When the lecturer ran the benchmark on the spam data, how many observations did it have?",
     None, "the spam data set said (239-240); no count of observations"),
    # batch B: 10 answerable, 15 unanswerable
    ("B", "when-clause", W, "When fires aren't burning, what will the experienced workforce be doing?",
     ["we have a workforce of experienced hands enhancing our forest management"], None),
    ("B", "when-clause", W, "When Harris's family home was under an evacuation order, what did she say were the most "
     "valuable things to grab?",
     ["the most things we can grab that are the most valuable are family photographs"], None),
    ("B", "when-clause", W, "When Biden learned what some federal firefighters were paid, what did he tell his team?",
     ["And I immediately directed my team to take decisive action to fix it."], None),
    ("B", "when-clause", J, "When Biden and Suga met at the summit, what did they agree to oppose in the East and "
     "South China Seas?",
     ["We agreed to oppose any attempts to change the status quo by force or coercion in the East and South China "
      "Seas"], None),
    ("B", "when-clause", S, "When the CYBER FLAG exercise is planned this year, which countries have agreed to join?",
     ["the UK, France, Denmark, and Estonia have agreed to join in the planning for this year CYBER FLAG exercise"],
     None),
    ("B", "when-clause", S, "When the sovereign debt prohibitions come into effect, what is the waiting period meant "
     "to allow?",
     ["The rationale for this date is to allow time for financial institutions to understand and adapt to the "
      "measures we’re taking"], None),
    ("B", "when-clause", R, "When Kurti spoke of a Greater Albania, how did Lavrov describe the statements?",
     ["These are unacceptable, provocative and very harmful statements."], None),
    ("B", "when-clause", L, "When Lamport finishes his current book, what does he hope to start?",
     ["I hope to start organizing a set of examples that will help people learn"], None),
    ("B", "when-clause", L, "When you're just looking at a single system, what does Lamport say you don't need?",
     ["I'll say this problem is stuttering insensitivity. You don't need it when you're just looking at a single "
      "system."], None),
    ("B", "when-clause", B, "When points are sampled in a bootstrap iteration, what are they called?",
     ["call them in bag yeah so that in the bag"], None),
    ("B", "when-clause", W, "When NOAA's satellites spot a new fire, which satellite program does the spotting?", None,
     "NOAA's satellite technology said (172-175); no program named"),
    ("B", "when-clause", W, "When Sonoma County applied for fire mitigation funding, how many other counties applied?",
     None, "Sonoma's application said (194-196); no other county, no count"),
    ("B", "when-clause", W, "When Governor Brown thanked the President for the cost-share adjustment, how much money "
     "did it bring Oregon?", None, "the cost-share adjustment said (318-320), '100 percent'; no sum"),
    ("B", "when-clause", J, "When Biden and Suga met virtually at the G7, what did they agree on?", None,
     "'met several times virtually on — at a G7 meeting' said; nothing agreed there"),
    ("B", "when-clause", J, "When the Mansfield Fellowship Program resumes, which agency will run it?", None,
     "the program said; no agency"),
    ("B", "when-clause", J, "When the Quad Vaccine Partnership was launched, where was the launch held?", None,
     "the launch said; no place"),
    ("B", "when-clause", S, "When the President spoke with Putin earlier this week, how long did the call last?", None,
     "the call said (41-44, 148); no length"),
    ("B", "when-clause", S, "When the intelligence community assessed the bounties, which Taliban commander was named?",
     None, "the Taliban attacks said (119-122); no commander named"),
    ("B", "when-clause", R, "When Kosovo sought membership in Interpol, which country backed its bid?", None,
     "the attempts said (33); no backer"),
    ("B", "when-clause", R, "When Lavrov and Selakovic met, which hotel hosted their talks?", None, "no hotel"),
    ("B", "when-clause", L, "When Lamport finishes his current book, which publisher will release it?", None,
     "the book said (165); no publisher"),
    ("B", "when-clause", L, "When people at Intel used TLA+, which chip did they design with it?", None,
     "Intel said (221); no chip named"),
    ("B", "when-clause", L, "When Lamport retires, who will take over the TLA+ tools?", None,
     "retirement said (165, 173); no successor"),
    ("B", "when-clause", B, "When the lecturer bagged the CART trees, what maximum depth did he set?", None,
     "CART said; no depth"),
    ("B", "when-clause", B, "When neural networks are bagged over different seeds, which library does the lecturer "
     "use?", None, "the seeds said; no library or package"),
    # batch C (the confirm batch of the scene check, SCENE_PROPER_UNSAID, written after B was run with the comma
    # alone, and committed before any run of the scene check): 6 answerable, 10 unanswerable
    ("C", "when-clause", W, "When the extreme heat hits, what happens to the roads?",
     ["Roads are buckling under the heat."], None),
    ("C", "when-clause", W, "When Oregon had its record heat this weekend, how hot did it get?",
     ["reaching upwards of 117 degrees"], None),
    ("C", "when-clause", J, "When Biden and Suga had their private lunch, what did they talk about?",
     ["the Prime Minister and I talked about, when I was Vice President, visiting the families in the region"], None),
    ("C", "when-clause", S, "When Treasury acted with the EU, UK, Australia, and Canada, how many individuals and "
     "entities were sanctioned?",
     ["today sanctioned eight individuals and entities associated with Russia’s ongoing occupation and repression in "
      "Crimea"], None),
    ("C", "when-clause", R, "When Botsan-Kharchenko spoke in Belgrade yesterday, what did he say Russia was ready "
     "to do?",
     ["Russia is ready to join the dialogue of Belgrade and Pristina on the condition that it is mediated by Russia"],
     None),
    ("C", "when-clause", L, "When Lamport looks at an hour/minute clock alone, what doesn't he have to worry about?",
     ["I don't have to worry about adding steps in which the minute doesn't change"], None),
    ("C", "when-clause", W, "When the extreme heat hits, which highways get closed?", None,
     "'Roads are buckling under the heat' (196); no highway, nothing closed"),
    ("C", "when-clause", W, "When Harris's family home was under an evacuation order, which fire threatened it?",
     None, "the evacuation order in Los Angeles said (240); no fire named"),
    ("C", "when-clause", J, "When Biden and Suga had their private lunch, what dish was served?", None,
     "the private lunch said; no dish"),
    ("C", "when-clause", J, "When Matsuyama won the Masters, who caddied for him?", None,
     "Matsuyama said; no caddie"),
    ("C", "when-clause", S, "When the US expels the 10 Russian officials, what ranks do they hold?", None,
     "the expulsion said (112, 343); no rank"),
    ("C", "when-clause", R, "When the EAEU and Serbia signed their free trade agreement, in which city was it "
     "signed?", None, "the agreement said (23); no city of its signing"),
    ("C", "when-clause", L, "When Lamport started programming in 1957, which computer did he use?", None,
     "'I started programming in 1957' (179); no computer named"),
    ("C", "when-clause", A, "When the agent writes the Nvidia report, what stock price does it give?", None,
     "the Nvidia report said; no price"),
    ("C", "when-clause", B, "When the lecturer plotted the bagged ensembles, what colour was the mean curve?", None,
     "the individual trees' 'greenish' areas said; no colour of the mean"),
    ("C", "when-clause", B, "When the lecturer used k-nearest neighbours, which distance measure did he pick?", None,
     "the k setting said; no distance"),
    # batch D (the confirm batch of the scene check with a figure asked left to the figure rules, written after C was
    # run, committed before any run of that version): 6 answerable, 10 unanswerable
    ("D", "when-clause", W, "When Newsom heard the President speak, how long did he say he had been waiting?",
     ["I’ve been waiting almost four and a half years to hear a President say what you just said."], None),
    ("D", "when-clause", W, "When California dealt with the federal government before, what kind of partners were "
     "they?", ["sparring partners, not working partners"], None),
    ("D", "when-clause", W, "When the heat dome sat over the West Coast last year, what did it lead to?",
     ["But that led to 12,000 lightning strikes in 24 hours"], None),
    ("D", "when-clause", W, "When California's mutual aid was stretched, where did firefighters come from to help?",
     ["We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."],
     None),
    ("D", "when-clause", W, "When Newsom looked at the thermometer in Palm Springs, what did it read?",
     ["We were 123 down in Palm Springs two days ago"], None),
    ("D", "when-clause", L, "When Lamport talks about coding and programming, what does he compare them to?",
     ["coding is to programming what typing is to writing"], None),
    ("D", "when-clause", W, "When Newsom got the FMAG approved for Siskiyou County, which FEMA official signed it?",
     None, "the FMAG said (438-440); no official"),
    ("D", "when-clause", W, "When the heat dome sat over the West Coast, how many people died?", None,
     "the heat dome and its lightning strikes said (446-450); no deaths"),
    ("D", "when-clause", W, "When firefighters came from Israel, which Israeli agency sent them?", None,
     "the firefighters from Israel said (466); no agency"),
    ("D", "when-clause", W, "When California was debating raking policies, which senator proposed the raking?", None,
     "'debating raking policies' said (431); no senator"),
    ("D", "when-clause", W, "When Newsom was calling folks in Australia, which Australian state answered?", None,
     "'calling folks in Australia' said (464); no state"),
    ("D", "when-clause", J, "When Biden welcomed Suga to the White House, which room did they meet in?", None,
     "the welcome said; no room"),
    ("D", "when-clause", S, "When the senior official explained the June 14 date, which banks did he say were "
     "consulted?", None, "the date's rationale said (351-356); no bank named, no consultation"),
    ("D", "when-clause", R, "When Lavrov spoke of Resolution 1244, which UN envoy did he praise?", None,
     "Resolution 1244 said (31, 47); no envoy"),
    ("D", "when-clause", L, "When Lamport used Scribe, which operating system did it run on?", None,
     "Scribe said (33); no operating system"),
    ("D", "when-clause", B, "When the lecturer showed the sinusoidal curve, what noise level did he add?", None,
     "the curve and 'random noise' of learning said; no level added"),
]


def rows():
    """The question-file rows: (file, row), ids in nm61's ranges; an unanswerable row's category "near-miss"."""
    out = register_rows(ROWS, "nm61", 1, 5400, 4860, "nm61-{batch}")
    if "--only" in sys.argv:  # the rows of one batch (C was appended after A and B)
        only = sys.argv[sys.argv.index("--only") + 1]
        out = [(path, row) for path, row in out if row["batch"] == only]
    for _, row in out:
        if not row["answerable"]:
            row["category"] = "near-miss"
    return out


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
