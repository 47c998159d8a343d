"""acr58: how many rows with history have an earlier question whose read text (`TranscriptQA._read`: names cased,
typing mended, compounds and acronyms read) differs from its typed text, and how many of those read otherwise when
read once more (before acr58 such a row's follow-up asked its earlier question again from its read text, read it a
second time and found no earlier answer). Reads only; asks nothing but one warm-up question per index.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/acr58_reads.py [--index bench/out/idx-s20] [question files ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "bench/questions/casual-dev.jsonl",
         "bench/questions/decline-dev.jsonl", "qa/data/seed_questions.jsonl",
         "bench/questions/conversations-fresh4.jsonl")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=FILES)
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "idx-s20")
    args = parser.parse_args(argv)
    rows: dict[str, list[dict]] = {"seed": [], "shared": []}
    for name in args.files:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("history"):
                rows["seed" if "seed_questions" in name else "shared"].append(row)
    for kind, found in rows.items():
        copy = Path(tempfile.mkdtemp()) / f"index-{kind}"
        shutil.copytree(args.index / f"index-{kind}", copy)
        tqa = TranscriptQA(Settings().replace(index_dir=copy))
        kept = {}
        reader = tqa._read

        def reading(typed, store, corpus, transcripts, kept=kept, reader=reader):
            kept.setdefault("args", (store, corpus, transcripts))
            return reader(typed, store, corpus, transcripts)

        tqa._read = reading
        tqa.ask("What was said?")
        store, corpus, transcripts = kept["args"]
        differ, twice = [], []
        for row in found:
            once = [tqa._read(h.strip(), store, corpus, transcripts) for h in row["history"]]
            again = [tqa._read(h, store, corpus, transcripts) for h in once]
            if once != [h.strip() for h in row["history"]]:
                differ.append(row["id"])
            if again != once:
                twice.append(row["id"])
                print(row["id"], "|", " / ".join(once), "->", " / ".join(a for a, o in zip(again, once) if a != o))
        print(f"{kind}: {len(found)} rows with history; read text differs from typed in {len(differ)}; "
              f"read otherwise a second time in {len(twice)}: {' '.join(twice)}")


if __name__ == "__main__":
    main()
