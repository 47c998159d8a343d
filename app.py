"""The Gradio UI: chat with cited answers and their evidence in place, the corpus, the evaluation.

`build_app(tqa)` builds the page over a `TranscriptQA`; `launch(demo, tqa)` serves it (login throttle, no SSR,
no run history, recordings playable); `serve(settings)` does both, and indexes the corpus and data folders beside
the page as it comes up (`StartUp`, shown in the page while it runs).
`tqa serve` imports this module lazily; `python app.py` does the same with `Settings.from_env()`.
The HTML comes from qa.cards, which escapes every piece of transcript text.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import socket
import sys
import threading
import warnings
import time
import uuid
from pathlib import Path
from urllib.parse import quote, urlparse
from urllib.request import url2pathname

import gradio as gr

from qa import api
from qa.api import (RETRIEVAL_MODES, ROLES, Answer, Settings, TqaError, TranscriptQA, cards, corpus_files,
                    named_speakers, render, to_json)

TITLE = "Transcript QA"
MAX_SUGGESTIONS = 5
log = logging.getLogger("tqa")
ASSETS = Path(__file__).resolve().parent / "qa" / "data"
# The file boxes' picker offers the files each one takes (the input's `accept`, set by page.js): not Gradio's
# file_types, whose check showed a bare "Error" badge for any other file dropped there (ui62)
FILE_PICKER = {"upload-files": ",".join(TranscriptQA.supported_suffixes() + list(corpus_files.MEDIA_SUFFIXES)),
               "eval-file": ".jsonl,.csv"}
PAGE_HEAD = (f"<script>window.tqaFilePicker = {json.dumps(FILE_PICKER)};</script>"
             f"<script>{(ASSETS / 'page.js').read_text(encoding='utf-8')}</script>")
PAGE_CSS = (ASSETS / "page.css").read_text(encoding="utf-8")
WARM_EVALUATION_AFTER_S = 20  # seconds after start-up; not tuned: any moment after the first answer will do
SHOW_LAST_REPLY_JS = "() => { window.tqaShowLastReply && window.tqaShowLastReply(); }"


# ---- one error wrapper, one ask -----------------------------------------------------------------------------

def guarded(fallback=None):
    """Our errors, in the page and the log as one line each, never a traceback: `fallback(message, *args)`
    gives the outputs that show the message; without one the message is raised as gr.Error (escaped as text)."""
    def wrap(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except TqaError as exc:
                message = render.one_line(str(exc))
                log.warning("%s: %s", fn.__name__, message)
                if fallback is not None:
                    return fallback(message, *args)
                raise gr.Error(render.message_text(message), print_exception=False) from None
        return wrapper
    return wrap


def check_question(question: str | None, settings: Settings) -> str:
    text = (question or "").strip()
    if not text:
        raise TqaError("Type a question first.")
    if not any(ch.isalnum() for ch in text):
        raise TqaError("The question has no words, only symbols or emoji: ask it in words.")
    if len(text) > settings.max_question_chars:
        raise TqaError(f"The question is {len(text):,} characters long; keep it under "
                       f"{settings.max_question_chars:,} (ask about one thing at a time).")
    return text


def ask(tqa: TranscriptQA, question: str, **options) -> Answer:
    """The one ask of the chat and of /ask: the question checked, then answered by the library."""
    return tqa.ask(check_question(question, tqa.settings), **options)


def media_src(url: str | None) -> str | None:
    """A URL the page can play a transcript's recording (`TranscriptInfo.media_url`) from: a local file beside
    it (served by Gradio from the corpus or data folder), or a media file on the web; None for none, or for a
    page such as YouTube."""
    if not url:
        return None
    parts = urlparse(url)
    if parts.scheme == "file":
        path = Path(url2pathname(parts.path))
        return f"gradio_api/file={quote(str(path))}" if path.is_file() else None
    if parts.scheme in ("http", "https") and corpus_files.is_media(parts.path):
        return url.split("#")[0]
    return None


def make_reply(tqa: TranscriptQA, number: int, question: str, answer: Answer, filters: dict) -> cards.Reply:
    """A reply with what its cards show: the turns around each citation, each transcript's extent and
    recording, whether it labels its turns question or answer, and for a declined question the nearest passages."""
    nearest = () if answer.answerable else tqa.nearest(question, history=filters.get("history", ()),
                                                        use_history=filters.get("use_history", True), k=3,
                                                        transcripts=filters.get("transcripts"),
                                                        speakers=filters.get("speakers"), roles=filters.get("roles"))
    cited = list(answer.citations) + list(nearest)
    context = {c.rank: tqa.context(c.transcript, c.start_char, c.end_char, before=1, after=1) for c in cited}
    names = {c.transcript for c in cited}
    media = {i.name: media_src(i.media_url) for i in tqa.list_transcripts() if i.name in names}
    return cards.Reply(number=number, question=question, answer=answer, context=context, nearest=nearest,
                       extents={n: tqa.extent(n) for n in names}, media=media,
                       min_similarity=tqa.settings.min_similarity,
                       unlabelled=frozenset(n for n in names if not tqa.labels_turns(n)),
                       scope=filter_scope(tqa, filters))


def filter_scope(tqa: TranscriptQA, filters: dict) -> str:
    """The filters that narrowed the search, in words, for the reply ("" when none narrows it): transcripts by
    their title as the filter shows them, speakers, roles."""
    parts = []
    if filters.get("transcripts"):
        titles = {i.name: i.title or i.name for i in tqa.list_transcripts()}
        shown = [titles.get(name, name) for name in filters["transcripts"]]
        parts.append("; ".join(t if len(t) <= 70 else t[:69].rstrip() + "…" for t in shown))
    if filters.get("speakers"):
        parts.append(f"the turns of {', '.join(filters['speakers'])}")
    if filters.get("roles"):
        parts.append(f"{' and '.join(filters['roles'])} turns")
    return " · ".join(parts)


# ---- the chat tab -------------------------------------------------------------------------------------------

def speaker_choices(tqa: TranscriptQA, transcripts=None) -> list[str]:
    """Speakers by name: the labels parsers give unnamed turns ("Question", "Answer") are roles, not people."""
    return named_speakers(tqa.speakers(transcripts or None))


def transcript_choices(tqa: TranscriptQA) -> list[tuple[str, str]]:
    """(label, file name): the file name first, so typing it finds the transcript, then title and date."""
    return [(f"{i.name} · {i.title[:60]}{' · ' + i.date if i.date else ''}", i.name) for i in tqa.list_transcripts()]


def suggestion_updates(tqa: TranscriptQA, visible: bool = True) -> list:
    """Updates of the suggestions' title and buttons (`parts["suggested"]`): the title only while questions show."""
    questions = tqa.suggestions(MAX_SUGGESTIONS) if visible else []
    return [gr.update(visible=bool(questions))] + [
        gr.update(value=questions[n], visible=True) if n < len(questions) else gr.update(visible=False)
        for n in range(MAX_SUGGESTIONS)]


