"""post44: the ids of development questions the post reading can touch: a question (or a conversation's turn) with a
run of two to six words that `qa.transcript_facts.post_asked` reads as a post named with a place ("the Oregon
governor", "the prime minister of Japan"). Every path post44 adds starts from that reading (`resolve_source`,
`held_post`, `_post_unnamed`), so any other question is answered as before; these are asked again with
`bench/ask_ids.py` at main and on the branch.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/post44_affected.py FILE... > ids.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.transcript_facts import post_asked  # noqa: E402


def touched(text: str) -> bool:
    tokens = re.findall(r"[\w’'-]+", text)
    return any(post_asked(" ".join(tokens[i:i + n])) for n in range(2, 7) for i in range(len(tokens) - n + 1))


def main() -> None:
    for name in sys.argv[1:]:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            texts = [q.get("question", "")] + [t.get("question", "") for t in q.get("turns") or []]
            texts += [h.get("question", "") if isinstance(h, dict) else str(h) for h in q.get("history") or []]
            if any(touched(t) for t in texts):
                print(q["id"])


if __name__ == "__main__":
    main()
