"""Re-ranking the first passages by their best sentence, on the seed index's stored sentence vectors."""

import pytest

from qa.config import Settings
from qa.conversation import Context, build_query
from qa.errors import TqaError
from qa.answerable import AnswerType, answer_type, holds_answer_type, titled_speaker
from qa.rerank import (KIND_WEIGHTS, NamedSpeakers, agreed_transcript_first, best_sentence, content_stems,
                       rerank_by_sentence, speakers_as_subject, speakers_named, subject_phrases, word_shares)
from qa.types import Hit, Passage
from tests.conftest import meeting_qa, shared_path
from qa.retrieve import retrieve

QUESTION = "Will the US embassy in Moscow still be able to employ Russian nationals?"


def _ranking(seed_qa):
    store = seed_qa.store()
    query = build_query(QUESTION, Context((), None), seed_qa.encoder.encode)
    ranking = retrieve(store, store.lexical, query, k=12, mode="hybrid", dense_weight=0.5, rrf_k=60, candidates=50,
                       rows=None)
    return store, query, ranking.hits


def test_weight_one_orders_the_first_passages_by_their_best_sentence_and_leaves_the_rest(seed_qa):
    store, query, hits = _ranking(seed_qa)
    reranked = rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=1.0, depth=8)
    best = [best_sentence(store.unit_vectors, h, query.vector) for h in reranked[:8]]
    assert best == sorted(best, reverse=True)
    assert {h.row for h in reranked[:8]} == {h.row for h in hits[:8]}
    assert [h.row for h in reranked[8:]] == [h.row for h in hits[8:]]


def test_weight_zero_keeps_the_fused_order(seed_qa):
    store, query, hits = _ranking(seed_qa)
    assert rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=0.0, depth=8) == hits


def test_a_best_sentence_is_the_highest_cosine_of_the_passages_stored_units(seed_qa):
    store, query, hits = _ranking(seed_qa)
    units = store.unit_vectors(hits[0].row)
    assert len(units) >= 1
    assert abs(best_sentence(store.unit_vectors, hits[0], query.vector) - float((units @ query.vector).max())) < 1e-6


def test_with_coverage_the_first_passages_follow_their_best_sentence_with_the_questions_words(seed_qa):
    store, query, hits = _ranking(seed_qa)
    stems = content_stems(QUESTION)
    reranked = rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=1.0, depth=8, units=store.units,
                                  question=QUESTION, coverage_weight=0.5)
    best = [best_sentence(store.unit_vectors, h, query.vector, units=store.units, stems=stems, coverage_weight=0.5)
            for h in reranked[:8]]
    cosine_only = [best_sentence(store.unit_vectors, h, query.vector) for h in reranked[:8]]
    assert best == sorted(best, reverse=True)
    assert all(b >= c for b, c in zip(best, cosine_only))
    assert best != cosine_only  # some sentence holds words of the question


def test_a_sentences_word_share_is_the_part_of_the_questions_content_words_it_holds():
    stems = content_stems("Will the US embassy still employ Russian nationals?")
    assert stems == content_stems("russian nationals employ embassy US still")
    shares = word_shares(stems, ["The embassy employs Russian nationals.", "The embassy is closed.", "Nothing here.", ""])
    assert list(shares) == [1.0, 1 / len(stems), 0.0, 0.0]


def test_a_negative_coverage_weight_is_refused_with_a_clear_message():
    with pytest.raises(TqaError, match="coverage weight"):
        Settings().replace(sentence_coverage_weight=-0.1)


def test_in_rapid_talk_sentences_are_scored_by_their_cosine_alone(seed_qa):
    store, query, hits = _ranking(seed_qa)
    rapid = {hits[0].passage.transcript}
    with_share = rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=1.0, depth=8, units=store.units,
                                    question=QUESTION, coverage_weight=0.5, rapid_talk=rapid)
    cosine_only = rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=1.0, depth=8)
    assert [(h.row, h.score) for h in with_share] == [(h.row, h.score) for h in cosine_only]


