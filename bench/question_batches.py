"""What the helpers' batch writers share (bench/*/batches.py, bench/*/write_batches.py): the eight shared transcripts'
file names, a transcript's text as a gold quote is checked against it, and the command line of a conversation batch
(print its rows as JSON lines, by batch and by seed or conversation file; `--check` its gold quotes), and the rows of
the writers of answerable batches with one gold sentence each (`exact_quote`, `quoted_rows`, `save_batches`;
`gold_rows`, `write_gold_rows`). Each writer had its own copy of these.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSCRIPTS = REPO.parent / "shared" / "data" / "transcripts"

SANCTIONS_CALL = "wh-background-press-call-russia-sanctions-2021-04-15.md"
WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SUGA_PRESS = "wh-biden-suga-press-conference-2021-04-16.md"
LAVROV_PRESS = "lavrov-selakovic-press-conference-2021-04-16.txt"
LAMPORT = "changelog-552-leslie-lamport-interview.md"
WEB_VITALS = "core-web-vitals-lecture-whisper.json"
BAGGING = "i2ml-random-forest-bagging-lecture.srt"
AGENTIC = "agentic-ai-explained-youtube-captions.vtt"
SEED = "seed"  # the bundled press conference (corpus/), the seed file's transcript: the same text as LAVROV_PRESS


def transcript_words(name: str) -> str:
    """The words of ../shared/data/transcripts/NAME, single-spaced (a Whisper JSON file: its text, or its segments'
    texts joined)."""
    raw = (TRANSCRIPTS / name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        data = json.loads(raw)
        raw = data["text"] if "text" in data else " ".join(s["text"] for s in data["segments"])
    return " ".join(raw.split())


def conversation_rows(rows, kind: str, batch: str | None = None, seed: bool | None = None):
    """The question-file rows of `rows` ((id, batch, category, shape, transcript, history, question, gold quotes,
    reference answer); answerable where the category is a follow-up or a switch), of one batch and of the seed file
    (ids "seed-...") or not, where asked."""
    for id_, b, cat, shape, transcript, history, question, gold, ref in rows:
        if (batch and b != batch) or (seed is not None and id_.startswith("seed-") != seed):
            continue
        yield {"id": id_, "question": question, "history": history, "transcript": transcript,
               "answerable": cat in ("follow-up", "switch"), "category": cat, "kind": kind, "batch": b,
               "shape": shape, "gold_quotes": gold, "reference_answer": ref}


def two_turn_rows(rows, batch: str, first: int, kind: str, category_of) -> list[dict]:
    """The conversations-file rows of `rows` ((shape, transcript, earlier question, second turn, gold quotes); ids
    conv-dev-FIRST on, `category_of(shape, answerable)` their category), each gold quote checked to be in its
    transcript (`qa.evaluate.questions.find_quote`): bench/ufup48 and bench/ufup52's batches."""
    from qa.evaluate.questions import find_quote
    out = []
    for i, (shape, name, earlier, question, gold) in enumerate(rows):
        text = (TRANSCRIPTS / name).read_text(encoding="utf-8")
        for quote in gold:
            if not find_quote(text, quote):
                raise SystemExit(f"not in {name}: {quote}")
        answerable = bool(gold)
        out.append({"id": f"conv-dev-{first + i}", "question": question, "history": [earlier], "transcript": name,
                    "answerable": answerable, "category": category_of(shape, answerable), "kind": kind,
                    "batch": batch, "shape": shape, "gold_quotes": list(gold),
                    "reference_answer": gold[0] if gold else "Not said in the recordings."})
    return out


def conversation_batch_main(rows, kind: str) -> None:
    """`--check`: each gold quote said verbatim (whitespace aside) in its transcript; else the rows as JSON lines,
    of batch A or B where named, of the seed file with `--seed`, of the conversations file with `--conv`."""
    if "--check" in sys.argv:
        bad = 0
        for row in conversation_rows(rows, kind):
            text = transcript_words(row["transcript"])
            for g in row["gold_quotes"]:
                if " ".join(g.split()) not in text:
                    bad += 1
                    print("NOT FOUND", row["id"], g)
        print("bad", bad, "rows", len(rows))
        return
    batch = next((a for a in sys.argv[1:] if a in ("A", "B")), None)
    seed = True if "--seed" in sys.argv else False if "--conv" in sys.argv else None
    for row in conversation_rows(rows, kind, batch, seed):
        print(json.dumps(row, ensure_ascii=False))


