"""Batches A and B of fup57 (written from the transcripts before any run of the system on them): answerable
follow-ups with history whose answer lies in another passage of the recording the earlier question is answered
from (the next passages of the same speech, the same speaker's later turn, another speaker's reply), as a pronoun,
an implicit referent or an ellipsis, typed casually or asked in full; and switches to another recording (controls,
which must answer as asked alone). Prints the JSON lines; `--check` verifies each gold quote is said verbatim
(whitespace aside).

    .venv/bin/python bench/fup57/batches.py --check
    .venv/bin/python bench/fup57/batches.py A --conv > bench/fup57/A-conv.jsonl      # or B
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as SAN, WILDFIRES as FIRE, LAVROV_PRESS as LAV, conversation_batch_main)

F, S = "follow-up", "switch"
PRONOUN, IMPLICIT, ELLIPSIS, SWITCH = "pronoun", "implicit", "ellipsis", "switch"
# (id, batch, category, shape, transcript, history, question, gold quotes, reference answer)
ROWS = [
    # ---- batch A (fit: read while the rule is written)
    ("conv-dev-5200", "A", F, ELLIPSIS, FIRE, ["What new tools did Biden mention for spotting fires early?"],
     "and what's the EPA doing?",
     ["so individuals can easily access the latest information on air quality, smoke plumes, and public health "
      "guidance"], "A new app with air quality, smoke and health information."),
    ("conv-dev-5201", "A", F, PRONOUN, FIRE, ["How much is the Sonoma County grant Biden announced?"],
     "what program does that money come out of?", ["This grant is part of FEMA’s BRIC program"],
     "FEMA's BRIC program."),
    ("conv-dev-5202", "A", F, IMPLICIT, FIRE, ["What did Harris see when she visited Paradise?"],
     "and what did the crews there tell her to look at?",
     ["it may be a tragic situation if the cars are in the driveway"],
     "Cars in the driveway meant people did not get out in time."),
    ("conv-dev-5203", "A", F, IMPLICIT, FIRE, ["What temperatures did Governor Brown say Oregon hit?"],
     "how bad was last year's season there?",
     ["Last year, we had more than 2,000 fires that burned over a million acres."],
     "Over 2,000 fires burning over a million acres."),
    ("conv-dev-5204", "A", F, PRONOUN, FIRE, ["What did Governor Brown thank the President for?"],
     "what else is she asking FEMA to approve?",
     ["I would also ask that federal Individual Assistance be approved for disaster mitigation activities for "
      "wildfire"], "Individual Assistance for wildfire mitigation."),
    ("conv-dev-5205", "A", F, PRONOUN, FIRE, ["What does Governor Brown say about the Good Neighbor Authority?"],
     "what's it done for rural towns?", ["put people back to work in our timber-dependent rural communities"],
     "Put people back to work in timber-dependent communities."),
    ("conv-dev-5206", "A", F, IMPLICIT, LAV, ["How many US diplomats will Russia ask to leave?"],
     "which other country did he say they'd answer the same way?",
     ["Poland also announced the expulsion of our diplomats."], "Poland."),
    ("conv-dev-5207", "A", F, IMPLICIT, LAV, ["What does Lavrov say about the memorandum on open ground?"],
     "how far can diplomats go before they have to notify?",
     ["beyond a 25-mile radius around the city where their diplomatic mission is located"], "25 miles."),
    ("conv-dev-5208", "A", F, ELLIPSIS, LAV, ["What will Russia do about American foundations and NGOs?"],
     "why?", ["In reality, they are openly meddling in our domestic politics."], "They meddle in Russian politics."),
    ("conv-dev-5209", "A", F, PRONOUN, LAV, ["How many people work at Russia's UN mission, per Lavrov?"],
     "so why leave that staff out of the total?",
     ["The UN is not an office servicing bilateral relations between the US and Russia"],
     "The UN mission does not serve bilateral relations."),
    ("conv-dev-5210", "A", F, PRONOUN, SAN, ["Who did the US name as behind the SolarWinds hack?"],
     "so what do people call that group otherwise?", ["APT29, Cozy Bear, the Dukes"], "APT29, Cozy Bear, the Dukes."),
    ("conv-dev-5211", "A", F, IMPLICIT, SAN, ["What does the new sanctions executive order do?"],
     "what does treasury's directive bar banks from?",
     ["prohibits U.S. financial institutions from participation in the primary market"],
     "Buying newly issued Russian sovereign bonds."),
    ("conv-dev-5212", "A", F, PRONOUN, SAN, ["How many Russian companies did Treasury designate?"],
     "what do they do for the SVR?", ["ranging from providing expertise, to developing tools and infrastructure"],
     "Expertise, tools and infrastructure for its cyber program."),
    ("conv-dev-5213", "A", F, PRONOUN, LAV, ["What did Lavrov say about NIS?"],
     "how much of serbia's budget revenue did it bring in?",
     ["Last year the company accounted for 13 percent of the country’s budget revenues."], "13 percent."),
    ("conv-dev-5214", "A", F, ELLIPSIS, FIRE, ["How much are some federal firefighters paid, according to Biden?"],
     "and the frontline ones, anything extra?",
     ["additional 10 percent bonuses for those working on the frontlines"], "A 10 percent bonus."),
    ("conv-dev-5215", "A", F, PRONOUN, FIRE, ["What did Harris say about water policy?"],
     "what did she say her family would grab?",
     ["the most things we can grab that are the most valuable are family photographs"], "Family photographs."),
    # switches
    ("conv-dev-5216", "A", S, SWITCH, LAV, ["What did Biden say about the Sonoma County grant?"],
     "Is Resolution 1244 still in force, according to Lavrov?",
     ["There is UN Security Council Resolution 1244, it has not been cancelled."], "It has not been cancelled."),
    ("conv-dev-5217", "A", S, SWITCH, FIRE, ["What did Lavrov say about NGOs?"],
     "Which agency's satellites can spot small wildfires, according to Biden?",
     ["has satellite technology that is able to see from space when new fires start"], "NOAA."),
    ("conv-dev-5218", "A", S, SWITCH, FIRE, ["What did the officials say about the ruble bond directive?"],
     "Which families did Governor Brown want FEMA aid extended to?",
     ["Everyone impacted by a disaster should be eligible for FEMA assistance, including our undocumented "
      "families."], "They should be eligible."),
    ("conv-dev-5219", "A", S, SWITCH, SAN, ["What did Harris say about her brother-in-law?"],
     "What did the officials say the SVR exploited in the SolarWinds campaign?",
     ["exploited the SolarWinds Orion platform"], "The SolarWinds Orion platform."),
    # ---- batch B (confirm: run once after the rule is frozen)
    ("conv-dev-5230", "B", F, PRONOUN, FIRE, ["What did Biden say about the Granite Mountain Hotshots?"],
     "when did that happen?", ["That tragedy happened eight years ago today."], "Eight years before, that day."),
    ("conv-dev-5231", "B", F, IMPLICIT, FIRE, ["What can the Department of Energy's sensor array detect?"],
     "and then what do they do with that info?",
     ["share that information so the firefighters on the ground can respond immediately"],
     "Share it so firefighters respond immediately."),
    ("conv-dev-5232", "B", F, IMPLICIT, FIRE, ["What did Biden say extreme heat is doing to roads?"],
     "who should people check on?", ["especially seniors who may need a helping hand"],
     "Neighbours, especially seniors."),
    ("conv-dev-5233", "B", F, IMPLICIT, FIRE, ["What did Biden say about cooling centers?"],
     "and the utilities, what does he want from them?",
     ["people have the access to power, including air conditioning"], "Keep power and air conditioning on."),
    ("conv-dev-5234", "B", F, IMPLICIT, FIRE, ["How many homes did Oregon lose in last year's fires?"],
     "which communities bore the brunt of it?",
     ["our communities of color, our rural and low-income communities were disproportionately impacted"],
     "Communities of color, rural and low-income ones."),
    ("conv-dev-5235", "B", F, PRONOUN, FIRE, ["What cost-share adjustment did Oregon get?"],
     "what was it treated the same as?", ["treating this the same as COVID-19"],
     "COVID-19 and Louisiana's hurricane recovery."),
    ("conv-dev-5236", "B", F, PRONOUN, FIRE, ["What did Harris say about her brother-in-law?"],
     "which town's fire scene did she visit as a senator?", ["Paradise, for example, California"], "Paradise."),
    ("conv-dev-5237", "B", F, ELLIPSIS, LAV, ["What will Russia do about hiring locals at US missions?"],
     "and the short-term trips?",
     ["Now we are putting a stop to the practice of uncontrolled and unlimited short-term trips"],
     "Stop unlimited short-term trips."),
    ("conv-dev-5238", "B", F, PRONOUN, LAV, ["Which US officials will Russia add to its sanctions list?"],
     "how many of them?", ["Today we will publish a list of eight officials"], "Eight."),
    ("conv-dev-5239", "B", F, IMPLICIT, LAV, ["What did Lavrov say about sanctions on Russian national debt?"],
     "can the economy handle it?", ["our specialists think that the Russian economy can cope with this scale"],
     "Yes, it can cope."),
    ("conv-dev-5240", "B", F, ELLIPSIS, LAV, ["What did Lavrov say about the Serbian railway programme?"],
     "and the trade deal with the EAEU, when was that signed?",
     ["In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."], "Autumn 2019."),
    ("conv-dev-5241", "B", F, PRONOUN, LAV, ["What did Lavrov call the Greater Albania statements?"],
     "who does he want to put an end to them?",
     ["We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons"],
     "The EU and NATO."),
    ("conv-dev-5242", "B", F, IMPLICIT, SAN, ["What did Biden tell Putin earlier this week, per the officials?"],
     "and back in march, what was the response about?",
     ["response to Russia’s use of a chemical weapon to poison Aleksey"], "Navalny's poisoning."),
    ("conv-dev-5243", "B", F, IMPLICIT, SAN, ["What was the previous administration's January assessment of "
                                              "SolarWinds?"],
     "is the intel community more certain now?", ["has high confidence in its assessment of attribution"],
     "High confidence."),
    ("conv-dev-5244", "B", F, PRONOUN, SAN, ["Which bonds does the Treasury directive cover?"],
     "and what authority does it give the government?",
     ["This directive provides authority for the U.S. government to expand sovereign debt sanctions"],
     "To expand sovereign debt sanctions."),
    ("conv-dev-5245", "B", F, PRONOUN, FIRE, ["What did Biden say the firefighters should be paid?"],
     "what will he work with congress on?", ["permanently get federal firefighters a better deal"],
     "A permanently better deal for federal firefighters."),
    # switches
    ("conv-dev-5246", "B", S, SWITCH, FIRE, ["What did Lavrov say about the summit Biden proposed?"],
     "What did Governor Brown say Oregon invested in to prepare for fire season?",
     ["investing millions of dollars, shoring up additional resources"], "Millions of dollars in resources."),
    ("conv-dev-5247", "B", S, SWITCH, LAV, ["What did Biden say about the EPA app?"],
     "What did Lavrov say about Kosovo's attempts to join Interpol?",
     ["the illegitimate attempts to secure Kosovo’s membership in Interpol"], "They were neutralised."),
    ("conv-dev-5248", "B", S, SWITCH, SAN, ["What did Lavrov say about Sputnik V?"],
     "What did the officials say about authorities in the new executive order that are not being used?",
     ["give us additional authorities that we are not exercising today"], "Held in reserve, not used today."),
    ("conv-dev-5249", "B", S, SWITCH, FIRE, ["What did the officials say about Navalny?"],
     "What did the chimneys left standing in Paradise remind Harris of?", ["like tombstones"], "Tombstones."),
]

if __name__ == "__main__":
    conversation_batch_main(ROWS, "fup57")
