"""rank45: a question that speaks of an unnamed presenter ("the lecturer", "the presenter's firm") lifts the passages
of a transcript without speaker labels (captions) in the re-ranking (qa.rerank.UNNAMED_WEIGHT, 0 on the branch: not adopted)."""

import pytest

import qa.rerank as rerank
from qa.conversation import Context, build_query
from qa.rerank import asks_unnamed_presenter, rerank_by_sentence, unlabelled_transcripts
from qa.retrieve import retrieve
from qa.types import Hit, Passage
from tests.conftest import files_qa

CAPTIONS = """1
00:00:01,000 --> 00:00:04,000
welcome everyone today we look at bagging

2
00:00:04,000 --> 00:00:08,000
our company has about forty people working on models

3
00:00:08,000 --> 00:00:12,000
bagging averages many trees to reduce the variance
"""
TALK = ("Dana: Our company has about forty people, and we build bridges.\n\n"
        "Lee: Variance in the budget was reduced by averaging the bids of many firms.\n")


@pytest.mark.parametrize("question", ["What does the lecturer mean by out of bag?",
                                      "roughly whats the headcount at the presenters firm",
                                      "How many people work at the presenter's company?",
                                      "If you'd rather not write code, what does the video suggest instead?",
                                      "What does THE INSTRUCTOR say about meta tags?"])
def test_a_question_about_an_unnamed_presenter_is_read_as_one(question):
    assert asks_unnamed_presenter(question)


@pytest.mark.parametrize("question", ["What did Lavrov say about a presenter of the award?",
                                      "How many people work at Dana's company?", "What did the lecturing staff ask for?",
                                      "Is the speakerphone on?", "Who presented the video-game report?", ""])
def test_a_question_naming_no_unnamed_presenter_is_not(question):
    assert not asks_unnamed_presenter(question)


def _hit(transcript: str, speaker: str, row: int) -> Hit:
    return Hit(Passage(transcript, speaker, "statement", f"words {row}", row * 10, row * 10 + 9, row, row),
               score=1.0, row=row)


def test_a_transcript_is_unlabelled_only_when_none_of_its_passages_among_the_hits_has_a_speaker():
    hits = [_hit("captions.srt", "", 0), _hit("talk.md", "", 1), _hit("talk.md", "Dana", 2), _hit("captions.srt", " ", 3)]
    assert unlabelled_transcripts(hits) == frozenset({"captions.srt"})
    assert unlabelled_transcripts([]) == frozenset()


def _ranked(tmp_path, question):
    tqa = files_qa(tmp_path, {"lecture.srt": CAPTIONS, "bridges.txt": TALK})
    store = tqa.store()
    query = build_query(question, Context((), None), tqa.encoder.encode)
    hits = retrieve(store, store.lexical, query, k=8, mode="hybrid", dense_weight=0.5, rrf_k=60, candidates=50,
                    rows=None).hits
    return store, query, hits


def test_the_captions_passages_gain_the_weight_and_no_other_passage_moves(tmp_path, monkeypatch):
    question = "How many people work at the presenter's company?"
    store, query, hits = _ranked(tmp_path, question)
    assert {h.passage.transcript for h in hits} == {"lecture.srt", "bridges.txt"}

    def scores(weight, asked):
        monkeypatch.setattr(rerank, "UNNAMED_WEIGHT", weight)
        ranked = rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=0.5, depth=8, units=store.units,
                                    question=asked, coverage_weight=0.2)
        return {h.row: (h.passage.transcript, h.score) for h in ranked}

    off, on = scores(0.0, question), scores(0.3, question)
    for row, (transcript, score) in off.items():
        lift = 0.3 if transcript == "lecture.srt" else 0.0
        assert on[row][1] == pytest.approx(score + lift)
    named = question.replace("the presenter's", "Dana's")
    assert scores(0.3, named) == scores(0.0, named)  # no unnamed presenter asked: nothing gains
