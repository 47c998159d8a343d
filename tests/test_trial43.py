"""What a new user's trial found (trial43, docs/ui.md "New user's trial (trial43)"): real files, index, model,
evaluation."""

from __future__ import annotations

import json

from click.testing import CliRunner

from qa.cli import main

# A lecture's captions as YouTube writes them: a sentence runs over several cues (each with its number and times).
CAPTIONS = """1
00:00:01,000 --> 00:00:04,000
today we look at ensembles and why they

2
00:00:04,000 --> 00:00:07,000
work so well in practice so the B in

3
00:00:07,000 --> 00:00:10,000
bagging is for bootstrapping and the rest

4
00:00:10,000 --> 00:00:13,000
is for aggregation which averages the models

5
00:00:13,000 --> 00:00:16,000
next week we turn to boosting and gradient methods
"""


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def test_a_gold_quote_copied_from_a_caption_citation_is_found_across_its_cues(tmp_path):
    """A researcher copied the highlight of a subtitle citation ("so the B in bagging is for bootstrapping") into
    their CSV as gold; in the file the words run over cues 2 and 3, with "3" and "00:00:07,000 --> 00:00:10,000"
    between them, and `tqa eval` refused it: "gold quote ... is not in lecture.srt; copy it from the transcript
    verbatim" (it had been)."""
    (tmp_path / "lecture.srt").write_text(CAPTIONS, encoding="utf-8")
    index = tmp_path / "index"
    code, out = run("ingest", tmp_path / "lecture.srt", "--index", index)
    assert code == 0, out
    questions = tmp_path / "mine.csv"
    questions.write_text("id,question,transcript,gold_quotes\n"
                         "b,What does the B in bagging stand for?,lecture.srt,"
                         "so the B in bagging is for bootstrapping\n"
                         "m,What comes next week?,lecture.srt,next week we turn to boosting\n", encoding="utf-8")
    code, out = run("eval", questions, "--index", index, "--out", tmp_path / "out")
    assert code == 0, out
    results = {r["id"]: r for r in map(json.loads, (tmp_path / "out" / "results.jsonl").read_text().splitlines())}
    text = CAPTIONS
    spans = [tuple(s) for s in results["b"]["gold"]]
    assert spans, results["b"]
    # the gold covers the quote's words in both cues, and nothing of the cue before or after them
    covered = "".join(text[a:b] for a, b in spans)
    assert "so the B in" in covered and "bagging is for bootstrapping" in covered
    assert "today we look" not in covered and "is for aggregation" not in covered
    assert results["b"]["first_relevant_rank"] is not None
    # a quote inside one cue is found in the file as before, to the character
    assert [text[a:b] for a, b in results["m"]["gold"]] == ["next week we turn to boosting"]
    # a quote said nowhere is still refused, naming its line
    questions.write_text("question,transcript,gold_quotes\nWhat?,lecture.srt,so the B in bagging is for boosting\n",
                         encoding="utf-8")
    code, out = run("eval", questions, "--index", index, "--out", tmp_path / "out2")
    assert code == 1 and "line 2: gold quote 'so the B in bagging is for boosting' is not in lecture.srt" in out


def test_a_saved_pages_inline_markup_shows_as_the_page_reads_not_as_tags(tmp_path):
    """trial42 left it, trial43 mended it: the White House's correction "<s>JOPCA</s> \\[JCPOA\\]" in the Suga
    conference's Markdown showed tags and all in the answer, the card, the citation to copy and `tqa ask`'s text.
    The tags are markup; the struck word is what the site corrected, and reads as the correction alone."""
    from qa import cards, render
    from qa.api import Settings, TranscriptQA

    page = tmp_path / "harbour-briefing-2021-04-16.md"
    page.write_text("# Remarks by the Mayor at a Harbour Briefing\n\n"
                    "**THE MAYOR:** Good morning. We have talked with our partners about how we move back into the "
                    "<s>JOPCA</s> \\[JCPOA\\], and so that we are a part of it again.\n\n"
                    "**THE MAYOR:** The <em>new</em> ferry timetable starts on Monday, and the <s>Reliance </s>"
                    "\\[Resilience\\] fund pays for it.\n", encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([page])
    answer = tqa.ask("How will they move back into the JCPOA?", k=2)
    first = answer.citations[0]
    assert "JCPOA" in first.highlight and "<s>" in first.text  # the record keeps the file's own text and offsets
    for shown in (render.readable_answer(answer), render.citation_text(first), cards.passage_html(first)):
        assert "<s>" not in shown and "&lt;s&gt;" not in shown and "JOPCA" not in shown, shown
        assert "into the [JCPOA], and" in shown, shown
    code, out = run("ask", "Which fund pays for the new ferry timetable?", "--index", tmp_path / "index", "--k", 1)
    assert code == 0 and "<em>" not in out and "</s>" not in out and "Reliance" not in out, out
    assert "The new ferry timetable starts on Monday, and the [Resilience] fund pays for it." in out, out


def test_a_question_of_emoji_or_symbols_alone_is_asked_for_in_words_in_the_page(seed_qa):
    """The page answered "🔥🔥🤔" with "Not in these transcripts … None of the words of this question occur in these
    transcripts." (it has none). The page (and its /ask endpoint) now says what to do, in one line, under the box;
    the library still declines such a question as before (the conversation sets hold "???" and "👍👍")."""
    import pytest

    import app
    from qa.errors import TqaError

    for typed in ("🔥🔥🤔", " ??? ", "👍👍"):
        with pytest.raises(TqaError, match="^The question has no words, only symbols or emoji: ask it in words.$"):
            app.ask(seed_qa, typed)
        assert not seed_qa.ask(typed).answerable  # the library: declined, as before
    assert app.ask(seed_qa, "Serbia 🇷🇸 vaccines?").question == "Serbia 🇷🇸 vaccines?"