def test_a_how_many_question_asks_for_a_count_of_what_it_names():
    assert answer_type("How many face-to-face meetings have they held?") == AnswerType(
        "count", content_stems("face-to-face meetings"))
    assert answer_type("How much does Serbia pay per dose?") == AnswerType("amount")
    assert answer_type("How many of theirs will Russia blacklist?") is None  # nothing named is counted
    assert answer_type("Why did Russia expel the diplomats?") is None


def test_a_sentence_holds_a_count_when_what_is_counted_follows_its_number():
    typed = answer_type("How many firefighters are on the ground?")
    texts = ["There are already about 9,000 firefighters deployed across the region.",
             "We thank our firefighters for 20 years of work.", "Ten of them were sent home."]
    assert list(holds_answer_type(typed, texts)) == [1.0, 0.0, 0.0]
    assert list(holds_answer_type(answer_type("How much are they paid?"), ["less than $13 an hour", "a lot"])) == [
        1.0, 0.0]
    assert list(holds_answer_type(None, texts)) == [0.0, 0.0, 0.0]


def test_a_number_counts_only_what_follows_it_before_a_clause_break():
    # Lavrov's words (lavrov-selakovic-press-conference-2021-04-16.txt): the 450 counts employees, not Americans
    typed = answer_type("How many American athletes will compete at the Tokyo Olympics?")
    texts = ["Out of these 450, all Americans are distributed among the Embassy and the consulates-general.",
             "We will respond in kind by proposing that 10 U.S. diplomats leave Russia."]
    assert list(holds_answer_type(typed, texts)) == [0.0, 0.0]
    assert list(holds_answer_type(answer_type("How many diplomats will leave Russia?"), texts)) == [0.0, 1.0]


def test_a_count_question_is_answered_by_the_sentence_that_gives_the_count(seed_qa):
    answer = seed_qa.ask("How many face-to-face meetings have the heads of the Russian-Serbian intergovernmental "
                         "commission held recently?", k=3)
    assert "three in-person meetings" in answer.citations[0].highlight


def test_a_question_that_has_a_speaker_speak_names_that_speaker_and_the_topic(seed_qa):
    infos = list(seed_qa.store().infos().values())
    named = speakers_named("What did Lavrov say about Kosovo?", infos)
    assert named.labels == {"Sergey Lavrov"} and named.topic == content_stems("Kosovo")
    assert speakers_named("Why did Russia expel the diplomats?", infos).labels == frozenset()


@pytest.fixture(scope="module")
def white_house_qa(tmp_path_factory):
    """The wildfire meeting (THE PRESIDENT, THE VICE PRESIDENT, GOVERNOR NEWSOM ...) and the Biden-Suga press
    conference (PRESIDENT BIDEN) in one index."""
    from qa.api import TranscriptQA

    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("white-house") / "index"))
    tqa.ingest([shared_path("data", "transcripts", WILDFIRES), shared_path("data", "transcripts", SUGA)])
    return tqa


WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"


def test_the_named_speakers_passage_on_the_topic_comes_first(white_house_qa):
    answer = white_house_qa.ask("What did Governor Newsom say about California's fire season?", k=3)
    assert answer.citations[0].speaker == "GOVERNOR NEWSOM"


def test_the_verb_of_speaking_is_not_the_topic_asked_about(white_house_qa):
    infos = white_house_qa.list_transcripts()
    assert speakers_named("What did Governor Newsom ask for?", infos).topic == frozenset()
    assert speakers_named("What did Governor Brown warn about?", infos).topic == frozenset()
    answer = white_house_qa.ask("What did Governor Newsom ask for?", k=3)
    assert answer.citations[0].speaker == "GOVERNOR NEWSOM"


