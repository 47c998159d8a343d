"""Turn ranked hits into an Answer: the sentence of each passage that answers best (the highlight), and the answer
text made of the best highlights with [n] markers; or "not in these transcripts" when qa.answerable says so."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Callable, Collection, Mapping, Sequence
from urllib.parse import urlencode, urlparse, urlunparse, parse_qsl

import numpy as np

from qa.answerable import (DATE_KINDS, NOT_ANSWERED, AnswerType, CorpusWords, Verdict, answer_type,
                           asks_time_in_recording, date_found, expected_answer, gather, holds_answer,
                           holds_answer_type, opens_with_when_clause, phrase_said, quote_asked)
from qa import define
from qa.order import gives_floor
from qa.segment import DANGLING_WORDS, MAX_UNIT_WORDS, locate_in_file
from qa.exchange import exchange_text, pair_passage, with_next_passage
from qa.render import clock
from qa.rerank import NamedSpeakers, content_stems, word_shares
from qa.types import Answer, Citation, CitedTurn, Evidence, Hit, Passage, SentenceUnit, TranscriptInfo, Turn

UnitsOf = Callable[[Passage], Sequence[SentenceUnit]]  # a passage's highlightable units (qa.segment.sentence_units)
UnitVectorsOf = Callable[[Passage, Sequence[SentenceUnit]], np.ndarray]  # their unit-length vectors, a row each
RestOf = Callable[[str], np.ndarray]  # the vector of the question's rest beside a unit's text (`question_rest`)
ANSWER_CITATIONS = 3  # at most this many highlights make up the answer text
# "At what time does he explain X?" over a timed recording is answered by the cited passage's time, not by a time
# said in its words (qa.answerable.asks_time_in_recording; docs/retrieval.md, "A time in the recording asked for")
TIME_IN_RECORDING = True
DENSE_HIGHLIGHTS = ANSWER_CITATIONS  # citations whose highlight's cosine the answer text and the decline read
OVERLAP_WEIGHT = 0.5  # share of the question's words a unit holds, added to its cosine (chosen on the dev sets)
QUESTION_UNIT_PENALTY = 0.2  # taken off a unit that is itself a question: it asks, it rarely answers (dev sets)
ASKED_ANSWER = True  # a highlight that ends on a unit that asks takes in the unit after it, its answer (dev sets)
# In unpunctuated captions a unit asks when it holds a question word and a verb that opens a question ("why or when
# does begging help", "what's the reason"): `asks` (False: only a question mark asks; dev sets, docs/retrieval.md)
CAPTION_ASKS = True
# A best unit that asks, whose answer does not fit beside the highlight, hands the highlight to the units after it,
# as many as fit in MAX_UNIT_WORDS, unless a unit before it in the highlight asks too (then it answers that one:
# "But how do you implement that ...?" / "Well, you need mutual exclusion, ... who knows what's going to happen?")
# (`answer_to_asking`; False: the highlight is kept; dev sets, docs/retrieval.md)
BEST_ASKING_HANDS_OVER = True
# A unit that announces a count of things ("there are two things that you should do before you start writing code",
# "three core reasons") or ends on a colon, followed by a unit that opens the first of them ("The first one is ...",
# "First, ..."), is answered by that unit as a unit that asks is: the highlight takes it in, or hands over to it
# (`answers_announced`, `answer_to_asking`; False: only a unit that asks; docs/retrieval.md, "A count announced, then
# its first item (trial23)")
ANNOUNCED_FIRST = True
CITED_WORDS = 130  # a passage is cited over at most this many words around its highlight (dev sets)
PAIR_WORDS = 200  # a same-turn pair is cited over up to this many words where CITED_WORDS leave out the next
# passage's best sentence (dev sets: docs/retrieval.md, "The pair's window")
YES_NO_OPENING = 0.3  # added to an answer's opening unit when the question asks yes or no (dev sets)
QUESTION_WORDS = 25  # an exchange cites the end of the reporter's question: its last units up to this many words
ANSWER_TYPE_WEIGHT = 0.5  # added to a unit that holds the kind of answer asked for (`answer_type`; dev sets)
ANSWER_MARGIN = 0.7  # a citation joins the answer when its highlight scores this share of the best one
ANSWER_SCORE_MARGIN = 0.8  # ... and its passage's ranking score this share of the best one (dev sets)
# a follow-up that asks why of what the earlier answer highlighted ("Why?", "How so?", "For what?"): the claim of that
# highlight loses this much in its highlights (`Reading.told`; docs/retrieval.md, "Why, after the earlier answer":
# every told unit lowered lost hl@1 on older follow-ups, the claim alone with the next unit raised loses none)
TOLD_HIGHLIGHT_WEIGHT = 0.5
TOLD_REASON_KEPT = True  # ... but not a unit that gives a reason itself (`holds_kind`)
TOLD_NEXT_WEIGHT = 0.1  # ... and the unit right after it gains this much
TOLD_CLAIM_ONLY = True  # ... and of several, only the one that says most of the earlier question's words
REASON_WEIGHT = 0.7  # added to a unit that gives a reason when the question asks why (`asked_kind`; dev sets)
# added to a unit in which the asker names themself ("It's Eamon Javers with CNBC.": `introduces_self`) when the
# question asks who asked ("Which reporter asked ...?": `asks_asker`); 0: off. Any value from 2 to 10 gives the same
# highlights on dev, 1 one fewer (mend25, docs/retrieval.md)
ASKER_WEIGHT = 3.0
# a figure asked of the future ("How much will they earn?"): a later citation among the first ANSWER_CITATIONS of
# the same recording whose highlight gives a figure said of the future comes before a first one whose figure is not
# ("$15 an hour" that "we're going to" provide, before "$13 an hour" paid now: `future_figure_first`; False: off)
FUTURE_FIGURE_FIRST = True
# cite65: a question about what was asked, or who asked it (`about_asking`: "Who asked about Iran?", "What did a
# reporter ask about the Taliban bounties?"), whose first citation's highlight lies in no asking turn (it is in the
# reply, or an opening statement), while one of the next ASKING_FIRST_DEPTH - 1 citations, of the same recording, has
# its highlight in a question turn: that one is cited first, the others after it in their order (`asking_first`, read
# after the verdict; False: off). The depth was chosen on dev (s49g's citations, bench/cite65/simulate.py): Hit@1 +7
# at 2, +8 at 3, 4 and 5, no first citation lost at any; 3 is ANSWER_CITATIONS, the citations an answer shows
ASKING_FIRST = True
ASKING_FIRST_DEPTH = 3
# ... and a question that asks who asked (`asks_asker`: "Which reporter asked about the ruble debt?", "who asked about
# that"), whose first highlight is not the asker naming themself and whom they are with (`introduces_self`), while
# the highlight of one of the next ASKING_FIRST_DEPTH - 1 citations, of the same recording, is: that one first
# ("It’s Eamon Javers with CNBC." before the official's statement on the ruble debt, or before the question's other
# passage; False: off). On dev (s49g, bench/cite65/simulate.py --named): Hit@1 +6 at depth 3, none lost
ASKER_NAMED_FIRST = True
# rank59: a count or an amount asked ("How many diplomats ...?", "How much did the counties get?": `answer_type`),
# standalone: where the first citation's passage holds no number at all (`holds_quantity`, read loosely) and one of the
# next FIGURE_FIRST_DEPTH - 1 citations' passages holds the count or amount asked (`holds_answer_type`, read
# strictly: a number with what is counted, an amount), that one comes first (`figure_first`). The first passage
# repeats the topic's words; the figure is said beside it. 3 chosen on dev (docs/retrieval.md "rank59"); 0: off
FIGURE_FIRST_DEPTH = 3
# rank61: a reason or an intent asked ("Why ...?", "What will they do ...?": `asked_kind`), standalone: where the first
# citation's passage holds no unit that gives one (`holds_kind`) and one of the next KIND_FIRST_DEPTH - 1 citations'
# passages does, its ranking score at least KIND_FIRST_SHARE of the first's, that one comes first (`kind_first`).
# 0.95 and 3 chosen on dev (docs/retrieval.md "rank61"); KIND_FIRST_SHARE 0: off
KIND_FIRST_SHARE = 0.0
KIND_FIRST_DEPTH = 3
KIND_FIRST_KINDS = ("reason", "intent")  # a view ("opinion") lost more than it gained on dev
OPINION_WEIGHT = 0.5  # added to a unit that voices a view ("we believe") when the question asks for one (dev sets)
REASON_OTHERWISE = True  # a reason said without "because" ("since it pertains", ", so we are ...") counts as one
# a reason asked in other words ("What reason does ... give", "On what grounds", "how ... justify": `asks_reason`) is
# read as a why-question by the highlight (`read_question`), not by the ranking (`asked_kind`; dev sets)
REASON_ASKED_OTHERWISE = True
# added to the opening unit of an answer turn when the question asks for the reply itself ("What did he answer?", "What
# was the reply?", "How did the officials respond?": `asks_reply`; 0 turns it off; dev sets)
REPLY_OPENING = 0.3
INTENT_WEIGHT = 0.3  # added to a unit that says what the speaker will do ("we will") when that is asked (dev sets)
QUANTITY_WEIGHT = 0.3  # added to a unit holding a number and a question word when one is asked for (dev sets)
MEASURE_WEIGHT = 0.5  # ... more when its number has a unit of measure ("100 milliseconds"; `measures`; dev sets)
TOPIC_OPENING_PENALTY = 0.1  # taken off a unit that opens by naming its topic ("As for ...": dev sets)
CONTINUATION_WEIGHT = 0.5  # share of the unit before's lead a unit that refers back to it takes (dev sets)
HANDOVER_SHARE = 0.8  # a unit that refers back takes the highlight alone from the best unit before it when the two
# do not fit in 40 words and it scores at least this share of it (dev sets)
# A best unit that restates the question (holds RESTATED_SHARE of its content words) passes the highlight to one of the
# FOCUS_REACH units after it whose cosine to the rest of the question (`question_rest`) beats its own by FOCUS_MARGIN
# and whose score is at least FOCUS_SCORE_SHARE of its score (`answer_after`; dev sets, docs/retrieval.md)
RESTATED_SHARE = 0.5
FOCUS_REACH = 2
FOCUS_MARGIN = 0.3
FOCUS_SCORE_SHARE = 0.3
# a best unit cut on a word that cannot end a sentence ("... NOAA — has satellite technology that") is completed by the
# unit after it: taken as its neighbour when the two fit, else the highlight alone when it scores at least this share
# of the best (`cut_short`; 2.0: never; dev sets, docs/retrieval.md "A sentence cut short")
CUT_HANDOVER_SHARE = 0.6
# a best unit that restates the question (RESTATED_SHARE of its words) and states nothing passes the highlight to the
# unit after it when that one states a view or an intent and scores at least this share of the best
# (`stance_after`; 2.0: never; dev sets, docs/retrieval.md "The sentence after a restating one, by what it adds")
STANCE_HANDOVER_SHARE = 0.7
# ... the stance may be this many units after the restating best unit: the first unit after it that states a view or
# an intent, the units between stating nothing ("Sectoral sanctions have been announced as regards Russian national
# debt ..." / "For obvious reasons, we do not have comparable levers ..." / "That said, our specialists think that
# the Russian economy can cope with this scale." for "Can Russia's economy weather the debt sanctions?"), unless a unit
# passed over holds more of the question's words than the stance (it may be the answer); 1: only the next unit, as
# before; 2 chosen on the dev sets and batch A, docs/retrieval.md "hl45")
STANCE_REACH = 2
# ... and a view the speaker voices for those they speak for ("our specialists think that ...", "my colleagues
# believe ...": a possessive's noun, then a verb of view) states a stance too (`others_view`; stance_after only, not
# OPINION_WEIGHT; False: only "I" or "we" voice a view there, as before; docs/retrieval.md "hl45")
STANCE_OTHERS_VIEW = True
# a unit that opens by pointing back to the best unit before it and says a word of the question that unit lacks
# ("This practice is fairly widespread ..." after "... to stop the practice of hiring citizens of Russia ..." for "How
# common is ...?"; `adds_asked`) takes the highlight alone from it when the two do not fit in MAX_UNIT_WORDS and it
# scores at least this share of it (2.0: never; dev sets, docs/retrieval.md "hl42")
ADDING_HANDOVER_SHARE = 0.5
# a unit takes the highlight from the best unit before it by the hand-over (`takes_over`, HANDOVER_SHARE) only where it
# points back within its first this many words ("And in that spirit, ...", "In this way, ...", "They will ...") or says
# a content word of the question the best unit lacks (`says_more`): a pointing word deeper in most often points inside
# its own sentence or goes on about what the best unit already answered ("We're thinking about recycling ... this
# diminishing and valuable resource called 'water'." after "... thinking about the storage of water, both above ground
# and underground."; 0: a pointing word anywhere, as before. Measured at 3 and **not adopted**: on the dev sets it moved
# 22 first highlights onto the gold and 7 off it, lost 2 Hit@1 and 1 on fresh4; docs/retrieval.md "hl43")
HANDOVER_OPENING_WORDS = 0
# a best unit that restates the question (RESTATED_SHARE of its words) and gives nothing of the form of answer the
# question asks for (`asked_form`: an explainer's reason or mechanism, a jargon question's definition, a procedural
# question's instruction; `gives_form`) passes the highlight to the first of the FORM_REACH units after it that gives
# it, when that one scores at least this share of the best (`form_after`; 2.0: never; 0.7 chosen on the dev sets and
# batch A, docs/retrieval.md "hl46")
FORM_HANDOVER_SHARE = 0.7
# ... the units after the restating best unit read for the asked form (1: the next unit only; 2 lost a dev highlight
# whose best unit gave the purpose in other words, docs/retrieval.md "hl46")
FORM_REACH = 1
STANCE_KINDS = ("opinion", "intent")  # what a unit says to take a stand (`states`; a reason elaborates: dev sets)
# a yes/no question's reply: after a best unit that restates the question, the first short first-person unit that
# points back ("We are well aware of this.") among the REPLY_REACH units after it takes the highlight
# (`reply_after`; 0 turns it off; dev sets)
REPLY_REACH = 2
REPLY_WORDS = 16  # ... and it holds at most this many words
# ... and only in a passage that answers someone's question (role "answer"): a statement nobody asked for holds no
# yes or no ("We agree that this cooperation should continue ..." after Lavrov's own opening sentence on the vaccine)
REPLY_ANSWERS_ONLY = True
# In a caption file (.srt, .vtt, Whisper .json: cut from cues) the best unit's neighbour in the highlight is the unit
# after it, unless the unit before scores more than 1 / CAPTION_AFTER_SHARE times as much: a speaker names the topic,
# then says what is asked of it ("... we would call them in bag" / "... these points are called out of B"); 1.0 keeps
# the better-scoring neighbour (docs/retrieval.md, "hl50")
CAPTION_AFTER_SHARE = 1.0
# ... and the highlight there takes in up to CAPTION_GROW units after its last while the whole stays within
# MAX_UNIT_WORDS (short Whisper segments: "This is called cumulative layout shift." / "So this kind of shift is not
# preferred at all." / "Google does not prefer it at all."), in the highlight shown only and within the cited window;
# 0 grows nothing (docs/retrieval.md, "hl50")
CAPTION_GROW = 2
CAPTION_SUFFIXES = (".srt", ".vtt", ".json")
# Elsewhere (Markdown turns, plain text) the highlight shown takes in up to CONTINUED_GROW units after its last that
# go on about it: each points back to what was said before it ("There is much talk about President Biden's proposal
# ... We have already responded positively to it." / "Now we are studying different aspects of this initiative.";
# "... costs in the Russian sovereign debt market ..." / "This is a matter of principle."), is not itself a question,
# and the whole stays within MAX_UNIT_WORDS and the cited window (`continued_after`). Shown only, as CAPTION_GROW: the
# matched units, which the window, a pair's border and the decline read, stay. With CONTINUED_ONLY False any unit
# after is taken in (measured, not adopted). 0 grows nothing (docs/retrieval.md, "hl51")
CONTINUED_GROW = 1
CONTINUED_ONLY = True
# Elsewhere the highlight shown may take the unit after the best instead of the unit before it that the highlight
# took as the better-scoring neighbour: where the unit after scores at least NEIGHBOUR_AFTER_SHARE of the unit before,
# is not a question, and the best and it fit in MAX_UNIT_WORDS and the cited window. A speaker names the topic in the
# words a question takes up, then answers in words of their own ("We focused on ... the Eurasian Economic Union
# (EAEU)." / "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement." / "We are close to completing
# the procedures ..."): of the dev misses one sentence from the highlight, the gold is after it 215 times and before it
# 149, and few fit beside the highlight in 40 words. Shown only, as CONTINUED_GROW. 0 (off) keeps the better-scoring
# neighbour (docs/retrieval.md, "hl57")
NEIGHBOUR_AFTER_SHARE = 0.0  # off: batch B unmoved, dev conversations lose 4 (0.6 as frozen; 0.4 moves the same)
# The detail asked, not the topic's opening: where the highlight holds none of the question's words that only one unit
# of the passage holds (a "rare" word: `rare_shares`), while a unit inside the cited window holds one, the highlight
# shown is chosen again over the window with each unit's score raised by RARE_WORD_WEIGHT times the share of the
# question's words it alone holds (`rare_detail`). "What did the previous administration say about the origin of the
# SolarWinds hack?": "On SolarWinds, we're formally naming ... the SVR" says the words every sentence shares; "This
# is an update to the January 5th, 2021, assessment by the previous administration ..." alone says "previous",
# "administration". Read over RARE_MIN_UNITS units or more, outside caption files. Shown only, as CONTINUED_GROW: the
# matched units, which the window, a pair's border and the decline read, stay. 0 moves nothing (docs/retrieval.md,
# "hl59")
RARE_WORD_WEIGHT = 0.0  # off: batches A and B unmoved, dev seed +6 −2, real +12 −6 (0.5 as frozen; docs "hl59")
RARE_MIN_UNITS = 3
RARE_SHARED_ONLY = True  # ... and only where the highlight holds a question word at all (words other units hold too)
RARE_AFTER_ONLY = True  # ... and only a unit after the highlight (one before it restates the question: `answer_after`)
# A yes/no question's verdict said after the sentence that sets the matter out: the highlight shown takes in the first
# of the VERDICT_REACH units after its last that opens by turning against what came before ("But", "However", "Yet":
# `turns_against`), when the question asks yes or no (not what was asked) and no unit between asks; the whole within
# VERDICT_WORDS (the bound of a whole sentence shown, SENTENCE_HIGHLIGHT_WORDS) and the cited window, else from the
# latest start that fits, the matched units kept where VERDICT_KEEPS (else the verdict with what fits before it). "Is
# the raise for federal firefighters enough?": "So today we're announcing what I still think is not enough: ... $15 an
# hour ..." / "But a one-time boost is not enough." Shown only, as CONTINUED_GROW: the matched units, which the window,
# a pair's border and the decline read, stay. 0 grows nothing (docs/retrieval.md, "hl53")
VERDICT_REACH = 1  # dev sets: 2 gains the same
VERDICT_KEEPS = True  # dev sets: False moves 22 highlights off the gold
VERDICT_WORDS = 50  # dev sets: 40 (MAX_UNIT_WORDS) gains no old dev question
# The verdict may also be said without a contrast word: a unit that negates ("We do not force our services on anyone",
# "You're not gonna get it right.", "There's no substitute for ...": `negates`) after a highlight shown that negates
# nothing (it sets out the matter and leaves it open), where VERDICT_NEGATES; and where VERDICT_REPLIES a unit that
# opens with a reply word ("No, ...", "Yes.", "Absolutely", "Of course"). 0 reads only `turns_against` (docs/
# retrieval.md, "yn54")
VERDICT_NEGATES = 1  # dev sets: +1 (dev-hl-417), batch A unmoved
VERDICT_REPLIES = 0  # dev sets and batch A: 1 moves nothing
# The verdict may also affirm: a unit that takes a stand (`states`: a view, the speaker's intent) or says what is to
# come (`prospects`: "will", "going to", "scheduled for", "we expect", "close to completing", "for years to come")
# after a highlight shown that does neither (it reports what was or is: "In the autumn of 2019, the EAEU and Serbia
# signed a free trade agreement." / "We are close to completing the procedures required for the agreement to take
# effect."), where VERDICT_STATES. 0 reads only `turns_against` and `negates` (docs/retrieval.md, "hl55")
VERDICT_STATES = 0  # dev sets: 1 gains 9 (8 one fact), loses none; batch B unmoved, so off (adoption rule)
# A yes/no question that asks of what is to come (`asks_ahead`: "Is Serbia going to produce the Russian vaccine?")
# is answered by a unit that says what is to come ("We expect the launch of Sputnik V production in Belgrade
# scheduled for May ...": `prospects`), not by one that reports what is ("Serbia is among the top nations in Europe
# in terms of vaccination rate ..."): such a unit gains PROSPECT_WEIGHT (docs/retrieval.md, "hl55")
PROSPECT_WEIGHT = 0.0
# The verdict said first and then explained: the unit right before the highlight shown, inside the cited window, that
# negates (`negates`; where VERDICT_REPLIES also one that opens with a reply word) while the highlight negates
# nothing, is taken into the highlight shown where VERDICT_BEFORE, when no verdict after was taken, the whole within
# VERDICT_WORDS (the end cut back no further than the matched units' last): "Does Russia push its services on
# Serbia?": "We do not force our services on anyone, ..." / "Let me stress again, we are prepared to support ...".
# Shown only, as VERDICT_REACH (docs/retrieval.md, "yn54")
VERDICT_BEFORE = 1  # dev sets: +7, batch A +3, none lost
ASPECT_WEIGHT = 0.2  # added to a unit times the share of the aspect words it holds (`aspect_shares`; dev sets)
# In a passage of a speaker the question has speak, a unit's word share is over what it asks them about, the names of
# who speaks left out (`Asked.topic_stems`; dev sets, docs/retrieval.md)
SPEAKER_TOPIC_HIGHLIGHT = True
# Words in an editorial bracket ("turn it over \\[senior administration official\\]", "\\[20:10\\]", "[laughs]") count
# toward a unit's share of the question's words (`spoken`; False: only the speaker's words count; dev sets,
# docs/retrieval.md "A hand-over to a sentence that points back")
EDITORIAL_WORDS = False
# A unit that closes the speaker's part ("I will stop there and turn it over to my colleagues.", `closes`) takes the
# highlight from the unit before it (`takes_over`, `stance_after`) only when this is True (dev sets, docs/retrieval.md
# "A hand-over to a sentence that points back")
CLOSING_TAKES_OVER = False
# A same-turn pair's second passage opens with a unit that points back to the first passage's last unit: it takes
# part of that unit's lead (`continuation`) as within one passage, where the two fit in MAX_UNIT_WORDS (False: each
# passage scored alone; dev sets, docs/retrieval.md "A unit that points back across a pair's border")
PAIR_CONTINUATION = True
PAIR_BORDER_WORDS = 0  # a highlight within this many words of its passage's end counts as at its border (0: only at
# the end; 16 measured and not adopted: docs/retrieval.md, "The answer that comes after what is cited")
# The next passage of the first one's turn may open with the answer though the first passage's best unit is not its
# last: one of the next passage's first NEXT_OPENING_UNITS units that matches the question NEXT_OPENING_LEAD better
# than any unit of the first passage (cosine and word share, each passage scored alone), and scores no lower with
# the weights of the kind of answer asked (`_opening_lead`), pairs the two and takes the pair's highlight (0: never;
# dev sets, docs/retrieval.md "hl32")
NEXT_OPENING_LEAD = 0.08
NEXT_OPENING_UNITS = 2
PAIR_HEAD = 6  # the next passage of the first one's turn is cited with it when among this many first hits (dev sets)
# Words the question says the user knows already, after "besides", "apart from", "aside from", "other than", "except"
# or "in addition to" ("Besides the list of eight officials, what other sanctions ...?"), are left out of a unit's
# share of the question's words, so that the highlight does not land on the sentence that repeats them (`known_stems`;
# False: every content word counts; dev sets, docs/retrieval.md "What the user knows already; what the reporter ...")
EXCLUDED_WORDS = True
# In an exchange whose reporter's question (the turn right before the answer) matches the user's question better than
# any sentence of the answer does, by more than ASKED_ABOVE_MARGIN (`unit_scores`: cosine and word share), the answer's
# opening sentence gains ASKED_ABOVE_OPENING, where it does not ask itself and the question does not ask why: asked
# what the reporter asked, the reply opens with the answer ("We do not impose anything."; `asked_above`; 0: off; dev
# sets, docs/retrieval.md "What the user knows already; what the reporter asked right above the answer")
ASKED_ABOVE_OPENING = 0.5
ASKED_ABOVE_MARGIN = 0.4
# A highlight that holds part of a sentence cut into units (over MAX_UNIT_WORDS) is grown to that whole sentence when
# it holds at most this many words, with the rest of the highlight where all fits, in a punctuated passage: the
# sentence is what answers, and its other part often holds the answer ("We agreed to remain in contact at the level
# of ministers ... in keeping with the Plan for Consultations ..."; `whole_sentence`; 0: off; dev sets,
# docs/retrieval.md "The whole sentence, not the part of it a unit holds")
SENTENCE_HIGHLIGHT_WORDS = 50
# hl31 (docs/retrieval.md, "hl31"): added to a unit that names a place ("in a third country in Europe") when the
# question asks where (`asks_place`); such a question asks no intent, whatever its "would" (dev sets)
PLACE_WEIGHT = 0.5
# A question that asks how much of a quality ("how common is ...", "how sure are the spies ...", "how hard was the
# rest") is answered by a unit that grades it ("fairly widespread", "not used at all"): such a unit gains
# DEGREE_WEIGHT (`asks_degree`, `says_degree`; 0: off, measured and not adopted: docs/retrieval.md, "hl32")
DEGREE_WEIGHT = 0.0
# added to a unit that names the thing a "which NOUN" question asks for by its name or number ("Resolution 1244",
# "Executive Order 13873": `names_asked`), not one that speaks of "the resolution" (dev sets)
NAMED_WEIGHT = 0.3
# hl61 (docs/retrieval.md, "hl61"): added to a unit that gives a name ("Well, I call it stuttering insensitivity.",
# "This is called cumulative layout shift.", "a hidden tool in Chrome called Lighthouse": `gives_name`) when the
# question asks what something is called or named (`asks_name`); and a "what is the name of the NOUN" question has its
# NOUN named as a "which NOUN" one has (`named_noun`, NAMED_WEIGHT); 0: off. Measured at 0.3 (chosen on the dev sets
# and batch A) and not adopted: batch B +4 -1 highlights, dev +2 -1 (the "in bag" unit for the "out of B" question)
NAMING_WEIGHT = 0.0
# a terse query whose head is a noun for a quantity ("NIS share of serbian state revenue") asks for a number as
# "what share" does (`asks_quantity`)
QUANTITY_HEAD = True
# hl63 (docs/retrieval.md, "hl63"): added to a unit that says a point in time (`says_time`: a year, a month, a
# weekday, a clock time, "last week", "two years ago") in the first citation's highlight of an answered question that
# asks when (`time_asked`), chosen again once the verdict is taken (`timed_reading`, qa.api): the decline, the pairs
# and the order read every highlight as chosen without it (the decline asks the highlights whether they give the
# time, and one drawn to any point in time by the weight would say yes). The date asked for otherwise ranks the
# passages only (`read_question`); 0: off. Measured at 0.5 (chosen on the 611 dev "when" rows and batch A) and shipped
# off: batch B unmoved (its 24 were highlighted right without it), dev +8 -1 highlights, declines unmoved; a later
# batch C (written after B was run, the rule frozen) +3 -0
TIME_WEIGHT = 0.0
# ... and "today", "yesterday", "tomorrow", "tonight" count as a point in time (False: they are the speaker's day,
# said in passing as often: "as the Minister noted today")
TIME_DAYS = False
# hl64 (docs/retrieval.md, "hl64"): where the best unit restates the question (RESTATED_SHARE of its content words),
# the highlight shown passes to the unit right after it when that unit, inside the cited window and not itself a
# question, says at least ASKED_AFTER_WORDS content words of the question (less what the user knows already) that the
# highlight shown lacks (`asked_after`): the highlight names the topic in the question's words, the next sentence
# says the part asked ("As for the aforementioned bilateral memorandum on open ground, ... it is necessary to notify
# the authorities ..." / "The Americans completely ignore the requirement to send such notifications." for "Which
# requirement of the memorandum on open ground do US diplomats ignore?"). Shown only, as RARE_WORD_WEIGHT: the
# matched units, which the window, a pair's border and the decline read, stay. 0: off
ASKED_AFTER_WORDS = 2  # whole dev +8 -3 (real; seed, conversations 0), batch A 0, batch B +1 -0; 1 loses 18 seed
# ... not for a yes/no question, nor where the highlight gives the kind asked (a reason ...) and the unit after does
# not, and a "which NOUN" question's noun is not an added word (the three dev losses of the first form, docs "hl64")
ASKED_AFTER_GUARDS = True
# ... and the words of the sentence the highlight is the end of (a unit cut inside a sentence: "... evaluate the
# security of their infrastructure ...") count as held. Measured after batch B on the whole dev run's moves, not
# confirmed by a batch: off (docs "hl64")
ASKED_AFTER_SENTENCE = False
# "would" reads as asking what someone will do ("What would Russia do ...?"); False: it does not, only the other intent
# words do ("would the officials predict ...", "where would it be held": `asked_kind`)
WOULD_INTENT = False


@dataclass(frozen=True)
class Highlighted:
    """A citation and how well its highlight answers (the highlight unit's cosine to the question; None where it
    was chosen by word overlap alone)."""

    citation: Citation
    similarity: float | None
    # the text of the units that matched, where the highlight shown was grown over the rest of their sentence
    # (`whole_sentence`): the decline reads these, as it was built and measured on them (None: the highlight)
    read: str | None = None

    @property
    def read_highlight(self) -> str:
        """The highlight as the decline reads it: the units that matched (`read`), else the citation's highlight."""
        return self.citation.highlight if self.read is None else self.read


