"""The Gradio UI: chat with cited answers, read a citation in context, narrow the search, manage the corpus.

`build_app(tqa)` builds the page from a `TranscriptQA`; `serve(settings)` indexes `settings.corpus_dir` and
launches it; `python app.py` does the same with `Settings.from_env()` (e.g. TQA_INDEX_DIR, TQA_PORT, TQA_AUTH).
Every piece of transcript text is passed through `html.escape` before it becomes HTML.
"""

from __future__ import annotations

import html
import os
import tempfile
import re
import sys
import unicodedata
from datetime import date as Date
from pathlib import Path
from typing import Callable, Sequence

import gradio as gr

from qa.api import TranscriptQA, parse_date
from qa.config import RETRIEVAL_MODES, Settings
from qa.errors import TqaError
from qa.types import Answer, Citation, ContextTurn, TranscriptInfo, to_json

TITLE = "Transcript QA"
MAX_NAME_CHARS = 120
CITATION_STYLE = "margin:.6em 0;padding:.4em .7em;border-left:3px solid #f59e0b;background:rgba(245,158,11,.06)"
PASSAGE_WINDOW = 240  # characters shown either side of the highlight in a chat reply
CONTEXT_BOX_STYLE = "max-height:560px;overflow-y:auto;position:relative"
# Scroll the context box to the cited span, and a new reply into view from its question (the chat's own
# autoscroll shows the end of the reply, i.e. the last citation).
SHOW_CITED_JS = """
const show = () => { const box = element.querySelector('.tqa-context'); const mark = element.querySelector('.tqa-cited mark');
  if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - 60); };
watch('value', show); show();
"""
SHOW_REPLY_JS = """() => { setTimeout(() => {
  const wrap = document.querySelector('#chat .bubble-wrap'); const asked = document.querySelectorAll('#chat [data-testid="user"]');
  if (wrap && asked.length) wrap.scrollTop += asked[asked.length - 1].getBoundingClientRect().top - wrap.getBoundingClientRect().top - 48;
}, 400); }"""
CONTEXT_STYLE = "margin:.5em 0;padding:.3em .6em;border-left:3px solid {color}"

try:  # the evaluation package lands separately; the page offers its tab only when it is there
    from qa.evaluate.report import curves, summary_table, write_report
    from qa.evaluate.run import SCOPES, EvalRun, run_eval
except ImportError:
    run_eval = None


# ---- rendering: records -> escaped HTML and plain text ----------------------------------------------------------

def _text_html(text: str) -> str:
    # Braces and dollars too: gr.HTML fills templates and the chat renders LaTeX, and neither may read our text.
    escaped = html.escape(text).replace("{", "&#123;").replace("}", "&#125;").replace("$", "&#36;")
    return escaped.replace("\n", "<br>")


