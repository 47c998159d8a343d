"""People named in lower case (names32, docs/retrieval.md "names32"): an absent name that is an English word, read
as a name where it stands before a verb of speech ("what did frost say about it"), and a possessive before a noun of
what one person says ("jansa's statement") read as who speaks; on the bundled press conference."""

from qa import conversation
from qa.answerable import named_sources


def test_a_one_word_name_before_a_verb_of_speech_and_more_words_is_read_as_who_speaks():
    nowhere = lambda word: False  # noqa: E731 - a word test: no transcript holds any word
    # "carter say" stands before "about", which is no verb of speech: the one-word reading is the name
    assert conversation.speaker_words("what did carter say about the bakery algorithm", nowhere) == {"carter"}
    assert conversation.speaker_words("so what did bush say about the sanctions", nowhere) == {"bush"}
    # the two-word reading first, where it stands before a verb of speech
    assert conversation.speaker_words("what did andrew ng say about it", nowhere) == {"andrew", "ng"}
    # not a function word, nor a verb that is no speech after either reading
    assert conversation.speaker_words("what did he say about the sanctions", nowhere) == set()
    assert conversation.speaker_words("how much did bend get for the fires", nowhere) == set()
    # ... nor a chat abbreviation of fewer than four letters
    assert conversation.speaker_words("why do ppl say its so hard", nowhere) == set()


def test_a_possessive_before_a_noun_of_what_one_says_names_the_source():
    assert named_sources("Polis's remarks at the wildfire meeting")[0] == ["Polis"]
    assert named_sources("Sisolak's own words on the drought")[0] == ["Sisolak"]
    assert named_sources("What were Jared Polis's remarks?")[0] == ["Jared Polis"]
    # not a country's position, which it holds without speaking, nor a lower-case noun's
    assert named_sources("What is Japan's position on the strait?")[0] == []
    assert named_sources("the lecture's words on bagging")[0] == []
    assert named_sources("Foreign Ministry's statement on Kosovo")[0] == []
    # ... nor where the words are what is asked about, not what is asked for
    assert named_sources("Are Kurti's remarks about a Greater Albania acceptable to Moscow?")[0] == []
    assert named_sources("Matsuyama's own comments on his green jacket")[0] == ["Matsuyama"]


def test_absent_english_word_names_and_silent_possessives_are_declined_and_speakers_answered(seed_qa):
    frost = seed_qa.ask("what did frost say about the greater albania idea")
    assert not frost.answerable and "Frost" in (frost.note or "")
    jansa = seed_qa.ask("jansa's statement on yugoslavia")
    assert not jansa.answerable and "Jansa" in (jansa.note or "")
    assert seed_qa.ask("what did lavrov say about the greater albania idea").answerable
    assert seed_qa.ask("lavrov's comments on greater albania").answerable
