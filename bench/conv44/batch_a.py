"""Batch A of conv44 (written from the transcripts before any run of the system on them): printed as JSON lines."""
import json

W = "wh-biden-meeting-western-wildfires-2021-06-30.md"
S = "wh-biden-suga-press-conference-2021-04-16.md"
R = "wh-background-press-call-russia-sanctions-2021-04-15.md"
L = "changelog-552-leslie-lamport-interview.md"
B = "i2ml-random-forest-bagging-lecture.srt"
G = "agentic-ai-explained-youtube-captions.vtt"
V = "core-web-vitals-lecture-whisper.json"
LV = "lavrov-selakovic-press-conference-2021-04-16.txt"

# (register, transcript, [turns]); a turn: (question, category, gold_quotes or None, reference)
CONVS = [
    ("clip-finder", W, [("What did Biden say NOAA's satellites can spot?", None, None, None),
        ("and the bit right after that?", "follow-up",
         ["Similarly, the Department of Energy has a sensor array computer analysis capability that can detect in real time the lightning strikes that might set off a blaze."],
         "The Department of Energy's sensors that detect lightning strikes in real time.")]),
    ("numbers", W, [("How much will federal wildland firefighters make an hour this year?", None, None, None),
        ("and what had some been earning per hour until now?", "follow-up",
         ["some of our federal firefighters are being paid less than $13 an hour"], "Less than $13 an hour."),
        ("plus anything extra for the ones on the fire lines?", "follow-up",
         ["provide for additional 10 percent bonuses for those working on the frontlines"], "An extra 10 percent for those on the frontlines.")]),
    ("newcomer", W, [("what did the Oregon governor say about last summer's fire season", None, None, None),
        ("what about houses, how many burned down?", "follow-up",
         ["We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."], "More than 4,000 homes."),
        ("did they ever find out what started them?", "unanswerable-follow-up", None, "Not said: no cause of the fires is given.")]),
    ("comparer", W, [("What did Newsom say about lightning strikes last year?", None, None, None),
        ("ok now the other governor - what numbers did she give for her state?", "follow-up",
         ["Last year, we had more than 2,000 fires that burned over a million acres."], "Brown: more than 2,000 fires burned over a million acres in Oregon.")]),
    ("timeline", W, [("What did Harris say about her family home?", None, None, None),
        ("what did she say right before that?", "follow-up",
         ["If you look at the driveway, it may be a tragic situation if the cars are in the driveway because that means the folks didn’t get out in time."],
         "The firefighters told her cars left in a driveway mean the people did not get out in time.")]),
    ("yes-no", W, [("Which fire was Newsom close to when he joined the call?", None, None, None),
        ("did he have to phone Biden to get the FMAG?", "follow-up",
         ["I didn’t have to make a call to you to get the FMAG approved yesterday"], "No, he did not have to call."),
        ("and was it contained by the end of the day?", "unanswerable-follow-up", None, "Not said: no containment of the Lava Fire is reported.")]),
    ("newcomer", W, [("what is the BRIC program Biden brought up", None, None, None),
        ("ok so who is getting money from it?", "follow-up",
         ["I’m announcing a $37 million federal grant to Sonoma County, California, in support of fire mitigation efforts that are underway."], "Sonoma County, California: a $37 million grant."),
        ("and how many other counties applied?", "unanswerable-follow-up", None, "Not said: only that Sonoma was the first to apply.")]),
    ("casual", W, [("What is the EPA's new app for?", None, None, None),
        ("banana phone ring ring", "nonsense", None, None)]),
    ("switch", W, [("What did Biden say about the Prescott fire department?", None, None, None),
        ("In the Suga press conference, which golfer did Biden congratulate?", "switch",
         ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this week."], "Matsuyama, who won the Masters.")]),
    ("timeline", S, [("What did Biden and Suga agree on about the East and South China Seas?", None, None, None),
        ("and what did suga say after that on north korea?", "follow-up",
         ["On North Korea, we confirmed our commitment to the CVID of all weapons of mass destruction and ballistic missiles of all ranges"], "They confirmed their commitment to the CVID of North Korea's weapons of mass destruction and missiles.")]),
    ("newcomer", S, [("who was Mike Mansfield to Biden?", None, None, None),
        ("so what got revived under his name?", "follow-up",
         ["today we agreed to resume what we call — what is called the “Mansfield Fellowship Program” to promote people-to-people connections between our countries."], "The Mansfield Fellowship Program."),
        ("roughly how big is each year's class of those fellows?", "unanswerable-follow-up", None, "Not said: no number of fellows is given.")]),
    ("yes-no", S, [("What did Suga tell Biden about Xinjiang?", None, None, None),
        ("and did Biden get it?", "follow-up",
         ["I also explained Japan’s position and initiatives regarding the situation in Xinjiang Uyghur Autonomous Region to the President, who I think understood my points."], "Suga thinks Biden understood his points."),
        ("how long did they spend on that topic?", "unanswerable-follow-up", None, "Not said: no time is given.")]),
    ("numbers", S, [("What did Biden say about the assault weapons ban he passed?", None, None, None),
        ("how long did it last?", "follow-up",
         ["I’m the only one that ever got a 10-year ban on assault weapons and clips of more than 10 bullets."], "Ten years."),
        ("and how many rounds does he say nobody needs?", "follow-up",
         ["Who, in God’s name, needs a weapon that can hold 100 rounds or 40 rounds or 20 rounds?"], "100, 40 or 20 rounds.")]),
    ("casual", S, [("What did Suga say about the Tokyo Olympics?", None, None, None),
        ("can u order me a pizza lol", "nonsense", None, None)]),
    ("comparer", S, [("What did Biden say about Iran enriching to 60 percent?", None, None, None),
        ("and tehran's negotiators, what was their take on that?", "unanswerable-follow-up", None, "Not said: no Iranian official is quoted.")]),
    ("timeline", R, [("When does the ban on buying new ruble bonds start?", None, None, None),
        ("and what's the reason for the delay?", "follow-up",
         ["The intent — the intent here is to allow for an orderly process and to limit spillovers to U.S. or global financial markets."], "To allow an orderly process and limit spillovers to markets."),
        ("what's the size of the whole thing?", "follow-up",
         ["The ruble-denominated sovereign debt market is about 185 billion in size"], "About 185 billion."),
        ("and how much of it do american banks hold?", "unanswerable-follow-up", None, "Not said: only that about a quarter is owned by foreign investors.")]),
    ("comparer", R, [("What did Biden propose to Putin on the call this week?", None, None, None),
        ("and moscow's answer was?", "follow-up",
         ["The Russians have not responded to that to say whether they will — whether President Putin will participate in such a summit."], "They have not responded."),
        ("which city did they pick for it?", "unanswerable-follow-up", None, "Not said: only a third country in Europe.")]),
    ("numbers", R, [("Who is Treasury sanctioning over Crimea?", None, None, None),
        ("and the expulsions, how many people?", "follow-up",
         ["And the United States is expelling 10 Russian officials from Russia’s Washington, D.C., diplomatic mission."], "Ten."),
        ("is there a date they must leave by?", "unanswerable-follow-up", None, "Not said: no deadline for leaving is given.")]),
    ("switch", R, [("What do the six Russian tech companies do for the SVR?", None, None, None),
        ("Lamport's colleague Markus Kuppe gave a talk, what was it called?", "switch",
         ["he has this wonderful talk which is titled \"How to save two hours of TLA with two weeks of debugging.\""], "How to save two hours of TLA with two weeks of debugging.")]),
    ("timeline", L, [("What cartoon caption about writing does Lamport quote?", None, None, None),
        ("what example did he give right after that?", "follow-up",
         ["I had this one example, this one certain aspect of actually writing a parser for TLA+ that somebody was doing"], "Writing a parser for TLA+."),
        ("which programming language did the guy code it in?", "follow-up",
         ["TLA+ is a lot different from Java, what he was coding it in."], "Java."),
        ("how many lines of code was it?", "unanswerable-follow-up", None, "Not said: no size is given.")]),
    ("timeline", L, [("Which Eisenhower quote does Lamport use?", None, None, None),
        ("what did he say just before it?", "follow-up",
         ["But if you don’t do this design right from the beginning, then every piece of the code you write is a patch."], "Without design from the beginning, every piece of code is a patch."),
        ("and did the host buy it?", "follow-up",
         ["I like that. Okay, that’s compelling."], "Yes: he found it compelling.")]),
    ("numbers", L, [("Which big companies use TLA+ according to Lamport?", None, None, None),
        ("why do they get it when small teams don't?", "follow-up",
         ["They understand how hard it is to get something right because it’s big, and also because it involves concurrency"], "Their systems are big and concurrent."),
        ("roughly how many amazon folks work with it day to day?", "unanswerable-follow-up", None, "Not said: no count is given.")]),
    ("yes-no", L, [("What happened when Lamport later modified the TLA+ parser?", None, None, None),
        ("and did it ever miss a special case?", "follow-up",
         ["And every time I checked it, the parser did the right thing."], "No: every time he checked, it did the right thing.")]),
    ("casual", L, [("What does Lamport compare typography to?", None, None, None),
        ("lol my cat just walked on the keyboard", "nonsense", None, None)]),
    ("student", B, [("What are base learners in an ensemble?", None, None, None),
        ("and is bagging the homogeneous kind or the other one?", "follow-up",
         ["begging is a homogeneous method so we'll"], "Homogeneous."),
        ("is it tied to one type of model?", "follow-up", ["is a so-called model agnostic technique"], "No: it is model agnostic.")]),
    ("newcomer", G, [("Is an HR chatbot that reads policy PDFs agentic AI?", None, None, None),
        ("what if it can also book the time off itself?", "follow-up",
         ["Well, the answer is again no. This is", "tool augmented chatboard. We want to"], "Still no: that is a tool-augmented chatbot."),
        ("which HR system does his company use?", "unanswerable-follow-up", None, "Not said: no product is named.")]),
    ("numbers", V, [("What is cumulative layout shift?", None, None, None),
        ("and on desktop, what did performance come out at?", "follow-up", ["92 marks in performance."], "92."),
        ("and how long did the report take to generate?", "unanswerable-follow-up", None, "Not said: no time is given.")]),
]

SEED = [
    ("timeline", LV, [("What did Lavrov say about the idea of a Greater Albania?", None, None, None),
        ("and what did he go on to say about borders?", "follow-up",
         ["let us recall how our Western partners, including the European Union and NATO (of which Slovenia is also a member) aggressively demand that post-war borders in Europe not be revised."],
         "The West demands post-war borders not be revised, but not when its protégés are concerned.")]),
    ("numbers", LV, [("how much of serbia's budget revenue came from NIS last year", None, None, None),
        ("what's the FDI figure there?", "follow-up", ["FDI in the company exceeds $3 billion."], "More than $3 billion."),
        ("how much money did it make after costs?", "unanswerable-follow-up", None, "Not said: no profit is given.")]),
    ("yes-no", LV, [("When is Sputnik V production in Belgrade due to start?", None, None, None),
        ("and the trial runs there, any good?", "follow-up",
         ["The first tests were conducted there just recently, and they were successful."], "Yes, they were successful."),
        ("how many doses a month will the plant make?", "unanswerable-follow-up", None, "Not said: no output is given.")]),
    ("yes-no", LV, [("When did the EAEU and Serbia sign their free trade agreement?", None, None, None),
        ("so is the deal active now?", "follow-up",
         ["We are close to completing the procedures required for the agreement to take effect."], "Not yet: the procedures are close to completion.")]),
]

SWITCH_TO = {"In the Suga press conference, which golfer did Biden congratulate?": S,
             "Lamport's colleague Markus Kuppe gave a talk, what was it called?": L}


def lines(convs, first_id, prefix, batch):
    n = first_id
    out = []
    for register, transcript, turns in convs:
        for i, (q, cat, gold, ref) in enumerate(turns):
            if i == 0:
                continue
            row = {"id": f"{prefix}{n}", "question": q, "history": [t[0] for t in turns[:i]], "transcript": SWITCH_TO.get(q, transcript),
                   "answerable": cat in ("follow-up", "switch"), "category": cat, "kind": "conv44", "batch": batch,
                   "register": register, "gold_quotes": gold or []}
            if ref:
                row["reference_answer"] = ref
            out.append(row)
            n += 1
    return out, n


if __name__ == "__main__":
    import sys
    conv, nxt = lines(CONVS, 3420, "conv-dev-", "A")
    seed, snxt = lines(SEED, 2611, "seed-", "A")
    print(len(conv), nxt, len(seed), snxt, file=sys.stderr)
    with open(sys.argv[1], "w") as f:
        for r in conv:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(sys.argv[2], "w") as f:
        for r in seed:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
