"""Whether two evaluation runs answered alike: every record of each set's results.jsonl equal but for its timing.

    .venv/bin/python bench/same_answers.py bench/out/before bench/out/after [--seen]

Compares the sets both runs hold (dev-*, test-*, fresh-* folders), record by record by id, in the same order
(answer, citations, evidence, metrics; `latency_ms` left out); prints each set's count and the first fields that
differ; exits 1 where any differ, 2 where no set is in both. `--seen`: only what a user sees (whether answered, the
answer line, the note, each citation's place and highlight), for runs of code whose evidence fields differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TIMING = frozenset({"latency_ms"})


def _records(path: Path, seen: bool = False) -> list[dict]:
    records = [{k: v for k, v in json.loads(line).items() if k not in TIMING}
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [_seen(r) for r in records] if seen else records


def _seen(record: dict) -> dict:
    answer = record.get("answer") or {}
    return {"id": record.get("id"), "answerable": answer.get("answerable"), "answer": answer.get("answer"),
            "note": answer.get("note"),
            "citations": [{k: c.get(k) for k in ("transcript", "start_char", "end_char", "highlight")}
                          for c in answer.get("citations", [])]}


def _differences(a, b, at: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b)) for d in _differences(a.get(k), b.get(k), f"{at}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _differences(x, y, f"{at}[{i}]")]
    return [] if a == b else [f"{at}: {a!r} != {b!r}"[:300]]


def main(argv: list[str]) -> int:
    seen = "--seen" in argv
    argv = [a for a in argv if a != "--seen"]
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    first, second = map(Path, argv)
    sets = sorted(p.parent.name for p in first.glob("*/results.jsonl")
                  if (second / p.parent.name / "results.jsonl").exists())
    if not sets:
        print(f"no set's results.jsonl in both {first} and {second}", file=sys.stderr)
        return 2
    same_all = True
    for name in sets:
        a, b = _records(first / name / "results.jsonl", seen), _records(second / name / "results.jsonl", seen)
        by_id = {r.get("id"): r for r in b}
        differing = [(x.get("id"), d) for x in a if (d := _differences(x, by_id.get(x.get("id"))))]
        same = [r.get("id") for r in a] == [r.get("id") for r in b] and not differing
        same_all &= same
        print(f"{name}: {len(a)} / {len(b)} records, {len(differing)} differ" + ("" if same else " <-"))
        for qid, diffs in differing[:5]:
            print(f"  {qid}: " + "; ".join(diffs[:3]))
    return 0 if same_all else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
