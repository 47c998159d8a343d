"""The UI's named endpoints, called through gradio_client against a real server over a copy of corpus/."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import httpx
import pytest
from gradio_client import Client, handle_file

import app
from qa.api import Answer, Citation, Settings, TqaError, TranscriptQA, cards, corpus_files, render
from tests.conftest import running_ui

DATA = Path(__file__).parent / "data" / "ui"
SEED = "lavrov-selakovic-press-conference-2021-04-16.txt"
COUNCIL = "riverside-council-bicycle-lane-2024-03-05.txt"
DIPLOMATS = "How many American diplomats will be told to leave Russia?"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real server over a temporary copy of the bundled corpus: (client, TranscriptQA)."""
    with running_ui(tmp_path_factory.mktemp("ui-api")) as (url, tqa):
        yield Client(url, verbose=False), tqa


def names(client: Client) -> list[str]:
    return [t["name"] for t in client.predict(api_name="/list_transcripts")]


def test_ask_cites_the_answering_sentence(server):
    client, _ = server
    answer = client.predict(DIPLOMATS, api_name="/ask")
    assert answer["answerable"] is True
    assert "10 US diplomats leave Russia" in answer["answer"]
    assert "[1]" in answer["answer"]
    top = answer["citations"][0]
    assert top["speaker"] == "Sergey Lavrov" and top["role"] == "answer" and top["date"] == "2021-04-16"
    assert top["highlight"] in top["text"]


def test_question_the_corpus_does_not_answer_says_so(server):
    client, _ = server
    answer = client.predict("What is the recipe for chocolate cake?", api_name="/ask")
    assert answer["answerable"] is False
    assert answer["citations"] == []
    assert "not in these transcripts" in answer["answer"].lower()


def test_follow_up_searches_with_the_earlier_question(server):
    client, _ = server
    answer = client.predict("And what about Poland?", [DIPLOMATS], api_name="/ask")
    assert DIPLOMATS in answer["query"]
    assert "Poland also announced the expulsion of our diplomats" in answer["citations"][0]["text"]


# what the reporters asked about the diplomats: their questions hold it (a count, DIPLOMATS, they do not give, and
# the question is declined within that filter: "No passage found gives a count of what this question asks about.")
ASKED_ABOUT_DIPLOMATS = "Will American diplomats be told to leave Russia?"


def test_speaker_filter_and_k_narrow_the_citations(server):
    client, _ = server
    answer = client.predict(ASKED_ABOUT_DIPLOMATS, speakers=["Question"], k=2, api_name="/ask")
    assert 1 <= len(answer["citations"]) <= 2
    assert {c["speaker"] for c in answer["citations"]} == {"Question"}
    assert len(client.predict(ASKED_ABOUT_DIPLOMATS, api_name="/ask")["citations"]) > 2  # k and the filter narrow


def test_lexical_mode_is_selectable(server):
    client, _ = server
    answer = client.predict("Sputnik V production in Belgrade", mode="lexical", api_name="/ask")
    assert "Sputnik V" in answer["citations"][0]["text"]


def test_unknown_transcript_filter_is_an_error_in_words(server):
    client, _ = server
    with pytest.raises(Exception, match="no-such-file"):
        client.predict(DIPLOMATS, transcripts=["no-such-file.txt"], api_name="/ask")


def test_context_marks_the_cited_span(server):
    client, _ = server
    top = client.predict(DIPLOMATS, api_name="/ask")["citations"][0]
    turns = client.predict(top["transcript"], top["start_char"], top["end_char"], api_name="/context")
    cited = [t for t in turns if t["cited"]]
    assert len(cited) == 1
    marked = cited[0]["text"][cited[0]["cited_start"]:cited[0]["cited_end"]]
    assert top["highlight"] in marked
    assert turns[turns.index(cited[0]) - 1]["role"] == "question"  # the question it answers comes first


