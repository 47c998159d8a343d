"""Questions to start with, drawn from the indexed transcripts, for a user who does not know the corpus.

Two sources, in this order:
1. reporters' questions: question sentences of turns whose role is "question" (what someone in the room asked,
   so the transcript answers it), between MIN_WORDS and MAX_WORDS words, that name something (a capitalised
   word past the first) and do not lean on what came before ("these", "he", "it" ...);
2. distinctive topics: for transcripts with fewer than MIN_OFFERED such questions, the capitalised names said most often in the
   transcript and rarely elsewhere, as "What was said about NAME?" (a name used mostly before a noun with that noun:
   "What was said about the Paxos paper?", not "What was said about Greek?").
Transcripts take turns, so that several transcripts each give a question before one gives two.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, Sequence

from qa.types import Turn, TranscriptInfo

MIN_OFFERED = 3  # a transcript with fewer reporters' questions is topped up with its distinctive names
MIN_WORDS, MAX_WORDS = 5, 22  # a question a person would type: not "Why?", not a paragraph
_QUESTION = re.compile(r"[^.!?]*\?")
# a name: capitalised words, a hyphen joining capitalised parts ("Indo-Pacific", "Wi-Fi": not "Indo" and "Fi"),
# an acronym closing it ("Gen AI")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*)*(?:\s+[A-Z]{2,}\b)?(?![\w-])")
# the words after a name that say it is not one used alone: function words, auxiliaries, "said"
_FUNCTION = frozenset("and or but nor so yet is was are were be been has have had do does did will would can could "
                      "should may might must shall said says say that which who whom whose to of in on at for with "
                      "from by as the a an this these those it its not also here there now then too just again very "
                      "really".split())
# a name used before a noun in at least this share of its uses is a modifier ("Greek pronunciation", "Russian
# officials", "Taliban attacks"): offered with the word it goes with most, where that pair is said more than once,
# never alone ("What was said about Greek?", trial28)
MODIFIER_SHARE = 0.75
_NOT_TOPICS = {"I", "The", "This", "That", "We", "It", "And", "But", "So", "In", "On", "Of", "As", "If", "What",
               "Thank", "Thanks", "Yes", "No", "Mr", "Mrs", "Ms", "Question", "Answer", "Well", "Okay", "OK",
               "There", "They", "You", "He", "She", "Our", "My", "Let", "Now", "Today", "When", "How", "Why"}


_LEANS_BACK = {"this", "these", "that", "those", "he", "she", "it", "they", "him", "her", "them", "such"}


def reporters_questions(turns: Sequence[Turn]) -> list[str]:
    """Question sentences of question turns that stand on their own and fit a question box, in order."""
    found = []
    for turn in turns:
        if turn.role != "question":
            continue
        for sentence in (" ".join(s.split()) for s in _QUESTION.findall(turn.text)):
            words = sentence.split()
            if (MIN_WORDS <= len(words) <= MAX_WORDS and any(w[:1].isupper() for w in words[1:])
                    and not _LEANS_BACK & {w.strip("?,").lower() for w in words}):
                found.append(sentence[0].upper() + sentence[1:])
    return found


_NEXT = re.compile(r"[ \t]+([a-z][a-z’'-]*)")


def distinctive_names(turns_of: Sequence[Sequence[Turn]]) -> list[list[str]]:
    """Per transcript, capitalised names (not at a sentence start) ranked by count x inverse document frequency, as
    topics: a name used mostly before a noun (`MODIFIER_SHARE`) with the noun it goes with most ("the Paxos
    paper"), or not at all when no pair of them is said twice."""
    counts, modified = [], []
    for turns in turns_of:
        names: Counter = Counter()
        nouns: dict[str, Counter] = {}
        for turn in turns:
            for match in _NAME.finditer(turn.text):
                before = turn.text[:match.start()].rstrip()
                if before and before[-1] not in ".!?\"“" and match.group(0).split()[0] not in _NOT_TOPICS:
                    names[match.group(0)] += 1
                    after = _NEXT.match(turn.text, match.end())
                    if after and after.group(1) not in _FUNCTION:
                        nouns.setdefault(match.group(0), Counter())[after.group(1)] += 1
        counts.append(names)
        modified.append(nouns)
    docs = Counter(name for names in counts for name in names)
    ranked = []
    for names, nouns in zip(counts, modified):
        scored = {n: c * math.log(1 + len(counts) / docs[n]) for n, c in names.items() if c >= 2}
        topics = []
        for name in sorted(scored, key=lambda n: (-scored[n], n)):
            after = nouns.get(name, Counter())
            if sum(after.values()) < MODIFIER_SHARE * names[name]:
                topics.append(name)
            elif after.most_common(1)[0][1] >= 2:
                topics.append(f"the {name} {after.most_common(1)[0][0]}")
        ranked.append(list(dict.fromkeys(topics)))
    return ranked


def suggest_questions(transcripts: Iterable[tuple[TranscriptInfo, Sequence[Turn]]], n: int = 5) -> list[str]:
    """Up to `n` distinct questions, transcripts taking turns (newest first)."""
    ordered = sorted(transcripts, key=lambda pair: (pair[0].date or "", pair[0].name), reverse=True)
    topics = distinctive_names([turns for _, turns in ordered])
    pools = []
    for (info, turns), names in zip(ordered, topics):
        asked = _spread(reporters_questions(turns), n)
        pools.append(asked + [f"What was said about {name}?" for name in names[:max(0, MIN_OFFERED - len(asked))]])
    chosen: list[str] = []
    for round_ in range(n):
        for pool in pools:
            if round_ < len(pool) and pool[round_] not in chosen and len(chosen) < n:
                chosen.append(pool[round_])
    return chosen


def _spread(items: list[str], n: int) -> list[str]:
    """Up to n items taken evenly through the list (questions through a whole press conference, not its start)."""
    if len(items) <= n:
        return items
    return [items[round(i * (len(items) - 1) / (n - 1))] for i in range(n)] if n > 1 else items[:1]
