"""Parse and parse+segment throughput (MB/s) per transcript format.

    .venv/bin/python bench/bench_parse.py [--runs 5] [--mb 1.0] [--no-segment]
    .venv/bin/python bench/bench_parse.py --vs OTHER_CHECKOUT [--rounds 5]   # side by side, in turns

Inputs: a synthetic file of about --mb MB per format (built here from a few speakers' sentences, so every machine
measures the same thing), and the real transcripts in ../shared/data/transcripts where that folder exists.
Segmenting uses the default model's own tokenizer (qa.segment.segment_transcript with Encoder.count_tokens), as
ingest does. Each figure is the median of --runs runs; the machine and the command are printed first. MB/s is file bytes
per second (for DOCX, a zip, the extracted text is much larger than the file: see the text MB column).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# --qa-root DIR: read with the qa package of another checkout (the same inputs), for side-by-side figures
QA_ROOT = sys.argv[sys.argv.index("--qa-root") + 1] if "--qa-root" in sys.argv else str(ROOT)
sys.path.insert(0, str(ROOT))
sys.path.insert(0, QA_ROOT)

from qa.parse import parse_bytes  # noqa: E402
from tests.data.formats.make_office_files import pdf_bytes  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "transcripts"
SENTENCES = [
    "The harbour will reopen to ferries on the first of June after two years of repairs.",
    "Repairs to the north pier cost two point four million euros, a little under the budget.",
    "We expect the night ferries to return in July, once the new crews are trained.",
    "Fares stay as they are this year, and pensioners keep travelling free on weekdays.",
    "The port authority will publish the new timetable next week on its website.",
]
SPEAKERS = ["Ana Silva", "Carlos Reis", "Question"]


def _stamp(seconds: float, sep: str = ",") -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d}{sep}{int(round((s % 1) * 1000)):03d}"


def synthetic(fmt: str, size: int) -> tuple[str, bytes]:
    """A file of about `size` bytes in `fmt`."""
    out, n, t = [], 0, 0.0
    total = 0
    while total < size:
        words = SENTENCES[n % len(SENTENCES)]
        who = SPEAKERS[n % len(SPEAKERS)]
        if fmt == "srt":
            chunk = f"{n + 1}\n{_stamp(t)} --> {_stamp(t + 3)}\n{words}\n\n"
        elif fmt == "vtt":
            chunk = ("WEBVTT\n\n" if n == 0 else "") + f"{_stamp(t, '.')} --> {_stamp(t + 3, '.')}\n<v {who}>{words}\n\n"
        elif fmt == "json":
            chunk = json.dumps({"id": n, "start": t, "end": t + 3, "text": " " + words, "speaker": who,
                                "tokens": list(range(20)), "avg_logprob": -0.2}) + ","
        elif fmt == "txt":
            chunk = f"{who}: {words} {SENTENCES[(n + 1) % 5]}\n\n"
        elif fmt == "md":
            chunk = f"**{who}:** \\[{_stamp(t)[:8]}\\] {words} {SENTENCES[(n + 1) % 5]}\n\n"
        elif fmt == "html":
            chunk = f"<p><strong>{who}:</strong> {words} <em>{SENTENCES[(n + 1) % 5]}</em></p>\n"
        else:
            chunk = f"{who}: {words} {SENTENCES[(n + 1) % 5]}"
        out.append(chunk)
        total += len(chunk)
        n += 1
        t += 3
    if fmt == "json":
        return "synthetic.json", ('{"language": "en", "segments": [' + "".join(out).rstrip(",") + "]}").encode()
    if fmt == "html":
        page = ("<!DOCTYPE html><html><head><title>Harbour</title></head><body><nav><ul><li>Home</li></ul></nav>"
                "<article><h1>Harbour</h1>\n" + "".join(out) + "</article><footer>(c)</footer></body></html>")
        return "synthetic.html", page.encode()
    if fmt == "docx":
        import docx

        document = docx.Document()
        for line in out:
            document.add_paragraph(line)
        buffer = io.BytesIO()
        document.save(buffer)
        return "synthetic.docx", buffer.getvalue()
    if fmt == "pdf":
        return "synthetic.pdf", _pdf(out)
    return f"synthetic.{fmt}", "".join(out).encode()


def _pdf(paragraphs: list[str]) -> bytes:
    """A text-layer PDF of the paragraphs, 50 lines a page (about 90 characters a line)."""
    lines = []
    for paragraph in paragraphs:
        words, line = paragraph.split(), ""
        for word in words:
            if len(line) + len(word) > 90:
                lines.append(line)
                line = ""
            line = f"{line} {word}".strip()
        lines.append(line)
    pages = [lines[i:i + 50] for i in range(0, len(lines), 50)]
    return pdf_bytes(pages)


def median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mb", type=float, default=1.0, help="size of each synthetic file in MB")
    parser.add_argument("--no-segment", action="store_true", help="measure parsing only (no model load)")
    parser.add_argument("--qa-root", help="the checkout whose qa package reads the files")
    parser.add_argument("--json", action="store_true", help="print one JSON line of MB/s per file")
    parser.add_argument("--vs", help="another checkout: run it and this one in turns, --rounds times, and compare")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.vs:
        side_by_side(args)
        return
    if args.json:
        sys.stdout = open(os.devnull, "w")  # the table goes nowhere; the JSON line is printed to the real stdout

    print(f"command: {' '.join([Path(sys.executable).name] + sys.argv)}")
    print(f"machine: nproc={os.cpu_count()}, CPU: {cpu_model()}, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    segment = None
    if not args.no_segment:
        from embeddings.encoder import load_encoder
        from qa.config import Settings
        from qa.segment import segment_transcript

        settings = Settings()
        encoder = load_encoder(settings.model)
        limit = min(settings.max_tokens, encoder.max_tokens)

        def segment(t):
            return segment_transcript(t, encoder.count_tokens, limit, speaker_prefix=settings.embed_speaker,
                                      min_words=settings.min_words)

        print(f"segmenting: {settings.model}, max_tokens={limit}")

    inputs = [synthetic(fmt, int(args.mb * 1e6)) for fmt in ("txt", "md", "srt", "vtt", "json", "html", "docx", "pdf")]
    if SHARED.is_dir():
        inputs += [(p.name, p.read_bytes()) for p in sorted(SHARED.iterdir()) if p.suffix != ".md" or "wh-" in p.name
                   or "changelog" in p.name]
    else:
        print(f"({SHARED} not present: synthetic files only)")

    figures: dict[str, list[float | None]] = {}
    print()
    print("| file | format | file MB | text MB | turns | passages | parse MB/s | parse+segment MB/s |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, data in inputs:
        mb = len(data) / 1e6
        transcript = parse_bytes(data, name, max_bytes=max(len(data) + 1, 20 * 1024 * 1024))
        parse_s = median_seconds(lambda: parse_bytes(data, name, max_bytes=len(data) + 1), args.runs)
        passages, both = "", ""
        if segment:
            passages = str(len(segment(transcript)))
            both_s = median_seconds(lambda: segment(parse_bytes(data, name, max_bytes=len(data) + 1)), args.runs)
            both = f"{mb / both_s:.2f}"
        text_mb = len(transcript.text.encode("utf-8")) / 1e6
        print(f"| {name} | {transcript.format} | {mb:.3f} | {text_mb:.3f} | {len(transcript.turns)} | {passages} | "
              f"{mb / parse_s:.2f} | {both} |")
        figures[name] = [mb / parse_s, mb / both_s if segment else None]
    if args.json:
        sys.__stdout__.write(json.dumps(figures) + "\n")


def side_by_side(args) -> None:
    """This checkout and `args.vs` in turns (A B A B ...), each a fresh process reading every file once; the
    median of each file's MB/s, and the median of the per-round ratios (pairing keeps a ratio fair on a machine
    whose load drifts)."""
    import subprocess

    print(f"command: {' '.join([Path(sys.executable).name] + sys.argv)}")
    print(f"machine: nproc={os.cpu_count()}, CPU: {cpu_model()}, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    extra = ["--no-segment"] if args.no_segment else []
    rounds: list[tuple[dict, dict]] = []
    for _ in range(args.rounds):
        pair = []
        for root in (str(ROOT), args.vs):
            out = subprocess.run([sys.executable, __file__, "--json", "--runs", "1", "--mb", str(args.mb),
                                  "--qa-root", root, *extra], capture_output=True, text=True, check=True)
            pair.append(json.loads(out.stdout.strip().splitlines()[-1]))
        rounds.append((pair[0], pair[1]))
    print(f"\nA = this checkout, B = {args.vs}; median of {args.rounds} rounds\n")
    print("| file | parse MB/s A | parse MB/s B | A/B | parse+segment MB/s A | parse+segment MB/s B | A/B |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in rounds[0][0]:
        cells = [name]
        for k in (0, 1):
            if rounds[0][0][name][k] is None:
                cells += ["", "", ""]
                continue
            a = statistics.median(r[0][name][k] for r in rounds)
            b = statistics.median(r[1][name][k] for r in rounds)
            ratio = statistics.median(r[0][name][k] / r[1][name][k] for r in rounds)
            cells += [f"{a:.2f}", f"{b:.2f}", f"{ratio:.2f}"]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
