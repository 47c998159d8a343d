"""rank57: where the first place is decided after the re-ranking step. Runs `bench/hl45_subset.py` (its arguments after
TRACE) and writes JSON lines to TRACE, one per standalone question: `stage`, the re-ranked head's first five (each
passage's transcript, span, role) and their `qa.rerank.head_features` rows, as rank55's model reads them; `post`, the
same after `question_exchanges` and `agreed_transcript_first` (features read there with the stage's fused places and
sentence scores); and `firsts`, the first passage after each later step (exchange, agreed, border, told, cited,
joined, future).
With `--force FILE` (JSON {"place": "stage" or "post", "lead": D, "coefficients": {question: [w ...]}}), the order of
that place is the linear model's with the question's own coefficients (a fold's, fitted without its transcript),
where the best exceeds the first by more than D: the cross-validated model's final answers.
    HF_HUB_OFFLINE=1 python bench/rank57/trace.py TRACE [--force FILE] --ids REGEX --indexes ... --out OUT"""
import json
import runpy
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.api as api  # noqa: E402
import qa.rerank as rerank  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402

TRACE = Path(sys.argv.pop(1))
FORCE = None
if sys.argv[1] == "--force":
    sys.argv.pop(1)
    FORCE = json.loads(Path(sys.argv.pop(1)).read_text(encoding="utf-8"))
state: dict = {}
_features = rerank.head_features


def span(h):
    p = h.passage
    return [p.transcript, p.start_char, p.end_char, p.role or ""]


def first_of(hits):
    return span(hits[0]) if hits else None


def ordered(hits, x, place):
    """`hits` with the first len(x) reordered by the question's forced coefficients at `place`."""
    if FORCE is None or FORCE["place"] != place or state["q"] not in FORCE["coefficients"]:
        return hits
    w = np.array(FORCE["coefficients"][state["q"]])
    s = rerank.expanded(x) @ w
    if len(s) < 2 or s.max() <= s[0] + FORCE["lead"]:
        return hits
    order = sorted(range(len(s)), key=lambda i: -s[i])
    return [hits[i] for i in order] + list(hits[len(s):])


def ask(self, question, **kw):
    state.clear()
    state.update(q=question, firsts={})
    out = _ask(self, question, **kw)
    if "stage" in state:
        with TRACE.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"question": question, "stage": state["stage"], "post": state.get("post"),
                                "firsts": state["firsts"]}) + "\n")
    return out


def features(head, *args):
    state["args"] = args
    return _features(head, *args)


def learned(ranked, x, lead=None):
    state["stage"] = {"features": x.round(5).tolist(), "candidates": [span(h) for h in ranked[:len(x)]]}
    return ordered(ranked, x, "stage")


def wrap(name, pick=lambda out: out):
    original = getattr(api, name)

    def step(*a, **kw):
        out = original(*a, **kw)
        if "q" in state:
            got = pick(out)
            state["firsts"][name] = first_of(got) if got is not None else None
        return out
    setattr(api, name, step)


def agreed(hits):
    out = _agreed(hits)
    if "args" in state and "stage" in state and len(out) >= 2:
        x = _features(out[:rerank.LEARNED_HEAD], *state["args"])
        state["post"] = {"features": x.round(5).tolist(), "candidates": [span(h) for h in out[:len(x)]]}
        out = ordered(out, x, "post")
    state["firsts"]["agreed"] = first_of(out)
    return out


def cite(self, *a, **kw):
    out = _cite(self, *a, **kw)
    if "q" in state and out:
        c = out[0].citation
        key = "joined" if "cited" in state["firsts"] else "cited"
        state["firsts"][key] = [c.transcript, c.start_char, c.end_char, ""]
    return out


_ask, _agreed, _cite = TranscriptQA.ask_ranked, api.agreed_transcript_first, TranscriptQA._cite
TranscriptQA.ask_ranked, TranscriptQA._cite = ask, cite
rerank.head_features, rerank.learned_first, rerank.LEARNED_ORDER = features, learned, True
api.agreed_transcript_first = agreed
wrap("question_exchanges")
wrap("border_pair")
wrap("future_figure_first", pick=lambda out: None)
sys.argv[0] = str(REPO / "bench" / "hl45_subset.py")
runpy.run_path(sys.argv[0], run_name="__main__")