def chat_tab(tqa: TranscriptQA) -> dict:
    """The chat: the conversation, suggested questions, the sticky question box, and the filters beside."""
    with gr.Tab("Chat", id="chat"):
        with gr.Row(elem_id="chat-row"):
            with gr.Column(scale=3, min_width=320, elem_id="chat-column"):
                parts = {"conversation": gr.HTML("", elem_id="conversation", js_on_load=None),
                         "replies": gr.State([])}
                with gr.Column(elem_id="suggestions"):
                    title = gr.Markdown("**Not sure what to ask?** Questions from these transcripts:", visible=False)
                    parts["suggestions"] = [gr.Button(visible=False, size="sm", elem_classes="tqa-suggestion")
                                            for _ in range(MAX_SUGGESTIONS)]
                    parts["suggested"] = [title, *parts["suggestions"]]  # what suggestion_updates updates
                with gr.Column(elem_id="askbar"):
                    # `tqa serve`'s start-up line, apart from the chat's own notices, which it must not overwrite
                    parts["starting"] = gr.HTML("", elem_id="chat-starting", js_on_load=None)
                    parts["notice"] = gr.HTML("", elem_id="notice", js_on_load=None)
                    with gr.Row(equal_height=True):
                        parts["question"] = gr.Textbox(placeholder="Ask a question…", show_label=False,
                                                       scale=6, min_width=160, lines=1, max_lines=4,
                                                       elem_id="question")
                        parts["ask"] = gr.Button("Ask", variant="primary", scale=1, min_width=60, elem_id="ask")
                        parts["new"] = gr.Button("New", scale=1, min_width=60, elem_id="new-chat")
            with gr.Column(scale=2, min_width=280, elem_id="filters"):
                parts.update(filters_panel(tqa))
    return parts


def filters_panel(tqa: TranscriptQA) -> dict:
    settings = tqa.settings
    with gr.Accordion("Filters", open=True):
        parts = {
            "transcripts": gr.Dropdown(choices=transcript_choices(tqa), multiselect=True, elem_id="filter-transcripts",
                                       label="Transcripts (none: all)", allow_custom_value=True),
            "speakers": gr.Dropdown(choices=speaker_choices(tqa), multiselect=True, label="Speakers (none: all)",
                                    allow_custom_value=True, elem_id="filter-speakers"),
            "roles": gr.CheckboxGroup(list(ROLES), label="Roles (none: all)", elem_id="filter-roles"),
            "k": gr.Slider(1, 20, value=settings.k, step=1, label="Passages to cite (k)"),
            "follow": gr.Checkbox(True, label="Follow-up: search with the earlier questions in mind",
                                  elem_id="follow-up"),
        }
    with gr.Accordion("Advanced", open=False):
        parts["mode"] = gr.Radio(list(RETRIEVAL_MODES), value=settings.mode, label="Retrieval")
        parts["dense_weight"] = gr.Slider(0, 1, value=settings.dense_weight, step=0.05, label="Dense weight")
    return parts


def wire_chat(tqa: TranscriptQA, p: dict) -> None:
    """Ask: show the question at once, answer it, scroll the reply into view; new conversation; suggestions."""
    def refused(message, text, replies):
        return gr.update(), replies, gr.update(), render.html_text(message), *[gr.update()] * (MAX_SUGGESTIONS + 1)

    @guarded(refused)
    def start(text: str, replies: list):
        question = check_question(text, tqa.settings)
        replies = replies + [cards.Reply(number=len(replies) + 1, question=question)]
        hidden = [gr.update(visible=False)] * (MAX_SUGGESTIONS + 1)
        return "", replies, cards.conversation_html(replies), "", *hidden

    def failed(message, replies, *_):
        replies = replies[:-1] + [cards.Reply(number=len(replies), question=replies[-1].question, error=message)]
        return replies, cards.conversation_html(replies)

    @guarded(failed)
    def finish(replies: list, transcripts, speakers, roles, k, follow, mode, dense_weight):
        if not replies or replies[-1].answer is not None or replies[-1].error:
            return gr.update(), gr.update()
        question = replies[-1].question
        # the earlier questions go with every question; unticked, it is asked alone (and told what it points back to)
        filters = {"history": [r.question for r in replies[:-1]], "use_history": bool(follow),
                   "transcripts": transcripts or None, "speakers": speakers or None, "roles": roles or None}
        answer = ask(tqa, question, k=int(k), mode=mode, dense_weight=float(dense_weight), **filters)
        replies = replies[:-1] + [make_reply(tqa, len(replies), question, answer, filters)]
        return replies, cards.conversation_html(replies)

    asked = [p["question"], p["replies"]]
    started = [p["question"], p["replies"], p["conversation"], p["notice"], *p["suggested"]]
    answering = [p["replies"], p["transcripts"], p["speakers"], p["roles"], p["k"], p["follow"], p["mode"],
                 p["dense_weight"]]
    for trigger in (p["question"].submit, p["ask"].click):
        trigger(start, asked, started, queue=False, api_visibility="private").then(
            finish, answering, [p["replies"], p["conversation"]], api_visibility="private",
            show_progress="hidden").then(None, js=SHOW_LAST_REPLY_JS)
    for button in p["suggestions"]:
        button.click(lambda text: text, button, p["question"], queue=False, api_visibility="private").then(
            start, asked, started, queue=False, api_visibility="private").then(
            finish, answering, [p["replies"], p["conversation"]], api_visibility="private",
            show_progress="hidden").then(None, js=SHOW_LAST_REPLY_JS)
    p["new"].click(lambda: ([], "", "", "", *suggestion_updates(tqa)), None,
                   [p["replies"], p["conversation"], p["notice"], p["question"], *p["suggested"]],
                   api_visibility="private")
    p["transcripts"].change(guarded(lambda message, chosen: gr.update(choices=[]))(
        lambda chosen: gr.update(choices=speaker_choices(tqa, chosen))), p["transcripts"], p["speakers"],
        api_visibility="private")