def test_upload_makes_a_transcript_searchable_at_once(server):
    client, tqa = server
    status, _ = client.predict([handle_file(str(DATA / COUNCIL))], api_name="/upload")
    assert f"{COUNCIL}: added" in status
    assert COUNCIL in names(client)
    assert (tqa.settings.data_dir / COUNCIL).read_bytes() == (DATA / COUNCIL).read_bytes()
    assert not (tqa.settings.corpus_dir / COUNCIL).exists()  # uploads never go into the corpus folder
    answer = client.predict("How much will the Elm Street bicycle lane cost?", api_name="/ask")
    assert answer["citations"][0]["transcript"] == COUNCIL
    assert any("1.8 million euros" in c["text"] for c in answer["citations"] if c["transcript"] == COUNCIL)
    only_seed = client.predict("How much will the Elm Street bicycle lane cost?", transcripts=[SEED], k=3,
                               api_name="/ask")
    assert {c["transcript"] for c in only_seed["citations"]} <= {SEED}


@pytest.mark.parametrize("bad", ["empty.txt", "binary.txt"])
def test_bad_upload_is_refused_and_changes_nothing(server, bad):
    client, tqa = server
    before = names(client)
    status, _ = client.predict([handle_file(str(DATA / bad))], api_name="/upload")
    assert "not indexed" in status and bad in status
    assert names(client) == before
    assert not (tqa.settings.data_dir / bad).exists()


def test_remove_drops_the_transcript_and_keeps_its_file(server, tmp_path):
    client, tqa = server
    upload = tmp_path / "ferry-briefing.txt"
    upload.write_bytes((DATA / "script-injection.txt").read_bytes())
    client.predict([handle_file(str(upload))], api_name="/upload")
    assert "ferry-briefing.txt" in names(client)
    status = client.predict("ferry-briefing.txt", api_name="/remove")
    assert "removed" in status
    assert "ferry-briefing.txt" not in names(client)
    assert (tqa.settings.data_dir / "ferry-briefing.txt").exists()


def test_remove_deletes_the_file_only_when_asked(server, tmp_path):
    client, tqa = server
    upload = tmp_path / "ferry-notice.txt"
    upload.write_bytes((DATA / "script-injection.txt").read_bytes())
    client.predict([handle_file(str(upload))], api_name="/upload")
    client.predict("ferry-notice.txt", True, api_name="/remove")
    assert not (tqa.settings.data_dir / "ferry-notice.txt").exists()


def test_removing_an_unknown_transcript_is_an_error(server):
    client, _ = server
    with pytest.raises(Exception, match="never-indexed"):
        client.predict("never-indexed.txt", api_name="/remove")


# ---- the page's pieces, without a server ------------------------------------------------------------------------

@pytest.mark.parametrize("raw, safe", [
    ("../../etc/evil.txt", "evil.txt"),
    ("..\\..\\windows\\evil.md", "evil.md"),
    (".hidden.txt", "hidden.txt"),
    ("my talk <script>.SRT", "my_talk_script_.srt"),
])
def test_upload_names_cannot_leave_the_corpus_folder(raw, safe):
    assert corpus_files.safe_name(raw) == safe


@pytest.mark.parametrize("raw", ["..", "notes.exe", "", "/"])
def test_upload_names_that_are_not_transcripts_are_refused(raw):
    with pytest.raises(TqaError):
        corpus_files.safe_name(raw)


def test_upload_over_the_size_limit_is_refused_before_indexing(tmp_path):
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", data_dir=tmp_path / "data", max_upload_mb=0.0001))
    with pytest.raises(TqaError, match="MB limit"):
        corpus_files.add_upload(tqa, corpus_files.Upload(DATA / COUNCIL, COUNCIL))
    assert not (tmp_path / "data").exists() and not (tmp_path / "index").exists()


def test_long_upload_names_that_share_their_beginning_stay_two_files():
    stem = "briefing-" + "x" * 130
    first, second = corpus_files.safe_name(stem + "-a.txt"), corpus_files.safe_name(stem + "-b.txt")
    assert first != second and len(first) <= corpus_files.MAX_STEM_CHARS + 4


def _citation(**changes) -> Citation:
    fields = dict(rank=1, transcript="t.txt", title="A <b>title</b>", date="2024-02-02", speaker="Chair <i>",
                  role="statement", question=None, start_char=0, end_char=10, start_time=None, end_time=None,
                  text="Before. <script>alert(1)</script> The answer. After.", highlight="The answer.",
                  score=0.5, paragraph=3)
    return Citation(**{**fields, **changes})


def _reply(citation: Citation) -> str:
    answer = Answer(question="q", answerable=True, answer="The answer. [1]", citations=(citation,))
    return cards.reply_html(cards.Reply(number=1, question="q", answer=answer))