def test_a_speaker_named_by_title_is_the_label_that_holds_most_of_its_words(white_house_qa):
    infos = white_house_qa.list_transcripts()
    assert speakers_named("What did the Vice President say about water?", infos).labels == {"THE VICE PRESIDENT"}
    assert speakers_named("What did the President say about water?", infos).labels == {"THE PRESIDENT",
                                                                                      "PRESIDENT BIDEN"}


def test_a_speaker_labelled_by_title_alone_is_named_as_its_transcripts_title_names_them():
    assert titled_speaker("THE PRESIDENT", "Remarks by President Biden in Meeting on Western Wildfires") == "Biden"
    assert titled_speaker("THE VICE PRESIDENT", "Remarks by President Biden and Vice President Harris") == "Harris"
    assert titled_speaker("THE PRESIDENT", "Remarks by Vice President Harris on Wildfires") == ""
    assert titled_speaker("PRESIDENT BIDEN", "Remarks by President Biden and Prime Minister Suga") == ""


def test_a_named_speaker_labelled_by_title_alone_comes_first_in_the_transcript_whose_title_names_them(
        white_house_qa):
    answer = white_house_qa.ask("What did Biden say about calling in the National Guard?", k=3)
    assert (answer.citations[0].speaker, answer.citations[0].transcript) == ("THE PRESIDENT", WILDFIRES)


@pytest.mark.parametrize("named", [WILDFIRES, SUGA])
def test_a_passage_of_the_recording_the_question_names_comes_first(white_house_qa, named):
    # both speak of climate change, and Biden speaks in both: the recording named decides which comes first
    store = white_house_qa.store()
    query = build_query("What did Biden say about climate change?", Context((), None), white_house_qa.encoder.encode)
    hits = retrieve(store, store.lexical, query, k=30, mode="hybrid", dense_weight=0.5, rrf_k=60, candidates=50,
                    rows=None).hits
    assert {h.passage.transcript for h in hits[:20]} == {WILDFIRES, SUGA}
    reranked = rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=0.5, depth=20, recordings=(named,))
    assert reranked[0].passage.transcript == named


def test_a_when_question_asks_for_a_date_and_a_sentence_with_a_year_holds_one():
    typed = answer_type("When did Lamport receive the Turing Award?")
    assert typed == AnswerType("date")
    assert list(holds_answer_type(typed, ["this Turing Award which you won in 2013", "a Turing Award winner"])) == [1, 0]


