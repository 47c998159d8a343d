"""rank65, step 1d: the asked kind (count, name, date, place, reason) read on each citation's best unit (or that
unit and the one after it) only: among citations 2..3, the first whose unit holds the kind asked where [1]'s does
not, its score at least SHARE of [1]'s, moved first (simulated on `units.py`'s output).

    PYTHONPATH=. python bench/rank65/kinds.py bench/out/r65-units.jsonl [--list KIND]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

from qa.cite import holds_kind

ASKED = [("count", re.compile(r"\bhow (many|much)\b", re.I)),
         ("date", re.compile(r"^\s*when\b|\bwhat (year|date|day|month)\b|\bwhich (year|date|day|month)\b", re.I)),
         ("place", re.compile(r"^\s*where\b|\bwhich (city|country|place)\b", re.I)),
         ("name", re.compile(r"^\s*(who|whom|whose)\b|\bwhich (person|company|official|leader)\b", re.I)),
         ("reason", re.compile(r"^\s*(why|how come)\b", re.I))]
_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred|thousand|million|billion|dozen|half|several)\b", re.I)
_DATE = re.compile(r"\b(1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                   r"tomorrow|ago|last (year|week|month)|next (year|week|month))\b")
_PLACE = re.compile(r"\b(in|at|to|from) (the )?[A-Z][a-z]+")
_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]+")


def holds(kind, text):
    if kind == "count":
        return bool(_NUMBER.search(text))
    if kind == "date":
        return bool(_DATE.search(text))
    if kind == "place":
        return bool(_PLACE.search(text))
    if kind == "name":
        return bool(_NAME.search(text.strip()))
    return bool(holds_kind("reason", [text])[0])


def asked(question):
    return next((k for k, p in ASKED if p.search(question)), None)


def main(path: str, listing: str | None) -> None:
    rows = [json.loads(line) for line in open(path)]
    for reading in ("best", "best+after"):
        for share in (0.0, 0.8, 0.9, 0.95):
            count = Counter()
            for r in rows:
                kind = asked(r["question"])
                if kind is None:
                    continue
                cs = r["cites"]

                def text(c):
                    return c["best"] + (" " + c["after"] if reading == "best+after" else "")
                if holds(kind, text(cs[0])):
                    continue
                for i, c in enumerate(cs[1:3], 1):
                    if c["score"] >= share * cs[0]["score"] and holds(kind, text(c)):
                        tag = "seed" if r["set"] == "dev-seed" else "real"
                        if not (r["answerable"] and r["has_gold"]) or r["declined"]:
                            break
                        k = "+" if c["gold"] and not cs[0]["gold"] else "-" if cs[0]["gold"] and not c["gold"] else "="
                        count[(kind, tag, k)] += 1
                        if listing == kind and k != "=" and share == 0.9:
                            print(reading, k, r["id"], r["question"][:80], "||", text(cs[0])[:80], "||", text(c)[:80])
                        break
            print(reading, share, " ".join(f"{kind}:s{count[(kind, 'seed', '+')]}-{count[(kind, 'seed', '-')]}"
                                          f"/r{count[(kind, 'real', '+')]}-{count[(kind, 'real', '-')]}"
                                          for kind, _ in ASKED))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[3] if len(sys.argv) > 3 else None)
