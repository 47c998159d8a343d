"""Questions typed the way new users type them (casual30, docs/retrieval.md "casual30"): chat words, acronyms and
names typed in lower case are read as the plain form would be, on the bundled press conference."""

from qa import conversation


def test_chat_words_are_written_out_and_abbreviations_with_dots_are_not():
    assert conversation.plain_wording("how many ppl work at the embassy rn") == \
        "How many people work at the embassy right now?"
    assert conversation.plain_wording("what r u asking about") == "What are you asking about?"
    assert conversation.plain_wording("what did the u.s. say about r&d") == "What did the u.s. say about r&d?"


def test_an_acronym_typed_in_lower_case_is_read_in_capitals(seed_qa):
    answer = seed_qa.ask("whats the deal with serbia and the csto")
    assert "CSTO" in answer.query
    assert answer.answerable


def test_a_word_no_transcript_nor_english_holds_is_read_as_a_name_in_a_lower_case_question(seed_qa):
    answer = seed_qa.ask("huawei - what did lavrov say")
    assert not answer.answerable
    assert "Huawei" in (answer.note or "")
    answer = seed_qa.ask("what did lavrov say about huawei")
    assert not answer.answerable


def test_a_long_slip_a_compound_and_gibberish_are_not_read_as_names(seed_qa):
    slip = seed_qa.ask("what is russia doing for serbias railway infrastrakture")  # two letters from "infrastructure"
    assert "Infrastrakture" not in slip.query and slip.answerable
    assert "Chatbot" not in seed_qa.ask("did lavrov mention a chatbot").query
    assert seed_qa.ask("plink wuzzle drabbet").query.rstrip("?") == "plink wuzzle drabbet"


def test_a_question_led_by_what_it_is_about_with_no_mark_is_read_with_a_dash_there():
    assert conversation.plain_wording("random forest lecture whats the max depth for the trees") == \
        "random forest lecture - what is the max depth for the trees"
    # not where a function word or a request leads ("the reason why", "tell me what"), nor with one word after it
    for typed in ("the reason why bagging helps", "tell me what lavrov said", "bagging regression prediction how",
                  "roughly how many staff are there", "within how many seconds should it load", "btw what is lcp"):
        assert conversation.plain_wording(typed) == typed
