"""Re-rank the first passages by their best sentence.

A passage's vector averages all of its sentences, so a long answer that holds the one answering sentence can
rank below a passage that is about the question's topic throughout. Every sentence unit's vector is stored at
ingest (for highlights), so the best sentence of each of the first passages is a lookup: each of them scores
`(1 - weight) * fused / best fused + weight * best sentence score`, where a sentence's score is its cosine to the
question plus `coverage_weight` times the share of the question's content words (stemmed) that it holds: of two
sentences about the question's topic, the one that holds what the question names is the likelier answer, and it
is the one the highlight picks (qa.cite scores units the same way). The weights were chosen on the development
sets (bench/tune_units.py, bench/tune_order.py, docs/retrieval.md).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Collection, Sequence

import numpy as np

from qa.answerable import (DISCUSSION_WORDS, FUNCTION_WORDS, QUESTION_LABELS, AnswerType, answer_type,
                           can_be_person, holds_answer_type, is_title, named_sources, questioner_phrase,
                           resolve_source, speech_words, words)
from qa import define
from qa.lexical import english_stemmer
from qa.retrieve import ends_asking
from qa.types import Hit, Passage, SentenceUnit, TranscriptInfo

UnitVectors = Callable[[int], np.ndarray]  # a passage row -> its sentence units' vectors, a row each
Units = Callable[[int], Sequence[SentenceUnit]]  # a passage row -> its sentence units (spans of its text)
Marks = Callable[[Sequence[str]], np.ndarray]  # sentence texts -> 1 for each that says what is asked, else 0


# rank63: a question in the register of a tool, a limitation, an outcome, an audience or a requirement says so in
# words that frame what it asks ("Which tool ...", "... recommend", "... fall short", "How did X turn out", "What came
# of X", "Who is X aimed at", "What is needed for X"): the answer rarely repeats them ("we are using agno framework",
# "it went through the reviewing process and got published"), and a passage that says them of something else
# ("analyst recommendation", "a hidden tool") is pulled up by them. With FRAME_UNSEARCHED, a standalone question's
# frame words are left out of its BM25 text and of the content words its sentences are scored on (`frame_words`);
# its vector is the question's own. False: searched with every word, as before.
FRAME_UNSEARCHED = False
_FRAME_KIND = (r"tools?|instruments?|methods?|techniques?|software|apps?|platforms?|technolog(?:y|ies)|resources?|"
               r"sites?|websites?|means")
_FRAME_KIND_ASKED = re.compile(
    # tool: "Which (kind of) tool ...", "What method ..."
    rf"^\s*(?:and\s+|so\s+)?(?:what|which)\s+(?:(?:kind|sort|type)s?\s+of\s+)?({_FRAME_KIND})\b", re.IGNORECASE)
# ... and a what/which question's verb of using or recommending
_FRAME_USE = re.compile(r"^\s*(?:and\s+|so\s+)?(?:what|which)\b.*?\b(us(?:e|es|ed|ing)|rel(?:y|ies|ied)\s+on|"
                        r"recommend(?:s|ed)?|suggest(?:s|ed)?)\b", re.IGNORECASE)
_FRAME_PHRASES = re.compile(
    # limitation: "fall short", "what can't X do", "what does X lack", "the limits / drawbacks of X"
    r"\b(?:falls?|fell|falling)\s+short\b|\b(?:limitations?|limits|drawbacks?|shortcomings?|weakness(?:es)?|"
    r"downsides?)\b|^\s*what\b.*\b(?:lacks?|lacked)\b"
    # outcome: "turn out", "came of", "end up", "the result / outcome of"
    r"|\bturn(?:s|ed)?\s+out\b|\b(?:came|come|comes)\s+of\b|\bend(?:s|ed)?\s+up\b|\b(?:results?|outcomes?)\s+of\b"
    # audience: "who is X aimed at / meant for / intended for", "for whom", "audience"
    r"|\b(?:aimed|targeted)\s+at\b|\b(?:meant|intended|designed)\s+for\b|\bfor\s+whom\b|\baudience\b"
    # requirement: "what is needed / required for X", "what does X need / require", "what is necessary"
    r"|^\s*what\b.*\b(?:needs?|needed|requires?|required|requirements?|necessary|prerequisites?)\b",
    re.IGNORECASE)
_FRAME_PHRASE_WORDS = frozenset(("fall falls fell falling short limitation limitations limits drawback drawbacks "
                                 "shortcoming shortcomings weakness weaknesses downside downsides lack lacks lacked "
                                 "turn turns turned out came come comes end ends ended up result results outcome "
                                 "outcomes aimed targeted meant intended designed whom audience need needs needed "
                                 "require requires required requirement requirements necessary prerequisite "
                                 "prerequisites"
                                 ).split())


def frame_words(question: str) -> frozenset[str]:
    """The words (lower-case) of `question` that frame the register it asks in, not its topic (FRAME_UNSEARCHED, above):
    "tool" and "recommend" of "Which tool does the lecturer recommend for X?", "turned", "out" of "How did X turn
    out?", "aimed" of "Who is X aimed at?", "needed" of "What is needed for X?"; none where FRAME_UNSEARCHED is off."""
    if not FRAME_UNSEARCHED:
        return frozenset()
    found: set[str] = set()
    for rx in (_FRAME_KIND_ASKED, _FRAME_USE):
        m = rx.match(question)
        if m:
            found.update(w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1)) if w.lower() != "on")
    for m in _FRAME_PHRASES.finditer(question):
        found.update(w.lower() for w in re.findall(r"[A-Za-z]+", m.group()) if w.lower() in _FRAME_PHRASE_WORDS)
    return frozenset(found)


def without_frame_words(text: str, question: str) -> str:
    """`text` (a question's BM25 text) less `question`'s `frame_words`; `text` itself where none, or where nothing
    else would remain."""
    framing = frame_words(question)
    if not framing:
        return text
    kept = re.sub(r"[A-Za-z]+", lambda m: "" if m.group().lower() in framing else m.group(), text)
    return kept if content_stems(kept) else text


def frame_stems(question: str) -> frozenset[str]:
    """The stems of `question`'s `frame_words`."""
    framing = frame_words(question)
    return frozenset(english_stemmer().stemWords(sorted(framing))) if framing else frozenset()


@lru_cache(maxsize=65_536)  # the first passages of related questions repeat, and so do their sentences
def content_stems(text: str) -> frozenset[str]:
    """The stemmed content words of `text` (function words and single letters left out)."""
    return frozenset(english_stemmer().stemWords([w for w in words(text) if w not in FUNCTION_WORDS and len(w) > 1]))


