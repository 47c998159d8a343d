"""Batches A and B of fup59 (written from the transcripts before any run of the system on them): answerable
follow-ups with history that leave out what they ask about (an ellipsis with a new name, a bare verb phrase, "did X
do the same?", a new aspect of the earlier topic, a count or a time about the earlier answer), worded without a
pronoun or an opener that points back; and switches to another recording that name what they ask about (controls,
which must answer as asked alone). Prints the JSON lines; `--check` verifies each gold quote is said verbatim
(whitespace aside).

    .venv/bin/python bench/fup59/batches.py --check
    .venv/bin/python bench/fup59/batches.py A --conv > bench/fup59/A-conv.jsonl      # or B
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as SAN, WILDFIRES as FIRE, LAVROV_PRESS as LAV, SUGA_PRESS as SUGA, conversation_batch_main)

F, S = "follow-up", "switch"
ELLIPSIS, NAMED, ASPECT, SWITCH = "ellipsis", "ellipsis-new-name", "new-aspect", "switch"
# (id, batch, category, shape, transcript, history, question, gold quotes, reference answer)
ROWS = [
    # ---- batch A (fit: read while the rule is written)
    ("conv-dev-5600", "A", F, ASPECT, FIRE, ["How much are some federal firefighters paid now, according to Biden?"],
     "what will the retention incentives guarantee?", ["firefighters are making at least $15 an hour"],
     "At least $15 an hour."),
    ("conv-dev-5601", "A", F, ELLIPSIS, FIRE, ["What satellite technology did Biden mention for spotting new fires?"],
     "did the Energy Department offer anything similar?",
     ["the Department of Energy has a sensor array computer analysis capability"],
     "A sensor array that detects lightning strikes in real time."),
    ("conv-dev-5602", "A", F, ELLIPSIS, FIRE, ["What tragedy in Prescott did Biden bring up?"],
     "how many firefighters died?", ["the funeral of the 19 Granite Mountain Hotshot firefighters"], "19."),
    ("conv-dev-5603", "A", F, ASPECT, FIRE, ["How long does fire season traditionally last?"],
     "what is driving the longer seasons?",
     ["climate change driving the dangerous confluence of extreme heat and prolonged drought"],
     "Climate change: extreme heat and prolonged drought."),
    ("conv-dev-5604", "A", F, ELLIPSIS, FIRE, ["How many large fires were uncontained last year, per Biden?"],
     "how many are burning uncontained this year?", ["This year, there are 36 that are uncontained and burning."],
     "36."),
    ("conv-dev-5605", "A", F, NAMED, SUGA, ["What did Suga say about the Tokyo Olympics?"],
     "did Biden back the plan?", ["President Biden once again expressed his support for this determination."],
     "Yes, he expressed his support again."),
    ("conv-dev-5606", "A", F, ELLIPSIS, SUGA, ["Which Japanese player did Biden congratulate?"],
     "what tournament was won?",
     ["the first Japanese player to take home that Green Jacket at the Masters Tournament this week"],
     "The Masters."),
    ("conv-dev-5607", "A", F, NAMED, SUGA, ["What did Biden say about the Mansfield Fellowship Program?"],
     "who was Mike Mansfield to Biden?", ["he was a mentor of mine when I came to the Senate"],
     "His mentor when he came to the Senate."),
    ("conv-dev-5608", "A", F, ELLIPSIS, SUGA, ["What did Suga say about North Korea?"],
     "was abduction raised too?", ["On the issue of abduction, we reaffirmed that it is a grave human rights issue"],
     "Yes: a grave human rights issue."),
    ("conv-dev-5609", "A", F, ASPECT, SAN, ["Who did the US name as responsible for the SolarWinds intrusion?"],
     "how confident is the intelligence community?",
     ["The U.S. intelligence community has high confidence in its assessment of attribution to the SVR."],
     "High confidence."),
    ("conv-dev-5610", "A", F, NAMED, LAV, ["What did Lavrov say about the US expelling ten Russian diplomats?"],
     "did Poland do the same?", ["Poland also announced the expulsion of our diplomats."],
     "Yes; Russia will respond accordingly."),
    ("conv-dev-5611", "A", F, ASPECT, LAV, ["What did Lavrov say about NIS?"],
     "who is the main investor?", ["Its main stakeholder and investor is Gazprom Neft."], "Gazprom Neft."),
    ("conv-dev-5612", "A", S, SWITCH, LAV, ["What did Suga say about the Olympics?"],
     "What did Lavrov say about Sputnik V?", ["the use of the Russian vaccine Sputnik V"],
     "Serbia's vaccination rate is due in part to it."),
    ("conv-dev-5613", "A", S, SWITCH, FIRE, ["What did Lavrov say about Kosovo?"],
     "How much are some federal firefighters paid an hour?", ["being paid less than $13 an hour"],
     "Less than $13 an hour."),
    ("conv-dev-5614", "A", S, SWITCH, SAN, ["How many firefighters are deployed across the West?"],
     "Which unit of the SVR did the officials attribute the SolarWinds intrusion to?",
     ["The SVR unit, APT29, Cozy Bear, the Dukes"], "APT29 (Cozy Bear, the Dukes)."),
    ("conv-dev-5615", "A", S, SWITCH, SUGA, ["What did the officials say about SolarWinds?"],
     "Where is the Futenma air base being moved to, per the Japanese leader?",
     ["relocation of Air Station Futenma to Henoko, which is the only solution"], "To Henoko, the only solution."),
    ("conv-dev-5616", "A", S, SWITCH, LAV, ["What did Biden say about the EPA app?"],
     "What did Lavrov say about American foundations and NGOs?",
     ["We will limit and suspend the activities of American foundations and NGOs on our territory."],
     "Russia will limit and suspend their activities."),
    # ---- batch B (confirm: run once after the rule is frozen)
    ("conv-dev-5630", "B", F, ASPECT, FIRE, ["What pay did Biden say some federal firefighters are getting?"],
     "how big are the frontline bonuses?", ["additional 10 percent bonuses for those working on the frontlines"],
     "An additional 10 percent."),
    ("conv-dev-5631", "B", F, NAMED, FIRE, ["What can NOAA's satellites see?"],
     "what does the Department of Energy's array detect?",
     ["detect in real time the lightning strikes that might set off a blaze"], "Lightning strikes, in real time."),
    ("conv-dev-5632", "B", F, NAMED, FIRE, ["Whose funeral did Biden call one of his hardest speeches?"],
     "how long ago did the Prescott tragedy happen?", ["That tragedy happened eight years ago today."],
     "Eight years ago that day."),
    ("conv-dev-5633", "B", F, ASPECT, FIRE, ["What did Biden say about drought conditions this year?"],
     "how many firefighters are out on the ground already?",
     ["There are already about 9,000 firefighters deployed across the region"], "About 9,000."),
    ("conv-dev-5634", "B", F, ASPECT, FIRE, ["What did Biden say about federal firefighting being a seasonal job?"],
     "what happens to seasonal crews this year?",
     ["we’ve made sure seasonal firefighters can stay on the job, as long as they are needed this year"],
     "They can stay on the job as long as needed."),
    ("conv-dev-5635", "B", F, NAMED, SUGA, ["What did Suga tell Biden about the Tokyo Games?"],
     "was Biden supportive?", ["President Biden once again expressed his support for this determination."],
     "Yes."),
    ("conv-dev-5636", "B", F, ELLIPSIS, SUGA, ["Who did Biden say won the Masters?"],
     "what did the winner take home?", ["the first Japanese player to take home that Green Jacket"],
     "The Green Jacket."),
    ("conv-dev-5637", "B", F, NAMED, SUGA, ["What did Suga say about the Senkaku Islands?"],
     "did they agree on anything about Okinawa?",
     ["first and foremost, Okinawa, we agreed to promote the realignment of the U.S. forces in Japan"],
     "To promote the realignment of US forces in Japan."),
    ("conv-dev-5638", "B", F, ELLIPSIS, SUGA, ["What did Biden and Suga agree about China?"],
     "any agreement on the seas?",
     ["We agreed to oppose any attempts to change the status quo by force or coercion in the East and South China "
      "Seas"], "To oppose changes to the status quo by force."),
    ("conv-dev-5639", "B", F, ASPECT, SAN,
     ["What did the previous administration say in January about where SolarWinds came from?"],
     "which names is the SVR unit known by?", ["The SVR unit, APT29, Cozy Bear, the Dukes"],
     "APT29, Cozy Bear, the Dukes."),
    ("conv-dev-5640", "B", F, NAMED, LAV, ["How many US diplomats will Russia ask to leave?"],
     "will Poland get the same treatment?", ["We will respond accordingly as well."], "Yes, accordingly."),
    ("conv-dev-5641", "B", F, ASPECT, LAV, ["What did Lavrov say about the Serbian railway programme?"],
     "how is the Russian part financed?", ["through the use of Russian export loans"], "Russian export loans."),
    ("conv-dev-5642", "B", S, SWITCH, LAV, ["What did Biden say about the Masters?"],
     "Is the Open Skies Treaty still alive, in Lavrov's view?",
     ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."],
     "It hangs by a thread."),
    ("conv-dev-5643", "B", S, SWITCH, FIRE, ["What did Lavrov say about NIS?"],
     "What app is the EPA launching for smoke and fire risks?", ["so individuals can easily access the latest"],
     "An app with air quality and smoke information."),
    ("conv-dev-5644", "B", S, SWITCH, SUGA, ["What did Biden say about firefighters' pay?"],
     "What did Suga tell Biden about violence against Asian Americans?",
     ["discrimination by race cannot be permitted in any societies"], "It cannot be permitted."),
    ("conv-dev-5645", "B", S, SWITCH, SAN, ["What did Suga say about the Olympics?"],
     "When does the prohibition on Russian sovereign debt come into effect?",
     ["The sovereign debt prohibitions come into effect on June 14 of this year."], "June 14."),
    ("conv-dev-5646", "B", S, SWITCH, SUGA, ["What did the officials say about Navalny?"],
     "Which treaty article covers the Senkaku Islands, according to Suga?",
     ["the application of Article 5 of the Japan-U.S. Treaty"], "Article 5."),
]

if __name__ == "__main__":
    conversation_batch_main(ROWS, "fup59")