def _marked_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` escaped, with each (start, end) span of it wrapped in <mark>."""
    out, at = [], 0
    for start, end in sorted(spans):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        out += [_text_html(text[at:start]), "<mark>", _text_html(text[start:end]), "</mark>"]
        at = end
    out.append(_text_html(text[at:]))
    return "".join(out)


def highlight_spans(text: str, highlight: str) -> list[tuple[int, int]]:
    """Where the answering sentence(s) sit in a passage: the whole highlight, else each of its sentences."""
    highlight = highlight.strip()
    if not highlight:
        return []
    at = text.find(highlight)
    if at >= 0:
        return [(at, at + len(highlight))]
    spans = []
    for sentence in re.split(r"(?<=[.!?])\s+", highlight):
        at = text.find(sentence) if sentence else -1
        if at >= 0:
            spans.append((at, at + len(sentence)))
    return spans


def clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("https://", "http://")) else None


def position_html(citation: Citation) -> str:
    """Paragraph number, or the timestamp (a link to the media where the transcript names one)."""
    if citation.start_time is None:
        return f"¶ {citation.paragraph}" if citation.paragraph else ""
    stamp = clock(citation.start_time)
    url = _safe_url(citation.media_url)
    if url:
        return f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">▶ {stamp}</a>'
    return stamp


def passage_html(text: str, spans: Sequence[tuple[int, int]], window: int = PASSAGE_WINDOW) -> str:
    """The passage with its highlight marked; a long one is cut to `window` characters either side of the
    highlight (at spaces, with an ellipsis), since "read in context" shows it whole."""
    if not spans or len(text) <= 3 * window:
        return _marked_html(text, spans)
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    cut_start = max(0, text.rfind(" ", 0, max(0, start - window)) + 1) if start > window else 0
    cut_end = text.find(" ", end + window) if end + window < len(text) else len(text)
    cut_end = len(text) if cut_end < 0 else cut_end
    shifted = [(a - cut_start, b - cut_start) for a, b in spans]
    return (("… " if cut_start else "") + _marked_html(text[cut_start:cut_end], shifted)
            + (" …" if cut_end < len(text) else ""))


def citation_html(citation: Citation) -> str:
    head = " · ".join(part for part in (
        f"<strong>{html.escape(citation.speaker or 'unknown speaker')}</strong> ({html.escape(citation.role)})",
        position_html(citation), html.escape(citation.date or "undated")) if part)
    body = passage_html(citation.text, highlight_spans(citation.text, citation.highlight))
    return (f'<div class="tqa-citation" style="{CITATION_STYLE}"><div><strong>[{citation.rank}]</strong> {head}'
            f'<br><small><em>{html.escape(citation.title)}</em></small></div>'
            f'<div class="tqa-passage">{body}</div></div>')


def answer_html(answer: Answer) -> str:
    """The chat reply: the answer with its [n] markers, then each cited passage. No blank lines anywhere, so
    the chat's Markdown renderer leaves the whole reply as one HTML block."""
    if not answer.answerable:
        return f'<div class="tqa-answer"><p>{_text_html(answer.answer)}</p></div>'
    cited = "".join(citation_html(c) for c in answer.citations)
    return f'<div class="tqa-answer"><p>{_text_html(answer.answer)}</p>{cited}</div>'


def _long_date(iso: str | None) -> str | None:
    try:
        day = Date.fromisoformat(iso or "")
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%B')} {day.year}"


def citation_text(citation: Citation) -> str:
    """A citation to paste in an article: “quote” — speaker, title, date, position."""
    quote = " ".join((citation.highlight or citation.text).split())
    where = (f"at {clock(citation.start_time)}" if citation.start_time is not None
             else f"paragraph {citation.paragraph}" if citation.paragraph else None)
    # Titles of official transcripts often end with the date already; say it once.
    date = None if citation.date and parse_date(citation.title)[0] == citation.date else _long_date(citation.date)
    source = ", ".join(p for p in (citation.speaker, citation.title, date, where) if p)
    return f"“{quote}” — {source}."


def context_html(citation: Citation, turns: Sequence[ContextTurn]) -> str:
    """The turns around a citation, the cited span of the cited turn in <mark>."""
    parts = [f"<div><small><em>{html.escape(citation.title)}</em> · {html.escape(citation.date or 'undated')}"
             "</small></div>"]
    for turn in turns:
        where = clock(turn.start_time) if turn.start_time is not None else f"¶ {turn.paragraph}"
        spans = [(turn.cited_start, turn.cited_end)] if turn.cited and turn.cited_start is not None else []
        color = "#f59e0b" if turn.cited else "#d1d5db"
        parts.append(f'<div class="tqa-turn{" tqa-cited" if turn.cited else ""}" '
                     f'style="{CONTEXT_STYLE.format(color=color)}">'
                     f"<div><strong>{html.escape(turn.speaker or 'unknown speaker')}</strong> "
                     f"<small>({html.escape(turn.role)} · {where})</small></div>"
                     f"<div>{_marked_html(turn.text, spans)}</div></div>")
    return f'<div class="tqa-context" style="{CONTEXT_BOX_STYLE}">{"".join(parts)}</div>'


def citation_label(citation: Citation) -> str:
    where = clock(citation.start_time) if citation.start_time is not None else f"¶ {citation.paragraph}"
    return f"[{citation.rank}] {citation.speaker} · {where}"


def transcript_rows(infos: Sequence[TranscriptInfo]) -> list[list]:
    return [[i.name, i.title, i.date or "", ", ".join(i.speakers), i.passages] for i in infos]


def earlier_questions(chat: Sequence[dict]) -> list[str]:
    """The user's questions in a chat (messages format), oldest first, as they typed them."""
    questions = []
    for message in chat:
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, list):  # Gradio 6 hands content over as a list of typed parts
            content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
        questions.append(html.unescape(str(content)))
    return questions


# ---- the corpus folder ------------------------------------------------------------------------------------------

def safe_name(raw: str) -> str:
    """A file name for an upload that stays inside the corpus folder: the basename, with anything but
    letters, digits, '.', '-' and '_' replaced, no leading dot (the folder scan skips hidden files)."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", raw))[-1]
    base = re.sub(r"[^\w.\-]+", "_", base).lstrip("._-")
    stem, suffix = os.path.splitext(base)
    name = stem[:MAX_NAME_CHARS] + suffix.lower()
    if not stem or suffix.lower() not in TranscriptQA.supported_suffixes():
        raise TqaError(f"{raw}: not a transcript file name; give a file ending in {', '.join(TranscriptQA.supported_suffixes())}")
    return name


def _inside(folder: Path, name: str) -> Path:
    path = (folder / name).resolve()
    if path.parent != folder.resolve():
        raise TqaError(f"{name}: the name would leave the corpus folder {folder}; rename the file")
    return path


def add_upload(tqa: TranscriptQA, upload: str, progress: Callable[[int, int, str], None] | None = None) -> str:
    """Index one uploaded file, then keep it in the corpus folder. Raises TqaError (nothing changed) when the
    file is too big or cannot be read as a transcript. Returns a line on what happened."""
    source = Path(upload)
    name = safe_name(source.name)
    limit = tqa.settings.max_upload_mb
    size = source.stat().st_size
    if size > limit * 1e6:
        raise TqaError(f"{name}: {size / 1e6:.1f} MB is over the {limit:g} MB upload limit; split the file")
    folder = tqa.settings.corpus_dir
    target = _inside(folder, name)
    data = source.read_bytes()
    # Index first: a file that fails to parse never reaches the corpus folder, and the index is unchanged.
    report = tqa.ingest_bytes(name, data, source_path=target, progress=progress)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{name}.part"
    partial.write_bytes(data)
    os.replace(partial, target)
    if report.unchanged:
        return f"{name}: already indexed, unchanged"
    verb = "updated" if report.updated else "added"
    return f"{name}: {verb}, {report.passages_embedded} passages"


def remove_file(tqa: TranscriptQA, name: str) -> str:
    """Drop a transcript from the index and delete its file from the corpus folder, if it is there."""
    tqa.remove(name)
    path = tqa.settings.corpus_dir / Path(name).name
    if path.is_file() and path.resolve().parent == tqa.settings.corpus_dir.resolve():
        path.unlink()
        return f"{name}: removed from the index and from {tqa.settings.corpus_dir}"
    return f"{name}: removed from the index"


# ---- the page ---------------------------------------------------------------------------------------------------

def build_app(tqa: TranscriptQA) -> gr.Blocks:
    """The whole page over `tqa`, with the named API endpoints /ask, /list_transcripts, /speakers, /context,
    /upload and /remove."""
    settings = tqa.settings

    def transcript_choices() -> list[tuple[str, str]]:
        return [(f"{i.title[:70]} ({i.date or i.name})", i.name) for i in tqa.list_transcripts()]

    def table() -> list[list]:
        return transcript_rows(tqa.list_transcripts())

    def refresh_choices(chosen: list[str] | None = None):
        names = {name for _, name in transcript_choices()}
        chosen = [t for t in (chosen or []) if t in names]
        return (gr.update(choices=transcript_choices(), value=chosen),
                gr.update(choices=tqa.speakers(chosen or None)),
                gr.update(choices=transcript_choices(), value=None))

    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        answers = gr.State([])  # one Answer per assistant message, in order
        shown = gr.State(None)  # the Answer whose citations the picker lists

        gr.Markdown(f"# {TITLE}\nAsk about the indexed transcripts; every answer cites the passages it comes from.")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chat = gr.Chatbot(label="Conversation", height=640, render_markdown=False,
                                          latex_delimiters=[], feedback_options=None, elem_id="chat",
                                          placeholder="Ask a question about the transcripts. Follow-up questions "
                                                      "keep the earlier ones in mind.")
                        with gr.Row():
                            question = gr.Textbox(placeholder="e.g. How many US diplomats must leave Russia?",
                                                  show_label=False, scale=5, elem_id="question")
                            ask_button = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                        new_chat = gr.Button("New conversation", size="sm")
                    with gr.Column(scale=2):
                        with gr.Accordion("Filters", open=True):
                            transcripts = gr.Dropdown(choices=transcript_choices(), multiselect=True,
                                                      label="Transcripts (none: all)", allow_custom_value=True)
                            speakers = gr.Dropdown(choices=tqa.speakers(), multiselect=True,
                                                   label="Speakers (none: all)", allow_custom_value=True)
                            k = gr.Slider(1, 20, value=settings.k, step=1, label="Passages to cite (k)")
                            with gr.Accordion("Advanced", open=False):
                                mode = gr.Radio(list(RETRIEVAL_MODES), value=settings.mode, label="Retrieval mode")
                                dense_weight = gr.Slider(0.0, 1.0, value=settings.dense_weight, step=0.05,
                                                         label="Dense weight (hybrid: 1 = dense only)")
                        picker = gr.Radio([], label="Read a citation in context", elem_id="picker")
                        copy_text = gr.Textbox(label="Citation to copy", buttons=["copy"], interactive=False,
                                               lines=2, elem_id="copy-citation")
                        context = gr.HTML(elem_id="context", js_on_load=SHOW_CITED_JS)

            with gr.Tab("Corpus", id="corpus"):
                listing = gr.Dataframe(value=table(), headers=["File", "Title", "Date", "Speakers", "Passages"],
                                       interactive=False, label="Indexed transcripts", wrap=True)
                with gr.Row():
                    with gr.Column():
                        files = gr.File(file_count="multiple", file_types=TranscriptQA.supported_suffixes(),
                                        type="filepath", label="Transcript files", elem_id="upload-files")
                        upload_button = gr.Button("Add to index", variant="primary", elem_id="upload")
                        upload_status = gr.Markdown(elem_id="upload-status")
                    with gr.Column():
                        to_remove = gr.Dropdown(choices=transcript_choices(), label="Transcript to remove",
                                                allow_custom_value=True)
                        remove_button = gr.Button("Remove", variant="stop")
                        remove_status = gr.Markdown()

            if run_eval is not None:
                _evaluation_tab(tqa)

        # -- chat: show the question at once, then answer it --------------------------------------------------
        def show_question(text: str, messages: list):
            if not (text or "").strip():
                raise gr.Error("Type a question first.")
            return "", messages + [{"role": "user", "content": html.escape(text.strip())}]

        def answer(messages: list, kept: list, chosen_transcripts, chosen_speakers, k_value, mode_value,
                   weight_value):
            asked = earlier_questions(messages)
            try:
                result = tqa.ask(asked[-1], history=asked[:-1], k=int(k_value), transcripts=chosen_transcripts or None,
                                 speakers=chosen_speakers or None, mode=mode_value, dense_weight=float(weight_value))
            except TqaError as exc:
                raise gr.Error(str(exc)) from None
            messages = messages + [{"role": "assistant", "content": answer_html(result)}]
            return messages, kept + [result], result, _picker_update(result), "", ""

        chat_inputs = [chat, answers, transcripts, speakers, k, mode, dense_weight]
        chat_outputs = [chat, answers, shown, picker, context, copy_text]
        for trigger in (question.submit, ask_button.click):
            trigger(show_question, [question, chat], [question, chat], api_visibility="private", queue=False).then(
                answer, chat_inputs, chat_outputs, api_visibility="private").then(
                None, None, None, js=SHOW_REPLY_JS, api_visibility="private")

        def start_over():
            return [], [], None, gr.update(choices=[], value=None), "", ""

        new_chat.click(start_over, None, chat_outputs, api_visibility="private", queue=False)
        chat.clear(start_over, None, chat_outputs, api_visibility="private", queue=False)

        def pick_answer(messages: list, kept: list, event: gr.SelectData):
            at = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
            if not isinstance(at, int) or at >= len(messages) or messages[at].get("role") != "assistant":
                return gr.update(), gr.update()
            nth = sum(1 for m in messages[:at] if m.get("role") == "assistant")  # answers align with replies
            if nth >= len(kept):
                return gr.update(), gr.update()
            return kept[nth], _picker_update(kept[nth])

        chat.select(pick_answer, [chat, answers], [shown, picker], api_visibility="private")

        def read_in_context(current: Answer | None, rank):
            if current is None or not rank:
                return "", ""
            citation = current.citations[int(rank) - 1]
            try:
                turns = tqa.context(citation.transcript, citation.start_char, citation.end_char, before=1, after=2)
            except TqaError as exc:
                raise gr.Error(str(exc)) from None
            return context_html(citation, turns), citation_text(citation)

        picker.change(read_in_context, [shown, picker], [context, copy_text], api_visibility="private")

        transcripts.change(lambda chosen: gr.update(choices=tqa.speakers(chosen or None)), transcripts, speakers,
                           api_visibility="private")

        # -- corpus -------------------------------------------------------------------------------------------
        def upload(paths: list[str] | None, progress=gr.Progress()):
            """Index uploaded transcript files and keep them in the corpus folder."""
            if not paths:
                raise gr.Error("Choose one or more transcript files first.")
            done, failed = [], []
            for n, path in enumerate(paths):
                def step(i: int, total: int, what: str, n=n):
                    progress((n + i / max(total, 1)) / len(paths), desc=f"{Path(path).name}: {what}")
                try:
                    done.append(add_upload(tqa, path, step))
                except TqaError as exc:
                    failed.append(str(exc))
            if not done:
                raise gr.Error("Nothing was indexed. " + " ".join(failed))
            for message in failed:
                gr.Warning(message)
            lines = [f"- {line}" for line in done] + [f"- **not indexed**: {html.escape(m)}" for m in failed]
            return "\n".join(lines), table()

        def remove(name: str | None):
            """Remove a transcript from the index (and its file from the corpus folder)."""
            if not name:
                raise gr.Error("Choose a transcript to remove.")
            try:
                message = remove_file(tqa, name)
            except TqaError as exc:
                raise gr.Error(str(exc)) from None
            return message, table()

        choice_outputs = [transcripts, speakers, to_remove]
        upload_button.click(upload, files, [upload_status, listing], api_name="upload").then(
            refresh_choices, transcripts, choice_outputs, api_visibility="private")
        remove_button.click(remove, to_remove, [remove_status, listing], api_name="remove").then(
            refresh_choices, transcripts, choice_outputs, api_visibility="private")
        demo.load(lambda chosen: (table(), *refresh_choices(chosen)), transcripts, [listing, *choice_outputs],
                  api_visibility="private")

        _api_endpoints(tqa)
    return demo


def _picker_update(answer: Answer):
    return gr.update(choices=[(citation_label(c), c.rank) for c in answer.citations], value=None)


def _api_endpoints(tqa: TranscriptQA) -> None:
    """Endpoints for gradio_client that take and return the JSON records of DESIGN.md."""
    settings = tqa.settings

    def ask(question: str, history: list[str] | None = None, transcripts: list[str] | None = None,
            speakers: list[str] | None = None, k: int = settings.k, mode: str = settings.mode,
            dense_weight: float = settings.dense_weight) -> dict:
        """Answer a question with citations. `history`: the conversation's earlier questions, oldest first."""
        try:
            result = tqa.ask(question, history=history or (), k=int(k), transcripts=transcripts or None,
                             speakers=speakers or None, mode=mode, dense_weight=float(dense_weight))
        except TqaError as exc:
            raise gr.Error(str(exc)) from None
        return to_json(result)

    def list_transcripts() -> list[dict]:
        """The indexed transcripts: name, title, date, speakers, passages."""
        return [{k: v for k, v in to_json(i).items() if k != "source_path"} for i in tqa.list_transcripts()]

    def speakers(transcripts: list[str] | None = None) -> list[str]:
        """The speakers of the given transcripts (all when empty)."""
        try:
            return tqa.speakers(transcripts or None)
        except TqaError as exc:
            raise gr.Error(str(exc)) from None

    def context(transcript: str, start_char: int, end_char: int) -> list[dict]:
        """The turns around a cited span; `cited_start`/`cited_end` mark the span inside the cited turn."""
        try:
            return [to_json(t) for t in tqa.context(transcript, int(start_char), int(end_char))]
        except TqaError as exc:
            raise gr.Error(str(exc)) from None

    gr.api(ask, api_name="ask", concurrency_limit=None)
    gr.api(list_transcripts, api_name="list_transcripts")
    gr.api(speakers, api_name="speakers")
    gr.api(context, api_name="context")


def _evaluation_tab(tqa: TranscriptQA) -> None:
    """Run a question file against the corpus folder's index: metrics, plots, per-question table, downloads."""
    with gr.Tab("Evaluation", id="evaluation"):
        gr.Markdown("Score retrieval on a question file (JSONL or CSV with `question`, `transcript`, "
                    "`gold_quotes`, `answerable`, `history` ... as in DESIGN.md) over the corpus folder.")
        with gr.Row():
            question_file = gr.File(file_types=[".jsonl", ".csv"], type="filepath", label="Question file",
                                    elem_id="eval-file")
            with gr.Column():
                scope = gr.Radio(list(SCOPES), value="corpus", label="Search the whole corpus, or only the "
                                                                    "question's transcript")
                k = gr.Slider(1, 20, value=tqa.settings.k, step=1, label="k (citations scored)")
                run_button = gr.Button("Run evaluation", variant="primary", elem_id="eval-run")
        summary = gr.Code(label="Metrics", language=None, elem_id="eval-metrics")
        with gr.Row():
            at_k = gr.LinePlot(x="k", y="value", color="metric", title="Hit@k and Recall@k", y_lim=[0, 1])
            ranks = gr.BarPlot(x="rank", y="questions", title="Rank of the first relevant citation")
        per_question = gr.Dataframe(label="Per question", interactive=False, wrap=True, max_height=420,
                                    column_widths=["9%", "40%", "19%", "9%", "8%", "7%", "8%"])
        downloads = gr.File(label="Results (results.jsonl, metrics.json, report.html)", file_count="multiple")

        def evaluate(path: str | None, scope_value: str, k_value, progress=gr.Progress()):
            """Evaluate a question file; returns the metrics, plot data, per-question rows and result files."""
            if not path:
                raise gr.Error("Choose a question file first.")

            def step(done: int, total: int, what: str):
                progress((done, max(total, 1)), desc=what)

            try:
                run = run_eval(path, settings=tqa.settings, scope=scope_value, k=int(k_value),
                               ingest_progress=step, ask_progress=step)
                out_dir = write_report(run, Path(tempfile.mkdtemp(prefix="tqa-eval-")) / "evaluation")
            except TqaError as exc:
                raise gr.Error(str(exc)) from None
            files = [str(out_dir / name) for name in ("results.jsonl", "metrics.json", "report.html")]
            return (summary_table(run.metrics, run.config["k"]), *_eval_plots(run), _eval_rows(run), files)

        run_button.click(evaluate, [question_file, scope, k], [summary, at_k, ranks, per_question, downloads],
                         api_name="evaluate")


def _eval_plots(run: "EvalRun"):
    import pandas as pd

    data = curves(run)
    at_k = pd.DataFrame([{"k": at, "value": value, "metric": metric}
                         for metric, key in (("Hit@k", "hit"), ("Recall@k", "recall"))
                         for at, value in zip(data["k"], data[key])])
    depth = run.config["depth"]
    firsts = [r.scores.get("first_relevant_rank") for r in run.results if r.gold]
    labels = [str(at) for at in range(1, depth + 1)] + ["none"]
    ranks = pd.DataFrame([{"rank": label, "questions": sum(1 for x in firsts if str(x) == label)}
                          for label in labels[:-1]] + [{"rank": "none", "questions": firsts.count(None)}])
    return at_k, gr.BarPlot(value=ranks, sort=labels)


def _eval_rows(run: "EvalRun"):
    import pandas as pd

    k = run.config["k"]
    return pd.DataFrame([{
        "id": r.question.id, "question": r.question.question, "transcript": r.question.transcript or "",
        "answerable (expected / said)": f"{'yes' if r.question.answerable else 'no'} / "
                                        f"{'yes' if r.answer.answerable else 'no'}",
        "first relevant rank": r.scores.get("first_relevant_rank") if r.gold else None,
        f"recall@{k}": r.scores.get(f"recall@{k}"), "latency ms": round(r.latency_ms, 1),
    } for r in run.results])


# ---- serving ----------------------------------------------------------------------------------------------------

def _auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise TqaError("the auth setting (TQA_AUTH) must be 'user:password'; set both parts")
    return user, password


def serve(settings: Settings) -> None:
    """Index `settings.corpus_dir` (a no-op when unchanged), then serve the page on host:port until stopped."""
    auth = _auth(settings.auth)
    tqa = TranscriptQA(settings)
    report = tqa.ingest([settings.corpus_dir])
    for error in report.errors:
        print(f"warning: {error}", file=sys.stderr)
    changed = len(report.added) + len(report.updated) + len(report.removed)
    print(f"index {settings.index_dir}: {len(tqa.list_transcripts())} transcripts "
          f"({changed} changed, {report.passages_embedded} passages embedded)", file=sys.stderr)
    tqa.encoder  # load the model now, so the first question is answered at the speed of the next
    if settings.host not in ("127.0.0.1", "localhost", "::1") and auth is None:
        print(f"warning: serving on {settings.host} without a login; set TQA_AUTH=user:password", file=sys.stderr)
    build_app(tqa).launch(server_name=settings.host, server_port=settings.port, auth=auth,
                          max_file_size=int(settings.max_upload_mb * 1e6), show_error=True)


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