def test_a_when_question_ranks_first_the_passage_whose_sentence_gives_the_date(tmp_path):
    from qa.api import TranscriptQA

    interview = shared_path("data", "transcripts", "changelog-552-leslie-lamport-interview.md")
    lines = interview.read_text(encoding="utf-8").splitlines()
    excerpt = tmp_path / interview.name  # the turns around the three that name the award
    excerpt.write_text("\n".join(lines[:12] + lines[200:216] + lines[266:280]), encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([excerpt])
    assert "2013" in tqa.ask("When did Lamport receive the Turing Award?", k=3).citations[0].text


def test_a_follow_up_cites_first_the_passage_whose_sentence_holds_what_it_asks(seed_qa):
    # searched with its history, "Poland" alone does not pull the passage that names it above the earlier
    # question's passage (the ten US diplomats); the sentences of the first passages put it first
    earlier = "How many Russian diplomats did the United States ask to leave?"
    answer = seed_qa.ask("And what about Poland?", history=[earlier])
    assert answer.history_used
    assert "Poland" in answer.citations[0].highlight


def _hit(transcript: str, at: int) -> Hit:
    return Hit(Passage(transcript, "A", "statement", f"words {at}", at * 10, at * 10 + 9, at, at), score=1.0 / (at + 1))


def test_after_first_passages_that_agree_on_a_transcript_its_other_passages_come_first():
    names = ["a", "a", "b", "a", "a", "b", "c", "a", "b", "a"]
    hits = [_hit(name, i) for i, name in enumerate(names)]
    reordered = agreed_transcript_first(hits, head=5, need=4)
    assert reordered[:5] == hits[:5]  # the first passages (the citations) stay as ranked
    assert [h.passage.transcript for h in reordered[5:]] == ["a", "a", "b", "c", "b"]
    assert [h.passage.start_char for h in reordered[5:]] == [70, 90, 50, 60, 80]  # each group in its own order


def test_first_passages_that_do_not_agree_leave_the_order_as_it_is():
    names = ["a", "b", "a", "c", "a", "b", "b", "a"]
    hits = [_hit(name, i) for i, name in enumerate(names)]
    assert agreed_transcript_first(hits, head=5, need=4) == hits
    assert agreed_transcript_first(hits[:5], head=5, need=4) == hits[:5]
    assert agreed_transcript_first([], head=5, need=4) == []


def test_asked_over_two_transcripts_the_agreed_one_is_read_on_first(white_house_qa):
    answer, ranked = white_house_qa.ask_ranked("What did Governor Newsom say about California's fire season?",
                                               k=5, depth=40)
    first = [p.transcript for p in ranked[:5]]
    assert first.count(WILDFIRES) >= 4  # every citation but at most one is of the wildfire meeting
    after = [p.transcript for p in ranked[5:]]
    assert WILDFIRES in after and SUGA in after
    assert after == sorted(after, key=lambda name: name != WILDFIRES)  # its passages, then the other's


def test_a_name_right_after_the_questions_auxiliary_is_its_subject():
    assert subject_phrases("What is Lamport doing at Microsoft these days?") == ["Lamport"]
    assert subject_phrases("Why is Governor Newsom glad to hear it?") == ["Governor Newsom"]
    assert subject_phrases("What would the Vice President like to know?") == ["the Vice President"]
    assert subject_phrases("Is Lamport's book finished?") == []  # a possessive: the book is the subject
    assert subject_phrases("Why did the talks fail?") == []


def test_a_speaker_who_is_the_questions_subject_is_named_with_the_topic(white_house_qa):
    infos = white_house_qa.list_transcripts()
    subject = speakers_as_subject("Why is Newsom glad to hear that firefighters will be paid more?", infos)
    assert subject.labels == {"GOVERNOR NEWSOM"}
    assert subject.topic == content_stems("glad to hear that firefighters will be paid more")
    # a question that has the speaker speak is `speakers_named`'s; a name no label holds names nobody
    assert speakers_as_subject("What did Newsom say about firefighters?", infos) == NamedSpeakers()
    assert speakers_as_subject("Is Japan ready for the Olympics?", infos) == NamedSpeakers()


def test_the_passage_of_the_speaker_a_question_is_about_comes_before_another_speakers_on_the_topic(white_house_qa):
    # the President announces the raise; Newsom's own turn says why he is glad of it
    answer = white_house_qa.ask("Why is Newsom glad to hear that federal firefighters will be paid more?", k=3)
    assert answer.citations[0].speaker == "GOVERNOR NEWSOM"


def test_a_sentence_that_gives_a_reason_gains_the_reason_weight_in_its_passages_best_score(seed_qa):
    from qa.cite import holds_kind

    store, query, hits = _ranking(seed_qa)
    texts = [hits[0].passage.text[u.start:u.end] for u in store.units(hits[0].row)]
    plain = (store.unit_vectors(hits[0].row) @ query.vector).astype(float)
    marked = plain + KIND_WEIGHTS["reason"] * holds_kind("reason", texts)
    assert holds_kind("reason", ["We do not engage in this practice, because it is wrong."]).tolist() == [1.0]
    assert abs(best_sentence(store.unit_vectors, hits[0], query.vector, units=store.units,
                             said=lambda t: holds_kind("reason", t), said_weight=KIND_WEIGHTS["reason"])
                - float(marked.max())) < 1e-6


def test_a_why_question_cites_first_the_passage_that_gives_the_reason_before_the_announcement(tmp_path):
    # the announcement matches the question's words as well; the reason ("because ...") is in another turn
    tqa = meeting_qa(tmp_path, "call.txt",
                     "Anna: Today the United States announces that ten Russian diplomats are to leave Washington "
                     "within thirty days.",
                     "Ben: Thank you. Next question, please.",
                     "Carl: Our sanctions also cover six technology companies, and the Treasury will publish their "
                     "names this afternoon.",
                     "Anna: On the diplomats: the United States is expelling them because they acted in a manner "
                     "inconsistent with their status.")
    why = tqa.ask("Why is the United States expelling ten Russian diplomats?", k=3)
    assert "because" in why.citations[0].text and "announces" in why.citations[1].text
    # asked what, not why: the announcement first as before
    what = tqa.ask("What is the United States doing about ten Russian diplomats?", k=3)
    assert "announces" in what.citations[0].text


def test_a_question_about_a_view_cites_first_the_passage_that_voices_one(tmp_path):
    # the announcement names the bridge and the council as the question does; the view ("We think") is in another turn
    tqa = meeting_qa(tmp_path, "council.txt",
                     "Anna: The council opens the new bridge in May, and the mayor will cut the ribbon on the first "
                     "morning with the children of the town.",
                     "Ben: Thank you. Next item, please.",
                     "Carl: The library will extend its opening hours in the summer, and the pool will close for "
                     "repairs.",
                     "Anna: We think the new bridge was money well spent, and the town will feel it for many years to "
                     "come.")
    view = tqa.ask("What does the council think of the new bridge?", k=3)
    assert view.citations[0].text.startswith("We think") and "opens" in view.citations[1].text


def _piece(speaker: str, turn: int, row: int, score: float) -> Hit:
    return Hit(Passage("t", speaker, "answer", f"words {row}", row * 10, row * 10 + 9, turn, turn), score=score, row=row)


def test_the_first_passages_neighbour_in_its_turn_comes_first_when_close_with_the_better_sentence():
    from qa.rerank import neighbour_first
    first, other, neighbour = _piece("A", 3, 5, 1.0), _piece("B", 7, 9, 0.98), _piece("A", 3, 6, 0.95)
    ranked = [first, other, neighbour]
    better = {5: 0.6, 9: 0.9, 6: 0.7}
    assert neighbour_first(ranked, better, margin=0.1) == [neighbour, first, other]
    assert neighbour_first(ranked, better, margin=0.02) == ranked  # not close enough
    assert neighbour_first(ranked, {5: 0.6, 9: 0.9, 6: 0.5}, margin=0.1) == ranked  # its sentence is worse
    apart = [first, other, _piece("A", 3, 7, 0.95)]  # not the next row: something lies between them
    assert neighbour_first(apart, {5: 0.6, 9: 0.9, 7: 0.7}, margin=0.1) == apart
    spoken = [first, other, _piece("B", 4, 6, 0.95)]  # the next row is another speaker's
    assert neighbour_first(spoken, better, margin=0.1) == spoken


def test_a_negative_neighbour_margin_is_refused_with_a_clear_message():
    with pytest.raises(TqaError, match="neighbour margin"):
        Settings().replace(neighbour_margin=-0.1)


def test_a_speaker_named_by_title_elsewhere_in_the_question_is_mentioned_with_the_topic(white_house_qa):
    from qa.rerank import mention_phrases, speakers_mentioned

    assert mention_phrases("Why is wildfire policy personal for the Vice President?") == ["the Vice President"]
    assert mention_phrases("How hot did it get in the state of Governor Brown?") == ["Governor Brown"]
    assert mention_phrases("What is Biden's view of Iran?") == []  # a name without a title
    infos = white_house_qa.list_transcripts()
    mentioned = speakers_mentioned("What happened to the family home of the Vice President?", infos)
    assert mentioned.labels == {"THE VICE PRESIDENT"} and mentioned.topic == content_stems("happened family home")
    # who speaks and the verb's subject are the other rules'
    assert speakers_mentioned("What did the Vice President say about water?", infos) == NamedSpeakers()
    assert speakers_mentioned("Why is Governor Newsom glad?", infos) == NamedSpeakers()


def test_the_passage_of_a_speaker_the_question_names_by_title_comes_before_other_speakers(white_house_qa):
    # Governor Brown tells of the heat in her state; Governor Newsom's turn speaks of the heat up north as well
    answer = white_house_qa.ask("How hot did it get last weekend in the state of Governor Brown?", k=3)
    assert answer.citations[0].speaker == "GOVERNOR BROWN"
    assert "117" in answer.citations[0].text


def test_a_questions_adjacent_lower_case_content_words_are_its_phrases():
    from qa.rerank import phrase_pairs

    assert phrase_pairs("Why does Lavrov accuse the West of double standards?") == {("doubl", "standard")}
    assert phrase_pairs("What did Newsom say about last year's heat dome?") == {("last", "year"), ("heat", "dome")}
    assert phrase_pairs("What did Suga say about the Senkaku Islands?") == frozenset()  # names are not phrases


def test_a_sentence_that_says_the_questions_phrase_gains_over_one_that_holds_its_words_apart():
    import qa.rerank
    from qa.rerank import PHRASE_WEIGHT, phrase_adjustments, phrase_pairs

    question = "What did Newsom say about the heat dome?"
    texts = ["We had a heat dome over the West Coast.", "The heat was worse under the dome of the capitol.",
             "We were burning up."]
    gains = phrase_adjustments(phrase_pairs(question), content_stems(question), texts)
    assert PHRASE_WEIGHT > 0 and gains.tolist() == [PHRASE_WEIGHT, 0.0, 0.0]
    assert qa.rerank.PHRASE_DISCOUNT == 0  # a word of the phrase alone keeps its share (docs/retrieval.md)


def test_speakers_joined_by_and_are_each_a_named_speaker(white_house_qa):
    infos = white_house_qa.list_transcripts()
    named = speakers_named("What did Biden and Suga say about China?", infos)
    assert named.labels == {"PRESIDENT BIDEN", "PRIME MINISTER SUGA"} and named.topic == content_stems("China")
    # six words joined: each of them up to five
    both = speakers_named("What did the President and the Vice President say about water?", infos)
    assert both.labels == {"THE PRESIDENT", "PRESIDENT BIDEN", "THE VICE PRESIDENT"}
    assert both.topic == content_stems("water")


def test_a_named_speakers_passage_is_highlighted_at_the_sentence_on_what_they_are_asked_about(white_house_qa):
    # Biden's opening passage names Suga ("Prime Minister Suga and I affirmed ...") a sentence before it says "the
    # challenges from China": the name is who speaks, not what they say
    answer = white_house_qa.ask("What did Biden and Suga say about China?", k=5)
    biden = [c for c in answer.citations if c.speaker == "PRESIDENT BIDEN"]
    assert biden and all("China" in c.highlight for c in biden)
    assert "China" in answer.citations[0].highlight


def test_a_sentence_that_points_back_or_announces_speaks_about_the_talk():
    from qa.rerank import about_talk, frames_talk

    framing = ["And, as I mentioned before, the velocity of that feedback loop is a function of Russia's choices.",
               "So building on [senior administration official]'s comments regarding the attribution: ...",
               "My goal for today's video is to provide you with a simple explanation.",
               "hi and Welcome to our new chapter here on random Forest",
               "yeah let's maybe discuss the the sampling with replacement a little bit",
               "In this video, we will also learn that there is a hidden tool in Chrome called Lighthouse."]
    plain = ["We will limit and suspend the activities of American foundations and NGOs.",
             "Serbia is among the top nations in Europe in vaccination rate, as the Minister noted today.",
             "I want to get people to think outside the box.", "as well as the OSCE and the Council of Europe"]
    assert frames_talk(framing).tolist() == [1.0] * len(framing)
    assert frames_talk(plain).tolist() == [0.0] * len(plain)
    # a question about the talk itself may be answered by such a sentence
    assert about_talk("Which hidden browser tool does the presenter promise to show?")
    assert not about_talk("How does bagging draw observations for its bootstrap samples?")


@pytest.fixture(scope="module")
def sanctions_call_qa(tmp_path_factory):
    from qa.api import TranscriptQA

    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("sanctions-call") / "index"))
    tqa.ingest([shared_path("data", "transcripts", "wh-background-press-call-russia-sanctions-2021-04-15.md")])
    return tqa