@dataclass(frozen=True)
class Asked:
    """What a question asks for, read once from its wording: its content word stems, the answer type (a count, an
    amount: `answer_type`), whether it is about what was asked (`about_asking`), the kind of statement
    (`asked_kind`), whether it asks for a number in other words (`asks_quantity`) and the kind of answer it expects
    (`qa.answerable.expected_answer`: a number, a year, a date ...)."""

    stems: frozenset[str]
    typed: AnswerType | None = None
    asking: bool = False
    kind: str | None = None
    quantity: bool = False
    expected: str | None = None
    term: str | None = None  # the term a definition question asks about (`qa.define.defined_term`)
    person: str | None = None  # the person a "Who is NAME?" question asks about (`qa.define.person_asked`)
    # the speakers the question has speak and what it asks them about (`qa.rerank.speakers_named`): in their own
    # passages a unit's word share is over that topic (`topic_stems`)
    speakers: NamedSpeakers = NamedSpeakers()
    yes_no: bool = False  # the question opens with an auxiliary: it asks yes or no (`_YES_NO`)
    known: frozenset[str] = frozenset()  # the stems of what the user says they know already (`known_stems`)
    reply: bool = False  # the question asks for the reply itself ("What did he answer?": `asks_reply`)
    # an item a unit announces answers it (`announces_first`): not when it asks a count or an amount, which the
    # announcing unit gives ("How many things ...?"), nor an item after the first ("the second step": `_NOT_FIRST_ITEM`)
    first_item: bool = True
    asker: bool = False  # it asks who asked (`asks_asker`): the asker naming themself answers it
    place: bool = False  # it asks where (`asks_place`): a unit that names a place answers it (PLACE_WEIGHT)
    # the question's words in lower case and their stems, where it asks where (`names_place`)
    place_words: frozenset[str] = frozenset()
    named: str | None = None  # the stem of the noun a "which NOUN" question asks to have named (`asked_noun`)
    degree: bool = False  # it asks how much of a quality (`asks_degree`): a unit that grades one answers it
    # the form of answer it asks for (`asked_form`: "mechanism", "definition", "procedure"), read where
    # FORM_HANDOVER_SHARE is on: a restating best unit passes the highlight to a unit that gives it (`form_after`)
    form: str | None = None
    # a yes/no question that asks of what is to come ("Is Serbia going to produce ...?", "Is it in force yet?"),
    # read where PROSPECT_WEIGHT is on (`asks_ahead`)
    ahead: bool = False
    naming: bool = False  # it asks what something is called or named (`asks_name`; NAMING_WEIGHT)
    when: bool = False  # a point in time answers it (TIME_WEIGHT): set only by `timed_reading`, after the verdict

    def topic_stems(self, passage: Passage) -> frozenset[str]:
        """The stems a unit of `passage` is scored by: what the question asks its named speakers about, in a passage
        of theirs ("What did Biden and Suga say about China?": "China", not "Suga" of Biden's "Prime Minister Suga and
        I affirmed ..."); else all of the question's content words; either without those of what the user knows
        already (`known`), unless nothing else is left."""
        topic = self.speakers.topic
        stems = topic if topic and SPEAKER_TOPIC_HIGHLIGHT and self.speakers.names(passage) else self.stems
        return (stems - self.known) or stems


def read_question(question: str) -> Asked:
    """What `question` asks for (`Asked`); a date asked for is not kept as its answer type."""
    typed = answer_type(question)
    # a date asked for ranks the passages (qa.rerank) but does not pick the highlight: the decline asks the
    # highlights whether they give the date (rule 7), and a sentence with any date would always say yes
    kept = None if typed is not None and typed.kind == "date" else typed
    kind = "reason" if REASON_ASKED_OTHERWISE and asks_reason(question) else asked_kind(question)
    # a count or an amount asked for ("How many diplomats will be told to leave?") is the answer type's to find; the
    # speaker's "we will" elsewhere in the passage is not what it asks
    kind = None if kind == "intent" and kept is not None else kind
    place = PLACE_WEIGHT > 0 and asks_place(question)
    kind = None if kind == "intent" and place else kind
    stems = content_stems(question)
    return Asked(stems, kept, about_asking(question), kind, typed is None and asks_quantity(question),
                 expected_answer(question), define.defined_term(question), define.person_asked(question),
                 yes_no=bool(_YES_NO.match(question)), known=known_stems(question) if EXCLUDED_WORDS else frozenset(),
                 reply=REPLY_OPENING > 0 and asks_reply(question),
                 first_item=not _NOT_FIRST_ITEM.search(question), asker=asks_asker(question), place=place,
                 place_words=frozenset(w.lower() for w in _TOKEN.findall(question)) | stems if place else frozenset(),
                 named=(asked_noun(question) or (named_noun(question) if NAMING_WEIGHT > 0 else None)
                        if NAMED_WEIGHT > 0 else None),
                 # "the name of the NOUN" asks for a NOUN's name (`named`), not for a sentence that names anything
                 naming=NAMING_WEIGHT > 0 and asks_name(question) and named_noun(question) is None,
                 degree=DEGREE_WEIGHT > 0 and asks_degree(question),
                 form=asked_form(question) if FORM_HANDOVER_SHARE <= 1.0 else None,
                 ahead=PROSPECT_WEIGHT > 0 and bool(_YES_NO.match(question)) and asks_ahead(question))


def time_asked(question: str) -> bool:
    """Whether `question` asks when (`answer_type`'s date: "When did ...?", "What year ...?", "In which month ...?"),
    not at what time something is said in the recording (`asks_time_in_recording`), nor with a "when" clause that
    sets the scene ("When the extreme heat hits, what happens to the roads?": `opens_with_when_clause`)."""
    typed = answer_type(question)
    return (typed is not None and typed.kind == "date" and not asks_time_in_recording(question)
            and not opens_with_when_clause(question))


def timed_reading(read: Reading, *questions: str) -> Reading | None:
    """`read` with a point in time favoured in the highlight (`Asked.when`, TIME_WEIGHT), none of its highlights
    kept, where one of `questions` (a follow-up as typed and as searched) asks when (`time_asked`) and TIME_WEIGHT is
    on; else None."""
    if not TIME_WEIGHT or not any(time_asked(q) for q in questions):
        return None
    return dataclasses.replace(read, asked=dataclasses.replace(read.asked, when=True), chosen={})


# a question that asks a count or an amount ("How many things ...?", "what number of"), which the announcing unit
# gives, or an item after the first ("the second step", "the other reasons"): not answered by the first item
_NOT_FIRST_ITEM = re.compile(r"\bhow\s+(?:many|much)\b|\bnumber\s+of\b"
                             r"|\b(?:second|third|fourth|fifth|last|next|other|others|another|rest)\b", re.IGNORECASE)


def known_stems(question: str) -> frozenset[str]:
    """The content word stems of what `question` says the user knows already: the words after "besides", "apart
    from", "aside from", "other than", "except (for)" or "in addition to", up to a comma or the end of the clause
    (the question word or auxiliary that opens the main one), less those the rest of the question says too.
    "Besides Interpol, which organisations did Kosovo fail to join?" knows "Interpol"; "What has Russia done with
    Biden's summit proposal besides welcoming it?" knows "welcoming". Such words are in the sentence the user has
    read already, not in the one that answers ("UNESCO, the Council of Europe and other organisations")."""
    found = list(_KNOWN.finditer(question))
    if not found:
        return frozenset()
    rest = _KNOWN.sub(" ", question)
    return frozenset().union(*(content_stems(m.group(0)) for m in found)) - content_stems(rest)  # the cue's too


def highlight_scores(asked: Asked, texts: Sequence[str], similarities: np.ndarray | None,
                     overlaps: np.ndarray) -> np.ndarray:
    """How well each unit (`texts`) answers what was `asked`: `unit_scores`, plus ANSWER_TYPE_WEIGHT for a unit
    that holds the answer type, the kind's weight for one that says the kind of statement asked for,
    QUANTITY_WEIGHT for one that holds a number and one of the question's words when a number is asked in other
    words, less TOPIC_OPENING_PENALTY for one that opens by naming its topic (`opens_with_topic`), and plus
    CONTINUATION_WEIGHT times the lead the unit before has over it for one that refers back to it
    (`continuation`)."""
    scores = (unit_scores(similarities, overlaps, None if asked.asking else asks(texts))
              + ANSWER_TYPE_WEIGHT * holds_answer_type(asked.typed, texts)
              - TOPIC_OPENING_PENALTY * opens_with_topic(texts)
              + CONTINUATION_WEIGHT * continuation(texts, unit_scores(similarities, overlaps)))
    if asked.kind is not None:
        weight = {"reason": REASON_WEIGHT, "opinion": OPINION_WEIGHT, "intent": INTENT_WEIGHT}[asked.kind]
        scores = scores + weight * holds_kind(asked.kind, texts)
    if asked.term is not None:  # "What is X?": a unit that says what X is, not one that names it
        scores = scores + define.HIGHLIGHT_WEIGHT * define.defines(asked.term, texts)
    if asked.person is not None:  # "Who is NAME?": a unit that says who the person is, not one that names them
        scores = scores + define.PERSON_HIGHLIGHT_WEIGHT * define.identifies(asked.person, texts)
    if asked.quantity:  # a number said of something the question names: not any number nearby
        scores = scores + (QUANTITY_WEIGHT * holds_quantity(texts) + MEASURE_WEIGHT * measures(texts)) * (overlaps > 0)
    if asked.asker and ASKER_WEIGHT:  # "Which reporter asked ...?": the name the asker gives, not what they ask
        scores = scores + ASKER_WEIGHT * introduces_self(texts)
    if asked.place and PLACE_WEIGHT:
        scores = scores + PLACE_WEIGHT * names_place(texts, asked.place_words)
    if asked.degree and DEGREE_WEIGHT:
        scores = scores + DEGREE_WEIGHT * says_degree(texts)
    if asked.named is not None and NAMED_WEIGHT:
        scores = scores + NAMED_WEIGHT * names_asked(asked.named, texts)
    if asked.naming and NAMING_WEIGHT:
        scores = scores + NAMING_WEIGHT * gives_name(texts)
    if asked.ahead and PROSPECT_WEIGHT:
        scores = scores + PROSPECT_WEIGHT * prospects(texts)
    if asked.when and TIME_WEIGHT:
        scores = scores + TIME_WEIGHT * says_time(texts)
    return scores