def test_transcript_text_is_escaped_in_the_reply():
    shown = _reply(_citation())
    assert "<script>" not in shown and "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "<b>title</b>" not in shown and "Chair &lt;i&gt;" in shown
    assert "<mark>The answer.</mark>" in shown
    assert "¶ 3" in shown


def test_timestamp_links_to_the_media_only_over_http():
    linked = _reply(_citation(start_time=3725.4, media_url="https://example.org/watch?v=1#t=3725"))
    assert '<a href="https://example.org/watch?v=1#t=3725"' in linked and "01:02:05" in linked
    assert "javascript" not in _reply(_citation(start_time=5, media_url="javascript:alert(1)"))


def test_citation_to_copy_names_quote_speaker_title_and_date():
    assert render.citation_text(_citation()) == ("“The answer.” — Chair <i>, A <b>title</b>, 2 February 2024, "
                                              "paragraph 3.")


def test_evaluation_tab_asks_the_uploaded_transcripts_too_and_names_the_file_not_the_servers_copy(server, tmp_path):
    """A question file about an uploaded transcript was refused: "transcript '...' is not in the corpus (it holds
    the bundled one)", though the Corpus tab lists it and the chat answers from it; the message named the server's
    temporary copy (/tmp/gradio/<hash>/q.jsonl). Trial25."""
    client, tqa = server
    upload = tmp_path / "council-notes.txt"
    upload.write_bytes((DATA / COUNCIL).read_bytes())
    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(upload, upload.name)])
    assert done and not failed
    questions = tmp_path / "mine.jsonl"
    text = (DATA / COUNCIL).read_text(encoding="utf-8")
    quote = next(line for line in text.splitlines() if len(line.split()) > 8).split(": ", 1)[-1][:80]
    questions.write_text(json.dumps({"id": "u1", "question": "What was said about the bicycle lane?",
                                     "transcript": upload.name, "gold_quotes": [quote]}) + "\n"
                         + json.dumps({"id": "s1", "question": DIPLOMATS, "transcript": SEED}) + "\n",
                         encoding="utf-8")
    phase, metrics, *_ = client.predict(handle_file(str(questions)), "corpus", 5, api_name="/evaluate")
    assert phase.startswith("done: 2 questions ("), phase
    questions.write_text('{"question": "When?", "transcript": "nowhere.txt"}\n', encoding="utf-8")
    with pytest.raises(Exception) as refused:
        client.predict(handle_file(str(questions)), "corpus", 5, api_name="/evaluate")
    message = html.unescape(str(refused.value))
    assert "mine.jsonl: 1 problem: line 1: transcript 'nowhere.txt' is not in the corpus" in message
    assert "/gradio" not in message
    assert "council-notes.txt" in message and "report.html" not in message  # the run kept in the data folder is not
    corpus_files.remove(tqa, upload.name, delete_file=True)


def test_evaluation_tab_scores_a_question_file(server):
    client, _ = server
    phase, metrics, at_k, ranks, rows, files = client.predict(
        handle_file(str(DATA / "questions.jsonl")), "corpus", 5, api_name="/evaluate")
    assert phase.startswith("done: 3 questions (") and "scoring" in phase
    assert re.search(r"; searched the \d+ transcripts? of the Corpus tab; saved as run ", phase), phase  # trial29
    assert re.search(r"^category .*hit@1 .* with gold  unanswerable$", metrics, re.M)
    assert re.search(r"^press .* 2 +0$", metrics, re.M)  # two with gold, none unanswerable
    assert "hit@1" in metrics and "questions (with gold / unanswerable)  3 (2 / 1)" in metrics
    for plot in (at_k, ranks):  # matplotlib figures, sent as pictures (ui31: their axes in tests/test_app_plots.py)
        assert plot["type"] == "matplotlib" and plot["plot"].startswith("data:image/png;base64,")
    assert [row[0] for row in rows["data"]] == ["seed-01", "seed-37", rows["data"][2][0]]
    assert sorted(Path(f).name for f in files) == ["metrics.json", "report.html", "results.jsonl"]


def test_login_setting_must_name_user_and_password():
    assert app.parse_auth("editor:s3:cret") == ("editor", "s3:cret")
    assert app.parse_auth(None) is None
    with pytest.raises(TqaError, match="user:password"):
        app.parse_auth("editor")