def test_the_statement_comes_before_a_later_turn_that_points_back_to_it(sanctions_call_qa, monkeypatch):
    # "as I mentioned before, the velocity of that feedback loop ..." restates the feedback loop; the answer, "We do
    # not seek to escalate", is in the statement that first said it (dev-rank6-6)
    import qa.rerank

    question = ("Having said the feedback loop is a function of Russia's choices, what does the official repeat about "
                "escalation?")
    answer = sanctions_call_qa.ask(question, k=3)
    assert "just to repeat" in answer.citations[0].text
    monkeypatch.setattr(qa.rerank, "FRAMING_PENALTY", 0.0)
    assert "as I mentioned" in sanctions_call_qa.ask(question, k=3).citations[0].text


def test_an_announcement_is_told_by_its_form():
    from qa.rerank import announces

    announcing = ["so we'll discuss the basic idea of begging here in the session",
                  "yeah I'm going try to understand a bit more why this actually improves predictive performance",
                  "Now I want to tell you about meta tags and meta description.",
                  "The next metric we are going to talk about is LCP.",
                  "Finally, let me offer an update on reports of bounties on U.S. soldiers in Afghanistan.",
                  "Now I’m going to ask Vice President Harris to say a few words and then we’ll move on.",
                  "Now, I’m eager to hear from each of you — each of the governors — as to what",
                  "Now we will each take a few questions, and I’ll begin by recognizing the Associated Press.",
                  "Next question is — goes to Trevor of Reuters.", "So let's look at this bakery algorithm.",
                  "Let me turn it now over to [senior administration official]."]
    # a statement in the future tense, or "let me" before what is said, is not one
    plain = ["We will limit and suspend the activities of American foundations and NGOs.",
             "We will ask the Americans to bring down the number of their diplomats.",
             "Let me respond to the Iran question.", "Let me stress again, we are prepared to support Serbia.",
             "we will have to see what they choose to do", "So, let's call this a broader goal.",
             "And LCP stands for Largest Contextual Paint.",
             "And for next year, we’re working to make more than — of those positions, permanent positions"]
    assert [s for s in announcing if not announces(s)] == []
    assert [s for s in plain if announces(s)] == []


