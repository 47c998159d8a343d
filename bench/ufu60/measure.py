"""ufu60: follow-ups asking the names of what the conversation points back at, over a run's dev conversations.

Usage: measure.py RESULTS.jsonl  -- lists each such follow-up (answerable or not), whether it was answered, searched
with history, and whether its first citation's highlight (with the sentence after it) says a name the conversation
does not."""
import json
import re
import sys

FORM = re.compile(r"\b(?:what|who)\s+(?:are|were|is|was)\s+(?:their|its|his|her|the)\s+names?\b|"
                  r"\bwhat\s+(?:are|were|is|was)\s+(?:they|those|these|it|that|those\s+\w+|these\s+\w+)\s+called\b|"
                  r"^\W*(?:(?:and|so|ok)\W+)?which\s+ones\b|^\W*(?:(?:and|so|ok)\W+)?who\s+(?:are|were)\s+(?:they|those"
                  r"|these)\b|\bwhich\s+\w+\s+are\s+(?:those|these|they)\b|\bnames?\s+of\s+(?:those|these|them|the)\b|"
                  r"\b(?:does|did)\s+(?:it|the\s+\w+|he|she|they)\s+have\s+a\s+name\b|\bname\s+(?:them|those|any)\b",
                  re.IGNORECASE)


def main():
    rows = [json.loads(line) for line in open(sys.argv[1])]
    for r in rows:
        if not r.get("history") or not FORM.search(r["question"]):
            continue
        a = r["answer"]
        cite = a["citations"][0] if a["citations"] else {}
        print(r["id"], "ANS" if r["answerable"] else "UNANS", "answered" if a["answerable"] else "declined",
              "H" if a.get("history_used") else "A", "rank", r.get("first_relevant_rank"), "|", r["history"][-1][:60],
              "||", r["question"], "||", (cite.get("highlight") or "")[:150].replace("\n", " "))


if __name__ == "__main__":
    main()


SENT = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"[A-Za-z][\w'’\-]*")
CALLED = re.compile(r"\b(?:called|named|titled|known\s+as|name\s+is)\b", re.IGNORECASE)


def new_names(text: str, said: set[str]) -> list[str]:
    """Capitalised words after each sentence's first that the conversation does not say (lower-cased)."""
    out = []
    for sentence in SENT.split(text):
        words = WORD.findall(sentence)
        for w in words[1:]:
            if w[:1].isupper() and w != "I" and w.lower().strip("'’s") not in said:
                out.append(w)
    return out


def variants(r):
    said = {w.lower() for q in [*r["history"], r["question"]] for w in WORD.findall(q)}
    a = r["answer"]
    cites = a["citations"]
    if not cites:
        return None
    def hl(c):
        text, h = c["text"], c.get("highlight") or ""
        i = text.find(h)
        rest = SENT.split(text[i + len(h):].strip(), maxsplit=1)[0] if i >= 0 else ""
        return h + " " + rest
    return {"hl1": new_names(hl(cites[0]), said), "hl3": new_names(" ".join(hl(c) for c in cites[:3]), said),
            "answer": new_names(a["answer"] or "", said), "called": bool(CALLED.search(hl(cites[0])))}


if __name__ == "__main__" and len(sys.argv) > 2:
    for line in open(sys.argv[1]):
        r = json.loads(line)
        if r.get("history") and FORM.search(r["question"]) and r["answer"]["answerable"]:
            print(r["id"], "ANS" if r["answerable"] else "UNANS", r["answer"]["history_used"], variants(r))
