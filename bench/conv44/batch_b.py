"""Batch B of conv44 (written from the transcripts after batch A was read and before any run of the system on
them; run once, after the rule was frozen): printed as JSON lines. Same form as batch_a.py."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_a import B, L, LV, R, S, SWITCH_TO, W, lines  # noqa: E402

CONVS = [
    ("timeline", W, [("What did Biden say about the Granite Mountain Hotshots?", None, None, None),
        ("what did he bring up right after that?", "follow-up",
         ["Now, traditionally, federal firefighting has been a seasonal job", "This is a year-round mission."],
         "Federal firefighting used to be seasonal; it is now a year-round mission.")]),
    ("timeline", W, [("What did Governor Brown thank Biden for about the 2020 Labor Day fires?", None, None, None),
        ("and what did she ask for next?", "follow-up",
         ["I would also ask that federal Individual Assistance be approved for disaster mitigation activities for wildfire just as FEMA recently approved for hurricanes."],
         "Federal Individual Assistance approved for wildfire mitigation, as for hurricanes.")]),
    ("numbers", W, [("How hot did Newsom say it got in Palm Springs?", None, None, None),
        ("and up north where he was, how hot?", "follow-up", ["117, 119 degrees up north."], "117 to 119 degrees.")]),
    ("numbers", W, [("Which countries did California call for help with its fires?", None, None, None),
        ("how many crews did israel end up sending over?", "unanswerable-follow-up", None,
         "Not said: only that firefighters came from Israel.")]),
    ("newcomer", W, [("What did Newsom say about the Lava Fire?", None, None, None),
        ("which county is it burning in?", "follow-up",
         ["up here in Siskiyou County, for the largest of the wildfires — the Lava Fire"], "Siskiyou County.")]),
    ("yes-no", S, [("What did Biden say about universal background checks?", None, None, None),
        ("so do gun owners back them, according to him?", "follow-up",
         ["The folks who own weapons, the folks who own guns, they support universal background checks."],
         "Yes: he says gun owners support them.")]),
    ("casual", S, [("What did Suga say about Okinawa?", None, None, None),
        ("sing me a song about tacos", "nonsense", None, None)]),
    ("timeline", S, [("What did Suga say about moving Air Station Futenma?", None, None, None),
        ("and when will the move be done?", "unanswerable-follow-up", None, "Not said: no date is given.")]),
    ("newcomer", R, [("What did the officials say about Russian bounties on US soldiers in Afghanistan?", None, None, None),
        ("what's the evidence they based it on?", "follow-up",
         ["Our conclusion is based on information and evidence of connections between criminal agents in Afghanistan and elements of the Russian government."],
         "Evidence of connections between criminal agents in Afghanistan and the Russian government.")]),
    ("newcomer", R, [("what is the SVR", None, None, None),
        ("and which companies did it get into?", "follow-up",
         ["the SVR’s compromise of SolarWinds and other companies highlights the risks posed by Russia’s efforts to target companies worldwide through supply chain exploitation"],
         "SolarWinds and other companies.")]),
    ("switch", R, [("How much of Russia's sovereign debt did the old sanctions leave alone?", None, None, None),
        ("Switching to the western wildfires call: what sum did Biden give for building resilience?", "switch",
         ["That’s why the Bipartisan Infrastructure Framework investment of about $50 billion"], "About $50 billion.")]),
    ("clip-finder", L, [("Whose paper inspired Lamport's Time, Clocks paper?", None, None, None),
        ("and the bit where he says what was wrong with their algorithm?", "follow-up",
         ["I realized that their algorithm wasn’t quite the right one, because it basically violated causality."],
         "It violated causality.")]),
    ("comparer", L, [("Does Lamport call himself a genius?", None, None, None),
        ("any famous names he puts himself below?", "follow-up",
         ["I’m not in the league with people like Einstein, or Feynman"], "Einstein or Feynman.")]),
    ("newcomer", L, [("What did Lamport's colleague find hard to define?", None, None, None),
        ("did he ever name the guy?", "unanswerable-follow-up", None, "Not said: the colleague is not named.")]),
    ("student", B, [("How does bagging combine its models' predictions for regression?", None, None, None),
        ("and when the base learners give hard class labels?", "follow-up",
         ["by yeah and then you can do majority", "voting so you would predict the class"], "Majority voting.")]),
]

SWITCH_TO["Switching to the western wildfires call: what sum did Biden give for building resilience?"] = W

SEED = [
    ("numbers", LV, [("What will Russia do about American staff on short-term work trips?", None, None, None),
        ("how many a year would it allow each way?", "follow-up",
         ["We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to Russia per year."],
         "Ten each way per year.")]),
    ("newcomer", LV, [("What did Lavrov say about the memorandum on open ground?", None, None, None),
        ("what's the distance limit before notice is needed?", "follow-up",
         ["it is necessary to notify the authorities of the host country when any of these employees are going to travel beyond a 25-mile radius around the city where their diplomatic mission is located."],
         "25 miles around their mission's city.")]),
    ("yes-no", LV, [("How did Russia answer Biden's summit proposal?", None, None, None),
        ("so is moscow still weighing it up?", "follow-up",
         ["Now we are studying different aspects of this initiative."], "Yes: they are studying its aspects.")]),
    ("timeline", LV, [("What will Russia do about American foundations and NGOs?", None, None, None),
        ("why though?", "follow-up", ["In reality, they are openly meddling in our domestic politics."],
         "They meddle in Russia's domestic politics.")]),
    ("comparer", LV, [("How many officials did the Americans put on a sanctions list before Biden's package?", None, None, None),
        ("which washington officials ended up on russia's list?", "unanswerable-follow-up", None,
         "Not said: only that eight officials of the upper echelons will be listed.")]),
    ("numbers", LV, [("Can Russia's economy cope with the debt sanctions, according to Lavrov?", None, None, None),
        ("what's he keeping in reserve?", "follow-up",
         ["We also have opportunities to impose painful measures on American business. We hold them in reserve."],
         "Painful measures on American business.")]),
    ("casual", LV, [("What did Lavrov say about Kosovo and Interpol?", None, None, None),
        ("zzzz qqq plonk?", "nonsense", None, None)]),
]

if __name__ == "__main__":
    conv, nxt = lines(CONVS, 3465, "conv-dev-", "B")
    seed, snxt = lines(SEED, 2617, "seed-", "B")
    print(len(conv), nxt, len(seed), snxt, file=sys.stderr)
    with open(sys.argv[1], "w") as f:
        for r in conv:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(sys.argv[2], "w") as f:
        for r in seed:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
