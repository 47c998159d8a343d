"""Cut a transcript's turns into passages that fit the encoder: sentence boundaries, never across a speaker change.

Token counts come from the model's own tokenizer (a `count_tokens` function), so nothing is truncated silently:
a sentence longer than the limit is cut at cue boundaries, then between words.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from operator import attrgetter
from typing import Callable, Sequence

from qa.types import Passage, SentenceUnit, Section, Transcript, Turn

TokenCounter = Callable[[Sequence[str]], list[int]]
# A unit this many times over the budget (a 10 MB text with no sentence end) is cut into about two parts per
# budget at once; halving it would tokenize it again at every level. Below this, halving keeps the cut points
# passages have always had.
_FAR_OVER = 8
MAX_UNIT_WORDS = 40  # a highlight is never longer: unpunctuated caption text is cut into units this long at most

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "no", "vs", "etc", "e.g", "i.e", "jr", "sr",
    "lt", "col", "sgt", "capt", "mt", "inc", "ltd", "co", "corp", "approx", "fig", "vol", "p", "pp", "u.s", "u.k",
}
# A sentence ends at . ! ? … (closing quotes or brackets may follow), before white space (a line break of
# hard-wrapped text too) and a capital, digit or opening quote; a blank line always ends one. A single line
# break alone does not: hard-wrapped transcripts break lines mid-sentence.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])[\"”’»)\]]*(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)(?=[\"“‘«(\[]?[A-Z\u0400-\u042f0-9])"
    r"|\s*\n[ \t\u00a0]*\r?\n\s*"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, white space between them left out."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == ".":
            word = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12):m.start()])
            if word and word.group(1).lower() in _ABBREVIATIONS and "\n" not in m.group():
                continue
        end = m.start() + len(m.group()) - len(m.group().lstrip("\"”’»)]"))
        _add(spans, text, start, end)
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def segment_transcript(
    transcript: Transcript, count_tokens: TokenCounter, max_tokens: int, *, speaker_prefix: bool = True,
    min_words: int = 0,
) -> list[Passage]:
    """Passages of every turn, in order. `max_tokens` bounds the embedded text (with its 'Speaker: ' prefix).

    A turn of fewer than `min_words` words (a backchannel: "Yeah.", "Okay.") answers nothing on its own: it
    stays in the transcript, for context views, but yields no passage.
    """
    turns = [t for t in transcript.turns if len(t.text.split()) >= min_words]
    units_per_turn = [[part for a, b in split_sentences(turn.text) for part in _presplit(turn, a, b, max_tokens)]
                      for turn in turns]
    flat = [turn.text[a:b] for turn, units in zip(turns, units_per_turn) for a, b in units]
    counts = iter(count_tokens(flat)) if flat else iter(())
    speakers = sorted({t.speaker for t in turns if t.speaker}) if speaker_prefix else []
    prefixes = dict(zip(speakers, count_tokens([f"{s}: " for s in speakers]) if speakers else []))
    passages: list[Passage] = []
    for turn, units in zip(turns, units_per_turn):
        budget = max(8, max_tokens - prefixes.get(turn.speaker, 0))
        sized = _fit(turn, [(a, b, next(counts)) for a, b in units], budget, count_tokens)
        for a, b in _pack(sized, budget):
            passages.append(_passage(transcript.name, turn, a, b))
    return passages


def embedding_texts(transcript: Transcript, passages: Sequence[Passage], *, speaker_prefix: bool,
                    context_words: int, min_words: int = 0) -> list[str]:
    """What is embedded for each passage: 'Speaker: text', then, for the first passage of a turn only, the end of
    the turn before it (what the turn answers or follows), up to `context_words` words. A later passage of a long
    turn follows its own turn, not that one, and is embedded alone. The context comes last, so that where the
    encoder's limit cuts, it cuts context, never the passage; the cited span is the passage alone."""
    texts = []
    for p, before in zip(passages, context_turns(transcript, passages, context_words=context_words,
                                                 min_words=min_words)):
        text = speaker_text(p, speaker_prefix=speaker_prefix)
        if before is not None:
            words = before.text.split()
            tail = " ".join(words[-context_words:])
            text += f"\n{context_label(before, context_words)}{tail})"
        texts.append(text)
    return texts


