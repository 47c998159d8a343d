"""An exchange: consecutive turns of several speakers cited as one (a reporter's question with its answer, a
stretch of rapid meeting talk), made into what a citation needs.

The exchange's span runs from where its first turn's cited part begins to where its last turn's cited part
ends; turns in between are whole. Where every turn in it is verbatim file text (plain text, Markdown), the
citation's text is the file's text over that span, speaker labels included, so that
`file_text[start_char:end_char] == text` holds as for a passage. Otherwise (subtitles, Whisper JSON, HTML,
office formats) it is each turn's cited words, a line per turn, as a passage's text is its cues' words.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Sequence

import numpy as np

from qa import define
from qa.rerank import NamedSpeakers, plain_cosine
from qa.retrieve import interviewer, is_question_only, nearest_unit, only_asks
from qa.segment import locate_in_file
from qa.types import CitedTurn, Hit, Passage, SentenceUnit, Turn

if TYPE_CHECKING:  # the store is only read here: qa.api hands it in
    from qa.store import Store


@dataclass(frozen=True)
class ExchangeText:
    """What a citation of an exchange shows: its text, span, times, turns, and where each of its passages'
    text begins inside `text` (`passage_offsets`, in the order of `Hit.passages`)."""

    text: str
    start_char: int
    end_char: int
    start_time: float | None
    end_time: float | None
    paragraph: int
    turns: tuple[CitedTurn, ...]
    passage_offsets: tuple[int, ...]


def turn_parts(hit: Hit, turns: Sequence[Turn], bounds: tuple[int | None, int | None] = (None, None)
               ) -> list[tuple[Turn, int, int]]:
    """(turn, a, b) for each turn of the exchange: the cited part is `turn.text[a:b]`. A turn with passages in
    the exchange is cited from its first such passage to its last; a turn without any (a backchannel) whole.
    `bounds` may move where the first turn's part begins and where the last turn's part ends (offsets in those
    turns' text; None: the passages' own)."""
    by_turn: dict[int, list[Passage]] = {}
    for p in hit.passages:
        by_turn.setdefault(p.turn_index, []).append(p)
    parts = []
    for turn in turns[hit.first_turn:hit.last_turn + 1]:
        held = by_turn.get(turn.index)
        if held:
            parts.append((turn, held[0].turn_offset, held[-1].turn_offset + len(held[-1].text)))
        elif turn.text.strip():
            parts.append((turn, 0, len(turn.text)))
    start, end = bounds
    if start is not None and parts[0][0].index == hit.first_turn:
        parts[0] = (parts[0][0], max(parts[0][1], start), parts[0][2])
    if end is not None and parts[-1][0].index == hit.last_turn:
        parts[-1] = (parts[-1][0], parts[-1][1], min(parts[-1][2], end))
    return parts


def _verbatim(turn: Turn) -> bool:
    return all(piece.verbatim for piece in turn.pieces)


def exchange_text(hit: Hit, file_text: str, turns: Sequence[Turn],
                  bounds: tuple[int | None, int | None] = (None, None)) -> ExchangeText:
    """The citation text of exchange `hit` over its transcript (`file_text`, `turns`), its turns and the
    offsets of its passages in that text (negative for a passage whose start `bounds` cut off; see
    `turn_parts`)."""
    parts = turn_parts(hit, turns, bounds)
    located = [(turn, a, b, locate_in_file(turn, a, b)) for turn, a, b in parts]
    start_char, end_char = located[0][3][0], located[-1][3][1]
    verbatim = all(_verbatim(turn) for turn, *_ in located)
    cited, chunks, where = [], [], {}
    at = 0
    for turn, a, b, (s, e, t0, t1, paragraph) in located:
        if verbatim:
            text_start, text_end = s - start_char, e - start_char
        else:
            if chunks:
                at += 1  # the line break that joins turns
            text_start, text_end = at, at + (b - a)
            chunks.append(turn.text[a:b])
            at = text_end
        where[turn.index] = (text_start, a)
        cited.append(CitedTurn(speaker=turn.speaker, role=turn.role, start_char=s, end_char=e, start_time=t0,
                               end_time=t1, paragraph=paragraph, text_start=text_start, text_end=text_end))
    text = file_text[start_char:end_char] if verbatim else "\n".join(chunks)
    offsets = []
    for p in hit.passages:
        text_start, a = where[p.turn_index]
        offsets.append(p.start_char - start_char if verbatim else text_start + p.turn_offset - a)
    return ExchangeText(text=text, start_char=start_char, end_char=end_char, start_time=cited[0].start_time,
                        end_time=cited[-1].end_time, paragraph=cited[0].paragraph, turns=tuple(cited),
                        passage_offsets=tuple(offsets))


def exchange_units(hit: Hit, cited: ExchangeText, units_of) -> list[tuple[SentenceUnit, Passage]]:
    """The highlightable units of the exchange's passages with offsets into the exchange's `text`, in order, each
    with the passage it belongs to (its turn is the one the highlight would sit in)."""
    out = []
    for passage, at in zip(hit.passages, cited.passage_offsets):
        for u in units_of(passage):
            out.append((dataclasses.replace(u, start=u.start + at, end=u.end + at), passage))
    return out


HANDOVER_WORDS = 20  # an answer passage of at most this many words followed by another answer passage only leads
# into the answer ("I'm happy to take this if you'd like." / "Please, go for it."; dev sets: docs/retrieval.md)


def with_its_answer(hit: Hit, following: Sequence[tuple[int, Passage]]) -> Hit | None:
    """A reporter's question `hit` made an exchange with the start of its answer: the passages after it (rows
    and passages in file order, `following`) up to the answer's first passage. An answer passage of at most
    `HANDOVER_WORDS` words followed by another answer passage only leads into the answer (a hand-over to a
    colleague, "I'm happy to take this if you'd like.") and is passed: the exchange runs on to the next answer
    passage, or ends at the last answer passage `following` holds. None when no answer follows in the same
    transcript (another statement or transcript comes first)."""
    rows, passages = [hit.row], [hit.passage]
    for at, (row, p) in enumerate(following):
        if p.transcript != hit.passage.transcript or p.role == "statement":
            break
        rows.append(row)
        passages.append(p)
        if p.role == "answer" and not _hands_over(p, following[at + 1:]):
            break
    while len(passages) > 1 and passages[-1].role != "answer":
        rows.pop()
        passages.pop()
    if len(passages) == 1:
        return None
    last = passages[-1]
    return dataclasses.replace(hit, passages=tuple(passages), rows=tuple(rows), first_turn=hit.passage.turn_index,
                               last_turn=last.turn_index, start_char=hit.passage.start_char, end_char=last.end_char)


def _hands_over(passage: Passage, after: Sequence[tuple[int, Passage]]) -> bool:
    """Whether the answer `passage` only leads into the answer: at most `HANDOVER_WORDS` words, and the next
    passage (`after`, in file order) is an answer of the same transcript (a colleague's turn, or the rest of the
    turn: "Yeah, okay. So, Eamon, I would just refer you to history." before "These aren't theoretical ...")."""
    if not after or len(passage.text.split()) > HANDOVER_WORDS:
        return False
    nxt = after[0][1]
    return nxt.transcript == passage.transcript and nxt.role == "answer"


def with_its_reply(hit: Hit, following: Sequence[tuple[int, Passage]]) -> Hit | None:
    """An interviewer's question without a label (`hit`: a statement that only asks, qa.retrieve.is_question_only,
    or ends by requesting, only_asks) made an exchange with the start of the reply: the passages after it (rows and
    passages in file order, `following`) up to the first passage of another speaker that does not only ask. In the
    exchange the asking passages take the role `question` and the reply's the role `answer`, as a reporter's
    labelled question and its answer have them, so that it is highlighted and judged in the reply (qa.cite). None
    when no reply follows in the same transcript, or a labelled turn comes first (that is `with_its_answer`'s)."""
    rows, passages = [hit.row], [dataclasses.replace(hit.passage, role="question")]
    for row, p in following:
        if p.transcript != hit.passage.transcript or p.role != "statement":
            return None
        if p.speaker == hit.passage.speaker or is_question_only(p):
            rows.append(row)
            passages.append(dataclasses.replace(p, role="question"))
            continue
        rows.append(row)
        passages.append(dataclasses.replace(p, role="answer"))
        return dataclasses.replace(hit, passages=tuple(passages), rows=tuple(rows),
                                   first_turn=hit.passage.turn_index, last_turn=p.turn_index,
                                   start_char=hit.passage.start_char, end_char=p.end_char)
    return None


def with_next_passage(hit: Hit, row: int, passage: Passage) -> Hit:
    """A passage `hit` made a same-turn pair (`Hit.is_pair`) with `passage`, the next passage of its turn (store row
    `row`): one speaker's consecutive text, cited as one passage from the start of the first to the end of the
    second (docs/retrieval.md, "The neighbouring passage of one turn")."""
    return dataclasses.replace(hit, passages=(hit.passage, passage), rows=(hit.row, row),
                               first_turn=hit.passage.turn_index, last_turn=passage.turn_index,
                               start_char=hit.passage.start_char, end_char=passage.end_char)


def pair_passage(hit: Hit, turn: Turn, units_of) -> tuple[Passage, list[SentenceUnit]]:
    """A same-turn pair (`Hit.is_pair`) as one passage of its `turn`: the turn's text from its first passage's start
    to its last's end, spanning both (file span, times and paragraph from the first to the last), and the passages'
    highlightable units (`units_of`) with offsets into that text, in order."""
    first, last = hit.passages[0], hit.passages[-1]
    text = turn.text[first.turn_offset:last.turn_offset + len(last.text)]
    joined = dataclasses.replace(first, text=text, end_char=last.end_char, end_time=last.end_time)
    units = [dataclasses.replace(u, start=u.start + p.turn_offset - first.turn_offset,
                                 end=u.end + p.turn_offset - first.turn_offset)
             for p in hit.passages for u in units_of(p)]
    return joined, units


ANSWERED_SHARE = 0.47  # an answer whose best sentence is less close to the user's question than this share of the
# reporter's question's best one answers another part of it (dev sets: docs/retrieval.md, "Multi-part questions")


def answered_share(asked: np.ndarray, answer: np.ndarray, question_vector: np.ndarray) -> float:
    """How closely an answer meets the user's question, as a share of how closely the reporter's question does:
    the best cosine of the answer's sentence units (`answer`, unit vectors, a row each) to `question_vector`
    over the best of the question's (`asked`). A reporter who asks two things in one turn ("how are the talks
    with Iran going? And, for the Prime Minister, the Olympics?") may get an answer to one only: the question
    then matches the user's question about the other, its answer does not (1.0 where either has no units)."""
    if not len(asked) or not len(answer):
        return 1.0
    best_asked = float(np.max(asked @ question_vector))
    if best_asked <= 0:
        return 1.0
    return max(float(np.max(answer @ question_vector)), 0.0) / best_asked


def ranked_span(hit: Hit) -> Passage:
    """What the evaluation reads for `hit` at equal reading: its passage, or for an exchange or a same-turn pair a
    passage-like record over its span with all its passages' words."""
    if not (hit.is_exchange or hit.is_pair):
        return hit.passage
    return dataclasses.replace(hit.passage, start_char=hit.start_char, end_char=hit.end_char,
                               text=" ".join(p.text for p in hit.passages))


# reg53: a question about what a person it names said back ("What did Lamport think of comparing a concurrent system to
# a movie?", "How did Newsom react to ...?"), whose passage found is another speaker's statement that this person's
# turn follows: the passage is what was reacted to, and the reply is cited with it as a reporter's question is with
# its answer (`named_reply`; docs/retrieval.md, "reg53")
NAMED_REPLY = False  # off as shipped: its confirm batch B did not move (docs/retrieval.md, "reg53")


def named_reply(hit: Hit, following: Sequence[tuple[int, Passage]], people: NamedSpeakers) -> Hit | None:
    """`hit`, another speaker's statement than any of `people` (the speakers a question names), made an exchange
    with the reply (`with_its_reply`) where the turn that follows it is of one of `people`; None otherwise, or where
    NAMED_REPLY is off."""
    if (not NAMED_REPLY or not (people.labels or people.titled) or hit.row < 0
            or hit.passage.role != "statement" or people.names(hit.passage)):
        return None
    exchange = with_its_reply(hit, following)
    return exchange if exchange is not None and replied_by(exchange, people) else None


def replied_by(exchange: Hit, people: NamedSpeakers) -> bool:
    """Whether an unlabelled exchange (`with_its_reply`) is one of `people`'s reply to another speaker (NAMED_REPLY
    on): such a reply is cited whatever its answered share, as it meets the question's words less than what it
    answers does."""
    return (NAMED_REPLY and not people.names(exchange.passage) and people.names(exchange.passages[-1]))


ANSWER_MARGIN = 0.02  # a later passage of a reporter's exchange's answer that scores within this of the exchange, and
# above the answer's opening, goes before it (dev sets: docs/retrieval.md, "A later passage of the same answer")


def question_exchanges(store: Store, hits: Sequence[Hit], allowed: np.ndarray | None, question_vector: np.ndarray,
                       asking: bool = False, reach: int = 4, unlabelled: bool = False,
                       rapid_talk: Collection[str] = (), named: NamedSpeakers = NamedSpeakers(),
                       person: str | None = None, ranked: int = 0, people: NamedSpeakers = NamedSpeakers()
                       ) -> list[Hit]:
    """Each reporter's question among `hits` cited with the start of its answer (qa.exchange.with_its_answer),
    unless that answer passage already ranks above it or the filters (`allowed` rows; None: all) leave it out;
    an answer passage that ranks below such an exchange is dropped (the exchange holds it). A question whose
    answer meets the user's question far less than the question does (`answered_share` under ANSWERED_SHARE:
    the answer is to another part of it) stays alone, so that neither its citation nor its highlight is an
    answer to something else; not when the user asks what was asked (`asking`, qa.cite.about_asking). Such a
    question whose sentence nearest the user's question asks something moves below the next hit: it repeats the
    user's question and answers nothing (docs/retrieval.md, "Multi-part questions"). With `unlabelled`, an
    interviewer's question without a label (`interviewer`, `with_its_reply`) outside the transcripts of
    `rapid_talk` is cited with its reply the same way, unless a speaker the question has speak (`named`) asked
    it ("What did Biden ask her ...?"); it is never moved below the next hit. Nor is a question that says who the
    `person` asked about is ("Who is Albin Kurti?": "... invoked by Prime Minister of Kosovo Albin Kurti ...?",
    qa.define.identifies): it answers. The first `ranked` of `hits` are the sentence re-ranking's head (0 for a
    follow-up): among them, a later passage of a reporter's exchange's answer may go before the exchange
    (`later_answer_first`). With `unlabelled`, too, another speaker's statement than any of `people` (every speaker
    the question names) that one of them replies to next is cited with the reply (`named_reply`, reg53)."""
    out: list[Hit] = []
    taken: set[int] = set()
    deferred: Hit | None = None
    scored = {h.row: h.score for h in hits[:ranked]}  # the re-ranked head's mixed scores, by row
    for hit in hits:
        if hit.row in taken:
            continue
        alone_asking = False
        labelled = hit.passage.role == "question"
        if hit.row >= 0 and (labelled or unlabelled and hit.passage.transcript not in rapid_talk
                             and only_asks(store, hit.row, hit.passage, question_vector)
                             and hit.passage.speaker == interviewer(store, hit.passage.transcript)
                             and not named.names(hit.passage)):
            pair = with_its_answer if labelled else with_its_reply
            exchange = pair(hit, _following(store, hit.row, allowed, reach))
            if exchange is not None and not taken & set(exchange.rows[1:]):
                if (asking or _answered_share(store, exchange, question_vector) >= ANSWERED_SHARE
                        or not labelled and replied_by(exchange, people)):
                    hit = exchange
                else:
                    alone_asking = (labelled and _nearest_unit_asks(store, hit.row, question_vector)
                                    and not define.identifies(person, [hit.passage.text]).any())
        elif unlabelled and not labelled and hit.passage.transcript not in rapid_talk:
            exchange = named_reply(hit, _following(store, hit.row, allowed, reach), people)
            if exchange is not None and not taken & set(exchange.rows[1:]):
                hit = exchange  # no answered share: a reply meets the question's words less than what it answers
        taken.update(hit.rows or (hit.row,))
        if alone_asking and deferred is None:
            deferred = hit  # a question that only asks what the user asks is no answer: the next hit goes first
            continue
        out.append(hit)
        if deferred is not None:
            out.append(deferred)
            deferred = None
    out += [deferred] if deferred is not None else []
    if asking:
        return out
    out = later_answer_first(out, scored, ANSWER_MARGIN)
    return closer_than_exchange_first(out, scored, store.unit_vectors, question_vector, EXCHANGE_MARGIN, EXCHANGE_LEAD)


EXCHANGE_MARGIN = 0.0  # exch53: a passage within this of a first reporter's exchange, whose best sentence is closer to
EXCHANGE_LEAD = 0.05  # the question than any of the exchange's (its question's too) by more than this, goes first (dev
EXCHANGE_REACH = 4  # sets: docs/retrieval.md, "exch53"; 0.1 as tuned, off as shipped: B did not move); looked for
# among the next EXCHANGE_REACH hits


def closer_than_exchange_first(hits: Sequence[Hit], scored: dict[int, float], unit_vectors, question_vector: np.ndarray,
                               margin: float, lead: float, reach: int | None = None) -> list[Hit]:
    """`hits` with a passage put before a first reporter's exchange (a labelled question cited with its answer) when
    it is of the re-ranked head (`scored`, by row), not a question, scores within `margin` of the exchange, and its
    best sentence's plain cosine to the question (`unit_vectors(row)`: the stored sentence vectors) exceeds the best
    of every sentence of the exchange, its reporter's question's included, by more than `lead`; of several, the
    closest. The exchange ranks by its reporter's question, which restates the topic, while what the user asks may be
    said in another answer or another speaker's turn: a sentence closer to the question than anything the exchange
    holds says it. Margin 0: `hits` as they are."""
    out = list(hits)
    reach = EXCHANGE_REACH if reach is None else reach
    if margin <= 0 or not out or not scored:
        return out
    first = out[0]
    if not (first.is_exchange and first.passage.role == "question" and first.row in scored):
        return out
    held = [v for v in (unit_vectors(r) for r in first.rows if r >= 0) if len(v)]
    if not held:
        return out
    best, at = float(np.max(np.concatenate(held) @ question_vector)) + lead, None
    for j, hit in enumerate(out[1:1 + reach], 1):
        if (hit.is_exchange or hit.row < 0 or hit.row not in scored or hit.passage.role == "question"
                or hit.score < first.score - margin):
            continue
        closest = plain_cosine(unit_vectors, hit, question_vector)
        if closest is not None and closest > best:
            best, at = closest, j
    if at is not None:
        out.insert(0, out.pop(at))
    return out


def later_answer_first(hits: Sequence[Hit], scored: dict[int, float], margin: float) -> list[Hit]:
    """`hits` with a later passage of a reporter's exchange's answer put just before the exchange, when it scores
    within `margin` of the exchange and more than the exchange's own answer passages (`scored`: the re-ranked head's
    mixed scores, by row; passages outside the head neither move nor count). The exchange ranks by its reporter's
    question, which restates the topic; the answer's opening it holds may answer another part of it ("When will
    Ambassador Antonov return?" opening an answer on embassy staff) while a later passage of the same answer says
    what the user asks. Margin 0 (or no head): `hits` as they are."""
    out = list(hits)
    if margin <= 0 or not scored:
        return out
    for exchange in [h for h in out if h.is_exchange and h.passage.role == "question" and h.row in scored]:
        opening = [scored[r] for r, p in zip(exchange.rows, exchange.passages) if p.role == "answer" and r in scored]
        last = exchange.passages[-1]
        at = next(i for i, h in enumerate(out) if h is exchange)
        for j, later in enumerate(out[at + 1:], at + 1):
            if (not later.is_exchange and later.row in scored and later.passage.role == "answer"
                    and later.passage.transcript == last.transcript and later.passage.turn_index == last.turn_index
                    and later.score >= exchange.score - margin and later.score > max(opening, default=-1.0)):
                out.insert(at, out.pop(j))
                break
    return out


def _nearest_unit_asks(store: Store, row: int, question_vector: np.ndarray) -> bool:
    """Whether the sentence of passage `row` nearest `question_vector` is a question (ends with "?")."""
    unit = nearest_unit(store, row, question_vector)
    return unit is not None and store.passage(row).text[unit.start:unit.end].rstrip().rstrip("\"'”’)").endswith("?")


def _following(store: Store, row: int, allowed: np.ndarray | None, reach: int) -> list[tuple[int, Passage]]:
    """Up to `reach` live passages after `row`, in file order, with their rows, stopping at one `allowed` leaves
    out."""
    following = []
    for after in range(row + 1, min(row + 1 + reach, store.rows_total)):
        if not store.live[after] or (allowed is not None and not _holds(allowed, after)):
            break
        following.append((after, store.passage(after)))
    return following


def _answered_share(store: Store, exchange: Hit, question_vector: np.ndarray) -> float:
    """`answered_share` of an exchange: its question's sentence vectors against its answer's."""
    def vectors(role: str) -> np.ndarray:
        found = [store.unit_vectors(r) for r, p in zip(exchange.rows, exchange.passages) if p.role == role]
        return np.concatenate(found) if found else np.zeros((0, len(question_vector)), np.float32)
    return answered_share(vectors("question"), vectors("answer"), question_vector)


def _holds(rows: np.ndarray, row: int) -> bool:
    """Whether the sorted array `rows` holds `row`."""
    at = int(np.searchsorted(rows, row))
    return at < len(rows) and int(rows[at]) == row
