"""hl46's batches A and B (written before any run of the system on them), appended to the dev files by --write."""
import json, sys
from pathlib import Path

LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
L = "changelog-552-leslie-lamport-interview.md"
S = "wh-background-press-call-russia-sanctions-2021-04-15.md"
W = "wh-biden-meeting-western-wildfires-2021-06-30.md"
J = "wh-biden-suga-press-conference-2021-04-16.md"

SEED = [  # id, batch, register, question, gold
 (2921, "A", "explainer", "On what grounds should Russia's New York UN people not count toward diplomatic parity?", "The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with bilateral ties."),
 (2922, "A", "explainer", "What part does the Russian state rail firm play in upgrading Serbian tracks?", "Russian Railways International is playing an active role in it through the use of Russian export loans."),
 (2923, "A", "explainer", "What pushed Russia to start leaving the open ground arrangement?", "The Americans completely ignore the requirement to send such notifications."),
 (2924, "A", "explainer", "What is the reason for restricting American NGOs in Russia?", "In reality, they are openly meddling in our domestic politics."),
 (2925, "A", "explainer", "How does Lavrov explain Ambassador Antonov staying in Moscow?", "The situation is quite complicated and it is necessary to analyse it in detail, all the more so since some things in Washington are not entirely comprehensible."),
 (2926, "A", "explainer", "How would Kosovo's final status be settled under Resolution 1244?", "The resolution provides for an agreement to be reached by Belgrade and Pristina on the status of Kosovo, which has to be approved by the UN Security Council."),
 (2927, "A", "explainer", "Explain how Pristina's attempts at Interpol and UNESCO membership got stopped", "We noted that thanks to Serbia’s proactive approach, and the energetic support of Russia, the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other organisations were neutralised."),
 (2928, "A", "explainer", "How do the short-term trips change what US missions can do in Russia?", "In this way, they substantially increase (double or more) their capacity to work in Russia, with goals that are not always above board."),
 (2929, "A", "jargon", "NIS - what's the full name of that company?", "Naftna Industrija Srbije (NIS) [Petroleum Industry of Serbia] is operating successfully."),
 (2930, "A", "jargon", "Under the open ground deal, what is a US adviser obliged to do before a long drive?", "As for the aforementioned bilateral memorandum on open ground, starting from a certain category of diplomats (advisers and below), it is necessary to notify the authorities of the host country when any of these employees are going to travel beyond a 25-mile radius around the city where their diplomatic mission is located."),
 (2931, "A", "jargon", "What is the second disparity Lavrov mentions?", "The second disparity in this area is as follows: in addition to their embassy and consular personnel the Americans send several hundreds of employees on short-term trips to Russia every year."),
 (2932, "A", "jargon", "What does the abbreviation CSTO refer to in the talks?", "We noted that Serbia maintains an interest in cooperation and contact with the Collective Security Treaty Organisation (CSTO), as well as the similar approaches to maintaining security and peace in Europe taken by the CSTO and Belgrade."),
 (2933, "A", "jargon", "When Lavrov talks of evening out short visits by staff, what figures does he have in mind?", "We will suggest parity in this respect, say, 10 employees going from Russia to the US and 10 from the US to Russia per year."),
 (2934, "A", "jargon", "What is that 2021-2022 consultations plan and when was it signed?", "We agreed to remain in contact at the level of ministers, deputy ministers and heads of departments at our ministries in keeping with the Plan for Consultations between the Russian and Serbian foreign ministries for 2021-2022, which was signed during my visit to Belgrade in December 2020."),
 (2935, "A", "procedural", "What was Sullivan told he ought to do by the Kremlin aide?", "Today, Yury Ushakov also recommended that Mr Sullivan travel to his capital and hold serious, detailed consultations."),
 (2936, "A", "procedural", "What does Russia ask of the EU and NATO regarding Greater Albania talk?", "We always call on our colleagues from the European Union and NATO, who act as Pristina’s patrons, to put an end to these sentiments and plans and not to allow this rhetoric to escalate."),
 (2937, "A", "procedural", "Going forward, how will requests by foreign envoys to go beyond their city be treated?", "We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis."),
 (2938, "A", "procedural", "What should be done with the UN mission staff to make the staff numbers even?", "Therefore, if we want parity, it would be correct not to count our employees with the UN mission – about 150 people – in the total number."),
 (2939, "A", "procedural", "What will Russia ask the Americans to do about their diplomats' numbers?", "If we are to continue this “exchange of courtesies”, we will ask the Americans to bring down the number of their diplomats involved in bilateral relations with Russia, to match the number of our employees in our Embassy and two consulates-general."),
 (2940, "A", "stance", "Is Lavrov relaxed about the talk of redrawing Balkan borders?", "I think that these are very dangerous games."),
 (2941, "A", "stance", "Is Serbia's good-neighbour line in the region a positive thing for Russia?", "We believe this balanced policy by Belgrade is contributing to the preservation of peace and stability in this challenging region of Europe."),
 (2942, "A", "stance", "Can Moscow hit back at Washington's debt measures with something of equal size?", "For obvious reasons, we do not have comparable levers of influence on the US on such a scale."),
 (2943, "A", "stance", "Is Moscow pushing its own terms on the Belgrade-Pristina dialogue?", "We do not impose anything."),
 (2944, "A", "stance", "How does Lavrov judge the sanctions Washington imposed?", "Literally right after the news conference, we will issue the Foreign Ministry’s statement on measures that were approved by President of Russia Vladimir Putin in response to Washington’s openly hostile, utterly unprovoked actions towards Moscow, Russian citizens, individuals and companies, and our financial system."),
 (2945, "B", "explainer", "What helped the Serbs get so many jabs into arms compared with other Europeans?", "Serbia is among the top nations in Europe in terms of vaccination rate which is due, in part, to the use of the Russian vaccine Sputnik V, as the Minister noted today."),
 (2946, "B", "explainer", "What justification is given for banning US embassies from employing Russian nationals?", "We do not engage in this practice, so we are introducing parity on this issue."),
 (2947, "B", "explainer", "How big a slice of Serbian state income came from the oil firm last year?", "Last year the company accounted for 13 percent of the country’s budget revenues."),
 (2948, "B", "explainer", "How does the West's line on borders change depending on who raises them, per Lavrov?", "And when those who enjoy the West’s patronage have to deal with this issue, the position in Brussels and other European capitals is completely different."),
 (2949, "B", "jargon", "Is the multilateral aerial surveillance treaty still in good shape?", "As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."),
 (2950, "B", "jargon", "According to the Security Council text, who decides where Kosovo ends up?", "Responsible politicians (especially the heads of European governments), I believe, have no right to express any ideas that blatantly undermine the very concept of UN Security Council Resolution 1244, according to which the UN Security Council respects Serbia’s sovereignty, and Kosovo’s exact status is to be determined through negotiations between Pristina and Belgrade."),
 (2951, "B", "jargon", "What areas does the Intergovernmental Committee cover?", "We place a great deal of importance on the continued work of the Russian-Serbian Intergovernmental Committee on trade, economic, scientific and technological cooperation."),
 (2952, "B", "jargon", "What was the staffing disparity Moscow long objected to?", "We have long been telling the Americans that the disparity in the numerical strength of diplomatic missions of Russia in the US and the US in Russia is unacceptable."),
 (2953, "B", "procedural", "What do junior US diplomats have to do before travelling far from their city?", "As for the aforementioned bilateral memorandum on open ground, starting from a certain category of diplomats (advisers and below), it is necessary to notify the authorities of the host country when any of these employees are going to travel beyond a 25-mile radius around the city where their diplomatic mission is located."),
 (2954, "B", "procedural", "What step is Russia taking on the Americans' short-term work trips?", "Now we are putting a stop to the practice of uncontrolled and unlimited short-term trips by Department of State employees for work at US diplomatic missions in Russia."),
 (2955, "B", "procedural", "Those eight American administration figures - what is being done to them?", "They will be also included on our sanctions list."),
 (2956, "B", "procedural", "What action is being taken against US-funded non-profits operating on Russian soil?", "We will limit and suspend the activities of American foundations and NGOs on our territory."),
 (2957, "B", "stance", "Besides the experts, does the minister himself believe the country will cope?", "I think this is what will happen."),
 (2958, "B", "stance", "Is Russia willing to back whatever Serbia decides on Kosovo?", "As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia."),
 (2959, "B", "stance", "What kind of discussion did the two foreign ministers have, in Lavrov's words?", "My Serbian colleague, Nikola Selakovic, and I had good, trust-based talks encompassing all the major aspects of our cooperation, partnership, the bilateral agenda, and regional and international affairs."),
 (2960, "B", "stance", "Does Lavrov expect the US to rejoin Open Skies?", "The US has withdrawn from it and is not going to come back."),
]