def context_turns(transcript: Transcript, passages: Sequence[Passage], *, context_words: int,
                  min_words: int = 0) -> list[Turn | None]:
    """For each passage, the turn whose end `embedding_texts` embeds after it: the last turn before its own with
    at least `min_words` words, for the first passage of a turn only (None for the others, and for all when
    `context_words` is 0)."""
    before_of = _previous_turns(transcript, min_words) if context_words else {}
    opened: set[int] = set()  # turns whose first passage has been seen
    out = []
    for p in passages:
        out.append(before_of.get(p.turn_index) if p.turn_index not in opened else None)
        opened.add(p.turn_index)
    return out


def context_label(before: Turn, context_words: int) -> str:
    """What `embedding_texts` writes before the context words taken from the turn `before`."""
    return f"(after {before.speaker or 'someone'}: {'… ' if len(before.text.split()) > context_words else ''}"


def context_start(turn: Turn, context_words: int) -> int:
    """Where, in `turn.text`, the last `context_words` words begin (what `embedding_texts` takes of it)."""
    starts = [m.start() for m in re.finditer(r"\S+", turn.text)]
    return starts[-context_words] if len(starts) >= context_words else (starts[0] if starts else len(turn.text))


def speaker_text(passage: Passage, *, speaker_prefix: bool) -> str:
    """'Speaker: text' (the text alone without a prefix or a speaker): what is embedded of the passage itself."""
    return f"{passage.speaker}: {passage.text}" if speaker_prefix and passage.speaker else passage.text


def passage_offset(passage: Passage, *, speaker_prefix: bool) -> int:
    """Where `passage.text` begins in its embedded text (`embedding_texts`): after its 'Speaker: ' prefix."""
    return len(passage.speaker) + 2 if speaker_prefix and passage.speaker else 0


def group_sections(transcript: Transcript, passages: Sequence[Passage],
                   max_words: int) -> tuple[list[Passage], list[Section]]:
    """Group a transcript's turns, in order, into sections of at most `max_words` words, whole passages each.

    The units packed are the passages (in file order) and the turns that yield none (backchannels: they belong
    to the exchange, though they answer nothing alone); a section ends where the next unit would take it over
    the limit (a unit alone may be longer). Returns the passages numbered with their section, and the sections.
    """
    by_turn: dict[int, list[int]] = {}
    for i, p in enumerate(passages):
        by_turn.setdefault(p.turn_index, []).append(i)
    units: list[tuple[int | None, Turn, str, int, int]] = []  # (passage, turn, text, start_char, end_char)
    for turn in transcript.turns:
        if turn.index in by_turn:
            units += [(i, turn, passages[i].text, passages[i].start_char, passages[i].end_char)
                      for i in by_turn[turn.index]]
        elif turn.text.strip():
            units.append((None, turn, turn.text, turn.start_char, turn.end_char))
    numbered = list(passages)
    sections: list[Section] = []
    group: list[tuple[int | None, Turn, str, int, int]] = []
    words = 0

    def close() -> None:
        lines, last_turn = [], None
        for _, turn, text, _, _ in group:
            flat = " ".join(text.split())
            if turn.index == last_turn:
                lines[-1] += " " + flat
            else:
                lines.append(f"{turn.speaker}: {flat}" if turn.speaker else flat)
            last_turn = turn.index
        start, end = min(u[3] for u in group), max(u[4] for u in group)
        sections.append(Section(transcript.name, len(sections), start, end, "\n".join(lines)))

    for unit in units:
        n = len(unit[2].split())
        if group and words + n > max_words:
            close()
            group, words = [], 0
        if unit[0] is not None:
            numbered[unit[0]] = dataclasses.replace(passages[unit[0]], section=len(sections))
        group.append(unit)
        words += n
    if group:
        close()
    return numbered, sections