def test_a_turn_that_only_announces_the_topic_comes_after_the_answer(tmp_path, monkeypatch):
    # the chair's agenda line holds every word of the question; the treasurer's turn answers it
    import qa.rerank

    tqa = meeting_qa(tmp_path, "council.txt",
                     "CHAIR: Good morning, everyone, and thank you for coming to the council meeting on the library "
                     "today.",
                     "CHAIR: First we will talk about the budget for the new library roof, and then we will hear from "
                     "the parks department about the summer schedule.",
                     "TREASURER: The roof will cost four hundred thousand dollars, paid out of the reserve fund over "
                     "the next two years, with the work starting in May.",
                     "PARKS DIRECTOR: The summer schedule is the same as last year, with the pools open from June "
                     "until the end of August every day.",
                     "CHAIR: Thank you both. We will meet again next month to vote on the roof contract and the pool "
                     "opening hours.")
    question = "How much money goes to the library roof?"
    assert tqa.ask(question, k=3).citations[0].speaker == "TREASURER"
    monkeypatch.setattr(qa.rerank, "AGENDA_PENALTY", 0.0)
    assert tqa.ask(question, k=3).citations[0].speaker == "CHAIR"


def test_a_hit_rescored_is_the_hit_replaced_with_that_score():
    import dataclasses

    passage = Passage("t.md", "A", "", "text", 0, 4, 0, 0)
    hit = Hit(passage, 0.5, dense=0.4, lexical=1.5, row=7, passages=(passage, passage), rows=(7, 8), first_turn=0,
              last_turn=0, start_char=0, end_char=4)
    rescored = hit.with_score(0.9)
    assert rescored == dataclasses.replace(hit, score=0.9) and rescored is not hit and hit.score == 0.5
    assert rescored.is_pair and rescored.span == (0, 4)