# ---- the corpus tab -----------------------------------------------------------------------------------------

def corpus_rows(tqa: TranscriptQA) -> list[dict]:
    rows = []
    for info in tqa.list_transcripts():
        seconds = tqa.extent(info.name).seconds
        people = named_speakers(info.speakers)  # not "Question", the reporters' label (trial28)
        rows.append({"name": info.name, "title": info.title, "date": info.date or "", "passages": info.passages,
                     "speakers": ", ".join(people[:8]) + (" …" if len(people) > 8 else ""),
                     "duration": render.duration(seconds), "recording": _recording_cell(info.media_url)})
    return rows


def _recording_cell(url: str | None) -> str:
    """What the Corpus table says of a transcript's recording: one the page plays, a page elsewhere (a video's
    web page), or none (trial44: the table did not say which transcripts had one)."""
    if media_src(url):
        return "plays here"
    return "on the web" if url else ""


def corpus_tab(tqa: TranscriptQA) -> dict:
    """The indexed transcripts, with uploads and Remove (confirmed) beside the table, never over it."""
    with gr.Tab("Corpus", id="corpus"):
        with gr.Row():
            with gr.Column(scale=3, min_width=320):
                p = {"table": gr.HTML(cards.corpus_table_html(corpus_rows(tqa)), elem_id="corpus-table",
                                      js_on_load=None)}
            with gr.Column(scale=2, min_width=280):
                # no file_types: Gradio's own check turned a dropped file of another type (a cover.png beside the
                # captions) into a red "Error" over the box, hiding the good files chosen with it, and a toast gone
                # in 10 s; the picker still offers these suffixes (FILE_PICKER), and Add names each refused file
                # in the status (ui62)
                p["files"] = gr.File(file_count="multiple", type="filepath",
                                     label="Transcripts, and recordings of the same name", elem_id="upload-files")
                p["upload"] = gr.Button("Add to index", variant="primary", elem_id="upload")
                p["status"] = gr.HTML("", elem_id="corpus-status", js_on_load=None)
                p["starting"] = gr.HTML("", elem_id="corpus-starting", js_on_load=None)  # `tqa serve`'s start-up
                p["to_remove"] = gr.Dropdown(choices=transcript_choices(tqa), label="Transcript to remove",
                                             elem_id="remove-choice")
                p["delete_file"] = gr.Checkbox(False, label="Also delete its file (from the data or corpus folder)",
                                               elem_id="delete-file")
                p["remove"] = gr.Button("Remove from index…", variant="stop", elem_id="remove")
                with gr.Group(visible=False, elem_id="confirm-remove") as p["confirm"]:
                    p["confirm_text"] = gr.HTML("", js_on_load=None)
                    with gr.Row():
                        p["yes"] = gr.Button("Yes, remove", variant="stop", elem_id="confirm-yes")
                        p["no"] = gr.Button("Cancel", elem_id="confirm-no")
    return p


def still_to_add(chosen: list[str] | None) -> list[str] | None:
    """What the upload box keeps after Add: the files chosen while it ran. Add deletes the server's copy of every
    file it was given, added or refused (`corpus_files.add_uploads`), so a copy still there was not sent."""
    return [path for path in chosen or [] if Path(path).is_file()] or None


def status_html(done: list[str], failed: list[str]) -> str:
    lines = [f"<li>{render.html_text(line)}</li>" for line in done]
    lines += [f'<li class="tqa-error"><strong>not indexed</strong>: {render.html_text(m)}</li>' for m in failed]
    return f'<ul class="tqa-status">{"".join(lines)}</ul>'


def upload_step(step: corpus_files.UploadStep) -> tuple[float, str]:
    """What the upload's progress shows for a step of `corpus_files.add_uploads`: that file's own share done, and
    which file of how many it is (trial37: "500/700 steps" and "Indexing NAME: embedding passages - 71.4%" gave the
    whole upload's share under one file's name)."""
    doing = f"{step.name}: {step.what}"
    if step.count == 1:
        return step.share, f"Indexing {doing}"
    return step.share, f"Indexing file {step.number} of {step.count}, {doing}"


