"""Exchange citations: consecutive turns cited as one, with each turn's speaker, role and span."""

import dataclasses

import pytest

from qa.api import TranscriptQA
from qa import cite
from qa.cite import about_asking
from qa import exchange
from qa.config import Settings
from qa.exchange import HANDOVER_WORDS, exchange_text, interviewer, with_its_answer
from qa.parse import parse_file
from qa.retrieve import is_request, only_asks
from qa.types import Hit
from tests.conftest import REPO, SEED, shared_path

FORMATS = REPO / "tests" / "data" / "formats"


@pytest.fixture(scope="module")
def tqa(tmp_path_factory):
    """Segmenting only (no index is built): TranscriptQA.segment with the bundled model's tokenizer."""
    return TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("unused-index")))


def exchange_of(tqa, transcript, first_turn, last_turn):
    """The exchange over turns first_turn..last_turn, all their passages, ranked on its first passage."""
    passages = tuple(p for p in tqa.segment(transcript) if first_turn <= p.turn_index <= last_turn)
    turns = transcript.turns
    return Hit(passage=passages[0], score=1.0, passages=passages, first_turn=first_turn, last_turn=last_turn,
               start_char=turns[first_turn].start_char, end_char=turns[last_turn].end_char)


def test_a_text_exchange_is_the_file_text_from_its_first_turn_to_its_last(tqa):
    transcript = parse_file(SEED)
    question = next(t for t in transcript.turns if t.role == "question")
    hit = exchange_of(tqa, transcript, question.index, question.index + 1)
    cited = exchange_text(hit, transcript.text, transcript.turns)
    assert cited.text == transcript.text[cited.start_char:cited.end_char]
    assert (cited.start_char, cited.end_char) == (question.start_char, transcript.turns[question.index + 1].end_char)


def test_an_exchange_lists_each_turn_with_its_speaker_role_and_span(tqa):
    transcript = parse_file(SEED)
    question = next(t for t in transcript.turns if t.role == "question")
    hit = exchange_of(tqa, transcript, question.index, question.index + 1)
    cited = exchange_text(hit, transcript.text, transcript.turns)
    assert [(t.speaker, t.role) for t in cited.turns] == [("Question", "question"), ("Sergey Lavrov", "answer")]
    for turn in cited.turns:
        assert cited.text[turn.text_start:turn.text_end] == transcript.text[turn.start_char:turn.end_char]


def test_each_passage_of_an_exchange_sits_at_its_offset_in_the_text(tqa):
    transcript = parse_file(SEED)
    question = next(t for t in transcript.turns if t.role == "question")
    hit = exchange_of(tqa, transcript, question.index, question.index + 1)
    cited = exchange_text(hit, transcript.text, transcript.turns)
    assert len(hit.passages) > 1
    for passage, at in zip(hit.passages, cited.passage_offsets):
        assert cited.text[at:at + len(passage.text)] == passage.text


def test_a_subtitle_exchange_joins_its_turns_words_with_their_times(tqa):
    transcript = parse_file(FORMATS / "voices.vtt")
    hit = exchange_of(tqa, transcript, 0, 1)
    cited = exchange_text(hit, transcript.text, transcript.turns)
    first, second = transcript.turns[:2]
    assert cited.text == f"{first.text}\n{second.text}"
    assert [t.speaker for t in cited.turns] == [first.speaker, second.speaker]
    assert (cited.start_time, cited.end_time) == (first.start_time, second.end_time)
    for turn, source in zip(cited.turns, (first, second)):
        assert cited.text[turn.text_start:turn.text_end] == source.text
    for passage, at in zip(hit.passages, cited.passage_offsets):
        assert cited.text[at:at + len(passage.text)] == passage.text


