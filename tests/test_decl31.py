"""Declines of questions typed as new users type them (decl31, docs/retrieval.md "decl31"): a lower-case name read
by where it stands, a request to make something up, and a request's or heading's topic that no section holds; on
the bundled press conference."""

from qa import conversation
from qa.answerable import composes, request_topic


def test_the_words_where_a_question_names_who_speaks_are_read_as_a_name_where_one_is_in_no_transcript():
    nowhere = lambda word: False  # noqa: E731 - a word test: no transcript holds any word
    everywhere = lambda word: True  # noqa: E731
    assert conversation.speaker_words("what did andrew ng say in the video", nowhere) == {"andrew", "ng"}
    assert conversation.speaker_words("janet yellen's comments during the briefing", nowhere) == {"janet", "yellen"}
    assert conversation.speaker_words("what were jared polis's remarks", nowhere) == {"jared", "polis"}
    # not where the transcripts hold every word, nor a noun for people, a title or a verb that is no speech
    assert conversation.speaker_words("what did andrew ng say", everywhere) == set()
    assert conversation.speaker_words("what did the officials say", nowhere) == set()
    assert conversation.speaker_words("what did western governors say", nowhere) == set()
    assert conversation.speaker_words("did bagged trees do better", nowhere) == set()
    assert conversation.names_cased("what did andrew ng say", lambda w: False, present=nowhere) == \
        "what did Andrew Ng say"


def test_a_lower_case_name_of_someone_the_transcript_never_names_is_declined(seed_qa):
    answer = seed_qa.ask("maria zakharova's comments at the news conference")
    assert not answer.answerable
    assert "Zakharova" in (answer.note or "")
    assert "Zakharova's" not in (answer.note or "")  # the note names her, not her possessive
    # ... nor the bare apostrophe of a name in s
    note = seed_qa.ask("Jones' comments on the sanctions").note or ""
    assert "Nobody named Jones speaks" in note and "Jones'" not in note
    # ... and one it names is answered
    assert seed_qa.ask("sergey lavrov's remarks on making sputnik v in belgrade").answerable


def test_a_request_to_make_something_up_is_read_and_declined(seed_qa):
    assert composes("write me a poem about clouds") == "poem"
    assert composes("Tell me a joke.") == "joke"
    assert composes("can you write a short story about belgrade") == "story"
    assert composes("give me some recipes for bread") == "recipe"
    # not what someone told, nor a request for what the transcripts say
    assert composes("tell me a story lamport told") is None
    assert composes("write me a summary of the talks") is None
    assert composes("What joke did Lavrov make?") is None
    answer = seed_qa.ask("write me a poem about belgrade")
    assert not answer.answerable
    assert "poem" in (answer.note or "")


def test_the_topic_of_a_request_or_a_heading_is_read():
    assert request_topic("whats the outlook for bitcoin") == "bitcoin"
    assert request_topic("any tips on deploying with kubernetes") == "deploying with kubernetes"
    assert request_topic("super bowl predictions anyone") == "super bowl"
    assert request_topic("What position was expressed on abortion rights?") == "abortion rights"
    assert request_topic("medicare - what's the plan") == "medicare"
    # not a question before its dash, a lead-in, a recording named as a heading, nor a plain question
    assert request_topic("what did lavrov say - kosovo") is None
    assert request_topic("new topic - the lava fire") is None
    assert request_topic("the wildfire meeting - what did newsom say") is None
    assert request_topic("How does a bagged ensemble make a prediction for a regression problem?") is None


def test_a_heading_whose_topic_the_transcript_never_holds_is_declined_and_one_it_holds_answered(seed_qa):
    answer = seed_qa.ask("eurovision - did lavrov say anything")
    assert not answer.answerable
    assert seed_qa.ask("greater albania - lavrov's view").answerable