def wire_corpus(tqa: TranscriptQA, p: dict, chat: dict) -> None:
    def upload(paths: list[str] | None, progress=gr.Progress()):
        """Index uploaded transcripts (and recordings of the same name) and keep them in the data folder."""
        if not paths:
            return status_html([], ["choose one or more transcript files first"]), gr.update()
        uploads = [corpus_files.Upload(Path(path), Path(path).name) for path in paths]
        # said at once, beside the table, and then each step: a large file takes a while, a first one too
        progress(0.0, desc=f"Indexing {', '.join(u.name for u in uploads)}…")
        done, failed = corpus_files.add_uploads(tqa, uploads, lambda step: progress(*upload_step(step)))
        for message in failed:
            log.warning("upload refused: %s", render.one_line(message))
        return status_html(done, failed), cards.corpus_table_html(corpus_rows(tqa))

    # what the confirmation names is what "Yes, remove" removes: the choice box is emptied whenever the corpus
    # changes (an upload, the page's load, the start-up indexing done), and "Yes" then sent no name and failed with
    # Gradio's "Error" (trial35)
    asked = gr.State(None)

    def ask_to_remove(name, delete_file):
        if not name:
            return gr.update(visible=False), "", status_html([], ["choose a transcript to remove"]), None
        # trial37: a transcript removed with its file kept came back at the next start and with the next evaluation,
        # which index the corpus and data folders; it is now set aside until uploaded again (qa.ingest.SET_ASIDE)
        also = (" and delete its file" if delete_file else
                " (its file is kept, and stays out of the index until you upload it again)")
        text = f"<p>Remove <strong>{render.html_text(name)}</strong> from the index{also}?</p>"
        return gr.update(visible=True), text, "", (name, bool(delete_file))

    def removed(message, *_):
        return status_html([], [message]), gr.update(), gr.update(visible=False), None

    @guarded(removed)
    def remove_confirmed(confirmed):
        if not confirmed:
            raise TqaError("choose a transcript to remove")
        name, delete_file = confirmed
        line = corpus_files.remove(tqa, name, delete_file=delete_file)
        return status_html([line], []), cards.corpus_table_html(corpus_rows(tqa)), gr.update(visible=False), None

    choices = [chat["transcripts"], chat["speakers"], p["to_remove"], *chat["suggested"]]
    p["upload"].click(upload, p["files"], [p["status"], p["table"]], api_name="upload",
                      show_progress_on=[p["status"]]).then(lambda chosen, spoken: refreshed(tqa, chosen, spoken=spoken),
                                                           [chat["transcripts"], chat["speakers"]], choices,
                                                           api_visibility="private"
                      ).then(still_to_add, p["files"], p["files"], api_visibility="private", queue=False)
    # the box emptied after Add: its files' temporary copies are deleted, and a second Add must not send them again;
    # files chosen while it ran stay (ui62: they were emptied away unsent, without a word)
    p["remove"].click(ask_to_remove, [p["to_remove"], p["delete_file"]],
                      [p["confirm"], p["confirm_text"], p["status"], asked], api_visibility="private", queue=False)
    p["no"].click(lambda: (gr.update(visible=False), None), None, [p["confirm"], asked], api_visibility="private",
                  queue=False)
    p["yes"].click(remove_confirmed, asked, [p["status"], p["table"], p["confirm"], asked],
                   api_visibility="private").then(lambda chosen, spoken: refreshed(tqa, chosen, spoken=spoken),
                                                  [chat["transcripts"], chat["speakers"]], choices,
                                                  api_visibility="private")


def refreshed(tqa: TranscriptQA, chosen=None, suggest: bool = False, spoken=None) -> list:
    """Filter and remove choices after the corpus changed (a removed transcript leaves the filter, and so do
    `spoken`, the speakers chosen, who no longer speak in what is left); on page load the suggested questions too
    (later they would break into a conversation)."""
    names = {name for _, name in transcript_choices(tqa)}
    chosen = [t for t in (chosen or []) if t in names]
    suggestions = suggestion_updates(tqa) if suggest else [gr.update()] * (MAX_SUGGESTIONS + 1)
    offered = speaker_choices(tqa, chosen)
    # trial37: a speaker of a removed transcript stayed chosen, and every question then failed with "no speaker
    # matches ..."
    speakers = (gr.update(choices=offered) if spoken is None
                else gr.update(choices=offered, value=[s for s in spoken if s in offered]))
    return [gr.update(choices=transcript_choices(tqa), value=chosen), speakers,
            gr.update(choices=transcript_choices(tqa), value=None), *suggestions]


# ---- the evaluation tab -------------------------------------------------------------------------------------

def evaluation_tab(tqa: TranscriptQA) -> None:
    """Run a question file over the corpus folder's index: phases named, metrics, plots, categories, per
    question, downloads; and compare two earlier runs."""
    with gr.Tab("Evaluation", id="evaluation"):
        gr.Markdown("Score retrieval on a question file (JSONL or CSV with `question`, `transcript`, `gold_quotes`, "
                    "`answerable`, `history`, and any fields of your own such as `category`).")
        with gr.Row():
            question_file = gr.File(type="filepath", label="Question file", elem_id="eval-file")  # as above (ui62)
            with gr.Column():
                scope = gr.Radio(list(api.SCOPES), value="corpus", label="Search the whole corpus, or only the "
                                                                         "question's transcript")
                k = gr.Slider(1, 20, value=tqa.settings.k, step=1, label="k (citations scored)")
                run_button = gr.Button("Run evaluation", variant="primary", elem_id="eval-run")
        phase = gr.HTML("", elem_id="eval-phase", js_on_load=None)
        outputs = evaluation_outputs()
        # a refused file is one line where the phases are said (trial35: Gradio's "Error" badge there and its toast);
        # /evaluate still raises it for gradio_client, from a button the page does not show
        # the line is emptied first: under the new run's progress the last one's "not run: …" stayed in view until
        # the run ended, as if the file just chosen had been refused (trial44)
        emptied = run_button.click(lambda: "", None, phase, queue=False, api_visibility="private",
                                   show_progress="hidden")
        ran = emptied.then(evaluation_runner(tqa, refused_evaluation), [question_file, scope, k],
                           [phase, *outputs["all"]], api_name="evaluate_in_page", api_visibility="private",
                           show_progress_on=[phase])
        gr.Button(visible=False, elem_id="eval-api").click(
            evaluation_runner(tqa), [question_file, scope, k], [phase, *outputs["all"]], api_name="evaluate")
        comparison_panel(tqa, ran)


