"""Cross a form of follow-up with where its gold ranks with its history and asked alone (long61): for each form, over
the answerable follow-ups of a conversations results.jsonl (by the number of earlier questions, 1 or 2+), how many a
rule "search it alone" would gain (a miss whose alone rank is within the first three) and lose (a hit whose alone
rank is not).   python bench/long61/forms.py RESULTS.jsonl"""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.long61.classes import rank  # noqa: E402
from qa import conversation as cv  # noqa: E402
from qa.conversation import content_stems  # noqa: E402


def forms(question, history):
    own = content_stems(question) - frozenset().union(*(content_stems(h) for h in history))
    opener = bool(cv._OPENER.search(question))
    pronoun = bool(cv._PRONOUN.search(question)) or bool(cv._THIS_OR_THAT.search(question))
    out = {"all"}
    if opener:
        out.add("opener")
        if not pronoun:
            out.add("opener-nopron")
            if own:
                out.add("opener-nopron-own")
    if own and not pronoun:
        out.add("nopron-own")
    if len(own) >= 2:
        out.add("own2")
    return out


def main():
    tab = collections.Counter()
    for line in open(sys.argv[1], encoding="utf-8"):
        r = json.loads(line)
        if r["category"] != "follow-up" or not r["answerable"] or not r["history"]:
            continue
        alone = r.get("asked_alone") or {}
        ark = rank(alone.get("citations", []) if alone.get("answerable") else [], r)
        rk = r["first_relevant_rank"]
        hit, ahit = rk is not None and rk <= 3, ark is not None and ark <= 3
        h = "h1" if len(r["history"]) == 1 else "h2+"
        for f in forms(r["question"], r["history"]):
            tab[(f, h, "n")] += 1
            tab[(f, h, "gain")] += (not hit) and ahit
            tab[(f, h, "loss")] += hit and not ahit
    for f in sorted({k[0] for k in tab}):
        print(f"{f:20}", "  ".join(f"{h}: n {tab[(f, h, 'n')]:4} gain {tab[(f, h, 'gain')]:3} "
                                   f"loss {tab[(f, h, 'loss')]:3}" for h in ("h1", "h2+")))


if __name__ == "__main__":
    main()
