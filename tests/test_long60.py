"""long60: in a longer chat, a place joined on ("and Poland?") after "What did Lavrov say in response?" is held by a
passage that says the place with another form of a word the conversation asked ("respond"), and is answered
(qa.conversation.SWAPPED_FAMILY_PREFIX, `of_a_family`; docs/retrieval.md, "long60"). Over the eight shared
transcripts in one index (conftest's `eight_qa`), as the lead's trial met it."""
from qa import conversation
from qa.conversation import of_a_family

CHAT = ["Why did the US sanction Russia?", "when do the bond rules kick in?", "what did Lavrov say in response?"]
POLAND = "Poland also announced the expulsion of our diplomats."


def test_a_word_family_is_one_topic_word():
    assert of_a_family(frozenset({"respons"}), frozenset({"respond", "accord"}))
    assert of_a_family(frozenset({"bond"}), frozenset({"bond"}))
    assert not of_a_family(frozenset({"bond", "kick"}), frozenset({"bonus", "kicker"}))  # shorter than the prefix


def test_a_family_prefix_of_zero_reads_stems_alike_only(monkeypatch):
    monkeypatch.setattr(conversation, "SWAPPED_FAMILY_PREFIX", 0)
    assert not of_a_family(frozenset({"respons"}), frozenset({"respond"}))


def test_a_place_joined_on_after_four_turns_is_answered_from_the_latest_topic(eight_qa):
    answer = eight_qa.ask("and Poland?", history=CHAT)
    assert answer.answerable, answer.note
    assert answer.history_used
    assert POLAND in answer.citations[0].text


def test_without_the_family_the_place_is_declined(eight_qa, monkeypatch):
    monkeypatch.setattr(conversation, "SWAPPED_FAMILY_PREFIX", 0)
    answer = eight_qa.ask("and Poland?", history=CHAT)
    assert not answer.answerable
    assert "Poland does not come up" in answer.note


def test_a_place_never_said_stays_declined_after_the_chain(eight_qa):
    assert not eight_qa.ask("and Montenegro?", history=CHAT).answerable