# id, question, transcript, category, answerable (expected / said), first relevant rank, recall@k, latency ms
EVAL_COLUMN_WIDTHS = ("110px", "330px", "190px", "100px", "120px", "90px", "80px", "90px")  # 1110 px: a phone scrolls


def evaluation_outputs() -> dict:
    summary = gr.Code(label="Metrics", language=None, elem_id="eval-metrics", show_line_numbers=False)
    # matplotlib figures, as in report.html, not Gradio's BarPlot and LinePlot: in Gradio 6.31 their Vega-Lite axis
    # takes a format and a label angle only (no tick step: the ranks' axis had ticks at 0.5 questions, and the format
    # "d" repeats labels), and their lines have no markers or dashes (Recall@k hid Hit@k where equal) (ui31)
    with gr.Row():
        at_k = gr.Plot(label="Hit@k and Recall@k", show_label=False, format="png", elem_id="eval-at-k")
        ranks = gr.Plot(label="Rank of the first relevant citation", show_label=False, format="png",
                        elem_id="eval-ranks")
    # widths that fit every column in the page: without them the question took the width and the columns a batch
    # evaluation is read by (answerable expected / said, the first relevant rank) lay off to the right, under a
    # header row of 200 px (trial29)
    per_question = gr.Dataframe(label="Per question", interactive=False, wrap=True, max_height=420,
                                column_widths=list(EVAL_COLUMN_WIDTHS), elem_id="eval-rows")
    downloads = gr.File(label="Results (results.jsonl, metrics.json, report.html)", file_count="multiple")
    return {"all": [summary, at_k, ranks, per_question, downloads]}


def refused_evaluation(message: str, *_) -> tuple:
    """The page's outputs for a question file that was not run: the reason in the phase line, the last run's
    figures cleared (it is kept under "Compare two earlier runs")."""
    return (f'<p class="tqa-error" role="alert">not run: {render.html_text(message)}</p>', None, None, None, None,
            None)


def evaluation_runner(tqa: TranscriptQA, fallback=None):
    @guarded(fallback)
    def evaluate(path: str | None, scope_value: str, k_value, progress=gr.Progress()):
        """Evaluate a question file; returns the phase line, metrics (by category too), plots, rows and files."""
        if not path:
            raise TqaError("Choose a question file first.")
        phases = EvalPhases(progress)
        phases.say("indexing the corpus")  # said even when nothing changed and ingest reports no progress
        try:  # the uploads are asked too, as in the chat; a message names the file, not the server's copy
            run = api.run_eval(path, settings=tqa.settings, corpus=tqa.settings.corpus_dir,
                               index=tqa.settings.index_dir, scope=scope_value, k=int(k_value),
                               ingest_progress=phases.indexing, ask_progress=phases.asking,
                               uploads=tqa.settings.data_dir)
        except TqaError as exc:
            raise TqaError(str(exc).replace(str(path), Path(path).name)) from None
        phases.say("plots")
        plots = eval_plots(run)
        phases.say("report")
        name = f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:4]}-{Path(path).stem}"
        out_dir = api.write_report(run, evaluation_folder(tqa) / name)
        files = [str(out_dir / name) for name in ("results.jsonl", "metrics.json", "report.html")]
        # which corpus was searched: the Corpus tab's, not the folder a `tqa eval --corpus` names (trial29: the same
        # file gave other figures there, and the line did not say why)
        searched = ("each question's transcript" if scope_value == "transcript"
                    else f"the {render.count(len(tqa.list_transcripts()), 'transcript')} of the Corpus tab")
        done = (f"done: {len(run.results)} questions ({phases.summary()}); searched {searched}; saved as run "
                f"{out_dir.name}")
        # the metrics text holds the per-category table when the questions carry a `category`
        return (render.html_text(done), api.summary_table(run.metrics, run.config["k"]), *plots, eval_rows(run),
                files)
    return evaluate


class EvalPhases:
    """Progress that names each phase of an evaluation (indexing, asking, scoring, plots, report) as it runs,
    and afterwards how long each took, so that no phase passes unseen."""

    def __init__(self, progress):
        self.progress, self.phase, self.since, self.took = progress, None, time.perf_counter(), {}

    def say(self, phase: str, detail: str = "", done: int = 0, total: int = 1) -> None:
        now = time.perf_counter()
        if phase != self.phase:
            if self.phase:
                self.took[self.phase] = self.took.get(self.phase, 0.0) + now - self.since
            self.phase, self.since = phase, now
        self.progress((done, max(total, 1)), desc=f"{phase}{': ' + detail if detail else ''}")

    def indexing(self, done: int, total: int, what: str) -> None:
        self.say("indexing the corpus", what, done, total)

    def asking(self, done: int, total: int, what: str) -> None:
        self.say("asking", f"{done}/{total} questions", done, total)
        if done >= total:  # scoring follows at once, inside run_eval
            self.say("scoring", "ranking metrics")

    def summary(self) -> str:
        self.say("done")
        return ", ".join(f"{phase} {seconds:.1f} s" for phase, seconds in self.took.items())


def evaluation_folder(tqa: TranscriptQA) -> Path:
    return Path(tqa.settings.data_dir) / "evaluations"


