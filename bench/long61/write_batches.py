"""long61's batches A and B: conversations of five turns, one row per turn after the first (each with its full
history), aimed at follow-ups with a topic of their own after a chain ("and the Department of Energy?" after two turns
on NOAA's satellites), appended to bench/questions/conversations-dev.jsonl and copied to bench/long61/batch-{A,B}.jsonl.
Written from the transcripts (../shared/data/transcripts) before any run. Run once: it appends."""
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAN = "wh-background-press-call-russia-sanctions-2021-04-15.md"
LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
FIRE = "wh-biden-meeting-western-wildfires-2021-06-30.md"
LAM = "changelog-552-leslie-lamport-interview.md"
CWV = "core-web-vitals-lecture-whisper.json"
AG = "agentic-ai-explained-youtube-captions.vtt"
RF = "i2ml-random-forest-bagging-lecture.srt"
F, S, N, U = "follow-up", "switch", "nonsense", "unanswerable-follow-up"

# each conversation: its first question, then (question, transcript, category, gold quote or None, reference answer)
A = [
    ("Why did Biden call the meeting on western wildfires?", [
        ("how bad is it this year?", FIRE, F,
         "the threat of western wildfires this year is as severe as it’s ever been", "As severe as it has ever been."),
        ("how many fires are uncontained?", FIRE, F,
         "This year, there are 36 that are uncontained and burning.", "36."),
        ("and firefighters already deployed?", FIRE, F,
         "There are already about 9,000 firefighters deployed across the region", "About 9,000."),
        ("what about their pay?", FIRE, F,
         "some of our federal firefighters are being paid less than $13 an hour", "Some get less than $13 an hour."),
    ]),
    ("What new technology will help spot fires?", [
        ("how small a fire can it see?", FIRE, F,
         "even as small as the size of your dining room table", "As small as a dining room table."),
        ("and the Department of Energy?", FIRE, F,
         "the Department of Energy has a sensor array computer analysis capability that can detect in real time the "
         "lightning strikes", "A sensor array that detects lightning strikes in real time."),
        ("what about smoke information for the public?", FIRE, F,
         "so individuals can easily access the latest information on air quality, smoke plumes, and public health "
         "guidance", "A new EPA app."),
        ("and the infrastructure money?", FIRE, F,
         "Bipartisan Infrastructure Framework investment of about $50 billion", "About $50 billion."),
    ]),
    ("Why is the wildfire issue personal for Harris?", [
        ("who in her family fights fires?", FIRE, F,
         "My brother-in-law is a California firefighter.", "Her brother-in-law."),
        ("what did she see in Paradise?", FIRE, F,
         "the only thing standing in that community were the chimneys", "Only chimneys were standing."),
        ("and her own home?", FIRE, F,
         "our family home was under an evacuation order in Los Angeles", "It was under an evacuation order."),
        ("what about water?", FIRE, F,
         "diversifying water policy in a way we are thinking about the storage of water",
         "Diversify water policy, storage and recycling."),
    ]),
    ("How many fires did Oregon have last year?", [
        ("how many homes were lost?", FIRE, F, "We lost nine lives, more than 4,000 homes", "More than 4,000."),
        ("and disaster declarations?", FIRE, F,
         "We’ve had four federal disaster declarations in my state since April of 2020.", "Four since April 2020."),
        ("what did she thank Biden for?", FIRE, F,
         "thank you for approving our cost-share adjustment related to our 2020 Labor Day wildfires at 100 percent "
         "for Oregon", "Approving the cost-share adjustment at 100 percent."),
        ("and the National Guard?", FIRE, F,
         "Making sure we have resources to train our National Guardsmen and women prior to fire season has been "
         "extremely helpful", "Training them before fire season has been extremely helpful."),
    ]),
    ("What is the CORE partnership?", [
        ("what's at the top of its agenda?", SUGA, F,
         "Top of our agenda is, of course, getting the pandemic under control", "Getting the pandemic under control."),
        ("who launched the vaccine partnership?", SUGA, F,
         "together with India and Australia — launched the landmark Quad Vaccine Partnership",
         "The US and Japan with India and Australia."),
        ("and 5G?", SUGA, F, "promoting secure and reliable 5G networks", "Secure and reliable 5G networks."),
        ("what about the Masters?", SUGA, S,
         "Matsuyama was the first Japanese player to take home that Green Jacket",
         "Matsuyama was the first Japanese winner."),
    ]),
    ("What did Suga say about the Senkaku Islands?", [
        ("and Okinawa?", SUGA, F,
         "from the perspective of mitigating the impact on local communities, including, first and foremost, Okinawa",
         "Mitigating the impact on Okinawa."),
        ("which air station moves?", SUGA, F, "the relocation of Air Station Futenma to Henoko",
         "Futenma, to Henoko."),
        ("did they discuss discrimination against Asians too?", SUGA, F,
         "I discussed the increase of discriminations or violences against Asian people across the U.S. with "
         "President Biden", "Yes."),
        ("how did Biden's reply make him feel?", SUGA, F,
         "he firmly opposes was extremely encouraging for me", "Extremely encouraged."),
    ]),
    ("What does the new executive order let Treasury do?", [
        ("which institutions does the bond ban cover?", SAN, F,
         "by the Central Bank of the Russian Federation, the National Wealth Fund of Russia, or the Ministry of "
         "Finance", "The central bank, the National Wealth Fund and the finance ministry."),
        ("how many companies were designated?", SAN, F,
         "Treasury has today designated six Russian companies that provide support to the SVR cyber program", "Six."),
        ("and for the election?", SAN, F,
         "Treasury also sanctioned 32 entities and individuals carrying out Russian government-directed attempts to "
         "influence the 2020 U.S. presidential election", "32 entities and individuals."),
        ("what about Crimea?", SAN, F,
         "sanctioned eight individuals and entities associated with Russia’s ongoing occupation and repression in "
         "Crimea", "Eight individuals and entities."),
    ]),
    ("What kind of relationship does the US want with Russia?", [
        ("what did Biden tell Putin in their first call?", SAN, F,
         "President Biden raised our strong concerns about a number of harmful foreign activities by Russia",
         "He raised strong concerns."),
        ("and on March 2nd?", SAN, F,
         "announced our response to Russia’s use of a chemical weapon to poison Aleksey Navalny",
         "The response to Navalny's poisoning."),
        ("how is the response meant to be seen?", SAN, F,
         "which we intend to be understood as resolute but proportionate", "Resolute but proportionate."),
        ("and the bounties in Afghanistan?", SAN, F,
         "Russian intelligence officers sought to encourage Taliban attacks against U.S. and coalition personnel",
         "Assessed with low to moderate confidence."),
    ]),
    ("What is Biden doing about seasonal firefighters?", [
        ("and next year?", FIRE, F,
         "we’re working to make more than — of those positions, permanent positions", "Making positions permanent."),
        ("why does he mention the Granite Mountain Hotshots?", FIRE, F,
         "That tragedy happened eight years ago today.", "It was eight years ago that day."),
        ("and the National Guard?", FIRE, F, "ready to provide a surge of firefighting capacity",
         "Funding to train and equip them."),
        ("what about the heat?", FIRE, F,
         "the extreme heat we’re seeing in the West is not only a risk amplifier for wildfires, it’s a threat in and "
         "of itself", "A threat in itself."),
    ]),
    ("What did Suga and Biden agree about China?", [
        ("did they agree to talk with China?", SUGA, F,
         "we agreed on the necessity for each of us to engage in frank dialogue with China", "Yes, frank dialogue."),
        ("and on North Korea?", SUGA, F,
         "we confirmed our commitment to the CVID of all weapons of mass destruction and ballistic missiles of all "
         "ranges", "CVID."),
        ("what joint statement are they releasing?", SUGA, F,
         "Japan-U.S. Joint Leaders statement: Global Partnership for a New Era", "Global Partnership for a New Era."),
        ("and the Mansfield program?", SUGA, F,
         "to promote people-to-people connections between our countries", "It resumes."),
    ]),
]

