"""Writes decl51's batches A and B (appended to the dev question files): questions in four registers, cause (what set
off, what's behind, what led to, the motive or reason), purpose (what something is for, its aim, goal or intent),
condition (on what terms, under what circumstances, what must happen first, a "when" that asks a situation) and risk
(a danger, hazard, peril, threat or warning raised); 10 per register and batch, half answerable (gold: the sentence
that gives the cause, purpose, condition or risk, several asked with a register noun no transcript holds: "sparked",
"motive", "aim", "purpose", "hazard", "peril", "caution"), half unanswerable (each checked by grep over all eight
transcripts: the register's thing never given for a topic a transcript names, a near miss, or a topic said nowhere).
Written from the transcripts before the system was run on any of them. A is read while the rule is set; B is run
once after it is frozen. Gold quotes are checked against the transcripts before anything is written. Run once; kept
for the record.

    PYTHONPATH=. .venv/bin/python bench/decl51/write_batches.py [--write]
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as S, WILDFIRES as W, SUGA_PRESS as J, LAMPORT as L, AGENTIC as A, BAGGING as B, WEB_VITALS as V,
    LAVROV_PRESS as R, SEED, register_batch_main, register_rows)

# (batch, register, transcript, question, gold quotes or None where unanswerable, why unanswerable)
ROWS = [
    # --- A: cause
    ("A", "cause", W, "What sparked Sonoma's early application for fire mitigation funding?",
     ["And because Sonoma knows all too well the devastation wrought by fires, they were the first to apply for fire "
      "mitigation funding."], None),
    ("A", "cause", W, "What brought firefighters from Israel over to help?",
     ["We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."],
     None),
    ("A", "cause", L, "What makes Lamport different from most computer people, by his own account?",
     ["it's because I think like a mathematician, and I approach things mathematically, not computationally."], None),
    ("A", "cause", L, "What is the reason LaTeX takes its name from Tex?",
     ["Oh, that's because LaTeX is built on top of Don Knuth's tech typesetting program."], None),
    ("A", "cause", S, "What is the motive for cutting Russia's government off from American money?",
     ["There's no credible reason why the American people should directly fund Russia's government when the Putin "
      "regime has repeatedly attempted to undermine our sovereignty."], None),
    ("A", "cause", W, "What sparked the wildfires burning in Siskiyou County?", None,
     "Siskiyou County and the Lava Fire are named, no cause given"),
    ("A", "cause", J, "What's behind Japan's decision to hold the Olympics without overseas fans?", None,
     "the Olympics are named; no fans or spectators in any transcript"),
    ("A", "cause", A, "Why did the agentic AI presenter switch from LangChain to n8n?", None,
     "LangChain: in no transcript"),
    ("A", "cause", S, "What triggered Russia's occupation of Crimea, according to the officials?", None,
     "near miss: Crimea's occupation is named as a ground for sanctions, its cause never"),
    ("A", "cause", SEED, "What caused the drop in Serbia's vaccination rate?", None,
     "near miss: Serbia's rate is among Europe's top, due in part to Sputnik V; no drop"),
    # --- A: purpose
    ("A", "purpose", S, "What is the aim of building threat intelligence sharing partnerships?",
     ["we have to build those domestic and international partnerships and threat intelligence sharing to ensure we "
      "can identify, defend against, and mitigate malicious cyber activity from Russia and other adversaries."], None),
    ("A", "purpose", J, "What is Japan's careful preparation for the summer meant to accomplish?",
     ["Japan will continue careful and full preparation in order to realize the Tokyo games this summer"], None),
    ("A", "purpose", L, "What is a program for, according to Lamport?",
     ["Because what good is a program if it doesn't do something, or express something, or change the world somehow, "
      "or provide some sort of value?"], None),
    ("A", "purpose", W, "What purpose do the Good Neighbor Authority's prescribed burns serve?",
     ["we have partnered with the federal government over the years to reduce wildfire risk on federal lands through "
      "collaborative processes, including prescribed burns, removing dead trees and underbrush."], None),
    ("A", "purpose", A, "What is the presenter's goal for today's video?",
     ["My goal for today's video is to provide"], None),
    ("A", "purpose", J, "What is the purpose of the Quad Leader Summit?", None,
     "near miss: the summit is named as a meeting, its purpose never given"),
    ("A", "purpose", V, "What is the aim of converting images to WebP in the web vitals lecture?", None,
     "WebP: in no transcript"),
    ("A", "purpose", B, "What is the out-of-bag error used for in the bagging lecture?", None,
     "out-of-bag: in no transcript"),
    ("A", "purpose", W, "What is the goal of the new Civilian Climate Corps?", None, "Climate Corps: in no transcript"),
    ("A", "purpose", SEED, "What does Serbia aim to achieve by joining the CSTO?", None,
     "near miss: Serbia keeps an interest in contact with the CSTO, no joining or aim"),
    # --- A: condition
    ("A", "condition", R,
     "Under what circumstances will Russia ask the Americans to cut the number of their diplomats?",
     ["If we are to continue this \"exchange of courtesies\", we will ask the Americans to bring down the number of "
      "their diplomats involved in bilateral relations with Russia"], None),
    ("A", "condition", W, "When would cars left in a driveway be a tragic sign after a fire?",
     ["it may be a tragic situation if the cars are in the driveway because that means the folks didn't get out in "
      "time."], None),
    ("A", "condition", S, "On what terms would the US respond with economically impactful costs?",
     ["we will respond with economically impactful costs if these activities continue or escalate."], None),
    ("A", "condition", L, "When do you have to be more formal, in Lamport's view?",
     ["the bigger something is, the more formal you have to be"], None),
    ("A", "condition", S, "What must happen for the US to take further steps over the bounties?",
     ["our focus is on sending a clear message to Russia about the steps the United States would take in response "
      "to such behavior were it to continue."], None),
    ("A", "condition", W, "What must a seasonal firefighter do to be made permanent?", None,
     "near miss: positions are being made permanent, nothing a firefighter must do"),
    ("A", "condition", J, "On what condition would Japan send troops to defend Taiwan?", None,
     "Taiwan is named; no troops in the press conference"),
    ("A", "condition", L, "What conditions does Lamport set for accepting a pull request to the TLA+ tools?", None,
     "pull requests: in no transcript"),
    ("A", "condition", V, "Under what terms can a site use infinite scroll without hurting CLS?", None,
     "infinite scroll: in no transcript"),
    ("A", "condition", SEED, "Under what terms would Russia resume direct flights to Serbia?", None,
     "flights: never spoken of in the press conference"),
    # --- A: risk
    ("A", "risk", W, "What danger do firefighters accept when they do their job?",
     ["These courageous women and men take an incredible risk of running toward the fire"], None),
    ("A", "risk", W, "What did Biden warn about this year's western wildfires?",
     ["In fact, the threat of western wildfires this year is as severe as it's ever been."], None),
    ("A", "risk", S, "What peril did the SolarWinds hack place on its private-sector victims?",
     ["And finally, the hack placed an undue burden on the mostly private-sector victims who must bear the unusually "
      "high costs of mitigating this incident."], None),
    ("A", "risk", R, "What did Lavrov caution about the West's stance on European borders?",
     ["I think that these are very dangerous games."], None),
    ("A", "risk", L, "What danger does Lamport see in relying on testing for concurrent systems?",
     ["that testing is very poor at finding, because the bug can occur just in terms of how really the speeds at "
      "which things are happening."], None),
    ("A", "risk", L, "What risks of using Rust did Lamport warn about?", None, "Rust: never spoken of by Lamport"),
    ("A", "risk", A, "What hazard of prompt injection did the agentic AI presenter point out?", None,
     "prompt injection: in no transcript"),
    ("A", "risk", J, "What threat did Biden say Chinese 5G networks pose to Japan?", None,
     "near miss: secure and reliable 5G networks are promoted, no threat from China's"),
    ("A", "risk", S, "What risk to the US power grid did the officials warn about?", None,
     "the power grid: in no transcript"),
    ("A", "risk", SEED, "What danger did Lavrov say Western sanctions pose to Sputnik V production?", None,
     "near miss: Sputnik V production in Belgrade is named, no sanctions danger"),
    # --- B: cause
    ("B", "cause", L, "What makes it hard for Lamport to bring people along with his ideas?",
     ["Because I just expect more of them than it's reasonable to expect of most people."], None),
    ("B", "cause", S, "What led the US to sanction the eight individuals and entities in Crimea?",
     ["today sanctioned eight individuals and entities associated with Russia's ongoing occupation and repression in "
      "Crimea."], None),
    ("B", "cause", W, "What's behind the governor's delight at paying federal firefighters more?",
     ["Because we don't have enough firefighters — period, full stop."], None),
    ("B", "cause", L, "What kept Johnson and Thomas from being credited as the first to use timestamps?",
     ["because their paper is not very well known, and mine was."], None),
    ("B", "cause", R, "What is Serbia's high vaccination rate due to?",
     ["Serbia is among the top nations in Europe in terms of vaccination rate which is due, in part, to the use of "
      "the Russian vaccine Sputnik V"], None),
    ("B", "cause", W, "What made the Lava Fire so hard to contain?", None,
     "the Lava Fire is named; nothing of its containment"),
    ("B", "cause", S, "What prompted Russia to interfere in the 2020 election, according to the officials?", None,
     "near miss: the interference is named and answered, its motive never"),
    ("B", "cause", J, "What's behind the slow pace of Japan's vaccine rollout?", None,
     "vaccines are named; no pace of Japan's rollout"),
    ("B", "cause", A, "Why did the agentic AI presenter's travel agent fail to book the hotel?", None,
     "hotels: in no transcript"),
    ("B", "cause", SEED, "What caused the cancellation of Selakovic's visit to Moscow?", None,
     "near miss: the visit took place; only a resolution 'has not been cancelled'"),
    # --- B: purpose
    ("B", "purpose", J, "For what purpose will Japan lead global decarbonization?",
     ["will lead the global decarbonization in order to further strengthen cooperation in areas such as the "
      "implementation of the Paris Agreement"], None),
    ("B", "purpose", S, "What was this morning's effort intended to reinforce?",
     ["This effort is intended to reinforce again our commitment to the security of our allies and partners."], None),
    ("B", "purpose", S, "What is the intent behind the sovereign debt measure?",
     ["So our intent here is to impose costs on the Russian government, but also to limit any spillovers to the U.S."],
     None),
    ("B", "purpose", W, "What is the President's hurricane season briefing for?",
     ["looking at the trends that are coming to get a sense of what's coming so that the country can be better "
      "prepared."], None),
    ("B", "purpose", J, "What is the Quad Vaccine Partnership meant to achieve?",
     ["launched the landmark Quad Vaccine Partnership to expand the manufacturing of COVID-19 vaccines and assist "
      "countries throughout the region with vaccination efforts."], None),
    ("B", "purpose", W, "What is the aim of the new national wildfire insurance program?", None,
     "near miss: no insurance program in any transcript"),
    ("B", "purpose", L, "What is the purpose of the TLA+ Foundation?", None,
     "a foundation: never spoken of by Lamport"),
    ("B", "purpose", V, "What is a service worker used for, according to the web vitals lecturer?", None,
     "service workers: in no transcript"),
    ("B", "purpose", S, "What is the goal of the new sanctions on Belarus?", None, "Belarus: in no transcript"),
    ("B", "purpose", SEED, "What is the EAEU-Serbia free trade agreement meant to achieve?", None,
     "near miss: the agreement is signed and its procedures near complete, no aim given"),
    # --- B: condition
    ("B", "condition", L, "When would added frames leave the clock's description unchanged?",
     ["if you add frames that simply repeat what the previous frames have done, you haven't changed the "
      "description."], None),
    ("B", "condition", V, "Under what condition will your website show up on Google by its title?",
     ["Because if you want your website on Google, then it will come according to the title."], None),
    ("B", "condition", L, "In what case does Lamport say the code will be wrong no matter how good it is?",
     ["But if the algorithm is wrong, no matter how good your code is"], None),
    ("B", "condition", S, "On what terms is the US prepared to deploy the executive order's authorities?",
     ["We would prefer not to have to deploy these authorities"], None),
    ("B", "condition", SEED, "What has to happen before a Belgrade-Pristina agreement on Kosovo takes effect?",
     ["The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, "
      "which has to be approved by the UN Security Council."], None),
    ("B", "condition", J, "Under what terms would the US lift tariffs on Japanese steel?", None,
     "steel and tariffs: in no transcript"),
    ("B", "condition", A, "What conditions must be met before an AI agent can spend money on its own?", None,
     "money: in no transcript"),
    ("B", "condition", B, "When would it be wise to use a random forest instead of boosting?", None,
     "near miss: boosting is named once, no choice between them"),
    ("B", "condition", W, "What must a Tribal government do before it can get federal firefighting help?", None,
     "near miss: Tribal governments are named, nothing they must do"),
    ("B", "condition", SEED, "Under what conditions would Russia sell S-400 systems to Serbia?", None,
     "S-400: in no transcript"),
    # --- B: risk
    ("B", "risk", S, "What harmful activities did the officials warn Russia against?",
     ["continued harmful foreign activities — including further election interference, further malicious cyber "
      "activities — are unacceptable"], None),
    ("B", "risk", S, "What danger does a chilling effect in the debt market pose for Russia?",
     ["can create a broader chilling effect that raises Russia's borrowing costs, along with capital flight and a "
      "weaker currency."], None),
    ("B", "risk", L, "What risk remains even once you've got the plan right, according to Lamport?",
     ["And just because you've got the plan right doesn't mean you're going to execute it right."], None),
    ("B", "risk", L, "What does Lamport warn makes big systems so hard to get right?",
     ["They understand how hard it is to get something right because it's big, and also because it involves "
      "concurrency"], None),
    ("B", "risk", R, "What did Lavrov warn against regarding Resolution 1244?",
     ["have no right to express any ideas that blatantly undermine the very concept of UN Security Council "
      "Resolution 1244"], None),
    ("B", "risk", W, "What health risks of wildfire smoke to children did Biden warn about?", None,
     "children: in no transcript"),
    ("B", "risk", S, "What danger do Russian hackers pose to the 2022 midterm elections?", None,
     "near miss: the 2020 election interference is named, no 2022 midterms"),
    ("B", "risk", A, "What security risks of agentic AI did the presenter warn about?", None,
     "security: never spoken of in the agentic AI video"),
    ("B", "risk", V, "What danger did the web vitals lecturer see in loading too many fonts?", None,
     "fonts: in no transcript"),
    ("B", "risk", SEED, "What threat did Lavrov say Albania's army poses to Serbia?", None,
     "near miss: talk of a Greater Albania is named, no army"),
]


def rows():
    """The question-file rows: (file, row), ids in decl51's ranges in the order above."""
    return register_rows(ROWS, "decl51", 1, 4640, 3630, "decl51-{batch}")


def main() -> None:
    register_batch_main(rows(), len(ROWS))


if __name__ == "__main__":
    main()
