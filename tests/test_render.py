"""The text forms both front ends show (qa.render), the page's pieces without a server (qa.cards), and the
suggested questions (qa.suggest)."""

from __future__ import annotations

import dataclasses
import re

from qa.api import Answer, Citation, cards, render
from qa.suggest import reporters_questions
from qa.types import CitedTurn, Piece, Turn
from tests.conftest import shared_path


def _citation(**changes) -> Citation:
    fields = dict(rank=1, transcript="t.txt", title="A title", date="2024-02-02", speaker="Chair", role="answer",
                  question=None, start_char=100, end_char=160, start_time=None, end_time=None,
                  text="Before it. The answer is here. After it.", highlight="The answer is here.", score=0.5,
                  paragraph=7, highlight_start=11, highlight_end=30)
    return Citation(**{**fields, **changes})


def test_clock_and_duration():
    assert render.clock(3725.9) == "01:02:05" and render.clock(None) == ""
    assert render.duration(3725) == "1 h 02 min" and render.duration(754) == "12 min"


def test_excerpt_marks_the_highlight_and_cuts_around_it():
    text = "word " * 300 + "The answer. " + "more " * 300
    shown = render.excerpt(text, "The answer.", width=100)
    assert "»The answer.«" in shown and shown.startswith("… ") and shown.endswith(" …") and len(shown) < 130


def test_markdown_text_keeps_a_link_as_text():
    assert "](" not in render.markdown_text("see [x](javascript:alert(1))").replace("\\](", "")


def test_references_link_to_their_cards():
    shown = cards.answer_text_html("It is so. [2] And so. [10]", 3)
    assert 'data-card="a3-c2"' in shown and 'data-card="a3-c10"' in shown


def test_cards_the_answer_does_not_cite_wait_behind_more_passages():
    citations = tuple(_citation(rank=n) for n in (1, 2, 3))
    answer = Answer(question="q", answerable=True, answer="The answer is here. [1] The answer is here. [3]",
                    citations=citations)
    strong, weak = cards.relevant_split(answer)
    assert [c.rank for c in strong] == [1, 3] and [c.rank for c in weak] == [2]
    shown = cards.reply_html(cards.Reply(number=1, question="q", answer=answer))
    assert "more passages (1)" in shown


def test_strip_places_timed_passages_by_time_and_others_by_position():
    extent = cards.Extent(chars=1000, seconds=200.0)
    assert cards.strip_share(_citation(start_time=50.0), extent) == 0.25
    assert cards.strip_share(_citation(start_char=500), cards.Extent(chars=1000)) == 0.5


def test_ticks_of_passages_close_together_lie_in_lanes_one_under_the_other():
    assert cards.tick_lanes([0.10, 0.12, 0.50, 0.13, 0.30]) == [0, 1, 0, 2, 0]
    assert cards.tick_lanes([0.1, 0.5, 0.9]) == [0, 0, 0]
    extent = cards.Extent(chars=1000)
    shown = cards.strip_html([_citation(rank=1, start_char=210), _citation(rank=2, start_char=220)], extent, 1, set())
    assert "left:21.00%" in shown and "left:22.00%;top:18px" in shown and 'class="tqa-bar" style="height:36px"' in shown
    alone = cards.strip_html([_citation(rank=1, start_char=100), _citation(rank=2, start_char=900)], extent, 1, set())
    assert "top:" not in alone and 'class="tqa-bar">' in alone


def test_exchange_shows_each_speaker_and_marks_the_highlight_in_its_turn():
    text = "Will it rain? It will rain tomorrow."
    turns = (CitedTurn("Reporter", "question", 0, 13, None, None, 3, 0, 13),
             CitedTurn("Mayor", "answer", 14, 36, None, None, 4, 14, 36))
    shown = cards.passage_html(_citation(kind="exchange", turns=turns, text=text, highlight="It will rain tomorrow.",
                                         highlight_start=14, highlight_end=36))
    assert "<strong>Reporter</strong>" in shown and "<strong>Mayor</strong>: <mark>It will rain tomorrow.</mark>" in shown


def test_declined_reply_says_why_and_offers_the_nearest():
    answer = Answer(question="q", answerable=False, answer="Not in these transcripts.")
    reply = cards.Reply(number=1, question="q", answer=answer, nearest=(_citation(cosine=0.21),), min_similarity=0.3)
    shown = cards.reply_html(reply)
    assert "0.21 similar" in shown and "0.30" in shown and "nearest passages (1)" in shown


def test_player_starts_at_the_highlight_time():
    shown = cards.player_html(_citation(start_time=10.0, highlight_start_time=12.5), "gradio_api/file=/x/a.wav")
    assert 'data-start="12.50"' in shown and "<audio" in shown and "00:00:12" in shown


def test_reporters_questions_stand_on_their_own():
    text = "Thanks. When will the Elm Street lane open? Will it cost more? Why?"
    turn = Turn("Reporter", "question", text, (Piece(0, len(text), 0, len(text)),), 0)
    assert reporters_questions([turn]) == ["When will the Elm Street lane open?"]


def test_corpus_table_escapes_titles():
    shown = cards.corpus_table_html([{"title": "<b>x</b>", "name": "x.txt", "date": "", "speakers": "",
                                      "passages": 3, "duration": ""}])
    assert "<b>x</b>" not in shown and re.search(r"<th>Duration</th>", shown)


