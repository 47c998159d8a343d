"""Write an `EvalRun` to its output folder: results.jsonl, metrics.json, report.html (self-contained, plots as
base64 PNG), and TREC-style `run` and `qrels` files; plus the summary table printed at the end of a run.

The folder appears whole or not at all: everything is written into a temporary sibling that replaces it last.
"""

from __future__ import annotations

import base64
import html
import io
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Sequence

from qa.errors import TqaError
from qa.evaluate import metrics as m
from qa.evaluate.run import EvalRun, QuestionResult
from qa.types import to_json

OUTPUT_FILES = ("results.jsonl", "metrics.json", "report.html", "run", "qrels")
CLIP = 700  # characters of gold or cited text shown per miss in the page


def check_out_dir(out_dir: Path | str) -> Path:
    """Refuse an output folder that holds something other than an earlier evaluation (it would be replaced)."""
    out_dir = Path(out_dir)
    if out_dir.exists():
        if not out_dir.is_dir():
            raise TqaError(f"{out_dir}: is a file; give --out a folder")
        if any(out_dir.iterdir()) and not (out_dir / "metrics.json").is_file():
            raise TqaError(f"{out_dir}: not empty and not an earlier evaluation; give --out a new or empty folder")
    return out_dir


def write_report(run: EvalRun, out_dir: Path | str) -> Path:
    """Write all output files of `run` into `out_dir` (replacing an earlier evaluation there). Returns out_dir."""
    out_dir = check_out_dir(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        _write_lines(tmp / "results.jsonl", [result_json(r) for r in run.results])
        (tmp / "metrics.json").write_text(json.dumps({"config": run.config, **run.metrics}, indent=2) + "\n",
                                          encoding="utf-8")
        (tmp / "run").write_text(trec_run(run.results, tag=run.config.get("mode", "tqa")), encoding="utf-8")
        (tmp / "qrels").write_text(trec_qrels(run.results), encoding="utf-8")
        (tmp / "report.html").write_text(report_html(run), encoding="utf-8")
        _swap_in(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _swap_in(tmp: Path, out_dir: Path) -> None:
    old = None
    if out_dir.exists():
        old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
        os.replace(out_dir, old)
    os.replace(tmp, out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _write_lines(path: Path, records) -> None:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


RESULT_KEYS = ("line", "gold", "answer", "first_relevant_rank", "metrics", "latency_ms", "asked_alone")


def result_json(r: QuestionResult) -> dict:
    """One line of results.jsonl: the question's fields, its located gold, the answer, rank, scores, latency.

    The user's own fields sit beside the known ones, except those named like a key of this record (`answer`,
    `metrics`, ...): these go under `own_fields`, so that neither overwrites the other."""
    fields = r.question.to_json()
    clashing = {name: fields.pop(name) for name in RESULT_KEYS if name in fields}
    record = {**fields, "line": r.question.line, "gold": [list(s) for s in r.gold],
              "answer": to_json(r.answer), "first_relevant_rank": r.scores.get("first_relevant_rank"),
              "metrics": r.scores, "latency_ms": round(r.latency_ms, 3)}
    if r.alone is not None:  # what the question got without its history (its citations' spans)
        record["asked_alone"] = {"answerable": r.alone.answerable,
                                 "citations": [[c.transcript, c.start_char, c.end_char] for c in r.alone.citations]}
    if clashing:
        record["own_fields"] = clashing
    return record


def doc_id(transcript: str, start: int, end: int) -> str:
    """A passage span as a TREC document id (whitespace in names becomes '_', as the format splits on it)."""
    return f"{'_'.join(transcript.split())}:{start}-{end}"


def _qid(r: QuestionResult) -> str:
    return "_".join(r.question.id.split())


def trec_run(results: Sequence[QuestionResult], tag: str) -> str:
    """`qid Q0 docid rank score tag` per citation. The score is derived from the rank (depth + 1 - rank), since
    trec_eval re-sorts by score and would reorder the system's ties."""
    lines = []
    for r in results:
        n = len(r.answer.citations)
        for c in r.answer.citations:
            lines.append(f"{_qid(r)} Q0 {doc_id(c.transcript, c.start_char, c.end_char)} {c.rank} {n + 1 - c.rank} {tag}")
    return "\n".join(lines) + ("\n" if lines else "")


def trec_qrels(results: Sequence[QuestionResult]) -> str:
    """`qid 0 docid relevance`: each gold span (relevant) and each cited span, judged by overlap with gold.

    With trec_eval, Hit@k (success@k) and MRR agree with ours; recall and nDCG there count the gold spans and the
    cited passages that overlap them as separate documents, so they differ from ours by design.
    """
    lines = []
    for r in results:
        if not r.gold:
            continue
        judged: dict[str, int] = {}
        for a, b in r.gold:
            judged[doc_id(r.question.transcript, a, b)] = 1
        for c in r.answer.citations:
            rel = int(c.transcript == r.question.transcript and m.overlaps((c.start_char, c.end_char), r.gold))
            judged.setdefault(doc_id(c.transcript, c.start_char, c.end_char), rel)
        lines += [f"{_qid(r)} 0 {doc} {rel}" for doc, rel in judged.items()]
    return "\n".join(lines) + ("\n" if lines else "")


# ---- terminal ------------------------------------------------------------------------------------------------

def summary_table(metrics: dict, k: int) -> str:
    """The overall metrics, then one row per transcript (Hit@k, R@k, MRR@10, nDCG@10, questions), then one row per
    category when the questions have a `category` field (see `category_table`)."""
    overall = metrics["overall"]
    names = [f"hit@{at}" for at in m.HIT_KS] + [f"recall@{k}", "mrr@10", "ndcg@10", "highlight@1"]
    rows = [("metric", "value")]
    rows += [(name, _fmt(overall.get(name))) for name in names]
    rows += [(f"random hit@{at} (approx.)", _fmt(overall.get(f"random_hit@{at}"))) for at in (1, 5)]
    rows += [(f"hit / recall within {budget} words",
              f"{_fmt(overall.get(f'hit@{budget}w'))} / {_fmt(overall.get(f'recall@{budget}w'))}")
             for budget in m.WORD_BUDGETS]
    ans = overall["answerability"]
    rows += [("not-answerable precision", _fmt(ans["precision"])), ("not-answerable recall", _fmt(ans["recall"])),
             ("not-answerable F1", _fmt(ans["f1"])),
             ("declined / false declines",
              f"{_fmt(overall.get('declined'))} / {_fmt(overall.get('false_declines'))}")]
    if overall.get("with_history"):
        rows += [(f"alone-identical ({overall['with_history']} w/ history)",
                  _fmt(overall.get("alone_identical")))]
    rows += [("latency p50 / p95 ms", f"{_fmt(overall['latency_ms']['p50'], 1)} / {_fmt(overall['latency_ms']['p95'], 1)}"),
             ("words per cited passage", _fmt(overall["cited_words"], 1)),
             ("questions (with gold / unanswerable)",
              f"{overall['questions']} ({overall['with_gold']} / {overall['unanswerable']}{_neither(overall)})")]
    width = max(len(a) for a, _ in rows)
    text = "\n".join(f"{a:<{width}}  {b}" for a, b in rows)
    per = metrics["per_transcript"]
    if len(per) > 1:
        cols = ["hit@1", "hit@5", f"recall@{k}", "mrr@10", "ndcg@10"]
        name_w = min(40, max(len(n) for n in per))
        extra = _any_without_gold(per)
        lines = [f"{'transcript':<{name_w}}  " + "  ".join(f"{c:>9}" for c in cols) + f"  {_counted_head(extra)}"]
        for name, s in per.items():
            lines.append(f"{_clipped(name, name_w):<{name_w}}  " + "  ".join(f"{_fmt(s.get(c)):>9}" for c in cols)
                         + f"  {_counted(s, extra)}")
        text += "\n\n" + "\n".join(lines)
    if metrics.get("per_category"):
        text += "\n\n" + category_table(metrics["per_category"])
    return text


def _neither(overall: dict) -> str:
    """The questions counted in neither figure: answerable, with no gold (trial37: "10 (7 / 2)" left one unsaid)."""
    left = _without_gold(overall)
    return f"; {left} answerable without gold, scored only in what is declined" if left > 0 else ""


def _clipped(name: str, width: int, tail: int = 16) -> str:
    """A file name cut to `width` characters in its middle, so that its end (a date, the format's suffix) still
    tells it apart: "agentic-ai-explained…ube-captions.vtt", not "agentic-ai-explained-youtube-captions.vt" (trial28)."""
    if len(name) <= width:
        return name
    return f"{name[:width - tail - 1]}…{name[-tail:]}"


CATEGORY_COLUMNS = ("hit@1", "hit@3", "highlight@1", "mrr@10", "declined", "alone_identical")
# the counts of a row: its questions with gold, over which Hit@k and the other scores are means, and its unanswerable
# ones, which count only in what is declined (trial28: one "questions" column counted both beside a Hit@1 over the first)
COUNTED = f"{'with gold':>9}  {'unanswerable':>12}"
# ... and, in a table where some row holds one, its answerable questions without gold, which count only in what is
# declined too (ui38: a "(no category)" row of such a question read 0 with gold and 0 unanswerable)
WITHOUT_GOLD = "no gold"


def _without_gold(stats: dict) -> int:
    """A row's answerable questions without gold: in neither count of COUNTED."""
    return stats.get("questions", 0) - stats["with_gold"] - stats["unanswerable"]  # metrics.json of older runs too


def _any_without_gold(rows: dict) -> bool:
    return any(_without_gold(s) > 0 for s in rows.values())


def _counted_head(without_gold: bool = False) -> str:
    return COUNTED + (f"  {WITHOUT_GOLD:>7}" if without_gold else "")


def _counted(stats: dict, without_gold: bool = False) -> str:
    return f"{stats['with_gold']:>9}  {stats['unanswerable']:>12}" + (
        f"  {_without_gold(stats):>7}" if without_gold else "")


def category_table(per_category: dict) -> str:
    """One row per category: Hit@1/3, highlight@1, MRR@10 (questions with gold), the share declined, and for
    questions with history the share whose citations equal those of the question asked alone."""
    name_w = max(8, min(28, max(len(n) for n in per_category)))
    extra = _any_without_gold(per_category)
    lines = [f"{'category':<{name_w}}  " + "  ".join(f"{c[:15]:>15}" for c in CATEGORY_COLUMNS)
             + f"  {_counted_head(extra)}"]
    for name, s in per_category.items():
        lines.append(f"{name[:name_w]:<{name_w}}  " + "  ".join(f"{_fmt(s.get(c)):>15}" for c in CATEGORY_COLUMNS)
                     + f"  {_counted(s, extra)}")
    return "\n".join(lines)


def _fmt(value, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


# ---- report.html -----------------------------------------------------------------------------------------------

def report_html(run: EvalRun) -> str:
    """The self-contained page: configuration, metrics table (overall and per transcript), plots, and the
    per-question table in which each miss shows its gold text beside what was cited."""
    k = run.config["k"]
    parts = [f"<h1>Evaluation: {html.escape(Path(run.config['questions']).name)}</h1>",
             _config_table(run.config), "<h2>Metrics</h2>", _metrics_table(run.metrics, k),
             _category_html(run.metrics),
             "<h3>Within a reading budget</h3>", _budget_table(run.metrics),
             "<h2>Plots</h2>", _plots(run), "<h2>Questions</h2>", _question_table(run.results, run.texts, k)]
    # each table scrolls sideways in its own box, and a phone lays the page out at its own width (trial37: the
    # metrics table, 17 columns, made the whole page 1,844 px wide at 1400x900 and 390x844)
    body = "\n".join(parts).replace("<table>", "<div class='wide'><table>").replace("</table>", "</table></div>")
    return ("<!doctype html><html><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            "<title>transcript-qa evaluation</title>"
            f"<style>{_CSS}</style></head><body>" + body + "</body></html>\n")


_CSS = """body{font-family:system-ui,sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}th{background:#f3f3f3}
td.n{text-align:right;font-variant-numeric:tabular-nums}tr.miss{background:#fff4f4}.gold{background:#eaffea}
.cited{background:#f4f4ff}mark{background:#ffe58a}.small{font-size:90%;color:#555}img{max-width:32%}
.wide{overflow-x:auto;max-width:100%}.wide table{margin:0}.wide{margin:1em 0}
@media (max-width:700px){body{margin:1em}img{max-width:100%}}"""


def _config_table(config: dict) -> str:
    rows = "".join(f"<tr><th>{html.escape(str(key))}</th><td>{html.escape(json.dumps(value))}</td></tr>"
                   for key, value in config.items())
    return f"<table>{rows}</table>"


def _budget_table(metrics: dict) -> str:
    """Hit and recall of the citations that fit in each word budget, read in rank order: passages of any
    length compared at equal reading."""
    overall = metrics["overall"]
    body = "".join(f"<tr><td class=n>{budget}</td><td class=n>{_fmt(overall.get(f'hit@{budget}w'))}</td>"
                   f"<td class=n>{_fmt(overall.get(f'recall@{budget}w'))}</td></tr>" for budget in m.WORD_BUDGETS)
    return ("<p class=small>The citations read in rank order until the next would pass the budget (the first "
            "always counts).</p><table><tr><th>words read</th><th>hit</th><th>recall</th></tr>" + body + "</table>")


def _metrics_table(metrics: dict, k: int) -> str:
    cols = [f"hit@{at}" for at in m.HIT_KS] + [f"recall@{k}", "mrr@10", "ndcg@10", "highlight@1",
                                               "highlight_in_relevant", "random_hit@1", "random_hit@5"]
    rows = [("all", metrics["overall"])] + list(metrics["per_transcript"].items())
    extra = _any_without_gold(dict(rows))
    head = "<tr><th>scope</th>" + _counted_html_head(extra) + "".join(f"<th>{c}</th>" for c in cols) + (
        "<th>not-answerable P / R / F1</th><th>latency p50 / p95 ms</th><th>words per citation</th></tr>")
    body = []
    for name, s in rows:
        a = s["answerability"]
        cells = "".join(f"<td class=n>{_fmt(s.get(c))}</td>" for c in cols)
        body.append(f"<tr><th>{html.escape(name)}</th>{_counted_html(s, extra)}{cells}"
                    f"<td>{_fmt(a['precision'])} / {_fmt(a['recall'])} / {_fmt(a['f1'])}</td>"
                    f"<td>{_fmt(s['latency_ms']['p50'], 1)} / {_fmt(s['latency_ms']['p95'], 1)}</td>"
                    f"<td class=n>{_fmt(s['cited_words'], 1)}</td></tr>")
    return "<table>" + head + "".join(body) + "</table>"


def _counted_html_head(without_gold: bool) -> str:
    return "<th>with gold</th><th>unanswerable</th>" + (f"<th>{WITHOUT_GOLD}</th>" if without_gold else "")


def _counted_html(stats: dict, without_gold: bool) -> str:
    return (f"<td class=n>{stats['with_gold']}</td><td class=n>{stats['unanswerable']}</td>"
            + (f"<td class=n>{_without_gold(stats)}</td>" if without_gold else ""))


def _category_html(metrics: dict) -> str:
    """The metrics by the questions' `category` field (nothing when the file has none)."""
    per = metrics.get("per_category")
    if not per:
        return ""
    extra = _any_without_gold(per)
    head = "<tr><th>category</th>" + _counted_html_head(extra) + "".join(
        f"<th>{c}</th>" for c in CATEGORY_COLUMNS) + (
        "<th>not-answerable P / R</th><th>words per citation</th></tr>")
    body = []
    for name, s in per.items():
        a = s["answerability"]
        cells = "".join(f"<td class=n>{_fmt(s.get(c))}</td>" for c in CATEGORY_COLUMNS)
        body.append(f"<tr><th>{html.escape(name)}</th>{_counted_html(s, extra)}{cells}"
                    f"<td>{_fmt(a['precision'])} / {_fmt(a['recall'])}</td>"
                    f"<td class=n>{_fmt(s['cited_words'], 1)}</td></tr>")
    return ("<h3>By category</h3><p class=small>declined: share of the category's questions answered \"not in these "
            "transcripts\"; alone_identical: share of questions with history whose citations equal those of the "
            "question asked without it.</p><table>" + head + "".join(body) + "</table>")


def plotted_depth(run: EvalRun) -> int:
    """How far the plots go: the run's depth, but no further than the most citations an answer holds (and never
    under m.DEPTH). `tqa eval --k 100000` over an index of 53 passages used to draw 100,000 ticks and bars, which took
    minutes and gigabytes before report.html was written (trial60); past the last citation every curve is flat."""
    most = max((len(r.answer.citations) for r in run.results), default=0)
    return min(run.config["depth"], max(m.DEPTH, most))


def curves(run: EvalRun) -> dict[str, list[float]]:
    """Hit@k and Recall@k for k = 1..depth over the questions with gold (the data of the first plot), depth being
    `plotted_depth`."""
    depth = plotted_depth(run)
    scored = [r for r in run.results if r.gold]
    hits, recalls = [], []
    prefixes = {name: m.nonspace_prefix(run.texts[name]) for name in {r.question.transcript for r in scored}}
    for at in range(1, depth + 1):
        hits.append(m.mean([float((r.scores.get("first_relevant_rank") or depth + 1) <= at) for r in scored]) or 0.0)
        recalls.append(m.mean([
            m.char_recall([(c.start_char, c.end_char) for c in r.answer.citations[:at]
                           if c.transcript == r.question.transcript], r.gold, prefixes[r.question.transcript])
            for r in scored]) or 0.0)
    return {"k": list(range(1, depth + 1)), "hit": hits, "recall": recalls}


# Hit@k and Recall@k are often equal (every k where each hit's citations hold all its gold): the second line drawn
# then lay on the first and hid it (trial30). Hit@k is drawn wide with hollow rings, Recall@k over it thin, dashed,
# with small filled squares, so that where they meet the ring and the wide line still show around the dashes.
AT_K_STYLES = {"Hit@k": {"color": "#1f6fb4", "linestyle": "-", "linewidth": 3.2, "marker": "o", "markersize": 10,
                         "markerfacecolor": "none", "markeredgewidth": 2, "zorder": 2},
               "Recall@k (gold characters)": {"color": "#e0701b", "linestyle": (0, (4, 2)), "linewidth": 1.6,
                                              "marker": "s", "markersize": 4, "zorder": 3}}


def at_k_figure(run: EvalRun, size: tuple[float, float] = (5, 3.4)):
    """Hit@k and Recall@k at each k (`curves`), both visible where they are equal, a tick per k: a matplotlib
    Figure (the Evaluation tab's plot and report.html's)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data = curves(run)
    fig, ax = plt.subplots(figsize=size)
    for (label, style), values in zip(AT_K_STYLES.items(), (data["hit"], data["recall"])):
        ax.plot(data["k"], values, label=label, **style)
    ax.set_xticks(data["k"])
    ax.set_xlabel("k (citations)")
    ax.set_ylim(0, 1.05)
    ax.set_title("Hit@k and Recall@k")
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig


def ranks_figure(run: EvalRun, size: tuple[float, float] = (5, 3.4)):
    """How many questions have their first relevant citation at each rank (and none within the depth): bars over
    a y axis of whole questions, never 0.5 of one."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    depth = plotted_depth(run)
    ranks = [r.scores.get("first_relevant_rank") for r in run.results if r.gold]
    counts = [sum(1 for x in ranks if x == at) for at in range(1, depth + 1)] + [sum(1 for x in ranks if x is None)]
    fig, ax = plt.subplots(figsize=size)
    ax.bar([str(at) for at in range(1, depth + 1)] + ["none"], counts, color="#4a7fb5")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, 1.08 * max(1, max(counts, default=0)))
    ax.set_xlabel("rank of the first relevant citation")
    ax.set_ylabel("questions")
    ax.set_title("Rank of the first relevant citation")
    fig.tight_layout()
    return fig


def _plots(run: EvalRun) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    images = [_png(at_k_figure(run)), _png(ranks_figure(run))]
    latencies = [r.latency_ms for r in run.results]
    fig, ax = plt.subplots(figsize=(5, 3.4))
    ax.hist(latencies, bins=min(30, max(5, len(latencies) // 3)), color="#7a9a4a")
    for q, style in ((50, "--"), (95, ":")):
        value = m.percentile(latencies, q)
        ax.axvline(value, color="black", linestyle=style, label=f"p{q} {value:.0f} ms")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("latency of ask (ms)")
    ax.set_ylabel("questions")
    ax.set_title("Latency")
    ax.legend()
    images.append(_png(fig))
    return "".join(f"<img alt='{alt}' src='data:image/png;base64,{b64}'>"
                   for alt, b64 in zip(("metrics at k", "first relevant rank", "latency"), images))


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", dpi=90)
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _question_table(results: Sequence[QuestionResult], texts: dict[str, str], k: int) -> str:
    head = ("<tr><th>id</th><th>question</th><th>transcript</th><th>first relevant rank</th>"
            f"<th>recall@{k}</th><th>highlight</th><th>said answerable</th><th>latency ms</th>"
            "<th>gold</th><th>top citation</th></tr>")
    rows = []
    for r in results:
        s = r.scores
        missed = (r.gold and not (s.get("first_relevant_rank") or k + 1) <= k) or (
            r.answer.answerable != r.question.answerable)
        history = "".join(f"<div class=small>earlier: {html.escape(h)}</div>" for h in r.question.history)
        gold_cell = cited_cell = ""
        if missed:
            gold_cell = _gold_text(r, texts) if r.gold else "<i>not answerable</i>"
            cited_cell = _cited_text(r.answer.citations[0]) if r.answer.citations else "<i>nothing cited</i>"
        rows.append(
            f"<tr class='{'miss' if missed else ''}'><td>{html.escape(r.question.id)}</td>"
            f"<td>{history}{html.escape(r.question.question)}</td><td>{html.escape(r.question.transcript or '')}</td>"
            f"<td class=n>{_fmt(s.get('first_relevant_rank'))}</td><td class=n>{_fmt(s.get(f'recall@{k}'))}</td>"
            f"<td>{_fmt(s.get('highlight@1'))}</td><td>{_fmt(r.answer.answerable)}</td>"
            f"<td class=n>{r.latency_ms:.1f}</td><td class=gold>{gold_cell}</td><td class=cited>{cited_cell}</td></tr>")
    return "<table>" + head + "".join(rows) + "</table>"


def _gold_text(r: QuestionResult, texts: dict[str, str]) -> str:
    text = texts[r.question.transcript]
    pieces = [_clip(text[a:b]) for a, b in r.gold[:3]]
    more = f"<div class=small>and {len(r.gold) - 3} more spans</div>" if len(r.gold) > 3 else ""
    return "<hr>".join(html.escape(p) for p in pieces) + more


def _cited_text(c) -> str:
    text = c.text
    at = text.find(c.highlight) if c.highlight else -1
    if at >= 0:
        before, mark, after = text[:at], text[at:at + len(c.highlight)], text[at + len(c.highlight):]
        body = (html.escape(_clip(before[-200:], left=True)) + "<mark>" + html.escape(_clip(mark)) + "</mark>"
                + html.escape(_clip(after[:200])))
    else:
        body = html.escape(_clip(text))
    where = f"{c.transcript} [{c.start_char}, {c.end_char}) {c.speaker}"
    return f"<div class=small>{html.escape(where)}</div>{body}"


def _clip(text: str, n: int = CLIP, left: bool = False) -> str:
    if len(text) <= n:
        return text
    return "…" + text[-n:] if left else text[:n] + "…"

