"""syn64 batches A and B (written from the transcripts before any run, appended once): answerable "what did X say
about Y" questions whose topic is worded with synonyms of the transcript's words, and controls worded the same way
whose topic is said nowhere. Run once; it appends to the dev files (do not run again)."""
import json
W="wh-biden-meeting-western-wildfires-2021-06-30.md"; S="wh-background-press-call-russia-sanctions-2021-04-15.md"
J="wh-biden-suga-press-conference-2021-04-16.md"; L="changelog-552-leslie-lamport-interview.md"; LV="lavrov-selakovic-press-conference-2021-04-16.txt"
NO="Not said: the recordings never say this."
real=[
 # batch A
 ("A","What did Biden say about pavement bending in the hot weather?",W,["Roads are buckling under the heat."]),
 ("A","What did Harris say about the keepsakes her household would grab first when evacuating?",W,["the most valuable are family photographs"]),
 ("A","What did Biden say about the memorial service for the hotshot team from Arizona?",W,["was at the funeral of the 19 Granite Mountain Hotshot firefighters"]),
 ("A","What did Harris say about vehicles parked by a house meaning the residents never escaped?",W,["it may be a tragic situation if the cars are in the driveway because that means the folks didn’t get out in time"]),
 ("A","What did Biden say about the iron-clad backing for the defence pact with Japan?",J,["Prime Minister Suga and I affirmed our ironclad support for U.S.-Japanese alliance and for our shared security."]),
 ("A","What did Lamport say about page design being an art form?",L,["Typography is an art."]),
 ("A","What did the official say about the spy service's hacking crew and its aliases?",S,["The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names — we are attributing as the actor that conducted this intrusion."]),
 ("A","What did Biden say about elderly neighbours and outdoor labourers in the heatwave?",W,["especially seniors who may need a helping hand; outdoor laborers, like our farm and construction workers"]),
 # batch B
 ("B","What did Biden say about the wage top-up for crews on the fire lines?",W,["provide for additional 10 percent bonuses for those working on the frontlines"]),
 ("B","What did Harris say about the blackened brick stacks that looked like gravestones?",W,["the only thing standing in that community were the chimneys, which looked, in that scene, like tombstones"]),
 ("B","What did Biden say about converting temporary firefighting posts into lasting ones?",W,["of those positions, permanent positions"]),
 ("B","What did Biden say about cooling shelters the states offer?",W,["the resources like cooling centers where people can go to get relief from the heat"]),
 ("B","What did the official say about the intelligence community's certainty about blaming the SVR?",S,["The U.S. intelligence community has high confidence in its assessment of attribution to the SVR."]),
 ("B","What did Lamport say about the coworker stuck in the computational mindset?",L,["because he's what I call trapped inside the box of computational thinking"]),
 ("B","What did Biden say about the two leaders proving free nations can still prevail?",J,["We’re going to work together to prove that democracies can still compete and win in the 21st century."]),
 ("B","What did Biden say about heat worsening the blazes and being a danger by itself?",W,["is not only a risk amplifier for wildfires, it’s a threat in and of itself"]),
]
un=[
 ("A","What did Biden say about pavement tolls on the interstates?",W,"roads buckling said; no tolls"),
 ("A","What did Harris say about the insurance payouts her household received after evacuating?",W,"evacuation said; no insurance"),
 ("A","What did the official say about the spy service's hacking crew recruiting students?",S,"the SVR unit said; no recruiting"),
 ("A","What did Lamport say about page design software for magazines?",L,"typography said; no magazines"),
 ("B","What did Biden say about the wage top-up for teachers in fire zones?",W,"bonuses for firefighters said; no teachers"),
 ("B","What did Biden say about cooling shelters for pets?",W,"cooling centers said; no pets"),
 ("B","What did Lamport say about the coworker's salary at the lab?",L,"a colleague said; no salary"),
 ("B","What did the official say about the intelligence community's budget for tracking the SVR?",S,"the intelligence community said; no budget"),
]
seed=[
 ("A","What did Lavrov say about the petroleum firm's share of state income?",["Last year the company accounted for 13 percent of the country’s budget revenues."],True),
 ("A","What did Lavrov say about the rail upgrade financed by Russian credit?",["Russian Railways International is playing an active role in it through the use of Russian export loans."],True),
 ("A","What did Lavrov say about the petroleum firm's oil spills?",None,False),
 ("B","What did Lavrov say about blocking Pristina's bids to join global bodies?",["the illegitimate attempts to secure Kosovo’s membership in Interpol, UNESCO, the Council of Europe and other organisations were neutralised"],True),
 ("B","What did Lavrov say about the timetable of talks between the two diplomatic services?",["the Plan for Consultations between the Russian and Serbian foreign ministries for 2021-2022"],True),
 ("B","What did Lavrov say about the rail upgrade's ticket prices?",None,False),
]
with open("bench/questions/real-dev.jsonl","a") as f:
    for i,(b,q,t,g) in enumerate(real,1):
        f.write(json.dumps({"id":f"dev-syn64-{i:03d}","question":q,"transcript":t,"answerable":True,"category":"syn64","kind":f"syn64-{b}","batch":b,"register":"synonym","gold_quotes":g},ensure_ascii=False)+"\n")
with open("bench/questions/unanswerable-dev.jsonl","a") as f:
    for i,(b,q,t,a) in enumerate(un,5820):
        f.write(json.dumps({"id":f"dev-un-{i}","question":q,"transcript":t,"answerable":False,"category":"near-miss","kind":f"syn64-{b}","batch":b,"register":"synonym","absent":a,"reference_answer":NO},ensure_ascii=False)+"\n")
with open("qa/data/seed_questions.jsonl","a") as f:
    for i,(b,q,g,ans) in enumerate(seed,5450):
        d={"id":f"seed-{i}","question":q,"transcript":LV,"answerable":ans,"category":"syn64" if ans else "near-miss","kind":f"syn64-{b}","batch":b}
        if ans: d["gold_quotes"]=g; d["reference_answer"]=g[0]
        else: d["gold_quotes"]=[]; d["reference_answer"]=NO
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
