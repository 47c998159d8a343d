"""long61: in a longer chat, a follow-up that joins on with a topic of its own after a chain of follow-ups ("and
Poland?" after Lavrov's response measures, "the last one" and the summit) is searched with the question that set the
conversation's topic, not with the latest two turns, whose words pull it to their own answers
(qa.conversation.JOINED_ROOT, `joined_root`; docs/retrieval.md, "long61"). Over the eight shared transcripts in one
index (conftest's `eight_qa`), as dev's conv-dev-1808 and conv-dev-5734 ask. Shipped off (its confirm batch did not
gain, and it cost a Hit@1 there): each test of the search turns it on."""
from qa import conversation
from qa.conversation import joined_root

KNOWN = lambda word: True  # noqa: E731  every word a word: no turn is gibberish

LAVROV = ["what response measures did lavrov announce against the us", "and the last one?",
          "did he say anything about the summit"]
POLAND = "Poland also announced the expulsion of our diplomats."
BROWN = ["What did Governor Brown say about the heat in Oregon?", "how hot did it get?"]
FIRES = "Last year, we had more than 2,000 fires that burned over a million acres."


def test_a_join_with_a_topic_of_its_own_after_a_chain_reads_the_root():
    assert joined_root("and poland?", LAVROV, KNOWN) == LAVROV[0]
    assert joined_root("and last year's fires?", BROWN, KNOWN) == BROWN[0]


def test_no_root_without_a_chain_a_word_of_its_own_or_with_a_pronoun():
    assert joined_root("and poland?", LAVROV[:1], KNOWN) is None  # one earlier question: no chain
    assert joined_root("and poland?", ["What did Lavrov say?", "What did Biden announce?"], KNOWN) is None  # stands
    assert joined_root("and the summit?", LAVROV, KNOWN) is None  # the chain said it
    assert joined_root("and what did he say of it?", LAVROV, KNOWN) is None  # it points back


def test_an_earlier_join_with_a_topic_of_its_own_is_the_level_joined_on():
    chain = ["Who did the US blame for the SolarWinds hack?", "how sure are they?",
             "and which companies got sanctioned for helping it?"]
    assert joined_root("what about Crimea?", chain, KNOWN) == chain[-1]


def test_the_place_joined_on_after_the_chain_is_cited_first(eight_qa, monkeypatch):
    monkeypatch.setattr(conversation, "JOINED_ROOT", True)
    answer = eight_qa.ask("and poland?", history=LAVROV)
    assert answer.answerable, answer.note
    assert answer.history_used
    assert POLAND in answer.citations[0].text


def test_off_as_shipped_the_chain_pulls_it_off(eight_qa):
    assert not conversation.JOINED_ROOT
    answer = eight_qa.ask("and poland?", history=LAVROV)
    assert not any(POLAND in c.text for c in answer.citations[:3])


def test_last_years_fires_after_the_heat_are_among_the_first(eight_qa, monkeypatch):
    monkeypatch.setattr(conversation, "JOINED_ROOT", True)
    cited = [c.text for c in eight_qa.ask("and last year's fires?", history=BROWN).citations[:3]]
    assert any(FIRES in " ".join(t.split()) for t in cited)
    monkeypatch.setattr(conversation, "JOINED_ROOT", False)
    cited = [c.text for c in eight_qa.ask("and last year's fires?", history=BROWN).citations[:3]]
    assert not any(FIRES in " ".join(t.split()) for t in cited)