def register_rows(rows, name: str, first_real: int, first_unanswerable: int, first_seed: int, kind: str):
    """The question-file rows (file, row) of a register batch writer's `rows` ((batch, register, transcript, question,
    gold quotes or None where unanswerable, why unanswerable); transcript SEED: the seed file): ids `dev-NAME-001`
    on, `dev-un-FIRST_UNANSWERABLE` on and `seed-FIRST_SEED` on, in the order of `rows`; category NAME where
    answerable; `kind` with "{batch}" for the row's batch (decl49, reg50)."""
    real, un, seed = first_real, first_unanswerable, first_seed
    out = []
    for batch, register, transcript, question, gold, why in rows:
        is_seed = transcript == SEED
        name_of = LAVROV_PRESS if is_seed else transcript
        if is_seed:
            id_, seed, path = f"seed-{seed}", seed + 1, "qa/data/seed_questions.jsonl"
        elif gold:
            id_, real, path = f"dev-{name}-{real:03d}", real + 1, "bench/questions/real-dev.jsonl"
        else:
            id_, un, path = f"dev-un-{un}", un + 1, "bench/questions/unanswerable-dev.jsonl"
        row = {"id": id_, "question": question, "transcript": name_of, "answerable": bool(gold),
               "category": name if gold else "absent-topic", "kind": kind.format(batch=batch), "batch": batch,
               "register": register}
        if gold:
            row["gold_quotes"] = gold
        else:
            row["absent"] = why
            row["reference_answer"] = "Not said: the recordings never say this."
        out.append((path, row))
    return out


def register_batch_main(rows, count: int) -> None:
    """Each gold quote of `rows` (`register_rows`) said verbatim in its transcript (whitespace and curly quotes
    aside); with `--write` and none missing, the rows appended to their question files."""
    bad = 0
    for _, row in rows:
        text = transcript_words(row["transcript"]).replace("’", "'").replace("“", '"').replace("”", '"')
        for g in row.get("gold_quotes", []):
            g = " ".join(g.split()).replace("’", "'").replace("“", '"').replace("”", '"')
            if g not in text:
                bad += 1
                print("NOT FOUND", row["id"], g)
    print("bad", bad, "rows", count)
    if "--write" in sys.argv and not bad:
        for path, row in rows:
            with open(REPO / path, "a", encoding="utf-8") as f:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def exact_quote(transcript: str, loose: str, seed_name: str) -> str:
    """The transcript's own text for `loose` (its words in order, any white space, quote mark or dash between),
    found exactly once; `seed_name` is read from the bundled corpus/, any other name from ../shared
    (bench/hl51 and bench/hl53's writers)."""
    import re
    path = REPO / "corpus" / transcript if transcript == seed_name else TRANSCRIPTS / transcript
    text = path.read_text(encoding="utf-8")
    words = re.findall(r"[\w$%]+|[.,;:?!()]", loose)
    pattern = r"[\W_]*".join(re.escape(w) for w in words)
    found = [m.group() for m in re.finditer(pattern, text)]
    if len(found) != 1:
        raise SystemExit(f"{transcript}: {loose!r} found {len(found)} times")
    return re.sub(r"\s+", " ", found[0]).strip()


