"""Same-turn pairs: the first passage cited together with the next passage of its turn when its highlight ends at
its border (qa.cite.border_pair; docs/retrieval.md, "The neighbouring passage of one turn")."""

import numpy as np
import pytest

from qa.api import TranscriptQA
from qa.cite import INTERJECTION_WORDS, PAIR_HEAD, across_interjection, border_pair, cite, cited_window
from qa.config import Settings
from qa.errors import TqaError
from qa.exchange import pair_passage, ranked_span, with_next_passage
from qa.parse import parse_file
from qa.segment import sentence_units
from qa.types import Hit, TranscriptInfo
from tests.conftest import REPO, SEED, shared_path, shared_transcript_qa

# Lavrov's "We will respond in kind by proposing that 10 US diplomats leave Russia." ends a passage; the next passage
# of his turn opens with "Poland also announced the expulsion of our diplomats."
POLAND = ("After responding in kind to the ten US diplomats, which other country's expulsion of Russian diplomats "
          "will Russia answer?")
ANSWER = "Poland also announced the expulsion of our diplomats."


@pytest.fixture(scope="module")
def pair_qa(seed_index_dir):
    return TranscriptQA(Settings(index_dir=seed_index_dir))  # pair_margin at its default


def test_a_highlight_at_the_border_cites_the_next_passage_of_the_turn_with_it(pair_qa, seed_index_dir):
    alone = TranscriptQA(Settings(index_dir=seed_index_dir, pair_margin=0.0)).ask(POLAND, k=3).citations[0]
    first = pair_qa.ask(POLAND, k=3).citations[0]
    assert ANSWER not in alone.text  # the passage alone ends before the answer
    assert ANSWER in first.text
    file_text = SEED.read_text(encoding="utf-8")
    assert file_text[first.start_char:first.end_char] == first.text  # plain text: the span is the text
    assert first.start_char < file_text.index(ANSWER) < first.end_char
    assert first.kind == "passage" and first.speaker == "Sergey Lavrov" and len(first.turns) == 1
    assert (first.turns[0].start_char, first.turns[0].end_char) == (first.start_char, first.end_char)


def test_the_highlight_of_a_pair_lies_inside_its_text_and_span(pair_qa):
    first = pair_qa.ask(POLAND, k=3).citations[0]
    assert first.text[first.highlight_start:first.highlight_end] == first.highlight
    assert first.start_char <= first.highlight_start_char < first.highlight_end_char <= first.end_char
    assert len(first.highlight.split()) <= 40
    assert "respond in kind" in first.highlight  # the first passage's best sentence, at its border


def test_the_next_passage_is_not_cited_again_after_its_pair(pair_qa):
    cited = pair_qa.ask(POLAND, k=5).citations
    first = cited[0]
    assert not any(first.start_char <= c.start_char and c.end_char <= first.end_char for c in cited[1:])


def test_a_pair_is_one_passage_of_its_turn_with_times_from_the_first_to_the_last(tmp_path):
    transcript = parse_file(REPO / "tests" / "data" / "formats" / "panel.srt")
    passages = [p for p in TranscriptQA(Settings(index_dir=tmp_path, max_tokens=20)).segment(transcript)
                if p.turn_index == 0]
    assert len(passages) == 2
    turn = transcript.turns[0]
    pair = with_next_passage(Hit(passage=passages[0], score=1.0, row=0), 1, passages[1])
    assert pair.is_pair and not pair.is_exchange
    joined, units = pair_passage(pair, turn, lambda p: sentence_units(turn, p))
    assert joined.text == turn.text[passages[0].turn_offset:passages[1].turn_offset + len(passages[1].text)]
    assert (joined.start_char, joined.end_char) == (passages[0].start_char, passages[1].end_char)
    assert (joined.start_time, joined.end_time) == (passages[0].start_time, passages[1].end_time)
    for unit in units:  # each unit indexes the joined text and keeps its cue's time
        assert joined.text[unit.start:unit.end].strip() and unit.start_time is not None
    assert ranked_span(pair).end_char == passages[1].end_char