DATE_WEIGHT = 0.4  # added to a sentence that holds a date when the question asks when (`answer_type`; dev sets)
SPEAKER_WEIGHT = 0.5  # added to a passage of a speaker the question has speak ("What did Newsom say"; dev sets)
SUBJECT_WEIGHT = 0.2  # added to a passage of a speaker who is the question's subject ("What is Lamport doing"; dev sets)
RECORDING_WEIGHT = 0.5  # added to a passage of a recording the question names ("in the bagging lecture"; dev sets)
# added to a passage without a speaker label, in a transcript whose first passages have none, when the question speaks
# of an unnamed presenter ("the lecturer", "the presenter's company", "what does the video suggest"): a lecture's or a
# video's captions name nobody, and the question's words otherwise match another recording's named speakers as well
# (rank45, docs/retrieval.md: at 0.3, +1 -1 at Hit@1 on dev and 2-3 more answerable questions declined, the count and
# time declines reading the lifted captions; not adopted, so 0: off)
UNNAMED_WEIGHT = 0.0
# added to a sentence that says what the question asks for, by the kind of statement qa.cite.asked_kind reads in it:
# a reason for a why-question ("because ..."), a view voiced for a question about one ("I think ..."); dev sets
KIND_WEIGHTS = {"reason": 0.35, "opinion": 0.15}
# added to a sentence that gives a figure of what the question names when it asks for one in words other than "how
# many" / "how much" ("What performance score ...?", "How old ...?", "What pay floor per hour ...?": qa.cite's
# `asks_quantity`): a sentence that holds a number and one of the question's content words; the highlight is picked
# by the same reading (qa.cite.QUANTITY_WEIGHT), the ranking did not read it (rank43; dev sets, docs/retrieval.md)
FIGURE_WEIGHT = 0.0
# ... and for a count or an amount asked ("how many", "how much": `answer_type`) a sentence that holds one
# (`holds_answer_type`, as the highlight's ANSWER_TYPE_WEIGHT reads it) with one of the question's content words
COUNT_WEIGHT = 0.0
# ... when the sentence holds at least this share of the question's content words (0: one of them)
FIGURE_SHARE = 0.0
# added to a sentence that gives the form of answer the question asks (qa.cite.asked_form: a mechanism or reason for
# "why" / "how does ... work", a definition for "what is T" / "what does X mean by", an instruction for "how do I" /
# "what should X do"; qa.cite.gives_form: "by + -ing", "which means", "stands for", "you should" ...), outside rapid
# talk: of two passages on the topic, one whose best sentence restates the question and one that gives the asked
# form, the second. Standalone questions only: a follow-up's few words lean on its history, and the form read from
# them misleads ("What does the lecturer recommend for it?" after "What is Cumulative Layout Shift?"; rank47's grid:
# three conversation turns lost at 0.2, all follow-ups). rank47, docs/retrieval.md: the candidate, 0.2, gained on B
# and net on dev but lost one conversation control (a topic switch, "What is the Good Neighbor Authority?"): not
# adopted by the session's rule, so 0: off
FORM_WEIGHT = 0.0
# hl61: a standalone question that asks what something is called or named (qa.cite.asks_name: "What does Lamport call
# ...?", "What is X called?") ranks by sentences that give a name (qa.cite.gives_name: "Well, I call it stuttering
# insensitivity.") this much higher, outside rapid talk; 0: off (docs/retrieval.md, "hl61")
NAME_RANK_WEIGHT = 0.3
# ... also for a question that asks why (qa.cite.asked_kind "reason"), whose reason cues KIND_WEIGHTS weighs already
FORM_OVER_REASON = False
# ... and for a mechanism asked ("how does / did X ...", "what makes ..."): asked_form reads many a "how did the
# official answer ..." or "how does the guest say it should be pronounced" as one (rank47's grid: each loss at 0.1)
FORM_MECHANISM = False
# rank49: a standalone question that asks for a reason in words other than "why" ("What's behind ...?", "What
# prompted ...?", "What made ...?", "What led to ...?", "What reason does X give ...?", "On what grounds ...?":
# `asks_cause`) is re-ranked as a why-question: a sentence that gives a reason (qa.cite.holds_kind "reason") gains
# KIND_WEIGHTS["reason"]. Not a follow-up ("On what grounds?" after a question: hl22 measured the ranking's reading of
# such questions and lost a follow-up's first citation). On the 43 dev questions it reads: seed -1, real -2 (a
# "reason" said of a name: "The reason it's called the bakery algorithm"); not adopted, so False: off
CAUSE_ASKED = False
# rank49: when the second passage of the re-ranked head is the next piece of the first one's turn (the next row, the
# same speaker and turn), scores within OPENING_MARGIN of it, and its own best sentence is its first one, it comes
# first: the first passage holds the question's words and the answer opens the next piece. Standalone questions,
# outside rapid talk. The candidate 0.05 (grid on dev) gained real +10 -1 and lost seed +2 -6, and batch B did not
# move: not adopted, so 0: off (docs/retrieval.md "rank49")
OPENING_MARGIN = 0.0
# rank51: when the first two passages of the re-ranked head are of one speaker in one transcript (neither a reporter's
# question), score within SAME_SPEAKER_MARGIN of each other, and the second's best sentence is closer to the question
# by its plain cosine (no share of the question's words, no cue) than the first's by more than SAME_SPEAKER_LEAD, the
# second comes first: of two passages of a speaker on the topic, the one that restates the question's words loses to
# the one whose sentence means what is asked. Standalone questions, outside rapid talk (docs/retrieval.md "rank51")
SAME_SPEAKER_MARGIN = 0.0
SAME_SPEAKER_LEAD = 0.0
# rank55: the first LEARNED_HEAD passages of the re-ranked head, standalone questions, reordered by a linear model of
# the signals each earlier rule read alone (`head_features`), its coefficients fitted on dev (leave one transcript
# out: bench/rank55/fit.py) and stored in qa/data/rank55_order.json; a passage goes first only where its model score
# exceeds the first one's by more than LEARNED_LEAD. False: off (docs/retrieval.md "rank55")
LEARNED_ORDER = False
LEARNED_HEAD = 5
LEARNED_LEAD = 0.25
# rank57: the same linear order, refitted and applied after qa.exchange.question_exchanges (standalone questions):
# there a reporter's question already stands for its answer, so the fit's label is what is cited first; coefficients
# in qa/data/rank57_order.json; a passage goes first only where its score exceeds the first one's by more than
# AFTER_EXCHANGES_LEAD. False: off (docs/retrieval.md "rank57")
LEARNED_AFTER_EXCHANGES = False
AFTER_EXCHANGES_LEAD = 0.5
# A follow-up searched with its history is re-ranked over its first passages only, the three the answer text is
# made of (qa.cite.ANSWER_CITATIONS), at qa.conversation.FOLLOW_UP_SENTENCE_WEIGHT: the history-leaning search
# picks them, the question's sentences order them ("And what about Poland?": the passage that names Poland before
# the one about the earlier question; dev sets)
FOLLOW_UP_DEPTH = 3
# When AGREEMENT_NEED of the first AGREEMENT_HEAD passages are of one transcript, the question is taken to be about
# it: the passages after those first ones that are of it come before the others (`agreed_transcript_first`; QMSum
# val over the corpus, docs/retrieval.md "Reading on")
AGREEMENT_HEAD = 5
AGREEMENT_NEED = 4


@dataclass(frozen=True)
class NamedSpeakers:
    """The speaker labels a question has speak, and the stems of what it asks them about (the question's content
    words less the source phrases' and the labels' words): a passage of theirs comes first only on that topic."""

    labels: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()
    titled: frozenset[tuple[str, str]] = frozenset()  # (transcript, label): a speaker labelled by title alone

    def names(self, passage: Passage) -> bool:
        """Whether `passage` is of one of these speakers."""
        return passage.speaker in self.labels or (passage.transcript, passage.speaker) in self.titled

    def speaks_on_topic(self, passage: Passage) -> bool:
        return self.names(passage) and (not self.topic or bool(self.topic & content_stems(passage.text)))


def speakers_named(question: str, transcripts: Sequence[TranscriptInfo]) -> NamedSpeakers:
    """The speakers of `transcripts` that `question` has speak ("What did Governor Newsom say ...", "according to
    the officials"), as qa.answerable resolves them (a speaker labelled by title alone, such as "THE PRESIDENT",
    by the name its transcript's title gives it), and the topic it asks them about."""
    return _speakers_of(question, named_sources(question)[0], transcripts)


_COORDINATION = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+", re.IGNORECASE)


def coordinated(phrase: str) -> list[str]:
    """The people a source phrase joins ("Biden and Suga" -> "Biden", "Suga"; "the President and the Vice President"),
    each its own source: resolved whole, the phrase is the one label that fits it best (Biden alone). A phrase whose
    parts are not each someone (`can_be_person`: "Bosnia and Herzegovina's envoy") is one source."""
    parts = [p for p in _COORDINATION.split(phrase.strip()) if p]
    return parts if len(parts) > 1 and all(map(can_be_person, parts)) else [phrase]


# lead41: a question about what a reporter asked ("what did the NPR journalist ask about ...", "a reporter") has the
# transcripts' askers speak: their turns are labelled "Q" or "Question". Measured, off: dev real Hit@1 +2 (2583 ->
# 2585 of 3713), but a conversation follow-up after "what did the sankei reporter ask about" lost its first citation
# (conv-dev-2508) and the confirm batch gained no Hit@1 (docs/retrieval.md "lead41")
QUESTIONER_SPEAKS = False