def test_an_answer_shows_its_note_and_what_a_follow_up_searched():
    answer = Answer(question="And Putin?", answerable=True, answer="The answer is here. [1]",
                    citations=(_citation(),), query="And Putin? (after: Who spoke?)", history_used=True,
                    note="Nobody named <Putin> speaks in these transcripts.")
    shown = cards.reply_html(cards.Reply(number=1, question="And Putin?", answer=answer))
    assert "Nobody named &lt;Putin&gt; speaks" in shown
    assert "searched: And Putin? (after: Who spoke?)" in shown


def test_excerpt_cuts_between_words_on_both_sides():
    text = " ".join(f"w{i:03d}" for i in range(200)) + " The answer. " + " ".join(f"v{i:03d}" for i in range(200))
    shown = render.excerpt(text, "The answer.", width=106)
    head, tail = shown.split("»")[0], shown.split("«")[1]
    assert all(len(w) == 4 for w in head.split() if w != "…") and all(len(w) == 4 for w in tail.split() if w != "…")


def test_a_timed_citation_is_placed_at_its_highlight_not_its_passage_start():
    """A passage runs a minute or so; "at" gives the time its highlight is spoken (trial27: a sentence said at 11:14
    was shown "at 00:10:59", the passage's start), as the media link does; without a highlight time, the passage's."""
    timed = _citation(start_time=659.8, end_time=715.5, highlight_start_time=674.3, highlight_end_time=688.5)
    assert render.where(timed) == "at 00:11:14" and render.position(timed) == "00:11:14"
    assert render.where(_citation(start_time=659.8, end_time=715.5)) == "at 00:10:59"
    assert render.where(_citation()) == "paragraph 7"


# trial28: Markdown transcripts (the Changelog interview, the White House transcripts) showed their escapes and hard
# wraps: "\\[24:23\\] My colleague ...", "\\[senior administration official\\]", a card broken every 72 characters
CALL = "Thanks, \\[senior administration official\\].  So the prohibition\ncomes into effect on June 14.\n\nNext."


def test_markdown_text_reads_as_rendered_with_its_offsets_kept():
    assert len(render.shown_chars(CALL)) == len(CALL)
    assert render.readable(CALL, "call.md") == (
        "Thanks, [senior administration official].  So the prohibition comes into effect on June 14.\n\nNext.")
    assert render.readable("a \\\\ b", "x.markdown") == "a \\ b"  # an escaped backslash shows one
    assert render.readable(CALL, "call.txt") == CALL  # a plain text file is shown as written


def test_a_markdown_card_shows_no_escapes_and_no_hard_wraps_and_marks_the_same_words():
    start = CALL.index("So the")
    citation = _citation(transcript="call.md", text=CALL, highlight=CALL[start:CALL.index("14.") + 3],
                         highlight_start=start, highlight_end=CALL.index("14.") + 3)
    shown = cards.passage_html(citation)
    assert "\\[" not in shown and "[senior administration official]" in shown
    assert "<mark>So the prohibition comes into effect on June 14.</mark>" in shown
    assert shown.count("<br>") == 2  # the blank line between paragraphs, not the wrap inside one
    plain = cards.passage_html(dataclasses.replace(citation, transcript="call.txt"))
    assert "\\[senior" in plain and "prohibition<br>comes" in plain


def test_the_answer_and_the_citation_to_copy_read_markdown_as_rendered():
    said = "\\[24:23\\] My colleague has this wonderful talk."
    citation = _citation(transcript="episode.md", text=said, highlight=said, highlight_start=0,
                         highlight_end=len(said))
    answer = Answer(question="What was said at 24:23?", answerable=True, answer=f"{said} [1]", citations=(citation,))
    assert render.readable_answer(answer) == "[24:23] My colleague has this wonderful talk. [1]"
    assert render.render_answer(answer).count("\\[") == 0
    assert render.citation_text(citation).startswith("“[24:23] My colleague")
    assert "[24:23] My colleague" in cards.answered_html(cards.Reply(number=1, question="q", answer=answer))


def test_suggested_topics_are_names_not_adjectives_nor_pieces_of_a_hyphened_name():
    # trial28: after the Lamport upload, "What was said about Greek?" ("the Greek pronunciation"); the Biden-Suga
    # conference gave "Indo" and "Pacific" apart, the agentic-AI video "Wi" and "Fi"
    from qa.parse import parse_file
    from qa.suggest import distinctive_names

    names = ("changelog-552-leslie-lamport-interview.md", "wh-biden-suga-press-conference-2021-04-16.md",
             "wh-background-press-call-russia-sanctions-2021-04-15.md", "agentic-ai-explained-youtube-captions.vtt")
    turns = [parse_file(shared_path("data", "transcripts", n)).turns for n in names]
    lamport, suga, sanctions, video = distinctive_names(turns)
    assert "Greek" not in lamport and "Paxos" not in lamport and "the Paxos paper" in lamport
    assert "Indo-Pacific" in suga and not {"Indo", "Pacific"} & set(suga)
    assert "Russian" not in sanctions and "the Russian government" in sanctions and "Russia" in sanctions
    assert not {"Wi", "Fi"} & set(video)
