"""rank49's batch A and batch B questions, written from the transcripts before the system was run on any of them:
"why / for what reason / what's behind" questions (form "why", gold = the sentence that gives the reason) and
"what did PERSON say about T" questions where PERSON speaks in long turns (form "say", gold = the answering
sentence). Appends them to bench/questions/real-dev.jsonl and qa/data/seed_questions.jsonl, each gold quote checked
with qa.evaluate.questions.find_quote, and keeps a copy of each batch in bench/rank49/batch-{A,B}.jsonl.
Run once: `PYTHONPATH=. python bench/rank49/write_questions.py`."""
import json
from pathlib import Path

from qa.evaluate.questions import find_quote

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data" / "transcripts"
W, S, X, L, V = ("wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-biden-suga-press-conference-2021-04-16.md",
                 "wh-background-press-call-russia-sanctions-2021-04-15.md", "changelog-552-leslie-lamport-interview.md",
                 "core-web-vitals-lecture-whisper.json")
C = "lavrov-selakovic-press-conference-2021-04-16.txt"
# (n, batch, transcript, form, question, gold)
REAL = [
    (1, "A", W, "why", "Why is Biden turning seasonal federal firefighter jobs into permanent ones?",
     ["so that when fires aren’t burning, we have a workforce of experienced hands enhancing our forest management, "
      "reducing the risk of future fire in the future fire season."]),
    (2, "A", W, "why", "what reason does the president give for mentioning the arizona hotshot crew",
     ["That tragedy happened eight years ago today."]),
    (3, "A", W, "why", "For what reason is federal firefighting not a seasonal job anymore?",
     ["but because of climate change — and I know you all know it, and I hope your constituents know it: there is "
      "climate change — it’s no longer a seasonal job."]),
    (4, "B", W, "why", "How come Sonoma County was the first to ask for fire mitigation money?",
     ["And because Sonoma knows all too well the devastation wrought by fires, they were the first to apply for fire "
      "mitigation funding."]),
    (5, "A", W, "why", "Why is it worth putting money into wildfire prevention now, in Biden's words?",
     ["Because this is an area where investing in prevention and preparation today is going to deliver invaluable "
      "returns tomorrow."]),
    (6, "B", W, "why", "Why did California need firefighters from Israel?",
     ["We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."]),
    (7, "A", W, "why", "What's behind Newsom's enthusiasm for higher federal firefighter pay?",
     ["Because we don’t have enough firefighters — period, full stop."]),
    (8, "B", W, "why", "According to Harris, what makes cars left in a driveway such a bad sign?",
     ["it may be a tragic situation if the cars are in the driveway because that means the folks didn’t get out in "
      "time."]),
    (9, "A", W, "why", "Why might Oregon be unable to lean on other regions for help this year?",
     ["our eastern counterparts are preparing for a very difficult hurricane season, and so we may not be able to "
      "rely on other regions to help out this year."]),
    (10, "B", W, "why", "What reasons does Governor Brown give for liking the Good Neighbor projects?",
     ["It creates jobs, creates healthy landscapes, and reduces wildfire risk."]),
    (11, "A", S, "why", "Why does Biden want a new partnership on health security?",
     ["a new partnership on health security to build better preparedness for the next pandemic, because there will "
      "be others."]),
    (12, "B", S, "why", "For what reason does Suga support relocating Futenma to Henoko?",
     ["which is the only solution to avoid its permanent use."]),
    (13, "A", S, "why", "Why does Suga say the Japan-US alliance matters more now than before?",
     ["In light of the current regional situation and the severe security environment, the importance of our "
      "alliance has reached new heights."]),
    (14, "B", X, "why", "What were the three reasons the officials gave for punishing the SolarWinds hack?",
     ["First, that broad scope and scale of the compromise, it’s a national security and public safety concern."]),
    (15, "A", X, "why", "What keeps the IC's confidence in the Afghan bounty reporting from being high?",
     ["both because it’s based in part on detainee reporting and because of the difficult operating environment in "
      "Afghanistan."]),
    (16, "B", X, "why", "On what grounds is the US kicking out the ten Russians?",
     ["The United States is expelling these 10 Russian individuals because we have determined that they were acting "
      "in a manner inconsistent with their status in the United States."]),
    (17, "A", X, "why", "What prompted the measures announced on the sanctions call?",
     ["The actions that we have announced today are in response to the cyber intrusions and the election "
      "interference."]),
    (18, "A", L, "why", "Why did LaTeX need TeX underneath it?",
     ["Oh, that's because LaTeX is built on top of Don Knuth's tech typesetting program."]),
    (19, "B", L, "why", "According to Lamport, what makes him different from most computer people?",
     ["it's because I think like a mathematician, and I approach things mathematically, not computationally."]),
    (20, "A", L, "why", "Why was the Johnson and Thomas algorithm not quite right in Lamport's eyes?",
     ["because it basically violated causality."]),
    (21, "B", L, "why", "Why is testing so poor at finding concurrency bugs?",
     ["because the bug can occur just in terms of how really the speeds at which things are happening."]),
    (22, "A", L, "why", "Why does a bigger system call for more formality?",
     ["because it's going to be more complicated."]),
    (23, "B", L, "why", "Why has software become so hard to understand, according to Lamport?",
     ["Things have just gotten so complicated, because - as I like to say, things have advanced by evolution, and not "
      "by intelligent design."]),
    (24, "A", L, "why", "why do you need mutual exclusion",
     ["Well, you need mutual exclusion, because if somebody tries to write whilst somebody else is trying to read, "
      "who knows what's going to happen?"]),
    (25, "B", L, "why", "What forced Lamport to be extra rigorous about the bakery algorithm?",
     ["But because there was no way developed for reasoning about -- a program about concurrent algorithms, I guess I "
      "had to be really careful to make it rigorous."]),
    (26, "A", L, "why", "How come stuttering steps don't change what a spec describes?",
     ["The reason why it's insensitive to the stuttering is because of the way that you think about it is about the "
      "order of events, not as much about the actual distinct timestamps."]),
    (27, "B", L, "why", "Why was Lamport unaware of computer science as a discipline back then?",
     ["because that was in 1972, and there really wasn't computer science in those days."]),
    (28, "A", L, "why", "Why does Lamport think his paper got the credit instead of theirs?",
     ["because their paper is not very well known, and mine was."]),
    (29, "B", V, "why", "what's the lecturer's reason for choosing the number 45",
     ["I wrote 45 because I am lazy and 4 and 5 are around."]),
    (30, "B", X, "why", "What reason do the officials give for cutting off American money to Russia's government?",
     ["There’s no credible reason why the American people should directly fund Russia’s government when the Putin "
      "regime has repeatedly attempted to undermine our sovereignty."]),
    # what did PERSON say about T, PERSON speaking in long turns
    (41, "A", W, "say", "What did Biden say about NOAA's satellites?",
     ["has satellite technology that is able to see from space when new fires start, while they’re still small, even "
      "as small as the size of your dining room table."]),
    (42, "B", W, "say", "What did the President say about the new EPA app?",
     ["so individuals can easily access the latest information on air quality, smoke plumes, and public health "
      "guidance."]),
    (43, "A", W, "say", "What did Biden say about how many fires are uncontained this year?",
     ["This year, there are 36 that are uncontained and burning."]),
    (44, "B", W, "say", "What did Biden tell the governors about the extreme heat itself?",
     ["And finally, I want to note that the extreme heat we’re seeing in the West is not only a risk amplifier for "
      "wildfires, it’s a threat in and of itself."]),
    (45, "A", W, "say", "What did Biden say about the Department of Energy's sensors?",
     ["Similarly, the Department of Energy has a sensor array computer analysis capability that can detect in real "
      "time the lightning strikes that might set off a blaze."]),
    (46, "B", W, "say", "What did Governor Brown say about Oregon's fires last year?",
     ["Last year, we had more than 2,000 fires that burned over a million acres."]),
    (47, "A", W, "say", "What did Newsom tell the Vice President the heat dome over the West Coast led to?",
     ["But that led to 12,000 lightning strikes in 24 hours and five of the most destructive wildfires — five of the "
      "six largest in our history concurrently in last year’s wildfire season."]),
    (48, "B", W, "say", "What did Harris say about her visit to Paradise?",
     ["And when I arrived there, a whole community had been wiped out by the fire."]),
    (49, "A", W, "say", "What did Biden say about the general he met?",
     ["the largest logistical effort in American history getting all these COVID vaccines out."]),
    (50, "B", W, "say", "What did Biden say people on the road told him about California's reservoirs?",
     ["I saw those — those photographs of the reservoirs in California, and — oh, my God — they’re really — there’s "
      "no water?"]),
    (51, "A", S, "say", "What did Biden say about semiconductors?",
     ["to increasing our cooperation on supply chains for critical sectors like semiconductors;"]),
    (52, "B", S, "say", "What did Biden tell reporters about the Japanese golfer at the Masters?",
     ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
      "week."]),
    (53, "A", S, "say", "What did Suga say about North Korea's weapons?",
     ["On North Korea, we confirmed our commitment to the CVID of all weapons of mass destruction and ballistic "
      "missiles of all ranges"]),
    (54, "B", S, "say", "What did Suga say Biden showed on defending the Senkakus?",
     ["including the application of Article 5 of the Japan-U.S. Treaty of Mutual Cooperation and Security for the "
      "Senkaku Islands."]),
    (55, "A", S, "say", "What did Suga say about three-way cooperation including the ROK?",
     ["both of us recognize that trilateral cooperation, including the ROK, has never been as important as today"]),
    (56, "B", S, "say", "What did Biden say about his own 10-year ban?",
     ["I’m the only one that ever got a 10-year ban on assault weapons and clips of more than 10 bullets."]),
    (57, "A", S, "say", "What did Biden say gun-owning Americans support?",
     ["The folks who own weapons, the folks who own guns, they support universal background checks."]),
    (58, "B", S, "say", "What did Suga say about Xinjiang to the President?",
     ["I also explained Japan’s position and initiatives regarding the situation in Xinjiang Uyghur Autonomous Region "
      "to the President, who I think understood my points."]),
    (59, "A", S, "say", "What did Suga say about the climate partnership with the US?",
     ["have agreed to launch the Japan-U.S. Climate Partnership, which is extremely meaningful and significant."]),
    (60, "B", S, "say", "What did Suga say about the digital economy?",
     ["Under the recognition that digital economy and new technologies, in particular, will bring about social "
      "transformation and huge economic opportunities"]),
    (61, "A", L, "say", "What did Lamport say about getting the plan right?",
     ["And just because you've got the plan right doesn't mean you're going to execute it right."]),
    (62, "B", L, "say", "What did Lamport say about how programming has changed since 1957?",
     ["is that now nobody can understand programs."]),
    (63, "A", L, "say", "What did Lamport say about typography and ideas?",
     ["But it's not completely separate, because good typography will reinforce the ideas."]),
    (64, "B", L, "say", "What did Lamport say about his hour and minute clock spec?",
     ["because my specification of the hour and minute clock allows frames where the same minute keeps being "
      "repeated."]),
    (65, "A", L, "say", "What did Lamport say about coding languages?",
     ["Well, I mean, coding languages have improved a lot since I've started - not difficult - in machine "
      "language..."]),
    (66, "B", X, "say", "What did the official say about who pays to clean up after the SolarWinds breach?",
     ["And finally, the hack placed an undue burden on the mostly private-sector victims who must bear the unusually "
      "high costs of mitigating this incident."]),
]
SEED = [
    (3380, "A", "why", "What's the reason Russia gives for curbing US-funded NGOs on its soil?",
     ["In reality, they are openly meddling in our domestic politics."]),
    (3381, "B", "why", "For what reason should Russia's UN mission staff not count toward parity?",
     ["The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with "
      "bilateral ties."]),
    (3382, "A", "why", "Why is Russia pulling out of the memorandum on open ground?",
     ["The Americans completely ignore the requirement to send such notifications."]),
    (3383, "B", "why", "Why is Russia stopping American missions from hiring local citizens?",
     ["We do not engage in this practice, so we are introducing parity on this issue."]),
    (3384, "A", "why", "Why does Moscow object to the State Department's short-term trips?",
     ["In this way, they substantially increase (double or more) their capacity to work in Russia, with goals that "
      "are not always above board."]),
    (3385, "B", "why", "Why can't Russia hit back at the US over the debt sanctions in the same way?",
     ["For obvious reasons, we do not have comparable levers of influence on the US on such a scale."]),
    (3386, "A", "why", "What's behind Serbia's high vaccination rate?",
     ["Serbia is among the top nations in Europe in terms of vaccination rate which is due, in part, to the use of the "
      "Russian vaccine Sputnik V, as the Minister noted today."]),
    (3387, "B", "why", "Why is Antonov still in consultations rather than back in Washington?",
     ["The situation is quite complicated and it is necessary to analyse it in detail, all the more so since some "
      "things in Washington are not entirely comprehensible."]),
    (3388, "A", "why", "Why does Lavrov call the West's defence of post-war borders selective?",
     ["But they usually do this when Russia is forced to stand up for its fellow countrymen, its compatriots."]),
    (3389, "B", "why", "What's behind the failure of Kosovo's bids for Interpol membership?",
     ["We noted that thanks to Serbia’s proactive approach, and the energetic support of Russia, the illegitimate "
      "attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other organisations were "
      "neutralised."]),
    (3390, "A", "why", "What are Russia's new measures a response to?",
     ["in response to Washington’s openly hostile, utterly unprovoked actions towards Moscow, Russian citizens, "
      "individuals and companies, and our financial system."]),
    (3391, "B", "why", "What prompted Moscow's sanctions on eight Washington officials?",
     ["the Americans added eight Russian government officials (from the Presidential Executive Office, the "
      "Prosecutor-General’s Office, etc.) to a sanctions list."]),
    (3392, "A", "why", "Why does NIS matter so much to Serbia?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."]),
    (3393, "B", "why", "Why is Russia sending ten American diplomats home?",
     ["Ten diplomats were included on a list that was given to us with a request for them to leave the United "
      "States."]),
    (3394, "A", "why", "Why does Lavrov say European leaders must not question Resolution 1244?",
     ["according to which the UN Security Council respects Serbia’s sovereignty, and Kosovo’s exact status is to be "
      "determined through negotiations between Pristina and Belgrade."]),
    (3395, "B", "why", "Why did trade between Russia and Serbia need restoring?",
     ["which diminished last year for obvious reasons."]),
    # what did Lavrov say about T
    (3400, "A", "say", "What did Lavrov say about how many Russian staff work on bilateral ties in the US?",
     ["In other words, we have 300 employees on the bilateral front in the US."]),
    (3401, "B", "say", "What did Lavrov say is happening to the multilateral aviation treaty the US left?",
     ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."]),
    (3402, "A", "say", "What did Lavrov say about the military attache trip?",
     ["There was a recent incident when representatives of the military attache office travelled in central Russia "
      "without any notification."]),
    (3403, "B", "say", "What did Lavrov say about the summit idea beyond accepting it?",
     ["Now we are studying different aspects of this initiative."]),
    (3404, "A", "say", "What did Lavrov say Russian Railways International is doing?",
     ["Russian Railways International is playing an active role in it through the use of Russian export loans."]),
    (3405, "B", "say", "What did Lavrov say about the EAEU free trade agreement with Serbia?",
     ["We are close to completing the procedures required for the agreement to take effect."]),
    (3406, "A", "say", "What did Lavrov say about Serbia's interest in the CSTO?",
     ["We noted that Serbia maintains an interest in cooperation and contact with the Collective Security Treaty "
      "Organisation (CSTO)"]),
    (3407, "B", "say", "What did Lavrov say about keeping Kosovo on the Security Council's agenda?",
     ["We will continue to speak in favour of maintaining this issue as a priority at the UN Security Council, with a "
      "view to seeing Resolution 1244 implemented in full."]),
    (3408, "A", "say", "What did Lavrov say about the intergovernmental committee's co-chairs?",
     ["Its co-chairs have already had three in-person meetings in the past few months"]),
    (3409, "B", "say", "What did Lavrov say about the first tests of Sputnik V in Belgrade?",
     ["The first tests were conducted there just recently, and they were successful."]),
    (3410, "A", "say", "What did Lavrov say about what responsible politicians may not do?",
     ["Responsible politicians (especially the heads of European governments), I believe, have no right to express "
      "any ideas that blatantly undermine the very concept of UN Security Council Resolution 1244"]),
    (3411, "B", "say", "What did Lavrov say about how long Greater Albania has been discussed?",
     ["Talk of a Greater Albania has been going on for years."]),
    (3412, "A", "say", "What did Lavrov say about foreign investment in NIS?",
     ["FDI in the company exceeds $3 billion."]),
    (3413, "B", "say", "What did Lavrov say about Serbian railway modernisation?",
     ["The Serbian railway improvement programme is making a significant contribution to infrastructure "
      "modernisation."]),
]