def test_the_units_of_an_exchange_index_its_text_each_inside_one_turn(tqa):
    from qa.exchange import exchange_units
    from qa.segment import sentence_units

    transcript = parse_file(SEED)
    question = next(t for t in transcript.turns if t.role == "question")
    hit = exchange_of(tqa, transcript, question.index, question.index + 1)
    cited = exchange_text(hit, transcript.text, transcript.turns)
    units = exchange_units(hit, cited, lambda p: sentence_units(transcript.turns[p.turn_index], p))
    assert len(units) > len(hit.passages)
    for unit, passage in units:
        assert cited.text[unit.start:unit.end] == transcript.text[unit.start_char:unit.end_char]
        turn = next(t for t in cited.turns if t.text_start <= unit.start and unit.end <= t.text_end)
        assert turn.speaker == passage.speaker


MEDIATION = "Is Moscow demanding a mediating role in the Belgrade-Pristina dialogue?"


def test_a_reporters_question_that_ranks_first_is_cited_with_the_start_of_its_answer(seed_qa):
    first = seed_qa.ask(MEDIATION, k=3).citations[0]
    assert first.kind == "exchange"
    assert [(t.speaker, t.role) for t in first.turns] == [("Question", "question"), ("Sergey Lavrov", "answer")]
    assert first.speaker == "Sergey Lavrov" and first.role == "answer"  # the highlight's turn
    assert SEED.read_text(encoding="utf-8")[first.start_char:first.end_char] == first.text
    assert first.text[first.highlight_start:first.highlight_end] == first.highlight
    answer_turn = first.turns[1]
    assert answer_turn.text_start <= first.highlight_start < first.highlight_end <= answer_turn.text_end


def test_a_question_about_what_was_asked_is_highlighted_in_the_reporters_question(seed_qa):
    answer = seed_qa.ask("What was Lavrov asked about Ambassador Antonov?", k=3)
    first = answer.citations[0]
    assert first.kind == "exchange" and (first.speaker, first.role) == ("Question", "question")
    assert answer.answer.startswith(" ".join(first.highlight.split()) + " [1]")  # the answer line says what was asked
    assert "Antonov" in first.highlight
    asking = first.turns[0]
    assert asking.text_start <= first.highlight_start < first.highlight_end <= asking.text_end
    assert SEED.read_text(encoding="utf-8")[first.start_char:first.end_char] == first.text
    assert len(first.text.split()) <= 160  # the answer's opening, not the whole answer


@pytest.mark.parametrize("question, asking", [
    ("Who asked about the Olympics?", True),
    ("Which reporter asked Biden about Iran?", True),
    ("What did the journalist ask Lavrov about Kosovo?", True),
    ("What was Lavrov asked about Antonov?", True),
    ("What did Biden ask the governors to do?", False),
    ("What is the US asking American companies to do?", False),
])
def test_a_question_about_what_was_asked_is_told_from_one_about_what_was_answered(question, asking):
    assert about_asking(question) is asking


def test_with_question_exchanges_off_the_question_is_cited_alone(seed_index_dir):
    tqa = TranscriptQA(Settings(index_dir=seed_index_dir, question_exchanges=False))
    first = tqa.ask(MEDIATION, k=3).citations[0]
    assert first.kind == "passage" and first.role == "question"


UN_MISSION = "Does Russia's mission to the UN handle relations between Moscow and Washington?"


def test_a_later_passage_of_the_answer_that_says_what_is_asked_goes_before_the_reporters_exchange(seed_qa):
    # the reporter asked about the response measures and Ambassador Antonov; Lavrov's answer opens on Antonov and
    # comes to the UN mission three passages later, which scores within ANSWER_MARGIN of the question
    first = seed_qa.ask(UN_MISSION, k=3).citations[0]
    assert first.kind == "passage" and first.speaker == "Sergey Lavrov"
    assert "The UN is not an office servicing bilateral relations" in first.text


def test_without_the_margin_the_reporters_exchange_stays_first(seed_qa, monkeypatch):
    monkeypatch.setattr(exchange, "ANSWER_MARGIN", 0.0)
    first = seed_qa.ask(UN_MISSION, k=3).citations[0]
    assert first.kind == "exchange" and "The UN is not an office" not in first.text