def gold_rows(real, seed, name: str, seed_transcript: str) -> tuple[list[dict], list[dict], dict[str, list[dict]]]:
    """The real-dev and seed rows of `real` ((n, batch, transcript, question, gold quotes); ids dev-NAME-NNN) and
    `seed` ((n, batch, question, gold quotes); ids seed-N, over corpus/`seed_transcript`), each gold quote checked
    with `qa.evaluate.questions.find_quote`, and the same rows by batch (bench/rank51 and bench/exch53's writers)."""
    from qa.evaluate.questions import find_quote
    batches: dict[str, list[dict]] = {"A": [], "B": []}
    real_rows, seed_rows = [], []
    asked = [(f"dev-{name}-{n:03d}", batch, transcript, TRANSCRIPTS / transcript, question, gold, real_rows)
             for n, batch, transcript, question, gold in real]
    asked += [(f"seed-{n}", batch, seed_transcript, REPO / "corpus" / seed_transcript, question, gold, seed_rows)
              for n, batch, question, gold in seed]
    for id_, batch, transcript, path, question, gold, out in asked:
        text = path.read_text(encoding="utf-8")
        for quote in gold:
            assert find_quote(text, quote), (id_, quote)
        row = {"id": id_, "question": question, "transcript": transcript, "answerable": True, "category": name,
               "kind": f"{name}-{batch}", "batch": batch, "gold_quotes": gold}
        out.append(row)
        batches[batch].append(row)
    return real_rows, seed_rows, batches


def write_gold_rows(real_rows: list[dict], seed_rows: list[dict], batches: dict[str, list[dict]], name: str) -> None:
    """Append `gold_rows`'s rows to bench/questions/real-dev.jsonl and qa/data/seed_questions.jsonl, and keep each
    batch in bench/NAME/batch-B.jsonl with its ids' pattern in ids-B.txt."""
    for path, rows in ((REPO / "bench" / "questions" / "real-dev.jsonl", real_rows),
                       (REPO / "qa" / "data" / "seed_questions.jsonl", seed_rows)):
        with path.open("a", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for batch, rows in batches.items():
        (REPO / "bench" / name / f"batch-{batch}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        (REPO / "bench" / name / f"ids-{batch}.txt").write_text(
            "^(" + "|".join(r["id"] for r in rows) + ")$\n", encoding="utf-8")


def quoted_rows(items, batch: str, name: str, seed_name: str, firsts: tuple[int, int], category) -> list[dict]:
    """The rows of `items` ((transcript, question, loose gold[, form]); the gold replaced by the transcript's own text,
    `exact_quote`), ids seed-N from `firsts[0]` over `seed_name` and dev-NAME-NNN from `firsts[1]` over the others;
    `category(form)` their category (bench/hl51, bench/hl53 and bench/yn54's writers)."""
    out, (seed_no, real_no) = [], firsts
    for transcript, question, gold, *form in items:
        if transcript == seed_name:
            qid, seed_no = f"seed-{seed_no}", seed_no + 1
        else:
            qid, real_no = f"dev-{name}-{real_no:03d}", real_no + 1
        out.append({"id": qid, "question": question, "transcript": transcript,
                    "gold_quotes": [exact_quote(transcript, gold, seed_name)],
                    "answerable": True, "category": category(*form), "kind": f"{name}-{batch}", "batch": batch})
    return out


def save_batches(folder: Path, batches: dict[str, list[dict]], ids: bool = False) -> None:
    """Write each batch to FOLDER/batch-B.jsonl (and its ids' pattern to ids-B.txt where `ids`), print its counts,
    and with `--append` on the command line add the rows to qa/data/seed_questions.jsonl (ids seed-...) and
    bench/questions/real-dev.jsonl (the others)."""
    for name, batch in batches.items():
        (folder / f"batch-{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch),
                                                    encoding="utf-8")
        if ids:
            (folder / f"ids-{name}.txt").write_text("^(" + "|".join(r["id"] for r in batch) + ")$\n",
                                                    encoding="utf-8")
        print(name, len(batch), "questions:", sum(r["id"].startswith("seed-") for r in batch), "seed")
    if "--append" in sys.argv:
        for path, seed in ((REPO / "qa/data/seed_questions.jsonl", True),
                           (REPO / "bench/questions/real-dev.jsonl", False)):
            lines = [json.dumps(r, ensure_ascii=False) + "\n" for b in batches.values() for r in b
                     if r["id"].startswith("seed-") == seed]
            with path.open("a", encoding="utf-8") as f:
                f.writelines(lines)
