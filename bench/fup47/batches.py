"""Batches A and B of fup47 (written from the transcripts before any run of the system on them): answerable
follow-ups that change the party of their history (another speaker on the same topic, the other party's reply, a
yes/no check on what a party did, who did or made the thing asked about), unanswerable follow-ups of the same shapes
(a party who never speaks, or never replies, on that topic), and switches. Prints the JSON lines; `--check` verifies
each gold quote is said verbatim (whitespace aside) in its transcript.

    .venv/bin/python bench/fup47/batches.py --check
    .venv/bin/python bench/fup47/batches.py A > A.jsonl      # or B; seed rows: --seed
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as SAN, WILDFIRES as FIRE, SUGA_PRESS as SUGA, LAVROV_PRESS as LAV, LAMPORT as LAMP,
    conversation_batch_main)

U, F, S = "unanswerable-follow-up", "follow-up", "switch"
NOT_SAID = "Not said in the recordings."
SWAP, REPLY, CHECK, WHO = "source-swap", "other-party", "party-check", "party-attribute"
# (id, batch, category, shape, transcript, history, question, gold quotes, reference answer)
ROWS = [
    # ---- batch A (fit: read while the rule is written)
    ("conv-dev-3790", "A", F, SWAP, FIRE, ["What did Governor Newsom say about the temperatures this week?"],
     "ok and governor brown?",
     ["my state of Oregon experienced three consecutive days of record-breaking high temperatures across the "
      "Willamette Valley, reaching upwards of 117 degrees."], "Oregon had three days of record heat, up to 117 degrees."),
    ("conv-dev-3791", "A", F, SWAP, FIRE, ["What did Vice President Harris say about paying firefighters?"],
     "what about the president, what did he say on that?",
     ["Last week, I learned that some of our federal firefighters are being paid less than $13 an hour.",
      "This year we’re going to provide retention incentives that’s going to ensure federal wildland fires are — "
      "firefighters are making at least $15 an hour"], "Some earn under $13 an hour; at least $15 from this year."),
    ("conv-dev-3792", "A", F, SWAP, FIRE, ["What did Governor Brown say about the National Guard?"],
     "and biden, did he talk about the guard?",
     ["And one of the things that I have found since becoming President is how often I’m required to call in the "
      "National Guard.",
      "The federal government is also offering funding, when governors request it, to train and equip National "
      "Guard members"], "He often has to call in the Guard, and offers funding to train it."),
    ("conv-dev-3793", "A", F, SWAP, SUGA, ["What did Biden say about climate change in his opening remarks?"],
     "suga's take on the climate stuff?",
     ["I agreed with President Biden to launch climate partnership on ambition decarbonization and clean energy.",
      "have agreed to launch the Japan-U.S. Climate Partnership, which is extremely meaningful and significant.",
      "we confirmed that Japan and the U.S. will lead the global decarbonization"],
     "They agreed a Japan-U.S. climate partnership and to lead decarbonization."),
    ("conv-dev-3794", "A", F, SWAP, SUGA, ["What did Suga say about North Korea?"],
     "what about biden, did he bring it up?",
     ["We committed to working together to take on the challenges from China and on issues like the East China "
      "Sea, the South China Sea, as well as North Korea"], "Yes, among the challenges they will take on together."),
    ("conv-dev-3795", "A", F, SWAP, LAV, ["What did the White House officials say about the summit Biden proposed to Putin?"],
     "and lavrov's reply to that offer?",
     ["There is much talk about President Biden’s proposal to hold a bilateral summit. We have already responded "
      "positively to it."], "Russia responded positively and is studying it."),
    ("conv-dev-3796", "A", F, SWAP, SAN, ["What was Eamon Javers's question about?"],
     "ok and Dina Temple-Raston's?",
     ["The first is: If Russia escalates, what are you expecting to do?",
      "Do you expect that this is going to spur some changes in the way the federal government procures software?"],
     "What the US would do if Russia escalates, and software procurement."),
    ("conv-dev-3797", "A", F, SWAP, FIRE, ["What did Biden say about his infrastructure framework and wildfires?"],
     "and newsom, what did he say about the infrastructure program?",
     ["And your infrastructure program is a big part of that as well."], "That it is a big part of it."),
    ("conv-dev-3798", "A", F, REPLY, LAV, ["Why is the US expelling ten Russian officials?"],
     "what did the russian side do in return?",
     ["We will respond in kind by proposing that 10 US diplomats leave Russia."], "Ten US diplomats asked to leave."),
    ("conv-dev-3799", "A", F, REPLY, LAV, ["What did Treasury do about Russian sovereign debt?"],
     "what's the kremlin's counter to the debt measures, per lavrov?",
     ["That said, our specialists think that the Russian economy can cope with this scale.",
      "We also have opportunities to impose painful measures on American business."],
     "The economy can cope; measures on US business held in reserve."),
    ("conv-dev-3800", "A", F, REPLY, SAN, ["What did Lavrov say about the ten diplomats Washington asked to leave?"],
     "what reason did the americans give for expelling them?",
     ["The United States is expelling these 10 Russian individuals because we have determined that they were "
      "acting in a manner inconsistent with their status in the United States."],
     "Acting inconsistently with their status."),
    ("conv-dev-3801", "A", F, REPLY, SUGA, ["What did the Reuters reporter ask Biden about Iran?"],
     "and biden's answer on iran?",
     ["We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to "
      "60 percent."], "Not helpful, but talks go on."),
    ("conv-dev-3802", "A", F, REPLY, SUGA, ["What did the Sankei reporter ask about Taiwan?"],
     "suga's reply to him?",
     ["there is already an agreed recognition over the importance of peace and stability of the Taiwan Straits "
      "between Japan and the United States, which was reaffirmed on this occasion."],
     "No details; peace in the Taiwan Straits reaffirmed."),
    ("conv-dev-3803", "A", F, REPLY, FIRE, ["What did the Vice President ask the governors about each fire season?"],
     "and how did newsom reply?",
     ["we have to disabuse ourselves of the old timelines and the old frames of engagement.",
      "We have to have a sense of intentionality and responsibility to radically change our vegetation forest "
      "management policies"], "Drop the old timelines; change forest and suppression policies."),
    ("conv-dev-3804", "A", F, REPLY, FIRE, ["What did Biden ask Governor Brown about the Good Neighbor agreement?"],
     "and her response to him?",
     ["Making sure we have resources to train our National Guardsmen and women prior to fire season has been "
      "extremely helpful the last two fire seasons."], "Guard training and more Good Neighbor resources."),
    ("conv-dev-3805", "A", F, REPLY, SAN, ["What did the NPR reporter ask about Russia escalating?"],
     "how did the officials handle that one?",
     ["On the first, we’re not going to speculate about what Russia’s responses would be."],
     "They would not speculate; the US reserves the right to act."),
    ("conv-dev-3806", "A", F, CHECK, SUGA, ["What did Suga say about holding the Tokyo Olympics?"],
     "did biden back him on that?",
     ["President Biden once again expressed his support for this determination.",
      "And President Biden, once again, expressed his support."], "Yes."),
    ("conv-dev-3807", "A", F, CHECK, SAN, ["What did Lavrov say about Biden's summit proposal?"],
     "did the americans know then whether putin would come?",
     ["The Russians have not responded to that to say whether they will — whether President Putin will "
      "participate in such a summit."], "No, Russia had not said."),
    ("conv-dev-3808", "A", F, CHECK, LAV, ["What did the US officials say they would do if Russia escalates?"],
     "did lavrov threaten anything against american companies?",
     ["We also have opportunities to impose painful measures on American business. We hold them in reserve."],
     "Painful measures on US business, held in reserve."),
    ("conv-dev-3809", "A", F, CHECK, SUGA, ["What did Suga say about violence against Asian people in the US?"],
     "did biden condemn it?",
     ["President Biden’s comment that discriminations and violences is cannot be allowed and that he firmly "
      "opposes was extremely encouraging for me"], "Yes, he firmly opposes it."),
    ("conv-dev-3810", "A", F, CHECK, FIRE, ["What did Newsom say about asking other governors for resources?"],
     "did he get help from abroad too?",
     ["We were calling folks in Australia.",
      "We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."],
     "Yes: Australia, Canada, Israel."),
    ("conv-dev-3811", "A", F, WHO, LAMP, ["Why is the bakery algorithm named after a bakery?"],
     "and whose invention was it?", ["And I came up with the bakery algorithm."], "Lamport."),
    ("conv-dev-3812", "A", F, WHO, SAN, ["Which Russian agency does the US blame for SolarWinds?"],
     "which unit of it did the hacking?",
     ["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names — we are attributing as the actor "
      "that conducted this intrusion."], "APT29 (Cozy Bear, the Dukes)."),
    ("conv-dev-3813", "A", F, WHO, SUGA, ["Who asked Biden about gun control at the press conference?"],
     "who did that reporter work for?", ["I’ll begin by recognizing the Associated Press."], "The Associated Press."),
    ("conv-dev-3814", "A", F, WHO, FIRE, ["What grant did Biden announce for Sonoma County?"],
     "which agency runs that grant program?",
     ["This grant is part of FEMA’s BRIC program — Building Resilient Infrastructure and Communities."],
     "FEMA's BRIC program."),
    ("conv-dev-3815", "A", F, WHO, LAV, ["What measures did Lavrov announce against US diplomats?"],
     "who signed off on those steps?", ["measures that were approved by President of Russia Vladimir Putin"], "Putin."),
    ("conv-dev-3816", "A", U, SWAP, FIRE, ["What did Governor Brown say about last year's fires?"],
     "and governor polis, what did he say about colorado's?", [], NOT_SAID),
    ("conv-dev-3817", "A", U, SWAP, SUGA, ["What did Biden say about the Quad vaccine partnership?"],
     "any statement from new delhi on the partnership?", [], NOT_SAID),
    ("conv-dev-3818", "A", U, REPLY, SAN, ["What did the US officials say about the Crimea sanctions?"],
     "how did ukraine react?", [], NOT_SAID),
    ("conv-dev-3819", "A", U, REPLY, LAV, ["What did Lavrov say about Poland expelling Russian diplomats?"],
     "how did warsaw explain the expulsion?", [], NOT_SAID),
    ("conv-dev-3820", "A", U, CHECK, SUGA, ["What did the Kyodo reporter ask Suga about the Olympics?"],
     "any word from biden about sending US athletes over?", [], "Not said: only that he supports the Games."),
    ("conv-dev-3821", "A", U, CHECK, FIRE, ["What did Brown ask FEMA to approve for wildfire mitigation?"],
     "did biden say yes to it?", [], NOT_SAID),
    ("conv-dev-3822", "A", U, CHECK, SAN, ["Who supported the US attribution of the SolarWinds hack?"],
     "did britain back it too?", [], "Not said: Australia and the EU."),
    ("conv-dev-3823", "A", U, REPLY, LAV, ["What did Lavrov say about Albin Kurti's Greater Albania idea?"],
     "and kurti, any comeback from him?", [], NOT_SAID),
    ("conv-dev-3824", "A", U, REPLY, SUGA, ["What did Suga say about the Senkaku Islands?"],
     "did beijing push back on it?", [], NOT_SAID),
    ("conv-dev-3825", "A", U, REPLY, SAN, ["What did the officials say about the bounties on US soldiers in Afghanistan?"],
     "what did the taliban say about it?", [], NOT_SAID),
    ("conv-dev-3826", "A", U, CHECK, FIRE, ["What did Biden say about firefighters' pay?"],
     "did congress agree to raise it?", [], "Not said: he will work with Congress."),
    ("conv-dev-3827", "A", S, "switch", LAV, ["What did Newsom say about the heat?"],
     "new question: how big a slice of serbian state revenue does the oil firm NIS account for?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."], "13 percent."),
    ("conv-dev-3828", "A", S, "switch", SAN, ["What did Biden say about Iran?"],
     "different topic: what share of Russia's ruble bonds do foreign investors hold?",
     ["about a quarter of these bonds are owned by foreign investors."], "About a quarter."),
    ("conv-dev-3829", "A", S, "switch", FIRE, ["What did Lavrov say about the summit?"],
     "unrelated: how many other structures did Oregon lose in the fires besides homes?",
     ["nearly 2,000 other structures."], "Nearly 2,000."),
    ("seed-3011", "A", F, SWAP, LAV, ["What response did Lavrov announce to the ten US expulsions?"],
     "and warsaw's expulsions?",
     ["Poland also announced the expulsion of our diplomats. We will respond accordingly as well."],
     "Russia will respond accordingly to Poland too."),
    ("seed-3012", "A", F, SWAP, LAV, ["What did Lavrov say about how Kosovo's status should be settled?"],
     "and putin's view on that?",
     ["As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia."],
     "Russia will support any solution acceptable to Serbia."),
    # ---- batch B (confirm: run once, after the rule is frozen)
    ("conv-dev-3840", "B", F, SWAP, FIRE, ["What did Brown say about last year's wildfire season in Oregon?"],
     "and newsom, how bad was california's?",
     ["five of the most destructive wildfires — five of the six largest in our history concurrently in last "
      "year’s wildfire season."], "Five of the six largest fires in its history burned at once."),
    ("conv-dev-3841", "B", F, SWAP, SUGA, ["What did Biden say about China?"],
     "and what did suga say on china?",
     ["We also had serious talks on China’s influence over the peace and prosperity of the Indo-Pacific and the "
      "world at large.",
      "We agreed to oppose any attempts to change the status quo by force or coercion in the East and South China "
      "Seas"], "Serious talks; oppose changing the status quo by force."),
    ("conv-dev-3842", "B", F, SWAP, FIRE, ["What did Biden say about the National Guard?"],
     "ok and brown?",
     ["We have relied on our National Guard every step of the way throughout the pandemic",
      "Making sure we have resources to train our National Guardsmen and women prior to fire season has been "
      "extremely helpful"], "Training the Guard before fire season has helped."),
    ("conv-dev-3843", "B", F, SWAP, LAV, ["What did the White House say about sanctioning Russian individuals?"],
     "and what's lavrov's side of it, who is russia putting on its list?",
     ["Today we will publish a list of eight officials representing the upper echelons of the administration in "
      "Washington."], "Eight senior US officials."),
    ("conv-dev-3844", "B", F, SWAP, SUGA, ["What did Suga say about COVID-19 vaccines?"],
     "what about biden on vaccines?",
     ["Earlier this year, we — together with India and Australia — launched the landmark Quad Vaccine "
      "Partnership to expand the manufacturing of COVID-19 vaccines"], "The Quad Vaccine Partnership."),
    ("conv-dev-3845", "B", F, REPLY, SUGA, ["What did the Associated Press reporter ask Biden?"],
     "and biden's reply to him?", ["I’ve never not prioritized this."], "He has always prioritized it."),
    ("conv-dev-3846", "B", F, REPLY, FIRE, ["What did Brown say about the Good Neighbor Authority?"],
     "what did the president say back to her?",
     ["Well, Madam Governor, I — I’m not being solicitous when I say we’re grateful for your leadership.",
      "what would you be looking for us to do at the federal level to strengthen this agreement"],
     "He thanked her and asked what would strengthen the agreement."),
    ("conv-dev-3847", "B", F, REPLY, SAN, ["What did Lavrov say about Washington's sanctions on Russian debt?"],
     "how did the americans explain that step?",
     ["This is a matter of principle.  There’s no credible reason why the American people should directly fund "
      "Russia’s government when the Putin regime has repeatedly attempted to undermine our sovereignty."],
     "Americans should not fund Russia's government."),
    ("conv-dev-3848", "B", F, REPLY, SAN, ["What did the reporter ask about why SolarWinds deserved a response?"],
     "and the official's answer to that?",
     ["the SVR’s compromise of the SolarWinds software supply chain gave it the ability to spy on or potentially "
      "disrupt more than 16,000 computer systems worldwide."], "Scope, speed and the victims' costs."),
    ("conv-dev-3849", "B", F, REPLY, SUGA, ["What did the Kyodo News reporter ask Suga?"],
     "what did suga tell them?",
     ["I expressed my determination to realize the Tokyo Olympics and the Paralympic Games as a symbol of global "
      "unity this summer."], "He will hold the Games; Biden supports him."),
    ("conv-dev-3850", "B", U, CHECK, FIRE, ["What did Harris say about her family home?"],
     "did newsom mention losing his home too?", [], NOT_SAID),
    ("conv-dev-3851", "B", F, CHECK, LAV, ["What did the US officials say about their new sanctions?"],
     "did russia say it would limit american ngos?",
     ["We will limit and suspend the activities of American foundations and NGOs on our territory."], "Yes."),
    ("conv-dev-3852", "B", F, CHECK, SUGA, ["What did Biden say about 5G and semiconductor cooperation?"],
     "did suga agree to work on digital tech too?",
     ["we have agreed that Japan and the U.S. will work together on the promotion of R&D on various areas, "
      "including digital area"], "Yes."),
    ("conv-dev-3853", "B", F, CHECK, FIRE, ["What did Newsom say about paying firefighters?"],
     "did harris agree they're underpaid?",
     ["supporting our firefighters, especially at the federal level, who are not getting paid enough"], "Yes."),
    ("conv-dev-3854", "B", F, WHO, LAMP, ["What program is LaTeX built on?"],
     "who wrote that one?",
     ["Oh, that's because LaTeX is built on top of Don Knuth's tech typesetting program."], "Don Knuth."),
    ("conv-dev-3855", "B", F, WHO, SAN, ["What annual exercise did the officials mention?"],
     "and who puts it on?", ["The Department of Defense hosts an important annual cyber exercise"], "The Defense Department."),
    ("conv-dev-3856", "B", F, WHO, LAV, ["What did Lavrov say about Ambassador Antonov?"],
     "who asked ambassador sullivan to go back for talks?",
     ["Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed "
      "consultations."], "Yury Ushakov."),
    ("conv-dev-3857", "B", U, SWAP, SUGA, ["What did Suga say about the abduction issue?"],
     "did biden touch on that too?", [], NOT_SAID),
    ("conv-dev-3858", "B", U, REPLY, LAV, ["What did Lavrov say about Russia joining the Belgrade-Pristina dialogue?"],
     "how did selakovic respond?", [], NOT_SAID),
    ("conv-dev-3859", "B", U, REPLY, FIRE, ["What did Biden say about the EPA app?"],
     "and what did the governors think of it?", [], NOT_SAID),
    ("conv-dev-3860", "B", U, CHECK, SAN, ["What did the officials say about Executive Order 13873?"],
     "did the companies with ties to russia respond?", [], NOT_SAID),
    ("conv-dev-3861", "B", U, REPLY, LAMP, ["What did Lamport say about Paul Johnson and Robert Thomas?"],
     "and what did they say about his paper?", [], NOT_SAID),
    ("conv-dev-3862", "B", S, "switch", FIRE, ["Who did the US blame for SolarWinds?"],
     "anyway, what reading did Newsom give for the thermometer down south?", ["We were 123 down in Palm Springs two days ago"], "123."),
    ("seed-3021", "B", F, SWAP, LAV, ["What did Lavrov say about the Americans' short-term trips?"],
     "and what about the local staff they hire?",
     ["we are initiating a process to stop the practice of hiring citizens of Russia and third countries at "
      "American diplomatic missions."], "Russia will stop US missions hiring locals."),
    ("seed-3022", "B", F, REPLY, LAV, ["What did Lavrov say about Greater Albania?"],
     "what did he want the EU and NATO to do?",
     ["We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an "
      "end to these sentiments and plans"], "Put an end to these plans."),
]


def main():
    conversation_batch_main(ROWS, "fup47")


if __name__ == "__main__":
    main()
