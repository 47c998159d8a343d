"""exch53's batch A and batch B questions, written from the transcripts before the system was run on any of them.
Aimed at the class of dev misses where [1] is a reporter's exchange ranked by its reporter's question while the gold
is elsewhere (bench/exch53/listing.py): each asks one fact on a topic a reporter's question restates, said in an
opening statement, in another answer, or in a later passage of the same answer; a few ask what the exchange's own
answer says (the controls a rule must not move). Gold = the answering sentence. Appends them to
bench/questions/real-dev.jsonl and qa/data/seed_questions.jsonl, each gold quote checked with
qa.evaluate.questions.find_quote, and keeps a copy of each batch in bench/exch53/batch-{A,B}.jsonl.
Run once: `PYTHONPATH=. python bench/exch53/write_questions.py`."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import gold_rows, write_gold_rows  # noqa: E402

S, X = "wh-biden-suga-press-conference-2021-04-16.md", "wh-background-press-call-russia-sanctions-2021-04-15.md"
C = "lavrov-selakovic-press-conference-2021-04-16.txt"
# (n, batch, transcript, question, gold)
REAL = [
    (1, "A", X, "What new standards for the government's software purchases are on the way?",
     ["Those efforts will also be the hallmark of an upcoming executive order which will build on those with regard "
      "to setting standards for the software the U.S. government procures."]),
    (2, "A", X, "The hack hit federal departments: how many of them?",
     ["focused on the nine federal agencies who were compromised with five specific efforts"]),
    (3, "A", X, "Are today's penalties a response to the Afghan bounty reports?",
     ["but we are not specifically tying the actions we are taking today to that — to that matter."]),
    (4, "A", X, "What do the officials think both Washington and Moscow should do next?",
     ["But our view is that the best course forward at this point would be for us to, for the United States and "
      "Russia both, to get off of the ladder of escalation and find a stable way forward."]),
    (5, "A", X, "Will the administration forecast how markets react to the debt measure?",
     ["we’re not going to speculate about how markets are going to respond specifically."]),
    (6, "A", S, "Did the Prime Minister bring up the Uyghur region with the President, and how did it go?",
     ["I also explained Japan’s position and initiatives regarding the situation in Xinjiang Uyghur Autonomous "
      "Region to the President, who I think understood my points."]),
    (7, "A", S, "With the pandemic still on, how is Tokyo planning to hold a safe Olympics?",
     ["Japan is listening to and learning from WHO and experts, doing everything possible to contain infection and "
      "to realize safe and secure Games."]),
    (8, "A", S, "Is the President OK with Tehran going up to 60% enrichment?",
     ["We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to 60 "
      "percent."]),
    (9, "A", S, "Which vaccine effort did the US start together with India and Australia?",
     ["launched the landmark Quad Vaccine Partnership to expand the manufacturing of COVID-19 vaccines"]),
    (10, "A", S, "When is the deadline for the two allies to cut emissions to zero overall?",
     ["Japan and the United States are both committed to achieving net-zero emissions by 2050"]),
    (11, "B", S, "Did Japan and the US say anything on coercion in the waters around China?",
     ["We agreed to oppose any attempts to change the status quo by force or coercion in the East and South China "
      "Seas, and intimidation of others in the region."]),
    (12, "B", S, "Did Suga say Japan should talk openly with Beijing?",
     ["At the same time, we agreed on the necessity for each of us to engage in frank dialogue with China."]),
    (13, "B", S, "What climate partnership are Japan and the US launching?",
     ["have agreed to launch the Japan-U.S. Climate Partnership",
      "I agreed with President Biden to launch climate partnership on ambition decarbonization and clean energy."]),
    (14, "B", S, "Can Biden tell yet how the Iran talks will end?",
     ["I think it’s premature to make a judgement as to what the outcome will be, but we’re still talking."]),
    (15, "B", S, "Does the President still want background checks for every gun sale?",
     ["I strongly support — I strongly support the universal background checks, which I continue to push."]),
    (16, "B", X, "What confidence level does the intelligence community put on naming the SVR?",
     ["The U.S. intelligence community has high confidence in its assessment of attribution to the SVR."]),
    (17, "B", X, "What does Washington keep open if Moscow hits back?",
     ["The United States reserves the right, of course, to take further action as necessary."]),
    (18, "B", X, "Which victims have to pay to fix the damage from the hack?",
     ["And finally, the hack placed an undue burden on the mostly private-sector victims who must bear the "
      "unusually high costs of mitigating this incident."]),
    (19, "B", X, "What advice does the government give firms using technology tied to Russia?",
     ["The U.S. government strongly encourages all U.S. companies using communications or technologies supplied by "
      "companies with ties to Russia to evaluate the security of their infrastructure"]),
    (20, "B", X, "What did the review find about Russian officers and the Taliban?",
     ["There is an assessment that Russian intelligence officers did seek to encourage Taliban attacks against U.S. "
      "and coalition personnel, including through financial incentives and compensation",
      "Russian intelligence officers sought to encourage Taliban attacks against U.S. and coalition personnel in "
      "Afghanistan in 2019 and perhaps earlier"]),
]
SEED = [
    (3850, "A", "What does Russia want the UN Security Council to keep doing about Kosovo?",
     ["We will continue to speak in favour of maintaining this issue as a priority at the UN Security Council, with "
      "a view to seeing Resolution 1244 implemented in full."]),
    (3851, "A", "Whose sign-off would a Kosovo agreement between Serbia and the Kosovars need?",
     ["The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, "
      "which has to be approved by the UN Security Council."]),
    (3852, "A", "What is Moscow doing about locals hired at American diplomatic missions?",
     ["we are initiating a process to stop the practice of hiring citizens of Russia and third countries at "
      "American diplomatic missions."]),
    (3853, "A", "Is Russia up for a meeting between Putin and Biden?",
     ["We have already responded positively to it."]),
    (3854, "A", "What happens now to US-funded NGOs operating on Russian soil?",
     ["We will limit and suspend the activities of American foundations and NGOs on our territory."]),
    (3855, "A", "Do Russian experts think the bond sanctions are manageable?",
     ["That said, our specialists think that the Russian economy can cope with this scale."]),
    (3856, "A", "Which ideas does Lavrov say Europe's leaders shouldn't voice about Resolution 1244?",
     ["have no right to express any ideas that blatantly undermine the very concept of UN Security Council "
      "Resolution 1244"]),
    (3857, "A", "Russia's people at the United Nations in New York: roughly how many?",
     ["it would be correct not to count our employees with the UN mission – about 150 people – in the total "
      "number."]),
    (3858, "A", "Is Antonov back in Washington yet, or still doing something else?",
     ["Anatoly Antonov continues consultations."]),
    (3859, "A", "What words does the minister use for the Greater Albania remarks?",
     ["These are unacceptable, provocative and very harmful statements."]),
    (3860, "B", "Russia's retaliation list of US officials: how many names are on it?",
     ["Today we will publish a list of eight officials representing the upper echelons of the administration in "
      "Washington."]),
    (3861, "B", "What happens when a US diplomat wants to travel beyond his host city now?",
     ["We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis."]),
    (3862, "B", "What's the total headcount of diplomats and admin staff across both countries' missions?",
     ["In all, there are about 450 diplomatic and administrative employees of Russia in the US and of the US in "
      "Russia."]),
    (3863, "B", "What do Western partners demand about Europe's post-war borders, according to Lavrov?",
     ["aggressively demand that post-war borders in Europe not be revised."]),
    (3864, "B", "When will the Foreign Ministry publish the measures Putin approved?",
     ["Literally right after the news conference, we will issue the Foreign Ministry’s statement on measures"]),
    (3865, "B", "In which forums will Moscow and Belgrade coordinate?",
     ["We agreed to continue to coordinate at various forums, including the UN, the OSCE and the Council of "
      "Europe."]),
    (3866, "B", "On what principles is Russian-Serbian foreign-policy cooperation based?",
     ["Our cooperation in foreign affairs is based on our commitment to the principles of international law and "
      "the UN Charter"]),
    (3867, "B", "Did the notion of a Greater Albania only come up recently?",
     ["Talk of a Greater Albania has been going on for years."]),
    (3868, "B", "What does Lavrov call the Slovenian idea that Yugoslavia's break-up isn't over?",
     ["I think that these are very dangerous games."]),
    (3869, "B", "Which Western bodies does Lavrov say shelter Pristina and should rein in the rhetoric?",
     ["We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an "
      "end to these sentiments and plans and not to allow this rhetoric to escalate."]),
]


def main() -> None:
    real, seed, batches = gold_rows(REAL, SEED, "exch53", C)
    if "--check" in sys.argv:
        for rows in batches.values():
            for r in rows:
                print(json.dumps(r, ensure_ascii=False))
        return
    write_gold_rows(real, seed, batches, "exch53")


if __name__ == "__main__":
    main()
