"""What the reporter asked, in the other words users ask it (session s33, helper seed39; docs/retrieval.md "What the
reporter asked, in other words"): such a question is answered by the asking turn of a press conference."""

import pytest

from qa.cite import about_asking
from tests.conftest import SEED


@pytest.mark.parametrize("question, asking", [
    ("antonov - what did the journalist want to know", True),
    ("What was the final question put to Lavrov at the press conference?", True),
    ("Did a reporter ask about human rights in Xinjiang?", True),
    ("What did Ushakov lay out, according to the reporter's question?", True),
    ("What legislative progress did the reporter say has to wait while Biden pursues infrastructure?", True),
    ("What does Lavrov want to know about the US measures?", False),
    ("Did Lavrov ask the Americans to cut their staff?", False),
    ("What did Lavrov say about the question of Kosovo's status?", False),
    ("What is the journalists' main complaint in the Lamport interview?", False),
])
def test_a_question_about_what_was_asked_is_read_in_other_words(question, asking):
    assert about_asking(question) is asking


def test_what_the_journalist_wanted_to_know_is_highlighted_in_the_reporters_question(seed_qa):
    first = seed_qa.ask("What did the journalist want to know about Ambassador Antonov?", k=3).citations[0]
    assert first.kind == "exchange" and (first.speaker, first.role) == ("Question", "question")
    assert "Antonov" in first.highlight and "return" in first.highlight
    asking = first.turns[0]
    assert asking.text_start <= first.highlight_start < first.highlight_end <= asking.text_end
    assert SEED.read_text(encoding="utf-8")[first.start_char:first.end_char] == first.text
