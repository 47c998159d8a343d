"""How many subtitle files from other projects' test suites we read as those projects expect (issue 14).

    .venv/bin/python bench/formats_peers.py [--peers ../shared/data/formats-peers] [--all]

For every fixture under the peers folder the expected parse is a list of cues (start, end, words) or "refused",
taken from, in this order:
- vtt.js: its expectation JSON for the file (named in its test.js), the words from the `-proc.json` display text;
- webvtt-py: the claims of its test file (a refusal, a count, a cue's text or times), the cue list from
  webvtt-py itself (the version installed here) where its tests say less;
- mantas-done/subtitles: the cues its PHP tests `add()` for the file;
- otherwise (files no test names): the `srt` library's parse for SubRip, webvtt-py's for WebVTT.
Cues without words are left out (nothing of them can be indexed). Our parse is the pieces of
`qa.parse.parse_file` (a piece is a cue's words, its times and its speaker).

A file matches when we refuse it exactly when the expectation does, and otherwise read the same cues: the same
times (to the millisecond) and the same words (white space aside; a speaker label the expectation keeps in the
text, `>> ANNA: Hi`, is our piece's speaker). A file that does not match is explained by the first of these
rules that accounts for every difference, each a deliberate choice documented in docs/formats.md, or else
listed as unexplained:
  refuse-whole     the project refuses the whole file for one bad part; we read the other cues and warn
  no-header        the file lacks a proper WEBVTT line; we read its cues and warn
  w3c              vtt.js departs from W3C's current parsing algorithm there (W3C_DEPARTURES below); we follow W3C
  words-kept       words a parser drops (a cue whose timing cannot be read, text after a blank line, a tag without
                   its '>') are kept and warned about
  sound-cue        a cue of only a sound description ([Music], (applause)) is not indexed
  rolling          a rolling caption is read once (the repeated line left out, a display-artifact repeat merged)
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.errors import ParseError  # noqa: E402
from qa.parse import parse_file  # noqa: E402

PEERS = ROOT.parent / "shared" / "data" / "formats-peers"
TIME_TOLERANCE = 0.0015  # seconds: the files give milliseconds
SOUND = re.compile(r"^[\s♪♫]*(?:(?:\[[^\]]*\]|\([^)]*\))[\s♪♫]*)*$")
RULES = ("refuse-whole", "no-header", "w3c", "words-kept", "sound-cue", "rolling")
# Where vtt.js's expectation and the W3C WebVTT parsing algorithm (https://www.w3.org/TR/webvtt1/#file-parsing)
# part: vtt.js implements an earlier draft.
W3C_DEPARTURES = {
    "tests__file-layout__header-no-new-line.vtt":
        "a cue on the line after 'WEBVTT': W3C's header block stops at a line with '-->', so the cue is read",
    "tests__integration__id.vtt":
        "'-->' then a timing line: W3C ends the block at the second '-->' line, which starts the cue 'Test'",
    "tests__cue-times__min-top-digits.vtt":
        "'000:00.000': three digits make the first field hours, and W3C then needs three fields",
    "tests__cue-times__minimum-spots-over-sixty.vtt":
        "'120:00.000': over 59 makes the first field hours, and W3C then needs three fields",
}


@dataclass
class Cue:
    start: float
    end: float
    text: str  # words, white space collapsed
    speaker: str = ""


@dataclass
class Expectation:
    source: str
    file: str
    cues: list[Cue] | None  # None: the file is refused
    said_by: str  # where the expectation comes from
    checks: list[str] = field(default_factory=list)  # what a partial test claims, checked against `cues`


def words(text: str) -> str:
    return " ".join(text.split())


# ---- expectations ------------------------------------------------------------------------------------------


def vttjs_expectations(peers: Path) -> dict[str, Expectation]:
    expected = peers / "expected" / "vtt.js"
    out = {}
    for test in sorted(expected.glob("*test*.js")):
        for vtt, js in re.findall(r'test\.\w+\("([^"]+\.vtt)",\s*"([^"]+\.json)"', test.read_text()):
            fixture = "tests__" + vtt.replace("/", "__")
            spec = expected / ("tests__" + js.replace("/", "__"))
            if not (peers / "vtt.js" / fixture).exists() or not spec.exists():
                continue
            doc = json.loads(spec.read_text())
            cues = doc.get("cues", []) if isinstance(doc, dict) else doc
            proc = spec.with_name(spec.stem + "-proc.json")
            shown = json.loads(proc.read_text()) if proc.exists() else None
            texts = ([node["textContent"] for node in shown] if shown is not None and len(shown) == len(cues)
                     else [re.sub(r"<[^>]*(?:>|$)", "", c["text"]) for c in cues])  # a tag runs to its '>' or the end
            kept = [Cue(c["startTime"], c["endTime"], words(t)) for c, t in zip(cues, texts) if words(t)]
            out[fixture] = Expectation("vtt.js", fixture, kept or None, f"{spec.name}" + (
                " + -proc.json" if shown is not None else ""))
    return out


# webvtt-py's tests (expected/webvtt-py at 2f78325) say, per fixture: a refusal, or claims on its cues.
WEBVTT_PY_REFUSED = {
    "empty.vtt": "test_webvtt_parse_empty_file", "invalid.vtt": "test_webvtt_parse_invalid_file",
    "invalid_timeframe.vtt": "test_webvtt_parse_invalid_timeframe_line",
    "missing_timeframe.vtt": "test_webvtt_caption_without_timeframe",
    "invalid_format1.srt": "test_srt_invalid_format", "invalid_format2.srt": "test_srt_invalid_format",
    "invalid_format3.srt": "test_srt_invalid_format", "invalid_format4.srt": "test_srt_invalid_format",
    "missing_timeframe.srt": "test_srt_missing_timeframe_line", "invalid_timeframe.srt": "test_srt_invalid_timestamp",
}
WEBVTT_PY_CLAIMS = {  # file: [(cue index among all cues, start, end, text or None)], test name
    "sample.vtt": ([(2, 11.89, 16.32, None)], "test_webvtt_timestamps_format"),
    "sample.srt": ([(2, 11.89, 16.32, None)], "test_srt_timestamps_format"),
    "one_caption.vtt": ([(0, 0.5, 7.0, "Caption text #1")], "test_webvtt_parse_get_caption_data"),
    "one_caption.srt": ([(0, 0.5, 7.0, "Caption text #1")], "test_srt_parse_get_caption_data"),
    "cue_tags.vtt": ([(1, None, None, "Like a big-a pizza pie"), (2, None, None, "That's amore")],
                     "test_clean_cue_tags"),
    "comments.vtt": ([(0, None, None, "- Ta en kopp varmt te. - Det är inte varmt."),
                      (2, None, None, "- Ta en kopp")], "test_parse_with_comments"),
    "netflix_chicas_del_cable.vtt": ([(0, None, None, "[Alba] En 1928,"),
                                      (-2, None, None, "Diez años no son suficientes para olvidarte...")],
                                     "test_empty_lines_are_not_included_in_result"),
    "youtube_dl.vtt": ([(2, None, None, "this will happen is I'm telling")], "test_can_parse_youtube_dl_files"),
    "invalid_timeframe_in_cue_text.vtt": ([(1, None, None, "")], "test_webvtt_parse_invalid_timeframe_in_cue_text"),
}
WEBVTT_PY_COUNTS = {"sample.vtt": 16, "captions_with_bom.vtt": 4, "missing_caption_text.vtt": 5,
                    "missing_caption_text.srt": 4, "metadata_headers.vtt": 2, "metadata_headers_multiline.vtt": 2,
                    "using_identifiers.vtt": 6, "comments.vtt": 3, "styles.vtt": 1,
                    "invalid_timeframe_in_cue_text.vtt": 4}


def webvtt_py_cues(path: Path) -> list[Cue] | None:
    """webvtt-py's own parse (the installed version), or None where it refuses the file."""
    import webvtt

    try:
        captions = (webvtt.from_srt(str(path)) if path.suffix == ".srt" else webvtt.read(str(path))).captions
    except Exception:  # webvtt-py's MalformedFileError / MalformedCaptionError and their kin: a refusal
        return None
    return [Cue(_clock(c.start), _clock(c.end), words(c.text)) for c in captions] or None


