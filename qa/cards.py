"""The chat's HTML: each reply with its answer ([n] links to the cards), a strip per cited transcript showing
where the cited passages lie, the cards (the passage with its highlight, a player at the highlight's time, the
turns around it in place) and, under a declined question, why and the nearest passages behind a click.

Every piece of transcript text goes through `render.html_text` before it becomes HTML. The page's script
(`PAGE_SCRIPT`) acts on the data attributes written here: `data-card` scrolls to a card and opens its context,
`data-start` plays the card's recording from that time, `data-copy` copies a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Collection, Mapping, Sequence

from qa.render import clock, citation_text, html_text, in_markdown, position, readable_answer, shown_chars, spoken_at
from qa.types import Answer, Citation, ContextTurn

PASSAGE_WINDOW = 240  # characters shown either side of the highlight on a card; the context shows it whole
# characters of a long turn shown in "The conversation around it": either side of the cited span in the cited turn,
# the end of the turn before, the start of the turn after (trial35: captions that name no speaker are one turn, and
# the context of any of their cards was the whole recording, 2,000 words labelled with the card's time). About 120
# words, a card's length; not tuned
CONTEXT_WINDOW = 700
_REF = re.compile(r"\[(\d+)\]")
_VIDEO = (".mp4", ".webm")


@dataclass(frozen=True)
class Extent:
    """How long a transcript is, for placing passages on its strip: seconds where it is timed, else characters."""

    chars: int
    seconds: float | None = None


@dataclass(frozen=True)
class Reply:
    """One question of a conversation and what the page shows for it. `answer` None: still searching.
    `context` holds the turns around each citation by rank; `media` a playable URL per transcript; `unlabelled`
    the transcripts whose turns are not labelled question or answer (a podcast, a lecture): their cards name no
    turn kind, as every turn would say "statement" (ui31)."""

    number: int
    question: str
    answer: Answer | None = None
    context: Mapping[int, Sequence[ContextTurn]] = field(default_factory=dict)
    nearest: Sequence[Citation] = ()
    extents: Mapping[str, Extent] = field(default_factory=dict)
    media: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None
    min_similarity: float | None = None
    unlabelled: Collection[str] = frozenset()
    scope: str = ""  # the filters that narrowed the search, in words ("" when none): `scope_html`


def conversation_html(replies: Sequence[Reply]) -> str:
    return "".join(reply_html(r) for r in replies)


def reply_html(reply: Reply) -> str:
    head = f'<div class="tqa-asked">{html_text(reply.question)}</div>'
    if reply.error:
        body = f'<p class="tqa-error" role="alert">{html_text(reply.error)}</p>'
    elif reply.answer is None:
        body = '<p class="tqa-pending">Searching the transcripts…</p>'
    elif not reply.answer.answerable:
        body = declined_html(reply)
    else:
        body = answered_html(reply)
    return f'<section class="tqa-reply" id="a{reply.number}">{head}<div class="tqa-answer">{body}</div></section>'


def answered_html(reply: Reply) -> str:
    answer = reply.answer
    strong, weak = relevant_split(answer)
    parts = [f'<p class="tqa-text">{answer_text_html(readable_answer(answer), reply.number)}</p>',
             searched_html(answer), scope_html(reply)]
    if answer.note:  # what makes the answer uncertain ("Nobody named Putin speaks in these transcripts.")
        parts.append(f'<p class="tqa-note">{html_text(answer.note)}</p>')
    parts.append(strips_html(reply, {c.rank for c in weak}))
    parts += [card_html(c, reply) for c in strong]
    if weak:
        parts.append(f'<details class="tqa-more"><summary>more passages ({len(weak)})</summary>'
                     f'{"".join(card_html(c, reply) for c in weak)}</details>')
    return "".join(parts)


def declined_html(reply: Reply) -> str:
    why = reply.answer.note or _nearest_reason(reply)
    parts = [f'<p class="tqa-text tqa-declined">{html_text(reply.answer.answer)}</p>',
             f'<p class="tqa-why">{html_text(why)}</p>' if why else "", searched_html(reply.answer), scope_html(reply)]
    if reply.nearest:
        cards = "".join(card_html(c, reply) for c in reply.nearest)
        parts.append(f'<details class="tqa-nearest"><summary>nearest passages ({len(reply.nearest)})</summary>'
                     f"{cards}</details>")
    return "".join(parts)


def _nearest_reason(reply: Reply) -> str:
    best = max((c.cosine for c in reply.nearest if c.cosine is not None), default=None)
    if best is None or reply.min_similarity is None:
        return "No passage is close enough to the question."
    return (f"The closest passage is {best:.2f} similar to the question (cosine); an answer needs "
            f"{reply.min_similarity:.2f}.")


def scope_html(reply: Reply) -> str:
    """Which transcripts, speakers and roles the filters let the search see: an answer under a speaker filter
    quoted that speaker whoever the question named, with no sign of the filter (trial37: "What did Biden say about
    Taiwan?" answered with Suga's words)."""
    if not reply.scope:
        return ""
    return (f'<p class="tqa-scope"><small>searched only {html_text(reply.scope)} · to search everything, clear '
            f'the filters under Filters</small></p>')


def searched_html(answer: Answer) -> str:
    """What was searched, when earlier questions shaped it (the question depended on them), and how to ask the
    question alone instead."""
    if not answer.history_used or not answer.query:
        return ""
    return (f'<p class="tqa-searched"><small>searched: {html_text(answer.query)} · to ask it alone, untick '
            f'"Follow-up" under Filters and ask again</small></p>')


def relevant_split(answer: Answer) -> tuple[list[Citation], list[Citation]]:
    """(cards shown, cards behind "more passages"): those the answer text cites are shown, the rest are weak.
    The answer text keeps a passage when its highlight scores at least qa.cite.ANSWER_MARGIN of the best, so
    the cut is the one that made the answer; the first card is always shown."""
    cited = {int(n) for n in _REF.findall(answer.answer)}
    strong = [c for c in answer.citations if c.rank in cited or c.rank == 1]
    return strong, [c for c in answer.citations if c not in strong]


def answer_text_html(text: str, number: int) -> str:
    """The answer text with each [n] a link to card n of reply `number`."""
    out, at = [], 0
    for match in _REF.finditer(text):
        card = f"a{number}-c{match.group(1)}"
        out += [html_text(text[at:match.start()]),
                f'<a class="tqa-ref" href="#{card}" data-card="{card}">[{match.group(1)}]</a>']
        at = match.end()
    return "".join(out) + html_text(text[at:])


# ---- the strip: where the cited passages lie in each transcript -----------------------------------------------

def strips_html(reply: Reply, weak: set[int]) -> str:
    by_transcript: dict[str, list[Citation]] = {}
    for c in reply.answer.citations:
        by_transcript.setdefault(c.transcript, []).append(c)
    rows = [strip_html(cs, reply.extents.get(name), reply.number, weak) for name, cs in by_transcript.items()]
    return f'<div class="tqa-strips">{"".join(rows)}</div>'


# ticks nearer than this share of the bar are put in lanes one under the other: on a phone's bar (about 260 px) an
# 18-px tick covers 7% of it, so that two passages a paragraph apart would hide one another's tick
TICK_GAP = 0.07
TICK_PX = 18


def strip_html(citations: Sequence[Citation], extent: Extent | None, number: int, weak: set[int]) -> str:
    first = citations[0]
    timed = extent is not None and extent.seconds and first.start_time is not None
    length = f" · {clock(extent.seconds)}" if timed else ""
    shares = [strip_share(c, extent) for c in citations]
    lanes = tick_lanes(shares)
    ticks = "".join(_tick(c, share, number, c.rank in weak, lane) for c, share, lane in zip(citations, shares, lanes))
    height = f' style="height:{TICK_PX * (max(lanes, default=0) + 1)}px"' if any(lanes) else ""
    return (f'<div class="tqa-strip" data-transcript="{html_text(first.transcript)}">'
            f'<div class="tqa-strip-label">{html_text(first.title[:90])}{length}</div>'
            f'<div class="tqa-bar"{height}>{ticks}</div></div>')


def tick_lanes(shares: Sequence[float]) -> list[int]:
    """A lane (0: the bar's top) for each tick at `shares` (0..1 of the bar), so that no two ticks of one lane lie
    nearer than TICK_GAP and each can be clicked: from left to right, each in the first lane where it fits."""
    ends: list[float] = []  # the share of the last tick placed in each lane
    lanes = [0] * len(shares)
    for i in sorted(range(len(shares)), key=lambda n: shares[n]):
        lane = next((n for n, end in enumerate(ends) if shares[i] - end >= TICK_GAP), len(ends))
        ends[lane:lane + 1] = [shares[i]]
        lanes[i] = lane
    return lanes


def strip_share(citation: Citation, extent: Extent | None) -> float:
    """Where a citation lies in its transcript, 0..1: by time for timed sources, else by position in the text."""
    if extent is None:
        return 0.0
    if extent.seconds and citation.start_time is not None:
        return min(1.0, max(0.0, citation.start_time / extent.seconds))
    return min(1.0, max(0.0, citation.start_char / max(extent.chars, 1)))


def _tick(citation: Citation, share: float, number: int, weak: bool, lane: int = 0) -> str:
    card = f"a{number}-c{citation.rank}"
    where = position(citation)
    top = f";top:{TICK_PX * lane}px" if lane else ""
    return (f'<a class="tqa-tick{" tqa-weak" if weak else ""}" href="#{card}" data-card="{card}" '
            f'style="left:{100 * share:.2f}%{top}" title="[{citation.rank}] {html_text(where)}">{citation.rank}</a>')


# ---- a card ---------------------------------------------------------------------------------------------------

def card_html(citation: Citation, reply: Reply) -> str:
    c = citation
    labelled = c.transcript not in reply.unlabelled
    # the turn kind where the source labels turns (a reporter's question), the date where it gives one (ui31: a
    # podcast's every card said "(statement)" and "undated")
    kind = f" ({html_text(c.role)})" if labelled else ""
    head = " · ".join(part for part in (
        f"<strong>{html_text(c.speaker or 'unknown speaker')}</strong>{kind}",
        html_text(position(c)), html_text(c.date or "")) if part)
    context = reply.context.get(c.rank, ())
    return (f'<article class="tqa-card" id="a{reply.number}-c{c.rank}" data-rank="{c.rank}">'
            f'<div class="tqa-card-head"><strong>[{c.rank}]</strong> {head}'
            f'<br><small><em>{html_text(c.title)}</em></small></div>'
            f'<div class="tqa-passage">{passage_html(c)}</div>{player_html(c, reply.media.get(c.transcript))}'
            f'{context_html(c, context, labelled)}</article>')


def passage_html(citation: Citation) -> str:
    """The cited words with the highlight in <mark>; an exchange turn by turn with each speaker's name; a long
    passage cut to PASSAGE_WINDOW characters either side of the highlight; Markdown as it reads rendered."""
    start, end = highlight_span(citation)
    markdown = in_markdown(citation.transcript)
    if citation.kind == "exchange" and len(citation.turns) > 1:
        lines = []
        for turn in citation.turns:
            a, b = max(start, turn.text_start) - turn.text_start, min(end, turn.text_end) - turn.text_start
            words = citation.text[turn.text_start:turn.text_end]
            lines.append(f'<div class="tqa-line"><strong>{html_text(turn.speaker or "unknown")}</strong>: '
                         f"{marked_html(words, [(a, b, 'mark')], markdown)}</div>")
        return "".join(lines)
    return windowed_html(citation.text, start, end, markdown=markdown)


def highlight_span(citation: Citation) -> tuple[int, int]:
    """The highlight's offsets in `citation.text`: the record's own, else where its words are found."""
    if citation.highlight_end > citation.highlight_start:
        return citation.highlight_start, citation.highlight_end
    at = citation.text.find(citation.highlight.strip()) if citation.highlight.strip() else -1
    return (at, at + len(citation.highlight.strip())) if at >= 0 else (0, 0)


def windowed_html(text: str, start: int, end: int, window: int = PASSAGE_WINDOW, markdown: bool = False) -> str:
    if end <= start or len(text) <= 3 * window:
        return marked_html(text, [(start, end, "mark")], markdown)
    cut_start = max(0, text.rfind(" ", 0, max(0, start - window)) + 1) if start > window else 0
    cut_end = text.find(" ", end + window) if end + window < len(text) else len(text)
    cut_end = len(text) if cut_end < 0 else cut_end
    body = marked_html(text[cut_start:cut_end], [(start - cut_start, end - cut_start, "mark")], markdown)
    return ("… " if cut_start else "") + body + (" …" if cut_end < len(text) else "")


def marked_html(text: str, spans: Sequence[tuple[int, int, str]], markdown: bool = False) -> str:
    """`text` escaped, each (start, end, tag) span wrapped in <tag>: "mark" for the highlight, "span" for the
    cited span (class tqa-span). Spans may nest (a highlight inside the cited span). `markdown`: the text as it
    reads rendered (`render.shown_chars`: no escaping backslashes, no hard wraps), the spans' offsets unchanged."""
    cuts = sorted({0, len(text), *(max(0, min(len(text), x)) for a, b, _ in spans for x in (a, b))})
    shown = shown_chars(text) if markdown else list(text)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html_text("".join(shown[a:b]))
        for s, e, tag in sorted(spans, key=lambda span: span[2] == "mark"):
            if s <= a and b <= e and s < e:
                piece = f'<span class="tqa-span">{piece}</span>' if tag == "span" else f"<mark>{piece}</mark>"
        out.append(piece)
    return "".join(out)


def player_html(citation: Citation, src: str | None) -> str:
    """A player for the transcript's recording, started at the highlight's time by its button; for a media
    link that is a page (YouTube), a link that opens there."""
    at = citation.highlight_start_time if citation.highlight_start_time is not None else citation.start_time
    if at is None:
        return ""
    if src:
        tag = "video" if src.split("?")[0].lower().endswith(_VIDEO) else "audio"
        return (f'<div class="tqa-player"><button class="tqa-play" data-start="{at:.2f}">▶ Play from {clock(at)}'
                f'</button><{tag} class="tqa-media" controls preload="metadata" src="{html_text(src)}"></{tag}></div>')
    url = citation.media_url if citation.media_url and citation.media_url.startswith(("https://", "http://")) else None
    if url:
        return (f'<div class="tqa-player"><a href="{html_text(url)}" target="_blank" rel="noopener noreferrer">'
                f"▶ {clock(at)} (opens the recording)</a></div>")
    return ""


def context_html(citation: Citation, turns: Sequence[ContextTurn], labelled: bool = True) -> str:
    """The turns around a citation, collapsed under the card: the cited span marked, the highlight in <mark>,
    and the citation to copy. The cited turn is labelled with the card's own position, so numbers agree;
    `labelled`: each turn says its kind (question, answer, statement)."""
    if not turns:
        return ""
    rows = [context_turn_html(t, citation, labelled) for t in turns]
    copy = citation_text(citation)
    return (f'<details class="tqa-context"><summary>The conversation around it</summary>{"".join(rows)}'
            f'<blockquote class="tqa-cite">{html_text(copy)}</blockquote>'
            f'<button class="tqa-copy" data-copy="{html_text(copy)}">Copy citation</button></details>')


def context_turn_html(turn: ContextTurn, citation: Citation, labelled: bool = True) -> str:
    spans = []
    if turn.cited and turn.cited_start is not None:
        spans.append((turn.cited_start, turn.cited_end, "span"))
        found = _find_near(turn.text, citation.highlight.strip(), turn.cited_start)
        if found is not None:
            spans.append((found, found + len(citation.highlight.strip()), "mark"))
    where = cited_place(turn, citation) if turn.cited else (clock(turn.start_time) if turn.start_time is not None
                                                             else f"¶ {turn.paragraph}")
    about = " · ".join(html_text(part) for part in (turn.role if labelled else "", where) if part)
    if turn.cited and turn.cited_start is not None:
        keep = (turn.cited_start - CONTEXT_WINDOW, turn.cited_end + CONTEXT_WINDOW)
    elif turn.end_char <= citation.start_char:  # a turn before: its end leads into the cited words
        keep = (len(turn.text) - CONTEXT_WINDOW, len(turn.text))
    else:  # a turn after: its start follows them
        keep = (0, CONTEXT_WINDOW)
    return (f'<div class="tqa-turn{" tqa-cited" if turn.cited else ""}">'
            f"<div><strong>{html_text(turn.speaker or 'unknown speaker')}</strong>"
            f"{f' <small>({about})</small>' if about else ''}</div>"
            f"<div>{excerpt_html(turn.text, spans, keep, in_markdown(citation.transcript))}</div></div>")


def cited_place(turn: ContextTurn, citation: Citation) -> str:
    """Where a cited turn of the context lies: the card's own position for the turn that holds a timed
    highlight (the card gives the highlight's time), else the time or paragraph where the citation's part of
    this turn starts. A citation of several turns (an exchange) labelled each with the card's time or paragraph
    (trial39: "Maya Okafor (00:01:09) A third doesn't sound like much.", said at 00:01:16)."""
    part = next((t for t in citation.turns if t.start_char < turn.end_char and turn.start_char < t.end_char), None)
    at = citation.highlight_start_char
    holds = at is not None and turn.start_char <= at < turn.end_char
    if part is None or (holds and spoken_at(citation) is not None):
        return position(citation)
    return clock(part.start_time) if part.start_time is not None else f"¶ {part.paragraph}"


def excerpt_html(text: str, spans: Sequence[tuple[int, int, str]], keep: tuple[int, int],
                 markdown: bool = False) -> str:
    """`text` marked as `marked_html` marks it, cut to the characters `keep` spans (widened to whole words) with
    "…" where words are left out; a text not much longer than the window is shown whole."""
    start, end = max(0, keep[0]), min(len(text), keep[1])
    if len(text) <= (end - start) + CONTEXT_WINDOW // 2:
        return marked_html(text, spans, markdown)
    if start > 0:
        start = text.rfind(" ", 0, start) + 1
    if end < len(text):
        space = text.find(" ", end)
        end = len(text) if space < 0 else space
    shown = marked_html(text[start:end], [(a - start, b - start, tag) for a, b, tag in spans], markdown)
    return ("… " if start else "") + shown + (" …" if end < len(text) else "")


def _find_near(text: str, words: str, near: int) -> int | None:
    """The occurrence of `words` in `text` nearest offset `near`."""
    if not words:
        return None
    found = [m.start() for m in re.finditer(re.escape(words), text)]
    return min(found, key=lambda at: abs(at - near)) if found else None


# ---- the corpus table -----------------------------------------------------------------------------------------

def corpus_table_html(rows: Sequence[Mapping[str, object]]) -> str:
    """The indexed transcripts as a table that wraps to the page: title, date, speakers, passages, duration,
    recording."""
    if not rows:
        return '<p class="tqa-empty">No transcripts indexed yet: add some below.</p>'
    columns = {"title": "Title", "date": "Date", "speakers": "Speakers", "passages": "Passages",
               "duration": "Duration", "recording": "Recording", "name": "File"}
    head = "".join(f"<th>{h}</th>" for h in columns.values())
    body = "".join(
        "<tr>" + "".join(f'<td data-col="{k}"{_label(k, label)}>{_cell(k, r.get(k))}</td>'
                         for k, label in columns.items()) + "</tr>"
        for r in rows)
    return f'<table class="tqa-corpus"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _label(column: str, label: str) -> str:
    """The label a phone shows before a cell (its table head is hidden there); the title goes without."""
    return "" if column == "title" else f' data-label="{label}"'


def _cell(column: str, value: object) -> str:
    """A cell's text; a file name may break after its hyphens, underscores and dots, never inside a word."""
    text = html_text(str(value or ""))
    return re.sub(r"([-_.])", r"\1<wbr>", text) if column == "name" else text
