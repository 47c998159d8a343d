"""The `tqa` command: parse arguments, call qa.api, print text or JSON. Our errors become one line and exit 1."""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from qa import api
from qa.api import Settings, TqaError, TranscriptQA, corpus_files, named_speakers, render, to_json

# parse warnings `tqa ingest` prints (the rest counted): a file of many broken cues gives a line each
WARNINGS_SHOWN = 20


def _settings(ctx: click.Context, **changes) -> Settings:
    return ctx.obj.replace(**changes)


def _user_errors(command):
    """Turn our errors into a one-line message and exit status 1; anything else is a bug and surfaces."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except TqaError as exc:
            raise click.ClickException(str(exc)) from None
    return wrapper


def _open(settings: Settings) -> TranscriptQA:
    return TranscriptQA(settings)


def _open_existing(settings: Settings, given: Path | None) -> TranscriptQA:
    """The index a reading command (ask, list, remove) is `given` (--index, or TQA_INDEX_DIR), refused in one line
    when that folder does not exist: a mistyped path said "the index in FOLDER is empty" (ask), "no transcripts
    indexed yet" with exit 0 (list), "indexed: none" (remove), as if the user's transcripts were gone (trial43).
    The default folder, absent before a first ingest, still says to ingest."""
    folder = Path(settings.index_dir)
    if (given is not None or os.environ.get("TQA_INDEX_DIR")) and not folder.exists():
        raise TqaError(f"no index at {folder}: there is no such folder; give the folder an earlier `tqa ingest` "
                       f"wrote, or make one there with `tqa ingest PATH --index {folder}`")
    return _open(settings)


format_time = render.clock  # hh:mm:ss, as the UI shows it
render_answer = render.render_answer


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--model", help="sentence-transformers model name or folder (default: bundled all-MiniLM-L6-v2)")
@click.pass_context
def main(ctx: click.Context, model: str | None) -> None:
    """Question answering over transcripts, with cited passages.

    Settings also come from TQA_* environment variables (TQA_MODEL, TQA_INDEX_DIR, ...); see docs/settings.md.
    """
    try:
        ctx.obj = Settings.from_env().replace(model=model)
    except TqaError as exc:
        raise click.ClickException(str(exc)) from None


_index_option = click.option("--index", "index_dir", type=click.Path(path_type=Path),
                             help="index folder (default: .tqa-index, or TQA_INDEX_DIR)")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_index_option
@click.option("--rebuild", is_flag=True, help="start from an empty index (after a change of model or settings)")
@click.option("--max-tokens", type=int, help="most tokens in a passage")
@click.option("--ray", "ray_address", is_flag=False, flag_value="", default=None, metavar="[ADDRESS]",
              help="parse and embed on a Ray cluster: its address, or RAY_ADDRESS / a local cluster without one")
@click.pass_context
@_user_errors
def ingest(ctx, paths, index_dir, rebuild, max_tokens, ray_address):
    """Add or update transcripts (files or folders) in the index.

    Example: tqa ingest corpus/ interviews/2021-05-03.srt
    Unchanged files embed nothing; a folder's files that are gone are removed from the index.
    """
    from tqdm import tqdm

    settings = _settings(ctx, index_dir=index_dir, max_tokens=max_tokens)
    if ray_address and Path(ray_address).exists():  # `--ray corpus/`: the path is a path, not an address
        paths, ray_address = (Path(ray_address), *paths), ""
    bar = None

    def progress(done: int, total: int, what: str) -> None:
        nonlocal bar
        if bar is None:
            # tqdm shows the rate (passages/s; files/s when Ray prepares whole files) and the time left
            unit = "file" if what.startswith("files") else "passage"
            bar = tqdm(total=total, desc=what, unit=unit, file=sys.stderr, smoothing=0.1)
        bar.update(done - bar.n)

    def waiting(message: str) -> None:
        click.echo(f"{message} ...", err=True)

    try:
        report = _open(settings).ingest(paths, rebuild=rebuild, progress=progress, on_wait=waiting,
                                        ray_address=ray_address)
    finally:
        if bar is not None:  # its last line ends before any error message
            bar.close()
    parts = [f"{len(getattr(report, k))} {k}" for k in ("added", "updated", "removed", "unchanged")]
    precision = f" ({report.precision})" if report.passages_embedded else ""  # fp32 / bf16 / int8, "auto" decided
    embedded = render.count(report.passages_embedded, "passage")
    click.echo(f"{', '.join(parts)}; {embedded} embedded{precision} in {report.seconds:.1f}s "
               f"into {settings.index_dir}")
    if report.removed:  # which: a folder's file gone (moved, renamed, deleted) takes its transcript with it (trial44)
        click.echo(f"removed, their files gone from the folders given: {', '.join(report.removed)}")
    for line in report.duplicates:
        click.echo(f"warning: {line}", err=True)
    for line in report.warnings[:WARNINGS_SHOWN]:  # what of a file was read with a doubt, or skipped, and where
        click.echo(f"warning: {line}", err=True)
    if len(report.warnings) > WARNINGS_SHOWN:
        click.echo(f"warning: and {len(report.warnings) - WARNINGS_SHOWN} more lines like these", err=True)
    if report.set_aside:
        click.echo(f"passed over, removed earlier: {', '.join(report.set_aside)} (name the file to index it again: "
                   f"tqa ingest PATH)", err=True)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    if report.errors:
        sys.exit(1)


@main.command()
@click.argument("question")
@_index_option
@click.option("--json", "as_json", is_flag=True, help="print the answer object of DESIGN.md")
@click.option("--k", type=int, help="how many passages to cite (default 5)")
@click.option("--transcript", "transcripts", multiple=True, help="only this transcript (file name, or the start of one); repeatable")
@click.option("--speaker", "speakers", multiple=True, help="only passages of this speaker (part of the name)")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "lexical"]), help="retrieval mode")
@click.option("--dense-weight", type=float, help="weight of dense against lexical ranking, 0..1")
@click.option("--section-weight", type=float,
              help="weight of each passage's section (its exchange) in its score (default 1; 0: off)")
@click.option("--history", multiple=True, help="an earlier question of the conversation, oldest first")
@click.pass_context
@_user_errors
def ask(ctx, question, index_dir, as_json, k, transcripts, speakers, mode, dense_weight, section_weight,
        history):
    """Answer QUESTION with the passages that answer it, most relevant first.

    Example: tqa ask "How will Russia respond to the expulsion of its diplomats?" --speaker Lavrov
    """
    settings = _settings(ctx, index_dir=index_dir)
    tqa = _open_existing(settings, index_dir)
    answer = tqa.ask(question, history=history, k=k, transcripts=transcripts or None, speakers=speakers or None,
                     mode=mode, dense_weight=dense_weight, section_weight=section_weight)
    if as_json:
        click.echo(json.dumps(to_json(answer), ensure_ascii=False, indent=2))
    else:
        names = {c.transcript for c in answer.citations}
        click.echo(render_answer(answer, unlabelled={n for n in names if not tqa.labels_turns(n)}))


@main.command(name="list")
@_index_option
@click.option("--json", "as_json", is_flag=True, help="print JSON")
@click.pass_context
@_user_errors
def list_(ctx, index_dir, as_json):
    """The indexed transcripts: title, date, speakers, passages, recording."""
    infos = _open_existing(_settings(ctx, index_dir=index_dir), index_dir).list_transcripts()
    if as_json:
        click.echo(json.dumps([to_json(i) for i in infos], ensure_ascii=False, indent=2))
        return
    if not infos:
        click.echo("no transcripts indexed yet: run `tqa ingest PATH`")
    for i in infos:
        people = named_speakers(i.speakers)  # not "Question", the reporters' label
        speakers = ", ".join(people[:6]) + (f" and {len(people) - 6} more" if len(people) > 6 else "")
        click.echo(f"{i.name}\n    {i.title}\n    {i.date or 'no date'} · {render.count(i.passages, 'passage')} · {i.format}"
                   f" · speakers: {speakers or 'none named'}" + (f"\n    recording: {i.media_url}" if i.media_url else ""))


@main.command()
@click.argument("name")
@_index_option
@click.option("--delete-file", is_flag=True, help="also delete the transcript's file (and its recording)")
@click.pass_context
@_user_errors
def remove(ctx, name, index_dir, delete_file):
    """Remove transcript NAME (its file name) from the index; the file itself is left alone unless
    --delete-file is given (and it lies in the data or corpus folder). A kept file stays out of the index when its
    folder is ingested again (`tqa serve` at start, too) until it changes or is named: tqa ingest PATH."""
    tqa = _open_existing(_settings(ctx, index_dir=index_dir), index_dir)
    click.echo(corpus_files.remove(tqa, name, delete_file=delete_file))


@main.command()
@_index_option
@click.option("--host", help="address to bind (default 127.0.0.1)")
@click.option("--port", type=int, help="port (default 7860)")
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), help="transcript folder to index and serve")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help="folder for uploads (default: TQA_DATA_DIR)")
@click.pass_context
@_user_errors
def serve(ctx, index_dir, host, port, corpus_dir, data_dir):
    """Index the corpus and data folders (a no-op when unchanged; an index of another version of transcript-qa
    is kept aside as FOLDER.formatN and rebuilt) and serve the Gradio UI."""
    import app  # here, not at the top: the library and the other commands never import the UI

    app.serve(_settings(ctx, index_dir=index_dir, host=host, port=port, corpus_dir=corpus_dir, data_dir=data_dir))


# --- eval command (qa/evaluate) ---
def _bar(unit: str):
    """A progress(done, total, what) callback drawing a tqdm bar on stderr; .close() ends it."""
    from tqdm import tqdm

    state: dict = {}

    def progress(done: int, total: int, what: str) -> None:
        if "bar" not in state:
            state["bar"] = tqdm(total=total, desc=what, unit=unit, file=sys.stderr)
        state["bar"].update(done - state["bar"].n)

    progress.close = lambda: state["bar"].close() if "bar" in state else None
    return progress


@main.command(name="eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path),
              help="folder for results.jsonl, metrics.json, report.html, run, qrels (default: eval-out)")
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path),
              help="transcript folder to index and ask (default: the bundled corpus; with --index alone, that "
                   "index as it stands)")
@click.option("--scope", type=click.Choice(["corpus", "transcript"]), default="corpus", show_default=True,
              help="ask each question against the whole corpus, or only its own transcript")
@click.option("--k", type=int, help="how many passages to cite (default 5; metrics look 10 deep)")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "lexical"]), help="retrieval mode")
@click.option("--dense-weight", type=float, help="weight of dense against lexical ranking, 0..1")
@click.option("--section-weight", type=float,
              help="weight of each passage's section (its exchange) in its score (default 1; 0: off)")
@_index_option
@click.option("--compare", "compare", is_flag=True, help="PATHS are output folders of earlier runs: compare them")
@click.pass_context
@_user_errors
def eval_(ctx, paths, out_dir, corpus_dir, scope, k, mode, dense_weight, section_weight, index_dir, compare):
    """Run a question file (JSONL or CSV) through the index and score it; or compare earlier runs.

    Example: tqa eval qa/data/seed_questions.jsonl --out eval-out/seed
    Example: tqa eval --compare eval-out/lexical eval-out/hybrid --out eval-out/compare
    The corpus is indexed first (unchanged files embed nothing); --corpus without --index keeps its index
    under .tqa-eval/ so reruns reuse it; --index without --corpus evaluates that index as it stands, adding
    nothing to it. A bad question file stops the run before anything is written.
    """
    if compare:
        comparison = api.compare_runs(paths)
        if out_dir is not None:
            api.write_comparison(comparison, out_dir)
        click.echo(api.comparison_table(comparison))
        return
    if len(paths) != 1:
        raise TqaError(f"give one question file, not {len(paths)} (or --compare with output folders)")
    out_dir = api.check_out_dir(out_dir or Path("eval-out"))
    ingest_bar, ask_bar = _bar("passage"), _bar("question")
    try:
        result = api.run_eval(paths[0], settings=_settings(ctx), corpus=corpus_dir, index=index_dir, scope=scope,
                              k=k, mode=mode, dense_weight=dense_weight, section_weight=section_weight,
                              ingest_progress=ingest_bar,
                              ask_progress=ask_bar)
    finally:
        ingest_bar.close()
        ask_bar.close()
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    api.write_report(result, out_dir)
    click.echo(api.summary_table(result.metrics, result.config["k"]))
    click.echo(f"wrote {out_dir}/ (report.html, results.jsonl, metrics.json, run, qrels)")


# --- end eval command ---


if __name__ == "__main__":
    main()
