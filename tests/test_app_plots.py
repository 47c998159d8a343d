"""The Evaluation tab's plots (`app.eval_plots`, also report.html's) over a real run of tests/data/ui/questions.jsonl
on the bundled press conference (real model and index): whole questions on the ranks' axis, and Hit@k and Recall@k
both visible where they are equal (ui31, docs/ui.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_rgb

import app
from qa.api import Settings, curves, run_eval
from qa.config import BUNDLED_CORPUS
from qa.evaluate.report import AT_K_STYLES

DATA = Path(__file__).parent / "data" / "ui"


@pytest.fixture(scope="module")
def run(seed_index_dir, tmp_path_factory):
    index = tmp_path_factory.mktemp("plots31") / "index"
    shutil.copytree(seed_index_dir, index)
    return run_eval(DATA / "questions.jsonl", settings=Settings(index_dir=index), corpus=BUNDLED_CORPUS)


def test_the_ranks_axis_counts_whole_questions(run):
    """Two questions, both first cited at rank 1: the axis read 0, 0.5, 1, 1.5, 2 questions; now 0, 1, 2."""
    ax = app.eval_plots(run)[1].axes[0]
    assert [bar.get_height() for bar in ax.patches] == [2] + [0] * (run.config["depth"] - 1) + [0]
    low, high = ax.get_ylim()
    ticks = [t for t in ax.get_yticks() if low <= t <= high]
    assert ticks == [0, 1, 2], ticks
    assert [tick.get_text() for tick in ax.get_xticklabels()][-1] == "none"


def test_hit_and_recall_both_show_where_they_are_equal(run):
    """Here Hit@k = Recall@k = 1 at every k: the Recall line, drawn last, hid the Hit line. Near each point the
    drawn picture holds both lines' colours, and each line still holds its own values, a tick per k."""
    data = curves(run)
    assert data["hit"] == data["recall"]  # the case the mend is for
    figure = app.eval_plots(run)[0]
    ax = figure.axes[0]
    assert [list(line.get_ydata()) for line in ax.get_lines()] == [data["hit"], data["recall"]]
    assert list(ax.get_xticks()) == data["k"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(AT_K_STYLES)
    figure.canvas.draw()
    pixels = np.asarray(figure.canvas.buffer_rgba())[..., :3].astype(float) / 255
    height = pixels.shape[0]
    for k, value in zip(data["k"], data["hit"]):
        x, y = ax.transData.transform((k, value))
        row, column = int(round(height - y)), int(round(x))
        near = pixels[max(0, row - 9):row + 10, max(0, column - 9):column + 10].reshape(-1, 3)
        for name, style in AT_K_STYLES.items():
            closest = np.abs(near - np.array(to_rgb(style["color"]))).max(axis=1).min()
            assert closest < 0.08, f"{name} is hidden at k = {k}"
