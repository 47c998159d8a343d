"""Text forms that both front ends show: hh:mm:ss, where a citation sits, the citation to copy, one-line
excerpts with the highlight marked, and text escaped for HTML or Markdown.

The CLI prints these; the UI (through qa.cards) puts them in the page. Nothing here reads an index.
"""

from __future__ import annotations

import html
import re
from datetime import date as Date
from typing import Collection

from qa.parse.text import parse_date
from qa.types import Citation

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")
MARKDOWN_SUFFIXES = (".md", ".markdown")
_ANSWER_REF = re.compile(r"\[(\d+)\]")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def clock(seconds: float | None) -> str:
    """Seconds as hh:mm:ss ("" for None)."""
    if seconds is None:
        return ""
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def duration(seconds: float | None) -> str:
    """A length of time for a table: "1 h 02 min", "12 min", "45 s" ("" for None)."""
    if seconds is None:
        return ""
    s = int(round(seconds))
    if s >= 3600:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 60} min" if s >= 60 else f"{s} s"


def spoken_at(citation: Citation) -> float | None:
    """When a timed citation's answer is spoken: its highlight's start where known, else its passage's (None for an
    untimed source). A passage runs a minute or so; "At what time does he explain X?" asks for the highlighted
    sentence's time, which the media link already plays from (trial27: "at 00:10:59" for a sentence said at 11:14)."""
    return citation.highlight_start_time if citation.highlight_start_time is not None else citation.start_time


def where(citation: Citation) -> str:
    """"at hh:mm:ss" (the highlight's time, `spoken_at`) for timed sources, "paragraph N" otherwise."""
    at = spoken_at(citation)
    if at is not None:
        return f"at {clock(at)}"
    return f"paragraph {citation.paragraph}" if citation.paragraph else ""


def position(citation: Citation) -> str:
    """The short form of `where` for a card: "00:12:05" or "¶ 28"."""
    at = spoken_at(citation)
    if at is not None:
        return clock(at)
    return f"¶ {citation.paragraph}" if citation.paragraph else ""


