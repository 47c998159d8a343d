"""Time and peak memory of parsing and segmenting hostile or unusual files (issue 13, point 2).

    .venv/bin/python bench/hostile_files.py [--scale 1.0] [--timeout 240] [--only srt,html,...]

Each file is generated here (the same bytes on every machine) and read in a child process that parses it
(`qa.parse.parse_bytes`) and does everything ingest does before embedding: `segment_transcript` with the
default model's tokenizer, `group_sections`, `embedding_texts`, and the sentence units of every passage
(`sentence_units`, which the citations use). The parent reports wall time and the child's peak RSS (the
model's tokenizer and Python take about 0.5 GB of it), or the timeout, or the one-line refusal.
`--scale 0.25,0.5,1` runs each file at several sizes, to show how time grows with size.

| file | what it stresses |
| --- | --- |
| cues.srt | 100,000 cues of one speaker: one turn of 100,000 pieces |
| nested.html | 100,000 nested `<div>`s: every block's descendants searched |
| no-stops.txt | 10 MB of words with no sentence end: one sentence, one paragraph |
| paragraphs.docx | 2,000,000 empty-ish paragraphs: a 255 KB zip that unzips to hundreds of MB |
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("srt", "html", "txt", "docx")
FULL = {"srt": 100_000, "html": 100_000, "txt": 10_000_000, "docx": 2_000_000}
WORDS = ("harbour ferry pier timetable council budget repairs crews night fares weekday pensioners website "
         "authority reopen summer").split()


def _stamp(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def make(kind: str, n: int) -> tuple[str, bytes]:
    """The hostile file of `kind` with `n` units (cues, divs, bytes, paragraphs)."""
    if kind == "srt":
        cues = [f"{i + 1}\n{_stamp(i * 2000)} --> {_stamp(i * 2000 + 1900)}\n{WORDS[i % 16]} {WORDS[(i * 7) % 16]} "
                f"{WORDS[(i * 3) % 16]} and {WORDS[(i * 5) % 16]}\n\n" for i in range(n)]
        return "cues.srt", "".join(cues).encode()
    if kind == "html":
        body = "<div>" * n + "<p>The harbour reopens in June.</p>" + "</div>" * n
        return "nested.html", f"<!DOCTYPE html><html><body>{body}</body></html>".encode()
    if kind == "txt":
        line = " ".join(WORDS) + " "
        return "no-stops.txt", (line * (n // len(line) + 1))[:n].encode()
    if kind == "docx":
        return "paragraphs.docx", _docx(n)
    raise ValueError(kind)


def _docx(paragraphs: int) -> bytes:
    """A minimal DOCX (what python-docx needs to open it) whose body holds `paragraphs` short paragraphs;
    deflate makes the repeats tiny."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "<w:p><w:r><w:t>a</w:t></w:r></w:p>" * paragraphs
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body>'
                              "</w:document>"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return buffer.getvalue()


def child(kind: str, n: int) -> None:
    """Parse and segment one generated file; print what came of it as JSON."""
    sys.path.insert(0, str(ROOT))
    from embeddings.encoder import load_encoder
    from qa.config import Settings
    from qa.errors import TqaError
    from qa.parse import parse_bytes
    from qa.segment import embedding_texts, group_sections, segment_transcript, sentence_units

    settings = Settings()
    encoder = load_encoder(settings.model)
    limit = min(settings.max_tokens, encoder.max_tokens)
    name, data = make(kind, n)
    started = time.perf_counter()
    try:
        t = parse_bytes(data, name, max_bytes=int(settings.max_upload_mb * 1e6))
        parsed = time.perf_counter()
        passages = segment_transcript(t, encoder.count_tokens, limit, speaker_prefix=settings.embed_speaker,
                                      min_words=settings.min_words)
        passages, _ = group_sections(t, passages, settings.section_words)
        embedding_texts(t, passages, speaker_prefix=settings.embed_speaker, context_words=settings.context_words,
                        min_words=settings.min_words)
        units = sum(len(sentence_units(t.turns[p.turn_index], p)) for p in passages)
        result = {"parse_s": parsed - started, "passages": len(passages), "units": units,
                  "turns": len(t.turns), "warnings": len(t.warnings)}
    except TqaError as exc:
        result = {"refused": str(exc)}
    result.update(seconds=time.perf_counter() - started, mb=len(data) / 1e6)
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="1", help="comma-separated fractions of the full sizes")
    parser.add_argument("--only", default=",".join(KINDS))
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds before a child is killed")
    parser.add_argument("--memory-gb", type=float, default=4.0, help="address-space cap of each child")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    print(f"command: {' '.join([Path(sys.executable).name] + sys.argv)}")
    print(f"machine: nproc={os.cpu_count()}, Python {platform.python_version()}, {platform.system()} "
          f"{platform.release()}")
    print()
    print("| file | units | file MB | outcome | seconds | peak RSS MB |")
    print("| --- | ---: | ---: | --- | ---: | ---: |")
    for kind in args.only.split(","):
        for scale in (float(s) for s in args.scale.split(",")):
            n = int(FULL[kind] * scale)
            r = _measure(kind, n, args.timeout, args.memory_gb)
            name, data = make(kind, n)
            if "timeout" in r:
                outcome = f"killed after {r['timeout']:.0f} s"
            elif "refused" in r:
                outcome = f"refused: {r['refused']}"
            elif "crash" in r:
                outcome = f"crashed: {r['crash']}"
            else:
                outcome = f"{r['passages']} passages, {r['units']} units"
            seconds = r.get("seconds", r["wall_s"])
            print(f"| {name} | {n:,} | {len(data) / 1e6:.3f} | {outcome} | {seconds:.1f} | "
                  f"{r['peak_rss_mb']:.0f} |", flush=True)


def _measure(kind: str, n: int, timeout: float, memory_gb: float) -> dict:
    """Run `child` in a process of its own under a memory cap: what it printed, its wall time and its own
    peak RSS (from wait4). `seconds` is the child's time from the bytes to the last sentence unit (the model
    load left out); after a timeout it is the wall time."""
    def cap() -> None:
        limit = int(memory_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", kind, str(n)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, preexec_fn=cap)
    out, err, timed_out = b"", b"", False
    deadline = started + timeout
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    sel.register(proc.stderr, selectors.EVENT_READ)
    open_streams = 2
    while open_streams:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            proc.kill()
            timed_out = True
            break
        for key, _ in sel.select(timeout=min(remaining, 1.0)):
            chunk = os.read(key.fileobj.fileno(), 65536)
            if not chunk:
                sel.unregister(key.fileobj)
                open_streams -= 1
            elif key.fileobj is proc.stdout:
                out += chunk
            else:
                err = (err + chunk)[-4000:]
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    lines = [line for line in out.decode().splitlines() if line.startswith("{")]
    if timed_out:
        result = {"timeout": timeout}
    elif lines:
        result = json.loads(lines[-1])
    else:
        result = {"crash": (err.decode(errors="replace").strip().splitlines() or ["?"])[-1][:200]}
    result["wall_s"] = wall
    result["peak_rss_mb"] = usage.ru_maxrss / 1024
    return result


if __name__ == "__main__":
    main()
