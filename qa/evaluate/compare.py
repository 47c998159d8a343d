"""Compare evaluation runs (output folders of `tqa eval --out`): per metric, the mean of each run with a paired
significance test against the first run (ranx's paired Student t-test), and per question, which questions one
run gets (a relevant citation in its top k) that another misses.
"""

from __future__ import annotations

import html
import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from qa.errors import TqaError

METRICS = ("hit@1", "hit@3", "hit@5", "hit@10", "recall@5", "recall@10", "mrr@10", "ndcg@10", "highlight@1",
           "hit@200w", "hit@600w", "hit@1000w", "hit@2000w", "recall@200w", "recall@600w", "recall@1000w",
           "recall@2000w")  # the last eight: the comparison of record (equal reading), each with its paired test
MAX_P = 0.05


@dataclass(frozen=True)
class RunRecord:
    """An output folder read back: its name, configuration and per-question lines of results.jsonl."""

    name: str
    config: dict
    results: dict[str, dict]  # by question id


def load_run(folder: Path | str) -> RunRecord:
    """Read metrics.json and results.jsonl of an evaluation folder. Raises TqaError when they are missing."""
    folder = Path(folder)
    metrics_path, results_path = folder / "metrics.json", folder / "results.jsonl"
    if not metrics_path.is_file() or not results_path.is_file():
        raise TqaError(f"{folder}: no metrics.json and results.jsonl; give a folder an earlier `tqa eval --out` wrote")
    config = json.loads(metrics_path.read_text(encoding="utf-8"))["config"]
    results = {}
    for line in results_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            results[str(record["id"])] = record
    return RunRecord(name=folder.name or str(folder), config=config, results=results)


def compare_runs(folders: Sequence[Path | str], *, stat_test: str = "student") -> dict:
    """Compare runs on the questions they share (by id) that have gold.

    Returns {"runs": [...names], "questions": n, "metrics": {metric: {"means": [...], "p_values": [None, ...],
    "significant": [...]}}, "per_question": [{"a": name, "b": name, "k": k, "only_a": [ids], "only_b": [ids]}],
    "not_shared": n}. Raises TqaError for fewer than two folders or no shared question with gold.
    """
    if len(folders) < 2:
        raise TqaError("compare needs at least two evaluation folders")
    runs = [load_run(f) for f in folders]
    names = _unique_names(runs)
    shared = [qid for qid in runs[0].results if all(qid in r.results for r in runs[1:])]
    with_gold = [qid for qid in shared if runs[0].results[qid]["gold"]]
    if not with_gold:
        raise TqaError("the runs share no question with gold; compare runs of the same question file")
    not_shared = len({q for r in runs for q in r.results}) - len(shared)
    table = {}
    for metric in METRICS:
        vectors = [np.asarray([_score(r.results[q], metric) for q in with_gold], dtype=float) for r in runs]
        if any(np.isnan(v).all() for v in vectors):
            continue
        vectors = [np.nan_to_num(v) for v in vectors]
        p_values = [None] + [_p_value(vectors[0], v, stat_test) for v in vectors[1:]]
        table[metric] = {"means": [float(v.mean()) for v in vectors], "p_values": p_values,
                         "significant": [None] + [p is not None and p <= MAX_P for p in p_values[1:]]}
    k = min(int(r.config["k"]) for r in runs)
    per_question = []
    for i in range(len(runs)):
        for j in range(i + 1, len(runs)):
            got_a = {q for q in with_gold if _hit(runs[i].results[q], k)}
            got_b = {q for q in with_gold if _hit(runs[j].results[q], k)}
            per_question.append({"a": names[i], "b": names[j], "k": k, "only_a": sorted(got_a - got_b),
                                 "only_b": sorted(got_b - got_a)})
    return {"runs": names, "folders": [str(f) for f in folders], "questions": len(with_gold),
            "not_shared": not_shared, "stat_test": stat_test, "max_p": MAX_P, "metrics": table,
            "per_question": per_question, "configs": [r.config for r in runs],
            "texts": {q: runs[0].results[q]["question"] for q in with_gold}}


def _score(record: dict, metric: str) -> float:
    value = record["metrics"].get(metric)
    return float("nan") if value is None else float(value)


def _hit(record: dict, k: int) -> bool:
    rank = record.get("first_relevant_rank")
    return rank is not None and rank <= k


def _p_value(control: np.ndarray, treatment: np.ndarray, stat_test: str) -> float | None:
    from ranx.statistical_tests import fisher_randomization_test, paired_student_t_test

    if np.array_equal(control, treatment):
        return 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if stat_test == "student":
            p, _ = paired_student_t_test(control, treatment, MAX_P)
        elif stat_test == "fisher":
            p, _ = fisher_randomization_test(control, treatment, 10_000, MAX_P, 42)
        else:
            raise TqaError(f"unknown test {stat_test!r}: choose student or fisher")
    return None if np.isnan(p) else float(p)


