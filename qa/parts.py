"""A question asked in two parts: its parts by form, and one answer whose first citations cover each part.

"What did Suga say about Taiwan and about Xinjiang?" searched as one text finds the passage that says most of its
words, most often about one of the two; the other part is cited low or not at all (docs/retrieval.md, "Questions in
two parts"). `asked_parts` reads the parts from the question's form alone (never from what a transcript says):
- two topics: "... about A and about B?" (also "and on B", "and regarding B");
- two questions: "Q1, and <wh-word> ...?", when the second names something of its own ("and why?" does not);
- two speakers: "What did A and B (each) say ...?" (a verb of speaking after the pair);
- the same preposition twice: "... the expulsions by the United States and by Poland?";
- a comparison: "How does A differ from B?", "How is A different from B?", "How do A and B differ?", "What is the
  difference between A and B?", "How does X contrast A with B?": each term asked "What is A?".
`with_parts` keeps the whole question's answer and its first citation, and cites each part's first citation among
the first PARTS_COVERED_AT where none of them highlights what it does; the answer text then shows each part's
highlight beside those it showed.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from qa.cite import answer_line
from qa.types import Answer, Citation

# False: a question is searched as one text, whatever its form (the behaviour before; docs/retrieval.md)
ASKED_PARTS = True
# a part counts as shown when one of the first this many citations highlights it (qa.cite.ANSWER_CITATIONS)
PARTS_COVERED_AT = 3
# a part's first citation is taken even where the part asked alone would be declined (the whole question is not)
PARTS_CITED_ANYWAY = True
# a whole question declined whose every part, asked alone, is answered: answered from its parts (`from_parts`;
# False: declined as asked)
DECLINED_WHOLE_FROM_PARTS = True

_WH = r"(?:what|who|whom|which|why|how|when|where|whose)"
_SPEAKING = r"(?:say|said|think|report|reported|answer|answered|tell|mention|announce|propose|want|describe)"
_TOPICS = (
    re.compile(r"^(?P<stem>.*?\babout) (?P<a>.+?),? and (?:also )?(?:about|on|regarding) (?P<b>[^?]+?)\s*\??$",
               re.IGNORECASE),
    # the same preposition again: "... the expulsions by the United States and by Poland?"
    re.compile(r"^(?P<stem>.*?\b(?P<prep>by|on|for|in|from|with|to|regarding|of)) (?P<a>.+?),? and (?:also )?"
               r"(?P=prep) (?P<b>[^?]+?)\s*\??$", re.IGNORECASE),
)
_QUESTIONS = re.compile(rf"^(?P<a>.+?),? and (?P<b>{_WH}\b[^?]*?)\s*\??$", re.IGNORECASE)
_NAME = r"(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*)*"
_SPEAKERS = re.compile(rf"^(?P<head>.*?\b(?:did|do|does) )(?P<a>{_NAME}) and (?P<b>{_NAME}) (?:each |both )?"
                       rf"(?P<tail>{_SPEAKING}\b[^?]*?)\s*\??$")
_COMPARED = (
    re.compile(r"^how (?:does|do|did|is|are|was|were) (?P<a>.+?) (?:differ|different) (?:from|to) "
               r"(?P<b>[^?]+?)\s*\??$", re.IGNORECASE),
    re.compile(r"^what(?: is|'s|’s| are) the differences? between (?P<a>.+?) and (?P<b>[^?]+?)\s*\??$",
               re.IGNORECASE),
    re.compile(r"\bcontrasts? (?P<a>.+?) (?:with|and) (?P<b>[^?]+?)\s*\??$", re.IGNORECASE),
    re.compile(r"^how (?:do|does|did) (?P<a>.+?) and (?P<b>.+?) differ\b", re.IGNORECASE),
)
# words a second question needs beyond its wh-word to be a question of its own ("and why?", "and how?" are not)
_BARE = frozenset("what who whom which why how when where whose and so then else exactly did does do is are was "
                  "were each one ones it they them this that".split())
# a part that points back to the other ("How much of it do foreigners hold?", "Which does it leave alone?", "the
# earlier ones") is no question of its own: such a question is asked as one
_POINTING = frozenset("it its they them their theirs ones each this that these those he she him her his".split())
_ACCORDING = re.compile(r"^according to [^,]+, ", re.IGNORECASE)


def asked_parts(question: str) -> tuple[str, ...]:
    """The parts of a question asked in two, each as a question of its own; () for a question asked in one."""
    text = " ".join(question.split())
    if not ASKED_PARTS or not text:
        return ()
    for pattern in _TOPICS:
        if m := pattern.match(text):
            return _two(f"{m['stem']} {m['a']}?", f"{m['stem']} {m['b']}?")
    if m := _SPEAKERS.match(text):
        return _two(f"{m['head']}{m['a']} {m['tail']}?", f"{m['head']}{m['b']} {m['tail']}?")
    if (m := _QUESTIONS.match(text)) and _own_words(m["b"]):
        return _two(f"{m['a']}?", f"{m['b'][0].upper()}{m['b'][1:]}?")
    plain = _ACCORDING.sub("", text)
    for pattern in _COMPARED:
        if m := pattern.search(plain):
            return _two(_what_is(m["a"]), _what_is(m["b"]))
    return ()


def _what_is(term: str) -> str:
    last = term.split()[-1] if term.split() else ""
    plural = last.islower() and last.endswith("s") and not last.endswith("ss")
    return f"What {'are' if plural else 'is'} {term}?"


def _two(a: str, b: str) -> tuple[str, ...]:
    a, b = a.strip(), b.strip()
    if any(w.lower() in _POINTING for part in (a, b) for w in re.findall(r"[\w’'-]+", part)):
        return ()
    return (a, b) if _own_words(a) and _own_words(b) and a.lower() != b.lower() else ()


def _own_words(text: str) -> bool:
    return any(w.lower() not in _BARE for w in re.findall(r"[\w’'-]+", text))


def _highlight_of(c: Citation) -> tuple[int, int]:
    start, end = c.highlight_start_char, c.highlight_end_char
    return (start, end) if start is not None and end is not None and start < end else (c.start_char, c.end_char)


def _holds(a: Citation, b: Citation) -> bool:
    """Whether citation `a`'s span holds `b`'s highlight."""
    start, end = _highlight_of(b)
    return a.transcript == b.transcript and a.start_char < end and start < a.end_char


def _shows(a: Citation, b: Citation) -> bool:
    """Whether citation `a`'s highlight is `b`'s (they overlap)."""
    (s1, e1), (s2, e2) = _highlight_of(a), _highlight_of(b)
    return a.transcript == b.transcript and s1 < e2 and s2 < e1


def with_parts(answer: Answer, parts: Sequence[Answer], k: int) -> tuple[Answer, list[tuple[int, int]]]:
    """`answer` (the whole question's) made to cite each answered part among its first citations. [1] stays. Per
    part, its own first citation: where one of the first PARTS_COVERED_AT citations highlights the same sentence, that
    one shows the part; else where one of them after [1] holds its highlight, the part's citation takes its rank;
    else it is cited right after [1] (in the order of the parts: [1] may hold it, highlighting the other part), and
    a later citation that holds its highlight is dropped. At most `k` in all, renumbered. The answer text keeps the
    highlights it showed and adds each part's. Returns the answer and, per citation, where it came from: (-1, i) the
    whole answer's i-th, (p, 0) part p's first. A declined answer, or one with no part answered from a recording of
    its first citations, is returned as it is."""
    same = [(-1, i) for i in range(len(answer.citations))]
    # a part answered from a recording none of the first citations is from answers something else ("What is a
    # car?" of "How does a digital system differ from a car?", from the wildfire meeting's cars in the driveway)
    recordings = {c.transcript for c in answer.citations[:PARTS_COVERED_AT]}
    answered = [(p, part.citations[0]) for p, part in enumerate(parts)
                if part.answerable and part.citations and part.citations[0].transcript in recordings]
    if not answer.answerable or not answer.citations or not answered:
        return answer, same
    slots: list[tuple[Citation, tuple[int, int]]] = [(c, (-1, i)) for i, c in enumerate(answer.citations)]
    inserted: list[tuple[Citation, tuple[int, int]]] = []
    shown: list[Citation] = []  # the citation that shows each answered part
    for p, top in answered:
        first = [c for c, _ in slots[:PARTS_COVERED_AT]] + [c for c, _ in inserted]
        showing = next((c for c in first if _shows(c, top)), None)
        if showing is not None:  # a first citation highlights what the part's does
            shown.append(showing)
            continue
        at = next((i for i, (c, _) in enumerate(slots[1:PARTS_COVERED_AT], 1)
                   if _holds(c, top) and not any(c is s for s in shown)), None)
        if at is not None:  # one holds it, highlighting something else: the part's highlight there
            slots[at] = (top, (p, 0))
        else:  # none does ([1] may hold it, highlighting the other part): cited after [1]
            inserted.append((top, (p, 0)))
        shown.append(top)
    kept = [slots[0]] + inserted + [(c, src) for c, src in slots[1:]
                                    if not any(_holds(c, t) for t, _ in inserted)]
    kept = kept[:k]
    citations = [dataclasses.replace(c, rank=r) for r, (c, _) in enumerate(kept, 1)]
    ranks = {id(c): r for r, (c, _) in enumerate(kept, 1)}
    # the highlights the whole answer's text showed stay (at their new ranks), with each part's
    was = {src[1] + 1: r for r, (_, src) in enumerate(kept, 1) if src[0] < 0}
    texted = {was[int(n)] for n in re.findall(r"\[(\d+)\]", answer.answer) if int(n) in was}
    chosen = sorted({1, *texted, *(ranks[id(c)] for c in shown if id(c) in ranks)})
    text = answer_line([citations[r - 1] for r in chosen])
    return dataclasses.replace(answer, citations=tuple(citations), answer=text), [src for _, src in kept]


def from_parts(answer: Answer, parts: Sequence[Answer], k: int) -> tuple[Answer, list[tuple[int, int]]]:
    """A declined whole question whose every part is answered alone: the parts' citations taken in turn (each
    part's first, then each part's second, ...; a place cited already is not cited again), at most `k`, and the
    answer text each part's first highlight. The whole question's answer where it is answered, or where a part is
    declined (a question about X and about something no transcript holds stays declined). Returns the answer and,
    per citation, (p, i): part p's i-th."""
    if answer.answerable or not parts or not all(p.answerable and p.citations for p in parts):
        return answer, [(-1, i) for i in range(len(answer.citations))]
    taken: list[tuple[Citation, tuple[int, int]]] = []
    for i in range(max(len(p.citations) for p in parts)):
        for p, part in enumerate(parts):
            if i < len(part.citations) and not any(_holds(c, part.citations[i]) for c, _ in taken):
                taken.append((part.citations[i], (p, i)))
    taken = taken[:k]
    citations = [dataclasses.replace(c, rank=r) for r, (c, _) in enumerate(taken, 1)]
    firsts = sorted({r for r, (_, (p, i)) in enumerate(taken, 1) if i == 0})
    text = answer_line([citations[r - 1] for r in firsts])
    notes = " ".join(dict.fromkeys(p.note for p in parts if p.note))
    return dataclasses.replace(answer, answerable=True, answer=text, citations=tuple(citations), note=notes or None,
                               evidence=parts[0].evidence), [src for _, src in taken]