def _previous_turns(transcript: Transcript, min_words: int) -> dict[int, Turn]:
    """For each turn's index, the last turn before it with at least `min_words` words (and one), in one pass."""
    out: dict[int, Turn] = {}
    last = None
    for turn in transcript.turns:
        if last is not None:
            out[turn.index] = last
        if len(turn.text.split()) >= max(min_words, 1):
            last = turn
    return out


def _fit(turn: Turn, units: list[tuple[int, int, int]], budget: int, count_tokens: TokenCounter):
    """Cut any unit over the budget at piece boundaries, then between words, until every unit fits."""
    out = []
    for a, b, n in units:
        if n <= budget:
            out.append((a, b, n))
            continue
        parts = _cut_at_pieces(turn, a, b)
        if len(parts) < 2:
            parts = (_cut_at_words(turn.text, a, b) if n <= _FAR_OVER * budget
                     else _cut_evenly(turn.text, a, b, math.ceil(2 * n / budget)))
        if len(parts) < 2:  # a single character over the limit: nothing left to cut at, keep it whole
            out.append((a, b, n))
            continue
        sized = zip(parts, count_tokens([turn.text[x:y] for x, y in parts]))
        out.extend(_fit(turn, [(x, y, m) for (x, y), m in sized], budget, count_tokens))
    return out


def _presplit(turn: Turn, a: int, b: int, max_tokens: int) -> list[tuple[int, int]]:
    """A sentence with more words than `_FAR_OVER` budgets (every word is a token at least, so it cannot fit)
    cut at its pieces, else into parts of about half a budget of words, before any token is counted: the
    tokenizer then reads many short texts in parallel instead of one of megabytes."""
    if turn.text.count(" ", a, b) < _FAR_OVER * max_tokens:
        return [(a, b)]
    parts = _cut_at_pieces(turn, a, b)
    if len(parts) < 2:
        words = len(turn.text[a:b].split())
        return _cut_evenly(turn.text, a, b, math.ceil(2 * words / max_tokens)) if words > max_tokens else [(a, b)]
    return [q for x, y in parts for q in _presplit(turn, x, y, max_tokens)]


def _cut_at_pieces(turn: Turn, a: int, b: int) -> list[tuple[int, int]]:
    first, end = _pieces_starting_inside(turn, a, b)
    cuts = [p.text_start for p in turn.pieces[first:end]]
    if not cuts:
        return []
    bounds = [a, *cuts, b]
    parts = []
    for x, y in zip(bounds, bounds[1:]):
        _add(parts, turn.text, x, y)
    return parts