def _clock(stamp: str) -> float:
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total


def webvtt_py_expectations(peers: Path) -> dict[str, Expectation]:
    out = {}
    for path in sorted((peers / "webvtt-py").iterdir()):
        short = path.name.split("__")[-1]
        if short in WEBVTT_PY_REFUSED:
            out[path.name] = Expectation("webvtt-py", path.name, None, WEBVTT_PY_REFUSED[short])
            continue
        cues = webvtt_py_cues(path)
        said = "webvtt-py 0.6 parse"
        checks = []
        if short in WEBVTT_PY_COUNTS:
            checks.append(f"{WEBVTT_PY_COUNTS[short]} cues")
            if cues is None or len(cues) != WEBVTT_PY_COUNTS[short]:
                checks.append("(webvtt-py 0.6 disagrees)")
        if short in WEBVTT_PY_CLAIMS:
            claims, test = WEBVTT_PY_CLAIMS[short]
            said += f", checked by {test}"
            for index, start, end, text in claims:
                cue = cues[index] if cues else None
                if cue is None or (text is not None and cue.text != words(text)) or (
                        start is not None and (abs(cue.start - start) > TIME_TOLERANCE
                                               or abs(cue.end - end) > TIME_TOLERANCE)):
                    checks.append(f"(webvtt-py 0.6 disagrees with cue {index})")
        if any("disagrees" in c for c in checks):
            raise SystemExit(f"{path.name}: webvtt-py's parse contradicts its own test; fix the table: {checks}")
        out[path.name] = Expectation("webvtt-py", path.name, [c for c in cues if c.text] if cues else None, said,
                                     checks)
    return out