B = [
    ("What did Lavrov and Selakovic talk about?", [
        ("and covid?", LAV, F, "We devoted special attention to our joint efforts against COVID-19.",
         "Their joint efforts against COVID-19."),
        ("when will Sputnik V be made in Belgrade?", LAV, F,
         "We expect the launch of Sputnik V production in Belgrade scheduled for May", "From May."),
        ("what about energy?", LAV, F,
         "implementing large, landmark projects, primarily in energy, is a key area of economic cooperation",
         "Large landmark projects are a key area."),
        ("how much of Serbia's budget does NIS bring?", LAV, F,
         "Last year the company accounted for 13 percent of the country’s budget revenues.", "13 percent."),
    ]),
    ("What trade deal did Serbia sign with the EAEU?", [
        ("when does it take effect?", LAV, F,
         "We are close to completing the procedures required for the agreement to take effect.", "Soon."),
        ("and the railways?", LAV, F,
         "Russian Railways International is playing an active role in it through the use of Russian export loans.",
         "Russian Railways International helps with export loans."),
        ("what about defence?", LAV, F,
         "We talked about our plans to further develop cooperation in the defence industry",
         "Plans to develop defence industry cooperation."),
        ("and the CSTO?", LAV, F,
         "Serbia maintains an interest in cooperation and contact with the Collective Security Treaty Organisation",
         "Serbia keeps an interest in contact with it."),
    ]),
    ("What disparity did Lavrov complain about?", [
        ("what will they stop about local staff?", LAV, F,
         "we are initiating a process to stop the practice of hiring citizens of Russia and third countries at "
         "American diplomatic missions", "Hiring Russians and third-country citizens."),
        ("and the short-term trips?", LAV, F,
         "the Americans send several hundreds of employees on short-term trips to Russia every year",
         "Several hundred a year; it will be stopped."),
        ("how many employees are there in all?", LAV, F,
         "In all, there are about 450 diplomatic and administrative employees", "About 450."),
        ("what about the Open Skies Treaty?", LAV, F,
         "As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread.",
         "It hangs by a thread."),
    ]),
    ("What did Lavrov say about the summit Biden proposed?", [
        ("and the eight officials?", LAV, F,
         "Today we will publish a list of eight officials representing the upper echelons of the administration in "
         "Washington.", "Russia will list eight US officials."),
        ("what about the national debt sanctions?", LAV, F,
         "For obvious reasons, we do not have comparable levers of influence on the US on such a scale.",
         "Russia has no comparable levers."),
        ("and ambassador Antonov?", LAV, F, "Anatoly Antonov continues consultations.", "He continues consultations."),
        ("what did Ushakov recommend to Sullivan?", LAV, F,
         "Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
         "consultations", "To travel home for consultations."),
    ]),
    ("Why is the US restricting Russian sovereign debt?", [
        ("what did the old sanctions cover?", SAN, F,
         "our sanctions prohibitions only prevented U.S. persons from purchases of non-ruble denominated debt at "
         "issuance", "Only non-ruble debt at issuance."),
        ("and the secondary market?", SAN, F,
         "this prohibition only applies to newly issued ruble sovereign debt in the primary market, and not to the "
         "secondary market", "It is not covered."),
        ("how big is that market?", SAN, F,
         "The ruble-denominated sovereign debt market is about 185 billion in size", "About 185 billion."),
        ("what about foreign investors?", SAN, F,
         "about a quarter of these bonds are owned by foreign investors", "They own about a quarter."),
    ]),
    ("What did Biden propose to Putin this week?", [
        ("have the Russians answered?", SAN, F,
         "The Russians have not responded to that to say whether they will", "Not yet."),
        ("and how confident is the US about the bounties?", SAN, F,
         "low to moderate confidence in this judgment, in part because it relies on detainee reporting",
         "Low to moderate confidence."),
        ("what is that based on?", SAN, F,
         "Our conclusion is based on information and evidence of connections between criminal agents in "
         "Afghanistan and elements of the Russian government.", "Evidence of connections."),
        ("and the SolarWinds response?", SAN, F,
         "There are two aspects to the U.S. response to SolarWinds.", "Two aspects."),
    ]),
    ("Where was Governor Newsom calling in from?", [
        ("which fire is near him?", FIRE, F, "the Lava Fire, which is a few miles away from me", "The Lava Fire."),
        ("what did last year's heat dome cause?", FIRE, F,
         "that led to 12,000 lightning strikes in 24 hours", "12,000 lightning strikes in 24 hours."),
        ("and the temperatures now?", FIRE, F, "We were 123 down in Palm Springs two days ago",
         "123 in Palm Springs."),
        ("who did they call for help?", FIRE, F,
         "We were calling folks in Australia.  We were calling folks in Canada.", "Australia and Canada."),
    ]),
    ("What did Biden say about gun control?", [
        ("which ban does he still support?", SUGA, F,
         "I’ve never stopped supporting the ban on assault weapons", "The assault weapons ban."),
        ("and background checks?", SUGA, F,
         "I strongly support — I strongly support the universal background checks", "He strongly supports them."),
        ("what about gun owners?", SUGA, F,
         "The folks who own weapons, the folks who own guns, they support universal background checks.",
         "They support background checks."),
        ("who asked about Xinjiang?", SUGA, S, "My name is Sugimoto of Sankei Newspaper.", "Sugimoto of Sankei."),
    ]),
    ("Did Biden and Suga discuss Xinjiang?", [
        ("did Biden understand Japan's position?", SUGA, F,
         "to the President, who I think understood my points", "Suga thinks so."),
        ("and the Taiwan Straits?", SUGA, F,
         "there is already an agreed recognition over the importance of peace and stability of the Taiwan Straits",
         "Peace and stability there is important."),
        ("and what did Biden say about the Iran talks?", SUGA, S,
         "pleased that Iran has continued to agree to engage in discussions", "He is pleased they continue."),
        ("why won't he rejoin at any price?", SUGA, F,
         "without us making concessions that I’m — we’re just not willing to make", "No concessions."),
    ]),
    ("What does Lamport say the box is?", [
        ("how do you get out of it?", LAM, F, "the way to think outside of that box is to think mathematically",
         "Think mathematically."),
        ("are there open source TLA+ specs?", LAM, F, "There's a GitHub repository with a few dozen specs there.",
         "A GitHub repository with a few dozen."),
        ("and his retirement?", LAM, F,
         "I'm not ready to announce a retirement date, but it's not going to be too far off.", "Not too far off."),
        ("what's the big change since he started?", LAM, F, "now nobody can understand programs",
         "Nobody can understand programs."),
    ]),
]


