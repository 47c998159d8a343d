"""ref62: writes batch A and batch B (conversation follow-ups whose he/she stands for the person an earlier
who/which question's answer gives, and controls whose he/she stands for someone the earlier question names)."""
import json
from pathlib import Path
W = "wh-biden-meeting-western-wildfires-2021-06-30.md"
S = "wh-biden-suga-press-conference-2021-04-16.md"
L = "lavrov-selakovic-press-conference-2021-04-16.txt"
C = "changelog-552-leslie-lamport-interview.md"
A = [  # (id, transcript, history, question, gold, reference)
    (6080, W, "Which governor spoke first?", "what did she ask for?",
     "I would also ask that federal Individual Assistance be approved for disaster mitigation activities for wildfire "
     "just as FEMA recently approved for hurricanes.", "Individual Assistance for wildfire mitigation."),
    (6081, W, "Who answered the Vice President's question about water policy?", "where did he say he was?",
     "federal forests in Klamath and Siskiyou County", "In the federal forests of Klamath and Siskiyou County."),
    (6082, W, "Who spoke right after the President's opening remarks?", "what does she say her brother-in-law does?",
     "My brother-in-law is a California firefighter.", "He is a California firefighter."),
    (6083, W, "Which official told the President the meeting would move shortly?",
     "what did she say they could do once the press left?",
     "If you want to ask any further questions of governors, we can move, with the press departing, and we’ll "
     "continue our discussion.", "Move on, with the press departing, and continue the discussion."),
    (6084, W, "Who said there's no Republican thermometer?", "how hot did he say it got in Palm Springs?",
     "We were 123 down in Palm Springs two days ago", "123 degrees, two days before."),
    (6085, W, "Which governor said her state had four federal disaster declarations?",
     "what cost-share adjustment did she thank them for?",
     "I do want to say thank you for approving our cost-share adjustment related to our 2020 Labor Day wildfires at "
     "100 percent for Oregon", "The 100 percent cost share for the 2020 Labor Day wildfires."),
    (6086, S, "Who invited the Kyodo News reporter to ask a question?", "what did he say about the Olympics?",
     "I expressed my determination to realize the Tokyo Olympics and the Paralympic Games as a symbol of global "
     "unity this summer.", "He is determined to hold them as a symbol of global unity."),
    (6087, S, "Who took the question from Trevor of Reuters?", "what did he say about Iran enriching uranium?",
     "We do not support and do not think it’s at all helpful that Iran is saying it’s going to move to enrich to 60 "
     "percent.", "That it is not helpful and contrary to the agreement."),
    (6088, L, "Who answered the question about a Greater Albania?", "what did he call those statements?",
     "These are unacceptable, provocative and very harmful statements.", "Unacceptable, provocative and harmful."),
    (6089, C, "Who hosts the show?", "which award did he say the guest won?",
     "And a Turing Award winner.", "The Turing Award."),
    (6090, C, "Who says Knuth did all the heavy lifting in building Tex?", "what did he say he built himself?",
     "Just building a macro package on top of it.", "A macro package on top of TeX."),
    (6091, S, "Who opened the press conference?", "what did he say about the sun?",
     "The Prime Minister has brought the sun out, so he can do about anything.",
     "That the Prime Minister brought the sun out."),
]
A_CONTROLS = [
    (6092, W, "Who did Harris say hello to at the wildfire meeting?", "what did she say about her brother-in-law?",
     "My brother-in-law is a California firefighter.", "He is a California firefighter."),
    (6093, W, "Which governors did Newsom thank for mutual aid?", "what did he say about firefighters from Israel?",
     "We had the pleasure of having folks — firefighters — from Israel come because we were that stretched.",
     "Firefighters came from Israel because California was stretched."),
    (6094, C, "Whose typesetting program is LaTeX built on, according to Lamport?",
     "what did he say he did in comparison?",
     "What I did was, in comparison, quite simple... Just building a macro package on top of it.",
     "A simple macro package on top of TeX."),
    (6095, C, "Who did Lamport say separated the ideas from the typesetting?",
     "which system did he use when he started?", "When I started, I used Scribe", "Scribe."),
    (6096, W, "Who is Governor Brown?", "what did she say her state lost last year?",
     "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures.",
     "Nine lives, over 4,000 homes and nearly 2,000 other structures."),
    (6097, C, "Who is Leslie Lamport?", "how does he say LaTeX should be pronounced?",
     "You might want to try that again and pronounce it either LayTech or LaTec.", "LayTech or LaTec."),
]
B = [
    (6100, W, "Which governor talked about the Good Neighbor Authority?", "what did she say it reduces?",
     "It creates jobs, creates healthy landscapes, and reduces wildfire risk.", "Wildfire risk."),
    (6101, W, "Who said they had waited four and a half years to hear a President say that?",
     "how many lightning strikes did he mention?", "But that led to 12,000 lightning strikes in 24 hours",
     "12,000 in 24 hours."),
    (6102, W, "Who asked the governors what we are learning with each wildfire season?",
     "what did she ask about water?",
     "On the issue of water policy, what kind of resources do you need that are also preventative as well as "
     "reactive to the wildfires themselves?", "What preventative and reactive resources they need on water policy."),
    (6103, W, "Who said training the National Guard before fire season was extremely helpful?",
     "who did she say she could see on the call?", "and I see Chief Christiansen there", "Chief Christiansen."),
    (6104, S, "Who invited the Sankei reporter to ask a question?", "what did he say they exchanged views on?",
     "As we engaged in an exchange of", "Views on China, among other things."),
    (6105, S, "Who recognized the Associated Press for the first question?", "who did he say had brought the sun out?",
     "The Prime Minister has brought the sun out, so he can do about anything.", "The Prime Minister."),
    (6106, L, "Who answered the question about Ushakov's response measures?",
     "what did he say the ambassador is doing?",
     "Anatoly Antonov continues consultations.", "Antonov continues consultations."),
    (6107, L, "Who answered the question about the Russian ambassador in Belgrade?",
     "does he say Russia imposes anything?", "We do not impose anything.", "No: Russia imposes nothing."),
    (6108, C, "Who talks about the paper by Paul Johnson and Robert Thomas?", "what did he say they added to messages?",
     "they added timestamps to the messages", "Timestamps."),
    (6109, C, "Who asked whether LaTeX is still the majority tool?", "how does he describe himself?",
     "Well, as a working software developer, I've definitely heard of it.", "As a working software developer."),
]
B_CONTROLS = [
    (6110, W, "Who did Newsom say he called for resources last year?", "which countries did he call?",
     "We were calling folks in Australia.", "Australia and Canada."),
    (6111, S, "Who is Prime Minister Suga?", "what did he say about the Olympics?",
     "I expressed my determination to realize the Tokyo Olympics and the Paralympic Games as a symbol of global "
     "unity this summer.", "He is determined to hold them as a symbol of global unity."),
    (6112, C, "Which program did Lamport say LaTeX is built on?", "does he think LaTeX is still the standard?",
     "At least it's still the standard", "Yes, in math and physics at least."),
    (6113, W, "Who is Governor Newsom?", "which fire did he say was a few miles away?",
     "the Lava Fire, which is a few miles away from me", "The Lava Fire."),
    (6114, S, "Which news organization did Biden recognize first?", "who did he say had the first question?",
     "Aamer, you have the first question.", "Aamer of the AP."),
]


def rows(items, kind):
    return [{"id": f"conv-dev-{i}", "question": q, "transcript": t, "history": [h], "gold_quotes": [g],
             "reference_answer": ref, "category": "follow-up", "kind": kind} for i, t, h, q, g, ref in items]


if __name__ == "__main__":
    here = Path(__file__).parent
    batches = {"A": rows(A, "ref62-A") + rows(A_CONTROLS, "ref62-A-control"),
               "B": rows(B, "ref62-B") + rows(B_CONTROLS, "ref62-B-control")}
    for name, found in batches.items():
        (here / f"batch-{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found),
                                                  encoding="utf-8")
