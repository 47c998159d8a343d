"""Evaluation question files (JSONL or CSV, the format of DESIGN.md) -> checked `EvalQuestion`s with gold spans.

Every problem is raised as one `QuestionFileError` that lists each bad line, so a user fixes the file in one pass.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from qa.errors import QuestionFileError

FIELDS = ("id", "question", "transcript", "gold_quotes", "gold_spans", "answerable", "history", "reference_answer")
LIST_FIELDS = ("gold_quotes", "gold_spans", "history")
MAX_LISTED = 20  # a file with hundreds of bad lines: name the first ones and count the rest


@dataclass(frozen=True)
class EvalQuestion:
    """One question of a question file. `line` is its 1-based line in the file (CSV: the header is line 1)."""

    id: str
    question: str
    line: int
    transcript: str | None = None
    gold_quotes: tuple[str, ...] = ()
    gold_spans: tuple[tuple[int, int], ...] = ()  # as given in the file
    answerable: bool = True
    history: tuple[str, ...] = ()
    reference_answer: str | None = None
    # the user's own fields (a note, a category), kept as given and written back with the results
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def category(self) -> str | None:
        """The question's `category` field, when it has a usable one (text or a number)."""
        value = self.extra.get("category")
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return None
        return str(value).strip() or None

    @property
    def has_gold(self) -> bool:
        return bool(self.gold_quotes or self.gold_spans)

    def to_json(self) -> dict:
        """The question's own fields, as in the question file (without `line`)."""
        data = {"id": self.id, "question": self.question, "transcript": self.transcript,
                "gold_quotes": list(self.gold_quotes), "gold_spans": [list(s) for s in self.gold_spans],
                "answerable": self.answerable, "history": list(self.history),
                "reference_answer": self.reference_answer}
        data.update((name, value) for name, value in self.extra.items() if name not in data)
        return data


def load_questions(path: Path | str) -> list[EvalQuestion]:
    """Read a question file: `.jsonl`/`.json` (one object a line) or `.csv` (a header row with the same names).

    Fields (columns) other than the known ones are the user's own (a note, a category): they are kept in
    `EvalQuestion.extra` (see `field_warnings` for names that look like typos of known fields).
    Raises QuestionFileError naming every bad line: malformed JSON or CSV row, a known field with a value of the
    wrong type, a missing `question`, a repeated `id`, a CSV header with a repeated or empty column name, or a file
    with no questions at all.
    """
    path = Path(path)
    if not path.is_file():
        raise QuestionFileError(f"{path}: no such question file")
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".json", ".csv"):
        raise QuestionFileError(f"{path}: unknown question file type {suffix or '(no suffix)'!r}; use .jsonl or .csv")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QuestionFileError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8") from None
    rows = _csv_rows(text) if suffix == ".csv" else _jsonl_rows(text)
    questions, errors = [], []
    for line, row in rows:
        if isinstance(row, str):  # the reader's own complaint about this line
            errors.append(f"line {line}: {row}")
            continue
        try:
            questions.append(_question_from_row(row, line))
        except ValueError as exc:
            errors.append(f"line {line}: {exc}")
    errors += _duplicate_ids(questions)
    if errors:
        raise QuestionFileError(_listing(path, errors))
    if not questions:
        raise QuestionFileError(f"{path}: no questions in the file; write one JSON object (or CSV row) per question")
    return questions


def field_warnings(questions: list[EvalQuestion], source: str) -> list[str]:
    """One line per field of the user's own whose name is a near miss of a known field (`gold_quote`,
    `Transcript`): such a field is kept with the results but not used, which is rarely what was meant."""
    lines: dict[str, list[int]] = {}
    for q in questions:
        for name in q.extra:
            lines.setdefault(name, []).append(q.line)
    warnings = []
    for name, where in lines.items():
        meant = near_miss(name)
        if meant:
            at = ", ".join(map(str, where[:3])) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
            warnings.append(f"{source}: field {name!r} (line {at}) is not a known field; did you mean {meant!r}? "
                            "It is kept with the results as your own field and not used")
    return warnings


def near_miss(name: str) -> str | None:
    """The known field that `name` looks like a typo of (case or a letter or two off), or None."""
    if name in FIELDS:
        return None
    found = difflib.get_close_matches(name.strip().lower(), FIELDS, n=1, cutoff=0.8)
    return found[0] if found else None


