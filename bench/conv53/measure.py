"""conv53: classify a run's conversation turns (follow-up misses at Hit@3, answerable turns declined, unanswerable
follow-ups answered) by how the turn was read (history used or not) and the note / rule behind the decision, and by
the register of the turn's form (cause, purpose, condition, risk, superlative, reaction, criticism, prediction,
praise, gist; a rough pattern, for counting only)."""
import argparse
import collections
import json
import re

REGISTERS = {
    "cause": r"\b(why|what (?:caused|sparked|started|triggered|prompted|led to|set off)|what'?s behind|reason|cause)\b",
    "purpose": r"\b(purpose|aim|goal|point of|objective|meant (?:to|for)|intended|what (?:is|was|are) .* for\??$)",
    "condition": r"\b(under what|what terms|conditions?|circumstances|what (?:must|has to|needs to) happen|if\b)",
    "risk": r"\b(risks?|dangers?|hazards?|threats?|perils?|warn|worr)",
    "superlative": r"\b(\w+est|most|least|biggest|best|worst)\b",
    "reaction": r"\b(respond|responded|react|reacted|reaction|response)\b",
    "criticism": r"\b(object|objected|criticiz|criticis|complain|disagree|push back|pushed back|fault)",
    "prediction": r"\b(expect|predict|forecast|anticipat|foresee|will happen|going to happen)",
    "praise": r"\b(thank|thanked|praise|praised|credit|credited|commend|applaud)",
    "gist": r"\b(main point|gist|takeaway|key point|bottom line|sum up|summar|main message|in short)",
}


def register(q):
    return [k for k, p in REGISTERS.items() if re.search(p, q, re.IGNORECASE)] or ["-"]


def rule(rec):
    a = rec["answer"]
    note = a.get("note") or ""
    return re.sub(r"'[^']*'|\"[^\"]*\"|\b[A-Z][a-z]+\b", "X", note)[:70]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(x) for x in open(args.results)]
    classes = collections.defaultdict(list)
    for r in rows:
        if not r.get("history"):
            continue
        a = r["answer"]
        cat = r["category"]
        if r["answerable"] and not a["answerable"]:
            classes["answerable declined (%s)" % cat].append(r)
        elif r["answerable"] and cat == "follow-up" and not r["metrics"].get("hit@3"):
            classes["follow-up miss@3"].append(r)
        elif not r["answerable"] and a["answerable"] and "follow" in cat:
            classes["unanswerable follow-up answered"].append(r)
    for name, rs in classes.items():
        print(f"== {name}: {len(rs)}")
        by = collections.Counter(("hist" if r["answer"].get("history_used") else "alone") for r in rs)
        print("   read:", dict(by))
        regs = collections.Counter(g for r in rs for g in register(r["question"]))
        print("   register:", dict(regs))
        notes = collections.Counter(rule(r) for r in rs)
        for n, c in notes.most_common(12):
            print(f"   {c:4d}  {n}")
        if args.show:
            for r in rs:
                if register(r["question"]) != ["-"]:
                    print("     ", r["id"], register(r["question"]), "|", r["question"][:80], "|",
                          (r["answer"].get("note") or "")[:90], "| rank", r.get("first_relevant_rank"))
    # the same counts over all turns in the ten registers
    tot = collections.Counter()
    for r in rows:
        if r.get("history"):
            for g in register(r["question"]):
                tot[(g, r["category"])] += 1
    print("turns with history by register and category:", dict(sorted(tot.items())))


if __name__ == "__main__":
    main()
