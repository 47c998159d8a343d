"""Helpers for writing fdecl44's question batches: the whole cue (captions) or segment (Whisper JSON) holding a phrase,
and a check that every gold quote is found (qa.evaluate.questions.find_quote)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from qa.evaluate.questions import find_quote

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data" / "transcripts"
T = {"suga": "wh-biden-suga-press-conference-2021-04-16.md", "fire": "wh-biden-meeting-western-wildfires-2021-06-30.md",
     "rus": "wh-background-press-call-russia-sanctions-2021-04-15.md", "lav": "lavrov-selakovic-press-conference-2021-04-16.txt",
     "lam": "changelog-552-leslie-lamport-interview.md", "ag": "agentic-ai-explained-youtube-captions.vtt",
     "rf": "i2ml-random-forest-bagging-lecture.srt", "cwv": "core-web-vitals-lecture-whisper.json"}


def text(name: str, seed: bool = False) -> str:
    path = (REPO / "corpus" / name) if seed else SHARED / name
    return path.read_text(encoding="utf-8") if False else open(path, encoding="utf-8", newline="").read()


def units(name: str) -> list[str]:
    raw = text(name)
    if name.endswith(".json"):
        return [s["text"].strip() for s in json.loads(raw)["segments"]]
    out = []
    for block in re.split(r"\n\s*\n", raw.replace("\r\n", "\n")):
        lines = [l for l in block.split("\n") if l.strip() and "-->" not in l and not l.strip().isdigit()
                 and l.strip() != "WEBVTT"]
        if lines:
            out.append(" ".join(l.strip() for l in lines))
    return out


def cue(key: str, phrase: str) -> str:
    hits = [u for u in units(T[key]) if phrase in u]
    if len(hits) != 1:
        raise SystemExit(f"{key}: {phrase!r} in {len(hits)} units")
    return hits[0]


def check(rows: list[dict]) -> None:
    for row in rows:
        seed = row["id"].startswith("seed-")
        body = open((REPO / "corpus" / row["transcript"]) if seed else SHARED / row["transcript"], encoding="utf-8",
                    newline="").read()
        for quote in row.get("gold_quotes", []):
            if not find_quote(body, quote):
                raise SystemExit(f"{row['id']}: not found: {quote[:70]!r}")