def says_time(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that says a point in time (`qa.answerable.date_found`: a year, a month, "May" after a
    preposition or a day, a weekday, a clock time, "this / last / next" week or season, a time ago, a post held: "as
    a senator"; "today" only where TIME_DAYS), not any word of time ("the next three years", "now"), nor a
    transcript's time stamp ("\\[16:30\\]"), else 0 (TIME_WEIGHT)."""
    texts = [_TIMESTAMP.sub(" ", t) for t in texts]
    return np.array([date_found([t if TIME_DAYS else _SPEAKERS_DAY.sub(" ", t)]) for t in texts], np.float32)


_SPEAKERS_DAY = re.compile(r"\b(?:today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)
# a transcript's own time stamp in brackets ("\\[16:30\\]", "[unintelligible 00:19:14.18]"): where in the recording,
# not a time said
_TIMESTAMP = re.compile(r"\[[^\]]*\d:\d\d[^\]]*\]")


def asks_ahead(question: str) -> bool:
    """Whether `question` asks of what is to come: "will", "going to", "plan(s) to", "planning", "about to",
    "soon", "next", "yet" (PROSPECT_WEIGHT)."""
    return bool(_ASKS_AHEAD.search(question))


def asks_degree(question: str) -> bool:
    """Whether `question` asks how much of a quality: "how" before one of a closed list of adjectives and adverbs of
    a grade, then an auxiliary ("how common is", "how sure are", "how hard was", "how well did"; not "who understand
    how hard it is ..."); not a count, an amount, a length or a time ("how many", "how much", "how long", "how
    soon"), nor a measure ("how big", "how fast"), which a number answers."""
    return bool(_ASKS_DEGREE.search(question))


def says_degree(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that grades what it says: a modifier of degree before a word ("fairly widespread", "very
    important", "completely obvious", "hardly ever") or "at all"; else 0. Not the adverbs that grade a verb as
    often as a quality ("substantially increase", "largely", "mostly"), nor a confidence graded ("low to moderate
    confidence"): both moved highlights off the gold (docs/retrieval.md, "hl32")."""
    return np.array([_searched(_SAYS_DEGREE, t) for t in texts], np.float32)


def asks_place(question: str) -> bool:
    """Whether `question` asks where: "where" opens it or its clause after a dash, colon or comma ("biden putin summit -
    where would it be held", "Where will the course be held?"); not "where" of a relative clause ("the meeting where
    ...") nor where something was said ("Where does he say ...")."""
    return bool(_ASKS_PLACE.search(question)) and not _WHERE_SAID.search(question)


def names_place(texts: Sequence[str], named: Collection[str] = ()) -> np.ndarray:
    """1 for each unit that names a place: a preposition of place before a capitalised name ("in Europe", "at the George
    C. Marshall Center", "to Henoko") that is not one of `named` (the question's own words, lower case: "Where do
    Russia's staff in the US work?" is not answered by "in the US"), or a noun for a place that is not one of them
    either ("in a third country", "cooling centers", "at various forums"; not "countries" for "Where will the two
    countries keep coordinating?"), else 0."""
    return np.array([any(_new_name(m.group(0), named) for m in _PLACE_NOUN.finditer(t))
                     or any(_new_name(m.group(1), named) for m in _PLACE.finditer(t)) for t in texts], np.float32)


def _new_name(name: str, named: Collection[str]) -> bool:
    """Whether `name` is none of `named` (words and their stems, lower case)."""
    return name.lower() not in named and not (content_stems(name) & frozenset(named))


def asked_noun(question: str) -> str | None:
    """The stem of the noun a "which NOUN" question asks to have named: the last of at most three words between
    "which" and the auxiliary after them ("which un resolution should ..." -> "resolut", "which framework does ..." ->
    "framework"); None where no auxiliary follows within them ("which countries joined": a list, not a name)."""
    found = _WHICH_NOUN.search(question)
    if found is None:
        return None
    stems = content_stems(found.group(1).split()[-1])
    return next(iter(stems)) if stems else None


def asks_name(question: str) -> bool:
    """Whether `question` asks what something is called or named: "what is X called", "what's the name of", "what
    name does X give", "what does X call ...", "what did X name ...", "what names is X known by", "what does X go by"
    (`_ASKS_NAME`); not "what did X call for" nor "call on", a demand, nor "what did X say on the call", nor a name
    of a quantity ("what is the number of models called?": a figure or its symbol, `asks_quantity`)."""
    return bool(_ASKS_NAME.search(question)) and not asks_quantity(question)


def gives_name(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that gives a name (`_GIVES_NAME`): "X is called Y", "called Lighthouse", "I call it Y", "we
    would call them Y", "what I'm now calling Y", "so-called Y", "whose name is Y", "I will name it Y", "known as /
    by", "titled"; else 0 ("how many times I called you" gives none)."""
    return np.array([_searched(_GIVES_NAME, spoken(t)) for t in texts], np.float32)


def named_noun(question: str) -> str | None:
    """The stem of the noun a "what is the name of the NOUN" question asks to have named, as `asked_noun` reads a
    "which NOUN" one: after "name of (the)", capitalised words and then at most three lower-case ones up to a word that
    opens a clause ("the", "that", "he", an auxiliary, a preposition), the last lower-case one ("the name of the
    Russian vaccine behind ..." -> "vaccin", "the name of the FEMA program the grant ..." -> "program"); None where
    there is none ("the name of NIS's main stakeholder" -> "stakehold" all the same)."""
    found = _NAME_OF.search(question)
    if found is None:
        return None
    last, lower = None, 0
    for token in _TOKEN.findall(question[found.end():]):
        if token[0].isupper() and not lower:
            continue
        if token[0].isupper() or token.lower() in _CLAUSE_WORDS or lower == 3:
            break
        last, lower = token, lower + 1
    stems = content_stems(last) if last else frozenset()
    return next(iter(stems)) if stems else None


def names_asked(stem: str, texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that holds a word of `stem` next to a name or number for it: a number or a capitalised word right
    after it ("Resolution 1244", "Article 5", "page 2") or a capitalised word right before it ("the Mansfield
    Fellowship", "the CYBER FLAG exercise") that does not open the unit; else 0 ("the resolution provides ...")."""
    out = np.zeros(len(texts), np.float32)
    for i, text in enumerate(texts):
        tokens = _TOKEN.findall(spoken(text))
        for n, token in enumerate(tokens):
            if content_stems(token) != {stem}:
                continue
            after = tokens[n + 1] if n + 1 < len(tokens) else ""
            before = tokens[n - 1] if n > 0 else ""
            if _NAME_AFTER.fullmatch(after) or (n > 1 and _NAME_BEFORE.fullmatch(before)):
                out[i] = 1.0
                break
    return out


def aspect_shares(stems: frozenset[str], texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
    """For each unit, the share of the question's aspect words it holds: its content word `stems` that the passage's
    topic sentence does not hold, the topic sentence being the unit whose vector is closest to the mean of the passage's
    units (`vectors`), with the units of the same sentence (`sentence_around`: a long sentence is cut into several
    units, and the rest of the topic sentence is not an aspect). Zeros for a passage of fewer than three units,
    where the topic sentence holds every word of the question or none. The topic sentence shares most of a
    question's words with every question about the passage; what one question asks of it is in the words it does not
    share ("How common is the hiring of Russian citizens at American diplomatic missions?" beside "... we are
    initiating a process to stop the practice of hiring citizens of Russia ... at American diplomatic missions.")."""
    out = np.zeros(len(texts), np.float32)
    if len(texts) < 3 or not stems:
        return out
    mean = np.asarray(vectors, np.float32).sum(axis=0)
    first, last = sentence_around(texts, int(np.argmax(np.asarray(vectors, np.float32) @ mean)))
    aspect = stems.difference(*(content_stems(t) for t in texts[first:last + 1]))
    if not aspect or aspect == stems:
        return out
    return np.array([len(aspect & content_stems(t)) / len(aspect) for t in texts], np.float32)


def spoken(text: str) -> str:
    """`text` without its editorial brackets: what the transcriber added ("\\[senior administration official\\]" for
    a name left out, "\\[last\\]" for a slip, "\\[20:10\\]", "[laughs]"), square brackets plain or escaped for
    Markdown. The question's words in them were not said: "And I will leave it at that and turn it over \\[senior
    administration official\\]." does not answer "Which Russian officials were expelled?" for its bracket."""
    return _EDITORIAL.sub(" ", text)


def sentence_around(texts: Sequence[str], unit: int) -> tuple[int, int]:
    """The first and last unit of the sentence `unit` is part of: units run on while one does not end a sentence
    (no closing ".", "?", "!"; unpunctuated captions make the whole passage one sentence)."""
    first, last = unit, unit
    while first > 0 and not _searched(_ENDS_SENTENCE, texts[first - 1]):
        first -= 1
    while last < len(texts) - 1 and not _searched(_ENDS_SENTENCE, texts[last]):
        last += 1
    return first, last


def refers_back(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that holds a word pointing back to what was said before it ("it", "this", "that", "these",
    "those", "they", "them", "their", "such"), else 0."""
    return np.array([bool(_searched(_REFERS_BACK, t)) for t in texts], np.float32)


def continuation(texts: Sequence[str], matches: np.ndarray) -> np.ndarray:
    """For each unit that refers back (`refers_back`), how far the unit before it matches the question better
    (`matches`, as `unit_scores`), else 0. What is said about a topic often follows the sentence that names it and
    points back to it ("Poland also announced the expulsion of our diplomats." / "We will respond accordingly as
    well."; "... President Biden's proposal to hold a bilateral summit." / "We have already responded positively to
    it."): the words the question shares with the topic are, through "it", the answer's too."""
    lead = np.zeros(len(texts), np.float32)
    if len(texts) > 1:
        lead[1:] = np.maximum(np.asarray(matches[:-1], np.float32) - np.asarray(matches[1:], np.float32), 0.0)
    return lead * refers_back(texts)


def adds_asked(asked: Asked, texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that opens by pointing back to the unit before it (`_OPENS_BACK`: "This practice ...", "In
    this way, they ...", "Its co-chairs ...") and holds a content word of the question (less what the user knows
    already) that the unit before lacks (`says_more`), else 0: it goes on about what that unit named and says the
    part of the question it leaves unsaid. Editorial brackets are not read (`spoken`)."""
    opens = [i for i in range(1, len(texts)) if _OPENS_BACK.match(texts[i])]
    return says_more(asked, texts, opens)


def says_more(asked: Asked, texts: Sequence[str], units: Collection[int] | None = None) -> np.ndarray:
    """1 for each unit (of `units`, where given; never the first) that holds a content word of the question (less
    what the user knows already) that the unit before it lacks, else 0. Editorial brackets are not read
    (`spoken`)."""
    out = np.zeros(len(texts), np.float32)
    stems = (asked.stems - asked.known) or asked.stems
    if not stems or len(texts) < 2:
        return out
    for i in range(1, len(texts)) if units is None else sorted(units):
        if 0 < i < len(texts):
            out[i] = float(bool((content_stems(spoken(texts[i])) & stems)
                                - (content_stems(spoken(texts[i - 1])) & stems)))
    return out


def points_back_early(texts: Sequence[str], words: int) -> np.ndarray:
    """1 for each unit that holds a word pointing back (as `refers_back`) within its first `words` words ("And in
    that spirit, he ...", "In this way, they ...", "It needs to be ..."), else 0."""
    out = np.zeros(len(texts), np.float32)
    for i, t in enumerate(texts):
        opening = re.match(r"\W*(?:\S+\s+){0,%d}\S+" % max(words - 1, 0), t)
        out[i] = float(opening is not None and _searched(_REFERS_BACK, opening.group()))
    return out


def takes_over(asked: Asked, texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that may take the highlight from the unit before it (`highlight_units`): it refers back to
    it (`refers_back`; where HANDOVER_OPENING_WORDS is not 0, within its first that many words, `points_back_early`,
    or further in where it says a content word of the question the unit before lacks, `says_more`: measured, not
    adopted); it does not close the speaker's part
    (`closes`, unless CLOSING_TAKES_OVER); and the unit before does not hold the kind of answer asked for (a number,
    a year, a date: `expected`), which would answer already."""
    refers = refers_back(texts)
    if HANDOVER_OPENING_WORDS > 0 and refers.any():
        early = points_back_early(texts, HANDOVER_OPENING_WORDS)
        deeper = [i for i in range(len(texts)) if refers[i] and not early[i]]
        refers = np.maximum(early * refers, says_more(asked, texts, deeper)) if deeper else refers
    if not CLOSING_TAKES_OVER:
        refers *= 1.0 - closes(texts)
    if asked.expected is not None and len(texts) > 1:
        refers[1:] *= [not holds_answer(asked.expected, [t]) for t in texts[:-1]]
    return refers


def unit_scores(similarities: np.ndarray | None, overlaps: np.ndarray, asks: np.ndarray | None = None) -> np.ndarray:
    """How well each unit of a passage answers: its cosine to the question plus OVERLAP_WEIGHT times the share of
    the question's content words it holds (word overlap alone where no vectors were read), less
    QUESTION_UNIT_PENALTY for a unit that is itself a question (`asks`)."""
    scores = overlaps if similarities is None else similarities + OVERLAP_WEIGHT * overlaps
    return scores if asks is None else scores - QUESTION_UNIT_PENALTY * asks


def asked_kind(question: str) -> str | None:
    """The kind of statement `question` asks for, where its wording says: "reason" ("why", "how come", "what was
    the rationale ..."), "opinion" ("What does Moscow think of ...", "What is Biden's view of ...", "Does the
    White House consider ...", "What does Lamport see as ...") or "intent" (what someone will do, plans, has
    decided or proposes: "Which Americans will Russia put on its sanctions list?"); else None. The sentence that
    best matches such a question often restates what is asked ("The sovereign debt prohibitions come into effect
    on June 14"); the reason, the view or the decision is said beside it ("The rationale for this date is to allow
    time ...", "Today we will publish a list of eight officials ...")."""
    if _ASKS_WHY.search(question):
        return "reason"
    if _ASKS_OPINION.search(question):
        return "opinion"
    found = _ASKS_INTENT.search(question)
    if found is not None and not WOULD_INTENT and found.group(0).lower() == "would":
        found = _ASKS_INTENT.search(question, found.end())
    return "intent" if found else None


def asks_reason(question: str) -> bool:
    """Whether `question` asks for a reason in words `asked_kind` does not read as "why": a noun for a reason after
    "what" or "which" ("What reason does Lavrov give for stopping ...?", "What was the first of the three reasons
    ...?", "What reasons did the official give him?"), "on what grounds / basis", or "how ... justify". The
    highlight reads these as a why-question (REASON_ASKED_OTHERWISE); the ranking does not (measured: it moved a
    follow-up's first citation off the gold, docs/retrieval.md, "A reason asked in other words")."""
    return bool(_REASON_ASKED.search(question))


def asks_reply(question: str) -> bool:
    """Whether `question` asks for the reply itself, by its form: "what / how did X answer / reply / respond / say in
    reply / say back" ("And what did Lavrov reply?", "How did the officials answer it?") or "what was the answer /
    reply / response" ("What was the answer?"). Such a question names nothing the reply says: what it has is the
    reply's opening, where the speaker answers (REPLY_OPENING)."""
    return bool(_ASKS_REPLY.match(question))


def holds_kind(kind: str | None, texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that says what `kind` asks for: a reason or a purpose ("because", "so that", "the rationale
    ... is to allow ...", "with a view to", "is intended to"), a view ("we believe", "I think", "in our view") or the
    speaker's own intent or decision ("we will", "we have decided", "we propose"); else 0."""
    if not kind or kind not in _KIND_SAID and kind != "reason":
        return np.zeros(len(texts), np.float32)
    otherwise = kind == "reason" and REASON_OTHERWISE
    return np.array([_holds(kind, otherwise, t) for t in texts], np.float32)


@functools.lru_cache(maxsize=1 << 16)
def _searched(pattern: re.Pattern, text: str) -> bool:
    """Whether `pattern` is found in the unit `text`, kept: the same passages' units are read question after
    question (`sentence_around`, `refers_back`, `asks`, `closes`: 100,000 searches, 1.5 ms of a 43 ms question
    over 1046 real dev questions, cProfile)."""
    return pattern.search(text) is not None


@functools.lru_cache(maxsize=1 << 14)
def _holds(kind: str, otherwise: bool, text: str) -> bool:
    """`holds_kind` of one unit, kept: the same passages' units come back question after question (the patterns'
    searches were 1.1 ms of a 24 ms answer, cProfile over 300 real dev questions)."""
    pattern = _KIND_SAID.get(kind)
    return bool(pattern and pattern.search(text)) or bool(otherwise and _REASON_OTHERWISE.search(text))


def asked_said(question: str) -> Callable[[str], bool] | None:
    """Whether a text says the kind of thing `question` asks for, where its wording asks for a date, a count or an
    amount ("when", "how many", "how much": `holds_answer_type`) or another number ("how old", "how fast":
    `holds_quantity`); None for a question that asks for no such kind (a reason and a name were tried:
    docs/retrieval.md, "A follow-up that asks for something new")."""
    typed = answer_type(question)
    if typed is not None:
        return lambda text: bool(holds_answer_type(typed, [text])[0])
    if asks_quantity(question):
        return lambda text: bool(holds_quantity([text])[0])
    return None


def asks_quantity(question: str) -> bool:
    """Whether `question` asks for a number in words other than "how many" / "how much" (which `answer_type`
    reads): "how often", "how old", "how far", "what share", "what performance score", "at what age"."""
    if _HOW_MANY_OR_MUCH.search(question):
        return False
    return bool(_ASKS_QUANTITY.search(question)) or (QUANTITY_HEAD and bool(_QUANTITY_HEAD.search(question)))


def holds_quantity(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that holds a number (digits, or a number said in words: "ten", "hundreds", "twice", as
    `qa.answerable.holds_answer` reads one), else 0."""
    return np.array([bool(holds_answer("number", [t])) for t in texts], np.float32)


def measures(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that holds a number in digits with a unit of measure ("less than 100 milliseconds", "2.5
    seconds", "92 marks", "30%", "$5 billion"), else 0: a value, a threshold or a score, what "What is a good value
    for ...?" or "How fast ...?" asks for."""
    return np.array([bool(_searched(_MEASURE, t)) for t in texts], np.float32)


def opens_with_topic(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that opens by naming its topic ("As for the Open Skies Treaty, ...", "Speaking about
    personalities, ...", "There is much talk about ..."), else 0: such a unit matches the question's words, and
    what is said about the topic follows."""
    return np.array([bool(_TOPIC_OPENING.match(t)) for t in texts], np.float32)


def asks(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that is a question (ends with a question mark), else 0. In unpunctuated captions (no unit of
    `texts` ends a sentence), also a unit that holds a direct question: a question word followed by a verb that
    opens one ("why or when does begging help so what's the reason that ...", "now how do we predict with ...";
    not "so what we do is", "how this works": CAPTION_ASKS; docs/retrieval.md, "A question the speaker answers, in
    captions")."""
    marked = np.array([t.rstrip().rstrip("\"')”’»").endswith("?") for t in texts], np.float32)
    if not CAPTION_ASKS or marked.any() or any(_searched(_ENDS_SENTENCE, t) for t in texts):
        return marked
    return np.array([bool(_searched(_DIRECT_QUESTION, t)) for t in texts], np.float32)


def cited_window(texts: Sequence[str], scores: np.ndarray, first: int, last: int,
                 budget: int | None = None, ahead: bool = False) -> tuple[int, int]:
    """The units (first and last index) a passage is cited over: its highlight `first`..`last`, grown one unit
    at a time towards the better-scoring neighbour while the whole stays within `budget` words. A passage of at
    most `budget` words is cited whole; a longer one keeps what lies around its answer, so that the reader reads
    less for the same answer (docs/retrieval.md). `ahead` (a same-turn pair, cited for what follows its first
    passage's border): the unit before the highlight is taken first, where it fits, then the unit after it, then as
    usual: the highlight at the border often restates or extends the sentence before it, which answers ("We will
    respond in kind by proposing that 10 US diplomats leave Russia." after "Ten diplomats were included on a list
    ..."), and a window grown ahead first may leave it out (docs/retrieval.md, "The pair's window before the
    border")."""
    budget = CITED_WORDS if budget is None else budget
    sizes = [len(t.split()) for t in texts]
    words = sum(sizes[first:last + 1])
    if ahead and first > 0 and words + sizes[first - 1] <= budget:
        first -= 1
        words += sizes[first]
    while True:
        options = [(float(scores[n]), n) for n in (first - 1, last + 1)
                   if 0 <= n < len(texts) and words + sizes[n] <= budget]
        if ahead and any(n == last + 1 for _, n in options):
            options, ahead = [(0.0, last + 1)], False  # the unit after the highlight first, then as usual
        if not options:
            return first, last
        _, n = max(options)
        first, last = min(first, n), max(last, n)
        words += sizes[n]


def question_tail(texts: Sequence[str], budget: int | None = None) -> int:
    """The first unit of a question's end that an exchange cites: the last units up to `budget` words (at least
    the last one). The question's end says what was asked; its preamble is in the context view."""
    budget = QUESTION_WORDS if budget is None else budget
    first, words = len(texts) - 1, len(texts[-1].split()) if texts else 0
    while first > 0 and words + len(texts[first - 1].split()) <= budget:
        first -= 1
        words += len(texts[first].split())
    return max(first, 0)


def highlight_units(texts: Sequence[str], scores: np.ndarray,
                    takes: np.ndarray | None = None, best: int | None = None,
                    adds: np.ndarray | None = None, after_share: float = 1.0) -> tuple[int, int]:
    """The first and last unit (indexes) of the highlight: the best-scoring unit with the better-scoring of its
    neighbours, when the two stay within MAX_UNIT_WORDS. An answer often sits next to the sentence that matches
    the question best ("There is much talk about Biden's proposal." / "We have already responded positively to
    it."): on the development sets the neighbour lifted the share of first citations whose highlight is the
    answer from 0.67 to 0.76 (docs/retrieval.md). When the unit after the best may take over from it (`takes`:
    `takes_over`), the two do not fit together and it scores at least HANDOVER_SHARE of the best, it is the
    highlight alone: what is said of the topic the best unit names. A best unit cut short (`cut_short`: "... has
    satellite technology that") takes the unit after it, which completes it, as its neighbour, or gives it the
    highlight alone when the two do not fit and it scores at least CUT_HANDOVER_SHARE of the best. So does the unit
    after the best that opens by pointing back to it and says a word of the question it lacks (`adds`: `adds_asked`)
    when the two do not fit and it scores at least ADDING_HANDOVER_SHARE of the best. `best` names the best unit
    where the caller chose it among some of the units (a same-turn pair's first passage: `_cite_pair`). The unit after
    the best is its neighbour where it scores at least `after_share` times the unit before (1.0: the better-scoring
    one; captions take CAPTION_AFTER_SHARE: `caption_file`)."""
    best = int(np.argmax(scores)) if best is None else best
    sizes = [len(t.split()) for t in texts]
    after = best + 1
    if CUT_HANDOVER_SHARE <= 1.0 and after < len(texts) and _cut_short_at(texts, best):
        if sizes[best] + sizes[after] <= MAX_UNIT_WORDS:
            return best, after
        if scores[best] > 0 and scores[after] >= CUT_HANDOVER_SHARE * scores[best]:
            return after, after
    if (takes is not None and after < len(texts) and takes[after] and sizes[best] + sizes[after] > MAX_UNIT_WORDS
            and scores[best] > 0 and scores[after] >= HANDOVER_SHARE * scores[best]):
        return after, after
    if (adds is not None and after < len(texts) and adds[after] and sizes[best] + sizes[after] > MAX_UNIT_WORDS
            and scores[best] > 0 and scores[after] >= ADDING_HANDOVER_SHARE * scores[best]):
        return after, after
    fits = [n for n in (best - 1, best + 1) if 0 <= n < len(texts) and sizes[best] + sizes[n] <= MAX_UNIT_WORDS]
    if after_share != 1.0 and len(fits) == 2:
        return (best, after) if scores[after] >= after_share * scores[best - 1] else (best - 1, best)
    options = [(float(scores[n]), min(best, n), max(best, n)) for n in fits]
    if not options:
        return best, best
    _, first, last = max(options)
    return first, last


def grown_after(texts: Sequence[str], first: int, last: int, units: int, limit: int | None = None,
                goes_on: Callable[[Sequence[str]], bool] | None = None) -> int:
    """The last unit of the highlight `first`..`last` grown by up to `units` units after it, up to unit `limit` (None:
    the last), while each unit taken in passes `goes_on` (given the one unit; None: any) and the whole stays within
    MAX_UNIT_WORDS (CAPTION_GROW; `continued_after`)."""
    end = len(texts) - 1 if limit is None else min(limit, len(texts) - 1)
    while units and last + 1 <= end and span_words(texts, first, last + 1) <= MAX_UNIT_WORDS:
        if goes_on is not None and not goes_on(texts[last + 1:last + 2]):
            break
        last, units = last + 1, units - 1
    return last


def continued_after(texts: Sequence[str], first: int, last: int, units: int, limit: int) -> int:
    """The last unit of the highlight `first`..`last` grown by up to `units` units after it, up to unit `limit`,
    while each goes on about what came before it (it points back, `refers_back`, where CONTINUED_ONLY), does not ask
    (`asks`) and the whole stays within MAX_UNIT_WORDS (CONTINUED_GROW)."""
    return grown_after(texts, first, last, units, limit, _goes_on)


def neighbour_after(texts: Sequence[str], scores: np.ndarray, overlaps: np.ndarray, first: int, last: int, best: int,
                    limit: int) -> tuple[int, int]:
    """The highlight shown `first`..`last` with the unit after its `best` unit in place of the unit before it
    (NEIGHBOUR_AFTER_SHARE): where the highlight is the best unit and the one before it, the unit after the best, up
    to unit `limit`, does not ask (`asks`), holds at least as large a share of the question's words as the unit before
    (`overlaps`), scores at least NEIGHBOUR_AFTER_SHARE of it, and the best and it fit in MAX_UNIT_WORDS, while the best
    and the unit before do not open by pointing back to the unit before them (`_OPENS_BACK`: "This should be universal
    practice nationwide.", "Its main stakeholder and investor is Gazprom Neft."; or "That's" / "That is": "That's the
    reason I mention it.": a chain the answer runs along); else the highlight as it was."""
    after = best + 1
    if (first, last) != (best - 1, best) or after > min(limit, len(texts) - 1) or asks(texts[after:after + 1])[0]:
        return first, last
    if any(_OPENS_BACK.match(t) or _OPENS_THAT_IS.match(t) for t in (texts[best], texts[first])):
        return first, last
    if overlaps[after] < overlaps[first]:
        return first, last
    if span_words(texts, best, after) > MAX_UNIT_WORDS or scores[after] < NEIGHBOUR_AFTER_SHARE * scores[first]:
        return first, last
    return best, after


def asked_after(asked: Asked, texts: Sequence[str], overlaps: np.ndarray, best: int, first: int, last: int,
                limit: int) -> tuple[int, int]:
    """The highlight shown `first`..`last`, or the unit right after it (ASKED_AFTER_WORDS): where the `best` unit
    restates the question (`overlaps`, RESTATED_SHARE) and the unit after `last`, up to unit `limit`, does not ask
    (`asks`) and holds at least ASKED_AFTER_WORDS content words of the question (less what the user knows already)
    that none of the highlight's units holds. Editorial brackets are not read (`spoken`). Where ASKED_AFTER_GUARDS,
    not for a question that asks yes or no (the restating unit holds the verdict), nor where the highlight gives the
    kind of statement asked (`holds_kind`: a reason, a view, an intent) and the unit after does not, and the noun a
    "which NOUN" question asks to have named (`Asked.named`) is not a word the unit after adds (it names the
    instances, not the noun)."""
    after = last + 1
    if ASKED_AFTER_WORDS <= 0 or overlaps[best] < RESTATED_SHARE or after > min(limit, len(texts) - 1):
        return first, last
    if asks(texts[after:after + 1])[0] or (ASKED_AFTER_GUARDS and asked.yes_no):
        return first, last
    shown = texts[first:last + 1]
    if ASKED_AFTER_GUARDS and holds_kind(asked.kind, shown).any() and not holds_kind(asked.kind, [texts[after]])[0]:
        return first, last
    stems = (asked.stems - asked.known) or asked.stems
    if ASKED_AFTER_GUARDS and asked.named:
        stems = stems - {asked.named}
    if ASKED_AFTER_SENTENCE:  # the words of the whole sentence the highlight is part of are said already
        shown = texts[sentence_around(texts, first)[0]:last + 1]
    held = frozenset().union(*(content_stems(spoken(t)) for t in shown))
    added = (content_stems(spoken(texts[after])) & stems) - held
    return (after, after) if len(added) >= ASKED_AFTER_WORDS else (first, last)


def rare_shares(stems: frozenset[str], texts: Sequence[str]) -> np.ndarray:
    """Per unit of `texts`: the share of `stems` (a question's content words) that it holds and no other unit does
    (RARE_WORD_WEIGHT); zeros when `stems` is empty."""
    if not stems:
        return np.zeros(len(texts), np.float32)
    held = [content_stems(t) & stems for t in texts]
    units_holding: dict[str, int] = {}
    for h in held:
        for stem in h:
            units_holding[stem] = units_holding.get(stem, 0) + 1
    return np.array([sum(units_holding[stem] == 1 for stem in h) for h in held], np.float32) / len(stems)


def rare_detail(texts: Sequence[str], scores: np.ndarray, rare: np.ndarray, first: int, last: int,
                window_first: int, window_last: int, overlaps: np.ndarray | None = None) -> tuple[int, int]:
    """The highlight shown `first`..`last`, or where none of its units holds a question word that only one unit holds
    (`rare`: `rare_shares`) while a unit of the cited window `window_first`..`window_last` does, the highlight chosen
    among the window's units (`highlight_units`) by `scores` raised by RARE_WORD_WEIGHT times `rare`, when its best unit
    holds a rare word (RARE_WORD_WEIGHT); where RARE_AFTER_ONLY, among the highlight's units and those after it in
    the window; where RARE_SHARED_ONLY, only when the highlight holds a question word all
    the same (`overlaps`: a highlight without any is an answer after the unit that restates the question); else the
    highlight as it was."""
    if len(texts) < RARE_MIN_UNITS or rare[first:last + 1].any() or not rare[window_first:window_last + 1].any():
        return first, last
    if RARE_SHARED_ONLY and overlaps is not None and not overlaps[first:last + 1].any():
        return first, last
    if RARE_AFTER_ONLY:  # a unit before the highlight that alone says the question's words restates it
        window_first = first
        if not rare[first:window_last + 1].any():
            return first, last
    raised = (scores + RARE_WORD_WEIGHT * rare)[window_first:window_last + 1]
    best = int(np.argmax(raised))
    if not rare[window_first + best]:
        return first, last
    a, b = highlight_units(texts[window_first:window_last + 1], raised, best=best)
    return window_first + a, window_first + b


def _goes_on(after: Sequence[str]) -> bool:
    """Whether a unit after a highlight goes on about it (`continued_after`)."""
    return not ((CONTINUED_ONLY and not refers_back(after)[0]) or asks(after)[0])


def turns_against(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that opens by turning against what was said before it: "But", "However", "Yet", "Still,",
    "Though", "Although", "Nonetheless", "Nevertheless", "That said", "Even so" (after "And" or "So"), else 0."""
    return np.array([bool(_TURNS_AGAINST.match(t)) for t in texts], np.float32)


def negates(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that says a negation ("not", "n't", "never", "no", "nothing", "none", "nobody", "neither",
    "nor", "cannot"), else 0 (VERDICT_NEGATES)."""
    return np.array([bool(_NEGATES.search(t)) for t in texts], np.float32)


def opens_reply(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that opens with a reply word ("No", "Yes", "Absolutely", "Of course", "Certainly", "Not at
    all"), after an optional speaker's label, else 0 (VERDICT_REPLIES)."""
    return np.array([bool(_REPLIES.match(t)) for t in texts], np.float32)


def prospects(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that says what is to come ("will", "'ll", "going to", "scheduled for", "expected to", "we
    expect", "close to completing", "next year", "for years to come"), else 0 (VERDICT_STATES)."""
    return np.array([_searched(_PROSPECTS, t) for t in texts], np.float32)


def affirms(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that takes a stand (`states`: a view, the speaker's intent) or says what is to come
    (`prospects`) and does not ask (`asks`), else 0: the verdict a yes/no question's answer may give without a
    turning word or a negation (VERDICT_STATES)."""
    return np.maximum(states(texts), prospects(texts)) * (1 - asks(texts))


def verdict_after(asked: Asked, texts: Sequence[str], first: int, last: int, limit: int, matched: int,
                  reach: int) -> tuple[int, int] | None:
    """The highlight shown `first`..`last` grown to the verdict on a yes/no question after it, or None to keep it
    (VERDICT_REACH). When `asked` asks yes or no (not about what was asked), the first of the `reach` units after
    `last`, up to unit `limit`, that turns against what came before it (`turns_against`) is the verdict, as long as no
    unit up to it asks (`asks`). The highlight runs from `first` to it when that fits in VERDICT_WORDS, else from the
    latest start that fits; where VERDICT_KEEPS that start may not pass unit `matched`, the first of the units that
    matched (what the decline reads; else None), else any start up to the verdict itself. Where VERDICT_STATES, a unit
    that affirms (`affirms`) after a highlight that does not is the verdict too, taken only with all of the highlight
    shown (from `first`, within VERDICT_WORDS; else None)."""
    if not asked.yes_no or asked.asking or reach <= 0:
        return None
    end = min(limit, len(texts) - 1, last + int(reach))
    if end <= last:
        return None
    asking, turning = asks(texts[last + 1:end + 1]), turns_against(texts[last + 1:end + 1])
    if VERDICT_NEGATES and not negates(texts[first:last + 1]).any():
        turning = np.maximum(turning, negates(texts[last + 1:end + 1]))
    if VERDICT_REPLIES:
        turning = np.maximum(turning, opens_reply(texts[last + 1:end + 1]))
    affirming = np.zeros(len(turning), np.float32)
    if VERDICT_STATES and not affirms(texts[first:last + 1]).any():
        affirming = affirms(texts[last + 1:end + 1]) * (1 - turning)
    for offset, unit in enumerate(range(last + 1, end + 1)):
        if asking[offset]:
            return None
        if affirming[offset]:  # only with all of the highlight shown: an affirming unit settles the matter less
            return (first, unit) if span_words(texts, first, unit) <= VERDICT_WORDS else None
        if turning[offset]:
            latest = max(first, matched) if VERDICT_KEEPS else unit
            start = next((s for s in range(first, latest + 1) if span_words(texts, s, unit) <= VERDICT_WORDS), None)
            return None if start is None else (start, unit)
    return None


def verdict_before(asked: Asked, texts: Sequence[str], first: int, last: int, limit: int,
                   matched: int) -> tuple[int, int] | None:
    """The highlight shown `first`..`last` grown back to the verdict on a yes/no question said right before it, or
    None to keep it (VERDICT_BEFORE). When `asked` asks yes or no (not about what was asked), the unit before `first`,
    from unit `limit` on, is the verdict when it negates (`negates`; or opens with a reply word, `opens_reply`, where
    VERDICT_REPLIES), does not ask (`asks`) and the highlight negates nothing. The highlight runs from it to `last`
    when that fits in VERDICT_WORDS, else to the latest end that fits, no earlier than unit `matched` (the matched
    units' last; else None)."""
    unit = first - 1
    if not asked.yes_no or asked.asking or unit < max(limit, 0) or negates(texts[first:last + 1]).any():
        return None
    before = texts[unit:unit + 1]
    if asks(before)[0] or not (negates(before)[0] or (VERDICT_REPLIES and opens_reply(before)[0])):
        return None
    end = next((e for e in range(last, max(matched, unit) - 1, -1)
                if span_words(texts, unit, e) <= VERDICT_WORDS), None)
    return None if end is None else (unit, end)


def caption_file(name: str) -> bool:
    """Whether transcript `name` is cut from cues: captions (.srt, .vtt) or a Whisper .json."""
    return name.lower().endswith(CAPTION_SUFFIXES)


def whole_sentence(texts: Sequence[str], first: int, last: int, best: int) -> tuple[int, int] | None:
    """The highlight `first`..`last` grown over the whole sentence of its `best` unit, or None to keep it. Where a
    sentence over MAX_UNIT_WORDS was cut into units (`sentence_around`) and the highlight holds the best unit but not
    all of its sentence, the highlight becomes that sentence when it holds at most SENTENCE_HIGHLIGHT_WORDS words,
    together with the rest of the highlight (a neighbour from another sentence) when all of it fits, else alone. Only
    in a punctuated passage: in unpunctuated captions the whole passage reads as one sentence. What a cut sentence
    says is in all of its parts: "At which levels will the Russian and Serbian foreign ministries stay in touch?"
    matches "the Plan for Consultations between the Russian and Serbian foreign ministries ..." best, and the levels
    are in the part before it ("We agreed to remain in contact at the level of ministers, ...")."""
    if not SENTENCE_HIGHLIGHT_WORDS or not first <= best <= last:
        return None
    sentence_first, sentence_last = sentence_around(texts, best)
    if sentence_first == sentence_last or (first <= sentence_first and sentence_last <= last):
        return None
    if not any(_searched(_ENDS_SENTENCE, t) for t in texts):
        return None
    if span_words(texts, sentence_first, sentence_last) > SENTENCE_HIGHLIGHT_WORDS:
        return None
    grown = min(first, sentence_first), max(last, sentence_last)
    return grown if span_words(texts, *grown) <= SENTENCE_HIGHLIGHT_WORDS else (sentence_first, sentence_last)


def span_words(texts: Sequence[str], first: int, last: int) -> int:
    """The words of units `first`..`last` of `texts`."""
    return sum(len(t.split()) for t in texts[first:last + 1])


def answer_to_asking(texts: Sequence[str], first: int, last: int,
                     best: int | None = None, first_item: bool = True) -> tuple[int, int] | None:
    """The highlight grown over the answer to a unit that asks, or None to keep `first`..`last`. When the highlight
    ends on a unit that asks (`asks`: a speaker's own question, "Now what is the definition of CLS?") and the unit
    after it, outside the highlight, does not ask, that unit is the answer the speaker goes on to give ("Cumulative
    layout shift means how much is shifting while the page is loading."): the highlight takes it in when the whole
    stays within MAX_UNIT_WORDS; a highlight that is the question alone, or whose `best` unit is the question (no unit
    before it in the highlight asking), and does not fit with it becomes the answer: the units after the question
    that fit in MAX_UNIT_WORDS (BEST_ASKING_HANDS_OVER); another is kept (docs/retrieval.md, "A question the speaker
    answers", "... in captions"). With `first_item` (`Asked.first_item`), a unit that announces a count of things
    and is followed by the first of them (`announces_first`) is answered by it alike."""
    after = last + 1
    asking = asks(texts)  # read over the passage: whether it is punctuated
    if after >= len(texts) or not (asking[last] or first_item and announces_first(texts, last)) or asking[after]:
        return None
    if span_words(texts, first, after) <= MAX_UNIT_WORDS:
        return first, after
    if first == last or (BEST_ASKING_HANDS_OVER and best == last and not asking[first:last].any()):
        return after, _asked_answer_end(texts, asking, after)
    return None


# a count of things a speaker goes on to list ("two things", "three core reasons", "a couple of points"), and the
# opening of the first ("First, ...", "The first one is ...", "Firstly", "Number one")
_ANNOUNCED = re.compile(r"\b(?:two|three|four|five|six|seven|several|a\s+couple\s+of|a\s+few)\s+(?:[\w’'-]+\s+)?"
                        r"(?:things|reasons|aspects|kinds|ways|steps|points|parts|components|questions|problems|"
                        r"factors|issues|ideas|lessons|rules|types|options|elements|pieces|areas|goals|priorities)\b"
                        r"|:\s*$", re.IGNORECASE)
_OPENS_FIRST = re.compile(r"^\W*(?:(?:and|so|well)\W+)?(?:first(?:ly)?\b|the\s+first\b|number\s+one\b|one\s+is\b)",
                          re.IGNORECASE)


def announces_first(texts: Sequence[str], unit: int) -> bool:
    """Whether unit `unit` of `texts` announces a count of things (or ends on a colon) and the unit after it opens
    the first of them: that unit answers it (ANNOUNCED_FIRST)."""
    return (ANNOUNCED_FIRST and unit + 1 < len(texts) and bool(_ANNOUNCED.search(texts[unit]))
            and bool(_OPENS_FIRST.match(texts[unit + 1])))


def _asked_answer_end(texts: Sequence[str], asking: np.ndarray, after: int) -> int:
    """The last unit of an answer that opens at `after` (`answer_to_asking`): the units after it while they do not
    ask and the whole stays within MAX_UNIT_WORDS (BEST_ASKING_HANDS_OVER; else `after` alone)."""
    if not BEST_ASKING_HANDS_OVER:
        return after
    last, words = after, len(texts[after].split())
    while (last + 1 < len(texts) and not asking[last + 1]
           and words + len(texts[last + 1].split()) <= MAX_UNIT_WORDS):
        last += 1
        words += len(texts[last].split())
    return last


def closes(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that closes the speaker's part, handing the floor on or ending a point ("I will stop there and
    turn it over to my colleagues.", "And I will leave it at that and turn it over \\[senior administration
    official\\].", "And, with that, I'll turn it over for your questions.", "That's all."), else 0. Such a unit points
    back ("it", "that") and says nothing of what came before: it never answers in its place."""
    return np.array([bool(_searched(_CLOSING, t)) for t in texts], np.float32)


def cut_short(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that a long sentence was cut after on a word that cannot end one (`qa.segment.DANGLING_WORDS`:
    "that", "the", "to", "of" ...), in a punctuated passage (some unit ends a sentence), else 0: what it says goes on in
    the unit after it ("... NOAA — has satellite technology that" / "is able to see from space when new fires start").
    Unpunctuated captions are left alone: their units end wherever the cues did."""
    out = np.zeros(len(texts), np.float32)
    if not any(_searched(_ENDS_SENTENCE, t) for t in texts):
        return out
    for i, t in enumerate(texts[:-1]):
        if _ends_dangling(t):
            out[i] = 1.0
    return out


def _cut_short_at(texts: Sequence[str], unit: int) -> bool:
    """`cut_short(texts)[unit]`, reading that unit alone (and whether the passage is punctuated only then)."""
    return (unit < len(texts) - 1 and _ends_dangling(texts[unit])
            and any(_searched(_ENDS_SENTENCE, t) for t in texts))


def _ends_dangling(text: str) -> bool:
    """Whether a unit ends on a word that cannot end a sentence, with no mark that closes one (`cut_short`)."""
    words = text.split()
    return (bool(words) and not _searched(_ENDS_SENTENCE, text)
            and words[-1].lower().strip(",;:\"'”’") in DANGLING_WORDS)


def states(texts: Sequence[str], kinds: Sequence[str] | None = None) -> np.ndarray:
    """1 for each unit that says one of `kinds` of statement (`holds_kind`: a view, the speaker's intent, a
    reason; None: STANCE_KINDS), else 0."""
    said = np.zeros(len(texts), np.float32)
    for kind in STANCE_KINDS if kinds is None else kinds:
        said = np.maximum(said, holds_kind(kind, texts))
        if kind == "opinion" and STANCE_OTHERS_VIEW:
            said = np.maximum(said, others_view(texts))
    return said


def others_view(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit where the speaker voices the view of those they speak for: a possessive ("our", "my") and one
    or two words, then a verb of view ("That said, our specialists think that the Russian economy can cope ...",
    "my colleagues believe ..."), else 0. `states` reads it where STANCE_OTHERS_VIEW."""
    return np.array([_searched(_OTHERS_VIEW, t) for t in texts], np.float32)


def stance_after(texts: Sequence[str], scores: np.ndarray, overlaps: np.ndarray, best: int, first: int,
                 last: int) -> tuple[int, int] | None:
    """The highlight (first and last unit) moved to the unit after the `best` one, or None to keep `first`..`last`.
    It moves when the best unit restates the question (holds RESTATED_SHARE of its content words: `overlaps`) and
    states nothing (`states`), and the unit after it, outside the highlight, states a view or an intent
    and scores at least STANCE_HANDOVER_SHARE of the best (a unit that closes the speaker's part, `closes`, never
    does: "I will leave it at that" is no intent about the topic): with the best unit when the two fit in
    MAX_UNIT_WORDS, else alone. A sentence that restates what is asked narrates it; the one after takes a stand on
    it ("Speaking about personalities, ... the Americans added eight Russian government officials ... to a sanctions
    list." / "Today we will publish a list of eight officials ..."; "... President Biden signed a new sanctions
    executive order ..." / "It sends a clear signal ... that we will not accept ...")."""
    if overlaps[best] < RESTATED_SHARE or scores[best] <= 0:
        return None
    reach = range(best + 1, min(len(texts), best + max(int(STANCE_REACH), 1) + 1))
    said = states([texts[best], *(texts[u] for u in reach)])
    if said[0]:
        return None
    # the first unit after the best that states something is the stance (STANCE_REACH units at most)
    return _handed_over(texts, scores, overlaps, best, first, last, reach, said[1:], STANCE_HANDOVER_SHARE)


def _handed_over(texts: Sequence[str], scores: np.ndarray, overlaps: np.ndarray, best: int, first: int, last: int,
                 reach: range, gives: Sequence[bool], share: float) -> tuple[int, int] | None:
    """The highlight handed from a restating `best` unit to the first unit of `reach` that `gives` what is asked (a
    stance: `stance_after`; a form of answer: `form_after`), or None: none does, or one up to it is in the highlight
    (`first`..`last`) already, or a unit passed over holds more of the question's words (`overlaps`: it may be the
    answer itself, "The United States reserves the right ... to take further action" before "But our view is ..."),
    or it scores under `share` of the best, or it closes the speaker's part (`closes`, unless CLOSING_TAKES_OVER).
    With the best unit when the two fit in MAX_UNIT_WORDS, else alone."""
    after = next((u for u, given in zip(reach, gives) if given), None)
    if after is None or any(first <= u <= last for u in range(best + 1, after + 1)):
        return None
    if any(overlaps[u] > overlaps[after] for u in range(best + 1, after)):
        return None
    if scores[after] < share * scores[best]:
        return None
    if not CLOSING_TAKES_OVER and closes([texts[after]])[0]:
        return None
    return (best, after) if span_words(texts, best, after) <= MAX_UNIT_WORDS else (after, after)


def form_after(asked: Asked, texts: Sequence[str], scores: np.ndarray, overlaps: np.ndarray, best: int, first: int,
               last: int) -> tuple[int, int] | None:
    """The highlight (first and last unit) moved to the unit that gives the form of answer asked (`asked.form`:
    `asked_form`), or None to keep `first`..`last`. As `stance_after` for a stance: the `best` unit restates the
    question (RESTATED_SHARE of its content words: `overlaps`) and gives nothing of that form (`gives_form`); the
    first of the FORM_REACH units after it that gives it is the answer when no unit up to it is in the highlight
    already, no unit passed over holds more of the question's words, it scores at least FORM_HANDOVER_SHARE of the
    best and does not close the speaker's part (`closes`); with the best unit when the two fit in MAX_UNIT_WORDS, else
    alone. "Our employees are affiliated with the Embassy, two consulates-general and the Russian Permanent Mission to
    the UN." restates "Why should the UN staff not count?"; "Therefore, if we want parity, it would be correct not to
    count ..." is what it asks."""
    if asked.form is None or overlaps[best] < RESTATED_SHARE or scores[best] <= 0:
        return None
    reach = range(best + 1, min(len(texts), best + max(int(FORM_REACH), 1) + 1))
    said = gives_form(asked.form, [texts[best], *(texts[u] for u in reach)], asked.term)
    if said[0]:
        return None
    return _handed_over(texts, scores, overlaps, best, first, last, reach, said[1:], FORM_HANDOVER_SHARE)


def replies(texts: Sequence[str]) -> np.ndarray:
    """1 for each unit that is a speaker's short reply: it opens with "we" or "I" (after a discourse marker: "And",
    "But", "So", "Now", "Yes", "No", "Well"), holds at most REPLY_WORDS words, points back (`refers_back`), does
    not ask (`asks`) and does not close the speaker's part (`closes`, unless CLOSING_TAKES_OVER: "And I will leave it
    at that ..."), else 0 ("We are well aware of this.", "We do not engage in this practice, so ...", "We hold them
    in reserve.")."""
    pointing, asking = refers_back(texts), asks(texts)
    closing = closes(texts) if not CLOSING_TAKES_OVER else np.zeros(len(texts), np.float32)
    return np.array([bool(_FIRST_PERSON.match(t)) and len(t.split()) <= REPLY_WORDS and bool(pointing[i])
                     and not asking[i] and not closing[i] for i, t in enumerate(texts)], np.float32)


def reply_after(asked: Asked, texts: Sequence[str], overlaps: np.ndarray, best: int, first: int,
                last: int) -> tuple[int, int] | None:
    """The highlight (first and last unit) moved to the speaker's reply to a yes/no question, or None to keep
    `first`..`last`. When the question asks yes or no (not about what was asked) and the `best` unit restates it
    (holds RESTATED_SHARE of its content words: `overlaps`), the first of the REPLY_REACH units after it that
    `replies` is the answer, as long as no unit up to it is in the highlight already: the highlight runs from the
    best unit to it when that fits in MAX_UNIT_WORDS, else from the unit before it, else it is the reply alone. A
    sentence that restates a yes/no question sets it out in the question's words; the speaker's yes or no follows in
    a few words of their own that point back to it ("The second disparity ...: the Americans send several hundreds
    of employees on short-term trips to Russia every year." ... "We are well aware of this." for "Does Moscow know
    what the Americans' short-term staff trips to Russia are really for?")."""
    if REPLY_REACH <= 0 or not asked.yes_no or asked.asking or overlaps[best] < RESTATED_SHARE:
        return None
    said = replies(texts)
    for unit in range(best + 1, min(len(texts), best + REPLY_REACH + 1)):
        if first <= unit <= last:
            return None
        if said[unit]:
            for start in (best, unit - 1):
                if span_words(texts, start, unit) <= MAX_UNIT_WORDS:
                    return start, unit
            return unit, unit
    return None


def question_rest(question: str, unit: str) -> str:
    """The words of `question` that `unit` does not hold: its content words the unit says are left out, its
    question words and function words kept ("What is sanctioning the 32 entities and individuals over the 2020
    election meant to achieve?" beside "Treasury also sanctioned 32 entities and individuals ..." leaves "What is
    the and over the 2020 meant to achieve?"). What a sentence that restates the question leaves unsaid."""
    held = content_stems(unit)
    kept = []
    for word in _WORD.findall(question):
        stems = content_stems(word)
        if not (stems and stems <= held):
            kept.append(word)
    return " ".join(kept)


def answer_after(scores: np.ndarray, overlaps: np.ndarray, rest_cosines: Callable[[], np.ndarray],
                 best: int | None = None) -> int | None:
    """The unit that answers after a best unit restating the question, or None. The best unit restates it when it
    holds RESTATED_SHARE of the question's content words (`overlaps`); then, of the FOCUS_REACH units after it, the
    one closest to the rest of the question (`rest_cosines`: each unit's cosine to `question_rest`'s vector, read
    only then) answers when that cosine beats the best unit's by FOCUS_MARGIN and it scores at least
    FOCUS_SCORE_SHARE of the best. "Under other sanctions authorities today, Treasury also sanctioned 32 entities
    ..." restates "What is sanctioning the 32 entities ... meant to achieve?"; "This action seeks to disrupt ..."
    is what it asks. `best`: as for `highlight_units`."""
    best = int(np.argmax(scores)) if best is None else best
    after = range(best + 1, min(len(scores), best + FOCUS_REACH + 1))
    if not len(after) or overlaps[best] < RESTATED_SHARE:
        return None
    rest = rest_cosines()
    found = [j for j in after if rest[j] > rest[best] + FOCUS_MARGIN and scores[j] >= FOCUS_SCORE_SHARE * scores[best]]
    return max(found, key=lambda j: rest[j]) if found else None


def units_around(texts: Sequence[str], rest: np.ndarray, unit: int, best: int) -> tuple[int, int]:
    """The highlight (first and last unit) made around `unit`, an answer after the `best` unit (`answer_after`):
    the two together when they are neighbours and fit in MAX_UNIT_WORDS, else `unit` with the neighbour closer to
    the rest of the question (`rest`: the units' cosines to it) that fits, else `unit` alone."""
    sizes = [len(t.split()) for t in texts]
    if unit - best == 1 and sizes[best] + sizes[unit] <= MAX_UNIT_WORDS:
        return best, unit
    options = [(float(rest[n]), min(unit, n), max(unit, n)) for n in (unit - 1, unit + 1)
               if 0 <= n < len(texts) and sizes[unit] + sizes[n] <= MAX_UNIT_WORDS]
    return (unit, unit) if not options else max(options)[1:]


def media_link(url: str | None, seconds: float | None) -> str | None:
    """`url` opened at `seconds`: YouTube takes t=123s, other media the #t=123 fragment."""
    if not url:
        return None
    if seconds is None:
        return url
    t = int(seconds)
    parts = urlparse(url)
    if "youtube.com" in parts.netloc or "youtu.be" in parts.netloc:
        query = [(k, v) for k, v in parse_qsl(parts.query) if k != "t"] + [("t", f"{t}s")]
        return urlunparse(parts._replace(query=urlencode(query)))
    return urlunparse(parts._replace(fragment=f"t={t}"))


def cite(question: str, question_vector: np.ndarray, hits: Sequence[Hit], transcripts: Mapping[str, TranscriptInfo],
         units_of: UnitsOf, vectors_of: UnitVectorsOf,
         file_of: Callable[[str], tuple[str, Sequence[Turn]]] | None = None,
         encode: Callable[[Sequence[str]], np.ndarray] | None = None, aspect: bool = True,
         speakers: NamedSpeakers = NamedSpeakers(), read: Reading | None = None,
         words: Callable[[Hit], int | None] | None = None) -> list[Highlighted]:
    """A citation for each of `hits`, in order, with its highlight: the units of each passage scored by their
    stored vectors against `question_vector` and by word overlap. The first DENSE_HIGHLIGHTS (those the answer
    text is made of) report their highlight's cosine; the rest None. Where `encode` (the question encoder) is
    given, the first citation may highlight the answer after a sentence that restates the question
    (`answer_after`): the rest of the question beside that sentence (`question_rest`) is embedded for it (one
    short text, only then: measured on first citations, and each one costs an encoding). `aspect`: units gain
    ASPECT_WEIGHT times the share of the question's aspect words they hold (`aspect_shares`). `speakers`: those the
    question has speak (`qa.rerank.speakers_named`); a passage of theirs is highlighted by what they are asked about
    (`Asked.topic_stems`). `read`: the question as `border_pair` read it (`read_for_citing`, from the same
    arguments), whose choice of the first passage's highlight is cited rather than chosen again. `words`: the words
    a hit's passage or same-turn pair is cited over around its highlight (None, or a hit it gives None for:
    CITED_WORDS; a follow-up's, `qa.conversation.read_on`)."""
    read = read_for_citing(question, question_vector, encode, aspect, speakers) if read is None else read
    asked, aspect_weight, rest_of = read.asked, read.aspect_weight, read.rest_of
    out = []
    for rank, hit in enumerate(hits, 1):
        rest = rest_of if rank == 1 else None
        budget = words(hit) if words is not None else None
        if hit.is_exchange and file_of is not None:
            cited = _cite_exchange(rank, hit, question, asked, question_vector, transcripts[hit.passage.transcript],
                                   units_of, vectors_of, file_of(hit.passage.transcript), rest, aspect_weight)
        elif hit.is_pair and file_of is not None:
            cited = _cite_pair(rank, hit, asked, question_vector, transcripts[hit.passage.transcript], units_of,
                               vectors_of, file_of(hit.passage.transcript), rest, aspect_weight, budget)
        else:
            chosen = read.highlight(hit, units_of, vectors_of, rest, budget)
            # the file (read and parsed from the store) is needed only to locate part of a passage
            whole = chosen.window_first.start == 0 and chosen.window_last.end == len(hit.passage.text)
            file = file_of(hit.passage.transcript) if file_of is not None and not whole else None
            cited = Highlighted(_citation(rank, hit, transcripts[hit.passage.transcript], chosen, file),
                                chosen.similarity, chosen.read_text(hit.passage))
        out.append(cited if rank <= DENSE_HIGHLIGHTS else dataclasses.replace(cited, similarity=None))
    return out


def _rest_encoder(question: str, question_vector: np.ndarray, encode: Callable[[Sequence[str]], np.ndarray]) -> RestOf:
    """The vector of the question's rest beside a unit (`question_rest`), each rest encoded once."""
    rests: dict[str, np.ndarray] = {}

    def rest_of(unit: str) -> np.ndarray:
        text = question_rest(question, unit)
        if not text:  # the unit holds every word of the question: nothing is left to look for
            return np.zeros_like(question_vector, dtype=np.float32)
        if text not in rests:
            rests[text] = np.asarray(encode([text]), np.float32)[0]
        return rests[text]
    return rest_of


@dataclass(frozen=True, eq=False)
class Reading:
    """A question as citing reads it, once for all its passages: what it asks (`Asked`), the vector of its rest
    beside a unit (`question_rest`; None: not read), each rest encoded once, and the highlights chosen so far by
    store row, each chosen once: `border_pair` chooses the first passage's to decide whether to pair it, and `cite`
    cites that passage with the same choice when it stays alone."""

    vector: np.ndarray
    asked: Asked
    rest_of: RestOf | None
    aspect_weight: float
    # (transcript, start_char, end_char) of what the earlier answer highlighted, when a follow-up asks why of it
    # (qa.conversation.asks_on): its claim loses TOLD_HIGHLIGHT_WEIGHT in the highlight
    told: tuple[tuple[str, int, int], ...] = ()
    told_words: frozenset[str] = frozenset()  # the earlier question's content stems (TOLD_CLAIM_ONLY)
    chosen: dict[tuple[int, bool, int | None], Chosen] = dataclasses.field(default_factory=dict, compare=False,
                                                                           repr=False)

    def highlight(self, hit: Hit, units_of: UnitsOf, vectors_of: UnitVectorsOf, rest_of: RestOf | None,
                  budget: int | None = None) -> Chosen:
        """The highlight of `hit`'s passage (`passage_highlight`), `rest_of` (None: not read) as the first
        passage's, cited over `budget` words (None: CITED_WORDS); kept by the hit's store row and the budget (none
        kept for a hit without a row)."""
        key = (hit.row, rest_of is not None, budget)
        if hit.row < 0 or key not in self.chosen:
            opening = REPLY_OPENING if self.asked.reply and replies_opening(hit.passage) else 0.0
            told = tuple((s, e) for name, s, e in self.told if name == hit.passage.transcript)
            chosen = passage_highlight(hit.passage, self.asked, self.vector, units_of, vectors_of, opening, rest_of,
                                        aspect_weight=self.aspect_weight, budget=budget, told=told,
                                        told_words=self.told_words)
            if hit.row < 0:
                return chosen
            self.chosen[key] = chosen
        return self.chosen[key]


def read_for_citing(question: str, question_vector: np.ndarray,
                    encode: Callable[[Sequence[str]], np.ndarray] | None = None, aspect: bool = True,
                    speakers: NamedSpeakers = NamedSpeakers()) -> Reading:
    """`question` read for `border_pair` and `cite` (their arguments of the same names), once."""
    return Reading(question_vector, dataclasses.replace(read_question(question), speakers=speakers),
                   _rest_encoder(question, question_vector, encode) if encode is not None else None,
                   ASPECT_WEIGHT if aspect else 0.0)


def border_pair(question: str, question_vector: np.ndarray, hits: Sequence[Hit],
                units: Callable[[int], Sequence[SentenceUnit]], unit_vectors: Callable[[int], np.ndarray],
                margin: float, encode: Callable[[Sequence[str]], np.ndarray] | None = None,
                aspect: bool = True, speakers: NamedSpeakers = NamedSpeakers(),
                next_passage: Callable[[int], Passage | None] | None = None,
                read: Reading | None = None, rapid_talk: Collection[str] = ()) -> list[Hit]:
    """`hits` with the first one cited together with the next passage of its turn (a same-turn pair,
    qa.exchange.with_next_passage) when its highlight, chosen as `cite` chooses it, ends at its last unit (the passage's
    border), or the next passage opens with a unit that matches the question clearly better than any of the first
    passage's (`_opening_lead`: the answer opens the next passage), and that next passage is among the first PAIR_HEAD
    hits, scoring within `margin` of it; with `next_passage` (store row -> the passage there, None where there is none
    or the filters leave it out) wherever it ranks, or when it was not retrieved at all. The next passage's own hit is
    dropped (the pair holds it), unless the pair's window leaves out its best unit (`_window_holds_next_best`). What a
    passage's last sentence sets up, the next one of the same turn often answers ("We also have opportunities to impose
    painful measures on American business." / "We hold them in reserve."), and being the answer to a sentence it does
    not repeat, it ranks low: docs/retrieval.md, "The neighbouring passage of one turn". Where the first passage ends
    its turn, the speaker's next turn after another speaker's interjection (`across_interjection`: "[laughs] What is the
    box?", or backchannels kept as no passage) is taken the same way, with `next_passage`, and cited with it as an
    exchange; not in the transcripts of `rapid_talk`. `units` and `unit_vectors` give a store row's sentence units and
    their vectors; `margin` 0: `hits` as they are. `read`: the question read for citing (`read_for_citing`, from the
    same arguments), which keeps the highlight chosen here for `cite` (not where the question says what the user knows
    already, `Asked.known`: the border is read on all of its words, the highlight without those)."""
    hits = list(hits)
    if margin <= 0 or not hits:
        return hits
    first = hits[0]
    if first.row < 0 or first.is_exchange or first.is_pair:
        return hits
    row = first.row + 1
    at = next((i for i, h in enumerate(hits[1:], 1) if row in (h.rows or (h.row,))), None)
    if at is not None:  # retrieved: a pair with it, unless an exchange holds it, or it ranks too low without
        # `next_passage`
        following = hits[at].passage
        if hits[at].is_exchange or hits[at].is_pair or next_passage is None and (
                at >= PAIR_HEAD or first.score - hits[at].score > margin):
            return hits
    else:
        following = next_passage(row) if next_passage is not None else None
    if following is None or following.transcript != first.passage.transcript:
        return hits
    across = None
    if following.turn_index != first.passage.turn_index:
        if first.passage.transcript in rapid_talk:
            return hits
        across = across_interjection(first.passage, row, next_passage)
        if across is None:
            return hits
    own = list(units(first.row))
    if not own or any(len(unit_vectors(r)) != len(units(r)) for r in (first.row, row)):
        return hits
    read = read_for_citing(question, question_vector, encode, aspect, speakers) if read is None else read
    # whether the answer runs over the border is read on all of the question's words, what the user knows already
    # (`Asked.known`) included: it says where the topic is, and what is asked besides it often follows it ("Besides
    # the 100 percent cost share for Oregon, what else ...": "... at 100 percent for Oregon ..." / "I would also ask
    # ..."); only the highlight leaves it out
    if read.asked.known:
        read = dataclasses.replace(read, asked=dataclasses.replace(read.asked, known=frozenset()), chosen={})
    chosen = read.highlight(first, lambda p: own, lambda p, u: unit_vectors(first.row), read.rest_of)
    theirs = list(units(row))

    @functools.cache
    def parts() -> list[_Scored]:  # each passage's units scored as it is cited alone, once for the lead and the window
        return [_scored_units(p, u, read.asked, question_vector, lambda _p, _u, r=r: unit_vectors(r),
                              read.aspect_weight)
                for p, u, r in ((first.passage, own, first.row), (following, theirs, row))]
    if chosen.last != own[-1] and (PAIR_BORDER_WORDS <= 0 or
                                   len(first.passage.text[chosen.last.end:].split()) > PAIR_BORDER_WORDS) and (
            across is not None or _opening_lead(parts()) is None):
        return hits
    if across is not None:
        rows, passages = across
        joined = dataclasses.replace(first, passages=(first.passage, *passages), rows=(first.row, *rows),
                                     first_turn=first.passage.turn_index, last_turn=passages[-1].turn_index,
                                     start_char=first.passage.start_char, end_char=passages[-1].end_char)
        return [joined] + [h for h in hits[1:] if not set(h.rows or (h.row,)) & set(rows)]
    paired = with_next_passage(first, row, following)
    if at is None:
        return [paired] + hits[1:]
    keep = not _window_holds_next_best(first, following, own, theirs, parts(), read.asked, read.rest_of)
    return [paired] + [h for h in hits[1:] if keep or h is not hits[at]]


EXCHANGE_PAIR = True  # an exchange cited first whose highlight ends where it ends takes the next passage of its
# answer's turn (docs/retrieval.md, "An exchange whose highlight ends at its border"; dev sets)


def exchange_border_next(hits: Sequence[Hit], cited: Citation,
                         next_passage: Callable[[int], Passage | None] | None,
                         rapid_talk: Collection[str] = ()) -> list[Hit] | None:
    """`hits` with the first one, a reporter's exchange cited as `cited`, made to end with the next passage of its
    answer's turn, when its highlight ends where the exchange ends: what the answer's last sentence sets up ("But
    there's really three core reasons ...") its next passage says, as `border_pair` reads it for one passage. The next
    passage's own hit is dropped (the exchange holds it). None where nothing changes: the first hit is no exchange,
    the highlight ends before the exchange's end, the turn ends there, the transcript is rapid talk, or
    `next_passage` (store row -> passage, None where there is none or the filters leave it out) gives nothing."""
    if not EXCHANGE_PAIR or not hits or next_passage is None or cited.highlight_end_char is None:
        return None
    first = hits[0]
    if not first.is_exchange or not first.rows or first.passage.transcript in rapid_talk:
        return None
    last = first.passages[-1]
    # the highlight reaches the end of the exchange's last passage (not only of the cited part of it, which the
    # citation's word budget may end sooner)
    if cited.highlight_end_char < min(cited.end_char, last.end_char) or cited.end_char < last.end_char:
        return None
    row = first.rows[-1] + 1
    following = next_passage(row)
    if (following is None or following.transcript != last.transcript or following.turn_index != last.turn_index
            or following.speaker != last.speaker):
        return None
    joined = dataclasses.replace(first, passages=(*first.passages, following), rows=(*first.rows, row),
                                 end_char=following.end_char)
    return [joined] + [h for h in hits[1:] if row not in (h.rows or (h.row,))]


INTERJECTION_WORDS = 8  # another speaker's turn of at most this many words between two turns of one speaker
# interrupts, it does not take the floor ("[laughs] What is the box?"; dev sets: docs/retrieval.md)


def across_interjection(first: Passage, row: int, next_passage: Callable[[int], Passage | None] | None
                        ) -> tuple[tuple[int, ...], tuple[Passage, ...]] | None:
    """The passages from store row `row` (the one after `first`'s) up to the first passage of `first`'s speaker's
    next turn, when only an interjection lies between: at most one passage of another speaker, a whole turn of at
    most INTERJECTION_WORDS words (backchannels the segmenter keeps as no passage are not counted). Their rows and
    passages, in file order; None where `first`'s turn goes on, or someone takes the floor, or `next_passage`
    (store row -> passage, None where there is none or the filters leave it out) gives nothing."""
    if next_passage is None:
        return None
    rows: list[int] = []
    passages: list[Passage] = []
    for at in (row, row + 1):
        p = next_passage(at)
        if p is None or p.transcript != first.transcript or p.turn_offset:
            return None
        if p.speaker == first.speaker:
            if p.turn_index == first.turn_index:
                return None
            return (*rows, at), (*passages, p)
        if passages or len(p.text.split()) > INTERJECTION_WORDS:
            return None
        rows.append(at)
        passages.append(p)
    return None


def _opening_lead(parts: Sequence[_Scored]) -> int | None:
    """Which of the next passage's first NEXT_OPENING_UNITS units (an index in `parts[1]`) matches the question
    NEXT_OPENING_LEAD better than every unit of the first passage (`parts[0]`), each passage scored alone, and
    scores no lower than they do: the best such one; None where none does, or NEXT_OPENING_LEAD is 0. The match is
    the cosine and the share of the question's words (`unit_scores`), without the weights of the kind of answer
    asked, which a unit of the next passage may hold off the topic ("because that means the folks didn't get out in
    time" for "Why are the fires a personal matter for the Vice President?"); the score with those weights must not
    prefer the first passage, whose unit may hold what is asked where the opening only speaks of it ("13 percent of
    the country's budget revenues" for "How much does it contribute to the Serbian budget?", not "The Serbian railway
    improvement programme is making a significant contribution ..."; docs/retrieval.md, "hl32")."""
    if NEXT_OPENING_LEAD <= 0 or not len(parts[0].texts) or not len(parts[1].texts):
        return None
    first = float(np.max(unit_scores(parts[0].similarities, parts[0].overlaps)))
    opening = unit_scores(parts[1].similarities, parts[1].overlaps)[:NEXT_OPENING_UNITS]
    at = int(np.argmax(opening))
    if opening[at] < first + NEXT_OPENING_LEAD or parts[1].scores[at] < float(np.max(parts[0].scores)):
        return None
    return at


def _window_holds_next_best(first: Hit, following: Passage, own: Sequence[SentenceUnit],
                            theirs: Sequence[SentenceUnit], parts: Sequence[_Scored], asked: Asked,
                            rest_of: RestOf | None) -> bool:
    """Whether the pair of `first` and `following` (their units `own` and `theirs`, scored as each is cited alone:
    `parts`), cited as `_cite_pair` cites it (`_pair_window`), holds in its window the best unit of `following` as
    it is scored alone. A next passage of about 230 words (captions) may end beyond even PAIR_WORDS: its own hit then
    stays in the list (`border_pair`), so that what answers there is still cited (docs/retrieval.md, "The pair's
    window")."""
    if not len(parts[1].scores):
        return True
    shift = following.turn_offset - first.passage.turn_offset
    units = list(own) + [dataclasses.replace(u, start=u.start + shift, end=u.end + shift) for u in theirs]
    return _pair_window(units, parts, asked, rest_of, replying=_replying(first.passage),
                        captions=caption_file(first.passage.transcript))[1]


def _pair_window(units: Sequence[SentenceUnit], parts: Sequence[_Scored], asked: Asked,
                 rest_of: RestOf | None, budget: int | None = None, replying: bool = True,
                 captions: bool = False) -> tuple[Chosen, bool]:
    """A same-turn pair's highlight and cited window (`units` of both passages, `parts` their scores as each is
    cited alone): the first passage's best unit (or the next passage's opening unit, `_opening_lead`), the window
    taking the unit before the highlight and then the unit after it first (`cited_window(ahead=True)`), over
    `budget` words (None: CITED_WORDS), or PAIR_WORDS where those leave out the next passage's best unit; and
    whether the window holds that unit. The next passage's first unit, when it points back, takes part of the lead
    of the unit before it across the border (`continuation`, PAIR_CONTINUATION)."""
    scored = _Scored(texts=[t for part in parts for t in part.texts],
                     overlaps=np.concatenate([part.overlaps for part in parts]),
                     vectors=np.concatenate([part.vectors for part in parts]),
                     similarities=np.concatenate([part.similarities for part in parts]),
                     scores=np.concatenate([part.scores for part in parts]))
    theirs = len(parts[0].texts) + int(np.argmax(parts[1].scores)) if len(parts[1].scores) else -1
    border = len(parts[0].texts)
    if (PAIR_CONTINUATION and 0 < border < len(scored.texts)  # the next passage's first unit may point back across
            # the border ("We also have opportunities to impose painful measures ..." / "We hold them in reserve."),
            # as the neighbour of the unit it points to: where the two fit together, so it is never handed the
            # highlight alone across the border
            and len(scored.texts[border - 1].split()) + len(scored.texts[border].split()) <= MAX_UNIT_WORDS):
        matches = unit_scores(scored.similarities[border - 1:border + 1], scored.overlaps[border - 1:border + 1])
        scored.scores[border] += CONTINUATION_WEIGHT * continuation(scored.texts[border - 1:border + 1], matches)[1]
    first = CITED_WORDS if budget is None else budget
    lead = _opening_lead(parts)  # the answer opens the next passage: it is the highlight
    best = int(np.argmax(parts[0].scores)) if lead is None else border + lead
    for words in dict.fromkeys((first, max(first, PAIR_WORDS))):
        chosen = _chosen_units(units, scored, asked, rest_of, best=best, ahead=True, budget=words, replying=replying,
                               captions=captions)
        holds = theirs <= list(units).index(chosen.window_last)
        if holds:
            break
    return chosen, holds


@dataclass(frozen=True)
class Chosen:
    """A passage's highlight: its first and last unit, the best unit's score and cosine (None: overlap only), and
    the units the passage is cited over (`cited_window`)."""

    first: SentenceUnit
    last: SentenceUnit
    score: float
    similarity: float | None
    window_first: SentenceUnit
    window_last: SentenceUnit
    # the highlight shown, where it is grown over the whole of a cut sentence (`whole_sentence`); the units above
    # (`first`, `last`) are what the window, a pair's border and the decline read
    shown_first: SentenceUnit | None = None
    shown_last: SentenceUnit | None = None

    @property
    def shown(self) -> tuple[SentenceUnit, SentenceUnit]:
        """The first and last unit of the highlight shown."""
        return self.shown_first or self.first, self.shown_last or self.last

    def read_text(self, passage: Passage) -> str | None:
        """The matched units' text in `passage` where the highlight shown differs from them, else None."""
        return None if self.shown == (self.first, self.last) else passage.text[self.first.start:self.last.end]


@dataclass(frozen=True)
class _Scored:
    """A passage's units as the highlight reads them: their texts, shares of the question's words, vectors (None:
    overlap only), cosines to the question and scores."""

    texts: list[str]
    overlaps: np.ndarray
    vectors: np.ndarray | None
    similarities: np.ndarray | None
    scores: np.ndarray


def _scored_units(passage: Passage, units: Sequence[SentenceUnit], asked: Asked, question_vector: np.ndarray | None,
                  vectors_of: UnitVectorsOf, aspect_weight: float = 0.0) -> _Scored:
    """`units` of `passage` scored by `highlight_scores` (cosine where `question_vector` is given), each gaining
    `aspect_weight` times the share of the aspect words it holds (`aspect_shares`, read over the passage)."""
    texts = [passage.text[u.start:u.end] for u in units]
    said = texts if EDITORIAL_WORDS else [spoken(t) for t in texts]
    overlaps = word_shares(asked.topic_stems(passage), said).astype(np.float32)
    vectors = vectors_of(passage, units) if question_vector is not None else None
    similarities = vectors @ question_vector if vectors is not None else None
    scores = highlight_scores(asked, texts, similarities, overlaps)
    if aspect_weight and vectors is not None:
        scores = scores + aspect_weight * aspect_shares(asked.stems, texts, vectors)
    return _Scored(texts, overlaps, vectors, similarities, scores)


def passage_highlight(passage: Passage, asked: Asked, question_vector: np.ndarray | None, units_of: UnitsOf,
                       vectors_of: UnitVectorsOf, opening: float = 0.0, rest_of: RestOf | None = None,
                       aspect_weight: float = 0.0, budget: int | None = None,
                       told: Sequence[tuple[int, int]] = (), told_words: frozenset[str] = frozenset()) -> Chosen:
    """The highlight of one passage: its units scored (`_scored_units`), `opening` added to its first unit, the
    best with its better neighbour (`highlight_units`); or, where `rest_of` gives the vector of the question's
    rest, the answer after a best unit that restates the question (`answer_after`, `units_around`). Cited over
    `budget` words (None: CITED_WORDS). `told`: the spans in the file of what the earlier answer highlighted, when a
    "Why?" follow-up asks on from it: its claim (of several told units, the one with most of `told_words`, the
    earlier question's stems) loses TOLD_HIGHLIGHT_WEIGHT, unless it gives a reason itself, and the unit after it
    gains TOLD_NEXT_WEIGHT."""
    units = list(units_of(passage))
    scored = _scored_units(passage, units, asked, question_vector, vectors_of, aspect_weight)
    if opening and len(scored.scores):
        scored.scores[0] += opening
    if told and TOLD_HIGHLIGHT_WEIGHT > 0 and len(scored.scores) == len(units):
        # a told unit that gives a reason itself ("..., but because of climate change ...") still answers "Why?"
        reasons = holds_kind("reason", scored.texts) if TOLD_REASON_KEPT else np.zeros(len(units))
        lowered = [i for i, u in enumerate(units)
                   if not reasons[i] and any(u.start_char < e and s < u.end_char for s, e in told)]
        if told_words and TOLD_CLAIM_ONLY and len(lowered) > 1:
            # only the told unit that says most of the earlier question's words: the claim it answered; a unit
            # beside it in the earlier highlight may be the reason ("In reality, they are openly meddling ...")
            shares = [len(content_stems(scored.texts[i]) & told_words) for i in lowered]
            lowered = [lowered[int(np.argmax(shares))]]
        for i in lowered:
            scored.scores[i] -= TOLD_HIGHLIGHT_WEIGHT
            if TOLD_NEXT_WEIGHT and i + 1 < len(units) and i + 1 not in lowered:
                scored.scores[i + 1] += TOLD_NEXT_WEIGHT  # what follows the claim most often says why
    return _chosen_units(units, scored, asked, rest_of, budget=budget, replying=_replying(passage),
                         captions=caption_file(passage.transcript))


def _replying(passage: Passage) -> bool:
    """Whether a yes/no reply may be read in `passage` (`reply_after`): it answers a question, where
    REPLY_ANSWERS_ONLY."""
    return not REPLY_ANSWERS_ONLY or passage.role == "answer"


def _chosen_units(units: Sequence[SentenceUnit], scored: _Scored, asked: Asked, rest_of: RestOf | None,
                  best: int | None = None, ahead: bool = False, budget: int | None = None,
                  replying: bool = True, captions: bool = False) -> Chosen:
    """The highlight and cited window among scored `units` (`passage_highlight`); `best` names the best unit
    where the caller chose it among some of them (None: the best of all); `budget`: the window's words (None:
    CITED_WORDS); `replying`: whether a yes/no reply may take the highlight (`reply_after`, `_replying`); `captions`:
    whether the units are cut from cues (`caption_file`: the neighbour after is read first, CAPTION_AFTER_SHARE)."""
    texts, scores, vectors = scored.texts, scored.scores, scored.vectors
    best = int(np.argmax(scores)) if best is None else best
    adds = None  # read only for the unit after the best, where the two do not fit (two units' stems, not all)
    if ADDING_HANDOVER_SHARE <= 1.0 and best + 1 < len(texts) and span_words(texts, best, best + 1) > MAX_UNIT_WORDS:
        adds = np.zeros(len(texts), np.float32)
        adds[best + 1] = adds_asked(asked, texts[best:best + 2])[1]
    first, last = highlight_units(texts, scores, takes_over(asked, texts), best, adds,
                                  CAPTION_AFTER_SHARE if captions else 1.0)
    if ASKED_ANSWER:
        answered = answer_to_asking(texts, first, last, best, asked.first_item)
        if answered is not None:
            first, last = answered
    if STANCE_HANDOVER_SHARE <= 1.0 and scored.similarities is not None:
        moved = stance_after(texts, scores, scored.overlaps, best, first, last)
        if moved is not None:
            first, last = moved
        elif asked.form is not None:
            formed = form_after(asked, texts, scores, scored.overlaps, best, first, last)
            if formed is not None:
                first, last = formed
    if rest_of is not None and vectors is not None:
        rest: list[np.ndarray] = []  # read once, and only for a restating best unit

        def rest_cosines() -> np.ndarray:
            rest.append(vectors @ rest_of(texts[best]))
            return rest[0]
        answer = answer_after(scores, scored.overlaps, rest_cosines, best)
        if answer is not None:
            first, last = units_around(texts, rest[0], answer, best)
    replied = reply_after(asked, texts, scored.overlaps, best, first, last) if replying else None
    if replied is not None:
        first, last = replied
    window_first, window_last = cited_window(texts, scores, first, last, budget=budget, ahead=ahead)
    # the whole sentence is shown only inside the window the matched units were cited over: what is cited stays
    whole = whole_sentence(texts, first, last, best)
    shown = whole if whole is not None and window_first <= whole[0] and whole[1] <= window_last else (first, last)
    if not captions and NEIGHBOUR_AFTER_SHARE > 0 and shown == (first, last):  # shown only: the unit after instead
        shown = neighbour_after(texts, scores, scored.overlaps, first, last, best, max(window_last, last))
    if not captions and RARE_WORD_WEIGHT > 0 and shown == (first, last):  # shown only: the detail asked
        stems = (asked.stems - asked.known) or asked.stems
        shown = rare_detail(texts, scores, rare_shares(stems, [spoken(t) for t in texts]), first, last,
                            min(window_first, first), max(window_last, last), scored.overlaps)
    if not captions and ASKED_AFTER_WORDS > 0 and shown == (first, last):  # shown only: the part asked, said next
        shown = asked_after(asked, texts, scored.overlaps, best, first, last, max(window_last, last))
    if captions and CAPTION_GROW:  # shown only: the window, a pair's border and the decline read `first`..`last`
        shown = shown[0], grown_after(texts, *shown, CAPTION_GROW, max(window_last, shown[1]))
    elif not captions and CONTINUED_GROW:  # shown only, as above: a unit after that goes on about the highlight
        shown = shown[0], continued_after(texts, *shown, CONTINUED_GROW, max(window_last, shown[1]))
    if not captions and VERDICT_REACH > 0:  # shown only, as above: the verdict on a yes/no question after it
        verdict = verdict_after(asked, texts, *shown, max(window_last, shown[1]), first, VERDICT_REACH)
        if verdict is None and VERDICT_BEFORE:  # shown only: the verdict said right before it
            verdict = verdict_before(asked, texts, *shown, min(window_first, shown[0]), last)
        shown = shown if verdict is None else verdict
    return Chosen(units[first], units[last], float(scores[best]),
                   None if scored.similarities is None else float(scored.similarities[best]), units[window_first],
                   units[window_last], units[shown[0]], units[shown[1]])


def _cite_exchange(rank: int, hit: Hit, question: str, asked: Asked, question_vector: np.ndarray,
                   info: TranscriptInfo, units_of: UnitsOf, vectors_of: UnitVectorsOf,
                   file: tuple[str, Sequence[Turn]], rest_of: RestOf | None = None,
                   aspect_weight: float = 0.0) -> Highlighted:
    """An exchange's citation: its turns' text, and the highlight in the passage (not a question, unless the
    question is about what was asked: `asking`) whose best unit answers best, chosen as for a passage (DESIGN.md:
    the highlight is always inside one turn). The question is cited from its last QUESTION_WORDS words, and the
    whole over about CITED_WORDS words. The answer's opening sentence gains YES_NO_OPENING for a yes/no question and
    ASKED_ABOVE_OPENING where the reporter asked right above it what the user asks (`asked_above`); then the cited
    text still runs at least through the highlight the reply would have had without that gain."""
    # a question about what was asked is answered by the asking turn; any other by the answer
    answering = [p for p in hit.passages if (p.role == "question") == asked.asking] or list(hit.passages)
    if asked.person is not None and not asked.asking:  # "Who is NAME?": a question that gives NAME's title says it
        answering += [p for p in hit.passages if p not in answering and define.identifies(asked.person, [p.text]).any()]
    # a yes/no question is answered by the answer's opening sentence ("We do not impose anything."), and so is the
    # question the reporter asked right above it (`asked_above`)
    yes_no = YES_NO_OPENING if _YES_NO.match(question) and not asked.asking else 0.0
    above = ASKED_ABOVE_OPENING if not asked.asking and asked_above(hit.passages, answering[0], asked, question_vector,
                                                                    units_of, vectors_of) else 0.0
    if asked.reply and not asked.asking and replies_opening(answering[0]):  # "What did he answer?": the opening
        above = max(above, REPLY_OPENING)
    stated = dataclasses.replace(asked, kind=None) if asked.asking else asked  # the asking turn states no view

    def best(opening: float) -> tuple[Chosen, Passage]:
        return max(((passage_highlight(p, stated, question_vector, units_of, vectors_of,
                                        opening if p is answering[0] and p.turn_offset == 0 else 0.0, rest_of,
                                        aspect_weight), p)
                    for p in answering), key=lambda c: c[0].score)
    chosen, passage = best(yes_no + above)
    start, end = _exchange_bounds(hit, passage, chosen, asked.stems, question_vector, units_of, vectors_of)
    if above:  # the reply's best matching sentence stays in the cited text, after the opening highlighted
        plain, where = best(yes_no)
        reach = _exchange_bounds(hit, where, plain, asked.stems, question_vector, units_of, vectors_of)[1]
        if end is not None and reach is not None and where.turn_index == passage.turn_index == hit.last_turn:
            end = max(end, reach)
    cited = exchange_text(hit, *file, bounds=(start, end))
    at = cited.passage_offsets[hit.passages.index(passage)]
    a, b, similarity = chosen.first, chosen.last, chosen.similarity
    shown_a, shown_b = chosen.shown  # the whole sentence where it lies inside the cited part of its turn
    if ((start is None or passage.turn_index != hit.first_turn or passage.turn_offset + shown_a.start >= start)
            and (end is None or passage.turn_index != hit.last_turn or passage.turn_offset + shown_b.end <= end)):
        a, b = shown_a, shown_b
    read = None if (a, b) == (chosen.first, chosen.last) else chosen.read_text(passage)
    return Highlighted(Citation(
        rank=rank, transcript=passage.transcript, title=info.title, date=info.date, speaker=passage.speaker,
        role=passage.role, question=passage.question, start_char=cited.start_char, end_char=cited.end_char,
        start_time=cited.start_time, end_time=cited.end_time, text=cited.text,
        highlight=passage.text[a.start:b.end], score=round(float(hit.score), 6), paragraph=cited.paragraph,
        media_url=media_link(info.media_url, a.start_time), kind="exchange", turns=cited.turns,
        highlight_start=at + a.start, highlight_end=at + b.end, highlight_start_char=a.start_char,
        highlight_end_char=b.end_char, highlight_start_time=a.start_time, highlight_end_time=b.end_time,
        cosine=hit.dense, bm25=hit.lexical), similarity, read)


def replies_opening(passage: Passage) -> bool:
    """Whether `passage` opens a turn that answers (role "answer"): its first unit is where the reply begins."""
    return passage.role == "answer" and passage.turn_offset == 0


def asked_above(passages: Sequence[Passage], answer: Passage, asked: Asked, question_vector: np.ndarray,
                units_of: UnitsOf, vectors_of: UnitVectorsOf) -> bool:
    """Whether the opening sentence of `answer` (a passage of an exchange's `passages`) answers what the reporter asked
    right above it: `answer` opens its turn, its first unit does not ask (`asks`), the turn right before it is a
    question among `passages`, and that question's best unit matches the user's question better than any unit of
    the reply (the passages of `answer`'s turn among `passages`) does, by more than ASKED_ABOVE_MARGIN (`unit_scores`:
    cosine and word share of what is `asked`). Asked in other words what the reporter asked ("Is Russia pushing Serbia
    to accept Russian mediation with Pristina?" below "Russia is ready to join the dialogue ... on the condition that
    it is mediated by Russia"), the user wants the reply, and in a press conference the reply opens with it ("We do
    not impose anything."); the reply's best matching sentence goes on to something else ("Let me stress again, we
    are prepared to support any position ..."). Not for a question that asks why (`asked_kind`): the reason is where
    the reply gives it, seldom in its opening ("Why won't the Prime Minister say more about the talks on Taiwan?"
    below "Prime Minister, what did you and the President discuss about Taiwan?": "... since it pertains to
    diplomatic exchanges", not "We discussed the situation in the Taiwan Strait ...")."""
    if ASKED_ABOVE_OPENING <= 0 or answer.turn_offset != 0 or asked.kind == "reason":
        return False
    above = [p for p in passages if p.role == "question" and p.turn_index == answer.turn_index - 1]
    own = list(units_of(answer))
    if not above or not own or asks([answer.text[own[0].start:own[0].end]])[0]:
        return False

    def best(passage: Passage) -> float:
        scored = _scored_units(passage, list(units_of(passage)), asked, question_vector, vectors_of)
        return float(np.max(unit_scores(scored.similarities, scored.overlaps))) if len(scored.texts) else -np.inf
    reply = [p for p in passages if p.role != "question" and p.turn_index == answer.turn_index]
    return max(best(p) for p in above) > max(best(p) for p in reply) + ASKED_ABOVE_MARGIN


def _cite_pair(rank: int, hit: Hit, asked: Asked, question_vector: np.ndarray, info: TranscriptInfo,
               units_of: UnitsOf, vectors_of: UnitVectorsOf, file: tuple[str, Sequence[Turn]],
               rest_of: RestOf | None = None, aspect_weight: float = 0.0, budget: int | None = None) -> Highlighted:
    """A same-turn pair's citation (`Hit.is_pair`): one passage of its turn over both passages
    (qa.exchange.pair_passage), highlighted and cited as a passage is, so that the highlight may run over the
    border (within MAX_UNIT_WORDS) and the citation over about CITED_WORDS words around it. The best unit is the
    first passage's, as when it was paired (`border_pair`): the next passage continues it, and a better sentence
    there would move the citation off what ranked (dev sets: docs/retrieval.md); unless one of the next passage's
    opening units matches the question clearly better (`_opening_lead`). `budget`: the words it is cited
    over first (None: CITED_WORDS), as in `_pair_window`."""
    joined, units = pair_passage(hit, file[1][hit.passage.turn_index], units_of)
    # each passage's units scored as they are when it is cited alone, so that the first one's best unit is the one
    # that ended at the border; only its neighbour may now lie across it
    parts = [_scored_units(p, list(units_of(p)), asked, question_vector, vectors_of, aspect_weight)
             for p in hit.passages]
    # the pair is cited for what follows the border, and for the sentence its highlight restates: its window takes
    # the unit before the highlight and then the unit after it first
    chosen, _ = _pair_window(units, parts, asked, rest_of, budget, replying=_replying(hit.passage),
                             captions=caption_file(hit.passage.transcript))
    return Highlighted(_citation(rank, dataclasses.replace(hit, passage=joined), info, chosen, file),
                       chosen.similarity, chosen.read_text(joined))


def _exchange_bounds(hit: Hit, passage: Passage, chosen: Chosen, stems: frozenset[str], question_vector: np.ndarray,
                     units_of: UnitsOf, vectors_of: UnitVectorsOf) -> tuple[int | None, int | None]:
    """Where an exchange's first turn's cited part begins and its last turn's ends (offsets in those turns'
    text). When the highlight is in another turn, the question is cited from its last units (`question_tail`),
    or from its unit closest to the user's question when that comes earlier (the part of it that was asked
    about); when the highlight is in the last turn, the answer is cited from its start over what is left of
    CITED_WORDS (`_answer_end`)."""
    start = end = None
    asked = [p for p in hit.passages if p.turn_index == hit.first_turn]
    before = sum(len(p.text.split()) for p in hit.passages if hit.first_turn < p.turn_index < passage.turn_index)
    if passage.turn_index != hit.first_turn and asked:
        units = [(p, u) for p in asked for u in units_of(p)]
        if units:
            texts = [p.text[u.start:u.end] for p, u in units]
            overlaps = word_shares(stems, texts).astype(np.float32)
            similarities = np.concatenate([vectors_of(p, units_of(p)) for p in asked]) @ question_vector
            first = min(question_tail(texts), int(np.argmax(unit_scores(similarities, overlaps))))
            p, u = units[first]
            start = p.turn_offset + u.start
            before += sum(len(t.split()) for t in texts[first:])
    if passage.turn_index == hit.last_turn:
        end = passage.turn_offset + _answer_end(passage, chosen, units_of, CITED_WORDS - before)
    elif passage.turn_index == hit.first_turn:  # the highlight asks (`about_asking`): the answer's opening follows
        said = sum(len(p.text.split()) for p in hit.passages if p.turn_index < hit.last_turn)
        last = [p for p in hit.passages if p.turn_index == hit.last_turn]
        if last:
            end = last[0].turn_offset + _answer_end(last[0], None, units_of, CITED_WORDS - said)
    return start, end


def _answer_end(passage: Passage, chosen: Chosen | None, units_of: UnitsOf, budget: int) -> int:
    """Where an exchange's answer is cited up to (an offset in `passage.text`): from its start, as many whole
    units as fit in `budget` words, and at least through the highlight (without one, its first unit)."""
    units = list(units_of(passage))
    end, words = chosen.last.end if chosen is not None else (units[0].end if units else len(passage.text)), 0
    for unit in units:
        words += len(passage.text[unit.start:unit.end].split())
        if words > budget:
            break
        end = max(end, unit.end)
    return end


def gather_evidence(question: str, nearest: float | None, cited: Sequence[Highlighted], corpus: CorpusWords,
                    transcripts: Sequence[TranscriptInfo], rapid: Collection[str] = (),
                    follow_up: bool = False, earlier: Sequence[str] = (),
                    near: Callable[[Citation], bool] | None = None, typed: str | None = None) -> Evidence:
    """The evidence qa.answerable decides on, from the first ANSWER_CITATIONS citations: the passages and
    highlights the answer would be made of; `follow_up`: the question was searched with the `earlier` ones; `near`
    whether a citation lies near what the earlier answer cited (None: no earlier answer); `typed` the question as
    the user typed it (None: as `question` is written)."""
    first = cited[:ANSWER_CITATIONS]
    similarities = [h.similarity for h in first if h.similarity is not None]
    highlights = [h.read_highlight for h in first]
    spoken = [f"{h.citation.speaker}: {h.citation.text}" for h in first]
    person = define.person_asked(question)
    # the decline's exemption asks for the whole name: "Governor Brown's seat" does not say who Kate Brown is
    identified = define.identifies(person, highlights, whole=True).any() if person else None
    evidence = gather(question, cosine=nearest, sentence=max(similarities) if similarities else None,
                      top_texts=spoken, highlights=highlights, corpus=corpus, transcripts=transcripts,
                      rapid=rapid, top_transcripts=[h.citation.transcript for h in first], follow_up=follow_up,
                      earlier=earlier, near=[near(h.citation) for h in first] if near else None, typed=typed,
                      person_identified=None if identified is None else bool(identified))
    # "the quote about dangerous games": a highlight says the words asked for side by side
    evidence = dataclasses.replace(evidence, quote_asked=quote_asked(question),
                                   phrase_said=phrase_said(question, highlights, spoken),
                                   term_defined=define.acronym_defined(question, highlights,
                                                                       [h.citation.text for h in first]))
    # the time something is said in a timed recording is the cited passage's place in it, said in no words
    if (TIME_IN_RECORDING and evidence.expected in DATE_KINDS and evidence.expected_found is False
            and asks_time_in_recording(question) and any(h.citation.start_time is not None for h in first)):
        evidence = dataclasses.replace(evidence, expected_found=True)
    return evidence


def compose_answer(question: str, query_text: str, history_used: bool, cited: Sequence[Highlighted],
                   verdict: Verdict, evidence: Evidence | None = None, opening: str = "") -> Answer:
    """The Answer: declined (nothing cited) unless `verdict` says the passages answer; else the answer text made
    of the highlights of up to ANSWER_CITATIONS citations that score at least ANSWER_MARGIN of the best highlight
    and ANSWER_SCORE_MARGIN of the best passage, after the `opening` (a recording's date, read from the index)."""
    if not verdict.answerable or not cited:
        return Answer(question=question, answerable=False, answer=NOT_ANSWERED, citations=(), query=query_text,
                      history_used=history_used, note=verdict.note, evidence=evidence)
    text = answer_text(cited, about_asking(question), define.person_asked(question))
    at = cited[0].citation.highlight_start_time
    if TIME_IN_RECORDING and at is not None and asks_time_in_recording(question):
        text = f"At {clock(at)}: {text}"  # rec35: asked when in the recording, the answer line says it first
    text = opening + text
    return Answer(question=question, answerable=True, answer=text,
                  citations=tuple(h.citation for h in cited), query=query_text, history_used=history_used,
                  note=verdict.note, evidence=evidence)


def answer_text(cited: Sequence[Highlighted], asking: bool = False, person: str | None = None) -> str:
    """The best highlights, each followed by its [n] marker. A reporter's question is worth citing (it says what
    was asked) but is no answer: the answer text takes the other passages when there are any, unless the
    question is about what was asked (`asking`, `about_asking`), which the asking turns answer. A passage
    ranked far below the best one is left out even when its highlight is close to the question: on the dev sets
    such highlights were off the answer three times in four. The best-ranked of them always leads: the answer
    line starts where citation [1] (or the first answering one) does. A reporter's question that says who the
    `person` asked about is (`qa.define.identifies`: "Presidential Aide Yury Ushakov") answers "Who is NAME?"."""
    scored = [h for h in cited if h.similarity is not None]
    pool = [h for h in scored if (h.citation.role == "question") == asking
            or (person is not None and not asking and define.identifies(person, [h.citation.highlight]).any())]
    pool = pool or scored or list(cited[:1])
    top, best = max((h.similarity or 0.0) for h in pool), max(h.citation.score for h in pool)
    chosen = [h.citation for h in pool if (h.similarity or 0.0) >= ANSWER_MARGIN * top
              and h.citation.score >= ANSWER_SCORE_MARGIN * best][:ANSWER_CITATIONS]
    if pool[0].citation not in chosen:  # the best-ranked passage leads, even when a later highlight is closer
        chosen = [pool[0].citation, *chosen[:ANSWER_CITATIONS - 1]]
    return answer_line(chosen)


def answer_line(citations: Sequence[Citation]) -> str:
    """Each citation's highlight followed by its [n] marker, hard wraps undone; a highlight of the same words as
    one before it is not said again, its marker joining that one's ("... in terms of its state. [1] [2]": a clip
    of an episode uploaded beside the whole episode, trial30)."""
    said: dict[str, list[int]] = {}
    for c in citations:
        said.setdefault(" ".join(c.highlight.split()), []).append(c.rank)
    return " ".join(f"{words} {' '.join(f'[{rank}]' for rank in ranks)}" for words, ranks in said.items())


def _citation(rank: int, hit: Hit, info: TranscriptInfo, chosen: Chosen,
              file: tuple[str, Sequence[Turn]] | None = None) -> Citation:
    """A passage's citation over its window (`chosen.window_first`..`window_last`: the whole passage when it is
    short), with its span, times and paragraph in the file (from its turn when `file` is given)."""
    p, (first, last), w0, w1 = hit.passage, chosen.shown, chosen.window_first, chosen.window_last
    text = p.text[w0.start:w1.end]
    if w0.start == 0 and w1.end == len(p.text):
        start_char, end_char, start_time, end_time, paragraph = (p.start_char, p.end_char, p.start_time,
                                                                 p.end_time, p.paragraph)
    elif file is not None and p.turn_index < len(file[1]):
        start_char, end_char, start_time, end_time, paragraph = locate_in_file(
            file[1][p.turn_index], p.turn_offset + w0.start, p.turn_offset + w1.end)
    else:
        start_char, end_char, start_time, end_time, paragraph = (w0.start_char, w1.end_char, w0.start_time,
                                                                 w1.end_time, p.paragraph)
    turn = CitedTurn(speaker=p.speaker, role=p.role, start_char=start_char, end_char=end_char,
                     start_time=start_time, end_time=end_time, paragraph=paragraph, text_start=0,
                     text_end=len(text))
    return Citation(
        rank=rank, transcript=p.transcript, title=info.title, date=info.date, speaker=p.speaker, role=p.role,
        question=p.question, start_char=start_char, end_char=end_char, start_time=start_time,
        end_time=end_time, text=text, highlight=p.text[first.start:last.end], score=round(float(hit.score), 6),
        paragraph=paragraph, media_url=media_link(info.media_url, first.start_time), turns=(turn,),
        highlight_start=first.start - w0.start, highlight_end=last.end - w0.start,
        highlight_start_char=first.start_char, highlight_end_char=last.end_char,
        highlight_start_time=first.start_time, highlight_end_time=last.end_time, cosine=hit.dense, bm25=hit.lexical,
    )


def cited_at(rank: int, hit: Hit, info: TranscriptInfo, units: Sequence[SentenceUnit], at: int,
             file: tuple[str, Sequence[Turn]] | None = None, sentence: bool = False) -> Citation:
    """`hit`'s passage cited whole, its highlight unit `at` of its `units`: the place a question asks by its time in
    the recording (qa.clock), with that unit's span, times and media link. With `sentence`, the highlight shown is
    the whole sentence of that unit where it was cut into units (`whole_sentence`): where a speaker comes in
    (qa.order), "Alright, I'm here with Leslie Lamport, ... not the" was shown cut at a hard line break."""
    texts = [hit.passage.text[u.start:u.end] for u in units]
    grown = whole_sentence(texts, at, at, at) if sentence else None
    first, last = (units[grown[0]], units[grown[1]]) if grown else (None, None)
    return _citation(rank, hit, info, Chosen(units[at], units[at], 1.0, None, units[0], units[-1], first, last), file)


# A question about what was asked, or by whom: its answer is the asking turn ("Who asked about Iran?", "What did
# the reporter ask Lavrov about ...?", "What was Lavrov asked about ...?")
_ABOUT_ASKING = re.compile(
    r"\b(?:who|which\s+(?:\w+\s+)?(?:reporter|journalist|correspondent|outlet|newspaper|network|person|"
    r"participant))\s+(?:asked|raised|questioned)\b"
    r"|\b(?:what|which)\b.*\b(?:did|does|do)\s+(?:the|a|an|that|this|one)\s+(?:\w+\s+){0,3}?(?:reporter|"
    r"journalist|correspondent|questioner|interviewer|host|press|media)\b.*\bask"
    r"|\b(?:was|were|is|are)\s+(?:\w+\s+){1,3}?asked\b"
    r"|\bwhat\s+(?:question|questions)\s+(?:did|does|do|was|were)\b", re.IGNORECASE)


# "Who asked ...?", "Which reporter raised ...?": the question asks for the person who asked
_ASKS_ASKER = re.compile(
    r"\b(?:who|which\s+(?:\w+\s+)?(?:reporter|journalist|correspondent|outlet|newspaper|network|person|"
    r"participant))\s+(?:asked|raised|questioned)\b", re.IGNORECASE)
# an asker naming themself and whom they write for: "It's Eamon Javers with CNBC.", "This is Dina Temple-Raston
# from NPR.", "My name is Sugimoto of Sankei Newspaper." (a name written as one, then its outlet, written as one)
_INTRODUCES_SELF = re.compile(
    r"\b(?i:it[’']s|this\s+is|my\s+name\s+is|i[’']m|i\s+am)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+(?:with|from|of|at)\s+(?:the\s+)?[A-Z]")


def asks_asker(question: str) -> bool:
    """Whether `question` asks who asked ("Which reporter asked about the ruble debt?", "Who asked him that?")."""
    return bool(_ASKS_ASKER.search(question))


def introduces_self(texts: Sequence[str]) -> np.ndarray:
    """1.0 for each unit in which a speaker names themself and whom they are with ("It’s Eamon Javers with CNBC."),
    else 0.0."""
    return np.array([1.0 if _INTRODUCES_SELF.search(t) else 0.0 for t in texts], np.float32)


_FUTURE_FIGURE_ASKED = re.compile(r"\bhow\s+(?:many|much)\b[^?]*\b(?:will|going\s+to)\b"
                                  r"|\b(?:will|going\s+to)\b[^?]*\bhow\s+(?:many|much)\b", re.IGNORECASE)
_SAID_OF_FUTURE = re.compile(r"\b(?:will|won[’']t|going\s+to|shall)\b|[’']ll\b", re.IGNORECASE)


def _moved_first(order: list[int], i: int) -> list[int]:
    """`order` with citation `i` first and the others after it in their order (the re-orderings below)."""
    return [i] + [j for j in order if j != i]


def future_figure_first(question: str, cited: Sequence[Highlighted]) -> list[int]:
    """The order to cite `cited` in: as given, unless `question` asks a figure of the future ("How many ... will
    ...?") and the first highlight gives a figure said with no word of the future, while a later one among the first
    ANSWER_CITATIONS, of the same recording, gives a figure said of the future ("will", "going to"): that one first."""
    order = list(range(len(cited)))
    if not FUTURE_FIGURE_FIRST or len(cited) < 2 or not _FUTURE_FIGURE_ASKED.search(question):
        return order
    shown = [h.citation.highlight for h in cited[:ANSWER_CITATIONS]]
    figures = holds_quantity(shown)
    future = [bool(_SAID_OF_FUTURE.search(t)) for t in shown]
    if not figures[0] or future[0]:
        return order
    later = next((i for i in range(1, len(shown)) if figures[i] and future[i]
                  and cited[i].citation.transcript == cited[0].citation.transcript), None)
    return order if later is None else _moved_first(order, later)


def asking_first(question: str, cited: Sequence[Highlighted], turns_of: Callable[[str], Sequence[Turn]]) -> list[int]:
    """The order to cite `cited` in: as given, unless `question` asks what was asked or who asked it
    (`about_asking`; not one that asks for the reply, `asks_reply`), the first citation's highlight lies neither in a
    question turn of its transcript (`turns_of` its turns, in file order) nor in the short turn before one that gives
    its asker the floor (`qa.order.gives_floor`), and one of the next ASKING_FIRST_DEPTH - 1 citations, of the same
    transcript, has its highlight in a question turn: the first of those first. The reply repeats the question's
    words, but the turn that asked is the answer. Before that (ASKER_NAMED_FIRST), for a question that asks who asked
    (`asks_asker`), the first of those citations whose highlight is the asker naming themself (`introduces_self`),
    where the first citation's is not."""
    order = list(range(len(cited)))
    if (not (ASKING_FIRST or ASKER_NAMED_FIRST) or ASKING_FIRST_DEPTH < 2 or len(cited) < 2
            or not about_asking(question)
            or asks_reply(question)):  # "What did Lavrov say in reply to the reporter's question ...?": the reply
        return order
    first = cited[0].citation
    head = range(1, min(ASKING_FIRST_DEPTH, len(cited)))
    if ASKER_NAMED_FIRST and asks_asker(question) and not introduces_self([first.highlight])[0]:
        named = next((i for i in head if cited[i].citation.transcript == first.transcript
                      and introduces_self([cited[i].citation.highlight])[0]), None)
        if named is not None:  # the asker naming themself: "It’s Eamon Javers with CNBC."
            return _moved_first(order, named)
    if not ASKING_FIRST:
        return order

    def asking(citation: Citation, floor: bool) -> bool:
        """Whether the citation's highlight lies in a question turn (or, `floor`, in the short turn before one that
        gives its asker the floor: "Mr. Sugimoto, with Sankei Newspaper.")."""
        at = citation.highlight_start_char
        turns = turns_of(citation.transcript)
        i = next((j for j, t in enumerate(turns) if t.start_char <= at < t.end_char), None) if at is not None else None
        if i is None:
            return False
        return turns[i].role == "question" or (floor and i + 1 < len(turns) and turns[i + 1].role == "question"
                                               and gives_floor(turns[i].text, turns[i].role))

    if asking(first, True):
        return order
    later = next((i for i in head if cited[i].citation.transcript == first.transcript
                  and asking(cited[i].citation, False)), None)
    return order if later is None else _moved_first(order, later)


def figure_first(question: str, cited: Sequence[Highlighted]) -> list[int]:
    """The order to cite `cited` in: as given, unless `question` asks a count or an amount (`answer_type`: "how many
    N", "how much"), the first citation's passage holds no number at all (`holds_quantity`) and one of the next
    FIGURE_FIRST_DEPTH - 1 passages holds the count or amount asked (`holds_answer_type`): the first of those first.
    The passage that repeats the question's words most often is not the one that gives its figure."""
    order = list(range(len(cited)))
    typed = answer_type(question) if FIGURE_FIRST_DEPTH > 1 and len(cited) > 1 else None
    if typed is None or typed.kind not in ("count", "amount"):
        return order
    texts = [h.citation.text for h in cited[:FIGURE_FIRST_DEPTH]]
    if holds_quantity(texts[:1])[0]:
        return order
    held = holds_answer_type(typed, texts)
    later = next((i for i in range(1, len(texts)) if held[i]), None)
    return order if later is None else _moved_first(order, later)


def kind_first(question: str, cited: Sequence[Highlighted]) -> list[int]:
    """The order to cite `cited` in: as given, unless `question` asks a reason or an intent (`asked_kind`, one of
    KIND_FIRST_KINDS), the first citation's passage holds no unit that gives one (`holds_kind`) and one of the next
    KIND_FIRST_DEPTH - 1 passages does, its ranking score at least KIND_FIRST_SHARE of the first's: the first of those
    first. The passage that repeats the question's words best need not be the one that says why, or what will be
    done."""
    order = list(range(len(cited)))
    if KIND_FIRST_SHARE <= 0 or KIND_FIRST_DEPTH < 2 or len(cited) < 2:
        return order
    kind = asked_kind(question)
    if kind not in KIND_FIRST_KINDS:
        return order
    head = cited[:KIND_FIRST_DEPTH]
    held = holds_kind(kind, [h.citation.text for h in head])
    if held[0]:
        return order
    least = KIND_FIRST_SHARE * head[0].citation.score
    later = next((i for i in range(1, len(head)) if held[i] and head[i].citation.score >= least), None)
    return order if later is None else _moved_first(order, later)


# rank65: a count or an amount asked ("how many", "how much"), standalone: where the first citation's best sentence unit
# (nearest the question) and the unit after it say no number (`says_number`) and the best unit and the next of one of
# the next UNIT_COUNT_DEPTH - 1 citations do, its ranking score at least UNIT_COUNT_SHARE of the first's, that one
# comes first (`unit_count_first`). rank59's `figure_first` reads the whole passage: a first passage whose number is
# said away from the sentence that meets the question ("It is necessary to analyse it ...") keeps its place there.
# 0.9 and 3 chosen on dev (s49g's citations, docs/retrieval.md "rank65"); off as shipped (0): dev gains 8 first
# citations for one lost, but neither confirming batch (B, B2) moved
UNIT_COUNT_SHARE = 0.0
UNIT_COUNT_DEPTH = 3
_ASKS_COUNT = re.compile(r"\bhow (many|much)\b", re.IGNORECASE)
_SAYS_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                          r"fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|several)\b", re.IGNORECASE)


def says_number(text: str) -> bool:
    """Whether `text` says a number: digits, or one in words ("ten", "hundreds", "a dozen", "half", "several")."""
    return bool(_SAYS_NUMBER.search(text))


def unit_count_first(question: str, cited: Sequence[Highlighted], best_units: Sequence[str | None]) -> list[int]:
    """The order to cite `cited` in: as given, unless `question` asks how many or how much, the first citation's
    best unit and the one after it (`best_units`, one text per citation, None: unread) say no number, and those of
    one of the next UNIT_COUNT_DEPTH - 1 citations do, its ranking score at least UNIT_COUNT_SHARE of the first's:
    the first of those first, the others keep their order."""
    order = list(range(len(cited)))
    if (UNIT_COUNT_SHARE <= 0 or len(cited) < 2 or not best_units or best_units[0] is None
            or not _ASKS_COUNT.search(question) or says_number(best_units[0])):
        return order
    least = UNIT_COUNT_SHARE * cited[0].citation.score
    later = next((i for i in range(1, min(UNIT_COUNT_DEPTH, len(cited), len(best_units)))
                  if best_units[i] is not None and says_number(best_units[i])
                  and cited[i].citation.score >= least), None)
    return order if later is None else _moved_first(order, later)


# rank64 (off as shipped): a second stage over the first citations. One of citations 2-LEXICAL_SECOND_DEPTH is cited
# first when it beats the first on every reading at once: its BM25 score by LEXICAL_SECOND_BM25, the share of the
# question's content words its text holds by LEXICAL_SECOND_COVER, its best sentence unit's cosine to the question by
# LEXICAL_SECOND_COSINE, with a ranking score at least LEXICAL_SECOND_SHARE of the first's (chosen on dev, s48f's
# citations: bench/rank64/simulate.py; each reading alone moves 4-10 right passages down for one up)
LEXICAL_SECOND = False
LEXICAL_SECOND_DEPTH = 3
LEXICAL_SECOND_BM25 = 3.0
LEXICAL_SECOND_COVER = 0.3
LEXICAL_SECOND_COSINE = 0.05
LEXICAL_SECOND_SHARE = 0.9


def lexical_second(question: str, cited: Sequence[Highlighted], best_cosines: Sequence[float | None]) -> list[int]:
    """The order to cite `cited` in: as given, unless one of the next LEXICAL_SECOND_DEPTH - 1 citations outscores
    the first on BM25, on the share of `question`'s content words its text holds and on its best unit's cosine
    (`best_cosines`, one per citation, None: unread) by the margins above, its ranking score at least
    LEXICAL_SECOND_SHARE of the first's: the first such one first, the others keep their order."""
    order = list(range(len(cited)))
    if not LEXICAL_SECOND or len(cited) < 2 or not best_cosines or best_cosines[0] is None:
        return order
    stems = content_stems(question)
    if not stems:
        return order
    first = cited[0].citation

    def cover(citation: Citation) -> float:
        return len(stems & content_stems(citation.text)) / len(stems)

    for i in range(1, min(LEXICAL_SECOND_DEPTH, len(cited), len(best_cosines))):
        other = cited[i].citation
        if best_cosines[i] is None:
            continue
        if ((other.bm25 or 0.0) - (first.bm25 or 0.0) > LEXICAL_SECOND_BM25
                and cover(other) - cover(first) > LEXICAL_SECOND_COVER
                and best_cosines[i] - best_cosines[0] > LEXICAL_SECOND_COSINE
                and other.score >= LEXICAL_SECOND_SHARE * first.score):
            return _moved_first(order, i)
    return order


# ... and in the other words users ask it (seed39; dev sets, docs/retrieval.md "What the reporter asked, in other
# words"): what the reporter wanted to know, said or raised, "according to the reporter's question", "the final
# question put to Lavrov", "Did a reporter ask about ...?"
_ABOUT_ASKING_OTHERWISE = re.compile(
    r"\b(?:what|which)\b.*\b(?:did|does|do)\s+(?:the|a|an|that|this|one)\s+(?:\w+\s+){0,3}?(?:reporter|journalist|"
    r"correspondent|questioner|interviewer)s?\b.*\b"
    r"(?:want(?:ed|s)?\s+to\s+know|wonder|say|said|mention|bring\s+up|raise)"
    r"|\b(?:reporter|journalist|correspondent|questioner|interviewer)(?:[’']s|s[’'])\s+(?:\w+\s+)?question"
    r"|\bquestions?\s+(?:put|posed|asked)\s+to\b"
    r"|\b(?:did|does|do|has|have)\s+(?:a|the|any|one|some)\s+(?:\w+\s+){0,2}?(?:reporter|journalist|correspondent|"
    r"questioner)s?\s+(?:ask|raise|bring\s+up|mention)", re.IGNORECASE)


def about_asking(question: str) -> bool:
    """Whether `question` asks what was asked, or who asked it: then the asking turn is the answer."""
    return bool(_ABOUT_ASKING.search(question) or _ABOUT_ASKING_OTHERWISE.search(question))


# what the user knows already (`known_stems`): the words after the cue, up to a comma, a mark that ends the clause or
# the question word or auxiliary that opens the main clause ("Besides Interpol which organisations ...")
_KNOWN = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)\s+"
    r"(?P<known>[^,;:?!.]*?)(?=\s*[,;:?!.]|\s+(?:what|which|who|whom|whose|where|when|why|how|did|does|do|is|are|was|"
    r"were|will|would|has|have|had|can|could|should)\b|\s*$)", re.IGNORECASE)
_YES_NO = re.compile(r"\s*(is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|shall|may|must)"
                     r"(n't|n’t)?\b", re.IGNORECASE)  # a question that opens with an auxiliary asks yes or no


# a reason asked in other words than `_ASKS_WHY`'s (`asks_reason`)
_REASON_ASKED = re.compile(r"\b(?:what|which)\s+(?:[\w'’-]+\s+){0,3}?(?:reasons?|rationale|justifications?|motives?|"
                           r"grounds)\b|\bon\s+what\s+(?:grounds|basis)\b|\bhow\b.*\bjustif(?:y|ies|ied)\b",
                           re.IGNORECASE)
_ASKS_REPLY = re.compile(r"\s*(?:and\s+|so\s+)?(?:(?:what|how)\s+(?:did|does|do|was|were|is|has|have)\s+"
                         r"(?:[\w’'.-]+\s+){0,3}?(?:answer|reply|respond|"
                         r"say\s+(?:in\s+(?:reply|response|answer)|back))\b|"
                         r"what\s+(?:was|is|were)\s+(?:the|his|her|their|its)\s+(?:answer|reply|response)s?\b)",
                         re.IGNORECASE)
_ASKS_WHY = re.compile(r"\bwhy\b|\bhow\s+come\b|\bfor\s+what\s+(?:reason|purpose)\b|"
                       r"\b(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:reasons?|rationale|purpose|motive|"
                       r"motivation)\b", re.IGNORECASE)
# asked what someone else thinks: "does Moscow think", "did she consider", "what does he see as", "Biden's view of",
# "their position on"
# (not "What do I need to consider ...", nor a view that is seen: "the responsive view")
_OPINION_NOUN = r"(?:view|views|opinion|opinions|position|stance|attitude|assessment|verdict)"
_ASKS_OPINION = re.compile(r"\b(?:does|do|did)\s+(?!(?:i|we|you)\b)(?:\w+['’]?\s+){1,4}?(?:think|feel|believe|"
                           r"consider|judge|view|regard|assess|make\s+of|see\s+(?:\w+\s+){0,4}?as)\b|\bthink\s+of\b|"
                           rf"\b{_OPINION_NOUN}\s+(?:of|on|about|regarding|towards?)\b|['’]s?\s+{_OPINION_NOUN}\b",
                           re.IGNORECASE)
# asked what someone will do, plans, has decided or proposes: "will Russia put", "is Russia proposing", "what has
# Moscow decided", "what would the US do"
_ASKS_INTENT = re.compile(r"\b(?:will|would|going\s+to|plans?\s+to|planning|intends?|decided?|propos(?:e|es|ing)|"
                          r"suggest(?:s|ing)?|respond|do\s+about)\b", re.IGNORECASE)
# a reason said without the cues above: "since" opening a clause in the present ("since it pertains to
# diplomatic exchanges"; not "since April", "since it was built", nor "since I've started"), a consequence after a
# comma whose clause before it is the reason ("We do not engage in this practice, so we are introducing parity"; not
# "Okay, so ..."), "given that", "in response to", "in light of", "as a result of", "on the grounds that", "all the
# more so" (not "thanks to": a means as often as a reason; not "for obvious reasons", which names none)
_SUBJECT = r"(?:it|they|we|he|she|I|you|there|this|that|these|those|some|many|most|our|their|his|her|its|people)"
_FINITE = (r"(?:is|are|isn['’]t|aren['’]t|['’]s|['’]re|can|cannot|can['’]t|will|won['’]t|does|"
           r"doesn['’]t|do|don['’]t|must|would|wouldn['’]t|should|could|need|needs|pertains?|means?|"
           r"seems?|knows?|wants?)")
_REASON_OTHERWISE = re.compile(
    rf"\bsince\s+{_SUBJECT}\b(?:\s+[\w'’-]+){{0,3}}?\s*{_FINITE}\b|"
    r"\bsince\s+(?:it|he|she|this|that)\s+\w+s\b|"
    rf"(?<!\bokay)(?<!\bwell)(?<!\banyway),\s+(?:and\s+)?so\s+(?!that\b|['’])(?:{_SUBJECT}|the)\b"
    rf"(?:\s+[\w'’-]+){{0,3}}?\s*(?:{_FINITE}|have\s+to|had\s+to|decided)\b|"
    r"\bgiven\s+that\b|\bin\s+(?:response|reply|retaliation)\s+to\b|\bin\s+light\s+of\b|"
    r"\bas\s+a\s+(?:result|consequence)\s+of\b|\bon\s+the\s+grounds\s+that\b|"
    r"\ball\s+the\s+more\s+so\b", re.IGNORECASE)
_KIND_SAID = {
    # a reason or a purpose: "because", "so that" (not "so that's ..."), "in order to", "so as to", "with a view to",
    # "the reason/rationale", "due to", "that's why", "to allow/ensure/avoid ...", "is intended/designed/meant to"
    "reason": re.compile(
        r"\b(?:because|cause|so\s+that\b(?!['’])|in\s+order\s+(?:to|that|for)|so\s+as\s+(?:not\s+)?to|"
        r"with\s+(?:a|the)\s+(?:view|aim|goal|purpose|intention)\s+(?:to|of)|in\s+an\s+(?:effort|attempt)\s+to|"
        r"for\s+the\s+(?:sake|purpose)\s+of|the\s+(?:reason|rationale|purpose)\b|"
        r"(?:intended|designed|meant|aimed|aiming)\s+(?:to|at)\b|"
        r"reasons?\s+(?:is|are|was|were|why)\b|due\s+to|owing\s+to|(?:that|this|which)(?:['’]s|\s+is)\s+why|"
        r"to\s+(?:allow|make\s+sure|avoid|prevent|ensure)\b)", re.IGNORECASE),
    # a view voiced by the speaker: "I think", "we firmly believe", "in our view", "our position"
    "opinion": re.compile(
        r"\b(?:I|we)\s+(?:\w+\s+)?(?:believe|think|consider|feel|regard|am\s+convinced|are\s+convinced)\b|"
        r"\bin\s+(?:my|our)\s+(?:view|opinion)\b|\b(?:our|my)\s+position\b", re.IGNORECASE),
    # the speaker's own intent or decision: "we will", "I'll", "we are going to", "we have decided", "we propose"
    "intent": re.compile(
        r"\b(?:we|I)(?:['’]ll|\s+(?:will|shall|are\s+going\s+to|am\s+going\s+to|have\s+decided|decided|propose|"
        r"suggest|intend|plan\s+to|are\s+(?:planning|proposing|studying|initiating|introducing)))\b", re.IGNORECASE),
}
# a number asked for in other words than "how many" / "how much" (answer_type's): "how often", "what share", "what
# performance score", "at what age", "what number of"
_QUANTITY_NOUN = (r"(?:number|numbers|size|share|percentage|proportion|rate|score|limit|headcount|figure|total|"
                  r"amount|count|cap|ceiling|scale|price|cost|age|distance|radius|value|threshold)")
_ASKS_QUANTITY = re.compile(r"\bhow\s+(?:often|long|far|big|large|fast|old|high)\b|"
                            rf"\bwhat\s+(?:\w+\s+){{0,3}}?{_QUANTITY_NOUN}\b", re.IGNORECASE)
# a direct question in unpunctuated captions (`asks`): a question word (or two: "why or when") and a verb that opens
# a question right after it
_DIRECT_QUESTION = re.compile(
    r"\b(?:why|how|what|when|where|which|who)(?:\s+or\s+(?:why|how|what|when|where|which|who))?"
    r"(?:'s\b|\s+(?:do|does|did|is|are|was|were|can|could|would|should|will|have|has)\s+"
    r"(?:we|you|i|they|it|this|that|these|those|the|a|an|he|she|there)\b)", re.IGNORECASE)
_MEASURE = re.compile(
    r"\$\s?\d|\b\d[\d,.]*\s?(?:%|(?:percent|per\s+cent|(?:milli|micro|nano)?seconds?|ms|minutes?|hours?|days?|weeks?|"
    r"months?|years?|marks?|points?|acres?|miles?|feet|foot|inches|km|kilomet(?:er|re)s?|met(?:er|re)s?|dollars?|"
    r"degrees?|pixels?|px|kb|mb|gb|fps|mph|times|x|million|billion|trillion)\b)", re.IGNORECASE)
_HOW_MANY_OR_MUCH = re.compile(r"\bhow\s+(?:many|much)\b", re.IGNORECASE)
# a terse query whose head is a quantity noun before "of", at its opening or after a dash, after at most three words
# that are no question word, auxiliary or preposition ("NIS share of serbian state revenue in 2020", "ruble bonds -
# share of foreign investors"; not "Has the US ... on the size of ...": `QUANTITY_HEAD`)
_NOT_HEAD = (r"(?:what|which|who|whom|whose|how|why|when|where|is|are|was|were|do|does|did|has|have|had|will|would|"
             r"can|could|on|in|at|for|about|of|by|with)")
_QUANTITY_HEAD = re.compile(rf"(?:^|[-–—:]\s)\W*(?:(?!{_NOT_HEAD}\b)[\w’'-]+\s+){{0,3}}?{_QUANTITY_NOUN}\s+of\b",
                            re.IGNORECASE)
_ASKS_DEGREE = re.compile(
    r"\bhow\s+(?:common|rare|usual|unusual|typical|frequent|widespread|prevalent|sure|confident|certain|likely|"
    r"hard|difficult|easy|simple|complicated|complex|obvious|important|vital|crucial|critical|necessary|urgent|"
    r"serious(?:ly)?|severe|bad(?:ly)?|good|well|stable|successful|effective|useful|significant|popular|reliable|"
    r"accurate|worried|concerned|optimistic|committed|strong(?:ly)?|dangerous|risky|real|realistic|true|different|"
    r"similar|happy|satisfied|willing|ready|clear|tough)\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|"
    r"could|should|'s)\b", re.IGNORECASE)
_SAYS_DEGREE = re.compile(
    r"\b(?:fairly|very|quite|rather|pretty|extremely|highly|incredibly|too|completely|totally|hardly|barely|"
    r"absolutely|particularly|especially|relatively|somewhat|slightly|remarkably|utterly|entirely|perfectly)\s+[a-z]|"
    r"\bat\s+all\b", re.IGNORECASE)
_ASKS_PLACE = re.compile(r"(?:^|[-–—:,]\s+)\W*where\b", re.IGNORECASE)
_WHERE_SAID = re.compile(r"\bwhere\s+(?:\w+\s+){0,3}?(?:say|says|said|mention|mentions|mentioned|talk|talks|talked|"
                         r"discuss|discusses|discussed)\b", re.IGNORECASE)
_PLACE_NOUN = re.compile(r"\b(?:country|countries|city|cities|capital|capitals|county|counties|region|regions|town|"
                         r"towns|village|villages|centers?|centres?|headquarters|embassy|embassies|consulates?|base|"
                         r"bases|island|islands|province|provinces|continent|valley|forests?|sites?|venue|venues|"
                         r"room|rooms|building|buildings|shelters?|forums?)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?i:in|at|to|from|near|inside|outside|across|throughout)\s+(?:the\s+)?([A-Z][\w’'-]*)")
_AUXILIARY = r"(?:is|are|was|were|do|does|did|should|would|will|can|could|has|have|had|must|may|might)"
_WHICH_NOUN = re.compile(rf"\bwhich\s+((?:(?!(?:of|{_AUXILIARY})\b)[a-z][\w’'-]*\s+){{1,3}}?){_AUXILIARY}\b",
                         re.IGNORECASE)
_TOKEN = re.compile(r"[\w’'+.-]*\w")
# a question that asks what something is called or named (`asks_name`)
_ASKS_NAME = re.compile(
    r"\bwhat(?:['’]s|\s+(?:is|are|was|were))\s+(?:the\s+)?names?\b|\bwhat\s+(?:other\s+)?names?\b|"
    r"\bunder\s+(?:the\s+|what\s+)?names?\b|"
    r"\bwhat\s+(?:do|does|did|would|will|should|can)\s+(?:[\w'’.+-]+\s+){0,5}?(?<!the\s)(?<!this\s)(?<!that\s)"
    r"(?<!press\s)(?<!phone\s)(?:[\w'’.+-]+\s+)(?:call|name|dub|term|go\s+by)\b"
    r"(?!\s+(?:for|on|upon|in|out|off|back|up|stands?|say|says|said|mention|mentions|cover|covers|discuss|talk|"
    r"address|announce|reveal|include|focus|ask|asks|note|claim|start|end|begin)\b)|"
    r"\bwhat\s+(?:is|are|was|were)\s+(?:it|this|that|they|these|those)\s+called\b|"
    r"\b(?:what|which)\b[^?]*\b(?:called|named|termed|dubbed|known\s+(?:as|by))\s*(?:in\s+\w+|today|now|"
    r"these\s+days)?\s*\??\s*$", re.IGNORECASE)
# a unit that gives a name (`gives_name`)
_GIVES_NAME = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|it)|['’]s|['’]re)\s+(?:(?:usually|often|also|now|commonly|sometimes|"
    r"simply|just|then)\s+)?(?:called|named|known\s+(?:as|by)|termed|dubbed|titled)\b|"
    r"\b(?:called|named)\s+(?:the\s+)?[A-Z“\"‘'0-9]|\bso-called\b|\bwhose\s+name\s+is\b|\bname\s+(?:is|was)\b|"
    r"\bname\s+(?:it|them|this|that)\b|\bknown\s+(?:as|by)\b|\btitled\b|"
    r"\b(?:I|we|they|you|people|he|she)\s+(?:(?:would|usually|just|now|often|will|might|could)\s+)?call\b"
    r"(?!\s+(?:for|on|upon|in|out|off|back|up)\b)|"
    r"\bwhat\s+(?:I|we|they|you|people)\s*(?:['’]m|['’]re|am|are)?\s+(?:now\s+)?call(?:ing)?\b|"
    r"\b(?:let['’]s|let\s+us)\s+call\b|\bcall(?:ed)?\s+(?:it|them|this|that|these|those)\s+(?!back\b|up\b|off\b)\w")
# "the name of (the) NOUN" (`named_noun`) and the words that end the noun's phrase
_NAME_OF = re.compile(r"\bname\s+of\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_CLAUSE_WORDS = frozenset("the a an that which who whose whom where when he she they it we you i his her their its "
                          "to in on for of by with from at behind about as into under over is are was were do does "
                          "did will would can could has have had should must may might".split())
_NAME_AFTER = re.compile(r"\d[\w.,-]*|[A-Z][\w’'+-]*")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'+-]*")
_EDITORIAL = re.compile(r"\\?\[[^\]]*\\?\]")  # a bracket the transcriber added: "[laughs]", "\\[20:10\\]" (`spoken`)
# a unit that closes the speaker's part (`closes`): "turn it (now) over", "hand it over", "leave it at that", "stop
# there", an opening "(And,) with that,", a whole unit "That's it." / "That's all."
_CLOSING = re.compile(
    r"\b(?:turn|hand|pass)\s+(?:(?:it|this|things)\s+(?:now\s+|back\s+)?over|over\s+to)\b"
    r"|\bleave\s+it\s+(?:at\s+that|there)\b|\b(?:stop|end)\s+there\b"
    r"|^\W*(?:and\s*,?\s+)?with\s+that\s*,|^\W*that['’]s\s+(?:it|all)\W*$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’$-]+")  # a word of a question, for `question_rest`
# a word that points back to what was said before ("We have already responded positively to it.", "This practice is
# fairly widespread", "The Russians have not responded to that")
_ENDS_SENTENCE = re.compile(r"[.?!…][\"'”’)\]]*\s*$")  # a unit's end that closes its sentence
_OTHERS_VIEW = re.compile(r"\b(?:our|my)\s+(?:[\w’'-]+\s+){1,2}?(?:believe|believes|think|thinks|consider|considers|"
                          r"feel|feels|are\s+convinced|is\s+convinced)\b", re.IGNORECASE)  # `others_view`
_FIRST_PERSON = re.compile(r"\s*(?:(?:and|but|so|now|yes|no|well)\b[,\s]+)?(?:we|i)\b", re.IGNORECASE)  # `replies`
# a unit that opens by turning against what came before it (`turns_against`)
_TURNS_AGAINST = re.compile(r"\W*(?:(?:and|so)\W+)?(?:(?:but|however|yet|though|although|nonetheless|nevertheless"
                            r"|that\s+said|even\s+so)\b|still\s*,)", re.IGNORECASE)
_NEGATES = re.compile(r"\b(?:not|never|no|nothing|none|nobody|neither|nor|cannot)\b|n[’']t\b", re.IGNORECASE)
_PROSPECTS = re.compile(r"\b(?:will|shall|going\s+to|about\s+to|soon)\b|\w['’]ll\b|"
                        r"\b(?:scheduled|expected|due|set)\s+(?:for|to)\b|\b(?:we|I)\s+(?:\w+\s+)?expect\b|"
                        r"\bclose\s+to\s+\w+ing\b|\bnext\s+(?:year|month|week|season)\b|"
                        r"\b(?:in|for)\s+the\s+(?:coming|next)\s+\w+|\bto\s+come\b", re.IGNORECASE)
_ASKS_AHEAD = re.compile(r"\b(?:will|going\s+to|plans?\s+to|planning|about\s+to|soon|next|yet)\b", re.IGNORECASE)
_REPLIES = re.compile(r"\W*(?:\*\*[^*]{1,60}:\*\*\s*)?(?:no|yes|absolutely|of\s+course|certainly|not\s+at\s+all)\b",
                      re.IGNORECASE)
_REFERS_BACK = re.compile(r"\b(?:it|its|this|that|these|those|they|them|their|such)\b", re.IGNORECASE)
# a unit whose first word (after "and", "but", "so", "now") points back to what the unit before said: "This practice
# is ...", "In this way, they ...", "Its co-chairs ...", "Those efforts ...", "They will be ..." (`adds_asked`); not
# "that", which opens as many clauses ("That said, ...") as it points back
_OPENS_BACK = re.compile(r"\W*(?:(?:and|but|so|now)\W+)?(?:in\s+this\s+way\b|(?:this|these|those|it|its|they|their|"
                         r"such)\b)", re.IGNORECASE)
# a unit that opens with "That's" / "That is" / "That was" (after "and", "but", "so", "now"): it points back to the
# unit before it ("That's the reason I mention it."), where "that" alone opens as many clauses (`neighbour_after`)
_OPENS_THAT_IS = re.compile(r"\W*(?:(?:and|but|so|now)\W+)?that(?:[’']s|\s+is|\s+was)\b", re.IGNORECASE)
# a unit that opens by naming its topic, the way speakers turn to the next point: "As for ...", "Speaking about
# ...", "Regarding ...", "When it comes to ...", "On the question of ...", "There is much talk about ..."
_TOPIC_OPENING = re.compile(
    r"\W*(?:(?:and|but|now|so|well)\s*,?\s+)?(?:as\s+(?:for|to|regards)|speaking\s+(?:about|of)|regarding|"
    r"with\s+(?:regard|respect)\s+to|when\s+it\s+comes\s+to|in\s+terms\s+of|on\s+the\s+(?:question|issue|subject|"
    r"topic)\s+of|concerning|there\s+(?:is|was|has\s+been)\s+(?:much|a\s+lot\s+of)\s+talk)\b", re.IGNORECASE)


# the form of answer a question asks for, by its wording (`asked_form`, hl46). An explainer asks how something works
# or comes about, or why ("how does ... work", "what causes", "what makes", "by what means", "how would ... be
# settled"; not "how many / much / long / often", nor "how does X feel / see / rate / describe", a stance);
_STANCE_VERBS = (r"(?:feel|feels|felt|see|sees|saw|view|views|viewed|rate|rates|rated|judge|judges|judged|describe|"
                 r"describes|described|characteri[sz]e|characteri[sz]es|characteri[sz]ed|react|reacts|reacted|respond|"
                 r"responds|responded|regard|regards|regarded|think|thinks|thought|sum|sums|summed|call|calls|called|"
                 r"doing|going|faring|getting\s+on|coming\s+along|progressing)")  # "how is X doing": a state
_ASKS_EXPLAINER = re.compile(
    r"\bhow\s+(?!(?:many|much|long|often|far|old|big|large|soon|fast|high|sure|confident)\b)"
    r"(?:does|do|did|is|are|was|were|would|will|can|could|has|have|had)\s+"
    rf"(?!(?:[\w'’.-]+\s+){{0,4}}?{_STANCE_VERBS}\b)|"
    r"\bwhat\s+(?:causes|caused|makes|made|drives|drove|led\s+to|leads\s+to|lies\s+behind|is\s+behind|prompted|"
    r"prompts|pushed|pushes|motivated|motivates|triggered|sparked|"
    r"is\s+the\s+(?:point|idea|thinking|logic|mechanism)|was\s+the\s+(?:point|idea|thinking|logic))\b|"
    r"\b(?:by|through)\s+what\s+(?:means|mechanism|process|route)\b|\bin\s+what\s+way\b|\bexplain\b|"
    r"\bwhat\s+(?:[\w'’-]+\s+){0,3}?(?:aim|aims|purpose|point)\s+(?:to|of)\b|\baim\s+to\s+do\b",
    re.IGNORECASE)
# ... a jargon question asks what a term is or means ("what does X mean by T", "what is meant by T", "what does T
# stand for", "define T", "what is T" where `qa.define.defined_term` reads a term);
_ASKS_JARGON = re.compile(
    r"\bwhat\s+(?:does|do|did)\s+(?:[\w'’.-]+\s+){1,8}?(?:mean|stand\s+for|refer\s+to)\b|\bwhat\s+is\s+meant\s+by\b|"
    r"\bdefine\b|\bwhat\s+(?:'s|is|are)\s+(?:the\s+)?(?:meaning|definition)\s+of\b|\bfull\s+name\b",
    re.IGNORECASE)
# ... a procedural question asks what someone should or must do ("how do I", "what should you do", "what must X do",
# "what is X told / obliged to do", "what's the advice").
_ASKS_PROCEDURE = re.compile(
    r"\bhow\s+(?:do|can|should|would|could)\s+(?:i|you|we|one)\s+(?!(?:[\w'’.-]+\s+){0,2}?(?:feel|think)\b)|"
    r"\bhow\s+to\b|\bwhat\s+(?:should|must|shall|ought)\b|"
    r"\bwhat\s+(?:do|does|did|is|are|was|were)\s+(?:[\w'’.-]+\s+){1,6}?(?:have\s+to|need\s+to|has\s+to|got\s+to|"
    r"supposed\s+to|obliged\s+to|required\s+to|told\s+to|asked\s+to|advised\s+to|expected\s+to)\s+do\b|"
    r"\bwhat\s+(?:steps?|advice|tips?)\b|\b(?:advice|advise|recommend)\b|"
    # ... or what someone asks of others: "what does Russia ask of the EU", "what does X want Y to do"
    r"\bwhat\s+(?:do|does|did|will|would)\s+(?:[\w'’.-]+\s+){1,4}?(?:ask|want|urge|call\s+on)\s+"
    r"(?:of\b|(?:[\w'’.-]+\s+){1,4}?to\s+do\b)",
    re.IGNORECASE)


def asked_form(question: str) -> str | None:
    """The form of answer `question` asks for, read from its wording: "procedure" (what someone should or must do:
    `_ASKS_PROCEDURE`), "definition" (what a term is or means: `_ASKS_JARGON`, or a term `qa.define.defined_term`
    reads), "mechanism" (why, or how something works or comes about: a reason asked (`asked_kind`, `asks_reason`) or
    `_ASKS_EXPLAINER`), else None (a figure, a date, a name, a stance, a yes or no: the other cues' part). A question
    that opens with an auxiliary asks yes or no, whatever it embeds ("Does Russia know why ...?": "We are well aware
    of this." answers it, `reply_after`): None."""
    if _YES_NO.match(question):
        return None
    if _ASKS_PROCEDURE.search(question):
        return "procedure"
    if _ASKS_JARGON.search(question) or define.defined_term(question) is not None:
        return "definition"
    if _ASKS_WHY.search(question) or asks_reason(question) or _ASKS_EXPLAINER.search(question):
        return "mechanism"
    return None


# a unit that gives a mechanism: a reason's cues (`_KIND_SAID`, `_REASON_OTHERWISE`) or a means or a consequence
# ("by + -ing", "through the use of", "which means", "in this way", "thanks to", "as a result", "that's how")
_GIVES_MECHANISM = re.compile(
    r"\bby\s+(?:[\w'’-]+\s+)?[\w'’-]+ing\b|\bthrough\s+(?:the\s+)?(?:use|means|help)\s+of\b|"
    r"\b(?:which|that|this|it)\s+means\b|\bin\s+this\s+way\b|\bthanks\s+to\b|\bas\s+a\s+result\b|"
    r"\bthat['’]s\s+how\b|\bthe\s+(?:reason|idea|way)\b|\bbecause\b|\bso\s+that\b(?!['’])", re.IGNORECASE)
# a unit that says what something is: "X is called", "stands for", "means", "refers to", "I call it", "is the problem /
# idea / process that", "is a kind of"
_GIVES_DEFINITION = re.compile(
    r"(?:\b(?:is|are|was|were|be)|['’]s)\s+(?:called|known\s+as|named)\b|\bstands?\s+for\b|\bmeans?\b|\brefers?\s+to\b|"
    r"\b(?:I|we)\s+call\b|\bwhat\s+(?:I|we)\s+call\b|\bso-called\b|"
    r"\b(?:is|are)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:problem|idea|process|way|kind|sort|type|term|name|"
    r"practice|programme|program|mechanism|principle)\s+(?:that|of|where|which|in|for)\b", re.IGNORECASE)
# a unit that says what to do: "you should / need to / have to / must / 've got to", "we have to", "it is necessary
# to", "is required / obliged to", or that opens with an imperative after a discourse marker ("So write.", "Think of it
# as an algorithm", "Figure out ...")
_GIVES_PROCEDURE = re.compile(
    r"\b(?:you|we|they|one|i)\s+(?:(?:really|just|also|first|then|always)\s+)?(?:should|need\s+to|have\s+to|must|"
    r"['’]ve\s+got\s+to|ve\s+got\s+to|got\s+to|ought\s+to|had\s+better)\b|\b(?:it\s+is|it['’]s)\s+(?:necessary|"
    r"important|essential|crucial)\s+to\b|\b(?:is|are)\s+(?:required|obliged|expected)\s+to\b|"
    r"^\W*(?:(?:so|and|then|now|first|next|well)\W+){0,2}(?:write|think|decide|figure|make|take|use|try|start|check|"
    r"run|look|go|put|set|keep|avoid|don['’]t|do|read|ask|build|learn|remember|imagine|consider|evaluate|notify)\b|"
    # ... or asks it of others: "we call on our colleagues ... to put an end", "urges all companies to", "recommended
    # that Mr Sullivan travel"
    r"\b(?:call|calls|called|urge|urges|urged|ask|asks|asked|encourage|encourages|encouraged)\s+(?:on\s+)?"
    r"(?:\S+\s+){1,14}?to\s+(?!the\b|a\b|an\b|this\b|that\b|it\b|them\b)[a-z]+\b|\brecommend(?:s|ed)?\s+that\b",
    re.IGNORECASE)
_FORM_SAID = {"mechanism": _GIVES_MECHANISM, "definition": _GIVES_DEFINITION, "procedure": _GIVES_PROCEDURE}


def gives_form(form: str | None, texts: Sequence[str], term: str | None = None) -> np.ndarray:
    """1 for each unit of `texts` that gives the `form` of answer asked (`asked_form`): a mechanism or reason
    (`_GIVES_MECHANISM`, a reason's cues: `holds_kind`), a definition (`_GIVES_DEFINITION`, or `qa.define.defines` of
    the `term` asked about) or a procedure (`_GIVES_PROCEDURE`), else 0 (all 0 for None)."""
    pattern = _FORM_SAID.get(form or "")
    if pattern is None:
        return np.zeros(len(texts), np.float32)
    said = np.array([_searched(pattern, t) for t in texts], np.float32)
    if form == "mechanism":
        said = np.maximum(said, holds_kind("reason", texts))
    if form == "definition" and term:
        said = np.maximum(said, define.defines(term, texts))
    return said
