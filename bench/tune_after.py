"""Replay the first citation's highlight with rules for the answer beside a sentence restating the question (dev only).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_highlight.py collect --not-ids '^(seed|dev-hl)-9\\d\\d$'
    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_highlight.py collect --ids '^(seed|dev-hl)-9\\d\\d$' \\
        --records records-new.pkl                                       # the new questions, apart
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_after.py grid          # every rule and setting, old records
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_after.py grid-focus    # qa.cite's rule (the question's rest)
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_after.py grid-back     # ... and the units before, too
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_after.py check         # the best setting of each rule
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_after.py check --records records-new.pkl   # ... on the new questions

Reads the records `bench/tune_highlight.py collect` writes (the units of the passages the first citation chose its
highlight from, with their stored vectors) and replays `qa.cite`'s choice (`highlight_scores`, the best passage of
an exchange, `highlight_units`) with one rule changed: a restating best unit hands the highlight to a unit after it
that holds what is asked (`restate_rule`), or that does not fit with it (`handover_rule`); the neighbour chosen by the
question's cosine to the pair (`pair_rule`); each unit scored with its neighbourhood and what it adds
(`neighbourhood_rule`). For each rule and set it prints highlight@1, the highlight in relevant first citations, the
mean words of a highlight, the share of its characters on the gold, and the questions that change against the
current rule (+ now on the gold, - no longer). Each rule has a control that moves the highlight to the other side (or
at random), so that a gain from length or chance shows (docs/retrieval.md, "The answer beside the sentence that
restates the question").
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench.tune_highlight import OUT, SETS, overlaps  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def choice(record: dict, chooser=None) -> tuple[dict, int, int] | None:
    """The first citation's highlight as `qa.cite` picks it: (the passage's call, first unit, last unit); None
    when declined. `chooser(asked, texts, scores, call)` replaces `qa.cite.highlight_units` where given."""
    if not record["answered"]:
        return None
    asked = cite.read_question(record["read"]) if record.get("read") else None
    best = None
    for call in record["calls"]:
        texts = call["texts"]
        if not texts:
            continue
        a = call["asked"]
        call = dict(call, question=record.get("read") or record["question"],
                    question_yes_no=bool(cite._YES_NO.match(record.get("read") or record["question"])))
        if asked is not None:
            stated = a.kind is not None or not asked.asking
            a = asked if stated else dataclasses.replace(asked, kind=None)
        scores = np.array(cite.highlight_scores(a, texts, call["cosines"], call["overlaps"]), dtype=float)
        scores[0] += call["opening"]
        if best is None or scores.max() > best[0]:
            units = (chooser(a, texts, scores, call) if chooser else
                     cite.highlight_units(texts, scores, cite.takes_over(a, texts)))
            best = (scores.max(), call, *units)
    return None if best is None else best[1:]


def measure(records: list[dict], chooser=None) -> dict:
    """Per question id: (highlight on the gold, its words, the share of its characters on the gold); (False, None,
    None) when declined."""
    rows = {}
    for r in records:
        c = choice(r, chooser)
        if c is None:
            rows[r["id"]] = (False, None, None)
            continue
        call, first, last = c
        a, b = call["spans"][first][0], call["spans"][last][1]
        on = call["transcript"] == r["transcript"] and overlaps(a, b, r["gold"])
        gold_chars = sum(max(0, min(b, e) - max(a, s)) for s, e in r["gold"]) if call["transcript"] == r[
            "transcript"] else 0
        words = sum(len(t.split()) for t in call["texts"][first:last + 1])
        rows[r["id"]] = (on, words, min(1.0, gold_chars / max(1, b - a)))
    return rows


def report(records: list[dict], name: str, chooser, base: dict) -> None:
    """One line: `measure` per set under `chooser`, and what changed against `base` (the current rule's)."""
    rows = measure(records, chooser)
    cells = []
    for s in SETS:
        rs = [r for r in records if r["set"] == s]
        if not rs:
            continue
        on = [rows[r["id"]][0] for r in rs]
        rel = [rows[r["id"]][0] for r in rs if r["relevant"]]
        words = [rows[r["id"]][1] for r in rs if rows[r["id"]][1] is not None]
        share = [rows[r["id"]][2] for r in rs if rows[r["id"]][1] is not None and r["relevant"]]
        cells.append(f"{s[:4]} {np.mean(on):.3f} rel {np.mean(rel) if rel else 0:.3f} w {np.mean(words):.1f} "
                     f"g {np.mean(share):.3f}")
    changed = [("+" if rows[i][0] else "-") + i for i in rows if rows[i][0] != base[i][0]]
    moved = sum(rows[i][1:] != base[i][1:] for i in rows)
    print(f"{name:34s} | " + " | ".join(cells) + f" | moved {moved} | {len(changed)}: " + " ".join(changed))


_DENIES = re.compile(r"\b(?:not|never|no\s+longer|n['’]t|not\s+yet|no)\b", re.IGNORECASE)


KINDS = ("reason", "opinion", "intent")  # the kinds of statement `adds` reads (a setting of the replay)
QUANTITY = True  # whether `adds` reads a number asked in other words


def adds(asked, texts: list[str], yes_no: bool = False) -> np.ndarray:
    """1 for each unit that holds what the question asks for beyond its own words: the kind of statement (a reason,
    a view, an intent), the answer type (a count, an amount), a number asked in other words, a definition."""
    out = np.zeros(len(texts), np.float32)
    if asked.kind in KINDS:
        out = np.maximum(out, cite.holds_kind(asked.kind, texts))
    if asked.typed is not None:
        out = np.maximum(out, np.asarray(cite.holds_answer_type(asked.typed, texts), np.float32) > 0)
    if asked.quantity and QUANTITY:
        out = np.maximum(out, cite.holds_quantity(texts))
    if yes_no:  # a yes/no question: a unit that denies or says a state ("not", "never", "no longer")
        out = np.maximum(out, np.array([bool(_DENIES.search(t)) for t in texts], np.float32))
    return out


def restate_rule(threshold: float, reach: int, control: str | None = None, seed: int = 0, yes_no: bool = False,
                 back: int = 0):
    """The best unit restates the question (it holds at least `threshold` of its content words) and does not hold
    what is asked (`adds`): the first of the next `reach` units that does takes the highlight (with its better
    neighbour). `control`: "before" moves it as far the other way, "random" to a random unit within `reach`."""
    rng = np.random.default_rng(seed)

    def chooser(asked, texts, scores, call):
        base = cite.highlight_units(texts, scores, cite.takes_over(asked, texts))
        best = int(np.argmax(scores))
        held = adds(asked, texts, yes_no and call["question_yes_no"])
        if call["overlaps"][best] < threshold or held[best]:
            return base
        order = [best + d for d in range(1, reach + 1)] + [best - d for d in range(1, back + 1)]
        for j in [n for n in order if 0 <= n < len(texts)]:
            if held[j]:
                if control == "before":
                    j = best - (j - best)
                    if j < 0:
                        return base
                elif control == "random":
                    pool = [n for n in range(best - reach, best + reach + 1) if 0 <= n < len(texts) and n != best]
                    j = int(rng.choice(pool))
                return cite.units_around(texts, scores, j, j)  # j with its better-scoring neighbour that fits
        return base
    return chooser


def context_rule(weight: float, reach: int, gate: str = "adds"):
    """A unit that holds what is asked (`gate` "adds"), or that also refers back ("adds+refers"), takes `weight`
    times the lead of the best of the `reach` units before it over it (a generalised `qa.cite.continuation`)."""
    def chooser(asked, texts, scores, call):
        held = adds(asked, texts)
        if gate == "adds+refers":
            held = np.maximum(held, cite.refers_back(texts))
        lead = np.zeros(len(texts))
        for i in range(len(texts)):
            before = scores[max(0, i - reach):i]
            if len(before):
                lead[i] = max(0.0, float(before.max()) - scores[i])
        new = scores + weight * lead * held
        return cite.highlight_units(texts, new, cite.takes_over(asked, texts))
    return chooser


_ENCODER: list = []  # the question encoder, loaded on first use


def encode_rest(text: str) -> np.ndarray:
    """The vector of a question's rest (`qa.cite.question_rest`), as `qa.api` embeds a question (cached)."""
    if not _ENCODER:
        from embeddings.encoder import load_encoder
        from qa.config import Settings
        _ENCODER.append(load_encoder(Settings().model))
        _ENCODER.append({})
    cache = _ENCODER[1]
    if text not in cache:
        cache[text] = _ENCODER[0].encode([text])[0]
    return cache[text]


def focus_rule(restated: float | None = None, reach: int | None = None, margin: float | None = None,
               share: float | None = None, control: bool = False):
    """`qa.cite`'s rule with the answer after a restating best unit (`qa.cite.answer_after`, `units_around`), its
    constants set where given. `control`: the unit as far before the best instead."""
    def chooser(asked, texts, scores, call):
        base = cite.highlight_units(texts, scores, cite.takes_over(asked, texts))
        best = int(np.argmax(scores))
        values = dict(RESTATED_SHARE=restated, FOCUS_REACH=reach, FOCUS_MARGIN=margin, FOCUS_SCORE_SHARE=share)
        saved = {k: getattr(cite, k) for k, v in values.items() if v is not None}
        for k, v in values.items():
            if v is not None:
                setattr(cite, k, v)
        try:
            rest: list[np.ndarray] = []

            def rest_cosines() -> np.ndarray:
                text = cite.question_rest(call["question"], texts[best])
                rest.append(call["vectors"] @ encode_rest(text) if text else np.zeros(len(texts)))
                return rest[0]
            answer = cite.answer_after(scores, call["overlaps"], rest_cosines)
        finally:
            for k, v in saved.items():
                setattr(cite, k, v)
        if answer is None:
            return base
        if control:
            answer = best - (answer - best)
            if answer < 0:
                return base
        return cite.units_around(texts, rest[0], answer, best)
    return chooser


def back_rule(back: int, margin: float, share: float, control: bool = False):
    """`focus_rule` as `qa.cite` has it, and where it does not move, the same test on the `back` units before a
    restating best unit (`control`: as far after it instead)."""
    forward = focus_rule()

    def chooser(asked, texts, scores, call):
        base = cite.highlight_units(texts, scores, cite.takes_over(asked, texts))
        moved = forward(asked, texts, scores, call)
        best = int(np.argmax(scores))
        if moved != base or call["overlaps"][best] < cite.RESTATED_SHARE:
            return moved
        text = cite.question_rest(call["question"], texts[best])
        rest = call["vectors"] @ encode_rest(text) if text else np.zeros(len(texts))
        found = [j for j in range(max(0, best - back), best)
                 if rest[j] > rest[best] + margin and scores[j] >= share * scores[best]]
        if not found:
            return base
        j = max(found, key=lambda n: rest[n])
        if control:
            j = 2 * best - j
            if j >= len(texts):
                return base
        sizes = [len(t.split()) for t in texts]
        if best - j == 1 and sizes[j] + sizes[best] <= cite.MAX_UNIT_WORDS:
            return j, best
        return cite.units_around(texts, rest, j, best)
    return chooser


def grid(records: list[dict]) -> None:
    """Every rule over its settings, each beside its control."""
    global KINDS, QUANTITY
    base = measure(records)
    report(records, "current", None, base)
    for kinds in (("reason",), ("reason", "opinion"), ("reason", "opinion", "intent")):
        for quantity in (False, True):
            KINDS, QUANTITY = kinds, quantity
            for t in (0.3, 0.5):
                for k in (1, 2, 3):
                    for yn in (False, True):
                        name = f"restate {'+'.join(x[:3] for x in kinds)} q={quantity:d} T={t} K={k} yn={yn:d}"
                        report(records, name, restate_rule(t, k, yes_no=yn), base)
                        report(records, "  control before", restate_rule(t, k, "before", yes_no=yn), base)
                        report(records, "  control random", restate_rule(t, k, "random", yes_no=yn), base)
    KINDS, QUANTITY = ("reason", "opinion", "intent"), True
    for t in (0.0, 0.3, 0.4, 0.5, 0.6):
        for share in (0.5, 0.6, 0.7, 0.8):
            report(records, f"handover T={t} S={share}", handover_rule(t, share), base)
            report(records, "  control before", handover_rule(t, share, True), base)
    report(records, "pair cos", pair_rule("cos"), base)
    for w in (0.5, 1.0, 2.0, 4.0):
        report(records, f"pair cos+bonus w={w}", pair_rule("cos+bonus", w), base)
    for lead in (0.0, 0.2, 0.4, 0.6):
        for nov in (0.0, 0.1, 0.2, 0.3):
            if lead or nov:
                report(records, f"neighbourhood lead={lead} nov={nov}", neighbourhood_rule(lead, nov), base)
                report(records, "  control after", neighbourhood_rule(lead, nov, True), base)


def grid_focus(records: list[dict]) -> None:
    """`focus_rule` over its constants, each beside its control."""
    base = measure(records)
    report(records, "current", None, base)
    for restated in (0.4, 0.5, 0.6):
        for reach in (1, 2, 3):
            for margin in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35):
                for share in (0.0, 0.3, 0.5):
                    name = f"focus T={restated} K={reach} m={margin} S={share}"
                    report(records, name, focus_rule(restated, reach, margin, share), base)
                    report(records, "  control before", focus_rule(restated, reach, margin, share, True), base)