def _speakers_of(question: str, phrases: Sequence[str], transcripts: Sequence[TranscriptInfo]) -> NamedSpeakers:
    """The speakers `phrases` (of `question`) name, resolved as qa.answerable resolves a source, and the topic: the
    question's content stems less those of the phrases and of the speakers' labels."""
    sources = [resolve_source(part, transcripts) for phrase in phrases for part in coordinated(phrase)]
    labels = frozenset(s for source in sources for s in source.speakers)
    if QUESTIONER_SPEAKS and not labels and any(questioner_phrase(p) for p in phrases):
        # lead41: "the NPR journalist" is whoever asks under a transcript's Q label
        labels = frozenset(label for t in transcripts for label in t.speakers if label.lower() in QUESTION_LABELS)
    titled = frozenset(pair for source in sources for pair in source.titled)
    named = frozenset().union(*(content_stems(x) for x in (*phrases, *labels, *(s for _, s in titled))))
    # ... and less the words that name the act of discussing ("summarize what Newsom said": all his turns; rec35)
    topic = content_stems(question) - named - content_stems(" ".join(DISCUSSION_WORDS))
    # a verb of speaking alone ("ask", "warn", "promise") says how they spoke, not about what: "What did Governor
    # Newsom ask for?" asks for any of Newsom's turns, whose words need not hold "ask"
    if (labels or titled) and topic <= content_stems(" ".join(speech_words(question))):
        topic = frozenset()
    return NamedSpeakers(labels, topic, titled)


