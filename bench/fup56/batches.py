"""Batches A and B of fup56 (written from the transcripts before any run of the system on them): answerable
follow-ups with history over the shared transcripts (a pronoun, an implicit referent, an ellipsis; typed casually or
asked in full), several in recordings whose everyday words ("score", "report", "season", "field") other recordings
say too, where a follow-up searched with its history can draw lower citations from a recording its history never
touched (docs/retrieval.md "fup56"); and switches to another recording (self-contained questions after history:
controls, which must answer as asked alone). Prints the JSON lines; `--check` verifies each gold quote is said
verbatim (whitespace aside).

    .venv/bin/python bench/fup56/batches.py --check
    .venv/bin/python bench/fup56/batches.py A --conv > bench/fup56/A-conv.jsonl      # or B
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.question_batches import (  # noqa: E402
    SANCTIONS_CALL as SAN, WILDFIRES as FIRE, SUGA_PRESS as SUGA, LAMPORT as LAMP, WEB_VITALS as WEB,
    conversation_batch_main)

F, S = "follow-up", "switch"
PRONOUN, IMPLICIT, ELLIPSIS, SWITCH = "pronoun", "implicit", "ellipsis", "switch"
# (id, batch, category, shape, transcript, history, question, gold quotes, reference answer)
ROWS = [
    # ---- batch A (fit: read while the rule is written)
    ("conv-dev-5000", "A", F, PRONOUN, WEB, ["What does CLS stand for in the Core Web Vitals lecture?"],
     "and how do you stop it from happening with images?",
     ["If you put width and height in images, then the layout will not shift."], "Set width and height on images."),
    ("conv-dev-5001", "A", F, ELLIPSIS, WEB, ["What is a good LCP score, according to the lecture?"],
     "what about for the input delay one?", ["your input should start processing in less than 100 milliseconds"],
     "Under 100 milliseconds."),
    ("conv-dev-5002", "A", F, PRONOUN, WEB, ["What tool hidden in Chrome does the web vitals lecture show?"],
     "how do you open it?", ["if you inspect by right-clicking"], "Right-click and inspect."),
    ("conv-dev-5003", "A", F, ELLIPSIS, WEB, ["What score did the desktop Lighthouse report give for performance?"],
     "and for accessibility?", ["100 out of 82 in accessibility"], "82 (said as '100 out of 82')."),
    ("conv-dev-5004", "A", F, IMPLICIT, WEB, ["What does the lecturer say about meta keywords?"],
     "so why did search engines stop counting them", ["Because people abuse it more."], "People abused them."),
    ("conv-dev-5005", "A", F, PRONOUN, WEB, ["Why did the lecturer write lorem 45?"],
     "does he use any other number like that?", ["I also write 23 because they are also around."], "23."),
    ("conv-dev-5006", "A", F, IMPLICIT, LAMP, ["What does Lamport say about debugging tools?"],
     "so what does he tell people to do instead?", ["Get the algorithm right before you code it."],
     "Get the algorithm right before coding it."),
    ("conv-dev-5007", "A", F, PRONOUN, LAMP, ["How does Lamport describe a TLA+ spec?"], "how long can one get?",
     ["It may be hundreds or even thousands of lines long"], "Hundreds or thousands of lines."),
    ("conv-dev-5008", "A", F, PRONOUN, LAMP, ["What is Lamport's current project?"],
     "and what does he hope to do once it's finished?",
     ["I hope to start organizing a set of examples that will help people learn."],
     "Organize a set of examples to help people learn."),
    ("conv-dev-5009", "A", F, ELLIPSIS, SUGA, ["What did Suga say about the Senkaku Islands?"], "what about Okinawa?",
     ["we agreed to promote the realignment of the U.S. forces in Japan"],
     "Realignment of US forces, moving Futenma to Henoko."),
    ("conv-dev-5010", "A", F, PRONOUN, SUGA, ["What joint statement did Biden and Suga release?"],
     "what's it supposed to serve as?", ["which will serve as the guiding post for our alliance in the times ahead"],
     "The guiding post for the alliance."),
    ("conv-dev-5011", "A", F, IMPLICIT, FIRE, ["How many firefighters are already deployed across the region, "
                                               "per Biden?"],
     "and how long does the season usually last?", ["Fire season, traditionally, lasts through October."],
     "Through October."),
    ("conv-dev-5012", "A", F, IMPLICIT, FIRE, ["What did Biden say about federal firefighters' pay?"],
     "is there a bonus on top?", ["provide for additional 10 percent bonuses for those working on the frontlines"],
     "A 10 percent bonus for those on the frontlines."),
    ("conv-dev-5013", "A", F, PRONOUN, SAN, ["When was the previous administration's SolarWinds assessment made?"],
     "what did it say back then?", ["likely of Russian origin"], "Likely of Russian origin."),
    ("conv-dev-5014", "A", F, ELLIPSIS, SAN, ["How many Russian officials is the US expelling?"], "from where?",
     ["from Russia’s Washington, D.C., diplomatic mission"], "Russia's diplomatic mission in Washington."),
    # switches (another recording than the history's)
    ("conv-dev-5015", "A", S, SWITCH, LAMP, ["What is a good LCP score, according to the lecture?"],
     "What does Lamport say he is working on before he retires?", ["after my current project, which is writing a book"],
     "Writing a book."),
    ("conv-dev-5016", "A", S, SWITCH, WEB, ["How does Lamport describe a TLA+ spec?"],
     "What does the Core Web Vitals lecture say a good LCP score is?", ["a good LCP score should be 2.5 seconds"],
     "2.5 seconds."),
    ("conv-dev-5017", "A", S, SWITCH, SUGA, ["What does the web vitals lecture say about meta keywords?"],
     "Which kind of discrimination did Suga say no society can permit?",
     ["discrimination by race cannot be permitted in any societies"], "It cannot be permitted."),
    ("conv-dev-5018", "A", S, SWITCH, FIRE, ["What does the lecture say FID stands for?"],
     "How many firefighters are already deployed across the region, according to Biden?",
     ["There are already about 9,000 firefighters deployed across the region"], "About 9,000."),
    # ---- batch B (confirm: run once after the rule is frozen)
    ("conv-dev-5030", "B", F, IMPLICIT, WEB, ["What does SEO stand for, according to the web vitals lecture?"],
     "which website does he use as the example?", ["Let's take the example of Amazon.in."], "Amazon.in."),
    ("conv-dev-5031", "B", F, IMPLICIT, WEB, ["What happens if you don't put a meta description on your page?"],
     "who decides that then?", ["So this is the responsibility of the search engine."], "The search engine."),
    ("conv-dev-5032", "B", F, PRONOUN, WEB, ["Which iPhone does the lecturer preview the site on?"],
     "why that one and not a newer one?", ["12 Pro means a big iPhone device."], "It stands for a big iPhone."),
    ("conv-dev-5033", "B", F, PRONOUN, WEB, ["What is Lighthouse, according to the lecture?"],
     "which categories does its report show",
     ["Performance, accessibility, best practices, SE and PWA are being shown."],
     "Performance, accessibility, best practices, SEO and PWA."),
    ("conv-dev-5034", "B", F, PRONOUN, WEB, ["What does PWA stand for in the web vitals lecture?"],
     "will they build one in the course?", ["Which we will not make now."], "Not now."),
    ("conv-dev-5035", "B", F, IMPLICIT, WEB, ["What is the first SEO element the lecture covers?"],
     "what makes it good practice?",
     ["If your title is reflecting the content of your page, then this is a very good SEO practice."],
     "A title that reflects the page's content."),
    ("conv-dev-5036", "B", F, PRONOUN, LAMP,
     ["What does Lamport say the box is, when people say think outside the box?"],
     "and how do you get out of it?", ["the way to think outside of that box is to think mathematically"],
     "Think mathematically."),
    ("conv-dev-5037", "B", F, IMPLICIT, LAMP, ["What does Lamport say about the math programmers learned?"],
     "which parts does a spec use?", ["these sets and functions, plus arithmetic"], "Sets, functions and arithmetic."),
    ("conv-dev-5038", "B", F, ELLIPSIS, LAMP, ["Which guest retired from Google at 42, per Jerod?"],
     "ok and the guy who went back to work, how old was he?", ["Steve Yagge just unretired at 54."],
     "Steve Yegge, at 54."),
    ("conv-dev-5039", "B", F, PRONOUN, SUGA, ["What did Suga say about the Tokyo Olympics?"],
     "who is japan listening to on it", ["Japan is listening to and learning from WHO and experts"],
     "The WHO and experts."),
    ("conv-dev-5040", "B", F, ELLIPSIS, SUGA, ["What did Suga say about access to vaccines?"],
     "including for which countries?", ["including access by developing countries"], "Developing countries."),
    ("conv-dev-5041", "B", F, ELLIPSIS, FIRE, ["How many uncontained fires are burning this year, per Biden?"],
     "and last year?", ["21 large, uncontained fires were burning"], "21."),
    ("conv-dev-5042", "B", F, IMPLICIT, FIRE, ["What did Biden say about seasonal firefighters this year?"],
     "what's the plan for next year?", ["permanent positions so — so that when fires aren’t burning"],
     "Make more of those positions permanent."),
    ("conv-dev-5043", "B", F, IMPLICIT, SAN, ["What did the officials say about bounties on U.S. soldiers?"],
     "how confident are they in that?", ["with low to moderate confidence"], "Low to moderate confidence."),
    ("conv-dev-5044", "B", F, ELLIPSIS, SAN, ["How many entities did Treasury sanction over the 2020 election?"],
     "how many for the crimea occupation then",
     ["sanctioned eight individuals and entities associated with Russia’s ongoing occupation"],
     "Eight individuals and entities."),
    # switches
    ("conv-dev-5045", "B", S, SWITCH, WEB, ["How long can a TLA+ spec be?"],
     "What does the Core Web Vitals lecture say FID stands for?", ["Which stands for First Input Delay."],
     "First Input Delay."),
    ("conv-dev-5046", "B", S, SWITCH, LAMP, ["What does LCP stand for in the lecture?"],
     "What does Lamport say about how the math programmers learned was taught?",
     ["the math that you learned hasn't been taught very well"], "Not very well."),
    ("conv-dev-5047", "B", S, SWITCH, SUGA, ["What did Lamport say about Kelsey Hightower?"],
     "What did Suga say about decarbonization at COP26?",
     ["Japan and the U.S. will lead the global decarbonization"], "Japan and the US will lead it."),
    ("conv-dev-5048", "B", S, SWITCH, SAN, ["What did Biden say about the Granite Mountain Hotshots?"],
     "What does the new Russia sanctions executive order provide, according to the officials?",
     ["provides strengthened authorities for the administration to respond to and deter Russia’s harmful foreign "
      "activities"], "Strengthened authorities to respond to and deter Russia."),
]

if __name__ == "__main__":
    conversation_batch_main(ROWS, "fup56")