def test_citation_to_copy_says_the_date_once_when_the_title_has_it():
    citation = Citation(rank=1, transcript="x.txt", title="Briefing, Moscow, April 16, 2021", date="2021-04-16",
                            speaker="Sergey Lavrov", role="answer", question=None, start_char=0, end_char=5,
                            start_time=None, end_time=None, text="Quote.", highlight="Quote.", score=1.0, paragraph=7)
    assert render.citation_text(citation) == "“Quote.” — Sergey Lavrov, Briefing, Moscow, April 16, 2021, paragraph 7."


def test_empty_question_is_refused_in_words(server):
    client, _ = server
    with pytest.raises(Exception, match="Type a question first"):
        client.predict("   ", api_name="/ask")


def test_overlong_question_is_refused_in_words(server):
    client, _ = server
    with pytest.raises(Exception, match="keep it under 2,000"):
        client.predict("why " * 600, api_name="/ask")


def test_roles_filter_keeps_only_that_role(server):
    client, _ = server
    answer = client.predict(ASKED_ABOUT_DIPLOMATS, roles=["question"], api_name="/ask")
    assert answer["citations"] and {c["role"] for c in answer["citations"]} == {"question"}


def test_declined_question_has_nearest_passages(server):
    client, _ = server
    nearest = client.predict("What is the recipe for chocolate cake?", api_name="/nearest")
    assert len(nearest) == 3 and all(c["text"] for c in nearest)


def test_suggestions_are_questions_from_the_transcripts(server):
    client, tqa = server
    offered = client.predict(api_name="/suggestions")
    text = " ".join(" ".join(tqa.transcript_text(i.name).split()) for i in tqa.list_transcripts())
    assert 3 <= len(offered) <= 5
    for q in offered:  # a reporter's question as asked, or a topic the transcripts name
        topic = q.removeprefix("What was said about ").removesuffix("?")
        assert q.endswith("?") and (q[1:] in text or topic in text), q


def _upload_by_http(url: str, path: Path) -> str:
    """Upload a file as the page does; returns the server's temporary path of it."""
    with path.open("rb") as handle:
        reply = httpx.post(f"{url}gradio_api/upload", files={"files": (path.name, handle)})
    reply.raise_for_status()
    return reply.json()[0]


def test_uploaded_copy_is_deleted_once_indexed(server, tmp_path):
    client, _ = server
    upload = tmp_path / "harbour-memo.txt"
    upload.write_bytes((DATA / "script-injection.txt").read_bytes())
    temp = _upload_by_http(client.src, upload)
    assert httpx.get(f"{client.src}gradio_api/file={temp}").status_code == 200
    status, _ = client.predict([{"path": temp, "meta": {"_type": "gradio.FileData"}}], api_name="/upload")
    assert "harbour-memo.txt: added" in status
    client.predict("harbour-memo.txt", api_name="/remove")
    assert httpx.get(f"{client.src}gradio_api/file={temp}").status_code != 200
    assert not Path(temp).exists()


def test_refused_upload_copy_is_deleted_too(server):
    client, _ = server
    temp = _upload_by_http(client.src, DATA / "binary.txt")
    status, _ = client.predict([{"path": temp, "meta": {"_type": "gradio.FileData"}}], api_name="/upload")
    assert "not indexed" in status
    assert not Path(temp).exists()