REAL = [  # n, batch, register, transcript, question, gold
 (1, "A", "jargon", L, "Define mutual exclusion the way Lamport explains it with the printer", "Mutual exclusion is the problem that if you have a bunch of processes running, and say some process wants to use the printer - well, if you had two processes trying to print at the same time, and you get the output interleaved on the printer, it's not going to work."),
 (2, "A", "explainer", L, "Lamport named an algorithm after a shop - what memory was behind that?", "The reason it's called the bakery algorithm is when I was a kid, there was a bakery - these days, it would be called the deli algorithm - where a bunch of people went to get served, and you have this machine that gives out tickets, it gives out numbers..."),
 (3, "A", "explainer", L, "How did Lamport get around having no ticket machine in the bakery algorithm?", "And so the idea struck me as \"Well, what happens if people chose their own numbers, and they did it by looking at everybody else's number, and picking a bigger number?\""),
 (4, "A", "explainer", L, "Why does reading and writing shared variables normally need mutual exclusion?", "Well, you need mutual exclusion, because if somebody tries to write whilst somebody else is trying to read, who knows what's going to happen?"),
 (5, "A", "procedural", L, "What should you do first before writing any code, according to Lamport?", "The first one is figure out, decide what the program is supposed to do."),
 (6, "A", "procedural", L, "How can you tell if you've described a program properly?", "And I have a very simple criterion for whether you've done this properly, is that you should write this description of what the program is supposed to do in such a way that someone can use it without having to look at the code."),
 (7, "A", "jargon", L, "What is the second spec Lamport writes about?", "Then the other spec is how the program does it, which is a high-level view of how the code works."),
 (8, "A", "explainer", L, "Why is LaTeX tied to Knuth?", "Oh, that's because LaTeX is built on top of Don Knuth's tech typesetting program."),
 (9, "A", "procedural", L, "If you had to sum up Lamport's one-word tip, what does thinking amount to?", "And really, thinking means writing."),
 (10, "A", "explainer", L, "What made the bakery algorithm stand out from other mutual exclusion algorithms?", "But I realized that the bakery algorithm works -- it doesn't require mutual exclusion on the reading/writing variables."),
 (11, "A", "jargon", L, "What name does Lamport give to not caring about repeated frames?", "Well, I call it stuttering insensitivity."),
 (12, "A", "explainer", L, "What makes large projects demand a more formal approach than small ones?", "The only difference in the small versus the large is that in some sense the bigger something is, the more formal you have to be, because it's going to be more complicated."),
 (13, "A", "explainer", S, "How would barring US investors from ruble bonds hurt Russia?", "Judging from history, removing U.S. investors as buyers in this market can create a broader chilling effect that raises Russia’s borrowing costs, along with capital flight and a weaker currency."),
 (14, "A", "explainer", S, "What grounds did the officials give for declaring the ten Russians persona non grata?", "On the question of the PNGs: The United States is expelling these 10 Russian individuals because we have determined that they were acting in a manner inconsistent with their status in the United States."),
 (15, "A", "jargon", S, "CYBER FLAG - who runs it and what sort of event is it?", "The Department of Defense hosts an important annual cyber exercise to build security and cyber operators and overall capability."),
 (16, "A", "jargon", S, "What does the new directive under the EO prohibit?", "Under the new EO, Treasury today has issued a directive that prohibits U.S. financial institutions from participation in the primary market for ruble or non-ruble denominated bonds issued after June 14th, 2021, by the Central Bank of the Russian Federation, the National Wealth Fund of Russia, or the Ministry of Finance."),
 (17, "A", "procedural", S, "What are US companies told to do if they use tech from firms tied to Russia?", "The U.S. government strongly encourages all U.S. companies using communications or technologies supplied by companies with ties to Russia to evaluate the security of their infrastructure and be aware of the potential for future U.S. action that may affect their operation."),
 (18, "A", "explainer", S, "Why is the US going after Russia's sovereign debt, in principle?", "There’s no credible reason why the American people should directly fund Russia’s government when the Putin regime has repeatedly attempted to undermine our sovereignty."),
 (19, "A", "stance", S, "Does the administration want to escalate with Russia?", "As we take these actions, we also want to be clear that we have no desire to be in an escalatory cycle with Russia."),
 (20, "A", "procedural", S, "What does the SolarWinds hack show the US must do?", "As the SolarWinds incident has shown, we have to build those domestic and international partnerships and threat intelligence sharing to ensure we can identify, defend against, and mitigate malicious cyber activity from Russia and other adversaries."),
 (21, "A", "explainer", W, "What has turned wildland firefighting into year-round federal work?", "Now, traditionally, federal firefighting has been a seasonal job, but because of climate change — and I know you all know it, and I hope your constituents know it: there is climate change — it’s no longer a seasonal job."),
 (22, "A", "procedural", W, "By what mechanism can temporary fire crews keep working past their usual end date?", "So we’ve made sure seasonal firefighters can stay on the job, as long as they are needed this year, by allowing them to work beyond their term."),
 (23, "A", "explainer", W, "Why make firefighter positions permanent?", "And for next year, we’re working to make more than — of those positions, permanent positions so — so that when fires aren’t burning, we have a workforce of experienced hands enhancing our forest management, reducing the risk of future fire in the future fire season."),
 (24, "A", "explainer", W, "What brought Israeli crews to help fight California's fires?", "We had the pleasure of having folks — firefighters — from Israel come because we were that stretched."),
 (25, "A", "stance", W, "Does Biden think the new firefighter pay is enough?", "So today we’re announcing what I still think is not enough: This year we’re going to provide retention incentives that’s going to ensure federal wildland fires are — firefighters are making at least $15 an hour and provide for additional 10 percent bonuses for those working on the frontlines."),
 (26, "A", "procedural", W, "What is the government offering so the National Guard can help fight fires?", "The federal government is also offering funding, when governors request it, to train and equip National Guard members so they have a — they’re — they’re ready to provide a surge of firefighting capacity."),
 (27, "A", "explainer", W, "How come the West may be on its own for reinforcements this summer?", "We know, as we’re entering this wildfire season, our eastern counterparts are preparing for a very difficult hurricane season, and so we may not be able to rely on other regions to help out this year."),
 (28, "A", "jargon", J, "What purpose does resuming the Mansfield exchange serve?", "And I’m especially proud that today we agreed to resume what we call — what is called the “Mansfield Fellowship Program” to promote people-to-people connections between our countries."),
 (29, "A", "explainer", J, "What's the thinking behind setting up a partnership for the next outbreak?", "We’re also going to do more beyond this pandemic to advance longer-term goals for health security, reform of the World Health Organization, and establishing a new partnership — a new partnership on health security to build better preparedness for the next pandemic, because there will be others."),
 (30, "A", "procedural", J, "How is Japan getting ready for the Olympics this summer?", "Japan will continue careful and full preparation in order to realize the Tokyo games this summer, in order to ensure equitable access to vaccines for COVID-19."),
 (41, "B", "explainer", L, "Why have things gotten so complicated in computing, per Lamport?", "Things have just gotten so complicated, because - as I like to say, things have advanced by evolution, and not by intelligent design."),
 (42, "B", "procedural", L, "How should you think about a high-level specification?", "Now, the way I like to think about it is a high-level specification - think of it as an algorithm, and think of the code as an implementation of that algorithm."),
 (43, "B", "jargon", L, "What is a digital system like, in Lamport's picture?", "Basically, think of them as a movie."),
 (44, "B", "explainer", L, "What makes an automobile different from a digital system?", "And what distinguishes a digital system from an automobile is that you can't think of an automobile as operating in distinct steps; it's going continuously from one place to another."),
 (45, "B", "explainer", L, "How does the bakery algorithm avoid writers clashing?", "Each variable is written by a single process, and it can be read by multiple processes."),
 (46, "B", "procedural", L, "What does Lamport say it takes to really understand something?", "If you want to understand something, you've got to write it."),
 (47, "B", "jargon", L, "Whose system first split content from formatting, according to Lamport?", "By the way, I should say that the whole idea of basically separating the ideas from the typesetting - that was done by Brian Reid in his scribe system."),
 (48, "B", "explainer", S, "How does the ruble bond market matter to Moscow's finances?", "Remember, this is the main market that funds the Russian government."),
 (49, "B", "jargon", S, "What is the SVR being blamed for?", "On SolarWinds, we’re formerly naming the Russian Foreign Intelligence Service — the SVR — as the perpetrator of the broad-scope cyber espionage campaign that exploited the SolarWinds Orion platform and other information technology infrastructures."),
 (50, "B", "procedural", S, "What is the government weighing under Executive Order 13873?", "The U.S. government is evaluating whether to take action under Executive Order 13873 to better protect our communications and technology supply chain from further exploitation by Russia."),
 (51, "B", "explainer", S, "What will running the joint cyber drill achieve for the allies?", "The exercise will build a community of defensive cyber operators and improve overall capability of the U.S. and our allies to identify, synchronize, and respond in unison against malicious cyberspace activities targeting our critical infrastructure and key resources."),
 (52, "B", "stance", S, "Who controls how quickly the economic damage to Russia builds up?", "But to underscore: The speed and magnitude of that negative feedback loop is a function of Russia’s choices."),
 (53, "B", "explainer", S, "On what basis were the six Russian tech companies designated?", "They’re being designated — the companies — for operating in the technology sector of the Russian Federation economy."),
 (54, "B", "jargon", S, "What did the previous administration's January assessment say?", "This is an update to the January 5th, 2021, assessment by the previous administration that this incident was, quote, “likely of Russian origin.”"),
 (55, "B", "explainer", W, "Why does the President get a briefing each hurricane season?", "For years, the President has received a briefing at the beginning of the hurricane season, looking at the trends that are coming to get a sense of what’s coming so that the country can be better prepared."),
 (56, "B", "explainer", W, "Why is fire prevention money worth spending?", "Because this is an area where investing in prevention and preparation today is going to deliver invaluable returns tomorrow."),
 (57, "B", "procedural", W, "What does Biden tell utility leaders?", "And to our utility leaders: We are ready to work with you to make sure that people have the access to power, including air conditioning, under these extreme demand conditions while continuing to advance our climate goals."),
 (58, "B", "stance", W, "Should undocumented families get FEMA help after a disaster?", "Everyone impacted by a disaster should be eligible for FEMA assistance, including our undocumented families."),
 (59, "B", "explainer", W, "Why did the governor say firefighters need better federal pay?", "Because we don’t have enough firefighters — period, full stop."),
 (60, "B", "explainer", J, "Why are Japan and the US keeping up vaccine cooperation?", "We confirmed that cooperations between our governments will continue in order to ensure equitable access to vaccines, including access by developing countries, multilateral and regional cooperations will be promoted."),
 (61, "B", "procedural", J, "After backing universal checks, who does Biden say has to move now?", "The Congress has to step up and act."),
 (62, "B", "jargon", J, "What is the review Biden and Suga are speeding up about?", "We also agree to accelerate the review underway between our two countries on the specific means to strengthen our alliance."),
 (63, "B", "explainer", J, "What is the point of working together on China and North Korea?", "We committed to working together to take on the challenges from China and on issues like the East China Sea, the South China Sea, as well as North Korea, to ensure a future of a free and open Indo-Pacific."),
 (64, "B", "procedural", W, "How will people be helped to protect themselves from smoke?", "And we’re also going to make sure that the people have a — the information to better protect themselves and their families from smoke and fire risks."),
]


def rows():
    seed = [{"id": f"seed-{i}", "question": q, "transcript": LAV, "gold_quotes": [g], "answerable": True,
             "category": f"hl46-{r}", "kind": "hl46", "batch": b} for i, b, r, q, g in SEED]
    real = [{"id": f"dev-hl46-{n}", "question": q, "transcript": t, "gold_quotes": [g], "answerable": True,
             "category": f"hl46-{r}", "kind": "hl46", "batch": b} for n, b, r, t, q, g in REAL]
    for row in seed:  # typed with "what's" on purpose, as hl45's: out of the plain-wording check
        if row["id"] == "seed-2929":
            row["casual"] = "contraction"
    return seed, real


if __name__ == "__main__":
    seed, real = rows()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if out:
        (out / "seed.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in seed))
        (out / "real.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in real))
    print(len(seed), len(real))
