"""conv53: one line per row of a batch run (results.jsonl): id, register, category, answered or declined, the rank of
the gold, history used, the note; `--diff OTHER` prints only the rows whose decision, rank or note differ."""
import json
import sys


def load(path):
    regs = {}
    for name in ("A", "B"):
        for line in open(f"bench/conv53/{name}.jsonl", encoding="utf-8"):
            r = json.loads(line)
            regs[r["id"]] = r["register"]
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        a = r["answer"]
        out[r["id"]] = (regs.get(r["id"], "-"), r["category"][:8], "ans" if a["answerable"] else "DECL",
                        r.get("first_relevant_rank"), "hist" if a.get("history_used") else "alone",
                        (a.get("note") or "")[:110], r["question"])
    return out


def main():
    rows = load(sys.argv[1])
    other = load(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--diff" else None
    for k, v in rows.items():
        if other is not None and other.get(k)[:6] == v[:6]:
            continue
        print(k, *v[:5], "|", v[6][:60], "|", v[5])
        if other is not None:
            print("   was", *other[k][:5], "|", other[k][5])


if __name__ == "__main__":
    main()