def earlier_runs(tqa: TranscriptQA) -> list[str]:
    folder = evaluation_folder(tqa)
    return sorted((p.name for p in folder.glob("*") if (p / "metrics.json").is_file()), reverse=True) \
        if folder.is_dir() else []


def comparison_panel(tqa: TranscriptQA, ran) -> None:
    """Two earlier runs side by side; `ran` is the page's evaluation, after which the runs offered are read again."""
    with gr.Accordion("Compare two earlier runs", open=False):
        runs = gr.Dropdown(choices=earlier_runs(tqa), multiselect=True, max_choices=2, label="Runs",
                           elem_id="compare-runs")
        compare_button = gr.Button("Compare", elem_id="compare")
        comparison = gr.Code(label="Comparison", language=None, elem_id="comparison", show_line_numbers=False)

    @guarded()
    def compare(chosen):
        if not chosen or len(chosen) != 2:
            raise TqaError("Choose two earlier runs to compare.")
        folder = evaluation_folder(tqa)
        return api.comparison_table(api.compare_runs([folder / name for name in chosen]))

    compare_button.click(compare, runs, comparison, api_name="compare")
    ran.then(lambda: gr.update(choices=earlier_runs(tqa)), None, runs, api_visibility="private")


def eval_plots(run):
    """The Hit@k / Recall@k lines and the first relevant rank's bars of `run`, as matplotlib figures (a tick per k
    asked, never k = 1.5; whole questions on the bars' axis; both lines visible where they are equal)."""
    return api.at_k_figure(run), api.ranks_figure(run)


def first_rank(result) -> int | str:
    """The per-question table's "first relevant rank": the rank, "none" where the question has gold and no citation
    holds it (the "none" bar of the ranks' plot), blank where it has no gold. trial42: both were blank, so a question
    the system missed read as one that was not scored."""
    if not result.gold:
        return ""
    return result.scores.get("first_relevant_rank") or "none"


def eval_rows(run):
    import pandas as pd

    k = run.config["k"]
    recall = [r.scores.get(f"recall@{k}") for r in run.results]
    return pd.DataFrame([{
        "id": r.question.id, "question": r.question.question, "transcript": r.question.transcript or "",
        "category": getattr(r.question, "category", None) or "",
        "answerable (expected / said)": f"{'yes' if r.question.answerable else 'no'} / "
                                        f"{'yes' if r.answer.answerable else 'no'}",
        "first relevant rank": first_rank(r),
        f"recall@{k}": None if value is None else round(float(value), 3), "latency ms": round(r.latency_ms, 1),
    } for r, value in zip(run.results, recall)])


# ---- the API for gradio_client ------------------------------------------------------------------------------

def api_endpoints(tqa: TranscriptQA) -> None:
    """/ask, /list_transcripts, /speakers, /context, /remove, /suggestions: JSON records of DESIGN.md. Plain
    types only, so the page config (sent before a login) names no transcript."""
    settings = tqa.settings

    @guarded()
    def ask_endpoint(question: str, history: list[str] | None = None, transcripts: list[str] | None = None,
                     speakers: list[str] | None = None, k: int = settings.k, mode: str = settings.mode,
                     dense_weight: float = settings.dense_weight, roles: list[str] | None = None) -> dict:
        """Answer a question with citations. `history`: the conversation's earlier questions, oldest first
        (empty: ask without history); `roles`: keep only question, answer or statement passages."""
        return to_json(ask(tqa, question, history=history or (), k=int(k), transcripts=transcripts or None,
                           speakers=speakers or None, mode=mode, dense_weight=float(dense_weight),
                           roles=roles or None))

    @guarded()
    def nearest(question: str, history: list[str] | None = None, k: int = 3) -> list[dict]:
        """The passages nearest a question, cited, even when /ask declines it."""
        return [to_json(c) for c in tqa.nearest(check_question(question, settings), history=history or (), k=int(k))]

    def list_transcripts() -> list[dict]:
        """The indexed transcripts: name, title, date, speakers, passages."""
        return [{k: v for k, v in to_json(i).items() if k != "source_path"} for i in tqa.list_transcripts()]

    @guarded()
    def speakers(transcripts: list[str] | None = None) -> list[str]:
        """The speakers of the given transcripts (all when empty)."""
        return tqa.speakers(transcripts or None)

    @guarded()
    def context(transcript: str, start_char: int, end_char: int) -> list[dict]:
        """The turns around a cited span; `cited_start`/`cited_end` mark the span inside the cited turn."""
        return [to_json(t) for t in tqa.context(transcript, int(start_char), int(end_char))]

    @guarded()
    def remove(name: str, delete_file: bool = False) -> str:
        """Remove a transcript from the index; `delete_file` also deletes its file from the data folder."""
        return corpus_files.remove(tqa, name, delete_file=bool(delete_file))

    def suggestions() -> list[str]:
        """Questions drawn from the indexed transcripts, to start with."""
        return tqa.suggestions(MAX_SUGGESTIONS)

    gr.api(ask_endpoint, api_name="ask", concurrency_limit=None)
    for fn, name in ((nearest, "nearest"), (list_transcripts, "list_transcripts"), (speakers, "speakers"),
                     (context, "context"), (remove, "remove"), (suggestions, "suggestions")):
        gr.api(fn, api_name=name)


# ---- the page -----------------------------------------------------------------------------------------------