def count(n: int, noun: str) -> str:
    """ "1 passage", "18 passages": a count with its noun (regular plurals only)."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def one_line(text: str) -> str:
    return " ".join(text.split())


def long_date(iso: str | None) -> str | None:
    """"2021-04-16" as "16 April 2021"; anything else unchanged."""
    try:
        day = Date.fromisoformat(iso or "")
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%B')} {day.year}"


def citation_text(citation: Citation) -> str:
    """A citation to paste in an article: “quote” — speaker, title, date, position."""
    quote = one_line(readable(citation.highlight or citation.text, citation.transcript))
    # Titles of official transcripts often end with the date already; say it once.
    date = None if citation.date and parse_date(citation.title)[0] == citation.date else long_date(citation.date)
    source = ", ".join(p for p in (citation.speaker, citation.title, date, where(citation)) if p)
    return f"“{quote}” — {source}."


def excerpt(text: str, highlight: str, width: int = 600, marks: tuple[str, str] = ("»", "«")) -> str:
    """The passage on one line with the highlight between `marks`, cut to about `width` characters around it."""
    at = text.find(highlight) if highlight else -1
    if at < 0:
        flat = one_line(text)
        return flat if len(flat) <= width else flat[:width].rsplit(" ", 1)[0] + " …"
    before, after = one_line(text[:at]), one_line(text[at + len(highlight):])
    marked = f"{marks[0]}{one_line(highlight)}{marks[1]}"
    room = max(0, width - len(marked)) // 2
    # cut at spaces, so that no word is shown in part
    head = before if len(before) <= room else "… " + before[len(before) - room:].partition(" ")[2]
    tail = after if len(after) <= room else after[:room].rpartition(" ")[0] + " …"
    return " ".join(x for x in (head, marked, tail) if x)


def in_markdown(transcript: str) -> bool:
    """Whether transcript `transcript` (its file name) is Markdown, whose text a reader sees rendered."""
    return transcript.lower().endswith(MARKDOWN_SUFFIXES)


# Inline HTML in a Markdown transcript saved from a site: its tags are markup, not words (trial42/43: the White House's
# correction "<s>JOPCA</s> \\[JCPOA\\]" showed tags and all in the card, the answer and the citation to copy); text
# struck through is what the site corrected, and reads as the correction alone ("... into the [JCPOA], and").
_STRUCK = re.compile(r"<(s|del|strike)(?:\s[^<>\n]*)?>[^<]*?</\1\s*>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:s|del|strike|ins|u|em|i|b|strong|mark|sup|sub|small|span|font|abbr|cite|q)"
                         r"(?:\s[^<>\n]*)?/?>|<br\s*/?>", re.IGNORECASE)


def shown_chars(text: str) -> list[str]:
    """Each character of Markdown `text` as the rendered page shows it, one entry per character so that offsets
    into `text` (a highlight's, a cited span's) stay valid: a backslash that escapes ASCII punctuation is not shown
    ("\\[24:23\\]" reads "[24:23]", "\\[sic\\]" "[sic]"), and a line break inside a paragraph is a space (the
    files are hard-wrapped: "aggressive action to meet\\nthe threats" is one line); a blank line stays a break.
    Inline HTML tags are not shown, nor the text they strike through (`_STRUCK`, with one space beside it)."""
    shown = list(text)
    for match in _STRUCK.finditer(text):
        start, end = match.span()
        if start and text[start - 1] in " \xa0" and text[end:end + 1] in (" ", "\xa0"):
            end += 1  # "the <s>JOPCA</s> [JCPOA]": one space left, not two
        shown[start:end] = [""] * (end - start)
    for match in _INLINE_TAG.finditer(text):
        shown[match.start():match.end()] = [""] * (match.end() - match.start())
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _ASCII_PUNCTUATION:
            shown[i] = ""
            i += 2
            continue
        if text[i] == "\n" and shown[i] == "\n" and text[i - 1:i] != "\n" and text[i + 1:i + 2] != "\n":
            shown[i] = " "
        i += 1
    return shown


def readable(text: str, transcript: str) -> str:
    """`text` of transcript `transcript` as a reader sees it: Markdown as rendered (`shown_chars`), else as is."""
    return "".join(shown_chars(text)) if in_markdown(transcript) else text


def readable_answer(answer) -> str:
    """The answer text as a reader sees it: each highlight before its [n] `readable` in citation n's transcript
    ("\\[24:23\\] My colleague ..." of a Markdown interview reads "[24:23] My colleague ..."), marked "…" where it
    begins or ends inside a sentence (`cut_in_sentence`)."""
    cited = {c.rank: c for c in answer.citations}
    out, at = [], 0
    for m in _ANSWER_REF.finditer(answer.answer):
        c = cited.get(int(m.group(1)))
        said = answer.answer[at:m.start()]
        out += [_marked(readable(said, c.transcript), c) if c else said, m.group()]
        at = m.end()
    return "".join(out) + answer.answer[at:]


_SENTENCE_END = re.compile(r"[.?!…][\"'”’)\]]*$")


def cut_in_sentence(citation: Citation) -> tuple[bool, bool]:
    """Whether the citation's highlight begins, and whether it ends, inside a sentence of its passage: a sentence
    over the longest highlight is cut into runs (`qa.segment.sentence_units`), and one that is still too long as a
    whole (`qa.cite.whole_sentence`) is highlighted in part (trial29, trial37: "in the primary market for ruble or
    non-ruble denominated bonds ...", the second run of a 51-word sentence). Begins inside: words of its passage
    before it that end no sentence, and it opens in lower case; ends inside: words after it, and it ends on no
    ".", "?" or "!". Never in an unpunctuated passage (captions), where no sentence is marked to be inside of."""
    text, highlight = citation.text, citation.highlight.strip()
    if not highlight or not re.search(r"[.?!]", text) or citation.highlight_end <= citation.highlight_start:
        return False, False
    before, after = text[:citation.highlight_start].rstrip(), text[citation.highlight_end:].strip()
    begins = bool(before) and not _SENTENCE_END.search(before) and highlight[:1].islower()
    ends = bool(after) and not _SENTENCE_END.search(highlight)
    return begins, ends


def _marked(said: str, citation: Citation) -> str:
    """`said` (a highlight in the answer line, its spaces around it) with "…" where it is cut inside a sentence."""
    if not said.strip():
        return said
    begins, ends = cut_in_sentence(citation)
    lead, core, trail = said[:len(said) - len(said.lstrip())], said.strip(), said[len(said.rstrip()):]
    return f"{lead}{'…' if begins else ''}{core}{'…' if ends else ''}{trail}"


def html_text(text: str) -> str:
    """`text` as inert HTML: escaped, with braces and dollars as entities too (Gradio's HTML component fills
    templates and its chat renders LaTeX, and neither may read our text); newlines become <br>."""
    escaped = html.escape(text).replace("{", "&#123;").replace("}", "&#125;").replace("$", "&#36;")
    return escaped.replace("\n", "<br>")


def markdown_text(text: str) -> str:
    """`text` as inert Markdown on one line: every character Markdown or HTML would read is escaped, so a
    quoted `[x](javascript:...)` stays text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def message_text(text: str) -> str:
    """A message that quotes file content, for a place that renders HTML (gr.Error, gr.Warning): escaped,
    brackets and parentheses as entities so no Markdown link can form, on one line."""
    return html_text(one_line(text)).replace("[", "&#91;").replace("]", "&#93;").replace("(", "&#40;").replace(
        ")", "&#41;")


def _turn_by_turn(citation: Citation) -> str:
    """A citation's words, an exchange's turn by turn after each speaker's name (as its card shows them), not with
    the file's own labels between them ("**Jerod Santo:** \\[laughs\\]")."""
    if citation.kind != "exchange" or len(citation.turns) < 2:
        return citation.text
    return " ".join(f"{t.speaker or 'unknown'}: {citation.text[t.text_start:t.text_end]}" for t in citation.turns)


def render_answer(answer, unlabelled: Collection[str] = ()) -> str:
    """The answer as terminal text: the answering sentences, the note that says what is uncertain (as the UI's card
    shows it: "Uncertain: ...", "No count is made here: ..."), then each cited passage. A citation of a transcript
    in `unlabelled` (one that labels no turn a question or an answer: a podcast, a meeting) does not name its turn's
    kind, as the UI's cards do not (every line said "statement": trial39)."""
    note = getattr(answer, "note", None)
    if not answer.answerable:
        return answer.answer + (f"\n({note})" if note else "")
    lines = [readable_answer(answer), *([f"({note})"] if note else []), ""]
    for c in answer.citations:
        title = c.title if len(c.title) <= 80 else c.title[:80].rsplit(" ", 1)[0] + " …"
        role = "" if c.transcript in unlabelled else c.role
        meta = ", ".join(x for x in (title, c.date, c.speaker or "unknown speaker", role, where(c)) if x)
        lines.append(f"[{c.rank}] {c.transcript} ({meta}; score {c.score:.3f})")
        if c.question:
            asked = one_line(c.question)
            lines.append(f"    answering: {asked[:160]}{'…' if len(asked) > 160 else ''}")
        if c.media_url:
            at = spoken_at(c)
            label = f"media at {clock(at)}" if at is not None else "source"
            lines.append(f"    {label}: {c.media_url}")
        lines.append(f"    highlight: {one_line(readable(c.highlight, c.transcript))}")
        lines.append(f"    passage: {readable(excerpt(_turn_by_turn(c), c.highlight), c.transcript)}")
        lines.append("")
    return "\n".join(lines).rstrip()
