"""Writes fdecl48's batches C and D (appended to the dev question files): answerable questions that name a source
(a speaker or a recording) or a topic, asked in a FRAME whose words a passage that answers need not say (what a term
means or refers to, a measure asked by "how", a clip-finder's "the bit where", where in the recording, a filler like
"stuff", a contraction typed without its apostrophe, "raised anywhere" / "who raised", a frame noun "the issue of",
"the next step", a feeling asked of a speaker, a hypothetical "what would happen if"), and unanswerable ones in the
same frames, of a topic the recording never speaks of. C is read while the rule is set; D is run once after it is
frozen. Gold quotes are checked against the transcripts before anything is written. Run once; kept for the record.

    PYTHONPATH=. .venv/bin/python bench/fdecl48/write_batches.py [--write]
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, AGENTIC as A, BAGGING as B, WEB_VITALS as V,
    LAVROV_PRESS as R)

# (transcript, frame, question, gold quotes)
ANS = [
    (R, "clip", "the bit where lavrov talks about the memorandum on open ground", ["Our countries have a memorandum of understanding on open ground."]),
    (R, "definition", "What does Lavrov mean by parity when he talks about the embassies?", ["We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to Russia per year."]),
    (R, "measure", "how big is Russia's UN mission staff, per Lavrov?", ["about 150 people"]),
    (R, "place", "What did Lavrov say about the forums where Russia and Serbia coordinate, later in the news conference?", ["We agreed to continue to coordinate at various forums, including the UN, the OSCE and the Council of Europe."]),
    (R, "filler", "lavrov's take on the kosovo interpol stuff?", ["illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other organisations were neutralised"]),
    (R, "contraction", "what does lavrov say hes going to publish today", ["Today we will publish a list of eight officials representing the upper echelons of the administration in Washington."]),
    (R, "raised", "Was the CSTO raised anywhere by the ministers?", ["Serbia maintains an interest in cooperation and contact with the Collective Security Treaty Organisation (CSTO)"]),
    (R, "frame-noun", "What did Lavrov say on the issue of short-term trips by State Department staff?", ["we are putting a stop to the practice of uncontrolled and unlimited short-term trips"]),
    (R, "feeling", "Is Lavrov unhappy with how the US counts Russia's UN staff?", ["Therefore, if we want parity, it would be correct not to count our employees with the UN mission – about 150 people – in the total number."]),
    (R, "hypothetical", "what happens if diplomats want to travel outside their host cities now, per Lavrov?", ["We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis."]),
    (R, "next-step", "What are the next steps on Sputnik V in Belgrade, according to Lavrov?", ["We expect the launch of Sputnik V production in Belgrade scheduled for May to make a practical contribution here."]),
    (R, "definition", "What does Lavrov say Resolution 1244 stands for in the Kosovo settlement?", ["The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, which has to be approved by the UN Security Council."]),
    (R, "who-raised", "Who raised the question of a Greater Albania at the press conference?", ["Do you see the idea of a Greater Albania invoked by Prime Minister of Kosovo Albin Kurti as a real, tenable idea and a solution to the Kosovo problem?"]),
    (R, "clip", "find the moment where lavrov talks about the 300 employees on the bilateral front", ["we have 300 employees on the bilateral front"]),
    (R, "filler", "the EAEU stuff with serbia — what did the ministers cover?", ["We focused on various aspects of cooperation between Serbia and the Eurasian Economic Union (EAEU)."]),
    (R, "feeling", "Was Lavrov upset about the US sanctions package?", ["in response to Washington’s openly hostile, utterly unprovoked actions towards Moscow, Russian citizens, individuals and companies, and our financial system."]),
    (R, "measure", "how large is the american presence in russia, per lavrov — where do they all work", ["Out of these 450, all Americans are distributed among the Embassy and the consulates-general."]),
    (R, "contraction", "whats lavrov say the americans do with short term trips", ["in addition to their embassy and consular personnel the Americans send several hundreds of employees on short-term trips to Russia every year"]),
    (R, "raised", "was energy raised by the ministers as a key area?", ["We underscored that implementing large, landmark projects, primarily in energy, is a key area of economic cooperation."]),
    (R, "place", "What did Lavrov say about Ambassador Antonov later in the press conference?", ["Russian Ambassador to the US Anatoly Antonov"]),
    (W, "clip", "the bit where biden talks about calling in the national guard so often", ["And one of the things that I have found since becoming President is how often I’m required to call in the National Guard."]),
    (W, "measure", "how early can the noaa satellites catch a new fire, according to biden", ["is able to see from space when new fires start, while they’re still small"]),
    (W, "place", "What did Governor Brown thank Biden for later in the meeting?", ["thank you for approving our cost-share adjustment related to our 2020 Labor Day wildfires at 100 percent for Oregon"]),
    (W, "filler", "harris's take on the water stuff?", ["diversifying water policy in a way we are thinking about the storage of water, both above ground and underground"]),
    (W, "contraction", "what does newsom say hes been waiting years to hear", ["Mr. President, I’ve been waiting almost four and a half years to hear a President say what you just said."]),
    (W, "raised", "Was the Granite Mountain tragedy brought up anywhere by Biden?", ["was at the funeral of the 19 Granite Mountain Hotshot firefighters"]),
    (W, "feeling", "does newsom sound pleased with the federal firefighter pay raise", ["Because we don’t have enough firefighters — period, full stop."]),
    (W, "frame-noun", "What did Biden say on the issue of firefighter pay?", ["we’re going to provide retention incentives"]),
    (W, "next-step", "What's the next step for seasonal firefighter jobs, according to Biden?", ["This is a year-round mission."]),
    (W, "hypothetical", "What would happen if western states had to lean on the East for help this year, according to Brown?", ["our eastern counterparts are preparing for a very difficult hurricane season, and so we may not be able to rely on other regions to help out this year."]),
    (W, "measure", "how bad was oregon's loss in the labor day fires, per brown", ["We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."]),
    (W, "definition", "What does Biden mean by the confluence he warns about?", ["climate change driving the dangerous confluence of extreme heat and prolonged drought"]),
    (W, "who-raised", "Who raised the Israeli firefighters coming over to help?", ["We had the pleasure of having folks — firefighters — from Israel come because we were that stretched"]),
    (W, "clip", "the moment where harris describes what they'd grab from the house", ["the most things we can grab that are the most valuable are family photographs."]),
    (J, "clip", "the bit where biden talks about golf and matsuyama", ["Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this week."]),
    (J, "definition", "What does the Mansfield program refer to in Biden's remarks?", ["to promote people-to-people connections between our countries"]),
    (J, "raised", "Was the Senkaku issue raised anywhere at the press conference with Suga?", ["including the application of Article 5 of the Japan-U.S. Treaty of Mutual Cooperation and Security for the Senkaku Islands."]),
    (J, "feeling", "Is Biden proud of bringing back the Mansfield fellowship?", ["And I’m especially proud that today we agreed to resume what we call — what is called the “Mansfield Fellowship Program”"]),
    (J, "filler", "the north korea missile stuff — what did the leaders confirm?", ["On North Korea, we confirmed our commitment to the CVID of all weapons"]),
    (J, "contraction", "whats biden say about hosting suga first", ["the first head of state that I’ve asked in my administration to come to the White House"]),
    (J, "frame-noun", "What did Suga say on the question of Okinawa?", ["from the perspective of mitigating the impact on local communities, including, first and foremost, Okinawa"]),
    (J, "measure", "How serious is the gun problem in Biden's words at the press conference?", ["It is a national embarrassment what’s going on."]),
    (J, "next-step", "What's the next step for climate after the summit with Suga, per Biden?", ["Next week, I’ll be hosting the Climate Leaders Summit"]),
    (J, "place", "What did Biden say about Iran later in the press conference?", ["We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to 60 percent."]),
    (J, "who-raised", "who raised the chicago police shooting with biden", ["including the incident that a lot of us saw in Chicago most recently?"]),
    (J, "measure", "how sure is suga about holding the tokyo olympics this summer", ["I expressed my determination to realize the Tokyo Olympics and the Paralympic Games as a symbol of global unity this summer."]),
    (S, "measure", "how long do banks get before the debt ban takes effect, per the officials", ["The rationale for this date is to allow time for financial institutions to understand and adapt to the measures we’re taking"]),
    (S, "definition", "What does the SVR stand for on the Russia call?", ["we’re formerly naming the Russian Foreign Intelligence Service — the SVR — as the perpetrator of the broad-scope cyber espionage campaign"]),
    (S, "raised", "Was Navalny raised anywhere on the background call?", ["announced our response to Russia’s use of a chemical weapon to poison Aleksey Navalny."]),
    (S, "clip", "the part where the official says some responses will stay unseen", ["There will be elements of our responses to these actions that will remain unseen."]),
    (S, "feeling", "Is the White House worried about software made by Russian companies?", ["Those efforts should serve as a warning about the risks of using information and communications technology and services supplied by companies that operate or store user data in Russia"]),
    (S, "frame-noun", "What did the official say on the issue of the Taliban bounties?", ["with low to moderate confidence, that Russian intelligence officers sought to encourage Taliban attacks against U.S. and coalition personnel in Afghanistan in 2019"]),
    (S, "next-step", "What's the next step on federal software purchasing, according to the officials?", ["Those efforts will also be the hallmark of an upcoming executive order which will build on those with regard to setting standards for the software the U.S. government procures."]),
    (S, "hypothetical", "What would happen if Russia escalated after the sanctions, per the official?", ["The United States reserves the right, of course, to take further action as necessary."]),
    (S, "contraction", "whats the us want its relationship with russia to look like from here", ["we seek a stable and predictable relationship going forward."]),
    (S, "place", "What did the officials say about a summit later on the call?", ["he proposed a summit meeting in the coming months, in a third country in Europe"]),
    (S, "filler", "the cyber course in germany stuff — where is it hosted?", ["that will be inaugurated this year at the George C. Marshall Center in Germany."]),
    (S, "measure", "how wide was the solarwinds reach, per the officials", ["gave it the ability to spy on or potentially disrupt more than 16,000 computer systems worldwide"]),
    (L, "definition", "What does Lamport mean by stuttering when he talks about the clock?", ["And it doesn't make any difference to that clock whether there's one step between one second and the next, or 1,000 steps between one second and the next."]),
    (L, "clip", "the bit where lamport says hes no genius", ["So I'm not a genius; I'm not in the league with people like Einstein, or Feynman"]),
    (L, "measure", "how much more work is a bug found late, per lamport", ["it's a hell of a lot more work to fix it than it would have been had you found it when you were writing the algorithm."]),
    (L, "raised", "Was Brian Reid brought up anywhere in the Lamport interview?", ["that was done by Brian Reid in his scribe system"]),
    (L, "feeling", "Is Lamport worried about programmers who think they are only writing code?", ["And if all you think you're doing is writing code - well, of course, somebody has to read your code to understand what the code does."]),
    (L, "hypothetical", "What would happen if the plan is wrong from the start, according to Lamport?", ["But if the plan is wrong from the get-go - well, the entire endeavor is a waste."]),
    (L, "place", "What did Lamport say about chemists later in the interview?", ["I'm sure chemists have never heard of it."]),
    (L, "filler", "lamport's take on the how-formal-should-you-be stuff", ["the bigger something is, the more formal you have to be, because it's going to be more complicated."]),
    (L, "frame-noun", "What did Lamport say on the subject of his career failings?", ["One of my failings in my career is building on things that seem natural, some seem obvious to me, and without realizing that they were new ideas, and that they were significant ideas."]),
    (L, "contraction", "what does lamport say hes not that good at", ["I'm not that good as a teacher."]),
    (L, "who-raised", "who raised the deli ticket number in the Lamport interview", ["Like, I'm 275 -- because you're wondering"]),
    (L, "next-step", "What's Lamport's next step on retiring?", ["I'm not ready to announce a retirement date, but it's not going to be too far off."]),
    (A, "definition", "What does the router refer to in the agentic AI video's design patterns?", ["case you can have LLM as a router and"]),
    (A, "clip", "the part in the agentic ai video where the agent writes a report on nvidia", ["Nvidia. You're also giving it access to"]),
    (A, "raised", "Was a weather API brought up anywhere in the agentic AI video?", ["weather API for weather, Xedia API for"]),
    (A, "filler", "the intern onboarding stuff in the agentic ai video — what does the agent open at the help desk?", ["where you get Wi-Fi credential s the"]),
    (A, "contraction", "whats the presenter say the plain chatbot doesnt have", ["question it responds but it doesn't have"]),
    (A, "place", "What did the agentic AI video say about memory later on?", ["context, it will remember things. So"]),
    (A, "frame-noun", "What does the agentic AI video say on the topic of low code?", ["code. You can use low code or no code"]),
    (A, "hypothetical", "What would happen if you gave the system a goal, per the agentic AI video?", ["advance this further and give it a goal"]),
    (A, "next-step", "in the agentic ai video, what's the next step after workflows", ["then comes agents. So for agents see"]),
    (A, "feeling", "Is the agentic AI presenter excited about no-code tools like N8N?", ["N8N where you can do drag and drop"]),
    (B, "definition", "what does bagging refer to in the i2ml lecture", ["begging is for bootstrap aggregation"]),
    (B, "measure", "how old is the trick the bagging lecturer describes", ["oldest trick in the book of Statistics"]),
    (B, "clip", "the part of the bagging lecture where the spam data set is used", ["Learners here I used the spam data set"]),
    (B, "raised", "Were heterogeneous ensembles raised anywhere in the bagging lecture?", ["they also heterogeneous orable methods"]),
    (B, "filler", "the out of bag stuff in the bagging lecture, what are those points called", ["these points are called out of B"]),
    (B, "place", "What will the lecturer cover later in the next session?", ["where I will then really introduce the"]),
    (B, "feeling", "Is the bagging lecturer happy with how much bagging improves CART?", ["that improves the result by quite a"]),
    (B, "hypothetical", "What would happen to the error if the ensemble got bigger, per the bagging lecture?", ["error and the larger The Ensemble the"]),
    (B, "contraction", "whats the lecturer say trees are, stable or not", ["trees are somewhat unstable um as a"]),
    (B, "frame-noun", "What does the bagging lecture say on the question of aggregating for classification?", ["bit more annoying because you have these"]),
    (V, "definition", "FID — what does it stand for in the web vitals lecture?", ["First Input Delay means that if any user has clicked on any input element,"]),
    (V, "clip", "the bit in the web vitals lecture where he names the hidden chrome tool", ["In this video, we will also learn that there is a hidden tool in Chrome called Lighthouse."]),
    (V, "raised", "Was Amazon.in brought up anywhere in the web vitals lecture?", ["I opened Amazon.in, so Amazon.in wants this website to be loaded as soon as possible."]),
    (V, "filler", "the meta keywords stuff in the web vitals lecture — does google use them?", ["They say that we do not want to see your Meta Keywords."]),
    (V, "contraction", "whats the lecturer say about who writes the description if you dont", ["So this is the responsibility of the search engine."]),
    (V, "place", "What does he ask viewers to write at the end of the video?", ["So write in the comment section below, Sigma Batch OP."]),
    (V, "feeling", "Is the web vitals presenter worried about pages that shift while loading?", ["So we have to keep the cumulative layout shift as low as possible."]),
    (V, "hypothetical", "What would happen if you set width and height on images, per the web vitals lecture?", ["If you put width and height in images, then the layout will not shift."]),
    (V, "frame-noun", "What does the web vitals lecture say on the topic of page titles?", ["If your title is reflecting the content of your page, then this is a very good SEO practice."]),
    (V, "next-step", "What's the next step to find lighthouse in chrome, per the web vitals video?", ["Now you are getting the option of lighthouse here."]),
]

# (transcript, frame, question): the same frames, of a topic the recording never speaks of
UN = [
    (W, "clip", "the bit where newsom talks about prison inmate fire crews"),
    (W, "definition", "What does Newsom mean by the wildland-urban interface?"),
    (W, "raised", "Was smoke jumper training raised anywhere at the wildfire meeting?"),
    (W, "feeling", "Is Newsom worried about water for almond farms?"),
    (W, "measure", "how big was the Bootleg Fire, per Governor Brown"),
    (W, "next-step", "What's the next step on firefighting drones, per Biden?"),
    (J, "clip", "the bit where suga talks about whaling"),
    (J, "raised", "Did Hong Kong get raised anywhere during the Biden-Suga presser?"),
    (J, "definition", "What does Suga mean by Society 5.0?"),
    (J, "feeling", "Is Biden worried about ticket sales for the Tokyo games?"),
    (J, "hypothetical", "What would happen if Japan boycotted the Beijing Olympics, per Suga?"),
    (J, "frame-noun", "What did Suga say on the issue of rice imports?"),
    (S, "measure", "how big is the SVR's hacking budget, per the officials"),
    (S, "raised", "Was the Colonial Pipeline raised anywhere on the background call?"),
    (S, "definition", "What does the official mean by a kill switch?"),
    (S, "clip", "the part where the official talks about Russian troops on Ukraine's border"),
    (S, "feeling", "Is the official worried about cryptocurrency exchanges in Russia?"),
    (S, "next-step", "What's the next step on Nord Stream sanctions, per the official?"),
    (L, "clip", "the bit where lamport talks about his PhD advisor"),
    (L, "raised", "Was Rust raised anywhere in the Lamport interview?"),
    (L, "definition", "What does Lamport mean by write-ahead logging?"),
    (L, "feeling", "Is Lamport worried about AI writing code?"),
    (L, "measure", "how old was lamport when he built his first robot"),
    (L, "hypothetical", "What would happen if Lamport had stayed at SRI, per the interview?"),
    (A, "definition", "what's fine-tuning referring to in the agentic ai video"),
    (A, "raised", "Was AutoGen raised anywhere in the agentic AI video?"),
    (A, "clip", "the part of the agentic ai video where he talks about api pricing"),
    (A, "measure", "how big was the intern's starting salary in the onboarding example"),
    (A, "feeling", "Is the agentic AI presenter worried about agents taking people's jobs?"),
    (B, "definition", "What does the bagging lecturer mean by early stopping?"),
    (B, "raised", "Was the Titanic passenger data brought up anywhere by the bagging lecturer?"),
    (B, "clip", "the part where the bagging lecturer shows the python code"),
    (B, "measure", "how long does training the bagged ensemble take in seconds, per the lecture"),
    (B, "contraction", "whats the lecturer say about drawing without replacement"),
    (V, "definition", "in the web vitals lecture what does TTFB stand for"),
    (V, "raised", "Was Interaction to Next Paint raised anywhere in the web vitals lecture?"),
    (V, "clip", "the part where he explains lazy loading for images"),
    (V, "feeling", "Is the web vitals presenter worried about ads slowing pages down?"),
    (V, "measure", "how long should a page title be in characters, per the web vitals lecture"),
    (V, "next-step", "What's the next step after fixing CLS, per the lecturer — setting up a CDN?"),
]
SEED_UN = [
    (R, "clip", "the bit where lavrov talks about gas prices for serbia"),
    (R, "definition", "What does Lavrov mean by Euro-Atlantic integration?"),
    (R, "measure", "how big is serbia's diplomatic staff in moscow, per lavrov"),
    (R, "feeling", "Is Lavrov worried about Serbia buying Chinese weapons?"),
    (R, "raised", "Was Crimea raised anywhere by Lavrov?"),
    (R, "hypothetical", "What would happen if Serbia recognised Kosovo, according to Lavrov?"),
    (R, "next-step", "What are the next steps on the Turkish Stream pipeline, per Lavrov?"),
    (R, "frame-noun", "What did Lavrov say on the issue of Montenegro?"),
    (R, "contraction", "whats lavrov say about belarus"),
    (R, "filler", "lavrov's take on the vaccine passport stuff?"),
]
UN_WHY = "Not said: the recording never speaks of this."


def in_d(i: int) -> bool:
    """Every second and fourth of each five in D, the rest in C (D: 40%, over every transcript and frame)."""
    return i % 5 in (1, 3)


def rows():
    real = [r for r in ANS if r[0] != R]
    seed_ans = [r for r in ANS if r[0] == R]
    n = {"C": 0, "D": 200}
    for i, (t, frame, q, gold) in enumerate(real):
        batch = "D" if in_d(i) else "C"
        n[batch] += 1
        yield "bench/questions/real-dev.jsonl", {
            "id": f"dev-fdecl48-{n[batch]}", "question": q, "transcript": t, "gold_quotes": gold, "answerable": True,
            "category": "asking-frame", "kind": "fdecl48", "batch": batch, "frame": frame}
    for i, (t, frame, q) in enumerate(UN):
        yield "bench/questions/unanswerable-dev.jsonl", {
            "id": f"dev-un-{4216 + i}", "question": q, "transcript": t, "answerable": False,
            "category": "absent-topic", "kind": "fdecl48", "batch": "D" if in_d(i) else "C", "frame": frame,
            "reference_answer": UN_WHY}
    seed = [(r, True) for r in seed_ans] + [(r, False) for r in SEED_UN]
    for i, (r, answerable) in enumerate(seed):
        row = {"id": f"seed-{3221 + i}", "question": r[2], "transcript": R, "answerable": answerable,
               "category": "asking-frame" if answerable else "absent-topic", "kind": "fdecl48",
               "batch": "D" if in_d(i if answerable else i - len(seed_ans)) else "C", "frame": r[1]}
        if answerable:
            row["gold_quotes"] = r[3]
        else:
            row["reference_answer"] = UN_WHY
        yield "qa/data/seed_questions.jsonl", row
    assert 4216 + len(UN) - 1 <= 4255 and 3221 + len(seed) - 1 <= 3250


def check() -> int:
    from qa.evaluate.questions import load_questions, locate_gold
    import tempfile
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in (("real-dev.jsonl", REPO.parent / "shared" / "data" / "transcripts"),
                             ("unanswerable-dev.jsonl", REPO.parent / "shared" / "data" / "transcripts"),
                             ("seed_questions.jsonl", REPO / "corpus")):
            mine = [r for p, r in rows() if p.endswith(name)]
            f = Path(tmp) / name
            f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in mine), encoding="utf-8")
            questions = load_questions(f)

            def text_of(transcript, folder=folder):
                with open(folder / transcript, encoding="utf-8", newline="") as fh:
                    return fh.read()
            gold = locate_gold(questions, text_of, source=str(f))
            for q in questions:
                if bool(gold[q.id]) != q.answerable:
                    bad += 1
                    print("GOLD NOT LOCATED", q.id, q.question, q.gold_quotes)
    return bad


def main() -> None:
    bad = check()
    counts = {}
    for p, r in rows():
        key = (Path(p).name, r["batch"], r["answerable"])
        counts[key] = counts.get(key, 0) + 1
    for k, v in sorted(counts.items()):
        print(k, v)
    print("bad", bad)
    if "--write" in sys.argv and not bad:
        for p, r in rows():
            path = REPO / p
            text = path.read_text(encoding="utf-8")
            assert f'"{r["id"]}"' not in text, f"{r['id']} already in {p}"
        for p, r in rows():
            with open(REPO / p, "a", encoding="utf-8") as f:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("written")


if __name__ == "__main__":
    main()
