"""rank61's batch A and batch B questions, written from the transcripts before the system was run on any of them
(both committed together; B is asked once, after the rule is frozen). Each asks a reason ("why ...") or what someone
will do or plans ("what will ...", "how will ..."), on a topic whose words the transcript says in more than one
passage; gold = the part that gives the reason or the intent, as the transcript writes it (`exact_quote`; a caption
quote within one cue). Lavrov's press conference is the bundled corpus's: its questions are seed questions (seed-4900
on), the others dev-rank61-NNN. Run once: `PYTHONPATH=. python bench/rank61/write_questions.py --append` (without
--append: the batches' files only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank59"))
import write_questions as rank59  # noqa: E402,F401  (its exact_quote: a whisper JSON's text and segments)
from question_batches import quoted_rows, save_batches  # noqa: E402

W, S, X = ("wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-biden-suga-press-conference-2021-04-16.md",
           "wh-background-press-call-russia-sanctions-2021-04-15.md")
L, G = "changelog-552-leslie-lamport-interview.md", "agentic-ai-explained-youtube-captions.vtt"
V, B = "core-web-vitals-lecture-whisper.json", "i2ml-random-forest-bagging-lecture.srt"
C = "lavrov-selakovic-press-conference-2021-04-16.txt"

# (transcript, question, gold as loosely written, the kind asked)
A = [
    (W, "Why is federal firefighting no longer just a seasonal job?",
     "traditionally, federal firefighting has been a seasonal job, but because of climate change", "reason"),
    (W, "Why does Biden bring up the Granite Mountain Hotshots?",
     "That tragedy happened eight years ago today. That’s the reason I mention it.", "reason"),
    (W, "Why is a car still in the driveway a bad sign after a wildfire?",
     "it may be a tragic situation if the cars are in the driveway because that means the folks didn’t get out in time",
     "reason"),
    (W, "What will the government do with the Energy Department's lightning detection tools?",
     "we’re going to use those tools to identify fires that start in remote places", "intent"),
    (W, "Why was Sonoma the first county to apply for fire mitigation money?",
     "because Sonoma knows all too well the devastation wrought by fires", "reason"),
    (S, "Why does Biden want a new partnership on health security with Japan?",
     "to build better preparedness for the next pandemic, because there will be others", "reason"),
    (S, "How will Japan and the US push the vision of a free and open Indo-Pacific?",
     "while Japan and the U.S. will take the lead to promote the vision through concrete efforts, we will also "
     "cooperate with other countries and regions", "intent"),
    (S, "What did Suga say Japan will keep doing to make the Tokyo Games happen?",
     "Japan will continue careful and full preparation in order to realize the Tokyo games this summer", "intent"),
    (X, "Why does the intelligence community have only low to moderate confidence in the Taliban bounty reports?",
     "in part because it relies on detainee reporting and due to the challenging operating environment in Afghanistan",
     "reason"),
    (X, "What will the US do if Russia's harmful activities continue or escalate?",
     "we will respond with economically impactful costs if these activities continue or escalate", "intent"),
    (X, "What will the US keep doing about the Russian tech firms that support the SVR?",
     "And we will continue to hold those companies accountable for that behavior.", "intent"),
    (X, "How will the US decide what to do next after Russia answers the sanctions?",
     "we will track closely the Russian government responses to this", "intent"),
    (L, "Why does LaTeX have 'TeX' in its name?",
     "that's because LaTeX is built on top of Don Knuth's tech typesetting program", "reason"),
    (L, "Why did Lamport think Johnson and Thomas's algorithm was not quite right?",
     "because it basically violated causality", "reason"),
    (L, "Why does Lamport think he has been more successful than his colleagues?",
     "it's because of my different way of looking at things, not by being brighter than them", "reason"),
    (L, "Why do bigger systems need more formality, according to Lamport?",
     "the bigger something is, the more formal you have to be, because it's going to be more complicated", "reason"),
    (L, "Why is testing poor at finding concurrency bugs?",
     "because the bug can occur just in terms of how really the speeds at which things are happening", "reason"),
    (V, "Why should a website run well on every kind of device?",
     "Because we have to give a good experience to all users through our website.", "reason"),
    (V, "Why does Amazon want its website to load as fast as possible?", "So that their products can come in search.",
     "reason"),
    (B, "Why are decision trees so often bagged?", "trees are somewhat unstable um as a", "reason"),
    (B, "Why does bagging make predictions less variable?", "because we average over them we smooth", "reason"),
    (G, "Why is onboarding a new intern not a simple task for the assistant?", "not a simple task. It's a complex task",
     "reason"),
    (C, "Why is Moscow going to limit American foundations and NGOs in Russia?",
     "In reality, they are openly meddling in our domestic politics.", "reason"),
    (C, "Why is Russia pulling out of the memorandum on open ground?",
     "The Americans completely ignore the requirement to send such notifications.", "reason"),
    (C, "What will Russia do about the ten diplomats the US asked to leave?",
     "We will respond in kind by proposing that 10 US diplomats leave Russia.", "intent"),
    (C, "Why should the staff of Russia's UN mission not be counted in the diplomatic parity?",
     "The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with "
     "bilateral ties.", "reason"),
    (C, "What will Russia do about the eight Russian officials on the US sanctions list?",
     "Today we will publish a list of eight officials representing the upper echelons of the administration in "
     "Washington.", "intent"),
    (C, "Why is Russia stopping American missions from hiring local staff?",
     "We do not engage in this practice, so we are introducing parity on this issue.", "reason"),
    (C, "Why is Serbia among Europe's leaders in vaccination?",
     "Serbia is among the top nations in Europe in terms of vaccination rate which is due, in part, to the use of the "
     "Russian vaccine Sputnik V", "reason"),
    (C, "Why is Ambassador Antonov still consulting in Moscow rather than back in Washington?",
     "The situation is quite complicated and it is necessary to analyse it in detail, all the more so since some "
     "things in Washington are not entirely comprehensible.", "reason"),
]
B_ = [
    (W, "Why does Biden say now is the time to invest in wildfire prevention?",
     "Because this is an area where investing in prevention and preparation today is going to deliver invaluable "
     "returns", "reason"),
    (W, "What does Biden plan to do with Congress for federal firefighters?",
     "to permanently get federal firefighters a better deal, including improvements in their compensation, their "
     "benefits, and their work-life balance", "intent"),
    (W, "Why does the president get a briefing at the start of each hurricane season?",
     "looking at the trends that are coming to get a sense of what’s coming so that the country can be better prepared",
     "reason"),
    (W, "Why was the governor glad to hear federal firefighters would be paid more?",
     "Because we don’t have enough firefighters — period, full stop.", "reason"),
    (S, "What will Japan and the US do about the supply of vaccines, according to Suga?",
     "We will work on the promotion of multi-layered cooperations regarding the overall supply of vaccines", "intent"),
    (S, "How will the two leaders work together on 5G and other technologies?",
     "So we’re going to work together across a range of fields — from promoting secure and reliable 5G networks",
     "intent"),
    (S, "What will Japan and the US try to prove about democracies?",
     "We’re going to work together to prove that democracies can still compete and win in the 21st century.",
     "intent"),
    (X, "Why is the US focusing on a message to Russia rather than on the bounty finding itself?",
     "but because of the low- to moderate-confidence element of this, our focus is on sending a clear message to "
     "Russia", "reason"),
    (X, "What will the US do with allies at the Pentagon's yearly cyber exercise?",
     "We will be inviting — and the UK, France, Denmark, and Estonia have agreed to join in the planning for this year",
     "intent"),
    (X, "Why are the Russian technology companies being designated?",
     "They’re being designated — the companies — for operating in the technology sector of the Russian Federation "
     "economy.", "reason"),
    (X, "What has the US told Russia it will do if its sovereignty is harmed?",
     "we will defend our national interests and that we will impose costs on Russian government actions that seek to "
     "harm our sovereignty", "intent"),
    (L, "Why don't many programmers see the point of thinking before they code, according to Lamport?",
     "because they're not programmers, they're coders", "reason"),
    (L, "Why do the people at Azure and AWS understand how hard it is to get things right?",
     "They understand how hard it is to get something right because it's big, and also because it involves "
     "concurrency", "reason"),
    (L, "Why have computer systems become so complicated, according to Lamport?",
     "because - as I like to say, things have advanced by evolution, and not by intelligent design", "reason"),
    (L, "Why is Lamport different from most computer people, in his own words?",
     "it's because I think like a mathematician, and I approach things mathematically, not computationally", "reason"),
    (L, "Why does Lamport find it hard to bring people along with his ideas?",
     "Because I just expect more of them than it's reasonable to expect of most people.", "reason"),
    (L, "What does Lamport plan to do once his book is finished?",
     "I hope to start organizing a set of examples that will help people learn", "intent"),
    (L, "Why does the typography of a book matter to its ideas?", "because good typography will reinforce the ideas",
     "reason"),
    # withdrawn after the session (dev-rank61-041): its text is word for word a held-out test question
    (V, "Why did the instructor type lorem 45?", "I wrote 45 because I am lazy and 4 and 5 are around.", "reason"),
    (V, "Why should an image get a width and height in the HTML?", "So that it is reserved in your browser.", "reason"),
    (B, "Why does bagging improve logistic regression only a little?", "because they are a bit more stable yeah",
     "reason"),
    (G, "What will an agentic travel assistant do before it books anything?", "first prepare a plan. You know how",
     "intent"),
    (C, "What will Russia do about Poland expelling Russian diplomats?", "We will respond accordingly as well.",
     "intent"),
    (C, "How will Russia treat diplomats' trips outside their host cities from now on?",
     "We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis.",
     "intent"),
    (C, "Why does Lavrov object to the short-term trips of US State Department staff?",
     "they substantially increase (double or more) their capacity to work in Russia, with goals that are not always "
     "above board", "reason"),
    (C, "Why can't Russia answer the US sanctions on its national debt in kind?",
     "For obvious reasons, we do not have comparable levers of influence on the US on such a scale.", "reason"),
    (C, "What will Russia ask the Americans to do about the size of their diplomatic staff?",
     "we will ask the Americans to bring down the number of their diplomats involved in bilateral relations with "
     "Russia", "intent"),
    (C, "Why does Russia want Kosovo kept a priority at the UN Security Council?",
     "with a view to seeing Resolution 1244 implemented in full", "reason"),
    (C, "What does Russia intend to do about Kosovo's bids to join international organisations?",
     "We will continue these efforts.", "intent"),
    (C, "What is Russia doing for now with its possible measures against American business?",
     "We hold them in reserve.", "intent"),
]

if __name__ == "__main__":
    rows_a = quoted_rows(A, "A", "rank61", C, (4900, 1), lambda form: f"rank61-{form}")
    seeds = sum(r["id"].startswith("seed-") for r in rows_a)
    reals = len(rows_a) - seeds
    rows_b = quoted_rows(B_, "B", "rank61", C, (4900 + seeds, reals + 1), lambda form: f"rank61-{form}")
    save_batches(Path(__file__).parent, {"A": rows_a, "B": rows_b}, ids=True)