# A name (with its titles, or "the" and titles) right after the auxiliary of a question: its subject ("What is Lamport
# doing ...", "Why is Governor Newsom glad ...", "What would the Vice President like ..."); a possessive is not one
_SUBJECT = re.compile(r"\b(?i:is|are|was|were|does|do|did|has|have|had|will|would|can|could|should|might|must)\s+"
                      r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?![\w’'-])")


def subject_phrases(question: str) -> list[str]:
    """The capitalised names a question has as the subject of its verb, as written ("Lamport", "Governor Brown",
    "the Vice President"); not a possessive ("Lamport's book")."""
    return [m.group(1) for m in _SUBJECT.finditer(question) if not re.search(r"(?:[’']s|s[’'])$", m.group(1))]


def speakers_as_subject(question: str, transcripts: Sequence[TranscriptInfo]) -> NamedSpeakers:
    """The speakers of `transcripts` that `question` asks about as the subject of its verb ("What is Lamport doing
    at Microsoft these days?", "Why is Newsom glad ...?"), resolved as `speakers_named` resolves a source, and the
    topic it asks about; none when the question has someone speak (`speakers_named` has them). In an interview or a
    meeting, another speaker's turn that names them (a host's introduction, a chair's question) restates the topic
    in the question's words; their own turn says what they do, think or plan, in the first person."""
    if named_sources(question)[0]:
        return NamedSpeakers()
    found = _speakers_of(question, subject_phrases(question), transcripts)
    return found if found.labels or found.titled else NamedSpeakers()


# spk48: a question about a named person's own state of mind, plan, promise or advice ("What is Newsom worried about
# this summer?", "What does Harris plan to do?", "What would Biden do if ...?", "Suga's hope for the summit"): their own
# turns say it in the first person and in words of their own ("we still have a number of concerns", "I look forward to
# ..."), so a passage of theirs gains STATE_WEIGHT whether or not it holds the question's topic words (which in such
# a question are often the state word itself); others' turns that name them restate the question ("which Prime
# Minister Suga also plans to attend"). With STATE_TOPIC, only a passage that holds a word of the topic less the state
# words (`state_holders`; none left: any passage of theirs). spk48's grid on dev and batch A chose 0.5 (with
# STATE_OTHER_FIRST and STATE_ASKED_MARK: A +1, dev +1, nothing lost); frozen, batch B moved +1 -1 (a control lost:
# "Which summit does Suga plan to attend?", told by Biden) and its MRR fell: not adopted, so 0: off (docs/retrieval.md)
STATE_WEIGHT = 0.0
STATE_TOPIC = False
# ... only where the first passage would otherwise be another speaker's (their own passages keep their order)
STATE_OTHER_FIRST = True
# ... and a first passage that ends with a question (a chair's question in a meeting, whose role is "statement") is
# taken as a question put to them, left first too
STATE_ASKED_MARK = True
# The words that ask for someone's state, plan, promise or advice: a feeling ("worried", "proud", "pleased"), a wish or
# a plan ("hope", "plan", "want", "intend", "going to", "look forward"), a commitment ("promise", "pledge", "commit",
# "refuse"), advice ("advise", "recommend", "urge", "encourage") and a hypothetical ("would ... if")
_STATE = re.compile(
    r"\b(?:worr(?:y|ied|ies|ying)|concern(?:s|ed)?|fears?|feared|afraid|anxious|nervous|proud|pride|glad|happy|"
    r"pleased|pleas(?:e|es)|delighted|alarm(?:s|ed)?|scared|sad|unhappy|satisfied|thrilled|humbled|honou?red|"
    r"confident|optimistic|hopeful|sure|certain|grateful|thankful|relieved|upset|angry|frustrat\w*|disappoint\w*|"
    r"encourag\w*|excit\w*|eager|determin\w*|resolve[ds]?|hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|want(?:s|ed|ing)?|"
    r"plan(?:s|ned|ning)?|"
    r"intend(?:s|ed|ing)?|intention|aim(?:s|ed|ing)?|expect(?:s|ed|ing)?|going\s+to|look(?:s|ing)?\s+forward|"
    r"promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|willing|ready|"
    r"prepared|advi(?:c|s)e[sd]?|advising|recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
    r"feel(?:s|ing)?|felt|love[sd]?|like[sd]?|prefer(?:s|red)?|would)\b", re.IGNORECASE)
# who holds it: a name right before a verb of state ("why Newsom is glad", "Harris plans"), a name that owns a noun of
# one ("Suga's hope", "Lamport's plan"), or the subject after an auxiliary (`subject_phrases`)
_NAME_BEFORE = r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
_HOLDER_BEFORE = re.compile(_NAME_BEFORE + r"(?:\s+(?:is|are|was|were|be|been|really|also|still|now|not))*\s+(?=\S)")
_OWNER = re.compile(_NAME_BEFORE + r"[’']s\s+(?:(?:main|chief|biggest|greatest|own|first|real|stated)\s+)?(?=\S)")


def asks_state(question: str) -> bool:
    """Whether `question` holds a word that asks for someone's state, plan, promise or advice (`_STATE`)."""
    return bool(_STATE.search(question))


def state_phrases(question: str) -> list[str]:
    """The capitalised names of `question` that hold the state, plan, promise or advice it asks about, as written:
    the subject after an auxiliary (`subject_phrases`: "What is Newsom worried about"), a name right before a word of
    state ("what Harris plans", "why Newsom is glad"), or one that owns such a word ("Suga's hope"); none when the
    question asks for no state (`asks_state`)."""
    if not asks_state(question):
        return []
    found = list(subject_phrases(question))
    for pattern in (_HOLDER_BEFORE, _OWNER):
        for m in pattern.finditer(question):
            if _STATE.match(question, m.end()):
                # the first word is capitalised whatever it is ("Why Newsom is glad": Newsom)
                found.append(m.group(1) if m.start(1) > 0 else m.group(1).partition(" ")[2])
    return list(dict.fromkeys(p for p in found if p and not re.search(r"(?:[’']s|s[’'])$", p)))


def state_holders(question: str, transcripts: Sequence[TranscriptInfo]) -> NamedSpeakers:
    """The speakers of `transcripts` whose own state, plan, promise or advice `question` asks about (`state_phrases`),
    resolved as `speakers_named` resolves a source, with the topic less the words of state; none when the question has
    someone speak (`speakers_named` has them) or STATE_WEIGHT is off."""
    if STATE_WEIGHT <= 0 or named_sources(question)[0]:
        return NamedSpeakers()
    phrases = state_phrases(question)
    if not phrases:
        return NamedSpeakers()
    found = _speakers_of(question, phrases, transcripts)
    if not (found.labels or found.titled):
        return NamedSpeakers()
    state = content_stems(" ".join(m.group(0) for m in _STATE.finditer(question)))
    return NamedSpeakers(found.labels, found.topic - state if STATE_TOPIC else frozenset(), found.titled)


# An adjacent pair of the question's lower-case content words ("double standards", "water policy", "heat dome") names
# one thing: a sentence that holds one of its words without the other ("(double or more) their capacity") holds that
# word in another sense. Such a word counts PHRASE_DISCOUNT less in a sentence's word share unless the sentence says
# the pair as written; a sentence that says a pair gains PHRASE_WEIGHT times the share of the pairs it says (dev sets)
PHRASE_DISCOUNT = 0.0
PHRASE_WEIGHT = 0.2


@lru_cache(maxsize=65_536)
def _stem_sequence(text: str) -> tuple[str, ...]:
    """The words of `text` stemmed, in order, function words kept as '' (so a pair is two words side by side)."""
    return tuple("" if w in FUNCTION_WORDS or len(w) < 2 else _stem(w) for w in words(text))


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    return english_stemmer().stemWord(word)


def _adjacent_pairs(sequence: Sequence[str]) -> frozenset[tuple[str, str]]:
    return frozenset((a, b) for a, b in zip(sequence, sequence[1:]) if a and b and a != b)


def phrase_pairs(question: str) -> frozenset[tuple[str, str]]:
    """The adjacent pairs of `question`'s content words written in lower case (not names), stemmed: "Why does Lavrov
    accuse the West of double standards?" -> {("doubl", "standard")}."""
    # a capitalised word (a name, the first word) or a possessive ending breaks a pair
    lower = re.sub(r"\b[A-Z][\w’'-]*|[’']s\b", " the ", question)
    return _adjacent_pairs(_stem_sequence(lower))


def phrase_adjustments(pairs: frozenset[tuple[str, str]], stems: frozenset[str],
                       texts: Sequence[str]) -> np.ndarray:
    """Per text, what `pairs` (`phrase_pairs`) add to its score: PHRASE_WEIGHT times the share of the pairs it says
    side by side, less PHRASE_DISCOUNT times the share of the question's content words (`stems`) that it holds only
    as one word of a pair it does not say."""
    out = np.zeros(len(texts))
    if not pairs or not stems or (PHRASE_WEIGHT <= 0 and PHRASE_DISCOUNT <= 0):
        return out
    for i, text in enumerate(texts):
        held = content_stems(text)  # cached from the word share; the words' order is read only where a pair is held
        both = frozenset(pair for pair in pairs if pair[0] in held and pair[1] in held)
        said = both & _adjacent_pairs(_stem_sequence(text)) if both else frozenset()
        out[i] = PHRASE_WEIGHT * len(said) / len(pairs)
        if PHRASE_DISCOUNT > 0:  # off by default (dev sets): the words held apart are read only where it counts
            alone = {w for pair in pairs - said for w in pair if w in held} - {w for pair in said for w in pair}
            out[i] -= PHRASE_DISCOUNT * len(alone & stems) / len(stems)
    return out


# When the question has someone speak, a sentence's word share is over what it asks them about, their names left out
# (`NamedSpeakers.topic`): off (dev sets, docs/retrieval.md)
TOPIC_SHARE = False
MENTION_WEIGHT = 0.2  # a passage of a speaker the question names by title elsewhere ("... for the Vice President"; dev)
MENTION_TITLES_ONLY = True  # only a name phrase with a title ("the Vice President", "Governor Brown") names one

# A capitalised name phrase anywhere in a question, with "the" before it and its possessive ending apart
_MENTION = re.compile(r"(?<![\w’'-])((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?![\w’'-])")


def mention_phrases(question: str, titles_only: bool | None = None) -> list[str]:
    """The capitalised name phrases of `question` after its first word, possessive endings dropped; only those with
    a title ("the Vice President", "Governor Brown") when `titles_only` (None: MENTION_TITLES_ONLY)."""
    titles_only = MENTION_TITLES_ONLY if titles_only is None else titles_only
    found = []
    for m in _MENTION.finditer(question):
        phrase = re.sub(r"[’']s?$", "", m.group(1))
        if m.start() == 0:  # the question's first word is capitalised whatever it is
            phrase = phrase.partition(" ")[2]
        if phrase and (not titles_only or any(map(is_title, phrase.split()))):
            found.append(phrase)
    return found


def speakers_mentioned(question: str, transcripts: Sequence[TranscriptInfo]) -> NamedSpeakers:
    """The speakers of `transcripts` that `question` names elsewhere than as who speaks (`speakers_named`) or as its
    verb's subject (`speakers_as_subject`): "Why is wildfire policy personal for the Vice President?". A speaker
    named by the title the label carries is most often asked about, and their own turn says it in the first person
    ("a personal issue for me"), while others' turns name them. Resolved as a source is, with the topic."""
    if named_sources(question)[0] or subject_phrases(question):
        return NamedSpeakers()
    found = _speakers_of(question, mention_phrases(question), transcripts)
    return found if found.labels or found.titled else NamedSpeakers()


def speakers_in(question: str, transcripts: Sequence[TranscriptInfo]) -> NamedSpeakers:
    """Every speaker of `transcripts` that `question` names, as who speaks (`speakers_named`), as its verb's subject
    (`speakers_as_subject`) or elsewhere, by a name phrase with a title or without ("What is the main thing Lamport
    wants listeners to take away?"); no topic (reg53: `qa.exchange.named_reply`)."""
    phrases = named_sources(question)[0] + subject_phrases(question) + mention_phrases(question, titles_only=False)
    found = _speakers_of(question, phrases, transcripts)
    return NamedSpeakers(labels=found.labels, titled=found.titled)


FRAMING_PENALTY = 0.2  # taken from a sentence that speaks about the talk, not its topic (`frames_talk`; dev sets)

# A sentence that speaks about the talk rather than its topic: one that points back to what was said in it ("as I
# noted", "as you noted", "As was mentioned at the beginning", "building on [the official]'s comments regarding ...",
# "to repeat what X said"; not "as the Minister noted today", which may point to words said elsewhere)
# or announces what will be said ("My goal for today's video is ...", "Welcome to our new chapter", "I'll explain
# here ...", "let's maybe discuss ...", "Let me offer an update on ..."). It names the topic in the question's words,
# and the statement itself is elsewhere: said before, or about to be said.
_BACK = (r"\bas\s+(?:(?:was|were|has\s+been|had\s+been)\s+|(?:I|we|you)\s+(?:have\s+|had\s+)?(?:just\s+|already\s+)?)"
         r"(?:noted|mentioned|said|stated|indicated|pointed\s+out|explained|discussed|outlined|described)\b"
         r"|\bbuilding\s+on\s+.{0,80}?\b(?:comments|remarks|points?)\b|\brepeat\s+what\b|\bas\s+mentioned\b")
_AHEAD = (r"\bmy\s+goal\s+for\s+(?:today|this)\b|\bwelcome\s+to\b"
          r"|\b(?:I|we)\s*(?:’ll|'ll|\s+will|\s+am\s+going\s+to|’m\s+going\s+to|'m\s+going\s+to|\s+are\s+going\s+to|"
          r"’re\s+going\s+to|'re\s+going\s+to|\s+want\s+to)\s+(?:(?:also|now|first|then|briefly|quickly|try\s+to|"
          r"begin\s+(?:in\s+)?(?:\w+\s+){0,3}?to)\s+)*(?:explain|show\s+you|tell\s+you|discuss|talk\s+about|introduce|"
          r"begin|start|cover|learn|go\s+over|walk\s+you)\b"
          r"|\blet(?:’s|'s|\s+me|\s+us)\s+(?:(?:maybe|now|first|just|quickly|briefly)\s+)*(?:discuss|talk\s+about|"
          r"start|begin|explain|offer|go\s+over|introduce|move\s+on)\b")
_FRAMING = re.compile(f"{_BACK}|{_AHEAD}", re.IGNORECASE)


def frames_talk(texts: Sequence[str]) -> np.ndarray:
    """1 for each sentence that speaks about the talk rather than its topic (points back to what was said, or
    announces what will be said: `_FRAMING`), else 0."""
    return np.array([_frames(t) for t in texts], np.float64)


@lru_cache(maxsize=1 << 14)
def _frames(text: str) -> bool:
    """`frames_talk` of one sentence, kept: the same passages' sentences come back question after question, and
    the pattern's search was 1.1 ms of a 24 ms answer (cProfile, 300 real dev questions)."""
    return bool(_FRAMING.search(text))


# A question about the talk itself: what a speaker promises, announces, covers or mentions ("Which hidden browser tool
# does the presenter promise to show?"), whose answer is the framing sentence.
_ABOUT_TALK = re.compile(r"\b(?:promis\w*|goals?|aims?|agenda|cover(?:s|ed|ing)?|introduc\w*|announc\w*|mention\w*|"
                         r"note[sd]?|(?:start|begin|open)(?:s|ed|ning)?\s+with|plan(?:s|ned)?\s+to|"
                         r"going\s+to\s+(?:show|talk|explain|discuss))\b", re.IGNORECASE)


def about_talk(question: str) -> bool:
    """Whether `question` asks about the talk itself (what was promised, announced, covered or mentioned; or it
    frames as the sentences `frames_talk` marks do), so that a framing sentence may be its answer."""
    return bool(_ABOUT_TALK.search(question) or _FRAMING.search(question))


# A passage whose best sentence for the question only announces what will be said loses AGENDA_PENALTY from its
# re-ranked score (`announces`; dev sets, docs/retrieval.md "An announcement is not an answer"). A penalty on any
# passage that holds an announcement cost questions: a lecturer's or a chair's turn often announces, then answers.
AGENDA_PENALTY = 0.05

# An announcement, by its form: a first or second person with a future or an intention ("I'll", "we will", "I'm going
# (to)", "we want to", "I'd like to", "I'm eager to"), or "let's / let me / let us", then a verb of taking up a topic
# in the talk (talk about, discuss, look at, cover, move on, turn to, go over, explain, introduce, show you, tell you,
# hear from, take questions ...); or a line that only names the next item ("Next question is ..."); and the
# announcements `frames_talk` reads (`_AHEAD`: "My goal for today's video is ...", "Welcome to ...").
_INTENT = (r"(?:I|we|you)\s*(?:’ll|'ll|\s+will|\s+shall|(?:\s+am|’m|'m|\s+are|’re|'re)\s+going(?:\s+to)?"
           r"|\s+want\s+to|\s+would\s+like\s+to|’d\s+like\s+to|'d\s+like\s+to"
           r"|(?:\s+am|’m|'m|\s+are|’re|'re)\s+(?:eager|happy|glad|pleased)\s+to)")
_ASIDE = (r"(?:(?:also|now|first|then|next|each|briefly|quickly|maybe|really|just|later|again|try\s+to"
          r"|begin\s+(?:in\s+)?(?:\w+\s+){0,3}?to)\s+)*")
_TAKE_UP = (r"(?:talk\s+about|discuss|look\s+(?:at|into)|cover|move\s+on|turn\s+(?:to|it\s+(?:now\s+)?over)"
            r"|hand\s+it\s+over|go\s+(?:over|through|into)|explain|introduce|begin|start|show\s+you|tell\s+you"
            r"|explore|understand|learn|walk\s+you|hear\s+from|get\s+to|come\s+back\s+to"
            r"|take\s+(?:a\s+look|(?:\w+\s+){0,3}?questions?)|ask\s+you\s+about|describe|review|focus\s+on|close\s+by"
            r"|stop\s+there|leave\s+it\s+at\s+that)\b")
_LET = (r"let(?:’s|'s|\s+me|\s+us)\s+(?:(?:maybe|now|first|just|quickly|briefly|then|also)\s+)*"
        r"(?:talk\s+about|discuss|look\s+at|take\s+a\s+look|cover|move\s+on|turn\s+(?:to|it\s+(?:now\s+)?over)"
        r"|go\s+(?:over|through|to)|explain|introduce|start|begin|offer|ask|hear\s+from|get\s+(?:to|into|started)"
        r"|focus\s+on|review|come\s+back\s+to|dive\s+into|roll)\b")
_ANNOUNCES = re.compile(rf"{_AHEAD}|\b{_INTENT}\s+{_ASIDE}{_TAKE_UP}|\b{_LET}"
                        r"|\bnext\s+(?:question|topic|item|point|speaker|slide|chapter|section)\s+(?:is|goes|comes)\b",
                        re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def announces(text: str) -> bool:
    """Whether the sentence `text` announces what will be said (`_ANNOUNCES`): "so we'll discuss the basic idea of
    begging here", "Now I want to tell you about meta tags", "Let me turn it now over to ...", "Next question is ...".
    A sentence that says what the talk is about names its topic in the question's words, and says nothing of it."""
    return bool(_ANNOUNCES.search(text))


def _best_announces(hit: Hit, scores: np.ndarray, units: Units) -> bool:
    """Whether the best of `hit`'s sentence units by `scores` (`unit_scores`) announces (`announces`)."""
    if not len(scores):
        return False
    unit = units(hit.row)[int(np.argmax(scores))]
    return announces(hit.passage.text[unit.start:unit.end])


_UNNAMED_ROLE = re.compile(
    r"\b(?:the|this|that)\s+(?:lecturer|instructor|presenter|teacher|narrator|youtuber|tutor|professor|speaker|"
    r"video|lecture|tutorial|course)(?:s|’s|'s|s’|s')?(?![\w-])", re.IGNORECASE)


def asks_unnamed_presenter(question: str) -> bool:
    """Whether `question` speaks of a presenter it does not name, by role ("the lecturer", "the presenter's firm", "this
    video"): the one who speaks in captions or a talk without speaker labels."""
    return bool(_UNNAMED_ROLE.search(question))


def unlabelled_transcripts(hits: Sequence[Hit]) -> frozenset[str]:
    """The transcripts of `hits` none of whose passages among them has a speaker label (captions, a talk read by
    speech recognition), as opposed to one where some passage (a preamble, a stage note) merely lacks one."""
    labelled = {h.passage.transcript for h in hits if h.passage.speaker.strip()}
    return frozenset(h.passage.transcript for h in hits) - labelled


def word_shares(stems: frozenset[str], texts: Sequence[str]) -> np.ndarray:
    """Per text: the share of `stems` (a question's content words) that it holds; zeros when `stems` is empty."""
    if not stems:
        return np.zeros(len(texts))
    return np.array([len(stems & content_stems(t)) for t in texts], dtype=np.float64) / len(stems)


def unit_scores(unit_vectors: UnitVectors, hit: Hit, query_vector: np.ndarray, *, units: Units | None = None,
                stems: frozenset[str] = frozenset(), coverage_weight: float = 0.0,
                typed: AnswerType | None = None, term: str | None = None,
                said: Marks | None = None, said_weight: float = 0.0,
                person: str | None = None, pairs: frozenset[tuple[str, str]] = frozenset(),
                framing: float = 0.0, figure: float = 0.0, form: str | None = None,
                form_weight: float = 0.0, naming: float = 0.0) -> np.ndarray:
    """The score of each sentence unit of `hit`, in text order: its cosine to the question, plus `coverage_weight`
    times the share of the question's content words (`stems`) it holds when `units` gives the units' spans, plus
    DATE_WEIGHT when the question asks when (`typed`) and the unit holds a date, plus qa.define.RANK_WEIGHT when
    the question asks what `term` is and the unit says it (`qa.define.defines`), plus `said_weight` when the unit
    says the kind of statement the question asks for (`said` marks such units), plus qa.define.PERSON_RANK_WEIGHT
    when it asks who `person` is and the unit says it (`qa.define.identifies`; empty: no unit vectors stored). With
    the share, the question's adjacent pairs of content words (`pairs`: `phrase_pairs`) adjust it
    (`phrase_adjustments`). A unit that speaks about the talk rather than its topic (`frames_talk`) loses `framing`.
    A unit that gives a figure of what the question names gains `figure` when the question asks for one (`typed`'s
    count or amount, which the unit holds; or `typed` None and a number asked otherwise: any number) and the unit
    holds one of `stems` (`figure_marks`). A unit that gives the `form` of answer asked (qa.cite.asked_form,
    `gives_form`: a reason or a means, a definition of `term`, an instruction) gains `form_weight`, and one that gives
    a name (qa.cite.gives_name) `naming`."""
    vectors = unit_vectors(hit.row) if hit.row >= 0 else np.zeros((0, len(query_vector)), np.float32)
    if not len(vectors):
        return np.zeros(0)
    scores = (vectors @ query_vector).astype(np.float64)
    shares, dated = coverage_weight > 0 and bool(stems), typed is not None and typed.kind == "date"
    said = said if said_weight > 0 else None
    formed = form_weight > 0 and form is not None
    if units is not None and (shares or dated or term or said is not None or person or framing > 0 or figure > 0
                              or formed or naming > 0):
        text = hit.passage.text
        texts = [text[u.start:u.end] for u in units(hit.row)]
        if shares:
            scores = scores + coverage_weight * word_shares(stems, texts)
            if pairs:
                scores = scores + coverage_weight * phrase_adjustments(pairs, stems, texts)
        if dated:
            scores = scores + DATE_WEIGHT * holds_answer_type(typed, texts)
        if term:
            scores = scores + define.RANK_WEIGHT * define.defines(term, texts)
        if said is not None:
            scores = scores + said_weight * said(texts)
        if person:
            scores = scores + define.PERSON_RANK_WEIGHT * define.identifies(person, texts)
        if framing > 0:
            scores = scores - framing * frames_talk(texts)
        if figure > 0:
            scores = scores + figure * figure_marks(typed, stems, texts)
        if formed:
            from qa.cite import gives_form  # qa.cite imports this module: read when called
            scores = scores + form_weight * gives_form(form, texts, term)
        if naming > 0:
            from qa.cite import gives_name  # qa.cite imports this module: read when called
            scores = scores + naming * gives_name(texts)
    return scores


def figure_marks(typed: AnswerType | None, stems: frozenset[str], texts: Sequence[str]) -> np.ndarray:
    """1 for each text that gives a figure of what a question names: it holds one of the question's content words
    (`stems`) and the answer `typed` asks for (a count of what is counted, an amount: `holds_answer_type`) or, with
    no count or amount typed (a number asked in other words: "What performance score ...?"), a figure
    (`holds_figure`); else 0."""
    if not stems or not len(texts):
        return np.zeros(len(texts))
    if typed is not None and typed.kind in ("count", "amount"):
        held = holds_answer_type(typed, texts)
    else:
        held = np.array([holds_figure(t) for t in texts], dtype=np.float64)
    shares = word_shares(stems, texts)
    return held * ((shares >= FIGURE_SHARE) & (shares > 0))


# A figure: digits standing alone ("10", "2.5", "16,000", "$13", "95%", "20+", "a 25-mile radius"), not part of a
# name ("COVID-19", "G7", "5G", "10th-year"), nor a year ("in 2014"); or a number said in words from two up ("nine
# lives", "hundreds", "twice", "a quarter", "percent"). Not "one", "first", "a few", "several": nearly every sentence
# holds one of them, and they answer no "what score" or "how long".
_YEAR_ALONE = re.compile(r"(?:1[5-9]|20)\d\d")
_FIGURE_DIGITS = re.compile(r"(?<![\w’'-])\$?(\d[\d,.]*\d|\d)(?![\w’'])")
_FIGURE_WORDS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                           r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                           r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|twice|double|triple|half|"
                           r"quarter|percent)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def holds_figure(text: str) -> bool:
    """Whether the sentence `text` gives a figure (`_FIGURE_DIGITS` that is no year, or `_FIGURE_WORDS`)."""
    return (any(not _YEAR_ALONE.fullmatch(m.group(1)) for m in _FIGURE_DIGITS.finditer(text))
            or bool(_FIGURE_WORDS.search(text)))


def figure_weight(question: str, typed: AnswerType | None) -> float:
    """What a sentence that gives the figure `question` asks for gains (`figure_marks`): COUNT_WEIGHT for a count or
    an amount (`typed`: "how many", "how much"), FIGURE_WEIGHT for a number asked otherwise (qa.cite's
    `asks_quantity`: "how old", "what score", "what share"), else 0."""
    if typed is not None and typed.kind in ("count", "amount"):
        return COUNT_WEIGHT
    if FIGURE_WEIGHT <= 0 or typed is not None:
        return 0.0
    from qa.cite import asks_quantity  # qa.cite imports this module: read when called
    return FIGURE_WEIGHT if asks_quantity(question) else 0.0


def _asks_name(question: str) -> bool:
    """qa.cite.asks_name, read when called (qa.cite imports this module)."""
    from qa.cite import asks_name
    return asks_name(question)


def form_asked(question: str, asked: str | None) -> str | None:
    """The form of answer `question` asks (qa.cite.asked_form) where FORM_WEIGHT is on and a sentence giving it is
    to gain: not for a why-question (`asked` "reason": KIND_WEIGHTS weighs its cues) unless FORM_OVER_REASON, nor a
    mechanism unless FORM_MECHANISM; else None."""
    if FORM_WEIGHT <= 0 or (asked == "reason" and not FORM_OVER_REASON):
        return None
    from qa.cite import asked_form  # qa.cite imports this module: read when called
    form = asked_form(question)
    return None if form == "mechanism" and not FORM_MECHANISM else form


# what asks for a cause or a reason without "why": "what's behind", "what prompted / led to / drove / motivated / caused
# / made", and qa.cite's `asks_reason` ("what reason", "on what grounds", "how ... justify")
_ASKS_CAUSE = re.compile(r"\bwhat(?:['’]s|\s+(?:is|was|are|were))?\s+(?:really\s+)?behind\b|"
                         r"\bwhat\s+(?:\w+\s+)?(?:prompt(?:s|ed)|led|leads|dr(?:ove|ives)|"
                         r"motivat(?:es|ed)|caus(?:es|ed)|made|makes|triggered|triggers|pushed|pushes)\b",
                         re.IGNORECASE)


def asks_cause(question: str) -> bool:
    """Whether `question` asks for a cause or a reason in words that qa.cite.asked_kind does not read as "why":
    "What's behind ...?", "What prompted ...?", "What made ...?", "What led to ...?", or qa.cite.asks_reason's ("What
    reason does X give ...?", "On what grounds ...?")."""
    from qa.cite import asks_reason  # qa.cite imports this module: read when called
    return bool(_ASKS_CAUSE.search(question)) or asks_reason(question)


def best_sentence(unit_vectors: UnitVectors, hit: Hit, query_vector: np.ndarray, **scoring) -> float | None:
    """The best score of a sentence unit of `hit` (`unit_scores`, whose keywords `scoring` passes on); None: no unit
    vectors stored."""
    scores = unit_scores(unit_vectors, hit, query_vector, **scoring)
    return float(np.max(scores)) if len(scores) else None


def rerank_by_sentence(hits: Sequence[Hit], unit_vectors: UnitVectors, query_vector: np.ndarray, *,
                       weight: float, depth: int, units: Units | None = None, question: str = "",
                       coverage_weight: float = 0.0, rapid_talk: Collection[str] = (),
                       speakers: NamedSpeakers = NamedSpeakers(), recordings: Collection[str] = (),
                       subjects: NamedSpeakers = NamedSpeakers(), asked: str | None = None,
                       said: Marks | None = None, neighbour_margin: float = 0.0,
                       mentioned: NamedSpeakers = NamedSpeakers(), framing: bool = True,
                       states: NamedSpeakers = NamedSpeakers(), kept: dict | None = None) -> list[Hit]:
    """`hits` with the first `depth` re-ranked (see the module's doc); their scores become the mixed score. With
    `units` and a `question`, a sentence's score adds `coverage_weight` times the share of the question's content
    words it holds, except in the transcripts of `rapid_talk` (meetings: a short turn that names the question's
    topic is one mention among many, and on QMSum val the share cost 0.005-0.017 of every equal-reading figure).
    A passage of a speaker the question has speak that holds a word of what it asks them about (`speakers_named`)
    gains SPEAKER_WEIGHT, there too only outside rapid talk; one of a speaker the question is about as its subject
    (`subjects`: `speakers_as_subject`, "What is Lamport doing ...?") gains SUBJECT_WEIGHT on the same terms, and one of
    a speaker it names by title elsewhere (`mentioned`: `speakers_mentioned`, "... for the Vice President")
    MENTION_WEIGHT; one of a speaker whose own state, plan, promise or advice it asks about (`states`:
    `state_holders`, "What is Newsom worried about?") STATE_WEIGHT. A passage of a recording the question names as where
    it was said (`recordings`: qa.answerable.recordings_named, "in the bagging lecture") gains RECORDING_WEIGHT,
    in rapid talk too. When the question speaks of a presenter it does not name (`asks_unnamed_presenter`: "the
    lecturer", "the presenter's firm"), a passage of a transcript whose first passages all lack a speaker label
    (`unlabelled_transcripts`: captions) gains UNNAMED_WEIGHT, outside rapid talk. When the question asks for a kind of statement (`asked`: qa.cite.asked_kind), `said` marks
    the sentences that say one (qa.cite.holds_kind: "because", "so that" for a reason; "I think", "we believe" for
    a view), which gain KIND_WEIGHTS[asked], outside rapid talk: of two passages on the topic, the one that says
    why, or what its speaker thinks. With `framing` (standalone questions; not a follow-up, whose few words lean on
    its history), a sentence that speaks about the talk (`frames_talk`) loses FRAMING_PENALTY, outside rapid talk and
    unless the question asks about the talk itself (`about_talk`); on the same terms, a passage whose best sentence so
    scored only announces what will be said (`announces`: "Next we will talk about the budget") loses AGENDA_PENALTY.
    A sentence that gives the form of answer a standalone question asks (`form_asked`: a definition, an
    instruction; a mechanism with FORM_MECHANISM) gains FORM_WEIGHT, outside rapid talk.
    A passage without unit vectors keeps its own cosine (`dense`) as its best sentence. `kept` (a dict, standalone
    questions): given `features`, a function of a later head to its `head_features` as read here (rank57)."""
    head, tail = list(hits[:depth]), list(hits[depth:])
    if weight <= 0 or len(head) < 2:
        return list(hits)
    standalone = framing  # `framing` is given for standalone questions, not a follow-up
    if CAUSE_ASKED and standalone and asked is None and units is not None and asks_cause(question):
        from qa.cite import holds_kind  # qa.cite imports this module: read when called
        asked, said = "reason", functools.partial(holds_kind, "reason")
    stems = content_stems(question) if coverage_weight > 0 and units is not None else frozenset()
    frames = frame_stems(question) if standalone and stems else frozenset()  # rank63: not the register's frames
    if stems - frames:
        stems = stems - frames
    if TOPIC_SHARE and stems and speakers.topic and (speakers.labels or speakers.titled):
        stems = speakers.topic  # who speaks is not what they say: others name them ("Prime Minister Suga and I")
    pairs = phrase_pairs(question) if stems else frozenset()
    typed = answer_type(question)
    term = define.defined_term(question) if units is not None else None
    said_weight = KIND_WEIGHTS.get(asked, 0.0) if asked and said is not None else 0.0
    person = define.person_asked(question) if units is not None else None
    framing = FRAMING_PENALTY if framing and not about_talk(question) else 0.0
    figure = figure_weight(question, typed) if stems else 0.0
    agenda = AGENDA_PENALTY if framing and units is not None else 0.0
    form = form_asked(question, asked) if units is not None and standalone else None
    naming = (NAME_RANK_WEIGHT if NAME_RANK_WEIGHT > 0 and units is not None and standalone and _asks_name(question)
              else 0.0)
    unnamed = (unlabelled_transcripts(head) if UNNAMED_WEIGHT > 0 and asks_unnamed_presenter(question)
               else frozenset())
    top = max(h.score for h in head) or 1.0
    fused = {h.row: (i, h) for i, h in enumerate(head)}  # rank55: each passage's place and scores before the mixing
    mixed, sentences, stated, openings = [], {}, [], {}
    for h in head:
        plain = h.passage.transcript in rapid_talk
        scores = unit_scores(unit_vectors, h, query_vector, units=units, stems=stems,
                             coverage_weight=0.0 if plain else coverage_weight, typed=None if plain else typed,
                             term=None if plain else term, said=None if plain else said,
                             said_weight=said_weight, person=None if plain else person, pairs=pairs,
                             framing=0.0 if plain else framing, figure=0.0 if plain else figure,
                             form=None if plain else form, form_weight=FORM_WEIGHT,
                             naming=0.0 if plain else naming)
        sentence = float(np.max(scores)) if len(scores) else (h.dense or 0.0)
        announced = agenda if agenda > 0 and not plain and _best_announces(h, scores, units) else 0.0
        sentences[h.row] = sentence
        if OPENING_MARGIN > 0 and len(scores) and not plain:
            openings[h.row] = int(np.argmax(scores)) == 0
        spoken = SPEAKER_WEIGHT if not plain and speakers.speaks_on_topic(h.passage) else 0.0
        spoken += SUBJECT_WEIGHT if not plain and subjects.speaks_on_topic(h.passage) else 0.0
        spoken += MENTION_WEIGHT if not plain and mentioned.speaks_on_topic(h.passage) else 0.0
        stated.append(STATE_WEIGHT if not plain and states.speaks_on_topic(h.passage) else 0.0)
        spoken += RECORDING_WEIGHT if h.passage.transcript in recordings else 0.0
        spoken += UNNAMED_WEIGHT if not plain and h.passage.transcript in unnamed else 0.0
        score = (1 - weight) * h.score / top + weight * sentence + spoken - announced
        mixed.append(h.with_score(score))
    if any(stated) and not (STATE_OTHER_FIRST and _own_or_asked(states, max(mixed, key=lambda h: h.score).passage)):
        mixed = [h.with_score(h.score + bonus) for h, bonus in zip(mixed, stated)]
    mixed.sort(key=lambda h: -h.score)
    if neighbour_margin > 0:
        mixed = neighbour_first(mixed, sentences, neighbour_margin)
    if OPENING_MARGIN > 0 and standalone:
        mixed = opening_next_first(mixed, openings, OPENING_MARGIN)
    if SAME_SPEAKER_MARGIN > 0 and standalone:
        mixed = same_speaker_closer_first(mixed, unit_vectors, query_vector, SAME_SPEAKER_MARGIN, SAME_SPEAKER_LEAD,
                                          rapid_talk)
    said_kind = said if said is not None and asked else None
    if LEARNED_ORDER and standalone and len(mixed) >= 2:
        mixed = learned_first(mixed, head_features(mixed[:LEARNED_HEAD], fused, sentences, unit_vectors, units,
                                                   query_vector, content_stems(question), typed, said_kind,
                                                   rapid_talk))
    if kept is not None and standalone:
        kept["features"] = functools.partial(_later_features, fused=fused, sentences=sentences,
                                             unit_vectors=unit_vectors, units=units, query_vector=query_vector,
                                             stems=content_stems(question), typed=typed, said=said_kind,
                                             rapid_talk=rapid_talk)
    return mixed + tail


FEATURES = ("mixed", "fused", "sentence", "plain", "dense", "lexical", "share", "kind", "first", "fused_rank",
            "same_speaker", "question", "turn_opens", "rapid")
# what `expanded` adds to FEATURES: the first one's speaker's passages read apart, rapid talk read apart, and the plain
# cosine and word share against the first passage's
PAIRED = ("same_speaker*mixed", "same_speaker*plain", "same_speaker*share", "same_speaker*kind", "rapid*mixed",
          "rapid*plain", "plain-first", "share-first")


def expanded(x: np.ndarray) -> np.ndarray:
    """`head_features`' rows with the PAIRED columns after FEATURES' (what the model reads)."""
    same, rapid = x[:, 10:11], x[:, 13:14]
    return np.hstack([x, same * x[:, [0, 3, 6, 7]], rapid * x[:, [0, 3]], x[:, [3]] - x[0, 3], x[:, [6]] - x[0, 6]])


def head_features(head: Sequence[Hit], fused: dict[int, tuple[int, Hit]], sentences: dict[int, float],
                  unit_vectors: UnitVectors, units: Units | None, query_vector: np.ndarray, stems: frozenset[str],
                  typed: AnswerType | None, said: Marks | None, rapid_talk: Collection[str] = ()) -> np.ndarray:
    """rank55: per passage of the re-ranked `head` (in its order), the signals the earlier rules read one at a time
    (FEATURES, a row each): its mixed score, its fused score (`fused`: by row, its place and hit before the mixing),
    its best sentence's mixed score (`sentences`) and plain cosine (`plain_cosine`), its dense and lexical scores, each
    less the head's best (the lexical one over the head's best); the share of the question's content words (`stems`)
    in its closest sentence; whether a sentence of it holds the answer kind asked (`typed`: a count, an amount, a
    date; or `said`: qa.cite.holds_kind's reason or view); whether it is first; its place before the mixing (over
    the head's length); whether it is the first one's speaker in its transcript (not the first itself); whether it
    is a reporter's question; whether it opens its turn; whether its transcript is rapid talk. Reads only what the
    head holds and the sentence vectors stored at ingest."""
    rows = []
    for i, h in enumerate(head):
        vectors = unit_vectors(h.row) if h.row >= 0 else np.zeros((0, len(query_vector)), np.float32)
        cosines = vectors @ query_vector if len(vectors) else np.zeros(0)
        texts = ([h.passage.text[u.start:u.end] for u in units(h.row)] if units is not None and h.row >= 0
                 else [h.passage.text])
        if len(texts) != len(cosines):
            texts = [h.passage.text]
        closest = texts[int(np.argmax(cosines))] if len(cosines) and len(texts) > 1 else texts[0]
        share = float(word_shares(stems, [closest])[0]) if stems else 0.0
        kind = 0.0
        if typed is not None and typed.kind in ("count", "amount", "date"):
            kind = float(np.max(holds_answer_type(typed, texts)))
        elif said is not None:
            kind = float(np.max(said(texts)))
        place, before = fused.get(h.row, (len(fused), h))
        rows.append([h.score, before.score, sentences.get(h.row, h.dense or 0.0),
                     float(np.max(cosines)) if len(cosines) else (h.dense or 0.0), h.dense or 0.0,
                     h.lexical or 0.0, share, kind, float(i == 0), place / max(len(fused), 1),
                     float(i > 0 and h.passage.transcript == head[0].passage.transcript
                           and h.passage.speaker == head[0].passage.speaker),
                     float(h.passage.role == "question"), float(h.passage.turn_offset == 0),
                     float(h.passage.transcript in rapid_talk)])
    x = np.array(rows, dtype=np.float64)
    for j in range(5):
        x[:, j] -= x[:, j].max()
    x[:, 5] = x[:, 5] / (x[:, 5].max() or 1.0)
    return x


@lru_cache(maxsize=1)
def learned_coefficients() -> np.ndarray:
    """rank55's coefficients (qa/data/rank55_order.json, one per name of FEATURES and PAIRED; fitted by
    bench/rank55/fit.py)."""
    import json
    from pathlib import Path
    data = json.loads((Path(__file__).parent / "data" / "rank55_order.json").read_text(encoding="utf-8"))
    return np.array([data["coefficients"][name] for name in FEATURES + PAIRED], dtype=np.float64)


def _later_features(head: Sequence[Hit], **reading) -> np.ndarray:
    """`head_features` of a later `head`, with the re-ranking's own `reading` (its places, sentence scores, ...)."""
    return head_features(head, **reading)


@lru_cache(maxsize=1)
def after_exchanges_coefficients() -> np.ndarray:
    """rank57's coefficients (qa/data/rank57_order.json, one per name of FEATURES and PAIRED; fitted by
    bench/rank57/analyse.py --save on the features read after `question_exchanges`)."""
    import json
    from pathlib import Path
    data = json.loads((Path(__file__).parent / "data" / "rank57_order.json").read_text(encoding="utf-8"))
    return np.array([data["coefficients"][name] for name in FEATURES + PAIRED], dtype=np.float64)


def learned_after_exchanges(hits: Sequence[Hit], kept: dict, lead: float | None = None) -> list[Hit]:
    """rank57: `hits` (as `question_exchanges` leaves them) with their first LEARNED_HEAD ordered by the linear model
    of `after_exchanges_coefficients`, read by `kept["features"]` (`rerank_by_sentence`'s), where the best of them
    scores above the first one by more than `lead` (AFTER_EXCHANGES_LEAD); else, or without `kept`, as they are."""
    hits = list(hits)
    if "features" not in kept or len(hits) < 2:
        return hits
    lead = AFTER_EXCHANGES_LEAD if lead is None else lead
    x = kept["features"](hits[:LEARNED_HEAD])
    scores = expanded(x) @ after_exchanges_coefficients()
    if float(np.max(scores)) <= scores[0] + lead:
        return hits
    order = sorted(range(len(x)), key=lambda i: -scores[i])
    return [hits[i] for i in order] + hits[len(x):]


def learned_first(ranked: list[Hit], features: np.ndarray, lead: float | None = None) -> list[Hit]:
    """`ranked` with its first len(`features`) passages ordered by the linear model's score (`learned_coefficients`
    times each row of `expanded` `features`), where the best of them scores above the first one by more than `lead`
    (LEARNED_LEAD); else as it is."""
    lead = LEARNED_LEAD if lead is None else lead
    n = len(features)
    scores = expanded(features) @ learned_coefficients()
    if n < 2 or float(np.max(scores)) <= scores[0] + lead:
        return ranked
    order = sorted(range(n), key=lambda i: -scores[i])
    return [ranked[i] for i in order] + ranked[n:]


def plain_cosine(unit_vectors: UnitVectors, hit: Hit, query_vector: np.ndarray) -> float | None:
    """The best plain cosine of a sentence unit of `hit` to the question (no word share, no cue); None: none stored."""
    vectors = unit_vectors(hit.row) if hit.row >= 0 else np.zeros((0, len(query_vector)), np.float32)
    return float(np.max(vectors @ query_vector)) if len(vectors) else None


def same_speaker_closer_first(ranked: list[Hit], unit_vectors: UnitVectors, query_vector: np.ndarray, margin: float,
                              lead: float, rapid_talk: Collection[str] = ()) -> list[Hit]:
    """`ranked` with its second passage first when both are of one speaker in one transcript outside `rapid_talk`,
    neither a question, the second scores within `margin` of the first, and its best sentence's plain cosine to the
    question (`plain_cosine`) exceeds the first's by more than `lead`."""
    if len(ranked) < 2:
        return ranked
    first, second = ranked[0], ranked[1]
    a, b = first.passage, second.passage
    if (a.transcript != b.transcript or a.speaker != b.speaker or not a.speaker or a.transcript in rapid_talk
            or "question" in (a.role, b.role) or first.score - second.score > margin):
        return ranked
    ca, cb = plain_cosine(unit_vectors, first, query_vector), plain_cosine(unit_vectors, second, query_vector)
    if ca is not None and cb is not None and cb > ca + lead:
        return [second, first] + ranked[2:]
    return ranked


def _own_or_asked(states: NamedSpeakers, passage: Passage) -> bool:
    """Whether `passage` is of one of `states`' speakers, or a question put to someone (whose answer follows it:
    qa.exchange cites the answer to a question that matches)."""
    return states.names(passage) or passage.role == "question" or (STATE_ASKED_MARK and ends_asking(passage.text))


def neighbours(a: Passage, b: Passage) -> bool:
    """Whether `a` and `b` may be adjacent pieces of one speaker's talk: the same transcript and speaker, in the same
    turn or the next one (that nothing indexed lies between them, adjacent rows, is the caller's to check)."""
    return (a.transcript == b.transcript and a.speaker == b.speaker and abs(a.turn_index - b.turn_index) <= 1)


def neighbour_first(ranked: list[Hit], sentences: dict[int, float], margin: float) -> list[Hit]:
    """`ranked` with the first passage's neighbour (`neighbours`, the next or previous row) first when it scores
    within `margin` of it and its best sentence (`sentences`, by row) scores higher: of two adjacent passages of
    one turn on the topic, the one with the sentence that answers."""
    first = ranked[0]
    for i, h in enumerate(ranked[1:], 1):
        if (abs(h.row - first.row) == 1 and first.row >= 0 and neighbours(first.passage, h.passage)
                and first.score - h.score <= margin and sentences.get(h.row, 0.0) > sentences.get(first.row, 0.0)):
            return [h, first] + ranked[1:i] + ranked[i + 1:]
    return ranked


def opening_next_first(ranked: list[Hit], openings: dict[int, bool], margin: float) -> list[Hit]:
    """`ranked` with its second passage first when that is the next piece of the first one's turn (the next row, the
    same transcript, speaker and turn), scores within `margin` of it, and its best sentence is its opening one
    (`openings`, by row): the answer that opens the piece after the one that holds the question's words."""
    if len(ranked) < 2:
        return ranked
    first, second = ranked[0], ranked[1]
    if (first.row >= 0 and second.row == first.row + 1 and first.passage.transcript == second.passage.transcript
            and first.passage.speaker == second.passage.speaker
            and first.passage.turn_index == second.passage.turn_index
            and first.score - second.score <= margin and openings.get(second.row, False)):
        return [second, first] + ranked[2:]
    return ranked


def agreed_transcript_first(hits: Sequence[Hit], head: int | None = None, need: int | None = None) -> list[Hit]:
    """`hits` with the first `head` kept, and after them the hits of the transcript that at least `need` of those
    first ones are of before the hits of other transcripts, each group in its own order. Over many transcripts,
    first passages that agree on one say which the question is about (a meeting of a series that all discuss the
    same design): reading on, its other passages hold more of the answer than the others' near matches. Fewer
    agreeing, or one transcript in scope: `hits` as they are. `head` and `need` default to AGREEMENT_HEAD and
    AGREEMENT_NEED (read when called); `need` 0 turns the rule off."""
    hits = list(hits)
    head = AGREEMENT_HEAD if head is None else head
    need = AGREEMENT_NEED if need is None else need
    if need < 1 or len(hits) <= head:
        return hits
    counts: dict[str, int] = {}
    for h in hits[:head]:
        counts[h.passage.transcript] = counts.get(h.passage.transcript, 0) + 1
    lead, n = max(counts.items(), key=lambda item: item[1])
    if n < need:
        return hits
    rest = hits[head:]
    return hits[:head] + [h for h in rest if h.passage.transcript == lead] + \
        [h for h in rest if h.passage.transcript != lead]
