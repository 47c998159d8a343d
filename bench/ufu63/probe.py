"""ufu63: each row asked as the chat asks it, with what the decline read: whether answered, the wording searched, the
note, the first highlights and every evidence field not at its default. Usage (from a tree's root):
probe.py INDEX ID_REGEX [question files ...] (INDEX: a copy of bench/out/idx-s20/index-shared)."""
import dataclasses
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, ".")
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl",)


def main():
    index, pattern, *files = sys.argv[1:]
    tqa = TranscriptQA(Settings().replace(index_dir=Path(index)))
    for name in files or FILES:
        for line in open(name, encoding="utf-8"):
            row = json.loads(line)
            if not re.search(pattern, row["id"]):
                continue
            a = tqa.ask(row["question"], history=row.get("history") or [])
            print(f"== {row['id']} [{row['category']}] {'ANSWERED' if a.answerable else 'declined'} "
                  f"hist={a.history_used} | {row['history']} || {row['question']}")
            print("   note:", a.note, "| query:", a.query)
            for c in a.citations[:2]:
                print("   hl:", c.transcript[:12], " ".join(c.highlight.split())[:160])
            ev = a.evidence
            if ev is not None:
                out = {}
                for f in dataclasses.fields(ev):
                    v = getattr(ev, f.name)
                    default = f.default if f.default is not dataclasses.MISSING else None
                    if v != default and v not in ((), None, False):
                        out[f.name] = round(v, 3) if isinstance(v, float) else v
                print("   ev:", out)


if __name__ == "__main__":
    main()
