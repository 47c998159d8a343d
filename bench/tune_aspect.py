"""Replay the first citation's highlight with rules for the aspect asked beside the passage's topic sentence (dev only).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_highlight.py collect --not-ids '^(seed|dev-hl)-9\\d\\d$'
    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_highlight.py collect \\
        --ids '^(seed-9(5[5-9]|6\\d)|dev-hl-9(1[1-9]|2\\d))$' --records records-new.pkl     # the new questions, apart
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_aspect.py grid                          # every rule, old records
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_aspect.py grid --records records-new.pkl  # ... on the new ones

Reads the records `bench/tune_highlight.py collect` writes (the first citation's passages: their units, stored
vectors and the question's vector) and replays `qa.cite`'s choice (`bench.tune_after.choice`) with one rule added
(docs/retrieval.md, "The aspect asked, beside the topic sentence"):
- `residual_rule`: each unit's cosine blended with its cosine to the question less `lam` times its component along
  the passage's centroid (the normalised mean of its units' vectors): what the question asks beyond the topic;
- `central_rule`: the unit closest to the centroid (the topic sentence) loses `penalty` (graded: every unit loses
  `penalty` times how much closer to the centroid it is than the passage's least central unit); the control takes
  the penalty off the best unit instead, whether central or not, so that a gain from moving off the best shows;
- `aspect_rule`: the question's content words that the most central unit (with the rest of its sentence, as
  `qa.cite.aspect_shares` reads it) does not hold, the aspect words, are weighted again in the overlap term: a unit
  gains `weight` times the share of them it holds; controls take another unit as the topic, or every word.
Prints, per rule and set, highlight@1, the highlight in relevant first citations, mean words, share on gold, and the
questions that change against the current rule (+ now on the gold, - no longer).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench.tune_after import measure, report  # noqa: E402
from bench.tune_highlight import OUT  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def centroid(vectors: np.ndarray) -> np.ndarray:
    mean = np.asarray(vectors, np.float64).mean(axis=0)
    return mean / (np.linalg.norm(mean) or 1.0)


def residual_cosines(question: np.ndarray, vectors: np.ndarray, lam: float) -> np.ndarray:
    """Each unit's cosine to the question less `lam` times its component along the passage's centroid."""
    p = centroid(vectors)
    q = np.asarray(question, np.float64)
    rest = q - lam * float(q @ p) * p
    rest /= np.linalg.norm(rest) or 1.0
    return np.asarray(vectors, np.float64) @ rest


def centrality(vectors: np.ndarray) -> np.ndarray:
    return np.asarray(vectors, np.float64) @ centroid(vectors)


def _base(asked, texts, scores):
    return cite.highlight_units(texts, scores, cite.takes_over(asked, texts))


def residual_rule(lam: float, weight: float):
    def chooser(asked, texts, scores, call):
        if len(texts) < 3:
            return _base(asked, texts, scores)
        res = residual_cosines(call["question_vector"], call["vectors"], lam)
        new = scores + weight * (res - np.asarray(call["cosines"], np.float64))
        return _base(asked, texts, new)
    return chooser


def central_rule(penalty: float, graded: bool = False, control: bool = False, share: float = 0.0):
    """The most central unit loses `penalty` (only where another unit scores at least `share` of it)."""
    def chooser(asked, texts, scores, call):
        if len(texts) < 3:
            return _base(asked, texts, scores)
        c = centrality(call["vectors"])
        new = np.array(scores, dtype=float)
        if graded:
            new -= penalty * (c - c.min())
        else:
            t = int(np.argmax(scores)) if control else int(np.argmax(c))
            others = np.delete(new, t)
            if len(others) and others.max() >= share * new[t]:
                new[t] -= penalty
        return _base(asked, texts, new)
    return chooser


def aspect_rule(weight: float, topic: str = "central", seed: int = 0, sentence: bool = True):
    """A unit gains `weight` times the share of the aspect words (the question's content words the topic unit does not
    hold; with the rest of its sentence where `sentence`, as `qa.cite.sentence_around`) that it holds. The topic
    unit: the most central ("central"), the best-scoring ("best"); controls: the least central ("least"), a random
    one ("random"), none ("none": every content word, as a larger overlap weight)."""
    rng = np.random.default_rng(seed)

    def chooser(asked, texts, scores, call):
        if len(texts) < 3:
            return _base(asked, texts, scores)
        c = centrality(call["vectors"])
        t = {"central": lambda: int(np.argmax(c)), "best": lambda: int(np.argmax(scores)),
             "least": lambda: int(np.argmin(c)), "random": lambda: int(rng.integers(len(texts))),
             "none": lambda: None}[topic]()
        if t is None:
            aspect = asked.stems
        elif sentence:
            first, last = cite.sentence_around(texts, t)
            aspect = asked.stems.difference(*(content_stems(x) for x in texts[first:last + 1]))
        else:
            aspect = asked.stems - content_stems(texts[t])
        if not aspect or (aspect == asked.stems and t is not None):
            return _base(asked, texts, scores)
        held = np.array([len(aspect & content_stems(x)) / len(aspect) for x in texts])
        return _base(asked, texts, np.asarray(scores, float) + weight * held)
    return chooser


def grid_aspect(records: list[dict]) -> None:
    base = measure(records)
    report(records, "current", None, base)
    for w in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
        report(records, f"aspect central w={w}", aspect_rule(w), base)
        report(records, "  the topic unit alone, not its sentence", aspect_rule(w, sentence=False), base)
        report(records, "  control least central", aspect_rule(w, "least"), base)
        report(records, "  control random", aspect_rule(w, "random"), base)
        report(records, "  control all words (overlap weight + w)", aspect_rule(w, "none"), base)


def grid(records: list[dict]) -> None:
    base = measure(records)
    report(records, "current", None, base)
    for lam in (0.5, 0.8, 1.0):
        for w in (0.25, 0.5, 0.75, 1.0):
            report(records, f"residual lam={lam} w={w}", residual_rule(lam, w), base)
    for pen in (0.05, 0.1, 0.15, 0.2, 0.3):
        report(records, f"central pen={pen}", central_rule(pen), base)
        report(records, "  control best", central_rule(pen, control=True), base)
        report(records, f"central graded pen={pen * 2}", central_rule(pen * 2, graded=True), base)
    for w in (0.1, 0.2, 0.3, 0.5):
        report(records, f"aspect central w={w}", aspect_rule(w), base)
        report(records, f"aspect best w={w}", aspect_rule(w, "best"), base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("grid", "grid-aspect"))
    parser.add_argument("--records", default="records-dev.pkl", help="the records' file in bench/out/highlight")
    args = parser.parse_args()
    records = pickle.loads((OUT / args.records).read_bytes())
    {"grid": grid, "grid-aspect": grid_aspect}[args.what](records)


if __name__ == "__main__":
    main()