def test_an_upload_sent_again_after_its_copy_was_deleted_is_refused_by_name_and_the_rest_added(server, tmp_path):
    """Add clicked a second time with the files of the first still in the box: their temporary copies are gone.
    It was a FileNotFoundError (a bare "Error" in the page) and nothing of the second Add was indexed. The server
    remembers the copies it took (trial42), so the second Add reports the first's outcome; a copy it never took
    (a server restarted meanwhile) is refused by name, and the rest added."""
    _, tqa = server
    first, second = tmp_path / "pier-memo.txt", tmp_path / "quay-minutes.txt"
    first.write_bytes((DATA / "script-injection.txt").read_bytes() + b"\nHarbourmaster: The pier opens at six.\n")
    minutes = (DATA / COUNCIL).read_bytes() + b"\nClerk: The quay minutes end here.\n"
    second.write_bytes(minutes)
    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(first, first.name)])
    assert len(done) == 1 and done[0].startswith("pier-memo.txt: added") and not failed
    assert not first.exists()  # the temporary copy is deleted once indexed
    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(first, first.name),
                                                  corpus_files.Upload(second, second.name)])
    assert [line.split(":")[0] for line in done] == ["pier-memo.txt", "quay-minutes.txt"] and not failed
    assert done[0].startswith("pier-memo.txt: indexed moments before by an earlier Add of the same file")
    gone = tmp_path / "never-taken.txt"
    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(gone, gone.name)])
    assert failed == ["never-taken.txt: the server no longer holds this upload (it was added or refused already); "
                      "choose the file again"]
    copy = tmp_path / "quay minutes (copy).txt"
    copy.write_bytes(minutes)
    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(copy, copy.name)])
    assert done[0].endswith("; the same text as quay-minutes.txt, indexed already; answers will cite it once "
                            "per copy (remove the copies you do not need)"), done
    for name in ("pier-memo.txt", "quay-minutes.txt", done[0].split(":")[0]):
        corpus_files.remove(tqa, name, delete_file=True)


def test_two_long_upload_names_become_two_transcripts(server, tmp_path):
    client, _ = server
    stem = "council-" + "y" * 125
    paths = []
    for tail, source in (("-a", "script-injection.txt"), ("-b", COUNCIL)):
        paths.append(tmp_path / f"{stem}{tail}.txt")
        paths[-1].write_bytes((DATA / source).read_bytes())
    status, _ = client.predict([handle_file(str(p)) for p in paths], api_name="/upload")
    assert status.count(": added") == 2
    assert len([n for n in names(client) if n.startswith("council-yyyy")]) == 2


def test_file_content_in_an_error_is_escaped_as_text():
    message = render.message_text("bad.json: broken time start='[x](javascript:alert(1))' <b>")
    assert "](" not in message and "<b>" not in message and "javascript" in message
    assert render.markdown_text("[x](javascript:alert(1))") == r"\[x\]\(javascript:alert\(1\)\)"


def test_a_second_evaluation_before_any_upload_runs_like_the_first(tmp_path):
    """The first run writes its report under the data folder; that folder, holding no transcript, is no error."""
    with running_ui(tmp_path) as (url, _):
        client = Client(url, verbose=False)
        questions = handle_file(str(Path(__file__).parent / "data" / "ui" / "questions.jsonl"))
        for _ in range(2):
            done = client.predict(questions, "corpus", 5, api_name="/evaluate")[0]
            assert "done: 3 questions" in done, done


def test_the_corpus_table_and_tqa_list_name_speakers_not_the_reporters_label(seed_index_dir):
    # trial28: the corpus table listed "Question" (the label of the reporters' turns) among the Lavrov conference's
    # speakers; the speakers filter already left it out
    from click.testing import CliRunner

    from qa.cli import main

    tqa = TranscriptQA(Settings(index_dir=seed_index_dir))
    assert "Question" in tqa.list_transcripts()[0].speakers  # the index keeps the label: a role filter reads it
    (row,) = app.corpus_rows(tqa)
    assert row["speakers"] == "Sergey Lavrov"
    listed = CliRunner().invoke(main, ["list", "--index", str(seed_index_dir)]).output
    assert "speakers: Sergey Lavrov\n" in listed


def test_a_second_file_of_one_name_in_one_upload_is_refused_not_put_over_the_first(server, tmp_path):
    """trial35: the second replaced the first without a word ("added", then "updated")."""
    client, tqa = server
    notes = []
    for folder, month in (("monday", "March"), ("tuesday", "April")):
        (tmp_path / folder).mkdir()
        notes.append(tmp_path / folder / "harbour-notes.txt")
        notes[-1].write_text(f"The new ferry timetable starts in {month}. Boats leave every ten minutes.\n",
                             encoding="utf-8")
    status, _ = client.predict([handle_file(str(n)) for n in notes], api_name="/upload")
    assert "harbour-notes.txt: added, 1 passage" in status
    assert "not indexed</strong>: harbour-notes.txt: another file of this name" in status
    assert "March" in (tqa.settings.data_dir / "harbour-notes.txt").read_text(encoding="utf-8")
    tqa.remove("harbour-notes.txt")
