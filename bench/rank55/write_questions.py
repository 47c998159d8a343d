"""rank55's batch A and batch B questions, written from the transcripts before the system was run on any of them
(both committed together; B is asked once, after the model is frozen). Sentences were drawn at random from the long
turns of the eight shared transcripts and the bundled corpus (seeded samples, bench/rank55's README paragraph), and
each question asks the one fact a drawn sentence gives, in a new user's words; gold = that sentence. Appends them to
bench/questions/real-dev.jsonl and qa/data/seed_questions.jsonl, each gold quote checked with
qa.evaluate.questions.find_quote, and keeps a copy of each batch in bench/rank55/batch-{A,B}.jsonl.
Run once: `PYTHONPATH=. python bench/rank55/write_questions.py` (`--check` prints the rows without writing)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from question_batches import gold_rows, write_gold_rows  # noqa: E402

W, S, X = ("wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-biden-suga-press-conference-2021-04-16.md",
           "wh-background-press-call-russia-sanctions-2021-04-15.md")
L, G = "changelog-552-leslie-lamport-interview.md", "agentic-ai-explained-youtube-captions.vtt"
V, B = "core-web-vitals-lecture-whisper.json", "i2ml-random-forest-bagging-lecture.srt"
C = "lavrov-selakovic-press-conference-2021-04-16.txt"
# (n, batch, transcript, question, gold)
REAL = [
    (1, "A", W, "Give me last year's Oregon wildfire tally and the acreage.",
     ["Last year, we had more than 2,000 fires that burned over a million acres."]),
    (2, "A", W, "In which city was the Vice President's family house told to evacuate?",
     ["our family home was under an evacuation order in Los Angeles."]),
    (3, "A", W, "What made Sonoma County quick off the mark in seeking the fire-prevention grant?",
     ["And because Sonoma knows all too well the devastation wrought by fires, they were the first to apply for fire "
      "mitigation funding."]),
    (4, "A", W, "Firefighters from which country came to help California when it was short of crews?",
     ["firefighters — from Israel come because we were that stretched."]),
    (5, "A", W, "What does Brown say local towns increasingly struggle to do?",
     ["Our local communities are increasingly challenged to respond on their own to disasters of the scales we "
      "are seeing."]),
    (6, "A", W, "How are seasonal crews kept working for as long as they're needed this year?",
     ["by allowing them to work beyond their term."]),
    (7, "A", X, "How many people and organisations were sanctioned over meddling in the 2020 vote?",
     ["Treasury also sanctioned 32 entities and individuals"]),
    (8, "A", X, "Which earlier finding about the hack's origin does today's attribution build on?",
     ["This is an update to the January 5th, 2021, assessment by the previous administration"]),
    (9, "A", X, "How sure is the intelligence community that Russian officers pushed the Taliban to attack?",
     ["The United States intelligence community assesses, with low to moderate confidence, that Russian intelligence "
      "officers sought to encourage Taliban attacks"]),
    (10, "A", X, "Which EO number is being weighed for shielding US communications tech from Russian exploitation?",
     ["government is evaluating whether to take action under Executive Order 13873"]),
    (11, "A", X, "Together with which partners did Treasury target people tied to Crimea, and how many?",
     ["in partnership with the EU, UK, Australia, and Canada — today sanctioned eight individuals and entities "
      "associated with Russia’s ongoing occupation and repression in Crimea."]),
    (12, "A", X, "Are there authorities in the fresh EO that Washington is holding in reserve for now?",
     ["Importantly, there are elements of this new EO that give us additional authorities that we are not "
      "exercising today."]),
    (13, "A", S, "Which golfer won the Green Jacket, as Biden mentioned?",
     ["And Matsuyama was the first Japanese player to take home that Green Jacket at the Masters Tournament this "
      "week."]),
    (14, "A", S, "Above how many rounds would magazines be banned under what Biden supports?",
     ["the ban on assault weapons and magazines that hold more than 10 — 10 bullets."]),
    (15, "A", S, "Which places' circumstances did Suga say they talked about?",
     ["we also discussed the circumstances in Taiwan and Xinjiang Uyghur Autonomous Region as well."]),
    (16, "A", S, "Through what will the two countries step up their support for vaccinating the world?",
     ["And we have agreed to enhance our support for global vaccination efforts through the ACT Accelerator and "
      "COVID facility."]),
    (17, "A", S, "To which site is the Futenma air station to be moved?",
     ["including the relocation of Air Station Futenma to Henoko"]),
    (18, "A", S, "What rise in the US did Suga say he raised with Biden?",
     ["I discussed the increase of discriminations or violences against Asian people across the U.S."]),
    (19, "A", L, "Who first brought up the problem as important, and when, according to Lamport?",
     ["And the problem was recognized as being important and introduced by Edsger Dijkstra, I think it was in "
      "1965."]),
    (20, "A", L, "Is Lamport alone in arguing that specs are needed?",
     ["I'm not the only person who talks about things, about the need for specifications."]),
    (21, "A", L, "Why didn't Lamport need to teach TLA+ to the compiler developer?",
     ["Fortunately, the person who was doing the compiler knew TLA+, so I didn't have to explain the TLA+ to him."]),
    (22, "A", L, "What does Lamport put his success down to, compared with others?",
     ["I think it's because of my different way of looking at things, not by being brighter than them."]),
    (23, "A", L, "Who is doing most of the hard work on the book now?",
     ["I told you, this colleague, Marcus, was doing the heavylifting these days."]),
    (24, "A", L, "Jerod admits little maths despite how many years writing software?",
     ["I've been a working developer for 20+ years"]),
    (25, "A", G, "Which weather and flight services might the travel agent system be wired to?",
     ["system, I might have integrated Acue", "weather API for weather, Xedia API for"]),
    (26, "A", G, "What holiday is the travel assistant asked to arrange in the example?",
     ["assistant where you can say book a 7-day", "trip to London in May where where the"]),
    (27, "A", V, "How fast should a page begin handling user input, according to Google?",
     ["your input should start processing in less than 100 milliseconds."]),
    (28, "A", V, "What time limit is given for loading the largest element on a page?",
     ["the biggest element of the page should be loaded in 2.5 seconds."]),
    (29, "A", B, "Which learner did bagging improve by a wide margin in the comparison?",
     ["algorithm yeah that is somewhat unstable", "that improves the result by quite a",
      "large margin although the specification"]),
    (30, "A", B, "What k was used for the nearest-neighbour learner?",
     ["the case so you use the medium setting", "here for for k for the number of nearest"]),
    (31, "B", W, "What did Governor Brown ask to be approved for wildfire, as FEMA did for hurricanes?",
     ["I would also ask that federal Individual Assistance be approved for disaster mitigation activities for "
      "wildfire just as FEMA recently approved for hurricanes."]),
    (32, "B", W, "Which states are the deployed firefighters spread across?",
     ["from California to New Mexico, to Utah and Nevada"]),
    (33, "B", W, "Which groups did Biden single out as needing a helping hand from neighbours?",
     ["We need people to check on their neighbors, especially seniors who may need a helping hand"]),
    (34, "B", W, "What joint projects can Oregon now fund more of thanks to its new law?",
     ["we have an opportunity to fund even more of these Good Neighbor Authority projects together."]),
    (35, "B", W, "Where can residents go to cool off, according to Biden?",
     ["the resources like cooling centers where people can go to get relief from the heat."]),
    (36, "B", W, "Why does Harris say wildfires are personal for her?",
     ["This is a personal issue for me as a daughter of California."]),
    (37, "B", X, "When was the answer to the chemical attack on the Kremlin critic made public with allies?",
     ["On March 2nd, the Biden administration, in coordination with several key allies and partners, announced our "
      "response to Russia’s use of a chemical weapon to poison Aleksey Navalny."]),
    (38, "B", X, "Why exactly are those Russian tech firms being named?",
     ["They’re being designated — the companies — for operating in the technology sector of the Russian Federation "
      "economy."]),
    (39, "B", X, "Who is left paying the steep costs of cleaning up after the SolarWinds breach?",
     ["the hack placed an undue burden on the mostly private-sector victims who must bear the unusually high costs "
      "of mitigating this incident."]),
    (40, "B", X, "What does the US keep open for later, beyond today's measures?",
     ["The United States reserves the right, of course, to take further action as necessary."]),
    (41, "B", X, "What yearly event does the Pentagon run for cyber operators?",
     ["The Department of Defense hosts an important annual cyber exercise to build security and cyber operators and "
      "overall capability."]),
    (42, "B", X, "Whose coordinated efforts is the action on election interference trying to break up?",
     ["This action seeks to disrupt the coordinated efforts of Russian officials, proxies, and intelligence agencies "
      "to delegitimize democratic electoral processes."]),
    (43, "B", S, "What did Biden joke Suga had brought with him?",
     ["The Prime Minister has brought the sun out, so he can do about anything."]),
    (44, "B", S, "What does Biden say the two democracies will show together this century?",
     ["We’re going to work together to prove that democracies can still compete and win in the 21st century."]),
    (45, "B", S, "Which gun measure does Biden keep pressing for?",
     ["I strongly support the universal background checks, which I continue to push."]),
    (46, "B", S, "What did the leaders agree can't be allowed in any society?",
     ["agreed that discrimination by race cannot be permitted in any societies."]),
    (47, "B", S, "Biden boasts of a weapons ban he alone achieved: what length was it?",
     ["I’m the only one that ever got a 10-year ban on assault weapons and clips of more than 10 bullets."]),
    (48, "B", S, "What shared principles does the Japanese leader list for the alliance?",
     ["are allies that share universal values, such as freedom, democracy, and human rights."]),
    (49, "B", L, "Apart from the book, what is Lamport busy with?",
     ["But other than writing the book, I'm doing various things that involve what I would say is sort of management "
      "type things involving TLA+."]),
    (50, "B", L, "In that algorithm, what if a read happens while a value is being written?",
     ["if a reader reads while the value is being written, it doesn't matter what value that read gets."]),
    (51, "B", L, "Why did Lamport have to take such care to make it rigorous?",
     ["But because there was no way developed for reasoning about -- a program about concurrent algorithms, I guess I "
      "had to be really careful to make it rigorous."]),
    (52, "B", L, "What did Lamport send the editor after finding the published algorithm too complex?",
     ["And I whipped up this little algorithm for two processes, and sent it to the editor."]),
    (53, "B", L, "How does Lamport say one gets outside the box?",
     ["And the way to think outside of that box is to think mathematically."]),
    (54, "B", L, "Does a correct algorithm rule out bugs in the code, in Lamport's view?",
     ["But getting the algorithm right doesn't imply that you're not going to make coding bugs."]),
    (55, "B", G, "What can't a tool-augmented chatbot do, even though it uses tools?",
     ["one tool augmented chatboard is reactive", "and it also has access to tool but it",
      "cannot reason plan and be proactive."]),
    (56, "B", G, "In the workflow pattern, which teams might a chatbot's question be sent on to?",
     ["routed to a technical support team or a", "sales team or some other team. In that"]),
    (57, "B", V, "What is the Lighthouse tool for, in the lecture?",
     ["Lighthouse basically generates a report for you and tells you what can be improved in your HTML page."]),
    (58, "B", V, "What does the lecturer say search engines don't want to see any more?",
     ["They say that we do not want to see your Meta Keywords."]),
    (59, "B", B, "What collection of emails was the bagging comparison run on?",
     ["Learners here I used the spam data set"]),
    (60, "B", B, "What does bagging do to the response surface?",
     ["also in terms smooth it Smooths out the", "response surface it usually results in a"]),
]
# (n, batch, question, gold) over the bundled corpus's Lavrov-Selakovic press conference
SEED = [
    (4000, "A", "Counting both sides, how big is the diplomatic and admin staff of the two countries' missions?",
     ["In all, there are about 450 diplomatic and administrative employees of Russia in the US and of the US in "
      "Russia."]),
    (4001, "A", "Have any trials been run there yet, and how did they go?",
     ["The first tests were conducted there just recently, and they were successful."]),
    (4002, "A", "How many diplomats did Washington ask Russia to withdraw?",
     ["Ten diplomats were included on a list that was given to us with a request for them to leave the United "
      "States."]),
    (4003, "A", "Which multilateral pact did Lavrov say barely survives?",
     ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread."]),
    (4004, "A", "What does Russia say it never pushes on anyone, friends least of all?",
     ["We do not force our services on anyone, especially not on our friends."]),
    (4005, "A", "Who has to sign off on a Belgrade-Pristina deal on Kosovo's status?",
     ["which has to be approved by the UN Security Council."]),
    (4006, "A", "Which offices are Russia's staff in the US attached to?",
     ["Our employees are affiliated with the Embassy, two consulates-general and the Russian Permanent Mission to the "
      "UN."]),
    (4007, "A", "Which joint committee's work did Lavrov call very important?",
     ["We place a great deal of importance on the continued work of the Russian-Serbian Intergovernmental Committee "
      "on trade, economic, scientific and technological cooperation."]),
    (4008, "A", "Why is Serbia so high in Europe's vaccination rankings?",
     ["which is due, in part, to the use of the Russian vaccine Sputnik V"]),
    (4009, "A", "Where are all the Americans among the 450 placed?",
     ["Out of these 450, all Americans are distributed among the Embassy and the consulates-general."]),
    (4010, "B", "In response, what number of US embassy staff will Moscow ask to go home?",
     ["We will respond in kind by proposing that 10 US diplomats leave Russia."]),
    (4011, "B", "Which international bodies will Russia and Serbia keep lining up their positions in?",
     ["We agreed to continue to coordinate at various forums, including the UN, the OSCE and the Council of Europe."]),
    (4012, "B", "Does Russia have the same levers over America that America has over it?",
     ["For obvious reasons, we do not have comparable levers of influence on the US on such a scale."]),
    (4013, "B", "When, according to Lavrov, does the West usually raise this against Russia?",
     ["But they usually do this when Russia is forced to stand up for its fellow countrymen, its compatriots."]),
    (4014, "B", "What did the US obstruct rather than seek a compromise?",
     ["the US merely obstructed the operations of our Embassy, consulates-general and the Russian mission at the "
      "UN."]),
    (4015, "B", "What do the newly announced sectoral sanctions cover?",
     ["Sectoral sanctions have been announced as regards Russian national debt and related transactions."]),
    (4016, "B", "Which sector's big projects did Lavrov put at the heart of economic ties?",
     ["We underscored that implementing large, landmark projects, primarily in energy, is a key area of economic "
      "cooperation."]),
    (4017, "B", "What kind of agreement do Russia and Serbia have on open ground?",
     ["Our countries have a memorandum of understanding on open ground."]),
    (4018, "B", "How common is the Americans' use of those brief postings?",
     ["This practice is fairly widespread and used by the Americans on a large scale."]),
    (4019, "B", "Where does Russia say the US meddles?",
     ["In reality, they are openly meddling in our domestic politics."]),
]


def main() -> None:
    real, seed, batches = gold_rows(REAL, SEED, "rank55", C)
    if "--check" in sys.argv:
        for rows in batches.values():
            for r in rows:
                print(json.dumps(r, ensure_ascii=False))
        return
    write_gold_rows(real, seed, batches, "rank55")


if __name__ == "__main__":
    main()