def build_app(tqa: TranscriptQA, starting: "StartUp | None" = None) -> gr.Blocks:
    """The whole page over `tqa`, with the named API endpoints of docs/ui.md; `starting`: `tqa serve`'s
    start-up indexing, shown while it runs."""
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(f"# {TITLE}\nAsk about the indexed transcripts; every answer cites the passages it comes from.",
                    elem_id="masthead")
        with gr.Tabs():
            chat = chat_tab(tqa)
            corpus = corpus_tab(tqa)
            evaluation_tab(tqa)
        wire_chat(tqa, chat)
        wire_corpus(tqa, corpus, chat)
        demo.load(lambda: [cards.corpus_table_html(corpus_rows(tqa)), *refreshed(tqa, suggest=True)], None,
                  [corpus["table"], chat["transcripts"], chat["speakers"], corpus["to_remove"], *chat["suggested"]],
                  api_visibility="private")
        if starting is not None:
            wire_start_up(tqa, starting, chat, corpus)
        api_endpoints(tqa)
    return demo


# ---- serving ------------------------------------------------------------------------------------------------

class LoginThrottle:
    """ASGI middleware: after `failures` failed logins from one client address, each further attempt within a
    growing delay (delay_s, doubling per failure, at most an hour) is answered 429 and logged; a success clears
    the address. Behind a proxy every client shares the proxy's address: put the login in the proxy then."""

    def __init__(self, app, failures: int = 5, delay_s: float = 1.0):
        self.app, self.failures, self.delay_s = app, failures, delay_s
        self.state: dict[str, tuple[int, float]] = {}  # address -> (failures, refused until)
        self.lock = threading.Lock()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST" or not scope["path"].rstrip("/").endswith("/login"):
            return await self.app(scope, receive, send)
        address = (scope.get("client") or ("unknown",))[0]
        wait = self.wait(address)
        if wait > 0:
            log.warning("login from %s refused for %.0f s more after repeated failures", address, math.ceil(wait))
            from starlette.responses import JSONResponse

            response = JSONResponse({"detail": f"Too many failed logins; try again in {math.ceil(wait)} s."},
                                    status_code=429, headers={"Retry-After": str(math.ceil(wait))})
            return await response(scope, receive, send)
        status = {}

        async def watch(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, receive, watch)
        self.record(address, status.get("code") == 200)

    def wait(self, address: str) -> float:
        with self.lock:
            return self.state.get(address, (0, 0.0))[1] - time.monotonic()

    def record(self, address: str, success: bool) -> None:
        with self.lock:
            if success:
                self.state.pop(address, None)
                return
            failures = self.state.get(address, (0, 0.0))[0] + 1
            delay = min(3600.0, self.delay_s * 2 ** (failures - self.failures)) if failures >= self.failures else 0.0
            self.state[address] = (failures, time.monotonic() + delay)
        if delay:
            log.warning("login: %d failed attempts from %s; the next is refused for %.0f s", failures, address, delay)


def parse_auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise TqaError("the auth setting (TQA_AUTH) must be 'user:password'; set both parts")
    return user, password


def launch(demo: gr.Blocks, tqa: TranscriptQA, *, port: int | None = None, block: bool = True) -> None:
    """Serve the page: login (throttled) when `auth` is set, no SSR, no run history, recordings in the corpus
    and data folders playable, uploads capped; Gradio's own banner and share hint off."""
    from starlette.middleware import Middleware

    settings = tqa.settings
    throttle = Middleware(LoginThrottle, failures=settings.login_failures, delay_s=settings.login_delay_s)
    folders = [str(Path(settings.data_dir).resolve()), str(Path(settings.corpus_dir).resolve())]
    demo.launch(server_name=settings.host, server_port=port or settings.port, auth=parse_auth(settings.auth),
                app_kwargs={"middleware": [throttle]}, ssr_mode=False, run_history=False, footer_links=["api"],
                allowed_paths=folders, max_file_size=int(max(settings.max_upload_mb, settings.max_media_mb) * 1e6),
                show_error=False, quiet=True, prevent_thread_lock=not block, head=PAGE_HEAD, css=PAGE_CSS)


def show_log() -> None:
    """Our log (one line per event) on stderr; other libraries' chatter and Gradio's notices for its own
    developers (pandas deprecations inside its queue) stay out of the terminal."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    # other loggers' warnings went to logging's last resort, which prints them bare: a broken PDF's upload put
    # pypdf's "EOF marker not found" in the terminal (ui62)
    logging.getLogger().addHandler(logging.NullHandler())
    warnings.filterwarnings("ignore", module=r"gradio\.")


class StartUp:
    """`tqa serve`'s start-up indexing, run beside the page so that the page comes up at once: the corpus and data
    folders ingested (a no-op when unchanged, which writes nothing), then the model that ingest embeds with
    loaded, so that the first upload waits no longer than the next. `message` says what it is doing (empty when
    done well); `done` is set when it has finished, well or not."""

    def __init__(self, tqa: TranscriptQA, folders: list):
        self.tqa, self.folders = tqa, folders
        self.message = "Checking the corpus and data folders for new or changed transcripts…"
        self.indexing = False  # true while transcripts are being embedded (the chat says so too)
        self.embedded = False  # whether any were
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, name="tqa-start-up", daemon=True)

    def start(self) -> "StartUp":
        self.thread.start()
        return self

    def progress(self, done: int, total: int, what: str) -> None:
        self.indexing = self.embedded = True
        self.message = f"Indexing the corpus and data folders: {what} ({done}/{total})…"

    def waiting(self, why: str) -> None:
        self.message = f"Indexing the corpus and data folders: {why}…"

    def run(self) -> None:
        try:
            report = self.tqa.ingest(self.folders, progress=self.progress, on_wait=self.waiting)
            for error in report.errors:
                if "no transcript files" not in error:  # an empty data folder is the normal start
                    log.warning("%s", render.one_line(error))
            changed = len(report.added) + len(report.updated) + len(report.removed)
            embedded = (f"; {render.count(report.passages_embedded, 'passage')} embedded in {report.precision}"
                        if report.passages_embedded else "")
            log.info("index %s: %d transcripts (%d changed%s%s)", self.tqa.settings.index_dir,
                     len(self.tqa.list_transcripts()), changed, changed_names(report), embedded)
            self.message, self.indexing = "Loading the model for uploads…", False
            self.tqa.warm_ingest()  # and the model, so that the first upload is as fast as the next
            self.message = ""
        except TqaError as exc:
            self.message = f"Indexing the corpus and data folders failed: {render.one_line(str(exc))}"
            log.warning("%s", self.message)
        except Exception as exc:  # noqa: BLE001  (a thread's own failure would reach no one: said in the page)
            self.message = (f"Indexing the corpus and data folders failed: {type(exc).__name__}: "
                            f"{render.one_line(str(exc))}")
            log.error("%s", self.message)
        finally:
            self.indexing = False
            self.done.set()

    def status(self) -> str:
        """The corpus tab's line while it runs, or its failure; empty once done well."""
        if not self.message:
            return ""
        if self.done.is_set():
            return status_html([], [self.message])
        return f'<p class="tqa-starting" role="status">{render.html_text(self.message)}</p>'