def named_by_stem(questions: list[EvalQuestion], known: Mapping[str, object]) -> list[EvalQuestion]:
    """The questions, each `transcript` that is the stem of exactly one file in `known` ("ES2006a" for
    "ES2006a.txt") given as that file's name, as the chat's filters and `tqa ask --transcript` take it (trial37:
    such a file was refused line by line, "transcript 'ES2006a' is not in the corpus (it holds ES2006a.txt, ...)")."""
    stems: dict[str, list[str]] = {}
    for name in known:
        stems.setdefault(Path(name).stem, []).append(name)
    return [replace(q, transcript=stems[q.transcript][0])
            if q.transcript is not None and q.transcript not in known and len(stems.get(q.transcript, ())) == 1
            else q for q in questions]


def check_transcripts(questions: list[EvalQuestion], known: Mapping[str, object], *, scope: str,
                      source: str, holder: str = "the corpus") -> None:
    """Raise QuestionFileError for questions naming a transcript not in `known` (what `holder` holds), or, for scope
    'transcript' (and for questions with gold), naming none."""
    errors, missing = [], {}  # missing: transcript -> the lines that name it (one problem each, not one a line)
    for q in questions:
        if q.transcript is None:
            if scope == "transcript":
                errors.append(f"line {q.line}: no `transcript`; scope 'transcript' needs one on every question")
            elif q.has_gold:
                errors.append(f"line {q.line}: gold given but no `transcript` to find it in")
        elif q.transcript not in known:
            missing.setdefault(q.transcript, []).append(q.line)
    for name, lines in missing.items():
        where = f"line {lines[0]}" if len(lines) == 1 else f"lines {_few([str(n) for n in lines], 8)}"
        errors.append(f"{where}: transcript {name!r} is not in {holder} (it holds {_few(sorted(known))})")
    if errors:
        raise QuestionFileError(_listing(Path(source), errors))


def locate_gold(questions: list[EvalQuestion], text_of: Callable[[str], str], *, source: str,
                citable: Callable[[str, int, int], bool] | None = None,
                turns_of: Callable[[str], Sequence] | None = None) -> dict[str, tuple[tuple[int, int], ...]]:
    """Gold spans of each question (by id): its `gold_spans` plus where each of its `gold_quotes` occurs.

    A quote is searched verbatim, then with runs of whitespace and curly/straight quotes treated alike; every
    occurrence counts as gold, except that when `citable(transcript, start, end)` says some occurrences lie in
    text a citation can cover, only those count (a Whisper JSON file repeats every segment in its top-level
    `text`, which no passage is cut from; gold there could never be found and would halve recall).
    Raises QuestionFileError listing each line whose quote is nowhere in its transcript or whose span falls
    outside it. Questions without gold map to ().
    A quote found nowhere in the file is searched in the words spoken, `turns_of(transcript)`'s turns (`spoken_quote`):
    a quote copied from a caption file's citation runs across its cues, which the file parts with cue numbers and
    times.
    """
    texts: dict[str, str] = {}
    gold, errors = {}, []
    for q in questions:
        if not q.has_gold:
            gold[q.id] = ()
            continue
        text = texts.get(q.transcript)
        if text is None:
            text = texts[q.transcript] = text_of(q.transcript)
        spans = []
        for start, end in q.gold_spans:
            if not 0 <= start < end <= len(text):
                errors.append(f"line {q.line}: gold span [{start}, {end}] is outside {q.transcript} "
                              f"({len(text)} characters) or empty")
            spans.append((start, end))
        for quote in q.gold_quotes:
            found = find_quote(text, quote) or _quote_per_line(text, quote)
            if not found and turns_of is not None:
                found = spoken_quote(turns_of(q.transcript), quote)
            if citable is not None and len(found) > 1:
                found = [span for span in found if citable(q.transcript, *span)] or found
            if not found:
                errors.append(f"line {q.line}: gold quote {_clip(quote)!r} is not in {q.transcript}; "
                              "copy it from the transcript verbatim")
            spans += found
        gold[q.id] = tuple(sorted(set(spans)))
    if errors:
        raise QuestionFileError(_listing(Path(source), errors, what=" with gold (fix the file; nothing was asked)"))
    return gold


