"""Which earlier questions of a conversation shape a search, and the query that is searched.

A question takes its history only when its own wording depends on it: it opens like a follow-up ("And what
about Poland?"), it points back with a word that has nothing to point to inside the question ("How big is its
investment?", "What did he say about the second one?", "on the same scale"), or it has too few words to stand
alone ("Why?"). Any other question is searched exactly as if it had been asked alone, so a change of topic in
mid-conversation is never pulled back to the old one. The rule reads English function words only, never the
words of particular questions (docs/retrieval.md, "Follow-up questions", says how it was measured).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from qa.answerable import WordKnown, content_words, is_nonsense
from qa.retrieve import Query

HISTORY_WEIGHT = 0.5  # how far an earlier question pulls a follow-up's vector (the latest weighs most)
SHORT_QUESTION_WORDS = 0  # a question with at most this many content words cannot stand alone ("Why not?")

Encode = Callable[[Sequence[str]], np.ndarray]

# A follow-up opens by joining on to what came before.
_OPENER = re.compile(r"^\s*(?:and|but|also|so|then|plus|or)\b|^\s*(?:what|how)\s+about\b|^\s*what\s+else\b",
                     re.IGNORECASE)
# Words that stand for something said before: personal and possessive pronouns of the third person, and
# "there"/"then" as places and times. `it` is left out where English uses it with no referent ("is it true",
# "how long will it take").
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers|they|them|their|theirs|it|its|itself|themselves|there)\b",
                      re.IGNORECASE)
_DUMMY_IT = re.compile(
    r"\bit(?:\s+(?:is|was|'s|’s|be|been|would be|will be|seems?|seemed))?\s+(?:true|possible|likely|clear|known|"
    r"necessary|important|worth|easy|hard|difficult|fair|right|wrong|time|enough|too)\b"
    r"|\bis\s+it\s+(?:true|possible|likely|clear|known|necessary|important|worth|easy|hard|difficult|fair|right|"
    r"wrong|time|the case)\b|\bhow\s+long\s+(?:will|would|did|does|could|can)\s+it\s+take\b|\bthere\s+(?:is|are|was|"
    r"were|will|would|has|have|had)\b|\bis\s+there\b|\bare\s+there\b|\bwas\s+there\b|\bwere\s+there\b"
    r"|\bit\s+(?:get|gets|got|is|was|be)\s+(?:hot|cold|warm|dry|wet|windy|late|early|dark)\b"
    r"|\b(?:hot|cold|warm|dry|wet|windy)\b.*\bit\s+(?:get|gets|got)\b"
    r"|\b(?:hot|cold|warm|dry|wet|windy|late|early|dark)\s+(?:is|was|will|would|did)\s+it\b",
    re.IGNORECASE)
# Words that point back: "that"/"this" ending a clause ("why is that?", "about this") or standing for a thing
# after a verb or a question word ("when did that happen?", "why is this important?"); a demonstrative after a
# preposition ("in that picture") or "these"/"those" before a noun, unless the noun is the recording itself ("in
# this video"); "this"/"that" before a noun that names a thing only by its kind ("that decision"); "the second
# one"; "the same" (unless a comparison follows: "the same as"); "else"; "instead" (not "instead of"); and
# "too?", "next?", "more?", "again?" at the end.
_KIND_NOUNS = ("one|ones|issue|issues|topic|point|points|matter|plan|plans|decision|idea|deal|step|steps|move|"
               "proposal|measure|measures|scale|way|thing|things|case|question|answer|number|figure|amount|period|"
               "country|countries|person|people|man|woman|company|side|list|problem|project|part|area|kind|sort|"
               "type|example|statement|remark|comment|claim|subject|policy|law|agreement|treaty|document|program|"
               "programme|process|event|incident|situation|option|options|response|reply|picture|story|analogy")
# nouns that need a complement to be understood, ending the question without one ("What was Biden's reaction?":
# to what?), except in the idioms "in response", "as a result"
_RELATIONAL = ("reaction|reactions|response|responses|reply|answer|view|views|opinion|opinions|position|stance|"
               "reason|reasons|explanation|outcome|result|results|consequence|consequences|impact|effect|effects")
_SELF = ("video|videos|lecture|lectures|interview|podcast|episode|conference|meeting|call|briefing|transcript|"
         "transcripts|talk|lesson|course|session|recording|discussion|hearing|year|week|month|morning|afternoon|"
         "evening|time|moment|day|days|times")
_POINTING = re.compile(
    r"\b(?:this|that|these|those)\s*(?:[?.!,;]|$)"
    rf"|\b(?:in|on|at|about|of|for|with|from|to|by|after|before|during|since|under|like|behind)\s+"
    rf"(?:this|that|these|those)\s+(?!(?:\w+\s+)?(?:{_SELF})\b)\w+"
    rf"|\b(?:these|those)\s+(?!(?:\w+\s+)?(?:{_SELF})\b)\w+"
    rf"|\b(?:this|that|such)\s+(?:{_KIND_NOUNS})\b"
    r"|\bthe\s+(?:first|second|third|fourth|last|other|former|latter)\s+ones?\b"
    r"|\bthe\s+(?:former|latter|rest)\s*(?:[?.!,;]|$)"
    r"|\b(?:is|was|are|were|does|did|do|will|would|can|could|has|have|had|should|why|how|when|where|what)\s+"
    rf"(?:this|that)\b(?!\s+(?:is|was|the|a|an)\b)(?!\s+(?:\w+\s+)?(?:{_SELF})\b)"
    r"|\b(?:next|afterwards|more|again|then)\s*[?.!]?\s*$|\bboth\s+of\s+them\b"
    rf"|(?<!\bin )(?<!\bas a )\b(?:{_RELATIONAL})\s*[?.!]?\s*$"
    r"|^(?!.*\b(?:two|both|each|all|and|between)\b).*\bthe\s+same\b(?!.*\bas\b)|\belse\b|\binstead\b(?!\s+of)|\b(?:too|either|as\s+well)\s*[?.!]?\s*$",
    re.IGNORECASE)
# What a pronoun later in the question can point to: a capitalised word other than the first, a possessive, or
# a determiner with its noun.
_NAME = re.compile(r"\b[A-Z][\w’'-]*")
_NOUN_PHRASE = re.compile(r"\b\w+(?:'s|’s)\b|\b(?:the|a|an|this|that|these|those|my|your|our)\s+\w+", re.IGNORECASE)


_OBJECT_PRONOUNS = {"him", "them"}
_SAID_BEFORE = re.compile(r"\w[^.?!]*\b\w+[^.?!]*\b\w+[^.?!]*[.!?:]\s")  # a sentence of three words or more
# "it" after a preposition is an object ("What is a good score for it?"); after a verb it may be a dummy of an
# idiom ("winging it", "make it"), which points to nothing
_PREPOSITIONS = {"for", "about", "of", "with", "to", "on", "in", "from", "by", "into", "at", "without", "against",
                 "over", "under", "behind", "like", "after", "before", "towards", "toward", "through"}
# words that ask for more of what came before and name no topic: a question made only of these ("Can you give an
# example?", "Could you explain in more detail?") cannot stand alone
_MORE_OF = frozenset("give example examples instance instances explain explanation detail details elaborate clarify "
                     "expand illustrate summarize summarise summary more mean meaning".split())


def _is_object(text: str, pronoun: str) -> bool:
    """Whether `pronoun`, after `text`, is the object of its clause: an object pronoun always, "it" after a
    preposition."""
    if pronoun.lower() in _OBJECT_PRONOUNS:
        return True
    before = re.findall(r"[\w’']+", text.lower())
    return pronoun.lower() == "it" and bool(before) and before[-1] in _PREPOSITIONS


def _has_referent(text: str, pronoun: str) -> bool:
    """Whether `text` (the part of a question before `pronoun`) names something the pronoun can stand for. An
    object pronoun cannot stand for the subject of its own clause ("How does Lamport work with him?": not
    Lamport, who would be "himself"; "What is a good score for it?": not the score), so it needs a second
    candidate."""
    found = [m.start() for m in _NAME.finditer(text) if m.start() > 0]
    found += [m.start() for m in _NOUN_PHRASE.finditer(text)]
    # a candidate in an earlier clause is no subject of the pronoun's own ("How big is the market, and how much of
    # it do foreigners hold?")
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text)), default=0)
    if any(f < clause for f in found):
        return True
    return len(set(found)) >= (2 if _is_object(text, pronoun) else 1)


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|or|so|because|while|when|if)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What a question is searched with: the earlier questions it depends on (oldest first; empty when it stands
    alone) and why it depends on them (also when there was none to take: "What did he say?" asked first)."""

    questions: tuple[str, ...]
    reason: str | None


