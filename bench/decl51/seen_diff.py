"""decl51: the records of two dev (or fresh4) runs that differ in what a user sees (bench/same_answers.py's `_seen`:
whether answered, the answer line, the note, each citation's place and highlight), by id, on the ids of the first run
(questions added since are left out), set by set.

    .venv/bin/python bench/decl51/seen_diff.py BEFORE AFTER
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.same_answers import _seen  # noqa: E402


def main() -> None:
    before, after = map(Path, sys.argv[1:3])
    for folder in sorted(p for p in before.iterdir() if (p / "results.jsonl").exists()):
        other = after / folder.name / "results.jsonl"
        if not other.exists():
            print(folder.name, "missing in", after)
            continue
        old = {r["id"]: r for r in map(json.loads, (folder / "results.jsonl").read_text().splitlines())}
        new = {r["id"]: r for r in map(json.loads, other.read_text().splitlines())}
        differ = [i for i in old if i in new and _seen(old[i]) != _seen(new[i])]
        print(f"{folder.name}: {len(old)} old records, {len(differ)} differ in what a user sees")
        for i in differ:
            a, b = old[i]["answer"], new[i]["answer"]
            print(f"  {i} answerable={old[i].get('answerable')} answered {a['answerable']} -> {b['answerable']}"
                  f" | note {a.get('note')!r} -> {b.get('note')!r} | {old[i]['question'][:80]}")


if __name__ == "__main__":
    main()