def text_of(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def rows():
    real, seed = [], []
    for n, batch, tr, form, q, gold in REAL:
        text = text_of(SHARED / tr)
        if tr.endswith(".json"):
            data = json.loads(text)
            text = data["text"] if "text" in data else " ".join(s["text"] for s in data["segments"])
        for g in gold:
            assert find_quote(text, g), (n, g)
        real.append({"id": f"dev-rank49-{n}", "question": q, "transcript": tr, "gold_quotes": gold,
                     "answerable": True, "category": f"rank49-{form}", "kind": f"rank49-{batch}", "batch": batch,
                     "form": form})
    text = text_of(REPO / "corpus" / C)
    for n, batch, form, q, gold in SEED:
        for g in gold:
            assert find_quote(text, g), (n, g)
        seed.append({"id": f"seed-{n}", "question": q, "transcript": C, "gold_quotes": gold, "answerable": True,
                     "category": f"rank49-{form}", "kind": f"rank49-{batch}", "batch": batch, "form": form})
    return real, seed


def main() -> None:
    real, seed = rows()
    for path, rs in ((REPO / "bench" / "questions" / "real-dev.jsonl", real),
                     (REPO / "qa" / "data" / "seed_questions.jsonl", seed)):
        with open(path, "a", encoding="utf-8") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for b in "AB":
        with open(REPO / "bench" / "rank49" / f"batch-{b}.jsonl", "w", encoding="utf-8") as f:
            for r in real + seed:
                if r["batch"] == b:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(real), "real,", len(seed), "seed")


if __name__ == "__main__":
    import sys
    if "--check" in sys.argv:
        r, s = rows()
        print("ok", len(r), len(s), {b: sum(x["batch"] == b for x in r + s) for b in "AB"})
    else:
        main()