def spoken_quote(turns: Sequence, quote: str) -> list[tuple[int, int]]:
    """Every file span [start_char, end_char) of `quote` said in one of `turns` (qa.types.Turn: its text is the words
    of its pieces joined, each piece knowing its place in the file), found as `find_quote` finds it in the turn's
    text. trial43: a researcher copied a highlight of a subtitle file ("… so the B and bagging is for bootstrapping
    …") into their question file as gold; it spans two cues, with "20", "00:00:50,680 --> 00:00:57,960" between them
    in the file, and was refused as "not in" the transcript. A piece whose text is not the file's own (cleaned cue
    text) gives its whole span."""
    spans = []
    for turn in turns:
        for start, end in find_quote(turn.text, quote):
            first = next((p for p in turn.pieces if p.text_end > start), None)
            last = next((p for p in reversed(turn.pieces) if p.text_start < end), None)
            if first is None or last is None:
                continue
            at = first.start_char + max(start - first.text_start, 0) if first.verbatim else first.start_char
            to = last.end_char
            if last.verbatim:
                to = last.start_char + min(end - last.text_start, last.end_char - last.start_char)
            if at < to:
                spans.append((at, to))
    return spans


def _quote_per_line(text: str, quote: str) -> list[tuple[int, int]]:
    """Where each line of a quote of several lines occurs, when the whole is nowhere and every line is somewhere:
    a spreadsheet's cell holds several quotes one a line (Alt+Enter; trial39: "gold quote 'We will respond in kind
    …' is not in …"). [] otherwise, and the quote is reported as not found."""
    parts = [find_quote(text, line) for line in quote.splitlines() if line.strip()]
    return [span for part in parts for span in part] if len(parts) > 1 and all(parts) else []


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every [start, end) where `quote` occurs in `text`: verbatim, else up to whitespace and quote marks."""
    quote = quote.strip()
    if not quote:
        return []
    spans = [(m.start(), m.start() + len(quote)) for m in re.finditer(re.escape(quote), text)]
    if spans:
        return spans
    parts = [_loose(word) for word in quote.split()]
    pattern = re.compile(r"\s+".join(parts))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


_QUOTE_MARKS = {"'": "['’‘`]", "’": "['’‘`]", "‘": "['’‘`]", '"': '["“”]', "“": '["“”]', "”": '["“”]',
                "-": "[-–—]", "–": "[-–—]", "—": "[-–—]"}


def _loose(word: str) -> str:
    return "".join(_QUOTE_MARKS.get(ch, re.escape(ch)) for ch in word)


def _jsonl_rows(text: str):
    for line, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            # "Unterminated string starting at" ends in "at" (it said "... starting at at column 14")
            yield line, f"not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})"
            continue
        yield line, row if isinstance(row, dict) else f"a JSON {type(row).__name__}, not an object"


def _csv_rows(text: str):
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = None
    ended = 0
    for row in reader:
        # the line the row starts on, as a spreadsheet numbers it: a cell with a line break (Alt+Enter) ends the
        # row lines later, and the row was named by its last line (trial39)
        line, ended = ended + 1, reader.line_num
        if header is None:
            if not any(cell.strip() for cell in row):
                continue
            header = _spreadsheet_names([cell.strip() for cell in row])
            repeated = sorted({name for name in header if header.count(name) > 1})
            if repeated or not all(header):
                what = f"repeated column(s) {', '.join(map(repr, repeated))}" if repeated else "a column without a name"
                yield line, f"{what} in the header; give each column its own name"
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            # a gold quote or question holding the delimiter ("about 9,000 firefighters") split into two cells when
            # typed without quotes; the count alone did not say which cell or why (trial60)
            extra = (f"; put double quotes around a cell holding {delimiter!r} (\"about 9{delimiter}000\")"
                     if len(row) > len(header) and delimiter != "\t" else "")
            yield line, f"{len(row)} cells where the header has {len(header)}{extra}"
            continue
        yield line, {name: _csv_value(name, cell) for name, cell in zip(header, row) if cell.strip()}


def _spreadsheet_names(header: list[str]) -> list[str]:
    """A CSV header's columns with the known fields (and `category`) as a spreadsheet writes them ("Question",
    "Gold Quotes", "GOLD-SPANS") given their own names. A column whose name is already a known field's, or that
    shares its field with another column, keeps its name (and the file its own columns; trial39: a header in
    other case had every line "missing `question`")."""
    known = set(FIELDS) | {"category"}
    plain = [re.sub(r"[\s-]+", "_", name.strip().lower()) for name in header]
    return [field if field in known and field != name and field not in header and plain.count(field) == 1 else name
            for name, field in zip(header, plain)]


def _delimiter(text: str) -> str:
    """The cells' separator, read from the header: a comma, or where the header holds none, a semicolon or a tab
    (what a spreadsheet writes where the comma is the decimal mark; trial37: such a file was one column, and
    every line "missing `question`")."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    if "," in header:
        return ","
    return max(";\t", key=header.count) if any(d in header for d in ";\t") else ","


