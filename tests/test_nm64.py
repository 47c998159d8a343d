"""nm64: the time check of a question asked alone (`qa.answerable.time_unsaid`, nm57) does not count a time of the
other side of now (`TIME_TENSE_AGREES`: "last week" for "When will ...?", "next year" for "When did ...?") nor a unit
of time said bare (`TIME_UNITS_AS_POINTS`: "$13 an hour", "a 10-year ban", "over the years"); and the verb reading
that was measured and left off (`TIME_VERB_SENTENCE`: the time said in a sentence with the verb asked,
`asked_verb`). The passages are the shared transcripts' own sentences."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import TIME_NOTE, asked_verb, other_tense_times, time_unsaid


def _cited(text: str, highlight: str | None = None) -> tuple[str, int, int]:
    highlight = highlight or text
    start = text.index(highlight)
    return text, start, start + len(highlight)


# the wildfires meeting (dev-un-5511's first passage; dev-un-1855's and dev-un-5016's, the Suga press conference's and
# the wildfires meeting's)
PAY = ("They — I mean, the idea these folks are running into — anyway, we should pay them.  Last week, I learned that "
       "some of our federal firefighters are being paid less than $13 an hour.  Come on, man.")
BAN = ("I’m the only one ever to have passed an assault weapons ban.  I’m the only one that ever got a 10-year ban on "
       "assault weapons and clips of more than 10 bullets.")
GUARD = ("The federal government is also offering funding, when governors request it, to train and equip National Guard "
         "members so they have a — they’re ready to provide a surge of firefighting capacity.  You know, one of the "
         "things I learned over the years, being so deeply involved with the firefighters, is the only thing that saves "
         "a firefighter’s life is another firefighter.")
SUMMIT = ("Next week, I’ll be hosting the Climate Leaders Summit — which Prime Minister Suga also plans to attend, "
          "thankfully — to rally key nations of the world to making ambitious climate commitments.")
HEAT = "We were 123 down in Palm Springs two days ago; 111 just 48 hours ago."
CLOCK = ("You don't need it when you're just looking at a single system. So if I'm only going to be looking at an "
         "hour/minute clock, I don't have to worry about adding steps where the minute doesn't change.")


def _off(monkeypatch) -> None:
    monkeypatch.setattr(answerable, "TIME_TENSE_AGREES", False)
    monkeypatch.setattr(answerable, "TIME_UNITS_AS_POINTS", False)


def test_a_time_of_the_other_side_of_now_does_not_answer(monkeypatch):
    monkeypatch.setattr(answerable, "TIME_UNITS_AS_POINTS", True)  # off as shipped; "an hour" a rate
    asked = "When will the new federal firefighter pay of $15 an hour start?"  # dev-un-5511
    assert other_tense_times(asked) is answerable._PAST_TIME
    assert time_unsaid(asked, [_cited(PAY)])  # "Last week" is past, "an hour" a rate
    # the same passage answers the past ("When did Biden learn ...?", dev-nm63's A)
    assert not time_unsaid("When did Biden learn that some federal firefighters were paid under $13 an hour?",
                           [_cited(PAY)])
    # a summit "next week" does not say when one was held; it says when one will be
    assert time_unsaid("When did Biden host the Climate Leaders Summit?", [_cited(SUMMIT)])
    assert not time_unsaid("When will Biden host the Climate Leaders Summit?", [_cited(SUMMIT)])
    _off(monkeypatch)
    assert not time_unsaid(asked, [_cited(PAY)])  # off: main's reading
    assert not time_unsaid("When did Biden host the Climate Leaders Summit?", [_cited(SUMMIT)])


def test_the_tense_is_read_from_the_form_only():
    assert other_tense_times("When did Lamport win the Turing Award?") is answerable._FUTURE_TIME
    assert other_tense_times("When is Sputnik V production in Belgrade supposed to start?") is answerable._PAST_TIME
    assert other_tense_times("When is the Glasgow summit?") is None  # "is": either side
    assert other_tense_times("When has Oregon had disaster declarations?") is None


def test_a_unit_of_time_said_bare_is_no_time(monkeypatch):
    monkeypatch.setattr(answerable, "TIME_UNITS_AS_POINTS", True)  # off as shipped: its reading, turned on
    assert time_unsaid("When did Biden get the ten-year ban on assault weapons passed?", [_cited(BAN)])  # dev-un-1855
    assert time_unsaid("When will the National Guard members finish their firefighting training?",
                       [_cited(GUARD)])  # dev-un-5016: "over the years"
    # a unit that makes a point or a span, and "ago", are read as before
    assert not time_unsaid("When was it 123 degrees in Palm Springs?", [_cited(HEAT)])
    # a "when" of no particular time is answered by a condition, in bare units too (dev-reg50-021)
    assert not time_unsaid("When is it unnecessary to add steps where the minute doesn't change?", [_cited(CLOCK)])
    _off(monkeypatch)
    assert not time_unsaid("When did Biden get the ten-year ban on assault weapons passed?", [_cited(BAN)])


@pytest.mark.parametrize("question, verb", [
    ("When will Sonoma County receive the grant money?", "receive"),
    ("When was the FMAG for Klamath County approved?", "approved"),
    ("When will Moscow publish its own list of eight Washington officials?", "publish"),
    ("In what year did Lamport begin programming?", "begin"),
    ("What did Lavrov say?", None),
])
def test_the_asked_verb_is_read_by_position(question, verb):
    assert asked_verb(question) == verb


def test_the_verb_reading_is_off_and_declines_a_paraphrase_when_on(monkeypatch):
    # seed-3864: "we will issue" for "publish": the reason the verb reading is left off
    text = ("Literally right after the news conference, we will issue the Foreign Ministry’s statement on measures "
            "that were approved by President of Russia Vladimir Putin.")
    question = "When will the Foreign Ministry publish the measures Putin approved?"
    assert not answerable.TIME_VERB_SENTENCE
    assert not time_unsaid(question, [_cited(text)])
    monkeypatch.setattr(answerable, "TIME_VERB_SENTENCE", True)
    assert time_unsaid(question, [_cited(text)])


def test_over_the_wildfires_meeting_a_past_time_for_a_future_question_is_declined(wildfires_qa, monkeypatch):
    monkeypatch.setattr(answerable, "TIME_UNITS_AS_POINTS", True)  # off as shipped; "an hour" a rate
    question = "When will the new federal firefighter pay of $15 an hour start?"  # dev-un-5511
    answer = wildfires_qa.ask(question)
    assert not answer.answerable and answer.note == TIME_NOTE
    assert wildfires_qa.ask("When was it 123 degrees in Palm Springs?").answerable  # dev-nm64-014
    _off(monkeypatch)
    assert wildfires_qa.ask(question).answerable
