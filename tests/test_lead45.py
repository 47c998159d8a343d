"""lead45 (docs/retrieval.md "lead45"): a noun phrase right before "he" or "she" heads the clause the pronoun opens
("give me an example he uses"), so it is no referent of the pronoun and the follow-up is searched with its history
(`conversation.RELATIVE_HEAD`). Over the eight shared transcripts in one index, as dev's conversations are asked."""

from qa import conversation

AGENTIC = "agentic-ai-explained-youtube-captions.vtt"
HISTORY = ["What's the simplest definition of agentic AI the YouTube guy gives?"]


def test_a_pronoun_after_a_noun_it_opens_a_clause_for_points_back():
    reason = conversation.dependence("give me an example he uses", lambda word: True)
    assert reason == "'he' has nothing to point to in the question"


def test_a_name_before_says_who_the_pronoun_is():
    assert conversation.dependence("What is the book Lamport says he is writing?", lambda word: True) is None


def test_the_follow_up_is_searched_with_its_history_and_cites_the_video(eight_qa):
    answer = eight_qa.ask("give me an example he uses", history=HISTORY, k=3)
    assert answer.history_used
    assert answer.citations[0].transcript == AGENTIC
