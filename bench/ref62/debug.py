"""ref62: for conversation rows (ids by a regular expression), the earlier answer's first citation's speaker and what
`conversation.answer_speaker` reads the follow-up as (set QA_DEBUG_ANSWER_SPEAKER to print from inside api)."""
import json, re, sys
from pathlib import Path
from qa.api import TranscriptQA
from qa.config import Settings
import qa.conversation as conv
orig = conv.answer_speaker
def spy(question, context, speaker, named=()):
    out = orig(question, context, speaker, named)
    print(f"   answer_speaker: speaker={speaker!r} named={set(named)} earlier={context.questions[-1]!r} -> {out!r}")
    return out
conv.answer_speaker = spy
conv.ANSWER_SPEAKER = True
tqa = TranscriptQA(Settings(index_dir=Path(sys.argv[2])))
pat = re.compile(sys.argv[3])
for line in open(sys.argv[1]):
    r = json.loads(line)
    if not pat.search(r["id"]):
        continue
    print(r["id"], r["history"], r["question"])
    a = tqa.ask(r["question"], history=r["history"])
    for c in a.citations[:3]:
        print("   cited", c.speaker, c.start_char, c.text[:90].replace("\n", " "))