def test_a_cited_pair_carries_the_highlights_times_and_the_pairs_span(tmp_path):
    transcript = parse_file(REPO / "tests" / "data" / "formats" / "panel.srt")
    tqa = TranscriptQA(Settings(index_dir=tmp_path, max_tokens=20))
    passages = [p for p in tqa.segment(transcript) if p.turn_index == 0]
    turn = transcript.turns[0]
    pair = with_next_passage(Hit(passage=passages[0], score=1.0, row=0), 1, passages[1])
    question = tqa.query_encoder.encode(["What do they talk about today?"])[0]

    def vectors_of(passage, units):
        return np.asarray(tqa.query_encoder.encode([passage.text[u.start:u.end] for u in units]), np.float32)

    info = TranscriptInfo(name=transcript.name, title=transcript.title, date=None, time=None, format="srt",
                          speakers=(), passages=2, content_hash="")
    cited = cite("What do they talk about today?", question, [pair], {transcript.name: info},
                 lambda p: sentence_units(turn, p), vectors_of, lambda name: (transcript.text, transcript.turns))
    first = cited[0].citation
    # the first passage's sentence with the one after the border, each with its cue's time
    assert "water panel" in first.highlight and "river levels" in first.highlight
    assert (first.start_char, first.end_char) == (passages[0].start_char, passages[1].end_char)
    assert (first.start_time, first.end_time) == (passages[0].start_time, passages[1].end_time)
    assert first.highlight_start_time == passages[0].start_time
    assert first.highlight_end_time > passages[0].end_time
    assert first.text[first.highlight_start:first.highlight_end] == first.highlight


# "We also have opportunities to impose painful measures on American business." ends a passage of Lavrov's turn; "We
# hold them in reserve." opens the next one, which shares no word with the question and ranks below the first six
RESERVE_QUESTION = "Is Russia using its options to hurt American business right now?"
RESERVE = "We hold them in reserve."


def test_the_next_passage_of_the_turn_joins_the_first_one_wherever_it_ranks(pair_qa, seed_index_dir):
    within_head = TranscriptQA(Settings(index_dir=seed_index_dir, pair_anywhere=False))
    ranked = within_head.ask(RESERVE_QUESTION, k=10).citations
    assert not any(RESERVE in c.text for c in ranked[:PAIR_HEAD])  # too low for the pair among the first six
    first = pair_qa.ask(RESERVE_QUESTION, k=3).citations[0]
    file_text = SEED.read_text(encoding="utf-8")
    assert RESERVE in first.text and first.start_char < file_text.index(RESERVE) < first.end_char
    assert "painful measures" in first.highlight  # still the first passage's sentence at the border


def test_a_pairs_window_keeps_the_unit_before_the_highlight_before_it_grows_ahead():
    # the highlight at the border restates the sentence before it, which answers; the next passage's units score
    # higher than that sentence, and a window that grew ahead first and then by score left it out
    texts = ["x y", "the magazines named here", "hold more than ten bullets", "next one", "next two c d"]
    scores = np.array([0.5, 0.1, 1.0, 0.2, 0.9])
    assert cited_window(texts, scores, 2, 2, budget=11) == (2, 4)  # by score: ahead, the sentence before out
    # the unit before, then the unit after the border (not unit 0, which scores better)
    assert cited_window(texts, scores, 2, 2, budget=11, ahead=True) == (1, 3)
    assert cited_window(texts, scores, 2, 2, budget=9, ahead=True) == (1, 2)  # where only one fits: the one before


def test_a_negative_pair_margin_is_refused_with_a_message(tmp_path):
    with pytest.raises(TqaError, match="pair margin"):
        Settings(index_dir=tmp_path, pair_margin=-0.1).validate()