def _unique_names(runs: Sequence[RunRecord]) -> list[str]:
    names = [r.name for r in runs]
    return [n if names.count(n) == 1 else f"{n}#{i + 1}" for i, n in enumerate(names)]


def comparison_table(comparison: dict) -> str:
    """The comparison as terminal text: metric rows, one column per run, p-values against the first run."""
    names = comparison["runs"]
    width = max(12, *(len(n) for n in names))
    lines = [f"{comparison['questions']} questions with gold in all runs"
             + (f" ({comparison['not_shared']} not in every run, left out)" if comparison["not_shared"] else "")
             + f"; paired {comparison['stat_test']} test against {names[0]}, * p <= {comparison['max_p']}",
             f"{'metric':<12}  " + "  ".join(f"{n[:width]:>{width}}" for n in names)]
    for metric, row in comparison["metrics"].items():
        cells = []
        for mean, p in zip(row["means"], row["p_values"]):
            mark = "" if p is None else f" (p={p:.3f}{'*' if p <= comparison['max_p'] else ''})"
            cells.append(f"{mean:.3f}{mark}")
        lines.append(f"{metric:<12}  " + "  ".join(f"{c:>{width}}" for c in cells))
    for pair in comparison["per_question"]:
        lines.append(f"hit@{pair['k']}: {len(pair['only_a'])} only in {pair['a']}: {_few(pair['only_a'])}; "
                     f"{len(pair['only_b'])} only in {pair['b']}: {_few(pair['only_b'])}")
    return "\n".join(lines)


def _few(ids: Sequence[str], n: int = 8) -> str:
    return ", ".join(ids[:n]) + (f" and {len(ids) - n} more" if len(ids) > n else "") if ids else "none"


def comparison_html(comparison: dict) -> str:
    """A self-contained page of the comparison: configurations, the metric table, the per-question lists."""
    names = comparison["runs"]
    config_keys = ["questions", "corpus", "scope", "k", "mode", "dense_weight", "model", "passages"]
    config_rows = "".join(
        f"<tr><th>{key}</th>" + "".join(f"<td>{html.escape(str(c.get(key)))}</td>" for c in comparison["configs"])
        + "</tr>" for key in config_keys)
    head = "<tr><th></th>" + "".join(f"<th>{html.escape(n)}</th>" for n in names) + "</tr>"
    metric_rows = ""
    for metric, row in comparison["metrics"].items():
        cells = ""
        for mean, p in zip(row["means"], row["p_values"]):
            note = "" if p is None else f" <span class=small>p={p:.3f}</span>"
            bold = p is not None and p <= comparison["max_p"]
            cells += f"<td>{'<b>' if bold else ''}{mean:.3f}{'</b>' if bold else ''}{note}</td>"
        metric_rows += f"<tr><th>{metric}</th>{cells}</tr>"
    pairs = ""
    for pair in comparison["per_question"]:
        for side, label in (("only_a", pair["a"]), ("only_b", pair["b"])):
            items = "".join(f"<li>{html.escape(q)}: {html.escape(comparison['texts'][q])}</li>" for q in pair[side])
            pairs += (f"<h3>hit@{pair['k']} only in {html.escape(label)} (of {html.escape(pair['a'])} vs "
                      f"{html.escape(pair['b'])}): {len(pair[side])}</h3><ul>{items}</ul>")
    return ("<!doctype html><html><head><meta charset='utf-8'><title>transcript-qa comparison</title><style>"
            "body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid "
            "#ccc;padding:4px 8px;text-align:left}.small{color:#666;font-size:85%}</style></head><body>"
            f"<h1>Comparison of {len(names)} runs</h1><p>{comparison['questions']} questions with gold in every run; "
            f"paired {comparison['stat_test']} test against {html.escape(names[0])}; bold: p &le; "
            f"{comparison['max_p']}.</p><table>{head}{config_rows}</table><h2>Metrics</h2><table>{head}"
            f"{metric_rows}</table><h2>Per question</h2>{pairs}</body></html>\n")


def write_comparison(comparison: dict, out_dir: Path | str) -> Path:
    """Write compare.json and compare.html into `out_dir` (created if needed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, content in (("compare.json", json.dumps(comparison, indent=2) + "\n"),
                          ("compare.html", comparison_html(comparison))):
        tmp = out_dir / f".{name}.tmp"
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(out_dir / name)
    return out_dir

