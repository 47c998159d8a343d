"""Mean words of the first highlight in two runs of `bench/eval_sets.py`, over every answered question and over those
whose first highlight differs, per set, with the highlight@1 gained and lost (hl57; dev runs only).

    .venv/bin/python bench/hl57/words.py BEFORE AFTER
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def firsts(run: Path) -> dict[str, dict[str, tuple[str, bool]]]:
    out: dict[str, dict[str, tuple[str, bool]]] = {}
    for path in sorted(run.glob("*/results.jsonl")):
        rows = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            cites = rec["answer"].get("citations") or []
            if rec["answer"].get("answerable") and cites:
                rows[rec["id"]] = (cites[0].get("highlight") or "", bool(rec["metrics"].get("highlight@1")))
        out[path.parent.name] = rows
    return out


def main() -> None:
    before, after = firsts(Path(sys.argv[1])), firsts(Path(sys.argv[2]))
    for name in sorted(set(before) & set(after)):
        b, a = before[name], after[name]
        ids = sorted(set(b) & set(a))
        moved = [i for i in ids if b[i][0] != a[i][0]]
        mean = lambda rows, keys: sum(len(rows[i][0].split()) for i in keys) / max(len(keys), 1)  # noqa: E731
        gained = [i for i in ids if a[i][1] and not b[i][1]]
        lost = [i for i in ids if b[i][1] and not a[i][1]]
        print(f"{name}: {len(ids)} first highlights, mean words {mean(b, ids):.2f} -> {mean(a, ids):.2f}; "
              f"{len(moved)} differ ({mean(b, moved):.1f} -> {mean(a, moved):.1f} words on them); "
              f"highlight@1 +{len(gained)} {gained} -{len(lost)} {lost}")


if __name__ == "__main__":
    main()