def test_a_pair_is_shown_in_its_one_turn_of_context_and_rendered_as_a_passage(pair_qa):
    from qa.render import render_answer

    answer = pair_qa.ask(POLAND, k=3)
    first = answer.citations[0]
    shown = pair_qa.context(first.transcript, first.start_char, first.end_char)
    cited = [t for t in shown if t.cited]
    assert [t.speaker for t in cited] == ["Sergey Lavrov"]  # one speaker's turn, the span inside it
    assert cited[0].text[cited[0].cited_start:cited[0].cited_end].strip()
    assert ANSWER in cited[0].text[cited[0].cited_start:cited[0].cited_end]
    assert "Poland also announced" in render_answer(answer)


def test_the_first_passages_highlight_that_decides_the_pair_is_the_one_cited(seed_qa):
    from qa.cite import border_pair, read_for_citing

    store = seed_qa.store()
    # a passage with a next one in its turn, its highlight away from the border: border_pair chooses its highlight
    # and leaves it alone; cite then cites it with that choice, reading its units no more
    row = next(r for r in range(store.rows_total - 1) if store.passage(r).turn_index == store.passage(r + 1).turn_index)
    question = store.passage(row).text.split(".")[0] + "?"
    vector = seed_qa.query_encoder.encode([question])[0]
    infos = store.info_map()
    hits = [Hit(passage=store.passage(row), score=1.0, row=row)]
    read = read_for_citing(question, vector)
    assert border_pair(question, vector, hits, store.units, store.unit_vectors, 0.1, read=read,
                       next_passage=store.passage) == hits
    read_rows: list[int] = []

    def units_of(passage):
        read_rows.append(row)
        return store.units(row)

    def vectors_of(passage, units):
        return store.unit_vectors(row)

    again = cite(question, vector, hits, infos, units_of, vectors_of, read=read)
    assert read_rows == []  # chosen once, in border_pair
    alone = cite(question, vector, hits, infos, units_of, vectors_of)
    assert read_rows == [row]
    assert again[0].citation == alone[0].citation


# one long turn: its first passage (about 157 words) ends with the setup, the next one (about 148) answers only at its
# end, beyond the pair's window of about CITED_WORDS words
_TOWN = ["The bridge on the east road was repainted in the spring.", "Our library now opens on Sunday mornings.",
         "The school choir sang at the county fair last year.", "Volunteers planted oak trees along the canal.",
         "The old mill was turned into a small museum.", "Bus route nine now stops at the hospital.",
         "The swimming pool reopened after its roof was fixed.", "A new bakery opened next to the town hall.",
         "The football club won the regional cup twice.", "Parking on Main Street is free after six.",
         "The market sells cheese from three nearby farms.", "Our fire station got a second ladder truck.",
         "The cinema shows old films every Thursday.", "Cyclists asked for a lane on the river road.",
         "The post office moved into the train station.", "Snow ploughs clear the hill roads first."]
_TOWN += [s.replace("The ", "Last year the ", 1) for s in _TOWN]
SETUP = "Many of you asked me who pays for the harvest festival."
LEVY = "The harvest festival is paid for by a levy on river barges."


