"""A recording's order and who spoke most, read for the questions `qa.answerable.asks_order` recognises: "What was
the first topic?" cites the recording's opening passages, "What did they end with?" its last ones, "What came right
after X?" the passage after X's best match, "Who spoke most about X?" counts the speakers of the nearest passages;
and who speaks in it (`speakers_asked`): "Who spoke at the meeting?" cites each speaker's first passage. Every other
question is ranked as before (docs/retrieval.md, "The order of a recording, read")."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Sequence

from qa import answerable
from qa.answerable import RECORDING, RECORDING_WORDS, courtesy_alone, listed, transcript_facts
from qa.dates import DateAsked, dates_asked
from qa.rerank import content_stems
from qa.segment import split_sentences
from qa.types import Hit, Passage, TranscriptInfo, named_speakers

ORDER_READ = True  # read the order for the questions asks_order calls 'order' (False: the nearest passages, a note)
MOST_COUNTED = True  # count the speakers of the nearest passages for "Who spoke most ...?" (False: a note only)
MOST_DEPTH = 10  # the nearest passages whose speakers "Who spoke most" counts (dev: dev-order26, dev-trial27-20)
ORDER_PASSAGES = 3  # the opening or closing passages cited first, in the recording's order
# a turn (or passage) of at most this many words, no question itself, right before a question gives its asker the
# floor ("Aamer, you have the first question. There you are.", 25 words; "Next question is — goes to Trevor of
# Reuters."): the first or last question is cited with it, and "Who asked about that?" asks for it
# (qa.conversation.asking_spans); docs/retrieval.md, "The turn that gives the floor"
FLOOR_WORDS = 40

_AFTER = re.compile(r"\b(?:right|just|immediately|directly|straight)\s+after\b"
                    r"|\b(?:came|comes|happened|happens|followed|follows)\s+(?:next|after)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:right|just|immediately|directly|straight)\s+before\b"
                     r"|\b(?:came|comes|happened|happens)\s+before\b", re.IGNORECASE)
# "right after the President's remarks", "Who spoke right after ...?": what follows a turn, not a point in it
_TURN = re.compile(r"\b(?:remarks|speech|statement|opening|introduction|answer|reply|question|presentation)\b",
                   re.IGNORECASE)
_WHO = re.compile(r"^\W*who\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|regarding|concerning|on)\s+", re.IGNORECASE)
# ... up to where the question names its recording ("... at the wildfire meeting?", "in the Changelog interview")
_RECORDING_AFTER = re.compile(r"\s+(?:at|in|during|from|throughout)\s+|[?.!]", re.IGNORECASE)
_ITEM = r"(?:topic|subject|thing|question|point|issue|part|item)s?\b"
_LAST = re.compile(rf"\b(?:last|final|closing)\s+{_ITEM}"
                   r"|\b(?:end|ends|ended|close|closes|closed|finish|finishes|finished)\s+(?:off\s+)?with\b",
                   re.IGNORECASE)
_FIRST = re.compile(rf"\b(?:first|opening)\s+{_ITEM}"
                    r"|\b(?:begin|begins|began|start|starts|started|open|opens|opened|kick|kicks|kicked)\s+"
                    r"(?:off\s+)?with\b", re.IGNORECASE)
_QUESTION = re.compile(r"\b(?:first|opening|last|final|closing)\s+questions?\b", re.IGNORECASE)
# "the first question about Taiwan", "the last thing said on climate": the first of a topic's passages, which the
# opening passages are not; such a question keeps the nearest passages (and the note that says so)
_TOPIC = re.compile(r"\b(?:about|regarding|concerning|on\s+the\s+(?:topic|subject|matter)\s+of)\b", re.IGNORECASE)
# a sentence said only to greet, thank or take leave (`qa.answerable.courtesy_alone`, with at most COURTESY_REST words
# after its greeting: "Thanks for joining us this morning."), or a mark of the recording that says nothing (music,
# applause, the clock time of a transcript's end: "5:33 P.M. EDT"); a passage of nothing else is not the first or last
# passage "with content" (a meeting team's reading: after the greetings). The marks are the passages' alone: a chat
# turn "music" or "5:30 pm" asks something
COURTESY_REST = 6
_MARK = re.compile(r"^\W*(?:music\b|\(?\s*applause|\d{1,2}:\d{2}\s*[ap]\.?\s*m\b\.?)", re.IGNORECASE)
_TIME_ZONE = re.compile(r"[A-Z]{2,4}\.?")  # "EDT" of "5:33 P.M. EDT", a sentence of its own once split


# "Who spoke at the wildfire meeting?", "Which governors took part?", "who are the speakers in the lamport interview":
# the people of a recording, which its speakers' labels say and no passage's likeness to the question finds (lead34;
# docs/retrieval.md, "Who spoke in a recording"). Read when what follows the asking is nothing, or names a recording
# before any word of a topic ("Who spoke about vaccines at the meeting?" asks who said something: the search's)
SPEAKERS_READ = True  # cite each speaker's first passage for such a question (False: the nearest passages)
_PEOPLE = frozenset("speakers participants people persons guests panelists panellists voices leaders folks".split())
_TAKING_PART = (r"(?:spoke|speak|speaks|talked|talk|talks|took\s+part|take\s+part|takes\s+part|participated|"
                r"participate|participates|joined|join|joins|attended|attend|attends|appeared|appear|appears|"
                r"(?:was|were)\s+(?:there|present))")
_WHO_SPOKE = re.compile(
    rf"^\W*(?:who\s+(?:all\s+|else\s+)?(?:{_TAKING_PART}|(?:was|were|is|are)\s+(?=(?:on|in|at)\b)|"
    rf"(?:is|are|was|were)\s+(?:speaking|talking))"
    rf"|who\s+(?:are|were|was)\s+(?:the\s+|all\s+the\s+)?(?P<people>\w+)(?:\s+(?:speaking|talking))?(?=\W|$)"
    rf"|(?:which|what)\s+(?P<kind>\w+)\s+(?:{_TAKING_PART}|(?:were|was)\s+(?=(?:on|in|at)\b))"
    rf"|(?:list|name)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+)?(?P<listed>\w+))", re.IGNORECASE)
_RECORDING_NOUN = re.compile(rf"\b(?:{RECORDING})\b", re.IGNORECASE)
_TOPIC_WORD = re.compile(r"\b(?:about|regarding|concerning|on\s+the\s+(?:topic|subject|issue|matter)|in\s+favou?r|"
                         r"against|most|least|longest|first|last|before|after|when|why|how|what|which)\b",
                         re.IGNORECASE)


# "Who is the host of the Changelog podcast?", "who interviewed him in the episode": the one who asks in a recording of
# one asking voice (`qa.retrieve.interviewer`), read as "who spoke" is
_WHO_HOSTS = re.compile(r"^\W*who(?:\s+(?:is|was)|['’]s)\s+(?:the\s+)?(?:host|hosts|interviewer|moderator|presenter|"
                        r"chair|emcee)\b|^\W*who\s+(?:hosts|hosted|interviews|interviewed|moderates|moderated|"
                        r"presents|presented|chairs|chaired)\b", re.IGNORECASE)
HOST = "host"  # what `speakers_asked` says of a question that asks who asks the questions


def _who_speaks(question: str) -> tuple[re.Match, bool, str] | None:
    """A question of who speaks in a recording, or hosts it, as read: the asking matched, whether it asks who hosts,
    and what follows the asking (its recording, if any); None for any other question (or SPEAKERS_READ off)."""
    if not SPEAKERS_READ:
        return None
    host = _WHO_HOSTS.search(question)
    found = host or _WHO_SPOKE.search(question)
    return None if found is None else (found, host is not None, question[found.end():].strip(" ?.!"))


def speakers_asked(question: str) -> str | None:
    """What kind of speaker `question` asks for when it asks who speaks in a recording: "" for anyone ("Who spoke at
    the meeting?", "who are the speakers"), HOST for the one who asks the questions ("Who is the host of the
    podcast?"), else the noun of kind it names ("governors" of "Which governors took part?"); None for any other
    question."""
    read = _who_speaks(question)
    if read is None:
        return None
    found, host, rest = read
    # "who is speaking here": the recording at hand, as "in this one"
    rest = "" if re.fullmatch(r"(?i)here|in\s+(?:this|it|here)|in\s+this\s+one", rest) else rest
    recording = _RECORDING_NOUN.search(rest)
    if rest and (recording is None or _TOPIC_WORD.search(rest[:recording.start()])
                 or not re.match(r"(?i)(?:in|at|on|during|from|throughout|of|for|the|this|that|today['’]s)\b", rest)):
        return None
    if host:
        return HOST
    people = found.group("people") or found.group("listed")
    if people is not None:
        return "" if people.lower() in _PEOPLE else None
    kind = (found.group("kind") or "").lower()
    return "" if kind in _PEOPLE else kind


ENTRANCE_WORDS = 3  # a speaker's first sentence of fewer words ("Yeah.", "Thank you.") is not where they are shown


def entrance_unit(text: str, units: Sequence) -> int:
    """The unit of a speaker's first passage (`text`, its sentence `units`) to highlight: the first one of
    ENTRANCE_WORDS words or more that is no mark of the recording ("(Audio turned off.)"); the first when none is."""
    for i, u in enumerate(units):
        said = text[u.start:u.end].strip()
        if len(said.split()) >= ENTRANCE_WORDS and not _MARK.search(said) and not re.fullmatch(r"\(.*\)\W*", said):
            return i
    return 0


# "the meeting on western wildfires", "the press call on russia sanctions": a recording named by what it was on
_RECORDING_ON = re.compile(rf"(?i)(?:(?:in|at|on|during|from)\s+)?(?:the|this|that)\s+"
                           rf"(?P<noun>(?:[\w’'-]+\s+){{0,2}}?(?:{RECORDING}))\s+(?:on|about)\s+"
                           r"(?P<what>[\w’'\s-]+)$")


def recording_object(question: str) -> str:
    """The recording a question of who speaks names as the object of its verb ("Which governors joined the wildfire
    meeting?", "who hosts the changelog podcast"), or by what it was on ("Who took part in the meeting on western
    wildfires?"), as a phrase `qa.answerable.recordings_named` reads ("in the wildfire meeting", "in the western
    wildfires meeting"); "" when it names none so."""
    read = _who_speaks(question)
    rest = read[2] if read else ""
    on = _RECORDING_ON.match(rest)
    if on:  # "the meeting on western wildfires": the recording by what it was on
        return f"in the {on.group('what')} {on.group('noun')}"
    return f"in {rest}" if re.match(r"(?i)(?:the|this|that)\b", rest) and _RECORDING_NOUN.search(rest) else ""


def placed_by_speakers(kind: str, hits: Sequence[Hit], rows: Sequence[int],
                       passage_at: Callable[[int], Passage | None], title: str,
                       asker: str | None = None) -> Placed | None:
    """`hits` with the first passage of each speaker of a recording (its passage `rows`, in file order) first, in the
    order they first speak: every speaker named by a label for `kind` "" (`speakers_asked`), the `asker` for HOST
    (`qa.retrieve.interviewer`), else those whose label holds the noun of kind ("governors": GOVERNOR BROWN,
    GOVERNOR NEWSOM); a note that names them. None when the recording has no such speaker (the question is then
    the search's)."""
    stem = re.sub(r"(?:ies)$", "y", kind)
    stem = re.sub(r"(?:es|s)$", "", stem) if stem == kind else stem
    first: dict[str, tuple[int, Passage]] = {}
    for r in rows:
        p = passage_at(int(r))
        if p is not None and p.speaker and p.speaker not in first:
            first[p.speaker] = (int(r), p)
    named = named_speakers(first)
    if kind == HOST:
        chosen = [first[asker]] if asker in first else []
    else:
        chosen = [first[s] for s in named if not kind or stem in re.findall(r"[a-z]+", s.lower().replace("’", "'"))]
    if not chosen:
        return None
    names = listed([p.speaker for _, p in chosen])
    # the turns a parser labels by role alone ("Question": a press conference's reporters, unnamed) are said too
    unnamed = [s for s in first if s not in named] if not kind else []
    roles = f" Other turns are labelled {listed(unnamed)} alone, with no name." if unnamed else ""
    note = (f"Read by the recording's speakers: {names} in “{title}”; each one's first passage is cited, in the "
            f"order they first speak.{roles}" if kind != HOST else
            f"Read by the recording's speakers: {names} asks the questions in “{title}”; their first passage is "
            f"cited.")
    return Placed(_first(chosen, hits), note, by_position=True, entrances=len(chosen))


@dataclass(frozen=True)
class Placed:
    """The hits as the order reads them (the ones placed first, then the rest as ranked), and a note that says what
    was read."""

    hits: list[Hit]
    note: str
    by_position: bool  # opening or closing passages: cited whatever the search found
    entrances: int = 0  # how many of the first hits are speakers' first passages, cited from their first sentence
    opening: str = ""  # what the answer line says before the cited words ("Friday, 16 April 2021 (...). ")
    declines: bool = False  # nothing placed answers: the question is declined with the note


# ord56: "Who spoke first at the wildfire meeting?", "Which governor spoke last?", "who spoke second", "Who spoke after
# Governor Brown?", "Who opened the Lavrov press conference?", "Who had the last word in the Lamport interview?": a
# speaker's place in the order of a recording's turns, read from its speakers' labels (a noun of kind, "governor",
# keeps the labels that hold it, as `placed_by_speakers` does), where the search found passages like the question
# (docs/retrieval.md, "ord56"). Read when what follows is nothing or a recording only, as for "who spoke"
SPEAKER_ORDER_READ = True  # False: such questions are the search's, as before
_PLACES = {"first": 1, "second": 2, "third": 3, "last": -1, "final": -1, "opened": 1, "closed": -1, "kicked": 1,
           "started": 1, "began": 1, "ended": -1, "concluded": -1, "wrapped": -1}
# ... a kind of one to three words, each of which the label holds: "which governor", "which prime minister"
_ASKER = r"(?:who|(?:which|what)\s+(?P<kind>[a-z’'-]+(?:\s+[a-z’'-]+){0,2}?))"
_TALKED = r"(?:spoke|speaks|talked|talks|went|goes|took\s+the\s+floor|takes\s+the\s+floor)"
_LEAD = r"^\W*(?:(?:and|so|but|then|ok|okay)\W+)?"
_SPEAKER_PLACE = (
    re.compile(rf"{_LEAD}{_ASKER}\s+(?:{_TALKED})\s+(?:up\s+)?(?P<place>first|second|third|last)\b", re.IGNORECASE),
    re.compile(rf"{_LEAD}{_ASKER}\s+(?:was|were|is)\s+the\s+(?P<place>first|second|third|last|final)\s+(?:speaker|"
               r"voice|(?:person|one)\s+to\s+(?:speak|talk)|to\s+(?:speak|talk))\b", re.IGNORECASE),
    re.compile(rf"{_LEAD}who\s+(?:had|got|gets|has)\s+the\s+(?P<place>first|last|final)\s+word\b", re.IGNORECASE),
    re.compile(rf"{_LEAD}{_ASKER}\s+(?P<place>opened|closed|kicked|started|began|ended|concluded|wrapped)"
               r"(?:\s+(?:off|up))?(?=\s+(?:the|this|that)\b)", re.IGNORECASE),
    re.compile(rf"{_LEAD}{_ASKER}\s+(?:{_TALKED})\s+(?:(?:right|just|immediately|directly|straight|next)\s+)?"
               r"(?P<place>after|before)\s+", re.IGNORECASE),
)
_RECORDING_REST = re.compile(r"(?i)(?:(?:in|at|on|during|from|throughout|of|for)\s+)?(?P<recording>(?:the|this|that|"
                             r"today['’]s)\b.*)")
_SPEAKER_AND_RECORDING = re.compile(r"(?i)(?P<who>.+?)(?:\s+(?:in|at|on|during|from|throughout)\s+(?P<recording>"
                                    r"(?:the|this|that|today['’]s)\b.*))?")


@dataclass(frozen=True)
class SpeakerPlace:
    """A question of a speaker's place in a recording's turns, as read: `place` 1, 2, 3 (the first, second, third
    to speak), -1 (the last) or "after"/"before" the speaker `named` ("Governor Brown"); `kind` the noun of kind
    asked ("governor"; "" for anyone); `recording` the phrase that names the recording ("in the wildfire meeting";
    "" for none)."""

    place: int | str
    kind: str
    recording: str
    named: str = ""


def speaker_place_asked(question: str) -> SpeakerPlace | None:
    """The speaker's place `question` asks ("Who spoke first at the wildfire meeting?", "Which governor spoke
    last?", "Who spoke right after Governor Brown?"); None for any other question, one with a topic ("Who spoke
    first about vaccines?" asks who first said something), or SPEAKER_ORDER_READ off."""
    if not SPEAKER_ORDER_READ:
        return None
    for form in _SPEAKER_PLACE:
        found = form.search(question)
        if found:
            break
    else:
        return None
    kind = " ".join((found.groupdict().get("kind") or "").lower().split())
    kind = "" if kind in _PEOPLE or kind in ("speaker", "speakers", "person", "one") else kind
    place = found.group("place").lower()
    rest = question[found.end():].strip(" ?.!")
    if place in ("after", "before"):
        parts = _SPEAKER_AND_RECORDING.fullmatch(rest)
        if parts is None:
            return None
        recording = parts.group("recording") or ""
        if recording and not _RECORDING_NOUN.search(recording):
            return None
        return SpeakerPlace(place, kind, f"in {recording}" if recording else "", parts.group("who"))
    rest = "" if re.fullmatch(r"(?i)here|in\s+(?:this|it|here)|in\s+this\s+one|(?:up|off)", rest) else rest
    on = _RECORDING_REST.fullmatch(rest)
    if rest and (on is None or (recording := _RECORDING_NOUN.search(rest)) is None
                 or _TOPIC_WORD.search(rest[:recording.start()])):
        return None
    return SpeakerPlace(_PLACES[place], kind, f"in {on.group('recording')}" if on else "")


def _label_words(label: str) -> set[str]:
    return set(re.findall(r"[a-z]+", label.lower().replace("’", "'"))) - {"the", "s", "dr", "mr", "ms", "mrs"}


def placed_by_speaker_place(asked: SpeakerPlace, hits: Sequence[Hit], rows: Sequence[int],
                            passage_at: Callable[[int], Passage | None], title: str) -> Placed | None:
    """`hits` with the turn `asked` names first: the start of the first turn of the first (second, third) speaker
    by name of a recording (its passage `rows`, in file order) of the kind asked, or of the last turn of the last
    one; for "after"/"before" a speaker, the passage of another speaker right after (before) that speaker's first
    turn; a note that says what was read. None when the recording has no such speaker (the question is then the
    search's)."""
    live = [(int(r), p) for r in rows if (p := passage_at(int(r))) is not None]
    turns: list[tuple[int, Passage]] = []  # the first passage of each turn, in order
    for i, (r, p) in enumerate(live):
        if p.speaker and (i == 0 or live[i - 1][1].speaker != p.speaker):
            turns.append((r, p))
    named = set(named_speakers(dict.fromkeys(p.speaker for _, p in turns)))
    if asked.place in ("after", "before"):
        wanted = _label_words(asked.named)
        labels = [s for s in dict.fromkeys(p.speaker for _, p in turns) if wanted and wanted <= _label_words(s)]
        exact = [s for s in labels if _label_words(s) == wanted]
        labels = exact or labels
        if len(labels) != 1:
            return None
        at = next(i for i, (_, p) in enumerate(live) if p.speaker == labels[0])
        if asked.place == "after":
            while at < len(live) and live[at][1].speaker == labels[0]:
                at += 1
        else:
            at -= 1
        if not 0 <= at < len(live):
            return None
        chosen = live[at]
        note = (f"Read by the recording's speakers: {chosen[1].speaker or 'a turn with no speaker'} spoke right "
                f"{asked.place} {labels[0]}'s first turn in “{title}”; that passage is cited first.")
        return Placed(_first([chosen], hits), note, by_position=True, entrances=1)
    stems = {re.sub(r"(?:es|s)$", "", w) if not w.endswith("ies") else w[:-3] + "y" for w in asked.kind.split()}
    kept = [(r, p) for r, p in turns if p.speaker in named and stems <= _label_words(p.speaker)]
    if not kept:
        return None
    if asked.place == -1:
        chosen = kept[-1]
        who = "last"
    else:
        order = list(dict.fromkeys(p.speaker for _, p in kept))
        if len(order) < asked.place:
            return None
        speaker = order[asked.place - 1]
        chosen = next((r, p) for r, p in kept if p.speaker == speaker)
        who = {1: "first", 2: "second", 3: "third"}[asked.place]
    of = f" of the speakers labelled “{asked.kind}”" if asked.kind else ""
    turn = "last turn" if asked.place == -1 else "first turn"
    note = (f"Read by the recording's speakers: {chosen[1].speaker} spoke {who}{of} in “{title}” (the speakers' "
            f"labels, in the order of their turns); the start of their {turn} is cited first.")
    return Placed(_first([chosen], hits), note, by_position=True, entrances=1)


def order_kind(question: str) -> str | None:
    """'after', 'before', 'first' or 'last' for a question asks_order calls 'order' ("What came right after X?",
    "What did the lecture begin with?"); None when it names none, or a topic whose first or last passage it asks."""
    if _AFTER.search(question):
        return "after"
    if _BEFORE.search(question):
        return "before"
    if _TOPIC.search(question):
        return None
    if _LAST.search(question):
        return "last"
    if _FIRST.search(question):
        return "first"
    if answerable.EDGE_ASKED:  # trial58: "How did the call end?", "in the intro of the episode"
        if answerable.EDGE_LAST.search(question):
            return "last"
        if answerable.EDGE_FIRST.search(question):
            return "first"
    return None


def is_courtesy(text: str) -> bool:
    """Whether every sentence of `text` only greets, thanks or takes leave ("Well, good afternoon.", "Thank you."), or
    is a mark of the recording ("5:33 P.M. EDT")."""
    sentences = [text[a:b] for a, b in split_sentences(text)]
    return bool(sentences) and all(courtesy_alone(s, COURTESY_REST) or _TIME_ZONE.fullmatch(s.strip())
                                   or (m := _MARK.search(s)) is not None and len(s[m.end():].split()) <= COURTESY_REST
                                   for s in sentences)


def gives_floor(text: str, role: str) -> bool:
    """Whether a turn or passage of `text` and `role`, said right before a question, gives its asker the floor: it asks
    nothing itself and has at most FLOOR_WORDS words."""
    return role != "question" and len(text.split()) <= FLOOR_WORDS


def placed_by_order(question: str, kind: str, hits: Sequence[Hit], recording: str, rows: Sequence[int],
                    passage_at: Callable[[int], Passage | None], title: str) -> Placed | None:
    """`hits` with the passages `kind` asks for first: for 'first' and 'last', the opening or closing ORDER_PASSAGES
    passages of `recording` (its passage `rows`, in file order) that are not courtesies alone, in the order spoken
    (last ones: last first); for a first or last question, that question's passage (the short passage that gives
    it the floor before it, and its reply after); for 'after' and 'before', the passage after (before) the best hit
    of `recording`. `passage_at` is None for a row outside the question's filters. None when there is nothing to
    place (or ORDER_READ is off)."""
    live = [(int(r), p) for r in rows if (p := passage_at(int(r))) is not None] if ORDER_READ else []
    if not live:
        return None
    if kind in ("after", "before"):
        best = next((h for h in hits if h.passage.transcript == recording), None)
        if best is None:
            return None
        held = best.rows or (best.row,)
        at = [r for r, _ in live]
        edge = max(held) if kind == "after" else min(held)
        if edge not in at:
            return None
        step = 1 if kind == "after" else -1
        i = at.index(edge) + step
        named = (_AFTER if kind == "after" else _BEFORE).search(question)
        turn = bool(best.passage.speaker) and bool(_WHO.search(question) or _TURN.search(question[named.end():]))
        while turn and 0 <= i < len(live) and live[i][1].speaker == best.passage.speaker:
            i += step  # the turn the question names runs on: what came after it is another speaker's
        if not 0 <= i < len(live):
            return None
        chosen = [live[i]]
        said = _quoted(best.passage.text)
        what = "turn of another speaker" if turn else "passage"
        note = (f"Read by the recording's order: the {what} {kind} the passage most like what the question names "
                f"in “{title}” (“{said}”), first.")
        return Placed(_first(chosen, hits), note, by_position=False)
    if _QUESTION.search(question):
        asked = [i for i, (_, p) in enumerate(live) if p.role == "question"]
        if not asked:
            return None
        i = asked[0] if kind == "first" else asked[-1]
        while kind == "last" and i > 0 and live[i - 1][1].role == "question":  # a question put in two passages
            i -= 1
        floor = i > 0 and gives_floor(live[i - 1][1].text, live[i - 1][1].role)
        chosen = ([live[i - 1]] if floor else []) + [live[i]] + live[i + 1:i + 2]
        note = f"Read by the recording's order: the {kind} question put in “{title}”, with what comes around it."
        return Placed(_first(chosen, hits), note, by_position=True)
    content = [(r, p) for r, p in live if not is_courtesy(p.text)] or live
    chosen = content[:ORDER_PASSAGES] if kind == "first" else content[::-1][:ORDER_PASSAGES]
    where = "opening" if kind == "first" else "closing"
    order = "in the order spoken" if kind == "first" else "the last first"
    note = (f"Read by the recording's order: the {where} passages of “{title}”, {order} (greetings and thanks "
            f"alone left out), not the passages most like the question.")
    return Placed(_first(chosen, hits), note, by_position=True)


def asked_topic(question: str) -> str:
    """What "Who spoke most about X ...?" asks about: the words after "about" up to the recording it names ("the Good
    Neighbor Authority" of "... about the Good Neighbor Authority at the wildfire meeting?"); "" when none."""
    found = _ABOUT.search(question)
    return _RECORDING_AFTER.split(question[found.end():], maxsplit=1)[0] if found else ""


def most_spoken(question: str, hits: Sequence[Hit], nearest: Sequence[Hit],
                depth: int | None = None) -> tuple[list[Hit], str] | None:
    """The speakers of the passages among the first `depth` (MOST_DEPTH unless given) of the `nearest` that say
    every content word of the topic asked (`asked_topic`; all of them where none does, or none is asked) counted,
    one of no named speaker left out; and `hits` with the passages of the most counted one first (in their ranked
    order), and a note that gives the counts; None when none names a speaker (or MOST_COUNTED is off)."""
    depth = MOST_DEPTH if depth is None else depth
    topic = content_stems(asked_topic(question))
    first = [h for h in nearest[:depth] if h.passage.speaker]
    saying = [h for h in first if topic and topic <= content_stems(h.passage.text)]
    counted = Counter(h.passage.speaker for h in saying or first) if MOST_COUNTED else Counter()
    if not counted:
        return None
    ranked = counted.most_common()
    top, n = ranked[0]
    tied = [s for s, c in ranked if c == n]
    counts = ", ".join(f"{s} {c}" for s, c in ranked)
    seen = f"the {min(depth, len(nearest))} passages nearest the question" + (" that say it" if saying else "")
    if len(tied) > 1:
        head = f"{listed(tied)} spoke equally often among {seen}"
    else:
        head = f"{top} spoke most among {seen}"
    note = (f"{head} ({counts}): a count of the nearest passages by speaker, not of every word said; "
            f"the passages of {listed(tied)} are cited first.")
    first = [h for h in hits if h.passage.speaker in tied]
    return first + [h for h in hits if h.passage.speaker not in tied], note


def _first(chosen: Sequence[tuple[int, Passage]], hits: Sequence[Hit]) -> list[Hit]:
    """The chosen passages as hits (a ranked one as it was ranked), then the other hits as ranked."""
    rows = {r for r, _ in chosen}
    ranked = {h.row: h for h in hits if not h.rows}
    score = hits[0].score if hits else 0.0
    placed = [ranked.get(r) or Hit(passage=p, score=score, row=r) for r, p in chosen]
    return placed + [h for h in hits if h.row not in rows and not rows & set(h.rows)]


def _quoted(text: str, most: int = 12) -> str:
    said = text.split()
    return " ".join(said[:most]) + (" ..." if len(said) > most else "")


# rec35: "When was the Suga press conference?", "what date was the wildfire meeting held", "On what day did the
# sanctions call take place?": the date of a recording, which the index keeps (`TranscriptInfo.date`) and no passage
# need say; read where the question names a recording (or the index holds one) and asks nothing else of it
_RECORDING_DATE = re.compile(
    rf"^\W*(?:(?:so|and|ok|okay)\W+)?(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day)|what\s+(?:date|day)\s+)\s*"
    rf"(?:was|were|is|did)\s+(?P<recording>(?:the|this|that)\s+(?:[\w’'&+-]+\s+){{0,4}}?(?:{RECORDING})"
    # ... and who or what it was with or on: "the press conference with Selakovic", "the call on Russia sanctions"
    r"(?:\s+(?:with|on|about|between|of|from|in)\s+(?:[\w’'&.+-]+\s+){0,4}?[\w’'&.+-]+?)??)"
    r"(?:\s+(?:held|recorded|given|filmed|published|released|aired|broadcast|happen|take\s+place|"
    r"took\s+place|done|made|on))?\s*[?.!]*\s*$", re.IGNORECASE)


def recording_date_asked(question: str) -> str | None:
    """The recording phrase of a question that asks only when a recording was ("when was the Suga press conference
    held": "the Suga press conference"), as `qa.answerable.recordings_named` reads it with "in" before it; None for
    any other question ("When did Biden announce ...?" asks a date said in a passage)."""
    m = _RECORDING_DATE.match(question.strip())
    return f"in {m.group('recording')}" if m else None


# lead38: "Where was the wildfire meeting held?", "in which city did the press conference take place": the place of a
# recording, which its header may give (`qa.parse.text.header_place`) and no passage need say; read as the date is
_RECORDING_PLACE = re.compile(
    r"^\W*(?:(?:so|and|ok|okay)\W+)?(?:where|(?:in|at)\s+(?:what|which)\s+(?:city|town|place|room|building|venue|"
    r"location|country))\s+"
    rf"(?:was|were|is|did)\s+(?P<recording>(?:the|this|that)\s+(?:[\w’'&+-]+\s+){{0,4}}?(?:{RECORDING})"
    r"(?:\s+(?:with|on|about|between|of|from)\s+(?:[\w’'&.+-]+\s+){0,4}?[\w’'&.+-]+?)??)"
    r"(?:\s+(?:held|recorded|given|filmed|hosted|happen|take\s+place|took\s+place|done|made))?\s*[?.!]*\s*$",
    re.IGNORECASE)


def recording_place_asked(question: str) -> str | None:
    """The recording phrase of a question that asks only where a recording took place ("where was the wildfire
    meeting held": "the wildfire meeting"), with "in" before it as `recording_date_asked` gives it; None for any
    other question ("Where did Biden say the fires burned?" asks a place said in a passage)."""
    m = _RECORDING_PLACE.match(question.strip())
    return f"in {m.group('recording')}" if m else None


def _first_passage(rows: Sequence[int], passage_at: Callable[[int], Passage | None],
                   saying: re.Pattern | None = None) -> tuple[tuple[int, Passage] | None, tuple[int, Passage] | None]:
    """Of a recording's passages (`rows`, in file order): the first that `saying` finds (None without a pattern),
    and the first that says more than a courtesy, else the first of all (None where no passage is stored)."""
    fallback = None
    for r in rows:
        p = passage_at(int(r))
        if p is None:
            continue
        if saying is not None and saying.search(p.text):
            return (int(r), p), fallback
        if fallback is None or (is_courtesy(fallback[1].text) and not is_courtesy(p.text)):
            fallback = (int(r), p)
        if saying is None and not is_courtesy(p.text):
            break
    return None, fallback


def placed_by_place(place: str, hits: Sequence[Hit], rows: Sequence[int],
                    passage_at: Callable[[int], Passage | None], title: str) -> Placed | None:
    """`hits` with the first passage of a recording (its passage `rows`, in file order) that says more than a
    courtesy first, a note that gives its `place` as its header gives it, and the answer line's opening that says
    it. A passage that names the place is not sought: "Ambassador Sullivan in Moscow" says nothing of where a press
    conference in Moscow was held."""
    first = _first_passage(rows, passage_at)[1]
    if first is None:
        return None
    note = f"Read from the recording's header: “{title}” gives its place as “{place}”; its first passage is cited."
    return Placed(_first([first], hits), note, by_position=True, entrances=1,
                  opening=f"{place} (the recording's header). ")


_RECORDING_STEMS = content_stems(" ".join(RECORDING_WORDS))


def undated_recording(hits: Sequence[Hit], rows: Sequence[int], passage_at: Callable[[int], Passage | None],
                      title: str) -> Placed:
    """A recording's date asked where the index keeps none (a caption file, an interview without a header): the
    first of its passages (`rows`, in file order) that says a day or a year of a month ("June 3rd", "March 2023"),
    cited as what it says; else declined, with a note that says so. A year said alone is no date of the recording
    ("I started programming in 1957")."""
    for r in rows:
        p = passage_at(int(r))
        if p is not None and any(d.month and (d.day or d.year) for d in dates_asked(p.text)):
            return Placed(_first([(int(r), p)], hits), f"“{title}” has no date in the index (its file name, title "
                          f"and header give none); the first of its passages that says a date is cited.",
                          by_position=True)
    return Placed(list(hits), f"“{title}” has no date in the index (its file name, title and header give none), "
                  f"and none of its passages says a date.", by_position=True, declines=True)


def described_recordings(phrase: str, transcripts: Sequence[TranscriptInfo]) -> tuple[str, ...]:
    """Of `transcripts`, the ones whose title and file name hold the most words of a recording `phrase` besides its
    nouns ("the press conference with Selakovic": two press conferences, one with Selakovic in its title); () where
    none holds any."""
    stems = content_stems(phrase) - _RECORDING_STEMS
    best = transcript_facts(transcripts).best_named([t.name for t in transcripts], stems) if stems else ()
    return best if len(best) < len(transcripts) else ()


def placed_by_date(date: str | None, time: str | None, hits: Sequence[Hit], rows: Sequence[int],
                   passage_at: Callable[[int], Passage | None], title: str) -> Placed | None:
    """`hits` with a passage of a recording (its passage `rows`, in file order) first: the first that says the
    recording's `date` ("16 April", "April 16th"), else the first that says more than a courtesy; a note that gives
    the `date` (and `time`) as the index keeps it, and the answer line's opening that says it. Where the index keeps
    no date for it, the first of its passages that says a date of a month (`undated_recording`)."""
    if not date or not DateAsked.valid(date):
        return undated_recording(hits, rows, passage_at, title)
    day = datetime.date.fromisoformat(date[:10])
    asked = DateAsked(date, day.year, day.month, day.day, day.weekday())
    chosen, fallback = _first_passage(rows, passage_at, asked.spoken_pattern())
    first = chosen or fallback
    if first is None:
        return None
    when = f"{asked.in_words()}, {time}" if time else asked.in_words()
    cited = "a passage that says that date is cited" if chosen else "its first passage is cited"
    note = (f"Read from the recording's date: “{title}” is dated {date}{f' {time}' if time else ''} in the index "
            f"(its file name, title or header); {cited}.")
    return Placed(_first([first], hits), note, by_position=True, entrances=0 if chosen else 1,
                  opening=f"{when} (the recording's date in the index). ")