def test_the_holder_of_a_state_plan_or_promise_is_read_in_several_shapes():
    from qa.rerank import state_phrases

    assert state_phrases("What is Newsom worried about this summer?") == ["Newsom"]  # after the auxiliary
    assert state_phrases("What does Harris plan to do after the meeting?") == ["Harris"]
    assert state_phrases("Why Newsom is glad") == ["Newsom"]  # a name right before the word of state
    assert state_phrases("What is Suga's hope for the alliance?") == ["Suga"]  # a name that owns it
    # a word of state right after the name, not a noun between ("Biden's speech pleased": Biden holds no state)
    assert state_phrases("Did Biden's speech at the meeting please Newsom?") == []
    assert state_phrases("What did the reporter ask Suga?") == []
    assert state_phrases("What is Lamport doing at Microsoft these days?") == []  # no word of state


def test_a_state_holder_is_a_speaker_label_and_not_one_the_question_has_speak(white_house_qa, monkeypatch):
    import qa.rerank as rerank

    infos = white_house_qa.list_transcripts()
    monkeypatch.setattr(rerank, "STATE_WEIGHT", 0.5)
    assert rerank.state_holders("What is Newsom worried about this summer?", infos).labels == {"GOVERNOR NEWSOM"}
    # "what did X say": SPEAKER_WEIGHT's (speakers_named); a name no label holds: nobody
    assert rerank.state_holders("What did Newsom say he was worried about?", infos) == NamedSpeakers()
    assert rerank.state_holders("Is Japan worried about the Olympics?", infos) == NamedSpeakers()
    monkeypatch.setattr(rerank, "STATE_WEIGHT", 0.0)
    assert rerank.state_holders("What is Newsom worried about this summer?", infos) == NamedSpeakers()