def test_the_next_passage_stays_in_the_list_when_the_pairs_window_leaves_its_best_sentence_out(tmp_path):
    path = tmp_path / "town.txt"
    path.write_text("Mayor Diaz: " + " ".join(_TOWN[:17]) + f" {SETUP} " + " ".join(_TOWN[17:]) + f" {LEVY}\n",
                    encoding="utf-8")
    transcript = parse_file(path)
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", max_tokens=256))
    passages = tqa.segment(transcript)
    assert len(passages) == 2 and passages[0].text.rstrip().endswith(SETUP) and LEVY in passages[1].text
    turn = transcript.turns[0]
    question = "Who pays for the harvest festival?"
    question_vector = tqa.query_encoder.encode([question])[0]
    units = [sentence_units(turn, p) for p in passages]
    vectors = [np.asarray(tqa.query_encoder.encode([p.text[u.start:u.end] for u in us]), np.float32)
               for p, us in zip(passages, units)]
    hits = [Hit(passage=passages[0], score=1.0, row=0), Hit(passage=passages[1], score=0.95, row=1)]
    listed = border_pair(question, question_vector, hits, units.__getitem__, vectors.__getitem__, margin=0.3)
    assert listed[0].is_pair and listed[0].rows == (0, 1)
    info = TranscriptInfo(name=transcript.name, title=transcript.title, date=None, time=None, format="txt",
                          speakers=(), passages=2, content_hash="")
    cited = cite(question, question_vector, listed, {transcript.name: info}, lambda p: sentence_units(turn, p),
                 lambda p, us: np.asarray(tqa.query_encoder.encode([p.text[u.start:u.end] for u in us]), np.float32),
                 lambda name: (transcript.text, transcript.turns))
    assert SETUP in cited[0].citation.highlight
    # the answer, beyond a window of CITED_WORDS words from the border, is still cited: in the pair's longer window
    # (PAIR_WORDS), or else in the next passage's own citation, which then stays in the list
    assert LEVY in cited[0].citation.text or [h.passage for h in listed[1:]] == [passages[1]]
    assert any(LEVY in c.citation.text for c in cited)


INTERVIEW = "changelog-552-leslie-lamport-interview.md"


def test_the_speakers_next_turn_after_an_interjection_is_found_and_one_that_takes_the_floor_is_not(tmp_path):
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "unused"))
    passages = tqa.segment(parse_file(shared_path("data", "transcripts", INTERVIEW)))
    def at(start): return next(i for i, p in enumerate(passages) if p.text.startswith(start))
    def next_passage(row): return passages[row] if 0 <= row < len(passages) else None
    # Lamport / Santo: "[laughs] What is the box?" / Lamport: "But here, I can tell you exactly what the box is."
    first = at("I want to get people to think outside the box.")
    rows, found = across_interjection(passages[first], first + 1, next_passage)
    assert [p.speaker for p in found] == ["Jerod Santo", "Leslie Lamport"]
    assert len(found[0].text.split()) <= INTERJECTION_WORDS and found[1].text.startswith("But here, I can tell you")
    assert rows == (first + 1, first + 2)
    # the host's "Right. Right." is no passage: the next one is Lamport's next turn
    first = at("I mean, I do this whenever I")
    rows, found = across_interjection(passages[first], first + 1, next_passage)
    assert rows == (first + 1,) and found[0].text.startswith("Maybe a formula or two")
    assert found[0].turn_index > passages[first].turn_index
    # a question of twelve words takes the floor: "Is there open source TLA+ specs out there that people can read?"
    ask = at("Is there open source TLA+ specs")
    assert passages[ask - 1].speaker == passages[ask + 1].speaker == "Leslie Lamport"
    assert across_interjection(passages[ask - 1], ask, next_passage) is None
    # inside one turn it is the same-turn pair's case, not this one
    assert across_interjection(passages[at("But here, I can tell you")], at("But here, I can tell you") + 1,
                               next_passage) is None


def test_the_answer_after_an_interjection_is_cited_with_the_setup_that_ranks_first(tmp_path_factory):
    tqa = shared_transcript_qa(tmp_path_factory, INTERVIEW)
    first = tqa.ask("What is the box that people should think outside of, according to Lamport?", k=3).citations[0]
    assert first.kind == "exchange" and first.speaker == "Leslie Lamport"
    assert [t.speaker for t in first.turns] == ["Leslie Lamport", "Jerod Santo", "Leslie Lamport"]
    assert "The box is thinking programmatically" in first.text
    text = shared_path("data", "transcripts", INTERVIEW).read_text(encoding="utf-8")
    assert text[first.start_char:first.end_char] == first.text
