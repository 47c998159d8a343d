"""The UI's named endpoints, called through gradio_client against a real server over a copy of corpus/."""

from __future__ import annotations

from pathlib import Path

import pytest
from gradio_client import Client, handle_file

import app
from qa.api import TranscriptQA
from qa.config import Settings
from qa.errors import TqaError
from qa.types import Citation
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


def test_speaker_filter_and_k_narrow_the_citations(server):
    client, _ = server
    answer = client.predict(DIPLOMATS, speakers=["Question"], k=2, api_name="/ask")
    assert 1 <= len(answer["citations"]) <= 2
    assert {c["speaker"] for c in answer["citations"]} == {"Question"}


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
    assert (tqa.settings.corpus_dir / COUNCIL).read_bytes() == (DATA / COUNCIL).read_bytes()
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
    with pytest.raises(Exception, match=bad):
        client.predict([handle_file(str(DATA / bad))], api_name="/upload")
    assert names(client) == before
    assert not (tqa.settings.corpus_dir / bad).exists()


def test_remove_drops_the_transcript_and_its_file(server, tmp_path):
    client, tqa = server
    upload = tmp_path / "ferry-briefing.txt"
    upload.write_bytes((DATA / "script-injection.txt").read_bytes())
    client.predict([handle_file(str(upload))], api_name="/upload")
    assert "ferry-briefing.txt" in names(client)
    status, _ = client.predict("ferry-briefing.txt", api_name="/remove")
    assert "removed" in status
    assert "ferry-briefing.txt" not in names(client)
    assert not (tqa.settings.corpus_dir / "ferry-briefing.txt").exists()


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
    assert app.safe_name(raw) == safe


@pytest.mark.parametrize("raw", ["..", "notes.exe", "", "/"])
def test_upload_names_that_are_not_transcripts_are_refused(raw):
    with pytest.raises(TqaError):
        app.safe_name(raw)


def test_upload_over_the_size_limit_is_refused_before_indexing(tmp_path):
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus",
                                max_upload_mb=0.0001))
    with pytest.raises(TqaError, match="upload limit"):
        app.add_upload(tqa, str(DATA / COUNCIL))
    assert not (tmp_path / "corpus").exists() and not (tmp_path / "index").exists()


def _citation(**changes) -> Citation:
    fields = dict(rank=1, transcript="t.txt", title="A <b>title</b>", date="2024-02-02", speaker="Chair <i>",
                  role="statement", question=None, start_char=0, end_char=10, start_time=None, end_time=None,
                  text="Before. <script>alert(1)</script> The answer. After.", highlight="The answer.",
                  score=0.5, paragraph=3)
    return Citation(**{**fields, **changes})


def test_transcript_text_is_escaped_in_the_reply():
    shown = app.citation_html(_citation())
    assert "<script>" not in shown and "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "<b>title</b>" not in shown and "Chair &lt;i&gt;" in shown
    assert "<mark>The answer.</mark>" in shown
    assert "¶ 3" in shown


def test_timestamp_links_to_the_media_only_over_http():
    linked = app.citation_html(_citation(start_time=3725.4, media_url="https://example.org/v.mp4#t=3725"))
    assert '<a href="https://example.org/v.mp4#t=3725"' in linked and "01:02:05" in linked
    assert "<a " not in app.citation_html(_citation(start_time=5, media_url="javascript:alert(1)"))


def test_citation_to_copy_names_quote_speaker_title_and_date():
    assert app.citation_text(_citation()) == ("“The answer.” — Chair <i>, A <b>title</b>, 2 February 2024, "
                                              "paragraph 3.")


def test_earlier_questions_come_back_as_typed():
    chat = [{"role": "user", "content": [{"type": "text", "text": "Who &amp; why?"}]},
            {"role": "assistant", "content": "<p>reply</p>"}, {"role": "user", "content": "And then?"}]
    assert app.earlier_questions(chat) == ["Who & why?", "And then?"]


def test_evaluation_tab_scores_a_question_file(server):
    client, _ = server
    metrics, at_k, ranks, rows, files = client.predict(handle_file(str(DATA / "questions.jsonl")), "corpus", 5,
                                                      api_name="/evaluate")
    assert "hit@1" in metrics and "questions (with gold / unanswerable)  3 (2 / 1)" in metrics
    assert {row[2] for row in at_k["data"]} == {"Hit@k", "Recall@k"}
    assert sum(row[1] for row in ranks["value"]["data"]) == 2  # both questions with gold have a rank bar
    assert [row[0] for row in rows["data"]] == ["seed-01", "seed-37", rows["data"][2][0]]
    assert sorted(Path(f).name for f in files) == ["metrics.json", "report.html", "results.jsonl"]


def test_login_setting_must_name_user_and_password():
    assert app._auth("editor:s3:cret") == ("editor", "s3:cret")
    assert app._auth(None) is None
    with pytest.raises(TqaError, match="user:password"):
        app._auth("editor")


def test_citation_to_copy_says_the_date_once_when_the_title_has_it():
    citation = app.Citation(rank=1, transcript="x.txt", title="Briefing, Moscow, April 16, 2021", date="2021-04-16",
                            speaker="Sergey Lavrov", role="answer", question=None, start_char=0, end_char=5,
                            start_time=None, end_time=None, text="Quote.", highlight="Quote.", score=1.0, paragraph=7)
    assert app.citation_text(citation) == "“Quote.” — Sergey Lavrov, Briefing, Moscow, April 16, 2021, paragraph 7."