def srt_library_cues(path: Path) -> list[Cue] | None:
    import srt

    try:
        subs = list(srt.parse(read_text(path)))
    except Exception:  # srt.SRTParseError and kin: a refusal
        return None
    cues = [Cue(s.start.total_seconds(), s.end.total_seconds(), words(s.content)) for s in subs]
    return [c for c in cues if c.text] or None


def read_text(path: Path) -> str:
    """The file's text as the srt tools read it: a BOM's encoding, else UTF-8, else charset_normalizer's guess."""
    from charset_normalizer import from_bytes

    data = path.read_bytes()
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return str(from_bytes(data).best())


def docx_paragraph_text(path: Path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


# mantas-done/subtitles: what its PHP tests (expected/mantas-done-subtitles) `add()` for each fixture they load.
SENATOR = [Cue(137.4, 140.4, "Senator, we're making our final approach into Coruscant."),
           Cue(3740.5, 3742.5, "Very good, Lieutenant.")]
MANTAS = {
    "tests__files__srt.srt": (SENATOR, "VttTest::testConvertFromVttToSrt (the same cues as vtt.vtt)"),
    "tests__files__vtt.vtt": (SENATOR, "VttTest::testConvertFromSrtToVtt (the same cues as srt.srt)"),
    "tests__files__vtt_with_name.vtt": ([Cue(9, 11, "We are in New York City", "Roger Bingham")],
                                        "VttTest::testFileToInternalFormat"),
    "tests__files__vtt_with_missing_text.vtt": ([Cue(0, 1, "one"), Cue(2, 3, "three")],
                                                "VttTest::testParsesFileWithMissingText"),
    "tests__files__vtt_with_html.vtt": ([Cue(0, 10, "Sur les playground, ici à Montpellier")],
                                        "VttTest::testParsesFileWithHtml"),
    "tests__files__vtt_without_hours_in_timestamp.vtt": ([Cue(0, 10, "I've spent nearly two decades")],
                                                         "VttTest::testParsesFileWithoutHoursInTimestamp"),
    "tests__files__vtt_with_multiple_new_lines.vtt": ([Cue(0, 1, "one two"), Cue(2, 3, "three")],
                                                      "VttTest::testParsesFileWithMultipleNewLines"),
}


def other_expectations(peers: Path) -> dict[str, Expectation]:
    out = {}
    for source in ("srt", "mantas-done-subtitles"):
        for path in sorted((peers / source).iterdir()):
            if path.name in MANTAS:
                cues, test = MANTAS[path.name]
                out[path.name] = Expectation(source, path.name, cues, test)
            elif path.suffix == ".srt":
                out[path.name] = Expectation(source, path.name, srt_library_cues(path), "srt library parse")
            elif path.suffix == ".docx":
                import srt

                subs = [Cue(s.start.total_seconds(), s.end.total_seconds(), words(s.content))
                        for s in srt.parse(docx_paragraph_text(path))]
                out[path.name] = Expectation(source, path.name, subs, "srt library parse of its paragraphs")
            else:
                out[path.name] = Expectation(source, path.name, webvtt_py_cues(path), "webvtt-py 0.6 parse")
    return out


def expectations(peers: Path) -> list[tuple[Path, Expectation]]:
    table = {**vttjs_expectations(peers), **webvtt_py_expectations(peers), **other_expectations(peers)}
    files = sorted(p for d in ("webvtt-py", "srt", "vtt.js", "mantas-done-subtitles") for p in (peers / d).iterdir())
    missing = [p.name for p in files if p.name not in table]
    if missing:
        raise SystemExit(f"no expectation found for {missing}")
    return [(p, table[p.name]) for p in files]


# ---- our parse and the comparison --------------------------------------------------------------------------


def our_cues(path: Path) -> tuple[list[Cue] | None, str, tuple[str, ...]]:
    """Our pieces as cues, or None and the refusal message; and the warnings."""
    try:
        t = parse_file(path)
    except ParseError as exc:
        return None, str(exc), ()
    cues: list[Cue] = []
    last = None
    for turn in t.turns:
        for p in turn.pieces:
            text = words(turn.text[p.text_start:p.text_end])
            if p.paragraph == last:  # one cue of several voices: its parts joined, as the expectations hold it
                cues[-1].text += " " + text
            else:
                cues.append(Cue(_or_nan(p.start_time), _or_nan(p.end_time), text, turn.speaker))
            last = p.paragraph
    return cues, "", t.warnings


def _or_nan(value: float | None) -> float:
    return float("nan") if value is None else value


def same_cue(ours: Cue, theirs: Cue) -> bool:
    if not (abs(ours.start - theirs.start) <= TIME_TOLERANCE and abs(ours.end - theirs.end) <= TIME_TOLERANCE):
        return False
    if ours.text == theirs.text:
        return theirs.speaker in ("", ours.speaker)
    # a label the expectation keeps in the text is our speaker: ">> ANNA: Hi", "[SPEAKER_00]: Hi", "- Bo: Hi"
    label = re.match(r"^(?:>>+|-)?\s*\[?([^\]:]{1,60})\]?\s*:\s*", theirs.text)
    return bool(label and label.group(1).strip() == ours.speaker and theirs.text[label.end():] == ours.text)


def compare(expected: Expectation, ours: list[Cue] | None, warnings: tuple[str, ...]) -> tuple[str, str]:
    """('match' | a rule | 'unexplained', detail)."""
    if expected.cues is None and ours is None:
        return "match", "refused by both"
    if expected.cues == ours or (expected.cues and ours and len(ours) == len(expected.cues)
                                 and all(same_cue(o, e) for o, e in zip(ours, expected.cues))):
        return "match", ""
    if expected.file in W3C_DEPARTURES:
        return "w3c", W3C_DEPARTURES[expected.file]
    if expected.cues is None:
        if any("WEBVTT" in w for w in warnings):
            return "no-header", f"we read {len(ours)} cue(s), warning {_first(warnings, 'WEBVTT')}"
        if expected.said_by.startswith("test_"):  # webvtt-py's test refuses a file with readable cues
            return "refuse-whole", f"we read {len(ours)} cue(s); {_first(warnings)}"
        kind = "words-kept" if warnings else "unexplained"
        return kind, f"we read {len(ours)} cue(s); {_first(warnings)}"
    if ours is None:
        return "unexplained", "we refuse it"
    if len(ours) == len(expected.cues) and all(same_cue(o, e) for o, e in zip(ours, expected.cues)):
        return "match", ""
    return explain(expected.cues, ours, warnings)


def explain(expected: list[Cue], ours: list[Cue], warnings: tuple[str, ...]) -> tuple[str, str]:
    """Walk both cue lists; every expected cue we lack or hold differently must be accounted for by a rule."""
    rules: list[str] = []
    details: list[str] = []
    i = j = 0
    while i < len(expected) or j < len(ours):
        e = expected[i] if i < len(expected) else None
        o = ours[j] if j < len(ours) else None
        if e is not None and o is not None and same_cue(o, e):
            i, j = i + 1, j + 1
            continue
        if e is not None and SOUND.match(e.text):
            rules.append("sound-cue")
            details.append(f"{e.text!r} at {e.start:.3f}s not indexed")
            i += 1
            continue
        if (e is not None and o is not None and o.text == e.text and abs(o.start - e.start) <= TIME_TOLERANCE
                and o.end > e.end and i + 1 < len(expected) and _repeats(e, expected[i + 1])):
            rules.append("rolling")  # the next cue only repeats this one: it lengthens it
            details.append(f"{expected[i + 1].text!r} at {expected[i + 1].start:.3f}s repeats the cue before: "
                           "merged into it")
            expected = expected[:i + 1] + expected[i + 2:]
            expected[i] = Cue(e.start, expected[i + 1].start if False else o.end, e.text, e.speaker)
            continue
        if e is not None and i > 0 and _repeats(expected[i - 1], e):
            rules.append("rolling")
            added = _added(expected[i - 1].text, e.text)
            if o is not None and added and o.text == added and abs(o.start - e.start) <= TIME_TOLERANCE:
                details.append(f"{e.text!r} read as {o.text!r}")
                i, j = i + 1, j + 1
            else:
                details.append(f"{e.text!r} at {e.start:.3f}s repeats the cue before: merged into it")
                i += 1
            continue
        if o is not None and (e is None or o.start < e.start - TIME_TOLERANCE or
                              (abs(o.start - e.start) <= TIME_TOLERANCE and e.text in o.text)):
            if warnings:
                rules.append("words-kept")
                details.append(f"we keep {o.text!r} at {o.start:.3f}s ({_first(warnings)})")
                if e is not None and abs(o.start - e.start) <= TIME_TOLERANCE:
                    i += 1
                j += 1
                continue
        wanted = f"expected {e.text!r} {e.start:.3f}-{e.end:.3f}" if e else "expected nothing"
        got = f"we read {o.text!r} {o.start:.3f}-{o.end:.3f} ({o.speaker or 'no speaker'})" if o else "we read nothing"
        return "unexplained", f"{wanted}, {got}"
    rule = next(r for r in RULES if r in rules)
    return rule, "; ".join(dict.fromkeys(details))[:300]


def _repeats(before: Cue, cue: Cue) -> bool:
    """A rolling repeat: the cue starts with (or is) the end of the cue before."""
    b, c = before.text.split(), cue.text.split()
    return any(c[:k] == b[-k:] for k in range(min(len(b), len(c)), 0, -1))


def _added(before: str, cue: str) -> str:
    b, c = before.split(), cue.split()
    for k in range(min(len(b), len(c)), 0, -1):
        if c[:k] == b[-k:]:
            return " ".join(c[k:])
    return cue


def _first(warnings: tuple[str, ...], needle: str = "") -> str:
    chosen = next((w for w in warnings if needle in w), warnings[0] if warnings else "no warning")
    return chosen.split(": ", 1)[1] if ": " in chosen else chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", type=Path, default=PEERS)
    parser.add_argument("--all", action="store_true", help="list matching files too")
    args = parser.parse_args()
    if not args.peers.is_dir():
        raise SystemExit(f"{args.peers} is not present (it exists only where ../shared does)")
    print(f"command: python {' '.join(sys.argv)}")
    rows = []
    for path, expected in expectations(args.peers):
        ours, refusal, warnings = our_cues(path)
        verdict, detail = compare(expected, ours, warnings)
        rows.append((expected.source, path.name, verdict, detail or refusal, expected.said_by))
    counts = {v: sum(1 for r in rows if r[2] == v) for v in ("match", *RULES, "unexplained")}
    print(f"\n{counts['match']} of {len(rows)} files match their project's expected parse; "
          + ", ".join(f"{n} {v}" for v, n in counts.items() if v != "match" and n) + "\n")
    print("| source | file | verdict | detail | expectation from |")
    print("| --- | --- | --- | --- | --- |")
    for source, name, verdict, detail, said in rows:
        if verdict != "match" or args.all:
            print(f"| {source} | {name.split('__', 1)[-1]} | {verdict} | {detail.replace('|', '/')} | {said} |")


if __name__ == "__main__":
    main()