INTERVIEW = "changelog-552-leslie-lamport-interview.md"


@pytest.fixture(scope="module")
def interview_index(tmp_path_factory):
    """The Lamport interview: a host (Jerod Santo) whose questions carry no Q: label, and his guest."""
    folder = tmp_path_factory.mktemp("interview") / "index"
    TranscriptQA(Settings(index_dir=folder)).ingest([shared_path("data", "transcripts", INTERVIEW)])
    return folder


def test_the_interviewer_is_the_speaker_who_asks_most_where_no_question_is_labelled(interview_index, seed_qa):
    assert interviewer(TranscriptQA(Settings(index_dir=interview_index)).store(), INTERVIEW) == "Jerod Santo"
    # the press conference labels its reporters' questions: nobody there is taken for an interviewer
    store = seed_qa.store()
    assert interviewer(store, next(iter(store.infos()))) is None


def test_an_interviewers_question_is_cited_with_the_start_of_the_reply(interview_index):
    tqa = TranscriptQA(Settings(index_dir=interview_index, interviewer_exchanges=True))
    first = tqa.ask("Where can I find example TLA+ specs to read?", k=3).citations[0]
    assert first.kind == "exchange"
    assert [t.speaker for t in first.turns] == ["Jerod Santo", "Leslie Lamport"]
    assert first.speaker == "Leslie Lamport" and "GitHub repository" in first.highlight
    reply = first.turns[1]
    assert reply.text_start <= first.highlight_start < first.highlight_end <= reply.text_end
    text = shared_path("data", "transcripts", INTERVIEW).read_text(encoding="utf-8")
    assert text[first.start_char:first.end_char] == first.text


def test_without_interviewer_exchanges_the_interviewers_question_is_cited_alone(interview_index):
    tqa = TranscriptQA(Settings(index_dir=interview_index, interviewer_exchanges=False))
    citations = tqa.ask("Where can I find example TLA+ specs to read?", k=3).citations
    assert all(c.kind == "passage" for c in citations)


@pytest.mark.parametrize("sentence, asks", [
    ("Real quick, describe your bakery algorithm.", True),
    ("Explain it first, and then I'll explain why I'm trying to tie it together.", True),
    ("Help me with the names...", True),
    ("\\[laughs\\] I want to know about that moment of inspiration.", True),
    ("And I'm curious what you think that threshold is of when a system becomes a distributed system.", True),
    ("Governor Brown, if you’d be willing, you could give us an overview of the challenges.", True),
    # explaining, not asking: an imperative of a verb that does not ask to speak, a statement about describing
    ("Take the bakery algorithm.", False),
    ("Say some process wants to use the printer.", False),
    ("You can describe your algorithm in TLA+.", False),
    ("I'll explain why I'm trying to tie it together.", False),
    ("Let me ask the Vice President if she has any questions.", False),
    ("Madam Vice President, the floor is yours.", False),  # a hand-over, not a request to tell
])
def test_a_request_to_the_listener_is_read_as_asking(sentence, asks):
    assert is_request(sentence) is asks


def test_an_interviewers_request_is_read_as_asking_and_a_guests_text_is_not(interview_index):
    store = TranscriptQA(Settings(index_dir=interview_index)).store()
    passages = store.passages(list(store.transcript_rows(INTERVIEW)))
    ending = "Explain it first, and then I'll explain why I'm trying to tie it together."
    row, request = next((row, p) for row, p in passages.items() if p.text.endswith(ending))
    assert request.speaker == "Jerod Santo" and not request.text.rstrip().endswith("?")
    assert only_asks(store, row, request)
    # the same words said by the guest explain: only the transcript's interviewer asks by request
    assert not only_asks(store, row, dataclasses.replace(request, speaker="Leslie Lamport"))