def rows(batch, first_id, kind):
    out, n = [], first_id
    for first, turns in batch:
        history = [first]
        for question, transcript, category, gold, ref in turns:
            row = {"id": f"conv-dev-{n}", "question": question}
            if transcript:
                row["transcript"] = transcript
            row["history"] = list(history)
            if gold:
                row.update(gold_quotes=[gold], reference_answer=ref)
            else:
                row["answerable"] = False
            row.update(category=category, kind=kind)
            out.append(row)
            history.append(question)
            n += 1
    return out


if __name__ == "__main__":
    a, b = rows(A, 5900, "long61-A"), rows(B, 5940, "long61-B")
    assert a[-1]["id"] <= "conv-dev-5939" and (not b or b[-1]["id"] <= "conv-dev-5979"), (a[-1]["id"], b[-1]["id"])
    import sys
    if "--check" in sys.argv:
        tmp = Path(sys.argv[-1])
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in a + b), encoding="utf-8")
        raise SystemExit
    for name, batch in (("A", a), ("B", b)):
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch)
        (REPO / "bench" / "long61" / f"batch-{name}.jsonl").write_text(text, encoding="utf-8")
        with open(REPO / "bench" / "questions" / "conversations-dev.jsonl", "a", encoding="utf-8") as f:
            f.write(text)
