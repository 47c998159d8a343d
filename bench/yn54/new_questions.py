"""yn54's batches A and B (the seed's transcript and the four Markdown transcripts of ../shared/data/transcripts),
written by reading the transcripts before any run: yes/no questions whose gold is the sentence that gives the verdict
(most often by a negation: "We do not seek, we do not desire a downward spiral.", "You're not gonna get it right."),
asked in words of the matter the sentences around it set out. Each gold is written loosely and replaced by the
transcript's own text (found exactly once). A and B are taken alternately from one list. Writes bench/yn54/batch-A.jsonl
and batch-B.jsonl; `--append` adds them to qa/data/seed_questions.jsonl and bench/questions/real-dev.jsonl.

    .venv/bin/python bench/yn54/new_questions.py [--append]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from question_batches import quoted_rows, save_batches  # noqa: E402

SEED = "lavrov-selakovic-press-conference-2021-04-16.txt"
SUGA, FIRE, CALL = ("wh-biden-suga-press-conference-2021-04-16.md", "wh-biden-meeting-western-wildfires-2021-06-30.md",
                    "wh-background-press-call-russia-sanctions-2021-04-15.md")
TLA = "changelog-552-leslie-lamport-interview.md"

# (transcript, question, gold)
QUESTIONS = [
    (SEED, "Has Resolution 1244 on Kosovo been revoked?",
     "There is UN Security Council Resolution 1244, it has not been cancelled."),
    (FIRE, "Does Biden have to explain the heat damage to the governors?",
     "I need not — again, I need not tell all of you."),
    (TLA, "Does Lamport put his success down to being brighter than his colleagues?",
     "I think it's because of my different way of looking at things, not by being brighter than them."),
    (SUGA, "Can phone calls replace meeting in person, in Biden's view?",
     "There’s no substitute for face-to-face discussions."),
    (FIRE, "Are wildfires a partisan issue for Biden?", "wildfires are not a partisan phenomenon."),
    (SEED, "Does Russia send its staff on short-term trips to the US the way the Americans do?",
     "We do not engage in this practice, so we are introducing parity on this issue."),
    (FIRE, "Is the federal government's part in wildfires only to put them out?",
     "has to be more than just putting out fires."),
    (TLA, "Does Lamport usually write pseudocode?", "Usually not, but sometimes perhaps pseudocode."),
    (SUGA, "Has Biden let gun violence slip down his priorities?", "I’ve never not prioritized this."),
    (FIRE, "Did Biden present the early fire-detection tools as a full answer?",
     "I know that’s not a full answer but it’s real."),
    (SEED, "Does the UN mission serve Russian-American bilateral relations?",
     "The UN is not an office servicing bilateral relations between the US and Russia and has nothing to do with "
     "bilateral ties."),
    (CALL, "Will the US accept its personnel being targeted?",
     "They will continue to do so, and we cannot and will not accept the targeting of our personnel like this."),
    (TLA, "Can a program that is used a lot be redone from scratch in the real world?",
     "And the real world is, you're not going to go back and start from scratch and redo everything."),
    (SUGA, "Has Biden stopped backing the assault weapons ban?",
     "I’ve never stopped supporting the ban on assault weapons and magazines"),
    (FIRE, "Is the extreme heat only dangerous because it feeds wildfires?",
     "And finally, I want to note that the extreme heat we’re seeing in the West is not only a risk amplifier for "
     "wildfires, it’s a threat in and of itself."),
    (SEED, "Should Russia's staff at the UN mission count toward diplomatic parity?",
     "Therefore, if we want parity, it would be correct not to count our employees with the UN mission"),
    (CALL, "Does Washington want an escalatory cycle with Moscow?",
     "As we take these actions, we also want to be clear that we have no desire to be in an escalatory cycle with "
     "Russia."),
    (TLA, "Can you get a concurrent program right by flying by the seat of your pants?",
     "You're not gonna get it right."),
    (TLA, "Does saying what a program should do tell you how to code it?",
     "That's not telling you anything about coding it."),
    (FIRE, "Are federal firefighters paid enough?",
     "It needs to be, obviously, supporting our firefighters, especially at the federal level, who are not getting "
     "paid enough"),
    (SEED, "Has Moscow managed to settle the other area it long wanted regulated?",
     "We have also wanted to regulate one more area for a long time but to no avail."),
    (CALL, "Has Moscow told Washington whether Putin will attend the proposed meeting in Europe?",
     "The Russians have not responded to that to say whether they will"),
    (TLA, "Is math a main part of the job for programmers trained in the US?",
     "math is part of it, but it's not like a main part of it."),
    (SUGA, "Does Biden back Iran's move to enrich to 60 percent?",
     "We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to 60 "
     "percent."),
    (FIRE, "Does the thermometer care which party you belong to?", "There’s no Republican thermometer, no Democratic "
     "thermometer."),
    (SEED, "Did the US military attaches answer when asked about their unannounced travel?",
     "They simply ignored a question by an authorised representative and said they were not going to deal with this."),
    (CALL, "Should the American people fund the Russian government directly?",
     "There’s no credible reason why the American people should directly fund Russia’s government"),
    (TLA, "Is Lamport the only one who argues for specifications?",
     "I'm not the only person who talks about things, about the need for specifications."),
    (SUGA, "Is it only mass shootings that worry Biden about gun violence?",
     "And it’s not only these mass shootings that are occurring."),
    (FIRE, "Did Biden think he was doing the governors a favour by meeting them?",
     "I’m not doing anybody any favor."),
    (SEED, "Does Russia push its services on Serbia?",
     "We do not force our services on anyone, especially not on our friends."),
    (CALL, "Is the United States the only country facing Russian cyber attacks?",
     "The United States is not alone in facing malicious Russian cyber activity."),
    (TLA, "Does Lamport think of himself as a good teacher?",
     "Now, I do what I can to educate, but as I've said, I'm not that good as a teacher."),
    (SUGA, "Do most gun owners favour selling assault weapons?",
     "The majority of them think we should not be selling assault weapons."),
    (FIRE, "Did anyone foresee how much the country would rely on the military?",
     "how we’re relying on the military in ways we never, ever, ever anticipated."),
    (SEED, "Are the aims of the Americans on short trips to Russia always above board, in Lavrov's view?",
     "with goals that are not always above board."),
    (CALL, "Is the US after escalation with the debt measures?",
     "we’re not looking for escalation; we’re providing a proportionate and tailored response."),
    (TLA, "Has Lamport set a retirement date?",
     "I'm not ready to announce a retirement date, but it's not going to be too far off."),
    (TLA, "Has software advanced by intelligent design?",
     "things have advanced by evolution, and not by intelligent design."),
    (TLA, "Does TLA+ have a language for distribution built in?",
     "I mean, not built into it, but in the sense that there's no language for distribution"),
    (CALL, "Did the officials guess how Russia would respond to the sanctions?",
     "On the first, we’re not going to speculate about what Russia’s responses would be."),
    (TLA, "Does an hour-and-minute clock spec still hold once a second hand is added?",
     "And if they add a second hand to it, it no longer satisfies that specification."),
    (TLA, "Was there a single moment when the bakery algorithm came to Lamport?",
     "There was no moment, other than perhaps that moment that brought back the memory of that bakery"),
    (TLA, "Do processes in a concurrent system stop once they are done?",
     "they're not supposed to stop, they're just supposed to keep doing something."),
    (TLA, "Is the person who keeps tabs on Lamport his official manager?", "I'm not his official manager"),
    (TLA, "Is it obvious to programmers that a method should be usable without reading its code?",
     "but it doesn't seem to be obvious to programmers, because they're not programmers, they're coders."),
    (TLA, "Did Lamport think adding timestamps to messages was a new idea?",
     "And I just assumed that that was a well known idea, that people did that, and sort of not even worth "
     "mentioning"),
    (TLA, "Did Knuth expect so much of TeX's machinery to be hidden from users?",
     "but I'm not sure he expected so much of the underlying tech to be hidden from the user."),
]


def main() -> None:
    batches = {"A": quoted_rows(QUESTIONS[0::2], "A", "yn54", SEED, (3900, 1), lambda: "yn54"),
               "B": quoted_rows(QUESTIONS[1::2], "B", "yn54", SEED, (3910, 41), lambda: "yn54")}
    save_batches(HERE, batches, ids=True)


if __name__ == "__main__":
    main()