def grid_back(records: list[dict]) -> None:
    """`back_rule` over its settings, against `qa.cite`'s rule, each beside its control."""
    base = measure(records, focus_rule())
    report(records, "qa.cite (forward only)", focus_rule(), base)
    for back in (1, 2):
        for margin in (0.2, 0.25, 0.3, 0.35):
            for share in (0.3, 0.5):
                report(records, f"back B={back} m={margin} S={share}", back_rule(back, margin, share), base)
                report(records, "  control after", back_rule(back, margin, share, True), base)


def check(records: list[dict]) -> None:
    """The best setting of each rule on the old records (`grid`), as a check on other records."""
    base = measure(records)
    report(records, "current", None, base)
    report(records, "focus (qa.cite's constants)", focus_rule(), base)
    report(records, "  control before", focus_rule(control=True), base)
    report(records, "restate T=0.5 K=1", restate_rule(0.5, 1), base)
    report(records, "  control before", restate_rule(0.5, 1, "before"), base)
    report(records, "restate T=0.5 K=2 yn=1", restate_rule(0.5, 2, yes_no=True), base)
    report(records, "  control before", restate_rule(0.5, 2, "before", yes_no=True), base)
    report(records, "handover T=0.5 S=0.8", handover_rule(0.5, 0.8), base)
    report(records, "  control before", handover_rule(0.5, 0.8, True), base)
    report(records, "pair cos+bonus w=1", pair_rule("cos+bonus", 1.0), base)
    report(records, "neighbourhood lead=0.2 nov=0", neighbourhood_rule(0.2, 0.0), base)
    report(records, "  control after", neighbourhood_rule(0.2, 0.0, True), base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("grid", "grid-focus", "grid-back", "check"))
    parser.add_argument("--records", default="records-dev.pkl", help="the records' file in bench/out/highlight")
    args = parser.parse_args()
    records = pickle.loads((OUT / args.records).read_bytes())
    {"grid": grid, "grid-focus": grid_focus, "grid-back": grid_back, "check": check}[args.what](records)