def changed_names(report, shown: int = 5) -> str:
    """": added A.txt, B.srt; removed C.md" for an ingest's report ("" when nothing changed), the first `shown`
    names of each kind and a count of the rest. trial39: a server started on an analyst's index said "5 transcripts
    (1 changed, 18 passages embedded)", and nothing said that the change was the bundled conference, added to it."""
    parts = []
    for verb in ("added", "updated", "removed"):
        names = list(getattr(report, verb))
        if names:
            more = f" and {len(names) - shown} more" if len(names) > shown else ""
            parts.append(f"{verb} {', '.join(names[:shown])}{more}")
    return f": {'; '.join(parts)}" if parts else ""


def wire_start_up(tqa: TranscriptQA, starting: StartUp, chat: dict, corpus: dict) -> None:
    """While `tqa serve` indexes at start, a line in the corpus tab (and under the question box while transcripts
    are embedded) says so each second; when it is done, the table, filters and choices are redrawn once."""
    timer = gr.Timer(1.0)

    def tick(replies, chosen, spoken):
        if not starting.done.is_set():
            line = render.html_text(starting.message) if starting.indexing else ""
            return [gr.update(), starting.status(), gr.update(), line] + [gr.update()] * (3 + MAX_SUGGESTIONS + 1)
        # the start-up line has an element of its own under the question box: written there, it no longer
        # overwrote a refusal the chat had just shown ("The question is 5,000 characters long …", trial43, trial44)
        # the suggestions only before a conversation starts: later they would break into it
        return [gr.Timer(active=False), starting.status(), cards.corpus_table_html(corpus_rows(tqa)), "",
                *refreshed(tqa, chosen, suggest=not replies, spoken=spoken)]

    timer.tick(tick, [chat["replies"], chat["transcripts"], chat["speakers"]],
               [timer, corpus["starting"], corpus["table"], chat["starting"], chat["transcripts"], chat["speakers"],
                corpus["to_remove"], *chat["suggested"]], api_visibility="private", show_progress="hidden",
               queue=False)


def serving(settings: Settings) -> tuple[gr.Blocks, TranscriptQA, StartUp]:
    """What `tqa serve` serves: the page over the index, and the start-up indexing of the corpus and data folders
    (a no-op when unchanged), started beside it so that the page need not wait for it."""
    parse_auth(settings.auth)
    tqa = TranscriptQA(settings)
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    kept = tqa.set_aside_older_index()
    if kept is not None:
        log.warning("index %s was written by another version of transcript-qa: kept as %s, rebuilt from %s and %s "
                    "(transcripts added from elsewhere: `tqa ingest PATH` again)", settings.index_dir, kept,
                    settings.corpus_dir, settings.data_dir)
    starting = StartUp(tqa, [settings.corpus_dir, settings.data_dir])
    demo = build_app(tqa, starting)
    starting.start()
    return demo, tqa, starting


def check_port(host: str, port: int) -> None:
    """Refuse at once a port that another server listens on. trial37: a second `tqa serve` (or `make serve`) on a
    port in use logged "serving on ..." and began indexing, then failed with Gradio's traceback ("OSError: Cannot
    find empty port in range: 7937-7937")."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a server just stopped leaves no listener
            probe.bind((host, port))
    except OSError as exc:
        raise TqaError(f"cannot serve on {host}:{port} ({exc.strerror or exc}): another server, perhaps a `tqa "
                       "serve` already running, holds it; stop it, or choose another port (tqa serve --port N, "
                       "or TQA_PORT=N)") from None


def serve(settings: Settings) -> None:
    """Serve the page at once, index the corpus and data folders beside it, and serve until stopped."""
    check_port(settings.host, settings.port)  # before the index is opened or anything is said
    show_log()
    api.forget_hub_tokens()
    demo, tqa, _ = serving(settings)
    # the comparison's Fisher test compiled (or loaded from numba's cache), after the first questions, not against them
    warm = threading.Timer(WARM_EVALUATION_AFTER_S, api.warm_evaluation)
    warm.daemon = True
    warm.start()
    if settings.host not in ("127.0.0.1", "localhost", "::1") and settings.auth is None:
        log.warning("serving on %s without a login; set TQA_AUTH=user:password", settings.host)
    log.info("serving on http://%s:%d/ (stop with Ctrl+C)", settings.host, settings.port)
    launch(demo, tqa)


def __getattr__(name: str):
    # `demo` (what `gradio app.py` looks for) is built on first use, so importing app.py opens no index.
    if name == "demo":
        built = build_app(TranscriptQA(Settings.from_env()))
        globals()["demo"] = built
        return built
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":
    try:
        serve(Settings.from_env())
    except TqaError as exc:
        sys.exit(f"error: {exc}")
