"""Fuzz every parser: N mutated inputs each; any exception but ParseError is a crash (issue 13).

    .venv/bin/python bench/fuzz_parsers.py [--per-parser 2000] [--seed 13]

Inputs, from a seeded random generator (the same inputs on every machine): random bytes; random text; and, most
of them, mutations of this repository's format test files (tests/data/formats): bytes flipped, inserted, deleted
or repeated, lines shuffled, dropped, repeated or cut, blank lines and white space added or removed, the file cut
short, control characters put in. A DOCX is also mutated inside its zip (its document.xml), a PDF inside its
content. Each input goes to its format's parser through `qa.parse.parse_bytes`; the outcome is a Transcript, a
ParseError (a refusal with a message), or a crash, counted per parser with the slowest input's time.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import platform
import random
import sys
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.errors import ParseError  # noqa: E402
from qa.parse import parse_bytes  # noqa: E402

FORMATS = ROOT / "tests" / "data" / "formats"
PARSERS = {"text": (".txt", ".md"), "srt": (".srt",), "vtt": (".vtt",), "whisper": (".json",),
           "html": (".html",), "docx": (".docx",), "pdf": (".pdf",)}
SOUP = ["", " ", "\t", "   ", "WEBVTT", "NOTE", "-->", "00:00:01,000 --> 00:00:02,000", "00:01.000 --> 00:02.000",
        "1", "<v Ann>", "<c", "</i>", "&amp;", "[SPEAKER_00]:", ">> ANNA:", "Q:", "**Bob:**", "{", "}", "\x00",
        "\ufeff", "<p>", "</div>", "<div>" * 50, "---", "# Title", "[00:00:05]"]


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not data:
            data += bytes([rng.randrange(256)])
        op = rng.randrange(6)
        i = rng.randrange(len(data))
        if op == 0:
            data[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del data[i:i + rng.randint(1, 16)]
        elif op == 3:
            data[i:i] = data[i:i + rng.randint(1, 64)] * rng.randint(1, 20)
        elif op == 4:
            data = data[:i]
        else:
            data[i:i] = rng.choice([b"\x00", b"\r", b"\n\n", b"\x1b", b"\x7f", b"\xff\xfe"])
    return bytes(data)


def mutate_lines(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(7)
        i = rng.randrange(len(lines) + 1)
        if op == 0 and len(lines) > 1:
            rng.shuffle(lines)
        elif op == 1 and lines:
            del lines[min(i, len(lines) - 1)]
        elif op == 2 and lines:
            lines[i:i] = [lines[min(i, len(lines) - 1)]] * rng.randint(1, 5)
        elif op == 3:
            lines.insert(i, rng.choice(["", " ", "\t", "   "]))
        elif op == 4:
            lines = [line for line in lines if line.strip()] if rng.random() < 0.5 else lines
        elif op == 5:
            lines.insert(i, rng.choice(SOUP))
        elif lines:
            j = min(i, len(lines) - 1)
            lines[j] = lines[j] + rng.choice([" ", "\t", "  "])
    return ("\r\n" if rng.random() < 0.2 else "\n").join(lines)


def mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """A DOCX with its document.xml mutated (bytes or lines), zipped again."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "word/document.xml":
                body = (mutate_bytes(body, rng) if rng.random() < 0.5
                        else mutate_lines(body.decode("utf-8", "replace").replace("><", ">\n<"), rng).encode())
            target.writestr(info.filename, body)
    return out.getvalue()


def seeds_of(suffixes: tuple[str, ...]) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(FORMATS.iterdir()) if p.suffix in suffixes]


def fuzzed(parser: str, count: int, rng: random.Random):
    """(name, bytes) of `count` inputs for `parser`."""
    suffixes = PARSERS[parser]
    seeds = seeds_of(suffixes)
    for k in range(count):
        suffix = suffixes[k % len(suffixes)]
        roll = rng.random()
        if roll < 0.1:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 600)))
        elif roll < 0.2:
            data = "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000), 10, 0]))
                           for _ in range(rng.randint(0, 400))).encode("utf-8", "surrogatepass")
        else:
            name, seed = rng.choice(seeds)
            suffix = Path(name).suffix
            if suffix == ".docx" and rng.random() < 0.7:
                data = mutate_zip(seed, rng)
            elif suffix in (".docx", ".pdf") or rng.random() < 0.4:
                data = mutate_bytes(seed, rng)
            else:
                data = mutate_lines(seed.decode("utf-8", "replace"), rng).encode("utf-8")
        yield f"fuzz{k}{suffix}", data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-parser", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # it logs every damaged object it skips
    print(f"command: python {' '.join(sys.argv)}")
    print(f"machine: nproc={os.cpu_count()}, Python {platform.python_version()}, {platform.system()} {platform.release()}")
    print()
    print("| parser | inputs | transcripts | refused (ParseError) | crashes | slowest input (s) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    totals = [0, 0, 0, 0]
    first_crashes = []
    for parser_name in PARSERS:
        rng = random.Random(f"{args.seed}-{parser_name}")
        counts = [0, 0, 0, 0]
        slowest = 0.0
        for name, data in fuzzed(parser_name, args.per_parser, rng):
            counts[0] += 1
            started = time.perf_counter()
            try:
                parse_bytes(data, name)
                counts[1] += 1
            except ParseError:
                counts[2] += 1
            except Exception:  # any other exception is a crash: what this bench counts
                counts[3] += 1
                if len(first_crashes) < 5:
                    first_crashes.append(f"{parser_name} {name}: {traceback.format_exc().splitlines()[-1]}")
            slowest = max(slowest, time.perf_counter() - started)
        totals = [a + b for a, b in zip(totals, counts)]
        print(f"| {parser_name} | {counts[0]:,} | {counts[1]:,} | {counts[2]:,} | {counts[3]} | {slowest:.2f} |",
              flush=True)
    print(f"| all | {totals[0]:,} | {totals[1]:,} | {totals[2]:,} | {totals[3]} | |")
    for crash in first_crashes:
        print("crash:", crash)


if __name__ == "__main__":
    main()