def handover_rule(threshold: float, share: float, control: bool = False):
    """`qa.cite.highlight_units`, but a best unit that restates the question (at least `threshold` of its content
    words) and does not fit in MAX_UNIT_WORDS with the unit after it hands the highlight to that unit when it
    scores at least `share` of the best, whether or not it points back. `control`: to the unit before instead."""
    def chooser(asked, texts, scores, call):
        takes = cite.takes_over(asked, texts)
        best = int(np.argmax(scores))
        sizes = [len(t.split()) for t in texts]
        n = best - 1 if control else best + 1
        if (call["overlaps"][best] >= threshold and 0 <= n < len(texts) and sizes[best] + sizes[n] > cite.MAX_UNIT_WORDS
                and scores[best] > 0 and scores[n] >= share * scores[best]):
            return n, n
        return cite.highlight_units(texts, scores, takes)
    return chooser


def pair_cosine(call: dict, i: int, j: int) -> float:
    """The question's cosine to units `i` and `j` read together: to the sum of their (unit-length) vectors."""
    v = call["vectors"]
    return float((call["cosines"][i] + call["cosines"][j]) / np.sqrt(max(1e-9, 2.0 + 2.0 * float(v[i] @ v[j]))))


def pair_rule(mode: str = "cos", weight: float = 1.0):
    """`qa.cite.highlight_units`, but the neighbour the best unit is highlighted with is the one whose pair with it
    reads closest to the question: the cosine of the two units' summed vectors (`pair_cosine`; "cos"), plus the
    neighbour's own bonuses (its score less its cosine; "cos+bonus"), against the neighbour's own score (current)."""
    def chooser(asked, texts, scores, call):
        first, last = cite.highlight_units(texts, scores, cite.takes_over(asked, texts))
        best = int(np.argmax(scores))
        if first == last:
            return first, last
        n = first if last == best else last
        if n not in (best - 1, best + 1):  # the handover
            return first, last
        other = 2 * best - n
        sizes = [len(t.split()) for t in texts]
        if not 0 <= other < len(texts) or sizes[best] + sizes[other] > cite.MAX_UNIT_WORDS:
            return first, last

        def value(m):
            bonus = scores[m] - call["cosines"][m] if mode == "cos+bonus" else 0.0
            return weight * pair_cosine(call, best, m) + bonus
        m = n if value(n) >= value(other) else other
        return min(best, m), max(best, m)
    return chooser


def novelty(asked, texts: list[str]) -> np.ndarray:
    """Per unit: the share of its content words that are not the question's (what it adds beyond restating)."""
    out = []
    for t in texts:
        stems = content_stems(t)
        out.append(len(stems - asked.stems) / len(stems) if stems else 0.0)
    return np.array(out)


def neighbourhood_rule(lead_weight: float, novelty_weight: float, control: bool = False):
    """Each unit scored by its own score, plus `lead_weight` times the lead the unit before has over it (the
    relevance of its turn-local neighbourhood), plus `novelty_weight` times what it adds beyond the question's words
    (`novelty`). `control`: the lead of the unit after instead."""
    def chooser(asked, texts, scores, call):
        lead = np.zeros(len(texts))
        if len(texts) > 1:
            if control:
                lead[:-1] = np.maximum(scores[1:] - scores[:-1], 0.0)
            else:
                lead[1:] = np.maximum(scores[:-1] - scores[1:], 0.0)
        new = scores + lead_weight * lead + novelty_weight * novelty(asked, texts)
        return cite.highlight_units(texts, new, cite.takes_over(asked, texts))
    return chooser


if __name__ == "__main__":
    main()
