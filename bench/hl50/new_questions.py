"""hl50's batches A and B (captions: the .srt, .vtt and Whisper .json of ../shared/data/transcripts), written by
reading the caption text; each gold is one cue (a Whisper segment), the answering one. Writes bench/hl50/batch-A.jsonl
and batch-B.jsonl; `--append` adds both to bench/questions/real-dev.jsonl.

    .venv/bin/python bench/hl50/new_questions.py [--append]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRT, VTT, JSON = ("i2ml-random-forest-bagging-lecture.srt", "agentic-ai-explained-youtube-captions.vtt",
                  "core-web-vitals-lecture-whisper.json")

A = [
    (SRT, "In the bagging lecture, what are the models an ensemble is built from usually called?",
     "they're usually called base Learners and"),
    (SRT, "What is an ensemble called that always uses the same type of base learner?",
     "there are so-called homogeneous"),
    (SRT, "In the bagging training algorithm, what does capital M count?",
     "many models we want to want to generate"),
    (SRT, "Until when does bagging keep drawing observations for one sample?",
     "so until we have sampled as many as we"),
    (SRT, "How can you see on the slide which points were drawn twice?",
     "see this here through the colors so this"),
    (SRT, "If the base learners give decision scores, how does bagging combine them?",
     "average them as before if you have"),
    (SRT, "Does the lecturer read out the pseudo code of bagging?",
     "code I will really not read that out now"),
    (SRT, "What is the idea behind bagging supposed to reduce?", "the variability of our produtions"),
    (SRT, "How far does a larger ensemble keep helping?",
     "better this usually works up to a point"),
    (SRT, "How does the lecturer describe logistic regression in the spam benchmark?",
     "regression which is a somewhat stable"),
    (VTT, "What kind of assistant does the presenter want to build for his staff?",
     "to build an HR assistant which can"),
    (VTT, "In what form is the HR policy data available?", "you have it available in PDF files you"),
    (VTT, "Which Anthropic document is mentioned at the start?",
     "building effective agents and they"),
    (VTT, "What is the LLM hooked up to in the second version of the HR bot?",
     "integrated LLM with HR management system"),
    (VTT, "What goal is given as an example for the third chatbot?", "such as prepare for Sara's maternity"),
    (VTT, "What does the LLM write when the agent schedules the welcome meeting?",
     "some description on what this meeting is"),
    (VTT, "Where does the agent create the intern's profile?",
     "to create interns profile in HR"),
    (VTT, "Besides tools and knowledge, what else does the agentic system have?",
     "also have a memory. So when you are"),
    (VTT, "For how many days must the weather be sunny on the London trip?",
     "weather is sunny for at least 4 days."),
    (VTT, "Which API for the weather might the travel agent be integrated with?",
     "system, I might have integrated Acue"),
    (JSON, "Which pages does Google want to show to users?",
     "So Google wants to show only those pages that are fast,"),
    (JSON, "Before the core web vitals, what matters first for ranking?", "First of all, content is important."),
    (JSON, "Where was the layout shift video run from?",
     "You see this video here, which I have run from the web.dev website."),
    (JSON, "What did the user in the web.dev video actually want to click?",
     "But the user wanted the order to be incomplete, he wanted to click on no."),
    (JSON, "How low should the CLS be kept?", "That's why our CLS should be as low as possible."),
    (JSON, "What is the biggest part of the example page in the LCP part?",
     "For example, the biggest part in this is this image."),
    (JSON, "Which two kinds of report can Lighthouse be set to?",
     "Then I will click on mobile or I will click on desktop, I will close this tab."),
    (JSON, "How fast could the site load according to Lighthouse's suggestion about images?",
     "Your website can be loaded fast 2.7 seconds."),
    (JSON, "What happens in the browser when width and height are set in the HTML?",
     "When we set width and height in HTML, then it is reserved in the space browser."),
    (JSON, "Does Google like cumulative layout shift?", "Google does not prefer it at all."),
]

B = [
    (SRT, "What is bagging a preliminary version of?", "it's a preliminary version of the random"),
    (SRT, "Which other ensemble methods will come in other parts of the lecture?",
     "boosting like stacking and so on in"),
    (SRT, "What does the lecturer promise to discuss at the end of the bagging session?",
     "discuss at the end of this session where"),
    (SRT, "What does the training algorithm fix before drawing bootstrap samples?",
     "here and we f fix the size of the"),
    (SRT, "What do the learners of a heterogeneous ensemble usually have?",
     "also usually have various degrees of"),
    (SRT, "What can the proportions of hard labels be treated as?", "treat that as a probability estimate for"),
    (SRT, "Why does bagging improve logistic regression and k nearest neighbours only a little?",
     "because they are a bit more stable yeah"),
    (SRT, "With what kind of procedure are neural networks often fitted?", "stochastic radi descent and if you then"),
    (SRT, "Over what do some people bag neural networks without bootstrapping?",
     "do this this even over different seats"),
    (SRT, "How much does bagging help the CART algorithm in the benchmark?", "that improves the result by quite a"),
    (VTT, "Which search can the Nvidia agent be given?",
     "provide duck duck go search and so on."),
    (VTT, "What is one of the common things in an equity research report?", "recommendation is one of the common"),
    (VTT, "Which low code tool does the presenter mention first?", "tools such as Zapier. Here they are"),
    (VTT, "Which tool like Zapier lets you drag and drop?", "N8N where you can do drag and drop"),
    (VTT, "Which chat model does the N8N agent in the demo have?",
     "which has anthropic chat model it has"),
    (VTT, "Which Google model does the presenter show as the Gen AI part?",
     "Google Gemini model. So this model might"),
    (VTT, "What is generative AI about, per the presenter?",
     "generating new data, text, video, images"),
    (VTT, "What is the first of the two real projects the presenter points to?",
     "projects is here. This is a cold email"),
    (VTT, "In the router pattern, where might the chatbot's question be sent?",
     "routed to a technical support team or a"),
    (VTT, "What does the coding agent do when the code it wrote has problems?",
     "it will debug it fix issues again write"),
    (JSON, "Where does the lecturer prefer to dock the inspect panel?",
     "I prefer it down because I am used to looking down from the starting."),
    (JSON, "What accessibility score did the desktop report give?", "100 out of 82 in accessibility."),
    (JSON, "What is the first SEO element shown in the new HTML file?",
     "And after making an HTML file, the first SEO element I want to tell you is title."),
    (JSON, "Which other number does the lecturer write because its digits sit together?",
     "I also write 23 because they are also around."),
    (JSON, "Which device does the lecturer choose in the responsive view first?", "Like in iPhone 12 Pro."),
    (JSON, "What does he say 12 Pro means?", "12 Pro means a big iPhone device."),
    (JSON, "Whose responsibility is it to use or generate the meta description?",
     "So this is the responsibility of the search engine."),
    (JSON, "Why do meta keywords no longer count for SEO?", "Because people abuse it more."),
    (JSON, "What accessibility score does the simple test page get?",
     "Accessibility is also 100."),
    (JSON, "Which website should you visit to learn about all these metrics?", "Then you have to go to web.dev."),
]


def rows(batch: str, items: list, start: int) -> list[dict]:
    return [{"id": f"dev-hl50-{start + i}", "question": q, "transcript": t, "gold_quotes": [g], "answerable": True,
             "category": "hl50-captions", "kind": f"hl50-{batch}"} for i, (t, q, g) in enumerate(items)]


def main() -> None:
    out = {"A": rows("A", A, 1), "B": rows("B", B, 41)}
    for name, batch in out.items():
        (HERE / f"batch-{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in batch))
    if "--append" in sys.argv:
        with open(HERE.parents[1] / "bench" / "questions" / "real-dev.jsonl", "a") as f:
            for batch in out.values():
                f.writelines(json.dumps(r) + "\n" for r in batch)


if __name__ == "__main__":
    main()