def _csv_value(name: str, cell: str):
    """CSV cells are strings: list columns hold a JSON array (a gold_quotes/history cell that is not one is a
    single item), `answerable` is true/false, `gold_spans` is a JSON array of [start, end] pairs."""
    cell = cell.strip()
    if name in LIST_FIELDS:
        if cell.startswith("["):
            try:
                return json.loads(cell)
            except json.JSONDecodeError:
                if name == "gold_spans":
                    return cell  # reported as the wrong type
        return [cell] if name != "gold_spans" else cell
    if name == "answerable":
        lowered = cell.lower()
        return {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}.get(lowered, cell)
    return cell


def _question_from_row(row: dict, line: int) -> EvalQuestion:
    question = row.get("question")
    if not isinstance(question, str) or not question.strip():
        if question not in (None, ""):
            raise ValueError("`question` must be text")
        typo = next((name for name in row if near_miss(name) == "question"), None)
        raise ValueError("missing `question`" + (f" (is {typo!r} meant to be `question`?)" if typo else ""))
    qid = row.get("id", line)
    if isinstance(qid, bool) or not isinstance(qid, (str, int)) or not str(qid).strip():
        raise ValueError("`id` must be text or a number")
    transcript = _optional_str(row, "transcript")
    answerable = row.get("answerable", True)
    if not isinstance(answerable, bool):
        raise ValueError(f"`answerable` must be true or false, not {answerable!r}")
    quotes = _str_list(row, "gold_quotes")
    spans = _span_list(row)
    if not answerable and (quotes or spans):
        raise ValueError("`answerable: false` with gold quotes or spans; drop one of them")
    return EvalQuestion(
        id=str(qid).strip(), question=question.strip(), line=line, transcript=transcript, gold_quotes=quotes,
        gold_spans=spans, answerable=answerable, history=_str_list(row, "history"),
        reference_answer=_optional_str(row, "reference_answer"),
        extra={name: value for name, value in row.items() if name not in FIELDS},
    )


def _optional_str(row: dict, name: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"`{name}` must be text, not {type(value).__name__}")
    return value.strip() or None


def _str_list(row: dict, name: str) -> tuple[str, ...]:
    value = row.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"`{name}` must be a list of texts")
    return tuple(item for item in value if item.strip())


def _span_list(row: dict) -> tuple[tuple[int, int], ...]:
    value = row.get("gold_spans", [])
    ok = isinstance(value, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(type(n) is int for n in pair) for pair in value)
    if not ok:
        raise ValueError("`gold_spans` must be a list of [start_char, end_char] pairs of integers")
    return tuple((a, b) for a, b in value)


def _duplicate_ids(questions: list[EvalQuestion]) -> list[str]:
    first: dict[str, int] = {}
    errors = []
    for q in questions:
        if q.id in first:
            errors.append(f"line {q.line}: id {q.id!r} repeats line {first[q.id]}; give each question its own id")
        first.setdefault(q.id, q.line)
    return errors


def _listing(path: Path, errors: list[str], what: str = "") -> str:
    shown = errors[:MAX_LISTED]
    more = f"; and {len(errors) - MAX_LISTED} more" if len(errors) > MAX_LISTED else ""
    count = f"{len(errors)} problem{'s' if len(errors) != 1 else ''}{what}"
    return f"{path}: {count}: " + "; ".join(shown) + more


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _few(names: list[str], n: int = 5) -> str:
    if not names:
        return "no transcripts"
    return ", ".join(names[:n]) + (f" and {len(names) - n} more" if len(names) > n else "")