def _cut_at_words(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Halve at the white space nearest the middle; in text without spaces (Chinese, Japanese, a run of
    symbols), at the middle character."""
    middle = (a + b) // 2
    cut = _space_near(text, middle, a, b)
    parts: list[tuple[int, int]] = []
    _add(parts, text, a, cut)
    _add(parts, text, cut, b)
    return parts


def _cut_evenly(text: str, a: int, b: int, count: int) -> list[tuple[int, int]]:
    """`text[a:b]` in about `count` parts of equal length, cut at the white space nearest each mark."""
    cuts = sorted({_space_near(text, a + (b - a) * i // count, a, b, reach=1000) for i in range(1, count)})
    parts: list[tuple[int, int]] = []
    for x, y in zip([a, *cuts], [*cuts, b]):
        _add(parts, text, x, y)
    return parts


def _space_near(text: str, mark: int, a: int, b: int, reach: int | None = None) -> int:
    """The space in `text[a:b]` nearest `mark` (within `reach` characters of it), else `mark` itself."""
    low, high = (a, b) if reach is None else (max(a, mark - reach), min(b, mark + reach))
    left = text.rfind(" ", low, mark + 1)
    right = text.find(" ", mark, high)
    candidates = [c for c in (left, right) if a < c < b]
    return min(candidates, key=lambda c: abs(c - mark)) if candidates else mark


def _pack(units: list[tuple[int, int, int]], budget: int) -> list[tuple[int, int]]:
    """Group consecutive units into passages of balanced size, none over the budget."""
    if not units:
        return []
    total = sum(n for _, _, n in units)
    target = total / math.ceil(total / budget)
    groups: list[tuple[int, int]] = []
    start, size = units[0][0], 0
    end = units[0][1]
    for a, b, n in units:
        if size and (size + n > budget or size >= target):
            groups.append((start, end))
            start, size = a, 0
        size += n
        end = b
    groups.append((start, end))
    return groups


def _passage(name: str, turn: Turn, a: int, b: int) -> Passage:
    start_char, end_char, start_time, end_time, paragraph = locate_in_file(turn, a, b)
    return Passage(
        transcript=name, speaker=turn.speaker, role=turn.role, text=turn.text[a:b],
        start_char=start_char, end_char=end_char, turn_index=turn.index, paragraph=paragraph,
        question=turn.question, start_time=start_time, end_time=end_time, turn_offset=a,
    )


_TEXT_START, _TEXT_END = attrgetter("text_start"), attrgetter("text_end")


def _pieces_starting_inside(turn: Turn, a: int, b: int) -> tuple[int, int]:
    """The range of indices of the turn's pieces that start strictly inside `turn.text[a:b]` (pieces are in
    text order, so a binary search finds them: a turn can hold 100,000 cues)."""
    first = bisect.bisect_right(turn.pieces, a, key=_TEXT_START)
    return first, bisect.bisect_left(turn.pieces, b, lo=first, key=_TEXT_START)


def locate_in_file(turn: Turn, a: int, b: int):
    """Map `turn.text[a:b]` to (start_char, end_char, start_time, end_time, paragraph) in the file."""
    first_index = bisect.bisect_right(turn.pieces, a, key=_TEXT_END)  # the first piece ending after a
    end_index = bisect.bisect_left(turn.pieces, b, lo=first_index, key=_TEXT_START)  # past the last starting before b
    if first_index < end_index:
        first, last = turn.pieces[first_index], turn.pieces[end_index - 1]
    else:
        first = last = turn.pieces[0]
    start = first.start_char + max(0, a - first.text_start) if first.verbatim else first.start_char
    end = last.start_char + min(b, last.text_end) - last.text_start if last.verbatim else last.end_char
    return start, end, first.start_time, last.end_time, first.paragraph


def offset_in_turn(turn: Turn, passage: Passage) -> int:
    """Where `passage.text` begins in `turn.text` (its `turn_offset`; found in the text for a passage of an index
    written before passages carried it)."""
    offset = passage.turn_offset
    if turn.text[offset:offset + len(passage.text)] != passage.text:
        offset = max(0, turn.text.find(passage.text))
    return offset


def sentence_units(turn: Turn, passage: Passage, max_words: int = MAX_UNIT_WORDS,
                   dangling_cut: float = 0.0, comma_cut: float = 0.0) -> list[SentenceUnit]:
    """The highlightable units of `passage` (a passage of `turn`), in order: its sentences, and where a sentence
    runs over `max_words` words (unpunctuated captions), sentence-like runs of it (`_short_runs`; a cut after a
    word of DANGLING_WORDS costs `dangling_cut` more, one after a comma, semicolon, colon or dash `comma_cut`
    less: the settings unit_dangling_cut and unit_comma_cut). Each unit carries its span in the file and its
    times."""
    offset = offset_in_turn(turn, passage)
    units = []
    for start, end in split_sentences(passage.text) or [(0, len(passage.text))]:
        for a, b in _short_runs(turn, offset + start, offset + end, max_words, dangling_cut, comma_cut):
            start_char, end_char, start_time, end_time, _ = locate_in_file(turn, a, b)
            units.append(SentenceUnit(a - offset, b - offset, start_char, end_char, start_time, end_time))
    return units


UNIT_TARGET_WORDS = 20  # the size _short_runs aims at when it must cut: about a spoken sentence
CUE_CUT = 0.1  # a cue boundary is a slightly better place to cut than mid-cue (the unit's times stay exact)
OPENER_CUT = 0.5  # ... a word that opens a clause ("so", "okay") a better one
_CLAUSE_OPENERS = frozenset("so okay ok now but because well alright right then also".split())
# words that cannot end a sentence: a run cut after one ends before what it introduces ("... NOAA has satellite
# technology that" / "is able to see from space ...": the answer in the next unit); not "and" / "or", which in speech
# often opens the next clause ("... and" / "then count proportions"): with them the dev sets lost two more highlights
DANGLING_WORDS = frozenset(
    "a an the that which who whom whose to of in on at by for from with into about as than if whether "
    "is are was were be been has have had will would can could should must my our your their its".split())
_PAUSE_MARK = re.compile(r"(?:[,;:]|^[—–-]+)[\"'”’)\]]*$")  # a word that ends on a comma, ... or is a dash


def _short_runs(turn: Turn, a: int, b: int, max_words: int, dangling_cut: float = 0.0,
                comma_cut: float = 0.0) -> list[tuple[int, int]]:
    """`turn.text[a:b]` as runs of at most `max_words` words, cut where the speaker most likely ended a sentence:
    at cue boundaries (the longer the pause before the next cue, the likelier) and before words that open a
    clause in speech ("so", "okay", "now"), and not after a word that cannot end a sentence (DANGLING_WORDS, at
    `dangling_cut` less), into runs near UNIT_TARGET_WORDS words. The cuts are chosen together (dynamic
    programming over the word boundaries), so the runs come out balanced."""
    spans = [(a + m.start(), a + m.end()) for m in re.finditer(r"\S+", turn.text[a:b])]
    if len(spans) <= max_words:
        return [(a, b)]
    strength = _cut_strengths(turn, spans, dangling_cut, comma_cut)
    target = min(UNIT_TARGET_WORDS, max_words)
    best = [0.0] + [math.inf] * len(spans)  # best[j]: cost of cutting the first j words into runs
    back = [0] * (len(spans) + 1)
    for j in range(1, len(spans) + 1):
        for i in range(max(0, j - max_words), j):
            cost = best[i] + ((j - i - target) / target) ** 2 - (strength[i] if i else 0.0)
            if cost < best[j]:
                best[j], back[j] = cost, i
    cuts, j = [], len(spans)
    while j:
        cuts.append(back[j])
        j = back[j]
    bounds = sorted(cuts)[1:]
    edges = [a, *(spans[i][0] for i in bounds), b]
    runs: list[tuple[int, int]] = []
    for x, y in zip(edges, edges[1:]):
        _add(runs, turn.text, x, y)
    return runs


def _cut_strengths(turn: Turn, spans: list[tuple[int, int]], dangling_cut: float = 0.0,
                   comma_cut: float = 0.0) -> list[float]:
    """How good a place to cut before each word is: CUE_CUT at a cue boundary, plus the pause before that cue in
    seconds (up to 2), plus OPENER_CUT before a word that opens a clause in speech, less `dangling_cut` after a
    word that cannot end a sentence (DANGLING_WORDS, with no punctuation after it), plus `comma_cut` after a
    comma, semicolon, colon or dash."""
    starts = [s for s, _ in spans]
    strengths = [OPENER_CUT if turn.text[s:e].lower().strip(",.;:!?\"'") in _CLAUSE_OPENERS else 0.0
                 for s, e in spans]
    for i in range(1, len(spans)):
        before = turn.text[spans[i - 1][0]:spans[i - 1][1]]
        if dangling_cut and before.lower() in DANGLING_WORDS:
            strengths[i] -= dangling_cut
        if comma_cut and _PAUSE_MARK.search(before):
            strengths[i] += comma_cut
    first, end = _pieces_starting_inside(turn, spans[0][0], spans[-1][1])
    for before, after in zip(turn.pieces[max(first, 1) - 1:end - 1], turn.pieces[max(first, 1):end]):
        i = bisect.bisect_left(starts, after.text_start)
        if 0 < i < len(starts) and not turn.text[after.text_start:starts[i]].strip():
            pause = (after.start_time - before.end_time
                     if after.start_time is not None and before.end_time is not None else 0.0)
            strengths[i] += CUE_CUT + min(max(pause, 0.0), 2.0)
    return strengths