def dependence(question: str, known: WordKnown) -> str | None:
    """Why `question` cannot be understood without the conversation before it, in words; None when it stands
    alone."""
    text = question.strip()
    opener = _OPENER.search(text)
    if opener:
        return f"it opens with '{opener.group().strip()}'"
    pointing = _POINTING.search(text)
    # what a question says in a sentence of its own before asking is what it points back to ("Lavrov mentioned
    # disparities in staffing. What was the first one?")
    if pointing and not _SAID_BEFORE.search(text[:pointing.start()]):
        return f"'{pointing.group().strip(' ?.!,;')}' points back"
    dummies = [m.span() for m in _DUMMY_IT.finditer(text)]
    for m in _PRONOUN.finditer(text):
        if any(a <= m.start() < b for a, b in dummies):
            continue
        if not _has_referent(text[:m.start()], m.group()):
            return f"'{m.group()}' has nothing to point to in the question"
    words = content_words(text)
    if len(words) <= SHORT_QUESTION_WORDS and not is_nonsense(text, known):
        return "it is too short to stand alone"
    if words and all(w in _MORE_OF for w in words):
        return "it asks for more without naming a topic"
    return None


def context_of(question: str, history: Sequence[str], known: WordKnown, history_turns: int) -> Context:
    """The earlier questions `question` is searched with: none when it stands alone; else the latest earlier
    question, and before it each one that the later one depended on in turn (a chain back to the question that
    set the topic), at most `history_turns`. Nonsense in the history ("asdkjh") sets no topic and is passed over."""
    reason = dependence(question, known)
    if reason is None or history_turns < 1:
        return Context((), None)
    chain: list[str] = []
    for earlier in reversed([h.strip() for h in history if h and h.strip()]):
        if is_nonsense(earlier, known):
            continue
        chain.append(earlier)
        if len(chain) >= history_turns or dependence(earlier, known) is None:
            break
    return Context(tuple(reversed(chain)), reason)  # a reason without questions: it points back to nothing


def lexical_text(question: str, context: Context) -> str:
    """What BM25 searches for `question` in `context`: its words and the earlier questions'."""
    return " ".join([*context.questions, question])


def build_query(question: str, context: Context, encode: Encode) -> Query:
    """The question, with the earlier questions of its context folded in: its vector leans towards theirs (the
    latest weighs most) and BM25 searches their words too. Without context the query is the question alone."""
    earlier = list(context.questions)
    vectors = encode([question, *earlier])
    vector = vectors[0].copy()
    for age, v in enumerate(reversed(vectors[1:]), 1):
        vector += (HISTORY_WEIGHT / age) * v
    vector /= max(np.linalg.norm(vector), 1e-12)
    lexical = lexical_text(question, context)
    text = question if not earlier else f"{question} (after: {' / '.join(earlier)})"
    return Query(question=question, lexical_text=lexical, vector=vector.astype(np.float32), text=text)