def test_a_hosts_request_that_repeats_the_question_is_not_cited_first(interview_index):
    # the host's "Real quick, describe your bakery algorithm. ..." shares the question's words and ends with a full
    # stop; read as asking, it weighs as a question does, and Lamport's own words come first
    first = TranscriptQA(Settings(index_dir=interview_index)).ask("What is the bakery algorithm for?", k=3).citations[0]
    assert first.speaker == "Leslie Lamport"
    assert "describe your bakery algorithm" not in first.text


CALL = "wh-background-press-call-russia-sanctions-2021-04-15.md"


def test_a_question_handed_over_to_a_colleague_is_joined_to_the_colleagues_answer(tqa):
    # "Q ... Eamon Javers with CNBC ...?" / "I'm happy to take this if you'd like." / "Yeah, please. Go for it." /
    # "Yeah, okay. So, Eamon, I would just refer you to history. ... these aren't theoretical calculations ..."
    passages = tqa.segment(parse_file(shared_path("data", "transcripts", CALL)))
    at = next(i for i, p in enumerate(passages) if p.role == "question" and "Eamon Javers" in p.text)
    following = list(enumerate(passages[at + 1:at + 5], start=at + 1))
    exchange = with_its_answer(Hit(passage=passages[at], score=1.0, row=at), following)
    assert exchange is not None
    *lead, answer = exchange.passages[1:]
    assert [p.role for p in lead] == ["answer", "answer"]
    assert all(len(p.text.split()) <= HANDOVER_WORDS for p in lead)
    assert "theoretical calculations" in answer.text and answer.role == "answer"
    assert exchange.end_char == answer.end_char and exchange.last_turn == answer.turn_index
    # an answer of more words than a hand-over ends the exchange where it did
    first = next(i for i, p in enumerate(passages) if p.role == "question" and "Taliban attacks" in p.text)
    exchange = with_its_answer(Hit(passage=passages[first], score=1.0, row=first),
                               list(enumerate(passages[first + 1:first + 5], start=first + 1)))
    assert exchange is not None and exchange.passages[-1].role == "answer"
    assert len(exchange.passages[-1].text.split()) > HANDOVER_WORDS
    assert [p.role for p in exchange.passages[1:]].count("answer") == 1


KOSOVO_SETTLEMENT = "What kind of Kosovo settlement will Russia back?"


def test_an_exchange_whose_highlight_ends_where_it_ends_takes_the_next_passage_of_the_answer(seed_qa):
    # the reporter's exchange on a Greater Albania and the Slovenian non-paper ranks first, its highlight on the last
    # sentence of the answer's first passage (the West's borders); the next passage says which settlement Russia backs
    first = seed_qa.ask(KOSOVO_SETTLEMENT, k=3).citations[0]
    assert first.kind == "exchange" and first.speaker == "Sergey Lavrov"
    assert "we will support any solution that is acceptable to Serbia" in first.text
    assert first.turns[0].role == "question" and first.turns[-1].speaker == "Sergey Lavrov"


def test_without_it_the_exchange_ends_before_the_settlement(seed_qa, monkeypatch):
    monkeypatch.setattr(cite, "EXCHANGE_PAIR", False)
    first = seed_qa.ask(KOSOVO_SETTLEMENT, k=3).citations[0]
    assert first.kind == "exchange" and "acceptable to Serbia" not in first.text


def test_the_next_passage_is_joined_to_an_exchange_only(seed_qa):
    citation = seed_qa.ask(KOSOVO_SETTLEMENT, k=3).citations[0]
    store = seed_qa.store()
    assert cite.exchange_border_next([], citation, store.passage) is None
    # a single passage, its highlight at its end or not, is `border_pair`'s to pair, not this rule's
    alone = Hit(passage=store.passage(0), score=1.0, row=0)
    at_end = dataclasses.replace(citation, highlight_end_char=citation.end_char)
    assert cite.exchange_border_next([alone], at_end, store.passage) is None