def test_the_person_whose_worry_is_asked_answers_before_another_speaker(white_house_qa, monkeypatch):
    import qa.rerank as rerank

    question = "What is Newsom worried about this summer?"
    monkeypatch.setattr(rerank, "STATE_WEIGHT", 0.5)  # spk48's candidate (off as shipped: docs/retrieval.md)
    assert white_house_qa.ask(question, k=3).citations[0].speaker == "GOVERNOR NEWSOM"
    monkeypatch.setattr(rerank, "STATE_WEIGHT", 0.0)  # without the rule: the President's hurricane-season briefing
    assert white_house_qa.ask(question, k=3).citations[0].speaker != "GOVERNOR NEWSOM"


def test_a_question_put_to_the_person_stays_first_for_its_answer(white_house_qa, monkeypatch):
    import qa.rerank as rerank

    monkeypatch.setattr(rerank, "STATE_WEIGHT", 0.5)
    # the President's turn ends with his question to Governor Brown; her answer to it is cited, not another turn of
    # hers on the Good Neighbor Authority (with STATE_ASKED_MARK off, it was)
    answer = white_house_qa.ask("What would Governor Brown like the federal level to do to strengthen the Good "
                                "Neighbor agreement?", k=3)
    assert "train our National Guardsmen" in answer.citations[0].text
