"""ref65's batches A and B: count questions ("how many ...") that name a country as the one who acts ("How many US
diplomats is Russia going to propose should leave?") or as where the count is ("How many consulates-general does Russia
have in the US?"), many of them counting "US" things (`qa.answerable.COUNTED_US`), written by reading the transcripts
(the seed's press conference; the sanctions call, the Suga press conference and the wildfires meeting of
../shared/data/transcripts) before any run. Unanswerable rows ask a count the recording never gives (Poland's
expulsion is announced with no number; Canada is a partner of the sanctions, not an expeller). Gold: the sentence that
gives the count. Ids: seed-6050 on, dev-ref65-001 on, dev-un-6180 on.

    .venv/bin/python bench/ref65/batches.py [--write]     # check each gold quote; --write appends the rows
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import (REPO, SANCTIONS_CALL, SEED, SUGA_PRESS, WILDFIRES,  # noqa: E402
                              register_batch_main, register_rows)

TEN_US = "We will respond in kind by proposing that 10 US diplomats leave Russia."
EIGHT_LIST = "Today we will publish a list of eight officials representing the upper echelons of the administration in Washington."
NINE_AGENCIES = "focused on the nine federal agencies who were compromised"

# (batch, register, transcript, question, gold quotes or None, why unanswerable); register: "doer" (a country acts),
# "place" (a country is where the count is), "us" (what is counted is "US" things)
ROWS = [
    ("A", "us", SEED, "How many US diplomats is Russia going to propose should leave?", [TEN_US], ""),
    ("A", "doer", SEED, "How many American officials will Moscow add to its sanctions list today?", [EIGHT_LIST], ""),
    ("A", "place", SEED, "How many consulates-general does Russia have in the US?",
     ["Our employees are affiliated with the Embassy, two consulates-general and the Russian Permanent Mission to the UN."], ""),
    ("A", "doer", SEED, "How many Russian government officials had the US put on a sanctions list before the package?",
     ["the Americans added eight Russian government officials"], ""),
    ("A", "place", SEED, "How many employees does Russia have with its mission to the UN?",
     ["it would be correct not to count our employees with the UN mission – about 150 people – in the total number."], ""),
    ("A", "doer", SEED, "How many US diplomats did Poland expel?", None, "Poland expelled Russian diplomats; no count"),
    ("A", "doer", SEED, "How many Polish diplomats will Russia send home in return?", None,
     "'We will respond accordingly as well': no count"),
    ("A", "us", SEED, "How many US senators will Russia put under sanctions?", None, "officials of the administration, no senators"),
    ("A", "doer", SEED, "How many American NGOs will Moscow close down?", None, "limit and suspend, no count"),
    ("A", "us", SEED, "How many US journalists work in Russia?", None, "never said"),
    ("A", "doer", SANCTIONS_CALL, "How many Russian officials is the United States expelling from Russia's mission in Washington?",
     ["And the United States is expelling 10 Russian officials from Russia’s Washington, D.C., diplomatic mission."], ""),
    ("A", "us", SANCTIONS_CALL, "How many US federal agencies were compromised in the hack?", [NINE_AGENCIES], ""),
    ("A", "doer", SANCTIONS_CALL, "How many Russian companies did the US designate for supporting the SVR's cyber program?",
     ["Also under the new EO, Treasury has today designated six Russian companies that provide support to the SVR cyber program"], ""),
    ("A", "doer", SANCTIONS_CALL, "How many individuals and entities did the US and its partners sanction over Crimea?",
     ["today sanctioned eight individuals and entities associated with Russia’s ongoing occupation and repression in Crimea."], ""),
    ("A", "doer", SANCTIONS_CALL, "How many Russian diplomats did Germany expel over SolarWinds?", None, "Germany is never named"),
    ("A", "doer", SANCTIONS_CALL, "How many Russian diplomats did Canada expel?", None,
     "Canada is a partner of the Crimea sanctions; the US expels"),
    ("A", "place", SUGA_PRESS, "How many American soldiers does Japan host?", None, "US forces in Japan, no count"),
    ("A", "place", WILDFIRES, "How many firefighters are deployed in Utah and Nevada?",
     ["There are already about 9,000 firefighters deployed across the region — from California to New Mexico, to Utah and Nevada — and it’s only June."], ""),
    ("A", "doer", WILDFIRES, "How many firefighters did Canada send to California?", None, "'calling folks in Canada', no count"),
    ("A", "place", WILDFIRES, "How many acres burned in Oregon last year?",
     ["Last year, we had more than 2,000 fires that burned over a million acres."], ""),

    ("B", "us", SEED, "How many US diplomats does Moscow intend to send home?", [TEN_US], ""),
    ("B", "doer", SEED, "How many officials of the Washington administration will Russia blacklist?", [EIGHT_LIST], ""),
    ("B", "place", SEED, "How many diplomatic and administrative employees do Russia and the US have in each other's country in all?",
     ["In all, there are about 450 diplomatic and administrative employees of Russia in the US and of the US in Russia."], ""),
    ("B", "doer", SEED, "How many US employees on short trips a year would Russia accept under its parity proposal?",
     ["We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to Russia per year."], ""),
    ("B", "place", SEED, "How many employees does Russia count on the bilateral front in the US?",
     ["In other words, we have 300 employees on the bilateral front in the US."], ""),
    ("B", "doer", SEED, "How many Serbian diplomats did the US expel?", None, "never said"),
    ("B", "us", SEED, "How many US consulates will Russia close?", None, "never said"),
    ("B", "doer", SEED, "How many American foundations has Russia already suspended?", None, "will limit and suspend, no count"),
    ("B", "doer", SEED, "After the US move, how many Russian envoys were told by Warsaw to go?", None, "the expulsion is announced with no count"),
    ("B", "us", SEED, "How many US military attaches travelled in central Russia without notice?", None,
     "representatives of the attache office, no count"),
    ("B", "doer", SANCTIONS_CALL, "How many Russian individuals is Washington expelling?",
     ["On the question of the PNGs: The United States is expelling these 10 Russian individuals"], ""),
    ("B", "doer", SANCTIONS_CALL, "How many entities and individuals did the US sanction over the 2020 election meddling?",
     ["Under other sanctions authorities today, Treasury also sanctioned 32 entities and individuals carrying out Russian government-directed attempts to influence the 2020 U.S. presidential election"], ""),
    ("B", "doer", SANCTIONS_CALL, "How many computer systems worldwide could Russia's SVR spy on through SolarWinds?",
     ["gave it the ability to spy on or potentially disrupt more than 16,000 computer systems worldwide."], ""),
    ("B", "us", SANCTIONS_CALL, "How many US agencies did Russia's hackers get into?", [NINE_AGENCIES], ""),
    ("B", "place", WILDFIRES, "How many lives did Oregon lose in last year's fires?",
     ["We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."], ""),
    ("B", "doer", SANCTIONS_CALL, "How many Russian diplomats did Australia expel?", None,
     "Australia is a partner of the Crimea sanctions; the US expels"),
    ("B", "doer", SANCTIONS_CALL, "How many US companies did Russia sanction in response?", None, "never said in the call"),
    ("B", "us", SUGA_PRESS, "How many US troops are stationed in Japan?", None, "realignment of US forces, no count"),
    ("B", "doer", WILDFIRES, "How many firefighters did Israel send to the US?", None, "firefighters from Israel, no count"),
    ("B", "place", SUGA_PRESS, "How many Chinese ships did Japan report near the Senkaku Islands?", None, "never said"),
]

QUESTION_ROWS = register_rows(ROWS, "ref65", 1, 6180, 6050, "ref65-{batch}")


def main() -> None:
    register_batch_main(QUESTION_ROWS, len(ROWS))
    for batch in ("A", "B"):
        ids = [row["id"] for _, row in QUESTION_ROWS if row["batch"] == batch]
        (HERE / f"ids-{batch}.txt").write_text("^(" + "|".join(ids) + ")$\n", encoding="utf-8")


if __name__ == "__main__":
    main()
